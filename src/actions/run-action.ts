/**
 * Everything an action lets out of the process goes through here, and through the scan's
 * redaction first: log lines, annotations, outputs, the job summary, report files and the final
 * error. A secret the image carries (set in ENV, used inline in a RUN step) never leaves whole.
 */
import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { redactDeep, redactText } from '../scan/redact-text.js';
import { isKnownError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

/** The engine's logger for actions: runner log commands, redacted. */
export const actionLogger: Logger = {
  debug: (m) => core.debug(redactText(m)),
  info: (m) => core.info(redactText(m)),
  warning: (m) => core.warning(redactText(m)),
  error: (m) => core.error(redactText(m)),
};

/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
export function annotate(level: 'error' | 'warning' | 'notice', message: string, properties: AnnotationProperties = {}): void {
  const props = { ...properties, ...(properties.title ? { title: redactText(properties.title) } : {}) };
  core[level](redactText(message), props);
}

export type Outputs = Record<string, string | number | boolean | object | undefined>;

/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
export function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(redactDeep(value)) : redactText(String(value)));
  }
}

/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(redactText(markdown), true).write();
}

/**
 * Writes a JSON report, redacted: the text as a whole, and value by value where redacting the
 * serialised text would break it (a secret whose redacted form ends inside an escape).
 */
export function writeJsonReport(path: string, value: unknown): void {
  const text = redactText(JSON.stringify(value, null, 2));
  let safe = text;
  try {
    JSON.parse(text);
  } catch {
    safe = JSON.stringify(redactDeep(value), null, 2);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${safe}\n`);
}

/** One phase of the step's log, folded in the runner's log view. */
export function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  return core.group(redactText(name), body);
}

/**
 * The one catch at the top of every action: a known error becomes `setFailed(message)` with the
 * stack in debug only; an unknown one keeps its stack so a bug can be reported. Both redacted.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (isKnownError(error)) {
      if (error.stack) core.debug(redactText(error.stack));
      core.setFailed(redactText(error.message));
    } else if (error instanceof Error) {
      core.setFailed(redactText(error.stack ?? error.message));
    } else {
      core.setFailed(redactText(String(error)));
    }
  }
}
