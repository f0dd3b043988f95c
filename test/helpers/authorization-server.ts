/**
 * A real OAuth 2.0 authorization server for tests: oidc-provider (OpenID certified) on a free
 * 127.0.0.1 port, with one client-credentials client and JWT access tokens for any resource
 * (RFC 8707). The signing keys are the test's, so it can rotate them (a new provider behind the
 * same issuer URL) and sign tokens with the issuer's own key for claim-level negative cases.
 * oidc-provider 8.x: 9.x supports only Node 22+ LTS and warns on the Node 20 the tests run on.
 */
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { listen } from './mcp-servers.js';

export const CLIENT_ID = 'bridge-itg';
export const CLIENT_SECRET = 'bridge-itg-client-secret-0123456789';
/** Scopes the authorization server grants for every resource. */
export const RESOURCE_SCOPES = 'mcp:tools mcp:read';

type CryptoKeyOf = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

export interface SigningKey {
  kid: string;
  /** The private JWK (with kid and alg), what the provider signs with. */
  jwk: JWK;
  privateKey: CryptoKeyOf;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, jwk, privateKey };
}

export interface AuthorizationServer {
  issuer: string;
  /** Serves from now on with these keys (the first signs): a key rotation behind the same issuer. */
  rotate(keys: SigningKey[]): void;
  /** A client-credentials access token for `resource` with `scope`. */
  token(resource: string, scope: string): Promise<string>;
  close(): Promise<void>;
}

function provider(issuer: string, keys: SigningKey[]): Provider {
  const p = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_types: ['client_credentials'], redirect_uris: [], response_types: [], scope: RESOURCE_SCOPES }],
    jwks: { keys: keys.map((k) => k.jwk) },
    scopes: RESOURCE_SCOPES.split(' '),
    cookies: { keys: ['authorization-server-test-cookie-key'] },
    ttl: { ClientCredentials: 600 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        getResourceServerInfo: (_ctx, resourceIndicator) => ({ scope: RESOURCE_SCOPES, audience: resourceIndicator, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
      },
    },
  });
  return p;
}

export async function startAuthorizationServer(keys: SigningKey[]): Promise<AuthorizationServer> {
  let current: Provider | undefined;
  const http = await listen((req, res) => void current!.callback()(req, res));
  const issuer = `http://127.0.0.1:${http.port}`;
  current = provider(issuer, keys);
  return {
    issuer,
    rotate: (next) => void (current = provider(issuer, next)),
    async token(resource, scope) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!response.ok || !body.access_token) throw new Error(`token request failed: ${response.status} ${body.error} ${body.error_description}`);
      return body.access_token;
    },
    close: () => http.close(),
  };
}
