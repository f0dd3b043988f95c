/**
 * Rehearsal of .github/workflows/deploy-compose.yml, run by the harness (test/harness) as GitHub's
 * runner would, from a user's caller (test/fixtures/workflows/deploy-compose-caller.yml): this
 * project's actions from their bundles under Node 24 on the REAL Docker Engine and the plain local
 * registry (127.0.0.1:5000); only actions/checkout and upload-sarif are doubles. Each run has its
 * own server name (so its own Compose project) on a free loopback port, taken down after.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { exec } from '../../src/util/exec.js';
import { rehearse } from '../harness/rehearse.js';
import type { RehearsalOptions } from '../harness/types.js';
import { requireEngine } from '../helpers/engine.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';

const work = mkdtempSync(join(tmpdir(), 'rehearsal-compose-'));
const projects: string[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The user's repository: the example server under its own name, on the local base image and registry. */
function userRepository(name: string, repository: string): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  cpSync(join(repoRoot, 'examples/node-server'), dir, { recursive: true, filter: (src) => !/\/(node_modules|dist)$/.test(src) });
  const spec = parseYaml(readFileSync(join(dir, 'mcp-deploy.yml'), 'utf8')) as { image: string; server: { name: string }; build: Record<string, unknown> };
  spec.image = repository;
  spec.server.name = name;
  spec.build.base = 'local/node:bookworm';
  writeFileSync(join(dir, 'mcp-deploy.yml'), stringify(spec));
  return dir;
}

function options(name: string, port: number, repository: string, tree: string): RehearsalOptions {
  const sha = randomBytes(20).toString('hex');
  projects.push(`mcp-${name}`);
  return {
    workflow: 'test/fixtures/workflows/deploy-compose-caller.yml',
    event: { name: 'push', payload: { ref: 'refs/heads/main', after: sha } },
    github: { repository: 'acme/weather', sha, ref: 'refs/heads/main' },
    vars: { IMAGE: repository, PORT: String(port) },
    repositories: { 'acme/weather': tree },
    machineEnv: { npm_config_cache: join(homedir(), '.npm'), npm_config_prefer_offline: 'true' },
  };
}

afterAll(async () => {
  // By the project's label with the plain engine CLI: it works whichever Compose (v2 plugin or
  // docker-compose v1) the workflow ran with. (`docker compose -p P down` failed on an engine
  // without the v2 plugin, and the rehearsal's container kept running after the suite.)
  for (const project of projects) {
    const label = `label=com.docker.compose.project=${project}`;
    const ids = (await exec('docker', ['ps', '-aq', '--filter', label])).stdout.trim().split('\n').filter(Boolean);
    if (ids.length > 0) await exec('docker', ['rm', '-f', '-v', ...ids], { timeoutMs: 120_000 });
    const networks = (await exec('docker', ['network', 'ls', '-q', '--filter', label])).stdout.trim().split('\n').filter(Boolean);
    if (networks.length > 0) await exec('docker', ['network', 'rm', ...networks], { okCodes: [0, 1] });
  }
  rmSync(work, { recursive: true, force: true });
});

describe('deploy-compose.yml rehearsed on the real engine', () => {
  test('the caller ships the example to Compose: pushed by digest, up on the port, gated by the deploy and the health step; outputs url, digest, tools-hash, handoff', async () => {
    requireEngine();
    const name = `weather-rh-${randomBytes(3).toString('hex')}`;
    const port = await freePort();
    const repository = `${plainRegistry().host}/rehearsal/${name}`;
    const run = await rehearse(options(name, port, repository, userRepository(name, repository)));
    const ship = run.job('ship/ship');
    expect(ship.steps.filter((s) => s.outcome === 'failure').map((s) => `${s.name}: ${s.reason}\n${s.log.slice(-3000)}`)).toEqual([]);
    expect(run.result).toBe('success');
    const { url, digest, revision, 'tools-hash': toolsHash, handoff } = ship.outputs;
    expect(url).toBe(`http://127.0.0.1:${port}/mcp`);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(revision ?? '').toBe('');
    expect(toolsHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(handoff!)).toMatchObject({ schema: 'mcp-orchestrator/handoff/v1', clients: { url } });
    // The running container is the pushed digest.
    const containers = (await exec('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=mcp-${name}`])).stdout.trim().split('\n');
    expect(containers).toHaveLength(1);
    expect((await exec('docker', ['inspect', '--format', '{{.Config.Image}}', containers[0]!])).stdout.trim()).toBe(`${repository}@${digest}`);
    // The health step probed the deployed URL and passed.
    expect(ship.steps.find((s) => s.id === 'health')).toMatchObject({ outcome: 'success', outputs: { healthy: 'true' } });
    expect(ship.steps.find((s) => s.id === 'checklist')!.outcome).toBe('success');
    expect(run.records['github/codeql-action/upload-sarif']!.find((u) => u.category === 'mcp-orchestrator-scan')).toMatchObject({ sarif: { version: '2.1.0' } });
    expect(ship.concurrency).toMatchObject({ group: 'mcp-deploy-compose-acme/weather-rehearsal', 'cancel-in-progress': false });
  }, 600_000);
});
