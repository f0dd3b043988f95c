/**
 * The stdio-to-HTTP bridge in front of real stdio servers: server-everything (the MCP project's)
 * and a small SDK server of ours with slow, crashing and pid tools. Clients are the official SDK's.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBridge, type BridgeOptions, type RunningBridge } from '../../src/bridge/bridge.js';
import { runHealthGate } from '../../src/health/gate.js';
import { parseTarget } from '../../src/health/inputs.js';
import { everythingEntry } from '../helpers/mcp-servers.js';
import { node24 } from '../helpers/node24.js';
import { repoRoot } from '../helpers/paths.js';
import { exited } from '../helpers/processes.js';

const testServer = join(repoRoot, 'test/fixtures/mcp/stdio-test-server.mjs');
const bridges: RunningBridge[] = [];
afterAll(async () => {
  await Promise.all(bridges.map((b) => b.drain()));
});

async function bridge(command: string[], extra: Partial<BridgeOptions> = {}): Promise<RunningBridge & { logs: Record<string, unknown>[] }> {
  const logs: Record<string, unknown>[] = [];
  const running = await startBridge({
    command: { command: process.execPath, args: command },
    port: 0,
    host: '127.0.0.1',
    path: '/mcp',
    allowedHosts: ['127.0.0.1', 'localhost'],
    allowedOrigins: [],
    maxSessions: 8,
    idleTimeoutMs: 60_000,
    drainTimeoutMs: 10_000,
    log: (e) => void logs.push(JSON.parse(JSON.stringify(e)) as Record<string, unknown>),
    ...extra,
  });
  bridges.push(running);
  return Object.assign(running, { logs });
}

/** `requests` holds every HTTP request the client sent, with its JSON-RPC method(s) and when its answer's headers came. */
async function connect(url: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport; requests: SentRequest[] }> {
  const requests: SentRequest[] = [];
  const counting = (input: string | URL | Request, init?: RequestInit) => {
    const sent: SentRequest = { method: init?.method ?? 'GET', rpc: typeof init?.body === 'string' ? rpcOf(init.body) : undefined };
    requests.push(sent);
    const answered = fetch(input, init);
    sent.answered = answered.then(
      () => undefined,
      () => undefined,
    );
    return answered;
  };
  const transport = new StreamableHTTPClientTransport(new URL(url), { fetch: counting });
  const client = new Client({ name: 'bridge-test', version: '1' });
  await client.connect(transport);
  return { client, transport, requests };
}

interface SentRequest {
  method: string;
  rpc?: string;
  answered?: Promise<void>;
}
const rpcOf = (body: string) => ([JSON.parse(body)].flat() as { method?: string }[]).map((m) => m.method ?? 'response').join(',');


/** Polls `ready` until it holds or `boundMs` passes. */
async function until(ready: () => boolean, boundMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + boundMs; !ready() && Date.now() < deadline; ) await sleep(50);
}

const text = (r: unknown) => ((r as { content: unknown }).content as { type: string; text: string }[])[0]!.text;
const gate = (url: string, transport: 'streamable-http' | 'sse' | 'auto' = 'auto') =>
  runHealthGate({ target: parseTarget(url, undefined), transport, headers: {}, timeoutMs: 20_000, strict: false, allowAuthRequired: false });

describe('bridge over server-everything (stdio)', () => {
  test('serves the same tools over Streamable HTTP and legacy SSE as the server has over stdio', async () => {
    const b = await bridge([everythingEntry, 'stdio']);
    const native = await runHealthGate({ target: parseTarget(undefined, `node ${everythingEntry} stdio`), transport: 'auto', headers: {}, timeoutMs: 20_000, strict: false, allowAuthRequired: false });
    const overHttp = await gate(b.url, 'streamable-http');
    const overSse = await gate(b.url.replace(/\/mcp$/, '/sse'), 'sse');
    expect(overHttp).toMatchObject({ ok: true, transport: 'streamable-http', server: native.server });
    expect(overSse).toMatchObject({ ok: true, transport: 'sse' });
    expect(overHttp.toolsHash).toBe(native.toolsHash);
    expect(overSse.toolsHash).toBe(native.toolsHash);
    expect([overHttp.resources, overHttp.prompts]).toEqual([native.resources, native.prompts]);
  }, 60_000);

  test('progress notifications reach the request they belong to', async () => {
    const b = await bridge([everythingEntry, 'stdio']);
    const { client } = await connect(b.url);
    const progress: number[] = [];
    const result = await client.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 1, steps: 3 } }, undefined, { onprogress: (p) => void progress.push(p.progress), timeout: 20_000 });
    expect(result.isError).toBeFalsy();
    expect(progress).toEqual([1, 2, 3]);
    await client.close();
  }, 30_000);
});

