/**
 * actions/preview: the pull_request event, the deploy's handoff file and outcome → the preview's
 * GitHub Deployment and its one sticky comment (report), or the deployments inactive and the
 * comment saying torn down (closed) → outputs and a job summary. A fork's pull request gets
 * nothing written without a maintainer's approval of its head commit.
 */
import { readFileSync } from 'node:fs';
import { findingsFromReport } from '../audit/findings.js';
import { createGitHubClient } from '../github/client.js';
import { markerName } from '../github/markers.js';
import { markdownText } from '../handoff/handoff-markdown.js';
import { fetchPullRequest, parsePullRequestEvent, type PullRequestEvent } from '../preview/event.js';
import { parsePreviewHandoff, type PreviewHandoff } from '../preview/handoff-input.js';
import { runPreview, type PreviewOptions, type PreviewPhase, type PreviewResult } from '../preview/preview.js';
import { InputError } from '../util/errors.js';
import { parseInteger } from '../util/parse.js';
import { getBooleanInput, getChoiceInput, getOptionalInput } from './inputs.js';
import { getGitHubConnection, readableFile, readEventPayload, readJsonFiles, runUrl } from './github-inputs.js';
import { actionLogger, group, runAction, setOutputs, writeSummary } from './run-action.js';

/** What the inputs give the preview engine: its options, less what the action makes itself (client, event, logger). */
export type PreviewInputs = Pick<PreviewOptions, 'repo' | 'name' | 'environment' | 'ok' | 'environmentUrl' | 'handoff' | 'findings' | 'approvedSha' | 'commentAuthor' | 'logUrl'> & {
  token: string;
  baseUrl: string;
  /** The pull_request event's pull request, or the number of one to read from the API (workflow_dispatch). */
  pullRequest: { event: PullRequestEvent } | { number: number };
  /** Default: closed when the pull request is closed, else report. */
  phase?: PreviewPhase;
  deployment: boolean;
};

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

function readHandoff(): PreviewHandoff | undefined {
  const value = getOptionalInput('handoff');
  if (value === undefined) return undefined;
  const file = readableFile(value, 'input handoff');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`input handoff: ${value} is not JSON (${(error as Error).message})`);
  }
  return parsePreviewHandoff(parsed, `input handoff ${value}`);
}

function optionalSha(name: string): string | undefined {
  const value = getOptionalInput(name);
  if (value !== undefined && !/^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$/.test(value)) throw new InputError(`input ${name}: "${value}" is not a full commit SHA (40 hex digits)`);
  return value?.toLowerCase();
}

/** Every input and the event, validated, before any request. The token is masked first. */
export function getInputs(): PreviewInputs {
  const connection = getGitHubConnection();
  const { name: eventName, payload, file } = readEventPayload();
  const number = getOptionalInput('pull-request');
  let pullRequest: PreviewInputs['pullRequest'];
  if (PULL_REQUEST_EVENTS.includes(eventName)) pullRequest = { event: parsePullRequestEvent(payload, `event ${file}`) };
  else if (number !== undefined) pullRequest = { number: parseInteger(number, 'input pull-request', 1, Number.MAX_SAFE_INTEGER) };
  else throw new InputError(`the preview runs on pull_request events, or with input pull-request (e.g. from workflow_dispatch), not on ${eventName || 'an unnamed event'}`);
  const prNumber = 'event' in pullRequest ? pullRequest.event.number : pullRequest.number;
  const phaseInput = getOptionalInput('phase');
  const environmentUrl = getOptionalInput('environment-url');
  if (environmentUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(environmentUrl)) throw new InputError(`input environment-url: "${environmentUrl}" is not an http(s) URL`);
  const reports = readJsonFiles('reports');
  const commentAuthor = getOptionalInput('comment-author') ?? 'github-actions[bot]';
  if (!/^[A-Za-z0-9-]{1,39}(\[bot\])?$/.test(commentAuthor)) throw new InputError(`input comment-author: "${commentAuthor}" is not a GitHub login`);
  return {
    ...connection,
    pullRequest,
    phase: phaseInput === undefined ? undefined : getChoiceInput('phase', ['report', 'closed'] as const, 'report'),
    name: markerName(getOptionalInput('name') ?? 'default', 'input name'),
    environment: markerName(getOptionalInput('environment') ?? `pr-${prNumber}`, 'input environment'),
    // job.status can also say cancelled: not a success.
    ok: getChoiceInput('status', ['success', 'failure', 'cancelled'] as const, 'success') === 'success',
    environmentUrl,
    handoff: readHandoff(),
    findings: reports.length ? reports.flatMap((r) => findingsFromReport(r.value, r.file)) : undefined,
    approvedSha: optionalSha('approved-sha'),
    deployment: getBooleanInput('deployment', true),
    commentAuthor,
    logUrl: runUrl(),
  };
}

function summary(inputs: PreviewInputs, event: PullRequestEvent, phase: PreviewPhase, result: PreviewResult): string {
  const lines = [`## MCP preview: pull request #${event.number} (${phase})`, ''];
  if (result.skipped) lines.push(markdownText(result.skipped));
  else {
    lines.push(`Environment <code>${markdownText(inputs.environment)}</code>${result.deploymentId ? `, deployment ${result.deploymentId}` : ''}${result.deactivated.length ? `, ${result.deactivated.length} deployment(s) marked inactive` : ''}.`);
    if (result.commentUrl) lines.push('', `[The preview comment](${result.commentUrl})`);
  }
  return `${lines.join('\n')}\n`;
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const client = createGitHubClient({ token: inputs.token, baseUrl: inputs.baseUrl, logger: actionLogger });
    const event = 'event' in inputs.pullRequest ? inputs.pullRequest.event : await fetchPullRequest(client, inputs.repo, inputs.pullRequest.number);
    const phase = inputs.phase ?? (event.action === 'closed' ? 'closed' : 'report');
    setOutputs({ fork: event.fork, environment: inputs.environment });
    const result = await group(`Preview of pull request #${event.number}: ${phase}`, () => runPreview({ ...inputs, event, phase, client, logger: actionLogger }));
    setOutputs({ 'comment-id': result.commentId ?? '', 'comment-url': result.commentUrl ?? '', 'deployment-id': result.deploymentId ?? '', skipped: result.skipped ? 'true' : 'false' });
    await writeSummary(summary(inputs, event, phase, result));
  });
}
