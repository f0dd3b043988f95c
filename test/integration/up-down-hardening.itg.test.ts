/**
 * `up` and `down` against hostile state and signals, on the real engine and Compose (v2 where
 * present, docker-compose otherwise): `down` never runs a program named in its state file; a
 * failing build's error never carries a build-argument value; an image reference is never read
 * as an option; SIGTERM or Ctrl-C during `up`'s gate takes the project down and removes its
 * state; `up` refuses an engine on another machine (it runs bound to loopback). Needs the engine and the local/node and local/debian base images from scripts/ci-setup.sh.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openImage } from '../../src/image/reader.js';
import { packageServer } from '../../src/package/package.js';
import { down } from '../../src/deploy/compose/down.js';
import { writeState } from '../../src/deploy/compose/state.js';
import { main } from '../../src/cli/main.js';
import { loadSpec } from '../../src/spec/spec.js';
import { ExecError, InputError } from '../../src/util/errors.js';
import { requireEngine } from '../helpers/engine.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'up-hardening-'));
const suffix = Math.random().toString(36).slice(2, 8);
/** A server that accepts connections, says so on stdout, and never answers: the gate cannot pass. */
const silentImage = `local/up-hardening-silent-${suffix}:itest`;
const silentServer = `require('net').createServer((s) => console.log('accepted')).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'))`;
const projects: string[] = [];

const containers = (project: string) => execFileSync('docker', ['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.ID}}'], { encoding: 'utf8' }).trim();

/** A folder with an mcp-deploy.yml for a server of this name on this port, running the silent image. */
function specFolder(name: string, port: number): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mcp-deploy.yml'), `server:\n  name: ${name}\n  transport: streamable-http\n  port: ${port}\n  path: /mcp\nimage: ${silentImage.replace(/:itest$/, '')}\n`);
  projects.push(`mcp-${name}`);
  return dir;
}

