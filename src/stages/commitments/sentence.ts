/**
 * A sentence as the commitment rules see it: its wink tokens with lower-cased
 * words, plus small syntactic helpers (noun-phrase edges, verb positions).
 */
import type { Document, Entity, Span } from '../../document.js';

export interface Tok {
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** Lower-cased surface with curly apostrophes straightened. */
  w: string;
}

export interface Sentence {
  span: Span;
  toks: Tok[];
  /** Entities overlapping the sentence. */
  entities: Entity[];
  /** Entity covering each token (index-aligned with toks). */
  tokEntity: Array<Entity | undefined>;
}

const CURLY = /[\u2018\u2019]/;
const CURLY_ALL = /[\u2018\u2019]/g;
const NP_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'he', 'she', 'it', 'you']);
const POSSESSIVES = new Set(['their', 'its', 'our', 'his', 'her', 'my', 'your']);
export const BE_FORMS = new Set([
  "'re",
  "'m",
  'be',
  'is',
  'are',
  'was',
  'were',
  'am',
  'been',
  'being',
  'remain',
  'remains',
  'remained',
  'stand',
  'stands',
  'stood',
  'become',
  'becomes',
  'became',
]);
export const REMAIN_FORMS = new Set(['remain', 'remains', 'remained']);
const RELATIVE = new Set(['which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'what']);
const CLAUSE_ADVERBS = new Set([
  'also',
  'further',
  'jointly',
  'together',
  'therefore',
  'today',
  'again',
  'now',
  'both',
  'all',
  'each',
  'collectively',
  'hereby',
  'thus',
  'firmly',
  'strongly',
  'fully',
  'once',
  'still',
  'likewise',
  'similarly',
  'deeply',
  'respectively',
]);

/**
 * The sentence at `span`; token and entity scans start at `firstTok`/`firstEnt`.
 * `lowerText`: the document text lower-cased once (same length), else null.
 */
export function sentenceOf(
  doc: Document,
  span: Span,
  firstTok: number,
  firstEnt: number,
  lowerText: string | null = null,
): { s: Sentence; nextTok: number; nextEnt: number } {
  let t = firstTok;
  while (t < doc.tokens.length && doc.tokens[t].end <= span.start) t++;
  const toks: Tok[] = [];
  let k = t;
  for (; k < doc.tokens.length && doc.tokens[k].start < span.end; k++) {
    const tk = doc.tokens[k];
    if (tk.pos === 'SPACE' || tk.type === 'spacing') continue; // line breaks inside a sentence
    const w = lowerText ? lowerText.slice(tk.start, tk.end) : doc.text.slice(tk.start, tk.end).toLowerCase();
    toks.push({
      start: tk.start,
      end: tk.end,
      pos: tk.pos,
      lemma: tk.lemma,
      w: CURLY.test(w) ? w.replace(CURLY_ALL, "'") : w,
    });
  }
  let e = firstEnt;
  while (e < doc.entities.length && doc.entities[e].end <= span.start) e++;
  const entities: Entity[] = [];
  let f = e;
  for (; f < doc.entities.length && doc.entities[f].start < span.end; f++) entities.push(doc.entities[f]);
  // Entities are sorted by start and tokens ascend: the candidates for a token are
  // entities[lo, hi); those ending before a token's end cover no later token either.
  const tokEntity: Array<Entity | undefined> = new Array(toks.length);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (hi < entities.length && entities[hi].start <= t.start) hi++;
    while (lo < hi && entities[lo].end < t.end) lo++;
    let found: Entity | undefined;
    for (let x = lo; x < hi; x++)
      if (entities[x].end >= t.end) {
        found = entities[x];
        break;
      }
    tokEntity[i] = found;
  }
  return { s: { span, toks, entities, tokEntity }, nextTok: k, nextEnt: e };
}

export const isPossessive = (t: Tok | undefined): boolean => !!t && POSSESSIVES.has(t.w);
export const isSubjectPronoun = (t: Tok | undefined): boolean => !!t && SUBJECT_PRONOUNS.has(t.w);
export const isRelative = (t: Tok | undefined): boolean => !!t && RELATIVE.has(t.w);
export const isClauseAdverb = (t: Tok | undefined): boolean =>
  !!t && (CLAUSE_ADVERBS.has(t.w) || (t.pos === 'ADV' && t.w.endsWith('ly')));
export const isApostrophe = (t: Tok | undefined): boolean => !!t && (t.w === "'s" || t.w === "'" || t.w === 's');
export const isComma = (t: Tok | undefined): boolean => !!t && t.w === ',';

/**
 * The sentence's entities overlapping [start, end): a binary search, since entities are
 * sorted and never overlap (so their ends ascend too).
 */
export function entitiesWithin(s: Sentence, start: number, end: number): Entity[] {
  const first = (pred: (e: Entity) => boolean): number => {
    let lo = 0;
    let hi = s.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred(s.entities[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return s.entities.slice(
    first((e) => e.end > start),
    first((e) => e.start >= end),
  );
}

/** Entity covering token k, if any. */
export function entityAt(s: Sentence, k: number): Entity | undefined {
  return s.tokEntity[k];
}

/** Is token k nominal (may sit inside a noun phrase)? */
export function nominal(s: Sentence, k: number): boolean {
  const t = s.toks[k];
  if (!t) return false;
  if (entityAt(s, k)) return true;
  // "UAE-based companies": a hyphen compound inside the phrase.
  const prev = s.toks[k - 1];
  const next = s.toks[k + 1];
  if (t.w === '-' && prev && next && prev.end === t.start && next.start === t.end) return true;
  if (prev?.w === '-' && prev.end === t.start && (t.pos === 'VERB' || t.pos === 'ADJ')) return true;
  return (
    NP_POS.has(t.pos) ||
    isPossessive(t) ||
    isSubjectPronoun(t) ||
    isApostrophe(t) ||
    (t.pos === 'PRON' && !isRelative(t))
  );
}

const PERFECT = new Set(['have', 'has', 'had']);
const PARTY_TYPES = new Set(['GPE', 'ORG', 'PERSON', 'NORP']);
const partyAt = (s: Sentence, k: number): boolean => {
  const e = s.tokEntity[k];
  return !!e && PARTY_TYPES.has(e.type);
};
/** Does the conjunct starting at `from` (a title or determiner may come first) name a party? */
function conjunctNamesParty(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i <= Math.min(to, from + 4); i++) if (partyAt(s, i)) return true;
  return false;
}

/** ", and" closes a list only after two items: the conjunct ending at `k` follows a comma. */
function listBefore(s: Sentence, k: number): boolean {
  let i = k;
  while (i >= 0 && i > k - 8 && nominal(s, i)) i--;
  return isComma(s.toks[i]);
}

/**
 * The subject noun phrase ending right before token `k` (skipping clause adverbs):
 * token range [from, to] or null. Walks back over nominal tokens, `of`, `and`,
 * and list commas between names ("the leaders of A, the B, and C",
 * "President X, President Y, and Prime Minister Z"); stops once a determiner
 * opened the phrase. "We, the governments of A and B, recognize": the pronoun.
 */
export function subjectBefore(s: Sentence, k: number): { from: number; to: number } | null {
  let j = k - 1;
  while (
    j >= 0 &&
    ((isClauseAdverb(s.toks[j]) && !nominal(s, j)) ||
      (s.toks[j].w === 'both' && j === k - 1) ||
      PERFECT.has(s.toks[j].w))
  )
    j--;
  // "both" right before the verb ("they both agreed") is an adverb here; "have agreed": the subject precedes "have".
  if (j >= 0 && isComma(s.toks[j])) return appositionSubject(s, j) ?? roleSubject(s, j);
  if (j >= 0 && DASHES.has(s.toks[j].w)) return dashSubject(s, j);
  const to = j;
  // "… and the Republic of North Macedonia (North Macedonia) have agreed": step over a parenthesis.
  if (j >= 0 && s.toks[j].w === ')') {
    while (j >= 0 && s.toks[j].w !== '(') j--;
    j--;
  }
  if (j < 0 || !nominal(s, j)) return null;
  let from = j;
  let opened = false;
  while (j >= 0) {
    const t = s.toks[j];
    if (nominal(s, j) && !opened) {
      from = j;
      if (t.pos === 'DET' || isPossessive(t) || isSubjectPronoun(t)) opened = true;
      j--;
      continue;
    }
    // Connectors that continue the phrase leftwards: "X and Y", "X of Y", "X, Y, and Z".
    const prev = s.toks[j - 1];
    // ", and" closing a list of names
    if (
      t.w === 'and' &&
      isComma(prev) &&
      j - 2 >= 0 &&
      partyAt(s, j - 2) &&
      conjunctNamesParty(s, from, to) &&
      listBefore(s, j - 2)
    ) {
      opened = false;
      j -= 2;
      continue;
    }
    // "The United States of America (United States) and the Republic of …": a name with its short form.
    if (
      (t.w === 'and' || t.w === 'of' || t.w === '&') &&
      j - 1 >= 0 &&
      (nominal(s, j - 1) || (t.w === 'and' && prev?.w === ')' && partyAt(s, j - 2)))
    ) {
      opened = false;
      j--;
      continue;
    }
    if (t.w === ',' && prev && partyAt(s, j - 1) && conjunctNamesParty(s, from, to)) {
      opened = false;
      j--;
      continue;
    }
    if ((t.w === '(' || t.w === ')') && prev) {
      // "(GCC)" inside a name
      opened = false;
      j--;
      continue;
    }
    break;
  }
  // A phrase may not start with a connector or apostrophe.
  while (from < to && ['and', 'of', ',', '(', ')', "'", "'s"].includes(s.toks[from].w)) from++;
  // "More than 30 countries …": a comparative quantifier belongs to the phrase.
  if (s.toks[from - 1]?.w === 'than' && COMPARATIVES.has(s.toks[from - 2]?.w)) from -= 2;
  // "The agreements between A and B will …": the names sit in a prepositional phrase, not the subject.
  const pre = s.toks[from - 1];
  if (
    pre &&
    pre.pos === 'ADP' &&
    pre.w !== 'of' &&
    nominal(s, from - 2) &&
    !partyAt(s, from - 2) &&
    !isApostrophe(s.toks[k])
  )
    return null;
  // "Under the framework of X, A and B intend": the fronted phrase ends at the first comma.
  if (pre && pre.pos === 'ADP' && pre.w !== 'of') {
    for (let i = from; i < to; i++) if (isComma(s.toks[i])) return { from: i + 1, to };
  }
  // Right after a verb the phrase began as that verb's object ("to protect the lives of
  // citizens and the agencies … committed"): the subject is its last conjunct.
  const before = s.toks[from - 1];
  if (before && (before.pos === 'VERB' || before.w === 'to') && !BE_FORMS.has(before.w)) {
    for (let i = to - 1; i > from; i--) {
      if (s.toks[i].w === 'and' && (s.toks[i + 1].pos === 'DET' || isPossessive(s.toks[i + 1])))
        return { from: i + 1, to };
    }
  }
  return { from, to };
}

const DASHES = new Set(['–', '—', '--']);
const COMPARATIVES = new Set(['more', 'fewer', 'less']);
const LISTING = new Set(['including', 'namely', 'such']);

/**
 * "The UAE – home to IRENA – will invest": the phrase before a dashed apposition.
 * "Several Allies – including A, B and C – will": the listed members belong to the actor.
 */
function dashSubject(s: Sentence, close: number): { from: number; to: number } | null {
  let open = close - 1;
  while (open >= 0 && close - open < 40 && !DASHES.has(s.toks[open].w) && s.toks[open].w !== ';') open--;
  if (open < 1 || !DASHES.has(s.toks[open].w)) return null;
  const head = subjectBefore(s, open);
  if (!head || head.to !== open - 1) return null;
  return LISTING.has(s.toks[open + 1]?.w) ? { from: head.from, to: close - 1 } : head;
}

/** "We, A, B and C, as coastal countries of the Atlantic, share …": the subject before an "as" role phrase. */
function roleSubject(s: Sentence, close: number): { from: number; to: number } | null {
  for (let c = close - 1; c > 0 && c > close - 30; c--) {
    if (!isComma(s.toks[c])) continue;
    return s.toks[c + 1]?.w === 'as' ? (appositionSubject(s, c) ?? subjectBefore(s, c)) : null;
  }
  return null;
}

/** "We, the governments of A, B and C, recognize": the phrase before the apposition. */
function appositionSubject(s: Sentence, comma: number): { from: number; to: number } | null {
  const app = subjectBefore(s, comma);
  if (!app || !isComma(s.toks[app.from - 1])) return null;
  const head = s.toks[app.from - 2];
  if (!head || !(isSubjectPronoun(head) || partyAt(s, app.from - 2))) return null;
  if (isSubjectPronoun(head)) return { from: app.from - 2, to: app.from - 2 };
  const named = subjectBefore(s, app.from - 1);
  return named && named.to === app.from - 2 ? named : null;
}

/** The noun phrase starting at token k (for objects and possessors after "by"). */
export function phraseAfter(s: Sentence, k: number): { from: number; to: number } | null {
  if (!s.toks[k] || !nominal(s, k)) return null;
  let j = k;
  while (j + 1 < s.toks.length) {
    const n = s.toks[j + 1];
    if (nominal(s, j + 1) && !(n.pos === 'DET' && j > k)) {
      j++;
      continue;
    }
    if (entityAt(s, j + 1)) {
      j++;
      continue;
    }
    if (n.w === '+' && entityAt(s, j)) {
      j++;
      continue;
    }
    break;
  }
  return { from: k, to: j };
}

/** Index of the next token at or after k whose word is in `set`, within `limit` tokens. */
export function findAhead(s: Sentence, k: number, set: Set<string>, limit: number): number {
  for (let j = k; j < s.toks.length && j < k + limit; j++) {
    if (set.has(s.toks[j].w)) return j;
    if (s.toks[j].w === ',' || s.toks[j].w === ';' || s.toks[j].w === '.') return -1;
  }
  return -1;
}
