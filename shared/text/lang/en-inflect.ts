/** Just enough English verb morphology to fit a suggested rendering into the sentence it replaces. */
export type VerbForm = 'base' | 'past' | 'gerund' | 'third';

const IRREGULAR: Record<string, [past: string, participle: string]> = {
  be: ['was', 'been'], have: ['had', 'had'], do: ['did', 'done'], make: ['made', 'made'], take: ['took', 'taken'],
  give: ['gave', 'given'], get: ['got', 'got'], put: ['put', 'put'], set: ['set', 'set'], let: ['let', 'let'],
  go: ['went', 'gone'], come: ['came', 'come'], run: ['ran', 'run'], keep: ['kept', 'kept'], hold: ['held', 'held'],
  bring: ['brought', 'brought'], think: ['thought', 'thought'], catch: ['caught', 'caught'], throw: ['threw', 'thrown'],
  beat: ['beat', 'beaten'], fall: ['fell', 'fallen'], lose: ['lost', 'lost'], stir: ['stirred', 'stirred'],
  tell: ['told', 'told'], say: ['said', 'said'], lead: ['led', 'led'], leave: ['left', 'left'], send: ['sent', 'sent'],
  spend: ['spent', 'spent'], stand: ['stood', 'stood'], strike: ['struck', 'struck'], win: ['won', 'won'],
  sell: ['sold', 'sold'], buy: ['bought', 'bought'], pay: ['paid', 'paid'], lay: ['laid', 'laid'], see: ['saw', 'seen'],
  speak: ['spoke', 'spoken'], break: ['broke', 'broken'], drive: ['drove', 'driven'], rise: ['rose', 'risen'],
  shake: ['shook', 'shaken'], bite: ['bit', 'bitten'], blow: ['blew', 'blown'], draw: ['drew', 'drawn'],
  fly: ['flew', 'flown'], grow: ['grew', 'grown'], know: ['knew', 'known'], show: ['showed', 'shown'],
  find: ['found', 'found'], feel: ['felt', 'felt'], meet: ['met', 'met'], sit: ['sat', 'sat'], cut: ['cut', 'cut'],
  hit: ['hit', 'hit'], hurt: ['hurt', 'hurt'], shut: ['shut', 'shut'], quit: ['quit', 'quit'], bear: ['bore', 'borne'],
  swallow: ['swallowed', 'swallowed'], wear: ['wore', 'worn'], tear: ['tore', 'torn'], sting: ['stung', 'stung'],
};

const PAST_INDEX = new Map<string, VerbForm>();
for (const [past, participle] of Object.values(IRREGULAR)) {
  PAST_INDEX.set(past, 'past');
  PAST_INDEX.set(participle, 'past');
}

export function verbFormOf(word: string): VerbForm {
  const w = word.toLowerCase();
  if (PAST_INDEX.has(w) || /[^e]ed$|[^e]ied$|eed$/.test(w) || /ed$/.test(w)) return 'past';
  if (/ing$/.test(w) && w.length > 4) return 'gerund';
  if (/[^s]s$/.test(w) && w.length > 3) return 'third';
  return 'base';
}

function doublesFinal(verb: string): boolean {
  return /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb);
}

export function inflectVerb(verb: string, form: VerbForm): string {
  if (form === 'base') return verb;
  const irregular = IRREGULAR[verb];
  if (form === 'past') {
    if (irregular) return irregular[1];
    if (verb.endsWith('e')) return `${verb}d`;
    if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
    return doublesFinal(verb) ? `${verb}${verb.slice(-1)}ed` : `${verb}ed`;
  }
  if (form === 'gerund') {
    if (verb === 'be' || verb === 'see') return `${verb}ing`;
    if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
    if (/[^e]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
    return doublesFinal(verb) ? `${verb}${verb.slice(-1)}ing` : `${verb}ing`;
  }
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Puts the first word of a phrase (its head verb) into the given form: ("cause unease", past) → "caused unease". */
export function inflectPhrase(phrase: string, form: VerbForm): string {
  const [head = '', ...rest] = phrase.split(' ');
  return [inflectVerb(head, form), ...rest].join(' ');
}

/** The word with its inflections (verb forms and plural), for finding a rendering however it was written. */
export function englishForms(word: string): Set<string> {
  const forms = new Set([word, inflectVerb(word, 'past'), inflectVerb(word, 'gerund'), inflectVerb(word, 'third')]);
  const irregular = IRREGULAR[word];
  if (irregular) for (const form of irregular) forms.add(form);
  return forms;
}
