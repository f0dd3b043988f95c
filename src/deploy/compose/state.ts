/**
 * What a compose deploy (or `up`) leaves for the next deploy and for `down`, in a folder beside
 * the spec: the Compose project, the file it was started from, its URL, and the image last gated
 * good (what a failed deploy rolls back to when no container runs). That folder can be committed
 * to a repository, so it is read as untrusted data: no command is ever taken from it (`down`
 * detects Compose itself), the project must be the one this spec's server gets, the Compose file
 * must be a regular file inside the state folder, and the image must be an image reference.
 */
import { existsSync, lstatSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { matches } from '../../spec/grammar.js';
import type { DeploySpec } from '../../spec/spec.js';
import { InputError } from '../../util/errors.js';

export interface ImageIdentity {
  /** The reference Compose ran (as written in the Compose file). */
  image: string;
  /** The engine's image ID (sha256:...): what that reference named then. */
  imageId?: string;
}

export interface ComposeState {
  project: string;
  /** Absolute path of the Compose file, inside the state folder. */
  composeFile: string;
  url: string;
  /** The image the last deploy gated good. */
  deployed?: ImageIdentity;
}

/** Compose's own grammar for project names. */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
export const IMAGE_ID = /^sha256:[0-9a-f]{64}$/;

/** targets.compose.project of the spec (its grammar is Compose's), else mcp-SERVER. */
export const projectName = (spec: DeploySpec): string => (spec.targets.compose?.project as string | undefined) ?? `mcp-${spec.server.name}`;
export const stateDir = (spec: DeploySpec) => join(spec.dir, '.mcp-orchestrator', spec.server.name);
/** Where the applied Compose file is written. */
export const stateComposeFile = (spec: DeploySpec) => join(stateDir(spec), 'compose.yml');
const statePath = (spec: DeploySpec) => join(stateDir(spec), 'state.json');

/** The Compose file is recorded relative to the state folder, so a moved checkout still finds it. */
export function writeState(spec: DeploySpec, state: ComposeState): void {
  const recorded = { ...state, composeFile: relative(stateDir(spec), state.composeFile) };
  writeFileSync(statePath(spec), `${JSON.stringify(recorded, null, 2)}\n`);
}

/** Removes the state folder, and its parent when this was its last server. */
export function removeState(spec: DeploySpec): void {
  rmSync(stateDir(spec), { recursive: true, force: true });
  try {
    rmdirSync(join(spec.dir, '.mcp-orchestrator'));
  } catch {
    /* other servers' state, or already gone */
  }
}

/** The state a deploy wrote for this spec's server, validated; undefined when there is none. */
export function readState(spec: DeploySpec): ComposeState | undefined {
  const dir = stateDir(spec);
  const path = statePath(spec);
  if (!existsSync(path)) return undefined;
  const refuse = (why: string) =>
    new InputError(`${path}: ${why}; it was not written by a deploy of server "${spec.server.name}" (or was edited). Nothing was run. Check the folder, stop any container yourself, and remove ${dir}`);
  if (!lstatSync(dir).isDirectory() || !lstatSync(path).isFile()) throw refuse('the state folder or file is a link or not a regular file');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw refuse(`not JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw refuse('the state is not a JSON object');
  const { project, composeFile, url, deployed } = data as Record<string, unknown>;
  const expected = projectName(spec);
  if (typeof project !== 'string' || !PROJECT_NAME.test(project) || project !== expected) {
    throw refuse(`project ${JSON.stringify(project)} is not this server's Compose project "${expected}"`);
  }
  if (typeof composeFile !== 'string') throw refuse('composeFile is missing');
  const file = resolve(dir, composeFile);
  const inside = relative(dir, file);
  if (!inside || inside.split(sep)[0] === '..' || isAbsolute(inside)) throw refuse(`composeFile ${JSON.stringify(composeFile)} is outside the state folder`);
  if (!existsSync(file) || !lstatSync(file).isFile()) throw refuse(`composeFile ${JSON.stringify(composeFile)} is not a regular file`);
  return { project, composeFile: file, url: typeof url === 'string' ? url : '', ...(deployed === undefined ? {} : { deployed: identityOf(deployed, refuse) }) };
}

function identityOf(value: unknown, refuse: (why: string) => InputError): ImageIdentity {
  const { image, imageId } = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (typeof image !== 'string' || !matches('imageReference', image)) throw refuse(`deployed.image ${JSON.stringify(image)} is not an image reference`);
  if (imageId !== undefined && (typeof imageId !== 'string' || !IMAGE_ID.test(imageId))) throw refuse(`deployed.imageId ${JSON.stringify(imageId)} is not an image ID`);
  return { image, ...(imageId ? { imageId } : {}) };
}
