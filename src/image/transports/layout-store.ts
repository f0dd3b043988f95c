/** Files of an OCI image layout, from a directory (oci:) or from a tar archive (oci-archive:). */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from '../../util/errors.js';
import { ArchiveIndex } from '../archive-index.js';

export interface LayoutStore {
  display: string;
  exists(relPath: string): Promise<boolean>;
  size(relPath: string): Promise<number | undefined>;
  readFile(relPath: string, maxBytes: number, what: string): Promise<Buffer>;
  openFile(relPath: string): Promise<Readable>;
}

export class DirectoryStore implements LayoutStore {
  constructor(
    readonly dir: string,
    readonly display: string,
  ) {}

  async exists(relPath: string): Promise<boolean> {
    return (await this.size(relPath)) !== undefined;
  }

  async size(relPath: string): Promise<number | undefined> {
    try {
      return (await stat(join(this.dir, relPath))).size;
    } catch {
      return undefined;
    }
  }

  async readFile(relPath: string, maxBytes: number, what: string): Promise<Buffer> {
    const size = await this.size(relPath);
    if (size === undefined) throw new InputError(`${this.display}: ${what} ${relPath} is missing`);
    if (size > maxBytes) throw new InputError(`${this.display}: ${what} ${relPath} is ${size} bytes, over the ${maxBytes}-byte JSON limit`);
    const handle = await open(join(this.dir, relPath), 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  async openFile(relPath: string): Promise<Readable> {
    if (!(await this.exists(relPath))) throw new InputError(`${this.display}: blob ${relPath} is missing`);
    return createReadStream(join(this.dir, relPath), { highWaterMark: 1024 * 1024 });
  }
}

export class ArchiveStore implements LayoutStore {
  constructor(
    readonly archive: ArchiveIndex,
    readonly display: string,
  ) {}

  async exists(relPath: string): Promise<boolean> {
    return this.archive.get(relPath) !== undefined;
  }

  async size(relPath: string): Promise<number | undefined> {
    return this.archive.get(relPath)?.size;
  }

  async readFile(relPath: string, maxBytes: number, what: string): Promise<Buffer> {
    return this.archive.readMember(this.archive.require(relPath, what), maxBytes, what);
  }

  async openFile(relPath: string): Promise<Readable> {
    return this.archive.openMember(this.archive.require(relPath, 'blob'));
  }
}

export function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return `blobs/${algorithm}/${hex}`;
}
