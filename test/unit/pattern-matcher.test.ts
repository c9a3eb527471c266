import { describe, expect, it } from 'vitest';
import { PatternIndex } from '../../shared/checks/pattern-matcher';
import { tokenize } from '../../shared/text/tokens';

function matches(patterns: string[], text: string): string[] {
  const index = new PatternIndex(patterns, (p) => p);
  const tokens = tokenize(text);
  return index.find(tokens).map((m) => `${m.entry}@${tokens[m.first]!.text}..${tokens[m.last]!.text}`);
}

describe('inflection-aware idiom patterns', () => {
  it('matches any tense and person of the verb', () => {
    expect(matches(['~levantar ampollas'], 'Esos contactos han levantado ampollas en el Departamento')).toEqual([
      '~levantar ampollas@levantado..ampollas',
    ]);
    expect(matches(['~levantar ampollas'], 'La medida levantó ampollas.')).toHaveLength(1);
    expect(matches(['~levantar ampollas'], 'Levantará ampollas entre los socios.')).toHaveLength(1);
  });

  it('allows clitics and words in between', () => {
    expect(matches(['~dar largas'], 'Le están dando largas desde marzo.')).toHaveLength(1);
    expect(matches(['~dar largas'], 'Sigue dándole largas al asunto.')).toHaveLength(1);
    expect(matches(['~echar por tierra'], 'Lo echó otra vez por tierra.')).toHaveLength(1);
  });

  it('needs a reflexive pronoun for reflexive idioms, attached or before the verb', () => {
    expect(matches(['~ponerse las pilas'], 'El equipo se puso las pilas.')).toHaveLength(1);
    expect(matches(['~ponerse las pilas'], '¡Ponte las pilas!')).toHaveLength(1);
    expect(matches(['~ponerse las pilas'], 'Me tengo que poner las pilas.')).toHaveLength(1);
    expect(matches(['~ponerse las pilas'], 'Hay que poner las pilas al mando.')).toHaveLength(0);
  });

  it('handles optional words and alternatives', () => {
    expect(matches(['~echar (una) mano'], 'Nos echó una mano.')).toHaveLength(1);
    expect(matches(['~echar (una) mano'], 'Échame mano con esto.')).toHaveLength(1);
    expect(matches(['a|al pie de la letra'], 'Siguió las instrucciones al pie de la letra.')).toHaveLength(1);
  });

  it('does not match when words are too far apart or missing', () => {
    expect(matches(['~levantar ampollas'], 'Levantó la mano y dijo que en su piel había muchas ampollas.')).toHaveLength(0);
    expect(matches(['~tomar el pelo'], 'Tomó el autobús.')).toHaveLength(0);
  });
});
