#!/usr/bin/env node
// Rebuilds every committed bundle with ncc, one ncc process per entry (as many at once as cores), deterministically:
//   dist/<action>/index.js for each src/entries/<action>.ts, dist/cli/index.js for the CLI.
// `node scripts/bundle.mjs --out DIR` writes to DIR instead. A full build into dist/ ends by writing
// dist/inputs.json (scripts/dist-manifest.mjs); `--only a,b` builds some entries and removes it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST, writeManifest } from './dist-manifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'dist');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;

const entries = readdirSync(join(root, 'src/entries'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => !only || only.includes(name))
  .sort();

const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

/** One ncc build; resolves when it exits 0, rejects naming the entry otherwise (its output is inherited). */
function build(name) {
  const out = join(outRoot, name);
  if (existsSync(out)) rmSync(out, { recursive: true });
  mkdirSync(out, { recursive: true });
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [ncc, 'build', `src/entries/${name}.ts`, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) {
        process.stderr.write(`bundle: ${name}\n`);
        resolveBuild();
      } else reject(new Error(`bundle: ${name} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

// Each entry is its own ncc process (one thread each): as many at once as there are cores. The
// output of each is deterministic, whatever the order they finish in.
const queue = [...entries];
const workers = Array.from({ length: Math.min(queue.length, Math.max(1, availableParallelism())) }, async () => {
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) await build(name);
});
const intoDist = outRoot === join(root, 'dist');
// Whatever happens next, a manifest from an earlier build no longer describes dist/.
if (intoDist) rmSync(join(outRoot, MANIFEST), { force: true });
try {
  await Promise.all(workers);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
if (intoDist && !only) writeManifest(root);
else if (intoDist) process.stderr.write(`bundle: partial build: no ${MANIFEST}, so the dist-is-fresh test fails until a full \`npm run bundle\`\n`);
