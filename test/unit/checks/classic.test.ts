import { describe, expect, it } from 'vitest';
import { doubledWord } from '../../../shared/checks/doubled-word';
import { numbers } from '../../../shared/checks/numbers';
import { spaceBeforePunctuation } from '../../../shared/checks/space-before-punctuation';
import { runCheck } from '../../helpers/checks';

describe('numbers', () => {
  it('accepts numbers in either locale convention and spelled-out small numbers', () => {
    expect(runCheck(numbers, 'Costó 1.500,50 euros en 2019.', 'It cost 1,500.50 euros in 2019.')).toEqual([]);
    expect(runCheck(numbers, 'Hubo 2 reuniones.', 'There were two meetings.')).toEqual([]);
  });

  it('flags a changed number as critical, with the source number as suggestion', () => {
    const flags = runCheck(numbers, 'Murieron 21 personas.', '12 people died.');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'critical', source: { text: '21' }, target: { text: '12' }, suggestions: ['21'] });
  });

  it('flags a missing number as an omission and localises a grouped number', () => {
    const flags = runCheck(numbers, 'Llegaron 3.000 migrantes el 5 de mayo.', 'Migrants arrived on May 5.');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ category: 'accuracy/omission', severity: 'major', source: { text: '3.000' }, target: null });
    const changed = runCheck(numbers, 'Llegaron 3.000 migrantes.', '2,000 migrants arrived.');
    expect(changed[0]!.suggestions).toEqual(['3,000']);
  });
});

describe('doubled-word', () => {
  it('flags a repeated word and suggests one', () => {
    const flags = runCheck(doubledWord, 'Es la casa.', 'It is the the house.');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ target: { text: 'the the' }, suggestions: ['the'] });
  });

  it('leaves grammatical doubles and words split by punctuation alone', () => {
    expect(runCheck(doubledWord, 'x', 'He had had enough.')).toEqual([]);
    expect(runCheck(doubledWord, 'x', 'Go, go now.')).toEqual([]);
  });
});

describe('space-before-punctuation', () => {
  it('flags a space before a comma', () => {
    const target = 'a meeting was scheduled in Caracas , but Cutz said';
    const flags = runCheck(spaceBeforePunctuation, 'x', target);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ target: { start: target.indexOf(' ,'), text: ' ,' }, suggestions: [','] });
  });

  it('accepts ellipses, decimals and French spacing before ; : ! ?', () => {
    expect(runCheck(spaceBeforePunctuation, 'x', 'Wait ... and see .5 of it')).toEqual([]);
    expect(runCheck(spaceBeforePunctuation, 'x', 'Il a dit : « non » !', { sourceLang: 'en', targetLang: 'fr' })).toEqual([]);
    expect(runCheck(spaceBeforePunctuation, 'x', 'Il a dit , non', { sourceLang: 'en', targetLang: 'fr' })).toHaveLength(1);
  });
});

describe('numbers: conventions and dates', () => {
  it('reads each side by its own convention, so a number kept in the source format is caught', () => {
    const kept = runCheck(numbers, 'Costará 1.500 euros.', 'It will cost 1.500 euros.');
    expect(kept[0]).toMatchObject({ severity: 'critical', target: { text: '1.500' }, suggestions: ['1,500'] });
    const decimal = runCheck(numbers, 'Cayó un 0,8%.', 'It fell 8%.');
    expect(decimal[0]).toMatchObject({ source: { text: '0,8' }, target: { text: '8' } });
    expect(runCheck(numbers, 'Más de 3,5 millones.', 'More than 35 million.')).toHaveLength(1);
    expect(runCheck(numbers, 'Más de 3,5 millones.', 'More than 3.5 million.')).toEqual([]);
  });

  it('flags a number of the right value written the other way, as a locale error', () => {
    const flags = runCheck(numbers, 'Hubo 2.561.067 parados.', 'There were 2.561.067 unemployed.');
    expect(flags[0]).toMatchObject({ category: 'locale/number-format', suggestions: ['2,561,067'] });
  });

  it('flags a changed month and accepts the right one, and "may" the verb', () => {
    expect(runCheck(numbers, 'Ocurrió el 3 de febrero.', 'It happened on 3 March.')[0]).toMatchObject({ target: { text: 'March' }, suggestions: ['February'] });
    expect(runCheck(numbers, 'Ocurrió el 3 de febrero.', 'It happened on February 3.')).toEqual([]);
    expect(runCheck(numbers, 'Llegará en marzo y puede quedarse.', 'She will arrive in March and may stay.')).toEqual([]);
  });
});
