/**
 * A double of GitHub's REST API for the preview and audit actions and the workflow rehearsals:
 * an HTTP server on 127.0.0.1 that checks every request against GitHub's official OpenAPI
 * description (github-openapi.ts) and every answer it gives too. A request the description does
 * not allow is recorded as a violation and answered 4xx (tests assert there are none); a valid
 * request the double does not implement is recorded as unhandled and answered 501.
 *
 * It keeps state (issues with labels, state and body; issue comments; deployments and their
 * statuses) so a second run sees the first run's comment and issue, paginates lists with Link
 * headers, knows tokens (a read-only one answers writes 403 as GITHUB_TOKEN does for a fork), and
 * injects faults (a 502 once, a secondary rate limit) to exercise retries and throttling.
 * It stops by itself: `close()` in afterAll, and an unref'd idle timer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest, checkResponse, type Operation } from './github-openapi.js';
import {
  commentObject,
  deploymentObject,
  deploymentStatusObject,
  issueObject,
  type Actor,
  type RepoState,
} from './github-api-objects.js';

export type { Actor, RepoState } from './github-api-objects.js';

export interface Violation {
  method: string;
  url: string;
  operationId?: string;
  errors: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  actor?: string;
}

export interface Fault {
  /** The operation to fail (`issues/create-comment`); any operation when absent. */
  operationId?: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail; 1 by default. */
  times?: number;
}

export interface TokenGrant {
  login: string;
  type?: 'Bot' | 'User';
  /** A read-only token (a fork's GITHUB_TOKEN): writes are answered 403. */
  readOnly?: boolean;
}

export interface GitHubApiOptions {
  /** Repositories that exist (`owner/name`); others are 404. Default acme/weather. */
  repositories?: string[];
  /** Tokens the double accepts; when absent any token acts as github-actions[bot] with write access. */
  tokens?: Record<string, TokenGrant>;
  /** The double closes itself after this long without a request (default 10 minutes). */
  idleMs?: number;
}

export interface GitHubApiDouble {
  /** The base URL, for GITHUB_API_URL. */
  url: string;
  violations: Violation[];
  /** Valid requests the double has no implementation for. */
  unhandled: Violation[];
  /** Answers of the double that do not match the description (a bug of the double). */
  responseViolations: Violation[];
  requests: RecordedRequest[];
  repo(fullName?: string): RepoState;
  /**
   * Adds a pull request (an issue with `pull_request`) to comment on; with `pull` (a webhook
   * payload's pull_request object), `GET /repos/{owner}/{repo}/pulls/{number}` answers it.
   */
  addPullRequest(number: number, options?: { repository?: string; title?: string; author?: string; pull?: Record<string, unknown> }): void;
  injectFault(fault: Fault): void;
  close(): Promise<void>;
}

const BOT: Actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

