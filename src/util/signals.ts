import { Interrupted } from './errors.js';

/**
 * Runs `work` with SIGINT and SIGTERM (Ctrl-C, a cancelled job) turned into an abort whose reason
 * is the signal's name, so the command takes down or reports what it started. Once it has, the
 * process ends as the signal would have ended it, with 128 + its number: an abandoned health gate
 * would otherwise keep it alive until its deadline. Only a real signal to this process takes that
 * path.
 */
export async function whileHandlingSignals<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(name);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(controller.signal);
  } catch (error) {
    // After the caller has reported the error (this rejection reaches it first).
    if (error instanceof Interrupted) setTimeout(() => process.exit(error.exitCode), 50);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