describe('bridge sessions', () => {
  test('one process per session; DELETE ends a session and its id then answers 404', async () => {
    const b = await bridge([testServer]);
    const a = await connect(b.url);
    const c = await connect(b.url);
    expect(b.sessions()).toBe(2);
    const pidA = text(await a.client.callTool({ name: 'pid', arguments: {} }));
    const pidC = text(await c.client.callTool({ name: 'pid', arguments: {} }));
    expect(pidA).not.toBe(pidC);
    const sid = a.transport.sessionId!;
    await a.transport.terminateSession();
    expect(b.sessions()).toBe(1);
    const stale = await fetch(b.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-session-id': sid, 'mcp-protocol-version': '2025-11-25' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }) });
    expect(stale.status).toBe(404);
    // The child of the ended session is gone.
    expect(await exited(Number(pidA))).toBe(true);
    await c.client.close();
  }, 30_000);

  test('the session limit answers 503 with Retry-After; idle sessions are closed', async () => {
    const b = await bridge([testServer], { maxSessions: 1, idleTimeoutMs: 600 });
    const first = await connect(b.url);
    const second = await fetch(b.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x', version: '1' } } }) });
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('5');
    expect(await second.text()).toContain('session limit (1) reached');
    for (let i = 0; i < 40 && b.sessions() > 0; i++) await sleep(100);
    expect(b.sessions()).toBe(0);
    expect(b.logs.some((l) => l.event === 'session-closed' && l.reason === 'idle')).toBe(true);
    await first.client.close();
    // With the idle session gone and its process exited (the limit counts processes until they
    // have exited), a new one fits.
    const processes = async () => ((await (await fetch(new URL('/healthz', b.url))).json()) as { processes: number }).processes;
    for (let i = 0; i < 100 && (await processes()) > 0; i++) await sleep(100);
    expect(await processes()).toBe(0);
    const third = await connect(b.url);
    expect(b.sessions()).toBe(1);
    await third.client.close();
  }, 30_000);

  test('a crashed child: its open request gets an error naming the exit, and the next session gets a new process', async () => {
    const b = await bridge([testServer]);
    const { client } = await connect(b.url);
    const crashed = Number(text(await client.callTool({ name: 'pid', arguments: {} })));
    await expect(client.callTool({ name: 'crash', arguments: {} }, undefined, { timeout: 10_000 })).rejects.toThrow(/the MCP server process exited \(code 7\)/);
    expect(b.logs).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'child-exit', exit: 'code 7', openRequests: 1 })]));
    expect(b.sessions()).toBe(0);
    await client.close();
    const next = await connect(b.url);
    const fresh = Number(text(await next.client.callTool({ name: 'pid', arguments: {} })));
    expect(fresh).toBeGreaterThan(0);
    expect(fresh).not.toBe(crashed);
    expect(await exited(crashed)).toBe(true);
    await next.client.close();
  }, 30_000);

  test('drain: no new sessions, the open request finishes, children stop', async () => {
    const b = await bridge([testServer]);
    const { client, requests } = await connect(b.url);
    const pid = Number(text(await client.callTool({ name: 'pid', arguments: {} })));
    const before = requests.length;
    const slow = client.callTool({ name: 'slow', arguments: { ms: 1500 } }, undefined, { timeout: 10_000 });
    // The bridge hands a request to its child before it answers the POST's headers: once they are
    // here, the slow call is open in the bridge.
    await until(() => requests.length > before);
    expect(requests[before]!.rpc).toBe('tools/call');
    await requests[before]!.answered;
    const drained = b.drain();
    // drain() marks the bridge draining before it returns.
    expect(b.logs).toContainEqual({ event: 'draining', sessions: 1, openRequests: 1 });
    expect(await (await fetch(b.url.replace(/\/mcp$/, '/healthz'))).json()).toMatchObject({ draining: true });
    const refused = await fetch(b.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x', version: '1' } } }) });
    expect(refused.status).toBe(503);
    expect(text(await slow)).toBe('slept 1500');
    await drained;
    expect(b.logs.at(-1)).toEqual({ event: 'stopped', abandonedRequests: 0 });
    expect(() => process.kill(pid, 0)).toThrow();
    await expect(fetch(`${b.url}`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  }, 30_000);
});

describe('bridge probes, DNS-rebinding protection and logs', () => {
  test('/healthz is up, /readyz initializes and lists tools through a fresh process (not a session\'s), and fails when the server cannot start', async () => {
    // Each process the bridge starts writes its pid to a file first, so the probe's shows up.
    const dir = mkdtempSync(join(tmpdir(), 'bridge-readyz-'));
    const started = join(dir, 'pids');
    const startedPids = () => {
      try {
        return readFileSync(started, 'utf8').trim().split('\n').map(Number);
      } catch {
        return [];
      }
    };
    const b = await bridge(['-e', `require('node:fs').appendFileSync(${JSON.stringify(started)}, process.pid + '\\n'); import(${JSON.stringify(testServer)});`]);
    const base = b.url.replace(/\/mcp$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok', draining: false });
    const session = await connect(b.url);
    const sessionPid = Number(text(await session.client.callTool({ name: 'pid', arguments: {} })));
    expect(startedPids()).toEqual([sessionPid]);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', tools: 3 });
    const [, probePid, ...more] = startedPids();
    expect({ probe: probePid !== undefined && probePid !== sessionPid, more }).toEqual({ probe: true, more: [] });
    // The probe's process is stopped once it has answered; the session's still serves.
    expect(await exited(probePid!)).toBe(true);
    expect(Number(text(await session.client.callTool({ name: 'pid', arguments: {} })))).toBe(sessionPid);
    await session.client.close();
    rmSync(dir, { recursive: true, force: true });
    const broken = await bridge(['-e', 'process.exit(3)']);
    const notReady = await fetch(`${broken.url.replace(/\/mcp$/, '')}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: 'not ready', ok: false });
  }, 30_000);

  test.each([
    ['an allow-list of hosts (loopback binds)', ['127.0.0.1', 'localhost'], [] as string[]],
    ['no Host allow-list (all-address binds in images): any Host, but only listed Origins', [] as string[], ['https://inspector.example']],
  ])('Host and Origin must name an allowed host: %s', async (_name, allowedHosts, allowedOrigins) => {
    const b = await bridge([testServer], { allowedHosts, allowedOrigins });
    const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x', version: '1' } } });
    const post = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        // fetch will not send a forged Host header; node:http will.
        import('node:http').then(({ request }) => {
          const req = request(b.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers } }, (res) => {
            res.resume();
            resolve(res.statusCode!);
          });
          req.on('error', reject);
          req.end(init);
        }, reject);
      });
    expect(await post({ host: 'evil.example.com' })).toBe(allowedHosts.length ? 403 : 200);
    expect(await post({ host: `127.0.0.1:${b.port}`, origin: 'http://evil.example.com' })).toBe(403);
    // A rebound page: its own site as Origin and as Host.
    expect(await post({ host: 'evil.example.com', origin: 'http://evil.example.com' })).toBe(403);
    expect(await post({ host: `localhost:${b.port}`, origin: `http://localhost:${b.port}` })).toBe(allowedHosts.length ? 200 : 403);
    expect(await post({ host: `localhost:${b.port}`, origin: 'https://inspector.example' })).toBe(allowedOrigins.length ? 200 : 403);
  }, 30_000);

  // The CLI test below reads these entries as JSON lines on stdout.
  test('one log entry per HTTP request with method, path, status and time; no payloads', async () => {
    const b = await bridge([everythingEntry, 'stdio']);
    const { client, requests: sent } = await connect(b.url);
    await client.callTool({ name: 'echo', arguments: { message: 'payload-marker-5e7c' } });
    await client.close();
    // A request is logged when its response closes; the client's standalone GET stream closes with the client.
    const logged = () => b.logs.filter((l) => l.event === 'request');
    await until(() => logged().length >= sent.length);
    const requests = logged();
    expect(requests.map((r) => r.method).sort()).toEqual(sent.map((r) => r.method).sort());
    for (const r of requests) expect(r).toEqual(expect.objectContaining({ method: expect.any(String), path: '/mcp', status: expect.any(Number), ms: expect.any(Number) }));
    expect(requests.map((r) => r.rpc)).toEqual(expect.arrayContaining(['initialize', 'tools/call']));
    expect(JSON.stringify(b.logs)).not.toContain('payload-marker-5e7c');
  }, 30_000);

  test('the CLI bundle under Node 24: serves, logs JSON on stdout, and exits 0 after SIGTERM', async () => {
    const child = spawn(node24(), [join(repoRoot, 'dist/cli/index.js'), 'bridge', '--port', '0', '--', process.execPath, testServer, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    for (let i = 0; i < 100 && !out.includes('"listening"'); i++) await sleep(100);
    const url = (JSON.parse(out.split('\n')[0]!) as { url: string }).url;
    const report = await gate(url, 'streamable-http');
    expect(report).toMatchObject({ ok: true, server: { name: 'bridge-test-server' } });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { event: string });
    expect(lines.at(-1)!.event).toBe('stopped');
  }, 30_000);
});
