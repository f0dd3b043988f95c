/**
 * actions/audit from its bundle under Node 24, as the runner runs it, against the GitHub API
 * double validated against the OpenAPI description (GITHUB_API_URL points at it): red (issue
 * opened, step failed) → green (issue closed), two audit processes racing, and reports read from
 * the checklist, scan and health formats.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApiDouble } from '../helpers/github-api.js';
import { runAction } from '../helpers/run-action.js';

const TOKEN = 'ghs_auditTokenValue0123456789';
let api: GitHubApiDouble;
let workspace: string;

const checklistFailed = {
  results: [
    { rule: { id: 'TLS001', severity: 'error', title: 'Remote access uses TLS' }, verdict: 'failed', checks: [{ status: 'failed', message: 'Ingress weather has no tls section', location: { file: 'k8s/ingress.yaml', line: 3 } }] },
    { rule: { id: 'RES001', severity: 'warning', title: 'Resource limits set' }, verdict: 'passed', checks: [{ status: 'passed', message: 'limits set' }] },
  ],
};
const checklistPassed = { results: [{ rule: { id: 'TLS001', severity: 'error', title: 'Remote access uses TLS' }, verdict: 'passed', checks: [] }] };
const healthy = { ok: true, status: 'healthy', target: 'https://weather.example.com/mcp', tools: [], problems: [], attempts: [], latencyMs: { total: 12 } };
const scanClean = { image: { source: 'docker://ghcr.io/acme/weather@sha256:' + 'a'.repeat(64), digest: 'sha256:' + 'a'.repeat(64) }, findings: [], suppressed: [], stats: { layers: 3, files: 10, bytes: 100, seconds: 1 } };

beforeAll(async () => {
  api = await startGitHubApi();
  workspace = mkdtempSync(join(tmpdir(), 'audit-action-'));
  const write = (name: string, value: unknown) => writeFileSync(join(workspace, name), JSON.stringify(value));
  write('checklist-failed.json', checklistFailed);
  write('checklist-passed.json', checklistPassed);
  write('health.json', healthy);
  write('scan.json', scanClean);
});
afterAll(async () => {
  await api.close();
  rmSync(workspace, { recursive: true, force: true });
});

function audit(deployment: string, reports: string[]) {
  return runAction('audit', {
    workspace,
    eventName: 'schedule',
    inputs: { 'github-token': TOKEN, deployment, reports: reports.join('\n') },
    env: { GITHUB_API_URL: api.url, GITHUB_RUN_ID: '5' },
  });
}

const marked = (deployment: string) => api.repo().issues.filter((i) => i.body?.includes(`<!-- mcp-orchestrator:audit:${deployment} -->`));

describe('actions/audit bundle (GitHub API double validated against the OpenAPI description)', () => {
  test('red opens the issue and fails the step; green closes it', async () => {
    const red = await audit('weather-production', ['checklist-failed.json', 'health.json', 'scan.json']);
    expect(red.exitCode).toBe(1);
    expect(red.masked).toContain(TOKEN);
    expect(red.outputs).toMatchObject({ action: 'created', findings: '1', 'issue-number': String(marked('weather-production')[0]!.number) });
    expect(red.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/found 1 problem\(s\); tracked in https:\/\/github.com\/acme\/weather\/issues\/\d+/)]);
    expect(marked('weather-production')[0]!.body).toContain('Ingress weather has no tls section');

    const green = await audit('weather-production', ['checklist-passed.json', 'health.json', 'scan.json']);
    expect(green.exitCode).toBe(0);
    expect(green.outputs).toMatchObject({ action: 'closed', findings: '0', 'issue-number': red.outputs['issue-number'] });
    expect(marked('weather-production').map((i) => i.state)).toEqual(['closed']);
    expect(green.summary).toContain('Tracking issue');
    expect(api.violations).toEqual([]);
    expect(api.responseViolations).toEqual([]);
  }, 120_000);

  test('two audit processes racing leave one open issue', async () => {
    const [a, b] = await Promise.all([audit('weather-staging', ['checklist-failed.json']), audit('weather-staging', ['checklist-failed.json'])]);
    expect([a.exitCode, b.exitCode]).toEqual([1, 1]);
    const open = marked('weather-staging').filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect([a.outputs['issue-number'], b.outputs['issue-number']]).toEqual([String(open[0]!.number), String(open[0]!.number)]);
    expect(api.violations).toEqual([]);
  }, 120_000);

  test('refuses a report outside the workspace and RUNNER_TEMP before any request', async () => {
    const before = api.requests.length;
    const result = await audit('weather-production', ['../../etc/passwd']);
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/input reports: .*(outside the workspace|does not exist)/)]);
    expect(api.requests.length).toBe(before);
  }, 60_000);
});
