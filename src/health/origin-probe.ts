/**
 * The gate's DNS-rebinding check: one request with a foreign `Origin` header to the endpoint
 * that just passed, as a browser page on another site would send it. The MCP specification
 * requires Streamable HTTP servers to validate Origin; a server that answers serves any web page
 * the user visits. Whatever the server accepts is closed again (the session deleted, the event
 * stream dropped), so the probe leaves no session or process behind.
 */
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { CLIENT_INFO } from './connect.js';
import type { OriginProbe } from './types.js';

/** A reserved top-level domain (RFC 2606): never anyone's site. */
export const FOREIGN_ORIGIN = 'https://evil.invalid';

/** Answers that refuse the request: 403 (the SDK and the bridge), 400 and 421 (a misdirected host), 401. */
const REFUSALS = new Set([400, 401, 403, 421]);

/** The record for an answer's status; undefined when the status says nothing about Origin (a 404, a 5xx). */
export function originVerdict(status: number): OriginProbe | undefined {
  if (REFUSALS.has(status)) return { sent: FOREIGN_ORIGIN, status, rejected: true };
  if (status >= 200 && status < 300) return { sent: FOREIGN_ORIGIN, status, rejected: false };
  return undefined;
}

export interface OriginProbeOptions {
  url: URL;
  transport: 'streamable-http' | 'sse';
  /** The gate's own headers (its token too: only Origin may be the reason for a refusal). */
  headers: Record<string, string>;
  protocolVersion?: string;
  timeoutMs: number;
}

/** Sends the foreign-Origin request; the record, or why none could be made (`reason`, secret-free). */
export async function probeForeignOrigin(options: OriginProbeOptions): Promise<{ origin: OriginProbe } | { reason: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(1, options.timeoutMs));
  const headers = new Headers(options.headers);
  headers.set('origin', FOREIGN_ORIGIN);
  try {
    let response: Response;
    if (options.transport === 'sse') {
      headers.set('accept', 'text/event-stream');
      response = await fetch(options.url, { headers, signal: controller.signal });
    } else {
      headers.set('accept', 'application/json, text/event-stream');
      headers.set('content-type', 'application/json');
      const initialize = {
        jsonrpc: '2.0',
        id: 'origin-probe-1',
        method: 'initialize',
        params: { protocolVersion: options.protocolVersion ?? LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: CLIENT_INFO },
      };
      response = await fetch(options.url, { method: 'POST', headers, body: JSON.stringify(initialize), signal: controller.signal });
    }
    const session = response.ok ? response.headers.get('mcp-session-id') : null;
    if (session) {
      // The answer read to its end, so the session is established before it is deleted as a client ends one.
      await response.text().catch(() => '');
      await deleteSession(options, session, controller.signal);
    } else {
      // Only the status matters: an accepted legacy event stream is dropped here, which ends its session.
      await response.body?.cancel().catch(() => {});
    }
    const origin = originVerdict(response.status);
    return origin ? { origin } : { reason: `the server answered the foreign-Origin request with HTTP ${response.status}, which says nothing about Origin validation` };
  } catch (error) {
    return { reason: `the foreign-Origin request failed: ${controller.signal.aborted ? `no answer within ${options.timeoutMs} ms` : error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** The session the accepted probe opened (a bridge spawns a process for it), closed as a client ends one. */
async function deleteSession(options: OriginProbeOptions, session: string, signal: AbortSignal): Promise<void> {
  const headers = new Headers(options.headers);
  headers.set('mcp-session-id', session);
  if (options.protocolVersion) headers.set('mcp-protocol-version', options.protocolVersion);
  const response = await fetch(options.url, { method: 'DELETE', headers, signal }).catch(() => undefined);
  await response?.body?.cancel().catch(() => {});
}
