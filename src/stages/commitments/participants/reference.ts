/**
 * What `he`/`she` refers to inside its own sentence: the nearest leader named
 * before it ("The Prime Minister of Australia said that he welcomed …",
 * "President Lula stated that he …"), read right to left.
 */
import type { Document } from '../../../document.js';
import type { Lexicon } from '../lexicon.js';
import type { PartyContext } from '../participants.js';
import type { Sentence } from '../sentence.js';
import { gazCountry, nameWords, titleBefore } from '../party-names.js';

/** The country of the nearest leader mentioned before token `before`, or null. */
export function nearestLeader(
  s: Sentence,
  before: number,
  ctx: PartyContext,
  lex: Lexicon,
  doc: Document,
): string | null {
  const { toks } = s;
  for (let i = before - 1; i >= 0; i--) {
    const e = s.tokEntity[i];
    if (e?.type === 'PERSON') {
      const c =
        gazCountry(doc, e, lex) ??
        (e.id ? ctx.personCountry.get(e.id.toLowerCase()) : undefined) ??
        nameWords(doc.text.slice(e.start, e.end))
          .map((w) => ctx.personCountry.get(w))
          .find(Boolean);
      if (c) return c;
      continue;
    }
    const title = titleBefore(toks, i + 1, lex);
    if (!title || s.tokEntity[i + 1]?.type === 'PERSON') continue;
    // "the Prime Minister of Australia"
    if (toks[i + 1]?.w === 'of') {
      const gpe = [s.tokEntity[i + 2], s.tokEntity[i + 3]].find((x) => x?.type === 'GPE' && x.id);
      if (gpe) return gpe.id!;
    }
    const c = ctx.titleCountry.get(title);
    if (c) return c;
  }
  return null;
}
