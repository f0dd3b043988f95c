/**
 * Streams one layer blob: verifies its digest, decompresses it (gzip, zstd or none, by magic
 * bytes), enforces the size and ratio limits, verifies the diffID where it is the only check, and
 * walks its tar entries (tar-parser.ts), handing each to the caller with whiteouts recorded apart.
 * Nothing touches the disk.
 *
 * One SHA-256 pass per layer: a compressed blob whose digest a content-addressed manifest names
 * is authenticated by that digest, so hashing its uncompressed tar as well (the diffID) adds no
 * security and costs a second pass over 2-3x the bytes. The diffID is computed where it is the
 * only check (a docker-archive, whose manifest.json is not content-addressed, or a layer with no
 * digest); for an uncompressed layer the blob is the tar, and one hash serves both.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../util/errors.js';
import { createDecompressor, detectCompression, peek, type Compression } from './decompress.js';
import { normaliseEntryPath, LayerPathTracker } from './entry-paths.js';
import { TarFormatError, TarParser, type TarEntryHeader } from './tar-parser.js';
import type { EntryContentSink, EntryHandler, EntryType, LayerBlob, LayerEntry, LayerListing, ReaderLimits } from './types.js';

/** Counts and hashes (when asked) the stored blob as it passes to the decompressor. */
class Meter extends Transform {
  readonly hash: Hash | undefined;
  bytes = 0;
  constructor(hashed: boolean) {
    super({ highWaterMark: 1024 * 1024 });
    if (hashed) this.hash = createHash('sha256');
  }
  digest(): string | undefined {
    return this.hash ? `sha256:${this.hash.digest('hex')}` : undefined;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    this.hash?.update(chunk);
    done(null, chunk);
  }
}

const TYPES: Record<TarEntryHeader['type'], EntryType> = {
  file: 'file',
  directory: 'directory',
  symlink: 'symlink',
  hardlink: 'hardlink',
  'character-device': 'other',
  'block-device': 'other',
  fifo: 'other',
  other: 'other',
};

export interface LayerReadRequest {
  /** Source display string, for errors. */
  display: string;
  layer: LayerBlob;
  limits: ReaderLimits;
  onEntry?: EntryHandler;
}

/** Which passes hash: the stored blob, the uncompressed tar (see the file comment). */
function hashPlan(layer: LayerBlob, compression: Compression): { blob: boolean; tar: boolean } {
  if (compression === 'none') return { blob: Boolean(layer.digest || layer.diffId), tar: false };
  return { blob: Boolean(layer.digest), tar: Boolean(layer.diffId) && !(layer.digest && layer.digestFromManifest) };
}

export interface LayerReadResult extends LayerListing {
  compression: Compression;
  /** The blob's digest, when it was computed (and then verified). */
  blobDigest?: string;
  /** The uncompressed tar's digest, when it was computed (and then verified). */
  diffId?: string;
}

