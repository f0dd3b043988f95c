/**
 * The health gate with declared authorization, against the real bridge enforcing it and a real
 * authorization server (oidc-provider on 127.0.0.1, client-credentials grant, JWT access tokens):
 * the refusal (401 + valid RFC 9728 metadata) and the authorized path (contract and smoke call
 * with a token the gate obtains itself), and each way either side can be wrong. No token or
 * client secret in any report, log line or CLI output.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startBridge, type BridgeOptions, type RunningBridge } from '../../src/bridge/bridge.js';
import { contractFromNames } from '../../src/health/contract.js';
import { runHealthGate } from '../../src/health/gate.js';
import { parseTarget } from '../../src/health/inputs.js';
import type { GateAuth, HealthOptions, HealthReport } from '../../src/health/types.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { CLIENT_ID, CLIENT_SECRET, signingKey, startAuthorizationServer, type AuthorizationServer } from '../helpers/authorization-server.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const testServer = join(repoRoot, 'test/fixtures/mcp/stdio-test-server.mjs');
const BEARER = 'gate-static-token-7c41a9e05b3d';
/** A compact JWS (what an access token looks like): none may appear in any output. */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/;

let as: AuthorizationServer;
const bridges: RunningBridge[] = [];
beforeAll(async () => {
  as = await startAuthorizationServer([await signingKey('gate-key-1')]);
});
afterAll(async () => {
  await Promise.all(bridges.map((b) => b.drain()));
  await as?.close();
});

async function bridge(auth: BridgeOptions['auth'], port = 0): Promise<RunningBridge> {
  const running = await startBridge({
    command: { command: process.execPath, args: [testServer] },
    port,
    host: '127.0.0.1',
    path: '/mcp',
    allowedHosts: ['127.0.0.1', 'localhost'],
    allowedOrigins: [],
    maxSessions: 8,
    idleTimeoutMs: 60_000,
    drainTimeoutMs: 5_000,
    log: () => {},
    auth,
  });
  bridges.push(running);
  return running;
}

async function gate(url: string, auth: GateAuth | undefined, extra: Partial<HealthOptions> = {}): Promise<{ report: HealthReport; logged: string }> {
  const logger = new RecordingLogger();
  const report = await runHealthGate({
    target: parseTarget(url, undefined),
    transport: 'auto',
    headers: {},
    timeoutMs: 20_000,
    strict: false,
    allowAuthRequired: false,
    initialBackoffMs: 100,
    contract: contractFromNames(['pid', 'slow']),
    smoke: { tool: 'pid', args: {} },
    ...(auth ? { auth } : {}),
    logger,
    ...extra,
  });
  return { report, logged: JSON.stringify(logger.lines) };
}

function expectNoSecrets(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toMatch(JWT);
    expect(text).not.toContain(CLIENT_SECRET);
    expect(text).not.toContain(BEARER);
  }
}

describe('oauth: the gate obtains a token by client credentials', () => {
  let url: string;
  let audience: string;
  const declared = (extra: Partial<Extract<GateAuth, { mode: 'oauth' }>> = {}): GateAuth => ({
    mode: 'oauth',
    issuer: as.issuer,
    audience,
    scopes: ['mcp:tools'],
    client: { id: CLIENT_ID, secret: CLIENT_SECRET },
    ...extra,
  });

  beforeAll(async () => {
    const port = await freePort();
    audience = `http://127.0.0.1:${port}/mcp`;
    url = (await bridge({ mode: 'oauth', issuer: as.issuer, audience, scopes: ['mcp:tools'] }, port)).url;
  });

  test('proves the refusal (401, valid metadata naming the issuer) and passes the contract and smoke call with an issued token; no token in the report or log', async () => {
    const { report, logged } = await gate(url, declared());
    expect(report).toMatchObject({ ok: true, status: 'healthy', smoke: { tool: 'pid', ok: true } });
    expect(report.tools.map((t) => t.name)).toEqual(expect.arrayContaining(['pid', 'slow']));
    expect(report.auth).toMatchObject({
      mode: 'oauth',
      refusalVerified: true,
      token: 'client-credentials',
      resource: audience,
      authorizationServers: [as.issuer],
      resourceMetadata: `${new URL(audience).origin}/.well-known/oauth-protected-resource`,
    });
    expectNoSecrets(JSON.stringify(report), logged);
  }, 60_000);

  test('a client the issuer refuses: the gate fails with the token error, naming neither secret nor token', async () => {
    const { report } = await gate(url, declared({ client: { id: CLIENT_ID, secret: 'not-the-client-secret-at-all' } }));
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ code: 'auth-token' });
    expect(report.problems[0]!.message).toContain('invalid_client');
    expect(JSON.stringify(report)).not.toContain('not-the-client-secret-at-all');
  }, 60_000);

  test('declared audience other than the one the server enforces: the metadata check fails', async () => {
    const { report } = await gate(url, declared({ audience: 'http://127.0.0.1:9/other/mcp' }));
    expect(report).toMatchObject({ ok: false, status: 'unhealthy' });
    expect(report.problems[0]).toMatchObject({ code: 'auth-metadata' });
    expect(report.problems[0]!.message).toMatch(/not at the origin of the declared audience/);
  }, 60_000);

  test('no credentials: alive, authorization required with the refusal verified; passes only when allowed', async () => {
    const { report } = await gate(url, declared({ client: undefined, missing: 'set GATE_SECRET' }));
    expect(report).toMatchObject({ ok: false, status: 'auth-required', auth: { refusalVerified: true } });
    expect(report.problems[0]!.message).toContain('set GATE_SECRET');
    const allowed = await gate(url, declared({ client: undefined }), { allowAuthRequired: true });
    expect(allowed.report).toMatchObject({ ok: true, status: 'auth-required' });
  }, 60_000);

  test('the CLI: --auth oauth with the client secret from an environment variable; exit 0 and nothing secret on stdout or stderr', async () => {
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), env: { ...process.env, GATE_CLIENT_SECRET: CLIENT_SECRET } };
    const args = ['health', url, '--auth', 'oauth', '--issuer', as.issuer, '--audience', audience, '--scopes', 'mcp:tools', '--oauth-client-id', CLIENT_ID, '--oauth-client-secret-env', 'GATE_CLIENT_SECRET', '--expect-tools', 'pid'];
    expect(await main([...args, '--format', 'json'], io)).toBe(0);
    expect(await main(args, io)).toBe(0);
    expect(out).toContain('oauth: no token: 401 with valid metadata; token from the issuer (client credentials)');
    expectNoSecrets(out);
  }, 60_000);
});

