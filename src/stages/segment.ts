/** segment: (in progress) one sentence per non-blank line. */
import type { Segment } from '../document.js';
import type { StageDefinition } from '../stage.js';

export const segment: StageDefinition = {
  name: 'segment',
  requires: ['text', 'tokens'],
  provides: ['segments'],
  create() {
    return (doc) => {
      const segments: Segment[] = [];
      const re = /[^\n]+/g;
      for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
        const lead = m[0].length - m[0].trimStart().length;
        const text = m[0].trim();
        if (text) segments.push({ start: m.index + lead, end: m.index + lead + text.length, kind: 'sentence' });
      }
      return { ...doc, segments };
    };
  },
};
