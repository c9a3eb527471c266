/**
 * Numbers in the source that the target lacks, or changed. Separators follow each language's convention
 * ("1.500,5" in Spanish is "1,500.5" in English), and a number spelled out in words counts as present.
 */
import type { Flag } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import type { Token } from '../text/tokens';
import { makeFlag, spanOf } from './make-flag';
import type { Check, PreparedPair } from './types';

interface FoundNumber {
  value: number;
  wellFormed: boolean;
  /** every value the number can stand for here: itself, scaled by a following "millones", a time's hour */
  values: number[];
  time: boolean;
  start: number;
  end: number;
  text: string;
}

// A number may carry an ordinal or plural ending ("74th", "under-18s", "5º"), never other letters ("H2O", "MP3").
const END = String.raw`(?!\d)(?=(?:s|st|nd|rd|th|º|ª|er|e|ème)?(?![\p{L}\d]))`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\d{1,2}[:h]\d{2}|\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)` + END,
  'gu',
);
const TIME = /^([01]?\d|2[0-4])[.:h]([0-5]\d)$/;

const SCALES: Partial<Record<LanguageCode, [RegExp, number][]>> = {
  es: [[/^\s*mil\s+millones\b/u, 1e9], [/^\s*(?:millón|millones|millon)\b/u, 1e6], [/^\s*(?:billón|billones)\b/u, 1e12], [/^\s*mil\b/u, 1e3]],
  en: [[/^\s*trillion/u, 1e12], [/^\s*(?:billion|bn\b)/u, 1e9], [/^\s*(?:million|m\b)/u, 1e6], [/^\s*thousand/u, 1e3]],
  fr: [[/^\s*milliards?/u, 1e9], [/^\s*millions?/u, 1e6], [/^\s*mille\b/u, 1e3]],
  de: [[/^\s*(?:Milliarden?|Mrd\b)/iu, 1e9], [/^\s*(?:Millionen|Million|Mio\b)/iu, 1e6], [/^\s*tausend/iu, 1e3]],
  it: [[/^\s*miliard[oi]/u, 1e9], [/^\s*milion[ei]/u, 1e6], [/^\s*mila\b/u, 1e3]],
  pt: [[/^\s*mil\s+milh(?:ão|ões)/u, 1e9], [/^\s*bilh(?:ão|ões)/u, 1e9], [/^\s*milh(?:ão|ões)/u, 1e6], [/^\s*mil\b/u, 1e3]],
};
const DECIMAL_COMMA: ReadonlySet<LanguageCode> = new Set(['es', 'fr', 'de', 'it', 'pt']);

const NUMBER_WORDS: Partial<Record<LanguageCode, string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
};

/**
 * The value of a written number by its language's convention, and whether it is written that way. A group
 * separator is only a separator before exactly three digits ("3.5" is a decimal even in Spanish).
 */
function readNumber(text: string, lang: LanguageCode, fallback = true): { value: number; wellFormed: boolean } {
  const compact = text.replace(/[\u00a0\u202f ]/g, '');
  const [group, decimal] = DECIMAL_COMMA.has(lang) ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+(?:\\${decimal}\\d+)?$`);
  if (grouped.test(compact)) return { value: Number(compact.split(group).join('').replace(decimal, '.')), wellFormed: true };
  const plain = new RegExp(`^\\d+(?:\\${decimal}\\d+)?$`);
  if (plain.test(compact)) return { value: Number(compact.replace(decimal, '.')), wellFormed: true };
  // The other convention's way of writing: read as that convention wrote it, but say it is ill-formed here.
  if (!fallback) return { value: Number.NaN, wellFormed: false };
  const other = readNumber(compact, DECIMAL_COMMA.has(lang) ? 'en' : 'es', false);
  return { value: other.value, wellFormed: false };
}

function findNumbers(text: string, lang: LanguageCode): FoundNumber[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const end = m.index + m[0].length;
    const time = TIME.exec(m[0]);
    if (time) {
      // "22.00" may become "10 pm": the hour on either clock, with or without its minutes.
      const hour = Number(time[1]);
      const minutes = Number(time[2]) / 100;
      const twelve = hour % 12 || 12;
      return { value: hour + minutes, wellFormed: true, time: true, values: [hour + minutes, hour, twelve, twelve + minutes], start: m.index, end, text: m[0] };
    }
    const { value, wellFormed } = readNumber(m[0], lang);
    const after = text.slice(end, end + 16);
    const scale = SCALES[lang]?.find(([pattern]) => pattern.test(after))?.[1];
    return { value, wellFormed, time: false, values: scale ? [value * scale, value] : [value], start: m.index, end, text: m[0] };
  });
}

