/**
 * The health gate against real MCP servers no one here wrote (server-everything over Streamable
 * HTTP, SSE and stdio; server-filesystem over stdio), servers built here with the official SDK
 * (bearer-auth middleware, a contract mismatch, a failing tool), a late starter and a dead port.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import { mcpAuthMetadataRouter, getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import express from 'express';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { contractFromNames } from '../../src/health/contract.js';
import { runHealthGate } from '../../src/health/gate.js';
import { parseTarget } from '../../src/health/inputs.js';
import type { HealthOptions } from '../../src/health/types.js';
import { main } from '../../src/cli/main.js';
import { everythingEntry, filesystemEntry, freePort, listen, startEverything, type RunningServer } from '../helpers/mcp-servers.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c().catch(() => {})));
});

function gate(target: string | { command: string }, extra: Partial<HealthOptions> = {}) {
  return runHealthGate({
    target: typeof target === 'string' ? parseTarget(target, undefined) : parseTarget(undefined, target.command),
    transport: 'auto',
    headers: {},
    timeoutMs: 20_000,
    strict: false,
    allowAuthRequired: false,
    initialBackoffMs: 100,
    ...extra,
  });
}

async function serverEverything(mode: 'streamableHttp' | 'sse'): Promise<RunningServer> {
  const server = await startEverything(mode);
  cleanups.push(server.stop);
  return server;
}

/** An SDK server over stateless Streamable HTTP in express, with the given tools. */
function sdkApp(register: (server: McpServer) => void) {
  const app = express();
  app.use(express.json());
  app.post('/mcp', async (req, res) => {
    const server = new McpServer({ name: 'test-server', version: '1.2.3' });
    register(server);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => void transport.close());
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  return app;
}

describe('health gate on server-everything', () => {
  test('Streamable HTTP: handshake, every tool with a schema hash, resources and prompts, a smoke call', async () => {
    const server = await serverEverything('streamableHttp');
    const report = await gate(server.url, { smoke: { tool: 'echo', args: { message: 'hello' } }, contract: contractFromNames(['echo', 'get-sum']) });
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(report).toMatchObject({ ok: true, status: 'healthy', transport: 'streamable-http', server: { name: 'mcp-servers/everything' } });
    expect(report.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.tools.map((t) => t.name)).toEqual(expect.arrayContaining(['echo', 'get-sum', 'get-tiny-image']));
    for (const t of report.tools) expect(t.inputSchemaHash).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(report.toolsHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.resources).toBeGreaterThan(0);
    expect(report.prompts).toBeGreaterThan(0);
    expect(report.smoke).toMatchObject({ tool: 'echo', ok: true });
    expect(report.smoke!.text).toContain('hello');
    // Names expected are a floor, not the whole set: the other tools are no problem, even when strict.
    expect(report.problems).toEqual([]);
    const strict = await gate(server.url, { contract: contractFromNames(['echo']), strict: true });
    expect(strict).toMatchObject({ ok: true, problems: [] });
  }, 60_000);

  test('legacy SSE found by auto after the Streamable HTTP attempt gets a 4xx, and forced with --transport sse', async () => {
    const server = await serverEverything('sse');
    const auto = await gate(server.url);
    expect(auto).toMatchObject({ ok: true, transport: 'sse' });
    expect(auto.attempts[0]).toMatchObject({ transport: 'streamable-http', ok: false });
    expect(auto.attempts[0]!.reason).toMatch(/HTTP 4\d\d|404|405/);
    const forced = await gate(server.url, { transport: 'sse' });
    expect(forced).toMatchObject({ ok: true, transport: 'sse', attempts: [{ ok: true }] });
    expect(forced.toolsHash).toBe(auto.toolsHash);
  }, 60_000);

  test('stdio: the same tools as over HTTP, and a missing contract tool fails by name', async () => {
    const http = await serverEverything('streamableHttp');
    const overHttp = await gate(http.url);
    const report = await gate({ command: `node ${everythingEntry} stdio` }, { contract: contractFromNames(['echo', 'no-such-tool']) });
    expect(report.transport).toBe('stdio');
    expect(report.toolsHash).toBe(overHttp.toolsHash);
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([{ level: 'error', code: 'missing-tool', tool: 'no-such-tool', message: 'tool "no-such-tool" is missing' }]);
  }, 60_000);

  test('a server that starts seconds after the gate begins is found by a later attempt, with the failed ones explained', async () => {
    const port = await freePort();
    const late = await startEverything('streamableHttp', { port, delayMs: 2500 });
    cleanups.push(late.stop);
    const report = await gate(`http://127.0.0.1:${port}/mcp`, { transport: 'streamable-http' });
    expect(report.ok).toBe(true);
    expect(report.attempts.length).toBeGreaterThan(1);
    expect(report.attempts[0]!.reason).toMatch(/ECONNREFUSED/);
    expect(report.attempts.at(-1)!.ok).toBe(true);
  }, 60_000);
});

describe('health gate failures', () => {
  // How close to the deadline the verdict comes is measured in bench/health.mjs (deadPort), not here.
  test('a dead port fails with one timeout problem naming the deadline, after retries that each record their reason', async () => {
    const port = await freePort();
    const report = await gate(`http://127.0.0.1:${port}/mcp`, { timeoutMs: 3000 });
    expect(report).toMatchObject({ ok: false, status: 'unhealthy' });
    expect(report.problems).toEqual([expect.objectContaining({ level: 'error', code: 'timeout' })]);
    expect(report.problems[0]!.message).toMatch(new RegExp(`^no healthy MCP answer within 3s after ${report.attempts.length} attempt\\(s\\); last: ECONNREFUSED`));
    expect(report.attempts.length).toBeGreaterThan(2);
    for (const a of report.attempts) expect(a).toMatchObject({ ok: false, reason: expect.stringMatching(/^ECONNREFUSED/) });
    expect(report.attempts.map((a) => a.attempt)).toEqual(report.attempts.map((_, i) => i + 1));
  }, 30_000);

  test('a stdio command that does not exist fails at once, naming it', async () => {
    const report = await gate({ command: 'no-such-mcp-server --flag' });
    expect(report.ok).toBe(false);
    expect(report.attempts).toHaveLength(1);
    expect(report.problems[0]!.message).toMatch(/cannot start the server command: ENOENT \(no-such-mcp-server\)/);
  }, 30_000);

  test('SDK bearer-auth middleware: 401 is "alive, authorization required" with the resource metadata URL; the right token passes and never appears in the report', async () => {
    const token = 'tok-9f8e7d6c5b4a39281706';
    const app = sdkApp((s) => s.registerTool('whoami', { inputSchema: {} }, async () => ({ content: [{ type: 'text', text: 'you' }] })));
    const holder: { port?: number } = {};
    const wrapper = express();
    wrapper.use((req, res, next) => {
      const base = new URL(`http://127.0.0.1:${holder.port}/mcp`);
      mcpAuthMetadataRouter({
        oauthMetadata: { issuer: `http://127.0.0.1:${holder.port}/`, authorization_endpoint: `http://127.0.0.1:${holder.port}/authorize`, token_endpoint: `http://127.0.0.1:${holder.port}/token`, response_types_supported: ['code'] },
        resourceServerUrl: base,
      })(req, res, () => {
        requireBearerAuth({
          verifier: { verifyAccessToken: async (t: string) => { if (t !== token) throw new (await import('@modelcontextprotocol/sdk/server/auth/errors.js')).InvalidTokenError('bad token'); return { token: t, clientId: 'c', scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 3600 }; } },
          resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(base),
        })(req, res, () => app(req, res, next));
      });
    });
    const running = await listen(wrapper);
    holder.port = running.port;
    cleanups.push(running.close);
    const url = `http://127.0.0.1:${running.port}/mcp`;

    const denied = await gate(url);
    expect(denied).toMatchObject({ ok: false, status: 'auth-required', auth: { scheme: 'Bearer', resourceMetadata: `http://127.0.0.1:${running.port}/.well-known/oauth-protected-resource/mcp`, authorizationServers: [`http://127.0.0.1:${running.port}/`] } });
    expect(denied.attempts).toHaveLength(1);
    expect(denied.problems[0]!.message).toMatch(/^alive, authorization required/);
    expect((await gate(url, { allowAuthRequired: true })).ok).toBe(true);

    const allowed = await gate(url, { headers: { Authorization: `Bearer ${token}` }, smoke: { tool: 'whoami', args: {} } });
    expect(allowed).toMatchObject({ ok: true, status: 'healthy', server: { name: 'test-server', version: '1.2.3' } });
    const wrong = await gate(url, { headers: { Authorization: 'Bearer wrong-token-000000' } });
    expect(wrong.status).toBe('auth-required');
    expect(JSON.stringify([allowed, wrong])).not.toMatch(/tok-9f8e|wrong-token-000000/);
  }, 60_000);

  test('a server whose tools do not match the contract: missing fails, changed schema warns (fails when strict), a failing smoke tool fails', async () => {
    const app = sdkApp((s) => {
      s.registerTool('search', { inputSchema: { query: z.string(), limit: z.number().optional() } }, async () => ({ content: [{ type: 'text', text: 'ok' }] }));
      s.registerTool('explode', { inputSchema: {} }, async () => ({ isError: true, content: [{ type: 'text', text: 'kaboom' }] }));
    });
    const running = await listen(app);
    cleanups.push(running.close);
    const url = `http://127.0.0.1:${running.port}/mcp`;
    const first = await gate(url);
    expect(first.ok).toBe(true);
    const searchHash = first.tools.find((t) => t.name === 'search')!.inputSchemaHash;

    const tools = [{ name: 'search', inputSchemaHash: 'sha256:0000000000000000' }, { name: 'explode' }, { name: 'fetch' }];
    const contract = { tools, exhaustive: true };
    const report = await gate(url, { contract });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { level: 'warning', code: 'schema-changed', tool: 'search', message: `tool "search" input schema changed (sha256:0000000000000000 → ${searchHash})` },
      { level: 'error', code: 'missing-tool', tool: 'fetch', message: 'tool "fetch" is missing' },
    ]);
    const strict = await gate(url, { contract: { tools: tools.slice(0, 2), exhaustive: true }, strict: true });
    expect(strict.problems).toEqual([expect.objectContaining({ level: 'error', code: 'schema-changed' })]);
    const exact = await gate(url, { contract: { tools: first.tools, exhaustive: true }, strict: true });
    expect(exact.ok).toBe(true);

    const smoke = await gate(url, { smoke: { tool: 'explode', args: {} } });
    expect(smoke.ok).toBe(false);
    expect(smoke.problems).toEqual([expect.objectContaining({ code: 'smoke-failed', message: 'smoke call of "explode" returned an error: kaboom' })]);
  }, 60_000);

  test('a server that speaks only the stateless revision (a double faithful to spec 2026-07-28: no initialize, server/discover) is recognised and reported', async () => {
    const running = await listen((req, res) => {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const msg = JSON.parse(body) as { id?: number | string; method: string };
        if (msg.id === undefined) return void res.writeHead(202).end();
        const reply =
          msg.method === 'server/discover'
            ? { jsonrpc: '2.0', id: msg.id, result: { supportedVersions: ['2026-07-28'], capabilities: { tools: {} }, serverInfo: { name: 'stateless-double', version: '9.9.9' } } }
            : { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: `Method not found: ${msg.method}` } };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      });
    });
    cleanups.push(running.close);
    const report = await gate(`http://127.0.0.1:${running.port}/mcp`);
    expect(report).toMatchObject({ ok: false, protocolVersion: '2026-07-28', server: { name: 'stateless-double', version: '9.9.9' } });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'unsupported-revision' })]);
    expect(report.problems[0]!.message).toMatch(/speaks only MCP 2026-07-28 \(it answered server\/discover.*supports 2025-11-25/);
    expect(report.attempts).toHaveLength(1);
  }, 30_000);
});

