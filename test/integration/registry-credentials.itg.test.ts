/**
 * Where registry credentials and tokens go. Registry A is the real htpasswd+TLS registry; the
 * other registries are token registry doubles (test/helpers/token-registry.ts) in front of the
 * real plain registry, each with a recording token service on its own port. Redirect tests use
 * small loopback servers of their own.
 */
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { openImage } from '../../src/image/reader.js';
import { pushImage } from '../../src/push/push.js';
import { main } from '../../src/cli/main.js';
import { RegistryClient } from '../../src/registry/client.js';
import { fixturePath } from '../helpers/engine.js';
import { authRegistry, isolatedDockerConfig, plainRegistry, testServerCertificate } from '../helpers/registries.js';
import { startTokenRegistry, type TokenRegistry } from '../helpers/token-registry.js';

const run = `creds-${Date.now().toString(36)}`;
const ociSource = () => `oci:${fixturePath('layers-oci')}`;
const FIXTURE = 'fixtures/layers:fixture';
const ACCEPT = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];
const GITHUB_TOKEN = 'ghs_plantedGithubTokenNeverSentAnywhere0001';
const noDockerConfig = isolatedDockerConfig().path;

const started: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

async function tokenRegistry(options: Omit<Parameters<typeof startTokenRegistry>[0], 'upstream'> = {}): Promise<TokenRegistry> {
  const registry = await startTokenRegistry({ upstream: plainRegistry().host, auth: 'bearer', ...options });
  started.push(registry);
  return registry;
}

/** Every trace of the password (or the GitHub token) anywhere in what a double received. */
function leaks(double: TokenRegistry, ...secrets: string[]): string[] {
  const { username, password } = authRegistry();
  const basic = Buffer.from(`${username}:${password}`).toString('base64');
  const text = JSON.stringify([double.seen, double.realmSeen]);
  return [password, basic, ...secrets].filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)));
}

