/**
 * The handoff document as Markdown for job summaries, pull-request comments and the handoff file.
 * Every value from the spec, the server or the gate is untrusted: inline values go through
 * escapeHtml (tags, quotes, pipes, backticks) with Markdown's link and emphasis characters as
 * entities too, so a tool name can neither open a tag, a link nor break a table cell; snippets go
 * into fenced blocks longer than any backtick run they hold.
 */
import { escapeHtml } from '../util/html.js';
import { longestBacktickRun } from './clients.js';
import { describeStore } from './credentials.js';
import type { HandoffDocument } from './handoff.js';

const MARKDOWN_PUNCTUATION = /[[\]()*_~!:]/g;

/** Escaped text for Markdown or a table cell. */
export function markdownText(text: string): string {
  return escapeHtml(text).replace(MARKDOWN_PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}

/** An untrusted value as inline code. */
const val = (text: string) => `<code>${markdownText(text)}</code>`;

function details(title: string, lang: string, value: unknown): string[] {
  const code = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  return [`<details><summary>${title}</summary>`, '', fence + lang, code, fence, '', '</details>', ''];
}

const table = (rows: Array<[string, string]>) => ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];

function connectionLine(doc: HandoffDocument): string {
  const test = doc.clients.connectionTest;
  if (!test) return 'not run';
  const verdict = test.ok ? (test.status === 'auth-required' ? 'passed (alive, authorization required)' : 'passed') : 'failed';
  const parts = [
    test.protocolVersion ? `MCP ${markdownText(test.protocolVersion)}` : undefined,
    test.server ? `server ${val(`${test.server.name} ${test.server.version}`)}` : undefined,
    test.toolsHash ? `tools hash ${val(test.toolsHash)}` : undefined,
    `${test.latencyMs.total} ms${test.latencyMs.connect !== undefined ? ` (connect ${test.latencyMs.connect} ms${test.latencyMs.listTools !== undefined ? `, tools/list ${test.latencyMs.listTools} ms` : ''})` : ''}`,
    test.smoke ? `smoke ${val(test.smoke.tool)} ${test.smoke.ok ? 'ok' : 'failed'}` : undefined,
    ...test.problems.map((p) => `${p.level}: ${markdownText(p.message)}`),
  ].filter((p): p is string => p !== undefined);
  return `${verdict} against ${val(test.target)}: ${parts.join('; ')}`;
}

function clientsSection(doc: HandoffDocument): string[] {
  const c = doc.clients;
  const list = (names: string[]) => names.map(val).join(', ') || '-';
  return [
    '### Clients',
    '',
    ...table([
      ['URL', val(c.url)],
      ['Transport', markdownText(c.transport)],
      ['Auth', c.auth === 'none' ? 'none' : `${c.auth} (the snippets read the token from a variable or a prompt; no value here)`],
      ['Tools', list(c.tools)],
      ...(c.resources !== undefined ? [['Resources', String(c.resources)] as [string, string]] : []),
      ...(c.prompts !== undefined ? [['Prompts', String(c.prompts)] as [string, string]] : []),
      ['Connection test', connectionLine(doc)],
    ]),
    ...details('Claude Code', 'sh', c.snippets.claudeCode),
    ...details('VS Code (.vscode/mcp.json)', 'json', c.snippets.vscode),
    ...details('Cursor (~/.cursor/mcp.json)', 'json', c.snippets.cursor),
    ...details('Claude Desktop (claude_desktop_config.json, through mcp-remote)', 'json', c.snippets.claudeDesktop),
    ...details('Any client (mcp.json)', 'json', c.snippets.mcpJson),
  ];
}

