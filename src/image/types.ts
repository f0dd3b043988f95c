/**
 * The image reader's public types. Every transport resolves a reference into a ResolvedImage
 * (manifest, config and openable layer blobs); the reader turns that into an OpenedImage that
 * streams each layer's tar entries with whiteouts accounted for.
 */
import type { Readable } from 'node:stream';
import type { TarContentSink } from './tar-parser.js';
import type { Logger } from '../util/logger.js';

export type Transport = 'docker-archive' | 'oci' | 'oci-archive' | 'docker-daemon' | 'docker';

export interface SourceRef {
  transport: Transport;
  /** The text after the transport prefix, as the user wrote it. */
  reference: string;
  /** Path on disk (archives and layouts) or engine/registry reference. */
  path?: string;
  /** Tag or reference inside an OCI layout/archive, or the image inside a multi-image docker-archive. */
  tag?: string;
  /** The full source string, for messages: `oci:/tmp/layout:v1`. */
  display: string;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface ReaderLimits {
  /** Most bytes one layer may decompress to (default 8 GiB). */
  maxLayerBytes: number;
  /** Most decompressed/compressed ratio once a layer has produced `ratioFloorBytes` (default 200). */
  maxRatio: number;
  /** Below this many decompressed bytes the ratio is not checked (default 64 MiB). */
  ratioFloorBytes: number;
  /** Most bytes of a JSON document (manifest, index, config) (default 8 MiB). */
  maxJsonBytes: number;
}

export interface RegistryOptions {
  /** Registries (host[:port]) that may be reached over plain HTTP besides loopback ones. */
  insecureRegistries?: string[];
  /** Path of the docker config file (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json). */
  dockerConfigPath?: string;
  /** Extra CA certificates (PEM) to trust for registry TLS. */
  caCertificates?: string[];
  /**
   * Explicit credentials, for the one registry `credentialHost` names only (there taking
   * precedence over the docker config); no other registry or token service ever sees them.
   */
  username?: string;
  password?: string;
  /**
   * The registry host (host[:port] as in references; Docker Hub's aliases are one) the explicit
   * username/password are bound to, as docker/login-action's `registry` input. When undefined the
   * stage binds them (`bindCredentials`): a push to the host of its first destination, a read to
   * the host of a docker:// source; with neither, nothing gets them.
   */
  credentialHost?: string;
  /** Token for ghcr.io only, when no other credential is configured for it (GITHUB_TOKEN). */
  githubToken?: string;
  /** Attempts for retryable registry errors (default 4). */
  retries?: number;
  /** First backoff delay in ms (default 500). */
  backoffMs?: number;
}

export interface ReadOptions {
  /** os/arch[/variant]; default linux/amd64. */
  platform?: string;
  limits?: Partial<ReaderLimits>;
  registry?: RegistryOptions;
  logger?: Logger;
  /** Where a docker-daemon source spools `docker save` (default: os.tmpdir()). */
  tempDir?: string;
}

/** A layer blob as the transport has it: compressed or not, openable as a stream. */
export interface LayerBlob {
  index: number;
  /** Digest of the blob as stored (compressed bytes), `sha256:...`. */
  digest: string;
  /** Size of the blob as stored, when known. */
  size?: number;
  mediaType?: string;
  /** The uncompressed digest from config.rootfs.diff_ids, when the config lists it. */
  diffId?: string;
  /**
   * True when `digest` comes from a content-addressed manifest (OCI layout, registry): a blob
   * matching it is authenticated, and a compressed layer's diffID is not recomputed.
   */
  digestFromManifest?: boolean;
  open(): Promise<Readable>;
}

export interface ResolvedImage {
  source: SourceRef;
  /** Digest of the manifest the image was read from; for docker-archive the config digest (image ID). */
  digest: string;
  manifestMediaType?: string;
  manifestBytes?: Buffer;
  platform: Platform;
  configDigest: string;
  configBytes: Buffer;
  layers: LayerBlob[];
  /** For docker-daemon sources: the spooled `docker save` archive, reopenable as docker-archive. */
  spooledArchive?: string;
  /** Releases temp files and connections. */
  close(): Promise<void>;
}

export interface HistoryEntry {
  created?: string;
  createdBy: string;
  emptyLayer: boolean;
  comment?: string;
  /** Index of the layer this step created; undefined for empty-layer steps. */
  layerIndex?: number;
}

export interface ImageConfig {
  env: string[];
  labels: Record<string, string>;
  entrypoint: string[] | null;
  cmd: string[] | null;
  user: string;
  workingDir: string;
  exposedPorts: string[];
  healthcheck: { test: string[]; interval?: number; timeout?: number; retries?: number } | null;
  history: HistoryEntry[];
  diffIds: string[];
  os: string;
  architecture: string;
  /** The config document as parsed. */
  raw: Record<string, unknown>;
}

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface LayerEntry {
  /** Normalised absolute path: `/etc/passwd`; directories without trailing slash; root is `/`. */
  path: string;
  type: EntryType;
  size: number;
  mode: number;
  /** Symlink or hard-link target (hard links normalised to absolute paths). */
  linkTarget?: string;
  layerIndex: number;
}

export interface LayerSummary {
  index: number;
  digest: string;
  diffId?: string;
  size?: number;
  mediaType?: string;
  createdBy?: string;
}

/**
 * Called for each entry of a layer, synchronously, in tar order. To read a file's content, return a
 * sink: its `write` gets the content as slices of the stream's chunks (never reused) and its `end`
 * is called after the last byte. A throw from any of the three fails the layer read.
 */
export type EntryHandler = (entry: LayerEntry) => EntryContentSink | void;

/** The tar parser's content sink, under the reader's name. */
export type EntryContentSink = TarContentSink;

/** What one layer holds, as plain data (serialisable across worker threads). */
export interface LayerListing {
  index: number;
  entries: Array<{ path: string; type: EntryType }>;
  /** Paths whited out by `.wh.NAME` markers. */
  whiteouts: string[];
  /** Directories marked opaque by `.wh..wh..opq`. */
  opaqueDirs: string[];
  /** Uncompressed size of the layer tar. */
  bytes: number;
}
