/**
 * Authorization enforced by the bridge, against a real authorization server (oidc-provider on
 * 127.0.0.1, client-credentials grant, JWT access tokens for the bridge's resource) and real MCP
 * sessions through the official SDK client. Tokens for negative cases are forged with jose.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { discoverOAuthProtectedResourceMetadata, extractWWWAuthenticateParams } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignJWT, type JWTPayload } from 'jose';
import { startBridge, type BridgeOptions, type RunningBridge } from '../../src/bridge/bridge.js';
import { signingKey, startAuthorizationServer, type AuthorizationServer, type SigningKey } from '../helpers/authorization-server.js';
import { everythingEntry, freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const testServer = join(repoRoot, 'test/fixtures/mcp/stdio-test-server.mjs');
const cliEntry = join(repoRoot, 'src/entries/cli.ts');
const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'auth-test', version: '1' } } };

const bridges: RunningBridge[] = [];
const tokensSeen: string[] = [];
let as: AuthorizationServer;
let issuerKey: SigningKey;

beforeAll(async () => {
  issuerKey = await signingKey('issuer-key-1');
  as = await startAuthorizationServer([issuerKey]);
});
const cliBridges: ChildProcess[] = [];
afterAll(async () => {
  await Promise.all(bridges.map((b) => b.drain()));
  await Promise.all(cliBridges.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((resolve) => (c.once('exit', resolve), c.kill('SIGTERM'))) : undefined)));
  await as?.close();
});

async function bridge(auth: BridgeOptions['auth'], extra: Partial<BridgeOptions> = {}): Promise<RunningBridge & { logs: Record<string, unknown>[] }> {
  const logs: Record<string, unknown>[] = [];
  const running = await startBridge({
    command: { command: process.execPath, args: [testServer] },
    port: 0,
    host: '127.0.0.1',
    path: '/mcp',
    allowedHosts: ['127.0.0.1', 'localhost'],
    allowedOrigins: [],
    maxSessions: 8,
    idleTimeoutMs: 60_000,
    drainTimeoutMs: 10_000,
    log: (e) => void logs.push(JSON.parse(JSON.stringify(e)) as Record<string, unknown>),
    auth,
    ...extra,
  });
  bridges.push(running);
  return Object.assign(running, { logs });
}

/** An initialize as a client sends it, with `token` (if any) as its bearer token. */
function initialize(url: string, token?: string): Promise<Response> {
  if (token) tokensSeen.push(token);
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(INITIALIZE),
  });
}

