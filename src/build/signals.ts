/**
 * Ctrl-C and SIGTERM during a build: stop after cleaning up (the in-flight print is aborted,
 * our temporaries removed, the lock released); a second signal, or a cleanup that hangs,
 * exits at once after the synchronous part of the cleanup.
 */
export interface Interruption {
  readonly signal: NodeJS.Signals | null;
  /** Called once on the first signal: abort in-flight work (e.g. close the browser). */
  onInterrupt: (fn: () => void) => void;
  dispose: () => void;
}

export function trapSignals(syncCleanup: () => void, graceMs = 5000): Interruption {
  let signal: NodeJS.Signals | null = null;
  const callbacks: (() => void)[] = [];
  const exitCode = (s: NodeJS.Signals) => (s === 'SIGINT' ? 130 : 143);
  const handler = (s: NodeJS.Signals) => {
    if (signal) {
      syncCleanup();
      process.exit(exitCode(s));
    }
    signal = s;
    for (const fn of callbacks) {
      try {
        fn();
      } catch {
        // best effort
      }
    }
    setTimeout(() => {
      syncCleanup();
      process.exit(exitCode(s));
    }, graceMs).unref();
  };
  // Whoever ends the process (process.exit anywhere), our temporaries and the lock go with it.
  const onExit = () => syncCleanup();
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  process.on('exit', onExit);
  return {
    get signal() {
      return signal;
    },
    onInterrupt: (fn) => callbacks.push(fn),
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      process.off('exit', onExit);
    },
  };
}