export async function readLayerEntries(request: LayerReadRequest): Promise<LayerReadResult> {
  const { layer, limits, display } = request;
  const where = `${display}: layer ${layer.index} (${layer.digest || 'no digest'})`;
  const raw = await layer.open();
  const compression = detectCompression(await peek(raw));
  const hashed = hashPlan(layer, compression);
  const stored = new Meter(hashed.blob);
  let tarBytes = 0;
  const tarHash = hashed.tar ? createHash('sha256') : undefined;
  const observeTar = (chunk: Buffer) => {
    tarBytes += chunk.length;
    tarHash?.update(chunk);
    if (tarBytes > limits.maxLayerBytes) {
      throw new InputError(`${where}: decompresses past the ${limits.maxLayerBytes}-byte layer limit (a decompression bomb, or raise the limit)`);
    }
    if (compression !== 'none' && tarBytes > limits.ratioFloorBytes && tarBytes / Math.max(stored.bytes, 1) > limits.maxRatio) {
      throw new InputError(`${where}: decompression ratio over ${limits.maxRatio}:1 after ${tarBytes} bytes (a decompression bomb, or raise the limit)`);
    }
  };
  const listing: LayerListing = { index: layer.index, entries: [], whiteouts: [], opaqueDirs: [], bytes: 0 };
  const paths = new LayerPathTracker(where);
  const extract = new TarParser((header) => handleEntry(header, listing, paths, layer.index, where, request.onEntry), observeTar);
  const decompressor = createDecompressor(compression);
  // The first stage to fail is the cause; pipeline then destroys the others with the same error.
  let failedStage: 'decompress' | 'tar' | undefined;
  decompressor?.once('error', () => (failedStage ??= 'decompress'));
  extract.once('error', () => (failedStage ??= 'tar'));
  try {
    if (decompressor) await pipeline(raw, stored, decompressor, extract);
    else await pipeline(raw, stored, extract);
  } catch (error) {
    throw describeLayerError(error, where, compression, failedStage);
  }
  listing.bytes = tarBytes;
  const blobDigest = stored.digest();
  const diffId = compression === 'none' ? blobDigest : tarHash && `sha256:${tarHash.digest('hex')}`;
  // The config's diffID first: for a legacy docker-archive layer it is also the digest.
  if (layer.diffId && diffId !== undefined && layer.diffId !== diffId) {
    throw new InputError(`${where}: diffID mismatch: the config says ${layer.diffId}, the uncompressed layer hashes to ${diffId}`);
  }
  if (layer.digest && layer.digest !== blobDigest) {
    throw new InputError(`${where}: blob digest mismatch: the manifest says ${layer.digest}, the bytes hash to ${blobDigest}`);
  }
  return { ...listing, compression, blobDigest, diffId };
}

function handleEntry(header: TarEntryHeader, listing: LayerListing, paths: LayerPathTracker, layerIndex: number, where: string, onEntry?: EntryHandler): EntryContentSink | void {
  const path = normaliseEntryPath(header.name, where);
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  if (base.startsWith('.wh.')) {
    const dir = slash <= 0 ? '/' : path.slice(0, slash);
    if (base === '.wh..wh..opq') listing.opaqueDirs.push(dir);
    else listing.whiteouts.push(`${dir === '/' ? '' : dir}/${base.slice(4)}`);
    return;
  }
  const type = TYPES[header.type];
  // An entry of another type that carries bytes (an unknown typeflag) is still content of the blob.
  const entry: LayerEntry = { path, type, size: type === 'file' || type === 'other' ? header.size : 0, mode: header.mode, layerIndex };
  if (type === 'symlink') entry.linkTarget = header.linkname;
  if (type === 'hardlink') entry.linkTarget = normaliseEntryPath(header.linkname, where);
  paths.add(entry);
  listing.entries.push({ path, type });
  return onEntry?.(entry);
}

function describeLayerError(error: unknown, where: string, compression: Compression, failedStage?: 'decompress' | 'tar'): Error {
  if (error instanceof InputError) return error;
  const e = error as NodeJS.ErrnoException;
  const message = e.message ?? String(error);
  if (failedStage === 'decompress') return new InputError(`${where}: corrupt or truncated ${compression} data (${message})`, { cause: error });
  if (error instanceof TarFormatError) {
    if (error.kind === 'checksum') return new InputError(`${where}: tar header with a bad checksum (${message})`, { cause: error });
    if (error.kind === 'truncated') return new InputError(`${where}: truncated layer (${message})`, { cause: error });
    return new InputError(`${where}: ${message}`, { cause: error });
  }
  if (/premature/i.test(message)) return new InputError(`${where}: truncated layer (${message})`, { cause: error });
  if (e.code === 'ENOENT') return new InputError(`${where}: blob missing (${message})`, { cause: error });
  return new InputError(`${where}: ${message}`, { cause: error });
}
