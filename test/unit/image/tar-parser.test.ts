/**
 * The layer tar parser against real tar writers (GNU tar in its gnu, pax, ustar and v7 formats,
 * and tar-stream's packer), fed in awkward chunk sizes, compared entry by entry with what
 * tar-stream's extractor lists; then the places where it follows Go's archive/tar (what Docker and
 * containerd extract with) and tar-stream did not, and malformed input.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, linkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as tarStream from 'tar-stream';
import { TarFormatError, TarParser, type TarEntryHeader } from '../../../src/image/tar-parser.js';
import { readNumber } from '../../../src/image/tar-header.js';
import { scanImage } from '../../../src/scan/scan-image.js';
import { fixturePath } from '../../helpers/engine.js';
import { buildImage, tarBytes, writeOciLayout } from '../../helpers/image-builder.js';

const work = mkdtempSync(join(tmpdir(), 'tar-parser-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Seen {
  name: string;
  type: string;
  size: number;
  linkname: string;
  sha: string;
}

/** Everything the parser reports, feeding `bytes` in chunks of `chunkSize`. */
async function parse(bytes: Buffer, chunkSize = bytes.length): Promise<Seen[]> {
  const seen: Seen[] = [];
  const parser = new TarParser((header: TarEntryHeader) => {
    const hash = createHash('sha256');
    let size = 0;
    return {
      write: (chunk) => {
        hash.update(chunk);
        size += chunk.length;
      },
      end: () => seen.push({ name: header.name.replace(/\/$/, ''), type: header.type, size, linkname: header.linkname, sha: hash.digest('hex') }),
    };
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('finish', resolve);
    parser.on('error', reject);
    for (let i = 0; i < bytes.length; i += chunkSize) parser.write(bytes.subarray(i, Math.min(bytes.length, i + chunkSize)));
    parser.end();
  });
  return seen;
}

const STREAM_TYPES: Record<string, string> = { file: 'file', 'contiguous-file': 'file', directory: 'directory', symlink: 'symlink', link: 'hardlink' };

/** What tar-stream's extractor lists for the same bytes, in the same shape. */
async function parseWithTarStream(bytes: Buffer): Promise<Seen[]> {
  const seen: Seen[] = [];
  // v7 headers have no magic: tar-stream reads them only when told to (its types lack the option).
  const extract = tarStream.extract({ allowUnknownFormat: true } as Parameters<typeof tarStream.extract>[0]);
  extract.on('entry', (header, stream, next) => {
    const hash = createHash('sha256');
    let size = 0;
    stream.on('data', (c) => {
      if (!Buffer.isBuffer(c)) throw new Error('tar-stream gave a non-Buffer chunk');
      hash.update(c);
      size += c.length;
    });
    stream.on('end', () => {
      seen.push({ name: header.name.replace(/\/$/, ''), type: STREAM_TYPES[header.type ?? 'file'] ?? 'other', size, linkname: header.linkname ?? '', sha: hash.digest('hex') });
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve);
    extract.on('error', reject);
    extract.end(bytes);
  });
  return seen;
}

/** A tree with what the formats differ on: names past 100 and 255 bytes, long link targets, hard links, non-ASCII, sizes around the block size. */
function makeTree(): string {
  const root = join(work, 'tree');
  const deep = join(root, 'd'.repeat(90), 'e'.repeat(90), 'f'.repeat(90));
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(root, 'empty'), '');
  writeFileSync(join(root, 'block'), 'b'.repeat(512));
  writeFileSync(join(root, 'block-plus-one'), 'c'.repeat(513));
  writeFileSync(join(deep, `${'g'.repeat(120)}.txt`), 'a file under a 400-byte path\n');
  writeFileSync(join(root, 'naïve-日本.txt'), 'non-ASCII name\n');
  writeFileSync(join(root, 'big.bin'), Buffer.alloc(300_000, 7));
  mkdirSync(join(root, 'p'.repeat(80)));
  writeFileSync(join(root, 'p'.repeat(80), `${'q'.repeat(80)}.txt`), 'a 170-byte path: USTAR splits it into prefix and name\n');
  symlinkSync(`../${'t'.repeat(150)}/target`, join(root, 'long-link'));
  linkSync(join(root, 'block'), join(root, 'hard'));
  return root;
}

