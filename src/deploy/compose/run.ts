/**
 * The steps of a compose deploy: plan it (engine, Compose command, project, URL), write the
 * Compose document for an image and start it, gate it; and how a stop by a signal is told.
 */
import { writeFileSync } from 'node:fs';
import { healthFromSpec } from '../../health/from-spec.js';
import { runHealthGate } from '../../health/gate.js';
import type { HealthReport } from '../../health/types.js';
import type { DeploySpec } from '../../spec/spec.js';
import { errorMessage, InputError, Interrupted } from '../../util/errors.js';
import { exec } from '../../util/exec.js';
import type { Logger } from '../../util/logger.js';
import { composeDocument, projectDirectory, type ComposeDocument } from './compose-document.js';
import { composeCommand, requireEngine, resolveEngine, urlHost, type EngineAddress } from './engine.js';
import { projectName, stateComposeFile } from './state.js';

/** Starting containers may pull images or wait on stop timeouts. */
const COMPOSE_MS = 5 * 60_000;

export interface Plan {
  spec: DeploySpec;
  /** What the messages call the command: deploy, or up. */
  label: string;
  compose: string[];
  engine: EngineAddress;
  project: string;
  /** The Compose file that runs, in the state folder. */
  file: string;
  /** The user's file's folder: relative paths in it resolve from there. */
  projectDir?: string;
  port: number;
  url: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  timeoutMs?: number;
}

export interface PlanOptions {
  spec: DeploySpec;
  label: string;
  port?: number;
  url?: string;
  timeoutMs?: number;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Refuse an engine on another machine (`up`: a local run bound to loopback). */
  localOnly?: boolean;
}

/** http://HOST:PORT/PATH of the server on the engine's host (/sse for the legacy transport). */
export function serverUrl(spec: DeploySpec, host: string, port: number): string {
  return `http://${urlHost(host)}:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}

/** Where the deploy goes; fails naming the engine, before any change, when it does not answer. */
export async function planDeploy(options: PlanOptions): Promise<Plan> {
  const { spec, env, label } = options;
  const engine = await resolveEngine(env);
  if (options.localOnly && !engine.local) {
    throw new InputError(`${label}: runs the server on this machine's engine, bound to loopback; the engine is ${engine.endpoint} (DOCKER_HOST or the docker context): use \`deploy --target compose\` for a remote engine`);
  }
  const compose = await composeCommand(env);
  await requireEngine(env, engine).catch((error: unknown) => {
    throw error instanceof InputError ? new InputError(`${label}: ${error.message}`) : error;
  });
  const port = options.port ?? spec.server.port;
  if (!engine.local) options.logger.warning(`${label}: the engine runs on ${engine.host}: a generated Compose file binds the server to every address there; put TLS and authorization in front of it`);
  return {
    spec,
    label,
    compose,
    engine,
    project: projectName(spec),
    file: stateComposeFile(spec),
    projectDir: projectDirectory(spec),
    port,
    url: options.url ?? serverUrl(spec, engine.host, port),
    env,
    logger: options.logger,
    timeoutMs: options.timeoutMs,
  };
}

/** Compose's arguments up to its subcommand: the project, the file that runs, and the project directory. */
const composeArgs = (plan: Plan): string[] => [...plan.compose.slice(1), '-p', plan.project, '-f', plan.file, ...(plan.projectDir ? ['--project-directory', plan.projectDir] : [])];

/** The last 20 lines of the project's container logs ('' when Compose cannot tell). */
async function logsTail(plan: Plan): Promise<string> {
  const r = await exec(plan.compose[0]!, [...composeArgs(plan), 'logs', '--no-color', '--tail', '20'], { env: plan.env, okCodes: [0, 1], timeoutMs: 30_000, display: `${plan.compose.join(' ')} logs` }).catch(() => undefined);
  return r ? r.stdout.trim().split('\n').slice(-20).join('\n') : '';
}

