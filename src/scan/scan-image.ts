/**
 * The scan: every file of every layer (deleted and replaced ones included: they are still in the
 * image for anyone who pulls it), credential files by name and structure, and the image config.
 * Layers stream through the reader; nothing is written to disk; a scan either reads everything
 * it was asked to or fails.
 */
import type { Readable } from 'node:stream';
import { openImage } from '../image/reader.js';
import type { LayerEntry, ReadOptions } from '../image/types.js';
import { InputError } from '../util/errors.js';
import { acceptedBy, type Baseline } from './baseline.js';
import { scanImageConfig } from './config-scanner.js';
import { ContentScanner } from './content-scanner.js';
import { checkCredentialFile, credentialFileKind, fileRules } from './credential-files.js';
import { fingerprint, redact } from './redact.js';
import { severityRank, type Finding, type ScanReport, type Severity } from './types.js';

export interface ScanOptions extends ReadOptions {
  /** Text files larger than this fail the scan rather than go unscanned (default 256 MiB). */
  maxFileSize?: number;
  baseline?: Baseline;
  /** Layers read at once (default 2). */
  concurrency?: number;
}

const CREDENTIAL_FILE_MAX = 1024 * 1024;

const fileRuleSeverity = new Map<string, Severity>(fileRules.map((r) => [r.id, r.severity]));

interface RawFinding extends Omit<Finding, 'match' | 'fingerprint' | 'deleted'> {
  secret: string;
}

async function scanEntry(entry: LayerEntry, content: Readable, maxFileSize: number, display: string): Promise<{ found: RawFinding[]; bytes: number }> {
  const kind = credentialFileKind(entry.path);
  const scanner = new ContentScanner();
  const kept: Buffer[] = [];
  let keptBytes = 0;
  for await (const chunk of content as AsyncIterable<Buffer>) {
    scanner.push(chunk);
    if (kind && keptBytes < CREDENTIAL_FILE_MAX) {
      kept.push(chunk);
      keptBytes += chunk.length;
    }
    if (!scanner.binary && scanner.bytes > maxFileSize) {
      throw new InputError(`${display}: layer ${entry.layerIndex}: ${entry.path} is a text file over the ${maxFileSize}-byte max-file-size; raise the limit so it can be scanned (a scan never skips what it cannot read)`);
    }
  }
  const found: RawFinding[] = scanner.finish().map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where: 'file', path: entry.path, line: m.line, secret: m.secret }));
  if (!kind) return { found, bytes: scanner.bytes };
  // A credential file's own rule names the secret better than a content rule that also matched it.
  const byFile = checkCredentialFile(kind, Buffer.concat(kept));
  const rest = found.filter((f) => !byFile.some((m) => m.secret.includes(f.secret) || f.secret.includes(m.secret)));
  const named: RawFinding[] = byFile.map((m) => ({ rule: m.rule, severity: fileRuleSeverity.get(m.rule)!, where: 'file', path: entry.path, line: m.line, secret: m.secret }));
  return { found: [...named, ...rest], bytes: scanner.bytes };
}

export async function scanImage(source: string, options: ScanOptions = {}): Promise<ScanReport> {
  const started = process.hrtime.bigint();
  const maxFileSize = options.maxFileSize ?? 256 * 1024 * 1024;
  const image = await openImage(source, options);
  try {
    const raw: Array<RawFinding & { layerIndex?: number }> = [];
    let files = 0;
    let bytes = 0;
    const index = await image.readAll(
      async (entry, content) => {
        if (entry.type !== 'file') return;
        files++;
        const result = await scanEntry(entry, content, maxFileSize, image.source.display);
        bytes += result.bytes;
        for (const f of result.found) raw.push({ ...f, layerIndex: entry.layerIndex });
      },
      { concurrency: options.concurrency },
    );
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
