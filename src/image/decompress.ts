/**
 * Layer decompression told apart by magic bytes (media types lie in the wild): gzip, zstd or a
 * plain tar. zstd uses node:zlib where the running Node has it (22.15+, 24), fzstd otherwise.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import { Decompress as FzstdDecompress } from 'fzstd';

export type Compression = 'gzip' | 'zstd' | 'none';

export function detectCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

type ZlibWithZstd = typeof zlib & { createZstdDecompress?: () => Transform };

/** A pure-JS zstd stream for Node versions without zlib's. */
class FzstdStream extends Transform {
  private readonly decoder = new FzstdDecompress((chunk) => this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.decoder.push(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      this.decoder.push(new Uint8Array(0), true);
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

/**
 * zlib's output chunk: 1 MiB rather than the default 16 KiB or 128 KiB means a few hundred
 * callbacks into JavaScript per layer instead of thousands (bench/scan.mjs measures the sizes
 * for its floor; from 256 KiB up they cost about the same).
 */
export const DECOMPRESS_CHUNK = 1024 * 1024;

export function createDecompressor(kind: Compression): Transform | null {
  if (kind === 'gzip') return zlib.createGunzip({ chunkSize: DECOMPRESS_CHUNK });
  if (kind === 'zstd') {
    const native = (zlib as ZlibWithZstd).createZstdDecompress;
    return native ? native() : new FzstdStream();
  }
  return null;
}

/** Reads the first bytes of a stream without consuming them (they are unshifted back). */
export function peek(stream: Readable, bytes = 4): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onReadable = () => {
      const chunk: Buffer | null = stream.read();
      if (chunk === null) return;
      cleanup();
      stream.unshift(chunk);
      resolve(chunk.subarray(0, bytes));
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.alloc(0));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
