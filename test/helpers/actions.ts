import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/** Names of the per-stage actions: the folders under actions/ that hold an action.yml. */
export function stageActions(): string[] {
  const dir = join(repoRoot, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'action.yml')))
    .sort();
}
