/**
 * `down`: takes a compose deploy (or `up`) of this spec's server down and removes its state. The
 * Compose command and project directory come from here and the spec, never from the state
 * file, which is read as untrusted data (state.ts). Named volumes of a user's Compose file stay:
 * they may hold the author's data; the generated file has none.
 */
import { exec } from '../../util/exec.js';
import type { Logger } from '../../util/logger.js';
import type { DeploySpec } from '../../spec/spec.js';
import { projectDirectory, userComposeFile } from './compose-document.js';
import { composeCommand } from './engine.js';
import { projectName, readState, removeState } from './state.js';

/** Stopping containers may wait on their stop timeouts. */
const COMPOSE_MS = 5 * 60_000;

export interface DownResult {
  project: string;
  stopped: boolean;
}

export async function down(options: { spec: DeploySpec; env?: NodeJS.ProcessEnv; logger?: Logger }): Promise<DownResult> {
  const { spec } = options;
  const env = options.env ?? process.env;
  const state = readState(spec);
  if (!state) return { project: projectName(spec), stopped: false };
  const compose = await composeCommand(env);
  const dir = projectDirectory(spec);
  options.logger?.info(`down: ${compose.join(' ')} -p ${state.project} down`);
  const args = [...compose.slice(1), '-p', state.project, '-f', state.composeFile, ...(dir ? ['--project-directory', dir] : []), 'down', '--remove-orphans', ...(userComposeFile(spec) ? [] : ['--volumes'])];
  await exec(compose[0]!, args, { env, timeoutMs: COMPOSE_MS, display: `${compose.join(' ')} down` });
  removeState(spec);
  return { project: state.project, stopped: true };
}
