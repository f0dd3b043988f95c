/**
 * What the three cloud renders (Cloud Run, ECS on Fargate, Container Apps) read from the spec the
 * same way: the image by digest, the revision suffix, CPU and memory as numbers, instance counts,
 * plain settings (env: and auth:'s MCP_BRIDGE_*), and the secrets, each by reference to the one
 * store the platform reads. Every refusal is an InputError naming the spec file and field.
 */
import { stringify } from 'yaml';
import { requireCloudGrammar } from '../spec/cloud-grammar.js';
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import { renderAuth } from './auth.js';
import { pinnedImage } from './kubernetes-settings.js';

export type CloudTarget = 'cloudrun' | 'ecs' | 'containerapps';

export const PLATFORM: Record<CloudTarget, string> = { cloudrun: 'Cloud Run', ecs: 'ECS', containerapps: 'Container Apps' };
/** The secret store each platform reads, as `secrets[].from` names it. */
const STORE: Record<CloudTarget, { kind: string; says: string }> = {
  cloudrun: { kind: 'gcp', says: 'from.gcp (Secret Manager)' },
  ecs: { kind: 'aws', says: 'from.aws (a Secrets Manager or SSM parameter ARN)' },
  containerapps: { kind: 'azure', says: 'from.azure (Key Vault)' },
};

export interface RenderCloudOptions {
  /** The pushed image, by digest: `registry/repository[:tag]@sha256:...`. */
  image: string;
  /** The commit deployed (hex); its first 7 digits name the revision when no suffix is given. */
  sha?: string;
  /** The revision suffix (default: the short sha, else the digest's first 7 hex digits). */
  revisionSuffix?: string;
}

export interface CloudDocument {
  /** A file name for `render --output DIR`. */
  name: string;
  text: string;
  value: Record<string, unknown>;
}

export interface CloudRender {
  target: CloudTarget;
  documents: CloudDocument[];
  /** The revision this render creates (Cloud Run, Container Apps) or the task definition family (ECS). */
  revision: string;
  /** Things that will not work as the user likely expects; for the log and summary. */
  warnings: string[];
}

export interface CloudSecret {
  /** The environment variable the server reads. */
  name: string;
  ref: Record<string, unknown>;
}

/** YAML every reader takes the same (gcloud's and az's parsers included): YAML 1.1 quoting, no aliases, no folding. */
export const cloudYaml = (value: unknown): string => stringify(value, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0 });

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

export const targetSettings = (spec: DeploySpec, target: CloudTarget): Record<string, unknown> => asRecord(spec.targets[target]);

/** An InputError naming the spec file and the field. */
export const specError = (spec: DeploySpec, field: string, message: string) => new InputError(`${spec.file}: ${field}: ${message}`);

export function cloudImage(image: string): { text: string; digestHex: string } {
  let pinned: ReturnType<typeof pinnedImage>;
  try {
    pinned = pinnedImage(image);
  } catch (error) {
    if (error instanceof InputError && !error.message.startsWith('--image')) throw new InputError(`--image: ${error.message}`);
    throw error;
  }
  const { ref, text } = pinned;
  return { text, digestHex: ref.digest!.replace(/^[^:]+:/, '').toLowerCase() };
}

/** The revision suffix: given (checked), else the short commit, else the digest's first 7 hex digits. */
export function revisionSuffix(options: RenderCloudOptions, digestHex: string): string {
  if (options.revisionSuffix !== undefined) return requireCloudGrammar('revisionSuffix', options.revisionSuffix, '--revision-suffix');
  if (options.sha !== undefined) {
    if (!/^[0-9a-f]{7,64}$/i.test(options.sha)) throw new InputError(`--sha: ${JSON.stringify(options.sha)} is not a commit id (7 to 64 hex digits)`);
    return options.sha.slice(0, 7).toLowerCase();
  }
  return digestHex.slice(0, 7);
}

const CPU = /^([0-9]+(?:\.[0-9]+)?)(m?)$/;
const MEMORY_UNITS: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };

