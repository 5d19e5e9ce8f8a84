/** commitments: (in progress) nothing yet. */
import type { StageDefinition } from '../stage.js';

export const commitments: StageDefinition = {
  name: 'commitments',
  requires: ['text', 'tokens', 'segments', 'entities'],
  provides: ['commitments'],
  create() {
    return (doc) => doc;
  },
};
