/**
 * A registry double for what the real distribution registry cannot be told to do: a loopback
 * HTTP front that demands Bearer tokens from a token service of its own (on another port, so on
 * another host as far as a client can tell), lets tokens expire after a few uses, and records
 * every header, URL and body both of them receive. Authorised requests are forwarded, without
 * their Authorization header, to a real registry (the plain one), so pushes and reads are real.
 */
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The body, for token service requests (registry request bodies are forwarded, not kept). */
  body: string;
}

export interface TokenRegistryOptions {
  /** `127.0.0.1:PORT` of the real registry to forward authorised requests to. */
  upstream: string;
  /** How many registry requests one token is good for before it is answered 401 as expired (default: unlimited). */
  tokenUses?: number;
  /** What the token service accepts; anything else is answered 401 (default: anonymous tokens for all). */
  accept?: { username: string; password: string } | { identityToken: string };
  /** Without `bearer`, the double demands nothing: it only records and forwards. */
  auth?: 'bearer' | 'none';
}

export interface TokenRegistry {
  /** The registry double, `127.0.0.1:PORT`. */
  host: string;
  /** The token service's URL, as named in the challenge. */
  realm: string;
  /** Requests the registry double received. */
  seen: RecordedRequest[];
  /** Requests the token service received. */
  realmSeen: RecordedRequest[];
  /** Tokens issued so far. */
  issued: number;
  /** How many requests tokens issued from now on are good for. */
  tokenUses: number;
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A forgotten double must not keep the test process alive.
  server.unref();
  return (server.address() as AddressInfo).port;
}

const stop = (server: http.Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

export async function startTokenRegistry(options: TokenRegistryOptions): Promise<TokenRegistry> {
  const upstreamPort = Number(/^127\.0\.0\.1:(\d+)$/.exec(options.upstream)?.[1]);
  if (!upstreamPort) throw new Error(`token registry: upstream ${options.upstream} is not a 127.0.0.1:PORT address`);
  const tokens = new Map<string, number>();
  const seen: RecordedRequest[] = [];
  const realmSeen: RecordedRequest[] = [];
  const state = { issued: 0, tokenUses: options.tokenUses ?? Number.POSITIVE_INFINITY };

  const tokenService = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      realmSeen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const form = new URLSearchParams(body);
      const accept = options.accept;
      let ok = !accept;
      if (accept && 'identityToken' in accept) ok = req.method === 'POST' && form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === accept.identityToken;
      else if (accept) ok = req.method === 'GET' && req.headers.authorization === `Basic ${Buffer.from(`${accept.username}:${accept.password}`).toString('base64')}`;
      if (!ok) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
      const token = randomBytes(16).toString('hex');
      tokens.set(token, state.tokenUses);
      state.issued++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
    });
  });
  const realmPort = await listen(tokenService);
  const realm = `http://127.0.0.1:${realmPort}/token`;

  const registry = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '' });
    if (options.auth !== 'none') {
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      const uses = token ? tokens.get(token) : undefined;
      if (!token || !uses) {
        req.resume();
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': `Bearer realm="${realm}",service="token-double"` });
        res.end(JSON.stringify({ errors: [{ code: token ? 'TOKEN_EXPIRED' : 'UNAUTHORIZED', message: token ? 'token expired' : 'authentication required' }] }));
        return;
      }
      tokens.set(token, uses - 1);
    }
    const headers = { ...req.headers };
    delete headers.authorization;
    const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const port = await listen(registry);

  return {
    host: `127.0.0.1:${port}`,
    realm,
    seen,
    realmSeen,
    get issued() {
      return state.issued;
    },
    get tokenUses() {
      return state.tokenUses;
    },
    set tokenUses(uses: number) {
      state.tokenUses = uses;
    },
    close: async () => {
      await stop(registry);
      await stop(tokenService);
    },
  };
}