/** The project's container logs for the health report (it keeps the last 200 lines, redacted). */
async function containerLogs(plan: Plan): Promise<string> {
  const r = await exec(plan.compose[0]!, [...composeArgs(plan), 'logs', '--no-color', '--no-log-prefix', '--tail', '200'], { env: plan.env, timeoutMs: 30_000, display: `${plan.compose.join(' ')} logs` });
  return r.stdout;
}

/** The document for `image` on this plan's engine and port. */
export const documentFor = (plan: Plan, image: string): ComposeDocument =>
  composeDocument(plan.spec, image, { port: plan.port, bind: plan.engine.bind, env: plan.env, logger: plan.logger });

/** Writes the Compose file for `image` and starts it (`signal` stops Compose). */
export async function start(plan: Plan, image: string, signal?: AbortSignal): Promise<void> {
  const doc = documentFor(plan, image);
  writeFileSync(plan.file, doc.text);
  // A generated file is recreated whatever changed; a user's file recreates what its changes touch.
  const args = [...composeArgs(plan), 'up', '-d', '--no-build', ...(doc.userFile ? [] : ['--force-recreate'])];
  plan.logger.info(`${plan.label}: ${plan.compose.join(' ')} -p ${plan.project} up -d (${image})`);
  await exec(plan.compose[0]!, args, { env: plan.env, timeoutMs: COMPOSE_MS, signal, display: `${plan.compose.join(' ')} up` });
}

export async function gate(plan: Plan, signal?: AbortSignal): Promise<HealthReport> {
  const fromSpec = healthFromSpec(plan.spec, plan.env);
  const report = runHealthGate({
    target: { kind: 'url', url: new URL(plan.url) },
    transport: plan.spec.server.transport === 'sse' ? 'sse' : 'auto',
    headers: {},
    timeoutMs: plan.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
    contract: fromSpec.contract,
    strict: fromSpec.strict ?? false,
    allowAuthRequired: fromSpec.allowAuthRequired ?? false,
    smoke: fromSpec.smoke,
    auth: fromSpec.auth,
    logger: plan.logger,
    serverLogs: () => containerLogs(plan),
  });
  return untilAborted(report, signal);
}

export interface Attempt {
  health?: HealthReport;
  /** Why the image does not serve: "IMAGE failed the health gate" or "IMAGE did not start". */
  failed?: string;
  /** What the gate found and the container logs' tail, to follow `failed`. */
  detail?: string;
}

/**
 * Starts `image` and gates it: the report, or why it does not serve. A stop by `signal` throws
 * Interrupted; with `stopStart: false` Compose itself finishes first (a rollback is not cut short).
 */
export async function startAndGate(plan: Plan, image: string, signal: AbortSignal | undefined, stopStart = true): Promise<Attempt> {
  try {
    await start(plan, image, stopStart ? signal : undefined);
  } catch (error) {
    if (signal?.aborted) throw interrupted(signal);
    if (error instanceof InputError) throw error;
    return { failed: `${image} did not start`, detail: `: ${errorMessage(error)}` };
  }
  if (signal?.aborted) throw interrupted(signal);
  const health = await gate(plan, signal);
  if (health.ok) return { health };
  const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
  const logs = await logsTail(plan);
  return { health, failed: `${image} failed the health gate`, detail: `: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}` };
}

/** The signal's name from the abort reason ('SIGTERM' when the reason is something else). */
export function signalName(signal: AbortSignal | undefined): NodeJS.Signals {
  const reason: unknown = signal?.reason;
  return typeof reason === 'string' && /^SIG[A-Z0-9]+$/.test(reason) ? (reason as NodeJS.Signals) : 'SIGTERM';
}

/** Thrown inside the steps; the deploy catches it and says what it restored. */
export function interrupted(signal: AbortSignal | undefined, what = 'stopping'): Interrupted {
  const name = signalName(signal);
  return new Interrupted(`interrupted by ${name}: ${what}`, name);
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts. The health gate has no cancel of
 * its own: abandoned, it ends at its deadline (the CLI exits before that).
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(interrupted(signal));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
