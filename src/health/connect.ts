/**
 * One connection attempt with the official SDK client: the transport for a target, a fetch that
 * remembers the last HTTP answer (to tell "needs authorization" and "wrong transport" apart from a
 * crash), protected-resource metadata discovery, and a raw `server/discover` probe for servers that
 * speak only the stateless revision the SDK does not.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { SUPPORTED_PROTOCOL_VERSIONS, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { Readable } from 'node:stream';
import { parseChallenge } from '../registry/challenge.js';
import { LogTail } from './server-logs.js';
import type { AuthInfo, ConcreteTransport, HealthTarget } from './types.js';

export const CLIENT_INFO = { name: 'mcp-orchestrator-health', version: '0.1.0' };
/** The stateless revision that replaced `initialize` with `server/discover`. */
export const STATELESS_REVISION = '2026-07-28';

export interface HttpAnswer {
  method: string;
  status: number;
  wwwAuthenticate?: string;
}

/** The SDK's transports take a fetch; this one keeps the last answer for the gate's diagnosis. */
export function recordingFetch(headers: Record<string, string>, answers: HttpAnswer[]): typeof fetch {
  return async (input, init) => {
    const merged = new Headers(init?.headers);
    for (const [k, v] of Object.entries(headers)) if (!merged.has(k)) merged.set(k, v);
    const response = await fetch(input, { ...init, headers: merged });
    answers.push({ method: init?.method ?? 'GET', status: response.status, wwwAuthenticate: response.headers.get('www-authenticate') ?? undefined });
    return response;
  };
}

export interface OpenedTransport {
  transport: Transport;
  answers: HttpAnswer[];
  /** The last lines a stdio server wrote to stderr (for the failure reason). */
  stderrTail: () => string;
  /** A stdio server's stderr so far (its last 512 KiB), the report's logs; undefined over HTTP. */
  stderrText?: () => string;
}

export function openTransport(target: HealthTarget, kind: ConcreteTransport, headers: Record<string, string>): OpenedTransport {
  const answers: HttpAnswer[] = [];
  if (target.kind === 'command') {
    const transport = new StdioClientTransport({
      command: target.command,
      args: target.args,
      cwd: target.cwd,
      env: { ...(process.env as Record<string, string>), ...target.env },
      stderr: 'pipe',
    });
    const stderr = new LogTail();
    (transport.stderr as Readable | null)?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    const tail = () => stderr.toString().slice(-2048);
    return { transport, answers, stderrTail: () => tail().trim().split('\n').slice(-3).join(' | ').slice(0, 300), stderrText: () => stderr.toString() };
  }
  const fetchFn = recordingFetch(headers, answers);
  const transport =
    kind === 'sse'
      ? new SSEClientTransport(target.url, { fetch: fetchFn })
      : new StreamableHTTPClientTransport(target.url, { fetch: fetchFn, reconnectionOptions: { maxRetries: 0, initialReconnectionDelay: 1000, maxReconnectionDelay: 1000, reconnectionDelayGrowFactor: 1 } });
  return { transport, answers, stderrTail: () => '' };
}

export function newClient(): Client {
  return new Client(CLIENT_INFO, { capabilities: {} });
}

/**
 * After a 401: the challenge, and the OAuth protected-resource metadata (RFC 9728) from the URL the
 * challenge names or the well-known locations on the server's own origin.
 */
export async function describeAuth(url: URL, answer: HttpAnswer, headers: Record<string, string>, signal: AbortSignal): Promise<AuthInfo> {
  const info: AuthInfo = {};
  const candidates: string[] = [];
  if (answer.wwwAuthenticate) {
    // The registry client's challenge parser; the scheme is reported as the server wrote it.
    info.scheme = answer.wwwAuthenticate.trim().split(/\s+/)[0];
    const metadata = parseChallenge(answer.wwwAuthenticate)?.params.resource_metadata;
    if (metadata) candidates.push(metadata);
  }
  const path = url.pathname.replace(/\/$/, '');
  if (path) candidates.push(new URL(`/.well-known/oauth-protected-resource${path}`, url).href);
  candidates.push(new URL('/.well-known/oauth-protected-resource', url).href);
  for (const candidate of candidates) {
    let metadataUrl: URL;
    try {
      metadataUrl = new URL(candidate, url);
    } catch {
      continue;
    }
    // Only the server's own origin: the gate never follows a challenge to another host.
    if (metadataUrl.origin !== url.origin) {
      info.resourceMetadata = metadataUrl.href;
      break;
    }
    try {
      const response = await fetch(metadataUrl, { headers: { accept: 'application/json', ...pickUserAgent(headers) }, signal });
      if (!response.ok) continue;
      const body = (await response.json()) as { authorization_servers?: unknown };
      info.resourceMetadata = metadataUrl.href;
      if (Array.isArray(body.authorization_servers)) info.authorizationServers = body.authorization_servers.filter((s): s is string => typeof s === 'string');
      break;
    } catch {
      continue;
    }
  }
  return info;
}

function pickUserAgent(headers: Record<string, string>): Record<string, string> {
  const ua = Object.entries(headers).find(([k]) => k.toLowerCase() === 'user-agent');
  return ua ? { 'user-agent': ua[1] } : {};
}

export interface DiscoverResult {
  supportedVersions: string[];
  serverInfo?: { name?: string; version?: string };
  capabilities?: Record<string, unknown>;
}

/**
 * Sends `server/discover` as the stateless revision frames it (protocol version and client
 * capabilities in `_meta`) straight over a fresh SDK transport, and returns its answer, or
 * undefined when the server does not know the method. The SDK's Client cannot send it: it insists
 * on `initialize` first.
 */
export async function probeDiscover(opened: OpenedTransport, timeoutMs: number): Promise<DiscoverResult | undefined> {
  const { transport } = opened;
  const id = 'discover-1';
  const answer = new Promise<JSONRPCMessage | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    transport.onmessage = (message) => {
      if ('id' in message && message.id === id) {
        clearTimeout(timer);
        resolve(message);
      }
    };
    transport.onerror = () => {};
    transport.onclose = () => {
      clearTimeout(timer);
      resolve(undefined);
    };
  });
  try {
    await transport.start();
    await transport.send({
      jsonrpc: '2.0',
      id,
      method: 'server/discover',
      params: { _meta: { 'io.modelcontextprotocol/protocolVersion': STATELESS_REVISION, 'io.modelcontextprotocol/clientCapabilities': {}, 'io.modelcontextprotocol/clientInfo': CLIENT_INFO } },
    });
  } catch {
    await transport.close().catch(() => {});
    return undefined;
  }
  const message = await answer;
  await transport.close().catch(() => {});
  if (!message || !('result' in message)) return undefined;
  const result = message.result as { supportedVersions?: unknown; serverInfo?: DiscoverResult['serverInfo']; capabilities?: Record<string, unknown> };
  if (!Array.isArray(result.supportedVersions)) return undefined;
  return { supportedVersions: result.supportedVersions.filter((v): v is string => typeof v === 'string'), serverInfo: result.serverInfo, capabilities: result.capabilities };
}

/** The revisions the SDK client negotiates, newest first. */
export const sdkRevisions: readonly string[] = SUPPORTED_PROTOCOL_VERSIONS;
