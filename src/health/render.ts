/** The health report as text (CLI) and Markdown (job summary). */
import { code, escapeHtml } from '../util/html.js';
import type { HealthReport } from './types.js';

/** Declared auth in words: what was proven on each side (never a token). */
const authLine = (r: HealthReport): string | undefined => {
  const a = r.auth;
  if (!a?.mode) return undefined;
  const refusal = a.refusalVerified ? 'no token: 401 with valid metadata' : 'refusal not verified';
  const token = a.token === 'client-credentials' ? 'token from the issuer (client credentials)' : a.token === 'bearer' ? 'static bearer token' : 'no token held';
  return `${a.mode}: ${refusal}; ${token}`;
};

/** The foreign-Origin request in words. */
const originLine = (r: HealthReport): string | undefined =>
  r.origin && `foreign Origin ${r.origin.sent} ${r.origin.rejected ? 'refused' : 'ACCEPTED (no DNS-rebinding protection)'} with HTTP ${r.origin.status}`;

const sessionLine = (r: HealthReport): string | undefined =>
  r.session && (r.session.idSeen ? (r.transport === 'sse' ? 'stateful (legacy SSE: one process per session)' : 'stateful (Mcp-Session-Id issued)') : 'stateless (no Mcp-Session-Id)');

const verdict = (r: HealthReport) =>
  r.status === 'healthy' ? 'healthy' : r.status === 'auth-required' ? `alive, authorization required${r.ok ? ' (allowed)' : ''}` : 'UNHEALTHY';

export function renderHealthText(r: HealthReport): string {
  const lines = [`${r.target}: ${verdict(r)}`];
  if (r.server) lines.push(`  server     ${r.server.name} ${r.server.version}`);
  if (r.transport) lines.push(`  transport  ${r.transport}${r.protocolVersion ? `, protocol ${r.protocolVersion}` : ''}`);
  if (authLine(r)) lines.push(`  auth       ${authLine(r)}`);
  if (r.auth?.resourceMetadata && r.auth.mode) lines.push(`  metadata   ${r.auth.resourceMetadata}`);
  else if (r.auth?.resourceMetadata) lines.push(`  auth       ${r.auth.scheme ?? ''} metadata ${r.auth.resourceMetadata}`.replace(/\s+metadata/, ' metadata'));
  if (r.status !== 'auth-required' && r.transport) {
    lines.push(`  tools      ${r.tools.length}${r.toolsHash ? ` (${r.toolsHash.slice(0, 23)})` : ''}: ${r.tools.map((t) => t.name).join(', ') || '-'}`);
  }
  if (r.resources !== undefined) lines.push(`  resources  ${r.resources}`);
  if (r.prompts !== undefined) lines.push(`  prompts    ${r.prompts}`);
  if (r.smoke) lines.push(`  smoke      ${r.smoke.tool}: ${r.smoke.ok ? 'ok' : 'failed'} in ${r.smoke.ms} ms`);
  if (sessionLine(r)) lines.push(`  sessions   ${sessionLine(r)}`);
  if (originLine(r)) lines.push(`  origin     ${originLine(r)}`);
  if (r.logs) lines.push(`  logs       ${r.logs.length} server log line(s) kept (redacted)`);
  const l = r.latencyMs;
  lines.push(`  latency    ${l.connect !== undefined ? `connect ${l.connect} ms, ` : ''}${l.listTools !== undefined ? `tools/list ${l.listTools} ms, ` : ''}total ${l.total} ms over ${r.attempts.length} attempt(s)`);
  for (const p of r.problems) lines.push(`  ${p.level === 'error' ? 'error' : 'warning'}: ${p.message}`);
  const failed = r.attempts.filter((a) => a.reason);
  if (!r.ok && failed.length > 0) {
    lines.push('  attempts:');
    for (const a of failed.slice(-5)) lines.push(`    #${a.attempt} at ${(a.atMs / 1000).toFixed(1)}s over ${a.transport}: ${a.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown for the job summary: what the server says (names, messages) escaped for HTML and table cells. */
export function renderHealthMarkdown(r: HealthReport): string {
  const icon = r.status === 'healthy' ? '✅' : r.ok ? '🔐' : '❌';
  const out = [`## ${icon} MCP health gate: ${verdict(r)}`, ''];
  out.push('| | |', '|---|---|', `| Target | ${code(r.target)} |`);
  if (r.server) out.push(`| Server | ${escapeHtml(r.server.name)} ${escapeHtml(r.server.version)} |`);
  if (r.transport) out.push(`| Transport | ${escapeHtml(r.transport)} |`);
  if (r.protocolVersion) out.push(`| Protocol | ${escapeHtml(r.protocolVersion)} |`);
  if (authLine(r)) out.push(`| Auth | ${escapeHtml(authLine(r)!)} |`);
  if (r.auth?.resourceMetadata) out.push(`| Auth metadata | ${escapeHtml(r.auth.resourceMetadata)} |`);
  if (r.toolsHash) out.push(`| Tools hash | ${code(r.toolsHash)} |`);
  if (sessionLine(r)) out.push(`| Sessions | ${escapeHtml(sessionLine(r)!)} |`);
  if (originLine(r)) out.push(`| Origin | ${r.origin!.rejected ? '✅' : '❌'} ${escapeHtml(originLine(r)!)} |`);
  if (r.logs) out.push(`| Server logs | ${r.logs.length} line(s) kept (redacted) |`);
  out.push(`| Latency | ${r.latencyMs.connect ?? '-'} ms connect, ${r.latencyMs.listTools ?? '-'} ms tools/list, ${r.latencyMs.total} ms total |`, `| Attempts | ${r.attempts.length} |`, '');
  if (r.problems.length) {
    out.push('### Problems', '', ...r.problems.map((p) => `- **${p.level}** (${escapeHtml(p.code)}): ${escapeHtml(p.message)}`), '');
  }
  if (r.tools.length) {
    out.push(`### Tools (${r.tools.length})`, '', '| Tool | Input schema hash |', '|---|---|', ...r.tools.map((t) => `| ${code(t.name)} | ${code(t.inputSchemaHash)} |`), '');
  }
  const failed = r.attempts.filter((a) => a.reason);
  if (failed.length) {
    out.push('<details><summary>Failed attempts</summary>', '', ...failed.slice(-10).map((a) => `- #${a.attempt} at ${(a.atMs / 1000).toFixed(1)}s over ${escapeHtml(a.transport)}: ${escapeHtml(a.reason ?? '')}`), '', '</details>', '');
  }
  return out.join('\n');
}
