import { describe, expect, it } from 'vitest';
import { peelClitics, spanishVerbForms } from '../../shared/text/lang/es-verbs';

describe('Spanish verb forms', () => {
  it.each([
    ['levantar', ['levanto', 'levanta', 'levantado', 'levanto', 'levantaron', 'levantaba', 'levantara', 'levantando', 'levantaria', 'levante']],
    ['dar', ['doy', 'da', 'dio', 'dieron', 'dando', 'dado', 'diera', 'dara']],
    ['poner', ['pongo', 'pone', 'puso', 'pusieron', 'pondra', 'puesto', 'poniendo', 'pon', 'ponga']],
    ['tener', ['tengo', 'tiene', 'tuvo', 'tendria', 'tenido']],
    ['echar', ['echo', 'echa', 'echaron', 'echado', 'echando']],
    ['mantener', ['mantiene', 'mantuvo', 'mantendra', 'mantengo']],
    ['tomar', ['tomo', 'toman', 'tomaron', 'tomando']],
    ['volver', ['vuelve', 'vuelto', 'volvio']],
    ['pedir', ['pide', 'pidio', 'pidiendo']],
    ['hacer', ['hizo', 'hecho', 'hago', 'hara', 'haciendo']],
    ['ir', ['va', 'fue', 'iba', 'yendo', 'vaya']],
  ])('%s has its irregular and regular forms', (verb, forms) => {
    const all = spanishVerbForms(verb);
    for (const form of forms) expect(all.has(form), `${verb} → ${form}`).toBe(true);
  });

  it('does not read unrelated words as forms of the verb', () => {
    expect(spanishVerbForms('dar').has('casa')).toBe(false);
    expect(spanishVerbForms('tomar').has('toro')).toBe(false);
  });

  it('peels enclitic pronouns', () => {
    expect(peelClitics('dandole').map((r) => r.base)).toContain('dando');
    expect(peelClitics('ponte').map((r) => r.base)).toContain('pon');
    expect(peelClitics('echarselo')).toContainEqual({ base: 'echar', clitics: ['se', 'lo'] });
  });
});
