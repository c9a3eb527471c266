/**
 * Every surface form of a Spanish verb, accent-folded, for matching idioms in any tense and person. It
 * over-generates on purpose (all plausible stem changes for every verb): a form only counts when the idiom's
 * other words follow, so a spurious form costs nothing, while a missing one costs a missed error.
 */
import { foldAccents } from '../tokens';

interface Irregular {
  /** first person present / present subjunctive stem (tengo, tenga) */
  yo?: string;
  /** strong preterite stem (tuve, tuvo, tuviera) */
  pret?: string;
  /** future and conditional stem (tendré, tendría) */
  fut?: string;
  participle?: string;
  extra?: string[];
}

const IRREGULAR: Record<string, Irregular> = {
  ser: { extra: 'soy eres es somos sois son fui fuiste fue fuimos fuisteis fueron era eras eramos erais eran sea seas seamos seais sean fuera fueras fueramos fuerais fueran fuese fuesen se sed siendo sido'.split(' ') },
  ir: { extra: 'voy vas va vamos vais van fui fuiste fue fuimos fuisteis fueron iba ibas ibamos ibais iban vaya vayas vayamos vayais vayan fuera fueras fueramos fuerais fueran fuese fuesen ve id yendo ido'.split(' ') },
  estar: { pret: 'estuv', extra: ['estoy'] },
  tener: { yo: 'teng', pret: 'tuv', fut: 'tendr', extra: ['ten'] },
  poner: { yo: 'pong', pret: 'pus', fut: 'pondr', participle: 'puesto', extra: ['pon'] },
  hacer: { yo: 'hag', pret: 'hic', fut: 'har', participle: 'hecho', extra: ['hizo', 'haz'] },
  decir: { yo: 'dig', pret: 'dij', fut: 'dir', participle: 'dicho', extra: ['di', 'diciendo'] },
  venir: { yo: 'veng', pret: 'vin', fut: 'vendr', extra: ['ven', 'viniendo'] },
  salir: { yo: 'salg', fut: 'saldr', extra: ['sal'] },
  valer: { yo: 'valg', fut: 'valdr' },
  caer: { yo: 'caig', extra: ['cayo', 'cayeron', 'cayendo', 'cayera', 'cayeran'] },
  traer: { yo: 'traig', pret: 'traj', extra: ['trayendo'] },
  oir: { yo: 'oig', extra: ['oye', 'oyes', 'oyen', 'oyo', 'oyeron', 'oyendo'] },
  saber: { yo: 'sep', pret: 'sup', fut: 'sabr', extra: ['se'] },
  caber: { yo: 'quep', pret: 'cup', fut: 'cabr' },
  haber: { yo: 'hay', pret: 'hub', fut: 'habr', extra: ['he', 'has', 'ha', 'hemos', 'han', 'hay'] },
  poder: { pret: 'pud', fut: 'podr' },
  querer: { pret: 'quis', fut: 'querr' },
  andar: { pret: 'anduv' },
  dar: { extra: 'doy di diste dio dimos disteis dieron de des demos deis den diera dieras dieramos dierais dieran diese diesen'.split(' ') },
  ver: { participle: 'visto', extra: 'veo ves ve vemos veis ven vi viste vio vimos visteis vieron veia veias veiamos veiais veian vea veas veamos veais vean viendo'.split(' ') },
  escribir: { participle: 'escrito' },
  abrir: { participle: 'abierto' },
  volver: { participle: 'vuelto' },
  morir: { participle: 'muerto' },
  romper: { participle: 'roto' },
  cubrir: { participle: 'cubierto' },
  resolver: { participle: 'resuelto' },
  freir: { participle: 'frito' },
  imprimir: { participle: 'impreso' },
};

const PRESENT: Record<'ar' | 'er' | 'ir', string[]> = {
  ar: ['o', 'as', 'a', 'amos', 'ais', 'an'],
  er: ['o', 'es', 'e', 'emos', 'eis', 'en'],
  ir: ['o', 'es', 'e', 'imos', 'is', 'en'],
};
const SUBJUNCTIVE: Record<'ar' | 'er' | 'ir', string[]> = {
  ar: ['e', 'es', 'emos', 'eis', 'en'],
  er: ['a', 'as', 'amos', 'ais', 'an'],
  ir: ['a', 'as', 'amos', 'ais', 'an'],
};
const PRETERITE: Record<'ar' | 'er' | 'ir', string[]> = {
  ar: ['e', 'aste', 'o', 'amos', 'asteis', 'aron'],
  er: ['i', 'iste', 'io', 'imos', 'isteis', 'ieron'],
  ir: ['i', 'iste', 'io', 'imos', 'isteis', 'ieron'],
};
const IMPERFECT: Record<'ar' | 'er' | 'ir', string[]> = {
  ar: ['aba', 'abas', 'abamos', 'abais', 'aban'],
  er: ['ia', 'ias', 'iamos', 'iais', 'ian'],
  ir: ['ia', 'ias', 'iamos', 'iais', 'ian'],
};
const PAST_SUBJUNCTIVE: Record<'ar' | 'er' | 'ir', string[]> = {
  ar: ['ara', 'aras', 'aramos', 'arais', 'aran', 'ase', 'ases', 'asemos', 'aseis', 'asen'],
  er: ['iera', 'ieras', 'ieramos', 'ierais', 'ieran', 'iese', 'ieses', 'iesemos', 'ieseis', 'iesen'],
  ir: ['iera', 'ieras', 'ieramos', 'ierais', 'ieran', 'iese', 'ieses', 'iesemos', 'ieseis', 'iesen'],
};
const FUTURE = ['e', 'as', 'a', 'emos', 'eis', 'an', 'ia', 'ias', 'iamos', 'iais', 'ian'];
const STRONG_PRETERITE = ['e', 'iste', 'o', 'imos', 'isteis', 'ieron', 'iera', 'ieras', 'ieramos', 'ierais', 'ieran', 'iese', 'iesen'];
const GERUND = { ar: 'ando', er: 'iendo', ir: 'iendo' } as const;