async function session(url: string, token: string): Promise<Client> {
  tokensSeen.push(token);
  const client = new Client({ name: 'auth-test', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  return client;
}

const sessionEvents = (logs: Record<string, unknown>[]) => logs.filter((e) => typeof e.event === 'string' && e.event.startsWith('session-'));
const lastRefusal = (logs: Record<string, unknown>[]) => logs.filter((e) => e.event === 'request' && e.auth).at(-1)?.auth;

describe('bridge --auth oauth against oidc-provider', () => {
  let b: RunningBridge & { logs: Record<string, unknown>[] };
  let audience: string;
  const forge = (claims: JWTPayload, key: SigningKey = issuerKey, alg = 'RS256') => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ scope: 'mcp:tools', ...claims })
      .setProtectedHeader({ alg, kid: key.kid, typ: 'at+jwt' })
      .setIssuer(claims.iss ?? as.issuer)
      .setAudience(claims.aud ?? audience)
      .setIssuedAt(now - 60)
      .setExpirationTime(claims.exp ?? now + 600)
      .sign(key.privateKey);
  };

  beforeAll(async () => {
    const port = await freePort();
    audience = `http://127.0.0.1:${port}/mcp`;
    b = await bridge({ mode: 'oauth', issuer: as.issuer, audience, scopes: ['mcp:tools'], jwksCooldownMs: 0 }, { port });
  });

  test('a token from the issuer for this resource with the scope opens a real MCP session', async () => {
    const client = await session(b.url, await as.token(audience, 'mcp:tools'));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('pid');
    expect((await client.callTool({ name: 'pid', arguments: {} })).isError).toBeFalsy();
    await client.close();
  }, 60_000);

  test('no token: 401 pointing at metadata the SDK client discovery accepts, and no server process started', async () => {
    const before = sessionEvents(b.logs).length;
    const response = await initialize(b.url);
    expect(response.status).toBe(401);
    const challenge = extractWWWAuthenticateParams(response);
    expect(challenge.resourceMetadataUrl?.href).toBe(`${new URL(audience).origin}/.well-known/oauth-protected-resource`);
    expect(response.headers.get('www-authenticate')).not.toContain('error=');
    const metadata = await discoverOAuthProtectedResourceMetadata(b.url, { resourceMetadataUrl: challenge.resourceMetadataUrl });
    expect(metadata).toMatchObject({ resource: audience, authorization_servers: [as.issuer], scopes_supported: ['mcp:tools'], bearer_methods_supported: ['header'] });
    // The path-suffixed location (RFC 9728 §3.1), what the SDK tries first without a hint.
    expect(await discoverOAuthProtectedResourceMetadata(b.url)).toEqual(metadata);
    expect(sessionEvents(b.logs).length).toBe(before);
  }, 60_000);

  test.each([
    ['an expired token', () => forge({ exp: Math.floor(Date.now() / 1000) - 600 }), 'the token has expired'],
    ['a token not yet valid', () => forge({ nbf: Math.floor(Date.now() / 1000) + 600 }), '"nbf" claim'],
    ['a token from another issuer (signed with the right key)', () => forge({ iss: 'http://127.0.0.1:9/other-issuer' }), '"iss" claim'],
    ['a token signed by another key under the issuer key id', async () => forge({}, { ...(await signingKey(issuerKey.kid)) }), 'signature does not verify'],
    ['a token signed by another key under an unknown key id', async () => forge({}, await signingKey('rogue-key')), "no key of the issuer matches the token's key id"],
    ['an alg "none" token', () => Promise.resolve(unsecured({ iss: as.issuer, aud: audience, scope: 'mcp:tools', exp: Math.floor(Date.now() / 1000) + 600 })), 'algorithm is not allowed'],
    ['an HS256 token keyed with the public key id', () => new SignJWT({ scope: 'mcp:tools' }).setProtectedHeader({ alg: 'HS256', kid: issuerKey.kid }).setIssuer(as.issuer).setAudience(audience).setExpirationTime('10m').sign(new TextEncoder().encode('a-shared-secret-the-bridge-never-has')), 'algorithm is not allowed'],
    ['a string that is not a JWT', () => Promise.resolve('not-a-jwt'), 'not a valid JWT'],
  ])('%s: 401 invalid_token, no server process', async (_name, make, reason) => {
    const before = sessionEvents(b.logs).length;
    const response = await initialize(b.url, await make());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", .*resource_metadata="http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-protected-resource"$/);
    expect(lastRefusal(b.logs)).toContain(reason);
    expect(sessionEvents(b.logs).length).toBe(before);
  }, 60_000);

  test('a token the issuer made for another resource: 401 on its audience', async () => {
    const response = await initialize(b.url, await as.token('http://127.0.0.1:9/another-resource', 'mcp:tools'));
    expect(response.status).toBe(401);
    expect(lastRefusal(b.logs)).toContain('"aud" claim');
  }, 60_000);

  test('a token without the required scope: 403 insufficient_scope naming it', async () => {
    const before = sessionEvents(b.logs).length;
    const response = await initialize(b.url, await as.token(audience, 'mcp:read'));
    expect(response.status).toBe(403);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="insufficient_scope", scope="mcp:tools", resource_metadata=/);
    expect(sessionEvents(b.logs).length).toBe(before);
  }, 60_000);

  test('probes stay open without a token', async () => {
    expect((await fetch(new URL('/healthz', b.url))).status).toBe(200);
    expect((await fetch(new URL('/readyz', b.url))).status).toBe(200);
  }, 60_000);

  // Last: it rotates the issuer's keys.
  test('after the issuer rotates its key, a token under the new key id passes (JWKS refetched) and the old key is refused', async () => {
    const oldToken = await as.token(audience, 'mcp:tools');
    expect((await initialize(b.url, oldToken)).status).toBe(200);
    const next = await signingKey('issuer-key-2');
    as.rotate([next]);
    const client = await session(b.url, await as.token(audience, 'mcp:tools'));
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    await client.close();
    expect((await initialize(b.url, oldToken)).status).toBe(401);
  }, 60_000);

  test('no token ever appears in the bridge logs', () => {
    const logged = JSON.stringify(b.logs);
    expect(tokensSeen.length).toBeGreaterThan(5);
    for (const token of tokensSeen) expect(logged).not.toContain(token);
  });
});

test('oauth with an issuer that cannot be reached: 503, not 401, and no server process', async () => {
  const gone = await freePort();
  const b = await bridge({ mode: 'oauth', issuer: `http://127.0.0.1:${gone}`, audience: 'http://127.0.0.1:1/mcp', scopes: [] });
  const key = await signingKey('k');
  const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k' }).setIssuer(`http://127.0.0.1:${gone}`).setAudience('http://127.0.0.1:1/mcp').setExpirationTime('5m').sign(key.privateKey);
  const response = await initialize(b.url, token);
  expect(response.status).toBe(503);
  expect(lastRefusal(b.logs)).toContain('no usable authorization server metadata');
  expect(sessionEvents(b.logs)).toEqual([]);
}, 60_000);

function unsecured(payload: JWTPayload): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}

