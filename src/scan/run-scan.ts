/**
 * What the CLI and the action share around scanImage: load the baseline, scan, write the JSON
 * report and SARIF, and decide the verdict. The edges only parse their inputs and print.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { bundleScript } from '../util/bundle-script.js';
import type { DockerfileLocator } from './dockerfile-locator.js';
import { toSarif } from './sarif.js';
import { scanImage, type ScanOptions } from './scan-image.js';
import { failsAt, severityRank, type FailOn, type ScanReport, type Severity } from './types.js';

export const VERSION = '0.1.0';

export interface RunScanOptions extends ScanOptions {
  failOn: FailOn;
  baselineFile?: string;
  reportFile?: string;
  sarifFile?: string;
  /** Dockerfile to point SARIF locations at, and the root its path is relative to. */
  dockerfile?: string;
  workspace?: string;
}

export interface ScanOutcome {
  report: ScanReport;
  failed: boolean;
  highest: Severity | 'none';
  sarif: object;
}

async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

export async function runScan(source: string, options: RunScanOptions): Promise<ScanOutcome> {
  const baseline = options.baselineFile ? await (await import('./baseline-file.js')).loadBaseline(options.baselineFile) : undefined;
  const report = await scanImage(source, { workerScript: bundleScript(), ...options, baseline });
  let dockerfile: { path: string; locator: DockerfileLocator } | undefined;
  if (options.dockerfile) {
    const text = await readFile(options.dockerfile, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      // The Dockerfile parser loads only when there is a Dockerfile to point at.
      const { DockerfileLocator } = await import('./dockerfile-locator.js');
      dockerfile = { path: relative(options.workspace ?? process.cwd(), resolve(options.dockerfile)), locator: new DockerfileLocator(text) };
    }
  }
  const sarif = toSarif(report, { version: VERSION, dockerfile });
  if (options.reportFile) await writeOut(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  if (options.sarifFile) await writeOut(options.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
  const highest = report.findings.reduce<Severity | 'none'>((h, f) => (h === 'none' || severityRank(f.severity) < severityRank(h) ? f.severity : h), 'none');
  return { report, sarif, highest, failed: report.findings.some((f) => failsAt(f.severity, options.failOn)) };
}
