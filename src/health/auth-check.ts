/**
 * The gate's two sides of declared authorization. The refusal: a request without a token must get
 * 401 with a `WWW-Authenticate: Bearer` challenge naming protected-resource metadata (RFC 9728)
 * that is valid and says what the spec declared. The authorized path: a token, either the static
 * bearer token or one from the issuer's token endpoint by the client-credentials grant (the SDK's
 * discovery and token request). Tokens and client secrets never appear in what this returns.
 */
import { discoverAuthorizationServerMetadata, fetchToken } from '@modelcontextprotocol/sdk/client/auth.js';
import { ClientCredentialsProvider } from '@modelcontextprotocol/sdk/client/auth-extensions.js';
import { OAuthProtectedResourceMetadataSchema } from '@modelcontextprotocol/sdk/shared/auth.js';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseChallenge } from '../registry/challenge.js';
import { CLIENT_INFO } from './connect.js';
import type { Attempt, AuthInfo, GateAuth, HealthOptions, HealthReport, Problem } from './types.js';

export const METADATA_PATH = '/.well-known/oauth-protected-resource';

export type RefusalOutcome =
  | { type: 'refused'; auth: AuthInfo }
  /** The server answered, and not as declared: the gate fails with this. */
  | { type: 'wrong'; code: 'auth-not-enforced' | 'auth-metadata'; message: string; auth?: AuthInfo }
  /** No answer yet (starting, unreachable): try again until the deadline. */
  | { type: 'retry'; reason: string };

const INITIALIZE = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: CLIENT_INFO } };

/** The request a client without a token sends first: an initialize (Streamable HTTP) or the SSE stream. */
function unauthenticated(url: URL, sse: boolean, signal: AbortSignal): Promise<Response> {
  if (sse) return fetch(url, { headers: { accept: 'text/event-stream' }, signal });
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify(INITIALIZE), signal });
}

/** Checks that `url` refuses a request without a token as `declared` says it must. */
export async function checkRefusal(url: URL, declared: GateAuth, sse: boolean, signal: AbortSignal): Promise<RefusalOutcome> {
  let response: Response;
  try {
    response = await unauthenticated(url, sse, signal);
  } catch (error) {
    return { type: 'retry', reason: `request without a token: ${(error as Error).message}` };
  }
  await response.body?.cancel().catch(() => {});
  const status = response.status;
  if (status >= 200 && status < 300) {
    return { type: 'wrong', code: 'auth-not-enforced', message: `auth: ${declared.mode} is declared, but the server answered a request without a token with HTTP ${status}: it does not enforce authorization` };
  }
  // A proxy or a server still starting: not the server's verdict yet.
  if (status !== 401 && status !== 403) return { type: 'retry', reason: `request without a token: HTTP ${status}` };
  const header = response.headers.get('www-authenticate') ?? undefined;
  const challenge = parseChallenge(header);
  const auth: AuthInfo = { mode: declared.mode, ...(challenge ? { scheme: header!.trim().split(/\s+/)[0] } : {}) };
  if (status === 403) return { type: 'wrong', code: 'auth-metadata', auth, message: 'a request without a token got 403; a missing token must get 401 with a challenge (RFC 6750 §3.1)' };
  if (challenge?.scheme !== 'bearer') return { type: 'wrong', code: 'auth-metadata', auth, message: `the 401 has no WWW-Authenticate Bearer challenge${header ? ` (got scheme ${auth.scheme})` : ''}` };
  const named = challenge.params.resource_metadata;
  if (!named || !URL.canParse(named)) return { type: 'wrong', code: 'auth-metadata', auth, message: 'the 401 challenge names no resource_metadata URL (RFC 9728 §5.1): clients cannot discover the authorization server' };
  return readMetadata(url, new URL(named), declared, auth, signal);
}

/**
 * Reads the metadata document the challenge names. Only from the gated server itself: when the
 * challenge names the public origin (the gate came through a port-forward or loopback), the same
 * path is read from the gated origin; the gate never sends requests to another host.
 */
