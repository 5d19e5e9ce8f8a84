/** Shared by the batch and robustness tests: run the built CLI, build folders, read outputs. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SegmentRecord } from '../src/emit/jsonl.js';
import type { Manifest } from '../src/batch/manifest.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const GOLD_DEV = join(ROOT, '..', 'shared', 'gold', 'dev');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'wh-statements');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function jsa(args: string[], cwd: string = ROOT): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting (for kill tests). */
export function jsaAsync(args: string[], cwd: string = ROOT) {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

const created: string[] = [];

/** A fresh temp folder, removed by `removeTempDirs` (call it from afterAll). */
export function tempDir(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), `jsa-${tag}-`));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

export function readRecords(file: string): SegmentRecord[] {
  const text = readFileSync(file, 'utf8');
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error(`${file}: does not end with a newline (incomplete?)`);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as SegmentRecord);
}

export function readManifest(dir: string, name = '_manifest.json'): Manifest {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as Manifest;
}

/** Every file in `dir` with the SHA-256 of its bytes, for byte-for-byte comparison of runs. */
export function snapshot(
  dir: string,
  keep: (name: string) => boolean = (n) => n.endsWith('.jsonl'),
): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (keep(name))
      files.set(
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      );
  }
  return files;
}

export const tempLeftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.jsa-tmp'));

/** Waits until `cond()` holds, polling; throws after `ms` (generous: the machine may be loaded). */
export async function waitFor(cond: () => boolean, what: string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const PARAGRAPH =
  'The United States and Japan reaffirmed their alliance and committed to expand cooperation on clean energy. ';

/** `n` generated statements of 40 sentences each in `dir` (the same bytes on every machine). */
export function generatedFolder(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const names = Array.from({ length: n }, (_, i) => `doc-${String(i).padStart(5, '0')}.txt`);
  names.forEach((name, i) => writeFileSync(join(dir, name), `Statement ${i}.\n${PARAGRAPH.repeat(40)}\n`));
  return names;
}

/** `n` statements in `dir` (sorted names): the first corpus statements, or generated ones when the corpus is absent. */
export function corpusFolder(dir: string, n: number): string[] {
  if (!existsSync(CORPUS)) return generatedFolder(dir, n);
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(CORPUS)
    .filter((x) => x.endsWith('.md'))
    .sort()
    .slice(0, n);
  for (const name of names) copyFileSync(join(CORPUS, name), join(dir, name));
  return names;
}

/** Starts the CLI and collects its stderr; `done` resolves with the exit status and stderr. */
export function jsaBackground(args: string[], cwd: string = ROOT) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (status, signal) => resolve({ status: status ?? (signal ? -1 : null), stdout: '', stderr })),
  );
  return { child, done, stderr: () => stderr };
}

export const jsonlCount = (dir: string): number =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.jsonl')).length : 0;
