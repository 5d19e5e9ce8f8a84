/**
 * SIGINT/SIGTERM during a run: the first asks the run to stop (it stops
 * feeding, abandons the documents in flight, cleans up and writes its final
 * manifest); a second exits at once after the synchronous cleanup.
 */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The conventional exit status of a process ended by `signal`: 128 + its number. */
export const signalExitCode = (signal: StopSignal): 130 | 143 => (signal === 'SIGINT' ? 130 : 143);

export interface SignalWatch {
  /** The first signal received, or null. */
  readonly received: StopSignal | null;
  dispose(): void;
}

export function watchSignals(
  onStop: (signal: StopSignal) => void,
  onSecond: () => void,
  log: (s: string) => void,
): SignalWatch {
  let received: StopSignal | null = null;
  const handler = (signal: StopSignal): void => {
    if (received) {
      log(`jsa: ${signal} again: exiting at once\n`);
      onSecond();
      process.exit(signalExitCode(signal));
    }
    received = signal;
    log(`\njsa: ${signal}: stopping; finishing the manifest (send it again to exit at once)\n`);
    onStop(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get received() {
      return received;
    },
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
