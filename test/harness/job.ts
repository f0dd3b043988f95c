/**
 * One job on its own fresh runner: a new workspace, RUNNER_TEMP and HOME; steps in order with
 * their `if:` (status functions over the job's status so far), `env:` layered workflow → job →
 * step → GITHUB_ENV, `continue-on-error`, `timeout-minutes`, `working-directory` (and
 * `defaults.run`), then the job's outputs, which the runner drops when they hold a secret.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { isRunStep } from '@actions/workflow-parser/model/type-guards';
import type { Job, Step } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { asString, evaluateCondition, evaluateStringMap, evaluateToken, type ExpressionScope, type Value } from './expressions.js';
import type { RunState } from './run-state.js';
import { runAction, runScript, type StepEnvironment } from './steps.js';
import type { StepProcessResult } from './step-process.js';
import type { JobRun, Result, StepRun } from './types.js';
import { child, rawJob, rawStep, type LoadedWorkflow } from './workflow-file.js';

export interface JobScope {
  state: RunState;
  workflow: LoadedWorkflow;
  job: Job;
  key: string;
  /** github, inputs, secrets, vars, needs, matrix, strategy. */
  contexts: Record<string, unknown>;
  workflowEnv: Record<string, string>;
}

const MINUTE = 60_000;

function runnerVariables(scope: JobScope, dirs: { workspace: string; runnerTemp: string; home: string; eventPath: string }): Record<string, string> {
  const github = scope.contexts.github as Record<string, Value>;
  const machine = scope.state.options.machineEnv ?? {};
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    ...machine,
    HOME: dirs.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_EVENT_PATH: dirs.eventPath,
    GITHUB_EVENT_NAME: asString(github.event_name ?? ''),
    GITHUB_REPOSITORY: asString(github.repository ?? ''),
    GITHUB_REPOSITORY_OWNER: asString(github.repository_owner ?? ''),
    GITHUB_SHA: asString(github.sha ?? ''),
    GITHUB_REF: asString(github.ref ?? ''),
    GITHUB_REF_NAME: asString(github.ref_name ?? ''),
    GITHUB_HEAD_REF: asString(github.head_ref ?? ''),
    GITHUB_BASE_REF: asString(github.base_ref ?? ''),
    GITHUB_ACTOR: asString(github.actor ?? ''),
    GITHUB_RUN_ID: asString(github.run_id ?? ''),
    GITHUB_RUN_NUMBER: asString(github.run_number ?? ''),
    GITHUB_RUN_ATTEMPT: asString(github.run_attempt ?? ''),
    GITHUB_JOB: scope.job.id.value,
    GITHUB_WORKFLOW: asString(github.workflow ?? ''),
    GITHUB_SERVER_URL: asString(github.server_url ?? ''),
    GITHUB_API_URL: asString(github.api_url ?? ''),
    RUNNER_TEMP: dirs.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'rehearsal',
  };
}

function stepName(step: Step, uses: string | undefined, scope: ExpressionScope): string {
  if (step.name) return asString(evaluateToken(step.name, scope));
  return uses ? `Run ${uses}` : `Run ${step.id}`;
}

type StepContext = { outcome: Result; conclusion: Result; outputs: Record<string, string> };

/** The state of one job as its steps run: contexts, status, environment files, deadline. */
class JobRunner {
  readonly workspace = mkdtempSync(join(tmpdir(), 'rehearsal-workspace-'));
  readonly runnerTemp = mkdtempSync(join(tmpdir(), 'rehearsal-temp-'));
  private readonly base: Record<string, string>;
  private readonly runner: Record<string, string>;
  private readonly github: Record<string, unknown>;
  private readonly steps: Record<string, StepContext> = {};
  private readonly fileEnv: Record<string, string> = {};
  private readonly extraPath: string[] = [];
  private readonly raw: TemplateToken | undefined;
  private jobEnv: Record<string, string> = {};
  private deadline = Infinity;
  status: 'success' | 'failure' = 'success';

  constructor(private readonly scope: JobScope) {
    const home = mkdtempSync(join(tmpdir(), 'rehearsal-home-'));
    scope.state.dirs.push(this.workspace, this.runnerTemp, home);
    const eventPath = join(this.runnerTemp, 'event.json');
    writeFileSync(eventPath, JSON.stringify((scope.contexts.github as Record<string, unknown>).event ?? {}));
    this.base = runnerVariables(scope, { workspace: this.workspace, runnerTemp: this.runnerTemp, home, eventPath });
    this.runner = { os: 'Linux', arch: 'X64', name: 'rehearsal', temp: this.runnerTemp, tool_cache: join(this.runnerTemp, '_tool') };
    this.github = { ...(scope.contexts.github as Record<string, unknown>), workspace: this.workspace, job: scope.job.id.value };
    this.raw = rawJob(scope.workflow, scope.job.id.value);
  }

  /** The expression scope of the job as it stands, with `extraEnv` (a step's env:) on top. */
  expressions(extraEnv: Record<string, string> = {}): ExpressionScope {
    const env = { ...this.scope.workflowEnv, ...this.jobEnv, ...this.fileEnv, ...extraEnv };
    return {
      contexts: { ...this.scope.contexts, github: this.github, runner: this.runner, steps: this.steps, job: { status: this.status }, env },
      status: { success: this.status === 'success', failure: this.status === 'failure', cancelled: false },
    };
  }

