import * as core from '@actions/core';
import { isKnownError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

/** The engine's logger for actions: runner log commands. */
export const actionLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

export type Outputs = Record<string, string | number | boolean | object | undefined>;

/** Sets every output in one loop; objects and arrays are serialised as JSON. */
export function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}

/**
 * The one catch at the top of every action: a known error becomes `setFailed(message)` with the
 * stack in debug only; an unknown one keeps its stack so a bug can be reported.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (isKnownError(error)) {
      if (error.stack) core.debug(error.stack);
      core.setFailed(error.message);
    } else if (error instanceof Error) {
      core.setFailed(error.stack ?? error.message);
    } else {
      core.setFailed(String(error));
    }
  }
}
