/** actions/scan: inputs → the scan engine → outputs, summary, annotations for the top findings. */
import * as core from '@actions/core';
import { join } from 'node:path';
import { renderMarkdown } from '../scan/render.js';
import { describeLocation } from '../scan/sarif.js';
import { runScan, type RunScanOptions } from '../scan/run-scan.js';
import { severities, type FailOn } from '../scan/types.js';
import { GateFailure } from '../util/errors.js';
import { getChoiceInput, getListInput, getOptionalInput, getRequiredInput, getSecretInput, getSizeInput } from './inputs.js';
import { actionLogger, runAction, setOutputs } from './run-action.js';

export function getInputs(): { image: string; options: RunScanOptions } {
  const password = getSecretInput('registry-password');
  const temp = process.env.RUNNER_TEMP ?? '.';
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    image: getRequiredInput('image'),
    options: {
      failOn: getChoiceInput<FailOn>('fail-on', [...severities, 'none'], 'high'),
      baselineFile: getOptionalInput('baseline'),
      reportFile: join(temp, 'mcp-orchestrator-scan.json'),
      sarifFile: getOptionalInput('sarif-file') ?? join(temp, 'mcp-orchestrator-scan.sarif'),
      dockerfile: join(workspace, getOptionalInput('dockerfile') ?? 'Dockerfile'),
      workspace,
      maxFileSize: getSizeInput('max-file-size', '256MB'),
      platform: getOptionalInput('platform') ?? 'linux/amd64',
      tempDir: temp,
      logger: actionLogger,
      registry: { insecureRegistries: getListInput('insecure-registries'), username: getOptionalInput('registry-username'), password, githubToken: process.env.GITHUB_TOKEN },
    },
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const { image, options } = getInputs();
    const outcome = await runScan(image, options);
    const { report } = outcome;
    setOutputs({
      findings: report.findings.length,
      'highest-severity': outcome.highest,
      'report-file': options.reportFile,
      'sarif-file': options.sarifFile,
      digest: report.image.digest,
    });
    for (const f of report.findings.slice(0, 10)) {
      const text = `${f.rule} at ${describeLocation(f)}${f.layer ? ` (layer ${f.layer.index})` : ''}${f.deleted ? ', deleted later but still in the image' : ''}: ${f.match}`;
      const props = { title: `Secret in image: ${f.rule}` };
      if (f.severity === 'critical' || f.severity === 'high') core.error(text, props);
      else core.warning(text, props);
    }
    await core.summary.addRaw(renderMarkdown(report)).write();
    if (outcome.failed) {
      const failing = report.findings.filter((f) => severities.indexOf(f.severity) <= severities.indexOf(options.failOn as never)).length;
      throw new GateFailure(`${failing} secret finding(s) at or above ${options.failOn} in ${report.image.source}; see the job summary and ${options.reportFile}`);
    }
    core.info(`No secret at or above ${options.failOn} in ${report.image.source} (${report.findings.length} below it).`);
  });
}
