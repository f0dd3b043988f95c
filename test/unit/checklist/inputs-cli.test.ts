/** `mcp-orchestrator checklist` end to end in-process: exit codes 0 / 1 / 2, formats, report files. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { repoRoot } from '../../helpers/paths.js';

const good = join(repoRoot, 'test/fixtures/checklist/good');
const bad = join(repoRoot, 'test/fixtures/checklist/bad');
const DIGEST = `sha256:${'b'.repeat(64)}`;

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['checklist', ...argv], { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('mcp-orchestrator checklist', () => {
  test('exit 0 on a setup that passes at error level; the JSON report and SARIF are written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'checklist-out-'));
    const r = await cli(good, '--render', 'kubernetes', '--pushed-digest', DIGEST, '--scan-report', 'scan.json', '--health-report', 'health.json', '--report-file', join(out, 'r.json'), '--sarif-file', join(out, 'r.sarif'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Checklist passed \(fail on error\)/);
    expect(JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'))).toMatchObject({ passed: true, failOn: 'error' });
    expect(JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  }, 60_000);

  test('exit 1 on the bad setup, naming each failure at its line, never the secret values', async () => {
    const r = await cli(bad, '--dockerfile', 'Dockerfile', '--manifests', 'k8s', '--compose', 'compose.yml', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { passed: boolean; rules: Array<{ id: string; verdict: string; checks: Array<{ status: string; location?: { file: string; line?: number } }> }> };
    const failed = Object.fromEntries(json.rules.filter((x) => x.verdict === 'failed').map((x) => [x.id, x.checks.filter((c) => c.status === 'failed').map((c) => `${c.location?.file}:${c.location?.line}`)]));
    expect(failed).toMatchObject({
      IMG001: ['k8s/deploy.yaml:13', 'compose.yml:3'],
      IMG003: ['Dockerfile:1'],
      SEC002: ['Dockerfile:4'],
      SEC003: ['.dockerignore:undefined'],
      SEC004: ['k8s/deploy.yaml:16', 'compose.yml:5'],
      SEC005: ['k8s/deploy.yaml:21'],
      HLT001: ['k8s/deploy.yaml:12', 'k8s/deploy.yaml:12'],
    });
    expect(r.stdout).not.toMatch(/abcd1234efgh5678|not-a-real-key-but-a-literal|literal-value-here/);
  }, 60_000);

  test('--fail-on none passes the bad setup; --format markdown prints the checklist; sarif prints SARIF', async () => {
    const none = await cli(bad, '--dockerfile', 'Dockerfile', '--fail-on', 'none', '--format', 'markdown');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('- [ ] **Image built**');
    const sarif = await cli(bad, '--dockerfile', 'Dockerfile', '--format', 'sarif');
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: '2.1.0' });
  }, 60_000);

  test.each([
    [['--fail-on', 'severe'], '--fail-on: "severe" is not one of error, warning, note, none'],
    [['--format', 'yaml'], '--format: "yaml" is not one of text, json, sarif, markdown'],
    [['--render', 'ecs'], '--render: "ecs" is not one of kubernetes'],
    [['--manifests', 'missing-dir'], 'checklist: this input does not exist: --manifests missing-dir'],
    [['extra'], "Unexpected argument 'extra'"],
  ])('exit 2 on bad input %j', async (argv, message) => {
    const r = await cli(bad, ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  }, 60_000);
});
