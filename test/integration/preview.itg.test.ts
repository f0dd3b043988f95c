/**
 * The pull-request preview's GitHub side against the GitHub API double validated against the
 * OpenAPI description, with pull_request payloads from @octokit/webhooks-examples: opened →
 * synchronize (the comment updated, not duplicated) → closed (deployments inactive, the comment
 * says torn down), a fork's pull request (nothing written without an approved head), duplicate
 * comments from a race, and hostile tool names.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { createGitHubClient } from '../../src/github/client.js';
import { buildClientHandoff, HANDOFF_SCHEMA } from '../../src/handoff/handoff.js';
import { parsePullRequestEvent } from '../../src/preview/event.js';
import { parsePreviewHandoff } from '../../src/preview/handoff-input.js';
import { runPreview, type PreviewOptions } from '../../src/preview/preview.js';
import { GateFailure } from '../../src/util/errors.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { startGitHubApi, type GitHubApiDouble } from '../helpers/github-api.js';

type Payload = { action: string; number: number; pull_request: { number: number; head: { sha: string; repo: { full_name: string; fork?: boolean } }; merged?: boolean } };

// The package's main is a JSON file: required, as Node 20's ESM loader refuses JSON without an import attribute.
const webhooks: unknown = createRequire(import.meta.url)('@octokit/webhooks-examples');
const examples = (webhooks as Array<{ name: string; examples: Payload[] }>).find((d) => d.name === 'pull_request')!.examples;
/** A webhooks example of `action`, renumbered and moved to another head commit. */
function payload(action: string, number: number, sha: string, changes: (p: Payload) => void = () => {}): Payload {
  const p = structuredClone(examples.find((e) => e.action === action)!);
  p.number = number;
  p.pull_request.number = number;
  p.pull_request.head.sha = sha;
  changes(p);
  return p;
}
const fork = (p: Payload) => {
  p.pull_request.head.repo.full_name = 'contributor/Hello-World';
  p.pull_request.head.repo.fork = true;
};

const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);
const repo = { owner: 'Codertocat', repo: 'Hello-World' };

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi({ repositories: ['Codertocat/Hello-World'] });
  for (const n of [2, 3, 4, 5, 6, 7]) api.addPullRequest(n, { repository: 'Codertocat/Hello-World' });
});
afterAll(() => api.close());

function handoff(tools: string[], name = 'weather') {
  const clients = buildClientHandoff({ name, url: 'https://pr-2.preview.example.com/mcp', transport: 'streamable-http', auth: 'none', tools, protocolVersion: '2025-06-18' });
  return parsePreviewHandoff({ schema: HANDOFF_SCHEMA, server: name, target: 'kubernetes', release: { namespace: 'pr-2' }, clients: { ...clients, connectionTest: { ok: true, status: 'healthy', problems: [] } } }, 'handoff.json');
}

function preview(p: Payload, options: Partial<PreviewOptions> = {}) {
  const logger = new RecordingLogger();
  const event = parsePullRequestEvent(p, 'event.json');
  return runPreview({
    client: createGitHubClient({ token: 'ghs_preview', baseUrl: api.url, logger, retryAfterBaseValue: 20 }),
    repo,
    event,
    phase: event.action === 'closed' ? 'closed' : 'report',
    name: 'weather',
    environment: `pr-${event.number}`,
    ok: true,
    commentAuthor: 'github-actions[bot]',
    logUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9',
    logger,
    ...options,
  });
}

const state = () => api.repo('Codertocat/Hello-World');
const commentsOn = (n: number) => state().comments.filter((c) => c.issueNumber === n);
const statusesOf = (id: number) => state().statuses.filter((s) => s.deploymentId === id).map((s) => s.state);

function expectOnlyDescribedRequests(): void {
  expect(api.violations).toEqual([]);
  expect(api.unhandled).toEqual([]);
  expect(api.responseViolations).toEqual([]);
}

