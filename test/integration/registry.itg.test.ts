/**
 * The registry client against the real CNCF distribution registries started by
 * scripts/start-registries.sh, and through a loopback fault-injecting proxy in front of the plain one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { openImage } from '../../src/image/reader.js';
import { RegistryClient } from '../../src/registry/client.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { authRegistry, isolatedDockerConfig, plainRegistry } from '../helpers/registries.js';

const REPO = 'fixtures/layers';
// Never the machine's ~/.docker/config.json: what a test uses, it passes.
const noDockerConfig = isolatedDockerConfig().path;
const ACCEPT = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];

describe('the htpasswd + TLS registry', () => {
  test('reads a manifest with the right credentials and the test CA, with the digest skopeo reports', async () => {
    const auth = authRegistry();
    const client = new RegistryClient(auth.host, { username: auth.username, password: auth.password, credentialHost: auth.host, caCertificates: [auth.caPem], dockerConfigPath: noDockerConfig });
    const manifest = await client.getManifest(REPO, 'fixture', ACCEPT);
    client.close();
    const skopeo = JSON.parse(
      execFileSync('skopeo', ['inspect', '--tls-verify=false', '--creds', `${auth.username}:${auth.password}`, `docker://${auth.host}/${REPO}:fixture`], { encoding: 'utf8' }),
    ) as { Digest: string };
    expect(manifest.digest).toBe(skopeo.Digest);
  }, 30_000);

  test('anonymous access fails with a 401 that names the registry and says no credential is configured', async () => {
    const auth = authRegistry();
    const client = new RegistryClient(auth.host, { caCertificates: [auth.caPem], dockerConfigPath: noDockerConfig });
    await expect(client.getManifest(REPO, 'fixture', ACCEPT)).rejects.toThrow(`HTTP 401 from ${auth.host}: no credential is configured for it`);
    client.close();
  });

  test('a wrong password is refused, naming where the credential came from and never printing it', async () => {
    const auth = authRegistry();
    const client = new RegistryClient(auth.host, { username: auth.username, password: 'wrong-password-value', credentialHost: auth.host, caCertificates: [auth.caPem], dockerConfigPath: noDockerConfig });
    const error = (await client.getManifest(REPO, 'fixture', ACCEPT).catch((e: Error) => e)) as Error;
    client.close();
    expect(error.message).toContain(`HTTP 401 from ${auth.host}: the credential from the credentials given was refused`);
    expect(error.message).not.toContain('wrong-password-value');
  });

  test('TLS without the test CA fails on the certificate, not silently over HTTP', async () => {
    const auth = authRegistry();
    const client = new RegistryClient(auth.host, { username: auth.username, password: auth.password, credentialHost: auth.host, dockerConfigPath: noDockerConfig });
    await expect(client.getManifest(REPO, 'fixture', ACCEPT)).rejects.toThrow(/certificate/);
    client.close();
  });
});

describe('the plain registry through a fault-injecting proxy', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(plainRegistry().host);
  });
  afterAll(() => proxy.close());
  // One proxy for the file: a test that fails before its faults are used must not leave them to the next.
  beforeEach(() => {
    proxy.faults.length = 0;
  });

  test('retries 503s and dropped connections, then streams a layer whose digest checks out', async () => {
    const client = new RegistryClient(proxy.host, { backoffMs: 10, dockerConfigPath: noDockerConfig });
    proxy.faults.push({ kind: 'status', status: 503 }, { kind: 'drop' });
    const manifest = JSON.parse((await client.getManifest(REPO, 'fixture', ACCEPT)).bytes.toString()) as { layers: Array<{ digest: string }> };
    const last = manifest.layers.at(-1)!.digest;
    proxy.faults.push({ kind: 'drop' });
    const hash = createHash('sha256');
    for await (const chunk of await client.getBlob(REPO, last)) hash.update(chunk as Buffer);
    client.close();
    expect(`sha256:${hash.digest('hex')}`).toBe(last);
  }, 30_000);

  // The wait chosen is read from the client's log, not timed (a measured wait belongs in bench/).
  test('honours Retry-After on a 429: waits the server\'s 1 s, not its own 10 ms backoff, then succeeds', async () => {
    const logger = new RecordingLogger();
    const client = new RegistryClient(proxy.host, { backoffMs: 10, dockerConfigPath: noDockerConfig }, logger);
    proxy.faults.push({ kind: 'status', status: 429, retryAfter: '1' });
    const manifest = await client.getManifest(REPO, 'fixture', ACCEPT);
    client.close();
    expect(manifest.digest).toMatch(/^sha256:/);
    const retries = logger.lines.filter((l) => /retrying/.test(l.message));
    expect(retries).toEqual([{ level: 'debug', message: `${proxy.host}: GET /v2/${REPO}/manifests/fixture: HTTP 429; retrying in 1000 ms` }]);
  }, 30_000);

  test('after the retries run out the error names the URL and the attempts', async () => {
    const client = new RegistryClient(proxy.host, { backoffMs: 5, retries: 2, dockerConfigPath: noDockerConfig });
    proxy.faults.push({ kind: 'status', status: 503 }, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    await expect(client.getManifest(REPO, 'fixture', ACCEPT)).rejects.toThrow(`GET http://${proxy.host}/v2/${REPO}/manifests/fixture: HTTP 503 after 3 attempts`);
    client.close();
  }, 30_000);

  test('an unknown manifest is a clear not-found naming the repository', async () => {
    const client = new RegistryClient(proxy.host, { dockerConfigPath: noDockerConfig });
    await expect(client.getManifest(REPO, 'no-such-tag', ACCEPT)).rejects.toThrow(`${proxy.host}/${REPO}: manifest no-such-tag not found`);
    client.close();
  });

  test('reads a whole image through the proxy while it drops connections', async () => {
    proxy.faults.push({ kind: 'drop' }, { kind: 'status', status: 502 }, { kind: 'drop' });
    const image = await openImage(`docker://${proxy.host}/${REPO}:fixture`, { registry: { backoffMs: 10, dockerConfigPath: noDockerConfig } });
    const index = await image.readAll();
    await image.close();
    expect(index.deleted().length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
