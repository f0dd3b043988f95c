/**
 * Runs a workflow's jobs locally as GitHub's runner would (see test/harness/README.md): the
 * event's trigger and activity types, jobs in `needs` order with job-level `if:`, matrix
 * expansion, reusable workflows called with `uses: ./.github/workflows/x.yml` (inputs and secrets
 * passed by name, outputs from the called jobs), each job on a fresh runner.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { isReusableWorkflowJob } from '@actions/workflow-parser/model/type-guards';
import type { ReusableWorkflowJob, WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import { repoRoot } from '../helpers/paths.js';
import { isMapping } from '@actions/workflow-parser';
import { asString, evaluateCondition, evaluateStringMap, evaluateToken, type ExpressionScope, type Value } from './expressions.js';
import { inputDefinitions, resolveWorkflowInputs } from './inputs.js';
import { runJob } from './job.js';
import { expandMatrix } from './matrix.js';
import { RunState } from './run-state.js';
import type { JobRun, Rehearsal, RehearsalOptions, Result } from './types.js';
import { child, loadWorkflow, workflowCallOutputs, type LoadedWorkflow } from './workflow-file.js';

interface WorkflowContexts {
  github: Record<string, unknown>;
  inputs: Record<string, Value>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
}

const DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened'],
};

function githubContext(options: RehearsalOptions, workflow: LoadedWorkflow, token: string): Record<string, unknown> {
  const repository = 'acme/weather';
  const ref = 'refs/heads/main';
  const base: Record<string, unknown> = {
    event_name: options.event.name,
    event: options.event.payload ?? {},
    repository,
    repository_owner: repository.split('/')[0],
    sha: '0123456789abcdef0123456789abcdef01234567',
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    head_ref: '',
    base_ref: '',
    actor: 'octocat',
    triggering_actor: 'octocat',
    run_id: String(Date.now()),
    run_number: '1',
    run_attempt: '1',
    workflow: workflow.path,
    workflow_ref: `${repository}/${workflow.path}@${ref}`,
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    graphql_url: 'https://api.github.com/graphql',
    token,
    retention_days: '90',
  };
  const merged = { ...base, ...options.github };
  if (!options.github?.repository_owner) merged.repository_owner = String(merged.repository).split('/')[0];
  if (!options.github?.ref_name) merged.ref_name = String(merged.ref).replace(/^refs\/(heads|tags)\//, '');
  return merged;
}

/** Throws unless the event (and its activity type) triggers the workflow. */
function checkTrigger(workflow: LoadedWorkflow, event: RehearsalOptions['event']): void {
  const events = workflow.template.events as Record<string, { types?: string[] } | undefined>;
  if (!(event.name in events)) throw new Error(`${workflow.path} does not run on ${event.name} (on: ${Object.keys(events).join(', ')})`);
  const types = events[event.name]?.types ?? DEFAULT_TYPES[event.name];
  const action = event.payload?.action;
  if (types && typeof action === 'string' && !types.includes(action)) throw new Error(`${workflow.path} does not run on ${event.name}.${action} (types: ${types.join(', ')})`);
}

/** Job ids and their transitive `needs`. */
function ancestors(jobs: WorkflowJob[], id: string, seen = new Set<string>()): Set<string> {
  for (const need of jobs.find((j) => j.id.value === id)?.needs ?? []) {
    if (!seen.has(need.value)) {
      seen.add(need.value);
      ancestors(jobs, need.value, seen);
    }
  }
  return seen;
}

/** `on.workflow_call.outputs.<name>.value`, evaluated with the called jobs in the jobs context. */
function callOutputs(workflow: LoadedWorkflow, scope: ExpressionScope): Record<string, string> {
  const token = workflowCallOutputs(workflow);
  const out: Record<string, string> = {};
  if (!token || !isMapping(token)) return out;
  for (const pair of token) out[String(evaluateToken(pair.key, scope))] = asString(evaluateToken(child(pair.value, 'value'), scope));
  return out;
}

async function runCalledWorkflow(state: RunState, job: ReusableWorkflowJob, key: string, contexts: Record<string, unknown>, scope: ExpressionScope, caller: WorkflowContexts): Promise<{ jobs: JobRun[]; result: Result; outputs: Record<string, string> }> {
  const path = job.ref.value;
  if (!path.startsWith('./')) throw new Error(`job ${key}: the harness calls local reusable workflows (./.github/workflows/x.yml), not ${path}`);
  const called = await loadWorkflow(state.root, join(state.root, path));
  const given = (evaluateToken(job['input-values'], scope) ?? {}) as Record<string, Value>;
  const callScope: ExpressionScope = { contexts: { github: caller.github, vars: caller.vars, inputs: caller.inputs } };
  const definitions = inputDefinitions(child(child(child(called.root, 'on'), 'workflow_call'), 'inputs'), callScope);
  const inputs = resolveWorkflowInputs(definitions, given, `job ${key} (uses: ${path})`);
  const secrets = job['inherit-secrets'] ? { ...caller.secrets } : { ...evaluateStringMap(job['secret-values'], { ...scope, contexts: { ...contexts, secrets: caller.secrets } }), GITHUB_TOKEN: caller.secrets.GITHUB_TOKEN! };
  const inner = await runJobs(state, called, { github: caller.github, inputs, secrets, vars: caller.vars }, `${key}/`);
  const outputs = callOutputs(called, { contexts: { github: caller.github, inputs, vars: caller.vars, jobs: inner.byId } });
  return { jobs: inner.jobs, result: inner.result, outputs };
}

