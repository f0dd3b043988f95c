/** `mcp-orchestrator render`: the stream on stdout, files in a folder, JSON, and the digest rule. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { main } from '../../../src/cli/main.js';

const DIGEST = `sha256:${'5'.repeat(64)}`;

async function run(args: string[], specText: string) {
  const dir = mkdtempSync(join(tmpdir(), 'render-cli-'));
  writeFileSync(join(dir, 'mcp-deploy.yml'), specText);
  let stdout = '';
  let stderr = '';
  // The CLI's logger writes warnings to the process's stderr; errors go through io.stderr.
  const write = process.stderr.write;
  process.stderr.write = ((t: string) => ((stderr += t), true)) as typeof process.stderr.write;
  try {
    const code = await main(['render', ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {} });
    const files = Object.fromEntries(
      (() => {
        try {
          return readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]);
        } catch {
          return [];
        }
      })(),
    );
    return { code, stdout, stderr, files };
  } finally {
    process.stderr.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
}

const SPEC = 'server: {name: weather, transport: stdio}\nscaling: {min: 2}\ningress: {host: w.example.com, class: traefik}\n';

describe('render command', () => {
  test('prints one YAML stream of every object and warns on stderr when sessions may break', async () => {
    const r = await run(['--target', 'kubernetes', '--image', `127.0.0.1:5000/weather@${DIGEST}`, '--namespace', 'mcp'], SPEC);
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(r.stdout) as ReturnType<typeof parseAllDocuments>;
    expect(docs.map((d) => d.toJS().kind)).toEqual(['ServiceAccount', 'Deployment', 'Service', 'Ingress', 'PodDisruptionBudget', 'NetworkPolicy']);
    expect(docs.every((d) => d.toJS().metadata.namespace === 'mcp')).toBe(true);
    expect(r.stderr).toMatch(/warning: .*MCP session/);
  });

  test('--output writes one file per object; --format json writes JSON', async () => {
    const yaml = await run(['--target', 'kubernetes', '--image', `127.0.0.1:5000/weather@${DIGEST}`, '--output', 'out'], SPEC);
    expect(yaml.code).toBe(0);
    expect(Object.keys(yaml.files)).toEqual([
      '01-serviceaccount-weather.yaml',
      '02-deployment-weather.yaml',
      '03-service-weather.yaml',
      '04-ingress-weather.yaml',
      '05-poddisruptionbudget-weather.yaml',
      '06-networkpolicy-weather.yaml',
    ]);
    const json = await run(['--target', 'kubernetes', '--image', `127.0.0.1:5000/weather@${DIGEST}`, '--format', 'json'], SPEC);
    expect(JSON.parse(json.stdout)).toMatchObject({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'ServiceAccount' }, { kind: 'Deployment' }, {}, {}, {}, {}] });
  });

  test.each([
    ['an image without a digest', ['--target', 'kubernetes', '--image', '127.0.0.1:5000/weather:1'], /has no digest: .*REPOSITORY@sha256/],
    ['no image', ['--target', 'kubernetes'], /--image REF@sha256:\.\.\. is required/],
    ['no target', ['--image', `127.0.0.1:5000/weather@${DIGEST}`], /--target is required/],
    ['an unknown target', ['--target', 'nomad', '--image', `127.0.0.1:5000/weather@${DIGEST}`], /--target: "nomad" is not one of kubernetes/],
    ['a namespace that is not a DNS label', ['--target', 'kubernetes', '--image', `127.0.0.1:5000/weather@${DIGEST}`, '--namespace', 'a\nb'], /--namespace: "a\\nb" is not a DNS label/],
  ])('refuses %s with exit code 2', async (_name, args, message) => {
    const r = await run(args, SPEC);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
