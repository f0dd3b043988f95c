/**
 * `up` and `down`: run a packaged server on the local engine with Compose (v2 where present,
 * docker-compose otherwise) on the host network bound to loopback, wait on the health gate, and
 * hand off the client configuration. A failed gate, or a stop (SIGINT/SIGTERM through `signal`)
 * before the gate ends, takes the service down again: nothing half-up is left behind. `down`
 * rebuilds its Compose command; it never runs one read from the state folder.
 */
import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientHandoff, type ClientHandoff } from '../handoff/clients.js';
import { healthFromSpec, localUrl } from '../health/from-spec.js';
import { runHealthGate } from '../health/gate.js';
import type { HealthReport } from '../health/types.js';
import type { DeploySpec } from '../spec/spec.js';
import { errorMessage, GateFailure, InputError, Interrupted } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { silentLogger, type Logger } from '../util/logger.js';
import { composeFile } from './compose-file.js';
import { projectName, readState, stateDir, writeState } from './state.js';

export { projectName } from './state.js';

export interface UpOptions {
  spec: DeploySpec;
  /** The image to run (default: the newest local tag of the spec's repository). */
  image?: string;
  /** Host port (default: server.port of the spec). */
  port?: number;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Aborted (reason: the signal's name, e.g. 'SIGTERM') to stop `up`: what it started is taken down, and it throws Interrupted. */
  signal?: AbortSignal;
}

export interface UpResult {
  project: string;
  composeFile: string;
  image: string;
  url: string;
  health: HealthReport;
  handoff: ClientHandoff;
}

/** Detection and inspection answer in seconds; starting and stopping containers may pull or wait on stop timeouts. */
const QUICK_MS = 30_000;
const COMPOSE_MS = 5 * 60_000;

/** `docker compose` (v2) when the plugin answers, else `docker-compose`. */
export async function composeCommand(env: NodeJS.ProcessEnv): Promise<string[]> {
  const v2 = await exec('docker', ['compose', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: QUICK_MS }).catch(() => ({ code: 1 }));
  if (v2.code === 0) return ['docker', 'compose'];
  const v1 = await exec('docker-compose', ['version'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => ({ code: 127 }));
  if (v1.code === 0) return ['docker-compose'];
  throw new InputError('neither `docker compose` nor `docker-compose` is installed: run `bash scripts/install-parts.sh`');
}

export async function newestLocalImage(repository: string, env: NodeJS.ProcessEnv): Promise<string> {
  const out = (await exec('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', '--', repository], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter((l) => l && !l.endsWith(':<none>'));
  if (!out[0]) throw new InputError(`no local image of ${repository}: run \`mcp-orchestrator package\` first, or pass --image`);
  return out[0];
}

export async function logsTail(compose: string[], file: string, project: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await exec(compose[0]!, [...compose.slice(1), '-p', project, '-f', file, 'logs', '--no-color', '--tail', '20'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS, display: `${compose.join(' ')} logs` }).catch(() => undefined);
  return r ? r.stdout.trim().split('\n').slice(-20).join('\n') : '';
}

export async function up(options: UpOptions): Promise<UpResult> {
  const { spec, signal } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  if (signal?.aborted) throw interrupted(signal, `${spec.server.name} was not started`);
  const compose = await composeCommand(env);
  const image = options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env));
  const port = options.port ?? spec.server.port;
  const project = projectName(spec);
  const dir = stateDir(spec);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'compose.yml');
  writeFileSync(file, composeFile(spec, image, port, env, logger));
  const url = localUrl(spec, port);
  writeState(spec, { project, composeFile: file, url });
  logger.info(`up: ${compose.join(' ')} -p ${project} up -d (${image} on 127.0.0.1:${port})`);
  const stopIfAborted = () => {
    if (signal?.aborted) throw interrupted(signal, 'stopping');
  };
  let health: HealthReport;
  try {
    stopIfAborted();
    await exec(compose[0]!, [...compose.slice(1), '-p', project, '-f', file, 'up', '-d', '--force-recreate'], { env, timeoutMs: COMPOSE_MS, signal, display: `${compose.join(' ')} up` });
    const fromSpec = healthFromSpec(spec);
    health = await untilAborted(
      runHealthGate({
        target: { kind: 'url', url: new URL(url) },
        transport: spec.server.transport === 'sse' ? 'sse' : 'auto',
        headers: {},
        timeoutMs: options.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
        contract: fromSpec.contract,
        strict: fromSpec.strict ?? false,
        allowAuthRequired: fromSpec.allowAuthRequired ?? false,
        smoke: fromSpec.smoke,
        logger,
      }),
      signal,
    );
    stopIfAborted();
  } catch (error) {
    const stopped = signal?.aborted;
    if (stopped) logger.warning(`up: ${reasonOf(signal)}: taking ${spec.server.name} down`);
    const failure = await down({ spec, env, logger }).then(
      () => undefined,
      (e: unknown) => errorMessage(e),
    );
    const left = failure ? `; taking it down failed (${failure}): run \`mcp-orchestrator down\`` : ' was taken down and its state removed';
    if (stopped) throw interrupted(signal, `${spec.server.name}${left}`);
    throw error;
  }
  if (!health.ok) {
    const logs = await logsTail(compose, file, project, env);
    await down({ spec, env, logger });
    const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
    throw new GateFailure(`up: ${spec.server.name} failed the health gate and was taken down: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}`);
  }
  const handoff = buildClientHandoff({
    name: spec.server.name,
    url,
    transport: health.transport === 'sse' ? 'sse' : 'streamable-http',
    auth: health.status === 'auth-required' ? 'oauth' : 'none',
    tools: health.tools.map((t) => t.name),
    protocolVersion: health.protocolVersion,
  });
  return { project, composeFile: file, image, url, health, handoff };
}

/** The signal's name from the abort reason ('SIGTERM' when the reason is something else). */
function reasonOf(signal: AbortSignal | undefined): NodeJS.Signals {
  const reason: unknown = signal?.reason;
  return typeof reason === 'string' && /^SIG[A-Z0-9]+$/.test(reason) ? (reason as NodeJS.Signals) : 'SIGTERM';
}

function interrupted(signal: AbortSignal | undefined, what: string): Interrupted {
  const name = reasonOf(signal);
  return new Interrupted(`interrupted by ${name}: ${what}`, name);
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts. The health
 * gate has no cancel of its own: abandoned, it ends at its deadline (the CLI exits before that).
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(interrupted(signal, 'stopping'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export interface DownResult {
  project: string;
  stopped: boolean;
}

/** Stops what `up` started for this spec's server; the Compose command and project come from here, never from the state file. */
export async function down(options: { spec: DeploySpec; env?: NodeJS.ProcessEnv; logger?: Logger }): Promise<DownResult> {
  const { spec } = options;
  const env = options.env ?? process.env;
  const state = readState(spec);
  if (!state) return { project: projectName(spec), stopped: false };
  const compose = await composeCommand(env);
  options.logger?.info(`down: ${compose.join(' ')} -p ${state.project} down`);
  await exec(compose[0]!, [...compose.slice(1), '-p', state.project, '-f', state.composeFile, 'down', '--remove-orphans', '--volumes'], { env, timeoutMs: COMPOSE_MS, display: `${compose.join(' ')} down` });
  rmSync(stateDir(spec), { recursive: true, force: true });
  // The parent folder goes too when this was its last server.
  try {
    rmdirSync(join(spec.dir, '.mcp-orchestrator'));
  } catch {
    /* other servers' state, or already gone */
  }
  return { project: state.project, stopped: true };
}
