/** `jsa annotate`: the batch runner (its options are parsed in batch/options.ts). */
import { ANNOTATE_HELP, parseAnnotateArgs } from '../batch/options.js';
import { runBatch, summaryLine } from '../batch/run.js';

export const HELP = ANNOTATE_HELP;

export async function run(args: string[]): Promise<number> {
  const opts = parseAnnotateArgs(args);
  if (opts === 'help') {
    process.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  const err = (s: string): void => void process.stderr.write(s);
  const { exitCode, manifest } = await runBatch(opts, err);
  err(summaryLine(manifest));
  return exitCode;
}
