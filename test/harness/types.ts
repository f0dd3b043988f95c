/** What a rehearsal is given and what it reports. */
import type { Annotation } from '../helpers/run-action.js';
import type { Value } from './expressions.js';
import type { ThirdPartyDouble } from './third-party.js';

export type Result = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface RehearsalOptions {
  /** The workflow file, absolute or relative to `root`. */
  workflow: string;
  /** Where `.github/workflows/`, `actions/` and `dist/` are: this repository by default. */
  root?: string;
  event: { name: string; payload?: Record<string, unknown> };
  /** workflow_dispatch or workflow_call inputs of the top workflow. */
  inputs?: Record<string, Value>;
  secrets?: Record<string, string>;
  /** The job token (github.token, secrets.GITHUB_TOKEN); a random one by default. */
  token?: string;
  vars?: Record<string, string>;
  /** Overrides of the github context (repository, sha, ref, actor, ...). */
  github?: Record<string, unknown>;
  /** Trees the checkout double copies, by owner/repo (default: github.repository -> nothing). */
  repositories?: Record<string, string>;
  /** Extra or replacing third-party doubles (cloud actions). */
  doubles?: ThirdPartyDouble[];
  /** Variables of the runner machine every step sees (PATH is the host's unless given). */
  machineEnv?: Record<string, string>;
  /** This project's own actions (`actions/<name>`) that may be absent: their steps are skipped and reported in `missing`. */
  allowMissingActions?: string[];
  /** Another copy of dist/ to run own actions from (default <root>/dist; or REHEARSAL_DIST). */
  dist?: string;
  /** Prints the log as it goes (or set REHEARSAL_LOG=1). */
  verbose?: boolean;
}

export interface StepRun {
  id: string;
  name: string;
  uses?: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  log: string;
  /** Wall time of the step (for reading a slow rehearsal; never asserted). */
  durationMs?: number;
  /** Why the step failed or was skipped, when the harness knows. */
  reason?: string;
}

export interface JobRun {
  /** The job's id, prefixed by the calling job's for jobs of a reusable workflow (`ship/deploy`). */
  key: string;
  name: string;
  result: Result;
  outputs: Record<string, string>;
  steps: StepRun[];
  summary: string;
  runsOn: Value;
  environment: Value;
  permissions: Value;
  concurrency: Value;
  timeoutMinutes?: number;
  matrix?: Record<string, Value>;
  /** Outputs the runner dropped because they held a secret or a masked value. */
  droppedOutputs: string[];
}

export interface Rehearsal {
  result: Result;
  jobs: JobRun[];
  /** workflow_call outputs of the top workflow, when it has them. */
  outputs: Record<string, string>;
  /** Every job's summary in order. */
  summary: string;
  /** What each third-party double was asked to do, by action (owner/repo[/path]). */
  records: Record<string, Array<Record<string, unknown>>>;
  /** Own actions absent from the tree whose steps were skipped (allowMissingActions). */
  missing: string[];
  annotations: Annotation[];
  log: string;
  job: (key: string) => JobRun;
}
