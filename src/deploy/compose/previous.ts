/**
 * What ran before a Compose deploy, for its rollback: the image of the server's running container
 * (`docker inspect` on the engine the deploy uses, local or DOCKER_HOST), else the last image a
 * deploy of this server gated good, recorded in its state folder. The record is read as
 * untrusted data (the folder can be committed): an image reference and an image ID, each checked
 * against its grammar, never a command.
 */
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matches } from '../../spec/grammar.js';
import { stateDir } from '../../run/state.js';
import type { DeploySpec } from '../../spec/spec.js';
import { exec } from '../../util/exec.js';

export interface ImageIdentity {
  /** The reference Compose ran (as written in the Compose file). */
  image: string;
  /** The engine's image ID (sha256:...): what that reference named then. */
  imageId?: string;
}

const QUICK_MS = 30_000;
const IMAGE_ID = /^sha256:[0-9a-f]{64}$/;
const recordPath = (spec: DeploySpec) => join(stateDir(spec), 'deployed.json');

/** The image of the running container of `service` in `project`, when one runs. */
export async function runningImage(project: string, service: string, env: NodeJS.ProcessEnv): Promise<ImageIdentity | undefined> {
  const ids = (await exec('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter(Boolean);
  if (!ids[0]) return undefined;
  const [image, imageId] = (await exec('docker', ['inspect', '--format', '{{.Config.Image}}\t{{.Image}}', ids[0]], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\t');
  return image ? { image, ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}) } : undefined;
}

/** The image ID and the repository digest (when the image was pushed or pulled) of a local image. */
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

/** Records the image a deploy gated good. */
export function recordDeployed(spec: DeploySpec, identity: ImageIdentity): void {
  writeFileSync(recordPath(spec), `${JSON.stringify(identity, null, 2)}\n`);
}

/** The last image a deploy gated good, when the record is there and well-formed. */
export function readDeployed(spec: DeploySpec): ImageIdentity | undefined {
  const path = recordPath(spec);
  if (!existsSync(path) || !lstatSync(path).isFile()) return undefined;
  try {
    const { image, imageId } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (typeof image !== 'string' || !matches('imageReference', image)) return undefined;
    return { image, ...(typeof imageId === 'string' && IMAGE_ID.test(imageId) ? { imageId } : {}) };
  } catch {
    return undefined;
  }
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