describe('against real tar writers', () => {
  const root = makeTree();
  // v7 cannot hold names past 100 bytes: it gets the short part of the tree.
  const formats: Array<[string, string[]]> = [
    ['gnu', ['.']],
    ['pax', ['.']],
    ['ustar', ['empty', 'block', 'block-plus-one', 'naïve-日本.txt', 'big.bin', 'hard', 'p'.repeat(80)]],
    ['v7', ['empty', 'block', 'block-plus-one', 'big.bin', 'hard']],
  ];
  for (const [format, members] of formats) {
    test(`GNU tar --format=${format}: the same entries, content and links as tar-stream lists, in chunks of 1 to 1 MiB`, async () => {
      const bytes = execFileSync('tar', ['-c', `--format=${format}`, '-C', root, ...members], { maxBuffer: 64 * 1024 * 1024 });
      const expected = await parseWithTarStream(bytes);
      expect(expected.length).toBeGreaterThan(4);
      for (const chunk of [1, 7, 511, 512, 513, 4096, 1024 * 1024]) expect(await parse(bytes, chunk)).toEqual(expected);
      const names = expected.map((e) => e.name);
      if (format === 'gnu' || format === 'pax') expect(names).toContain(`./${'d'.repeat(90)}/${'e'.repeat(90)}/${'f'.repeat(90)}/${'g'.repeat(120)}.txt`);
      if (format === 'ustar') expect(names).toContain(`${'p'.repeat(80)}/${'q'.repeat(80)}.txt`);
    });
  }

  test("tar-stream's own packer (PAX headers for long names), the helper every image test uses", async () => {
    const bytes = await tarBytes([
      { name: 'app/', type: 'directory' },
      { name: `app/${'x'.repeat(200)}.js`, content: 'long name' },
      { name: 'app/link', type: 'symlink', linkname: 'x'.repeat(300) },
    ]);
    expect(await parse(bytes, 100)).toEqual(await parseWithTarStream(bytes));
  });
});

