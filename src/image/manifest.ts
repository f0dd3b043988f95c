/** Manifest and index documents (Docker schema 2 and OCI), and platform selection. */
import { InputError } from '../util/errors.js';
import type { Platform } from './types.js';

export const MediaType = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

export const manifestAcceptTypes = [MediaType.ociIndex, MediaType.ociManifest, MediaType.dockerManifestList, MediaType.dockerManifest];

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export type ManifestDocument =
  | { kind: 'index'; mediaType: string; manifests: Descriptor[] }
  | { kind: 'manifest'; mediaType: string; config: Descriptor; layers: Descriptor[] };

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function parseJson(bytes: Buffer, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new InputError(`${where}: invalid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where}: expected a JSON object`);
  return value as Record<string, unknown>;
}

function parseDescriptor(value: unknown, where: string): Descriptor {
  const d = value as Partial<Descriptor> | null;
  if (!d || typeof d !== 'object') throw new InputError(`${where}: expected a descriptor object`);
  if (typeof d.digest !== 'string' || !DIGEST.test(d.digest)) throw new InputError(`${where}: digest ${JSON.stringify(d.digest)} is not a sha256 digest`);
  if (typeof d.size !== 'number' || d.size < 0) throw new InputError(`${where}: size missing or negative`);
  return {
    mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
    digest: d.digest,
    size: d.size,
    platform: d.platform,
    annotations: d.annotations,
  };
}

/** Parses a manifest or an index, validating the fields the reader relies on. */
export function parseManifestDocument(bytes: Buffer, where: string, mediaTypeHint?: string): ManifestDocument {
  const doc = parseJson(bytes, where);
  const mediaType = (typeof doc.mediaType === 'string' && doc.mediaType) || mediaTypeHint || '';
  if (doc.schemaVersion === 1) throw new InputError(`${where}: Docker schema 1 manifests are not supported (re-push the image with a current client)`);
  if (Array.isArray(doc.manifests) || mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList) {
    if (!Array.isArray(doc.manifests)) throw new InputError(`${where}: index without a "manifests" array`);
    return { kind: 'index', mediaType, manifests: doc.manifests.map((m, i) => parseDescriptor(m, `${where}: manifests[${i}]`)) };
  }
  if (!doc.config) throw new InputError(`${where}: manifest without "config"`);
  if (!Array.isArray(doc.layers)) throw new InputError(`${where}: manifest without a "layers" array`);
  return {
    kind: 'manifest',
    mediaType: mediaType || MediaType.ociManifest,
    config: parseDescriptor(doc.config, `${where}: config`),
    layers: doc.layers.map((l, i) => parseDescriptor(l, `${where}: layers[${i}]`)),
  };
}

export function parsePlatform(text: string): Platform {
  const [os, architecture, variant, ...rest] = text.split('/');
  if (!os || !architecture || rest.length > 0) throw new InputError(`platform "${text}": expected os/arch[/variant], e.g. linux/amd64`);
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Picks the manifest for a platform; `linux/arm64` matches `linux/arm64/v8` when no variant is asked. */
export function selectPlatform(index: Extract<ManifestDocument, { kind: 'index' }>, wanted: Platform, where: string): Descriptor {
  const candidates = index.manifests.filter((m) => m.platform && m.platform.os === wanted.os && m.platform.architecture === wanted.architecture);
  const match = wanted.variant ? candidates.find((m) => m.platform?.variant === wanted.variant) : (candidates.find((m) => !m.platform?.variant) ?? candidates[0]);
  if (match) return match;
  const available = index.manifests
    .filter((m) => m.platform && m.platform.os !== 'unknown')
    .map((m) => formatPlatform(m.platform!));
  throw new InputError(`${where}: no image for platform ${formatPlatform(wanted)}; the index has ${available.length ? available.join(', ') : 'no platforms'}`);
}
