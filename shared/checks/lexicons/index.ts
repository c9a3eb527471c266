import type { LanguageCode } from '../../model/languages';
import esEnIdioms from './es-en/idioms.json';
import esEnNameWords from './es-en/name-words.json';
import esEnFalseFriends from './es-en/false-friends.json';
import esEnUiPhrases from './es-en/ui-phrases.json';
import esEnGivenNames from './es-en/given-names.json';
import { EMPTY_LEXICON, type FalseFriendEntry, type IdiomEntry, type NameWordEntry, type PairLexicon } from './types';

const LEXICONS: Partial<Record<`${LanguageCode}-${LanguageCode}`, PairLexicon>> = {
  'es-en': {
    idioms: esEnIdioms as IdiomEntry[],
    nameWords: esEnNameWords as NameWordEntry[],
    falseFriends: esEnFalseFriends as FalseFriendEntry[],
    uiPhrases: esEnUiPhrases,
    givenNames: esEnGivenNames,
  },
};

export function lexiconFor(source: LanguageCode, target: LanguageCode): PairLexicon {
  return LEXICONS[`${source}-${target}`] ?? EMPTY_LEXICON;
}
