/** oci:DIR[:TAG] and oci-archive:PATH[:TAG]: an OCI image layout, on disk or in a tar. */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { InputError } from '../../util/errors.js';
import { ArchiveIndex } from '../archive-index.js';
import { parseImageConfig } from '../config.js';
import { parseManifestDocument, selectPlatform, type Descriptor, type ManifestDocument } from '../manifest.js';
import type { Platform, ReaderLimits, ResolvedImage, SourceRef } from '../types.js';
import { ArchiveStore, blobPath, DirectoryStore, type LayoutStore } from './layout-store.js';

const REF_NAME = 'org.opencontainers.image.ref.name';

export async function resolveOciDirectory(source: SourceRef, platform: Platform, limits: ReaderLimits): Promise<ResolvedImage> {
  const dir = source.path!;
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`${source.display}: ${dir} is not a directory holding an OCI image layout`);
  return resolveLayout(new DirectoryStore(dir, source.display), source, platform, limits);
}

export async function resolveOciArchive(source: SourceRef, platform: Platform, limits: ReaderLimits): Promise<ResolvedImage> {
  const archive = await ArchiveIndex.build(source.path!, source.display);
  return resolveLayout(new ArchiveStore(archive, source.display), source, platform, limits);
}

async function readVerified(store: LayoutStore, descriptor: Descriptor, limits: ReaderLimits, what: string): Promise<Buffer> {
  const bytes = await store.readFile(blobPath(descriptor.digest), limits.maxJsonBytes, what);
  const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (actual !== descriptor.digest) throw new InputError(`${store.display}: ${what} digest mismatch: expected ${descriptor.digest}, the bytes hash to ${actual}`);
  return bytes;
}

function pickFromLayoutIndex(index: Extract<ManifestDocument, { kind: 'index' }>, source: SourceRef): Descriptor {
  if (source.tag) {
    const match = index.manifests.find((m) => m.annotations?.[REF_NAME] === source.tag);
    if (match) return match;
    const tags = index.manifests.map((m) => m.annotations?.[REF_NAME]).filter(Boolean);
    throw new InputError(`${source.display}: no image tagged "${source.tag}" in the layout (tags: ${tags.length ? tags.join(', ') : 'none'})`);
  }
  if (index.manifests.length === 1) return index.manifests[0]!;
  if (index.manifests.length === 0) throw new InputError(`${source.display}: the layout's index.json lists no image`);
  const tags = index.manifests.map((m) => m.annotations?.[REF_NAME] ?? m.digest);
  throw new InputError(`${source.display}: the layout holds ${index.manifests.length} images; name one with :TAG (${tags.join(', ')})`);
}

async function resolveLayout(store: LayoutStore, source: SourceRef, platform: Platform, limits: ReaderLimits): Promise<ResolvedImage> {
  if (!(await store.exists('oci-layout'))) throw new InputError(`${source.display}: not an OCI image layout (no oci-layout file)`);
  const top = parseManifestDocument(await store.readFile('index.json', limits.maxJsonBytes, 'index'), `${source.display}: index.json`);
  if (top.kind !== 'index') throw new InputError(`${source.display}: index.json is not an image index`);
  let descriptor = pickFromLayoutIndex(top, source);
  let manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
  let doc = parseManifestDocument(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
  if (doc.kind === 'index') {
    descriptor = selectPlatform(doc, platform, `${source.display}: index ${descriptor.digest}`);
    manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
    doc = parseManifestDocument(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
  }
  if (doc.kind !== 'manifest') throw new InputError(`${source.display}: nested indexes are not supported`);
  const configBytes = await readVerified(store, doc.config, limits, 'config');
  const config = parseImageConfig(configBytes, source.display);
  for (const layer of doc.layers) {
    if (!(await store.exists(blobPath(layer.digest)))) throw new InputError(`${source.display}: layer blob ${layer.digest} is missing from the layout`);
  }
  return {
    source,
    digest: descriptor.digest,
    manifestMediaType: doc.mediaType,
    manifestBytes,
    platform: config.os ? { os: config.os, architecture: config.architecture } : platform,
    configDigest: doc.config.digest,
    configBytes,
    layers: doc.layers.map((layer, index) => ({
      index,
      digest: layer.digest,
      size: layer.size,
      mediaType: layer.mediaType,
      diffId: config.diffIds[index],
      digestFromManifest: true,
      open: () => store.openFile(blobPath(layer.digest)),
    })),
    close: async () => {},
  };
}

