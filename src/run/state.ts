/**
 * What `up` leaves for `down`: the Compose project it started and the file it started it from,
 * in a folder beside the spec. That folder can be committed to a repository, so `down` reads it
 * as untrusted data: no command is ever taken from it (`down` detects Compose itself), the
 * project must be the one this spec's server gets, and the Compose file must be a regular file
 * inside the state folder.
 */
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';

export interface UpState {
  project: string;
  /** Absolute path of the Compose file, inside the state folder. */
  composeFile: string;
  url: string;
}

/** Compose's own grammar for project names. */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** targets.compose.project of the spec (its grammar is Compose's), else mcp-SERVER. */
export const projectName = (spec: DeploySpec): string => (spec.targets.compose?.project as string | undefined) ?? `mcp-${spec.server.name}`;
export const stateDir = (spec: DeploySpec) => join(spec.dir, '.mcp-orchestrator', spec.server.name);
const statePath = (spec: DeploySpec) => join(stateDir(spec), 'state.json');

/** The Compose file is recorded relative to the state folder, so a moved checkout still finds it. */
export function writeState(spec: DeploySpec, state: UpState): void {
  const recorded = { ...state, composeFile: relative(stateDir(spec), state.composeFile) };
  writeFileSync(statePath(spec), `${JSON.stringify(recorded, null, 2)}\n`);
}

/** The state `up` wrote for this spec's server, validated; undefined when there is none. */
export function readState(spec: DeploySpec): UpState | undefined {
  const dir = stateDir(spec);
  const path = statePath(spec);
  if (!existsSync(path)) return undefined;
  const refuse = (why: string) =>
    new InputError(`${path}: ${why}; it was not written by \`up\` for server "${spec.server.name}" (or was edited). Nothing was run. Check the folder, stop any container yourself, and remove ${dir}`);
  if (!lstatSync(dir).isDirectory() || !lstatSync(path).isFile()) throw refuse('the state folder or file is a link or not a regular file');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw refuse(`not JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw refuse('the state is not a JSON object');
  const { project, composeFile, url } = data as Record<string, unknown>;
  const expected = projectName(spec);
  if (typeof project !== 'string' || !PROJECT_NAME.test(project) || project !== expected) {
    throw refuse(`project ${JSON.stringify(project)} is not this server's Compose project "${expected}"`);
  }
  if (typeof composeFile !== 'string') throw refuse('composeFile is missing');
  const file = resolve(dir, composeFile);
  const inside = relative(dir, file);
  if (!inside || inside.split(sep)[0] === '..' || isAbsolute(inside)) throw refuse(`composeFile ${JSON.stringify(composeFile)} is outside the state folder`);
  if (!existsSync(file) || !lstatSync(file).isFile()) throw refuse(`composeFile ${JSON.stringify(composeFile)} is not a regular file`);
  return { project, composeFile: file, url: typeof url === 'string' ? url : '' };
}
