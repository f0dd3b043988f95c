#!/usr/bin/env node
// Benchmarks of issue 4, each against a peer in the same run, on server-everything:
//  1. the health gate's time to a verdict on a ready server (the CLI bundle, `health URL --format
//     json`: handshake, ping, every page of tools, resources and prompts) against the MCP Inspector
//     CLI (`--cli --method tools/list`), each a fresh process as a CI step would run it; and its
//     verdict on a dead port with --timeout 3s, which should come at the deadline, not later;
//  2. a tools/call (echo) round trip through the bridge (the CLI bundle, `bridge -- node
//     server-everything stdio`) against the same server's native Streamable HTTP, at 1 and at 16
//     concurrent sessions (SDK clients in this process).
// Usage: node bench/health.mjs    (BENCH_RUNS=N for the gate runs, BENCH_CALLS=N per session)
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { median, root, timed } from './lib.mjs';

const everything = join(root, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const inspector = join(root, 'node_modules/@modelcontextprotocol/inspector/cli/build/cli.js');
const cli = join(root, 'dist/cli/index.js');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const calls = Number(process.env.BENCH_CALLS ?? 200);

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits for a TCP listener (not fetch: a pooled keep-alive socket would be reused later, closed). */
async function waitFor(url) {
  const { port } = new URL(url);
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`${url} never answered`);
}

function start(args, env = {}) {
  // `timeout` makes the servers stop by themselves should this script die.
  return spawn('timeout', ['600', process.execPath, ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

async function roundTrips(url, sessions) {
  process.stderr.write(`round trips: ${url} x${sessions}\n`);
  const clients = await Promise.all(
    Array.from({ length: sessions }, async () => {
      const client = new Client({ name: 'bench', version: '1' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      for (let i = 0; i < 10; i++) await client.callTool({ name: 'echo', arguments: { message: 'warm' } });
      return client;
    }),
  );
  const latencies = [];
  let retried = 0;
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let i = 0; i < calls; i++) {
        const s = performance.now();
        try {
          await client.callTool({ name: 'echo', arguments: { message: `m${i}` } });
        } catch {
          // A keep-alive socket the server closed as it was reused ("other side closed"): count, retry once.
          retried++;
          await client.callTool({ name: 'echo', arguments: { message: `m${i}` } });
        }
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(clients.map((c) => c.close()));
  return { medianMs: Number(median(latencies).toFixed(2)), p95Ms: Number(percentile(latencies, 95).toFixed(2)), callsPerSecond: Math.round(latencies.length / seconds), retried };
}

const gatePort = await freePort();
const nativePort = await freePort();
const bridgePort = await freePort();
// The gate and the Inspector get their own server-everything: the round trips start on a fresh one.
const gateServer = start([everything, 'streamableHttp'], { PORT: String(gatePort) });
const native = start([everything, 'streamableHttp'], { PORT: String(nativePort) });
const bridge = start([cli, 'bridge', '--port', String(bridgePort), '--max-sessions', '64', '--', process.execPath, everything, 'stdio']);
try {
  const gateUrl = `http://127.0.0.1:${gatePort}/mcp`;
  const nativeUrl = `http://127.0.0.1:${nativePort}/mcp`;
  const bridgeUrl = `http://127.0.0.1:${bridgePort}/mcp`;
  await waitFor(nativeUrl);
  await waitFor(gateUrl);
  await waitFor(`http://127.0.0.1:${bridgePort}/healthz`);

  const gate = [];
  const peer = [];
  for (let i = 0; i < runs; i++) {
    gate.push(timed([cli, 'health', gateUrl, '--format', 'json']).ms);
    peer.push(timed([inspector, '--cli', gateUrl, '--transport', 'http', '--method', 'tools/list']).ms);
  }
  process.stderr.write(`gate ${median(gate)} ms, inspector ${median(peer)} ms\n`);
  // A port nothing listens on: the verdict should come at the deadline, neither early nor late.
  const dead = timed([cli, 'health', `http://127.0.0.1:${await freePort()}/mcp`, '--timeout', '3s', '--format', 'json'], { okCodes: [1] });
  const deadReport = JSON.parse(dead.run.stdout);
  const deadPort = {
    timeoutMs: 3000,
    verdictMs: deadReport.latencyMs.total,
    processMs: Math.round(dead.ms),
    attempts: deadReport.attempts.length,
    goal: 'verdictMs from 2500 to 4500: at the deadline, not later',
  };
  const one = { native: await roundTrips(nativeUrl, 1), bridge: await roundTrips(bridgeUrl, 1) };
  const sixteen = { native: await roundTrips(nativeUrl, 16), bridge: await roundTrips(bridgeUrl, 16) };
  const result = {
    bench: 'health-and-bridge',
    server: '@modelcontextprotocol/server-everything',
    gate: {
      runs,
      gateMs: Math.round(median(gate)),
      inspectorCliMs: Math.round(median(peer)),
      ratioToInspector: Number((median(gate) / median(peer)).toFixed(2)),
      goal: 'no slower than the Inspector CLI (ratio <= 1)',
      deadPort,
    },
    bridge: {
      callsPerSession: calls,
      oneSession: { ...one, ratio: Number((one.bridge.medianMs / one.native.medianMs).toFixed(2)) },
      sixteenSessions: { ...sixteen, ratio: Number((sixteen.bridge.medianMs / sixteen.native.medianMs).toFixed(2)) },
      goal: 'median tools/call latency through the bridge at most 1.3x native, at 1 and at 16 sessions',
    },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  native.kill('SIGTERM');
  gateServer.kill('SIGTERM');
  bridge.kill('SIGTERM');
}
