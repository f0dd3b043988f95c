/**
 * `auth:` of mcp-deploy.yml, after the schema: the checks a pattern cannot make (https unless the
 * host is loopback, a section for the mode chosen and none for another, a bearer token the target
 * can read), with the file, line and field in each error, and the typed form the stages read.
 */
import { InputError } from '../util/errors.js';

export type SecretFrom = Record<string, unknown>;

/** The bearer token by reference: `name` is the variable the bridge reads it from. */
export interface BearerSecret {
  name: string;
  from: SecretFrom;
  rotation?: string;
  refresh?: string;
}

/** What an OAuth-protected server checks in every token: the spec's `auth:` and the bridge share it. */
export interface OAuthSettings {
  /** The issuer identifier, exactly as tokens carry it in `iss`. */
  issuer: string;
  /** The resource URL tokens must name in `aud` (RFC 8707 resource indicator). */
  audience: string;
  /** Scopes every token must carry. */
  scopes: string[];
  /** Skips discovery from the issuer's metadata: an http(s) URL, or file:///PATH of a JWKS file (a mounted ConfigMap). */
  jwksUri?: string;
}

export type SpecAuth = { mode: 'none' } | { mode: 'bearer'; secret: BearerSecret } | ({ mode: 'oauth'; jwksConfigMap?: { name: string; key: string } } & OAuthSettings);

/** How the gate obtains a token (names of environment variables, never values). */
export interface GateCredentials {
  bearerTokenEnv?: string;
  oauthClientId?: string;
  oauthClientSecretEnv?: string;
}

export const DEFAULT_TOKEN_VARIABLE = 'MCP_BRIDGE_TOKEN';

/** Hosts a plain-http issuer or key set may be on: only this machine can see the traffic. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Refuses what an http(s) URL of `field` must not be: unparsable, or plain http to another host. */
export function checkSecureUrl(value: string, field: string): string | undefined {
  if (!URL.canParse(value)) return `${field}: ${JSON.stringify(value)} is not a URL`;
  const url = new URL(value);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return `${field}: ${JSON.stringify(value)} must be https (plain http only on a loopback host: 127.0.0.1, localhost, [::1])`;
  if (url.hash) return `${field}: ${JSON.stringify(value)} must not have a fragment`;
  return undefined;
}

type Where = (path: string[]) => string;

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The readable bearer sources: a pod reads an env var or a Secret key, a cloud revision its platform's store; a CSI file is not what the bridge reads. */
const BEARER_SOURCES = ['kubernetes', 'external', 'env', 'github', 'gcp', 'aws', 'azure'];

/** Reads and checks `auth:` (already schema-valid); every problem in one InputError. */
export function readAuth(raw: unknown, file: string, where: Where): SpecAuth {
  if (raw === undefined) return { mode: 'none' };
  const auth = asRecord(raw);
  const mode = auth.mode as SpecAuth['mode'];
  const problems: string[] = [];
  const problem = (path: string[], text: string) => problems.push(`${where(path)}: ${text}`);
  for (const other of ['bearer', 'oauth'] as const) {
    if (auth[other] !== undefined && mode !== other) problem(['auth', other], `auth.${other} is set, but auth.mode is ${mode}: remove it or set mode: ${other}`);
  }
  let result: SpecAuth = { mode: 'none' };
  if (mode === 'bearer') {
    const bearer = asRecord(auth.bearer);
    if (auth.bearer === undefined) problem(['auth', 'mode'], 'auth.mode bearer needs auth.bearer.secret (the token, by reference)');
    const secret = asRecord(bearer.secret);
    const from = asRecord(secret.from);
    const kind = Object.keys(from)[0];
    if (kind && !BEARER_SOURCES.includes(kind)) {
      problem(['auth', 'bearer', 'secret', 'from'], `auth.bearer.secret.from.${kind} cannot hold the bridge's token; use from.kubernetes, from.external, from.env or from.github (or a cloud target's store: from.gcp, from.aws, from.azure)`);
    }
    result = {
      mode,
      secret: {
        name: (secret.name as string | undefined) ?? DEFAULT_TOKEN_VARIABLE,
        from,
        ...(secret.rotation !== undefined ? { rotation: secret.rotation as string } : {}),
        ...(secret.refresh !== undefined ? { refresh: secret.refresh as string } : {}),
      },
    };
  } else if (mode === 'oauth') {
    if (auth.oauth === undefined) problem(['auth', 'mode'], 'auth.mode oauth needs auth.oauth with issuer and audience');
    const oauth = asRecord(auth.oauth);
    const issuer = (oauth.issuer as string | undefined) ?? '';
    const audience = (oauth.audience as string | undefined) ?? '';
    for (const [field, value] of [['issuer', issuer], ['audience', audience], ['jwks-uri', oauth['jwks-uri']]] as const) {
      if (typeof value !== 'string' || !value || value.startsWith('file:')) continue;
      const wrong = checkSecureUrl(value, `auth.oauth.${field}`);
      if (wrong) problem(['auth', 'oauth', field], wrong);
    }
    if (oauth['jwks-uri'] !== undefined && oauth['jwks-configmap'] !== undefined) problem(['auth', 'oauth', 'jwks-configmap'], 'give auth.oauth.jwks-uri or auth.oauth.jwks-configmap, not both');
    const configMap = oauth['jwks-configmap'] ? asRecord(oauth['jwks-configmap']) : undefined;
    result = {
      mode,
      issuer,
      audience,
      scopes: (oauth.scopes as string[] | undefined) ?? [],
      ...(oauth['jwks-uri'] !== undefined ? { jwksUri: oauth['jwks-uri'] as string } : {}),
      ...(configMap ? { jwksConfigMap: { name: configMap.name as string, key: (configMap.key as string | undefined) ?? 'jwks.json' } } : {}),
    };
  }
  if (problems.length) throw new InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
  return result;
}

/** `health.auth` of the spec, checked against the mode declared. */
export function readGateCredentials(raw: unknown, auth: SpecAuth, file: string, where: Where): GateCredentials {
  const h = asRecord(raw);
  const credentials: GateCredentials = {
    ...(h['bearer-token-env'] !== undefined ? { bearerTokenEnv: h['bearer-token-env'] as string } : {}),
    ...(h['oauth-client-id'] !== undefined ? { oauthClientId: h['oauth-client-id'] as string } : {}),
    ...(h['oauth-client-secret-env'] !== undefined ? { oauthClientSecretEnv: h['oauth-client-secret-env'] as string } : {}),
  };
  const problems: string[] = [];
  if ((credentials.oauthClientId === undefined) !== (credentials.oauthClientSecretEnv === undefined)) {
    problems.push(`${where(['health', 'auth'])}: health.auth needs both oauth-client-id and oauth-client-secret-env, or neither`);
  }
  if (credentials.oauthClientId !== undefined && auth.mode !== 'oauth') problems.push(`${where(['health', 'auth', 'oauth-client-id'])}: health.auth.oauth-client-id is set, but auth.mode is ${auth.mode}`);
  if (credentials.bearerTokenEnv !== undefined && auth.mode !== 'bearer') problems.push(`${where(['health', 'auth', 'bearer-token-env'])}: health.auth.bearer-token-env is set, but auth.mode is ${auth.mode}`);
  if (problems.length) throw new InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
  return credentials;
}
