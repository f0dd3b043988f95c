/**
 * The same image, built by the real engine, read through all five transports: a docker save
 * archive, an OCI layout and an OCI archive made by skopeo, the engine itself, and both local
 * registries (plain, and htpasswd behind TLS). The reader must see identical entries, whiteouts
 * and deletions through every one.
 * Needs: Docker Engine, the registries and the layers fixture (scripts/ci-setup.sh).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { inspectImage, type InspectReport } from '../../src/image/inspect.js';
import type { ReadOptions } from '../../src/image/types.js';
import { fixturePath, requireEngine } from '../helpers/engine.js';
import { authRegistry, plainRegistry } from '../helpers/registries.js';

const TIMEOUT = 120_000;

function sources(): Array<[string, string, ReadOptions]> {
  const auth = authRegistry();
  return [
    ['docker-archive', `docker-archive:${fixturePath('layers-docker.tar')}`, {}],
    ['oci', `oci:${fixturePath('layers-oci')}:fixture`, {}],
    ['oci-archive', `oci-archive:${fixturePath('layers-oci.tar')}:fixture`, {}],
    ['docker-daemon', 'docker-daemon:local/layers:fixture', {}],
    ['docker (plain registry)', `docker://${plainRegistry().host}/fixtures/layers:fixture`, {}],
    [
      'docker (htpasswd + TLS registry)',
      `docker://${auth.host}/fixtures/layers:fixture`,
      { registry: { username: auth.username, password: auth.password, caCertificates: [auth.caPem] } },
    ],
  ];
}

/** What must not depend on the transport: the filesystem story, layer by layer. */
function transportIndependent(report: InspectReport) {
  return {
    platform: report.platform,
    env: report.config.env,
    cmd: report.config.cmd,
    layers: report.layers.map((l) => ({ entries: l.entries, whiteouts: [...l.whiteouts].sort(), createdBy: l.createdBy })),
    deleted: [...report.deleted].sort((a, b) => a.path.localeCompare(b.path) || a.layer - b.layer),
  };
}

describe('the layers fixture read through every transport', () => {
  const reports = new Map<string, InspectReport>();

  beforeAll(async () => {
    requireEngine();
    for (const [name, source, options] of sources()) reports.set(name, await inspectImage(source, options));
  }, 6 * TIMEOUT);

  test('sees the deletions the Dockerfile made: a removed file, overwritten files, an opaque directory', () => {
    const report = reports.get('docker-archive')!;
    const deleted = report.deleted.map((d) => `${d.layer}:${d.path}`);
    const layerOf = (fragment: string) => report.layers.findIndex((l) => (l.createdBy ?? '').includes(fragment));
    const copyLayer = layerOf('COPY');
    const firstRun = layerOf('echo keep');
    expect(copyLayer).toBeGreaterThan(0);
    expect(deleted).toEqual(
      expect.arrayContaining([
        `${copyLayer}:/app/remove-me.txt`,
        `${copyLayer}:/app/config.txt`,
        `${firstRun}:/app/config.txt`,
        `${firstRun}:/data/old/a.txt`,
        `${firstRun}:/data/old/b.txt`,
      ]),
    );
    // Files still in the final filesystem are not reported as deleted.
    expect(deleted.filter((d) => d.endsWith(':/data/old/c.txt') || d === `${layerOf('echo v2')}:/app/config.txt`)).toEqual([]);
    expect(report.layers[layerOf('rm /app/remove-me.txt')]!.whiteouts).toContain('/app/remove-me.txt');
    // The layer that removed and recreated /data/old hides its old content: an opaque marker, or
    // (with a builder that diffs file by file) a whiteout for each old file.
    const recreated = report.layers[layerOf('rm -rf /data/old')]!.whiteouts;
    expect(recreated.includes('/data/old/.wh..wh..opq') || ['/data/old/a.txt', '/data/old/b.txt'].every((p) => recreated.includes(p))).toBe(true);
  });

  test('maps build history to layers, empty-layer steps included', () => {
    const report = reports.get('docker-archive')!;
    const history = report.config.history;
    const step = (fragment: string) => history.find((h) => h.createdBy.includes(fragment));
    // LABEL, ENV and CMD made no layer: in the history, in order, with no layer index.
    for (const fragment of ['LABEL org.opencontainers.image.title', 'ENV MODE=fixture', 'CMD ["/bin/cat"']) {
      expect({ fragment, emptyLayer: step(fragment)?.emptyLayer, layerIndex: step(fragment)?.layerIndex }).toEqual({ fragment, emptyLayer: true, layerIndex: undefined });
    }
    expect(history.indexOf(step('LABEL')!)).toBeLessThan(history.indexOf(step('COPY')!));
    expect(history.indexOf(step('ENV MODE=fixture')!)).toBeGreaterThan(history.indexOf(step('rm -rf /data/old')!));
    // Every other step made exactly one layer, in order, and the layer carries its instruction.
    const withLayers = history.filter((h) => !h.emptyLayer);
    expect(withLayers.map((h) => h.layerIndex)).toEqual(report.layers.map((l) => l.index));
    expect(report.layers.map((l) => l.createdBy)).toEqual(withLayers.map((h) => h.createdBy));
    expect(report.config.env).toContain('MODE=fixture');
  });

  test.each(['oci', 'oci-archive', 'docker-daemon', 'docker (plain registry)', 'docker (htpasswd + TLS registry)'])(
    'reads identical entries, whiteouts and deletions through %s as through docker-archive',
    (name) => {
      expect(transportIndependent(reports.get(name)!)).toEqual(transportIndependent(reports.get('docker-archive')!));
    },
  );

  test('OCI layout, OCI archive and both registries agree on the manifest digest', () => {
    const digests = ['oci', 'oci-archive', 'docker (plain registry)', 'docker (htpasswd + TLS registry)'].map((n) => reports.get(n)!.digest);
    expect(new Set(digests).size).toBe(1);
    expect(digests[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
