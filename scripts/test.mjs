#!/usr/bin/env node
// Runs jest in ESM mode and closes with one plain line, `tests: N passed, N failed`, so any reader
// of the log can count. Extra arguments go to jest (`npm test -- test/unit`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'jest-result-'));
const resultFile = join(dir, 'result.json');
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim() };
const jest = join(root, 'node_modules/jest/bin/jest.js');
const run = spawnSync(process.execPath, [jest, '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
let code = run.status ?? 1;
try {
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  const failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  process.stdout.write(`\ntests: ${result.numPassedTests} passed, ${failed} failed, ${result.numPendingTests} skipped\n`);
  if (result.numTotalTests === 0) code = code || 1;
} catch {
  process.stdout.write('\ntests: 0 passed, 1 failed\n');
  code = code || 1;
}
rmSync(dir, { recursive: true, force: true });
process.exit(code);
