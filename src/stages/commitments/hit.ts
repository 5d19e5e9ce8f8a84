/** Token-level results of commitment detection, shared by the detection modules. */
import type { CommitmentCategory } from '../../document.js';

export type ActorMode = 'subject' | 'inherit' | 'framing' | 'null';

export interface Hit {
  /** Trigger token range, inclusive. */
  from: number;
  to: number;
  category: CommitmentCategory;
  strength: number | null;
  reiterated: boolean;
  negated: boolean;
  mode: ActorMode;
  subject: { from: number; to: number } | null;
  /** Inside another hit's complement clause: does not become the sentence's main actor. */
  nested: boolean;
  /** Started with a modal (will/shall/would). */
  modal?: boolean;
  /** The complement is negated ("committed not to impose"): a firm pledge to refrain keeps its strength. */
  innerNegation?: boolean;
  /**
   * Found by a clause-driven default, not the lexicon: kept only for the statement's own actors —
   * 'participant': its participants; 'body': also a named body acting itself ("the Task Force").
   */
  participantOnly?: 'participant' | 'body';
}

export { GRADED, NOT_FROM_COMPLEMENT } from './constants.js';

export interface Chain {
  category: CommitmentCategory;
  strength: number | null;
  reiterated: boolean;
  negated: boolean;
  /** Last token of the trigger. */
  end: number;
  /** The verb's negation is part of an idiom (will not hesitate): not negated. */
  idiom?: boolean;
  innerNegation?: boolean;
}

export type Where = Pick<Hit, 'mode' | 'subject' | 'nested'>;
