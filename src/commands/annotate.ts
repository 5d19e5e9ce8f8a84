/** `jsa annotate`: the batch runner (its options are parsed in batch/options.ts). */
import { ANNOTATE_HELP, parseAnnotateArgs } from '../batch/options.js';
import { runBatch, summaryLine } from '../batch/run.js';

export const HELP = ANNOTATE_HELP;

export async function run(args: string[]): Promise<number> {
  const err = (s: string): void => void process.stderr.write(s);
  // stdin (`-`) or stdout (`--out -`): the in-thread filter of annotate-stream.ts, not the worker pool
  if (args.some((a) => a === '-' || a === '--out=-'))
    return (await import('./annotate-stream.js')).annotateStream(args, err);
  const opts = parseAnnotateArgs(args, (m) => err(`jsa: warning: ${m}\n`));
  if (opts === 'help') {
    process.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  const { exitCode, manifest } = await runBatch(opts, err);
  err(summaryLine(manifest));
  return exitCode;
}
