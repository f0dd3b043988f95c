/**
 * `deploy --target compose`, and `up` (the same deploy on this machine's engine, bound to
 * loopback): the Kubernetes target's contract on a Docker Engine, local or remote (the caller's
 * environment, DOCKER_HOST included, reaches every docker and Compose command). Runs the server's
 * image with Compose (the user's file from targets.compose.file with the image substituted, else
 * a generated file), gates it, and hands off. On a failed start or gate it rolls back to the
 * image that ran before (the running container's, else the last one recorded as gated good),
 * gates that again, and fails saying what failed and what now runs; a first deploy that fails is
 * taken down. A stop (SIGINT/SIGTERM through `signal`) during the start or the gate restores the
 * image that ran before, or takes a first deploy down, and throws Interrupted. `down` stops it.
 */
import { mkdirSync } from 'node:fs';
import { buildHandoff, type HandoffDocument } from '../../handoff/handoff.js';
import type { HealthReport } from '../../health/types.js';
import { requireGrammar } from '../../spec/grammar.js';
import type { DeploySpec } from '../../spec/spec.js';
import { errorMessage, GateFailure, Interrupted } from '../../util/errors.js';
import { silentLogger, type Logger } from '../../util/logger.js';
import { down } from './down.js';
import { inspectImage, newestLocalImage, rollbackReference, runningImage } from './engine.js';
import { documentFor, interrupted, planDeploy, start, startAndGate, type Attempt, type Plan } from './run.js';
import { readState, stateDir, writeState, type ImageIdentity } from './state.js';

