/**
 * Package, scan, push and run on the real engine and registry: the Node (TypeScript, SDK) and
 * Python examples are packaged with the bridge (no network inside the build), their archives
 * scanned and pushed, and run with `up`, gated and taken `down`, leaving nothing behind; and the
 * README's main job, `npm run demo`. The examples name public base images and ghcr.io; the tests
 * build on the local base images (scripts/build-base-images.sh) and tag for the local registry.
 *
 * Each test can run alone: the packaged images come from memoised helpers (packaged and pushed
 * once per file run, by whichever test needs them first) under a tag of this run, so no earlier
 * run's image stands in. The `up` tests run the Compose projects `up` names from the examples'
 * specs (mcp-weather, mcp-calculator-py), as `npm run demo` does: a demo left running on this
 * machine is taken down by this file.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageServer, type PackageResult } from '../../src/package/package.js';
import { pushImage } from '../../src/push/push.js';
import { deployCompose, type ComposeDeployOptions } from '../../src/deploy/compose/deploy.js';
import { down } from '../../src/deploy/compose/down.js';
import { runScan } from '../../src/scan/run-scan.js';
import { loadSpec, parseSpec } from '../../src/spec/spec.js';
import { main } from '../../src/cli/main.js';
import { requireEngine } from '../helpers/engine.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';
import { isolatedDockerConfig, plainRegistry } from '../helpers/registries.js';

// The test rig's own values, passed as the options a user would pass as flags or inputs.
/** `up` is the compose deploy on this machine's engine. */
const up = (options: Omit<ComposeDeployOptions, 'command'>) => deployCompose({ ...options, command: 'up' });
const localBases = { node: 'local/node:bookworm', python: 'local/python:bookworm' };
const nodeSpec = () => ({ ...loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')), image: `${plainRegistry().host}/examples/weather` });
const pythonSpec = () => loadSpec(join(repoRoot, 'examples/python-server/mcp-deploy.yml'));
const out = mkdtempSync(join(tmpdir(), 'packaged-'));
const inspect = (ref: string) => JSON.parse(execFileSync('docker', ['image', 'inspect', ref], { encoding: 'utf8' }))[0] as { Config: { User: string; Labels: Record<string, string>; Healthcheck: { Test: string[] }; Entrypoint: string[]; Cmd: string[] } };
/** The builder the package stage picks on this engine: buildx where the plugin answers (GitHub's runners), else the classic one. */
const engineBuilder = () => (spawnSync('docker', ['buildx', 'version'], { stdio: 'ignore' }).status === 0 ? 'buildx' : 'classic');
const containers = (project: string) => execFileSync('docker', ['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'], { encoding: 'utf8' }).trim();
/**
 * The addresses something listens on at TCP `port` on this host, from /proc/net/tcp{,6} (the
 * containers `up` starts share the host's network): 127.0.0.1, 0.0.0.0, ::, ...
 */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const v4 = (hex: string) => [...Buffer.from(hex, 'hex').reverse()].join('.');
  const v6 = (hex: string) => (/^0+$/.test(hex) ? '::' : /^0{16}FFFF0000/.test(hex) ? `::ffff:${v4(hex.slice(24))}` : `v6:${hex}`);
  return (['tcp', 'tcp6'] as const).flatMap((table) =>
    readFileSync(`/proc/net/${table}`, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter(([, local, , state]) => state === '0A' && local!.endsWith(`:${hexPort}`))
      .map(([, local]) => (table === 'tcp' ? v4 : v6)(local!.split(':')[0]!)),
  );
}
/** `node -e CODE` in `image`, as its entrypoint; stdout, or undefined when it fails (no node there). */
const nodeIn = (image: string, code: string) => {
  const r = spawnSync('docker', ['run', '--rm', '--network', 'host', '--entrypoint', 'node', image, '-e', code], { encoding: 'utf8', timeout: 120_000 });
  return r.status === 0 ? r.stdout : undefined;
};

// This run's tag: an image an earlier run left under it cannot exist.
const run = Date.now().toString(36);
const itest = `itest-${run}`;
// Never the machine's ~/.docker/config.json: what a test uses, it passes.
const dockerConfig = isolatedDockerConfig();

interface PackagedNode {
  packaged: PackageResult;
  scan: Awaited<ReturnType<typeof runScan>>;
  pushed: Awaited<ReturnType<typeof pushImage>>;
  /** The reference pushed to the local registry, this run's tag. */
  ref: string;
}
let node: Promise<PackagedNode> | undefined;
/** The Node example packaged, scanned and pushed once per file run. */
const packagedNode = () =>
  (node ??= (async () => {
    requireEngine();
    const { host } = plainRegistry();
    const packaged = await packageServer({ spec: nodeSpec(), base: localBases.node, output: join(out, 'weather.tar'), tags: [itest], ref: 'refs/heads/main', sha: 'abcdef0123456789abcdef0123456789abcdef01' });
    const scan = await runScan(packaged.source, { failOn: 'high' });
    const reportFile = join(out, 'scan.json');
    writeFileSync(reportFile, JSON.stringify(scan.report));
    const ref = `${host}/examples/weather:${itest}`;
    const pushed = await pushImage(packaged.source, [`docker://${ref}`], { scanReport: reportFile, registry: { dockerConfigPath: dockerConfig.path } });
    return { packaged, scan, pushed, ref };
  })());

let python: Promise<PackageResult> | undefined;
/** The Python example packaged once per file run; its last tag is this run's. */
const packagedPython = () => (python ??= (requireEngine(), packageServer({ spec: pythonSpec(), base: localBases.python, nodeImage: localBases.node, output: join(out, 'calc.tar'), tags: [itest] })));

afterAll(async () => {
  await down({ spec: nodeSpec() }).catch(() => {});
  await down({ spec: pythonSpec() }).catch(() => {});
  // This run's tags only (the images stay under their other tags).
  const ours = (await Promise.all([node?.then((n) => n.packaged.tags), python?.then((p) => p.tags)].map((t) => t?.catch(() => undefined)))).flat();
  const tags = ours.filter((t): t is string => t?.endsWith(`:${itest}`) ?? false);
  if (tags.length) spawnSync('docker', ['image', 'rm', ...tags], { stdio: 'ignore' });
});

describe('package', () => {
  test('the Node example: generated Dockerfile, non-root, labels, HEALTHCHECK, the bridge as entrypoint; the archive scans clean and pushes with the same image ID', async () => {
    const { host } = plainRegistry();
    const { packaged: nodeImage, scan, pushed, ref } = await packagedNode();
    expect(nodeImage).toMatchObject({ generated: true, builder: engineBuilder(), project: { kind: 'node', manager: 'npm' } });
    expect(nodeImage.tags).toEqual([`${host}/examples/weather:main`, `${host}/examples/weather:sha-abcdef0`, ref]);
    const config = inspect(nodeImage.tags[0]!).Config;
    expect(config.User).toBe('10001:10001');
    expect(config.Labels).toMatchObject({ 'org.opencontainers.image.revision': 'abcdef0123456789abcdef0123456789abcdef01', 'org.opencontainers.image.title': 'weather', 'org.opencontainers.image.version': '1.0.0' });
    expect(config.Labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(config.Healthcheck.Test[0]).toBe('CMD');
    expect(config.Entrypoint).toEqual(['node', '/opt/mcp-orchestrator/index.js', 'bridge', '--']);
    expect(config.Cmd).toEqual(['node', 'dist/index.js']);
    // The user's context is untouched: no bridge folder, no dist, no node_modules pruned.
    expect(existsSync(join(repoRoot, 'examples/node-server/.mcp-orchestrator'))).toBe(false);

    expect(scan.failed).toBe(false);
    expect(scan.report.image.digest).toBe(nodeImage.imageId);

    expect(pushed.configDigest).toBe(nodeImage.imageId);
    const remote = JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`], { encoding: 'utf8' })) as { config: { digest: string } };
    expect(remote.config.digest).toBe(nodeImage.imageId);
  }, 300_000);

  test('the Python example (plain Python, stdio) with node copied in for the bridge', async () => {
    const result = await packagedPython();
    expect(result.tags.at(-1)).toBe(`local/calculator-py:${itest}`);
    expect(result.project).toMatchObject({ kind: 'python', manager: 'pip', command: ['python3', 'server.py'] });
    const config = inspect(result.tags.at(-1)!).Config;
    expect(config.Entrypoint).toEqual(['node', '/opt/mcp-orchestrator/index.js', 'bridge', '--']);
    expect(config.Cmd).toEqual(['python3', 'server.py']);
    // The Python base has no node; the packaged image runs the node of the node image it was given.
    const version = 'process.stdout.write(process.version)';
    expect(nodeIn(localBases.python, version)).toBeUndefined();
    expect(nodeIn(result.tags.at(-1)!, version)).toBe(nodeIn(localBases.node, version));
    expect(nodeIn(result.tags.at(-1)!, version)).toMatch(/^v\d+\./);
  }, 300_000);

  test('a build argument named like a secret is refused before anything is built; so is a missing context', async () => {
    // With the engine unreachable, the refusals still come as the same input errors: nothing asked the engine first.
    const noEngine = { ...process.env, DOCKER_HOST: `unix://${join(out, 'no-engine.sock')}` };
    const spec = parseSpec('server: {name: x}\nbuild:\n  args: {NPM_TOKEN: abc, NODE_ENV: production}\n', join(repoRoot, 'examples/node-server/x.yml'));
    for (const env of [process.env, noEngine]) {
      await expect(packageServer({ spec, env })).rejects.toThrow(/build\.args\.NPM_TOKEN: refusing a build argument whose name looks like a secret/);
    }
    const missing = parseSpec('server: {name: x}\nbuild: {context: ./nowhere}\n', join(repoRoot, 'examples/node-server/x.yml'));
    for (const env of [process.env, noEngine]) {
      await expect(packageServer({ spec: missing, env })).rejects.toThrow(/build\.context: .*nowhere does not exist/);
    }
    // The control: without those faults, the same spec reaches the engine and fails there.
    const clean = parseSpec('server: {name: x}\nbuild:\n  args: {NODE_ENV: production}\n', join(repoRoot, 'examples/node-server/x.yml'));
    await expect(packageServer({ spec: clean, env: noEngine, output: join(out, 'never.tar') })).rejects.toThrow(/no-engine\.sock/);
  }, 120_000);
});

describe('up and down', () => {
  test('up runs the packaged Node example on loopback, gates it, hands off; down leaves no container and no state', async () => {
    const { ref } = await packagedNode();
    const spec = nodeSpec();
    const port = await freePort();
    const result = await up({ spec, image: ref, port, timeoutMs: 60_000 });
    expect(result.image).toBe(ref);
    expect(result.health).toMatchObject({ ok: true, server: { name: 'weather' } });
    expect(result.health.smoke).toMatchObject({ tool: 'get_forecast', ok: true });
    expect(result.handoff.clients.tools).toEqual(['convert_temperature', 'get_alerts', 'get_forecast']);
    expect(result.handoff.clients.snippets.claudeCode).toBe(`claude mcp add --transport http weather http://127.0.0.1:${port}/mcp`);
    expect(containers('mcp-weather')).not.toBe('');
    // On the host's network, the server listens on loopback only: not 0.0.0.0, not ::.
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
    const stopped = await down({ spec });
    expect(stopped.stopped).toBe(true);
    expect(containers('mcp-weather')).toBe('');
    expect(existsSync(join(spec.dir, '.mcp-orchestrator'))).toBe(false);
  }, 480_000);

  test('a server that fails its gate is taken down again, and the error says why', async () => {
    const image = (await packagedPython()).tags.at(-1)!;
    const spec = pythonSpec();
    spec.health.expectTools = ['add', 'divide'];
    const port = await freePort();
    await expect(up({ spec, image, port, timeoutMs: 30_000 })).rejects.toThrow(/failed the health gate and was taken down: tool "divide" is missing/);
    expect(containers('mcp-calculator-py')).toBe('');
    expect(existsSync(join(spec.dir, '.mcp-orchestrator'))).toBe(false);
  }, 480_000);

  test('the CLI: up --format json, then down; a bad --spec exits 2 naming the line', async () => {
    const image = (await packagedPython()).tags.at(-1)!;
    const port = await freePort();
    const lines: string[] = [];
    const io = { stdout: (t: string) => void lines.push(t), stderr: (t: string) => void lines.push(t), cwd: join(repoRoot, 'examples/python-server') };
    expect(await main(['up', '--image', image, '--port', String(port), '--format', 'json'], io)).toBe(0);
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
  }, 480_000);
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
