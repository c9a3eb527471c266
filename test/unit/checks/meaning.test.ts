import { describe, expect, it } from 'vitest';
import { falseFriend } from '../../../shared/checks/false-friend';
import type { FalseFriendEntry } from '../../../shared/checks/lexicons/types';
import { literalUiPhrase } from '../../../shared/checks/literal-ui-phrase';
import { nameChanged } from '../../../shared/checks/name-changed';
import { negation } from '../../../shared/checks/negation';
import { question } from '../../../shared/checks/question';
import { runCheck } from '../../helpers/checks';

const falseFriends: FalseFriendEntry[] = [
  { source: 'actualmente', forms: ['actualmente'], false: ['actual'], meaning: 'currently', renderings: ['currently', 'now'], severity: 'major' },
  { source: 'asistir', forms: ['asistir', 'asistió'], false: ['assist'], meaning: 'to attend', renderings: ['attend', 'go'], severity: 'minor' },
];

describe('false-friend', () => {
  it('flags the look-alike with the entry severity and suggests real renderings', () => {
    const target = 'Actually, the company has 300 employees.';
    const flags = runCheck(falseFriend, 'Actualmente la empresa tiene 300 empleados.', target, { lexicon: { falseFriends } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'major', source: { text: 'Actualmente' }, target: { text: 'Actually', start: 0 }, suggestions: ['currently', 'now'] });
  });

  it('stays silent when the translation uses a real rendering or the source lacks the word', () => {
    expect(runCheck(falseFriend, 'Asistió a la reunión.', 'He attended the meeting.', { lexicon: { falseFriends } })).toEqual([]);
    expect(runCheck(falseFriend, 'Ayudó al herido.', 'He assisted the injured man.', { lexicon: { falseFriends } })).toEqual([]);
    expect(runCheck(falseFriend, 'Actualmente vive en Lima.', 'He currently lives in Lima, actually.', { lexicon: { falseFriends } })).toEqual([]);
  });
});

describe('literal-ui-phrase', () => {
  const uiPhrases = [{ source: 'saber más', literal: ['know more'], renderings: ['learn more', 'read more'] }];
  it('flags a literal interface phrase and keeps the capital in its suggestions', () => {
    const flags = runCheck(literalUiPhrase, 'Saber más', 'Know more', { lexicon: { uiPhrases } });
    expect(flags[0]).toMatchObject({ category: 'style/unidiomatic', target: { text: 'Know more' }, suggestions: ['Learn more', 'Read more'] });
    expect(runCheck(literalUiPhrase, 'Saber más', 'Learn more', { lexicon: { uiPhrases } })).toEqual([]);
  });
});

describe('negation', () => {
  it('flags a negation lost as critical, pointing at the source word', () => {
    const flags = runCheck(negation, 'El ministro no firmó el acuerdo.', 'The minister signed the agreement.');
    expect(flags).toEqual([expect.objectContaining({ severity: 'critical', source: expect.objectContaining({ text: 'no' }), target: null })]);
  });

  it('flags a negation added', () => {
    const flags = runCheck(negation, 'El ministro firmó el acuerdo.', "The minister didn't sign the agreement.");
    expect(flags).toEqual([expect.objectContaining({ severity: 'major', target: expect.objectContaining({ text: "didn't" }) })]);
  });

  it('accepts doubled Spanish negation, "sin" as "without", and phrases that negate nothing', () => {
    expect(runCheck(negation, 'No dijo nada a nadie.', 'He said nothing to anyone.')).toEqual([]);
    expect(runCheck(negation, 'Se fue sin pagar.', 'He left without paying.')).toEqual([]);
    expect(runCheck(negation, 'Sin embargo, ganó.', 'However, she won.')).toEqual([]);
    expect(runCheck(negation, 'Ganó, no obstante.', 'She won nevertheless.')).toEqual([]);
  });
});

describe('question', () => {
  it('flags a question turned into a statement, and the reverse', () => {
    expect(runCheck(question, '¿Vendrá mañana?', 'He will come tomorrow.')[0]).toMatchObject({ target: { text: '.' }, suggestions: ['?'] });
    expect(runCheck(question, 'Vendrá mañana.', 'Will he come tomorrow?')).toHaveLength(1);
    expect(runCheck(question, '¿Vendrá mañana?', 'Will he come tomorrow?')).toEqual([]);
  });
});

describe('name-changed', () => {
  const givenNames = [{ name: 'Juan', english: ['John'] }, { name: 'Francisco', english: ['Francis'] }];
  it('flags a given name swapped for its English equivalent', () => {
    const flags = runCheck(nameChanged, 'Lo dijo Juan Guaidó en Caracas.', 'John Guaidó said it in Caracas.', { lexicon: { givenNames } });
    expect(flags[0]).toMatchObject({ target: { text: 'John' }, suggestions: ['Juan'] });
  });

  it('accepts the customary English names of popes and monarchs', () => {
    expect(runCheck(nameChanged, 'Lo dijo el papa Francisco.', 'Pope Francis said so.', { lexicon: { givenNames } })).toEqual([]);
    expect(runCheck(nameChanged, 'Lo dijo Juan Guaidó.', 'Juan Guaidó said so.', { lexicon: { givenNames } })).toEqual([]);
  });
});

describe('name-changed: a part of a full name replaced', () => {
  it('flags the replaced part next to the surviving one', () => {
    const flags = runCheck(nameChanged, 'El presidente colombiano, Gustavo Petro, anunció una consulta.', 'Colombian President Gustavo Pedro announced a referendum.');
    expect(flags[0]).toMatchObject({ source: { text: 'Petro' }, target: { text: 'Pedro' }, suggestions: ['Petro'] });
  });

  it('accepts translated institutions, possessives, inflections and place pairs', () => {
    expect(runCheck(nameChanged, 'El Partido Popular ganó.', 'The Popular Party won.')).toEqual([]);
    expect(runCheck(nameChanged, 'El gobierno de Claudia Sheinbaum presentó un plan.', "Claudia Sheinbaum's government presented a plan.")).toEqual([]);
    expect(runCheck(nameChanged, 'Ganó dos Copas América.', 'He won two Copa América trophies.')).toEqual([]);
    expect(runCheck(nameChanged, 'La línea Madrid-Sevilla se retrasó.', 'The Madrid-Seville line was delayed.')).toEqual([]);
  });
});
