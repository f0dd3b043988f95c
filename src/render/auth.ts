/**
 * `auth:` of the spec as what every target hands the container: the MCP_BRIDGE_* settings the
 * bridge of a packaged image reads (a server with its own HTTP can read the same), the bearer
 * token as one more secret reference (rendered like `secrets:`, so never a value), and on
 * Kubernetes the ConfigMap that holds the issuer's keys for pods that cannot reach the issuer.
 * Pure: the Kubernetes render and the Compose file call it.
 */
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';

/** Where a JWKS ConfigMap is mounted in the container. */
export const JWKS_MOUNT = '/etc/mcp-orchestrator/auth';
export const JWKS_FILE = 'jwks.json';

export interface AuthRender {
  /** Plain settings, in order; no secret among them. */
  env: Array<[string, string]>;
  /** The bearer token by reference, in the shape of `secrets:` entries. */
  secrets: DeploySpec['secrets'];
  /** Kubernetes: the ConfigMap key mounted as JWKS_MOUNT/jwks.json. */
  jwksConfigMap?: { name: string; key: string };
}

const NONE: AuthRender = { env: [], secrets: [] };

/** Only Kubernetes mounts a JWKS ConfigMap; elsewhere (Compose, the clouds) the bridge discovers the keys. */
export type AuthTarget = 'kubernetes' | 'compose' | 'cloud';

export function renderAuth(spec: DeploySpec, target: AuthTarget): AuthRender {
  const auth = spec.auth ?? { mode: 'none' };
  if (auth.mode === 'none') return NONE;
  let out: AuthRender;
  if (auth.mode === 'bearer') {
    const { name, from, rotation, refresh } = auth.secret;
    out = {
      env: [['MCP_BRIDGE_AUTH', 'bearer'], ['MCP_BRIDGE_AUTH_TOKEN_ENV', name]],
      secrets: [{ name, from, ...(rotation !== undefined ? { rotation } : {}), ...(refresh !== undefined ? { refresh } : {}) }],
    };
  } else {
    // A ConfigMap is a cluster's; elsewhere the bridge discovers the keys from the issuer.
    const configMap = target === 'kubernetes' ? auth.jwksConfigMap : undefined;
    const jwksUri = configMap ? `file://${JWKS_MOUNT}/${JWKS_FILE}` : auth.jwksUri;
    out = {
      env: [
        ['MCP_BRIDGE_AUTH', 'oauth'],
        ['MCP_BRIDGE_ISSUER', auth.issuer],
        ['MCP_BRIDGE_AUDIENCE', auth.audience],
        ...(auth.scopes.length ? ([['MCP_BRIDGE_SCOPES', auth.scopes.join(',')]] as Array<[string, string]>) : []),
        ...(jwksUri ? ([['MCP_BRIDGE_JWKS_URI', jwksUri]] as Array<[string, string]>) : []),
      ],
      secrets: [],
      ...(configMap ? { jwksConfigMap: configMap } : {}),
    };
  }
  refuseClashes(spec, out);
  return out;
}

/** The spec's own env: or secrets: must not set what auth: sets: a later entry would silently win. */
function refuseClashes(spec: DeploySpec, out: AuthRender): void {
  const names = [...out.env.map(([name]) => name), ...out.secrets.map((s) => s.name)];
  const clash = names.find((n) => n in spec.env || spec.secrets.some((s) => s.name === n));
  const bridgeSettings = Object.keys(spec.env).filter((n) => /^MCP_BRIDGE_(AUTH|ISSUER|AUDIENCE|SCOPES|JWKS_URI)/.test(n));
  const name = clash ?? bridgeSettings[0];
  if (name) throw new InputError(`${spec.file}: ${name} is set by auth: and also by env: or secrets:; remove it there (auth: declares the bridge's authorization)`);
}
