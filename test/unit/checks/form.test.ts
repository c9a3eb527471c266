import { describe, expect, it } from 'vitest';
import { abbreviation } from '../../../shared/checks/abbreviation';
import { capitalisation } from '../../../shared/checks/capitalisation';
import { ConsistencyIndex } from '../../../shared/checks/consistency';
import { displacedPunctuation } from '../../../shared/checks/displaced-punctuation';
import { preparePair } from '../../../shared/checks/engine';
import { lengthRatio } from '../../../shared/checks/length-ratio';
import { mergedWords } from '../../../shared/checks/merged-words';
import { unpairedQuotes } from '../../../shared/checks/quotes-and-brackets';
import { untranslated } from '../../../shared/checks/untranslated';
import { urlEmail } from '../../../shared/checks/url-email';
import { runCheck } from '../../helpers/checks';

describe('untranslated', () => {
  it('flags source words left in the target', () => {
    const flags = runCheck(untranslated, 'La reunión del consejo fue larga.', 'The reunión del consejo was long.');
    expect(flags[0]).toMatchObject({ category: 'accuracy/untranslated', target: { text: 'reunión del consejo' } });
  });

  it('leaves names, English words and loanwords without accents alone', () => {
    expect(runCheck(untranslated, 'Habló Nicolás Maduro sobre el chavismo.', 'Nicolás Maduro spoke about chavismo.')).toEqual([]);
    expect(runCheck(untranslated, 'Comimos tapas.', 'We ate tapas.')).toEqual([]);
  });
});

describe('merged-words', () => {
  it('splits two source words run together, but not brand names', () => {
    expect(runCheck(mergedWords, 'Venezuela Donald Trump golpea', 'VenezuelaDonald Trump hits')[0]).toMatchObject({ suggestions: ['Venezuela Donald'] });
    expect(runCheck(mergedWords, 'Compró un iPhone en YouTube', 'He bought an iPhone on YouTube')).toEqual([]);
  });
});

describe('unpaired-quotes', () => {
  it('flags a quote with no partner when the source pairs its quotes', () => {
    expect(runCheck(unpairedQuotes, 'Dijo «basta» y se fue.', 'He said "enough and left.')).toHaveLength(1);
    expect(runCheck(unpairedQuotes, 'Dijo «basta» y se fue.', 'He said "enough" and left.')).toEqual([]);
    expect(runCheck(unpairedQuotes, 'Dijo «basta y se fue.', 'He said "enough and left.')).toEqual([]);
  });
});

describe('displaced-punctuation', () => {
  it('flags a sentence end moved before a trailing scrap and suggests moving it', () => {
    const target = 'They tried to negotiate "their exit." power.';
    const [flag] = runCheck(displacedPunctuation, 'Intentaron negociar "su salida del poder".', target);
    expect(flag).toMatchObject({ target: { text: '." power.' }, suggestions: [' power."'] });
  });

  it('leaves abbreviations alone', () => {
    expect(runCheck(displacedPunctuation, 'x', 'He met U.S. officials.')).toEqual([]);
    expect(runCheck(displacedPunctuation, 'x', 'They left at 5 p.m. yesterday.')).toEqual([]);
  });
});

describe('capitalisation, abbreviations, addresses', () => {
  it('flags a lower-case start where the source has a capital', () => {
    expect(runCheck(capitalisation, 'El acuerdo se firmó.', 'the agreement was signed.')[0]).toMatchObject({ suggestions: ['The'] });
    expect(runCheck(capitalisation, 'El iPhone llegó.', 'iPhone arrived.')).toEqual([]);
  });

  it('flags a dotted abbreviation cut short', () => {
    expect(runCheck(abbreviation, '• EEUU', '• U.S')[0]).toMatchObject({ target: { text: 'U.S' }, suggestions: ['U.S.'] });
    expect(runCheck(abbreviation, 'EEUU', 'U.S.')).toEqual([]);
  });

  it('flags a changed or missing URL or e-mail', () => {
    const changed = runCheck(urlEmail, 'Escriba a info@empresa.es o vea www.empresa.es/ayuda.', 'Write to info@company.es or see www.empresa.es/help.');
    expect(changed.map((f) => f.target?.text)).toEqual(['info@company.es', 'www.empresa.es/help']);
    expect(runCheck(urlEmail, 'Vea https://ejemplo.org.', 'See https://ejemplo.org.')).toEqual([]);
  });
});

