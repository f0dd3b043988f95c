/** Each kind of bad input gets its own clear error naming the source and, where it applies, the layer. */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openImage } from '../../../src/image/reader.js';
import { parseSource } from '../../../src/image/source.js';
import type { ReadOptions } from '../../../src/image/types.js';
import { InputError } from '../../../src/util/errors.js';
import { buildImage, sha256, tarBytes, writeDockerArchive, writeOciArchive, writeOciLayout, type ImageSpec } from '../../helpers/image-builder.js';

const work = mkdtempSync(join(tmpdir(), 'malformed-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;
const fresh = (name: string) => join(work, `${counter++}-${name}`);

const simple: ImageSpec = { layers: [{ entries: [{ name: 'app/', type: 'directory' }, { name: 'app/main.js', content: 'console.log(1)' }] }] };

/** Opens and reads every layer; resolves with the error it threw, after checking it is an InputError naming the source. */
async function readError(source: string, options: ReadOptions = {}): Promise<Error> {
  let thrown: unknown;
  try {
    const image = await openImage(source, options);
    try {
      await image.readAll();
    } finally {
      await image.close();
    }
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error(`${source} was read without an error`);
  expect(thrown).toBeInstanceOf(InputError);
  expect((thrown as Error).message.startsWith(`${source}: `)).toBe(true);
  return thrown as Error;
}

async function layoutWith(spec: ImageSpec): Promise<string> {
  const dir = fresh('layout');
  writeOciLayout(dir, [await buildImage(spec)]);
  return `oci:${dir}`;
}

function layerSpec(entries: Parameters<typeof tarBytes>[0]): ImageSpec {
  return { layers: [{ entries }] };
}

describe('malformed images: each an InputError that starts with the source', () => {
  test('a truncated docker-archive', async () => {
    const path = fresh('docker.tar');
    const bytes = await writeDockerArchive(path, await buildImage(simple));
    truncateSync(path, Math.floor(bytes.length / 2) + 100);
    const error = await readError(`docker-archive:${path}`);
    expect(error.message).toMatch(/: archive is truncated/);
  });

  test('corrupt gzip data in a layer names the layer and the compression', async () => {
    const source = await layoutWith({ layers: [{ ...simple.layers[0]!, corruptBlob: (b) => Buffer.concat([b.subarray(0, 20), Buffer.alloc(40, 0x41), b.subarray(60)]) }] });
    const error = await readError(source);
    expect(error.message).toMatch(/layer 0 \(sha256:[0-9a-f]{64}\): corrupt or truncated gzip data/);
  });

  test('corrupt zstd data in a layer', async () => {
    const source = await layoutWith({ layers: [{ ...simple.layers[0]!, compression: 'zstd', corruptBlob: (b) => Buffer.concat([b.subarray(0, 12), Buffer.alloc(30, 0xff), b.subarray(42)]) }] });
    const error = await readError(source);
    expect(error.message).toMatch(/layer 0 .*: corrupt or truncated zstd data/);
  });

  test('a layer blob whose bytes do not match the manifest digest', async () => {
    // Same length, valid gzip of other content: only the digest check can catch it.
    const other = gzipSync(await tarBytes([{ name: 'evil', content: 'x' }]));
    const source = await layoutWith({ layers: [{ ...simple.layers[0]!, corruptBlob: () => other }] });
    const error = await readError(source);
    expect(error.message).toMatch(/layer 0 .*: blob digest mismatch: the manifest says sha256:[0-9a-f]{64}, the bytes hash to sha256:[0-9a-f]{64}/);
  });

  test('an uncompressed layer whose diffID does not match the config', async () => {
    const source = await layoutWith({ layers: [{ ...simple.layers[0]!, compression: 'none' }], diffIds: [sha256(Buffer.from('not the layer'))] });
    const error = await readError(source);
    expect(error.message).toMatch(/layer 0 .*: diffID mismatch: the config says sha256:/);
  });

  // One hash per layer: a gzip blob that matches its manifest digest is not rehashed uncompressed.
  // Each transport must still refuse a layer whose content was swapped: in an OCI layout or archive
  // the config's diffID is rewritten to match the swap, so only the blob digest can catch it.
  const evilTar = () => tarBytes([{ name: 'app/main.js', content: 'steal()' }]);
  test.each([
    ['oci', 'blob digest mismatch'],
    ['oci-archive', 'blob digest mismatch'],
    ['docker-archive', 'diffID mismatch'],
  ])('a %s image whose layer was swapped is refused (%s)', async (transport, why) => {
    const evil = await evilTar();
    const built = await buildImage({ ...simple, diffIds: [sha256(evil)] });
    const layer = built.layerBlobs[0]!;
    built.blobs.set(layer.digest, gzipSync(evil));
    let source: string;
    if (transport === 'oci') {
      const dir = fresh('layout');
      writeOciLayout(dir, [built]);
      source = `oci:${dir}`;
    } else if (transport === 'oci-archive') {
      const path = fresh('oci.tar');
      await writeOciArchive(path, built);
      source = `oci-archive:${path}`;
    } else {
      // docker-archive's manifest.json is not content-addressed: the config's diffID is the check,
      // over the uncompressed layer.tar (here swapped, the config kept).
      const honest = await buildImage(simple);
      honest.layerBlobs[0]!.tar = evil;
      const path = fresh('docker.tar');
      await writeDockerArchive(path, honest);
      source = `docker-archive:${path}`;
    }
    const error = await readError(source);
    expect(error.message).toMatch(new RegExp(`layer 0 .*: ${why}`));
  });

  test('a missing layer blob', async () => {
    const built = await buildImage(simple);
    const dir = fresh('layout');
    writeOciLayout(dir, [built]);
    rmSync(join(dir, 'blobs/sha256', built.layerBlobs[0]!.digest.slice(7)));
    const error = await readError(`oci:${dir}`);
    expect(error.message).toBe(`oci:${dir}: layer blob ${built.layerBlobs[0]!.digest} is missing from the layout`);
  });

  test('invalid manifest JSON', async () => {
    const built = await buildImage(simple);
    const dir = fresh('layout');
    writeOciLayout(dir, [built]);
    writeFileSync(join(dir, 'index.json'), '{"schemaVersion": 2, "manifests": [');
    const error = await readError(`oci:${dir}`);
    expect(error.message).toMatch(new RegExp(`oci:${dir}: index.json: invalid JSON`));
  });

  test('a tar header with a bad checksum inside a layer', async () => {
    const tar = await tarBytes(simple.layers[0]!.entries);
    tar[512 + 10] ^= 0xff; // the second header's name: its checksum no longer holds
    const error = await readError(await layoutWith({ layers: [{ entries: [], rawTar: tar }] }));
    expect(error.message).toMatch(/layer 0 .*: tar header with a bad checksum/);
  });

  test('a docker-archive whose own tar header is corrupt', async () => {
    const path = fresh('docker.tar');
    const bytes = await writeDockerArchive(path, await buildImage(simple));
    bytes[100] ^= 0x55;
    writeFileSync(path, bytes);
    const error = await readError(`docker-archive:${path}`);
    expect(error.message).toMatch(/tar header at byte 0 has a bad checksum/);
  });

  test('an entry that climbs out of the root with ../', async () => {
    const error = await readError(await layoutWith(layerSpec([{ name: 'app/../../etc/passwd', content: 'x' }])));
    expect(error.message).toMatch(/layer 0 .*: entry "app\/..\/..\/etc\/passwd" climbs out of the root/);
  });

  test('an entry with an absolute name', async () => {
    const error = await readError(await layoutWith(layerSpec([{ name: '/etc/passwd', content: 'x' }])));
    expect(error.message).toMatch(/layer 0 .*: entry "\/etc\/passwd" has an absolute name/);
  });

  test('a hard link to a target that is not in the layer', async () => {
    const error = await readError(await layoutWith(layerSpec([{ name: 'bin/sh', type: 'link', linkname: 'bin/missing' }])));
    expect(error.message).toMatch(/hard link \/bin\/sh points at \/bin\/missing, which is not in the layer before it/);
  });

  test('an entry under a symlink loop', async () => {
    const error = await readError(
      await layoutWith(
        layerSpec([
          { name: 'a', type: 'symlink', linkname: 'b' },
          { name: 'b', type: 'symlink', linkname: '/a' },
          { name: 'a/file', content: 'x' },
        ]),
      ),
    );
    expect(error.message).toMatch(/entry \/a\/file sits under \/a, a symlink chain that loops/);
  });

  test('a decompression bomb is stopped by the ratio limit', async () => {
    const bomb = await tarBytes([{ name: 'zeros', content: Buffer.alloc(4 * 1024 * 1024) }]);
    const error = await readError(await layoutWith({ layers: [{ entries: [], rawTar: bomb }] }), { limits: { ratioFloorBytes: 1024 * 1024, maxRatio: 50 } });
    expect(error.message).toMatch(/layer 0 .*: decompression ratio over 50:1/);
  });

  test('a layer over the decompressed size limit', async () => {
    const big = await tarBytes([{ name: 'big', content: Buffer.alloc(300 * 1024, 7) }]);
    const error = await readError(await layoutWith({ layers: [{ entries: [], rawTar: big }] }), { limits: { maxLayerBytes: 100 * 1024 } });
    expect(error.message).toMatch(/decompresses past the 102400-byte layer limit/);
  });

  test('a JSON document over the size limit', async () => {
    const error = await readError(await layoutWith(simple), { limits: { maxJsonBytes: 50 } });
    expect(error.message).toMatch(/over the 50-byte JSON limit/);
  });

  test('a layout without oci-layout, and a path that does not exist', async () => {
    const dir = fresh('empty');
    writeOciLayout(dir, [await buildImage(simple)]);
    rmSync(join(dir, 'oci-layout'));
    expect((await readError(`oci:${dir}`)).message).toMatch(/not an OCI image layout/);
    expect((await readError(`oci-archive:${fresh('nothing.tar')}`)).message).toMatch(/cannot open .*ENOENT/);
  });

  test('an OCI archive given as docker-archive says which transport to use', async () => {
    const path = fresh('oci.tar');
    await writeOciArchive(path, await buildImage(simple));
    expect((await readError(`docker-archive:${path}`)).message).toMatch(/not a docker-archive \(no manifest.json; for an OCI archive use oci-archive:\)/);
  });

  test('a tag that is not in the layout lists the tags it has', async () => {
    const dir = fresh('layout');
    writeOciLayout(dir, [await buildImage(simple)], { tag: 'v1' });
    expect((await readError(`oci:${dir}:v2`)).message).toMatch(/no image tagged "v2" in the layout \(tags: v1\)/);
  });

  test('a file that is not a tar at all', async () => {
    const path = fresh('junk.tar');
    writeFileSync(path, readFileSync(process.execPath).subarray(0, 4096));
    expect((await readError(`docker-archive:${path}`)).message).toMatch(/tar header at byte 0 has a bad checksum \(corrupt or not a tar archive\)/);
  });
});

describe('parseSource', () => {
  test.each([
    ['docker-archive:/tmp/a.tar', { transport: 'docker-archive', path: '/tmp/a.tar' }],
    ['docker-archive:/tmp/a.tar:app:v1', { transport: 'docker-archive', path: '/tmp/a.tar', tag: 'app:v1' }],
    ['oci:/tmp/layout:v1', { transport: 'oci', path: '/tmp/layout', tag: 'v1' }],
    ['oci-archive:/tmp/o.tar', { transport: 'oci-archive', path: '/tmp/o.tar' }],
    ['docker-daemon:app:v1', { transport: 'docker-daemon', reference: 'app:v1' }],
    ['docker://127.0.0.1:5000/a/b:c', { transport: 'docker', reference: '127.0.0.1:5000/a/b:c' }],
  ])('reads %s', (text, expected) => expect(parseSource(text)).toMatchObject(expected));

  test.each([
    ['ftp://x', /unknown transport; use one of .*docker-archive:.*oci:.*oci-archive:.*docker-daemon:.*docker:\/\//],
    ['/tmp/a.tar', /unknown transport; use one of /],
    ['oci:', /missing the path after oci:/],
    ['docker://', /missing the image reference after docker:\/\//],
    ['docker-daemon:', /missing the image reference after docker-daemon:/],
  ])('refuses %j and names the accepted forms or what is missing', (text, why) => {
    expect(() => parseSource(text)).toThrow(InputError);
    expect(() => parseSource(text)).toThrow(new RegExp(`^image source "${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": ${why.source}`));
  });
});
