/**
 * docker-archive:PATH[:REF]: a `docker save` tarball, in the legacy layout (manifest.json with
 * `<id>/layer.tar`) or the one Docker 25+ writes (the same manifest.json pointing into an OCI
 * layout's blobs). Both are read through manifest.json.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../../util/errors.js';
import { ArchiveIndex } from '../archive-index.js';
import { parseImageConfig } from '../config.js';
import type { Platform, ReaderLimits, ResolvedImage, SourceRef } from '../types.js';

interface ArchiveManifestEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

function pickImage(entries: ArchiveManifestEntry[], source: SourceRef): ArchiveManifestEntry {
  if (entries.length === 0) throw new InputError(`${source.display}: manifest.json lists no image`);
  const tags = entries.flatMap((e) => e.RepoTags ?? []);
  if (!source.tag) {
    if (entries.length === 1) return entries[0]!;
    throw new InputError(`${source.display}: the archive holds ${entries.length} images; name one as docker-archive:PATH:REF (${tags.join(', ')})`);
  }
  const lastPart = source.tag.slice(source.tag.lastIndexOf('/') + 1);
  const wanted = lastPart.includes(':') ? source.tag : `${source.tag}:latest`;
  const match = entries.find((e) => (e.RepoTags ?? []).some((t) => t === wanted || t === `docker.io/${wanted}` || t === `docker.io/library/${wanted}`));
  if (match) return match;
  throw new InputError(`${source.display}: no image tagged "${wanted}" in the archive (tags: ${tags.join(', ') || 'none'})`);
}

function parseArchiveManifest(bytes: Buffer, display: string): ArchiveManifestEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new InputError(`${display}: manifest.json is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new InputError(`${display}: manifest.json is not a list of images`);
  value.forEach((e: Partial<ArchiveManifestEntry>, i) => {
    if (typeof e?.Config !== 'string' || !Array.isArray(e.Layers)) throw new InputError(`${display}: manifest.json entry ${i} lacks Config or Layers`);
  });
  return value as ArchiveManifestEntry[];
}

/** `blobs/sha256/HEX` names carry their digest; legacy `ID/layer.tar` ones do not. */
function digestFromName(name: string): string | undefined {
  const m = /(?:^|\/)blobs\/sha256\/([0-9a-f]{64})$/.exec(name) ?? /^([0-9a-f]{64})\.json$/.exec(name);
  return m ? `sha256:${m[1]}` : undefined;
}

export async function resolveDockerArchive(source: SourceRef, platform: Platform, limits: ReaderLimits, archivePath = source.path!): Promise<ResolvedImage> {
  const archive = await ArchiveIndex.build(archivePath, source.display);
  const manifestMember = archive.get('manifest.json');
  if (!manifestMember) throw new InputError(`${source.display}: not a docker-archive (no manifest.json; for an OCI archive use oci-archive:)`);
  const entry = pickImage(parseArchiveManifest(await archive.readMember(manifestMember, limits.maxJsonBytes, 'manifest.json'), source.display), source);
  const configBytes = await archive.readMember(archive.require(entry.Config, 'config'), limits.maxJsonBytes, 'config');
  const configDigest = `sha256:${createHash('sha256').update(configBytes).digest('hex')}`;
  const named = digestFromName(entry.Config);
  if (named && named !== configDigest) throw new InputError(`${source.display}: config ${entry.Config} digest mismatch: its name says ${named}, the bytes hash to ${configDigest}`);
  const config = parseImageConfig(configBytes, source.display);
  if (config.diffIds.length && config.diffIds.length !== entry.Layers.length) {
    throw new InputError(`${source.display}: manifest.json lists ${entry.Layers.length} layers but the config lists ${config.diffIds.length} diff_ids`);
  }
  const layers = entry.Layers.map((name, index) => {
    const member = archive.require(name, `layer ${index}`);
    return {
      index,
      // Legacy layers are stored uncompressed, so the blob is the tar and its digest the diffID.
      digest: digestFromName(name) ?? config.diffIds[index] ?? '',
      size: member.size,
      diffId: config.diffIds[index],
      open: async () => archive.openMember(member),
    };
  });
  return {
    source,
    digest: configDigest,
    platform: config.os ? { os: config.os, architecture: config.architecture } : platform,
    configDigest,
    configBytes,
    layers,
    close: async () => {},
  };
}
