import { describe, expect, it } from 'vitest';
import { nameAsWord } from '../../../shared/checks/name-as-word';
import type { NameWordEntry } from '../../../shared/checks/lexicons/types';
import { runCheck } from '../../helpers/checks';

const nameWords: NameWordEntry[] = [
  { word: 'cabello', name: 'Cabello', kind: 'surname', english: ['hair'] },
  { word: 'blanca', name: 'Blanca', kind: 'given', english: ['white'] },
  { word: 'luna', name: 'Luna', kind: 'both', english: ['moon'] },
  { word: 'rosa', name: 'Rosa', kind: 'given', english: ['rose', 'pink'] },
];

describe('name-as-word', () => {
  it('flags a surname rendered as a word, naming the person seen earlier in the document', () => {
    const source = 'A esta reunión asistió un enviado de Cabello, según Cutz.';
    const target = 'This meeting was attended by a Hair envoy, according to Cutz.';
    const [flag, ...rest] = runCheck(nameAsWord, source, target, {
      lexicon: { nameWords },
      context: ['El número dos del partido, Diosdado Cabello, no respondió.'],
    });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      check: 'name-as-word',
      category: 'accuracy/mistranslation',
      severity: 'critical',
      source: { text: 'Cabello' },
      target: { text: 'Hair', start: target.indexOf('Hair') },
      suggestions: ['Cabello'],
    });
    expect(flag!.message).toContain('Diosdado Cabello');
  });

  it('flags a standalone capitalised name mid-sentence even without earlier context', () => {
    const flags = runCheck(nameAsWord, 'Lo confirmó ayer Rosa en la rueda de prensa.', 'Rose confirmed it yesterday at the press conference.', {
      lexicon: { nameWords },
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('major');
  });

  it('stays silent when the name survives', () => {
    expect(runCheck(nameAsWord, 'Un enviado de Cabello asistió.', 'An envoy of Cabello attended.', { lexicon: { nameWords } })).toEqual([]);
  });

  it('stays silent on multi-word proper nouns translated as a whole', () => {
    expect(runCheck(nameAsWord, 'Habló en la Casa Blanca con Trump.', 'He spoke at the White House with Trump.', { lexicon: { nameWords } })).toEqual([]);
  });

  it('stays silent after a determiner and at the start of a sentence without evidence of a name', () => {
    expect(runCheck(nameAsWord, 'Miraron la Luna toda la noche.', 'They watched the Moon all night.', { lexicon: { nameWords } })).toEqual([]);
    expect(runCheck(nameAsWord, 'Blanca es la casa.', 'White is the house.', { lexicon: { nameWords } })).toEqual([]);
  });

  it('stays silent when the word also appears in lower case in the source', () => {
    expect(
      runCheck(nameAsWord, 'Dijo Rosa que la rosa era roja.', 'Rosa said the rose was red.', { lexicon: { nameWords } }),
    ).toEqual([]);
  });

  it('flags the translated part of a full name whose other part survived', () => {
    const flags = runCheck(nameAsWord, 'Según Diosdado Cabello, no habrá diálogo.', 'According to Diosdado Hair, there will be no dialogue.', {
      lexicon: { nameWords },
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.target?.text).toBe('Hair');
  });
});
