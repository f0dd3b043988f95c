/** actions/health: inputs → the MCP health gate → outputs, a job summary with the tool table, annotations. */
import { join } from 'node:path';
import { runHealthGate } from '../health/gate.js';
import { parseTarget } from '../health/inputs.js';
import { renderHealthMarkdown } from '../health/render.js';
import type { HealthOptions } from '../health/types.js';
import { GateFailure, InputError } from '../util/errors.js';
import { getGateInputs } from './health-inputs.js';
import { getOptionalInput, getPathInput, runnerTempDir, workspaceDir } from './inputs.js';
import { actionLogger, annotate, group, runAction, setOutputs, writeJsonReport, writeSummary } from './run-action.js';

export function getInputs(): HealthOptions & { healthReport: string } {
  const gate = getGateInputs();
  const url = getOptionalInput('url');
  const command = getOptionalInput('command');
  if (!url && !command) throw new InputError('Input required and not supplied: url (or command, for a stdio server)');
  return {
    ...gate,
    target: parseTarget(url, command, workspaceDir()),
    healthReport: getPathInput('health-report', { output: true }) ?? join(runnerTempDir(), 'mcp-orchestrator-health.json'),
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const options = getInputs();
    const report = await group(`MCP health gate`, () => runHealthGate(options));
    writeJsonReport(options.healthReport, report);
    setOutputs({
      healthy: report.ok,
      'protocol-version': report.protocolVersion ?? '',
      'server-name': report.server?.name ?? '',
      'server-version': report.server?.version ?? '',
      tools: report.tools,
      'tools-hash': report.toolsHash ?? '',
      'latency-ms': report.latencyMs.total,
      'health-report': options.healthReport,
      // report-file: the name health-report had before it matched the all-in-one action's.
      'report-file': options.healthReport,
    });
    for (const p of report.problems.filter((x) => x.level === 'warning')) annotate('warning', p.message, { title: `MCP health: ${p.code}` });
    await writeSummary(renderHealthMarkdown(report));
    const errors = report.problems.filter((p) => p.level === 'error');
    if (!report.ok) throw new GateFailure(`MCP health gate failed for ${report.target}: ${errors.map((p) => p.message).join('; ')}`);
    actionLogger.info(`MCP health gate passed: ${report.server?.name ?? report.target} over ${report.transport}, ${report.tools.length} tools, ${report.latencyMs.total} ms.`);
  });
}
