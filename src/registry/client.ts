/**
 * A client for the OCI distribution API over node:http/https, streaming bodies: manifests, blobs,
 * and the auth dance (anonymous, Basic, Bearer token challenge as docker's token spec has it: an
 * expired token is fetched anew on its 401, once per request). Retries 429 (honouring
 * Retry-After), 5xx and dropped connections with exponential backoff. Follows at most 10
 * redirects, never from https to plain http. Plain HTTP only for loopback registries and those
 * named insecure. Credentials go only to the registry they are for and the token service its
 * challenge names; a redirect elsewhere carries none.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import type { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import { InputError, OrchestratorError } from '../util/errors.js';
import { silentLogger, type Logger } from '../util/logger.js';
import type { RegistryOptions } from '../image/types.js';
import { parseChallenge, parseRetryAfter } from './challenge.js';
import { explicitCredentialsElsewhere, findCredential, type Credential } from './credentials.js';
import { isLoopbackRegistry, registryHost } from './reference.js';

export class RegistryError extends OrchestratorError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | Readable;
  /** Pull or push scope for the repository, for Bearer tokens. */
  scope: string;
  /** Statuses that are answers, not errors. */
  expect: number[];
  /** Whether the body can be sent again on a retry (false for streams). */
  replayable?: boolean;
}

const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);
const SOCKET_TIMEOUT_MS = 60_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As Go's net/http (docker's client) and browsers. */
const MAX_REDIRECTS = 10;
/** The token spec's default and floor for `expires_in`, in seconds. */
const MIN_TOKEN_SECONDS = 60;

interface Token {
  value: string;
  expiresAt: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class RegistryClient {
  baseUrl: string;
  private agent: http.Agent;
  /** The CAs trusted for TLS, for the token service and redirects too. */
  private readonly ca: string[] | undefined;
  /** Loopback and insecure registries: HTTPS first, plain HTTP when the port does not speak TLS (as docker does). */
  private readonly mayFallBack: boolean;
  private probe: Promise<void> | undefined;
  private readonly tokens = new Map<string, Token>();
  /** Token requests in flight, per scope: requests refused together share one new token. */
  private readonly fetching = new Map<string, Promise<void>>();
  private credential: Credential | undefined | null = null;
  private basic = false;

  constructor(
    readonly registry: string,
    private readonly options: RegistryOptions = {},
    private readonly logger: Logger = silentLogger,
  ) {
    this.mayFallBack = isLoopbackRegistry(registry) || (options.insecureRegistries ?? []).includes(registry);
    this.baseUrl = `https://${registryHost(registry)}`;
    this.ca = options.caCertificates?.length ? [...rootCertificates, ...options.caCertificates] : undefined;
    this.agent = new https.Agent({ keepAlive: true, ca: this.ca });
  }

  /** For a registry that may be plain HTTP, finds out once whether it speaks TLS. */
  private chooseScheme(): Promise<void> {
    // One probe, shared by concurrent requests (parallel blob uploads) until it settles.
    if (!this.mayFallBack) return Promise.resolve();
    this.probe ??= this.probeScheme();
    return this.probe;
  }

  private async probeScheme(): Promise<void> {
    try {
      const response = await this.send(new URL('/v2/', this.baseUrl), { method: 'GET', headers: {} });
      response.resume();
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'ECONNREFUSED') return;
      if (e.code === 'EPROTO' || /wrong version number|ssl|tls|ECONNRESET|socket hang up/i.test(`${e.code} ${e.message}`)) {
        this.agent.destroy();
        this.baseUrl = `http://${registryHost(this.registry)}`;
        this.agent = new http.Agent({ keepAlive: true });
        this.logger.debug(`${this.registry}: no TLS on this port; using plain HTTP (loopback or insecure registry)`);
      }
    }
  }

  close(): void {
    this.agent.destroy();
  }

  private async getCredential(): Promise<Credential | undefined> {
    if (this.credential === null) this.credential = await findCredential(this.registry, this.options);
    return this.credential;
  }

  private basicHeader(c: Credential): string {
    return `Basic ${Buffer.from(`${c.username ?? ''}:${c.password ?? ''}`).toString('base64')}`;
  }

  private async authorization(scope: string): Promise<string | undefined> {
    const token = this.tokens.get(scope);
    if (token && token.expiresAt > Date.now()) return `Bearer ${token.value}`;
    if (this.basic) {
      const c = await this.getCredential();
      if (c) return this.basicHeader(c);
    }
    return undefined;
  }

  /** Answers a 401 challenge; returns false when there is nothing more to try. */
  private async authenticate(header: string | undefined, scope: string): Promise<boolean> {
    const challenge = parseChallenge(header);
    if (challenge?.scheme === 'basic') {
      if (this.basic || !(await this.getCredential())) return false;
      this.basic = true;
      return true;
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) return false;
    let pending = this.fetching.get(scope);
    if (!pending) {
      pending = this.fetchToken(challenge.params.realm, challenge.params.service, scope).finally(() => this.fetching.delete(scope));
      this.fetching.set(scope, pending);
    }
    await pending;
    return true;
  }

