/**
 * actions/preview from its bundle under Node 24, as the runner runs it, against the GitHub API
 * double validated against the OpenAPI description (GITHUB_API_URL points at it), with
 * pull_request payloads from @octokit/webhooks-examples: opened → synchronize → closed, and a
 * fork's pull request.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClientHandoff, HANDOFF_SCHEMA } from '../../src/handoff/handoff.js';
import { startGitHubApi, type GitHubApiDouble } from '../helpers/github-api.js';
import { runAction } from '../helpers/run-action.js';

type Payload = { action: string; number: number; pull_request: { number: number; head: { sha: string; repo: { full_name: string; fork?: boolean } } } };
// The package's main is a JSON file: required, as Node 20's ESM loader refuses JSON without an import attribute.
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Payload[] }>;
const examples = definitions.find((d) => d.name === 'pull_request')!.examples;

function payload(action: string, number: number, sha: string, fromFork = false): Payload {
  const p = structuredClone(examples.find((e) => e.action === action)!);
  p.number = number;
  p.pull_request.number = number;
  p.pull_request.head.sha = sha;
  if (fromFork) p.pull_request.head.repo = { ...p.pull_request.head.repo, full_name: 'contributor/Hello-World', fork: true };
  return p;
}

const TOKEN = 'ghs_previewTokenValue0123456789';
let api: GitHubApiDouble;
let workspace: string;
beforeAll(async () => {
  api = await startGitHubApi({ repositories: ['Codertocat/Hello-World'] });
  api.addPullRequest(2, { repository: 'Codertocat/Hello-World' });
  api.addPullRequest(3, { repository: 'Codertocat/Hello-World' });
  api.addPullRequest(4, { repository: 'Codertocat/Hello-World', pull: payload('opened', 4, 'e'.repeat(40), true).pull_request });
  workspace = mkdtempSync(join(tmpdir(), 'preview-action-'));
  const clients = buildClientHandoff({ name: 'weather', url: 'https://pr-2.preview.example.com/mcp', transport: 'streamable-http', auth: 'none', tools: ['get_forecast', '<b>x</b>'] });
  writeFileSync(join(workspace, 'handoff.json'), JSON.stringify({ schema: HANDOFF_SCHEMA, server: 'weather', target: 'kubernetes', clients: { ...clients, connectionTest: { ok: true, status: 'healthy', problems: [] } } }));
});
afterAll(async () => {
  await api.close();
  rmSync(workspace, { recursive: true, force: true });
});

const state = () => api.repo('Codertocat/Hello-World');

function preview(event: Payload, inputs: Record<string, string> = {}) {
  return runAction('preview', {
    event,
    eventName: 'pull_request',
    workspace,
    inputs: { 'github-token': TOKEN, ...inputs },
    env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_RUN_ID: '77' },
  });
}

describe('actions/preview bundle (GitHub API double validated against the OpenAPI description)', () => {
  test('opened, synchronize, closed: one comment updated in place, deployments recorded then inactive', async () => {
    const opened = await preview(payload('opened', 2, 'a'.repeat(40)), { handoff: 'handoff.json' });
    expect(opened.stderr).toBe('');
    expect(opened.exitCode).toBe(0);
    expect(opened.masked).toContain(TOKEN);
    expect(opened.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN);
    expect(opened.outputs).toMatchObject({ fork: 'false', environment: 'pr-2', skipped: 'false' });
    const commentId = Number(opened.outputs['comment-id']);
    expect(state().comments.map((c) => c.id)).toEqual([commentId]);
    expect(state().deployments.map((d) => String(d.id))).toEqual([opened.outputs['deployment-id']]);
    expect(state().statuses.map((s) => [s.state, s.logUrl])).toEqual([
      ['in_progress', 'https://github.com/Codertocat/Hello-World/actions/runs/77'],
      ['success', 'https://github.com/Codertocat/Hello-World/actions/runs/77'],
    ]);
    expect(opened.summary).toContain('MCP preview: pull request #2');

    const pushed = await preview(payload('synchronize', 2, 'b'.repeat(40)), { handoff: 'handoff.json', status: 'cancelled' });
    expect(pushed.exitCode).toBe(0);
    expect(Number(pushed.outputs['comment-id'])).toBe(commentId);
    expect(state().comments).toHaveLength(1);
    expect(state().comments[0]!.body).toContain('Preview of <code>weather</code> failed');

    const closed = await preview(payload('closed', 2, 'b'.repeat(40)));
    expect(closed.exitCode).toBe(0);
    expect(state().comments).toHaveLength(1);
    expect(state().comments[0]!.body).toContain('Preview torn down');
    for (const d of state().deployments) expect(state().statuses.filter((s) => s.deploymentId === d.id).at(-1)!.state).toBe('inactive');
    expect(api.violations).toEqual([]);
    expect(api.unhandled).toEqual([]);
    expect(api.responseViolations).toEqual([]);
  }, 180_000);

  test("a fork's pull request: fork=true, nothing written, and an approval of another commit fails the step", async () => {
    const before = api.requests.length;
    const result = await preview(payload('opened', 3, 'c'.repeat(40), true), { handoff: 'handoff.json' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ fork: 'true', skipped: 'true', 'comment-id': '', 'deployment-id': '' });
    expect(api.requests.length).toBe(before);

    const stale = await preview(payload('synchronize', 3, 'c'.repeat(40), true), { 'approved-sha': 'd'.repeat(40) });
    expect(stale.exitCode).toBe(1);
    expect(stale.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/approved-sha d{40} is not the pull request's head c{40}/)]);
    expect(api.requests.length).toBe(before);
  }, 60_000);

  test("workflow_dispatch with a fork's pull request: its head is read from the API; only an approval of that head deploys", async () => {
    const dispatch = (inputs: Record<string, string>) =>
      runAction('preview', { event: { inputs }, eventName: 'workflow_dispatch', workspace, inputs: { 'github-token': TOKEN, 'pull-request': '4', handoff: 'handoff.json', ...inputs }, env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'Codertocat/Hello-World' } });
    const unapproved = await dispatch({});
    expect(unapproved.exitCode).toBe(0);
    expect(unapproved.outputs).toMatchObject({ fork: 'true', skipped: 'true' });
    const approved = await dispatch({ 'approved-sha': 'E'.repeat(40) });
    expect(approved.exitCode).toBe(0);
    expect(approved.outputs).toMatchObject({ fork: 'true', skipped: 'false', environment: 'pr-4' });
    expect(state().deployments.filter((d) => d.environment === 'pr-4').map((d) => d.sha)).toEqual(['e'.repeat(40)]);
    expect(api.violations).toEqual([]);
    expect(api.responseViolations).toEqual([]);
  }, 120_000);

  test('refuses an event that is not a pull request, naming it', async () => {
    const result = await runAction('preview', { event: {}, eventName: 'push', inputs: { 'github-token': TOKEN }, env: { GITHUB_API_URL: api.url } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/runs on pull_request events, or with input pull-request .*not on push/)]);
  }, 60_000);
});
