/**
 * `up` and `down`: run a packaged server on the local engine with Compose (v2 where present,
 * docker-compose otherwise) on the host network bound to loopback, wait on the health gate, and
 * hand off the client configuration. A failed gate takes the service down again: nothing half-up
 * is left behind.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHandoff, type Handoff } from '../handoff/handoff.js';
import { healthFromSpec, localUrl } from '../health/from-spec.js';
import { runHealthGate } from '../health/gate.js';
import type { HealthReport } from '../health/types.js';
import type { DeploySpec } from '../spec/spec.js';
import { GateFailure, InputError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { silentLogger, type Logger } from '../util/logger.js';
import { composeFile } from './compose-file.js';

export interface UpOptions {
  spec: DeploySpec;
  /** The image to run (default: the newest local tag of the spec's repository). */
  image?: string;
  /** Host port (default: server.port of the spec). */
  port?: number;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

export interface UpResult {
  project: string;
  composeFile: string;
  image: string;
  url: string;
  health: HealthReport;
  handoff: Handoff;
}

interface State {
  project: string;
  composeFile: string;
  compose: string[];
  url: string;
}

export const projectName = (spec: DeploySpec) => `mcp-${spec.server.name}`;
const stateDir = (spec: DeploySpec) => join(spec.dir, '.mcp-orchestrator', spec.server.name);

/** `docker compose` (v2) when the plugin answers, else `docker-compose`. */
export async function composeCommand(env: NodeJS.ProcessEnv): Promise<string[]> {
  const v2 = await exec('docker', ['compose', 'version'], { env, okCodes: [0, 1, 125] }).catch(() => ({ code: 1 }));
  if (v2.code === 0) return ['docker', 'compose'];
  const v1 = await exec('docker-compose', ['version'], { env, okCodes: [0, 1] }).catch(() => ({ code: 127 }));
  if (v1.code === 0) return ['docker-compose'];
  throw new InputError('neither `docker compose` nor `docker-compose` is installed: run `bash scripts/install-parts.sh`');
}

async function newestLocalImage(repository: string, env: NodeJS.ProcessEnv): Promise<string> {
  const out = (await exec('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', repository], { env })).stdout.trim().split('\n').filter((l) => l && !l.endsWith(':<none>'));
  if (!out[0]) throw new InputError(`no local image of ${repository}: run \`mcp-orchestrator package\` first, or pass --image`);
  return out[0];
}

async function logsTail(compose: string[], file: string, project: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await exec(compose[0]!, [...compose.slice(1), '-p', project, '-f', file, 'logs', '--no-color', '--tail', '20'], { env, okCodes: [0, 1] }).catch(() => undefined);
  return r ? r.stdout.trim().split('\n').slice(-20).join('\n') : '';
}

export async function up(options: UpOptions): Promise<UpResult> {
  const { spec } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const compose = await composeCommand(env);
  const image = options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env));
  const port = options.port ?? spec.server.port;
  const project = projectName(spec);
  const dir = stateDir(spec);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'compose.yml');
  writeFileSync(file, composeFile(spec, image, port, env, logger));
  const url = localUrl(spec, port);
  const state: State = { project, composeFile: file, compose, url };
  writeFileSync(join(dir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
  logger.info(`up: ${compose.join(' ')} -p ${project} up -d (${image} on 127.0.0.1:${port})`);
  try {
    await exec(compose[0]!, [...compose.slice(1), '-p', project, '-f', file, 'up', '-d', '--force-recreate'], { env, timeoutMs: 5 * 60_000 });
  } catch (error) {
    await down({ spec, env, logger }).catch(() => {});
    throw error;
  }
  const fromSpec = healthFromSpec(spec);
  const health = await runHealthGate({
    target: { kind: 'url', url: new URL(url) },
    transport: spec.server.transport === 'sse' ? 'sse' : 'auto',
    headers: {},
    timeoutMs: options.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
    contract: fromSpec.contract,
    strict: fromSpec.strict ?? false,
    allowAuthRequired: fromSpec.allowAuthRequired ?? false,
    smoke: fromSpec.smoke,
    logger,
  });
  if (!health.ok) {
    const logs = await logsTail(compose, file, project, env);
    await down({ spec, env, logger });
    const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
    throw new GateFailure(`up: ${spec.server.name} failed the health gate and was taken down: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}`);
  }
  const handoff = buildHandoff({
    name: spec.server.name,
    url,
    transport: health.transport === 'sse' ? 'sse' : 'streamable-http',
    auth: health.status === 'auth-required' ? 'oauth' : 'none',
    tools: health.tools.map((t) => t.name),
    protocolVersion: health.protocolVersion,
  });
  return { project, composeFile: file, image, url, health, handoff };
}

export interface DownResult {
  project: string;
  stopped: boolean;
}

export async function down(options: { spec: DeploySpec; env?: NodeJS.ProcessEnv; logger?: Logger }): Promise<DownResult> {
  const { spec } = options;
  const env = options.env ?? process.env;
  const dir = stateDir(spec);
  const statePath = join(dir, 'state.json');
  const project = projectName(spec);
  if (!existsSync(statePath)) return { project, stopped: false };
  const state = JSON.parse(readFileSync(statePath, 'utf8')) as State;
  options.logger?.info(`down: ${state.compose.join(' ')} -p ${state.project} down`);
  await exec(state.compose[0]!, [...state.compose.slice(1), '-p', state.project, '-f', state.composeFile, 'down', '--remove-orphans', '--volumes'], { env, timeoutMs: 5 * 60_000 });
  rmSync(dir, { recursive: true, force: true });
  // The parent folder goes too when this was its last server.
  try {
    rmdirSync(join(spec.dir, '.mcp-orchestrator'));
  } catch {
    /* other servers' state, or already gone */
  }
  return { project: state.project, stopped: true };
}
