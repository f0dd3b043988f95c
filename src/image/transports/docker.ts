/** docker://REF: an image in a registry, read over the OCI distribution API. */
import { createHash } from 'node:crypto';
import { InputError } from '../../util/errors.js';
import { silentLogger } from '../../util/logger.js';
import { RegistryClient } from '../../registry/client.js';
import { bindCredentials } from '../../registry/credentials.js';
import { parseImageReference } from '../../registry/reference.js';
import { manifestAcceptTypes, parseManifestDocument, parsePlatform, selectPlatform } from '../manifest.js';
import { parseImageConfig } from '../config.js';
import type { ReadOptions, ReaderLimits, ResolvedImage, SourceRef } from '../types.js';

export async function resolveRegistryImage(source: SourceRef, options: ReadOptions & { limits: ReaderLimits }): Promise<ResolvedImage> {
  const ref = parseImageReference(source.reference);
  // Explicit credentials not bound by the stage are for the registry read from.
  const client = new RegistryClient(ref.registry, bindCredentials(options.registry, ref.registry), options.logger ?? silentLogger);
  const where = source.display;
  try {
    let fetched = await client.getManifest(ref.repository, ref.digest ?? ref.tag!, manifestAcceptTypes);
    let doc = parseManifestDocument(fetched.bytes, `${where}: manifest`, fetched.mediaType);
    if (doc.kind === 'index') {
      const chosen = selectPlatform(doc, parsePlatform(options.platform ?? 'linux/amd64'), `${where}: index`);
      fetched = await client.getManifest(ref.repository, chosen.digest, manifestAcceptTypes);
      doc = parseManifestDocument(fetched.bytes, `${where}: manifest ${chosen.digest}`, fetched.mediaType || chosen.mediaType);
    }
    if (doc.kind !== 'manifest') throw new InputError(`${where}: nested indexes are not supported`);
    const configStream = await client.getBlob(ref.repository, doc.config.digest);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of configStream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > options.limits.maxJsonBytes) throw new InputError(`${where}: config is over the ${options.limits.maxJsonBytes}-byte JSON limit`);
      chunks.push(chunk);
    }
    const configBytes = Buffer.concat(chunks);
    const configDigest = `sha256:${createHash('sha256').update(configBytes).digest('hex')}`;
    if (configDigest !== doc.config.digest) throw new InputError(`${where}: config digest mismatch: the manifest says ${doc.config.digest}, the bytes hash to ${configDigest}`);
    const config = parseImageConfig(configBytes, where);
    return {
      source,
      digest: fetched.digest,
      manifestMediaType: doc.mediaType,
      manifestBytes: fetched.bytes,
      platform: { os: config.os, architecture: config.architecture },
      configDigest,
      configBytes,
      layers: doc.layers.map((layer, index) => ({
        index,
        digest: layer.digest,
        size: layer.size,
        mediaType: layer.mediaType,
        diffId: config.diffIds[index],
        digestFromManifest: true,
        open: () => client.getBlob(ref.repository, layer.digest),
      })),
      close: async () => client.close(),
    };
  } catch (error) {
    client.close();
    throw error;
  }
}
