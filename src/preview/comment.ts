/**
 * The sticky preview comment's Markdown: the URL, the gate's verdict, the checks, the tools and
 * the client snippets of the deployed preview, or the note that it was torn down. Tool names, the
 * URL, problems and findings come from the pull request's own server and spec: inline values go
 * through markdownText, snippets into fences longer than any backtick run they hold. The body
 * stays under GitHub's 65536 characters (long tool lists and tables are cut, saying so).
 */
import { longestBacktickRun } from '../handoff/clients.js';
import { markdownText } from '../handoff/handoff-markdown.js';
import { sortFindings, type AuditFinding } from '../audit/findings.js';
import { runLink } from '../audit/issue-body.js';
import { hiddenMarker } from '../github/markers.js';
import type { PreviewHandoff } from './handoff-input.js';

const MAX_TOOLS = 100;
const MAX_FINDINGS = 20;
const MAX_BODY = 60_000;

export const previewMarker = (name: string) => hiddenMarker('preview', name);

const code = (value: string) => `<code>${markdownText(value)}</code>`;

function fenced(title: string, lang: string, value: unknown): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [`<details><summary>${title}</summary>`, '', fence + lang, text, fence, '', '</details>', ''];
}

export interface ReportCommentOptions {
  name: string;
  pullRequest: number;
  headSha: string;
  environment: string;
  ok: boolean;
  environmentUrl?: string;
  handoff?: PreviewHandoff;
  /** Failed checks of the checklist or scan reports given, if any were. */
  findings?: AuditFinding[];
  runUrl?: string;
}

function gateLine(handoff: PreviewHandoff | undefined): string {
  const test = handoff?.clients.connectionTest;
  if (!test) return 'not run';
  const verdict = test.ok ? (test.status === 'auth-required' ? 'passed (alive, authorization required)' : 'passed') : `failed (${markdownText(test.status)})`;
  const problems = test.problems.slice(0, 10).map((p) => `${markdownText(p.level)}: ${markdownText(p.message)}`);
  return [verdict, ...problems].join('<br>');
}

function toolsLine(tools: string[]): string {
  if (!tools.length) return 'none listed';
  const shown = tools.slice(0, MAX_TOOLS).map(code).join(', ');
  return tools.length > MAX_TOOLS ? `${shown} and ${tools.length - MAX_TOOLS} more` : shown;
}

function findingsSection(findings: AuditFinding[] | undefined): string[] {
  if (!findings) return [];
  if (!findings.length) return ['**Checks:** all passed.', ''];
  const rows = sortFindings(findings)
    .slice(0, MAX_FINDINGS)
    .map((f) => `| ${f.severity} | ${code(f.id)} | ${markdownText(f.message)} | ${f.location ? code(f.location) : ''} |`);
  const more = findings.length > MAX_FINDINGS ? [`… and ${findings.length - MAX_FINDINGS} more in the run's reports.`, ''] : [];
  return [`**Checks:** ${findings.length} failed.`, '', '| Severity | Check | Finding | Where |', '|---|---|---|---|', ...rows, '', ...more];
}

function footer(headSha: string, runUrl: string | undefined, tail: string): string {
  const run = runLink(runUrl, 'this run');
  return `<sub>For ${code(headSha.slice(0, 12))}${run ? ` by ${run}` : ''}. ${tail}</sub>`;
}

export function reportComment(o: ReportCommentOptions): string {
  const h = o.handoff;
  const subject = h ? code(h.server) : `pull request #${o.pullRequest}`;
  const url = o.environmentUrl ?? h?.clients.url;
  const head = [previewMarker(o.name), `### ${o.ok ? '✅' : '❌'} Preview of ${subject} ${o.ok ? 'is up' : 'failed'}`, ''];
  const table = [
    '| | |',
    '|---|---|',
    `| Environment | ${code(o.environment)} |`,
    ...(url ? [`| URL | ${code(url)} |`] : []),
    ...(h ? [`| Transport | ${markdownText(h.clients.transport)}${h.clients.protocolVersion ? `, MCP ${markdownText(h.clients.protocolVersion)}` : ''} |`, `| Auth | ${markdownText(h.clients.auth)} |`] : []),
    `| Health gate | ${gateLine(h)} |`,
    ...(h ? [`| Tools (${h.clients.tools.length}) | ${toolsLine(h.clients.tools)} |`] : []),
    '',
  ];
  const failed = o.ok ? [] : ['The deploy or a gate failed: the run\'s log says which, and why.', ''];
  const snippets = h
    ? [
        '#### Connect a client',
        '',
        ...fenced('Claude Code', 'sh', h.clients.snippets.claudeCode),
        ...fenced('VS Code (.vscode/mcp.json)', 'json', h.clients.snippets.vscode),
        ...fenced('Cursor (~/.cursor/mcp.json)', 'json', h.clients.snippets.cursor),
        ...fenced('Claude Desktop (claude_desktop_config.json, through mcp-remote)', 'json', h.clients.snippets.claudeDesktop),
        ...fenced('Any client (mcp.json)', 'json', h.clients.snippets.mcpJson),
        '',
      ]
    : [];
  const end = [footer(o.headSha, o.runUrl, 'This comment is updated in place on every push.'), ''];
  const full = [...head, ...failed, ...table, ...findingsSection(o.findings), ...snippets, ...end].join('\n');
  if (full.length <= MAX_BODY) return full;
  return [...head, ...failed, ...table, 'The client snippets and checks are too long for a comment: see the job summary.', '', ...end].join('\n');
}

export interface ClosedCommentOptions {
  name: string;
  environment: string;
  headSha: string;
  merged: boolean;
  /** Whether the teardown steps succeeded. */
  ok: boolean;
  runUrl?: string;
}

export function closedComment(o: ClosedCommentOptions): string {
  const how = o.merged ? 'merged' : 'closed without merging';
  return [
    previewMarker(o.name),
    o.ok ? '### 🧹 Preview torn down' : '### ⚠️ Preview teardown failed',
    '',
    o.ok
      ? `The pull request was ${how}: the preview environment ${code(o.environment)} was torn down and its deployments marked inactive.`
      : `The pull request was ${how}, but tearing down ${code(o.environment)} failed: its deployments are marked inactive; check the run's log and remove what is left.`,
    '',
    footer(o.headSha, o.runUrl, 'Pushing again after reopening deploys a new preview.'),
    '',
  ].join('\n');
}
