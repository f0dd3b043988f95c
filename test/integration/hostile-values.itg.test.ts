/**
 * Hostile values through the real writers' readers: the package stage's generated Dockerfile
 * built by the real engine (the image's Env and Cmd hold the spec's values exactly, no extra
 * step ran), and `up`'s Compose file read by the real Compose (the container's environment holds
 * the spec's values exactly, with only the secret reference looked up). Needs the engine, Compose
 * and the local base images (scripts/ci-setup.sh).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageServer } from '../../src/package/package.js';
import { generatedCompose } from '../../src/deploy/compose/compose-document.js';
import { composeCommand } from '../../src/deploy/compose/engine.js';
import { parseSpec } from '../../src/spec/spec.js';
import { silentLogger } from '../../src/util/logger.js';
import { requireEngine } from '../helpers/engine.js';

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const run = `${process.pid}-${Date.now().toString(36)}`;
const images: string[] = [];
afterAll(() => {
  if (images.length) execFileSync('docker', ['rmi', '-f', ...images], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
});

const PATH_VALUE = "/m$HOME;x&y='z'(1)*+,=:@%2F";
const COMMAND = ['node', '-e', 'x\nRUN touch /pwned $HOME `id` "q" \'q\' ;rm -rf /'];
const ENV_VALUE = '$HOME ${X} $$ `id` "q" \'q\' ;rm -rf /\nRUN touch /pwned';

describe('the generated Dockerfile, built by the engine', () => {
  test('a stdio server whose path and command hold $, quotes, backticks and a line break: Env and Cmd read back exactly, no extra step', async () => {
    requireEngine();
    const context = join(dir, 'server');
    mkdirSync(context);
    writeFileSync(join(context, 'package.json'), JSON.stringify({ name: 'hostile', version: '1.0.0', main: 'index.js' }));
    writeFileSync(join(context, 'package-lock.json'), JSON.stringify({ name: 'hostile', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'hostile', version: '1.0.0' } } }));
    writeFileSync(join(context, 'index.js'), '');
    const specFile = join(context, 'mcp-deploy.yml');
    writeFileSync(specFile, `server: {name: hostile, transport: stdio, path: ${JSON.stringify(PATH_VALUE)}, command: ${JSON.stringify(COMMAND)}}\nbuild: {install: host}\nimage: local/hostile-${run}\n`);
    const result = await packageServer({ spec: parseSpec(readFileSync(specFile, 'utf8'), specFile), base: 'local/node:bookworm', tags: ['itest'], output: join(dir, 'hostile.tar') });
    images.push(...result.tags);
    const config = (JSON.parse(execFileSync('docker', ['image', 'inspect', result.tags[0]!], { encoding: 'utf8' })) as Array<{ Config: { Env: string[]; Cmd: string[] } }>)[0]!.Config;
    expect(config.Env).toContain(`MCP_BRIDGE_PATH=${PATH_VALUE}`);
    expect(config.Cmd).toEqual(COMMAND);
    const steps = execFileSync('docker', ['history', '--no-trunc', '--format', '{{.CreatedBy}}', result.tags[0]!], { encoding: 'utf8' }).split('\n');
    expect(steps.filter((s) => /touch \/pwned/.test(s) && !/CMD/.test(s))).toEqual([]);
  }, 300_000);
});

describe("up's Compose file, read by Compose", () => {
  test('env values and the path reach the container as written; the secret reference is the one lookup', async () => {
    requireEngine();
    const env = { ...process.env, HOME: '/root', X: 'interpolated', WEATHER_KEY_SOURCE: 'from-the-host' };
    const compose = await composeCommand(env);
    const spec = parseSpec(
      `server: {name: hostile, path: ${JSON.stringify(PATH_VALUE)}}\nenv: {A: ${JSON.stringify(ENV_VALUE)}}\nsecrets: [{name: WEATHER_KEY, from: {env: WEATHER_KEY_SOURCE}}]\n`,
      join(dir, 'mcp-deploy.yml'),
    );
    const file = join(dir, 'compose.yml');
    writeFileSync(file, generatedCompose(spec, 'local/debian:bookworm', { port: 8080, bind: '127.0.0.1', env, logger: silentLogger }));
    const project = `hostile-${run}`.toLowerCase();
    try {
      const out = execFileSync(compose[0]!, [...compose.slice(1), '-p', project, '-f', file, 'run', '--rm', '-T', '--no-deps', 'hostile', 'printenv', '-0'], { env, encoding: 'utf8', timeout: 120_000 });
      const seen = Object.fromEntries(out.split('\0').filter(Boolean).map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
      expect(seen).toMatchObject({ A: ENV_VALUE, MCP_BRIDGE_PATH: PATH_VALUE, WEATHER_KEY: 'from-the-host' });
    } finally {
      execFileSync(compose[0]!, [...compose.slice(1), '-p', project, '-f', file, 'down', '--remove-orphans'], { env, stdio: 'ignore', timeout: 120_000 });
    }
  }, 180_000);
});
