/**
 * One run per output folder: a lock file in `--out` holding the run's pid,
 * host and temp-file tag. A shard locks only its own name, so shards of one
 * split share a folder; an unsharded run conflicts with any live holder. A
 * lock whose process is gone (same host, no such pid) is taken over.
 */
import { linkSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { RUN_TAG, tempPathFor } from './atomic.js';
import { reasonOf, RunError, shown } from './errors.js';

const LOCK = '.jsa-lock';

interface Holder {
  pid: number;
  host: string;
  tag: string;
  since: string;
}

export interface Lock {
  /** Tags of every live run's temp files in the folder, this run's included. */
  liveTags: Set<string>;
  release(): void;
}

/** `.jsa-lock`, or `.jsa-lock.shard-2-of-8` for a shard. */
export const lockName = (shardTag: string | null): string => (shardTag ? `${LOCK}.${shardTag}` : LOCK);

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Holder;
    return typeof h?.pid === 'number' && typeof h.host === 'string' ? h : null;
  } catch {
    return null;
  }
}

/** False only when the holder is known to be dead: same host and no such process. */
function alive(h: Holder): boolean {
  if (h.host !== hostname()) return true;
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Two lock names conflict unless both are shards of the same split. */
function conflicts(a: string, b: string): boolean {
  const count = (n: string): string | null => /\.shard-\d+-of-(\d+)$/.exec(n)?.[1] ?? null;
  return a === b || count(a) === null || count(b) === null || count(a) !== count(b);
}

const describeHolder = (h: Holder): string => `pid ${h.pid} on ${h.host}, since ${h.since}`;

/**
 * Takes the lock `name` in `dir`; warns through `warn` when taking over a dead
 * run's lock. Throws RunError: exit 2 when a live run holds the folder, 3 when
 * the folder cannot be written (this is the run's writability check).
 */
export function acquireLock(dir: string, name: string, warn: (msg: string) => void): Lock {
  const path = join(dir, name);
  const me: Holder = { pid: process.pid, host: hostname(), tag: RUN_TAG, since: new Date().toISOString() };
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, `${JSON.stringify(me)}\n`);
  } catch (err) {
    throw new RunError(`cannot write to output folder ${shown(dir)}: ${reasonOf(err)}`);
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(tmp, path); // atomic, and fails when the lock exists
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
          throw new RunError(`cannot create lock file ${shown(path)}: ${reasonOf(err)}`);
        }
        const holder = readHolder(path);
        if (holder && alive(holder)) {
          throw new RunError(
            `output folder ${shown(dir)} is in use by another jsa run (${describeHolder(holder)}); wait for it to finish`,
            2,
          );
        }
        warn(
          `taking over the lock ${shown(path)} of a run that is gone (${holder ? describeHolder(holder) : 'unreadable lock file'})`,
        );
        rmSync(path, { force: true });
      }
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  const release = (): void => {
    if (readHolder(path)?.tag === RUN_TAG) rmSync(path, { force: true });
  };
  const liveTags = new Set([RUN_TAG]);
  for (const other of readdirSync(dir).filter((n) => n.startsWith(LOCK) && n !== name)) {
    const holder = readHolder(join(dir, other));
    if (!holder || !alive(holder)) continue;
    if (conflicts(name, other)) {
      release();
      throw new RunError(
        `output folder ${shown(dir)} is in use by another jsa run (${describeHolder(holder)}, ${other}); wait for it to finish`,
        2,
      );
    }
    liveTags.add(holder.tag);
  }
  return { liveTags, release };
}