/** Two numbers agree when some reading of each is the same value (to rounding: 1.2 × 10⁹ is 1,200 × 10⁶). */
function agree(a: FoundNumber, b: FoundNumber): boolean {
  const same = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  // A time matches on any of its readings; a scaled number ("3,5 millones") only by its full value, or by its
  // bare figure against a bare one ("1.200 millones" / "1,200 million" are both scaled, so never 3 ≈ 3 billion).
  if (a.time || b.time) return a.values.some((x) => b.values.some((y) => same(x, y)));
  if (same(a.values[0]!, b.values[0]!)) return true;
  const bare = (n: FoundNumber): boolean => n.values.length === 1;
  return bare(a) !== bare(b) && (bare(a) ? b.values.some((y) => same(a.value, y)) : a.values.some((x) => same(x, b.value)));
}

const wordPatterns = new Map<LanguageCode, RegExp | null>();

/** The small numbers the folded text spells out in words ("two meetings" → 2). */
function wordValues(folded: string, lang: LanguageCode): number[] {
  if (!wordPatterns.has(lang)) {
    const words = NUMBER_WORDS[lang];
    wordPatterns.set(lang, words ? new RegExp(`(?<!\\p{L})(${words.join('|')})(?!\\p{L})`, 'gu') : null);
  }
  const pattern = wordPatterns.get(lang);
  if (!pattern) return [];
  const words = NUMBER_WORDS[lang]!;
  return [...folded.matchAll(pattern)].map((m) => words.indexOf(m[1]!));
}

function formatFor(number: FoundNumber, lang: LanguageCode): string {
  if (/^\d+$/.test(number.text)) return number.text;
  // Four-digit numbers stay ungrouped in running text in most style guides ("1500", not "1,500").
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(number.value);
}

const MONTHS: Partial<Record<LanguageCode, string[]>> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
  de: ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

/** A date whose month changed: the source names one month, the target another and not the source's. */
function monthFlags(pair: PreparedPair, sourceLang: LanguageCode, targetLang: LanguageCode): Flag[] {
  const sourceMonths = MONTHS[sourceLang];
  const targetMonths = MONTHS[targetLang];
  if (!sourceMonths || !targetMonths) return [];
  // "may" is also a verb: an English "May" counts as the month only with a capital.
  const monthOf = (t: Token, months: string[], lang: LanguageCode): number =>
    lang === 'en' && t.norm === 'may' && !/^M/.test(t.text) ? -1 : months.indexOf(t.norm);
  const inSource = new Set(pair.sourceTokens.map((t) => monthOf(t, sourceMonths, sourceLang)).filter((m) => m >= 0));
  if (inSource.size === 0) return [];
  const flags: Flag[] = [];
  for (const token of pair.targetTokens) {
    const month = monthOf(token, targetMonths, targetLang);
    if (month < 0 || inSource.has(month)) continue;
    const expected = [...inSource].find((m) => !pair.targetTokens.some((t) => monthOf(t, targetMonths, targetLang) === m));
    if (expected === undefined) continue;
    const name = targetMonths[expected]!;
    flags.push(
      makeFlag({
        check: 'numbers',
        category: 'accuracy/mistranslation',
        severity: 'critical',
        source: null,
        target: spanOf(pair.target, token.start, token.end),
        messageKey: 'monthChanged',
        params: { found: token.text, expected: name.charAt(0).toUpperCase() + name.slice(1) },
        suggestions: [targetLang === 'en' || targetLang === 'de' ? name.charAt(0).toUpperCase() + name.slice(1) : name],
      }),
    );
  }
  return flags;
}

export const numbers: Check = {
  id: 'numbers',
  run(pair, ctx) {
    const flags: Flag[] = [];
    const source = findNumbers(pair.source, ctx.sourceLang);
    const target = findNumbers(pair.target, ctx.targetLang);
    const targetWords = wordValues(pair.targetFolded, ctx.targetLang);
    const unmatchedTarget = [...target];
    const missing: FoundNumber[] = [];
    const misformatted: [FoundNumber, FoundNumber][] = [];
    for (const number of source) {
      const at = unmatchedTarget.findIndex((t) => agree(number, t));
      if (at >= 0) {
        const [found] = unmatchedTarget.splice(at, 1);
        if (found && !found.wellFormed) misformatted.push([number, found]);
      } else if (!number.values.some((v) => targetWords.includes(v))) missing.push(number);
    }
    for (const [number, found] of misformatted) {
      flags.push(
        makeFlag({
          check: this.id,
          category: 'locale/number-format',
          severity: 'major',
          source: spanOf(pair.source, number.start, number.end),
          target: spanOf(pair.target, found.start, found.end),
          messageKey: 'numberFormat',
          params: { number: found.text },
          suggestions: [formatFor(number, ctx.targetLang)],
        }),
      );
    }
    flags.push(...monthFlags(pair, ctx.sourceLang, ctx.targetLang));
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
