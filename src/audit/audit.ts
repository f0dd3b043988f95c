/**
 * The audit's engine: the findings of today's reports (checklist, scan, health, or a plain list)
 * against the deployment's one tracking issue (tracking-issue.ts). Reads nothing itself: the edge
 * passes the parsed reports and a client.
 */
import type { GitHubClient, RepoRef } from '../github/client.js';
import type { Logger } from '../util/logger.js';
import { findingsFromReport, type AuditFinding } from './findings.js';
import { trackAuditIssue, type TrackIssueResult } from './tracking-issue.js';

export interface AuditOptions {
  client: GitHubClient;
  repo: RepoRef;
  /** The deployment the issue tracks (its marker): `weather-production`. */
  deployment: string;
  /** Parsed JSON reports, each with the file it came from (for errors). */
  reports: Array<{ file: string; value: unknown }>;
  logger: Logger;
  runUrl?: string;
  label?: string;
}

export interface AuditResult extends TrackIssueResult {
  findings: AuditFinding[];
}

export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const findings = options.reports.flatMap((r) => findingsFromReport(r.value, r.file));
  options.logger.info(`${findings.length} finding(s) in ${options.reports.length} report(s) for ${options.deployment}`);
  const tracked = await trackAuditIssue({ ...options, findings });
  return { ...tracked, findings };
}
