/**
 * Walking a loaded workflow for the WF rules: its triggers, jobs and steps with their YAML paths,
 * the subject names the report uses (`workflow ci.yml job check step 3`), and checks located at the
 * exact line of the node they judge.
 */
import { basename } from 'node:path';
import type { Check, Location, YamlDocument } from '../types.js';

export type Workflow = YamlDocument<Record<string, unknown>>;
type Path = Array<string | number>;

export interface WorkflowJob {
  doc: Workflow;
  id: string;
  job: Record<string, unknown>;
  path: Path;
}

export interface WorkflowStep extends WorkflowJob {
  /** 0-based; subjects count from 1 as a person does. */
  index: number;
  step: Record<string, unknown>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The events of `on:` (a name, a list of names, or a mapping). */
export function triggersOf(doc: Workflow): Set<string> {
  const on = doc.value.on;
  if (typeof on === 'string') return new Set([on]);
  if (Array.isArray(on)) return new Set(on.filter((e): e is string => typeof e === 'string'));
  return new Set(isRecord(on) ? Object.keys(on) : []);
}

export function jobsOf(doc: Workflow): WorkflowJob[] {
  const jobs = doc.value.jobs;
  if (!isRecord(jobs)) return [];
  return Object.entries(jobs)
    .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
    .map(([id, job]) => ({ doc, id, job, path: ['jobs', id] }));
}

export function stepsOf(doc: Workflow): WorkflowStep[] {
  return jobsOf(doc).flatMap((job) => {
    const steps = Array.isArray(job.job.steps) ? job.job.steps : [];
    return steps.flatMap((step, index) => (isRecord(step) ? [{ ...job, index, step, path: [...job.path, 'steps', index] }] : []));
  });
}

export function subjectOf(doc: Workflow, jobId?: string, stepIndex?: number): string {
  let subject = `workflow ${basename(doc.file)}`;
  if (jobId !== undefined) subject += ` job ${jobId}`;
  if (stepIndex !== undefined) subject += ` step ${stepIndex + 1}`;
  return subject;
}

export function stepSubject(step: WorkflowStep): string {
  return subjectOf(step.doc, step.id, step.index);
}

export function makeCheck(doc: Workflow, path: Path, passed: boolean, message: string, subject: string, location?: Location): Check {
  return { passed, message, location: location ?? doc.locate(path), subject, exemption: { kind: 'comments' } };
}

/** `actions/checkout` for `actions/checkout@v4` or `Actions/Checkout/sub@sha`: owner/repo in lower case; undefined for local and docker uses. */
export function actionOf(uses: unknown): string | undefined {
  if (typeof uses !== 'string' || uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const [owner, repo] = uses.split('@')[0].split('/');
  return owner && repo ? `${owner}/${repo}`.toLowerCase() : undefined;
}

export function withOf(step: Record<string, unknown>): Record<string, unknown> {
  return isRecord(step.with) ? step.with : {};
}

/**
 * The line of the character at `offset` of the string at `path`. A multi-line value is taken as a
 * literal block scalar (`run: |`, whose content lines map one to one to the file's, starting on
 * the line after the indicator); a one-line value is on the node's own line.
 */
export function locateOffset(doc: Workflow, path: Path, value: string, offset: number): Location {
  const node = doc.locate(path);
  if (node.line === undefined || !value.includes('\n')) return node;
  const linesBefore = value.slice(0, offset).split('\n').length - 1;
  return { file: node.file, line: node.line + 1 + linesBefore };
}
