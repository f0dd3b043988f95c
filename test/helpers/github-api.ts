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
import type { Actor, RepoState } from './github-api-objects.js';
import { answerOperation, HttpAnswer, notFound } from './github-api-routes.js';
import { checkRequest, checkResponse } from './github-openapi.js';

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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
      answer = r ? answerOperation({ operation, r, actor, url, params: checked.params, query: checked.query, body: (checked.body ?? {}) as Record<string, unknown>, clock: { nextId, now } }) : notFound();
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
