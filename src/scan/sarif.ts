/** SARIF 2.1.0 for GitHub code scanning: one run, stable rule ids, security-severity, fingerprints. */
import { configRules } from './config-scanner.js';
import { fileRules } from './credential-files.js';
import type { DockerfileLocator } from './dockerfile-locator.js';
import { rules } from './rules.js';
import type { ScanReport, Severity } from './types.js';
import { sarifLog } from '../util/sarif.js';

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

export const allRuleMeta = [...rules, ...fileRules, ...configRules].map((r) => ({ id: r.id, title: r.title, severity: r.severity, help: r.help }));

export function describeLocation(f: ScanReport['findings'][number]): string {
  if (f.where === 'file') return `${f.path}${f.line ? `:${f.line}` : ''}`;
  if (f.where === 'cmd') return 'Entrypoint/Cmd';
  return `${f.where === 'history' ? 'build arg' : f.where} ${f.name ?? '(in a build step)'}`;
}

export function toSarif(report: ScanReport, options: { version: string; dockerfile?: { path: string; locator: DockerfileLocator } }): object {
  const index = new Map(allRuleMeta.map((r, i) => [r.id, i]));
  return sarifLog({
    tool: 'mcp-orchestrator-scan',
    version: options.version,
    rules: allRuleMeta.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.help },
      help: { text: r.help, markdown: `**${r.title}**\n\n${r.help}` },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', 'secret', 'container'] },
    })),
    automationId: `mcp-orchestrator-scan/${report.image.digest}`,
    results: report.findings.map((f) => {
      const line = options.dockerfile?.locator.lineOf(f);
      const uri = line ? options.dockerfile!.path : (f.path ?? 'Dockerfile').replace(/^\//, '');
      const where = describeLocation(f);
      const layer = f.layer ? ` in layer ${f.layer.index} (${f.layer.digest.slice(0, 19)})` : '';
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: `${allRuleMeta[index.get(f.rule)!]?.title ?? f.rule} at ${where}${layer}${f.deleted ? ', deleted by a later layer but still in the image' : ''}: ${f.match}` },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line ?? (f.where === 'file' ? (f.line ?? 1) : 1) } } }],
        partialFingerprints: { 'secretFingerprint/v1': f.fingerprint },
        properties: { image: report.image.digest, where: f.where, path: f.path, name: f.name, layer: f.layer?.index, deleted: f.deleted ?? false },
      };
    }),
  });
}
