/**
 * `deploy --target compose`: the same contract as the Kubernetes target on a Docker Engine, local
 * or remote (the caller's environment, DOCKER_HOST included, reaches every docker and Compose
 * command). Runs the server's image with Compose (the user's file from targets.compose.file with
 * the image substituted, else the file `up` generates), gates it, and hands off. On a failed
 * start or gate it rolls back to the image that ran before (the running container's, else the
 * last one recorded as gated good), gates that again, and fails saying what failed and what now
 * runs; a first deploy that fails is taken down. The state folder is `up`'s, so `down` stops it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildHandoff, type HandoffDocument } from '../../handoff/handoff.js';
import { healthFromSpec, localUrl } from '../../health/from-spec.js';
import { runHealthGate } from '../../health/gate.js';
import type { HealthReport } from '../../health/types.js';
import { composeFile } from '../../run/compose-file.js';
import { composeCommand, down, logsTail, newestLocalImage } from '../../run/local.js';
import { projectName, stateDir, writeState } from '../../run/state.js';
import type { DeploySpec } from '../../spec/spec.js';
import { errorMessage, GateFailure, InputError } from '../../util/errors.js';
import { exec } from '../../util/exec.js';
import { silentLogger, type Logger } from '../../util/logger.js';
import { readUserCompose } from './compose-document.js';
import { inspectImage, readDeployed, recordDeployed, rollbackReference, runningImage, type ImageIdentity } from './previous.js';

export interface ComposeDeployOptions {
  spec: DeploySpec;
  /** The image to deploy (default: the newest local tag of the spec's repository). */
  image?: string;
  /** Host port of the generated file (default: server.port). */
  port?: number;
  /** Where the gate and clients reach the server (default http://127.0.0.1:PORT/PATH); for a remote engine, its address or a tunnel. */
  url?: string;
  /** The gate's deadline (default: health.timeout of the spec, else 60 s). */
  timeoutMs?: number;
  /** The environment of docker and Compose: DOCKER_HOST, DOCKER_CONTEXT, and the secrets the Compose file names. */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

export interface ComposeDeployResult {
  url: string;
  project: string;
  /** The Compose file that now runs (in the state folder). */
  composeFile: string;
  /** The services that run the server's image. */
  services: string[];
  /** What runs now: the deployed image, or after a rollback the previous one. */
  image: string;
  imageId?: string;
  digest?: string;
  toolsHash?: string;
  rolledBack: boolean;
  /** The image that ran before this deploy, when one did. */
  previousImage?: string;
  health: HealthReport;
  handoff: HandoffDocument;
}

/** The deploy failed: `result` says what now runs (undefined when the failed first deploy was taken down). Exit 1. */
export class ComposeDeployFailure extends GateFailure {
  constructor(
    message: string,
    readonly result: ComposeDeployResult | undefined,
  ) {
    super(message);
  }
}

/** Starting containers may pull images or wait on stop timeouts; the engine answers a version query in seconds. */
const COMPOSE_MS = 5 * 60_000;
const QUICK_MS = 30_000;

