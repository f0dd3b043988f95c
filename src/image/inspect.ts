/** What `mcp-orchestrator inspect` prints: the reader's view of an image, as plain JSON. */
import { maskBuildArgs } from './config.js';
import { formatPlatform } from './manifest.js';
import { openImage } from './reader.js';
import type { ImageConfig, ReadOptions } from './types.js';

export interface InspectReport {
  source: string;
  digest: string;
  platform: string;
  config: Omit<ImageConfig, 'raw'>;
  layers: Array<{ index: number; digest: string; size?: number; createdBy?: string; entries: number; whiteouts: string[] }>;
  deleted: Array<{ path: string; layer: number }>;
}

export async function inspectImage(source: string, options: ReadOptions & { concurrency?: number } = {}): Promise<InspectReport> {
  const image = await openImage(source, options);
  try {
    const index = await image.readAll(undefined, { concurrency: options.concurrency });
    const { raw: _raw, ...config } = image.config;
    config.history = config.history.map((h) => ({ ...h, createdBy: maskBuildArgs(h.createdBy) }));
    return {
      source: image.source.display,
      digest: image.digest,
      platform: formatPlatform(image.platform),
      config,
      layers: image.layers.map((layer) => {
        const listing = index.listings[layer.index]!;
        return {
          index: layer.index,
          digest: layer.digest,
          size: layer.size,
          createdBy: layer.createdBy,
          entries: listing.entries.length,
          whiteouts: [...listing.whiteouts, ...listing.opaqueDirs.map((d) => `${d === '/' ? '' : d}/.wh..wh..opq`)],
        };
      }),
      deleted: index.deleted(),
    };
  } finally {
    await image.close();
  }
}
