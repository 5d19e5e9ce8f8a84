/**
 * What a pipeline stage is: built once from validated options and the
 * pipeline's data files, then run on every document as doc → doc.
 */
import type { Document } from './document.js';
import type { DataLoader } from './data/load.js';

/** Document fields a stage may require or provide (checked before any input is read). */
export type DocumentField = 'text' | 'headingHints' | 'tokens' | 'segments' | 'entities' | 'commitments';

export type Stage = (doc: Document) => Document;

export interface StageContext {
  /** Reads and validates data files relative to the pipeline folder. */
  data: DataLoader;
}

export interface StageDefinition {
  name: string;
  requires: DocumentField[];
  provides: DocumentField[];
  /** Builds the stage; throws a ConfigError naming the file and field on bad options or data. */
  create(options: Record<string, unknown>, ctx: StageContext): Stage;
  /**
   * Optional: computes, without building the stage, what it learns from
   * compromise (src/data/english.ts). A batch runs this once in its main
   * thread and hands the facts to its workers, which then skip compromise.
   */
  learn?(options: Record<string, unknown>, ctx: StageContext): void;
  /** Optional: loads what the stage needs whatever its options (a model), so a worker can do it while it waits for its seed. */
  warm?(): void;
}
