/**
 * Actor and parties of each hit in a sentence: its own subject, the sentence's
 * main actor (framing), the previous hit's (coordination) or none (impersonal).
 */
import type { Document, Span } from '../../document.js';
import { partiesOf } from './actor-parties.js';
import type { Hit } from './hit.js';
import type { Lexicon } from './lexicon.js';
import type { PartyContext } from './participants.js';
import type { Sentence } from './sentence.js';

const COUNTRY_CODE = /^[A-Z]{3}$/;

export interface Resolved { actor: Span | null; parties: string[] }

/** Tracks the last singular actor across sentences (`it`, `he` refer to it). */
export class ActorResolver {
  private prevSingular: string[] | null = null;

  constructor(private readonly doc: Document, private readonly ctx: PartyContext, private readonly lex: Lexicon) {}

  /**
   * Is the actor the statement's own (clause-driven defaults need that)? Its parties are
   * participants, or a named body acting itself (guide §5: "the Task Force" is its own party).
   */
  isOwn(r: Resolved, who: 'participant' | 'body'): boolean {
    return r.parties.length > 0 && r.parties.every((p) => this.ctx.participants.includes(p) || (who === 'body' && !COUNTRY_CODE.test(p)));
  }

  resolve(s: Sentence, hits: Hit[]): Resolved[] {
    const span = (a: number, b: number): Span => ({ start: s.toks[a].start, end: s.toks[b].end });
    const own = (h: Hit): Resolved => {
      const { from, to } = h.subject!;
      const { parties, singular } = partiesOf(s, from, to, this.ctx, this.lex, this.prevSingular, this.doc);
      if (singular) this.prevSingular = parties;
      return { actor: span(from, to), parties };
    };
    const resolved: Resolved[] = [];
    const mainIdx = hits.findIndex((h) => h.mode === 'subject' && !h.nested);
    const none: Resolved = { actor: null, parties: this.ctx.participants };
    let main: Resolved | null = null;
    // The nearest earlier hit with an actor, for coordinated predicates (kept as we go: linear).
    let lastActor = -1;
    hits.forEach((h, i) => {
      let r: Resolved;
      if (h.mode === 'subject') r = own(h);
      else if (h.mode === 'null') r = none;
      else if (h.mode === 'inherit') r = lastActor >= 0 ? resolved[lastActor] : (main ?? none);
      else {
        main ??= mainIdx >= 0 ? own(hits[mainIdx]) : null;
        r = main ?? none;
      }
      if (i === mainIdx) main = r;
      resolved.push(r);
      if (!h.nested && r.actor) lastActor = i;
    });
    return resolved;
  }
}