describe('bridge --auth bearer', () => {
  const token = 'static-bridge-token-5f1c0e7a9b2d4c68';
  let b: RunningBridge & { logs: Record<string, unknown>[] };

  beforeAll(async () => {
    b = await bridge({ mode: 'bearer', token }, { command: { command: process.execPath, args: [everythingEntry, 'stdio'], env: { PATH: process.env.PATH ?? '', MCP_BRIDGE_TEST_TOKEN: token, KEEP_ME: 'visible' } } });
  });

  test('the configured token opens a session whose server process never sees the token', async () => {
    const client = await session(b.url, token);
    const result = (await client.callTool({ name: 'get-env', arguments: {} })) as { content: { type: string; text: string }[] };
    const env = result.content[0]!.text;
    expect(env).toContain('KEEP_ME');
    expect(env).not.toContain(token);
    expect(env).not.toContain('MCP_BRIDGE_TEST_TOKEN');
    await client.close();
  }, 60_000);

  test.each([
    ['a wrong token', 'static-bridge-token-wrong'],
    ['the token with a character more', `${token}x`],
    ['a prefix of the token', token.slice(0, 10)],
  ])('%s: 401 invalid_token, no server process', async (_name, wrong) => {
    const before = sessionEvents(b.logs).length;
    const response = await initialize(b.url, wrong);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(sessionEvents(b.logs).length).toBe(before);
  }, 60_000);

  test('no token: 401 with resource metadata that has no authorization server; probes open', async () => {
    const response = await initialize(b.url);
    expect(response.status).toBe(401);
    const metadata = await discoverOAuthProtectedResourceMetadata(b.url, { resourceMetadataUrl: extractWWWAuthenticateParams(response).resourceMetadataUrl });
    expect(metadata).toEqual({ resource: b.url, bearer_methods_supported: ['header'] });
    expect((await fetch(new URL('/healthz', b.url))).status).toBe(200);
    expect((await fetch(new URL('/readyz', b.url))).status).toBe(200);
  }, 60_000);

  test('the token never appears in the bridge logs', () => {
    expect(JSON.stringify(b.logs)).not.toContain(token);
  });
});

/** The bridge as an image runs it: the CLI from source, configured by the MCP_BRIDGE_* env a deploy sets; all its output kept. */
async function startCliBridge(env: Record<string, string>, server: string[]): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, 'bridge', '--', process.execPath, ...server], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', MCP_BRIDGE_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cliBridges.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  for (let i = 0; i < 300 && !out.includes('"listening"') && child.exitCode === null; i++) await sleep(100);
  const listening = out.split('\n').find((l) => l.includes('"listening"'));
  if (!listening) throw new Error(`the bridge did not start: ${out}`);
  return { url: (JSON.parse(listening) as { url: string }).url, output: () => out };
}

describe('bridge CLI configured from MCP_BRIDGE_* env (packaged images)', () => {
  test('bearer: the token variable is kept from the server process and out of every output line', async () => {
    const token = 'cli-static-token-93b1d27e4c0a';
    const cli = await startCliBridge({ MCP_BRIDGE_AUTH: 'bearer', MCP_BRIDGE_AUTH_TOKEN_ENV: 'BRIDGE_TOKEN', BRIDGE_TOKEN: token, KEEP_ME: 'visible' }, [everythingEntry, 'stdio']);
    expect((await initialize(cli.url)).status).toBe(401);
    expect((await initialize(cli.url, 'cli-static-token-wrong')).status).toBe(401);
    const client = await session(cli.url, token);
    const result = (await client.callTool({ name: 'get-env', arguments: {} })) as { content: { type: string; text: string }[] };
    const serverEnv = JSON.parse(result.content[0]!.text) as Record<string, string>;
    expect(serverEnv.KEEP_ME).toBe('visible');
    expect(serverEnv).not.toHaveProperty('BRIDGE_TOKEN');
    expect(result.content[0]!.text).not.toContain(token);
    await client.close();
    expect(cli.output()).not.toContain(token);
  }, 60_000);

  test('oauth: a token from the issuer opens a session, and the SSE endpoint is guarded too', async () => {
    const port = await freePort();
    const audience = `http://127.0.0.1:${port}/mcp`;
    const cli = await startCliBridge({ MCP_BRIDGE_PORT: String(port), MCP_BRIDGE_AUTH: 'oauth', MCP_BRIDGE_ISSUER: as.issuer, MCP_BRIDGE_AUDIENCE: audience, MCP_BRIDGE_SCOPES: 'mcp:tools' }, [testServer]);
    expect((await fetch(new URL('/sse', cli.url))).status).toBe(401);
    const token = await as.token(audience, 'mcp:tools');
    const client = await session(cli.url, token);
    expect((await client.callTool({ name: 'pid', arguments: {} })).isError).toBeFalsy();
    await client.close();
    expect((await initialize(cli.url, await as.token(audience, 'mcp:read'))).status).toBe(403);
    expect(cli.output()).not.toContain(token);
  }, 60_000);
});
