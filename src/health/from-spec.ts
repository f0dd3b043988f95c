/** The gate's settings from `health:` of a deploy spec, and the local URL `up` serves it at; shared by `up` and `health --spec`. */
import { resolve } from 'node:path';
import type { DeploySpec } from '../spec/spec.js';
import { parseDuration } from '../util/parse.js';
import { contractFromNames, loadContract } from './contract.js';
import type { GateAuth, HealthOptions } from './types.js';

export function localUrl(spec: DeploySpec, port = spec.server.port): string {
  return `http://127.0.0.1:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}

type Env = Record<string, string | undefined>;

/**
 * The gate's side of auth: of the spec: what the server must refuse, and the credentials to get
 * through, read from `env` by the names health.auth gives (a bearer token defaults to the
 * variable its from.env or from.github names). Without them, `missing` says what to set.
 */
export function gateAuthFromSpec(spec: DeploySpec, env: Env): GateAuth | undefined {
  const auth = spec.auth;
  const credentials = spec.health.auth ?? {};
  if (!auth || auth.mode === 'none') return undefined;
  if (auth.mode === 'bearer') {
    const from = auth.secret.from as { env?: string; github?: string };
    const variable = credentials.bearerTokenEnv ?? from.env ?? from.github;
    const token = variable ? env[variable] : undefined;
    if (token) return { mode: 'bearer', token };
    return { mode: 'bearer', missing: variable ? `set ${variable}` : 'set health.auth.bearer-token-env to a variable holding the token' };
  }
  const declared = { mode: 'oauth' as const, issuer: auth.issuer, audience: auth.audience, scopes: auth.scopes };
  const { oauthClientId: id, oauthClientSecretEnv: secretEnv } = credentials;
  const secret = secretEnv ? env[secretEnv] : undefined;
  if (id && secret) return { ...declared, client: { id, secret } };
  return { ...declared, missing: secretEnv ? `set ${secretEnv}` : 'set health.auth.oauth-client-id and oauth-client-secret-env (a client-credentials client of the issuer)' };
}

/**
 * Only what the spec sets; the contract file resolves from the spec's folder, like every path in
 * it. `env` holds the gate's credentials (health.auth names them): the deploy engines have no
 * environment of their own, so it defaults to this process's, that of the CLI or the action.
 */
export function healthFromSpec(spec: DeploySpec, env: Env = process.env): Partial<Pick<HealthOptions, 'contract' | 'strict' | 'allowAuthRequired' | 'smoke' | 'timeoutMs' | 'auth'>> {
  const { health } = spec;
  const auth = gateAuthFromSpec(spec, env);
  return {
    ...(auth ? { auth } : {}),
    contract: health.contract ? loadContract(resolve(spec.dir, health.contract)) : health.expectTools ? contractFromNames(health.expectTools) : undefined,
    strict: health.strict,
    allowAuthRequired: health.allowAuthRequired,
    smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
    timeoutMs: health.timeout ? parseDuration(health.timeout, 'health.timeout') : undefined,
  };
}
