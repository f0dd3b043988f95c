/**
 * The all-in-one action: the image stages in one step. It reads the image and reports it, scans
 * it for secrets (failing at `fail-on`), pushes exactly those bytes when `destinations` are given
 * (refused if the scan failed), and gates on the MCP protocol when `health-url` is given. Package
 * and deploy run before it as their own steps.
 */
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runHealthGate } from '../health/gate.js';
import { parseSmoke } from '../health/inputs.js';
import { renderHealthMarkdown } from '../health/render.js';
import { inspectImage } from '../image/inspect.js';
import type { ReadOptions } from '../image/types.js';
import { pushImage } from '../push/push.js';
import { renderMarkdown } from '../scan/render.js';
import { runScan } from '../scan/run-scan.js';
import { severities, type FailOn } from '../scan/types.js';
import { GateFailure } from '../util/errors.js';
import { parseList } from '../util/parse.js';
import { getChoiceInput, getDurationInput, getListInput, getOptionalInput, getRequiredInput, getSecretInput } from './inputs.js';
import { actionLogger, runAction, setOutputs } from './run-action.js';

export interface MainInputs {
  image: string;
  read: ReadOptions;
  failOn: FailOn;
  destinations: string[];
  healthUrl?: string;
  bearerToken?: string;
}

export function getInputs(): MainInputs {
  const password = getSecretInput('registry-password');
  const username = getOptionalInput('registry-username');
  return {
    image: getRequiredInput('image'),
    failOn: getChoiceInput<FailOn>('fail-on', [...severities, 'none'], 'high'),
    destinations: getListInput('destinations'),
    healthUrl: getOptionalInput('health-url'),
    bearerToken: getSecretInput('bearer-token'),
    read: {
      platform: getOptionalInput('platform') ?? 'linux/amd64',
      logger: actionLogger,
      tempDir: process.env.RUNNER_TEMP,
      registry: {
        insecureRegistries: getListInput('insecure-registries'),
        username,
        password,
        githubToken: process.env.GITHUB_TOKEN,
      },
    },
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const report = await inspectImage(inputs.image, inputs.read);
    const reportFile = join(process.env.RUNNER_TEMP ?? '.', 'mcp-orchestrator-inspect.json');
    writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    setOutputs({
      digest: report.digest,
      platform: report.platform,
      layers: report.layers.length,
      deleted: report.deleted.length,
      'report-file': reportFile,
    });
    await core.summary
      .addHeading('Image', 3)
      .addRaw(`<code>${report.source}</code> → <code>${report.digest}</code> (${report.platform})`, true)
      .addTable([
        [
          { data: '#', header: true },
          { data: 'Layer', header: true },
          { data: 'Entries', header: true },
          { data: 'Deletes', header: true },
          { data: 'Created by', header: true },
        ],
        ...report.layers.map((l) => [
          String(l.index),
          `<code>${l.digest.slice(0, 19)}</code>`,
          String(l.entries),
          String(l.whiteouts.length),
          escapeHtml((l.createdBy ?? '').slice(0, 120)),
        ]),
      ])
      .addRaw(`${report.deleted.length} path(s) are in a layer but not in the final filesystem.`, true)
      .write();
    const temp = process.env.RUNNER_TEMP ?? '.';
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();

    // Scan: what is about to be pushed is what gets read for secrets.
    const scanReport = join(temp, 'mcp-orchestrator-scan.json');
    const scan = await runScan(inputs.image, {
      ...inputs.read,
      failOn: inputs.failOn,
      reportFile: scanReport,
      sarifFile: join(temp, 'mcp-orchestrator-scan.sarif'),
      dockerfile: join(workspace, 'Dockerfile'),
      workspace,
    });
    setOutputs({ findings: scan.report.findings.length, 'highest-severity': scan.highest, 'scan-report': scanReport, 'sarif-file': join(temp, 'mcp-orchestrator-scan.sarif') });
    await core.summary.addRaw(renderMarkdown(scan.report)).write();
    if (scan.failed) throw new GateFailure(`secrets at or above ${inputs.failOn} in ${inputs.image}: nothing pushed; see the job summary and ${scanReport}`);

    if (inputs.destinations.length) {
      const pushed = await pushImage(inputs.image, inputs.destinations, { ...inputs.read, scanReport, failOn: inputs.failOn });
      setOutputs({ 'pushed-digest': pushed.digest, references: pushed.references.join('\n') });
      await core.summary.addHeading('Pushed', 3).addList(pushed.references.map((r) => `<code>${r}</code>`)).write();
    }

    if (inputs.healthUrl) {
      const token = inputs.bearerToken;
      const expect = getOptionalInput('expect-tools');
      const smoke = getOptionalInput('smoke');
      const health = await runHealthGate({
        target: { kind: 'url', url: new URL(inputs.healthUrl) },
        transport: 'auto',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        timeoutMs: getDurationInput('health-timeout', '60s'),
        contract: expect ? { tools: parseList(expect).map((name) => ({ name })), exhaustive: false } : undefined,
        strict: false,
        allowAuthRequired: false,
        smoke: smoke ? parseSmoke(smoke, 'input smoke') : undefined,
        logger: actionLogger,
      });
      setOutputs({ healthy: health.ok, 'tools-hash': health.toolsHash ?? '', 'protocol-version': health.protocolVersion ?? '' });
      await core.summary.addRaw(renderHealthMarkdown(health)).write();
      if (!health.ok) throw new GateFailure(`MCP health gate failed for ${health.target}: ${health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ')}`);
    }
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
