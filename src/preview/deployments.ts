/**
 * The preview's GitHub Deployment: one per pushed head, for the environment `pr-<n>`, transient
 * (GitHub shows it as destroyed once inactive), with statuses in_progress then success or failure,
 * the environment URL and the run's log. On close, every deployment of the environment whose
 * latest status is not inactive gets an inactive one.
 */
import type { GitHubClient, RepoRef } from '../github/client.js';
import type { Logger } from '../util/logger.js';

export interface PreviewDeploymentOptions {
  client: GitHubClient;
  repo: RepoRef;
  environment: string;
  sha: string;
  pullRequest: number;
  ok: boolean;
  environmentUrl?: string;
  logUrl?: string;
  description: string;
  logger: Logger;
}

/** GitHub refuses status descriptions over 140 characters. */
const short = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

export async function recordPreviewDeployment(o: PreviewDeploymentOptions): Promise<number> {
  const { client, repo } = o;
  const created = await client.rest.repos.createDeployment({
    ...repo,
    ref: o.sha,
    environment: o.environment,
    transient_environment: true,
    production_environment: false,
    auto_merge: false,
    // The preview ran after its own checks; the deployment is a record, not a gate on commit statuses.
    required_contexts: [],
    description: short(`Preview of pull request #${o.pullRequest}`),
    payload: { pullRequest: o.pullRequest },
  });
  if (created.status !== 201 || !('id' in created.data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(created.data)}`);
  const id = created.data.id;
  const status = (state: 'in_progress' | 'success' | 'failure', description: string) =>
    client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state,
      description: short(description),
      ...(o.logUrl ? { log_url: o.logUrl } : {}),
      ...(state === 'success' && o.environmentUrl ? { environment_url: o.environmentUrl } : {}),
    });
  await status('in_progress', 'Deploying the preview');
  await status(o.ok ? 'success' : 'failure', o.description);
  o.logger.info(`deployment ${id} of ${o.environment}: ${o.ok ? 'success' : 'failure'}`);
  return id;
}

/** Marks every deployment of the environment inactive (those already inactive are left); returns their ids. */
export async function deactivateEnvironment(o: { client: GitHubClient; repo: RepoRef; environment: string; logUrl?: string; logger: Logger }): Promise<number[]> {
  const { client, repo } = o;
  const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, environment: o.environment, per_page: 100 });
  const done: number[] = [];
  for (const d of deployments) {
    const latest = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
    if (latest.data[0]?.state === 'inactive') continue;
    await client.rest.repos.createDeploymentStatus({ ...repo, deployment_id: d.id, state: 'inactive', description: 'Preview torn down: the pull request was closed', ...(o.logUrl ? { log_url: o.logUrl } : {}) });
    done.push(d.id);
  }
  o.logger.info(`${done.length} deployment(s) of ${o.environment} marked inactive`);
  return done;
}
