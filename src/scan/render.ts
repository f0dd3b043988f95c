/** Human renderings of a scan report: terminal text and the job summary's markdown. */
import { code, escapeHtml } from '../util/html.js';
import { describeLocation } from './sarif.js';
import { severities, type ScanReport } from './types.js';

function counts(report: ScanReport): string {
  const by = severities.map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return by.length ? by.map(([s, n]) => `${n} ${s}`).join(', ') : 'no findings';
}

function stats(report: ScanReport): string {
  const { layers, files, bytes, seconds } = report.stats;
  return `${layers} layers, ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s`;
}

export function renderText(report: ScanReport): string {
  const lines = [`${report.image.source} (${report.image.digest})`, `  scanned ${stats(report)}: ${counts(report)}`];
  for (const f of report.findings) {
    const layer = f.layer ? ` layer ${f.layer.index}` : '';
    lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.rule.padEnd(32)} ${describeLocation(f)}${layer}${f.deleted ? ' (deleted later, still in the image)' : ''}  ${f.match}`);
  }
  if (report.suppressed.length) lines.push(`  ${report.suppressed.length} finding(s) accepted by the baseline`);
  return `${lines.join('\n')}\n`;
}

/** Markdown for the job summary: every value from the image or the baseline escaped for HTML and table cells. */
export function renderMarkdown(report: ScanReport, limit = 50): string {
  const out = [`### Secret scan: ${counts(report)}`, '', `${code(report.image.source)} → ${code(report.image.digest)} — ${stats(report)}`, ''];
  if (report.findings.length) {
    out.push('| Severity | Rule | Where | Layer (instruction) | In final image | Match |', '|---|---|---|---|---|---|');
    for (const f of report.findings.slice(0, limit)) {
      const layer = f.layer ? `${f.layer.index}: ${code((f.layer.createdBy ?? '').slice(0, 60))}` : 'config';
      const present = f.where !== 'file' ? 'config' : f.deleted ? 'deleted (still in a layer)' : 'present';
      out.push(`| ${f.severity} | ${code(f.rule)} | ${code(describeLocation(f))} | ${layer} | ${present} | ${code(f.match)} |`);
    }
    if (report.findings.length > limit) out.push('', `… and ${report.findings.length - limit} more in the JSON report.`);
  }
  if (report.suppressed.length) {
    out.push('', `<details><summary>${report.suppressed.length} accepted by the baseline</summary>`, '');
    for (const s of report.suppressed.slice(0, limit)) out.push(`- ${code(s.rule)} at ${code(describeLocation(s))}: ${escapeHtml(s.reason)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}
