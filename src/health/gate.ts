/**
 * The health gate: an MCP-protocol probe with retries until a deadline. Each attempt opens a
 * transport with the official SDK client, does the handshake (`initialize`, `notifications/
 * initialized`, `ping`), lists tools (every page) and the resources and prompts the server
 * advertises, checks the contract and runs the smoke call. Every failed attempt's reason is kept.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, errorMessage } from '../util/errors.js';
import { silentLogger, type Logger } from '../util/logger.js';
import { authorize, authSecrets } from './auth-check.js';
import { checkContract, schemaHash, toolsHash } from './contract.js';
import { parseChallenge } from '../registry/challenge.js';
import { describeAuth, newClient, openTransport, probeDiscover, sdkRevisions, STATELESS_REVISION, type DiscoverResult, type OpenedTransport } from './connect.js';
import { probeForeignOrigin } from './origin-probe.js';
import { serverLogLines } from './server-logs.js';
import type { Attempt, AuthInfo, ConcreteTransport, HealthOptions, HealthReport, OriginProbe, Problem, ToolInfo } from './types.js';

const MAX_BACKOFF_MS = 5000;

type AttemptOutcome =
  | { type: 'report'; report: Omit<HealthReport, 'attempts' | 'latencyMs' | 'target' | 'ok'> & { latencyMs: { connect?: number; listTools?: number } } }
  | { type: 'auth'; auth: AuthInfo; status: number; challengeError?: string }
  | { type: 'unsupported'; discover: DiscoverResult | undefined; version?: string }
  | { type: 'fallback'; reason: string }
  | { type: 'retry'; reason: string }
  | { type: 'fatal'; reason: string };

/** Runs `work` until it settles or `ms` pass; on timeout calls `onTimeout` (which closes the transport). */
async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`no answer within the remaining ${Math.max(0, Math.round(ms))} ms`));
    }, Math.max(0, ms));
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A short, secret-free reason for a failed attempt. */
export function describeFailure(error: unknown, opened?: OpenedTransport): string {
  const last = opened?.answers.at(-1);
  let reason: string;
  if (error instanceof StreamableHTTPError || (error instanceof Error && error.name === 'SseError')) {
    const code = (error as { code?: number }).code;
    reason = code && code > 0 ? `HTTP ${code}: ${firstLine(error.message)}` : firstLine(error.message);
  } else if (error instanceof McpError) {
    reason = `JSON-RPC error ${error.code}: ${firstLine(error.message)}`;
  } else if (error && typeof error === 'object' && typeof (error as Error).message === 'string') {
    // Duck-typed: fetch's errors come from Node's own realm, not always this one's Error.
    // fetch wraps the socket error (ECONNREFUSED, ECONNRESET…) in its cause chain.
    let cause: unknown = error;
    for (let depth = 0; cause && depth < 4 && !(cause as { code?: unknown }).code; depth++) cause = (cause as { cause?: unknown }).cause;
    const code = (cause as { code?: unknown } | undefined)?.code;
    const inner = (error as { cause?: { message?: unknown } }).cause?.message;
    if (typeof code === 'string') reason = `${code}: ${firstLine((cause as Error).message ?? '')}`;
    else reason = firstLine((error as Error).message) + (typeof inner === 'string' ? `: ${firstLine(inner)}` : '');
  } else reason = errorMessage(error);
  if (last && !reason.includes(String(last.status)) && last.status >= 400) reason += ` (last HTTP answer: ${last.method} ${last.status})`;
  const stderr = opened?.stderrTail();
  if (stderr) reason += `; server stderr: ${stderr}`;
  return reason.slice(0, 500);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}

function isVersionRefusal(error: unknown): string | undefined {
  const m = error instanceof Error ? /protocol version is not supported: (\S+)/.exec(error.message) : null;
  return m?.[1];
}

async function listAll<T>(fetchPage: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    all.push(...page.items);
    cursor = page.nextCursor;
    if (cursor !== undefined) {
      if (seen.has(cursor)) throw new Error(`the server repeated pagination cursor "${cursor.slice(0, 40)}"`);
      seen.add(cursor);
    }
  } while (cursor !== undefined && all.length < 100_000);
  return all;
}

