/**
 * The pull-request preview's GitHub side (the deploy and the teardown are other steps):
 * - `report` (opened, synchronize, reopened): a Deployment of the head for `pr-<n>` with its
 *   statuses, and the one sticky comment with the URL, verdicts, tools and client snippets;
 * - `closed`: every deployment of `pr-<n>` inactive, the comment saying the preview was torn down.
 *
 * Fork safety: a pull request from a fork runs with a read-only token and no secrets, and its code
 * is the contributor's. Nothing is deployed or recorded for it unless a maintainer approved its
 * exact head commit (`approvedSha`); an approval of an older commit fails the step, so a push after
 * the approval is never deployed under it.
 */
import type { AuditFinding } from '../audit/findings.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { GateFailure } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { closedComment, previewMarker, reportComment } from './comment.js';
import { deactivateEnvironment, recordPreviewDeployment } from './deployments.js';
import type { PullRequestEvent } from './event.js';
import type { PreviewHandoff } from './handoff-input.js';
import { upsertStickyComment } from './sticky-comment.js';

export type PreviewPhase = 'report' | 'closed';

export interface PreviewOptions {
  client: GitHubClient;
  repo: RepoRef;
  event: PullRequestEvent;
  phase: PreviewPhase;
  /** The preview's name in the comment's marker (several servers in one repository: one comment each). */
  name: string;
  environment: string;
  /** Whether the deploy and gate (report) or the teardown (closed) succeeded. */
  ok: boolean;
  environmentUrl?: string;
  handoff?: PreviewHandoff;
  findings?: AuditFinding[];
  approvedSha?: string;
  /** Create a Deployment with statuses (default true). */
  deployment?: boolean;
  commentAuthor: string;
  logUrl?: string;
  logger: Logger;
}

export interface PreviewResult {
  fork: boolean;
  /** Why nothing was written to GitHub (a fork without approval). */
  skipped?: string;
  commentId?: number;
  commentUrl?: string;
  deploymentId?: number;
  deactivated: number[];
}

/** Throws when an approval does not name the head; says whether the run may write. */
function checkApproval(o: PreviewOptions): string | undefined {
  const { event, approvedSha } = o;
  if (approvedSha !== undefined && approvedSha.toLowerCase() !== event.headSha) {
    throw new GateFailure(
      `approved-sha ${approvedSha} is not the pull request's head ${event.headSha}: a commit was pushed after the approval; a maintainer must review and approve the new head`,
    );
  }
  if (event.fork && approvedSha === undefined) {
    return `pull request #${event.number} comes from the fork ${event.headRepository}: no deployment and no comment without a maintainer's approval of its head commit (approved-sha)`;
  }
  return undefined;
}

export async function runPreview(o: PreviewOptions): Promise<PreviewResult> {
  const { event, logger } = o;
  const skipped = checkApproval(o);
  if (skipped) {
    logger.info(skipped);
    return { fork: event.fork, skipped, deactivated: [] };
  }
  const common = { client: o.client, repo: o.repo, logger };
  if (o.phase === 'closed') {
    const deactivated = await deactivateEnvironment({ ...common, environment: o.environment, logUrl: o.logUrl });
    const body = closedComment({ name: o.name, environment: o.environment, headSha: event.headSha, merged: event.merged, ok: o.ok, runUrl: o.logUrl });
    const comment = await upsertStickyComment({ ...common, issueNumber: event.number, marker: previewMarker(o.name), body, author: o.commentAuthor, create: false });
    return { fork: event.fork, commentId: comment?.commentId, commentUrl: comment?.url, deactivated };
  }
  const environmentUrl = o.environmentUrl ?? o.handoff?.clients.url;
  const deploymentId =
    o.deployment === false
      ? undefined
      : await recordPreviewDeployment({
          ...common,
          environment: o.environment,
          sha: event.headSha,
          pullRequest: event.number,
          ok: o.ok,
          environmentUrl,
          logUrl: o.logUrl,
          description: o.ok ? 'Preview deployed and gated' : 'Preview deploy or gate failed',
        });
  const body = reportComment({ name: o.name, pullRequest: event.number, headSha: event.headSha, environment: o.environment, ok: o.ok, environmentUrl, handoff: o.handoff, findings: o.findings, runUrl: o.logUrl });
  const comment = await upsertStickyComment({ ...common, issueNumber: event.number, marker: previewMarker(o.name), body, author: o.commentAuthor });
  return { fork: event.fork, commentId: comment?.commentId, commentUrl: comment?.url, deploymentId, deactivated: [] };
}
