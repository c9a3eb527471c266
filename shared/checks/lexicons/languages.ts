import type { LanguageCode } from '../../model/languages';
import { normalizeWord } from '../../text/tokens';
import de from './languages/de.json';
import en from './languages/en.json';
import es from './languages/es.json';
import fr from './languages/fr.json';
import it from './languages/it.json';
import pt from './languages/pt.json';

interface LanguageData {
  negation: string[];
  negationExceptions: string[];
  functionWords: string[];
  abbreviations: string[];
  capitalised: string[];
  translatableNameWords: string[];
}

/** Facts about one language that checks need whatever the pair: negation words, function words, abbreviations. */
export interface LanguageFacts {
  /** accent-folded single-word negations */
  negation: ReadonlySet<string>;
  /** multi-word negations ("no one"), accent-folded, as word lists */
  negationPhrases: readonly (readonly string[])[];
  /** phrases whose negation word does not negate ("sin embargo", "not only") */
  negationExceptions: readonly string[];
  /** the exceptions compiled, matched against folded text */
  negationExceptionPatterns: readonly RegExp[];
  functionWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** words this language always capitalises (days, months, nationalities in English) */
  capitalised: ReadonlySet<string>;
  /** common nouns that form proper names and are translated with them ("Banco", "Partido", "Universidad") */
  translatableNameWords: ReadonlySet<string>;
}

function phrasePattern(phrase: string): RegExp {
  const words = phrase.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])${words.join('[\\s\\p{P}]+')}(?![\\p{L}])`, 'gu');
}

const DATA: Record<LanguageCode, LanguageData> = { es, en, fr, de, it, pt };
const cache = new Map<LanguageCode, LanguageFacts>();

export function languageFacts(code: LanguageCode): LanguageFacts {
  let facts = cache.get(code);
  if (!facts) {
    const data = DATA[code];
    const negations = data.negation.map(normalizeWord);
    facts = {
      negation: new Set(negations.filter((n) => !n.includes(' '))),
      negationPhrases: negations.filter((n) => n.includes(' ')).map((n) => n.split(' ')),
      negationExceptions: data.negationExceptions.map(normalizeWord),
      negationExceptionPatterns: data.negationExceptions.map(normalizeWord).map(phrasePattern),
      functionWords: new Set(data.functionWords.map(normalizeWord)),
      abbreviations: new Set(data.abbreviations.map(normalizeWord)),
      capitalised: new Set(data.capitalised.map(normalizeWord)),
      translatableNameWords: new Set(data.translatableNameWords.map(normalizeWord)),
    };
    cache.set(code, facts);
  }
  return facts;
}
