/** `mcp-orchestrator render --target cloudrun|ecs|containerapps`: stdout, --output files, warnings on stderr, and the flags each target refuses. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../../../src/cli/main.js';

const IMAGE = `ghcr.io/acme/weather@sha256:${'5'.repeat(64)}`;
const SPEC = [
  'server: {name: weather, transport: stdio}',
  'scaling: {max: 3}',
  'targets:',
  '  cloudrun: {region: europe-west1}',
  '  ecs: {region: eu-west-1, execution-role-arn: "arn:aws:iam::123456789012:role/exec"}',
  '  containerapps: {subscription: 00000000-1111-2222-3333-444444444444, resource-group: mcp, environment: mcp-env}',
  '',
].join('\n');

async function run(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'render-cloud-cli-'));
  writeFileSync(join(dir, 'mcp-deploy.yml'), SPEC);
  let stdout = '';
  let stderr = '';
  // The CLI's logger writes warnings to the process's stderr; errors go through io.stderr.
  const write = process.stderr.write;
  process.stderr.write = ((t: string) => ((stderr += t), true)) as typeof process.stderr.write;
  try {
    const code = await main(['render', ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {} });
    let files: Record<string, string> = {};
    try {
      files = Object.fromEntries(readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]));
    } catch {
      // no --output
    }
    return { code, stdout, stderr, files };
  } finally {
    process.stderr.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('render command, cloud targets', () => {
  test('cloudrun prints the Knative Service, revision named by --sha, and warns on stderr about cookie affinity', async () => {
    const r = await run(['--target', 'cloudrun', '--image', IMAGE, '--sha', 'deadbeefcafe']);
    expect(r.code).toBe(0);
    const service = parse(r.stdout);
    expect(service.kind).toBe('Service');
    expect(service.spec.template.metadata.name).toBe('weather-deadbee');
    expect(r.stderr).toMatch(/more than one Cloud Run instance/);
  });

  test('ecs --output writes task-definition.json and service.json; stdout names them', async () => {
    const r = await run(['--target', 'ecs', '--image', IMAGE, '--output', 'out']);
    expect(r.code).toBe(0);
    expect(Object.keys(r.files).sort()).toEqual(['service.json', 'task-definition.json']);
    expect(JSON.parse(r.files['task-definition.json']!).family).toBe('weather');
    expect(r.stdout.trim().split('\n').map((l) => l.split('/').pop())).toEqual(['task-definition.json', 'service.json']);
  });

  test('containerapps --stage promote --revision-suffix gives all traffic to the named revision', async () => {
    const r = await run(['--target', 'containerapps', '--image', IMAGE, '--stage', 'promote', '--revision-suffix', 'v2']);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).properties.configuration.ingress.traffic).toEqual([{ revisionName: 'weather--v2', weight: 100 }]);
  });

  test.each([
    [['--target', 'cloudrun', '--image', IMAGE, '--namespace', 'x'], /--namespace is a Kubernetes option/],
    [['--target', 'ecs', '--image', IMAGE, '--stage', 'promote'], /--stage, --tag and --serving-revision are for cloudrun and containerapps/],
    [['--target', 'cloudrun', '--image', IMAGE, '--format', 'json'], /--format: "json" is not one of yaml/],
    [['--target', 'containerapps', '--image', IMAGE, '--stage', 'later'], /--stage: "later" is not one of candidate, promote/],
    [['--target', 'cloudrun'], /--image REF@sha256:\.\.\. is required/],
    [['--target', 'kubernetes', '--image', IMAGE, '--sha', 'abcdef1'], /--sha is an option of the cloud targets/],
    [['--target', 'compose', '--image', IMAGE, '--tag', 'x'], /--tag is an option of the cloud targets/],
  ])('%j exits 2 naming what is wrong', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
