/**
 * Push over the OCI distribution API, no engine involved: exactly the bytes that were scanned.
 * From an OCI layout or archive (or another registry) the blobs and the manifest go as stored, so
 * the registry ends with the same manifest digest. From a docker-archive the layers are gzipped
 * (once, to temporary files, so their digests are known before upload) and a Docker schema 2
 * manifest is written around the unchanged config: the image ID stays the same. Blobs first
 * (existence check, cross-repository mount, chunked upload resumed from the registry's offset after
 * a failure), then the manifest by digest, then the tags: a failed push leaves no tag pointing at a
 * partial image. Verified after the push.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { MediaType } from '../image/manifest.js';
import { openImage } from '../image/reader.js';
import type { ReadOptions } from '../image/types.js';
import { RegistryClient, RegistryError } from '../registry/client.js';
import { bindCredentials } from '../registry/credentials.js';
import { formatReference, parseImageReference, type ImageReference } from '../registry/reference.js';
import { severities, type FailOn } from '../scan/types.js';
import { GateFailure, InputError } from '../util/errors.js';
import { silentLogger, type Logger } from '../util/logger.js';

export interface PushOptions extends ReadOptions {
  /** Refuse unless this scan report (JSON) is of the same image and has nothing at `failOn` or above. */
  scanReport?: string;
  failOn?: FailOn;
  /** Upload chunk size (default: the whole blob in one streamed PATCH, resumed from the registry's offset after a failure). */
  chunkBytes?: number;
  /** Blobs uploaded at once per destination (default 4). */
  parallel?: number;
  /** Attempts per chunk and per request after failures (default 5). */
  retries?: number;
}

export interface PushedBlob {
  digest: string;
  size: number;
  /** uploaded, exists (already in the repository), or mounted (from another repository). */
  how: 'uploaded' | 'exists' | 'mounted';
}

export interface PushResult {
  source: string;
  /** Digest of the manifest pushed. */
  digest: string;
  /** The image ID (config digest), unchanged by the push. */
  configDigest: string;
  /** `registry/repository@sha256:…` for each destination. */
  references: string[];
  tags: string[];
  exact: boolean;
  blobs: PushedBlob[];
  bytesUploaded: number;
  seconds: number;
}

