/**
 * What the CLI and the action share: load the inputs and the exemptions file, run every rule,
 * build the reports, and write the JSON report and SARIF when asked. The edges parse and print.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { redactDeep } from '../scan/redact-text.js';
import { VERSION } from '../scan/run-scan.js';
import { runChecklist, type ChecklistResult, type FailOn } from './engine.js';
import { loadExemptionsFile } from './exemptions.js';
import { loadChecklistInputs, type ChecklistSources } from './inputs.js';
import { toJson, toSarif } from './report.js';
import { allRules } from './rules/index.js';
import type { ChecklistInputs } from './types.js';

export interface RunChecklistGateOptions extends ChecklistSources {
  failOn: FailOn;
  exemptions?: string;
  disallowExemptions?: boolean;
  /** Where to write the JSON report and the SARIF file (resolved from the workspace). */
  reportFile?: string;
  sarifFile?: string;
  today?: string;
}

export interface ChecklistOutcome {
  result: ChecklistResult;
  inputs: ChecklistInputs;
  json: object;
  sarif: object;
}

async function writeOut(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(redactDeep(value), null, 2)}\n`);
}

export async function runChecklistGate(options: RunChecklistGateOptions): Promise<ChecklistOutcome> {
  // The exemptions file is read first: a bad one fails before any image is opened.
  const exemptionsFile = options.exemptions ? loadExemptionsFile(resolve(options.workspace, options.exemptions), options.exemptions) : undefined;
  const inputs = await loadChecklistInputs(options);
  const result = runChecklist(allRules, inputs, { failOn: options.failOn, exemptionsFile, disallowExemptions: options.disallowExemptions, today: options.today });
  const json = toJson(result);
  const sarif = toSarif(result, { version: VERSION });
  if (options.reportFile) await writeOut(resolve(options.workspace, options.reportFile), json);
  if (options.sarifFile) await writeOut(resolve(options.workspace, options.sarifFile), sarif);
  return { result, inputs, json, sarif };
}
