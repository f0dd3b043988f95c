/**
 * What the scan and all-in-one actions do with a scan's outcome: write its JSON report and SARIF
 * (redacted, like every file an action writes), annotate the top findings on the Dockerfile line
 * their layer came from, and summarise it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DockerfileLocator } from '../scan/dockerfile-locator.js';
import { renderMarkdown } from '../scan/render.js';
import type { ScanOutcome } from '../scan/run-scan.js';
import { describeLocation } from '../scan/sarif.js';
import { annotate, setOutputs, writeJsonReport, writeSummary } from './run-action.js';

export interface ScanFiles {
  /** Where the JSON report goes. */
  scanReport: string;
  sarifFile: string;
  /** The Dockerfile findings are anchored to, and the workspace its annotation path is relative to. */
  dockerfile: string;
  workspace: string;
}

/** At most this many findings become annotations; the summary and the report hold them all. */
const ANNOTATED = 10;

function locator(dockerfile: string): DockerfileLocator | undefined {
  try {
    return new DockerfileLocator(readFileSync(dockerfile, 'utf8'));
  } catch {
    return undefined;
  }
}

export async function publishScan(outcome: ScanOutcome, files: ScanFiles, source: string): Promise<void> {
  const report = { ...outcome.report, image: { ...outcome.report.image, source } };
  writeJsonReport(files.scanReport, report);
  writeJsonReport(files.sarifFile, outcome.sarif);
  setOutputs({
    findings: report.findings.length,
    'highest-severity': outcome.highest,
    'scan-report': files.scanReport,
    'sarif-file': files.sarifFile,
  });
  const lines = locator(files.dockerfile);
  const file = relative(files.workspace, files.dockerfile);
  for (const f of report.findings.slice(0, ANNOTATED)) {
    const text = `${f.rule} at ${describeLocation(f)}${f.layer ? ` (layer ${f.layer.index})` : ''}${f.deleted ? ', deleted later but still in the image' : ''}: ${f.match}`;
    const line = lines?.lineOf(f);
    const anchor = line ? { file, startLine: line } : {};
    annotate(f.severity === 'critical' || f.severity === 'high' ? 'error' : 'warning', text, { title: `Secret in image: ${f.rule}`, ...anchor });
  }
  await writeSummary(renderMarkdown(report));
}
