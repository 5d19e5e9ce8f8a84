/**
 * The library API: `import { createAnnotator } from 'jsa'`. One annotator
 * loads the pipeline once (the same loader and stages as a batch worker) and
 * returns, for each text, the records a `.jsonl` file holds, one per line.
 */
import type { DocumentMeta } from './document.js';
import { toRecords, type SegmentRecord } from './emit/jsonl.js';
import { loadPipeline, warmStages } from './pipeline.js';
import { DEFAULT_PIPELINE_DIR } from './pipeline-identity.js';

export type { DocumentMeta } from './document.js';
export type { CommitmentRecord, EntityRecord, SegmentRecord, SpanRecord } from './emit/jsonl.js';
export { SCHEMA } from './emit/jsonl.js';
export { validateRecord, type SchemaProblem } from './schema/validate.js';
export { jsaVersion } from './version.js';

export interface AnnotatorOptions {
  /** A pipeline folder (pipeline.yml, gazetteers, lexicons); default: the package's own. */
  pipelineDir?: string;
}

export interface AnnotateOptions {
  /** The document id written into every record's `doc`; default `"doc"`. */
  id?: string;
  /** Title, date and source, used where the text has no front matter (a title names the participants). */
  meta?: DocumentMeta;
}

export interface Annotator {
  /** The pipeline's name from pipeline.yml. */
  readonly pipeline: string;
  /** The records of one document, in segment order: the objects a `.jsonl` file has one per line. */
  annotate(text: string, options?: AnnotateOptions): SegmentRecord[];
}

/** Loads the pipeline once; throws a ConfigError naming the file and field when its configuration is broken. */
export async function createAnnotator(options: AnnotatorOptions = {}): Promise<Annotator> {
  const pipelineDir = options.pipelineDir ?? DEFAULT_PIPELINE_DIR;
  if (typeof pipelineDir !== 'string')
    throw new TypeError(`createAnnotator: pipelineDir must be a string, got ${typeof pipelineDir}`);
  warmStages();
  const pipeline = loadPipeline(pipelineDir);
  return {
    pipeline: pipeline.name,
    annotate(text, { id = 'doc', meta } = {}) {
      if (typeof text !== 'string') throw new TypeError(`annotate: text must be a string, got ${typeof text}`);
      // As when reading a file: offsets count from after one leading BOM.
      const original = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      return toRecords(pipeline.annotate(id, original, undefined, meta));
    },
  };
}
