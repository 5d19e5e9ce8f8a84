/** normalize: (in progress) identity view of the original text. */
import type { StageDefinition } from '../stage.js';

export const normalize: StageDefinition = {
  name: 'normalize',
  requires: ['text'],
  provides: ['text', 'headingHints'],
  create() {
    return (doc) => doc;
  },
};