describe('preview (GitHub API double validated against the OpenAPI description)', () => {
  test('opened, synchronize, closed: one deployment per head, one comment updated in place, torn down at the end', async () => {
    const opened = await preview(payload('opened', 2, SHA1), { handoff: handoff(['get_forecast', 'get_alerts']) });
    expect(opened.fork).toBe(false);
    const first = state().deployments.find((d) => d.id === opened.deploymentId)!;
    expect(first).toMatchObject({ environment: 'pr-2', sha: SHA1, transient: true, production: false });
    expect(statusesOf(first.id)).toEqual(['in_progress', 'success']);
    expect(state().statuses.find((s) => s.deploymentId === first.id && s.state === 'success')).toMatchObject({ environmentUrl: 'https://pr-2.preview.example.com/mcp', logUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9' });
    expect(commentsOn(2)).toHaveLength(1);
    const comment = commentsOn(2)[0]!;
    expect(comment.id).toBe(opened.commentId);
    expect(comment.body).toContain('<!-- mcp-orchestrator:preview:weather -->');
    expect(comment.body).toMatch(/get&#95;forecast.*get&#95;alerts/);
    expect(comment.body).toContain('claude mcp add --transport http weather https://pr-2.preview.example.com/mcp');

    const pushed = await preview(payload('synchronize', 2, SHA2), { handoff: handoff(['get_forecast', 'get_alerts', 'get_radar']) });
    expect(pushed.commentId).toBe(opened.commentId);
    expect(commentsOn(2)).toHaveLength(1);
    expect(comment.body).toContain('get&#95;radar');
    expect(comment.body).toContain(SHA2.slice(0, 12));
    expect(state().deployments.filter((d) => d.environment === 'pr-2').map((d) => d.sha)).toEqual([SHA1, SHA2]);

    const closed = await preview(payload('closed', 2, SHA2), { ok: true });
    expect(closed.deactivated.sort()).toEqual([opened.deploymentId, pushed.deploymentId].sort());
    for (const d of state().deployments.filter((x) => x.environment === 'pr-2')) expect(statusesOf(d.id).at(-1)).toBe('inactive');
    expect(commentsOn(2)).toHaveLength(1);
    expect(comment.body).toMatch(/Preview torn down/);
    expect(comment.body).toContain('<!-- mcp-orchestrator:preview:weather -->');
    expectOnlyDescribedRequests();
  }, 120_000);

  test("a fork's pull request writes nothing to GitHub without an approved head commit", async () => {
    const before = api.requests.length;
    const result = await preview(payload('opened', 3, SHA1, fork), { handoff: handoff(['get_forecast']) });
    expect(result).toMatchObject({ fork: true, skipped: expect.stringMatching(/fork contributor\/Hello-World/) });
    expect(api.requests.length).toBe(before);
    expect(commentsOn(3)).toHaveLength(0);
    expect(state().deployments.filter((d) => d.environment === 'pr-3')).toHaveLength(0);
  });

  test("a fork's approval of an older commit fails the step; an approval of the head deploys", async () => {
    await expect(preview(payload('synchronize', 4, SHA2, fork), { approvedSha: SHA1 })).rejects.toThrow(GateFailure);
    expect(state().deployments.filter((d) => d.environment === 'pr-4')).toHaveLength(0);
    const approved = await preview(payload('synchronize', 4, SHA2, fork), { approvedSha: SHA2, handoff: handoff(['get_forecast']) });
    expect(approved.fork).toBe(true);
    expect(state().deployments.filter((d) => d.environment === 'pr-4').map((d) => d.sha)).toEqual([SHA2]);
    expectOnlyDescribedRequests();
  }, 60_000);

  test('closing a pull request that never had a preview posts no comment', async () => {
    const result = await preview(payload('closed', 6, SHA1));
    expect(result).toMatchObject({ commentId: undefined, deactivated: [] });
    expect(commentsOn(6)).toHaveLength(0);
    expectOnlyDescribedRequests();
  }, 60_000);

  test('duplicate comments from a race, found on a later page: the oldest is kept and updated, the others deleted; a marked comment by someone else is left alone', async () => {
    const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
    const at = '2026-01-01T00:00:00Z';
    const seeded = [
      { id: 900001, issueNumber: 5, body: 'spoof\n<!-- mcp-orchestrator:preview:weather -->', user: { login: 'mallory', id: 666, type: 'User' as const }, createdAt: at, updatedAt: at },
      { id: 900002, issueNumber: 5, body: 'old\n<!-- mcp-orchestrator:preview:weather -->', user: bot, createdAt: at, updatedAt: at },
      { id: 900003, issueNumber: 5, body: 'racer\n<!-- mcp-orchestrator:preview:weather -->', user: bot, createdAt: at, updatedAt: at },
    ];
    // 150 comments first: the marked ones are on the second page of 100.
    const filler = Array.from({ length: 150 }, (_, i) => ({ id: 800000 + i, issueNumber: 5, body: `lgtm ${i}`, user: { login: 'reviewer', id: 7, type: 'User' as const }, createdAt: at, updatedAt: at }));
    state().comments.push(...filler, ...seeded);
    const result = await preview(payload('synchronize', 5, SHA1), { handoff: handoff(['get_forecast']) });
    expect(result.commentId).toBe(900002);
    expect(commentsOn(5).map((c) => c.id)).toEqual([...filler.map((c) => c.id), 900001, 900002]);
    expect(api.requests.filter((r) => r.operationId === 'issues/list-comments' && r.path.includes('page=2'))).not.toHaveLength(0);
    expect(commentsOn(5).at(-2)!.body).toBe(seeded[0]!.body);
    expect(commentsOn(5).at(-1)!.body).toContain('Preview of <code>weather</code> is up');
    expectOnlyDescribedRequests();
  }, 60_000);

  test('tool names and URLs from the server are escaped in the comment: no tag, link or emphasis opens', async () => {
    await preview(payload('opened', 7, SHA1), { handoff: handoff(['<img src=x onerror=alert(1)>', '[x](https://evil.example)', '**b**|c', '```', '<!-- mcp-orchestrator:preview:weather -->']) });
    const body = commentsOn(7)[0]!.body;
    const outsideFences = body.replace(/(`{3,})[a-z]*\n[\s\S]*?\n\1/g, '');
    expect(outsideFences).not.toMatch(/<img|\]\(https:\/\/evil|\*\*b\*\*/);
    expect(body.split('\n').filter((l) => l.trim() === '<!-- mcp-orchestrator:preview:weather -->')).toHaveLength(1);
    expect(body.split('\n').find((l) => l.startsWith('| Tools'))!.split('|')).toHaveLength(4);
    expectOnlyDescribedRequests();
  }, 60_000);
});