beforeAll(() => {
  requireEngine();
  execFileSync('docker', ['build', '-q', '-t', silentImage, '-'], {
    input: `FROM local/node:bookworm\nCMD ["node", "-e", ${JSON.stringify(silentServer)}]\n`,
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}, 120_000);

afterAll(() => {
  for (const project of projects) {
    const ids = containers(project).split('\n').filter(Boolean);
    if (ids.length) execFileSync('docker', ['rm', '-f', ...ids], { stdio: 'ignore' });
  }
  execFileSync('docker', ['image', 'rm', '-f', silentImage], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
});

describe('down and its state file', () => {
  test('down does not run the program a committed state file names; it rebuilds the compose command', async () => {
    const name = `hostile-${suffix}`;
    const dir = specFolder(name, await freePort());
    const stateDir = join(dir, '.mcp-orchestrator', name);
    mkdirSync(stateDir, { recursive: true });
    const marker = join(work, 'hostile-ran');
    const hostile = join(work, 'hostile.sh');
    writeFileSync(hostile, `#!/bin/sh\ntouch ${marker}\n`);
    chmodSync(hostile, 0o755);
    writeFileSync(join(stateDir, 'compose.yml'), `version: '2.4'\nservices:\n  ${name}:\n    image: ${silentImage}\n    network_mode: host\n`);
    writeFileSync(join(stateDir, 'state.json'), JSON.stringify({ project: `mcp-${name}`, composeFile: join(stateDir, 'compose.yml'), compose: [hostile, '--'], url: 'http://127.0.0.1:1/mcp' }));
    const result = await down({ spec: loadSpec(join(dir, 'mcp-deploy.yml')) });
    expect(existsSync(marker)).toBe(false);
    expect(result).toEqual({ project: `mcp-${name}`, stopped: true });
    expect(existsSync(join(dir, '.mcp-orchestrator'))).toBe(false);
  }, 120_000);

  test('down still finds the Compose file after the checkout moved: the state records it relative to its folder', async () => {
    const name = `moved-${suffix}`;
    const dir = specFolder(name, await freePort());
    const spec = loadSpec(join(dir, 'mcp-deploy.yml'));
    const stateDir = join(dir, '.mcp-orchestrator', name);
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(join(stateDir, 'compose.yml'), `version: '2.4'\nservices:\n  ${name}:\n    image: ${silentImage}\n    network_mode: host\n`);
    writeState(spec, { project: `mcp-${name}`, composeFile: join(stateDir, 'compose.yml'), url: 'http://127.0.0.1:1/mcp' });
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    expect(await down({ spec: loadSpec(join(moved, 'mcp-deploy.yml')) })).toEqual({ project: `mcp-${name}`, stopped: true });
    expect(existsSync(join(moved, '.mcp-orchestrator'))).toBe(false);
  }, 120_000);

  test.each([
    ['a project name that is a flag', { project: '--file=/etc/passwd' }, /project/],
    ['a project of another server', { project: 'mcp-someone-else' }, /project/],
    ['a compose file outside the state folder', { composeFile: '/etc/passwd' }, /composeFile/],
    ['a compose file that climbs out', { composeFile: '../../../../etc/passwd' }, /composeFile/],
    ['not an object', null, /state/],
  ])('down refuses a state file with %s, naming the file, and runs nothing', async (_what, override, field) => {
    const name = `refused-${Math.random().toString(36).slice(2, 8)}`;
    const dir = specFolder(name, await freePort());
    const stateDir = join(dir, '.mcp-orchestrator', name);
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(join(stateDir, 'compose.yml'), `version: '2.4'\nservices: {}\n`);
    const state = override === null ? null : { project: `mcp-${name}`, composeFile: join(stateDir, 'compose.yml'), url: 'http://127.0.0.1:1/mcp', ...override };
    writeFileSync(join(stateDir, 'state.json'), JSON.stringify(state));
    const error = await down({ spec: loadSpec(join(dir, 'mcp-deploy.yml')) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(join(stateDir, 'state.json'));
    expect((error as Error).message).toMatch(field);
  });
});

describe('a failing build', () => {
  test("the error of a failed docker build carries no build-argument value, though the Dockerfile echoes it", async () => {
    const dir = join(work, 'failing-build');
    mkdirSync(dir, { recursive: true });
    const value = 'https://mirror-user:supersecretvalue@127.0.0.1:1/simple';
    writeFileSync(join(dir, 'Dockerfile'), 'FROM local/debian:bookworm\nARG MIRROR\nRUN echo "fetching from $MIRROR" >&2 && exit 7\n');
    writeFileSync(join(dir, 'mcp-deploy.yml'), `server:\n  name: failing-build\nbuild:\n  args:\n    MIRROR: "${value}"\nimage: local/up-hardening-failing-${suffix}\n`);
    const error = await packageServer({ spec: loadSpec(join(dir, 'mcp-deploy.yml')), output: join(work, 'never.tar') }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExecError);
    const { message, command, stderr } = error as ExecError;
    expect(message).toMatch(/^`docker (buildx )?build` exited with code/);
    for (const text of [message, command, stderr]) expect(text).not.toContain('supersecretvalue');
  }, 120_000);
});

describe('image references never become options', () => {
  test.each(['--help', '--output=/tmp/up-hardening-never.tar'])('docker-daemon:%s reaches docker save as a reference, which the engine refuses', async (reference) => {
    await expect(openImage(`docker-daemon:${reference}`)).rejects.toThrow(/invalid reference format/);
    expect(existsSync('/tmp/up-hardening-never.tar')).toBe(false);
  });
});

describe('up is the local run', () => {
  test('up refuses a DOCKER_HOST on another machine before it touches anything: exit 2, pointing at deploy --target compose', async () => {
    const name = `remote-${suffix}`;
    const dir = specFolder(name, await freePort());
    let stderr = '';
    // .invalid never resolves: the refusal comes from the address alone, no connection is tried.
    const env = { ...process.env, DOCKER_HOST: 'tcp://docker.invalid:2376' };
    const code = await main(['up', '--spec', join(dir, 'mcp-deploy.yml'), '--image', silentImage], { stdout: () => {}, stderr: (t: string) => void (stderr += t), env, cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/up: runs the server on this machine's engine, bound to loopback; the engine is tcp:\/\/docker\.invalid:2376 .*deploy --target compose/);
    expect(existsSync(join(dir, '.mcp-orchestrator'))).toBe(false);
  });
});

describe('signals during up', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s during the gate takes the project down, removes its state and exits %d', async (signal, exitCode) => {
    const name = `interrupted-${signal.toLowerCase()}-${suffix}`;
    const dir = specFolder(name, await freePort());
    const cli = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/entries/cli.ts'), 'up', '--spec', join(dir, 'mcp-deploy.yml'), '--timeout', '10m'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    cli.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => cli.on('exit', (code, sig) => resolve({ code, signal: sig })));
    // In the gate: the container runs and the gate's first connection reached the server.
    for (;;) {
      const id = containers(`mcp-${name}`).split('\n')[0];
      if (id && execFileSync('docker', ['logs', id], { encoding: 'utf8' }).includes('accepted')) break;
      if (cli.exitCode !== null) throw new Error(`up ended before the gate: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    cli.kill(signal);
    const end = await exited;
    expect(end).toEqual({ code: exitCode, signal: null });
    expect(stderr).toMatch(new RegExp(`interrupted by ${signal}`));
    expect(containers(`mcp-${name}`)).toBe('');
    expect(existsSync(join(dir, '.mcp-orchestrator'))).toBe(false);
  }, 180_000);
});
