/**
 * Package, scan, push and run on the real engine and registry: the Node (TypeScript, SDK) and
 * Python examples are packaged with the bridge (no network inside the build), their archives
 * scanned and pushed, and run with `up`, gated and taken `down`, leaving nothing behind; and the
 * README's main job, `npm run demo`. The examples name public base images and ghcr.io; the tests
 * build on the local base images (scripts/build-base-images.sh) and tag for the local registry.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageServer, type PackageResult } from '../../src/package/package.js';
import { pushImage } from '../../src/push/push.js';
import { down, up } from '../../src/run/local.js';
import { runScan } from '../../src/scan/run-scan.js';
import { loadSpec, parseSpec } from '../../src/spec/spec.js';
import { main } from '../../src/cli/main.js';
import { requireEngine } from '../helpers/engine.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';

// The test rig's own values, passed as the options a user would pass as flags or inputs.
const localBases = { node: 'local/node:bookworm', python: 'local/python:bookworm' };
const nodeSpec = () => ({ ...loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')), image: `${plainRegistry().host}/examples/weather` });
const pythonSpec = () => loadSpec(join(repoRoot, 'examples/python-server/mcp-deploy.yml'));
const out = mkdtempSync(join(tmpdir(), 'packaged-'));
const inspect = (ref: string) => JSON.parse(execFileSync('docker', ['image', 'inspect', ref], { encoding: 'utf8' }))[0] as { Config: { User: string; Labels: Record<string, string>; Healthcheck: { Test: string[] }; Entrypoint: string[]; Cmd: string[] } };
/** The builder the package stage picks on this engine: buildx where the plugin answers (GitHub's runners), else the classic one. */
const engineBuilder = () => (spawnSync('docker', ['buildx', 'version'], { stdio: 'ignore' }).status === 0 ? 'buildx' : 'classic');
const containers = (project: string) => execFileSync('docker', ['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'], { encoding: 'utf8' }).trim();

let nodeImage: PackageResult | undefined;
afterAll(async () => {
  await down({ spec: nodeSpec() }).catch(() => {});
  await down({ spec: pythonSpec() }).catch(() => {});
});

