/**
 * Actor and parties of each hit in a sentence: its own subject, the sentence's
 * main actor (framing), the previous hit's (coordination) or none (impersonal).
 */
import type { Document, Span } from '../../document.js';
import { partiesOf } from './actor-parties.js';
import { PARTY_TYPES } from './party-names.js';
import type { Hit } from './hit.js';
import type { Lexicon } from './lexicon.js';
import type { PartyContext } from './participants.js';
import type { Sentence } from './sentence.js';

const COUNTRY_CODE = /^[A-Z]{3}$/;
/** Nouns naming one side's people at a table ("the Ukrainian delegation", "X and his team"): a following "they" is that side. */
const SIDE_NOUNS = new Set([
  'delegation',
  'delegations',
  'team',
  'teams',
  'representatives',
  'officials',
  'negotiators',
  'side',
]);

export interface Resolved {
  actor: Span | null;
  parties: string[];
}

/** Tracks the last singular actor across sentences (`it`, `he` refer to it). */
export class ActorResolver {
  private prevSingular: string[] | null = null;
  /** The last actor that was one side's delegation or team, while no actor naming more parties followed. */
  private prevSide: string[] | null = null;
  /** Parties of the last actor with a subject, for "These efforts will …" (the efforts just reported). */
  private prevActor: string[] | null = null;

  constructor(
    private readonly doc: Document,
    private readonly ctx: PartyContext,
    private readonly lex: Lexicon,
  ) {}

  /**
   * Is the actor the statement's own (clause-driven defaults need that)? Its parties are
   * participants, or a named body acting itself (guide §5: "the Task Force" is its own party).
   */
  isOwn(r: Resolved, who: 'participant' | 'body'): boolean {
    return (
      r.parties.length > 0 &&
      r.parties.every((p) => this.ctx.participants.includes(p) || (who === 'body' && !COUNTRY_CODE.test(p)))
    );
  }

  /**
   * "The United States announced a pier. These efforts will be closely coordinated with …": an
   * agentless deliverable that points back ("these efforts") is the previous actor's, when that
   * actor was some of the participants, not all.
   */
  private referredEfforts(s: Sentence): string[] | null {
    const { toks } = s;
    if (!['these', 'this', 'those'].includes(toks[0]?.w ?? '') || !this.prevActor?.length) return null;
    if (![toks[1], toks[2]].some((t) => t && this.lex.deliverableSubjects.has(t.w))) return null;
    const some =
      this.prevActor.every((p) => this.ctx.participants.includes(p)) &&
      this.prevActor.length < this.ctx.participants.length;
    return some ? this.prevActor : null;
  }

  /** "… will be hosted by Italy": a passive trigger's by-phrase naming a party is its actor. */
  private passiveAgent(s: Sentence, h: Hit): Resolved | null {
    const { toks } = s;
    if (toks[h.to + 1]?.w !== 'by') return null;
    const from = toks[h.to + 2]?.w === 'the' ? h.to + 3 : h.to + 2;
    const e = s.tokEntity[from];
    if (!e || !PARTY_TYPES.has(e.type) || e.start !== toks[from].start) return null;
    let to = from;
    while (s.tokEntity[to + 1] === e) to++;
    const { parties } = partiesOf(s, from, to, this.ctx, this.lex, this.prevSingular, this.doc);
    return parties.length ? { actor: { start: toks[from].start, end: toks[to].end }, parties } : null;
  }

  resolve(s: Sentence, hits: Hit[]): Resolved[] {
    const span = (a: number, b: number): Span => ({ start: s.toks[a].start, end: s.toks[b].end });
    const own = (h: Hit): Resolved => {
      const { from, to } = h.subject!;
      if (from === to && s.toks[from].w === 'they' && this.prevSide)
        return { actor: span(from, to), parties: this.prevSide };
      const { parties, singular } = partiesOf(s, from, to, this.ctx, this.lex, this.prevSingular, this.doc);
      if (singular) this.prevSingular = parties;
      const side =
        parties.length === 1 &&
        this.ctx.participants.length >= 2 &&
        s.toks.slice(from, to + 1).some((t) => SIDE_NOUNS.has(t.w));
      this.prevActor = parties;
      if (side) this.prevSide = parties;
      else if (parties.length > 1 || !(from === to && s.toks[from].w === 'they')) this.prevSide = null;
      return { actor: span(from, to), parties };
    };
    const resolved: Resolved[] = [];
    const mainIdx = hits.findIndex((h) => h.mode === 'subject' && !h.nested);
    const none: Resolved = { actor: null, parties: this.referredEfforts(s) ?? this.ctx.participants };
    let main: Resolved | null = null;
    // The nearest earlier hit with an actor, for coordinated predicates (kept as we go: linear).
    let lastActor = -1;
    hits.forEach((h, i) => {
      let r: Resolved;
      if (h.mode === 'subject') r = own(h);
      else if (h.mode === 'null') r = this.passiveAgent(s, h) ?? none;
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
