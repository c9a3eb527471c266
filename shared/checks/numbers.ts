/**
 * Numbers in the source that the target lacks, or changed. Separators follow each language's convention
 * ("1.500,5" in Spanish is "1,500.5" in English), and a number spelled out in words counts as present.
 */
import type { Flag } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

interface FoundNumber {
  values: number[];
  start: number;
  end: number;
  text: string;
}

const NUMBER = /(?<![\p{L}\d])\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\p{L}\d])\d+(?:[.,]\d+)?(?![\d\p{L}])/gu;
const DECIMAL_COMMA: ReadonlySet<LanguageCode> = new Set(['es', 'fr', 'de', 'it', 'pt']);

const NUMBER_WORDS: Partial<Record<LanguageCode, string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
};

/** Every value the written number can mean, since "1.500" is 1500 in Spain and 1.5 in the US. */
function readings(text: string, lang: LanguageCode): number[] {
  const compact = text.replace(/[  ]/g, '');
  const asDecimalComma = Number(compact.replace(/\./g, '').replace(',', '.'));
  const asDecimalPoint = Number(compact.replace(/,/g, ''));
  const preferred = DECIMAL_COMMA.has(lang) ? [asDecimalComma, asDecimalPoint] : [asDecimalPoint, asDecimalComma];
  return [...new Set(preferred.filter((n) => Number.isFinite(n)))];
}

function findNumbers(text: string, lang: LanguageCode): FoundNumber[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    values: readings(m[0], lang),
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

function wordValues(text: string, lang: LanguageCode): number[] {
  const words = NUMBER_WORDS[lang] ?? [];
  const lower = text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  return words.flatMap((w, value) => (new RegExp(`\\b${w}\\b`, 'u').test(lower) ? [value] : []));
}

function formatFor(number: FoundNumber, lang: LanguageCode): string {
  const value = number.values[0];
  if (value === undefined || /^\d+$/.test(number.text)) return number.text;
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(value);
}

export const numbers: Check = {
  id: 'numbers',
  run(pair, ctx) {
    const flags: Flag[] = [];
    const source = findNumbers(pair.source, ctx.sourceLang);
    const target = findNumbers(pair.target, ctx.targetLang);
    const targetWords = wordValues(pair.target, ctx.targetLang);
    const unmatchedTarget = [...target];
    const missing: FoundNumber[] = [];
    for (const number of source) {
      const at = unmatchedTarget.findIndex((t) => t.values.some((v) => number.values.includes(v)));
      if (at >= 0) unmatchedTarget.splice(at, 1);
      else if (!number.values.some((v) => targetWords.includes(v))) missing.push(number);
    }
    for (const number of missing) {
      const replaced = unmatchedTarget.shift();
      flags.push(
        makeFlag({
          check: this.id,
          category: replaced ? 'accuracy/mistranslation' : 'accuracy/omission',
          severity: replaced ? 'critical' : 'major',
          source: spanOf(pair.source, number.start, number.end),
          target: replaced ? spanOf(pair.target, replaced.start, replaced.end) : null,
          messageKey: replaced ? 'numberChanged' : 'numberMissing',
          params: { number: number.text, found: replaced?.text ?? '' },
          suggestions: replaced ? [formatFor(number, ctx.targetLang)] : [],
        }),
      );
    }
    return flags;
  },
};
