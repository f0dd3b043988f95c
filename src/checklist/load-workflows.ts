/**
 * GitHub workflow files as located documents for the WF rules: parsed as YAML 1.2 (as the runner
 * reads them) and validated with GitHub's own `@actions/workflow-parser`, so a rule never reasons
 * about a file GitHub would refuse to run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { InputError } from '../util/errors.js';
import type { YamlDocument } from './types.js';
import { parseYamlDocuments } from './yaml-documents.js';

const MAX_LISTED_ERRORS = 5;

/**
 * The workflow files at `path`: the file itself, or every `.yml`/`.yaml` directly in the folder
 * (GitHub reads no subfolders of `.github/workflows`), sorted by name. An invalid workflow is an
 * InputError naming each problem as `file:line:column`.
 */
export function loadWorkflows(path: string): YamlDocument<Record<string, unknown>>[] {
  return workflowFiles(path).map(loadWorkflowFile);
}

function workflowFiles(path: string): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new InputError(`workflows: ${path} does not exist (give a workflow file or a folder such as .github/workflows)`);
  }
  if (!isDirectory) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(path, name));
}

function loadWorkflowFile(file: string): YamlDocument<Record<string, unknown>> {
  const text = readFileSync(file, 'utf8');
  const documents = parseYamlDocuments<Record<string, unknown>>(text, file, '1.2');
  if (documents.length !== 1 || typeof documents[0].value !== 'object' || Array.isArray(documents[0].value)) {
    throw new InputError(`${file}:1: a workflow file holds exactly one YAML mapping (with on: and jobs:)`);
  }
  const problems = validateWorkflow(file, text);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED_ERRORS).join('; ');
    const more = problems.length > MAX_LISTED_ERRORS ? ` (and ${problems.length - MAX_LISTED_ERRORS} more)` : '';
    throw new InputError(`invalid workflow (GitHub would not run it): ${listed}${more}`);
  }
  return documents[0];
}

/**
 * GitHub's own checks: the workflow schema (parse) and the semantic checks of conversion (needs,
 * job ids, cron, concurrency). Conversion is declared async only for fetching reusable workflows,
 * which is off here (no file provider), so it records its errors before returning; a unit test
 * pins that, and would fail if a new version deferred them.
 */
export function validateWorkflow(file: string, text: string): string[] {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  if (parsed.value && parsed.context.errors.count === 0) {
    convertWorkflowTemplate(parsed.context, parsed.value).catch(() => undefined);
  }
  return parsed.context.errors.getErrors().map((error) => {
    const where = error.range ? `${file}:${error.range.start.line}:${error.range.start.column}` : file;
    return `${where}: ${error.rawMessage}`;
  });
}
