/**
 * Second passes over a sentence's hits: commitments reported inside a welcomed
 * object, and complements coordinated under one stance verb.
 */
import type { Chain, Hit } from './hit.js';
import type { Lexicon } from './lexicon.js';
import { type Sentence, isApostrophe, isComma, isPossessive, phraseAfter, subjectBefore } from './sentence.js';

/** Stances whose object may report another party's commitment ("welcomed the decision by X to …"). */
const REPORTING = new Set(['WELCOME', 'SUPPORT']);

/**
 * "welcomed Japan's commitment to …", "the decision by X to …": the welcomed
 * party's own commitment, annotated as COMMIT with the possessor as actor.
 */
export function addReportedCommitments(s: Sentence, lex: Lexicon, hits: Hit[]): void {
  const toks = s.toks;
  const extra: Hit[] = [];
  hits.forEach((h, i) => {
    if (!REPORTING.has(h.category)) return;
    const stop = hits[i + 1]?.from ?? toks.length;
    for (let m = h.to + 1; m < stop; m++) {
      const strength = lex.reported.get(toks[m].w);
      if (strength === undefined || toks[m].pos === 'VERB') continue;
      let p = m - 1;
      // "Colombia's ambitious goal", "Biden's clearly demonstrated commitment".
      while (
        p > h.to &&
        (toks[p].pos === 'ADJ' ||
          toks[p].pos === 'ADV' ||
          (toks[p].pos === 'VERB' && toks[p].w.endsWith('ed')) ||
          lex.intensifiers.has(toks[p].w))
      )
        p--;
      let subject: { from: number; to: number } | null = null;
      if (isApostrophe(toks[p]) && p > h.to + 1) subject = subjectBefore(s, p);
      else if (toks[m + 1]?.w === 'by') subject = phraseAfter(s, m + 2);
      if (!subject || subject.from <= h.to) continue;
      extra.push({
        from: m,
        to: m,
        category: 'COMMIT',
        strength,
        reiterated: false,
        negated: false,
        mode: 'subject',
        subject,
        nested: true,
      });
    }
  });
  hits.push(...extra);
  hits.sort((a, b) => a.from - b.from);
}

/**
 * Coordinated complements sharing the stance verb:
 * "committed to working together …, and to explore …" → + CONSIDER;
 * "reaffirmed the importance of …, and their shared commitment to …" → + COMMIT.
 */
export function addCoordinatedComplements(
  s: Sentence,
  lex: Lexicon,
  hits: Hit[],
  chain: (j: number, outer: number | null, future: number | null, depth?: number) => Chain | null,
  headNounAfter: (k: number) => number,
): void {
  const toks = s.toks;
  const extra: Hit[] = [];
  hits.forEach((h, i) => {
    const stop = hits[i + 1]?.from ?? toks.length;
    for (let m = h.to + 1; m < stop - 1; m++) {
      if (toks[m].w !== 'and') continue;
      if (h.category === 'COMMIT' && toks[m + 1]?.w === 'to') {
        const c = chain(m + 2, h.strength, null, 1);
        if (
          c &&
          (c.category === 'CONSIDER' || c.category === 'ENGAGE' || c.category === 'TASK' || c.category === 'SUPPORT')
        ) {
          extra.push({
            from: m + 2,
            to: c.end,
            category: c.category,
            strength: c.strength,
            reiterated: c.reiterated,
            negated: false,
            mode: 'inherit',
            subject: null,
            nested: false,
          });
        }
      }
      // "reaffirmed their commitment to X and their determination to Y": a second head noun.
      if (
        (h.category === 'AFFIRM' ? isComma(toks[m - 1]) : h.category === 'COMMIT' && h.to > h.from) &&
        isPossessive(toks[m + 1])
      ) {
        const head = headNounAfter(m + 1);
        const noun = head >= 0 ? lex.headNouns.get(toks[head].w) : undefined;
        if (noun && noun.category !== 'AFFIRM' && noun.category !== 'EXPRESS') {
          const cv = toks[head + 1]?.w === 'to' ? head + 2 : -1;
          const again = cv > 0 && lex.reiterative.has(toks[cv]?.lemma ?? '');
          extra.push({
            from: m + 2,
            to: head,
            category: noun.category,
            strength: noun.strength,
            reiterated: h.reiterated || again,
            negated: false,
            mode: 'inherit',
            subject: null,
            nested: false,
          });
        }
      }
    }
  });
  hits.push(...extra);
  hits.sort((a, b) => a.from - b.from);
}