/** The checks once the handshake succeeded; JSON-RPC errors here are the server's answer, not a race with startup. */
async function checkServer(client: Client, kind: ConcreteTransport, options: HealthOptions, remaining: () => number, connectMs: number): Promise<AttemptOutcome> {
  const req = () => ({ timeout: Math.max(1, remaining()) });
  await client.ping(req());
  const capabilities = (client.getServerCapabilities() ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  let tools: ToolInfo[] = [];
  let listToolsMs: number | undefined;
  if (capabilities.tools) {
    const t0 = performance.now();
    const raw = await listAll(async (cursor) => {
      const r = await client.listTools(cursor ? { cursor } : undefined, req());
      return { items: r.tools, nextCursor: r.nextCursor };
    });
    listToolsMs = Math.round(performance.now() - t0);
    tools = raw.map((t) => ({ name: t.name, inputSchemaHash: schemaHash(t.inputSchema) })).sort((a, b) => (a.name < b.name ? -1 : 1));
  }
  let resources: number | undefined;
  let prompts: number | undefined;
  const params = (cursor?: string) => (cursor ? { cursor } : undefined);
  if (capabilities.resources) resources = (await listAll(async (c) => client.listResources(params(c), req()).then((r) => ({ items: r.resources, nextCursor: r.nextCursor })))).length;
  if (capabilities.prompts) prompts = (await listAll(async (c) => client.listPrompts(params(c), req()).then((r) => ({ items: r.prompts, nextCursor: r.nextCursor })))).length;
  if (options.contract) problems.push(...checkContract(options.contract, tools, options.strict));
  let smoke: HealthReport['smoke'];
  if (options.smoke) {
    const t0 = performance.now();
    const { tool, args } = options.smoke;
    if (!tools.some((t) => t.name === tool)) {
      smoke = { tool, ok: false, ms: 0 };
      problems.push({ level: 'error', code: 'smoke-failed', tool, message: `smoke tool "${tool}" is not offered by the server` });
    } else {
      try {
        const result = await client.callTool({ name: tool, arguments: args }, undefined, req());
        const text = (result.content as { type: string; text?: string }[] | undefined)?.find((c) => c.type === 'text')?.text;
        smoke = { tool, ok: !result.isError, ms: Math.round(performance.now() - t0), text: text?.slice(0, 200) };
        if (result.isError) problems.push({ level: 'error', code: 'smoke-failed', tool, message: `smoke call of "${tool}" returned an error${text ? `: ${firstLine(text).slice(0, 200)}` : ''}` });
      } catch (error) {
        smoke = { tool, ok: false, ms: Math.round(performance.now() - t0) };
        problems.push({ level: 'error', code: 'smoke-failed', tool, message: `smoke call of "${tool}" failed: ${describeFailure(error)}` });
      }
    }
  }
  const version = client.getServerVersion();
  const protocolVersion = (client.transport as { protocolVersion?: string } | undefined)?.protocolVersion;
  const failed = problems.some((p) => p.level === 'error');
  return {
    type: 'report',
    report: {
      status: failed ? 'unhealthy' : 'healthy',
      transport: kind,
      protocolVersion,
      server: version ? { name: version.name, version: version.version, ...(version.title ? { title: version.title } : {}) } : undefined,
      capabilities,
      instructions: client.getInstructions()?.slice(0, 2000),
      tools,
      toolsHash: toolsHash(tools),
      resources,
      prompts,
      smoke,
      problems,
      latencyMs: { connect: connectMs, listTools: listToolsMs },
    },
  };
}

async function attempt(kind: ConcreteTransport, options: HealthOptions, remaining: () => number, auto: boolean): Promise<AttemptOutcome> {
  const opened = openTransport(options.target, kind, options.headers);
  const client = newClient();
  // The SDK reports the negotiated version on the HTTP transports; stdio keeps it here.
  let negotiated: string | undefined;
  const originalSetter = (opened.transport as { setProtocolVersion?: (v: string) => void }).setProtocolVersion;
  (opened.transport as { setProtocolVersion?: (v: string) => void }).setProtocolVersion = (v: string) => {
    negotiated = v;
    originalSetter?.call(opened.transport, v);
  };
  const close = () => {
    void client.close().catch(() => {});
    void opened.transport.close().catch(() => {});
  };
  const t0 = performance.now();
  try {
    await withDeadline(client.connect(opened.transport, { timeout: Math.max(1, remaining()) }), remaining(), close);
  } catch (error) {
    close();
    const last = opened.answers.at(-1);
    // 403 is the server's verdict on the gate's token only when the gate sent one.
    if ((last?.status === 401 || (last?.status === 403 && options.auth)) && options.target.kind === 'url') {
      const signal = AbortSignal.timeout(Math.ceil(Math.max(1, Math.min(remaining(), 5000))));
      const challenge = parseChallenge(last.wwwAuthenticate)?.params;
      const challengeError = challenge?.error ? `${challenge.error}${challenge.error_description ? `: ${challenge.error_description}` : ''}` : undefined;
      return { type: 'auth', status: last.status, challengeError, auth: await describeAuth(options.target.url, last, options.headers, signal) };
    }
    const spawnCode = (error as NodeJS.ErrnoException).code;
    if (spawnCode === 'ENOENT' || spawnCode === 'EACCES') return { type: 'fatal', reason: `cannot start the server command: ${spawnCode} (${options.target.kind === 'command' ? options.target.command : ''})` };
    const refusedVersion = isVersionRefusal(error);
    const rpcRefusal = error instanceof McpError && ![ErrorCode.ConnectionClosed, ErrorCode.RequestTimeout].includes(error.code);
    if ((refusedVersion || rpcRefusal) && remaining() > 0) {
      const discover = await probeDiscover(openTransport(options.target, kind, options.headers), Math.min(remaining(), 5000));
      if (discover || refusedVersion) return { type: 'unsupported', discover, version: refusedVersion };
    }
    const reason = describeFailure(error, opened);
    if (auto && kind === 'streamable-http' && last && last.method === 'POST' && last.status >= 400 && last.status < 500) return { type: 'fallback', reason };
    return { type: 'retry', reason };
  }
  const connectMs = Math.round(performance.now() - t0);
  let outcome: AttemptOutcome | undefined;
  try {
    outcome = await withDeadline(checkServer(client, kind, options, remaining, connectMs), remaining(), close);
    if (outcome.type === 'report') {
      if (negotiated && !outcome.report.protocolVersion) outcome.report.protocolVersion = negotiated;
      const session = sessionRecord(kind, opened);
      if (session) outcome.report.session = session;
    }
    return outcome;
  } catch (error) {
    // A server that shook hands but then failed a request: a JSON-RPC error is its final answer.
    if (error instanceof McpError && ![ErrorCode.ConnectionClosed, ErrorCode.RequestTimeout].includes(error.code)) {
      return (outcome = {
        type: 'report',
        report: {
          status: 'unhealthy',
          transport: kind,
          tools: [],
          problems: [{ level: 'error', code: 'protocol', message: `after the handshake: ${describeFailure(error, opened)}` }],
          latencyMs: { connect: connectMs },
        },
      });
    }
    return { type: 'retry', reason: describeFailure(error, opened) };
  } finally {
    if (opened.transport instanceof StreamableHTTPClientTransport && opened.transport.sessionId) {
      await withDeadline(opened.transport.terminateSession().catch(() => {}), Math.min(1000, Math.max(0, remaining())), () => {}).catch(() => {});
    }
    // The reported attempt of a stdio server: its stderr, once the process has exited and said all.
    if (outcome?.type === 'report' && opened.stderrText) {
      await withDeadline(opened.transport.close().catch(() => {}), STDIO_EXIT_MS, () => {}).catch(() => {});
      await new Promise((resolve) => setImmediate(resolve));
      outcome.report.logs = serverLogLines(opened.stderrText());
    }
    close();
  }
}

/** The SDK's stdio close waits up to 2 s for an exit after stdin ends, then 2 s after SIGTERM. */
const STDIO_EXIT_MS = 4500;

/** Whether the server keeps sessions: a Streamable HTTP session id, or the legacy SSE transport (its session lives on the process holding the stream). */
function sessionRecord(kind: ConcreteTransport, opened: OpenedTransport): HealthReport['session'] {
  if (kind === 'sse') return { idSeen: true };
  if (opened.transport instanceof StreamableHTTPClientTransport) return { idSeen: Boolean(opened.transport.sessionId) };
  return undefined;
}

/** The foreign-Origin request over the transport that passed (HTTP only); logged, not recorded, when it says nothing. */
async function originRecord(options: HealthOptions, kind: ConcreteTransport, protocolVersion: string | undefined, remaining: () => number, logger: Logger): Promise<OriginProbe | undefined> {
  if (options.target.kind !== 'url' || kind === 'stdio') return undefined;
  const timeoutMs = Math.round(Math.min(ORIGIN_PROBE_MS, Math.max(1000, remaining())));
  const result = await probeForeignOrigin({ url: options.target.url, transport: kind, headers: options.headers, protocolVersion, timeoutMs });
  if ('reason' in result) logger.info(`health: Origin validation not recorded: ${result.reason}`);
  return 'origin' in result ? result.origin : undefined;
}

const ORIGIN_PROBE_MS = 5000;

function concreteOrder(options: HealthOptions): ConcreteTransport[] {
  const { target, transport } = options;
  if (target.kind === 'command') {
    if (transport !== 'auto' && transport !== 'stdio') throw new InputError(`--transport ${transport} needs a URL; a --command is probed over stdio`);
    return ['stdio'];
  }
  if (transport === 'stdio') throw new InputError('--transport stdio needs --command "<stdio server command>", not a URL');
  return transport === 'auto' ? ['streamable-http', 'sse'] : [transport];
}

/** Every string in the report with each secret replaced, so a header value echoed by a server never leaks. */
function scrub<T>(value: T, secrets: readonly string[]): T {
  const usable = secrets.filter((s) => s.length >= 4);
  if (usable.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return usable.reduce((text, s) => text.split(s).join('***'), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

export function describeTarget(options: HealthOptions): string {
  if (options.target.kind === 'command') return [options.target.command, ...options.target.args].join(' ');
  const url = new URL(options.target.url.href);
  if (url.username || url.password) {
    url.username = url.username ? '***' : '';
    url.password = url.password ? '***' : '';
  }
  return url.href;
}

export async function runHealthGate(options: HealthOptions): Promise<HealthReport> {
  // The gate adds the token it obtains, so the logs read last are scrubbed of it too.
  const secrets = [...Object.values(options.headers).flatMap((v) => [v, v.replace(/^Bearer\s+/i, '')]), ...authSecrets(options.auth)];
  const report = await gateReport(options, secrets);
  if (!options.serverLogs || report.logs) return report;
  try {
    return { ...report, logs: scrub(serverLogLines(await options.serverLogs()), secrets) };
  } catch (error) {
    (options.logger ?? silentLogger).info(`health: the server's logs could not be read: ${scrub(errorMessage(error), secrets)}`);
    return report;
  }
}

async function gateReport(options: HealthOptions, secrets: string[]): Promise<HealthReport> {
  const logger = options.logger ?? silentLogger;
  const order = concreteOrder(options);
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const remaining = () => deadline - performance.now();
  const attempts: Attempt[] = [];
  const target = describeTarget(options);
  let backoff = options.initialBackoffMs ?? 250;
  const finish = (partial: Omit<HealthReport, 'attempts' | 'latencyMs' | 'target' | 'ok'> & { latencyMs?: { connect?: number; listTools?: number } }): HealthReport => {
    const report: HealthReport = {
      ok: partial.status === 'healthy' || (partial.status === 'auth-required' && options.allowAuthRequired),
      ...partial,
      target,
      attempts,
      latencyMs: { ...partial.latencyMs, total: Math.round(performance.now() - started) },
    };
    return scrub(report, secrets);
  };
  let declared: AuthInfo | undefined;
  if (options.auth && options.target.kind === 'url') {
    const authorized = await authorize(options, options.auth, options.target.url, { remaining, attempts, started, logger, initialBackoffMs: backoff, maxBackoffMs: MAX_BACKOFF_MS });
    if ('report' in authorized) return finish(authorized.report);
    declared = authorized.auth;
    options = { ...options, headers: { ...options.headers, Authorization: `Bearer ${authorized.token}` } };
    secrets.push(authorized.token);
  } else if (options.auth) {
    logger.warning('health: auth is declared, but a stdio server has no HTTP door: the authorization checks are skipped');
  }
  for (let n = 1; ; n++) {
    let lastReason = '';
    for (const kind of order) {
      const atMs = Math.round(performance.now() - started);
      const outcome = await attempt(kind, options, remaining, options.transport === 'auto');
      const ok = outcome.type === 'report' || outcome.type === 'auth';
      const reason = 'reason' in outcome ? outcome.reason : undefined;
      attempts.push({ attempt: attempts.length + 1, atMs, transport: kind, ok, ...(reason ? { reason } : {}) });
      if (reason) logger.info(`health: attempt ${attempts.length} over ${kind} failed: ${scrub(reason, secrets)}`);
      switch (outcome.type) {
        case 'report': {
          const origin = await originRecord(options, kind, outcome.report.protocolVersion, remaining, logger);
          return finish({ ...outcome.report, ...(declared ? { auth: declared } : {}), ...(origin ? { origin } : {}) });
        }
        case 'auth': {
          if (declared) {
            const why = outcome.challengeError ? ` (${outcome.challengeError})` : '';
            return finish({
              status: 'unhealthy',
              transport: kind,
              tools: [],
              auth: declared,
              problems: [{ level: 'error', code: 'auth-refused', message: `the server refused the gate's token with HTTP ${outcome.status}${why}: the authorized path does not pass` }],
            });
          }
          const where = outcome.auth.resourceMetadata ? ` (protected-resource metadata: ${outcome.auth.resourceMetadata})` : '';
          return finish({
            status: 'auth-required',
            transport: kind,
            tools: [],
            auth: outcome.auth,
            problems: [{ level: options.allowAuthRequired ? 'warning' : 'error', code: 'auth-required', message: `alive, authorization required: the server answered 401${where}` }],
          });
        }
        case 'unsupported': {
          const d = outcome.discover;
          const message = d
            ? `the server speaks only MCP ${d.supportedVersions.join(', ')} (it answered server/discover, the stateless revision ${STATELESS_REVISION}'s replacement for initialize); the TypeScript SDK client this gate uses supports ${sdkRevisions.join(', ')}`
            : `the server answered initialize with protocol version ${outcome.version}, which the TypeScript SDK client this gate uses does not support (${sdkRevisions.join(', ')})`;
          return finish({
            status: 'unhealthy',
            transport: kind,
            protocolVersion: d?.supportedVersions[0] ?? outcome.version,
            server: d?.serverInfo?.name ? { name: d.serverInfo.name, version: d.serverInfo.version ?? '' } : undefined,
            capabilities: d?.capabilities,
            tools: [],
            problems: [{ level: 'error', code: 'unsupported-revision', message }],
          });
        }
        case 'fatal':
          return finish({ status: 'unhealthy', tools: [], problems: [{ level: 'error', code: 'unreachable', message: outcome.reason }] });
        case 'fallback':
          lastReason = outcome.reason;
          continue;
        case 'retry':
          lastReason = outcome.reason;
          break;
      }
      if (outcome.type === 'retry') break;
    }
    if (remaining() <= backoff) {
      if (remaining() > 50) await sleep(remaining() - 10);
      const seconds = (options.timeoutMs / 1000).toFixed(options.timeoutMs % 1000 ? 1 : 0);
      return finish({
        status: 'unhealthy',
        tools: [],
        problems: [{ level: 'error', code: 'timeout', message: `no healthy MCP answer within ${seconds}s after ${attempts.length} attempt(s); last: ${lastReason}` }],
      });
    }
    await sleep(backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }
}
