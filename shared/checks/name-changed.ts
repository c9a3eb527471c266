/**
 * A person's given name swapped for its English equivalent ("Juan Guaidó" → "John Guaidó"). People keep their
 * own names; the exceptions are popes, monarchs and saints, whose English names are the norm ("Pope Francis").
 */
import type { Flag } from '../model/flag';
import { isCapitalized, isSentenceInitial, normalizeWord } from '../text/tokens';
import type { GivenNameEntry, NameWordEntry } from './lexicons/types';
import { makeFlag, tokenSpan } from './make-flag';
import { memoize } from './memo';
import { capitalisedRuns, NAME_JOINERS } from './document-facts';
import { languageFacts } from './lexicons/languages';
import type { Check, CheckContext, PreparedPair } from './types';

const CUSTOMARY_TITLES = new Set(['papa', 'rey', 'reina', 'principe', 'princesa', 'san', 'santo', 'santa', 'infanta', 'infante', 'emperador', 'emperatriz', 'pope', 'king', 'queen', 'saint', 'st', 'prince', 'princess']);

const nameIndex = memoize(
  (entries: readonly GivenNameEntry[]) => new Map(entries.filter((e) => !e.name.includes(' ')).map((e) => [normalizeWord(e.name), e])),
);

export const nameChanged: Check = {
  id: 'name-changed',
  run(pair, ctx) {
    const flags: Flag[] = [];
    const byName = nameIndex(ctx.lexicon.givenNames);
    for (const [i, token] of pair.sourceTokens.entries()) {
      const entry = byName.get(token.norm);
      if (!entry || !isCapitalized(token.text) || pair.targetTokens.some((t) => t.norm === token.norm)) continue;
      const previous = pair.sourceTokens[i - 1];
      if (previous && CUSTOMARY_TITLES.has(previous.norm)) continue;
      // A regnal number ("Felipe VI", "Juan Pablo II") marks a monarch or a pope too.
      const next = pair.sourceTokens[i + 1];
      if (next && /^[IVX]+$/.test(next.text)) continue;
      const english = new Set(entry.english.map(normalizeWord));
      const swapped = pair.targetTokens.find((t) => english.has(t.norm) && isCapitalized(t.text));
      if (!swapped) continue;
      const before = pair.targetTokens[pair.targetTokens.indexOf(swapped) - 1];
      if (before && CUSTOMARY_TITLES.has(before.norm)) continue;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: tokenSpan(pair.source, token),
          target: tokenSpan(pair.target, swapped),
          messageKey: 'nameChanged',
          params: { name: token.text, found: swapped.text },
          suggestions: [token.text],
        }),
      );
    }
    return [...flags, ...changedNameParts(pair, ctx, flags)];
  },
};

/**
 * A part of a full name replaced by another word while the rest survives: "Gustavo Petro" → "Gustavo Pedro",
 * "Abel Caballero" → "Abel Cabrera". Words that proper names are built from and translated with ("Banco",
 * "Partido") and parts after an article ("Premio Nobel de la Paz") do not count.
 */
const literalNameIndex = memoize((entries: readonly NameWordEntry[]): ReadonlySet<string> => new Set(entries.flatMap((e) => e.english)));

function changedNameParts(pair: PreparedPair, ctx: CheckContext, already: Flag[]): Flag[] {
  const translatable = languageFacts(ctx.sourceLang).translatableNameWords;
  const targetNorms = new Set(pair.targetTokens.flatMap((t) => [t.norm, t.norm.replace(/['’]s$/, '')]));
  const sourceNorms = new Set(pair.sourceTokens.map((t) => t.norm));
  const literalNames = literalNameIndex(ctx.lexicon.nameWords);
  const flags: Flag[] = [];
  for (const run of capitalisedRuns(pair.source, pair.sourceTokens)) {
    const articleAt = run.findIndex((t) => ['la', 'el', 'los', 'las'].includes(t.norm));
    const parts = (articleAt >= 0 ? run.slice(0, articleAt) : run).filter((t) => !NAME_JOINERS.has(t.norm));
    if (parts.length < 2 || parts.some((t) => translatable.has(t.norm))) continue;
    // "Madrid-Sevilla" pairs places, which have English names; people's names are joined by spaces.
    if (parts.some((t, i) => i > 0 && pair.source.slice(parts[i - 1]!.end, t.start).includes('-'))) continue;
    for (const part of parts) {
      if (targetNorms.has(part.norm) || already.some((f) => f.source?.start === part.start)) continue;
      // A capitalised sentence opener is no evidence of a name; the survivor must stand right beside the part.
      if (isSentenceInitial(pair.source, part.start)) continue;
      const index = parts.indexOf(part);
      const survivor = [parts[index - 1], parts[index + 1]].find((p) => p !== undefined && targetNorms.has(p.norm));
      if (!survivor) continue;
      const at = pair.targetTokens.findIndex((t) => t.norm === survivor.norm);
      const step = part.start > survivor.start ? 1 : -1;
      const replacement = pair.targetTokens[at + step];
      if (!replacement || !isCapitalized(replacement.text) || sourceNorms.has(replacement.norm) || literalNames.has(replacement.norm)) continue;
      // One a prefix of the other ("Copas" / "Copa") is an inflection, not another name.
      if (replacement.norm.startsWith(part.norm) || part.norm.startsWith(replacement.norm)) continue;
      // The part glued to a neighbour ("VenezuelaDonald") is the merged-words check's to report.
      if (replacement.norm.includes(part.norm)) continue;
      flags.push(
        makeFlag({
          check: 'name-changed',
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: tokenSpan(pair.source, part),
          target: tokenSpan(pair.target, replacement),
          messageKey: 'nameChanged',
          params: { name: part.text, found: replacement.text },
          suggestions: [part.text],
        }),
      );
    }
  }
  return flags;
}
