/** Category and entity-type sets the commitment modules share, defined once. */
import type { CommitmentCategory } from '../../document.js';

/** Categories graded 0–5 (guide §3); the others have strength null. */
export const GRADED = new Set<CommitmentCategory>(['COMMIT', 'CONSIDER', 'TASK', 'ENGAGE']);
/** Categories a complement verb may not impose (a modal + "establish" is a COMMIT, not an ACT). */
export const NOT_FROM_COMPLEMENT = new Set<CommitmentCategory>(['AFFIRM', 'ACT', 'EXPRESS']);
/** Entity types that can hold a stance. */
export const AGENT_TYPES = new Set(['GPE', 'ORG', 'PERSON', 'NORP']);
/** Entity types that name a signatory in the opening sentence. */
export const SIGNATORY_TYPES = new Set(['GPE', 'ORG', 'PERSON']);
/** Modals that carry no commitment of their own in a trigger's lemma. */
export const MODALS = new Set(['will', 'shall', 'would', 'may', 'must', 'should', 'can', 'could', 'might', "'ll"]);
