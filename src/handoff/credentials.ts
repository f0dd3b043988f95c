/**
 * The credentials' part of the handoff (for the OAuth and secrets step): each secret the server
 * needs, where its value is stored (a reference, never a value), how the target hands it to the
 * server, and its rotation and token-refresh needs as the spec states them.
 */
import { renderAuth } from '../render/auth.js';
import { CSI_MOUNT_ROOT } from '../render/kubernetes-secrets.js';
import type { DeploySpec } from '../spec/spec.js';

export type HandoffTarget = 'compose' | 'kubernetes';

/** Where the value lives, as the spec's `secrets[].from` names it. */
export type SecretStore =
  | { kind: 'kubernetes'; secret: string; key: string }
  | { kind: 'external'; store: string; storeKind: 'SecretStore' | 'ClusterSecretStore'; key: string; property?: string }
  | { kind: 'csi'; providerClass: string; object: string }
  | { kind: 'env'; variable: string }
  | { kind: 'github'; secret: string }
  | { kind: 'gcp'; secret: string; version?: string }
  | { kind: 'aws'; arn: string }
  | { kind: 'azure'; vault: string; secret: string; version?: string };

export interface SecretHandoff {
  /** The secret's name in the spec. */
  name: string;
  /** The environment variable the server reads: the name, or for CSI NAME_FILE (the file's path). */
  variable: string;
  store: SecretStore;
  /** How this target hands the value to the server. */
  delivery: string;
  rotation?: string;
  refresh?: string;
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The spec's `from` (validated by the schema: exactly one kind) as a typed reference. */
export function secretStoreOf(from: Record<string, unknown>): SecretStore {
  const [kind, value] = Object.entries(from)[0] ?? ['env', ''];
  const ref = asRecord(value);
  switch (kind) {
    case 'kubernetes':
      return { kind, secret: String(ref.secret), key: String(ref.key) };
    case 'external':
      return {
        kind,
        store: String(ref.store),
        storeKind: ref.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore',
        key: String(ref.key),
        ...(ref.property !== undefined ? { property: String(ref.property) } : {}),
      };
    case 'csi':
      return { kind, providerClass: String(ref['provider-class']), object: String(ref.object) };
    case 'github':
      return { kind, secret: String(value) };
    case 'gcp':
      return { kind, secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
    case 'aws':
      return { kind, arn: String(ref.arn) };
    case 'azure':
      return { kind, vault: String(ref.vault), secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
    case 'env':
      return { kind: 'env', variable: String(value) };
    default:
      // The schema admits no other kind: a new one must be added here, not shown as an object.
      throw new Error(`secrets[].from: no handoff for the kind ${JSON.stringify(kind)}`);
      return { kind: 'env', variable: String(value) };
  }
}

/** How the Kubernetes render passes each kind (src/render/kubernetes-secrets.ts). */
function kubernetesDelivery(spec: DeploySpec, name: string, store: SecretStore): string {
  switch (store.kind) {
    case 'kubernetes':
      return `environment variable ${name} from Secret ${store.secret}, key ${store.key} (secretKeyRef)`;
    case 'external': {
      const target = `${spec.server.name}-${store.store}${store.storeKind === 'ClusterSecretStore' ? '-cluster' : ''}`;
      return `environment variable ${name} from Secret ${target}, key ${name}, which an ExternalSecret syncs from the ${store.storeKind} ${store.store}`;
    }
    case 'csi':
      return `file ${CSI_MOUNT_ROOT}/${store.providerClass}/${store.object} (Secrets Store CSI volume, read-only); ${name}_FILE holds its path`;
    case 'env':
    case 'github':
      return `environment variable ${name} from Secret ${spec.server.name}-runner, key ${name}, written by the deploy from the runner's ${store.kind === 'env' ? store.variable : store.secret}`;
    case 'gcp':
      return 'not readable by a Kubernetes pod (a Cloud Run reference)';
    case 'aws':
      return 'not readable by a Kubernetes pod (an ECS reference)';
    case 'azure':
      return 'not readable by a Kubernetes pod (a Container Apps reference)';
  }
}

/** How the Compose file passes each kind (src/deploy/compose/compose-document.ts): names only, values from the deploying machine's environment. */
function composeDelivery(name: string, store: SecretStore): string {
  if (store.kind === 'env') return `environment variable ${name} from ${store.variable} in the environment of the machine that runs Compose`;
  return `environment variable ${name} from the same variable in the environment of the machine that runs Compose, when set (a ${store.kind} reference is for cluster targets)`;
}

/** Each secret the server needs, the bearer token of auth: included (by reference, as the render passes it). */
export function secretsHandoff(spec: DeploySpec, target: HandoffTarget): SecretHandoff[] {
  return [...spec.secrets, ...renderAuth(spec, target).secrets].map((secret) => {
    const store = secretStoreOf(secret.from);
    return {
      name: secret.name,
      variable: store.kind === 'csi' && target === 'kubernetes' ? `${secret.name}_FILE` : secret.name,
      store,
      delivery: target === 'kubernetes' ? kubernetesDelivery(spec, secret.name, store) : composeDelivery(secret.name, store),
      ...(secret.rotation !== undefined ? { rotation: secret.rotation } : {}),
      ...(secret.refresh !== undefined ? { refresh: secret.refresh } : {}),
    };
  });
}

/** The reference as one line of text, for Markdown (escaped by the writer). */
export function describeStore(store: SecretStore): string {
  switch (store.kind) {
    case 'kubernetes':
      return `Kubernetes Secret ${store.secret}, key ${store.key}`;
    case 'external':
      return `${store.storeKind} ${store.store}, key ${store.key}${store.property ? `, property ${store.property}` : ''} (External Secrets)`;
    case 'csi':
      return `SecretProviderClass ${store.providerClass}, object ${store.object} (Secrets Store CSI)`;
    case 'env':
      return `environment variable ${store.variable}`;
    case 'github':
      return `GitHub Actions secret ${store.secret}`;
    case 'gcp':
      return `Google Secret Manager ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
    case 'aws':
      return `${store.arn.includes(':ssm:') ? 'SSM parameter' : 'AWS Secrets Manager secret'} ${store.arn}`;
    case 'azure':
      return `Azure Key Vault ${store.vault}, secret ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
  }
}

/** auth: of the spec for the OAuth step and the clients: what is enforced and what a client must hold. */
export interface AuthHandoff {
  mode: 'bearer' | 'oauth';
  /** The RFC 9728 document clients discover the authorization server from. */
  resourceMetadata: string;
  /** bearer: the spec's name of the token secret (its reference is in secrets). */
  tokenSecret?: string;
  issuer?: string;
  /** The resource clients must request tokens for (RFC 8707) and tokens carry in aud. */
  audience?: string;
  scopes?: string[];
  /** Where the server reads the issuer's keys: discovery, a URL, or a ConfigMap. */
  keys?: string;
  /** What a client must register or hold, in words. */
  clientNeeds: string;
}

const METADATA_PATH = '/.well-known/oauth-protected-resource';

/** Undefined without auth: or with mode none. `url` is the URL clients use (the bearer metadata's origin). */
export function authHandoff(spec: DeploySpec, url: string): AuthHandoff | undefined {
  const auth = spec.auth;
  if (!auth || auth.mode === 'none') return undefined;
  if (auth.mode === 'bearer') {
    return {
      mode: 'bearer',
      resourceMetadata: `${new URL(url).origin}${METADATA_PATH}`,
      tokenSecret: auth.secret.name,
      clientNeeds: `the static token (the secret ${auth.secret.name}), sent as Authorization: Bearer; services only: there is no issuer and no per-client identity, so rotate it by replacing the secret and every client's copy`,
    };
  }
  const scopes = auth.scopes.length ? ` with scope ${auth.scopes.join(' ')}` : '';
  return {
    mode: 'oauth',
    resourceMetadata: `${new URL(auth.audience).origin}${METADATA_PATH}`,
    issuer: auth.issuer,
    audience: auth.audience,
    scopes: auth.scopes,
    keys: auth.jwksConfigMap ? `ConfigMap ${auth.jwksConfigMap.name}, key ${auth.jwksConfigMap.key} (update it when the issuer rotates its keys)` : (auth.jwksUri ?? "the issuer's metadata (jwks_uri), refetched on an unknown key id"),
    clientNeeds:
      `a client registered at ${auth.issuer} that may request tokens for the resource ${auth.audience}${scopes} (RFC 8707 resource parameter): ` +
      'services use the client-credentials grant; people use authorization code with PKCE in a client that supports MCP authorization. Access tokens are short-lived JWTs: request a new one when it expires',
  };
}
