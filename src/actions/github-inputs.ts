/**
 * What the preview and audit actions read from the runner to talk to GitHub: the token (masked
 * first), the API URL the token may go to, the repository, the run's URL, the event file, and
 * lists of report files (each inside the workspace or RUNNER_TEMP).
 */
import * as core from '@actions/core';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { apiBaseUrl, parseRepository, type RepoRef } from '../github/client.js';
import { InputError } from '../util/errors.js';
import { getListInput, runnerTempDir, workspaceDir } from './inputs.js';

export interface GitHubConnection {
  token: string;
  baseUrl: string;
  repo: RepoRef;
}

/** The `github-token` input (masked before anything else), GITHUB_API_URL and GITHUB_REPOSITORY, checked. */
export function getGitHubConnection(): GitHubConnection {
  const token = core.getInput('github-token');
  if (!token) throw new InputError('Input required and not supplied: github-token (default ${{ github.token }})');
  core.setSecret(token);
  return {
    token,
    baseUrl: apiBaseUrl(process.env.GITHUB_API_URL || 'https://api.github.com', 'GITHUB_API_URL'),
    repo: parseRepository(process.env.GITHUB_REPOSITORY ?? '', 'GITHUB_REPOSITORY'),
  };
}

/** The URL of this run's log (for deployment statuses and links), when the runner says where it is. */
export function runUrl(): string | undefined {
  const server = process.env.GITHUB_SERVER_URL;
  const repository = process.env.GITHUB_REPOSITORY;
  const id = process.env.GITHUB_RUN_ID;
  if (!server || !repository || !id || !/^\d+$/.test(id) || !/^https?:\/\/[\w.:-]+$/.test(server)) return undefined;
  return `${server}/${repository}/actions/runs/${id}`;
}

/** The event payload the runner wrote (GITHUB_EVENT_PATH), parsed. */
export function readEventPayload(): { name: string; payload: unknown; file: string } {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) throw new InputError('GITHUB_EVENT_PATH is not set or missing: run the action in a workflow job');
  try {
    return { name: process.env.GITHUB_EVENT_NAME ?? '', payload: JSON.parse(readFileSync(file, 'utf8')) as unknown, file };
  } catch (error) {
    throw new InputError(`${file}: the event payload is not JSON (${(error as Error).message})`);
  }
}

const inside = (path: string, root: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A file a previous step wrote, refused when it (or a link on its way) leads outside the workspace and RUNNER_TEMP. */
export function readableFile(value: string, where: string): string {
  const roots = [workspaceDir(), runnerTempDir()];
  const path = resolve(roots[0]!, value);
  if (!existsSync(path)) throw new InputError(`${where}: ${value} does not exist`);
  const real = realpathSync(path);
  if (!roots.some((root) => inside(path, root) && inside(real, existsSync(root) ? realpathSync(root) : root))) {
    throw new InputError(`${where}: ${value} is outside the workspace and RUNNER_TEMP; give a report a previous step wrote`);
  }
  return path;
}

/** Each file of a list input, parsed as JSON. */
export function readJsonFiles(name: string): Array<{ file: string; value: unknown }> {
  return getListInput(name).map((entry) => {
    const file = readableFile(entry, `input ${name}`);
    try {
      return { file: entry, value: JSON.parse(readFileSync(file, 'utf8')) as unknown };
    } catch (error) {
      throw new InputError(`input ${name}: ${entry} is not JSON (${(error as Error).message})`);
    }
  });
}
