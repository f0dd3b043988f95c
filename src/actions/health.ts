/** actions/health: inputs → the MCP health gate → outputs, a job summary with the tool table, annotations. */
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractFromNames, loadContract } from '../health/contract.js';
import { runHealthGate } from '../health/gate.js';
import { parseHeaders, parseSmoke, parseTarget } from '../health/inputs.js';
import { renderHealthMarkdown } from '../health/render.js';
import { transports, type HealthOptions, type TransportChoice } from '../health/types.js';
import { GateFailure, InputError } from '../util/errors.js';
import { parseList } from '../util/parse.js';
import { getBooleanInput, getChoiceInput, getDurationInput, getOptionalInput, getSecretInput } from './inputs.js';
import { actionLogger, runAction, setOutputs } from './run-action.js';

export function getInputs(): HealthOptions & { reportFile: string } {
  // Header values and the token are secrets: masked before anything can print them.
  const headerLines = core.getMultilineInput('headers').filter((l) => l.trim());
  const headers = parseHeaders(headerLines, 'input headers');
  for (const value of Object.values(headers)) if (value) core.setSecret(value);
  const token = getSecretInput('bearer-token');
  if (token) headers.Authorization = `Bearer ${token}`;
  const url = getOptionalInput('url');
  const command = getOptionalInput('command');
  if (!url && !command) throw new InputError('Input required and not supplied: url (or command, for a stdio server)');
  const expect = getOptionalInput('expect-tools');
  const contractFile = getOptionalInput('contract');
  if (expect && contractFile) throw new InputError('inputs expect-tools and contract: give one, not both');
  const smoke = getOptionalInput('smoke');
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    target: parseTarget(url, command, workspace),
    transport: getChoiceInput<TransportChoice>('transport', transports, 'auto'),
    headers,
    timeoutMs: getDurationInput('timeout', '60s'),
    contract: contractFile ? loadContract(join(workspace, contractFile)) : expect ? contractFromNames(parseList(expect)) : undefined,
    strict: getBooleanInput('strict', false),
    allowAuthRequired: getBooleanInput('allow-auth-required', false),
    smoke: smoke ? parseSmoke(smoke, 'input smoke') : undefined,
    logger: actionLogger,
    reportFile: join(process.env.RUNNER_TEMP ?? '.', 'mcp-orchestrator-health.json'),
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const options = getInputs();
    const report = await runHealthGate(options);
    writeFileSync(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    setOutputs({
      healthy: report.ok,
      'protocol-version': report.protocolVersion ?? '',
      'server-name': report.server?.name ?? '',
      'server-version': report.server?.version ?? '',
      tools: report.tools,
      'tools-hash': report.toolsHash ?? '',
      'latency-ms': report.latencyMs.total,
      'report-file': options.reportFile,
    });
    for (const p of report.problems.filter((x) => x.level === 'warning')) core.warning(p.message, { title: `MCP health: ${p.code}` });
    await core.summary.addRaw(renderHealthMarkdown(report)).write();
    const errors = report.problems.filter((p) => p.level === 'error');
    if (!report.ok) throw new GateFailure(`MCP health gate failed for ${report.target}: ${errors.map((p) => p.message).join('; ')}`);
    core.info(`MCP health gate passed: ${report.server?.name ?? report.target} over ${report.transport}, ${report.tools.length} tools, ${report.latencyMs.total} ms.`);
  });
}
