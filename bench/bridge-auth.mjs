#!/usr/bin/env node
// Benchmark of issue 15: a tools/call (echo) round trip through the bridge (the CLI bundle,
// `bridge -- node server-everything stdio`) with `--auth oauth` (each request's JWT verified:
// RS256 signature against the issuer's JWKS, iss, aud, exp, scope) against the same bridge
// without auth, in the same run. The issuer is a small metadata + JWKS server on 127.0.0.1 and
// the token is signed here with jose: the bridge's work per request is what a real issuer's token
// costs it (the JWKS is fetched once and cached). Rounds alternate between the two bridges so
// load on the shared machine falls on both alike; the figure is the median of every call.
// Usage: node bench/bridge-auth.mjs    (BENCH_ROUNDS=N rounds, BENCH_CALLS=N calls per round;
//        BENCH_BRIDGE=source runs the bridge from src/ through tsx instead of the dist/cli bundle)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { median, root } from './lib.mjs';

const everything = join(root, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const cli = process.env.BENCH_BRIDGE === 'source' ? ['--import', 'tsx', join(root, 'src/entries/cli.ts')] : [join(root, 'dist/cli/index.js')];
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const calls = Number(process.env.BENCH_CALLS ?? 50);

async function listenOn(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port };
}

async function freePort() {
  const { server, port } = await listenOn(() => {});
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(port) {
  for (let i = 0; i < 300; i++) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`port ${port} never answered`);
}

function startBridge(port, args) {
  // `timeout` makes the bridges stop by themselves should this script die.
  return spawn('timeout', ['600', process.execPath, ...cli, 'bridge', '--port', String(port), ...args, '--', process.execPath, everything, 'stdio'], { stdio: 'ignore', cwd: root });
}

async function session(url, token) {
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), token ? { requestInit: { headers: { authorization: `Bearer ${token}` } } } : {}));
  for (let i = 0; i < 20; i++) await client.callTool({ name: 'echo', arguments: { message: 'warm' } });
  return client;
}

async function round(client, into) {
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await client.callTool({ name: 'echo', arguments: { message: `m${i}` } });
    into.push(performance.now() - started);
  }
}

// The issuer: RFC 8414 metadata and the JWKS, nothing else.
const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-1', alg: 'RS256', use: 'sig' };
let issuer = '';
const issuerServer = await listenOn((req, res) => {
  const body = req.url === '/jwks' ? { keys: [jwk] } : req.url === '/.well-known/oauth-authorization-server' ? { issuer, jwks_uri: `${issuer}/jwks` } : undefined;
  res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
});
issuer = `http://127.0.0.1:${issuerServer.port}`;

const authPort = await freePort();
const plainPort = await freePort();
const audience = `http://127.0.0.1:${authPort}/mcp`;
const authBridge = startBridge(authPort, ['--auth', 'oauth', '--issuer', issuer, '--audience', audience, '--scopes', 'mcp:tools']);
const plainBridge = startBridge(plainPort, []);
try {
  await waitFor(authPort);
  await waitFor(plainPort);
  const token = await new SignJWT({ scope: 'mcp:tools', client_id: 'bench' }).setProtectedHeader({ alg: 'RS256', kid: 'bench-1', typ: 'at+jwt' }).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('1h').sign(privateKey);
  const withAuth = await session(audience, token);
  const without = await session(`http://127.0.0.1:${plainPort}/mcp`);
  const authMs = [];
  const plainMs = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs on a warmer or quieter machine.
    if (r % 2) {
      await round(withAuth, authMs);
      await round(without, plainMs);
    } else {
      await round(without, plainMs);
      await round(withAuth, authMs);
    }
  }
  await Promise.all([withAuth.close(), without.close()]);
  const ratio = median(authMs) / median(plainMs);
  console.log(
    JSON.stringify(
      {
        bench: 'bridge-auth',
        server: '@modelcontextprotocol/server-everything (stdio, through the bridge)',
        bridge: process.env.BENCH_BRIDGE === 'source' ? 'src (tsx)' : 'dist/cli',
        calls: authMs.length,
        oauthJwtMedianMs: Number(median(authMs).toFixed(3)),
        noAuthMedianMs: Number(median(plainMs).toFixed(3)),
        ratio: Number(ratio.toFixed(3)),
        goal: 'median tools/call round trip with JWT validation at most 1.1x the bridge without auth',
        met: ratio <= 1.1,
      },
      null,
      2,
    ),
  );
} finally {
  authBridge.kill('SIGTERM');
  plainBridge.kill('SIGTERM');
  issuerServer.server.close();
}
