import { describe, expect, it } from 'vitest';
import { literalIdiom } from '../../../shared/checks/literal-idiom';
import { idiom, runCheck } from '../../helpers/checks';

const idioms = [
  idiom('~levantar ampollas', ['blister'], ['cause unease', 'ruffle feathers', 'stir up resentment'], ['rais', 'rose', 'lift']),
  idiom('~tomar el pelo', ['hair'], ["pull someone's leg", 'tease', 'kid'], ['take', 'took', 'taking']),
];

describe('literal-idiom', () => {
  it('flags an idiom rendered word for word, with the literal words as the span and inflected renderings', () => {
    const source = 'Esos contactos han levantado ampollas en el Departamento de Estado.';
    const target = 'Those contacts have raised blisters in the State Department.';
    const flags = runCheck(literalIdiom, source, target, { lexicon: { idioms } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      check: 'literal-idiom',
      category: 'accuracy/mistranslation',
      severity: 'major',
      source: { text: 'levantado ampollas' },
      target: { text: 'raised blisters', start: target.indexOf('raised') },
    });
    expect(flags[0]!.suggestions[0]).toBe('caused unease');
    expect(flags[0]!.suggestions).toContain('ruffled feathers');
  });

  it('stays silent when the translation is idiomatic', () => {
    expect(
      runCheck(literalIdiom, 'Esos contactos han levantado ampollas.', 'Those contacts have caused unease.', { lexicon: { idioms } }),
    ).toEqual([]);
    expect(runCheck(literalIdiom, 'Me estás tomando el pelo.', "You're pulling my leg.", { lexicon: { idioms } })).toEqual([]);
  });

  it('stays silent when the source has no idiom, even if the target has the cue word', () => {
    expect(runCheck(literalIdiom, 'Tenía ampollas en los pies.', 'He had blisters on his feet.', { lexicon: { idioms } })).toEqual([]);
  });

  it('flags across inflections and clitics', () => {
    const flags = runCheck(literalIdiom, 'Creo que le están tomando el pelo.', 'I think they are taking his hair.', { lexicon: { idioms } });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.target?.text).toBe('taking his hair');
    expect(flags[0]!.suggestions[0]).toBe("pulling someone's leg");
  });
});