describe('omission and addition', () => {
  it('flags a translation that lost a clause with its names', () => {
    const flags = runCheck(lengthRatio, 'El ministro de Economía, Luis Planas, anunció en Bruselas un plan de ayudas de 300 millones para los agricultores.', 'The minister announced a plan.');
    expect(flags[0]).toMatchObject({ check: 'omission', category: 'accuracy/omission' });
  });

  it('accepts a translation of normal length', () => {
    expect(runCheck(lengthRatio, 'El ministro anunció en Bruselas un plan de ayudas para los agricultores.', 'The minister announced an aid plan for farmers in Brussels.')).toEqual([]);
  });
});

describe('consistency across the document', () => {
  it('flags the minority rendering of a term kept in some places and adapted in others', () => {
    const pairs = [
      ['El chavismo respondió.', 'Chavismo responded.'],
      ['Una figura del chavismo.', 'A figure of Chavismo.'],
      ['Contactos con el chavismo.', 'Contacts with Chavism.'],
    ].map(([source, target], index) => preparePair({ index, source: source!, target: target! }));
    const index = new ConsistencyIndex(pairs);
    expect(pairs.map((_, p) => index.flagsAt(p).length)).toEqual([0, 0, 1]);
    expect(index.flagsAt(2)[0]).toMatchObject({ target: { text: 'Chavism' }, suggestions: ['Chavismo'] });
    // Fixing it clears the flag without touching the others; making "Chavism" the majority moves the flags.
    expect(index.update(2, preparePair({ index: 2, source: 'Contactos con el chavismo.', target: 'Contacts with Chavismo.' }))).toEqual([]);
    expect(index.flagsAt(2)).toEqual([]);
    index.update(0, preparePair({ index: 0, source: 'El chavismo respondió.', target: 'Chavism responded.' }));
    index.update(2, preparePair({ index: 2, source: 'Contactos con el chavismo.', target: 'Contacts with Chavism.' }));
    expect(pairs.map((_, p) => index.flagsAt(p).length)).toEqual([0, 1, 0]);
  });

  it('accepts a cognate always adapted the same way or adapted in inflections', () => {
    const pairs = [
      ['El presidente habló.', 'The president spoke.'],
      ['La presidenta llegó.', 'The president arrived.'],
      ['Los presidentes votaron.', 'The presidents voted.'],
    ].map(([source, target], index) => preparePair({ index, source: source!, target: target! }));
    const index = new ConsistencyIndex(pairs);
    expect(pairs.map((_, p) => index.flagsAt(p))).toEqual([[], [], []]);
  });
});

describe('rules added from the development set', () => {
  it('capitalises days, months and nationalities in English', () => {
    const flags = runCheck(capitalisation, 'La reunión será el lunes.', 'The meeting will be on monday.');
    expect(flags.map((f) => f.suggestions[0])).toEqual(['Monday']);
    expect(runCheck(capitalisation, 'Llegará en mayo y puede quedarse.', 'She will arrive in May and may stay.')).toEqual([]);
  });

  it('splits a function word glued to a word, and an upper-case heading run into the text', () => {
    expect(runCheck(mergedWords, 'Subió en la eurozona.', 'It rose in theeurozone.')[0]).toMatchObject({ suggestions: ['the eurozone'] });
    expect(runCheck(mergedWords, 'MADRID. El Gobierno aprobará', 'MADRIDThe Government will approve')[0]).toMatchObject({ suggestions: ['MADRID The'] });
    expect(runCheck(mergedWords, 'Lo vio en la tele.', 'He saw it on the television and therefore left.')).toEqual([]);
  });

  it('flags a full stop in the middle of a sentence but not dialogue or abbreviations', () => {
    expect(runCheck(displacedPunctuation, 'Anunció su salida del Gobierno.', 'He announced his departure. from the Government.')).toHaveLength(1);
    expect(runCheck(displacedPunctuation, '«¿Y ahora qué?», se preguntaban.', '"What now?" they wondered.')).toEqual([]);
    expect(runCheck(displacedPunctuation, 'Se reunió con funcionarios de EEUU ayer.', 'He met U.S. officials yesterday.')).toEqual([]);
  });
});
