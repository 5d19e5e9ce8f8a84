/** Every stage the pipeline definition may name. */
import type { StageDefinition } from '../stage.js';
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';
import { segment } from './segment.js';
import { entities } from './entities.js';
import { commitments } from './commitments.js';

export const STAGES: ReadonlyMap<string, StageDefinition> = new Map(
  [normalize, tokenize, segment, entities, commitments].map((s) => [s.name, s]),
);
