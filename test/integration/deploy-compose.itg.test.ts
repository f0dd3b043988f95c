/**
 * `deployCompose` on the real engine with the real Compose (v2 where present, else docker-compose):
 * the packaged Node example (built once for this file under a per-run tag), run on a random free
 * loopback port and gated; a second deploy of a broken image (the bridge runs a command that
 * exits, so no MCP session works) is rolled back to the first image, which serves and passes the
 * gate again; a failed first deploy is taken down; a user's Compose file runs with the server's
 * image substituted and nothing else changed (and `render --target compose` prints exactly the
 * file that runs); a tag moved since it ran is rolled back by image ID; SIGTERM to the CLI while
 * the gate waits on a server that never answers restores the image that ran before; DOCKER_HOST
 * reaches Compose (the socket named explicitly, or the engine over TCP at another loopback
 * address, where the gate then reaches the server); an engine that does not answer or a
 * malformed DOCKER_HOST is named before any change (exit 2). Each test has its own server name,
 * so its own Compose project and state folder, and takes them down after it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComposeDeployFailure, deployCompose, type ComposeDeployResult } from '../../src/deploy/compose/deploy.js';
import { runHealthGate } from '../../src/health/gate.js';
import { down } from '../../src/deploy/compose/down.js';
import { readState } from '../../src/deploy/compose/state.js';
import { main } from '../../src/cli/main.js';
import { loadSpec, type DeploySpec } from '../../src/spec/spec.js';
import { InputError } from '../../src/util/errors.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { packagedExample } from '../helpers/example-package.js';
import { requireEngine } from '../helpers/engine.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const runId = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'deploy-compose-'));
const repository = 'local/weather-compose';
const good = `${repository}:good-${runId}`;
const broken = `${repository}:broken-${runId}`;
/** A server that accepts connections, says so on stdout, and never answers: the gate waits until its deadline. */
const silent = `${repository}:silent-${runId}`;
const silentServer = `require('net').createServer((s) => console.log('accepted')).listen(Number(process.env.PORT), process.env.HOST, () => console.log('listening'))`;

let specs: DeploySpec[] = [];
/** The example's spec under its own server name (so its own project) with its state folder in a temp dir. */
function weatherSpec(suffix: string, edit: (spec: DeploySpec) => void = () => {}): DeploySpec {
  const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
  spec.server.name = `wx-${suffix}-${runId}`;
  spec.image = repository;
  spec.dir = mkdtempSync(join(work, `${suffix}-`));
  spec.health.timeout = '30s';
  edit(spec);
  specs.push(spec);
  return spec;
}

const containers = (project: string) => execFileSync('docker', ['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'], { encoding: 'utf8' }).trim();
const runningImage = (project: string) => execFileSync('docker', ['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Image}}'], { encoding: 'utf8' }).trim();
/** Container ID and image of each running container of the project. */
const running = (project: string) =>
  execFileSync('docker', ['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.ID}} {{.Image}}'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string]);
const imageId = (ref: string) => execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', ref], { encoding: 'utf8' }).trim();

async function failure(promise: Promise<unknown>): Promise<ComposeDeployFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ComposeDeployFailure);
  return error as ComposeDeployFailure;
}

/** The example's spec file under its own server name, in its own folder, with `extra` YAML appended; loaded for cleanup. */
function specFile(suffix: string, extra = ''): { path: string; dir: string; name: string } {
  const dir = mkdtempSync(join(work, `${suffix}-`));
  const name = `wx-${suffix}-${runId}`;
  const text = readFileSync(join(repoRoot, 'examples/node-server/mcp-deploy.yml'), 'utf8').replace('name: weather', `name: ${name}`).replace('image: ghcr.io/acme/weather', `image: ${repository}`).replace('timeout: 60s', 'timeout: 30s');
  writeFileSync(join(dir, 'mcp-deploy.yml'), text + extra);
  specs.push(loadSpec(join(dir, 'mcp-deploy.yml')));
  return { path: join(dir, 'mcp-deploy.yml'), dir, name };
}

/** The CLI in this process: exit code, stdout and stderr. */
async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env, cwd });
  return { code, stdout, stderr };
}

/** The gate again, from outside the deploy: what serves now answers the MCP contract. */
async function gateAgain(url: string): Promise<boolean> {
  const report = await runHealthGate({ target: { kind: 'url', url: new URL(url) }, transport: 'auto', headers: {}, timeoutMs: 20_000, strict: false, allowAuthRequired: false, contract: { tools: [{ name: 'get_forecast' }], exhaustive: false } });
  return report.ok;
}

