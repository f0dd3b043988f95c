/**
 * The audit's tracking issue against the GitHub API double validated against the OpenAPI
 * description (every request checked, state kept between runs): one issue per deployment through
 * green → red → red again → red with new findings → green → red, two audits racing, and GitHub's
 * transient failures (a 502, a secondary rate limit) retried.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAudit } from '../../src/audit/audit.js';
import type { AuditFinding } from '../../src/audit/findings.js';
import { AUDIT_LABEL } from '../../src/audit/tracking-issue.js';
import { createGitHubClient } from '../../src/github/client.js';
import { markdownText } from '../../src/handoff/handoff-markdown.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { primaryRateLimit, secondaryRateLimit, startGitHubApi, type GitHubApiDouble } from '../helpers/github-api.js';

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(() => api.close());

const repo = { owner: 'acme', repo: 'weather' };

function audit(deployment: string, findings: Array<Omit<AuditFinding, 'source'>>, logger = new RecordingLogger()) {
  const client = createGitHubClient({ token: 'ghs_audit', baseUrl: api.url, logger, retryAfterBaseValue: 20 });
  return runAudit({ client, repo, deployment, reports: [{ file: 'findings.json', value: findings }], logger, runUrl: 'https://github.com/acme/weather/actions/runs/1' });
}

const marked = (deployment: string) => api.repo().issues.filter((i) => i.body?.includes(`<!-- mcp-orchestrator:audit:${deployment} -->`));

/** Every request was one GitHub's description allows, and every answer one it describes. */
function expectOnlyDescribedRequests(): void {
  expect(api.violations).toEqual([]);
  expect(api.unhandled).toEqual([]);
  expect(api.responseViolations).toEqual([]);
}

const tls = { id: 'TLS001', severity: 'error' as const, message: 'Ingress weather serves plain HTTP', location: 'k8s/ingress.yaml:4' };
const limits = { id: 'RES001', severity: 'warning' as const, message: 'container server has no memory limit', location: 'k8s/deployment.yaml:20' };
const secret = { id: 'SEC002', severity: 'error' as const, message: 'env API_KEY holds a literal', location: 'mcp-deploy.yml:9' };

describe('audit tracking issue (GitHub API double validated against the OpenAPI description)', () => {
  test('keeps one issue through green, red, red unchanged, red changed, green and red again', async () => {
    const updates = () => api.requests.filter((r) => r.operationId === 'issues/update').length;

    const green = await audit('weather-production', []);
    expect(green.action).toBe('none');
    expect(marked('weather-production')).toHaveLength(0);

    const red = await audit('weather-production', [tls, limits]);
    expect(red.action).toBe('created');
    const [issue] = marked('weather-production');
    expect(issue).toMatchObject({ number: red.issueNumber, state: 'open', labels: [AUDIT_LABEL] });
    expect(issue!.body).toContain('Ingress weather serves plain HTTP');

    const before = updates();
    const same = await audit('weather-production', [limits, tls]);
    expect(same).toMatchObject({ action: 'unchanged', issueNumber: red.issueNumber });
    expect(updates()).toBe(before);

    const changed = await audit('weather-production', [tls, secret]);
    expect(changed).toMatchObject({ action: 'updated', issueNumber: red.issueNumber });
    expect(issue!.body).toContain(markdownText('env API_KEY holds a literal'));
    expect(issue!.body).not.toContain('no memory limit');

    const passing = await audit('weather-production', []);
    expect(passing).toMatchObject({ action: 'closed', issueNumber: red.issueNumber });
    expect(issue!.state).toBe('closed');
    expect(api.repo().comments.filter((c) => c.issueNumber === red.issueNumber).map((c) => c.body)).toEqual([expect.stringMatching(/passes again/)]);

    const again = await audit('weather-production', [tls, secret]);
    expect(again).toMatchObject({ action: 'reopened', issueNumber: red.issueNumber });
    expect(issue!.state).toBe('open');
    expect(marked('weather-production')).toHaveLength(1);
    expectOnlyDescribedRequests();
  }, 120_000);

  test('two audits racing leave one open issue and close the other as its duplicate', async () => {
    const [a, b] = await Promise.all([audit('weather-staging', [tls]), audit('weather-staging', [tls])]);
    const issues = marked('weather-staging');
    // Both listed before either created: the race happened.
    expect(issues).toHaveLength(2);
    expect(issues.filter((i) => i.state === 'open')).toHaveLength(1);
    const kept = issues.find((i) => i.state === 'open')!;
    expect(a.issueNumber).toBe(kept.number);
    expect(b.issueNumber).toBe(kept.number);
    for (const dup of issues.filter((i) => i !== kept)) {
      expect(dup.stateReason).toBe('duplicate');
      expect(api.repo().comments.filter((c) => c.issueNumber === dup.number).map((c) => c.body)).toEqual([`Duplicate of #${kept.number}, which tracks this deployment's audit (two audits ran at the same time): closing.`]);
    }
    // The next run sees the kept issue, not the duplicate.
    expect(await audit('weather-staging', [tls])).toMatchObject({ action: 'unchanged', issueNumber: kept.number });
    expectOnlyDescribedRequests();
  }, 120_000);

  test('a 502 from GitHub is retried and the audit goes through', async () => {
    api.injectFault({ operationId: 'issues/list-for-repo', status: 502, body: { message: 'Server Error' } });
    const result = await audit('weather-retry', [limits]);
    expect(result.action).toBe('created');
    const lists = api.requests.filter((r) => r.operationId === 'issues/list-for-repo' && r.path.includes('labels='));
    expect(lists.map((r) => r.status)).toContain(502);
    expect(marked('weather-retry')).toHaveLength(1);
    expectOnlyDescribedRequests();
  }, 60_000);

  test('a secondary rate limit is waited out (retry-after) and the request sent again', async () => {
    api.injectFault({ operationId: 'issues/create', ...secondaryRateLimit(1) });
    const logger = new RecordingLogger();
    const result = await audit('weather-throttled', [secret], logger);
    expect(result.action).toBe('created');
    expect(api.requests.filter((r) => r.operationId === 'issues/create').map((r) => r.status).slice(-2)).toEqual([403, 201]);
    expect(logger.text()).toMatch(/secondary rate limit on POST .*retrying after 1 s/);
    expect(marked('weather-throttled')).toHaveLength(1);
    expectOnlyDescribedRequests();
  }, 60_000);

  test('a spent primary rate limit is waited out until its reset and the request sent again', async () => {
    api.injectFault({ operationId: 'issues/list-for-repo', ...primaryRateLimit(0) });
    const logger = new RecordingLogger();
    const result = await audit('weather-limited', [secret], logger);
    expect(result.action).toBe('created');
    expect(logger.text()).toMatch(/GitHub API rate limit on GET .*retrying after \d+ s/);
    expectOnlyDescribedRequests();
  }, 60_000);

  test('findings from a hostile report are escaped in the issue: no tag, link or table cell opens', async () => {
    const hostile = { id: '<img src=x onerror=alert(1)>', severity: 'error' as const, message: 'a | b [click](https://evil.example) **bold** `code`', location: '</code><script>' };
    const result = await audit('weather-hostile', [hostile]);
    const body = marked('weather-hostile')[0]!.body!;
    expect(result.action).toBe('created');
    expect(body).not.toMatch(/<img|<script|\]\(https:\/\/evil|\*\*bold|`code`/);
    expect(body.split('\n').filter((l) => l.startsWith('| error'))[0]!.split('|')).toHaveLength(6);
    expectOnlyDescribedRequests();
  }, 60_000);
});
