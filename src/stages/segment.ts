/**
 * segment: doc.text → sentences and headings (annotation guide §1, §5).
 * Layout decides blocks and headings (blank lines, list items, markup hints,
 * title-like lines); inside a block, terminators decide sentence ends with the
 * abbreviation data of `pipeline/lexicons/abbreviations.yml`.
 */
import { copyDocument, type Document } from '../document.js';
import { expectString } from '../data/load.js';
import type { StageDefinition } from '../stage.js';
import { BlockSegmenter } from './segment/blocks.js';
import { loadSegmentLexicon } from './segment/lexicon.js';

export const DEFAULT_ABBREVIATIONS = 'lexicons/abbreviations.yml';

export const segment: StageDefinition = {
  name: 'segment',
  requires: ['text', 'headingHints'],
  provides: ['segments'],
  create(options, ctx) {
    const rel =
      options.abbreviations === undefined
        ? DEFAULT_ABBREVIATIONS
        : expectString('pipeline.yml', 'segment.options.abbreviations', options.abbreviations);
    const segmenter = new BlockSegmenter(loadSegmentLexicon(ctx.data, rel));
    return (doc: Document): Document => {
      const next = copyDocument(doc);
      next.segments = segmenter.segment(doc.text, doc.headingHints);
      return next;
    };
  },
};
