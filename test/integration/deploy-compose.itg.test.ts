/**
 * `deployCompose` on the real engine with the real Compose (v2 where present, else docker-compose):
 * the packaged Node example (built once for this file under a per-run tag), run on a random free
 * loopback port and gated; a second deploy of a broken image (the bridge runs a command that
 * exits, so no MCP session works) is rolled back to the first image, which serves and passes the
 * gate again; a failed first deploy is taken down; a user's Compose file runs with the server's
 * image substituted and nothing else changed; a tag moved since it ran is rolled back by image
 * ID; an engine (DOCKER_HOST) that does not answer is named before any change. Each test has its own server name, so its own
 * Compose project and state folder, and takes them down after it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComposeDeployFailure, deployCompose, type ComposeDeployResult } from '../../src/deploy/compose/deploy.js';
import { runHealthGate } from '../../src/health/gate.js';
import { packageServer } from '../../src/package/package.js';
import { down } from '../../src/run/local.js';
import { loadSpec, type DeploySpec } from '../../src/spec/spec.js';
import { InputError } from '../../src/util/errors.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { requireEngine } from '../helpers/engine.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const runId = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'deploy-compose-'));
const repository = 'local/weather-compose';
const good = `${repository}:good-${runId}`;
const broken = `${repository}:broken-${runId}`;

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
const imageId = (ref: string) => execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', ref], { encoding: 'utf8' }).trim();

async function failure(promise: Promise<unknown>): Promise<ComposeDeployFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ComposeDeployFailure);
  return error as ComposeDeployFailure;
}

/** The gate again, from outside the deploy: what serves now answers the MCP contract. */
async function gateAgain(url: string): Promise<boolean> {
  const report = await runHealthGate({ target: { kind: 'url', url: new URL(url) }, transport: 'auto', headers: {}, timeoutMs: 20_000, strict: false, allowAuthRequired: false, contract: { tools: [{ name: 'get_forecast' }], exhaustive: false } });
  return report.ok;
}

beforeAll(async () => {
  requireEngine();
  const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
  spec.image = repository;
  await packageServer({ spec, base: 'local/node:bookworm', output: join(work, 'weather.tar'), tags: [`good-${runId}`], ref: `refs/heads/compose-${runId}`, sha: 'abcdef0123456789abcdef0123456789abcdef01' });
  // The bridge starts, but the server command it runs per session exits at once: no MCP session works.
  execFileSync('docker', ['build', '-q', '-t', broken, '-'], { input: `FROM ${good}\nCMD ["node", "-e", "process.exit(3)"]\n`, stdio: ['pipe', 'ignore', 'inherit'] });
}, 600_000);

afterAll(() => {
  // This run's tags only; the image itself goes when no other tag holds it.
  execFileSync('docker', ['rmi', good, broken, `${repository}:compose-${runId}`], { stdio: 'ignore' });
});

afterEach(async () => {
  for (const spec of specs) await down({ spec }).catch(() => {});
  specs = [];
});

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
    const failed = await failure(deployCompose({ spec, image: broken, port, logger, timeoutMs: 20_000 }));
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
    const failed = await failure(deployCompose({ spec, image: broken, port, timeoutMs: 20_000 }));
    expect(failed.message).toMatch(/Nothing ran before: it was taken down \(a first deploy\)/);
    expect(failed.result).toBeUndefined();
    expect(containers(`mcp-${spec.server.name}`)).toBe('');
    expect(existsSync(join(spec.dir, '.mcp-orchestrator', spec.server.name))).toBe(false);
  }, 300_000);

  test('a user\'s Compose file: the server\'s service runs the deployed image, everything else as written', async () => {
    const port = await freePort();
    const spec = weatherSpec('userfile', (s) => {
      s.targets.compose = { file: 'compose.yml' };
    });
    const user = [
      '# the author\'s own Compose file',
      'services:',
      '  mcp:',
      `    image: ${repository}:whatever # replaced by the deploy`,
      '    network_mode: host',
      '    environment:',
      `      MCP_BRIDGE_HOST: 127.0.0.1`,
      `      MCP_BRIDGE_PORT: "${port}"`,
      '      LOG_LEVEL: info',
      '    labels:',
      '      team: weather',
      '',
    ].join('\n');
    writeFileSync(join(spec.dir, 'compose.yml'), user);
    const result = await deployCompose({ spec, image: good, port });
    expect(result).toMatchObject({ services: ['mcp'], image: good, rolledBack: false, health: { ok: true } });
    expect(readFileSync(result.composeFile, 'utf8')).toBe(user.replace(`${repository}:whatever`, good));
    expect(readFileSync(join(spec.dir, 'compose.yml'), 'utf8')).toBe(user);
    const project = `mcp-${spec.server.name}`;
    expect(runningImage(project)).toBe(good);
    expect(execFileSync('docker', ['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Label "team"}}'], { encoding: 'utf8' }).trim()).toBe('weather');
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
      const failed = await failure(deployCompose({ spec, image: live, port, timeoutMs: 20_000 }));
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

  test('the CLI deploys with --target compose, prints one JSON document with the handoff and writes the handoff file; a Kubernetes option is refused', async () => {
    const { main } = await import('../../src/cli/main.js');
    const dir = mkdtempSync(join(work, 'cli-'));
    const name = `wx-cli-${runId}`;
    const text = readFileSync(join(repoRoot, 'examples/node-server/mcp-deploy.yml'), 'utf8').replace('name: weather', `name: ${name}`).replace('image: ghcr.io/acme/weather', `image: ${repository}`).replace('timeout: 60s', 'timeout: 30s');
    writeFileSync(join(dir, 'mcp-deploy.yml'), text);
    specs.push(loadSpec(join(dir, 'mcp-deploy.yml')));
    const port = await freePort();
    let stdout = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, env: process.env, cwd: dir };
    expect(await main(['deploy', '--target', 'compose', '--namespace', 'x', '--spec', 'mcp-deploy.yml'], io)).toBe(2);
    expect(containers(`mcp-${name}`)).toBe('');
    stdout = '';
    const code = await main(['deploy', '--target', 'compose', '--spec', 'mcp-deploy.yml', '--image', good, '--port', String(port), '--handoff', 'handoff.json', '--format', 'json'], io);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { ok: boolean; url: string; rolledBack: boolean; handoff: { clients: { url: string; tools: unknown[] }; credentials: unknown; endpoints: unknown } };
    expect(result).toMatchObject({ ok: true, rolledBack: false, url: `http://127.0.0.1:${port}/mcp` });
    expect(result.handoff.clients.url).toBe(result.url);
    const file = JSON.parse(readFileSync(join(dir, 'handoff.json'), 'utf8')) as typeof result.handoff;
    expect(file).toEqual(result.handoff);
    expect(file).toHaveProperty('credentials');
    expect(file).toHaveProperty('endpoints');
    expect(await gateAgain(result.url)).toBe(true);
  }, 180_000);
});
