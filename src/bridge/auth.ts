/**
 * Authorization at the bridge's door: the bridge as an OAuth 2.1 protected resource (the MCP
 * specification's authorization section, RFC 9728 metadata, RFC 6750 challenges). Either a static
 * bearer token (service to service) or JWT access tokens from one issuer, verified locally against
 * the issuer's JWKS with `jose`. Checked before a request can start a server process; tokens never
 * appear in a log line, an error or a child's environment.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { OAuthSettings } from '../spec/auth.js';

/** The spec's settings, resolved: the bearer token's value, and the fetch timings. */
export type BridgeAuth =
  | { mode: 'bearer'; token: string }
  | ({
      mode: 'oauth';
      /** Least time between two JWKS fetches (an unknown `kid` refetches after it; jose's default 30s). */
      jwksCooldownMs?: number;
      /** Time allowed for a metadata or JWKS fetch (default 5s). */
      fetchTimeoutMs?: number;
    } & OAuthSettings);

export const METADATA_PATH = '/.well-known/oauth-protected-resource';
/** Clock skew tolerated on `exp` and `nbf`. */
export const CLOCK_SKEW_SECONDS = 30;
/** Asymmetric algorithms only: `none` and HMAC (a key the issuer shares) are refused. */
export const OAUTH_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

export type AuthResult = { ok: true } | { ok: false; status: 401 | 403 | 503; headers: Record<string, string>; message: string; reason: string };

/** The Authorization header's bearer token (RFC 6750 §2.1; the header is the only method offered). */
export function bearerTokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  // Another scheme (Basic, …) carries no bearer token: the challenge then names no error (RFC 6750 §3.1).
  if (!header || !/^Bearer(\s|$)/i.test(header)) return undefined;
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i.exec(header);
  return match ? match[1] : '';
}

/** Constant-time: both sides hashed first, so neither content nor length leaks through timing. */
export function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Scopes a token grants: OAuth's space-separated `scope`, or the `scp` array some issuers use. */
export function scopesOf(payload: JWTPayload): Set<string> {
  const { scope, scp } = payload as { scope?: unknown; scp?: unknown };
  if (typeof scope === 'string') return new Set(scope.split(' ').filter(Boolean));
  if (Array.isArray(scp)) return new Set(scp.filter((s): s is string => typeof s === 'string'));
  if (typeof scp === 'string') return new Set(scp.split(' ').filter(Boolean));
  return new Set();
}

/** Where an issuer's metadata may be (RFC 8414 §3.1, then OpenID Connect Discovery's two forms). */
export function issuerMetadataUrls(issuer: string): string[] {
  const url = new URL(issuer);
  const path = url.pathname.replace(/\/$/, '');
  const urls = [`${url.origin}/.well-known/oauth-authorization-server${path}`, `${url.origin}${path}/.well-known/openid-configuration`];
  if (path) urls.push(`${url.origin}/.well-known/openid-configuration${path}`);
  return urls;
}

async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<string> {
  const tried: string[] = [];
  for (const url of issuerMetadataUrls(issuer)) {
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) {
        tried.push(`${url}: HTTP ${response.status}`);
        continue;
      }
      const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
      // RFC 8414 §3.3: metadata naming another issuer must not be used.
      if (metadata.issuer !== issuer) throw new Error(`${url} names issuer ${JSON.stringify(metadata.issuer)}, not ${issuer}`);
      if (typeof metadata.jwks_uri !== 'string') throw new Error(`${url} has no jwks_uri`);
      return metadata.jwks_uri;
    } catch (error) {
      tried.push(`${url}: ${(error as Error).message}`);
    }
  }
  throw new Error(`no usable authorization server metadata for ${issuer} (${tried.join('; ')})`);
}

/** Why a token was refused, in words safe to log and to return (never the token). */
function refusalReason(error: unknown): string | undefined {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not acceptable`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "the token's algorithm is not allowed";
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "no key of the issuer matches the token's key id";
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (error instanceof joseErrors.JWTInvalid || error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JOSENotSupported) return 'the token is not a valid JWT';
  if (error instanceof joseErrors.JWKSMultipleMatchingKeys) return "several keys of the issuer match the token's key id";
  return undefined;
}

/** How many verified tokens are remembered (the oldest goes first). */
const VERIFIED_TOKENS = 1024;

/** The key set a getter currently holds (jose's remote set and fileKeySet expose it); a new object after each fetch. */
const keySetOf = (getKey: JWTVerifyGetKey): unknown => (getKey as { jwks?: () => unknown }).jwks?.();

const quoted = (s: string) => `"${s.replace(/["\\]/g, '')}"`;

export class BridgeAuthenticator {
  private keys?: Promise<JWTVerifyGetKey>;
  private readonly verified = new Map<string, { expiresAt: number; scopes: Set<string>; keySet: unknown }>();

  constructor(private readonly auth: BridgeAuth) {}

  get mode(): BridgeAuth['mode'] {
    return this.auth.mode;
  }

  /** The metadata document's URL: at the resource's origin when the audience is a URL (right behind a proxy), else the request's. */
  metadataUrl(req: IncomingMessage): string {
    return `${this.origin(req)}${METADATA_PATH}`;
  }

  /** The RFC 9728 protected-resource metadata document. */
  metadata(req: IncomingMessage, mcpPath: string): Record<string, unknown> {
    if (this.auth.mode === 'bearer') return { resource: `${this.origin(req)}${mcpPath}`, bearer_methods_supported: ['header'] };
    return {
      resource: this.auth.audience,
      authorization_servers: [this.auth.issuer],
      ...(this.auth.scopes.length ? { scopes_supported: this.auth.scopes } : {}),
      bearer_methods_supported: ['header'],
    };
  }

