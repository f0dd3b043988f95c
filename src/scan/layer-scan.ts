/**
 * Scanning one layer's files, and the worker-thread pool that scans layers in parallel. A worker
 * reopens the image itself (a docker-daemon source through its spooled archive) and sends back
 * plain data: the layer's listing and its raw findings.
 */
import { Worker } from 'node:worker_threads';
import type { OpenedImage } from '../image/reader.js';
import { openImage } from '../image/reader.js';
import type { EntryContentSink, LayerEntry, LayerListing, ReadOptions } from '../image/types.js';
import { InputError, OrchestratorError } from '../util/errors.js';
import { ContentScanner } from './content-scanner.js';
import { checkCredentialFile, credentialFileKind, fileRules } from './credential-files.js';
import type { Finding, Severity } from './types.js';

export interface RawFinding extends Omit<Finding, 'match' | 'fingerprint' | 'deleted' | 'layer'> {
  secret: string;
  layerIndex?: number;
}

export interface LayerScan {
  listing: LayerListing;
  found: RawFinding[];
  files: number;
  bytes: number;
}

const CREDENTIAL_FILE_MAX = 1024 * 1024;
const fileRuleSeverity = new Map<string, Severity>(fileRules.map((r) => [r.id, r.severity]));

/**
 * The sink that scans one file's content as the tar parser hands it over, in the same turn: no
 * stream or promise per file (most files are one small slice).
 */
function scanEntry(entry: LayerEntry, maxFileSize: number, display: string, done: (found: RawFinding[], bytes: number) => void): EntryContentSink {
  const kind = credentialFileKind(entry.path);
  const scanner = new ContentScanner();
  const kept: Buffer[] = [];
  let keptBytes = 0;
  return {
    write(chunk) {
      scanner.push(chunk);
      if (kind && keptBytes < CREDENTIAL_FILE_MAX) {
        kept.push(chunk);
        keptBytes += chunk.length;
      }
      if (!scanner.binary && scanner.bytes > maxFileSize) {
        throw new InputError(`${display}: layer ${entry.layerIndex}: ${entry.path} is a text file over the ${maxFileSize}-byte max-file-size; raise the limit so it can be scanned (a scan never skips what it cannot read)`);
      }
    },
    end() {
      const found: RawFinding[] = scanner.finish().map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where: 'file', path: entry.path, line: m.line, secret: m.secret }));
      if (!kind) return done(found, scanner.bytes);
      // A credential file's own rule names the secret better than a content rule that also matched it.
      const byFile = checkCredentialFile(kind, Buffer.concat(kept));
      const rest = found.filter((f) => !byFile.some((m) => m.secret.includes(f.secret) || f.secret.includes(m.secret)));
      const named: RawFinding[] = byFile.map((m) => ({ rule: m.rule, severity: fileRuleSeverity.get(m.rule)!, where: 'file', path: entry.path, line: m.line, secret: m.secret }));
      done([...named, ...rest], scanner.bytes);
    },
  };
}

export async function scanLayer(image: OpenedImage, index: number, maxFileSize: number): Promise<LayerScan> {
  const found: RawFinding[] = [];
  let files = 0;
  let bytes = 0;
  const listing = await image.readLayer(index, (entry) => {
    // Files, and entries of an unknown type that still carry bytes in the blob.
    if (entry.type !== 'file' && !(entry.type === 'other' && entry.size > 0)) return;
    if (entry.type === 'file') files++;
    return scanEntry(entry, maxFileSize, image.source.display, (result, scanned) => {
      bytes += scanned;
      for (const f of result) found.push({ ...f, layerIndex: entry.layerIndex });
    });
  });
  return { listing, found, files, bytes };
}

/** What a worker needs to reopen the image: plain data only (no logger, no functions). */
export interface WorkerInit {
  source: string;
  read: Pick<ReadOptions, 'platform' | 'limits' | 'registry' | 'tempDir'>;
  maxFileSize: number;
}

type WorkerReply = { ok: true; result: LayerScan } | { ok: false; message: string; known: boolean };

/** The worker's side: opens the image once, then scans each layer index it is sent. */
export async function serveScanWorker(port: { on(event: 'message', fn: (m: number | null) => void): void; postMessage(m: WorkerReply): void; close?(): void }, init: WorkerInit): Promise<void> {
  let image: OpenedImage | undefined;
  port.on('message', async (index) => {
    if (index === null) {
      await image?.close();
      port.close?.();
      return;
    }
    try {
      image ??= await openImage(init.source, init.read);
      port.postMessage({ ok: true, result: await scanLayer(image, index, init.maxFileSize) });
    } catch (error) {
      port.postMessage({ ok: false, message: (error as Error).message, known: error instanceof OrchestratorError });
    }
  });
}

/** Scans every layer on `count` worker threads running `script` (the bundle that serves them). */
export async function scanLayersOnWorkers(script: URL, init: WorkerInit, layerCount: number, count: number): Promise<LayerScan[]> {
  const results: LayerScan[] = new Array(layerCount);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(count, layerCount)) }, () => new Worker(script, { workerData: { mcpOrchestratorScanWorker: init } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => worker.postMessage(next < layerCount ? next++ : null);
            let current = -1;
            worker.on('message', (reply: WorkerReply) => {
              if (!reply.ok) return reject(reply.known ? new InputError(reply.message) : new Error(reply.message));
              results[current] = reply.result;
              if (next >= layerCount) return resolve();
              current = next;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scan worker exited with code ${code}`))));
            current = next;
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
