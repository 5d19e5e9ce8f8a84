/**
 * V8 tuning for long batch runs, applied once before the first worker starts
 * (V8 flags are per process, so worker isolates created afterwards use them).
 *
 * jsa's stage code is a few large rule functions with many rarely taken
 * branches. With V8's default budget a function is optimized after little
 * feedback, then deoptimized each time a new branch or shape shows up and
 * compiled again: over 2,500 corpus statements that was ~650 optimizing
 * compilations and ~4.8 s of compiler time per worker thread, a third of the
 * run's CPU on this 2-core machine. Letting functions run longer before
 * optimizing gives them settled feedback: ~260 compilations, ~1.1 s, and the
 * documents themselves run no slower. (Measured with `node --trace-opt`.)
 */
import v8 from 'node:v8';

/** Bytecode budget before a function is considered for optimization (V8's default: 132 KB). */
const INTERRUPT_BUDGET = 1_000_000;

let tuned = false;

export function tuneJitForBatch(): void {
  if (tuned) return;
  tuned = true;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