/** Fails before any change when the engine (local, or DOCKER_HOST) does not answer, naming it. */
async function requireEngine(env: NodeJS.ProcessEnv): Promise<void> {
  const answer = await exec('docker', ['version', '--format', '{{.Server.Version}}'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch((e: unknown) => ({ code: 1, stdout: '', stderr: errorMessage(e) }));
  if (answer.code === 0) return;
  const where = env.DOCKER_HOST ? `DOCKER_HOST ${env.DOCKER_HOST}` : env.DOCKER_CONTEXT ? `DOCKER_CONTEXT ${env.DOCKER_CONTEXT}` : 'the local socket (DOCKER_HOST is not set)';
  const why = answer.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${answer.code}`;
  throw new InputError(`deploy: the Docker Engine at ${where} does not answer (${why}); nothing was changed. Start it, or set DOCKER_HOST to a reachable engine (tcp://HOST:2376 with TLS, or ssh://USER@HOST)`);
}

interface Plan {
  spec: DeploySpec;
  compose: string[];
  project: string;
  file: string;
  /** The user's file's folder: relative paths in it resolve from there. */
  projectDir?: string;
  userFile?: string;
  services: string[];
  port: number;
  url: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  timeoutMs?: number;
}

function composeFileFor(plan: Plan, image: string): string[] {
  if (plan.userFile) return readUserCompose(plan.spec, plan.userFile, image).services;
  return [plan.spec.server.name];
}

/** Writes the Compose file for `image` and starts it. */
async function start(plan: Plan, image: string): Promise<void> {
  const text = plan.userFile ? readUserCompose(plan.spec, plan.userFile, image).text : composeFile(plan.spec, image, plan.port, plan.env, plan.logger);
  writeFileSync(plan.file, text);
  const args = [...plan.compose.slice(1), '-p', plan.project, '-f', plan.file, ...(plan.projectDir ? ['--project-directory', plan.projectDir] : []), 'up', '-d', '--no-build', ...(plan.userFile ? [] : ['--force-recreate'])];
  plan.logger.info(`deploy: ${plan.compose.join(' ')} -p ${plan.project} up -d (${image})`);
  await exec(plan.compose[0]!, args, { env: plan.env, timeoutMs: COMPOSE_MS, display: `${plan.compose.join(' ')} up` });
}

async function gate(plan: Plan): Promise<HealthReport> {
  const fromSpec = healthFromSpec(plan.spec);
  return runHealthGate({
    target: { kind: 'url', url: new URL(plan.url) },
    transport: plan.spec.server.transport === 'sse' ? 'sse' : 'auto',
    headers: {},
    timeoutMs: plan.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
    contract: fromSpec.contract,
    strict: fromSpec.strict ?? false,
    allowAuthRequired: fromSpec.allowAuthRequired ?? false,
    smoke: fromSpec.smoke,
    logger: plan.logger,
  });
}

/** Starts `image` and gates it: the report, or why it did not start (the container logs' tail appended). */
async function startAndGate(plan: Plan, image: string): Promise<{ health?: HealthReport; failure?: string }> {
  try {
    await start(plan, image);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return { failure: `${image} did not start: ${errorMessage(error)}` };
  }
  const health = await gate(plan);
  if (health.ok) return { health };
  const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
  const logs = await logsTail(plan.compose, plan.file, plan.project, plan.env);
  return { health, failure: `${image} failed the health gate: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}` };
}

async function planDeploy(options: ComposeDeployOptions): Promise<Plan> {
  const { spec } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const target = (spec.targets.compose ?? {}) as { file?: string };
  const userFile = target.file ? resolve(spec.dir, target.file) : undefined;
  const port = options.port ?? spec.server.port;
  const dir = stateDir(spec);
  const compose = await composeCommand(env);
  await requireEngine(env);
  return {
    spec,
    compose,
    project: projectName(spec),
    file: join(dir, 'compose.yml'),
    ...(userFile ? { userFile, projectDir: dirname(userFile) } : {}),
    services: [],
    port,
    url: options.url ?? localUrl(spec, port),
    env,
    logger,
    timeoutMs: options.timeoutMs,
  };
}

async function resultFor(plan: Plan, image: string, health: HealthReport, rolledBack: boolean, previous: ImageIdentity | undefined): Promise<ComposeDeployResult> {
  const { imageId, digest } = await inspectImage(image, plan.env);
  const handoff = buildHandoff({ spec: plan.spec, target: 'compose', url: plan.url, health, release: { image, ...(digest ? { digest } : {}), project: plan.project } });
  return {
    url: plan.url,
    project: plan.project,
    composeFile: plan.file,
    services: plan.services,
    image,
    ...(imageId ? { imageId } : {}),
    ...(digest ? { digest } : {}),
    ...(health.toolsHash ? { toolsHash: health.toolsHash } : {}),
    rolledBack,
    ...(previous ? { previousImage: previous.image } : {}),
    health,
    handoff,
  };
}

export async function deployCompose(options: ComposeDeployOptions): Promise<ComposeDeployResult> {
  const plan = await planDeploy(options);
  const { spec, env, logger } = plan;
  const image = options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env));
  // Which services run the server, from the file as it will be written (errors before any change).
  plan.services = composeFileFor(plan, image);
  mkdirSync(stateDir(spec), { recursive: true });
  const previous = (await runningImage(plan.project, plan.services[0]!, env)) ?? readDeployed(spec);
  if (previous) logger.info(`deploy: ${previous.image} runs now; it is what a failed deploy rolls back to`);
  writeState(spec, { project: plan.project, composeFile: plan.file, url: plan.url });

  const attempt = await startAndGate(plan, image);
  if (!attempt.failure && attempt.health) {
    const result = await resultFor(plan, image, attempt.health, false, previous);
    recordDeployed(spec, { image, ...(result.imageId ? { imageId: result.imageId } : {}) });
    return result;
  }
  const failed = attempt.failure!;
  if (!previous) {
    const left = await down({ spec, env, logger }).then(
      () => 'it was taken down (a first deploy)',
      (e: unknown) => `taking it down failed (${errorMessage(e)}): run \`mcp-orchestrator down\``,
    );
    throw new ComposeDeployFailure(`deploy: ${failed}\nNothing ran before: ${left}`, undefined);
  }
  const back = await rollbackReference(previous, env);
  logger.warning(`deploy: ${failed.split('\n')[0]}; rolling back to ${back}`);
  const retry = await startAndGate(plan, back);
  if (retry.health && !retry.failure) {
    const result = await resultFor(plan, back, retry.health, true, previous);
    recordDeployed(spec, { image: back, ...(result.imageId ? { imageId: result.imageId } : {}) });
    throw new ComposeDeployFailure(`deploy: ${failed}\nRolled back: ${back} runs again and passed the health gate at ${plan.url}`, result);
  }
  const result = retry.health ? await resultFor(plan, back, retry.health, true, previous) : undefined;
  throw new ComposeDeployFailure(`deploy: ${failed}\nThe rollback to ${back} failed too: ${retry.failure}\n${plan.project} is left as the rollback left it: check it, or run \`mcp-orchestrator down\``, result);
}