async function readMetadata(url: URL, named: URL, declared: GateAuth, auth: AuthInfo, signal: AbortSignal): Promise<RefusalOutcome> {
  const wrong = (message: string): RefusalOutcome => ({ type: 'wrong', code: 'auth-metadata', auth, message });
  auth.resourceMetadata = named.href;
  if (!named.pathname.startsWith(METADATA_PATH)) return wrong(`the challenge's resource_metadata ${named.href} is not under ${METADATA_PATH} (RFC 9728 §3)`);
  if (declared.mode === 'oauth' && named.origin !== new URL(declared.audience).origin) {
    return wrong(`the challenge's resource_metadata ${named.href} is not at the origin of the declared audience ${declared.audience}`);
  }
  const readFrom = new URL(named.pathname + named.search, url);
  let body: unknown;
  try {
    const response = await fetch(readFrom, { headers: { accept: 'application/json' }, signal });
    if (!response.ok) return wrong(`the protected-resource metadata at ${readFrom.href} answered HTTP ${response.status}`);
    body = await response.json();
  } catch (error) {
    return { type: 'retry', reason: `protected-resource metadata at ${readFrom.href}: ${(error as Error).message}` };
  }
  const parsed = OAuthProtectedResourceMetadataSchema.safeParse(body);
  if (!parsed.success) return wrong(`the protected-resource metadata at ${readFrom.href} is not valid RFC 9728 metadata: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`).join('; ')}`);
  const metadata = parsed.data;
  auth.resource = metadata.resource;
  if (metadata.authorization_servers) auth.authorizationServers = metadata.authorization_servers;
  if (metadata.scopes_supported) auth.scopesSupported = metadata.scopes_supported;
  if (metadata.bearer_methods_supported && !metadata.bearer_methods_supported.includes('header')) return wrong('the protected-resource metadata does not offer the Authorization header (bearer_methods_supported)');
  if (declared.mode === 'oauth') {
    if (metadata.resource !== declared.audience) return wrong(`the protected-resource metadata names resource ${metadata.resource}, not the declared audience ${declared.audience}`);
    if (!metadata.authorization_servers?.includes(declared.issuer)) return wrong(`the protected-resource metadata does not name the declared issuer ${declared.issuer} in authorization_servers`);
    const missing = declared.scopes.filter((s) => !metadata.scopes_supported?.includes(s));
    if (missing.length) return wrong(`the protected-resource metadata does not list the declared scope(s) ${missing.join(' ')} in scopes_supported`);
  }
  return { type: 'refused', auth };
}

/** A client-credentials access token for the declared audience, or why none was had (never the secret). */
export async function clientCredentialsToken(declared: Extract<GateAuth, { mode: 'oauth' }>, client: { id: string; secret: string }, signal: AbortSignal): Promise<{ token: string } | { failure: string }> {
  const { issuer, audience, scopes } = declared;
  const fetchFn: typeof fetch = (input, init) => fetch(input, { ...init, signal });
  try {
    const metadata = await discoverAuthorizationServerMetadata(issuer, { fetchFn });
    if (!metadata) return { failure: `no authorization server metadata found for the issuer ${issuer}` };
    // RFC 8414 §3.3: metadata naming another issuer must not be used.
    if (metadata.issuer.replace(/\/$/, '') !== issuer.replace(/\/$/, '')) return { failure: `the metadata of ${issuer} names the issuer ${metadata.issuer}` };
    const provider = new ClientCredentialsProvider({ clientId: client.id, clientSecret: client.secret, expectedIssuer: issuer, ...(scopes.length ? { scope: scopes.join(' ') } : {}) });
    const tokens = await fetchToken(provider, issuer, { metadata, resource: new URL(audience), fetchFn });
    if (tokens.token_type.toLowerCase() !== 'bearer') return { failure: `the token endpoint issued a ${tokens.token_type} token, not a bearer token` };
    return { token: tokens.access_token };
  } catch (error) {
    // The SDK's OAuth errors carry the server's error code and description, never the request.
    const e = error as Error & { errorCode?: string };
    return { failure: `client-credentials grant at ${issuer} for client ${client.id}: ${e.errorCode ? `${e.errorCode}: ` : ''}${e.message.split('\n')[0]}` };
  }
}

/** The secret values an auth setting holds, for the report's scrub. */
export function authSecrets(auth: GateAuth | undefined): string[] {
  if (auth?.mode === 'bearer') return auth.token ? [auth.token] : [];
  if (auth?.mode === 'oauth') return auth.client ? [auth.client.secret] : [];
  return [];
}

export interface AuthorizeContext {
  remaining: () => number;
  attempts: Attempt[];
  started: number;
  logger: NonNullable<HealthOptions['logger']>;
  initialBackoffMs: number;
  maxBackoffMs: number;
}

type FinalPartial = Omit<HealthReport, 'attempts' | 'latencyMs' | 'target' | 'ok'>;

/**
 * Declared authorization, before the protocol checks: the refusal (retried while the server is
 * not answering yet), then the gate's token. Either a token to gate with, or the final verdict.
 */
export async function authorize(options: HealthOptions, declared: GateAuth, url: URL, ctx: AuthorizeContext): Promise<{ token: string; auth: AuthInfo } | { report: FinalPartial }> {
  const sse = options.transport === 'sse';
  const fail = (code: Problem['code'], message: string, auth?: AuthInfo): { report: FinalPartial } => ({
    report: { status: 'unhealthy', tools: [], ...(auth ? { auth } : {}), problems: [{ level: 'error', code, message }] },
  });
  let backoff = ctx.initialBackoffMs;
  let auth: AuthInfo;
  for (;;) {
    const atMs = Math.round(performance.now() - ctx.started);
    const outcome = await checkRefusal(url, declared, sse, AbortSignal.timeout(Math.ceil(Math.max(1, Math.min(ctx.remaining(), 10_000)))));
    const reason = outcome.type === 'retry' ? outcome.reason : undefined;
    ctx.attempts.push({ attempt: ctx.attempts.length + 1, atMs, transport: sse ? 'sse' : 'streamable-http', ok: outcome.type === 'refused', ...(reason ? { reason } : {}) });
    if (outcome.type === 'wrong') return fail(outcome.code, outcome.message, outcome.auth);
    if (outcome.type === 'refused') {
      auth = { ...outcome.auth, refusalVerified: true };
      break;
    }
    ctx.logger.info(`health: attempt ${ctx.attempts.length} (request without a token) failed: ${outcome.reason}`);
    if (ctx.remaining() <= backoff) {
      const seconds = (options.timeoutMs / 1000).toFixed(options.timeoutMs % 1000 ? 1 : 0);
      return fail('timeout', `no answer to a request without a token within ${seconds}s after ${ctx.attempts.length} attempt(s); last: ${outcome.reason}`);
    }
    await sleep(backoff);
    backoff = Math.min(backoff * 2, ctx.maxBackoffMs);
  }
  ctx.logger.info(`health: a request without a token got 401 with valid protected-resource metadata (${auth.resourceMetadata})`);
  if (declared.mode === 'bearer') {
    if (declared.token) return { token: declared.token, auth: { ...auth, token: 'bearer' } };
  } else if (declared.client) {
    const got = await clientCredentialsToken(declared, declared.client, AbortSignal.timeout(Math.ceil(Math.max(1, Math.min(ctx.remaining(), 15_000)))));
    if ('failure' in got) return fail('auth-token', `the gate could not obtain a token: ${got.failure}`, auth);
    return { token: got.token, auth: { ...auth, token: 'client-credentials' } };
  }
  const missing = declared.missing ?? (declared.mode === 'bearer' ? 'give the token (--bearer-token-env)' : 'give a client (--oauth-client-id, --oauth-client-secret-env)');
  return {
    report: {
      status: 'auth-required',
      tools: [],
      auth,
      problems: [
        {
          level: options.allowAuthRequired ? 'warning' : 'error',
          code: 'auth-required',
          message: `alive, authorization required: the refusal is verified, but the gate holds no credentials to check the authorized path (${missing})`,
        },
      ],
    },
  };
}
