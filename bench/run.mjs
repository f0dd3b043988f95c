#!/usr/bin/env node
// Runs every benchmark in bench/ (each prints one JSON result) and prints them together.
// The fixtures they read come from `bash scripts/ci-setup.sh`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(here).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && f !== 'lib.mjs').sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  process.stderr.write(`bench: ${file}\n`);
  const run = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
