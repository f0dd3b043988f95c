/**
 * The Docker Engine a compose deploy talks to, local or remote: the caller's environment
 * (DOCKER_HOST, DOCKER_CONTEXT, TLS settings) reaches every docker and Compose command unchanged.
 * From the engine's endpoint comes where the server is reached: a unix socket (or a loopback
 * tcp/ssh address) is this machine, so the server binds to loopback; a remote host is reached at
 * its address, and the generated file binds the server to every address there.
 */
import { InputError, errorMessage } from '../../util/errors.js';
import { exec } from '../../util/exec.js';
import { IMAGE_ID, type ImageIdentity } from './state.js';

/** Detection and inspection answer in seconds. */
const QUICK_MS = 30_000;

export interface EngineAddress {
  /** The engine's endpoint as the docker CLI resolved it (unix:///var/run/docker.sock, tcp://HOST:PORT, ssh://USER@HOST). */
  endpoint: string;
  /** The host the gate and clients reach the server on (127.0.0.1 for a local engine). */
  host: string;
  /** True when the engine runs on this machine. */
  local: boolean;
  /** The address the generated file binds the server to. */
  bind: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;

/** Where the server of an engine at `endpoint` is reached, and what it binds to. */
export function engineAddress(endpoint: string): EngineAddress {
  const bad = () =>
    new InputError(`DOCKER_HOST ${JSON.stringify(endpoint)} is not an engine address: use unix:///PATH, tcp://HOST:PORT or ssh://USER@HOST (or unset it for the local engine)`);
  const scheme = /^([a-z]+):\/\//.exec(endpoint)?.[1];
  if (scheme === 'unix' || scheme === 'npipe' || scheme === 'fd') return { endpoint, host: '127.0.0.1', local: true, bind: '127.0.0.1' };
  if (scheme !== 'tcp' && scheme !== 'ssh' && scheme !== 'http' && scheme !== 'https') throw bad();
  let hostname: string;
  try {
    hostname = new URL(endpoint.replace(/^[a-z]+:/, 'http:')).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    throw bad();
  }
  if (!hostname) throw bad();
  if (LOOPBACK.test(hostname)) {
    const ip = hostname.toLowerCase() === 'localhost' ? '127.0.0.1' : hostname;
    return { endpoint, host: ip, local: true, bind: ip };
  }
  return { endpoint, host: hostname, local: false, bind: '0.0.0.0' };
}

/** `host` as it stands in a URL (an IPv6 address in brackets). */
export const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/**
 * The engine the docker CLI would use in `env` (DOCKER_HOST, else DOCKER_CONTEXT or the current
 * context), from the CLI itself; without a docker CLI, DOCKER_HOST or the default socket.
 */
export async function resolveEngine(env: NodeJS.ProcessEnv): Promise<EngineAddress> {
  const answer = await exec('docker', ['context', 'inspect', '--format', '{{json .Endpoints.docker.Host}}'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => undefined);
  let endpoint: unknown;
  try {
    endpoint = answer?.code === 0 ? JSON.parse(answer.stdout.trim()) : undefined;
  } catch {
    endpoint = undefined;
  }
  return engineAddress(typeof endpoint === 'string' && endpoint ? endpoint : env.DOCKER_HOST || 'unix:///var/run/docker.sock');
}

/** Fails before any change when the engine does not answer, naming it. */
export async function requireEngine(env: NodeJS.ProcessEnv, engine: EngineAddress): Promise<void> {
  const answer = await exec('docker', ['version', '--format', '{{.Server.Version}}'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch((e: unknown) => ({ code: 1, stdout: '', stderr: errorMessage(e) }));
  if (answer.code === 0) return;
  const where = env.DOCKER_HOST ? `DOCKER_HOST ${env.DOCKER_HOST}` : env.DOCKER_CONTEXT ? `DOCKER_CONTEXT ${env.DOCKER_CONTEXT} (${engine.endpoint})` : engine.local ? `${engine.endpoint} (DOCKER_HOST is not set)` : engine.endpoint;
  const why = answer.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${answer.code}`;
  throw new InputError(`the Docker Engine at ${where} does not answer (${why}); nothing was changed. Start it, or set DOCKER_HOST to a reachable engine (tcp://HOST:2376 with TLS, or ssh://USER@HOST)`);
}

/** `docker compose` (v2) when the plugin answers, else `docker-compose`. */
export async function composeCommand(env: NodeJS.ProcessEnv): Promise<string[]> {
  const v2 = await exec('docker', ['compose', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: QUICK_MS }).catch(() => ({ code: 1 }));
  if (v2.code === 0) return ['docker', 'compose'];
  const v1 = await exec('docker-compose', ['version'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => ({ code: 127 }));
  if (v1.code === 0) return ['docker-compose'];
  throw new InputError('neither `docker compose` nor `docker-compose` is installed: run `bash scripts/install-parts.sh`');
}

/** The newest local tag of `repository`. */
export async function newestLocalImage(repository: string, env: NodeJS.ProcessEnv): Promise<string> {
  const out = (await exec('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', '--', repository], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter((l) => l && !l.endsWith(':<none>'));
  if (!out[0]) throw new InputError(`no local image of ${repository}: run \`mcp-orchestrator package\` first, or pass --image`);
  return out[0];
}

/** The image of the running container of `service` in `project`, when one runs. */
export async function runningImage(project: string, service: string, env: NodeJS.ProcessEnv): Promise<ImageIdentity | undefined> {
  const ids = (await exec('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter(Boolean);
  if (!ids[0]) return undefined;
  const [image, imageId] = (await exec('docker', ['inspect', '--format', '{{.Config.Image}}\t{{.Image}}', ids[0]], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\t');
  return image ? { image, ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}) } : undefined;
}

/** The image ID and the repository digest (when the image was pushed or pulled) of an image on the engine. */
export async function inspectImage(image: string, env: NodeJS.ProcessEnv): Promise<{ imageId?: string; digest?: string }> {
  const r = await exec('docker', ['image', 'inspect', '--format', '{{.Id}}\t{{json .RepoDigests}}', '--', image], { env, okCodes: [0, 1], timeoutMs: QUICK_MS });
  if (r.code !== 0) return {};
  const [imageId, digestsJson] = r.stdout.trim().split('\t');
  const pinned = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
  const repository = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
  let repoDigests: string[] = [];
  try {
    repoDigests = JSON.parse(digestsJson ?? '[]') as string[];
  } catch {
    /* no digests */
  }
  const digest = pinned ?? repoDigests.find((d) => d.startsWith(`${repository}@`))?.split('@')[1];
  return { ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}), ...(digest ? { digest } : {}) };
}

/**
 * The reference to roll back to: the recorded one, or its image ID when the reference now names
 * other bytes (a tag moved since it ran), so the rollback runs what ran.
 */
export async function rollbackReference(previous: ImageIdentity, env: NodeJS.ProcessEnv): Promise<string> {
  if (!previous.imageId) return previous.image;
  const now = await inspectImage(previous.image, env);
  return now.imageId === previous.imageId ? previous.image : previous.imageId;
}