describe('explicit credentials go to one registry host', () => {
  test('a push to the htpasswd registry and a token registry: only the htpasswd registry gets the password; the other and its token service never see it', async () => {
    const a = authRegistry();
    const b = await tokenRegistry();
    const result = await pushImage(ociSource(), [`docker://${a.host}/${run}/a:v1`, `docker://${b.host}/${run}/b:v1`], {
      registry: { username: a.username, password: a.password, caCertificates: [a.caPem], dockerConfigPath: noDockerConfig, githubToken: GITHUB_TOKEN },
    });
    expect(result.references).toEqual([`${a.host}/${run}/a@${result.digest}`, `${b.host}/${run}/b@${result.digest}`]);
    expect(b.realmSeen.length).toBeGreaterThan(0);
    expect(b.realmSeen.map((r) => r.headers.authorization)).toEqual(b.realmSeen.map(() => undefined));
    expect(leaks(b, GITHUB_TOKEN)).toEqual([]);
  }, 120_000);

  test('reading from another registry than the one they are bound to sends them nowhere', async () => {
    const a = authRegistry();
    const b = await tokenRegistry();
    const image = await openImage(`docker://${b.host}/${FIXTURE}`, {
      registry: { username: a.username, password: a.password, credentialHost: a.host, caCertificates: [a.caPem], dockerConfigPath: noDockerConfig },
    });
    await image.readAll();
    await image.close();
    expect(b.seen.some((r) => r.url.includes('/blobs/sha256:'))).toBe(true);
    expect(leaks(b)).toEqual([]);
  }, 60_000);

  test('by default a push binds them to the first destination: its token service (named in its challenge) gets them, the second registry refuses a push without any', async () => {
    const a = authRegistry();
    const b = await tokenRegistry({ accept: { username: a.username, password: a.password } });
    const error = (await pushImage(ociSource(), [`docker://${b.host}/${run}/first:v1`, `docker://${a.host}/${run}/second:v1`], {
      registry: { username: a.username, password: a.password, caCertificates: [a.caPem], dockerConfigPath: noDockerConfig },
    }).catch((e: Error) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(new RegExp(`HTTP 401 from ${a.host.replace(/\./g, '\\.')}: .*the credentials given are for ${b.host.replace(/\./g, '\\.')}`));
    expect(error.message).not.toContain(a.password);
    expect(b.realmSeen.some((r) => r.method === 'GET' && r.headers.authorization === `Basic ${Buffer.from(`${a.username}:${a.password}`).toString('base64')}`)).toBe(true);
    // The registry itself only ever sees tokens.
    expect(b.seen.filter((r) => r.headers.authorization && !r.headers.authorization.startsWith('Bearer '))).toEqual([]);
  }, 120_000);

  test('mcp-orchestrator push --registry HOST binds them to that host, whatever the order of destinations', async () => {
    const a = authRegistry();
    const b = await tokenRegistry();
    const out: string[] = [];
    const code = await main(
      ['push', ociSource(), `docker://${b.host}/${run}/cli-b:v1`, `docker://${a.host}/${run}/cli-a:v1`, '--username', a.username, '--password-env', 'TEST_REGISTRY_PASSWORD', '--registry', a.host, '--ca-cert', a.caFile],
      { stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), env: { TEST_REGISTRY_PASSWORD: a.password, DOCKER_CONFIG: isolatedDockerConfig().dir, GITHUB_TOKEN } },
    );
    expect({ code, out: out.join('') }).toEqual({ code: 0, out: expect.stringContaining(`${a.host}/${run}/cli-a@sha256:`) });
    expect(leaks(b, GITHUB_TOKEN)).toEqual([]);
  }, 120_000);

  test('a --registry that is not a host[:port] is an input error (exit 2) naming the flag', async () => {
    const out: string[] = [];
    const code = await main(['push', ociSource(), `docker://${plainRegistry().host}/${run}/x:v1`, '--registry', 'https://user@ghcr.io/path'], {
      stdout: (t) => void out.push(t),
      stderr: (t) => void out.push(t),
      env: {},
    });
    expect({ code, out: out.join('') }).toEqual({ code: 2, out: expect.stringMatching(/--registry "https:\/\/user@ghcr\.io\/path": not a registry host/) });
  });
});

describe('tokens (registry double)', () => {
  test.each([
    ['one blob at a time', 1, 3],
    ['four blobs at a time', 4, 12],
  ])('a push outlives its tokens (%s): an expired token is refreshed on the 401 and the push lands the same digest', async (_, parallel, tokenUses) => {
    const b = await tokenRegistry({ tokenUses });
    const repo = `${run}/expiring-${parallel}`;
    const result = await pushImage(ociSource(), [`docker://${b.host}/${repo}:v1`], { parallel, registry: { dockerConfigPath: noDockerConfig, backoffMs: 10 } });
    expect(b.issued).toBeGreaterThan(2);
    expect(b.seen.filter((r) => r.headers.authorization).length).toBeGreaterThan(tokenUses * 2);
    const digest = execFileSync('skopeo', ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${plainRegistry().host}/${repo}:v1`], { encoding: 'utf8' }).trim();
    expect(digest).toBe(result.digest);
  }, 120_000);

  test('an expired token is fetched anew once; when the new one is refused too, the request fails with a 401 instead of asking again', async () => {
    const b = await tokenRegistry({ tokenUses: 1 });
    const client = new RegistryClient(b.host, { dockerConfigPath: noDockerConfig });
    await client.getManifest('fixtures/layers', 'fixture', ACCEPT);
    await client.getManifest('fixtures/layers', 'fixture', ACCEPT);
    expect(b.issued).toBe(2);
    b.tokenUses = 0;
    await expect(client.getManifest('fixtures/layers', 'fixture', ACCEPT)).rejects.toThrow(`HTTP 401 from ${b.host}`);
    client.close();
    expect(b.realmSeen.length).toBe(3);
  });

  test('an identity token from the docker config is POSTed to the token service in a form body, never put in a URL', async () => {
    const identityToken = 'idt-plantedIdentityTokenValue-0001';
    const b = await tokenRegistry({ accept: { identityToken } });
    const config = isolatedDockerConfig({ auths: { [b.host]: { identitytoken: identityToken } } });
    const image = await openImage(`docker://${b.host}/${FIXTURE}`, { registry: { dockerConfigPath: config.path } });
    await image.close();
    expect(b.realmSeen.length).toBeGreaterThan(0);
    for (const r of b.realmSeen) {
      expect(r.method).toBe('POST');
      expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(r.url).not.toContain(identityToken);
      expect(Object.fromEntries(new URLSearchParams(r.body))).toMatchObject({ grant_type: 'refresh_token', refresh_token: identityToken, service: 'token-double', scope: 'repository:fixtures/layers:pull' });
    }
    expect(JSON.stringify(b.seen)).not.toContain(identityToken);
  }, 60_000);
});

describe('redirects', () => {
  async function serve(server: http.Server): Promise<number> {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    started.push({ close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) });
    return (server.address() as AddressInfo).port;
  }

  test('a redirect loop ends with an error after 10 redirects', async () => {
    let redirects = 0;
    const port = await serve(
      http.createServer((req, res) => {
        if (req.url === '/v2/') return void res.writeHead(200).end('{}');
        // After 50 redirects the loop gives up and serves a manifest: a client without a cap reads it.
        if (redirects >= 50) return void res.writeHead(200, { 'content-type': ACCEPT[0] }).end('{"schemaVersion":2}');
        redirects++;
        res.writeHead(302, { location: `/v2/loop/manifests/latest?hop=${redirects}` }).end();
      }),
    );
    const client = new RegistryClient(`127.0.0.1:${port}`, { dockerConfigPath: noDockerConfig });
    await expect(client.getManifest('loop', 'latest', ACCEPT)).rejects.toThrow(/more than 10 redirects/);
    client.close();
    expect(redirects).toBe(11);
  });

  test('a redirect from https to plain http is refused, and the plain http server never sees the request', async () => {
    const plainSeen: string[] = [];
    const plainPort = await serve(http.createServer((req, res) => void (plainSeen.push(req.url ?? ''), res.writeHead(200).end('blob bytes'))));
    const tls = testServerCertificate();
    const secure = https.createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
      if (req.url === '/v2/') return void res.writeHead(200).end('{}');
      res.writeHead(307, { location: `http://127.0.0.1:${plainPort}/storage${req.url}` }).end();
    });
    const port = await serve(secure as unknown as http.Server);
    const client = new RegistryClient(`127.0.0.1:${port}`, { caCertificates: [tls.ca], dockerConfigPath: noDockerConfig });
    await expect(client.getBlob('repo', `sha256:${'a'.repeat(64)}`)).rejects.toThrow(/refusing the redirect from https:\/\/127\.0\.0\.1:\d+ to plain http:\/\/127\.0\.0\.1:\d+/);
    client.close();
    expect(plainSeen).toEqual([]);
  });
});

