/**
 * actions/health's bundle under Node 24 with declared authorization: the bridge (from source, in
 * this process) enforces oauth with tokens from a real authorization server (oidc-provider on
 * 127.0.0.1); the action proves the refusal and gets its own token by client credentials. The
 * client secret is masked first and appears nowhere: stdout, summary, outputs, report file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { startBridge, type RunningBridge } from '../../src/bridge/bridge.js';
import { CLIENT_ID, CLIENT_SECRET, signingKey, startAuthorizationServer, type AuthorizationServer } from '../helpers/authorization-server.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';
import { runAction } from '../helpers/run-action.js';

const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/;
let as: AuthorizationServer;
let bridge: RunningBridge;
let audience: string;

beforeAll(async () => {
  as = await startAuthorizationServer([await signingKey('action-key-1')]);
  const port = await freePort();
  audience = `http://127.0.0.1:${port}/mcp`;
  bridge = await startBridge({
    command: { command: process.execPath, args: [join(repoRoot, 'test/fixtures/mcp/stdio-test-server.mjs')] },
    port,
    host: '127.0.0.1',
    path: '/mcp',
    allowedHosts: ['127.0.0.1'],
    allowedOrigins: [],
    maxSessions: 4,
    idleTimeoutMs: 60_000,
    drainTimeoutMs: 5_000,
    log: () => {},
    auth: { mode: 'oauth', issuer: as.issuer, audience, scopes: ['mcp:tools'] },
  });
});
afterAll(async () => {
  await bridge?.drain();
  await as?.close();
});

describe('actions/health (dist/health) with auth oauth', () => {
  test('proves the refusal and passes with a client-credentials token; the client secret masked and never printed', async () => {
    const result = await runAction('health', {
      inputs: { url: bridge.url, auth: 'oauth', 'oauth-issuer': as.issuer, 'oauth-audience': audience, 'oauth-scopes': 'mcp:tools', 'oauth-client-id': CLIENT_ID, 'oauth-client-secret': CLIENT_SECRET, 'expect-tools': 'pid', timeout: '30s' },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.healthy).toBe('true');
    expect(result.masked).toContain(CLIENT_SECRET);
    expect(result.summary).toContain('| Auth | oauth: no token: 401 with valid metadata; token from the issuer (client credentials) |');
    const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
    const everything = [stdout, result.summary, JSON.stringify(result.outputs), ...Object.values(result.files)].join('\n');
    expect(everything).not.toContain(CLIENT_SECRET);
    expect(everything).not.toMatch(JWT);
  }, 60_000);

  test('an issuer other than the one the server names: the metadata check fails the step naming it', async () => {
    const result = await runAction('health', { inputs: { url: bridge.url, auth: 'oauth', 'oauth-issuer': 'http://127.0.0.1:9', 'oauth-audience': audience, 'oauth-client-id': CLIENT_ID, 'oauth-client-secret': CLIENT_SECRET, timeout: '10s' } });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors[0]).toContain('does not name the declared issuer http://127.0.0.1:9 in authorization_servers');
  }, 60_000);

  test('an http issuer on another host is refused before any request', async () => {
    const result = await runAction('health', { inputs: { url: bridge.url, auth: 'oauth', 'oauth-issuer': 'http://auth.example.com', 'oauth-audience': audience } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message).join('\n')).toContain('input oauth-issuer: "http://auth.example.com" must be https');
  }, 30_000);
});