  async check(req: IncomingMessage): Promise<AuthResult> {
    const token = bearerTokenOf(req);
    const metadata = `resource_metadata=${quoted(this.metadataUrl(req))}`;
    const unauthorized = (reason: string): AuthResult => ({
      ok: false,
      status: 401,
      headers: { 'www-authenticate': token === undefined ? `Bearer ${metadata}` : `Bearer error="invalid_token", error_description=${quoted(reason)}, ${metadata}` },
      message: `Unauthorized: ${reason}`,
      reason,
    });
    if (token === undefined) return unauthorized('no bearer token');
    if (token === '') return unauthorized('the Authorization header is not a bearer token');
    if (this.auth.mode === 'bearer') return sameToken(token, this.auth.token) ? { ok: true } : unauthorized('the bearer token is not the one configured');
    const auth = this.auth;
    let granted: Set<string>;
    try {
      granted = await this.verifiedScopes(token);
    } catch (error) {
      const reason = refusalReason(error);
      if (reason) return unauthorized(reason);
      // The issuer's keys could not be had: the bridge's problem, not the client's.
      return { ok: false, status: 503, headers: { 'retry-after': '5' }, message: 'Service Unavailable: the authorization server\'s keys could not be fetched', reason: `JWKS unavailable: ${(error as Error).message.split('\n')[0]}` };
    }
    const missing = auth.scopes.filter((s) => !granted.has(s));
    if (missing.length) {
      const reason = `the token lacks scope ${missing.join(' ')}`;
      return {
        ok: false,
        status: 403,
        headers: { 'www-authenticate': `Bearer error="insufficient_scope", scope=${quoted(auth.scopes.join(' '))}, ${metadata}` },
        message: `Forbidden: ${reason}`,
        reason,
      };
    }
    return { ok: true };
  }

  /**
   * The scopes of a token whose signature and claims verify. A session sends its token with every
   * request: a verified token is remembered (by its hash) until it expires, as long as the key set
   * it was verified against is the current one, so each request does not pay for an RSA or EC
   * verification again (bench/bridge-auth.mjs). A refetched key set forgets every token.
   */
  private async verifiedScopes(token: string): Promise<Set<string>> {
    if (this.auth.mode !== 'oauth') throw new Error('no JWT in bearer mode');
    const getKey = await this.jwks();
    const id = createHash('sha256').update(token, 'utf8').digest('base64');
    const now = Date.now() / 1000;
    const known = this.verified.get(id);
    if (known && known.keySet === keySetOf(getKey) && now <= known.expiresAt + CLOCK_SKEW_SECONDS) return known.scopes;
    if (known) this.verified.delete(id);
    const { payload } = await jwtVerify(token, getKey, {
      issuer: this.auth.issuer,
      audience: this.auth.audience,
      algorithms: OAUTH_ALGORITHMS,
      clockTolerance: CLOCK_SKEW_SECONDS,
      requiredClaims: ['exp'],
    });
    const scopes = scopesOf(payload);
    const keySet = keySetOf(getKey);
    if (keySet !== undefined) {
      if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(id, { expiresAt: payload.exp!, scopes, keySet });
    }
    return scopes;
  }

  private origin(req: IncomingMessage): string {
    if (this.auth.mode === 'oauth' && URL.canParse(this.auth.audience)) return new URL(this.auth.audience).origin;
    const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
    return `${proto}://${req.headers.host ?? 'localhost'}`;
  }

  /** The issuer's key set: discovered once (retried after a failure), cached and refreshed on an unknown `kid` by jose. */
  private jwks(): Promise<JWTVerifyGetKey> {
    if (this.auth.mode !== 'oauth') throw new Error('no JWKS in bearer mode');
    const { issuer, jwksUri, jwksCooldownMs, fetchTimeoutMs = 5000 } = this.auth;
    if (!this.keys) {
      const keys = (async () => {
        const uri = jwksUri ?? (await discoverJwksUri(issuer, fetchTimeoutMs));
        if (uri.startsWith('file:')) return fileKeySet(fileURLToPath(uri), jwksCooldownMs ?? 30_000);
        return createRemoteJWKSet(new URL(uri), { timeoutDuration: fetchTimeoutMs, ...(jwksCooldownMs !== undefined ? { cooldownDuration: jwksCooldownMs } : {}) });
      })();
      keys.catch(() => {
        if (this.keys === keys) this.keys = undefined;
      });
      this.keys = keys;
    }
    return this.keys;
  }
}

/**
 * A key set read from a file (a ConfigMap the pod mounts, for clusters whose pods cannot reach the
 * issuer): read on first use and again on an unknown `kid` (at most once per cooldown), as jose
 * refetches a remote set, so a rotation is picked up once the kubelet has updated the mount.
 */
export function fileKeySet(path: string, cooldownMs: number): JWTVerifyGetKey {
  let current: { at: number; keys: Promise<JWTVerifyGetKey> } | undefined;
  const load = () => {
    const keys = readFile(path, 'utf8').then((text) => createLocalJWKSet(JSON.parse(text) as JSONWebKeySet));
    current = { at: Date.now(), keys };
    // A failed read is not kept: the next request reads again.
    keys.catch(() => {
      if (current?.keys === keys) current = undefined;
    });
    return keys;
  };
  const getKey: JWTVerifyGetKey = async (header, token) => {
    const keys = await (current?.keys ?? load());
    try {
      return await keys(header, token);
    } catch (error) {
      if (!(error instanceof joseErrors.JWKSNoMatchingKey) || Date.now() - (current?.at ?? 0) < cooldownMs) throw error;
      return (await load())(header, token);
    }
  };
  // As jose's remote set does: the set now held, a new object after each read.
  return Object.assign(getKey, { jwks: () => current?.keys });
}
