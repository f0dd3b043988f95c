/**
 * What an audit found, in one normalized shape, from the reports the pipeline writes: a plain list
 * `[{id, severity, message, location}]`, the checklist's JSON report (rules with verdicts and
 * checks), `scan --format json` and `health --format json`. Every report is untrusted input:
 * each field is checked before use, and a file that is none of these is an InputError naming it.
 * The fingerprint (sha256 of the sorted findings) tells whether the findings changed.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../util/errors.js';

export const FINDING_SEVERITIES = ['critical', 'high', 'error', 'medium', 'warning', 'low', 'note'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export interface AuditFinding {
  id: string;
  severity: FindingSeverity;
  message: string;
  /** `file:line`, a path in the image, or a URL; free text. */
  location?: string;
  /** The report it came from: findings, checklist, scan or health. */
  source: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = 1000): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);

function severityOf(value: unknown, where: string): FindingSeverity {
  if (typeof value === 'string' && (FINDING_SEVERITIES as readonly string[]).includes(value)) return value as FindingSeverity;
  throw new InputError(`${where}: severity ${JSON.stringify(value)} is not one of ${FINDING_SEVERITIES.join(', ')}`);
}

/** A location object ({file, line, column, pointer}) or string as one line of text. */
function locationText(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value, 300);
  if (!isObject(value)) return undefined;
  const file = text(value.file, 300) ?? text(value.path, 300);
  if (!file) return undefined;
  const line = typeof value.line === 'number' ? `:${value.line}` : '';
  const pointer = text(value.pointer, 200);
  return `${file}${line}${pointer ? `#${pointer}` : ''}`;
}

function fromList(list: unknown[], file: string): AuditFinding[] {
  return list.map((item, i) => {
    const where = `${file}: finding ${i + 1}`;
    if (!isObject(item)) throw new InputError(`${where}: not an object {id, severity, message, location}`);
    const id = text(item.id, 200);
    const message = text(item.message);
    if (!id || !message) throw new InputError(`${where}: id and message are required strings`);
    return { id, severity: severityOf(item.severity, where), message, location: locationText(item.location), source: text(item.source, 50) ?? 'findings' };
  });
}

/**
 * The checklist's JSON report (src/checklist/report.ts toJson): `rules` of `{id, severity, title,
 * verdict, failsGate, checks: [{status, message, location}]}` (or `results` of `{rule, verdict, checks}`).
 * A rule that fails the gate (`failsGate`; `verdict: failed` where the report does not say) gives
 * one finding per failed check, or one for the rule when it lists none. Failures below the gate's
 * fail-on level are not findings: the audit passes when the gate does.
 */
function fromChecklist(report: Json, file: string): AuditFinding[] {
  const results = (report.results ?? report.rules) as unknown[];
  const findings: AuditFinding[] = [];
  results.forEach((entry, i) => {
    const where = `${file}: result ${i + 1}`;
    if (!isObject(entry)) throw new InputError(`${where}: not an object`);
    const rule = isObject(entry.rule) ? entry.rule : entry;
    const id = text(rule.id, 200) ?? text(entry.rule, 200);
    if (!id) throw new InputError(`${where}: no rule id`);
    const fails = typeof entry.failsGate === 'boolean' ? entry.failsGate : entry.verdict === 'failed';
    if (!fails) return;
    const severity = severityOf(rule.severity ?? entry.severity, `${where} (${id})`);
    const title = text(rule.title) ?? id;
    const checks = Array.isArray(entry.checks) ? entry.checks.filter(isObject).filter((c) => c.status === 'failed' || c.passed === false) : [];
    if (!checks.length) findings.push({ id, severity, message: title, source: 'checklist' });
    for (const check of checks) {
      findings.push({ id, severity, message: text(check.message) ?? title, location: locationText(check.location), source: 'checklist' });
    }
  });
  return findings;
}

/** `scan --format json`: each finding by rule, path or config field, layer; the match is already redacted and left out. */
function fromScan(report: Json): AuditFinding[] {
  return (report.findings as unknown[]).filter(isObject).map((f, i) => {
    const id = text(f.rule, 200) ?? 'scan';
    const place = text(f.path, 300) ?? (text(f.name, 200) ? `${text(f.where, 20) ?? 'config'} ${text(f.name, 200)}` : undefined);
    const layer = isObject(f.layer) && typeof f.layer.index === 'number' ? ` (layer ${f.layer.index}${f.deleted === true ? ', deleted in the final image' : ''})` : '';
    return {
      id,
      severity: severityOf(f.severity, `scan finding ${i + 1}`),
      message: `secret found by ${id}${layer}`,
      location: place ? `${place}${typeof f.line === 'number' ? `:${f.line}` : ''}` : undefined,
      source: 'scan',
    };
  });
}

/** `health --format json`: nothing when healthy, else each problem (errors as error, warnings as warning). */
function fromHealth(report: Json): AuditFinding[] {
  const problems = (report.problems as unknown[]).filter(isObject);
  const findings: AuditFinding[] = problems.map((p) => ({
    id: `health/${text(p.code, 50) ?? 'problem'}`,
    severity: p.level === 'warning' ? 'warning' : 'error',
    message: text(p.message) ?? 'problem',
    location: text(report.target, 300),
    source: 'health',
  }));
  if (report.ok === false && !findings.some((f) => f.severity === 'error')) {
    findings.push({ id: 'health/unhealthy', severity: 'error', message: `the health gate failed (${text(report.status, 50) ?? 'unhealthy'})`, location: text(report.target, 300), source: 'health' });
  }
  return findings;
}

/** The findings of one report file's parsed JSON; `file` names it in errors. */
export function findingsFromReport(value: unknown, file: string): AuditFinding[] {
  if (Array.isArray(value)) return fromList(value, file);
  if (isObject(value)) {
    if (Array.isArray(value.results) || Array.isArray(value.rules)) return fromChecklist(value, file);
    if (Array.isArray(value.findings) && isObject(value.image)) return fromScan(value);
    if (Array.isArray(value.problems) && typeof value.status === 'string') return fromHealth(value);
    if (Array.isArray(value.findings)) return fromList(value.findings, file);
  }
  throw new InputError(
    `${file}: not a findings report: expected a list [{id, severity, message, location}], the checklist's JSON report, or the JSON report of scan or health`,
  );
}

const order = (f: AuditFinding) => [FINDING_SEVERITIES.indexOf(f.severity), f.source, f.id, f.location ?? '', f.message] as const;

/** Most severe first, then by source, id, location and message: the order of the issue's table and of the fingerprint. */
export function sortFindings(findings: AuditFinding[]): AuditFinding[] {
  return [...findings].sort((a, b) => {
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

/** sha256 of the sorted findings (duplicates counted once): equal when nothing changed. */
export function findingsFingerprint(findings: AuditFinding[]): string {
  const lines = [...new Set(sortFindings(findings).map((f) => JSON.stringify([f.source, f.id, f.severity, f.location ?? '', f.message])))];
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
