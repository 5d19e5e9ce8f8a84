/**
 * Document-level resolution, segment by segment in reading order (guide §5):
 * an acronym in parentheses after a name is an entity of the same type and id,
 * and later bare uses of it too; a capitalized short reference (`the Alliance`)
 * takes the id of the last full name with that head; a surname takes the
 * fullest form of the person seen earlier.
 */
import type { EntityType } from '../../document.js';
import type { EntityLexicon } from './lexicon.js';
import { PRIO, type Candidate } from './propose.js';
import type { Tok } from './tokens.js';

interface Known {
  type: EntityType;
  id: string | null;
  canonical: string;
}

const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&+.-]*$/;
const ACRONYM_CLOSE = new Set([')', ':', "'s", ',', ';']);
const OPEN_QUOTE = new Set(['“', '"', "'"]);
const CLOSE_QUOTE = new Set(['”', '"', "'"]);
/** Words before a quoted acronym that make it the name of what precedes (`called “AUKUS”`). */
const NAMING = new Set(['called', 'named', 'dubbed', 'as']);
const NAMED_TYPES = new Set<EntityType>(['ORG', 'LAW', 'EVENT', 'FAC', 'LOC', 'GPE', 'NORP', 'PERSON']);
const REF_TYPES = new Set<EntityType>(['ORG', 'LAW', 'EVENT', 'FAC']);
const SUFFIX = /^(Jr\.|Sr\.|II|III|IV|,)$/;

export class DocState {
  readonly acronyms = new Map<string, Known>();
  readonly heads = new Map<string, Known>();
  readonly surnames = new Map<string, string>();
  /** Multi-word pattern names seen in running text, by joined token keys. */
  readonly names = new Map<string, Candidate>();
  /** Multi-token surname forms (`Sherwood - Randall`, `López Obrador`) by their joined keys → fullest name. */
  readonly surnameForms = new Map<string, string>();
}

const FORM_SEP = '\u0001';
const MAX_FORM = 5;

function formKey(toks: Tok[], s: number, e: number): string {
  let k = toks[s].key;
  for (let j = s + 1; j < e; j++) k += FORM_SEP + toks[j].key;
  return k;
}

/** Longest known multi-token surname form starting at token i: its end, or i. */
function surnameFormAt(toks: Tok[], i: number, state: DocState): { end: number; id: string } | null {
  if (state.surnameForms.size === 0) return null;
  for (let e = Math.min(toks.length, i + MAX_FORM); e >= i + 2; e--) {
    const id = state.surnameForms.get(formKey(toks, i, e));
    if (id) return { end: e, id };
  }
  return null;
}

/** Whitespace-collapsed text of a token range. */
export function spanText(text: string, toks: Tok[], s: number, e: number): string {
  return text.slice(toks[s].start, toks[e - 1].end).replace(/\s+/g, ' ');
}

/** The identity a mention points to: ISO code for places, canonical name for the rest. */
function known(c: Candidate, text: string): Known {
  const canonical = c.canonical ?? text;
  const id = c.type === 'ORG' || c.type === 'PERSON' ? (c.id ?? canonical) : c.id;
  return { type: c.type, id, canonical };
}

/**
 * Resolves the selected candidates of one segment against the document state and
 * returns the final list (sorted); `covered` marks tokens inside kept entities.
 */
