/** actions/scan: inputs → the scan engine → outputs, summary, annotations for the top findings. */
import { join } from 'node:path';
import { runScan, type RunScanOptions } from '../scan/run-scan.js';
import { failsAt, severities, type FailOn } from '../scan/types.js';
import { GateFailure } from '../util/errors.js';
import { getChoiceInput, getOptionalInput, getPathInput, getRegistryInputs, getRequiredInput, getSizeInput, runnerTempDir, workspaceDir } from './inputs.js';
import { actionLogger, group, runAction, setOutputs } from './run-action.js';
import { publishScan, type ScanFiles } from './scan-outcome.js';

export interface ScanInputs {
  image: string;
  options: RunScanOptions;
  files: ScanFiles;
}

export function getInputs(): ScanInputs {
  const registry = getRegistryInputs();
  const temp = runnerTempDir();
  const workspace = workspaceDir();
  const files: ScanFiles = {
    scanReport: getPathInput('scan-report', { output: true }) ?? join(temp, 'mcp-orchestrator-scan.json'),
    sarifFile: getPathInput('sarif-file', { output: true }) ?? join(temp, 'mcp-orchestrator-scan.sarif'),
    dockerfile: getPathInput('dockerfile', { fallback: 'Dockerfile' }),
    workspace,
  };
  return {
    image: getRequiredInput('image'),
    files,
    options: {
      failOn: getChoiceInput<FailOn>('fail-on', [...severities, 'none'], 'high'),
      baselineFile: getPathInput('baseline'),
      dockerfile: files.dockerfile,
      workspace,
      maxFileSize: getSizeInput('max-file-size', '256MB'),
      platform: getOptionalInput('platform') ?? 'linux/amd64',
      tempDir: temp,
      logger: actionLogger,
      registry,
    },
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const { image, options, files } = getInputs();
    const outcome = await group(`Scan ${image}`, () => runScan(image, options));
    const { report } = outcome;
    await publishScan(outcome, files, report.image.source);
    // report-file: the name this output had before scan-report; kept for workflows that use it.
    setOutputs({ digest: report.image.digest, 'report-file': files.scanReport });
    if (outcome.failed) {
      const failing = report.findings.filter((f) => failsAt(f.severity, options.failOn)).length;
      throw new GateFailure(`${failing} secret finding(s) at or above ${options.failOn} in ${report.image.source}; see the job summary and ${files.scanReport}`);
    }
    actionLogger.info(`No secret at or above ${options.failOn} in ${report.image.source} (${report.findings.length} below it).`);
  });
}
