/**
 * A streaming tar reader for layer blobs: headers are parsed in place from the decompressor's
 * chunks and an entry's content is handed to a sink as slices of those chunks.
 *
 * Hand-written rather than tar-stream, for two reasons:
 * - Speed (issue 14): tar-stream makes a Readable per entry (listeners, end-of-stream tracking,
 *   a microtask hop per entry); over the realistic image's 11,675 entries that was ~0.4 s of the
 *   main thread's CPU, the thread that must keep both cores' gunzip fed. Measured in
 *   bench/image-reader.mjs.
 * - Fidelity: it reads what Go's archive/tar (containerd, Docker) reads. A hard link, symlink,
 *   device, directory or FIFO has no content whatever its size field says (tar-stream skipped
 *   `size` bytes, so entries hidden there were never seen, though Docker extracts them); two zero
 *   blocks end the archive, and a zero block followed by a header is refused, as Go refuses it.
 *   Bytes after the end marker must be zero: they are in the pushed blob, but no extractor lists
 *   them, so a layer that carries any is refused rather than half-read.
 */
import { Writable } from 'node:stream';
import { BLOCK, checksumOk, isZeroBlock, readNumber, readString } from './tar-header.js';

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'directory' | 'character-device' | 'block-device' | 'fifo' | 'other';

export interface TarEntryHeader {
  /** The entry's name as stored (PAX path, GNU long name, or USTAR prefix + name). */
  name: string;
  type: TarEntryType;
  /** Content bytes that follow (0 for header-only types, whatever their size field says). */
  size: number;
  mode: number;
  /** Link target of a hard link or symlink. */
  linkname: string;
  /** Offset of the entry's header in the uncompressed tar. */
  offset: number;
}

/** Receives one entry's content; a throw from either call fails the layer with that error. */
export interface TarContentSink {
  write(chunk: Buffer): void;
  end(): void;
}

export type TarEntryCallback = (header: TarEntryHeader) => TarContentSink | void;

/** Go's limit on PAX and GNU long-name records (archive/tar maxSpecialFileSize). */
const MAX_META_BYTES = 1024 * 1024;

const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);
const TYPES: Record<string, TarEntryType> = {
  '0': 'file',
  '7': 'file',
  S: 'file', // GNU sparse: extracted as a regular file
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
};

/** `checksum` and `truncated` get their own words in the layer's error; `format` is the rest. */
export class TarFormatError extends Error {
  constructor(
    message: string,
    readonly kind: 'checksum' | 'truncated' | 'format' = 'format',
  ) {
    super(message);
  }
}

type State = 'header' | 'data' | 'meta' | 'padding' | 'trailer';

export class TarParser extends Writable {
  /** Bytes of the tar seen so far. */
  position = 0;
  private state: State = 'header';
  private readonly headerBuf = Buffer.alloc(BLOCK);
  private headerFill = 0;
  private remaining = 0;
  private padding = 0;
  private sink: TarContentSink | undefined;
  private zeroBlocks = 0;
  private metaType = '';
  private meta: Buffer[] = [];
  private paxPath: string | undefined;
  private paxLinkpath: string | undefined;
  private paxSize: number | undefined;
  private longName: string | undefined;
  private longLink: string | undefined;

