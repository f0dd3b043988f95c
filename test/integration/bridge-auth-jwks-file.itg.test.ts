/**
 * The bridge's oauth mode with the issuer's keys from a file (`--jwks-uri file:///…`, what a
 * ConfigMap mount gives pods that cannot reach the issuer): tokens from a real authorization
 * server (oidc-provider on 127.0.0.1) pass with iss and aud still checked; after a key rotation the
 * file is read again on the unknown key id; a missing file is the bridge's problem (503), not the
 * client's. The CLI refuses a file URL with a host.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBridge, type RunningBridge } from '../../src/bridge/bridge.js';
import { parseBridgeAuth } from '../../src/cli/commands/bridge.js';
import { signingKey, startAuthorizationServer, type AuthorizationServer, type SigningKey } from '../helpers/authorization-server.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const testServer = join(repoRoot, 'test/fixtures/mcp/stdio-test-server.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jwks-file-'));
const jwksFile = join(dir, 'jwks.json');
const bridges: RunningBridge[] = [];
let as: AuthorizationServer;
let first: SigningKey;

const publicJwks = (...keys: SigningKey[]) => JSON.stringify({ keys: keys.map(({ jwk: { kty, n, e, kid, alg, use } }) => ({ kty, n, e, kid, alg, use })) });

beforeAll(async () => {
  first = await signingKey('file-key-1');
  as = await startAuthorizationServer([first]);
  writeFileSync(jwksFile, publicJwks(first));
});
afterAll(async () => {
  await Promise.all(bridges.map((b) => b.drain()));
  await as?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function bridge(jwksUri: string, audience: string, port: number): Promise<RunningBridge> {
  const running = await startBridge({
    command: { command: process.execPath, args: [testServer] },
    port,
    host: '127.0.0.1',
    path: '/mcp',
    allowedHosts: ['127.0.0.1'],
    allowedOrigins: [],
    maxSessions: 4,
    idleTimeoutMs: 60_000,
    drainTimeoutMs: 5_000,
    log: () => {},
    auth: { mode: 'oauth', issuer: as.issuer, audience, scopes: ['mcp:tools'], jwksUri, jwksCooldownMs: 0 },
  });
  bridges.push(running);
  return running;
}

const initialize = (url: string, token: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
  });

test('tokens verify against the keys in the file, iss and aud still checked; a rotation is picked up from the rewritten file', async () => {
  const port = await freePort();
  const audience = `http://127.0.0.1:${port}/mcp`;
  const b = await bridge(pathToFileURL(jwksFile).href, audience, port);
  expect((await initialize(b.url, await as.token(audience, 'mcp:tools'))).status).toBe(200);
  expect((await initialize(b.url, await as.token('http://127.0.0.1:9/other', 'mcp:tools'))).status).toBe(401);
  const next = await signingKey('file-key-2');
  as.rotate([next]);
  const rotated = await as.token(audience, 'mcp:tools');
  expect((await initialize(b.url, rotated)).status).toBe(401);
  writeFileSync(jwksFile, publicJwks(next));
  expect((await initialize(b.url, rotated)).status).toBe(200);
}, 60_000);

test('a JWKS file that is not there: 503 (retry later), not 401', async () => {
  const port = await freePort();
  const audience = `http://127.0.0.1:${port}/mcp`;
  const b = await bridge(pathToFileURL(join(dir, 'missing.json')).href, audience, port);
  const response = await initialize(b.url, await as.token(audience, 'mcp:tools'));
  expect(response.status).toBe(503);
}, 60_000);

test('MCP_BRIDGE_JWKS_URI accepts file:///PATH and refuses a file URL with a host', () => {
  const env = { MCP_BRIDGE_AUTH: 'oauth', MCP_BRIDGE_ISSUER: 'https://a.example.com', MCP_BRIDGE_AUDIENCE: 'https://w.example.com/mcp' };
  expect(parseBridgeAuth({}, { ...env, MCP_BRIDGE_JWKS_URI: 'file:///etc/mcp-orchestrator/auth/jwks.json' })).toMatchObject({ jwksUri: 'file:///etc/mcp-orchestrator/auth/jwks.json' });
  expect(() => parseBridgeAuth({}, { ...env, MCP_BRIDGE_JWKS_URI: 'file://evil.example.com/jwks.json' })).toThrow('is not a file:///PATH URL');
});
