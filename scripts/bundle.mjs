#!/usr/bin/env node
// Rebuilds every committed bundle with ncc, one entry at a time, deterministically:
//   dist/<action>/index.js for each src/entries/<action>.ts, dist/cli/index.js for the CLI.
// `node scripts/bundle.mjs --out DIR` writes to DIR instead (the dist-is-fresh test uses it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
for (const name of entries) {
  const out = join(outRoot, name);
  if (existsSync(out)) rmSync(out, { recursive: true });
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [ncc, 'build', `src/entries/${name}.ts`, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.stderr.write(`bundle: ${name}\n`);
}
