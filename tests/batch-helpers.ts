/** Shared by the batch and robustness tests: run the built CLI, build folders, read outputs. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as SegmentRecord);
}

export function readManifest(dir: string, name = '_manifest.json'): Manifest {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as Manifest;
}

/** Every file in `dir` with the SHA-256 of its bytes, for byte-for-byte comparison of runs. */
export function snapshot(dir: string, keep: (name: string) => boolean = (n) => n.endsWith('.jsonl')): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (keep(name)) files.set(name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'));
  }
  return files;
}

export const tempLeftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.jsa-tmp'));
