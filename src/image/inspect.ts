/**
 * What `mcp-orchestrator inspect` prints: the reader's view of an image, as plain JSON. Every text
 * the image supplies (env, labels, commands, created_by) passes through the scan's redaction, so
 * a secret set in ENV or used inline in a RUN step is never printed whole.
 */
import { redactCreatedBy, redactText } from '../scan/redact-text.js';
import { formatPlatform } from './manifest.js';
import { openImage, type OpenedImage } from './reader.js';
import type { ImageConfig, ReadOptions } from './types.js';

export interface InspectReport {
  source: string;
  digest: string;
  /** The config digest (image ID). */
  imageId: string;
  platform: string;
  config: Omit<ImageConfig, 'raw'>;
  layers: Array<{ index: number; digest: string; size?: number; createdBy?: string; entries: number; whiteouts: string[] }>;
  deleted: Array<{ path: string; layer: number }>;
}

/** The config as reports show it: every value from the image redacted. */
export function redactedConfig(config: ImageConfig): Omit<ImageConfig, 'raw'> {
  const { raw: _raw, ...rest } = config;
  const list = (values: string[] | null) => (values ? values.map(redactText) : values);
  return {
    ...rest,
    env: rest.env.map(redactText),
    labels: Object.fromEntries(Object.entries(rest.labels).map(([k, v]) => [redactText(k), redactText(v)])),
    entrypoint: list(rest.entrypoint),
    cmd: list(rest.cmd),
    workingDir: redactText(rest.workingDir),
    healthcheck: rest.healthcheck ? { ...rest.healthcheck, test: rest.healthcheck.test.map(redactText) } : null,
    history: rest.history.map((h) => ({ ...h, createdBy: redactCreatedBy(h.createdBy), ...(h.comment ? { comment: redactText(h.comment) } : {}) })),
  };
}

/** Reads every layer of an image already opened (the caller closes it). */
export async function inspectOpenedImage(image: OpenedImage, options: { concurrency?: number; display?: string } = {}): Promise<InspectReport> {
  const index = await image.readAll(undefined, { concurrency: options.concurrency });
  return {
    source: options.display ?? image.source.display,
    digest: image.digest,
    imageId: image.configDigest,
    platform: formatPlatform(image.platform),
    config: redactedConfig(image.config),
    layers: image.layers.map((layer) => {
      const listing = index.listings[layer.index]!;
      const step = image.config.history.find((h) => h.layerIndex === layer.index);
      return {
        index: layer.index,
        digest: layer.digest,
        size: layer.size,
        createdBy: step ? redactCreatedBy(step.createdBy) : undefined,
        entries: listing.entries.length,
        whiteouts: [...listing.whiteouts, ...listing.opaqueDirs.map((d) => `${d === '/' ? '' : d}/.wh..wh..opq`)],
      };
    }),
    deleted: index.deleted(),
  };
}

export async function inspectImage(source: string, options: ReadOptions & { concurrency?: number } = {}): Promise<InspectReport> {
  const image = await openImage(source, options);
  try {
    return await inspectOpenedImage(image, { concurrency: options.concurrency });
  } finally {
    await image.close();
  }
}