  /**
   * `observe` sees every chunk of the tar before it is parsed (byte limits, the diffID's hash): one
   * stage fewer in the pipeline than a separate Transform.
   */
  constructor(
    private readonly onEntry: TarEntryCallback,
    private readonly observe?: (chunk: Buffer) => void,
  ) {
    super({ highWaterMark: 1024 * 1024 });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    // Parsed in a microtask, not inside the write: the write comes from zlib's callback, which
    // queues the inflate of the next chunk only once the write returns. Deferred, the thread pool
    // inflates the next chunk while this one is parsed and scanned (10% off the scan's wall time
    // on 2 cores; one chunk of look-ahead, as the high-water mark allows).
    queueMicrotask(() => {
      try {
        this.observe?.(chunk);
        this.consume(chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    });
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.state === 'header' && this.headerFill === 0) return done();
    if (this.state === 'trailer') return done();
    done(new TarFormatError(`unexpected end of data: the tar ends inside ${this.state === 'header' ? 'a header' : 'an entry'} (at byte ${this.position})`, 'truncated'));
  }

  private consume(chunk: Buffer): void {
    let at = 0;
    const length = chunk.length;
    while (at < length) {
      switch (this.state) {
        case 'header': {
          if (this.headerFill === 0 && length - at >= BLOCK) {
            this.position += BLOCK;
            this.header(chunk, at);
            at += BLOCK;
          } else {
            const take = Math.min(BLOCK - this.headerFill, length - at);
            chunk.copy(this.headerBuf, this.headerFill, at, at + take);
            this.headerFill += take;
            at += take;
            this.position += take;
            if (this.headerFill === BLOCK) {
              this.headerFill = 0;
              this.header(this.headerBuf, 0);
            }
          }
          break;
        }
        case 'data':
        case 'meta': {
          const take = Math.min(this.remaining, length - at);
          const slice = chunk.subarray(at, at + take);
          if (this.state === 'data') this.sink?.write(slice);
          else this.meta.push(Buffer.from(slice)); // copied: small, and kept past this chunk
          at += take;
          this.position += take;
          this.remaining -= take;
          if (this.remaining === 0) this.endContent();
          break;
        }
        case 'padding': {
          const take = Math.min(this.padding, length - at);
          at += take;
          this.position += take;
          this.padding -= take;
          if (this.padding === 0) this.state = 'header';
          break;
        }
        case 'trailer': {
          const nonZero = findNonZero(chunk, at);
          if (nonZero !== -1) throw new TarFormatError(`data after the end-of-archive marker at byte ${this.position + (nonZero - at)} (content no extractor would list)`);
          this.position += length - at;
          at = length;
          break;
        }
      }
    }
  }

  /** One 512-byte header at `buf[offset]`; `this.position` is already past it. */
  private header(buf: Buffer, offset: number): void {
    const start = this.position - BLOCK;
    if (buf[offset] === 0 && isZeroBlock(buf, offset)) {
      this.zeroBlocks++;
      if (this.zeroBlocks === 2) this.state = 'trailer';
      return;
    }
    if (this.zeroBlocks > 0) throw new TarFormatError(`tar header at byte ${start} follows a zero block (Go's tar reader, which extracts layers, refuses this)`);
    if (!checksumOk(buf, offset)) throw new TarFormatError(`tar header at byte ${start} has a bad checksum (corrupt, or not a tar)`, 'checksum');
    const flag = buf[offset + 156] === 0 ? '\0' : String.fromCharCode(buf[offset + 156]!);
    const declared = readNumber(buf, offset + 124, 12);
    if (Number.isNaN(declared)) throw new TarFormatError(`tar header at byte ${start} has an invalid size field`);
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (declared > MAX_META_BYTES) throw new TarFormatError(`tar header at byte ${start}: a ${flag === 'L' || flag === 'K' ? 'GNU long name' : 'PAX'} record of ${declared} bytes (the limit is ${MAX_META_BYTES})`);
      this.metaType = flag;
      this.meta = [];
      this.beginContent(declared, 'meta');
      return;
    }
    const magic = buf.toString('latin1', offset + 257, offset + 265);
    const ustar = magic === 'ustar\u000000';
    let name = this.paxPath ?? this.longName;
    if (name === undefined) {
      const base = readString(buf, offset, 100);
      const prefix = ustar ? readString(buf, offset + 345, 155) : '';
      name = prefix ? `${prefix}/${base}` : base;
    }
    const linkname = this.paxLinkpath ?? this.longLink ?? readString(buf, offset + 157, 100);
    let size = this.paxSize ?? declared;
    this.paxPath = this.paxLinkpath = this.paxSize = this.longName = this.longLink = undefined;
    let type: TarEntryType;
    if (flag === '\0') type = name.endsWith('/') ? 'directory' : 'file';
    else type = TYPES[flag] ?? 'other';
    if (HEADER_ONLY.has(flag) || type === 'directory') size = 0;
    const mode = readNumber(buf, offset + 100, 8);
    const sink = this.onEntry({ name, type, size, mode: Number.isNaN(mode) ? 0 : mode, linkname, offset: start });
    this.sink = sink || undefined;
    this.beginContent(size, 'data');
  }

  private beginContent(size: number, state: 'data' | 'meta'): void {
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    this.remaining = size;
    this.state = state;
    if (size === 0) this.endContent();
  }

  private endContent(): void {
    if (this.state === 'data') {
      const sink = this.sink;
      this.sink = undefined;
      sink?.end();
    } else this.applyMeta(Buffer.concat(this.meta));
    this.state = this.padding > 0 ? 'padding' : 'header';
  }

  private applyMeta(data: Buffer): void {
    const at = this.position - data.length - BLOCK;
    if (this.metaType === 'L') this.longName = readString(data, 0, data.length);
    else if (this.metaType === 'K') this.longLink = readString(data, 0, data.length);
    else if (this.metaType === 'x') {
      for (const [key, value] of parsePax(data, at)) {
        if (key === 'path') this.paxPath = value;
        else if (key === 'linkpath') this.paxLinkpath = value;
        else if (key === 'size') {
          if (!/^\d{1,15}$/.test(value)) throw new TarFormatError(`tar header at byte ${at}: PAX size "${value.slice(0, 20)}" is not a size`);
          this.paxSize = Number(value);
        }
      }
    }
    // 'g' (global PAX) applies to nothing Docker reads.
  }
}

/** PAX records: `LENGTH KEY=VALUE\n`, LENGTH counting the whole record. */
function parsePax(data: Buffer, at: number): Array<[string, string]> {
  const records: Array<[string, string]> = [];
  let i = 0;
  while (i < data.length) {
    if (data[i] === 0) break; // NUL padding after the last record
    const space = data.indexOf(0x20, i);
    const length = space === -1 ? Number.NaN : Number(data.toString('latin1', i, space));
    if (!Number.isInteger(length) || length <= space - i + 1 || i + length > data.length || data[i + length - 1] !== 0x0a) {
      throw new TarFormatError(`tar header at byte ${at}: malformed PAX record at offset ${i}`);
    }
    const record = data.toString('utf8', space + 1, i + length - 1);
    const eq = record.indexOf('=');
    if (eq <= 0) throw new TarFormatError(`tar header at byte ${at}: malformed PAX record at offset ${i}`);
    records.push([record.slice(0, eq), record.slice(eq + 1)]);
    i += length;
  }
  return records;
}

function findNonZero(buf: Buffer, from: number): number {
  for (let i = from; i < buf.length; i++) if (buf[i] !== 0) return i;
  return -1;
}
