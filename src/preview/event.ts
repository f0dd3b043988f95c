/**
 * The fields of a `pull_request` (or `pull_request_target`) event the preview uses, checked: the
 * event file is written by the runner but its values (branch names, repository names of a fork)
 * are chosen by whoever opened the pull request.
 */
import type { GitHubClient, RepoRef } from '../github/client.js';
import { InputError } from '../util/errors.js';

export interface PullRequestEvent {
  action: string;
  number: number;
  headSha: string;
  /** `owner/name` of the head and base repositories; they differ for a fork. */
  headRepository: string;
  baseRepository: string;
  fork: boolean;
  merged: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

function field(value: unknown, path: string, where: string): unknown {
  let node = value;
  for (const key of path.split('.')) node = isObject(node) ? node[key] : undefined;
  if (node === undefined || node === null) throw new InputError(`${where}: ${path} is missing; the preview needs a pull_request event`);
  return node;
}

function repository(value: unknown, path: string, where: string): string {
  const name = field(value, path, where);
  if (typeof name !== 'string' || !REPOSITORY.test(name)) throw new InputError(`${where}: ${path} is not a repository name (owner/name)`);
  return name;
}

/** The pull request of an event payload; `where` names the event file in errors. */
export function parsePullRequestEvent(payload: unknown, where: string): PullRequestEvent {
  const action = field(payload, 'action', where);
  const number = field(payload, 'pull_request.number', where);
  const headSha = field(payload, 'pull_request.head.sha', where);
  if (typeof action !== 'string' || !/^[a-z_]{1,40}$/.test(action)) throw new InputError(`${where}: action is not an event action`);
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) throw new InputError(`${where}: pull_request.number is not a positive integer`);
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(headSha)) throw new InputError(`${where}: pull_request.head.sha is not a commit SHA`);
  const baseRepository = repository(payload, 'pull_request.base.repo.full_name', where);
  // A head repository that was deleted is null: treat it as a fork (nothing proves it is not).
  const headRepo = (payload as { pull_request: { head: { repo?: unknown } } }).pull_request.head.repo;
  const headRepository = headRepo === null ? '(deleted)' : repository(payload, 'pull_request.head.repo.full_name', where);
  const merged = (payload as { pull_request: { merged?: unknown } }).pull_request.merged === true;
  return { action, number, headSha, headRepository, baseRepository, fork: headRepository.toLowerCase() !== baseRepository.toLowerCase(), merged };
}

/**
 * The pull request as the REST API has it now, for runs not started by a pull_request event (a
 * maintainer's workflow_dispatch that approves a fork's head): its head is read from GitHub, not
 * from an input, so an approval is checked against what would really be deployed.
 */
export async function fetchPullRequest(client: GitHubClient, repo: RepoRef, number: number): Promise<PullRequestEvent> {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
  return parsePullRequestEvent({ action: data.state === 'closed' ? 'closed' : 'synchronize', pull_request: data }, `pull request #${number} from the REST API`);
}
