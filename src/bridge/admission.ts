/**
 * What the SDK's Streamable HTTP transport would refuse in an initialize, checked before the
 * bridge spawns a process for it: a refused request must not cost a process. Mirrors the checks
 * of WebStandardStreamableHTTPServerTransport.handlePostRequest (same statuses and messages);
 * whatever else the SDK refuses is caught after the fact (the session is closed at once).
 */
import { isJsonContentType } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { IncomingHttpHeaders } from 'node:http';

export interface Refusal {
  status: number;
  code: number;
  message: string;
}

export function initializeRefusal(headers: IncomingHttpHeaders, body: unknown): Refusal | undefined {
  // Accept is a list: a substring check is what the SDK does too.
  const accept = headers.accept ?? '';
  if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
    return { status: 406, code: -32000, message: 'Not Acceptable: Client must accept both application/json and text/event-stream' };
  }
  if (!isJsonContentType(headers['content-type'])) {
    return { status: 415, code: -32000, message: 'Unsupported Media Type: Content-Type must be application/json' };
  }
  if (Array.isArray(body) && body.length > 1 && body.some(isInitializeRequest)) {
    return { status: 400, code: -32600, message: 'Invalid Request: Only one initialization request is allowed' };
  }
  return undefined;
}