describe('mcp-orchestrator health', () => {
  test('server-filesystem over stdio with --expect-tools and a JSON report that serves as the next run\'s contract; exit 0, then 1 on a missing tool', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-'));
    writeFileSync(join(dir, 'hello.txt'), 'hi');
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: () => {} };
    const reportFile = join(dir, 'report.json');
    const code = await main(['health', '--command', `node ${filesystemEntry} ${dir}`, '--expect-tools', 'read_text_file,list_directory', '--smoke', `list_directory={"path":"${dir}"}`, '--output', reportFile, '--format', 'json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('')) as { tools: { name: string }[]; smoke: { ok: boolean; text: string } };
    expect(report.tools.map((t) => t.name)).toContain('read_text_file');
    expect(report.smoke.text).toContain('hello.txt');
    const again = await main(['health', '--command', `node ${filesystemEntry} ${dir}`, '--contract', reportFile, '--strict'], io);
    expect(again).toBe(0);
    const missing = await main(['health', '--command', `node ${filesystemEntry} ${dir}`, '--expect-tools', 'read_text_file,teleport'], io);
    expect(missing).toBe(1);
    expect(out.at(-1)).toContain('error: tool "teleport" is missing');
  }, 60_000);

  test('--expect-tools lists what must be offered: server-everything\'s other tools bring no warning', async () => {
    const server = await serverEverything('streamableHttp');
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: () => {} };
    expect(await main(['health', server.url, '--expect-tools', 'echo'], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/tools {6}\d+ /);
    expect(text).not.toContain('warning');
    expect(await main(['health', server.url, '--expect-tools', 'echo', '--strict'], io)).toBe(0);
  }, 60_000);

  test('a contract file (a report minus one tool) pins the whole set: the tool it lacks is one unexpected-tool warning, an error with --strict', async () => {
    const server = await serverEverything('streamableHttp');
    const dir = mkdtempSync(join(tmpdir(), 'contract-'));
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: () => {} };
    const reportFile = join(dir, 'report.json');
    expect(await main(['health', server.url, '--output', reportFile], io)).toBe(0);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { tools: { name: string; inputSchemaHash: string }[] };
    expect(report.tools.length).toBeGreaterThan(2);
    const dropped = report.tools.find((t) => t.name === 'echo')!;
    const contractFile = join(dir, 'contract.json');
    writeFileSync(contractFile, JSON.stringify({ ...report, tools: report.tools.filter((t) => t !== dropped) }));

    out.length = 0;
    expect(await main(['health', server.url, '--contract', contractFile, '--format', 'json'], io)).toBe(0);
    const checked = JSON.parse(out.join('')) as { problems: unknown[] };
    expect(checked.problems).toEqual([{ level: 'warning', code: 'unexpected-tool', tool: 'echo', message: 'tool "echo" is not in the contract' }]);
    expect(await main(['health', server.url, '--contract', contractFile, '--strict'], io)).toBe(1);
    expect(out.at(-1)).toContain('error: tool "echo" is not in the contract');
  }, 60_000);

  test('usage errors exit 2 and name what was wrong', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => void err.push(t) };
    expect(await main(['health'], io)).toBe(2);
    expect(await main(['health', 'ftp://127.0.0.1/x'], io)).toBe(2);
    expect(await main(['health', 'http://127.0.0.1:9/mcp', '--transport', 'carrier-pigeon'], io)).toBe(2);
    expect(await main(['health', 'http://127.0.0.1:9/mcp', '--smoke', 'echo={bad'], io)).toBe(2);
    expect(await main(['health', 'http://127.0.0.1:9/mcp', '--header', 'no colon here'], io)).toBe(2);
    expect(await main(['health', 'http://127.0.0.1:9/mcp', '--bearer-token-env', 'MCP_TEST_UNSET_TOKEN'], io)).toBe(2);
    expect(err.join('')).toMatch(/expected the server URL, or --command/);
    expect(err.join('')).toMatch(/only http and https URLs/);
    expect(err.join('')).toMatch(/--transport: "carrier-pigeon" is not one of auto, streamable-http, sse, stdio/);
    expect(err.join('')).toMatch(/--smoke: the arguments of "echo" are not valid JSON/);
    expect(err.join('')).toMatch(/--header: expected "Name: value"/);
    expect(err.join('')).toMatch(/MCP_TEST_UNSET_TOKEN is not set/);
  });
});
