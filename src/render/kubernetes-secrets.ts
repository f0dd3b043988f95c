/**
 * The spec's secrets as Kubernetes references, never values: `secretKeyRef` env entries, one
 * ExternalSecret (external-secrets.io/v1) per external store, and read-only CSI Secrets Store
 * volumes. Secrets whose value lives on the runner (`from.env`, `from.github`) are referenced in
 * one Secret the deploy stage writes; the render lists them and never sees a value.
 */
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import { renderAuth } from './auth.js';
import type { KubernetesObject, ObjectMetadata } from './kubernetes-objects.js';

export interface ExternalRef {
  store: string;
  kind?: 'SecretStore' | 'ClusterSecretStore';
  key: string;
  property?: string;
}

export interface CsiRef {
  'provider-class': string;
  object: string;
}

/** A secret the deploy stage must create from the runner's environment before applying. */
export interface RunnerSecret {
  /** The Kubernetes Secret and key the Deployment references. */
  secret: string;
  key: string;
  from: { env: string } | { github: string };
}

export interface RenderedSecrets {
  env: Array<Record<string, unknown>>;
  volumes: Array<Record<string, unknown>>;
  mounts: Array<Record<string, unknown>>;
  objects: KubernetesObject[];
  runnerSecrets: RunnerSecret[];
}

/** Where CSI volumes are mounted: the env var NAME_FILE holds the path of each object. */
export const CSI_MOUNT_ROOT = '/mnt/secrets-store';

export function renderSecrets(spec: DeploySpec, metadata: (name: string) => ObjectMetadata): RenderedSecrets {
  const name = spec.server.name;
  const out: RenderedSecrets = { env: [], volumes: [], mounts: [], objects: [], runnerSecrets: [] };
  const external = new Map<string, { ref: ExternalRef; data: Array<Record<string, unknown>> }>();
  const csiClasses: string[] = [];
  // The bearer token of auth: is one more reference, rendered the same way.
  for (const secret of [...spec.secrets, ...renderAuth(spec, 'kubernetes').secrets]) {
    const from = secret.from;
    if (from.kubernetes) {
      const ref = from.kubernetes as { secret: string; key: string };
      out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key } } });
    } else if (from.external) {
      const ref = from.external as ExternalRef;
      const kind = ref.kind ?? 'SecretStore';
      const target = `${name}-${ref.store}${kind === 'ClusterSecretStore' ? '-cluster' : ''}`;
      const group = external.get(target) ?? { ref: { ...ref, kind }, data: [] };
      group.data.push({ secretKey: secret.name, remoteRef: { key: ref.key, ...(ref.property ? { property: ref.property } : {}) } });
      external.set(target, group);
      out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: target, key: secret.name } } });
    } else if (from.csi) {
      const ref = from.csi as CsiRef;
      const className = ref['provider-class'];
      if (!csiClasses.includes(className)) csiClasses.push(className);
      out.env.push({ name: `${secret.name}_FILE`, value: `${CSI_MOUNT_ROOT}/${className}/${ref.object}` });
    } else if (from.env !== undefined || from.github !== undefined) {
      const source = from.env !== undefined ? { env: from.env as string } : { github: from.github as string };
      const runnerSecret = `${name}-runner`;
      out.runnerSecrets.push({ secret: runnerSecret, key: secret.name, from: source });
      out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: runnerSecret, key: secret.name } } });
    } else {
      const kinds = Object.keys(from).join(', ');
      throw new InputError(
        `${spec.file}: secrets: ${secret.name}: from.${kinds} cannot be read by a Kubernetes pod; use from.kubernetes, from.external (an External Secrets store) or from.csi`,
      );
    }
  }
  for (const [target, { ref, data }] of external) {
    out.objects.push({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: metadata(target),
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { name: ref.store, kind: ref.kind },
        target: { name: target, creationPolicy: 'Owner' },
        data,
      },
    });
  }
  csiClasses.forEach((className, index) => {
    const volume = `secrets-store-${index}`;
    out.volumes.push({ name: volume, csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: className } } });
    out.mounts.push({ name: volume, mountPath: `${CSI_MOUNT_ROOT}/${className}`, readOnly: true });
  });
  return out;
}
