/**
 * The lemma of a trigger (output contract "Additions"): its words in base form,
 * lower case, keeping only those that name the stance — `reaffirmed` → `reaffirm`,
 * `will seek to` → `seek`, `expressed their serious concerns` → `express concern`.
 */
import type { Lexicon } from './lexicon.js';
import { MODALS } from './constants.js';
import { BE_FORMS, type Sentence, isApostrophe, isPossessive } from './sentence.js';

const DROPPED_POS = new Set(['DET', 'PRON', 'PUNCT', 'NUM', 'PROPN', 'SYM', 'CCONJ', 'SCONJ', 'X']);
const AUXILIARIES = new Set(['have', 'has', 'had', 'having', 'do', 'does', 'did']);
/** Particles that belong to a phrasal stance verb (`call for`, `look forward`, `map out`). */
const LINKING_POS = new Set(['ADP', 'PART', 'ADV']);

/**
 * Base form: a predicate adjective after be stays as written (`are committed` → `committed`,
 * but `we committed to` → `commit`); verbs and nouns take wink's lemma.
 */
function base(s: Sentence, lex: Lexicon, i: number): string {
  const t = s.toks[i];
  const predicate = lex.adjectives.has(t.w) && (t.pos === 'ADJ' || (i > 0 && BE_FORMS.has(s.toks[i - 1].w)));
  return (!predicate && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'AUX') ? t.lemma || t.w : t.w).toLowerCase();
}

/** Is token i a stance word of the trigger [from, to]? */
function stanceWord(s: Sentence, lex: Lexicon, i: number, from: number, to: number): boolean {
  const t = s.toks[i];
  if (DROPPED_POS.has(t.pos) || isPossessive(t) || isApostrophe(t) || s.tokEntity[i]) return false;
  if (MODALS.has(t.w) || lex.negWords.has(t.w) || lex.intensifiers.has(t.w)) return false;
  // A copula or auxiliary counts only when nothing else names the stance ("is needed" keeps "need").
  if (AUXILIARIES.has(t.w) || (BE_FORMS.has(t.w) && !['stand', 'stands', 'stood'].includes(t.w))) return false;
  if (t.pos === 'ADJ') return lex.adjectives.has(t.w) || (i > from && BE_FORMS.has(s.toks[i - 1].w));
  if (LINKING_POS.has(t.pos)) {
    if (t.w.endsWith('ly') || i === from) return false;
    // An adverb is a particle only right after the verb and before its preposition or the end.
    if (t.pos === 'ADV') return s.toks[i - 1].pos === 'VERB' && (i === to || LINKING_POS.has(s.toks[i + 1].pos));
    return i < to || t.w !== 'to';
  }
  return true;
}

/** Lemma of the trigger covering tokens [from, to] of the sentence. */
export function triggerLemma(s: Sentence, lex: Lexicon, from: number, to: number): string {
  const words: string[] = [];
  for (let i = from; i <= to; i++) {
    if (!stanceWord(s, lex, i, from, to)) continue;
    const t = s.toks[i];
    // Prepositions only between stance words ("stand united in dedication", not a dangling "in").
    if ((t.pos === 'ADP' || t.pos === 'PART') && words.length === 0) continue;
    words.push(base(s, lex, i));
  }
  while (words.length > 1 && (words[words.length - 1] === 'to' || words[words.length - 1] === 'in')) words.pop();
  if (words.length > 0) return words.join(' ');
  // Only auxiliaries and modifiers: the last word in base form.
  return base(s, lex, to);
}
