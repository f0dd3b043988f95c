/**
 * Random access to the members of a tar archive on disk (docker-archive, oci-archive).
 * Hand-written: tar-stream reads sequentially and exposes no offsets, and reading a multi-GB
 * archive through it once per member is far slower than walking the 512-byte headers with
 * positioned reads and opening each member as a file stream at its offset.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError } from '../util/errors.js';
import { BLOCK, checksumOk, isZeroBlock, readNumber, readString } from './tar-header.js';

export interface ArchiveMember {
  name: string;
  offset: number;
  size: number;
  type: string;
}

function normaliseName(name: string): string {
  return name.replace(/^\.\//, '').replace(/\/+$/, '');
}

export class ArchiveIndex {
  private constructor(
    readonly path: string,
    readonly display: string,
    private readonly members: Map<string, ArchiveMember>,
  ) {}

  static async build(path: string, display: string): Promise<ArchiveIndex> {
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      throw new InputError(`${display}: cannot open ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    try {
      const size = (await handle.stat()).size;
      return new ArchiveIndex(path, display, await walk(handle, size, display));
    } finally {
      await handle.close();
    }
  }

  get(name: string): ArchiveMember | undefined {
    return this.members.get(normaliseName(name));
  }

  names(): string[] {
    return [...this.members.keys()];
  }

  require(name: string, what: string): ArchiveMember {
    const member = this.get(name);
    if (!member) throw new InputError(`${this.display}: ${what} "${name}" is missing from the archive`);
    return member;
  }

  openMember(member: ArchiveMember): Readable {
    if (member.size === 0) return createReadStream(this.path, { start: 1, end: 0 });
    return createReadStream(this.path, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 });
  }

  async readMember(member: ArchiveMember, maxBytes: number, what: string): Promise<Buffer> {
    if (member.size > maxBytes) throw new InputError(`${this.display}: ${what} "${member.name}" is ${member.size} bytes, over the ${maxBytes}-byte limit for JSON documents`);
    const handle = await open(this.path, 'r');
    try {
      const buf = Buffer.alloc(member.size);
      const { bytesRead } = await handle.read(buf, 0, member.size, member.offset);
      if (bytesRead !== member.size) throw new InputError(`${this.display}: ${what} "${member.name}" is truncated`);
      return buf;
    } finally {
      await handle.close();
    }
  }
}

async function walk(handle: FileHandle, fileSize: number, display: string): Promise<Map<string, ArchiveMember>> {
  const members = new Map<string, ArchiveMember>();
  const header = Buffer.alloc(BLOCK);
  let offset = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  while (offset + BLOCK <= fileSize) {
    const { bytesRead } = await handle.read(header, 0, BLOCK, offset);
    if (bytesRead < BLOCK) break;
    if (isZeroBlock(header)) return members;
    if (!checksumOk(header)) throw new InputError(`${display}: tar header at byte ${offset} has a bad checksum (corrupt or not a tar archive)`);
    const size = readNumber(header, 124, 12);
    if (Number.isNaN(size)) throw new InputError(`${display}: tar header at byte ${offset} has an invalid size field (corrupt or not a tar archive)`);
    const typeflag = String.fromCharCode(header[156] || 48);
    const dataOffset = offset + BLOCK;
    if (dataOffset + size > fileSize) throw new InputError(`${display}: archive is truncated (member at byte ${offset} needs ${size} bytes, the file ends first)`);
    if (typeflag === 'L' || typeflag === 'x') {
      const data = Buffer.alloc(size);
      await handle.read(data, 0, size, dataOffset);
      if (typeflag === 'L') longName = readString(data, 0, size);
      else paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
    } else {
      const prefix = header.subarray(257, 262).toString() === 'ustar' ? readString(header, 345, 155) : '';
      const base = readString(header, 0, 100);
      const name = normaliseName(paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base));
      longName = paxPath = undefined;
      members.set(name, { name, offset: dataOffset, size, type: typeflag });
    }
    offset = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
  }
  if (members.size === 0) throw new InputError(`${display}: not a tar archive (no member found)`);
  throw new InputError(`${display}: archive is truncated (no end-of-archive marker)`);
}
