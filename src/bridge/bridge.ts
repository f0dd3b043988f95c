/**
 * The stdio-to-HTTP bridge: serves a stdio MCP server over Streamable HTTP (`/mcp`) and legacy
 * HTTP+SSE (`/sse` + `/messages`), one child process per session, with the SDK's own server
 * transports doing the protocol's HTTP framing. Adds what production needs around them: a session
 * limit and idle expiry, /healthz and /readyz, Host/Origin validation against DNS rebinding,
 * optional bearer or OAuth (JWT) authorization checked before any process starts (./auth.ts), drain
 * on SIGTERM, and one JSON log line per request (never payloads, never secrets).
 */
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { initializeRefusal } from './admission.js';
import { BridgeAuthenticator, METADATA_PATH, type BridgeAuth } from './auth.js';
import { ReadinessProbe } from './readiness.js';
import { BridgeSession, short, type ChildCommand } from './session.js';

export interface BridgeOptions {
  command: ChildCommand;
  port: number;
  host: string;
  /** Streamable HTTP endpoint (default /mcp); legacy SSE at /sse with posts to /messages. */
  path: string;
  /** Host names (without port) a request's Host and Origin may name. Empty: no check (see defaults). */
  allowedHosts: string[];
  /** Full origins (scheme://host[:port]) accepted besides those of allowed hosts. */
  allowedOrigins: string[];
  maxSessions: number;
  idleTimeoutMs: number;
  drainTimeoutMs: number;
  /** Longest request body accepted. */
  maxBodyBytes?: number;
  /** Who may use the MCP endpoints (default: anyone who reaches the port). Probes stay open. */
  auth?: BridgeAuth;
  log?: (event: Record<string, unknown>) => void;
}

export interface RunningBridge {
  url: string;
  port: number;
  sessions: () => number;
  /** Stops taking sessions, lets open requests finish (up to the drain timeout), stops children, closes. */
  drain(): Promise<void>;
}

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/** Loopback binds accept only loopback names (what the conformance suite's DNS-rebinding scenario checks). */
export function defaultAllowedHosts(host: string): string[] {
  return LOOPBACK_HOSTS.includes(host) ? LOOPBACK_HOSTS : [];
}