function credentialsSection(doc: HandoffDocument): string[] {
  const { secrets, oauth } = doc.credentials;
  const lines = ['### Credentials', ''];
  if (!secrets.length) lines.push('The server needs no secrets.', '');
  else {
    lines.push('| Secret | Stored in | The server gets it as | Rotation | Refresh |', '|---|---|---|---|---|');
    for (const s of secrets) {
      lines.push(`| ${val(s.name)} | ${markdownText(describeStore(s.store))} | ${markdownText(s.delivery)} | ${s.rotation ? markdownText(s.rotation) : 'not stated'} | ${s.refresh ? markdownText(s.refresh) : 'not stated'} |`);
    }
    lines.push('');
  }
  const auth = doc.credentials.auth;
  if (auth) {
    lines.push(
      ...table([
        ['Authorization', auth.mode === 'oauth' ? 'OAuth 2.1 (JWT access tokens, validated by the server)' : 'static bearer token'],
        ...(auth.issuer ? [['Issuer', val(auth.issuer)] as [string, string]] : []),
        ...(auth.audience ? [['Audience (resource)', val(auth.audience)] as [string, string]] : []),
        ...(auth.scopes?.length ? [['Scopes', auth.scopes.map(val).join(' ')] as [string, string]] : []),
        ['Protected-resource metadata', val(auth.resourceMetadata)],
        ...(auth.keys ? [['Issuer keys', markdownText(auth.keys)] as [string, string]] : []),
        ['A client needs', markdownText(auth.clientNeeds)],
      ]),
    );
  }
  if (oauth && !auth) {
    const servers = oauth.authorizationServers?.map(val).join(', ');
    lines.push(
      `The server requires authorization${oauth.scheme ? ` (${markdownText(oauth.scheme)})` : ''}: protected-resource metadata ${oauth.resourceMetadata ? val(oauth.resourceMetadata) : 'not advertised'}${servers ? `; authorization servers ${servers}` : ''}.`,
      '',
    );
  }
  return lines;
}

function endpointsSection(doc: HandoffDocument): string[] {
  const e = doc.endpoints;
  const lb = e.loadBalancing;
  const replicas = lb.replicas.min === lb.replicas.max ? String(lb.replicas.min) : `${lb.replicas.min} to ${lb.replicas.max}`;
  return [
    '### Endpoints',
    '',
    ...table([
      ['Base URL', `${val(e.baseUrl)}${e.public ? '' : ' (not public)'}`],
      ['Paths', e.paths.map((p) => `${val(p.path)} ${markdownText(p.purpose)}`).join('<br>')],
      ['TLS', e.tls ? `secret ${val(e.tls.secret)}${e.tls.issuer ? `, issued by ${val(e.tls.issuer)} (cert-manager)` : ''}` : 'none (plain HTTP)'],
      ['Rate limit', e.rateLimit ? `${e.rateLimit.rps} requests/s per client address, ${markdownText(e.rateLimit.enforcedBy)}` : 'none'],
      ['Load balancing', `${replicas} replica${replicas === '1' ? '' : 's'}; session affinity ${markdownText(lb.affinity)}: ${markdownText(lb.how)}`],
      ...(e.ingressClass || e.ingressController ? [['Ingress class', `${e.ingressClass ? val(e.ingressClass) : 'the cluster default'}${e.ingressController === 'nginx' ? ' (ingress-nginx)' : ''}`] as [string, string]] : []),
    ]),
    ...lb.warnings.map((w) => `> [!WARNING]\n> ${markdownText(w)}\n`),
  ];
}

export function renderHandoffMarkdown(doc: HandoffDocument): string {
  const r = doc.release;
  const runs = [r.image ? `image ${val(r.image)}` : undefined, r.revision !== undefined ? `revision ${r.revision}` : undefined, r.namespace ? `namespace ${val(r.namespace)}` : undefined, r.project ? `project ${val(r.project)}` : undefined].filter(Boolean);
  return [`## Handoff: ${val(doc.server)} on ${markdownText(doc.target)}`, '', ...(runs.length ? [`Runs ${runs.join(', ')}.`, ''] : []), ...clientsSection(doc), ...credentialsSection(doc), ...endpointsSection(doc)].join('\n');
}
