/**
 * What the preview trusts from outside, checked: the pull_request payload (from
 * @octokit/webhooks-examples), the handoff file, marker names, and where the token may be sent.
 */
import { describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { apiBaseUrl, parseRepository } from '../../../src/github/client.js';
import { hasMarker, hiddenMarker, markerName } from '../../../src/github/markers.js';
import { closedComment, reportComment } from '../../../src/preview/comment.js';
import { parsePullRequestEvent } from '../../../src/preview/event.js';
import { parsePreviewHandoff } from '../../../src/preview/handoff-input.js';
import { buildClientHandoff, HANDOFF_SCHEMA } from '../../../src/handoff/handoff.js';
import { InputError } from '../../../src/util/errors.js';

type Payload = Record<string, unknown> & { pull_request: { head: { repo: unknown; sha: string } } };
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Payload[] }>;
const opened = () => structuredClone(definitions.find((d) => d.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!);

describe('pull_request event', () => {
  test('reads the fields of a webhooks example: number, head, same-repository', () => {
    expect(parsePullRequestEvent(opened(), 'event.json')).toEqual({
      action: 'opened',
      number: 2,
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      headRepository: 'Codertocat/Hello-World',
      baseRepository: 'Codertocat/Hello-World',
      fork: false,
      merged: false,
    });
  });

  test('a head repository other than the base, or deleted, is a fork', () => {
    const p = opened();
    (p.pull_request.head.repo as { full_name: string }).full_name = 'someone/Hello-World';
    expect(parsePullRequestEvent(p, 'e').fork).toBe(true);
    p.pull_request.head.repo = null;
    expect(parsePullRequestEvent(p, 'e')).toMatchObject({ fork: true, headRepository: '(deleted)' });
  });

  test.each([
    ['a head SHA that is not one', (p: Payload) => (p.pull_request.head.sha = 'main; rm -rf /'), /head.sha is not a commit SHA/],
    ['a repository name with a slash too many', (p: Payload) => ((p.pull_request.head.repo as { full_name: string }).full_name = 'a/b/c'), /head.repo.full_name is not a repository name/],
    ['a push payload', (p: Payload) => delete (p as Partial<Payload>).pull_request, /pull_request.number is missing/],
  ])('refuses %s, naming the field', (_what, change, message) => {
    const p = opened();
    change(p);
    expect(() => parsePullRequestEvent(p, 'event.json')).toThrow(message);
  });
});

describe('markers and the API URL', () => {
  test('a marker name cannot close the HTML comment', () => {
    expect(markerName('weather-production', 'input deployment')).toBe('weather-production');
    expect(() => markerName('x --> <img src=x>', 'input deployment')).toThrow(InputError);
    expect(() => markerName('a--b', 'input name')).toThrow(/no "--"/);
  });

  test('a marker counts only on a line of its own', () => {
    const marker = hiddenMarker('preview', 'weather');
    expect(hasMarker(`text\n${marker}\nmore`, marker)).toBe(true);
    expect(hasMarker(`quoted: ${marker}`, marker)).toBe(false);
  });

  test.each([
    ['https://api.github.com', 'https://api.github.com'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/v3'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
  ])('sends the token to %s', (value, base) => {
    expect(apiBaseUrl(value, 'GITHUB_API_URL')).toBe(base);
  });

  test.each(['http://api.example.com', 'https://user:pass@api.github.com', 'not a url'])('refuses to send the token to %s', (value) => {
    expect(() => apiBaseUrl(value, 'GITHUB_API_URL')).toThrow(InputError);
  });

  test('repository names follow GitHub grammar', () => {
    expect(parseRepository('acme/weather', 'GITHUB_REPOSITORY')).toEqual({ owner: 'acme', repo: 'weather' });
    expect(() => parseRepository('acme/..', 'GITHUB_REPOSITORY')).toThrow(InputError);
  });
});

describe('preview comment', () => {
  const clients = buildClientHandoff({ name: 'weather', url: 'https://pr-1.example.com/mcp', transport: 'streamable-http', auth: 'bearer', tools: [] });
  const doc = { schema: HANDOFF_SCHEMA, server: 'weather', target: 'kubernetes', clients };

  test('refuses a handoff that is not one, naming the file and field', () => {
    expect(() => parsePreviewHandoff({ ...doc, clients: { ...clients, url: 'javascript:alert(1)' } }, 'handoff.json')).toThrow(/handoff.json: .*\/clients\/url must match pattern/);
  });

  test('stays under GitHub\'s body limit with thousands of tools, saying the list was cut', () => {
    const tools = Array.from({ length: 5000 }, (_, i) => `tool_${i}_${'x'.repeat(100)}`);
    const body = reportComment({ name: 'weather', pullRequest: 1, headSha: 'a'.repeat(40), environment: 'pr-1', ok: true, handoff: parsePreviewHandoff({ ...doc, clients: { ...clients, tools } }, 'h') });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('and 4900 more');
  });

  test('a snippet holding backticks is fenced by a longer fence', () => {
    const handoff = parsePreviewHandoff({ ...doc, clients: { ...clients, snippets: { ...clients.snippets, claudeCode: 'claude mcp add ```` x' } } }, 'h');
    const body = reportComment({ name: 'weather', pullRequest: 1, headSha: 'a'.repeat(40), environment: 'pr-1', ok: true, handoff });
    expect(body).toContain('`````sh\nclaude mcp add ```` x\n`````');
  });

  test('the closed comment keeps the marker and says whether the teardown worked', () => {
    expect(closedComment({ name: 'weather', environment: 'pr-1', headSha: 'a'.repeat(40), merged: true, ok: true })).toMatch(/^<!-- mcp-orchestrator:preview:weather -->\n### 🧹 Preview torn down\n\nThe pull request was merged/);
    expect(closedComment({ name: 'weather', environment: 'pr-1', headSha: 'a'.repeat(40), merged: false, ok: false })).toContain('teardown failed');
  });
});
