/**
 * The all-in-one action: the image stages in one step. It reads the image once and reports it,
 * scans it for secrets (failing at `fail-on`), pushes exactly those bytes when `destinations` are
 * given (refused if the scan failed), and gates on the MCP protocol when `health-url` is given.
 * Every input is checked before any of that starts. Package and deploy run before it as their
 * own steps.
 */
import { join } from 'node:path';
import { healthFromSpec } from '../health/from-spec.js';
import { parseTarget } from '../health/inputs.js';
import { renderHealthMarkdown } from '../health/render.js';
import type { HealthOptions } from '../health/types.js';
import { inspectOpenedImage, type InspectReport } from '../image/inspect.js';
import { openImage } from '../image/reader.js';
import { parseSource } from '../image/source.js';
import type { ReadOptions } from '../image/types.js';
import { parseDestination } from '../push/push.js';
import { bindCredentials } from '../registry/credentials.js';
import { parseImageReference } from '../registry/reference.js';
import { runScan, type RunScanOptions } from '../scan/run-scan.js';
import { severities, type FailOn } from '../scan/types.js';
import { loadSpec } from '../spec/spec.js';
import { GateFailure, InputError } from '../util/errors.js';
import { code, escapeHtml } from '../util/html.js';
import { getGateInputs } from './health-inputs.js';
import { getChoiceInput, getListInput, getOptionalInput, getPathInput, getRegistryInputs, getRequiredInput, getSizeInput, runnerTempDir, workspaceDir } from './inputs.js';
import { actionLogger, group, runAction, setOutputs, writeJsonReport, writeSummary } from './run-action.js';
import { publishScan, type ScanFiles } from './scan-outcome.js';

export interface MainInputs {
  image: string;
  read: ReadOptions;
  scan: RunScanOptions;
  files: ScanFiles & { inspectReport: string; healthReport: string };
  destinations: string[];
  /** With health-url: the gate, fully parsed. */
  health?: HealthOptions;
}

export function getInputs(): MainInputs {
  // Secrets are masked first, before any other input can fail and print something.
  const registryInputs = getRegistryInputs();
  const specFile = getPathInput('spec');
  const gate = getGateInputs(specFile ? healthFromSpec(loadSpec(specFile)) : {}, 'health-timeout');
  const healthUrl = getOptionalInput('health-url');
  if (gate.transport === 'stdio') throw new InputError('input transport: stdio starts a command, and this action gates a URL (health-url); use auto, streamable-http or sse, or actions/health with command');
  const image = getRequiredInput('image');
  const source = parseSource(image);
  const destinations = getListInput('destinations');
  const targets = destinations.map(parseDestination);
  // One binding for the whole step, as push makes it: explicit credentials go to the registry
  // named, else the first destination's, else a docker:// source's; the read and the push share it.
  const registry = bindCredentials(registryInputs, targets[0]?.registry ?? (source.transport === 'docker' ? parseImageReference(source.reference).registry : undefined));
  const temp = runnerTempDir();
  const workspace = workspaceDir();
  const read: ReadOptions = { platform: getOptionalInput('platform') ?? 'linux/amd64', logger: actionLogger, tempDir: temp, registry };
  const files = {
    inspectReport: getPathInput('inspect-report', { output: true }) ?? join(temp, 'mcp-orchestrator-inspect.json'),
    scanReport: getPathInput('scan-report', { output: true }) ?? join(temp, 'mcp-orchestrator-scan.json'),
    sarifFile: getPathInput('sarif-file', { output: true }) ?? join(temp, 'mcp-orchestrator-scan.sarif'),
    healthReport: getPathInput('health-report', { output: true }) ?? join(temp, 'mcp-orchestrator-health.json'),
    dockerfile: getPathInput('dockerfile', { fallback: 'Dockerfile' }),
    workspace,
  };
  return {
    image,
    read,
    files,
    destinations,
    scan: {
      ...read,
      failOn: getChoiceInput<FailOn>('fail-on', [...severities, 'none'], 'high'),
      baselineFile: getPathInput('baseline'),
      maxFileSize: getSizeInput('max-file-size', '256MB'),
      dockerfile: files.dockerfile,
      workspace,
    },
    health: healthUrl ? { ...gate, target: parseTarget(healthUrl, undefined) } : undefined,
  };
}

function renderImageMarkdown(report: InspectReport): string {
  return [
    '### Image',
    '',
    `${code(report.source)} → ${code(report.digest)} (${escapeHtml(report.platform)})`,
    '',
    '| # | Layer | Entries | Deletes | Created by |',
    '|---|---|---|---|---|',
    ...report.layers.map((l) => `| ${l.index} | ${code(l.digest.slice(0, 19))} | ${l.entries} | ${l.whiteouts.length} | ${escapeHtml((l.createdBy ?? '').slice(0, 120))} |`),
    '',
    `${report.deleted.length} path(s) are in a layer but not in the final filesystem.`,
    '',
  ].join('\n');
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    // Read once: a docker-daemon: source is saved from the engine here, and the scan and the push
    // read that same archive (`reopenSource`) instead of saving the image again.
    const { image, report } = await group(`Read ${inputs.image}`, async () => {
      const opened = await openImage(inputs.image, inputs.read);
      try {
        return { image: opened, report: await inspectOpenedImage(opened, { display: inputs.image }) };
      } catch (error) {
        await opened.close();
        throw error;
      }
    });
    try {
      const source = image.reopenSource;
      writeJsonReport(inputs.files.inspectReport, report);
      // report-file: the name inspect-report had; kept for workflows that use it.
      setOutputs({ digest: report.digest, 'image-id': report.imageId, platform: report.platform, layers: report.layers.length, deleted: report.deleted.length, 'inspect-report': inputs.files.inspectReport, 'report-file': inputs.files.inspectReport });
      await writeSummary(renderImageMarkdown(report));

      // Scan: what is about to be pushed is what gets read for secrets.
      const scan = await group(`Scan ${inputs.image}`, () => runScan(source, inputs.scan));
      await publishScan(scan, inputs.files, inputs.image);
      if (scan.failed) throw new GateFailure(`secrets at or above ${inputs.scan.failOn} in ${inputs.image}: nothing pushed; see the job summary and ${inputs.files.scanReport}`);

      if (inputs.destinations.length) {
        // Loaded only when there is somewhere to push (the health gate's SDK likewise below).
        const { pushImage } = await import('../push/push.js');
        const pushed = await group(`Push ${inputs.image}`, () => pushImage(source, inputs.destinations, { ...inputs.read, scanReport: inputs.files.scanReport, failOn: inputs.scan.failOn }));
        setOutputs({ 'pushed-digest': pushed.digest, references: pushed.references.join('\n') });
        await writeSummary(['### Pushed', '', ...pushed.references.map((r) => `- ${code(r)}`), ''].join('\n'));
      }
    } finally {
      await image.close();
    }

    const gate = inputs.health;
    if (gate) {
      const { runHealthGate } = await import('../health/gate.js');
      const health = await group('MCP health gate', () => runHealthGate(gate));
      writeJsonReport(inputs.files.healthReport, health);
      setOutputs({ healthy: health.ok, 'tools-hash': health.toolsHash ?? '', 'protocol-version': health.protocolVersion ?? '', 'health-report': inputs.files.healthReport });
      await writeSummary(renderHealthMarkdown(health));
      if (!health.ok) throw new GateFailure(`MCP health gate failed for ${health.target}: ${health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ')}`);
    }
  });
}