describe('TLS is not given up on the way', () => {
  async function serve(server: http.Server | https.Server): Promise<number> {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    started.push({ close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) });
    return (server.address() as AddressInfo).port;
  }

  test('an https registry that hands out an upload location on plain http is refused, and no image byte reaches the plain server', async () => {
    const plainSeen: string[] = [];
    const plainPort = await serve(http.createServer((req, res) => void (plainSeen.push(`${req.method} ${req.url}`), res.writeHead(202).end())));
    const tls = testServerCertificate();
    const port = await serve(
      https.createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
        req.resume();
        if (req.url === '/v2/') return void res.writeHead(200).end('{}');
        if (req.method === 'HEAD') return void res.writeHead(404).end();
        if (req.method === 'POST' && req.url?.includes('/blobs/uploads/')) return void res.writeHead(202, { location: `http://127.0.0.1:${plainPort}/upload/1` }).end();
        res.writeHead(500).end();
      }),
    );
    await expect(pushImage(ociSource(), [`docker://127.0.0.1:${port}/repo:v1`], { retries: 0, registry: { caCertificates: [tls.ca], dockerConfigPath: noDockerConfig, retries: 0 } })).rejects.toThrow(
      /refusing the upload location http:\/\/127\.0\.0\.1:\d+\/upload\/1: plain http after https/,
    );
    expect(plainSeen).toEqual([]);
  }, 60_000);

  test('a token service on https is trusted with the CA given for the registry', async () => {
    const tls = testServerCertificate();
    const realmPort = await serve(https.createServer({ cert: tls.cert, key: tls.key }, (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"t-1"}')));
    const manifest = '{"schemaVersion":2}';
    const port = await serve(
      http.createServer((req, res) => {
        if (req.headers.authorization !== 'Bearer t-1') return void res.writeHead(401, { 'www-authenticate': `Bearer realm="https://127.0.0.1:${realmPort}/token",service="s"` }).end();
        res.writeHead(200, { 'content-type': ACCEPT[0] }).end(manifest);
      }),
    );
    const client = new RegistryClient(`127.0.0.1:${port}`, { caCertificates: [tls.ca], dockerConfigPath: noDockerConfig });
    expect((await client.getManifest('repo', 'v1', ACCEPT)).bytes.toString()).toBe(manifest);
    client.close();
  });
});

afterAll(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});
