/**
 * The pipeline: reads `pipeline/pipeline.yml`, checks it against the known
 * stages (names, requires/provides) before any input is read, builds each
 * stage once and runs them in order on each document.
 */
import type { Document, DocumentMeta } from './document.js';
import { ConfigError, DataLoader, expectList, expectRecord, expectString } from './data/load.js';
import { OffsetMap } from './offsets.js';
import type { DocumentField, Stage, StageDefinition } from './stage.js';
import { englishFacts, seedEnglishFacts, type EnglishFacts } from './data/english.js';
import { STAGES } from './stages/index.js';
import { DEFAULT_PIPELINE_DIR, hashPipelineFolder } from './pipeline-identity.js';

export { DEFAULT_PIPELINE_DIR, hashPipelineFolder, PIPELINE_VERSION } from './pipeline-identity.js';

export interface StageStep {
  name: string;
  options: Record<string, unknown>;
  run: Stage;
}

export interface Pipeline {
  name: string;
  /** SHA-256 over the package version, the pipeline definition and every data file. */
  configHash: string;
  steps: StageStep[];
  /** Annotates one document; `timings` (ms per stage) is accumulated when given; front matter overrides `meta`. */
  annotate(id: string, original: string, timings?: Record<string, number>, meta?: DocumentMeta): Document;
}

/** An empty document for `original`, before any stage ran. */
export function emptyDocument(id: string, original: string, meta: DocumentMeta = {}): Document {
  return {
    id,
    original,
    text: original,
    offsets: OffsetMap.identity(original),
    meta,
    headingHints: [],
    tokens: [],
    numericMentions: [],
    segments: [],
    entities: [],
    commitments: [],
    diagnostics: [],
  };
}

interface PlannedStep {
  name: string;
  options: Record<string, unknown>;
  stage: StageDefinition;
}

/** Reads and checks `pipeline.yml`: known stages, each one's inputs provided by an earlier one. */
function planPipeline(
  pipelineDir: string,
  dataFiles?: Array<[string, unknown]>,
): { name: string; data: DataLoader; steps: PlannedStep[] } {
  const data = new DataLoader(pipelineDir, dataFiles);
  const file = data.displayName('pipeline.yml');
  const def = expectRecord(file, '(top level)', data.yaml('pipeline.yml'));
  const name = expectString(file, 'name', def.name);
  const provided = new Set<DocumentField>(['text']);
  const steps = expectList(file, 'stages', def.stages).map((raw, i): PlannedStep => {
    const entry = expectRecord(file, `stages[${i}]`, raw);
    const stageName = expectString(file, `stages[${i}].stage`, entry.stage);
    const stage = STAGES.get(stageName);
    if (!stage) {
      throw new ConfigError(
        file,
        `stages[${i}].stage`,
        `unknown stage "${stageName}"; known: ${[...STAGES.keys()].join(', ')}`,
      );
    }
    const missing = stage.requires.filter((f) => !provided.has(f));
    if (missing.length > 0) {
      throw new ConfigError(
        file,
        `stages[${i}]`,
        `stage "${stageName}" requires ${missing.join(', ')}, which no earlier stage provides`,
      );
    }
    stage.provides.forEach((f) => provided.add(f));
    const options = entry.options === undefined ? {} : expectRecord(file, `stages[${i}].options`, entry.options);
    return { name: stageName, options, stage };
  });
  return { name, data, steps };
}

/** What a batch's main thread prepares once for all its workers: compromise's facts and the parsed data files. */
export interface PipelineSeed {
  facts: EnglishFacts;
  dataFiles: Array<[string, unknown]>;
}

/**
 * Parses the pipeline's data files and computes what its stages learn from
 * compromise, without building the stages (checks pipeline.yml first).
 */
export function preparePipelineSeed(pipelineDir: string = DEFAULT_PIPELINE_DIR): PipelineSeed {
  const plan = planPipeline(pipelineDir);
  plan.data.preloadAll();
  for (const step of plan.steps) step.stage.learn?.(step.options, { data: plan.data });
  return { facts: englishFacts(), dataFiles: plan.data.parsedFiles() };
}

/** Loads every stage's models (what does not depend on the seed): a worker does this while the seed is prepared. */
export function warmStages(): void {
  for (const stage of STAGES.values()) stage.warm?.();
}

export function loadPipeline(pipelineDir: string = DEFAULT_PIPELINE_DIR, seed?: PipelineSeed): Pipeline {
  if (seed) seedEnglishFacts(seed.facts);
  const { name, data, steps: planned } = planPipeline(pipelineDir, seed?.dataFiles);
  const steps: StageStep[] = planned.map(({ name: stageName, options, stage }) => ({
    name: stageName,
    options,
    run: stage.create(options, { data }),
  }));
  let configHash: string | null = null;
  return {
    name,
    // On first use: batch workers never need it (the main thread records it), and it reads every file.
    get configHash() {
      return (configHash ??= hashPipelineFolder(pipelineDir));
    },
    steps,
    annotate(id, original, timings, meta) {
      let doc = emptyDocument(id, original, meta ? { ...meta } : {});
      for (const step of steps) {
        const t0 = timings ? performance.now() : 0;
        doc = step.run(doc);
        if (timings) timings[step.name] = (timings[step.name] ?? 0) + performance.now() - t0;
      }
      return doc;
    },
  };
}