/** One ustar header block with a valid checksum (GNU tar cannot write the hostile ones). */
function header(fields: { name: string; type: string; size?: number; linkname?: string }): Buffer {
  const block = Buffer.alloc(512);
  block.write(fields.name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'latin1');
  block.write('0000000\0', 108, 'latin1');
  block.write('0000000\0', 116, 'latin1');
  block.write(`${(fields.size ?? 0).toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  block.write('00000000000\0', 136, 'latin1');
  block.write(fields.type, 156, 'latin1');
  if (fields.linkname) block.write(fields.linkname, 157, 100, 'utf8');
  block.write('ustar\u000000', 257, 'latin1');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

const padded = (content: string) => {
  const data = Buffer.from(content);
  return Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
};
const END = Buffer.alloc(1024);

describe("Go's archive/tar semantics", () => {
  const secret = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
  // A symlink whose size field claims the next 2 blocks: Go (and so Docker) reads no content for
  // a symlink and extracts the file whose header sits there; a reader honouring the size skips it.
  const hiding = Buffer.concat([header({ name: 'etc/innocent', type: '2', size: 1024, linkname: '/dev/null' }), header({ name: 'etc/hidden.env', type: '0', size: 49 }), padded(`GITHUB_TOKEN=${secret}\n`), END]);

  test('a symlink, hard link, device, directory or FIFO has no content whatever its size field says', async () => {
    const seen = await parse(hiding, 300);
    expect(seen.map((e) => [e.name, e.type, e.size])).toEqual([
      ['etc/innocent', 'symlink', 0],
      ['etc/hidden.env', 'file', 49],
    ]);
    // tar-stream, the reader before this one, never saw the hidden file.
    expect((await parseWithTarStream(hiding)).map((e) => e.name)).toEqual(['etc/innocent']);
  });

  test('the scan finds a secret in a file hidden behind a symlink that claims a size', async () => {
    const dir = join(work, 'hiding-layout');
    writeOciLayout(dir, [await buildImage({ layers: [{ entries: [], rawTar: hiding }] })]);
    const report = await scanImage(`oci:${dir}`);
    expect(report.findings.map((f) => f.path)).toEqual(['/etc/hidden.env']);
    expect(JSON.stringify(report)).not.toContain(secret);
  });

  test('two zero blocks end the archive; zero padding after them is fine', async () => {
    const bytes = Buffer.concat([header({ name: 'a', type: '0', size: 1 }), padded('x'), END, Buffer.alloc(8192)]);
    expect((await parse(bytes, 1000)).map((e) => e.name)).toEqual(['a']);
  });

  test('an archive that just stops at a block boundary, with no end marker, is read (Go reads it too)', async () => {
    const bytes = Buffer.concat([header({ name: 'a', type: '0', size: 1 }), padded('x')]);
    expect((await parse(bytes)).map((e) => e.name)).toEqual(['a']);
  });

  test('data after the end marker is refused: it is in the blob, but no extractor lists it', async () => {
    const bytes = Buffer.concat([header({ name: 'a', type: '0', size: 1 }), padded('x'), END, header({ name: 'after-the-end', type: '0', size: 1 }), padded('y')]);
    await expect(parse(bytes, 700)).rejects.toThrow(/data after the end-of-archive marker at byte 2048/);
  });

  test('a header after a single zero block is refused, as Go refuses it', async () => {
    const bytes = Buffer.concat([header({ name: 'a', type: '0', size: 0 }), Buffer.alloc(512), header({ name: 'b', type: '0', size: 0 }), END]);
    await expect(parse(bytes)).rejects.toThrow(/tar header at byte 1024 follows a zero block/);
  });
});

describe('malformed tars', () => {
  test('a bad checksum names the header offset', async () => {
    const bad = header({ name: 'b', type: '0', size: 0 });
    bad[0] = 0x42; // changes the sum, not the stored checksum
    const bytes = Buffer.concat([header({ name: 'a', type: '0', size: 1 }), padded('x'), bad, END]);
    const error = await parse(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TarFormatError);
    expect((error as Error).message).toBe('tar header at byte 1024 has a bad checksum (corrupt, or not a tar)');
  });

  test('a tar that ends inside an entry or a header is truncated', async () => {
    const whole = Buffer.concat([header({ name: 'a', type: '0', size: 2000 }), padded('x'.repeat(2000)), END]);
    await expect(parse(whole.subarray(0, 1500), 100)).rejects.toThrow(/unexpected end of data: the tar ends inside an entry \(at byte 1500\)/);
    await expect(parse(whole.subarray(0, 300))).rejects.toThrow(/ends inside a header/);
  });

  test('PAX records: path and size applied; malformed and oversized records refused', async () => {
    const record = (key: string, value: string) => {
      const body = ` ${key}=${value}\n`;
      let length = body.length + 1;
      while (`${length}${body}`.length !== length) length++;
      return `${length}${body}`;
    };
    const pax = (text: string, size = Buffer.byteLength(text)) => Buffer.concat([header({ name: 'PaxHeaders/x', type: 'x', size }), padded(text)]);
    const good = Buffer.concat([pax(record('path', 'really/long/' + 'p'.repeat(150))), header({ name: 'short', type: '0', size: 3 }), padded('abc'), END]);
    expect((await parse(good, 33)).map((e) => [e.name, e.size])).toEqual([[`really/long/${'p'.repeat(150)}`, 3]]);
    await expect(parse(Buffer.concat([pax('99 path=abc\n'), END]))).rejects.toThrow(/malformed PAX record/);
    await expect(parse(Buffer.concat([pax(record('size', '-5')), header({ name: 'f', type: '0' }), END]))).rejects.toThrow(/PAX size "-5" is not a size/);
    await expect(parse(Buffer.concat([header({ name: 'PaxHeaders/x', type: 'x', size: 2 * 1024 * 1024 }), END]))).rejects.toThrow(/a PAX record of 2097152 bytes \(the limit is 1048576\)/);
  });

  test('number fields: octal with either padding, GNU base-256, garbage refused', () => {
    const field = (bytes: number[] | string) => (typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes));
    expect(readNumber(field('00000001750\0'), 0, 12)).toBe(1000);
    expect(readNumber(field('     1750 \0\0'), 0, 12)).toBe(1000);
    expect(readNumber(field([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0, 0]), 0, 12)).toBe(2 * 65536);
    expect(readNumber(field('12x4\0'), 0, 5)).toBeNaN();
    expect(readNumber(field([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 0, 8)).toBeNaN();
  });
});

test("the realistic image's third layer (npm packages, ~2,000 entries): the same listing as tar-stream", async () => {
  const dir = join(fixturePath('realistic-oci'), 'blobs/sha256');
  const names = execFileSync('ls', ['-S', dir], { encoding: 'utf8' }).trim().split('\n');
  const bytes = gunzipSync(readFileSync(join(dir, names[2]!)));
  const expected = await parseWithTarStream(bytes);
  expect(expected.length).toBeGreaterThan(100);
  expect(await parse(bytes, 65_536)).toEqual(expected);
});
