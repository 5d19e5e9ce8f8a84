/**
 * What identifies a pipeline run without loading it: the default pipeline
 * folder, the version and the configuration hash. Kept apart from
 * `pipeline.ts` so the batch runner's main thread does not import the stages
 * (wink model, compromise: ~0.3 s before the first worker can start).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own pipeline folder (next to `src/` and `dist/`). */
export const DEFAULT_PIPELINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'pipeline');

export const PIPELINE_VERSION = '0.1.0';

/** The code that annotates: this module's folder (dist/ when built). */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));
/** Packages whose models or rules shape the output. */
const MODEL_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'compromise'];

function hashFiles(hash: ReturnType<typeof createHash>, root: string, pattern: RegExp): void {
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (pattern.test(name)) hash.update(`${relative(root, full)}\n`).update(readFileSync(full));
    }
  };
  walk(root);
}

/**
 * The configuration hash a rerun compares: the pipeline definition and data,
 * the annotating code itself and the versions of the model packages, so that
 * any change that can change output makes jsa redo the documents.
 */
export function hashPipelineFolder(dir: string): string {
  const hash = createHash('sha256').update(`jsa ${PIPELINE_VERSION}\n`);
  hashFiles(hash, dir, /\.(ya?ml|json|tsv)$/);
  hashFiles(hash, CODE_DIR, /\.(js|ts)$/);
  for (const pkg of MODEL_PACKAGES) hash.update(`${pkg}@${packageVersion(pkg)}\n`);
  return hash.digest('hex');
}

/** The installed version of a dependency. */
export function packageVersion(pkg: string): string {
  // package.json is not always exported: find it above the package's entry point.
  const entry = createRequire(import.meta.url).resolve(pkg);
  const marker = `node_modules/${pkg}/`;
  const manifest = join(entry.slice(0, entry.lastIndexOf(marker) + marker.length), 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
