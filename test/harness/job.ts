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

export async function runJob(scope: JobScope): Promise<JobRun> {
  const { state, job, workflow } = scope;
  const raw = rawJob(workflow, job.id.value);
  const workspace = mkdtempSync(join(tmpdir(), 'rehearsal-workspace-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'rehearsal-temp-'));
  const home = mkdtempSync(join(tmpdir(), 'rehearsal-home-'));
  state.dirs.push(workspace, runnerTemp, home);
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify((scope.contexts.github as Record<string, unknown>).event ?? {}));
  const base = runnerVariables(scope, { workspace, runnerTemp, home, eventPath });
  const runner = { os: 'Linux', arch: 'X64', name: 'rehearsal', temp: runnerTemp, tool_cache: join(runnerTemp, '_tool') };
  const github = { ...(scope.contexts.github as Record<string, unknown>), workspace, job: job.id.value };
  const steps: Record<string, { outcome: Result; conclusion: Result; outputs: Record<string, string> }> = {};
  let status: 'success' | 'failure' = 'success';
  const jobScope = (): ExpressionScope => ({
    contexts: { ...scope.contexts, github, runner, steps, job: { status }, env: { ...scope.workflowEnv, ...jobEnv, ...fileEnv } },
    status: { success: status === 'success', failure: status === 'failure', cancelled: false },
  });
  let jobEnv: Record<string, string> = {};
  const fileEnv: Record<string, string> = {};
  const extraPath: string[] = [];
  jobEnv = evaluateStringMap(job.env, jobScope());
  const timeoutMinutes = Number(evaluateToken(child(raw, 'timeout-minutes'), jobScope()) ?? 360);
  const deadline = Date.now() + timeoutMinutes * MINUTE;
  const defaults = (key: string) => asString(evaluateToken(child(child(child(raw, 'defaults'), 'run'), key) ?? child(child(child(workflow.root, 'defaults'), 'run'), key), jobScope()));
  const run: JobRun = {
    key: scope.key,
    name: asString(evaluateToken(job.name, jobScope())),
    result: 'success',
    outputs: {},
    steps: [],
    summary: '',
    runsOn: evaluateToken(job['runs-on'], jobScope()),
    environment: null,
    permissions: evaluateToken(child(raw, 'permissions'), jobScope()),
    concurrency: evaluateToken(job.concurrency, jobScope()),
    timeoutMinutes,
    matrix: scope.contexts.matrix as Record<string, Value> | undefined,
    droppedOutputs: [],
  };
  state.log(`::group::job ${scope.key}`);
  for (const [index, step] of job.steps.entries()) {
    if (!('if' in step) || !('env' in step)) throw new Error(`${workflow.path}: job ${scope.key} step ${index + 1}: the harness runs run: and uses: steps only`);
    const rawStepToken = rawStep(workflow, job.id.value, index);
    const uses = isRunStep(step) ? undefined : step.uses.value;
    const record: StepRun = { id: step.id, name: stepName(step, uses, jobScope()), uses, outcome: 'skipped', conclusion: 'skipped', outputs: {}, log: '' };
    run.steps.push(record);
    const condition = step.if.expression;
    if (!evaluateCondition(condition, jobScope())) {
      state.log(`step ${record.name}: skipped (if: ${condition})`);
      steps[step.id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
      continue;
    }
    const stepEnv = evaluateStringMap(step.env, jobScope());
    const stepTimeout = evaluateToken(child(rawStepToken, 'timeout-minutes'), jobScope());
    const env: Record<string, string> = { ...base, ...scope.workflowEnv, ...jobEnv, ...fileEnv, ...stepEnv };
    env.PATH = [...extraPath, env.PATH].join(delimiter);
    const stepEnvironment: StepEnvironment = {
      state,
      env,
      workspace,
      runnerTemp,
      timeoutMs: Math.max(1, Math.min(deadline - Date.now(), stepTimeout === null ? Infinity : Number(stepTimeout) * MINUTE)),
      scope: { ...jobScope(), contexts: { ...jobScope().contexts, env: { ...scope.workflowEnv, ...jobEnv, ...fileEnv, ...stepEnv } } },
    };
    state.log(`step ${record.name}`);
    const started = Date.now();
    let result: StepProcessResult;
    if (isRunStep(step)) {
      const script = asString(evaluateToken(step.run, stepEnvironment.scope));
      const workingDirectory = asString(evaluateToken(child(rawStepToken, 'working-directory'), stepEnvironment.scope)) || defaults('working-directory') || '.';
      const shell = asString(evaluateToken(child(rawStepToken, 'shell'), stepEnvironment.scope)) || defaults('shell') || undefined;
      result = await runScript(script, shell, workingDirectory, stepEnvironment);
    } else {
      const given = evaluateStringMap(child(rawStepToken, 'with'), stepEnvironment.scope);
      const action = await runAction(step.uses.value, given, stepEnvironment);
      result = action.result;
      if (action.missing) {
        state.missing.push(action.missing);
        record.reason = `${action.missing} is missing`;
        state.log(result.log);
        steps[step.id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
        continue;
      }
    }
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
    const tolerated = typeof continueOnError === 'boolean' ? continueOnError : continueOnError ? Boolean(evaluateToken(continueOnError, jobScope())) : false;
    record.conclusion = record.outcome === 'failure' && tolerated ? 'success' : record.outcome;
    if (record.conclusion === 'failure') status = 'failure';
    steps[step.id] = { outcome: record.outcome, conclusion: record.conclusion, outputs: result.outputs };
    Object.assign(fileEnv, result.env);
    extraPath.unshift(...result.path.reverse());
    run.summary += result.summary;
    state.log(`step ${record.name}: ${record.outcome}${record.reason ? ` (${record.reason})` : ''} in ${(record.durationMs / 1000).toFixed(1)}s`);
  }
  run.result = status;
  // The environment's url may name step outputs: the runner evaluates it when the job ends.
  run.environment = evaluateToken(job.environment, jobScope());
  const outputs = evaluateStringMap(job.outputs, jobScope());
  for (const [name, value] of Object.entries(outputs)) {
    if (state.holdsMasked(value)) run.droppedOutputs.push(name);
    else run.outputs[name] = value;
  }
  state.log(`job ${scope.key}: ${run.result}`);
  state.log('::endgroup::');
  return run;
}