  /** Plain HTTP is for loopback hosts and those named insecure only. */
  private mayUsePlainHttp(host: string): boolean {
    return isLoopbackRegistry(host) || (this.options.insecureRegistries ?? []).includes(host);
  }

  /**
   * A token from the realm this registry's challenge named, as docker's token spec says: an
   * identity (refresh) token in a POST form body, a username and password as Basic on a GET.
   */
  private async fetchToken(realm: string, service: string | undefined, scope: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError(`${this.registry}: the challenge names a token service that is not a URL: "${realm}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RegistryError(`${this.registry}: the challenge names a token service that is not http(s): ${url.origin}`);
    const credential = await this.getCredential();
    if (credential && url.protocol === 'http:' && !this.mayUsePlainHttp(url.host)) {
      throw new RegistryError(`${this.registry}: refusing to send the credential from ${credential.source} to the plain-http token service ${url.origin}${url.pathname}`);
    }
    let response: http.IncomingMessage;
    if (credential?.identityToken) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'mcp-orchestrator', ...(service ? { service } : {}), scope });
      const body = Buffer.from(form.toString());
      response = await this.send(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) }, body });
    } else {
      if (service) url.searchParams.set('service', service);
      url.searchParams.set('scope', scope);
      response = await this.send(url, { method: 'GET', headers: credential ? { authorization: this.basicHeader(credential) } : {} });
    }
    const body = await readBody(response, 1024 * 1024);
    const where = `${url.origin}${url.pathname}`;
    if (response.statusCode !== 200) {
      throw new RegistryError(`${this.registry}: the token service ${where} refused ${credential ? `the credential from ${credential.source}` : 'anonymous access'} (HTTP ${response.statusCode})`, response.statusCode);
    }
    let parsed: { token?: string; access_token?: string; expires_in?: number };
    try {
      parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
    } catch {
      throw new RegistryError(`${this.registry}: the token service ${where} answered with something that is not JSON`);
    }
    const value = parsed.token ?? parsed.access_token;
    if (!value) throw new RegistryError(`${this.registry}: the token service ${where} answered without a token`);
    const seconds = Math.max(MIN_TOKEN_SECONDS, Number(parsed.expires_in) || 0);
    this.tokens.set(scope, { value, expiresAt: Date.now() + seconds * 1000 });
  }

  private send(url: URL, init: { method: string; headers: Record<string, string>; body?: Buffer | Readable }): Promise<http.IncomingMessage> {
    const transport = url.protocol === 'https:' ? https : http;
    const own = url.origin === this.baseUrl;
    return new Promise((resolve, reject) => {
      const req = transport.request(url, { method: init.method, headers: init.headers, ...(own ? { agent: this.agent } : url.protocol === 'https:' ? { ca: this.ca } : {}) }, resolve);
      req.setTimeout(SOCKET_TIMEOUT_MS, () => req.destroy(Object.assign(new Error(`no answer within ${SOCKET_TIMEOUT_MS / 1000}s`), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      if (init.body === undefined) req.end();
      else if (Buffer.isBuffer(init.body)) req.end(init.body);
      else init.body.pipe(req);
    });
  }

  /** One API call with auth, redirects and retries; resolves with a response whose status is expected. */
  async request(path: string, options: RequestOptions): Promise<http.IncomingMessage> {
    await this.chooseScheme();
    const retries = this.options.retries ?? 4;
    const backoff = this.options.backoffMs ?? 500;
    const method = options.method ?? 'GET';
    // A stream body is gone once sent; a buffer (or none) can go again after a 401 or a redirect.
    const resendable = options.body === undefined || Buffer.isBuffer(options.body);
    let url = new URL(path, this.baseUrl);
    let authRetries = 0;
    // The token fetched for this request: if it is refused too, the credential lacks access.
    let fresh: string | undefined;
    let redirects = 0;
    for (let attempt = 0; ; attempt++) {
      const headers = { ...options.headers };
      const ownOrigin = url.origin === this.baseUrl;
      const auth = ownOrigin ? await this.authorization(options.scope) : undefined;
      if (auth) headers.authorization = auth;
      let response: http.IncomingMessage;
      try {
        response = await this.send(url, { method, headers, body: options.body });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if ((RETRYABLE_CODES.has(code) || /socket hang up/.test((error as Error).message)) && attempt < retries && options.replayable !== false) {
          this.logger.debug(`${this.registry}: ${method} ${url.pathname}: ${(error as Error).message}; retrying`);
          await sleep(backoff * 2 ** attempt);
          continue;
        }
        throw new RegistryError(`${method} ${url.origin}${url.pathname}: ${(error as Error).message}${attempt ? ` (after ${attempt + 1} attempts)` : ''}`);
      }
      const status = response.statusCode ?? 0;
      if (options.expect.includes(status)) return response;
      if (status === 401 && ownOrigin && authRetries < 4) {
        // Another request got a newer token (or Basic) meanwhile: try that first.
        const current = await this.authorization(options.scope);
        const renewed = current !== undefined && current !== auth;
        // Otherwise the token sent expired: a new one, unless it was the one just fetched for this request.
        if (renewed || ((auth === undefined || auth !== fresh) && (await this.authenticate(response.headers['www-authenticate'], options.scope)))) {
          response.resume();
          if (!renewed) fresh = await this.authorization(options.scope);
          authRetries++;
          if (!resendable) throw new RegistryError(`${method} ${url.origin}${url.pathname}: HTTP 401 on a streamed body (a token expired); authenticated anew for the next attempt`, 401);
          attempt--;
          continue;
        }
      }
      if (REDIRECT_STATUSES.has(status) && response.headers.location) {
        response.resume();
        const next = new URL(response.headers.location, url);
        if (++redirects > MAX_REDIRECTS) throw new RegistryError(`${method} ${url.origin}${url.pathname}: more than ${MAX_REDIRECTS} redirects; stopped at ${next.origin}${next.pathname}`);
        if (url.protocol === 'https:' && next.protocol !== 'https:') {
          throw new RegistryError(`${method} ${url.origin}${url.pathname}: refusing the redirect from ${url.origin} to plain ${next.origin} (a downgrade from https)`);
        }
        if (!resendable) throw new RegistryError(`${method} ${url.origin}${url.pathname}: redirected to ${next.origin}${next.pathname} after the body was streamed; not following`);
        url = next;
        attempt--;
        continue;
      }
      if ((status === 429 || status >= 500) && attempt < retries && options.replayable !== false) {
        response.resume();
        const wait = parseRetryAfter(response.headers['retry-after'] as string | undefined) ?? backoff * 2 ** attempt;
        this.logger.debug(`${this.registry}: ${method} ${url.pathname}: HTTP ${status}; retrying in ${wait} ms`);
        await sleep(Math.min(wait, 60_000));
        continue;
      }
      throw await this.describeFailure(response, url, options, attempt);
    }
  }

  private async describeFailure(response: http.IncomingMessage, url: URL, options: RequestOptions, attempt: number): Promise<RegistryError> {
    const status = response.statusCode ?? 0;
    const body = (await readBody(response, 64 * 1024).catch(() => Buffer.alloc(0))).toString('utf8');
    let detail: string;
    try {
      const errors = (JSON.parse(body) as { errors?: Array<{ code?: string; message?: string }> }).errors ?? [];
      detail = errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
    } catch {
      detail = body.slice(0, 200).trim();
    }
    const where = `${options.method ?? 'GET'} ${url.origin}${url.pathname}`;
    const retried = attempt > 0 ? ` after ${attempt + 1} attempts` : '';
    if (status === 401 || status === 403) {
      const credential = await this.getCredential();
      const elsewhere = explicitCredentialsElsewhere(this.registry, this.options);
      const tried = credential ? `the credential from ${credential.source} was refused` : 'no credential is configured for it (docker login, or pass a username and password)';
      return new RegistryError(`${where}: HTTP ${status} from ${this.registry}: ${tried}${elsewhere ? `; ${elsewhere}` : ''}${detail ? ` (${detail})` : ''}`, status);
    }
    return new RegistryError(`${where}: HTTP ${status}${retried}${detail ? ` (${detail})` : ''}`, status);
  }

  async getManifest(repository: string, reference: string, accept: string[]): Promise<{ bytes: Buffer; mediaType: string; digest: string }> {
    const response = await this.request(`/v2/${repository}/manifests/${reference}`, {
      headers: { accept: accept.join(', ') },
      scope: `repository:${repository}:pull`,
      expect: [200, 404],
    });
    if (response.statusCode === 404) {
      response.resume();
      throw new InputError(`${this.registry}/${repository}: manifest ${reference} not found (manifest unknown)`);
    }
    const bytes = await readBody(response, 8 * 1024 * 1024);
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new InputError(`${this.registry}/${repository}: manifest digest mismatch: asked for ${reference}, the bytes hash to ${digest}`);
    }
    return { bytes, mediaType: String(response.headers['content-type'] ?? '').split(';')[0]!.trim(), digest };
  }

  async getBlob(repository: string, digest: string): Promise<Readable> {
    const response = await this.request(`/v2/${repository}/blobs/${digest}`, { scope: `repository:${repository}:pull`, expect: [200, 404] });
    if (response.statusCode === 404) {
      response.resume();
      throw new InputError(`${this.registry}/${repository}: blob ${digest} not found (blob unknown)`);
    }
    return response;
  }

  /** The blob's size when the repository has it; undefined when it does not. */
  async blobExists(repository: string, digest: string, scope = `repository:${repository}:pull`): Promise<number | undefined> {
    const response = await this.request(`/v2/${repository}/blobs/${digest}`, { method: 'HEAD', scope, expect: [200, 404] });
    response.resume();
    return response.statusCode === 200 ? Number(response.headers['content-length'] ?? 0) : undefined;
  }
}

export function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new InputError(`${response.url ?? 'response'}: body larger than ${maxBytes} bytes`));
      } else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
  });
}