  start(): JobRun {
    const { job } = this.scope;
    this.jobEnv = evaluateStringMap(job.env, this.expressions());
    const timeoutMinutes = Number(evaluateToken(child(this.raw, 'timeout-minutes'), this.expressions()) ?? 360);
    this.deadline = Date.now() + timeoutMinutes * MINUTE;
    const scope = this.expressions();
    return {
      key: this.scope.key,
      name: asString(evaluateToken(job.name, scope)),
      result: 'success',
      outputs: {},
      steps: [],
      summary: '',
      runsOn: evaluateToken(job['runs-on'], scope),
      environment: null,
      permissions: evaluateToken(child(this.raw, 'permissions'), scope),
      concurrency: evaluateToken(job.concurrency, scope),
      timeoutMinutes,
      matrix: this.scope.contexts.matrix as Record<string, Value> | undefined,
      droppedOutputs: [],
    };
  }

  /** `defaults.run.<key>` of the job, else of the workflow. */
  private defaults(key: string, scope: ExpressionScope): string {
    const of = (token: TemplateToken | undefined) => child(child(child(token, 'defaults'), 'run'), key);
    return asString(evaluateToken(of(this.raw) ?? of(this.scope.workflow.root), scope));
  }

  async runStep(step: Step, index: number): Promise<{ record: StepRun; summary: string }> {
    const { state, workflow, job } = this.scope;
    if (!('if' in step) || !('env' in step)) throw new Error(`${workflow.path}: job ${this.scope.key} step ${index + 1}: the harness runs run: and uses: steps only`);
    const raw = rawStep(workflow, job.id.value, index);
    const uses = isRunStep(step) ? undefined : step.uses.value;
    const record: StepRun = { id: step.id, name: stepName(step, uses, this.expressions()), uses, outcome: 'skipped', conclusion: 'skipped', outputs: {}, log: '' };
    this.steps[step.id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
    if (!evaluateCondition(step.if.expression, this.expressions())) {
      state.log(`step ${record.name}: skipped (if: ${step.if.expression})`);
      return { record, summary: '' };
    }
    const stepEnv = evaluateStringMap(step.env, this.expressions());
    const scope = this.expressions(stepEnv);
    const stepTimeout = evaluateToken(child(raw, 'timeout-minutes'), scope);
    const env = { ...this.base, ...(scope.contexts.env as Record<string, string>) };
    env.PATH = [...this.extraPath, env.PATH].join(delimiter);
    const environment: StepEnvironment = {
      state,
      env,
      workspace: this.workspace,
      runnerTemp: this.runnerTemp,
      timeoutMs: Math.max(1, Math.min(this.deadline - Date.now(), stepTimeout === null ? Infinity : Number(stepTimeout) * MINUTE)),
      scope,
    };
    state.log(`step ${record.name}`);
    const started = Date.now();
    if (isRunStep(step)) {
      const script = asString(evaluateToken(step.run, scope));
      const workingDirectory = asString(evaluateToken(child(raw, 'working-directory'), scope)) || this.defaults('working-directory', scope) || '.';
      const shell = asString(evaluateToken(child(raw, 'shell'), scope)) || this.defaults('shell', scope) || undefined;
      return { record, summary: this.settle(record, step, await runScript(script, shell, workingDirectory, environment), started) };
    }
    const action = await runAction(step.uses.value, evaluateStringMap(child(raw, 'with'), scope), environment);
    if (action.missing) {
      state.missing.push(action.missing);
      record.reason = `${action.missing} is missing`;
      state.log(action.result.log);
      return { record, summary: '' };
    }
    return { record, summary: this.settle(record, step, action.result, started) };
  }

  /** Records a step's result as the runner does: outcome, conclusion (continue-on-error), masks, env files. */
  private settle(record: StepRun, step: Step, result: StepProcessResult, started: number): string {
    const { state } = this.scope;
    record.durationMs = Date.now() - started;
    for (const value of result.masked) state.addMask(value);
    state.log(result.log);
    state.annotations.push(...result.annotations);
    record.log = state.mask(result.log);
    record.outputs = result.outputs;
    record.outcome = result.exitCode === 0 ? 'success' : 'failure';
    if (result.timedOut) record.reason = 'timed out (timeout-minutes)';
    else if (result.exitCode !== 0) record.reason = `exit code ${result.exitCode}`;
    const continueOnError = step['continue-on-error'];
    const tolerated = typeof continueOnError === 'boolean' ? continueOnError : continueOnError ? Boolean(evaluateToken(continueOnError, this.expressions())) : false;
    record.conclusion = record.outcome === 'failure' && tolerated ? 'success' : record.outcome;
    if (record.conclusion === 'failure') this.status = 'failure';
    this.steps[step.id] = { outcome: record.outcome, conclusion: record.conclusion, outputs: result.outputs };
    Object.assign(this.fileEnv, result.env);
    this.extraPath.unshift(...result.path.reverse());
    state.log(`step ${record.name}: ${record.outcome}${record.reason ? ` (${record.reason})` : ''} in ${(record.durationMs / 1000).toFixed(1)}s`);
    return result.summary;
  }
}

export async function runJob(scope: JobScope): Promise<JobRun> {
  const { state, job } = scope;
  const runner = new JobRunner(scope);
  const run = runner.start();
  state.log(`::group::job ${scope.key}`);
  for (const [index, step] of job.steps.entries()) {
    const { record, summary } = await runner.runStep(step, index);
    run.steps.push(record);
    run.summary += summary;
  }
  run.result = runner.status;
  // The environment's url may name step outputs: the runner evaluates it when the job ends.
  run.environment = evaluateToken(job.environment, runner.expressions());
  for (const [name, value] of Object.entries(evaluateStringMap(job.outputs, runner.expressions()))) {
    if (state.holdsMasked(value)) run.droppedOutputs.push(name);
    else run.outputs[name] = value;
  }
  state.log(`job ${scope.key}: ${run.result}`);
  state.log('::endgroup::');
  return run;
}
