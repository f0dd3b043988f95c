/**
 * The scan against images built by the real engine: the planted image (secrets generated at
 * build time in every placement, plus decoys; truth in planted.json), the clean realistic image,
 * and hostile archives. Also the CLI bundle's exit codes and outputs, grepped for every secret.
 * Needs: Docker Engine and the fixtures (scripts/ci-setup.sh).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanImage } from '../../src/scan/scan-image.js';
import type { ScanReport } from '../../src/scan/types.js';
import { fixturePath, requireEngine } from '../helpers/engine.js';
import { repoRoot } from '../helpers/paths.js';

interface Planted {
  rule: string;
  where: string;
  path?: string;
  name?: string;
  deleted?: boolean;
  secret: string;
}

const truth = () => JSON.parse(readFileSync(join(fixturePath('planted'), 'planted.json'), 'utf8')) as { planted: Planted[] };

function cli(args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'dist/cli/index.js'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('the planted image', () => {
  let report: ScanReport;
  beforeAll(async () => {
    requireEngine();
    report = await scanImage(`docker-archive:${fixturePath('planted.tar')}`);
  }, 120_000);

  test('reports every planted secret where it was planted, with the right deleted flag', () => {
    const seen = report.findings.map((f) => `${f.rule} ${f.where} ${f.path ?? f.name} deleted=${f.deleted ?? false}`);
    const expected = truth().planted.map((p) => `${p.rule} ${p.where} ${p.path ?? p.name} deleted=${p.deleted ?? false}`);
    expect(seen.sort()).toEqual(expect.arrayContaining(expected.sort()));
  });

  test('flags no decoy: documented example keys, a public key, PEM headers without a body, placeholders, a test JWT', () => {
    expect(report.findings.filter((f) => f.path?.startsWith('/app/decoys/') || f.path === '/app/.env.example')).toEqual([]);
  });

  test('reports nothing it did not plant', () => {
    const planted = new Set(truth().planted.map((p) => `${p.rule} ${p.path ?? p.name}`));
    expect(report.findings.filter((f) => !planted.has(`${f.rule} ${f.path ?? f.name}`)).map((f) => `${f.rule} ${f.path ?? f.name}`)).toEqual([]);
  });

  test('names the layer and the instruction that created it', () => {
    const key = report.findings.find((f) => f.path === '/root/.ssh/id_rsa')!;
    expect(key.layer?.createdBy).toMatch(/COPY file:[0-9a-f]+ in \/root\/.ssh\/id_rsa/);
    expect(key.line).toBe(1);
  });
});

describe('the CLI bundle on real images', () => {
  test('on worker threads and in one thread the planted image gives the same findings', () => {
    const source = `docker-archive:${fixturePath('planted.tar')}`;
    const fingerprints = (workers: string) => {
      const run = cli(['scan', source, '--format', 'json', '--workers', workers]);
      expect(run.status).toBe(1);
      return (JSON.parse(run.stdout) as ScanReport).findings.map((f) => `${f.fingerprint} ${f.layer?.index} ${f.deleted}`).sort();
    };
    const threaded = fingerprints('2');
    expect(threaded.length).toBeGreaterThan(30);
    expect(fingerprints('0')).toEqual(threaded);
    expect(cli(['scan', source, '--workers', 'many']).status).toBe(2);
  }, 120_000);

  test('exits 1 on the planted image and never prints a planted secret, in text, JSON or SARIF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-out-'));
    try {
      const source = `docker-archive:${fixturePath('planted.tar')}`;
      const text = cli(['scan', source]);
      const json = cli(['scan', source, '--format', 'json', '--output', join(dir, 'report.json'), '--sarif', join(dir, 'report.sarif')]);
      const sarif = cli(['scan', source, '--format', 'sarif']);
      expect([text.status, json.status, sarif.status]).toEqual([1, 1, 1]);
      const everything = [text.stdout, text.stderr, json.stdout, json.stderr, sarif.stdout, readFileSync(join(dir, 'report.json'), 'utf8'), readFileSync(join(dir, 'report.sarif'), 'utf8')].join('\n');
      const leaked = truth().planted.filter((p) => p.secret.length > 8 && everything.includes(p.secret));
      expect(leaked.map((p) => p.rule)).toEqual([]);
      const parsed = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: object }>; tool: { driver: { rules: Array<{ properties: Record<string, string> }> } } }> };
      expect(parsed.version).toBe('2.1.0');
      expect(parsed.runs[0]!.results.length).toBe((JSON.parse(json.stdout) as ScanReport).findings.length);
      expect(parsed.runs[0]!.tool.driver.rules.every((r) => Number(r.properties['security-severity']) > 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('passes the clean realistic image at high: nothing at high or above in Debian, Node and three MCP servers', () => {
    const run = cli(['scan', `oci:${fixturePath('realistic-oci')}:latest`, '--format', 'json']);
    const report = JSON.parse(run.stdout) as ScanReport;
    expect(report.findings.filter((f) => f.severity === 'critical' || f.severity === 'high')).toEqual([]);
    expect(run.status).toBe(0);
    expect(report.stats.files).toBeGreaterThan(9000);
  }, 120_000);

  test('a baseline with reasons silences accepted findings, and only those', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baseline-'));
    try {
      const baseline = join(dir, 'baseline.yml');
      writeFileSync(baseline, 'accepted:\n  - path: /app/families.txt\n    reason: every rule family, planted on purpose\n  - path: /root/**\n    reason: test credentials\n');
      const run = cli(['scan', `docker-archive:${fixturePath('planted.tar')}`, '--format', 'json', '--baseline', baseline]);
      const report = JSON.parse(run.stdout) as ScanReport;
      expect(report.findings.some((f) => f.path === '/app/families.txt' || f.path?.startsWith('/root/'))).toBe(false);
      expect(report.suppressed.length).toBeGreaterThan(20);
      expect(report.suppressed.every((s) => s.reason.length > 0)).toBe(true);
      expect(run.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('a truncated archive fails with exit 2 and an error, never a clean report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    try {
      const copy = join(dir, 'planted.tar');
      copyFileSync(fixturePath('planted.tar'), copy);
      truncateSync(copy, 50 * 1024 * 1024);
      const run = cli(['scan', `docker-archive:${copy}`, '--format', 'json']);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/truncated/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
