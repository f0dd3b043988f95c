/**
 * The bridge as a real process (the CLI from source, through tsx) in front of a real stdio MCP
 * server, under hostile traffic on 127.0.0.1: requests the SDK rejects (406, 415, batches),
 * malformed bodies, and connections dropped mid-body or mid-answer. Children are counted from
 * /proc; afterwards the bridge must hold no process beyond its live sessions, and SIGTERM must
 * end the process.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBridge } from '../../src/bridge/bridge.js';
import { repoRoot } from '../helpers/paths.js';
import { alive } from '../helpers/processes.js';

const testServer = join(repoRoot, 'test/fixtures/mcp/stdio-test-server.mjs');
const stubbornServer = join(repoRoot, 'test/fixtures/mcp/stubborn-stdio-server.mjs');
const cliEntry = join(repoRoot, 'src/entries/cli.ts');
const DRAIN_TIMEOUT_S = 3;
const ROUNDS = 40;

const started: ChildProcess[] = [];
const seenChildren = new Set<number>();
afterAll(() => {
  // Whatever a failing run left behind: the bridge and every server process it was seen holding.
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of seenChildren) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** The MCP server processes among a process's direct children, from /proc (every thread's list).
 * Other children (tsx's esbuild service) are not the bridge's. */
function childrenOf(pid: number, server = testServer): number[] {
  const pids: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    for (const word of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/)) {
      if (!word) continue;
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${word}/cmdline`, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      if (cmdline.includes(server)) pids.push(Number(word));
    }
  }
  for (const p of pids) seenChildren.add(p);
  return pids;
}


interface CliBridge {
  process: ChildProcess;
  port: number;
  url: string;
  lines: () => { event?: string; count?: number }[];
}

async function startCliBridge(extra: string[], server = testServer): Promise<CliBridge> {
  const args = ['--import', 'tsx', cliEntry, 'bridge', '--port', '0', '--drain-timeout', `${DRAIN_TIMEOUT_S}s`, ...extra, '--', process.execPath, server];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.resume();
  for (let i = 0; i < 300 && !out.includes('"listening"'); i++) await sleep(100);
  const listening = out.split('\n').find((l) => l.includes('"listening"'));
  if (!listening) throw new Error(`the bridge did not start: ${out}`);
  const url = (JSON.parse(listening) as { url: string }).url;
  const lines = () =>
    out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event?: string; count?: number });
  return { process: child, port: Number(new URL(url).port), url, lines };
}

const initialize = (id = 1) => ({ jsonrpc: '2.0', id, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'hostile', version: '1' } } });
const BOTH = 'application/json, text/event-stream';

/** One POST on its own connection; resolves with the status (0 when the bridge dropped it). */
function post(port: number, headers: Record<string, string>, body: string, path = '/mcp'): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode!));
      res.once('error', () => resolve(res.statusCode!));
    });
    req.once('error', () => resolve(0));
    req.end(body);
  });
}

/** Sends raw bytes on a fresh connection and drops it after `afterMs`. */
function sendAndDrop(port: number, raw: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(raw);
      setTimeout(() => socket.destroy(), afterMs);
    });
    socket.on('data', () => {});
    socket.once('error', () => {});
    socket.once('close', () => resolve());
  });
}

function rawPost(port: number, body: string, sentBytes: number): string {
  return `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAccept: ${BOTH}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, sentBytes)}`;
}

/** Every kind of request that must not leave a process behind, ROUNDS times each. */
function hostileRequests(port: number): (() => Promise<unknown>)[] {
  const init = JSON.stringify(initialize());
  const kinds: ((i: number) => Promise<unknown>)[] = [
    // The SDK's 406: Accept names only JSON.
    () => post(port, { 'content-type': 'application/json', accept: 'application/json' }, init),
    // The SDK's 415: a body that is JSON, labelled as something else.
    () => post(port, { 'content-type': 'text/plain', accept: BOTH }, init),
    // Two initializes in one batch: the SDK's 400.
    () => post(port, { 'content-type': 'application/json', accept: BOTH }, JSON.stringify([initialize(1), initialize(2)])),
    // Not JSON at all.
    () => post(port, { 'content-type': 'application/json', accept: BOTH }, '{"jsonrpc": "2.0", "method": "initia'),
    // No session and not an initialize; an unknown session.
    () => post(port, { 'content-type': 'application/json', accept: BOTH }, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' })),
    () => post(port, { 'content-type': 'application/json', accept: BOTH, 'mcp-session-id': 'no-such-session' }, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' })),
    // Dropped halfway through the body.
    (i) => sendAndDrop(port, rawPost(port, init, 40), (i % 3) * 10),
    // The whole initialize sent, the connection dropped before (or while) the answer comes.
    (i) => sendAndDrop(port, rawPost(port, init, Infinity), (i % 4) * 15),
    // Legacy SSE streams opened and dropped at once.
    (i) => sendAndDrop(port, `GET /sse HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: text/event-stream\r\n\r\n`, (i % 4) * 15),
  ];
  const jobs: (() => Promise<unknown>)[] = [];
  for (let i = 0; i < ROUNDS; i++) for (const kind of kinds) jobs.push(() => kind(i));
  return jobs;
}

async function runAll(jobs: (() => Promise<unknown>)[], concurrency: number): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }),
  );
}

/** Polls until the bridge has `expected` children, or gives up after a generous bound (a failure, not a speed check). */
async function settleChildren(pid: number, expected: number, boundMs = 30_000, server = testServer): Promise<number[]> {
  const deadline = Date.now() + boundMs;
  let pids = childrenOf(pid, server);
  while (pids.length !== expected && Date.now() < deadline) {
    await sleep(200);
    pids = childrenOf(pid, server);
  }
  return pids;
}

function exitOf(child: ChildProcess, boundMs: number): Promise<number | string | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('still running'), boundMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

describe('bridge under rejected, malformed and aborted requests (real process)', () => {
  test('holds no server process beyond its live sessions, and exits 0 on SIGTERM with live sessions open', async () => {
    const bridge = await startCliBridge(['--max-sessions', '4', '--idle-timeout', '8s']);
    const pid = bridge.process.pid!;

    await runAll(hostileRequests(bridge.port), 8);
    // An initialize whose whole answer went out before the drop is a live session (its client
    // has an id): no process beyond those, and idle expiry then ends them too.
    const liveSessions = async () => ((await (await fetch(`http://127.0.0.1:${bridge.port}/healthz`)).json()) as { sessions: number }).sessions;
    const deadline = Date.now() + 30_000;
    let counts = { children: childrenOf(pid).length, sessions: await liveSessions() };
    while (counts.children !== counts.sessions && Date.now() < deadline) {
      await sleep(200);
      counts = { children: childrenOf(pid).length, sessions: await liveSessions() };
    }
    expect(counts.children).toBe(counts.sessions);
    expect(counts.sessions).toBeLessThanOrEqual(4);
    expect({ children: (await settleChildren(pid, 0)).length, sessions: await liveSessions() }).toEqual({ children: 0, sessions: 0 });

    // One real session: exactly one process, the one that answers it.
    const client = new Client({ name: 'hardening-test', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(bridge.url)));
    const served = await client.callTool({ name: 'pid', arguments: {} });
    const servedPid = Number((served.content as { text: string }[])[0]!.text);
    expect(childrenOf(pid)).toEqual([servedPid]);

    // A legacy SSE session beside it, held open, and an idle keep-alive connection.
    const sse = await fetch(`http://127.0.0.1:${bridge.port}/sse`, { headers: { accept: 'text/event-stream' } });
    expect(sse.status).toBe(200);
    expect((await settleChildren(pid, 2)).length).toBe(2);
    await client.ping(); // not idle
    const keepAlive = await fetch(`http://127.0.0.1:${bridge.port}/healthz`, { keepalive: true });
    await keepAlive.text();
    const sessionPids = childrenOf(pid);

    // SIGTERM: drain, stop the children, exit. The bound is a failure condition, not a speed check.
    const exited = exitOf(bridge.process, (DRAIN_TIMEOUT_S + 20) * 1000);
    bridge.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(bridge.lines().at(-1)!.event).toBe('stopped');
    for (const p of sessionPids) expect({ pid: p, alive: alive(p) }).toEqual({ pid: p, alive: false });
    await sse.body?.cancel().catch(() => {});
    await client.close().catch(() => {});
  }, 180_000);

  test('exits 0 on SIGTERM after answering an initialize the SDK refuses', async () => {
    const bridge = await startCliBridge([]);
    const status = await post(bridge.port, { 'content-type': 'application/json', accept: 'application/json' }, JSON.stringify(initialize()));
    expect(status).toBe(406);
    const exited = exitOf(bridge.process, (DRAIN_TIMEOUT_S + 20) * 1000);
    bridge.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(bridge.lines().at(-1)!.event).toBe('stopped');
  }, 60_000);

  test('a server process that ignores SIGTERM and stdin EOF is killed at the end of the drain, and the bridge exits 0', async () => {
    const bridge = await startCliBridge([], stubbornServer);
    const client = new Client({ name: 'hardening-test', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(bridge.url)));
    const served = Number(((await client.callTool({ name: 'pid', arguments: {} })).content as { text: string }[])[0]!.text);
    expect(childrenOf(bridge.process.pid!, stubbornServer)).toEqual([served]);
    const exited = exitOf(bridge.process, (DRAIN_TIMEOUT_S + 20) * 1000);
    bridge.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(bridge.lines()).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'children-killed', count: 1 })]));
    for (let i = 0; i < 50 && alive(served); i++) await sleep(100);
    expect(alive(served)).toBe(false);
    await client.close().catch(() => {});
  }, 60_000);

  test('drain stops a /readyz probe process that is still waiting for its server', async () => {
    // A "server" that never answers initialize and ignores SIGTERM: the probe waits on it.
    const marker = 'readyz-hang-4f1d';
    const bridge = await startBridge({
      command: { command: process.execPath, args: ['-e', `process.on('SIGTERM', () => {}); setTimeout(() => {}, 60000); // ${marker}`] },
      port: 0,
      host: '127.0.0.1',
      path: '/mcp',
      allowedHosts: ['127.0.0.1'],
      allowedOrigins: [],
      maxSessions: 4,
      idleTimeoutMs: 60_000,
      drainTimeoutMs: 1000,
      log: () => {},
    });
    const probe = fetch(bridge.url.replace(/\/mcp$/, '/readyz')).then((r) => r.status, () => 0);
    const probes = await settleChildren(process.pid, 1, 30_000, marker);
    expect(probes.length).toBe(1);
    await bridge.drain();
    for (let i = 0; i < 50 && alive(probes[0]!); i++) await sleep(100);
    expect(alive(probes[0]!)).toBe(false);
    await probe;
  }, 60_000);
});
