/**
 * Push against the real local registries (plain, and htpasswd behind TLS), and through a
 * fault-injecting proxy in front of the plain one; pulled back and compared with skopeo.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushImage } from '../../src/push/push.js';
import { openImage } from '../../src/image/reader.js';
import { RegistryClient } from '../../src/registry/client.js';
import { main } from '../../src/cli/main.js';
import { fixturePath } from '../helpers/engine.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { authRegistry, isolatedDockerConfig, plainRegistry } from '../helpers/registries.js';

const run = Date.now().toString(36);
// Never the machine's ~/.docker/config.json: what a test uses, it passes.
const dockerConfig = isolatedDockerConfig();
const noDockerConfig = { dockerConfigPath: dockerConfig.path };
const ociSource = () => `oci:${fixturePath('layers-oci')}`;
const archiveSource = () => `docker-archive:${fixturePath('layers-docker.tar')}`;
const skopeoDigest = (ref: string, ...flags: string[]) => execFileSync('skopeo', ['inspect', ...flags, '--format', '{{.Digest}}', ref], { encoding: 'utf8' }).trim();

let proxy: FaultProxy | undefined;
afterAll(async () => proxy?.close());

describe('push', () => {
  test('an OCI layout lands with the same manifest digest; a second repository mounts the blobs; a re-push finds them', async () => {
    const { host } = plainRegistry();
    const source = await openImage(ociSource());
    await source.close();
    const result = await pushImage(ociSource(), [`docker://${host}/push-${run}/oci:v1`, `${host}/push-${run}/oci-copy:v1`], { chunkBytes: 1024 * 1024, registry: noDockerConfig });
    expect(result.exact).toBe(true);
    expect(result.digest).toBe(source.digest);
    expect(result.references).toEqual([`${host}/push-${run}/oci@${source.digest}`, `${host}/push-${run}/oci-copy@${source.digest}`]);
    const n = result.blobs.length / 2;
    expect(result.blobs.slice(0, n).every((b) => b.how === 'uploaded')).toBe(true);
    expect(result.blobs.slice(n).every((b) => b.how === 'mounted')).toBe(true);
    expect(skopeoDigest(`docker://${host}/push-${run}/oci:v1`, '--tls-verify=false')).toBe(source.digest);
    // Pulled back by skopeo into a layout: the same digest again.
    const back = mkdtempSync(join(tmpdir(), 'pulled-'));
    execFileSync('skopeo', ['copy', '--src-tls-verify=false', `docker://${host}/push-${run}/oci-copy:v1`, `oci:${back}:x`], { stdio: 'ignore' });
    expect(skopeoDigest(`oci:${back}:x`)).toBe(source.digest);
    const again = await pushImage(ociSource(), [`${host}/push-${run}/oci:v2`], { registry: noDockerConfig });
    expect(again.blobs.every((b) => b.how === 'exists')).toBe(true);
    expect(again.bytesUploaded).toBe(0);
  }, 120_000);

  test('a docker-archive to the htpasswd+TLS registry: layers gzipped, the image ID unchanged', async () => {
    const reg = authRegistry();
    const source = await openImage(archiveSource());
    await source.close();
    const result = await pushImage(archiveSource(), [`docker://${reg.host}/push-${run}/archive:v1`], { registry: { username: reg.username, password: reg.password, caCertificates: [reg.caPem], ...noDockerConfig } });
    expect(result.exact).toBe(false);
    expect(result.configDigest).toBe(source.digest);
    const certDir = mkdtempSync(join(tmpdir(), 'certs-'));
    writeFileSync(join(certDir, 'ca.crt'), reg.caPem);
    const flags = [`--creds=${reg.username}:${reg.password}`, `--cert-dir=${certDir}`];
    expect(skopeoDigest(`docker://${reg.host}/push-${run}/archive:v1`, ...flags)).toBe(result.digest);
    const manifest = JSON.parse(execFileSync('skopeo', ['inspect', ...flags, '--raw', `docker://${reg.host}/push-${run}/archive:v1`], { encoding: 'utf8' })) as { config: { digest: string }; layers: { mediaType: string; digest: string }[] };
    expect(manifest.config.digest).toBe(source.digest);
    // docker save's layers are plain tars: each is pushed gzipped, by media type and by its bytes.
    expect(manifest.layers.length).toBeGreaterThan(0);
    for (const layer of manifest.layers) expect(layer.mediaType).toMatch(/(\.tar\.gzip|\.tar\+gzip)$/);
    const client = new RegistryClient(reg.host, { username: reg.username, password: reg.password, credentialHost: reg.host, caCertificates: [reg.caPem], ...noDockerConfig });
    const magic: string[] = [];
    for (const layer of manifest.layers) {
      const blob = await client.getBlob(`push-${run}/archive`, layer.digest);
      for await (const chunk of blob) {
        magic.push((chunk as Buffer).subarray(0, 2).toString('hex'));
        break;
      }
    }
    client.close();
    expect(magic).toEqual(manifest.layers.map(() => '1f8b'));
    // The registry's copy reads back to the same files and deletions.
    const pushed = await openImage(`docker://${reg.host}/push-${run}/archive:v1`, { registry: { username: reg.username, password: reg.password, caCertificates: [reg.caPem], ...noDockerConfig } });
    const original = await openImage(archiveSource());
    const [a, b] = [await pushed.readAll(), await original.readAll()];
    expect(a.deleted()).toEqual(b.deleted());
    await pushed.close();
    await original.close();
  }, 120_000);

  test('through dropped connections, 503 and 429 on chunk uploads, the push resumes and lands the same digest', async () => {
    proxy = await startFaultProxy(plainRegistry().host);
    proxy.faults.push(
      { kind: 'drop', when: /^PATCH / },
      { kind: 'status', status: 503, when: /^PATCH / },
      { kind: 'status', status: 429, retryAfter: '1', when: /^PATCH / },
      { kind: 'status', status: 503, when: /^POST .*uploads/ },
      { kind: 'drop', when: /^PUT .*manifests/ },
    );
    const result = await pushImage(ociSource(), [`docker://${proxy.host}/push-${run}/faulty:v1`], { chunkBytes: 256 * 1024, registry: { backoffMs: 50, ...noDockerConfig } });
    expect(proxy.faults).toEqual([]);
    expect(skopeoDigest(`docker://${plainRegistry().host}/push-${run}/faulty:v1`, '--tls-verify=false')).toBe(result.digest);
    expect(proxy.seen.filter((l) => l.startsWith('GET ') && l.includes('/blobs/uploads/')).length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  test('an upper-case owner in a destination is lower-cased as docker/metadata-action does; the tag keeps its case', async () => {
    const { host } = plainRegistry();
    const result = await pushImage(ociSource(), [`docker://${host}/Push-${run}/Acme-Weather:Mixed-Case`], { registry: noDockerConfig });
    expect(result.references).toEqual([`${host}/push-${run}/acme-weather@${result.digest}`]);
    expect(result.tags).toEqual([`${host}/push-${run}/acme-weather:Mixed-Case`]);
    expect(skopeoDigest(`docker://${host}/push-${run}/acme-weather:Mixed-Case`, '--tls-verify=false')).toBe(result.digest);
  }, 120_000);

  test('a push that fails leaves no tag pointing at a partial image', async () => {
    proxy ??= await startFaultProxy(plainRegistry().host);
    proxy.faults.length = 0;
    for (let i = 0; i < 40; i++) proxy.faults.push({ kind: 'status', status: 500, when: /^(PATCH|GET) .*uploads/ });
    await expect(pushImage(ociSource(), [`docker://${proxy.host}/push-${run}/partial:v1`], { chunkBytes: 256 * 1024, retries: 2, registry: { backoffMs: 10, retries: 1, ...noDockerConfig } })).rejects.toThrow(/HTTP 500/);
    proxy.faults.length = 0;
    const tag = await fetch(`http://${plainRegistry().host}/v2/push-${run}/partial/manifests/v1`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' } });
    expect(tag.status).toBe(404);
  }, 120_000);

  test('--scan-report: refuses findings at the failing severity and a report of another image; exit codes through the CLI', async () => {
    const { host } = plainRegistry();
    const source = await openImage(ociSource());
    await source.close();
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    const report = (digest: string, severity?: string) => {
      const path = join(dir, `${digest.slice(7, 15)}-${severity ?? 'clean'}.json`);
      writeFileSync(path, JSON.stringify({ image: { source: 'x', digest }, findings: severity ? [{ rule: 'r', severity }] : [], stats: {} }));
      return path;
    };
    await expect(pushImage(ociSource(), [`${host}/push-${run}/gated:v1`], { scanReport: report(source.digest, 'critical'), registry: noDockerConfig })).rejects.toThrow(/refusing to push: .* 1 finding\(s\) at or above high/);
    await expect(pushImage(ociSource(), [`${host}/push-${run}/gated:v1`], { scanReport: report(`sha256:${'0'.repeat(64)}`), registry: noDockerConfig })).rejects.toThrow(/is of sha256:0000.*but this image is sha256:/);
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t), env: { DOCKER_CONFIG: dockerConfig.dir } };
    expect(await main(['push', ociSource(), `docker://${host}/push-${run}/gated:v1`, '--scan-report', report(source.digest, 'high')], io)).toBe(1);
    expect(await main(['push', ociSource(), `docker://${host}/push-${run}/gated:v1`, '--scan-report', report(source.digest, 'low'), '--format', 'json'], io)).toBe(0);
    expect((JSON.parse(out.at(-1)!) as { digest: string }).digest).toBe(source.digest);
    expect(await main(['push', ociSource()], io)).toBe(2);
    expect(await main(['push', ociSource(), `docker://${host}/-bad`], io)).toBe(2);
    expect(out.join('')).toMatch(/expected a source and at least one destination/);
    expect(out.join('')).toMatch(/not a valid repository name/);
    const tag = await fetch(`http://${plainRegistry().host}/v2/push-${run}/gated/manifests/v1`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' } });
    expect(tag.status).toBe(200);
  }, 120_000);
});
