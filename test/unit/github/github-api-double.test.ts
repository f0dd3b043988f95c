/**
 * The GitHub API double validated against the OpenAPI description: it must refuse what GitHub's
 * description does not allow, so that the preview and audit tests can trust a clean run.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startGitHubApi, type GitHubApiDouble } from '../../helpers/github-api.js';

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi();
  api.addPullRequest(7);
});
afterAll(() => api.close());

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${api.url}${path}`, { method, headers: { authorization: 'token t', ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });

describe('GitHub API double validated against the OpenAPI description', () => {
  test('records a body the description does not allow as a violation and answers 422', async () => {
    const before = api.violations.length;
    const res = await call('POST', '/repos/acme/weather/issues/7/comments', { text: 'no body field' });
    expect(res.status).toBe(422);
    expect(api.violations.slice(before)).toEqual([expect.objectContaining({ operationId: 'issues/create-comment', errors: expect.arrayContaining([expect.stringMatching(/body must have required property 'body'/)]) })]);
  });

  test.each([
    ['an unknown path', 'GET', '/repos/acme/weather/previews', 404, /no operation of the description matches/],
    ['a method the path does not have', 'PUT', '/repos/acme/weather/issues/7/comments', 404, /PUT is not an operation of/],
    ['a query parameter not described', 'GET', '/repos/acme/weather/issues?label=x', 400, /query parameter label is not in the description/],
    ['a value outside an enum', 'GET', '/repos/acme/weather/issues?state=any', 400, /query parameter state must be equal to one of the allowed values/],
    ['a path parameter of the wrong type', 'GET', '/repos/acme/weather/issues/seven', 400, /path parameter issue_number must be integer/],
  ])('records %s as a violation', async (_what, method, path, status, reason) => {
    const before = api.violations.length;
    const res = await call(method, path);
    expect(res.status).toBe(status);
    expect(api.violations.slice(before).flatMap((v) => v.errors)).toEqual([expect.stringMatching(reason)]);
  });

  test('answers a valid request with an object its description allows, and keeps it', async () => {
    const res = await call('POST', '/repos/acme/weather/issues', { title: 'a', body: 'b', labels: ['x'] });
    expect(res.status).toBe(201);
    const issue = (await res.json()) as { number: number };
    const listed = await call('GET', '/repos/acme/weather/issues?labels=x&state=all');
    expect(((await listed.json()) as Array<{ number: number }>).map((i) => i.number)).toEqual([issue.number]);
    expect(api.responseViolations).toEqual([]);
  });

  test('paginates lists with a Link header', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/repos/acme/weather/issues/7/comments', { body: `c${i}` });
    const res = await call('GET', '/repos/acme/weather/issues/7/comments?per_page=2&page=2');
    expect(((await res.json()) as Array<{ body: string }>).map((c) => c.body)).toEqual(['c2', 'c3']);
    expect(res.headers.get('link')).toMatch(/per_page=2&page=3>; rel="next".*per_page=2&page=3>; rel="last"/);
    expect(res.headers.get('link')).toMatch(/per_page=2&page=1>; rel="first"/);
  });

  test('serves an injected fault once, then the real answer', async () => {
    api.injectFault({ operationId: 'issues/get', status: 502 });
    expect((await call('GET', '/repos/acme/weather/issues/7')).status).toBe(502);
    expect((await call('GET', '/repos/acme/weather/issues/7')).status).toBe(200);
  });

  test('answers an unknown repository 404 without a violation', async () => {
    const before = api.violations.length;
    expect((await call('GET', '/repos/other/repo/issues')).status).toBe(404);
    expect(api.violations.length).toBe(before);
  });
});
