/**
 * The image reader: one streaming API over every transport. `openImage` resolves the source
 * (manifest, platform, config, layer blobs); `readLayer` streams a layer's entries with limits,
 * digest checks and whiteouts; `readAll` builds the FilesystemIndex that says what was deleted.
 */
import { silentLogger } from '../util/logger.js';
import { maskBuildArgs, parseImageConfig } from './config.js';
import { FilesystemIndex } from './filesystem-index.js';
import { readLayerEntries } from './layer-stream.js';
import { formatPlatform, parsePlatform } from './manifest.js';
import { parseSource } from './source.js';
import { resolveDockerArchive } from './transports/docker-archive.js';
import { resolveOciArchive, resolveOciDirectory } from './transports/oci-layout.js';
import type { EntryHandler, ImageConfig, LayerListing, LayerSummary, Platform, ReadOptions, ReaderLimits, ResolvedImage, SourceRef } from './types.js';

export const defaultLimits: ReaderLimits = {
  maxLayerBytes: 8 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 64 * 1024 ** 2,
  maxJsonBytes: 8 * 1024 ** 2,
};

export interface OpenedImage {
  source: SourceRef;
  /** Manifest digest; for docker-archive and docker-daemon sources the config digest (image ID). */
  digest: string;
  configDigest: string;
  platform: Platform;
  config: ImageConfig;
  /** createdBy with build-argument values masked (config.history keeps them raw). */
  layers: LayerSummary[];
  /** A source string that reopens the same bytes cheaply (the spooled archive of a docker-daemon source). */
  reopenSource: string;
  /** The resolved image, for stages that need the blobs as stored (push). */
  resolved: ResolvedImage;
  /** Streams one layer's entries; layers may be read in any order, and concurrently. */
  readLayer(index: number, onEntry?: EntryHandler): Promise<LayerListing>;
  /**
   * Reads every layer and returns the index of what survives into the final filesystem. Up to
   * `concurrency` layers (default 2) are read at once, so onEntry calls of different layers may
   * interleave; each entry names its layer.
   */
  readAll(onEntry?: EntryHandler, options?: { concurrency?: number }): Promise<FilesystemIndex>;
  close(): Promise<void>;
}

async function resolve(source: SourceRef, platform: Platform, limits: ReaderLimits, options: ReadOptions): Promise<ResolvedImage> {
  switch (source.transport) {
    case 'docker-archive':
      return resolveDockerArchive(source, platform, limits);
    case 'oci':
      return resolveOciDirectory(source, platform, limits);
    case 'oci-archive':
      return resolveOciArchive(source, platform, limits);
    // Loaded when used: the registry client (http, tls) and the engine's exec are a fifth of a
    // local read's start-up otherwise (bench/image-reader.mjs).
    case 'docker-daemon':
      return (await import('./transports/docker-daemon.js')).resolveDockerDaemon(source, platform, limits, options.tempDir);
    case 'docker':
      return (await import('./transports/docker.js')).resolveRegistryImage(source, { ...options, limits });
  }
}

function summariseLayers(resolved: ResolvedImage, config: ImageConfig): LayerSummary[] {
  return resolved.layers.map((layer) => {
    const step = config.history.find((h) => h.layerIndex === layer.index);
    const summary: LayerSummary = { index: layer.index, digest: layer.digest };
    if (layer.diffId) summary.diffId = layer.diffId;
    if (layer.size !== undefined) summary.size = layer.size;
    if (layer.mediaType) summary.mediaType = layer.mediaType;
    if (step) summary.createdBy = maskBuildArgs(step.createdBy);
    return summary;
  });
}

export async function openImage(sourceText: string | SourceRef, options: ReadOptions = {}): Promise<OpenedImage> {
  const source = typeof sourceText === 'string' ? parseSource(sourceText) : sourceText;
  const wanted = parsePlatform(options.platform ?? 'linux/amd64');
  const limits: ReaderLimits = { ...defaultLimits, ...options.limits };
  const logger = options.logger ?? silentLogger;
  const resolved = await resolve(source, wanted, limits, options);
  try {
    const config = parseImageConfig(resolved.configBytes, source.display);
    const variant = typeof config.raw.variant === 'string' ? config.raw.variant : undefined;
    const platform = config.os ? { os: config.os, architecture: config.architecture, ...(variant ? { variant } : {}) } : resolved.platform;
    logger.debug(`${source.display}: ${resolved.layers.length} layers, ${formatPlatform(platform)}, ${resolved.digest}`);
    const readLayer = async (index: number, onEntry?: EntryHandler): Promise<LayerListing> => {
      const layer = resolved.layers[index];
      if (!layer) throw new RangeError(`${source.display}: no layer ${index} (the image has ${resolved.layers.length})`);
      const { compression: _c, blobDigest: _b, diffId: _d, ...listing } = await readLayerEntries({ display: source.display, layer, limits, onEntry });
      return listing;
    };
    return {
      source,
      digest: resolved.digest,
      configDigest: resolved.configDigest,
      platform,
      config,
      layers: summariseLayers(resolved, config),
      reopenSource: resolved.spooledArchive ? `docker-archive:${resolved.spooledArchive}` : source.display,
      resolved,
      readLayer,
      async readAll(onEntry?: EntryHandler, { concurrency = 2 } = {}) {
        const listings: LayerListing[] = new Array(resolved.layers.length);
        let next = 0;
        // Layers overlap: one layer's gunzip runs on the thread pool while another's tar is parsed.
        const worker = async () => {
          for (let i = next++; i < resolved.layers.length; i = next++) listings[i] = await readLayer(i, onEntry);
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, resolved.layers.length)) }, worker));
        return new FilesystemIndex(listings);
      },
      close: () => resolved.close(),
    };
  } catch (error) {
    await resolved.close();
    throw error;
  }
}
