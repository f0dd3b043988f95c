/** actions/deploy's job summary: objects applied, the rollout timeline, the gate's verdict and tools, the handoff. */
import type { ComposeDeployResult } from '../deploy/compose/deploy.js';
import type { KubernetesDeployResult } from '../deploy/kubernetes/types.js';
import type { HealthReport } from '../health/types.js';
import { markdownText, renderHandoffMarkdown } from '../handoff/handoff-markdown.js';
import type { HandoffDocument } from '../handoff/handoff.js';

const code = (text: string) => `<code>${markdownText(text)}</code>`;
const cell = (text: string) => markdownText(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

function gateSection(title: string, gate: HealthReport | undefined, shownTarget?: string): string[] {
  if (!gate) return [`**${title}:** not run.`, ''];
  const target = shownTarget ?? gate.target.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'port-forward');
  const lines = [`**${title}:** ${gate.ok ? 'passed' : 'failed'} (${code(target)}), ${gate.tools.length} tools.`, ''];
  if (gate.tools.length) lines.push(...table(['tool', 'input schema hash'], gate.tools.map((t) => [code(t.name), code(t.inputSchemaHash)])));
  for (const p of gate.problems) lines.push(`- ${p.level}: ${cell(p.message)}`);
  return gate.problems.length ? [...lines, ''] : lines;
}

function handoffSection(handoff: HandoffDocument | undefined): string[] {
  return handoff ? [renderHandoffMarkdown(handoff), ''] : ['No handoff: the deploy did not finish (or was a dry run).', ''];
}

export function kubernetesSummary(result: KubernetesDeployResult, handoff: HandoffDocument | undefined): string {
  const verb = result.dryRun ? 'Dry run of' : result.ok ? 'Deployed' : result.rolledBack ? 'Rolled back:' : 'Failed to deploy';
  const counts = (['created', 'changed', 'unchanged', 'pruned', 'deleted'] as const)
    .map((action) => [action, result.objects.filter((o) => o.action === action).length] as const)
    .filter(([, n]) => n > 0)
    .map(([action, n]) => `${n} ${action}`);
  return [
    `## ${verb} ${code(result.image)} to Kubernetes`,
    '',
    `Namespace ${code(result.namespace)} on ${code(result.server)}, release ${result.revision}, strategy ${result.strategy}; URL ${code(result.url)}.`,
    '',
    ...(result.failure ? [`> [!CAUTION]`, `> ${cell(result.failure)}`, ''] : []),
    ...result.warnings.map((w) => `> [!WARNING]\n> ${cell(w)}\n`),
    `### Objects applied (${counts.join(', ') || 'none'})`,
    '',
    ...table(['action', 'kind', 'name', 'fields'], result.objects.map((o) => [o.action, cell(o.kind), code(o.name), (o.fields ?? []).map(code).join(', ')])),
    '### Rollout timeline',
    '',
    ...table(['at', 'event'], result.timeline.map((t) => [`${(t.atMs / 1000).toFixed(1)}s`, cell(t.event.split('\n')[0] ?? '')])),
    '### MCP gate',
    '',
    ...(result.candidateGate ? gateSection('Candidate gate', result.candidateGate) : []),
    ...gateSection('Gate of the serving revision', result.gate),
    ...publicGateSection(result),
    ...handoffSection(handoff),
  ].join('\n');
}

/** The gate through the ingress URL: its verdict, or why it was not run. */
function publicGateSection(result: KubernetesDeployResult): string[] {
  if (result.publicGate) return gateSection('Gate through the public URL', result.publicGate, result.url);
  return result.publicGateSkipped ? [`**Gate through the public URL:** ${cell(result.publicGateSkipped)}.`, ''] : [];
}

export function composeSummary(result: ComposeDeployResult, handoff: HandoffDocument | undefined): string {
  const verb = result.rolledBack ? 'Rolled back to' : 'Deployed';
  return [
    `## ${verb} ${code(result.image)} with Compose`,
    '',
    `Project ${code(result.project)}, services ${result.services.map(code).join(', ')}; URL ${code(result.url)}.`,
    ...(result.previousImage && !result.rolledBack ? ['', `Previous image: ${code(result.previousImage)}.`] : []),
    '',
    '### MCP gate',
    '',
    ...gateSection('Gate', result.health),
    ...handoffSection(handoff),
  ].join('\n');
}
