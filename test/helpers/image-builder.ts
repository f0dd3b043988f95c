/**
 * Builds real image bytes for unit tests: layer tars (tar-stream), gzip (node:zlib) and zstd (the
 * zstd CLI) blobs, and OCI layouts, OCI archives and docker-archives around them.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';

export interface TarEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  content?: string | Buffer;
  linkname?: string;
  mode?: number;
}

export type Compression = 'gzip' | 'zstd' | 'none';

export function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export async function tarBytes(entries: TarEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  for (const e of entries) {
    const type = e.type ?? 'file';
    const content = type === 'file' ? Buffer.from(e.content ?? '') : undefined;
    const header = { name: e.name, type, linkname: e.linkname, mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644), mtime: new Date(0) };
    if (content) pack.entry(header, content);
    else pack.entry(header, Buffer.alloc(0));
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export function compress(bytes: Buffer, compression: Compression): Buffer {
  if (compression === 'gzip') return gzipSync(bytes);
  if (compression === 'zstd') return execFileSync('zstd', ['-q', '-c'], { input: bytes });
  return bytes;
}

const LAYER_TYPES: Record<Compression, string> = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  none: 'application/vnd.oci.image.layer.v1.tar',
};

export interface LayerSpec {
  entries: TarEntry[];
  compression?: Compression;
  createdBy?: string;
  /** Replace the stored blob (after its digest was computed) to fake corruption. */
  corruptBlob?: (blob: Buffer) => Buffer;
  /** Replace the tar before compression (digests are computed after). */
  rawTar?: Buffer;
}

export interface ImageSpec {
  layers: LayerSpec[];
  /** Empty-layer history steps to add after the given layer index. */
  emptySteps?: Array<{ after: number; createdBy: string }>;
  env?: string[];
  platform?: { os: string; architecture: string; variant?: string };
  /** Override the config's diff_ids (e.g. to fake a mismatch). */
  diffIds?: string[];
}

export interface BuiltImage {
  blobs: Map<string, Buffer>;
  manifest: Buffer;
  manifestDigest: string;
  config: Buffer;
  configDigest: string;
  layerBlobs: Array<{ digest: string; blob: Buffer; tar: Buffer; mediaType: string }>;
}

export async function buildImage(spec: ImageSpec): Promise<BuiltImage> {
  const blobs = new Map<string, Buffer>();
  const layerBlobs: BuiltImage['layerBlobs'] = [];
  const history: object[] = [];
  for (const [i, layer] of spec.layers.entries()) {
    const tarred = layer.rawTar ?? (await tarBytes(layer.entries));
    const compression = layer.compression ?? 'gzip';
    const blob = compress(tarred, compression);
    const digest = sha256(blob);
    const stored = layer.corruptBlob ? layer.corruptBlob(blob) : blob;
    blobs.set(digest, stored);
    layerBlobs.push({ digest, blob: stored, tar: tarred, mediaType: LAYER_TYPES[compression] });
    history.push({ created_by: layer.createdBy ?? `layer ${i}` });
    for (const step of spec.emptySteps ?? []) if (step.after === i) history.push({ created_by: step.createdBy, empty_layer: true });
  }
  const platform = spec.platform ?? { os: 'linux', architecture: 'amd64' };
  const config = Buffer.from(
    JSON.stringify({
      ...platform,
      config: { Env: spec.env ?? ['PATH=/usr/bin'], Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: spec.diffIds ?? layerBlobs.map((l) => sha256(l.tar)) },
      history,
    }),
  );
  const configDigest = sha256(config);
  blobs.set(configDigest, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: layerBlobs.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.blob.length })),
    }),
  );
  const manifestDigest = sha256(manifest);
  blobs.set(manifestDigest, manifest);
  return { blobs, manifest, manifestDigest, config, configDigest, layerBlobs };
}

/** Writes an OCI layout; `images` may hold several platform images under one index. */
export function writeOciLayout(dir: string, images: BuiltImage[], options: { tag?: string; asIndex?: boolean } = {}): void {
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  for (const image of images) for (const [digest, bytes] of image.blobs) writeFileSync(join(dir, 'blobs/sha256', digest.slice(7)), bytes);
  const annotations = options.tag ? { 'org.opencontainers.image.ref.name': options.tag } : undefined;
  let top: object;
  if (options.asIndex || images.length > 1) {
    const nested = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: images.map((image) => {
          const config = JSON.parse(image.config.toString()) as { os: string; architecture: string; variant?: string };
          return {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: image.manifestDigest,
            size: image.manifest.length,
            platform: { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) },
          };
        }),
      }),
    );
    writeFileSync(join(dir, 'blobs/sha256', sha256(nested).slice(7)), nested);
    top = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: sha256(nested), size: nested.length, annotations };
  } else {
    top = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: images[0]!.manifestDigest, size: images[0]!.manifest.length, annotations };
  }
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [top] }));
}

/** A tar of the given files (an OCI archive, or a docker-archive). */
export async function writeTarOfFiles(path: string, files: Array<{ name: string; content: Buffer }>): Promise<Buffer> {
  const bytes = await tarBytes(files.map((f) => ({ name: f.name, content: f.content })));
  writeFileSync(path, bytes);
  return bytes;
}

export async function writeOciArchive(path: string, image: BuiltImage, tag = 'latest'): Promise<Buffer> {
  const files = [...image.blobs].map(([digest, content]) => ({ name: `blobs/sha256/${digest.slice(7)}`, content }));
  const index = { schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: image.manifestDigest, size: image.manifest.length, annotations: { 'org.opencontainers.image.ref.name': tag } }] };
  files.unshift({ name: 'oci-layout', content: Buffer.from('{"imageLayoutVersion":"1.0.0"}') }, { name: 'index.json', content: Buffer.from(JSON.stringify(index)) });
  return writeTarOfFiles(path, files);
}

/** The legacy `docker save` layout: manifest.json last, `<n>/layer.tar` uncompressed. */
export async function writeDockerArchive(path: string, image: BuiltImage, repoTag = 'local/test:latest'): Promise<Buffer> {
  const files = image.layerBlobs.map((l, i) => ({ name: `${i}/layer.tar`, content: l.tar }));
  files.push({ name: `${image.configDigest.slice(7)}.json`, content: image.config });
  files.push({ name: 'manifest.json', content: Buffer.from(JSON.stringify([{ Config: `${image.configDigest.slice(7)}.json`, RepoTags: [repoTag], Layers: files.slice(0, -1).map((f) => f.name) }])) });
  return writeTarOfFiles(path, files);
}
