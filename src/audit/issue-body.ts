/**
 * The tracking issue's title, body and comments. Finding ids, messages and locations come from
 * reports of untrusted images, specs and servers: each goes through markdownText (no tag, link,
 * emphasis or table cell can be opened). The body carries two hidden markers: the deployment's
 * (to find the issue again) and the findings' fingerprint (to tell whether they changed).
 */
import { markdownText } from '../handoff/handoff-markdown.js';
import { hiddenMarker } from '../github/markers.js';
import { sortFindings, type AuditFinding } from './findings.js';

/** GitHub refuses bodies over 65536 characters; the table stops well before. */
const MAX_BODY = 60_000;
const MAX_ROWS = 200;

export const auditMarker = (deployment: string) => hiddenMarker('audit', deployment);
export const fingerprintMarker = (fingerprint: string) => hiddenMarker('audit-fingerprint', fingerprint);

/** The fingerprint a body carries, if any. */
export function fingerprintOf(body: string | null | undefined): string | undefined {
  return /<!-- mcp-orchestrator:audit-fingerprint:([0-9a-f]{64}) -->/.exec(body ?? '')?.[1];
}

const code = (value: string) => `<code>${markdownText(value)}</code>`;

/** A link target only when it is a plain URL (a parenthesis or space would end the Markdown link). */
export const runLink = (url: string | undefined, text: string) => (url && /^https?:\/\/[\w.:/-]+$/.test(url) ? `[${text}](${url})` : undefined);

export function issueTitle(deployment: string, findings: AuditFinding[]): string {
  return `MCP audit: ${deployment} has ${findings.length} finding${findings.length === 1 ? '' : 's'}`;
}

export interface IssueBodyOptions {
  deployment: string;
  findings: AuditFinding[];
  fingerprint: string;
  /** The run that found them (a link in the body). */
  runUrl?: string;
}

export function issueBody({ deployment, findings, fingerprint, runUrl }: IssueBodyOptions): string {
  const sorted = sortFindings(findings);
  const counts = new Map<string, number>();
  for (const f of sorted) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const head = [
    auditMarker(deployment),
    fingerprintMarker(fingerprint),
    `The scheduled audit of ${code(deployment)} found ${sorted.length} problem${sorted.length === 1 ? '' : 's'} (${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')})${runLink(runUrl, 'this run') ? ` in ${runLink(runUrl, 'this run')}` : ''}.`,
    'This issue is kept up to date by the audit: its body changes when the findings change, and it closes itself when every check passes again.',
    '',
    '| Severity | Check | Finding | Where |',
    '|---|---|---|---|',
  ];
  const rows: string[] = [];
  let size = head.join('\n').length;
  for (const f of sorted.slice(0, MAX_ROWS)) {
    const row = `| ${f.severity} | ${code(f.id)} (${markdownText(f.source)}) | ${markdownText(f.message)} | ${f.location ? code(f.location) : ''} |`;
    if (size + row.length > MAX_BODY) break;
    rows.push(row);
    size += row.length + 1;
  }
  const left = sorted.length - rows.length;
  return [...head, ...rows, ...(left ? ['', `… and ${left} more: see the run's reports.`] : []), ''].join('\n');
}

export function passedComment(runUrl?: string): string {
  return `Every check of the audit passes again${runLink(runUrl, 'run') ? ` (${runLink(runUrl, 'run')})` : ''}: closing.`;
}

export function duplicateComment(kept: number): string {
  return `Duplicate of #${kept}, which tracks this deployment's audit (two audits ran at the same time): closing.`;
}
