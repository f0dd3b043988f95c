/**
 * The two kinds of steps a job runs: `run:` (bash as the runner starts it:
 * `bash --noprofile --norc -eo pipefail {0}`, or `sh -e {0}`) and `uses:` (this project's own
 * actions from their committed bundles under Node 24; third-party actions through their doubles).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { node24 } from '../helpers/node24.js';
import { inputEnvironment, loadActionMetadata, resolveInputs, type ActionMetadata } from './action-metadata.js';
import type { ExpressionScope } from './expressions.js';
import { SELF_REPOSITORY, type RunState } from './run-state.js';
import { runStepProcess, type StepProcessResult } from './step-process.js';
import { thirdPartyMetadata } from './third-party.js';

export interface StepEnvironment {
  state: RunState;
  /** The step's environment: runner variables, workflow, job and step env, GITHUB_ENV additions. */
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  timeoutMs: number;
  scope: ExpressionScope;
}

/** A step result without process (a double, a refusal, a missing action). */
export function settled(exitCode: number, log: string, outputs: Record<string, string> = {}): StepProcessResult {
  return { exitCode, timedOut: false, log, outputs, env: {}, path: [], summary: '', annotations: [], masked: [] };
}

export async function runScript(script: string, shell: string | undefined, workingDirectory: string, step: StepEnvironment): Promise<StepProcessResult> {
  const file = join(step.runnerTemp, `${randomBytes(8).toString('hex')}.sh`);
  writeFileSync(file, script);
  const [command, ...args] = (() => {
    switch (shell ?? 'bash') {
      case 'bash':
        return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
      case 'sh':
        return ['sh', '-e', file];
      default:
        throw new Error(`shell ${shell}: the harness runs bash and sh steps`);
    }
  })();
  const cwd = resolve(step.workspace, workingDirectory);
  if (!existsSync(cwd)) return settled(1, `working-directory ${workingDirectory}: ${cwd} does not exist`);
  return runStepProcess({ command: command!, args, cwd, env: step.env, runnerTemp: step.runnerTemp, timeoutMs: step.timeoutMs });
}

type Resolved = { kind: 'own'; name: string; metadata: ActionMetadata } | { kind: 'double'; action: string; metadata: ActionMetadata } | { kind: 'missing'; name: string };

/** What `uses:` names: one of this repository's actions, or a third-party action with a double. */
function resolveUses(uses: string, state: RunState, workspace: string): Resolved {
  const own = new RegExp(`^${SELF_REPOSITORY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/actions/([a-z0-9-]+)@[^@]+$`, 'i').exec(uses);
  if (own || uses.startsWith('./')) {
    // `./x` resolves against the workspace, as on the runner; `<this repository>/actions/x@ref` is this tree.
    const dir = own ? join(state.root, 'actions', own[1]!) : resolve(workspace, uses);
    const name = own ? own[1]! : uses;
    const file = join(dir, 'action.yml');
    if (!existsSync(file)) {
      if (own && state.options.allowMissingActions?.includes(own[1]!)) return { kind: 'missing', name: `actions/${own[1]}` };
      throw new Error(`${uses}: no action.yml at ${file}${own ? ` (actions/${own[1]} is missing from this tree)` : ' (did the job check out the repository first?)'}`);
    }
    return { kind: 'own', name, metadata: loadActionMetadata(uses, file) };
  }
  if (uses.startsWith('docker://')) throw new Error(`${uses}: the harness does not run container actions`);
  const { action, metadata } = thirdPartyMetadata(uses);
  if (!state.doubles.has(action)) throw new Error(`${uses}: the harness has no double of ${action}`);
  return { kind: 'double', action, metadata };
}

/** The bundle an own action runs, from another copy of dist/ when one is given (dist/ is rebuilt in place). */
function bundlePath(path: string, state: RunState): string {
  const dist = state.options.dist ?? process.env.REHEARSAL_DIST;
  const rel = relative(join(state.root, 'dist'), path);
  return dist && !rel.startsWith('..') ? join(dist, rel) : path;
}

export interface ActionStepResult {
  result: StepProcessResult;
  missing?: string;
}

export async function runAction(uses: string, given: Record<string, string>, step: StepEnvironment): Promise<ActionStepResult> {
  let resolved: Resolved;
  let inputs: Record<string, string>;
  try {
    resolved = resolveUses(uses, step.state, step.workspace);
    if (resolved.kind === 'missing') return { result: settled(0, `${uses}: ${resolved.name} is missing from this tree: step skipped`), missing: resolved.name };
    inputs = resolveInputs(resolved.metadata, given, step.scope);
  } catch (error) {
    return { result: settled(1, (error as Error).message) };
  }
  if (resolved.kind === 'double') {
    const double = step.state.doubles.get(resolved.action)!;
    const lines: string[] = [];
    try {
      const outputs = await double.run({
        inputs,
        workspace: step.workspace,
        github: step.scope.contexts.github as Record<string, unknown>,
        repositories: step.state.options.repositories ?? {},
        record: (entry) => step.state.record(resolved.action, { ...entry, inputs }),
        log: (line) => void lines.push(line),
      });
      const declared = new Set((resolved.metadata.template.outputs ?? []).map((o) => o.id));
      const undeclared = Object.keys(outputs).filter((o) => !declared.has(o));
      if (undeclared.length) throw new Error(`the double of ${resolved.action} set outputs its action.yml does not declare: ${undeclared.join(', ')}`);
      return { result: settled(0, lines.join('\n'), outputs) };
    } catch (error) {
      return { result: settled(1, [...lines, (error as Error).message].join('\n')) };
    }
  }
  const runs = resolved.metadata.template.runs;
  if (runs.using !== 'node24' && runs.using !== 'node20') return { result: settled(1, `${uses}: runs.using ${runs.using}: the harness runs node actions only`) };
  const bundle = bundlePath(resolve(dirname(resolved.metadata.file), runs.main), step.state);
  if (!existsSync(bundle)) {
    if (step.state.options.allowMissingActions?.includes(resolved.name)) return { result: settled(0, `${uses}: ${bundle} is not built: step skipped`), missing: `actions/${resolved.name}` };
    return { result: settled(1, `${uses}: ${bundle} does not exist (npm run bundle)`) };
  }
  const stateDir = join(step.runnerTemp, '_actions');
  mkdirSync(stateDir, { recursive: true });
  const env = { ...step.env, ...inputEnvironment(inputs), GITHUB_ACTION_PATH: dirname(resolved.metadata.file) };
  const result = await runStepProcess({ command: node24(), args: [bundle], cwd: step.workspace, env, runnerTemp: step.runnerTemp, timeoutMs: step.timeoutMs });
  return { result };
}
