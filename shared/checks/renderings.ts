import { englishForms } from '../text/lang/en-inflect';
import type { Token } from '../text/tokens';

// Words a rendering spells out that say nothing about whether it was used ("pull someone's leg").
const FILLER = new Set(['someone', "someone's", 'something', "one's", 'oneself', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'up', 'out', 'off', 'with']);

/** A good rendering counts as present when each of its content words stands in the target in some inflection. */
export function hasRendering(targetTokens: readonly Token[], rendering: string): boolean {
  const words = rendering.toLowerCase().split(/\s+/).filter((w) => !FILLER.has(w) && w.length > 2);
  if (words.length === 0) return false;
  return words.every((word) => [...englishForms(word)].some((form) => targetTokens.some((t) => t.norm === form)));
}