describe('bearer', () => {
  let url: string;
  beforeAll(async () => {
    url = (await bridge({ mode: 'bearer', token: BEARER })).url;
  });

  test('the refusal, then the contract and smoke call with the token; the token is not in the report', async () => {
    const { report, logged } = await gate(url, { mode: 'bearer', token: BEARER });
    expect(report).toMatchObject({ ok: true, status: 'healthy', auth: { mode: 'bearer', refusalVerified: true, token: 'bearer' } });
    expectNoSecrets(JSON.stringify(report), logged);
  }, 60_000);

  test('a token the server does not accept: the gate fails on the authorized path', async () => {
    const { report } = await gate(url, { mode: 'bearer', token: 'gate-static-token-wrong-one' });
    expect(report).toMatchObject({ ok: false, status: 'unhealthy' });
    expect(report.problems[0]).toMatchObject({ code: 'auth-refused' });
    expect(report.problems[0]!.message).toContain('invalid_token');
    expect(JSON.stringify(report)).not.toContain('gate-static-token-wrong-one');
  }, 60_000);

  test('the CLI with --spec: auth: and health.auth of the spec drive the gate', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'health-auth-'));
    const spec = join(dir, 'mcp-deploy.yml');
    writeFileSync(spec, ['server: { name: gated, transport: stdio }', 'auth:', '  mode: bearer', '  bearer: { secret: { from: { env: GATED_TOKEN } } }', 'health: { expect-tools: [pid] }', ''].join('\n'));
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), env: { ...process.env, GATED_TOKEN: BEARER } };
    expect(await main(['health', url, '--spec', spec], io)).toBe(0);
    expect(out).toContain('bearer: no token: 401 with valid metadata; static bearer token');
    expect(await main(['health', url, '--spec', spec], { ...io, env: { ...process.env } })).toBe(1);
    expect(out).toContain('holds no credentials to check the authorized path (set GATED_TOKEN)');
    expectNoSecrets(out);
  }, 60_000);
});

test('auth declared, but the server answers without it: the gate fails saying authorization is not enforced', async () => {
  const open = await bridge(undefined);
  const { report } = await gate(open.url, { mode: 'bearer', token: BEARER });
  expect(report).toMatchObject({ ok: false, status: 'unhealthy' });
  expect(report.problems).toEqual([expect.objectContaining({ code: 'auth-not-enforced', message: expect.stringContaining('does not enforce authorization') })]);
}, 60_000);

test('a server that starts late: the refusal check retries until it answers', async () => {
  const port = await freePort();
  const late = new Promise<RunningBridge>((resolve) => setTimeout(() => void bridge({ mode: 'bearer', token: BEARER }, port).then(resolve), 1500));
  const { report } = await gate(`http://127.0.0.1:${port}/mcp`, { mode: 'bearer', token: BEARER });
  await late;
  expect(report).toMatchObject({ ok: true, auth: { refusalVerified: true } });
  expect(report.attempts.filter((a) => !a.ok).length).toBeGreaterThan(0);
}, 60_000);
