/**
 * The checklist's outputs: the seed's items as a Markdown checklist a person would keep, plain
 * text, JSON, and SARIF 2.1.0 for code scanning. Every message went through the scan's redaction
 * (values from an image or an env can be secrets) and is escaped for the language it goes into.
 */
import { createHash } from 'node:crypto';
import { redactText } from '../scan/redact-text.js';
import { escapeHtml } from '../util/html.js';
import { sarifLog } from '../util/sarif.js';
import { failsAt, type ChecklistResult, type EvaluatedCheck, type RuleResult } from './engine.js';
import type { ChecklistItem, Location, Rule, Severity, Verdict } from './types.js';

export const ITEMS: ReadonlyArray<{ item: ChecklistItem; title: string }> = [
  { item: 'image-built', title: 'Image built' },
  { item: 'environment-secure', title: 'Environment injected securely (no secret literals)' },
  { item: 'health-checks', title: 'Health checks configured and passing' },
  { item: 'logging', title: 'Logging and monitoring enabled' },
  { item: 'resource-limits', title: 'Resource limits set' },
  { item: 'tls', title: 'TLS for remote access' },
  { item: 'secret-store', title: 'Secrets in a secure vault' },
  { item: 'scaling', title: 'Scaling policy defined' },
  { item: 'hardening', title: 'Hardened (non-root, read-only, no privileges)' },
  { item: 'workflows', title: 'Workflows secure' },
];

/** Most results listed per rule in text and Markdown (JSON and SARIF carry all). */
const SHOWN = 20;

export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  if (location.pointer) return `${location.file}#${location.pointer}`;
  return location.line ? `${location.file}:${location.line}` : location.file;
}

// Each writer redacts the same messages: the scan's rules run once per distinct text.
const redacted = new Map<string, string>();
function clean(text: string): string {
  let out = redacted.get(text);
  if (out === undefined) {
    if (redacted.size > 10_000) redacted.clear();
    out = redactText(text);
    redacted.set(text, out);
  }
  return out;
}

export type ItemState = 'done' | 'open' | 'not-checked' | 'not-applicable';

/** An item is ticked when its rules were checked and none failed (exempted counts, with its reason listed). */
export function itemState(results: RuleResult[]): ItemState {
  if (results.some((r) => r.verdict === 'failed')) return 'open';
  if (results.some((r) => r.verdict === 'not-checked')) return 'not-checked';
  if (results.every((r) => r.verdict === 'not-applicable')) return 'not-applicable';
  return 'done';
}

function byItem(result: ChecklistResult): Array<{ item: ChecklistItem; title: string; results: RuleResult[]; state: ItemState }> {
  return ITEMS.map(({ item, title }) => {
    const results = result.results.filter((r) => r.rule.item === item);
    return { item, title, results, state: itemState(results) };
  }).filter((i) => i.results.length > 0);
}

function failing(r: RuleResult): EvaluatedCheck[] {
  return r.checks.filter((c) => c.status !== 'passed');
}

const VERDICT_TEXT: Record<Verdict, string> = { passed: 'passed', failed: 'FAILED', exempted: 'exempted', 'not-checked': 'not checked', 'not-applicable': 'n/a' };

function headline(result: ChecklistResult): string {
  const c = result.counts;
  return `Checklist ${result.failed ? 'failed' : 'passed'} (fail on ${result.failOn}): ${c.passed} passed, ${c.failed} failed, ${c.exempted} exempted, ${c['not-checked']} not checked, ${c['not-applicable']} not applicable`;
}

export function renderText(result: ChecklistResult): string {
  const lines = [headline(result), ''];
  for (const group of byItem(result)) {
    lines.push(`[${group.state === 'done' || group.state === 'not-applicable' ? 'x' : ' '}] ${group.title}${group.state === 'not-checked' ? ' (not fully checked)' : ''}`);
    for (const r of group.results) {
      lines.push(`    ${r.rule.id} ${VERDICT_TEXT[r.verdict].padEnd(11)} ${r.rule.severity.padEnd(7)} ${r.rule.title}${r.notChecked ? ` (${r.notChecked})` : ''}`);
      const shown = failing(r);
      for (const c of shown.slice(0, SHOWN)) lines.push(`        ${formatLocation(c.location) || c.subject || ''}: ${clean(c.message)}${c.exemption && c.status === 'exempted' ? ` [exempted: ${clean(c.exemption.reason)}]` : ''}`);
      if (shown.length > SHOWN) lines.push(`        … and ${shown.length - SHOWN} more (use --format json)`);
      if (r.verdict === 'failed') lines.push(`        fix: ${r.rule.fix}`);
    }
  }
  lines.push(...exemptionLines(result, (s) => s));
  return `${lines.join('\n')}\n`;
}

