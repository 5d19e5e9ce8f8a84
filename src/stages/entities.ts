/**
 * entities: named entities (guide §2, §5) from gazetteers, head-noun patterns,
 * titles and wink's date proposals. Data is compiled once in `create`; each
 * document is matched segment by segment (entities never cross a segment) with
 * longest-match selection, then resolved at document level (acronyms, short
 * references, surnames).
 */
import { copyDocument, type Document, type Entity, type NumericMention, type Token } from '../document.js';
import { expectString } from '../data/load.js';
import type { StageDefinition } from '../stage.js';
import { commonWordList, givenNameWords, surnameWords } from '../data/english.js';
import { dateCandidates } from './entities/dates.js';
import { type Gazetteer, loadGazetteer } from './entities/gazetteer.js';
import { type EntityLexicon, loadEntityLexicon } from './entities/lexicon.js';
import { givenNameCandidates, titleCandidates } from './entities/persons.js';
import { phraseCandidates } from './entities/phrases.js';
import { surnameCandidates } from './entities/surnames.js';
import { type Candidate, PRIO, gazetteerCandidates, numberedCandidates, select } from './entities/propose.js';
import { DocState, resolveSegment, spanText } from './entities/resolve.js';
import { tokenizeRange, type Tok } from './entities/tokens.js';
import { lowerBound } from '../spans.js';

/**
 * A heading, or an unpunctuated line whose every content word is capitalized, is a title:
 * head-noun guesses would be noise there (`Strengthening Our Regional Partnership`).
 */
function isTitleCase(toks: Tok[], connectors: Set<string>): boolean {
  if (/^[.!?]$/.test(toks[toks.length - 1].key)) return false;
  let words = 0;
  for (const t of toks) {
    if (!t.word || t.num) continue;
    words++;
    if (!t.cap && t.key.length > 3 && !connectors.has(t.key)) return false;
  }
  return words >= 3;
}

/**
 * Ids (guide §2, §5): GPE/NORP carry the ISO code, persons the fullest name,
 * other types only an id the gazetteer gives explicitly. An ORG id is given when
 * it adds information: the mention is a short form, acronym or alias of a longer
 * canonical name, or the name is one word (the id is then its stable key); a
 * mention spelling out a multi-word canonical name carries null, as in the gold.
 */
export function publicId(c: Candidate, text: string): string | null {
  if (c.type !== 'ORG' || !c.id) return c.type === 'DATE' ? null : c.id;
  const norm = (s: string): string => s.replace(/[’]/g, "'").replace(/\s+/g, ' ');
  if (norm(text) !== norm(c.id) || !/\s/.test(c.id)) return c.id;
  return null;
}

function posLookup(tokens: Token[]): (start: number) => string | undefined {
  return (start) => {
    const at = lowerBound(tokens, 'start', start);
    return tokens[at]?.start === start ? tokens[at].pos : undefined;
  };
}

/**
 * A country name that also names a subdivision of another country (`Georgia`)
 * takes that country when the segment names one of its cities or states, or a cue precedes.
 */
function resolveHomonyms(toks: Tok[], kept: Candidate[], lex: EntityLexicon, gaz: Gazetteer): void {
  for (let r = 0; r < kept.length; r++) {
    const c = kept[r];
    if (c.type !== 'GPE' || c.e - c.s > 3) continue;
    const h = lex.homonyms.get(
      toks
        .slice(c.s, c.e)
        .map((t) => t.key)
        .join(' '),
    );
    if (!h) continue;
    const cue =
      h.cues.matchEndingAt(toks, Math.max(0, c.s - 4), c.s) ??
      (toks[c.s - 1]?.key === ',' ? h.cues.matchEndingAt(toks, Math.max(0, c.s - 4), c.s - 1) : null);
    const sibling = kept.some(
      (o) =>
        o !== c &&
        o.type === 'GPE' &&
        o.id === h.country &&
        !gaz.names.get(
          toks
            .slice(o.s, o.e)
            .map((t) => t.key)
            .join(' '),
        )?.isCountry,
    );
    if (cue || sibling) kept[r] = { ...c, id: h.country };
  }
}

/** Multi-word names found in running text, by their token keys (to find them again in headings). */
function rememberNames(toks: Tok[], kept: Candidate[], state: DocState): void {
  for (const c of kept) {
    if (c.e - c.s < 2 || c.type === 'DATE' || c.type === 'PERSON' || c.prio !== PRIO.pattern) continue;
    state.names.set(
      toks
        .slice(c.s, c.e)
        .map((t) => t.key)
        .join(' '),
      c,
    );
  }
}

