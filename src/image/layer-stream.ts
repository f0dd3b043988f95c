/**
 * Streams one layer blob: verifies its digest, decompresses it (gzip, zstd or none, by magic
 * bytes), enforces the size and ratio limits, verifies the diffID, and walks its tar entries with
 * tar-stream, handing each to the caller with whiteouts recorded apart. Nothing touches the disk.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { InputError } from '../util/errors.js';
import { createDecompressor, detectCompression, peek, type Compression } from './decompress.js';
import { normaliseEntryPath, LayerPathTracker } from './entry-paths.js';
import type { EntryHandler, EntryType, LayerBlob, LayerEntry, LayerListing, ReaderLimits } from './types.js';

/** Hashes and counts what passes through; optionally enforces limits on the running count. */
class Meter extends Transform {
  readonly hash: Hash = createHash('sha256');
  bytes = 0;
  constructor(private readonly check?: (bytes: number) => void) {
    super({ highWaterMark: 256 * 1024 });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    try {
      this.check?.(this.bytes);
    } catch (error) {
      return done(error as Error);
    }
    done(null, chunk);
  }
}

const TYPES: Record<string, EntryType> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
};

export interface LayerReadRequest {
  /** Source display string, for errors. */
  display: string;
  layer: LayerBlob;
  limits: ReaderLimits;
  onEntry?: EntryHandler;
}

export async function readLayerEntries(request: LayerReadRequest): Promise<LayerListing & { compression: Compression; blobDigest: string; diffId: string }> {
  const { layer, limits, display } = request;
  const where = `${display}: layer ${layer.index} (${layer.digest || 'no digest'})`;
  const raw = await layer.open();
  const compression = detectCompression(await peek(raw));
  const stored = new Meter();
  const tarBytes = new Meter((bytes) => {
    if (bytes > limits.maxLayerBytes) {
      throw new InputError(`${where}: decompresses past the ${limits.maxLayerBytes}-byte layer limit (a decompression bomb, or raise the limit)`);
    }
    if (compression !== 'none' && bytes > limits.ratioFloorBytes && bytes / Math.max(stored.bytes, 1) > limits.maxRatio) {
      throw new InputError(`${where}: decompression ratio over ${limits.maxRatio}:1 after ${bytes} bytes (a decompression bomb, or raise the limit)`);
    }
  });
  const listing: LayerListing = { index: layer.index, entries: [], whiteouts: [], opaqueDirs: [], bytes: 0 };
  const paths = new LayerPathTracker(where);
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    handleEntry(header, stream as unknown as Readable, listing, paths, layer.index, where, request.onEntry).then(() => next(), (error: Error) => next(error));
  });
  const decompressor = createDecompressor(compression);
  // The first stage to fail is the cause; pipeline then destroys the others with the same error.
  let failedStage: 'decompress' | 'tar' | undefined;
  decompressor?.once('error', () => (failedStage ??= 'decompress'));
  extract.once('error', () => (failedStage ??= 'tar'));
  try {
    if (decompressor) await pipeline(raw, stored, decompressor, tarBytes, extract);
    else await pipeline(raw, stored, tarBytes, extract);
  } catch (error) {
    throw describeLayerError(error, where, compression, failedStage);
  }
  listing.bytes = tarBytes.bytes;
  const blobDigest = `sha256:${stored.hash.digest('hex')}`;
  const diffId = `sha256:${tarBytes.hash.digest('hex')}`;
  if (layer.digest && layer.digest !== blobDigest) {
    throw new InputError(`${where}: blob digest mismatch: the manifest says ${layer.digest}, the bytes hash to ${blobDigest}`);
  }
  if (layer.diffId && layer.diffId !== diffId) {
    throw new InputError(`${where}: diffID mismatch: the config says ${layer.diffId}, the uncompressed layer hashes to ${diffId}`);
  }
  return { ...listing, compression, blobDigest, diffId };
}

async function handleEntry(
  header: tar.Header,
  stream: Readable,
  listing: LayerListing,
  paths: LayerPathTracker,
  layerIndex: number,
  where: string,
  onEntry?: EntryHandler,
): Promise<void> {
  const path = normaliseEntryPath(header.name, where);
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  if (base.startsWith('.wh.')) {
    const dir = slash <= 0 ? '/' : path.slice(0, slash);
    if (base === '.wh..wh..opq') listing.opaqueDirs.push(dir);
    else listing.whiteouts.push(`${dir === '/' ? '' : dir}/${base.slice(4)}`);
    return drain(stream);
  }
  const type: EntryType = TYPES[header.type ?? 'file'] ?? 'other';
  const entry: LayerEntry = { path, type, size: type === 'file' ? (header.size ?? 0) : 0, mode: header.mode ?? 0, layerIndex };
  if (type === 'symlink') entry.linkTarget = header.linkname ?? '';
  if (type === 'hardlink') entry.linkTarget = normaliseEntryPath(header.linkname ?? '', where);
  paths.add(entry);
  listing.entries.push({ path, type });
  if (onEntry) await onEntry(entry, stream);
  return drain(stream);
}

/** Consumes whatever the handler left of an entry's content. */
function drain(stream: Readable): Promise<void> {
  if (stream.readableEnded || stream.destroyed) return Promise.resolve();
  stream.resume();
  return finished(stream);
}

function describeLayerError(error: unknown, where: string, compression: Compression, failedStage?: 'decompress' | 'tar'): Error {
  if (error instanceof InputError) return error;
  const e = error as NodeJS.ErrnoException;
  const message = e.message ?? String(error);
  if (failedStage === 'decompress') return new InputError(`${where}: corrupt or truncated ${compression} data (${message})`, { cause: error });
  if (/tar header|checksum/i.test(message)) return new InputError(`${where}: tar header with a bad checksum (${message})`, { cause: error });
  if (/unexpected end of data|premature/i.test(message)) return new InputError(`${where}: truncated layer (${message})`, { cause: error });
  if (e.code === 'ENOENT') return new InputError(`${where}: blob missing (${message})`, { cause: error });
  return new InputError(`${where}: ${message}`, { cause: error });
}