/** resources.cpu in vCPU (500m → 0.5), or undefined. */
export function cpuOf(spec: DeploySpec): number | undefined {
  const raw = spec.resources?.cpu;
  if (raw === undefined) return undefined;
  const m = CPU.exec(String(raw));
  const cpu = m ? Number(m[1]) / (m[2] ? 1000 : 1) : NaN;
  if (!(cpu > 0)) throw specError(spec, 'resources.cpu', `${JSON.stringify(raw)} is not a CPU amount a cloud target takes (cores such as 0.5, 1 or 2, or millicores such as 500m)`);
  return cpu;
}

/** resources.memory in MiB, or undefined. */
export function memoryMiB(spec: DeploySpec): number | undefined {
  const raw = spec.resources?.memory;
  if (raw === undefined) return undefined;
  const m = /^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.exec(raw);
  const unit = m ? MEMORY_UNITS[m[2] ?? ''] : undefined;
  const mib = m && unit !== undefined ? (Number(m[1]) * unit) / 2 ** 20 : NaN;
  if (!(mib > 0)) throw specError(spec, 'resources.memory', `${JSON.stringify(raw)} is not a memory amount a cloud target takes (such as 512Mi or 2Gi)`);
  return mib;
}

/** Instances: scaling.min (default 1: a session outlives an idle minute), scaling.max (default: min, at least 1). */
export function instanceCounts(spec: DeploySpec): { min: number; max: number; multi: boolean } {
  const min = spec.scaling?.min ?? 1;
  const max = Math.max(spec.scaling?.max ?? min, 1);
  if (max < min) throw specError(spec, 'scaling.max', `${max} is below scaling.min ${min}`);
  return { min, max, multi: max > 1 };
}

/** The plain settings the container gets: env:, then auth:'s MCP_BRIDGE_* (never a secret). */
export function plainEnv(spec: DeploySpec, target: CloudTarget, warnings: string[]): Array<[string, string]> {
  // No ConfigMap outside Kubernetes: as under Compose, the bridge discovers the issuer's keys.
  const auth = renderAuth(spec, 'compose');
  if (spec.auth?.mode === 'oauth' && spec.auth.jwksConfigMap && !spec.auth.jwksUri) {
    warnings.push(`${spec.server.name}: auth.oauth.jwks-configmap is for Kubernetes; on ${PLATFORM[target]} the bridge fetches the issuer's keys by discovery, so the revision must reach the issuer`);
  }
  return [...Object.entries(spec.env), ...auth.env];
}

/** The secrets (and auth:'s bearer token), each a reference into the platform's one store; any other kind is refused by field. */
export function cloudSecrets(spec: DeploySpec, target: CloudTarget): CloudSecret[] {
  const { kind, says } = STORE[target];
  const entries = [
    ...spec.secrets.map((s, i) => ({ name: s.name, from: s.from, field: `secrets[${i}].from` })),
    ...renderAuth(spec, 'compose').secrets.map((s) => ({ name: s.name, from: s.from, field: 'auth.bearer.secret.from' })),
  ];
  return entries.map(({ name, from, field }) => {
    const [have] = Object.keys(from);
    if (have !== kind) {
      throw specError(spec, `${field}.${have ?? ''}`, `${name} cannot be read by ${PLATFORM[target]}: a revision reads secrets from its platform's store only; use ${says}`);
    }
    return { name, ref: asRecord(from[kind]) };
  });
}

/** The warning for more than one instance: every platform's affinity here rides on a cookie. */
export function cookieAffinityWarning(spec: DeploySpec, target: CloudTarget, how: string): string {
  return (
    `${spec.server.name}: more than one ${PLATFORM[target]} instance can serve (scaling.max ${instanceCounts(spec).max}); ${how}. ` +
    'An MCP client that does not keep cookies may reach an instance that does not hold its session: run one instance (scaling.max: 1) or keep no session state in the server.'
  );
}