/** In headings, where head-noun guessing is off, a name already found in the text is still a name. */
function seenNameCandidates(toks: Tok[], state: DocState, out: Candidate[]): void {
  if (state.names.size === 0) return;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap) continue;
    let key = toks[i].key;
    for (let e = i + 2; e <= Math.min(toks.length, i + 16); e++) {
      key += ` ${toks[e - 1].key}`;
      const c = state.names.get(key);
      if (c) out.push({ ...c, s: i, e });
    }
  }
}

/**
 * A surname met before the full name (`Mr. Kushner …, Mr. Jared Kushner`) takes the
 * fullest form the document gives (guide §5), once the whole document is read.
 */
function fullestPersonIds(found: Entity[], text: string, state: DocState): void {
  for (let k = 0; k < found.length; k++) {
    const e = found[k];
    if (e.type !== 'PERSON' || e.id !== text.slice(e.start, e.end)) continue;
    const full = state.surnames.get(e.id);
    if (full && full.length > e.id.length) found[k] = { ...e, id: full };
  }
}

export const entities: StageDefinition = {
  name: 'entities',
  requires: ['text', 'tokens', 'segments'],
  provides: ['entities'],
  learn() {
    givenNameWords();
    surnameWords();
    commonWordList();
  },
  create(options, ctx) {
    const pipelineFile = ctx.data.displayName('pipeline.yml');
    const folder = expectString(pipelineFile, 'entities.options.gazetteers', options.gazetteers ?? 'gazetteers');
    const patterns = expectString(
      pipelineFile,
      'entities.options.patterns',
      options.patterns ?? 'lexicons/entity-patterns.yml',
    );
    const gaz = loadGazetteer(ctx.data, folder);
    const lex = loadEntityLexicon(ctx.data, patterns, gaz);
    return (doc: Document): Document => {
      const text = doc.text;
      const posAt = posLookup(doc.tokens);
      const mentions = [...doc.numericMentions].sort((a, b) => a.start - b.start);
      const state = new DocState();
      const perSeg: Entity[][] = [];
      // Headings seen before the running text that names what they name are done again at the end.
      const early: Array<{ k: number; toks: Tok[]; segMentions: NumericMention[]; seen: number }> = [];
      const run = (toks: Tok[], segMentions: NumericMention[], title: boolean): Entity[] => {
        const cands: Candidate[] = [];
        gazetteerCandidates(toks, gaz, cands);
        numberedCandidates(toks, lex, cands);
        titleCandidates(toks, lex, gaz, cands);
        if (!title) givenNameCandidates(toks, lex, gaz, cands);
        surnameCandidates(toks, text.slice(toks[0].start, toks[toks.length - 1].end), title, lex, gaz, cands);
        if (!title) phraseCandidates({ toks, lex, gaz, posAt }, cands);
        dateCandidates(toks, segMentions, lex, cands);
        if (title) seenNameCandidates(toks, state, cands);
        const kept = resolveSegment(text, toks, select(cands, toks.length), state, lex, !title);
        resolveHomonyms(toks, kept, lex, gaz);
        rememberNames(toks, kept, state);
        return kept.map((c) => ({
          start: toks[c.s].start,
          end: toks[c.e - 1].end,
          type: c.type,
          id: publicId(c, spanText(text, toks, c.s, c.e)),
        }));
      };
      let mi = 0;
      for (const seg of doc.segments) {
        const toks = tokenizeRange(text, seg.start, seg.end);
        while (mi < mentions.length && mentions[mi].start < seg.start) mi++;
        const segMentions: NumericMention[] = [];
        for (let k = mi; k < mentions.length && mentions[k].start < seg.end; k++) {
          if (mentions[k].end <= seg.end) segMentions.push(mentions[k]);
        }
        if (toks.length === 0) continue;
        const title = seg.kind === 'heading' || isTitleCase(toks, lex.connectors);
        if (title) early.push({ k: perSeg.length, toks, segMentions, seen: state.names.size });
        perSeg.push(run(toks, segMentions, title));
      }
      for (const h of early) if (state.names.size > h.seen) perSeg[h.k] = run(h.toks, h.segMentions, true);
      const next = copyDocument(doc);
      next.entities = perSeg.flat();
      fullestPersonIds(next.entities, text, state);
      return next;
    };
  },
};
