/** The compiled commitment lexicon: what the detection passes look words up in. */
import type { CommitmentCategory } from '../../document.js';
import type { StanceClasses } from './classes.js';
import type { Names } from './names.js';

/** A verb lexicon entry, shared by stance verbs and semi-modals. */
export interface VerbEntry {
  lemma: string;
  /** Words after the inflected first word (`call for` → ['for']). */
  rest: string[];
  kind: 'stance' | 'semi';
  category: CommitmentCategory;
  strength: number | null;
  reiterated: boolean;
  light: boolean;
  lightOnly: boolean;
  framing: boolean;
  /** Only meaningful as the complement of a modal or semi-modal (meet, hold). */
  complementOnly: boolean;
  /** The verb counts only when one of these words follows as its object. */
  needsObject: Set<string> | null;
  /** Semi-modal that needs `to` + verb (seek to, agree to). */
  needsTo: boolean;
  /** Semi-modal only after a future marker (will work to). */
  futureOnly: boolean;
  /** Passes its complement's category through (continue to). */
  passthrough: boolean;
  /** Category when a needs_to semi-modal has no to-complement (agree that → AFFIRM). */
  otherwise: CommitmentCategory | null;
  /** Category when "to" governs a noun phrase instead of a verb (agreed to a framework → ACT). */
  objectCategory: CommitmentCategory | null;
  /** Negation is part of the idiom (will not hesitate to): the result is not negated. */
  negationIdiom: boolean;
}

export interface HeadNoun {
  category: CommitmentCategory;
  strength: number | null;
  ownAction: { category: CommitmentCategory; strength: number } | null;
  /** The noun's category holds only for the actor's own ("its role"); another's ("UNCLOS's role") leaves the verb's. */
  ownOnly: boolean;
}

export interface Adjective {
  category: CommitmentCategory;
  strength: number | null;
  /** Counts only with a to-infinitive ("proud to continue"), unless `withoutTo` gives another category. */
  needsTo?: boolean;
  /** Category without a to-infinitive ("proud of the launch" → EXPRESS). */
  withoutTo?: CommitmentCategory;
}

/** An impersonal phrase with its category ("it is time to" → CALL_ON, "thought is being given to" → CONSIDER). */
export interface ImpersonalPhrase {
  words: string[];
  category: CommitmentCategory;
  strength: number | null;
}

export interface FutureMarker {
  strength: number;
  passiveOnly: boolean;
}

export interface Lexicon {
  /** Leaders' countries and country names from the entity gazetteers. */
  names: Names;
  future: Map<string, FutureMarker>;
  /** Inflected first word → entries starting with it. */
  verbs: Map<string, VerbEntry[]>;
  adjectives: Map<string, Adjective>;
  /** Gerund → category/strength of an ongoing own action after be ("we are providing"). */
  progressive: Map<string, Adjective>;
  headNouns: Map<string, HeadNoun>;
  reported: Map<string, number>;
  firmIntensifiers: Set<string>;
  intensifiers: Set<string>;
  escapes: string[][];
  negWords: Set<string>;
  /** Inflected first word of a negating verb → remaining words (refrain from). */
  negVerbs: Map<string, string[]>;
  /** Lemmas that make a complement a restatement (continue, renew …). */
  reiterative: Set<string>;
  discussObjects: Set<string>;
  invitationObjects: Set<string>;
  meetingObjects: Set<string>;
  framingBlockers: Set<string>;
  deliverables: Set<string>;
  /** Passive participles of a directive ("will be invited to"): CALL_ON with actor null. */
  directives: Set<string>;
  descriptive: Set<string>;
  /** Activity nouns whose future is an agentless deliverable ("these efforts will focus on"). */
  deliverableSubjects: Set<string>;
  impersonal: ImpersonalPhrase[];
  agentNouns: Set<string>;
  groupRefs: Set<string>;
  /** Nouns naming a grouping of countries ("this unique grouping", "the group"). */
  groupingNouns: Set<string>;
  /** Quantifiers that make a group reference other than the participants ("other partners"). */
  outsiders: Set<string>;
  leaderTitles: string[][];
  hostFormulae: string[][];
  /** Construction classes (light verbs, clause defaults, warnings): stance-nouns.yml. */
  classes: StanceClasses;
  /** Inflected forms of each lemma, for tests and diagnostics. */
  forms: Map<string, string[]>;
}
