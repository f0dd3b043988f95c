import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/** Fails (never skips) when no Docker Engine answers, saying how to start one. */
export function requireEngine(): void {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
  } catch {
    throw new Error('This test needs a Docker Engine and none answers: run `bash scripts/start-engine.sh` (or `bash scripts/ci-setup.sh` for every part).');
  }
}

/** Path of a fixture that scripts/fixtures/*.sh builds; fails with how to build it when missing. */
export function fixturePath(name: string): string {
  const path = join(repoRoot, '.cache/fixtures', name);
  if (!existsSync(path)) {
    throw new Error(`Fixture ${path} is missing: run \`bash scripts/ci-setup.sh\` (it builds every fixture once).`);
  }
  return path;
}