/** Stem variants: diphthongs (pienso, vuelvo, juego), e→i (pide), and spelling changes before e/a/o. */
function stemVariants(stem: string): string[] {
  const variants = new Set([stem]);
  const lastVowel = stem.search(/[aeiou][^aeiou]*$/);
  if (lastVowel >= 0) {
    const head = stem.slice(0, lastVowel);
    const tail = stem.slice(lastVowel + 1);
    const vowel = stem[lastVowel];
    if (vowel === 'e') {
      variants.add(`${head}ie${tail}`);
      variants.add(`${head}i${tail}`);
    }
    if (vowel === 'o') variants.add(`${head}ue${tail}`);
    if (vowel === 'u') variants.add(`${head}ue${tail}`);
  }
  for (const v of [...variants]) {
    if (v.endsWith('c')) variants.add(`${v.slice(0, -1)}qu`).add(`${v.slice(0, -1)}z`).add(`${v}zc`.replace(/czc$/, 'zc'));
    if (v.endsWith('g')) variants.add(`${v}u`).add(`${v.slice(0, -1)}j`);
    if (v.endsWith('z')) variants.add(`${v.slice(0, -1)}c`);
    if (v.endsWith('gu')) variants.add(`${v.slice(0, -1)}`);
    if (/[aeiou]$/.test(v)) variants.add(`${v}y`);
  }
  return [...variants];
}

function add(forms: Set<string>, stems: string[], endings: string[]): void {
  for (const stem of stems) for (const ending of endings) forms.add(stem + ending);
}

function findIrregular(infinitive: string): { prefix: string; base: string; irregular: Irregular } | null {
  // Compounds conjugate like their base: mantener like tener, proponer like poner, deshacer like hacer.
  for (let i = 0; i < infinitive.length - 1; i++) {
    const base = infinitive.slice(i);
    const irregular = IRREGULAR[base];
    if (irregular && (i === 0 || base.length >= 4)) return { prefix: infinitive.slice(0, i), base, irregular };
  }
  return null;
}

const cache = new Map<string, ReadonlySet<string>>();

export function spanishVerbForms(infinitiveInput: string): ReadonlySet<string> {
  const infinitive = foldAccents(infinitiveInput.toLowerCase());
  const cached = cache.get(infinitive);
  if (cached) return cached;
  const forms = new Set<string>([infinitive]);
  const group = infinitive.slice(-2);
  if (group === 'ar' || group === 'er' || group === 'ir') {
    const stem = infinitive.slice(0, -2);
    const stems = stemVariants(stem);
    add(forms, stems, PRESENT[group]);
    add(forms, stems, SUBJUNCTIVE[group]);
    add(forms, stems, PRETERITE[group]);
    add(forms, [stem], IMPERFECT[group]);
    add(forms, stems, PAST_SUBJUNCTIVE[group]);
    add(forms, [infinitive], FUTURE);
    add(forms, stems, [GERUND[group], 'yendo']);
    add(forms, [stem], group === 'ar' ? ['ado', 'ada', 'ados', 'adas'] : ['ido', 'ida', 'idos', 'idas']);
    add(forms, stems, [group === 'ar' ? 'a' : 'e']);
    forms.add(infinitive.slice(0, -1) + 'd');
  }
  const found = findIrregular(infinitive);
  if (found) {
    const { prefix, irregular } = found;
    const p = (s: string): string => prefix + s;
    if (irregular.yo) {
      forms.add(p(`${irregular.yo}o`));
      add(forms, [p(irregular.yo)], SUBJUNCTIVE.er);
    }
    if (irregular.pret) {
      const endings = irregular.pret.endsWith('j')
        ? STRONG_PRETERITE.map((e) => e.replace(/^ie/, 'e'))
        : STRONG_PRETERITE;
      add(forms, [p(irregular.pret)], endings);
    }
    if (irregular.fut) add(forms, [p(irregular.fut)], FUTURE);
    if (irregular.participle) {
      const part = p(irregular.participle);
      const base = part.slice(0, -1);
      add(forms, [base], ['o', 'a', 'os', 'as']);
    }
    for (const extra of irregular.extra ?? []) forms.add(p(extra));
  }
  cache.set(infinitive, forms);
  return forms;
}

const CLITIC = /(me|te|se|nos|os|le|les|lo|la|los|las)$/;
const REFLEXIVE = new Set(['me', 'te', 'se', 'nos', 'os']);

export interface VerbReading {
  base: string;
  clitics: string[];
}

/** A token with its enclitic pronouns peeled off (dándoselo → dando + se + lo), every way it can be read. */
export function peelClitics(norm: string): VerbReading[] {
  const readings: VerbReading[] = [{ base: norm, clitics: [] }];
  let base = norm;
  const clitics: string[] = [];
  for (let i = 0; i < 2; i++) {
    const match = CLITIC.exec(base);
    if (!match || base.length - match[0].length < 2) break;
    base = base.slice(0, -match[0].length);
    clitics.unshift(match[0]);
    readings.push({ base, clitics: [...clitics] });
  }
  return readings;
}

export function isReflexivePronoun(norm: string): boolean {
  return REFLEXIVE.has(norm);
}