export function jsonLog(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...event })}\n`);
}

function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1).toLowerCase();
  return hostHeader.split(':')[0]!.toLowerCase();
}

function rpcError(res: ServerResponse, status: number, code: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

class BodyTooLarge extends Error {}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function rpcMethods(body: unknown): string | undefined {
  const list = Array.isArray(body) ? body : [body];
  const methods = list.map((m) => (m && typeof m === 'object' && typeof (m as { method?: unknown }).method === 'string' ? (m as { method: string }).method : undefined)).filter(Boolean);
  return methods.length ? methods.join(',') : undefined;
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const log = options.log ?? jsonLog;
  const limit = options.maxBodyBytes ?? 4 * 1024 * 1024;
  /** Established sessions, by id: what requests can reach. */
  const sessions = new Map<string, BridgeSession>();
  /** Every session with a process, from before its spawn until that process is gone, established
   * or not: what the session limit counts and the idle sweep and drain reach. */
  const children = new Set<BridgeSession>();
  let draining = false;
  const allowedHosts = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  const allowedOrigins = new Set(options.allowedOrigins.map((o) => o.toLowerCase().replace(/\/$/, '')));
  const ssePath = '/sse';
  const messagesPath = '/messages';

  const onClosed = (session: BridgeSession, reason: string) => {
    if (sessions.get(session.id) === session) sessions.delete(session.id);
    log({ event: 'session-closed', session: short(session.id), transport: session.kind, reason });
  };

  /**
   * DNS-rebinding protection: Host must name an allowed host (when there is a list: a bridge bound
   * to all addresses in a pod cannot know the names it is reached by), and any Origin must name an
   * allowed host or origin, always. Without a list no Origin is allowed: a rebound page sends its
   * own site as Origin and the rebound name as Host, so "Origin equals Host" would let it through.
   * MCP clients that are not browsers send no Origin.
   */
  const forbidden = (req: IncomingMessage): string | undefined => {
    const host = req.headers.host;
    if (allowedHosts.size > 0 && (!host || !allowedHosts.has(hostnameOf(host)))) return 'Host';
    const origin = req.headers.origin;
    if (origin) {
      let originHost: string;
      try {
        originHost = new URL(origin).host;
      } catch {
        return 'Origin';
      }
      if (!allowedHosts.has(hostnameOf(originHost)) && !allowedOrigins.has(origin.toLowerCase().replace(/\/$/, ''))) return 'Origin';
    }
    return undefined;
  };

  const full = () => children.size >= options.maxSessions;
  const refuseNewSession = (res: ServerResponse): boolean => {
    if (draining) return rpcError(res, 503, -32000, 'Service Unavailable: the bridge is shutting down', { 'retry-after': '5', connection: 'close' }), true;
    if (full()) return rpcError(res, 503, -32000, `Service Unavailable: session limit (${options.maxSessions}) reached`, { 'retry-after': '5' }), true;
    return false;
  };

  const authenticator = options.auth && new BridgeAuthenticator(options.auth);
  // A static token must not reach the server processes, whatever name it came under.
  const secret = options.auth?.mode === 'bearer' ? options.auth.token : undefined;
  const childEnv = options.command.env && secret ? Object.fromEntries(Object.entries(options.command.env).filter(([, value]) => !value.includes(secret))) : options.command.env;
  const command: ChildCommand = { ...options.command, env: childEnv };
  const readiness = new ReadinessProbe(command);

  /** Starts a new session's child, tracked from before the spawn; on failure answers 502 and returns false. */
  async function startSession(session: BridgeSession, res: ServerResponse): Promise<boolean> {
    children.add(session);
    void session.stopped.then(() => children.delete(session));
    try {
      await session.start();
      return !session.isClosing;
    } catch (error) {
      const closedEarly = session.isClosing;
      await session.close('server process failed to start');
      if (!closedEarly) rpcError(res, 502, -32603, `Bad Gateway: the MCP server process failed to start (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return false;
    }
  }

  async function streamable(req: IncomingMessage, res: ServerResponse, body: unknown, note: Record<string, unknown>): Promise<void> {
    const sid = req.headers['mcp-session-id'];
    if (typeof sid === 'string') {
      const session = sessions.get(sid);
      note.session = short(sid);
      if (!session || session.kind !== 'streamable-http') return rpcError(res, 404, -32001, 'Session not found: start a new one with initialize');
      session.touch();
      return (session.transport as StreamableHTTPServerTransport).handleRequest(req, res, body);
    }
    const initializing = req.method === 'POST' && (Array.isArray(body) ? body.some(isInitializeRequest) : isInitializeRequest(body));
    if (!initializing) return rpcError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header is required (or send initialize to start a session)');
    const refusal = initializeRefusal(req.headers, body);
    if (refusal) return rpcError(res, refusal.status, refusal.code, refusal.message);
    if (refuseNewSession(res)) return;
    const holder: { session?: BridgeSession } = {};
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        const session = holder.session;
        if (!session) return;
        session.id = id;
        sessions.set(id, session);
        note.session = short(id);
        log({ event: 'session-opened', session: short(id), transport: 'streamable-http', sessions: sessions.size });
      },
    });
    const session = new BridgeSession('pending', 'streamable-http', transport, command, log, onClosed);
    holder.session = session;
    // A session lives on only if the SDK accepted its initialize and the answer reached the
    // client: a rejected, failed or dropped initialize stops its process at once.
    const established = () => sessions.get(session.id) === session;
    res.once('close', () => {
      if (!res.writableFinished || !established()) void session.close('initialize not completed');
    });
    try {
      if (await startSession(session, res)) await transport.handleRequest(req, res, body);
    } finally {
      if (!established()) void session.close('initialize rejected');
    }
  }

  async function sseOpen(res: ServerResponse, note: Record<string, unknown>): Promise<void> {
    if (refuseNewSession(res)) return;
    const transport = new SSEServerTransport(messagesPath, res);
    const session = new BridgeSession(transport.sessionId, 'sse', transport, command, log, onClosed);
    // The SDK transport watches the stream only once started: a client gone before that counts too.
    res.once('close', () => void session.close('closed by client'));
    if (!(await startSession(session, res))) return;
    sessions.set(session.id, session);
    note.session = short(session.id);
    log({ event: 'session-opened', session: short(session.id), transport: 'sse', sessions: sessions.size });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const t0 = performance.now();
    const url = new URL(req.url ?? '/', 'http://bridge.invalid');
    const note: Record<string, unknown> = {};
    res.once('close', () => {
      log({ event: 'request', method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - t0), ...note });
    });
    if (url.pathname === '/healthz') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', sessions: sessions.size, processes: children.size, draining }));
    if (url.pathname === '/readyz') {
      if (draining) return void res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'draining' }));
      const ready = await readiness.check();
      return void res.writeHead(ready.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ready.ok ? 'ready' : 'not ready', ...ready }));
    }
    const bad = forbidden(req);
    if (bad) return rpcError(res, 403, -32000, `Forbidden: ${bad} header is not an allowed host (DNS rebinding protection)`);
    if (authenticator) {
      if (req.method === 'GET' && (url.pathname === METADATA_PATH || url.pathname === `${METADATA_PATH}${options.path}`)) {
        return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=300' }).end(JSON.stringify(authenticator.metadata(req, options.path)));
      }
      // Before the body is read and before anything can spawn a process.
      const verdict = await authenticator.check(req);
      if (!verdict.ok) {
        note.auth = verdict.reason;
        return rpcError(res, verdict.status, -32001, verdict.message, verdict.headers);
      }
    }
    let body: unknown;
    if (req.method === 'POST' && (url.pathname === options.path || url.pathname === messagesPath)) {
      try {
        body = await readJson(req, limit);
      } catch (error) {
        if (error instanceof BodyTooLarge) return rpcError(res, 413, -32600, `Payload Too Large: more than ${limit} bytes`);
        return rpcError(res, 400, -32700, 'Parse error: the body is not JSON');
      }
      const rpc = rpcMethods(body);
      if (rpc) note.rpc = rpc;
    }
    if (url.pathname === options.path) return streamable(req, res, body, note);
    if (url.pathname === ssePath && req.method === 'GET') return sseOpen(res, note);
    if (url.pathname === messagesPath && req.method === 'POST') {
      const sid = url.searchParams.get('sessionId') ?? '';
      const session = sessions.get(sid);
      note.session = short(sid);
      if (!session || session.kind !== 'sse') return rpcError(res, 404, -32001, 'Session not found');
      session.touch();
      return (session.transport as SSEServerTransport).handlePostMessage(req, res, body);
    }
    rpcError(res, 404, -32601, `Not Found: MCP is served at ${options.path} (Streamable HTTP) and ${ssePath} (SSE)`);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      log({ level: 'error', event: 'handler-error', error: error.message.split('\n')[0] });
      rpcError(res, 500, -32603, 'Internal error in the bridge');
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const displayHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${displayHost === '0.0.0.0' ? '127.0.0.1' : displayHost}:${port}${options.path}`;

  const idleTimer = setInterval(
    () => {
      const now = Date.now();
      for (const session of children) {
        if (session.open.size === 0 && now - session.lastActive > options.idleTimeoutMs) void session.close('idle');
      }
    },
    Math.max(250, Math.min(30_000, options.idleTimeoutMs / 2)),
  );
  idleTimer.unref();

  /** Closes every process the bridge holds, sessions' and the probe's, the SDK's way (stdin EOF,
   * then SIGTERM) for `graceMs`, then SIGKILLs what is left. Returns how many were killed. */
  async function stopChildren(graceMs: number): Promise<number> {
    const stopping = [...children];
    const stopped = Promise.all([...stopping.map((s) => s.close('shutdown')), readiness.stop()]).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([stopped, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)))]);
    clearTimeout(timer);
    if (inTime) return 0;
    return [...stopping.map((s) => s.kill()), readiness.kill()].filter(Boolean).length;
  }

  let drained: Promise<void> | undefined;
  const drain = () =>
    (drained ??= (async () => {
      draining = true;
      const openRequests = () => [...children].reduce((n, s) => n + s.open.size, 0);
      log({ event: 'draining', sessions: sessions.size, openRequests: openRequests() });
      const deadline = Date.now() + options.drainTimeoutMs;
      while (openRequests() > 0 && Date.now() < deadline) await sleep(50);
      const left = openRequests();
      // Children get what is left of the drain timeout (at least a second) to stop by themselves.
      const killed = await stopChildren(Math.max(deadline - Date.now(), Math.min(1000, options.drainTimeoutMs)));
      if (killed > 0) log({ level: 'warn', event: 'children-killed', count: killed });
      clearInterval(idleTimer);
      // Idle keep-alive sockets and open SSE streams would keep the process alive: cut them all.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      log({ event: 'stopped', abandonedRequests: left });
    })());

  log({ event: 'listening', url, transports: { 'streamable-http': options.path, sse: ssePath }, maxSessions: options.maxSessions, allowedHosts: [...allowedHosts], auth: options.auth?.mode ?? 'none' });
  return { url, port, sessions: () => sessions.size, drain };
}
