/**
 * Loads a workflow file with GitHub's own parser (@actions/workflow-parser): schema validation,
 * expression validation, `if:` conditions completed with their implicit success(), needs, and the
 * inputs and secrets a caller passes to a reusable workflow checked against its definitions. The
 * converted template drops a few keys the runner still reads (`with:`, `working-directory`,
 * `shell`, `timeout-minutes`, `defaults`, workflow_call outputs); those come from the parsed token
 * tree of the same file.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertWorkflowTemplate, isMapping, isSequence, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

export class WorkflowInvalid extends Error {}

export interface LoadedWorkflow {
  /** Path relative to the repository root, as `uses: ./PATH` names it. */
  path: string;
  template: WorkflowTemplate;
  /** The parsed token tree of the whole file. */
  root: MappingToken;
}

/** Reads a key of a mapping token, case-sensitively as YAML does. */
export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token && isMapping(token) ? token.find(key) : undefined;
}

/** The raw token of job `jobId` of a workflow. */
export function rawJob(workflow: LoadedWorkflow, jobId: string): TemplateToken | undefined {
  return child(child(workflow.root, 'jobs'), jobId);
}

/** The raw token of step `index` of job `jobId`. */
export function rawStep(workflow: LoadedWorkflow, jobId: string, index: number): TemplateToken | undefined {
  const steps = child(rawJob(workflow, jobId), 'steps');
  return steps && isSequence(steps) ? steps.get(index) : undefined;
}

/** `on.workflow_call.outputs` of a reusable workflow (the converter leaves them out). */
export function workflowCallOutputs(workflow: LoadedWorkflow): TemplateToken | undefined {
  return child(child(child(workflow.root, 'on'), 'workflow_call'), 'outputs');
}

/**
 * Parses and converts `file` (absolute) of the repository at `repoRoot`; local reusable workflows
 * (`uses: ./.github/workflows/x.yml`) are fetched from the same root so the caller's `with:` and
 * `secrets:` are validated against their definitions. Throws listing every error GitHub would show.
 */
export async function loadWorkflow(repoRoot: string, file: string): Promise<LoadedWorkflow> {
  const path = relative(repoRoot, file);
  const parsed = parseWorkflow({ name: path, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  const fileProvider = {
    getFileContent: async (ref: FileReference) => {
      if ('repository' in ref) throw new WorkflowInvalid(`${path}: the harness runs local reusable workflows only, not ${ref.owner}/${ref.repository}/${ref.path}@${ref.version}`);
      return { name: ref.path, content: readFileSync(join(repoRoot, ref.path), 'utf8') };
    },
  };
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length === 0 && parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, { fetchReusableWorkflowDepth: 1 });
    const all = [...(template.errors ?? []).map((e) => e.Message), ...parsed.context.errors.getErrors().map((e) => e.message)];
    if (all.length === 0) return { path, template, root: parsed.value as MappingToken };
    errors.push(...new Set(all));
  }
  throw new WorkflowInvalid(`${path} is not a valid workflow:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}
