/** The `--spec` option every spec-driven command shares: mcp-deploy.yml in the working directory by default. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSpec, type DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';

export function readSpec(option: string | undefined, cwd: string): DeploySpec {
  const path = resolve(cwd, option ?? 'mcp-deploy.yml');
  if (!option && !existsSync(path)) throw new InputError(`no mcp-deploy.yml in ${cwd}: pass --spec FILE`);
  return loadSpec(path);
}
