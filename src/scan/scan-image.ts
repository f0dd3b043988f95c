/**
 * The scan: every file of every layer (deleted and replaced ones included: they are still in the
 * image for anyone who pulls it), credential files by name and structure, and the image config.
 * Layers stream through the reader; nothing is written to disk; a scan either reads everything
 * it was asked to or fails.
 */
import { availableParallelism } from 'node:os';
import { FilesystemIndex } from '../image/filesystem-index.js';
import { openImage, type OpenedImage } from '../image/reader.js';
import type { ReadOptions } from '../image/types.js';
import { acceptedBy, type Baseline } from './baseline.js';
import { scanImageConfig } from './config-scanner.js';
import { scanLayer, scanLayersOnWorkers, type LayerScan, type RawFinding } from './layer-scan.js';
import { fingerprint, redact } from './redact.js';
import { severityRank, type Finding, type ScanReport } from './types.js';

export interface ScanOptions extends ReadOptions {
  /**
   * A script that serves scan workers (the running bundle: see src/entries/*.ts). With it, layers
   * are scanned on worker threads in parallel; without it (tests of the sources), in this thread.
   */
  workerScript?: URL;
  /** Worker threads; 0 scans in this thread (default: defaultWorkers()). */
  workers?: number;
  /** Text files larger than this fail the scan rather than go unscanned (default 256 MiB). */
  maxFileSize?: number;
  baseline?: Baseline;
  /** Layers read at once (default 2). */
  concurrency?: number;
}

async function inThread(image: OpenedImage, maxFileSize: number, concurrency: number): Promise<LayerScan[]> {
  const results: LayerScan[] = new Array(image.layers.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < image.layers.length; i = next++) results[i] = await scanLayer(image, i, maxFileSize);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, image.layers.length)) }, worker));
  return results;
}

/**
 * Worker threads pay for themselves only with cores to spare: in one thread, two layers' gunzip
 * already runs on libuv's pool while the scan runs on the main thread. Measured on 2 cores
 * (bench/scan.mjs, realistic image): one thread 1.55 s / 152 MB, two workers 2.71 s / 239 MB.
 * So: workers (one per spare core, at most one per layer) from 3 cores up, one thread below.
 */
export function defaultWorkers(layers: number): number {
  const cores = availableParallelism();
  return cores > 2 ? Math.max(1, Math.min(cores - 1, layers)) : 0;
}

export async function scanImage(source: string, options: ScanOptions = {}): Promise<ScanReport> {
  const started = process.hrtime.bigint();
  const maxFileSize = options.maxFileSize ?? 256 * 1024 * 1024;
  const image = await openImage(source, options);
  try {
    const workers = options.workers ?? defaultWorkers(image.layers.length);
    const layerScans =
      options.workerScript && workers > 0
        ? await scanLayersOnWorkers(
            options.workerScript,
            { source: image.reopenSource, read: { platform: options.platform, limits: options.limits, registry: options.registry, tempDir: options.tempDir }, maxFileSize },
            image.layers.length,
            workers,
          )
        : await inThread(image, maxFileSize, options.concurrency ?? 2);
    const index = new FilesystemIndex(layerScans.map((l) => l.listing));
    const raw: RawFinding[] = layerScans.flatMap((l) => l.found);
    const files = layerScans.reduce((n, l) => n + l.files, 0);
    const bytes = layerScans.reduce((n, l) => n + l.bytes, 0);
    for (const m of scanImageConfig(image.config)) {
      raw.push({ rule: m.rule, severity: m.severity, where: m.where, name: m.name, secret: m.secret, layerIndex: m.layerIndex });
    }
    // A secret used inline in a RUN step is in its created_by too: reports show it redacted.
    const secrets = [...new Set(raw.map((r) => r.secret).filter((s) => s.length >= 6))];
    const scrub = (text: string) => secrets.reduce((t, s) => (t.includes(s) ? t.split(s).join(redact(s)) : t), text);
    const findings: Finding[] = raw.map(({ secret, layerIndex, ...f }) => {
      const layer = layerIndex === undefined ? undefined : image.layers[layerIndex];
      const finding: Finding = { ...f, match: redact(secret), fingerprint: fingerprint(f.rule, secret) };
      if (layer) finding.layer = { index: layer.index, digest: layer.digest, ...(layer.createdBy ? { createdBy: scrub(layer.createdBy) } : {}) };
      if (f.where === 'file' && f.path && layerIndex !== undefined) finding.deleted = !index.isPresent(f.path, layerIndex);
      return finding;
    });
    findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.layer?.index ?? -1) - (b.layer?.index ?? -1) || (a.path ?? '').localeCompare(b.path ?? ''));
    const kept: Finding[] = [];
    const suppressed: ScanReport['suppressed'] = [];
    for (const finding of findings) {
      const entry = acceptedBy(options.baseline, finding);
      if (entry) suppressed.push({ ...finding, reason: entry.reason });
      else kept.push(finding);
    }
    return {
      image: { source: image.source.display, digest: image.digest },
      findings: kept,
      suppressed,
      stats: { layers: image.layers.length, files, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 },
    };
  } finally {
    await image.close();
  }
}