export function resolveSegment(
  text: string,
  toks: Tok[],
  kept: Candidate[],
  state: DocState,
  lex: EntityLexicon,
  allowRefs: boolean,
): Candidate[] {
  const byStart = new Map<number, Candidate>();
  for (const c of kept) byStart.set(c.s, c);
  const covered = new Int32Array(toks.length).fill(-1);
  kept.forEach((c, ci) => {
    for (let k = c.s; k < c.e; k++) covered[k] = ci;
  });
  const result = [...kept];
  const put = (c: Candidate): void => {
    const old = covered[c.s];
    if (old >= 0) {
      const o = result[old];
      if (o.s !== c.s || o.e !== c.e) return;
      result[old] = c;
      return;
    }
    for (let k = c.s; k < c.e; k++) if (covered[k] >= 0) return;
    result.push(c);
    for (let k = c.s; k < c.e; k++) covered[k] = result.length - 1;
  };

  // Acronyms defined in parentheses: `Security Consultative Committee (SCC)`.
  for (const c of kept) {
    if (!NAMED_TYPES.has(c.type) || c.type === 'PERSON') continue;
    const open = toks[c.e];
    const acr = toks[c.e + 1];
    const close = toks[c.e + 2];
    if (open?.key !== '(' || !acr || !close || !ACRONYM_CLOSE.has(close.key)) continue;
    // An acronym, or the name's own head word as its short form: `Framework for an Agreement … (Agreement)`.
    const shortHead = acr.cap && lex.headWords.has(acr.key) && toks.slice(c.s, c.e).some((t) => t.key === acr.key);
    if (!ACRONYM.test(acr.key) && !shortHead) continue;
    const k = known(c, spanText(text, toks, c.s, c.e));
    state.acronyms.set(acr.key, k);
    put({ s: c.e + 1, e: c.e + 2, type: k.type, id: k.id, canonical: k.canonical, prio: PRIO.gazetteer });
  }

  // A grouping named by a quoted acronym: `the “I2U2” Group`, `a partnership called “AUKUS”`.
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (
      covered[i] >= 0 ||
      !OPEN_QUOTE.has(toks[i - 1].key) ||
      !CLOSE_QUOTE.has(toks[i + 1].key) ||
      !ACRONYM.test(t.key)
    )
      continue;
    const after = toks[i + 2];
    const named = i >= 2 && NAMING.has(toks[i - 2].key.toLowerCase());
    if (!named && !(after && lex.headWords.get(after.key) === 'ORG')) continue;
    state.acronyms.set(t.key, { type: 'ORG', id: t.key, canonical: t.key });
    put({ s: i, e: i + 1, type: 'ORG', id: t.key, canonical: t.key, prio: PRIO.gazetteer });
  }

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || !t.cap) continue;
    const at = covered[i] >= 0 ? result[covered[i]] : null;
    // Later bare uses of a defined acronym (the document's definition wins over the gazetteer's).
    const acr = state.acronyms.get(t.key);
    if (acr && (!at || (at.s === i && at.e === i + 1))) {
      put({ s: i, e: i + 1, type: acr.type, id: acr.id, canonical: acr.canonical, prio: PRIO.gazetteer });
      continue;
    }
    if (at) continue;
    const prev = toks[i - 1];
    // A multi-token surname (`Sherwood-Randall`, `López Obrador`) of a person named earlier.
    const form = surnameFormAt(toks, i, state);
    if (
      form &&
      !(prev?.cap && prev.word && !lex.leading.has(prev.key)) &&
      !(toks[form.end]?.cap && toks[form.end].word)
    ) {
      put({ s: i, e: form.end, type: 'PERSON', id: form.id, canonical: form.id, prio: PRIO.title });
      i = form.end - 1;
      continue;
    }
    const next = toks[i + 1];
    const isolated = !(prev?.cap && prev.word && !lex.leading.has(prev.key)) && !(next?.cap && next.word);
    if (!isolated) continue;
    // Short reference: `the Alliance` after `U.S.-Japan Alliance`.
    const ref = allowRefs ? state.heads.get(t.key) : undefined;
    if (ref) {
      put({ s: i, e: i + 1, type: ref.type, id: ref.id, canonical: ref.canonical, prio: PRIO.pattern });
      continue;
    }
    // A surname of a person named earlier.
    const full = state.surnames.get(t.key);
    if (full) put({ s: i, e: i + 1, type: 'PERSON', id: full, canonical: full, prio: PRIO.title });
  }

  // Persons: id = fullest form (gazetteer canonical, or the longest form seen in the document).
  for (let r = 0; r < result.length; r++) {
    const c = result[r];
    if (c.type !== 'PERSON') continue;
    const name = spanText(text, toks, c.s, c.e);
    let id = c.canonical ?? c.id;
    if (!id) {
      id =
        (c.e - c.s === 1 ? state.surnames.get(toks[c.s].key) : state.surnameForms.get(formKey(toks, c.s, c.e))) ??
        // A one-word name of one listed person (`President Yoon`): that person.
        (c.e - c.s === 1 ? lex.personParts.get(toks[c.s].key)?.canonical : undefined) ??
        name;
    }
    result[r] = { ...c, id, canonical: id };
    const idxs: number[] = [];
    for (let k = c.s; k < c.e; k++) {
      const t = toks[k];
      if (t.word && t.cap && !SUFFIX.test(t.key) && !/^\p{Lu}\.$/u.test(t.key)) idxs.push(k);
    }
    if (idxs.length >= 2 || c.canonical) {
      const remember = (m: Map<string, string>, key: string): void => {
        if (!m.has(key) || id!.length > m.get(key)!.length) m.set(key, id!);
      };
      for (const k of [idxs[0], idxs[idxs.length - 1]]) if (k !== undefined) remember(state.surnames, toks[k].key);
      // Every multi-token tail after the first name word: `Sherwood-Randall`, `López Obrador`.
      let e = c.e;
      while (e > c.s && SUFFIX.test(toks[e - 1].key)) e--;
      for (const k of idxs.slice(1))
        if (e - k >= 2 && e - k <= MAX_FORM) remember(state.surnameForms, formKey(toks, k, e));
    }
  }

  // Remember full names by their head word for later short references.
  for (const c of result) {
    if (!REF_TYPES.has(c.type) || c.e - c.s < 2) continue;
    const k = known(c, spanText(text, toks, c.s, c.e));
    for (let j = c.e - 1; j >= c.s; j--) {
      const head = lex.headWords.get(toks[j].key);
      if (head && REF_TYPES.has(head)) {
        state.heads.set(toks[j].key, k);
        break;
      }
    }
  }
  return result.sort((x, y) => x.s - y.s);
}