function exemptionLines(result: ChecklistResult, esc: (s: string) => string, bullet = ''): string[] {
  const lines: string[] = [];
  if (result.exemptions.used.length) {
    lines.push('', `${bullet ? '#### ' : ''}Exemptions used (${result.exemptions.used.length})`, '');
    for (const e of result.exemptions.used) lines.push(`${bullet || '  '}${esc(e.rule)} by ${e.origin} at ${esc(formatLocation(e.where))}: ${esc(clean(e.reason))}${e.expires ? ` (until ${e.expires})` : ''}`);
  }
  if (result.exemptions.refused.length) {
    lines.push('', `${bullet ? '#### ' : ''}Exemptions refused (${result.exemptions.refused.length})`, '');
    for (const e of result.exemptions.refused) lines.push(`${bullet || '  '}${esc(e.rule)} by ${e.origin} at ${esc(formatLocation(e.where))}${e.subject ? ` for ${esc(clean(e.subject))}` : ''}: ${esc(e.why)}`);
  }
  return lines;
}

const MD_VERDICT: Record<Verdict, string> = { passed: '✅ passed', failed: '❌ failed', exempted: '⚪ exempted', 'not-checked': '⏸️ not checked', 'not-applicable': '➖ not applicable' };

/** The job summary: each item as `- [x]` / `- [ ]`, its rules beneath with verdict, evidence and fix. */
export function renderMarkdown(result: ChecklistResult): string {
  const esc = (s: string) => escapeHtml(clean(s));
  const lines = [`### ${result.failed ? '❌' : '✅'} ${escapeHtml(headline(result))}`, ''];
  for (const group of byItem(result)) {
    const ticked = group.state === 'done' || group.state === 'not-applicable';
    const note = group.state === 'not-checked' ? ' — not fully checked' : group.state === 'not-applicable' ? ' — nothing to check' : '';
    lines.push(`- [${ticked ? 'x' : ' '}] **${group.title}**${note}`);
    for (const r of group.results) {
      lines.push(`  - \`${r.rule.id}\` ${MD_VERDICT[r.verdict]} (${r.rule.severity}): ${escapeHtml(r.rule.title)}${r.notChecked ? ` — ${esc(r.notChecked)}` : ''}`);
      const shown = failing(r);
      for (const c of shown.slice(0, SHOWN)) {
        const where = formatLocation(c.location);
        const exempt = c.status === 'exempted' && c.exemption ? ` — exempted (${c.exemption.origin}): ${esc(c.exemption.reason)}` : '';
        lines.push(`    - ${where ? `<code>${esc(where)}</code>: ` : ''}${esc(c.message)}${exempt}`);
      }
      if (shown.length > SHOWN) lines.push(`    - … and ${shown.length - SHOWN} more (see the JSON report)`);
      if (r.verdict === 'failed') lines.push(`    - fix: ${escapeHtml(r.rule.fix)}`);
    }
  }
  lines.push(...exemptionLines(result, esc, '- '));
  return `${lines.join('\n')}\n`;
}

function alignedText(rule: Rule): string {
  const parts = Object.entries(rule.aligned)
    .filter(([, ids]) => ids && ids.length)
    .map(([tool, ids]) => `${tool}: ${(ids as string[]).join(', ')}`);
  return parts.length ? `Same as ${parts.join('; ')}.` : '';
}

