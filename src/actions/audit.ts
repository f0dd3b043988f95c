/**
 * actions/audit: today's reports (checklist, scan, health, or a plain findings list) → the
 * deployment's one tracking issue (opened, updated when the findings change, reopened, closed when
 * all pass) → outputs and a job summary.
 */
import { runAudit, type AuditResult } from '../audit/audit.js';
import { AUDIT_LABEL } from '../audit/tracking-issue.js';
import { createGitHubClient, type RepoRef } from '../github/client.js';
import { markerName } from '../github/markers.js';
import { markdownText } from '../handoff/handoff-markdown.js';
import { GateFailure, InputError } from '../util/errors.js';
import { getBooleanInput, getOptionalInput, getRequiredInput } from './inputs.js';
import { getGitHubConnection, readJsonFiles, runUrl } from './github-inputs.js';
import { actionLogger, group, runAction, setOutputs, writeSummary } from './run-action.js';

export interface AuditInputs {
  token: string;
  baseUrl: string;
  repo: RepoRef;
  deployment: string;
  reports: Array<{ file: string; value: unknown }>;
  label: string;
  failOnFindings: boolean;
  runUrl?: string;
}

/** Every input, validated, before any request. The token is masked first. */
export function getInputs(): AuditInputs {
  const connection = getGitHubConnection();
  const deployment = markerName(getRequiredInput('deployment'), 'input deployment');
  const reports = readJsonFiles('reports');
  if (!reports.length) throw new InputError('Input required and not supplied: reports (the JSON reports of checklist, scan or health, one per line)');
  const label = getOptionalInput('label') ?? AUDIT_LABEL;
  if (!/^[\w .:/-]{1,50}$/.test(label)) throw new InputError(`input label: "${label}" is not a plain label name (at most 50 characters)`);
  return { ...connection, deployment, reports, label, failOnFindings: getBooleanInput('fail-on-findings', true), runUrl: runUrl() };
}

function summary(inputs: AuditInputs, result: AuditResult): string {
  const issue = result.issueUrl ? `[#${result.issueNumber}](${result.issueUrl})` : 'none';
  return [
    `## MCP audit: <code>${markdownText(inputs.deployment)}</code>`,
    '',
    `${result.findings.length} finding(s) in ${inputs.reports.length} report(s). Tracking issue: ${issue} (${result.action}).`,
    '',
  ].join('\n');
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const client = createGitHubClient({ token: inputs.token, baseUrl: inputs.baseUrl, logger: actionLogger });
    const result = await group(`Tracking issue of ${inputs.deployment}`, () =>
      runAudit({ client, repo: inputs.repo, deployment: inputs.deployment, reports: inputs.reports, label: inputs.label, runUrl: inputs.runUrl, logger: actionLogger }),
    );
    setOutputs({ 'issue-number': result.issueNumber ?? '', 'issue-url': result.issueUrl ?? '', action: result.action, findings: result.findings.length, fingerprint: result.fingerprint });
    await writeSummary(summary(inputs, result));
    if (result.findings.length && inputs.failOnFindings) {
      throw new GateFailure(`the audit of ${inputs.deployment} found ${result.findings.length} problem(s); tracked in ${result.issueUrl ?? 'the tracking issue'}`);
    }
  });
}