const notFound = () => new HttpAnswer(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** One page of a list, with GitHub's Link header (first, prev, next, last). */
function page<T>(url: URL, items: T[], query: Record<string, unknown>): HttpAnswer {
  const perPage = Math.min(Number(query.per_page ?? 30), 100);
  const current = Number(query.page ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const u = new URL(url);
    u.searchParams.set('page', String(n));
    u.searchParams.set('per_page', String(perPage));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(current > 1 ? [link(1, 'first'), link(current - 1, 'prev')] : []),
    ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
  ];
  return new HttpAnswer(200, items.slice((current - 1) * perPage, current * perPage), links.length ? { link: links.join(', ') } : {});
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApiDouble> {
  const repos = new Map<string, RepoState>();
  for (const fullName of options.repositories ?? ['acme/weather']) {
    const [owner, repo] = fullName.split('/') as [string, string];
    repos.set(fullName.toLowerCase(), { owner, repo, issues: [], comments: [], deployments: [], statuses: [], pulls: new Map() });
  }
  let sequence = 0;
  const nextId = () => ++sequence;
  // One second apart per event, so creation order is visible in timestamps as on GitHub.
  const now = () => new Date(Date.UTC(2026, 0, 1) + sequence++ * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const faults: Array<Fault & { left: number }> = [];
  const double: GitHubApiDouble = {
    url: '',
    violations: [],
    unhandled: [],
    responseViolations: [],
    requests: [],
    repo: (fullName = 'acme/weather') => {
      const r = repos.get(fullName.toLowerCase());
      if (!r) throw new Error(`the GitHub API double has no repository ${fullName}`);
      return r;
    },
    addPullRequest: (number, o = {}) => {
      const r = double.repo(o.repository);
      const at = now();
      const user: Actor = { login: o.author ?? 'octocat', id: 583231, type: 'User' };
      r.issues.push({ number, id: nextId(), title: o.title ?? `Pull request ${number}`, body: null, state: 'open', stateReason: null, labels: [], user, pullRequest: true, createdAt: at, updatedAt: at, closedAt: null });
      if (o.pull) r.pulls.set(number, o.pull);
    },
    injectFault: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    close: async () => {
      clearTimeout(idle);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function actorOf(req: IncomingMessage): { actor?: Actor; readOnly: boolean } {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return { readOnly: true };
    if (!options.tokens) return { actor: BOT, readOnly: false };
    const grant = options.tokens[token];
    if (!grant) return { readOnly: true };
    return { actor: { login: grant.login, id: 1000 + grant.login.length, type: grant.type ?? 'User' }, readOnly: Boolean(grant.readOnly) };
  }

  function handle(operation: Operation, r: RepoState, actor: Actor, url: URL, params: Record<string, unknown>, query: Record<string, unknown>, body: Record<string, unknown>): HttpAnswer {
    const issueOf = (n: unknown) => r.issues.find((i) => i.number === n);
    const commentOf = (id: unknown) => r.comments.find((c) => c.id === id);
    const deploymentOf = (id: unknown) => r.deployments.find((d) => d.id === id);
    switch (operation.operationId) {
      case 'issues/list-for-repo': {
        const state = (query.state as string | undefined) ?? 'open';
        const labels = typeof query.labels === 'string' ? query.labels.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean) : [];
        const asc = query.direction === 'asc';
        const list = r.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => labels.every((l) => i.labels.some((name) => name.toLowerCase() === l)))
          .sort((a, b) => (asc ? a.number - b.number : b.number - a.number));
        return page(url, list.map((i) => issueObject(r, i)), query);
      }
      case 'issues/create': {
        const at = now();
        const number = Math.max(0, ...r.issues.map((i) => i.number)) + 1;
        const labels = ((body.labels as Array<string | { name?: string }> | undefined) ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
        const issue = { number, id: nextId(), title: String(body.title), body: (body.body as string | undefined) ?? null, state: 'open' as const, stateReason: null, labels, user: actor, pullRequest: false, createdAt: at, updatedAt: at, closedAt: null };
        r.issues.push(issue);
        return new HttpAnswer(201, issueObject(r, issue));
      }
      case 'issues/get': {
        const issue = issueOf(params.issue_number);
        return issue ? new HttpAnswer(200, issueObject(r, issue)) : notFound();
      }
      case 'issues/update': {
        const issue = issueOf(params.issue_number);
        if (!issue) return notFound();
        if (typeof body.title === 'string') issue.title = body.title;
        if ('body' in body) issue.body = (body.body as string | null) ?? null;
        if (Array.isArray(body.labels)) issue.labels = (body.labels as Array<string | { name?: string }>).map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
        if (body.state === 'open' || body.state === 'closed') {
          if (body.state !== issue.state) {
            issue.state = body.state;
            issue.closedAt = body.state === 'closed' ? now() : null;
            issue.stateReason = body.state === 'closed' ? ((body.state_reason as string | undefined) ?? 'completed') : 'reopened';
          }
        }
        issue.updatedAt = now();
        return new HttpAnswer(200, issueObject(r, issue));
      }
      case 'issues/list-comments': {
        if (!issueOf(params.issue_number)) return notFound();
        return page(url, r.comments.filter((c) => c.issueNumber === params.issue_number).map((c) => commentObject(r, c)), query);
      }
      case 'issues/create-comment': {
        const issue = issueOf(params.issue_number);
        if (!issue) return notFound();
        const at = now();
        const comment = { id: nextId(), issueNumber: issue.number, body: String(body.body), user: actor, createdAt: at, updatedAt: at };
        r.comments.push(comment);
        return new HttpAnswer(201, commentObject(r, comment));
      }
      case 'issues/update-comment': {
        const comment = commentOf(params.comment_id);
        if (!comment) return notFound();
        comment.body = String(body.body);
        comment.updatedAt = now();
        return new HttpAnswer(200, commentObject(r, comment));
      }
      case 'issues/delete-comment': {
        const comment = commentOf(params.comment_id);
        if (!comment) return notFound();
        r.comments.splice(r.comments.indexOf(comment), 1);
        return new HttpAnswer(204);
      }
      case 'repos/create-deployment': {
        const at = now();
        const deployment = {
          id: nextId(),
          sha: String(body.ref),
          ref: String(body.ref),
          task: (body.task as string | undefined) ?? 'deploy',
          environment: (body.environment as string | undefined) ?? 'production',
          description: (body.description as string | null | undefined) ?? null,
          payload: (body.payload as Record<string, unknown> | string | undefined) ?? {},
          transient: Boolean(body.transient_environment),
          production: (body.production_environment as boolean | undefined) ?? (body.environment ?? 'production') === 'production',
          creator: actor,
          createdAt: at,
          updatedAt: at,
        };
        r.deployments.push(deployment);
        return new HttpAnswer(201, deploymentObject(r, deployment));
      }
      case 'repos/list-deployments': {
        const list = r.deployments
          .filter((d) => ['sha', 'ref', 'task', 'environment'].every((k) => query[k] === undefined || query[k] === (d as unknown as Record<string, unknown>)[k]))
          .sort((a, b) => b.id - a.id);
        return page(url, list.map((d) => deploymentObject(r, d)), query);
      }
      case 'repos/get-deployment': {
        const d = deploymentOf(params.deployment_id);
        return d ? new HttpAnswer(200, deploymentObject(r, d)) : notFound();
      }
      case 'repos/create-deployment-status': {
        const d = deploymentOf(params.deployment_id);
        if (!d) return notFound();
        const status = {
          id: nextId(),
          deploymentId: d.id,
          state: String(body.state),
          description: (body.description as string | undefined) ?? '',
          environment: (body.environment as string | undefined) ?? d.environment,
          logUrl: (body.log_url as string | undefined) ?? (body.target_url as string | undefined) ?? '',
          environmentUrl: (body.environment_url as string | undefined) ?? '',
          creator: actor,
          createdAt: now(),
        };
        if (status.description.length > 140) return new HttpAnswer(422, { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' }], documentation_url: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status' });
        r.statuses.push(status);
        // As documented for auto_inactive: prior non-transient, non-production deployments of the environment become inactive.
        if (status.state === 'success' && body.auto_inactive !== false) {
          for (const prior of r.deployments.filter((p) => p.id < d.id && p.environment === d.environment && !p.transient && !p.production)) {
            r.statuses.push({ ...status, id: nextId(), deploymentId: prior.id, state: 'inactive', createdAt: now() });
          }
        }
        return new HttpAnswer(201, deploymentStatusObject(r, status));
      }
      case 'repos/list-deployment-statuses': {
        if (!deploymentOf(params.deployment_id)) return notFound();
        const list = r.statuses.filter((s) => s.deploymentId === params.deployment_id).sort((a, b) => b.id - a.id);
        return page(url, list.map((s) => deploymentStatusObject(r, s)), query);
      }
      case 'pulls/get': {
        const pull = r.pulls.get(params.pull_number as number);
        const issue = issueOf(params.pull_number);
        // A webhook's pull_request object lacks only auto_merge of what the REST answer requires.
        return pull && issue ? new HttpAnswer(200, { auto_merge: null, ...pull, number: issue.number, state: issue.state }) : notFound();
      }
      default:
        return new HttpAnswer(501, { message: `the GitHub API double does not implement ${operation.operationId}` });
    }
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', double.url);
    const raw = await readBody(req);
    const checked = checkRequest(method, url, raw, req.headers['content-type']);
    const { operation } = checked;
    const record: RecordedRequest = { method, path: url.pathname + url.search, operationId: operation?.operationId, status: 0, body: checked.body };
    double.requests.push(record);
    let answer: HttpAnswer;
    const { actor, readOnly } = actorOf(req);
    record.actor = actor?.login;
    const fault = faults.find((f) => f.left > 0 && (!f.operationId || f.operationId === operation?.operationId));
    if (checked.errors.length || !operation) {
      double.violations.push({ method, url: record.path, operationId: operation?.operationId, errors: checked.errors });
      answer = new HttpAnswer(checked.status, { message: checked.status === 404 ? 'Not Found' : 'Invalid request', errors: checked.errors, documentation_url: 'https://docs.github.com/rest' });
    } else if (!actor) {
      answer = new HttpAnswer(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    } else if (fault) {
      fault.left--;
      answer = new HttpAnswer(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
    } else if (readOnly && MUTATING.has(method)) {
      answer = new HttpAnswer(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    } else {
      const r = repos.get(`${checked.params.owner}/${checked.params.repo}`.toLowerCase());
      answer = r ? handle(operation, r, actor, url, checked.params, checked.query, (checked.body ?? {}) as Record<string, unknown>) : notFound();
      if (answer.status === 501) double.unhandled.push({ method, url: record.path, operationId: operation.operationId, errors: ['not implemented by the double'] });
      else {
        const errors = checkResponse(operation, answer.status, answer.body);
        if (errors.length) double.responseViolations.push({ method, url: record.path, operationId: operation.operationId, errors });
      }
    }
    record.status = answer.status;
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...answer.headers,
    });
    res.end(payload);
  }

  const idleMs = options.idleMs ?? 10 * 60_000;
  let idle: NodeJS.Timeout;
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => void double.close(), idleMs);
    idle.unref();
  };
  const server = createServer((req, res) => {
    touch();
    respond(req, res).catch((error: unknown) => {
      double.violations.push({ method: req.method ?? '?', url: req.url ?? '?', errors: [`the double failed: ${String(error)}`] });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  touch();
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return double;
}

/** GitHub's answer to too many requests too fast: 403, a secondary-rate-limit message, retry-after in seconds. */
export function secondaryRateLimit(retryAfterSeconds = 1): Fault {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
  };
}

/** GitHub's answer when the primary rate limit is spent: 403, x-ratelimit-remaining 0, the reset time `resetInSeconds` from now. */
export function primaryRateLimit(resetInSeconds = 0): Fault {
  return {
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds) },
    body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
  };
}
