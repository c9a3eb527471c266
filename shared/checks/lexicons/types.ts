import type { Severity } from '../../model/flag';

export interface IdiomEntry {
  id: string;
  pattern: string;
  meaning: string;
  literal: string[];
  literalContext: string[];
  renderings: string[];
}

export interface NameWordEntry {
  word: string;
  name: string;
  kind: 'surname' | 'given' | 'both';
  english: string[];
}

export interface FalseFriendEntry {
  source: string;
  forms: string[];
  false: string[];
  meaning: string;
  renderings: string[];
  severity: Severity;
}

export interface UiPhraseEntry {
  source: string;
  literal: string[];
  renderings: string[];
}

/** A given name and the English equivalents a machine may wrongly substitute for it. */
export interface GivenNameEntry {
  name: string;
  english: string[];
}

export interface PairLexicon {
  idioms: IdiomEntry[];
  nameWords: NameWordEntry[];
  falseFriends: FalseFriendEntry[];
  uiPhrases: UiPhraseEntry[];
  givenNames: GivenNameEntry[];
}

export const EMPTY_LEXICON: PairLexicon = { idioms: [], nameWords: [], falseFriends: [], uiPhrases: [], givenNames: [] };
