/** entities: (in progress) nothing yet. */
import type { StageDefinition } from '../stage.js';

export const entities: StageDefinition = {
  name: 'entities',
  requires: ['text', 'tokens', 'segments'],
  provides: ['entities'],
  create() {
    return (doc) => doc;
  },
};
