/**
 * The server's ServiceAccount and Deployment: the image by digest, probes that match what runs in
 * the image (the bridge's /readyz and /healthz, or the native server's health path or port), a
 * locked-down security context, and a rolling update that never drops below the serving count.
 */
import type { DeploySpec } from '../spec/spec.js';
import { JWKS_FILE, JWKS_MOUNT, renderAuth } from './auth.js';
import type { KubernetesObject } from './kubernetes-objects.js';
import { metadataFor, selectorLabels, standardLabels } from './kubernetes-objects.js';
import type { RenderedSecrets } from './kubernetes-secrets.js';
import type { KubernetesSettings } from './kubernetes-settings.js';

/** The user the generated Dockerfiles run as; set here too so images with a named USER pass runAsNonRoot. */
const RUN_AS = 10001;
/** The bridge drains for up to 30s on SIGTERM (its default), then stops its children. */
export const BRIDGE_TERMINATION_GRACE_SECONDS = 45;
const NATIVE_TERMINATION_GRACE_SECONDS = 30;
export const PORT_NAME = 'http';

type Probe = Record<string, unknown>;

function probes(settings: KubernetesSettings): { startupProbe: Probe; readinessProbe: Probe; livenessProbe: Probe } {
  const http = (path: string) => ({ httpGet: { path, port: PORT_NAME } });
  const check = settings.bridged
    ? { startup: http('/healthz'), ready: http('/readyz'), live: http('/healthz') }
    : settings.healthPath
      ? { startup: http(settings.healthPath), ready: http(settings.healthPath), live: http(settings.healthPath) }
      : { startup: { tcpSocket: { port: PORT_NAME } }, ready: { tcpSocket: { port: PORT_NAME } }, live: { tcpSocket: { port: PORT_NAME } } };
  return {
    // Up to two minutes to start (npm/python start-up on a busy node); liveness waits for it.
    startupProbe: { ...check.startup, periodSeconds: 2, timeoutSeconds: 3, failureThreshold: 60 },
    readinessProbe: { ...check.ready, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
    livenessProbe: { ...check.live, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
  };
}

function resources(spec: DeploySpec): Record<string, unknown> | undefined {
  const amounts: Record<string, string> = {};
  if (spec.resources?.cpu !== undefined) amounts.cpu = String(spec.resources.cpu);
  if (spec.resources?.memory !== undefined) amounts.memory = spec.resources.memory;
  return Object.keys(amounts).length ? { requests: amounts, limits: amounts } : undefined;
}

export function renderServiceAccount(settings: KubernetesSettings): KubernetesObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadataFor(settings)(settings.name), automountServiceAccountToken: false };
}

function topologySpread(settings: KubernetesSettings): Array<Record<string, unknown>> {
  const labelSelector = { matchLabels: selectorLabels(settings) };
  // ScheduleAnyway: spreading is a preference; a one-node or one-zone cluster still runs every replica.
  return ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({ maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector }));
}

export function renderDeployment(spec: DeploySpec, settings: KubernetesSettings, secrets: RenderedSecrets): KubernetesObject {
  const auth = renderAuth(spec, 'kubernetes');
  const env = [...[...Object.entries(spec.env), ...auth.env].map(([name, value]) => ({ name, value })), ...secrets.env];
  // The issuer's public keys, for pods that cannot reach the issuer (the bridge reads the file).
  const jwks = auth.jwksConfigMap
    ? { volume: { name: 'auth-jwks', configMap: { name: auth.jwksConfigMap.name, items: [{ key: auth.jwksConfigMap.key, path: JWKS_FILE }] } }, mount: { name: 'auth-jwks', mountPath: JWKS_MOUNT, readOnly: true } }
    : undefined;
  const limits = resources(spec);
  const container = {
    name: settings.name,
    image: settings.image,
    imagePullPolicy: 'IfNotPresent',
    ports: [{ name: PORT_NAME, containerPort: settings.port, protocol: 'TCP' }],
    ...(env.length ? { env } : {}),
    ...(limits ? { resources: limits } : {}),
    ...probes(settings),
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: RUN_AS,
      runAsGroup: RUN_AS,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, ...secrets.mounts, ...(jwks ? [jwks.mount] : [])],
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadataFor(settings)(settings.name),
    spec: {
      ...(settings.replicas !== undefined ? { replicas: settings.replicas } : {}),
      selector: { matchLabels: selectorLabels(settings) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      revisionHistoryLimit: 5,
      progressDeadlineSeconds: settings.progressDeadlineSeconds,
      template: {
        metadata: { labels: standardLabels(settings) },
        spec: {
          serviceAccountName: settings.name,
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          terminationGracePeriodSeconds: settings.bridged ? BRIDGE_TERMINATION_GRACE_SECONDS : NATIVE_TERMINATION_GRACE_SECONDS,
          securityContext: { runAsNonRoot: true, runAsUser: RUN_AS, runAsGroup: RUN_AS, fsGroup: RUN_AS, seccompProfile: { type: 'RuntimeDefault' } },
          ...(settings.multiReplica ? { topologySpreadConstraints: topologySpread(settings) } : {}),
          containers: [container],
          volumes: [{ name: 'tmp', emptyDir: {} }, ...secrets.volumes, ...(jwks ? [jwks.volume] : [])],
        },
      },
    },
  };
}