interface BlobToPush {
  digest: string;
  size: number;
  mediaType: string;
  open(offset: number): Promise<Readable>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Destination text `docker://REF` or `REF`; it must name a registry repository (lower-cased; the tag as written). */
export function parseDestination(text: string): ImageReference {
  const ref = parseImageReference(text.replace(/^docker:\/\//, ''), { lowerCase: true });
  if (ref.digest) throw new InputError(`destination ${text}: name a tag (or none), not a digest; the digest is what the push produces`);
  return ref;
}

function checkScanReport(path: string, digest: string, failOn: FailOn): void {
  let report: { image?: { digest?: string }; findings?: Array<{ severity: string }> };
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as typeof report;
  } catch (error) {
    throw new InputError(`--scan-report ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!report.image?.digest || !Array.isArray(report.findings)) throw new InputError(`--scan-report ${path}: not a scan report (no image.digest or findings)`);
  if (report.image.digest !== digest) {
    throw new GateFailure(`refusing to push: the scan report ${path} is of ${report.image.digest}, but this image is ${digest}; scan what you push`);
  }
  if (failOn === 'none') return;
  const limit = severities.indexOf(failOn);
  const failing = report.findings.filter((f) => severities.indexOf(f.severity as never) >= 0 && severities.indexOf(f.severity as never) <= limit).length;
  if (failing > 0) throw new GateFailure(`refusing to push: the scan report ${path} has ${failing} finding(s) at or above ${failOn}`);
}

/** Skips `offset` bytes of a stream (to resume a blob whose source cannot seek). */
async function* skipBytes(stream: Readable, offset: number): AsyncGenerator<Buffer> {
  let skipped = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (skipped >= offset) yield chunk;
    else if (skipped + chunk.length > offset) {
      yield chunk.subarray(offset - skipped);
      skipped = offset;
    } else skipped += chunk.length;
  }
}

/** Fixed-size chunks from a byte stream, the last one shorter. */
async function* rechunk(source: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let have = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    have += chunk.length;
    while (have >= size) {
      const all = Buffer.concat(parts);
      yield all.subarray(0, size);
      parts = [all.subarray(size)];
      have -= size;
    }
  }
  if (have > 0) yield Buffer.concat(parts);
}

class Uploader {
  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    private readonly chunkBytes: number,
    private readonly retries: number,
    private readonly logger: Logger,
  ) {}

  private get scope() {
    return `repository:${this.repository}:pull,push`;
  }

  private location(response: { headers: Record<string, unknown> }, base: string): string {
    const location = response.headers.location;
    if (typeof location !== 'string') throw new RegistryError(`${this.client.registry}/${this.repository}: upload answer without a Location header`);
    const next = new URL(location, base);
    // Image bytes that went over TLS do not continue in the clear.
    if (new URL(base).protocol === 'https:' && next.protocol !== 'https:') {
      throw new RegistryError(`${this.client.registry}/${this.repository}: refusing the upload location ${next.origin}${next.pathname}: plain http after https`);
    }
    return next.href;
  }

  /** Starts an upload session, or mounts the blob from `from` (201) when the registry can. */
  private async begin(digest: string, from?: string): Promise<{ mounted: true } | { mounted: false; url: string }> {
    const query = from ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : '';
    const response = await this.client.request(`/v2/${this.repository}/blobs/uploads/${query}`, { method: 'POST', headers: { 'content-length': '0' }, scope: this.scope, expect: [201, 202] });
    response.resume();
    if (response.statusCode === 201) return { mounted: true };
    return { mounted: false, url: this.location(response, this.client.baseUrl) };
  }

  /** Where the registry says the upload is: the next byte it expects. */
  private async offset(url: string, confirmed: number): Promise<number | undefined> {
    const response = await this.client.request(url, { method: 'GET', scope: this.scope, expect: [204, 404] });
    response.resume();
    if (response.statusCode === 404) return undefined;
    // `0-N` names the last byte received. Distribution also says `0-0` when it has none, which
    // reads like one byte; it can only mean none when no chunk has been confirmed yet.
    const range = /^(?:bytes=)?0-(\d+)$/.exec(String(response.headers.range ?? ''));
    if (!range) return 0;
    return range[1] === '0' && confirmed === 0 ? 0 : Number(range[1]) + 1;
  }

  async push(blob: BlobToPush, from?: string): Promise<PushedBlob['how']> {
    if ((await this.client.blobExists(this.repository, blob.digest, this.scope)) !== undefined) return 'exists';
    for (let session = 0; ; session++) {
      const started = await this.begin(blob.digest, from);
      if (started.mounted) return 'mounted';
      try {
        await this.upload(blob, started.url);
        return 'uploaded';
      } catch (error) {
        // The upload session itself is gone (registry restarted, session expired): start over.
        if (error instanceof LostSession) {
          if (session < 2) {
            this.logger.debug(`${this.repository}: upload of ${blob.digest} starts over in a new session after: ${(error.original as Error).message}`);
            continue;
          }
          throw error.original;
        }
        throw error;
      }
    }
  }

  private async upload(blob: BlobToPush, firstUrl: string): Promise<void> {
    let url = firstUrl;
    let offset = 0;
    let failures = 0;
    while (offset < blob.size) {
      const stream = await blob.open(offset);
      try {
        if (blob.size - offset <= this.chunkBytes) {
          // The rest in one PATCH, streamed from the source: no buffering, one round trip.
          const response = await this.client.request(url, {
            method: 'PATCH',
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size - offset), 'content-range': `${offset}-${Math.max(offset, blob.size - 1)}` },
            body: stream,
            scope: this.scope,
            expect: [202],
            replayable: false,
          });
          response.resume();
          url = this.location(response, url);
          offset = blob.size;
          break;
        }
        for await (const chunk of rechunk(stream as AsyncIterable<Buffer>, this.chunkBytes)) {
          const response = await this.client.request(url, {
            method: 'PATCH',
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(chunk.length), 'content-range': `${offset}-${offset + chunk.length - 1}` },
            body: chunk,
            scope: this.scope,
            expect: [202],
            replayable: false,
          });
          response.resume();
          url = this.location(response, url);
          offset += chunk.length;
        }
        break;
      } catch (error) {
        (stream as Readable).destroy?.();
        if (++failures > this.retries) throw error;
        await sleep(Math.min(8000, 250 * 2 ** failures));
        const at = await this.offset(url, offset).catch(() => undefined);
        if (at === undefined) throw new LostSession(error);
        this.logger.debug(`${this.repository}: resuming ${blob.digest} at byte ${at} of ${blob.size} after: ${(error as Error).message}`);
        offset = at;
      }
    }
    const done = new URL(url);
    done.searchParams.set('digest', blob.digest);
    try {
      const response = await this.client.request(done.href, { method: 'PUT', headers: { 'content-length': '0' }, body: Buffer.alloc(0), scope: this.scope, expect: [201] });
      response.resume();
    } catch (error) {
      // The commit may have landed before the connection dropped: the blob then exists.
      if ((await this.client.blobExists(this.repository, blob.digest, this.scope).catch(() => undefined)) === undefined) throw error;
    }
  }

  async putManifest(reference: string, bytes: Buffer, mediaType: string): Promise<string | undefined> {
    const response = await this.client.request(`/v2/${this.repository}/manifests/${reference}`, { method: 'PUT', headers: { 'content-type': mediaType }, body: bytes, scope: this.scope, expect: [201] });
    response.resume();
    return response.headers['docker-content-digest'] as string | undefined;
  }
}

class LostSession extends Error {
  constructor(readonly original: unknown) {
    super('upload session lost');
  }
}

/** The image's blobs as they will be pushed, and the manifest bytes (exact, or written for docker-archive layers). */
async function prepare(
  sourceText: string,
  options: PushOptions,
  tempDir: string,
): Promise<{ blobs: BlobToPush[]; manifest: Buffer; mediaType: string; digest: string; configDigest: string; imageDigest: string; exact: boolean; close(): Promise<void> }> {
  const image = await openImage(sourceText, options);
  const { resolved } = image;
  const config: BlobToPush = {
    digest: resolved.configDigest,
    size: resolved.configBytes.length,
    mediaType: MediaType.dockerConfig,
    open: async (offset) => Readable.from([resolved.configBytes.subarray(offset)]),
  };
  if (resolved.manifestBytes) {
    const doc = JSON.parse(resolved.manifestBytes.toString('utf8')) as { layers: Array<{ digest: string; size: number; mediaType: string }>; config: { mediaType: string } };
    const layers = resolved.layers.map((layer, i) => {
      const d = doc.layers[i]!;
      return { digest: d.digest, size: d.size, mediaType: d.mediaType, open: async (offset: number) => (offset ? Readable.from(skipBytes(await layer.open(), offset)) : layer.open()) };
    });
    return {
      blobs: [...layers, { ...config, mediaType: doc.config.mediaType }],
      manifest: resolved.manifestBytes,
      mediaType: resolved.manifestMediaType ?? MediaType.ociManifest,
      digest: resolved.digest,
      configDigest: resolved.configDigest,
      imageDigest: image.digest,
      exact: true,
      close: () => image.close(),
    };
  }
  // docker-archive and docker-daemon: layers stored as tar; gzip each once to know its digest.
  const layers: BlobToPush[] = [];
  for (const layer of resolved.layers) {
    const path = join(tempDir, `layer-${layer.index}.tar.gz`);
    const hash = createHash('sha256');
    const gzip = createGzip({ level: 6 });
    gzip.on('data', (c: Buffer) => hash.update(c));
    await pipeline(await layer.open(), gzip, createWriteStream(path));
    layers.push({ digest: `sha256:${hash.digest('hex')}`, size: statSync(path).size, mediaType: MediaType.dockerLayerGzip, open: async (offset) => createReadStream(path, { start: offset, highWaterMark: 1024 * 1024 }) });
  }
  const manifest = Buffer.from(
    JSON.stringify(
      {
        schemaVersion: 2,
        mediaType: MediaType.dockerManifest,
        config: { mediaType: MediaType.dockerConfig, size: config.size, digest: config.digest },
        layers: layers.map((l) => ({ mediaType: l.mediaType, size: l.size, digest: l.digest })),
      },
      null,
      3,
    ),
  );
  return {
    blobs: [...layers, config],
    manifest,
    mediaType: MediaType.dockerManifest,
    digest: `sha256:${createHash('sha256').update(manifest).digest('hex')}`,
    configDigest: resolved.configDigest,
    imageDigest: image.digest,
    exact: false,
    close: () => image.close(),
  };
}

export async function pushImage(sourceText: string, destinations: string[], options: PushOptions = {}): Promise<PushResult> {
  const logger = options.logger ?? silentLogger;
  if (destinations.length === 0) throw new InputError('push: name at least one destination (docker://registry/repository[:tag])');
  const targets = destinations.map(parseDestination);
  // Explicit credentials go to one host: the one named, else the first destination's (the source is read with the same binding).
  const registryOptions = bindCredentials(options.registry, targets[0]!.registry);
  const started = performance.now();
  const tempDir = mkdtempSync(join(options.tempDir ?? tmpdir(), 'mcp-push-'));
  const clients = new Map<string, RegistryClient>();
  const client = (registry: string) => {
    let c = clients.get(registry);
    if (!c) clients.set(registry, (c = new RegistryClient(registry, registryOptions, logger)));
    return c;
  };
  try {
    const prepared = await prepare(sourceText, { ...options, registry: registryOptions }, tempDir);
    try {
      if (options.scanReport) checkScanReport(options.scanReport, prepared.imageDigest, options.failOn ?? 'high');
      const blobs: PushedBlob[] = [];
      let bytesUploaded = 0;
      // Repositories already holding every blob, per registry: a later destination mounts from them.
      const done = new Map<string, string>();
      for (const target of targets) {
        const uploader = new Uploader(client(target.registry), target.repository, options.chunkBytes ?? Number.POSITIVE_INFINITY, options.retries ?? 5, logger);
        const from = done.get(target.registry);
        // Blobs go up several at a time (as docker and skopeo do), each streamed on its own connection.
        const results: PushedBlob[] = new Array(prepared.blobs.length);
        let next = 0;
        let failed = false;
        const lane = async () => {
          for (let i = next++; i < prepared.blobs.length && !failed; i = next++) {
            const blob = prepared.blobs[i]!;
            const how = await uploader.push(blob, from && from !== target.repository ? from : undefined);
            if (how === 'uploaded') bytesUploaded += blob.size;
            results[i] = { digest: blob.digest, size: blob.size, how };
            logger.debug(`${formatReference({ ...target, tag: undefined })}: ${blob.digest} ${how}`);
          }
        };
        // Every lane settles before the first failure is thrown: none is left reading a temp file.
        const settled = await Promise.allSettled(
          Array.from({ length: Math.min(options.parallel ?? 4, prepared.blobs.length) }, () =>
            lane().catch((error: unknown) => {
              failed = true;
              throw error;
            }),
          ),
        );
        const rejected = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (rejected) throw rejected.reason;
        blobs.push(...results);
        // Manifest by digest first; the tag only once the whole image is there.
        const answered = await uploader.putManifest(prepared.digest, prepared.manifest, prepared.mediaType);
        if (answered && answered !== prepared.digest) throw new RegistryError(`${target.registry}/${target.repository}: the registry stored the manifest as ${answered}, expected ${prepared.digest}`);
        if (target.tag) await uploader.putManifest(target.tag, prepared.manifest, prepared.mediaType);
        done.set(target.registry, target.repository);
      }
      // Verify: every destination answers with the digest pushed and, by tag, the same manifest.
      for (const target of targets) {
        const c = client(target.registry);
        const got = await c.getManifest(target.repository, target.tag ?? prepared.digest, [prepared.mediaType]);
        if (got.digest !== prepared.digest) {
          throw new RegistryError(`${target.registry}/${target.repository}:${target.tag}: after the push the registry serves ${got.digest}, not ${prepared.digest}`);
        }
        const config = (JSON.parse(got.bytes.toString('utf8')) as { config: { digest: string } }).config.digest;
        if (config !== prepared.configDigest) throw new RegistryError(`${target.registry}/${target.repository}: pushed config ${config} is not the image ID ${prepared.configDigest}`);
      }
      return {
        source: sourceText,
        digest: prepared.digest,
        configDigest: prepared.configDigest,
        references: targets.map((t) => `${t.registry}/${t.repository}@${prepared.digest}`),
        tags: targets.filter((t) => t.tag).map((t) => `${t.registry}/${t.repository}:${t.tag}`),
        exact: prepared.exact,
        blobs,
        bytesUploaded,
        seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      };
    } finally {
      await prepared.close();
    }
  } finally {
    for (const c of clients.values()) c.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