async function runJobs(state: RunState, workflow: LoadedWorkflow, ctx: WorkflowContexts, prefix: string): Promise<{ jobs: JobRun[]; result: Result; byId: Record<string, { result: Result; outputs: Record<string, string> }> }> {
  const all = workflow.template.jobs;
  const done: Record<string, { result: Result; outputs: Record<string, string> }> = {};
  const runs: JobRun[] = [];
  const workflowEnv = evaluateStringMap(workflow.template.env, { contexts: { github: ctx.github, inputs: ctx.inputs, vars: ctx.vars, secrets: ctx.secrets } });
  while (Object.keys(done).length < all.length) {
    const ready = all.find((j) => !(j.id.value in done) && (j.needs ?? []).every((n) => n.value in done));
    if (!ready) throw new Error(`${workflow.path}: jobs wait on each other (needs cycle)`);
    const id = ready.id.value;
    const key = `${prefix}${id}`;
    const before = [...ancestors(all, id)].map((a) => done[a]!.result);
    const needs = Object.fromEntries((ready.needs ?? []).map((n) => [n.value, done[n.value]!]));
    const contexts = { github: ctx.github, inputs: ctx.inputs, vars: ctx.vars, needs };
    const scope: ExpressionScope = { contexts, status: { success: before.every((r) => r === 'success'), failure: before.includes('failure'), cancelled: false } };
    if (!evaluateCondition(ready.if.expression, scope)) {
      state.log(`job ${key}: skipped (if: ${ready.if.expression})`);
      done[id] = { result: 'skipped', outputs: {} };
      runs.push({ key, name: id, result: 'skipped', outputs: {}, steps: [], summary: '', runsOn: null, environment: null, permissions: null, concurrency: null, droppedOutputs: [] });
      continue;
    }
    if (isReusableWorkflowJob(ready)) {
      const called = await runCalledWorkflow(state, ready, key, contexts, scope, ctx);
      runs.push(...called.jobs);
      done[id] = { result: called.result, outputs: called.outputs };
      continue;
    }
    const combinations = expandMatrix(evaluateToken(ready.strategy, scope));
    const results: JobRun[] = [];
    for (const [index, matrix] of combinations.entries()) {
      const strategy = { 'fail-fast': true, 'job-index': index, 'job-total': combinations.length, 'max-parallel': combinations.length };
      const jobKey = matrix ? `${key} (${Object.values(matrix).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')})` : key;
      results.push(await runJob({ state, workflow, job: ready, key: jobKey, contexts: { ...contexts, secrets: ctx.secrets, matrix: matrix ?? {}, strategy }, workflowEnv }));
    }
    runs.push(...results);
    // A matrix job's outputs: the last combination that set each one wins, as on GitHub.
    done[id] = { result: results.some((r) => r.result === 'failure') ? 'failure' : 'success', outputs: Object.assign({}, ...results.map((r) => r.outputs)) as Record<string, string> };
  }
  const result: Result = Object.values(done).some((d) => d.result === 'failure') ? 'failure' : 'success';
  return { jobs: runs, result, byId: done };
}

/** Runs `options.workflow` for `options.event` and reports every job, step, output, record and summary. */
export async function rehearse(options: RehearsalOptions): Promise<Rehearsal> {
  const root = options.root ?? repoRoot;
  const state = new RunState(options, root);
  try {
    const workflow = await loadWorkflow(root, isAbsolute(options.workflow) ? options.workflow : join(root, options.workflow));
    checkTrigger(workflow, options.event);
    const token = options.token ?? `ghs_rehearsal${randomBytes(16).toString('hex')}`;
    state.addMask(token);
    const github = githubContext(options, workflow, token);
    const secrets = { ...options.secrets, GITHUB_TOKEN: token };
    const vars = options.vars ?? {};
    const on = child(workflow.root, 'on');
    const definitions = inputDefinitions(child(child(on, options.event.name), 'inputs'), { contexts: { github, vars } });
    const inputs = resolveWorkflowInputs(definitions, options.inputs ?? {}, workflow.path);
    const ran = await runJobs(state, workflow, { github, inputs, secrets, vars }, '');
    const outputs = options.event.name === 'workflow_call' ? callOutputs(workflow, { contexts: { github, inputs, vars, jobs: ran.byId } }) : {};
    return {
      result: ran.result,
      jobs: ran.jobs,
      outputs,
      summary: ran.jobs.map((j) => j.summary).join(''),
      records: state.records,
      missing: state.missing,
      annotations: state.annotations,
      log: state.text,
      job: (key: string) => {
        const found = ran.jobs.find((j) => j.key === key);
        if (!found) throw new Error(`no job ${key} in this rehearsal (jobs: ${ran.jobs.map((j) => j.key).join(', ')})`);
        return found;
      },
    };
  } finally {
    for (const dir of state.dirs) rmSync(dir, { recursive: true, force: true });
  }
}
