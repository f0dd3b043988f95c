/**
 * The GitHub REST client of the preview and audit engines: @actions/github's octokit (REST
 * methods, pagination, the runner's proxy settings) with the retry plugin (5xx answered again,
 * with backoff) and the throttling plugin (primary and secondary rate limits honoured, writes
 * spaced as GitHub asks). The token is only ever sent to the API base URL given, which must be
 * https, or http on a loopback address (a local test double).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** The REST API's base URL (GITHUB_API_URL at the edge): https://api.github.com, https://HOST/api/v3. */
  baseUrl: string;
  logger: Logger;
  /** Retries of a rate-limited or failed request (default 3). */
  retries?: number;
  /** Milliseconds per unit of `retry-after` and of the retry backoff (default 1000; tests shorten it). */
  retryAfterBaseValue?: number;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The API base URL, refused unless https (or http to this machine): the token goes there. */
export function apiBaseUrl(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`${where}: "${value}" is not a URL; give the REST API's base URL, e.g. https://api.github.com`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new InputError(`${where}: ${url.origin} is not https; the token is only sent over https (or to a loopback address)`);
  }
  if (url.username || url.password || url.search || url.hash) throw new InputError(`${where}: the API URL carries credentials, a query or a fragment; give the base URL only`);
  return url.toString().replace(/\/$/, '');
}

/** `owner/name` from GITHUB_REPOSITORY or an input, checked against GitHub's name grammar. */
export function parseRepository(value: string, where: string): RepoRef {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value);
  if (!match || match[2] === '.' || match[2] === '..') throw new InputError(`${where}: "${value}" is not a repository (owner/name)`);
  return { owner: match[1]!, repo: match[2]! };
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options;
  const retries = options.retries ?? 3;
  const base = options.retryAfterBaseValue ?? 1000;
  const limited = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < retries;
    logger.warning(`GitHub API ${kind} on ${request.method} ${request.url}: ${again ? `retrying after ${retryAfter} s` : `giving up after ${retryCount} retries`}`);
    return again;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: apiBaseUrl(options.baseUrl, 'GitHub API URL'),
      retry: { retries, retryAfterBaseValue: base },
      throttle: { retryAfterBaseValue: base, onRateLimit: limited('rate limit'), onSecondaryRateLimit: limited('secondary rate limit') },
      log: { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.warning(m), error: (m: string) => logger.error(m) },
    },
    retry,
    throttling,
  );
}