export interface ComposeDeployOptions {
  spec: DeploySpec;
  /** The image to deploy (default: the newest local tag of the spec's repository). */
  image?: string;
  /** Host port of the generated file (default: server.port). */
  port?: number;
  /** Where the gate and clients reach the server (default http://ENGINE-HOST:PORT/PATH: 127.0.0.1 for a local engine); for a tunnel or proxy. */
  url?: string;
  /** The gate's deadline (default: health.timeout of the spec, else 60 s). */
  timeoutMs?: number;
  /** The environment of docker and Compose: DOCKER_HOST, DOCKER_CONTEXT, and the secrets the Compose file names. */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Aborted (reason: the signal's name, e.g. 'SIGTERM') to stop: what ran before is restored, and it throws Interrupted. */
  signal?: AbortSignal;
  /** `up`: this machine's engine only (a remote DOCKER_HOST is refused); messages say `up`. */
  command?: 'deploy' | 'up';
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

interface Deploy {
  plan: Plan;
  services: string[];
  previous?: ImageIdentity;
  signal?: AbortSignal;
}

async function resultFor(d: Deploy, image: string, health: HealthReport, rolledBack: boolean): Promise<ComposeDeployResult> {
  const { plan, previous } = d;
  const { imageId, digest } = await inspectImage(image, plan.env);
  const handoff = buildHandoff({ spec: plan.spec, target: 'compose', url: plan.url, health, release: { image, ...(digest ? { digest } : {}), project: plan.project } });
  return {
    url: plan.url,
    project: plan.project,
    composeFile: plan.file,
    services: d.services,
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

/** Records `result`'s image as the one gated good. */
function record(d: Deploy, result: ComposeDeployResult): void {
  writeState(d.plan.spec, { project: d.plan.project, composeFile: d.plan.file, url: d.plan.url, deployed: { image: result.image, ...(result.imageId ? { imageId: result.imageId } : {}) } });
}

/** Takes a failed first deploy down: whether that worked, and what happened, for the message. */
async function takeDown(d: Deploy): Promise<{ ok: boolean; text: string }> {
  const { spec, env, logger } = d.plan;
  return down({ spec, env, logger }).then(
    () => ({ ok: true, text: `${spec.server.name} was taken down and its state removed` }),
    (e: unknown) => ({ ok: false, text: `taking ${spec.server.name} down failed (${errorMessage(e)}): run \`mcp-orchestrator down\`` }),
  );
}

/** After a stop by a signal during the start or the gate: restores what ran before (not gated again: the user asked to stop), or takes a first deploy down. */
async function interruptedDeploy(d: Deploy): Promise<Interrupted> {
  const { plan, previous } = d;
  const stop = interrupted(d.signal).signal;
  plan.logger.warning(`${plan.label}: interrupted by ${stop}: ${previous ? `restoring ${previous.image}` : `taking ${plan.spec.server.name} down`}`);
  let what: string;
  if (!previous) what = (await takeDown(d)).text;
  else {
    const back = await rollbackReference(previous, plan.env).catch(() => previous.image);
    what = await start(plan, back).then(
      () => `${back}, which ran before, was started again (not gated again) in ${plan.project}`,
      (e: unknown) => `restoring ${back}, which ran before, failed (${errorMessage(e)}): deploy again, or run \`mcp-orchestrator down\``,
    );
  }
  return interrupted(d.signal, what);
}

/** Runs an attempt; a stop by the signal becomes the restore and its Interrupted. */
async function attempt(d: Deploy, image: string): Promise<Attempt> {
  try {
    return await startAndGate(d.plan, image, d.signal);
  } catch (error) {
    if (d.signal?.aborted) throw await interruptedDeploy(d);
    throw error;
  }
}

export async function deployCompose(options: ComposeDeployOptions): Promise<ComposeDeployResult> {
  const { spec, signal } = options;
  const label = options.command ?? 'deploy';
  if (signal?.aborted) throw interrupted(signal, 'nothing was changed');
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const plan = await planDeploy({ spec, label, port: options.port, url: options.url, timeoutMs: options.timeoutMs, env, logger, localOnly: label === 'up' });
  // A reference of the grammar the state is read back with (and never an option to docker).
  const image = requireGrammar('imageReference', options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env)), '--image');
  // Which services run the server, and the state, are read before any change (errors stop here).
  const services = documentFor(plan, image).services;
  const state = readState(spec);
  const previous = (await runningImage(plan.project, services[0]!, env)) ?? state?.deployed;
  const d: Deploy = { plan, services, ...(previous ? { previous } : {}), ...(signal ? { signal } : {}) };
  if (signal?.aborted) throw interrupted(signal, 'nothing was changed');
  if (previous) logger.info(`${label}: ${previous.image} runs now; it is what a failed deploy rolls back to`);
  mkdirSync(stateDir(spec), { recursive: true });
  writeState(spec, { project: plan.project, composeFile: plan.file, url: plan.url, ...(state?.deployed ? { deployed: state.deployed } : {}) });

  const first = await attempt(d, image);
  if (first.health && !first.failed) {
    const result = await resultFor(d, image, first.health, false);
    record(d, result);
    return result;
  }
  if (!previous) {
    const left = await takeDown(d);
    const outcome = left.ok ? `${first.failed} and was taken down${first.detail}\nNothing ran before it (a first deploy): its containers and state were removed` : `${first.failed}${first.detail}\nNothing ran before it (a first deploy); ${left.text}`;
    throw new ComposeDeployFailure(`${label}: ${outcome}`, undefined);
  }
  return rollBack(d, first);
}

/** After a failed attempt: the image that ran before, started and gated again; always throws. */
async function rollBack(d: Deploy, failed: Attempt): Promise<never> {
  const { plan, previous } = d;
  const back = await rollbackReference(previous!, plan.env);
  plan.logger.warning(`${plan.label}: ${failed.failed}; rolling back to ${back}`);
  const what = `${plan.label}: ${failed.failed}${failed.detail}`;
  let retry: Attempt;
  try {
    retry = await startAndGate(plan, back, d.signal, false);
  } catch (error) {
    if (d.signal?.aborted) throw interrupted(d.signal, `rolling back to ${back}: it was started, and not gated again`);
    throw error;
  }
  if (retry.health && !retry.failed) {
    const result = await resultFor(d, back, retry.health, true);
    record(d, result);
    throw new ComposeDeployFailure(`${what}\nRolled back: ${back} runs again and passed the health gate at ${plan.url}`, result);
  }
  const result = retry.health ? await resultFor(d, back, retry.health, true) : undefined;
  throw new ComposeDeployFailure(`${what}\nThe rollback to ${back} failed too: ${retry.failed}${retry.detail}\n${plan.project} is left as the rollback left it: check it, or run \`mcp-orchestrator down\``, result);
}
