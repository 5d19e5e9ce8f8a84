/** `jsa merge-manifests`: shard manifests (e.g. `out/_manifest.shard-*.json`) into one, to stdout or --out FILE. */
import { MERGE_HELP, mergeCommand } from '../batch/merge-command.js';

export const HELP = MERGE_HELP;

export function run(args: string[]): number {
  return mergeCommand(args, (s) => void process.stderr.write(s));
}