beforeAll(async () => {
  requireEngine();
  await packagedExample([good]);
  // The bridge starts, but the server command it runs per session exits at once: no MCP session works.
  execFileSync('docker', ['build', '-q', '-t', broken, '-'], { input: `FROM ${good}\nCMD ["node", "-e", "process.exit(3)"]\n`, stdio: ['pipe', 'ignore', 'inherit'] });
  execFileSync('docker', ['build', '-q', '-t', silent, '-'], { input: `FROM local/node:bookworm\nCMD ["node", "-e", ${JSON.stringify(silentServer)}]\n`, stdio: ['pipe', 'ignore', 'inherit'] });
}, 600_000);

afterAll(() => {
  // This run's tags only; the image itself goes when no other tag holds it.
  spawnSync('docker', ['rmi', good, broken, silent, `${repository}:compose-${runId}`, `${repository}:sha-abcdef0`], { stdio: 'ignore' });
});

afterEach(async () => {
  for (const spec of specs) await down({ spec }).catch(() => {});
  specs = [];
}, 120_000);

describe('deploy --target compose', () => {
  test('deploys and gates the image; a broken second image is rolled back to the first, which serves and passes the gate again', async () => {
    const port = await freePort();
    const spec = weatherSpec('rollback');
    const project = `mcp-${spec.server.name}`;
    const first = await deployCompose({ spec, image: good, port, logger: new RecordingLogger() });
    expect(first).toMatchObject({ url: `http://127.0.0.1:${port}/mcp`, project, image: good, imageId: imageId(good), rolledBack: false, services: [spec.server.name] });
    expect(first.toolsHash).toMatch(/^sha256:/);
    expect(first.health).toMatchObject({ ok: true, smoke: { tool: 'get_forecast', ok: true } });
    expect(first.handoff).toMatchObject({ server: spec.server.name, target: 'compose', release: { image: good, project }, clients: { url: first.url, tools: ['convert_temperature', 'get_alerts', 'get_forecast'], connectionTest: { ok: true, toolsHash: first.toolsHash } } });
    expect(runningImage(project)).toBe(good);

    const logger = new RecordingLogger();
    const failed = await failure(deployCompose({ spec, image: broken, port, logger, timeoutMs: 10_000 }));
    expect(failed.message).toMatch(new RegExp(`${broken} failed the health gate`));
    expect(failed.message).toContain(`Rolled back: ${good} runs again and passed the health gate at http://127.0.0.1:${port}/mcp`);
    const result = failed.result as ComposeDeployResult;
    expect(result).toMatchObject({ image: good, rolledBack: true, previousImage: good, health: { ok: true } });
    expect(result.handoff.release.image).toBe(good);
    expect(runningImage(project)).toBe(good);
    expect(await gateAgain(first.url)).toBe(true);
  }, 300_000);

  test('a first deploy that fails its gate is taken down: no container, no state folder', async () => {
    const port = await freePort();
    const spec = weatherSpec('first');
    const failed = await failure(deployCompose({ spec, image: broken, port, timeoutMs: 10_000 }));
    expect(failed.message).toMatch(new RegExp(`${broken} failed the health gate and was taken down: [^]*\nNothing ran before it \\(a first deploy\\): its containers and state were removed`));
    expect(failed.result).toBeUndefined();
    expect(containers(`mcp-${spec.server.name}`)).toBe('');
    expect(existsSync(join(spec.dir, '.mcp-orchestrator', spec.server.name))).toBe(false);
  }, 300_000);

  test('a user\'s Compose file: the server\'s service runs the deployed image, everything else as written; render prints that file; down takes it down', async () => {
    const port = await freePort();
    const { path, dir, name } = specFile('userfile', 'targets:\n  compose: {file: deploy/compose.yml}\n');
    const user = [
      '# the author\'s own Compose file',
      'services:',
      '  mcp:',
      `    image: ${repository}:whatever # replaced by the deploy`,
      '    network_mode: host',
      '    env_file: ./server.env # relative to this file\'s folder',
      '    environment:',
      `      MCP_BRIDGE_HOST: 127.0.0.1`,
      `      MCP_BRIDGE_PORT: "${port}"`,
      '    labels:',
      '      team: weather',
      '',
    ].join('\n');
    execFileSync('mkdir', ['-p', join(dir, 'deploy')]);
    writeFileSync(join(dir, 'deploy/compose.yml'), user);
    writeFileSync(join(dir, 'deploy/server.env'), 'LOG_LEVEL=debug\n');
    const spec = loadSpec(path);
    const result = await deployCompose({ spec, image: good, port });
    expect(result).toMatchObject({ services: ['mcp'], image: good, rolledBack: false, url: `http://127.0.0.1:${port}/mcp`, health: { ok: true } });
    const applied = readFileSync(result.composeFile, 'utf8');
    expect(applied).toBe(user.replace(`${repository}:whatever`, good));
    expect(readFileSync(join(dir, 'deploy/compose.yml'), 'utf8')).toBe(user);
    const project = `mcp-${name}`;
    expect(runningImage(project)).toBe(good);
    expect(execFileSync('docker', ['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Label "team"}}'], { encoding: 'utf8' }).trim()).toBe('weather');
    const [[container]] = running(project) as [[string, string]];
    expect(execFileSync('docker', ['inspect', '--format', '{{json .Config.Env}}', container], { encoding: 'utf8' })).toContain('"LOG_LEVEL=debug"');

    const rendered = await cli(['render', '--target', 'compose', '--spec', path, '--image', good], dir);
    expect(rendered).toMatchObject({ code: 0, stdout: applied });

    // The env_file resolves from the user's folder for down too.
    expect(await down({ spec })).toEqual({ project, stopped: true });
    expect(containers(project)).toBe('');
    expect(existsSync(join(dir, '.mcp-orchestrator'))).toBe(false);
  }, 300_000);

  test('a tag moved since its image ran: the rollback runs the image ID that ran, not what the tag names now', async () => {
    const port = await freePort();
    const live = `${repository}:live-${runId}`;
    const spec = weatherSpec('moved');
    const project = `mcp-${spec.server.name}`;
    execFileSync('docker', ['tag', good, live]);
    try {
      await deployCompose({ spec, image: live, port });
      execFileSync('docker', ['tag', broken, live]);
      const failed = await failure(deployCompose({ spec, image: live, port, timeoutMs: 10_000 }));
      expect(failed.message).toContain(`Rolled back: ${imageId(good)} runs again and passed the health gate`);
      expect(failed.result).toMatchObject({ image: imageId(good), imageId: imageId(good), rolledBack: true, previousImage: live });
      const container = execFileSync('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`], { encoding: 'utf8' }).trim();
      expect(execFileSync('docker', ['inspect', '--format', '{{.Image}}', container], { encoding: 'utf8' }).trim()).toBe(imageId(good));
    } finally {
      execFileSync('docker', ['rmi', live], { stdio: 'ignore' });
    }
  }, 300_000);

  test('an engine that does not answer (DOCKER_HOST) is named, and nothing is changed', async () => {
    const closed = await freePort();
    const spec = weatherSpec('nohost');
    const error = await deployCompose({ spec, image: good, env: { ...process.env, DOCKER_HOST: `tcp://127.0.0.1:${closed}` } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`the Docker Engine at DOCKER_HOST tcp://127\\.0\\.0\\.1:${closed} does not answer .*nothing was changed`));
    expect(existsSync(join(spec.dir, '.mcp-orchestrator'))).toBe(false);
  }, 60_000);

  test.each([
    ['an engine that does not answer', async () => `tcp://127.0.0.1:${await freePort()}`, /does not answer .*nothing was changed/],
    ['a DOCKER_HOST that is not an address', () => Promise.resolve('not a host'), /DOCKER_HOST "not a host" is not an engine address/],
  ])('the CLI with %s exits 2 naming DOCKER_HOST and leaves no container and no state', async (_what, host, message) => {
    const { path, dir, name } = specFile(`badhost-${Math.random().toString(36).slice(2, 6)}`);
    const result = await cli(['deploy', '--target', 'compose', '--spec', path, '--image', good, '--port', String(await freePort())], dir, { ...process.env, DOCKER_HOST: await host() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(containers(`mcp-${name}`)).toBe('');
    expect(existsSync(join(dir, '.mcp-orchestrator'))).toBe(false);
  }, 60_000);

  test('DOCKER_HOST naming the local socket explicitly deploys as the default does, gated on 127.0.0.1', async () => {
    const port = await freePort();
    const spec = weatherSpec('unixhost');
    const env = { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' };
    const result = await deployCompose({ spec, image: good, port, env });
    expect(result).toMatchObject({ url: `http://127.0.0.1:${port}/mcp`, image: good, health: { ok: true } });
    expect(await down({ spec, env })).toMatchObject({ stopped: true });
  }, 180_000);

  test('an engine reached over TCP at another address (DOCKER_HOST tcp://127.0.0.2:P): Compose runs through it, the server binds there and the gate reaches it there', async () => {
    // The engine's socket, served over TCP on 127.0.0.2: as far as docker and Compose can tell, an engine on another host.
    const proxy = createServer((client) => {
      const engine = connect('/var/run/docker.sock');
      client.pipe(engine).pipe(client);
      const close = () => (client.destroy(), engine.destroy());
      client.on('error', close);
      engine.on('error', close);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.2', resolve));
    const env = { ...process.env, DOCKER_HOST: `tcp://127.0.0.2:${(proxy.address() as AddressInfo).port}` };
    try {
      const port = await freePort();
      const spec = weatherSpec('tcphost');
      const result = await deployCompose({ spec, image: good, port, env });
      expect(result).toMatchObject({ url: `http://127.0.0.2:${port}/mcp`, image: good, health: { ok: true } });
      expect(result.handoff.clients.url).toBe(`http://127.0.0.2:${port}/mcp`);
      const [[container]] = running(`mcp-${spec.server.name}`) as [[string, string]];
      expect(execFileSync('docker', ['inspect', '--format', '{{json .Config.Env}}', container], { encoding: 'utf8' })).toContain('"MCP_BRIDGE_HOST=127.0.0.2"');
      expect(await down({ spec, env })).toMatchObject({ stopped: true });
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 180_000);

  test('the CLI deploys with --target compose, prints one JSON document with the handoff and writes the handoff file; render prints the file that runs; a Kubernetes option is refused', async () => {
    const { path, dir, name } = specFile('cli');
    const port = await freePort();
    const refused = await cli(['deploy', '--target', 'compose', '--namespace', 'x', '--spec', 'mcp-deploy.yml'], dir);
    expect(refused.code).toBe(2);
    expect(containers(`mcp-${name}`)).toBe('');
    const deployed = await cli(['deploy', '--target', 'compose', '--spec', 'mcp-deploy.yml', '--image', good, '--port', String(port), '--handoff', 'handoff.json', '--format', 'json'], dir);
    expect(deployed.code).toBe(0);
    const result = JSON.parse(deployed.stdout) as { ok: boolean; url: string; rolledBack: boolean; composeFile: string; handoff: { clients: { url: string; tools: unknown[] }; credentials: unknown; endpoints: unknown } };
    expect(result).toMatchObject({ ok: true, rolledBack: false, url: `http://127.0.0.1:${port}/mcp` });
    expect(result.handoff.clients.url).toBe(result.url);
    const file = JSON.parse(readFileSync(join(dir, 'handoff.json'), 'utf8')) as typeof result.handoff;
    expect(file).toEqual(result.handoff);
    expect(file).toHaveProperty('credentials');
    expect(file).toHaveProperty('endpoints');
    expect(await gateAgain(result.url)).toBe(true);
    const rendered = await cli(['render', '--target', 'compose', '--spec', path, '--image', good, '--port', String(port)], dir);
    expect(rendered).toMatchObject({ code: 0, stdout: readFileSync(result.composeFile, 'utf8') });
  }, 180_000);
});

describe('signals during deploy --target compose', () => {
  test('SIGTERM while the gate waits on a server that never answers restores the image that ran before, which serves again; exit 143', async () => {
    const { path, name } = specFile('sigterm');
    const project = `mcp-${name}`;
    const port = await freePort();
    const first = await deployCompose({ spec: loadSpec(path), image: good, port });
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/entries/cli.ts'), 'deploy', '--target', 'compose', '--spec', path, '--image', silent, '--port', String(port), '--timeout', '10m'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    // In the gate: the silent image runs and the gate's first connection reached it.
    for (;;) {
      const id = running(project).find(([, image]) => image === silent)?.[0];
      if (id && execFileSync('docker', ['logs', id], { encoding: 'utf8' }).includes('accepted')) break;
      if (child.exitCode !== null) throw new Error(`deploy ended before the gate: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 143, signal: null });
    expect(stderr).toContain(`interrupted by SIGTERM: ${good}, which ran before, was started again (not gated again) in ${project}`);
    expect(running(project).map(([, image]) => image)).toEqual([good]);
    expect(await gateAgain(first.url)).toBe(true);
    expect(readState(loadSpec(path))?.deployed?.image).toBe(good);
  }, 300_000);
});