export function toJson(result: ChecklistResult): object {
  return {
    passed: !result.failed,
    failOn: result.failOn,
    counts: result.counts,
    items: byItem(result).map((g) => ({ item: g.item, title: g.title, state: g.state, rules: g.results.map((r) => r.rule.id) })),
    rules: result.results.map((r) => ({
      id: r.rule.id,
      group: r.rule.group,
      item: r.rule.item,
      severity: r.rule.severity,
      title: r.rule.title,
      verdict: r.verdict,
      failsGate: r.verdict === 'failed' && failsAt(r.rule.severity, result.failOn),
      ...(r.notChecked ? { notChecked: r.notChecked } : {}),
      fix: r.rule.fix,
      aligned: r.rule.aligned,
      checks: r.checks.map((c) => ({ status: c.status, message: clean(c.message), subject: c.subject && clean(c.subject), location: c.location, ...(c.exemption ? { exemption: { ...c.exemption, reason: clean(c.exemption.reason) } } : {}), ...(c.expired ? { expired: true } : {}) })),
    })),
    exemptions: {
      used: result.exemptions.used.map((e) => ({ ...e, reason: clean(e.reason) })),
      refused: result.exemptions.refused.map((e) => ({ ...e, subject: e.subject && clean(e.subject) })),
    },
  };
}

const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', note: '2.0' };

function sarifLocation(location: Location | undefined): object[] {
  if (!location) return [];
  // Report pointers are not source lines: the report file, line 1, with the pointer in the message.
  const region = location.line ? { startLine: location.line, ...(location.column ? { startColumn: location.column } : {}) } : { startLine: 1 };
  return [{ physicalLocation: { artifactLocation: { uri: location.file.replace(/\\/g, '/').replace(/^\.\//, '') }, region } }];
}

function fingerprint(rule: string, c: EvaluatedCheck): string {
  return createHash('sha256')
    .update(`${rule}\n${c.subject ?? ''}\n${c.location?.file ?? ''}\n${c.location?.pointer ?? ''}\n${clean(c.message)}`)
    .digest('hex')
    .slice(0, 32);
}

export function toSarif(result: ChecklistResult, options: { version: string }): object {
  const rules = result.results.map((r) => r.rule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = result.results.flatMap((r) =>
    failing(r).map((c) => ({
      ruleId: r.rule.id,
      ruleIndex: index.get(r.rule.id),
      level: r.rule.severity,
      message: { text: `${clean(c.message)}${c.location?.pointer ? ` (${c.location.pointer})` : ''}` },
      locations: sarifLocation(c.location),
      partialFingerprints: { 'checklistFingerprint/v1': fingerprint(r.rule.id, c) },
      ...(c.status === 'exempted' && c.exemption ? { suppressions: [{ kind: c.exemption.origin === 'file' ? 'external' : 'inSource', justification: clean(c.exemption.reason) }] } : {}),
      properties: { subject: c.subject && clean(c.subject), verdict: r.verdict },
    })),
  );
  return sarifLog({
    tool: 'mcp-orchestrator-checklist',
    version: options.version,
    rules: rules.map((rule) => {
      const text = `${rule.help}\n\nFix: ${rule.fix}${alignedText(rule) ? `\n\n${alignedText(rule)}` : ''}`;
      return {
        id: rule.id,
        name: rule.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.help },
        help: { text, markdown: `**${escapeHtml(rule.title)}**\n\n${escapeHtml(rule.help)}\n\n**Fix:** ${escapeHtml(rule.fix)}${alignedText(rule) ? `\n\n${escapeHtml(alignedText(rule))}` : ''}` },
        defaultConfiguration: { level: rule.severity },
        properties: { 'security-severity': SECURITY_SEVERITY[rule.severity], tags: ['security', 'checklist', rule.group], precision: 'high' },
      };
    }),
    automationId: 'mcp-orchestrator-checklist/',
    results,
  });
}

export interface ChecklistAnnotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  startLine?: number;
}

/** Annotations for failed checks on source lines (reports have no lines), the gate's failures first. */
export function annotationsOf(result: ChecklistResult, limit = 50): ChecklistAnnotation[] {
  const level = { error: 'error', warning: 'warning', note: 'notice' } as const;
  return result.results
    .filter((r) => r.verdict === 'failed')
    .sort((a, b) => Number(failsAt(b.rule.severity, result.failOn)) - Number(failsAt(a.rule.severity, result.failOn)))
    .flatMap((r) =>
      r.checks
        .filter((c) => c.status === 'failed')
        .map((c) => ({
          level: level[r.rule.severity],
          title: `${r.rule.id}: ${r.rule.title}`,
          message: `${clean(c.message)}. Fix: ${r.rule.fix}`,
          ...(c.location && c.location.line && !c.location.file.startsWith('render/') ? { file: c.location.file, startLine: c.location.line } : {}),
        })),
    )
    .slice(0, limit);
}
