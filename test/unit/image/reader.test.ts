import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openImage } from '../../../src/image/reader.js';
import { buildImage, writeDockerArchive, writeOciArchive, writeOciLayout, type Compression, type ImageSpec } from '../../helpers/image-builder.js';

const work = mkdtempSync(join(tmpdir(), 'reader-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;
const fresh = (name: string) => join(work, `${counter++}-${name}`);

const overlaySpec: ImageSpec = {
  layers: [
    {
      createdBy: 'base',
      entries: [
        { name: 'etc/', type: 'directory' },
        { name: 'etc/secret.txt', content: 'token' },
        { name: 'etc/app.conf', content: 'v1' },
        { name: 'data/', type: 'directory' },
        { name: 'data/a.txt', content: 'a' },
        { name: 'data/b.txt', content: 'b' },
        { name: 'opt/tool/', type: 'directory' },
        { name: 'opt/tool/bin', content: 'x' },
        { name: 'keep/', type: 'directory' },
        { name: 'keep/file', content: 'k' },
      ],
    },
    {
      createdBy: 'RUN rm /etc/secret.txt && echo v2 > /etc/app.conf',
      entries: [
        { name: 'etc/', type: 'directory' },
        { name: 'etc/.wh.secret.txt' },
        { name: 'etc/app.conf', content: 'v2' },
      ],
    },
    {
      createdBy: 'RUN rm -rf /data && mkdir /data && touch /data/c.txt; rm -rf /opt/tool && echo > /opt/tool',
      entries: [
        { name: 'data/', type: 'directory' },
        { name: 'data/.wh..wh..opq' },
        { name: 'data/c.txt', content: 'c' },
        { name: 'opt/tool', content: 'now a file' },
        { name: 'keep/', type: 'directory' },
      ],
    },
  ],
  emptySteps: [{ after: 0, createdBy: 'ENV A=1' }, { after: 2, createdBy: 'CMD ["/bin/sh"]' }],
  env: ['A=1'],
};

describe('whiteouts and the filesystem index', () => {
  test('reports removed, replaced, opaque-hidden and replaced-by-file paths as deleted, and nothing else', async () => {
    const dir = fresh('layout');
    writeOciLayout(dir, [await buildImage(overlaySpec)]);
    const image = await openImage(`oci:${dir}`);
    const index = await image.readAll();
    await image.close();
    expect(index.deleted()).toEqual([
      { path: '/etc/secret.txt', layer: 0 },
      { path: '/etc/app.conf', layer: 0 },
      { path: '/data/a.txt', layer: 0 },
      { path: '/data/b.txt', layer: 0 },
      { path: '/opt/tool', layer: 0 },
      { path: '/opt/tool/bin', layer: 0 },
    ]);
    expect(index.isPresent('/etc/app.conf', 1)).toBe(true);
    expect(index.isPresent('/keep/file', 0)).toBe(true);
    expect(index.isPresent('/data', 0)).toBe(true);
    expect(index.listings[1]!.whiteouts).toEqual(['/etc/secret.txt']);
    expect(index.listings[2]!.opaqueDirs).toEqual(['/data']);
  });

  test('passes whiteout markers to nobody and streams file contents to the handler', async () => {
    const dir = fresh('layout');
    writeOciLayout(dir, [await buildImage(overlaySpec)]);
    const image = await openImage(`oci:${dir}`);
    const seen: string[] = [];
    await image.readAll((entry) => {
      let text = '';
      return { write: (chunk) => (text += chunk.toString()), end: () => seen.push(`${entry.layerIndex}:${entry.path}:${entry.type}:${text}`) };
    });
    await image.close();
    expect(seen.filter((s) => s.includes('.wh.'))).toEqual([]);
    expect(seen).toContain('1:/etc/app.conf:file:v2');
    expect(seen).toContain('0:/etc/secret.txt:file:token');
    expect(seen).toContain('2:/opt/tool:file:now a file');
  });

  test('maps history to layers with empty-layer steps kept in order', async () => {
    const dir = fresh('layout');
    writeOciLayout(dir, [await buildImage(overlaySpec)]);
    const image = await openImage(`oci:${dir}`);
    await image.close();
    expect(image.config.history.map((h) => [h.createdBy.slice(0, 8), h.emptyLayer, h.layerIndex])).toEqual([
      ['base', false, 0],
      ['ENV A=1', true, undefined],
      ['RUN rm /', false, 1],
      ['RUN rm -', false, 2],
      ['CMD ["/b', true, undefined],
    ]);
    expect(image.layers.map((l) => l.createdBy?.slice(0, 8))).toEqual(['base', 'RUN rm /', 'RUN rm -']);
  });
});

describe('layer compression, told apart by magic bytes', () => {
  test.each<Compression>(['gzip', 'zstd', 'none'])('reads %s layers with the same entries', async (compression) => {
    const spec: ImageSpec = { layers: overlaySpec.layers.map((l) => ({ ...l, compression })) };
    const dir = fresh(`layout-${compression}`);
    writeOciLayout(dir, [await buildImage(spec)]);
    const image = await openImage(`oci:${dir}`);
    const index = await image.readAll();
    await image.close();
    expect(index.listings.map((l) => l.entries.length)).toEqual([10, 2, 4]);
    expect(index.deleted()).toHaveLength(6);
  });
});

describe('transports over the same image', () => {
  test('oci, oci-archive and docker-archive agree on config, layers and deletions', async () => {
    const built = await buildImage(overlaySpec);
    const layout = fresh('layout');
    writeOciLayout(layout, [built], { tag: 'v1' });
    const ociArchive = fresh('oci.tar');
    await writeOciArchive(ociArchive, built, 'v1');
    const dockerArchive = fresh('docker.tar');
    await writeDockerArchive(dockerArchive, built);
    const views = [];
    for (const source of [`oci:${layout}:v1`, `oci-archive:${ociArchive}:v1`, `docker-archive:${dockerArchive}`, `docker-archive:${dockerArchive}:local/test:latest`]) {
      const image = await openImage(source);
      const index = await image.readAll();
      await image.close();
      views.push({ configDigest: image.configDigest, deleted: index.deleted(), entries: index.listings.map((l) => l.entries) });
    }
    for (const view of views.slice(1)) expect(view).toEqual(views[0]);
    expect(views[0]!.configDigest).toBe(built.configDigest);
  });
});

describe('platforms', () => {
  test('picks the asked platform from an index, linux/amd64 by default', async () => {
    const amd = await buildImage({ ...overlaySpec, platform: { os: 'linux', architecture: 'amd64' } });
    const arm = await buildImage({ ...overlaySpec, env: ['ARCH=arm64'], platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
    const dir = fresh('multi');
    writeOciLayout(dir, [amd, arm]);
    const byDefault = await openImage(`oci:${dir}`);
    const asked = await openImage(`oci:${dir}`, { platform: 'linux/arm64' });
    await byDefault.close();
    await asked.close();
    expect(byDefault.digest).toBe(amd.manifestDigest);
    expect(asked.digest).toBe(arm.manifestDigest);
    expect(asked.config.env).toEqual(['ARCH=arm64']);
  });

  test('names the platforms the index has when the asked one is missing', async () => {
    const dir = fresh('multi');
    writeOciLayout(dir, [await buildImage(overlaySpec)], { asIndex: true });
    await expect(openImage(`oci:${dir}`, { platform: 'linux/s390x' })).rejects.toThrow(/no image for platform linux\/s390x; the index has linux\/amd64/);
  });
});
