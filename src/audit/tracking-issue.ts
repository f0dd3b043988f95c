/**
 * Exactly one tracking issue per deployment. It is found by its label and its hidden marker,
 * listing the repository's issues by label with state `all`, page by page (the search API's index
 * lags behind writes, so a second run could miss the first run's issue). The oldest marked issue
 * is the one kept: two audits that raced and both created one agree on which to keep, and close
 * the other with a comment pointing at it.
 */
import type { GitHubClient, RepoRef } from '../github/client.js';
import { hasMarker } from '../github/markers.js';
import type { Logger } from '../util/logger.js';
import { findingsFingerprint, type AuditFinding } from './findings.js';
import { auditMarker, duplicateComment, fingerprintOf, issueBody, issueTitle, passedComment } from './issue-body.js';

export const AUDIT_LABEL = 'mcp-orchestrator-audit';

export type AuditAction = 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none';

export interface TrackIssueOptions {
  client: GitHubClient;
  repo: RepoRef;
  deployment: string;
  findings: AuditFinding[];
  logger: Logger;
  runUrl?: string;
  label?: string;
}

export interface TrackIssueResult {
  action: AuditAction;
  issueNumber?: number;
  issueUrl?: string;
  fingerprint: string;
  /** Duplicates closed by this run. */
  closedDuplicates: number[];
}

interface TrackedIssue {
  number: number;
  state: string;
  body?: string | null;
  title: string;
  html_url: string;
}

/** The deployment's marked issues, oldest first (pull requests are left out). */
async function findTracked(options: TrackIssueOptions): Promise<TrackedIssue[]> {
  const { client, repo, deployment } = options;
  const marker = auditMarker(deployment);
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: options.label ?? AUDIT_LABEL, state: 'all', sort: 'created', direction: 'asc', per_page: 100 });
  return issues.filter((i) => !i.pull_request && hasMarker(i.body, marker)).sort((a, b) => a.number - b.number);
}

/** Closes every open marked issue but the kept one, each with a comment naming the kept one; skips ones already closed meanwhile. */
async function closeDuplicates(options: TrackIssueOptions, kept: number, tracked: TrackedIssue[]): Promise<number[]> {
  const { client, repo, logger } = options;
  const closed: number[] = [];
  for (const dup of tracked.filter((i) => i.number !== kept && i.state === 'open')) {
    const fresh = await client.rest.issues.get({ ...repo, issue_number: dup.number });
    if (fresh.data.state !== 'open') continue;
    await client.rest.issues.createComment({ ...repo, issue_number: dup.number, body: duplicateComment(kept) });
    await client.rest.issues.update({ ...repo, issue_number: dup.number, state: 'closed', state_reason: 'duplicate' });
    logger.info(`closed #${dup.number}: a duplicate of #${kept}`);
    closed.push(dup.number);
  }
  return closed;
}

async function whenPassing(options: TrackIssueOptions, tracked: TrackedIssue[], fingerprint: string): Promise<TrackIssueResult> {
  const { client, repo, logger } = options;
  const kept = tracked[0];
  if (!kept) return { action: 'none', fingerprint, closedDuplicates: [] };
  const closedDuplicates = await closeDuplicates(options, kept.number, tracked);
  if (kept.state !== 'open') return { action: 'none', issueNumber: kept.number, issueUrl: kept.html_url, fingerprint, closedDuplicates };
  await client.rest.issues.createComment({ ...repo, issue_number: kept.number, body: passedComment(options.runUrl) });
  await client.rest.issues.update({ ...repo, issue_number: kept.number, state: 'closed', state_reason: 'completed' });
  logger.info(`every check passes: closed #${kept.number}`);
  return { action: 'closed', issueNumber: kept.number, issueUrl: kept.html_url, fingerprint, closedDuplicates };
}

/** Brings the kept issue up to date: reopened when closed, its body and title rewritten only when the findings changed. */
async function refresh(options: TrackIssueOptions, kept: TrackedIssue, fingerprint: string): Promise<AuditAction> {
  const { client, repo, logger, deployment, findings } = options;
  const changed = fingerprintOf(kept.body) !== fingerprint;
  const reopen = kept.state !== 'open';
  if (!changed && !reopen) {
    logger.info(`#${kept.number} already lists these findings: unchanged`);
    return 'unchanged';
  }
  await client.rest.issues.update({
    ...repo,
    issue_number: kept.number,
    ...(changed ? { title: issueTitle(deployment, findings), body: issueBody({ deployment, findings, fingerprint, runUrl: options.runUrl }) } : {}),
    ...(reopen ? { state: 'open' as const } : {}),
  });
  logger.info(`${reopen ? 'reopened' : 'updated'} #${kept.number}${changed ? ' with the new findings' : ''}`);
  return reopen ? 'reopened' : 'updated';
}

export async function trackAuditIssue(options: TrackIssueOptions): Promise<TrackIssueResult> {
  const { client, repo, logger, deployment, findings } = options;
  const fingerprint = findingsFingerprint(findings);
  let tracked = await findTracked(options);
  if (!findings.length) return whenPassing(options, tracked, fingerprint);
  let action: AuditAction;
  if (!tracked.length) {
    const created = await client.rest.issues.create({ ...repo, title: issueTitle(deployment, findings), body: issueBody({ deployment, findings, fingerprint, runUrl: options.runUrl }), labels: [options.label ?? AUDIT_LABEL] });
    logger.info(`opened #${created.data.number} for ${findings.length} finding(s)`);
    // Another audit may have created one at the same time: list again, and keep the oldest.
    tracked = await findTracked(options);
    if (!tracked.some((i) => i.number === created.data.number)) tracked.push({ ...created.data, state: 'open' });
    tracked.sort((a, b) => a.number - b.number);
    action = tracked[0]!.number === created.data.number ? 'created' : await refresh(options, tracked[0]!, fingerprint);
  } else {
    action = await refresh(options, tracked[0]!, fingerprint);
  }
  const kept = tracked[0]!;
  const closedDuplicates = await closeDuplicates(options, kept.number, tracked);
  return { action, issueNumber: kept.number, issueUrl: kept.html_url, fingerprint, closedDuplicates };
}