describe('package', () => {
  test('the Node example: generated Dockerfile, non-root, labels, HEALTHCHECK, the bridge as entrypoint; the archive scans clean and pushes with the same image ID', async () => {
    requireEngine();
    const { host } = plainRegistry();
    nodeImage = await packageServer({ spec: nodeSpec(), base: localBases.node, output: join(out, 'weather.tar'), tags: ['itest'], ref: 'refs/heads/main', sha: 'abcdef0123456789abcdef0123456789abcdef01' });
    expect(nodeImage).toMatchObject({ generated: true, builder: engineBuilder(), project: { kind: 'node', manager: 'npm' } });
    expect(nodeImage.tags).toEqual([`${host}/examples/weather:main`, `${host}/examples/weather:sha-abcdef0`, `${host}/examples/weather:itest`]);
    const config = inspect(nodeImage.tags[0]!).Config;
    expect(config.User).toBe('10001:10001');
    expect(config.Labels).toMatchObject({ 'org.opencontainers.image.revision': 'abcdef0123456789abcdef0123456789abcdef01', 'org.opencontainers.image.title': 'weather', 'org.opencontainers.image.version': '1.0.0' });
    expect(config.Labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(config.Healthcheck.Test[0]).toBe('CMD');
    expect(config.Entrypoint).toEqual(['node', '/opt/mcp-orchestrator/index.js', 'bridge', '--']);
    expect(config.Cmd).toEqual(['node', 'dist/index.js']);
    // The user's context is untouched: no bridge folder, no dist, no node_modules pruned.
    expect(existsSync(join(repoRoot, 'examples/node-server/.mcp-orchestrator'))).toBe(false);

    const scan = await runScan(nodeImage.source, { failOn: 'high' });
    expect(scan.failed).toBe(false);
    expect(scan.report.image.digest).toBe(nodeImage.imageId);

    const reportFile = join(out, 'scan.json');
    writeFileSync(reportFile, JSON.stringify(scan.report));
    const pushed = await pushImage(nodeImage.source, [`docker://${host}/examples/weather:itest`], { scanReport: reportFile });
    expect(pushed.configDigest).toBe(nodeImage.imageId);
    const remote = JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${host}/examples/weather:itest`], { encoding: 'utf8' })) as { config: { digest: string } };
    expect(remote.config.digest).toBe(nodeImage.imageId);
  }, 300_000);

  test('the Python example (plain Python, stdio) with node copied in for the bridge', async () => {
    const result = await packageServer({ spec: pythonSpec(), base: localBases.python, nodeImage: localBases.node, output: join(out, 'calc.tar'), tags: ['itest'] });
    expect(result.project).toMatchObject({ kind: 'python', manager: 'pip', command: ['python3', 'server.py'] });
    const config = inspect(result.tags.at(-1)!).Config;
    expect(config.Entrypoint).toEqual(['node', '/opt/mcp-orchestrator/index.js', 'bridge', '--']);
    expect(config.Cmd).toEqual(['python3', 'server.py']);
  }, 300_000);

  test('a build argument named like a secret is refused before anything is built; so is a missing context', async () => {
    const spec = parseSpec('server: {name: x}\nbuild:\n  args: {NPM_TOKEN: abc, NODE_ENV: production}\n', join(repoRoot, 'examples/node-server/x.yml'));
    await expect(packageServer({ spec })).rejects.toThrow(/build\.args\.NPM_TOKEN: refusing a build argument whose name looks like a secret/);
    const missing = parseSpec('server: {name: x}\nbuild: {context: ./nowhere}\n', join(repoRoot, 'examples/node-server/x.yml'));
    await expect(packageServer({ spec: missing })).rejects.toThrow(/build\.context: .*nowhere does not exist/);
  });
});

describe('up and down', () => {
  test('up runs the packaged Node example on loopback, gates it, hands off; down leaves no container and no state', async () => {
    const spec = nodeSpec();
    const port = await freePort();
    const result = await up({ spec, image: `${plainRegistry().host}/examples/weather:itest`, port, timeoutMs: 60_000 });
    expect(result.health).toMatchObject({ ok: true, server: { name: 'weather' } });
    expect(result.health.smoke).toMatchObject({ tool: 'get_forecast', ok: true });
    expect(result.handoff.tools).toEqual(['convert_temperature', 'get_alerts', 'get_forecast']);
    expect(result.handoff.snippets.claudeCode).toBe(`claude mcp add --transport http weather http://127.0.0.1:${port}/mcp`);
    expect(containers('mcp-weather')).not.toBe('');
    const stopped = await down({ spec });
    expect(stopped.stopped).toBe(true);
    expect(containers('mcp-weather')).toBe('');
    expect(existsSync(join(spec.dir, '.mcp-orchestrator'))).toBe(false);
  }, 180_000);

  test('a server that fails its gate is taken down again, and the error says why', async () => {
    const spec = pythonSpec();
    spec.health.expectTools = ['add', 'divide'];
    const port = await freePort();
    await expect(up({ spec, image: 'local/calculator-py:itest', port, timeoutMs: 30_000 })).rejects.toThrow(/failed the health gate and was taken down: tool "divide" is missing/);
    expect(containers('mcp-calculator-py')).toBe('');
    expect(existsSync(join(spec.dir, '.mcp-orchestrator'))).toBe(false);
  }, 180_000);

  test('the CLI: up --format json, then down; a bad --spec exits 2 naming the line', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const io = { stdout: (t: string) => void lines.push(t), stderr: (t: string) => void lines.push(t), cwd: join(repoRoot, 'examples/python-server') };
    expect(await main(['up', '--image', 'local/calculator-py:itest', '--port', String(port), '--format', 'json'], io)).toBe(0);
    expect((JSON.parse(lines.at(-1)!) as { handoff: { tools: string[] } }).handoff.tools).toEqual(['add', 'shout']);
    // health --spec takes the contract and the smoke call from health: of the spec.
    expect(await main(['health', `http://127.0.0.1:${port}/mcp`, '--spec', 'mcp-deploy.yml', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ ok: true, smoke: { tool: 'add', ok: true, text: '5' } });
    expect(await main(['down'], io)).toBe(0);
    expect(containers('mcp-calculator-py')).toBe('');
    const bad = join(out, 'bad.yml');
    writeFileSync(bad, 'server:\n  name: x\n  port: 0\n');
    expect(await main(['up', '--spec', bad], io)).toBe(2);
    expect(lines.at(-1)).toMatch(/bad\.yml:3:9: server\.port: must be >= 1/);
  }, 180_000);
});

describe('npm run demo (the README main job)', () => {
  test('packages, scans, runs, gates and prints the client configuration; the server stays up until down', async () => {
    const port = await freePort();
    const demo = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo.mjs')], { cwd: repoRoot, env: { ...process.env, DEMO_PORT: String(port) }, encoding: 'utf8', timeout: 600_000 });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/scanned \d+ layers, \d+ files, .*: no findings/);
    expect(demo.stdout).toContain(`weather is up at http://127.0.0.1:${port}/mcp`);
    expect(demo.stdout).toContain(`claude mcp add --transport http weather http://127.0.0.1:${port}/mcp`);
    expect(demo.stderr).toContain('Stop it with:');
    const health = spawnSync(process.execPath, [join(repoRoot, 'dist/cli/index.js'), 'health', `http://127.0.0.1:${port}/mcp`, '--expect-tools', 'get_forecast'], { encoding: 'utf8' });
    expect(health.status).toBe(0);
    await down({ spec: nodeSpec() });
    expect(containers('mcp-weather')).toBe('');
  }, 600_000);
});
