/**
 * How requests reach the server: the Service, the Ingress (TLS, rate limits and streaming settings
 * for the chosen controller), the NetworkPolicy, and session affinity. MCP sessions are stateful:
 * with more than one replica every request of a session must reach the pod that holds it.
 */
import type { KubernetesObject } from './kubernetes-objects.js';
import { metadataFor, selectorLabels } from './kubernetes-objects.js';
import type { KubernetesSettings } from './kubernetes-settings.js';
import { PORT_NAME } from './kubernetes-workload.js';

export const SERVICE_PORT = 80;
/**
 * ingress-nginx hashes on the client's address. Not on the `Mcp-Session-Id` header: a session's
 * first request (initialize) carries no id yet, so it would hash to one fixed pod while the
 * session's later requests hash on their id to another pod that does not hold the session.
 */
export const SESSION_HASH_KEY = '$binary_remote_addr';
/** SSE streams stay open: an hour before the controller cuts an idle read or send. */
const STREAM_TIMEOUT_SECONDS = '3600';

export interface Affinity {
  /** How a session's requests reach one pod, for the handoff and the summary. */
  mode: 'single-replica' | 'client-hash' | 'client-ip';
  warnings: string[];
}

/** Decides session affinity; the warning says when nothing keeps a session on its pod. */
export function sessionAffinity(settings: Pick<KubernetesSettings, 'name' | 'multiReplica' | 'ingress'>): Affinity {
  if (!settings.multiReplica) return { mode: 'single-replica', warnings: [] };
  const ingress = settings.ingress;
  if (ingress?.controller === 'nginx') return { mode: 'client-hash', warnings: [] };
  if (!ingress) return { mode: 'client-ip', warnings: [] };
  return {
    mode: 'client-ip',
    warnings: [
      `${settings.name}: more than one replica behind an ingress controller (class ${ingress.className ?? '(cluster default)'}) that this render cannot configure for session affinity: ` +
        'the Service\'s ClientIP affinity does not apply to traffic the controller sends to pods directly, so requests of one MCP session may reach a pod that does not hold it. ' +
        'Set ingress.controller: nginx when it is ingress-nginx, configure sticky sessions on the controller, or run one replica (targets.kubernetes.replicas: 1 and no scaling.max above it).',
    ],
  };
}

export function renderService(settings: KubernetesSettings, affinity: Affinity): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadataFor(settings)(settings.name),
    spec: {
      type: 'ClusterIP',
      selector: selectorLabels(settings),
      ports: [{ name: PORT_NAME, port: SERVICE_PORT, targetPort: PORT_NAME, protocol: 'TCP', appProtocol: 'http' }],
      // In-cluster clients reach pods through the Service: ClientIP keeps their sessions on one pod
      // (ingress-nginx bypasses the Service and hashes on the client address instead).
      ...(affinity.mode === 'single-replica' ? {} : { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } }),
    },
  };
}

function ingressAnnotations(settings: KubernetesSettings, affinity: Affinity): Record<string, string> {
  const ingress = settings.ingress!;
  const annotations: Record<string, string> = {};
  if (ingress.tls?.issuer) annotations['cert-manager.io/cluster-issuer'] = ingress.tls.issuer;
  if (ingress.controller !== 'nginx') return annotations;
  const nginx = 'nginx.ingress.kubernetes.io';
  if (ingress.rps !== undefined) annotations[`${nginx}/limit-rps`] = String(ingress.rps);
  annotations[`${nginx}/proxy-buffering`] = 'off';
  annotations[`${nginx}/proxy-read-timeout`] = STREAM_TIMEOUT_SECONDS;
  annotations[`${nginx}/proxy-send-timeout`] = STREAM_TIMEOUT_SECONDS;
  if (affinity.mode === 'client-hash') annotations[`${nginx}/upstream-hash-by`] = SESSION_HASH_KEY;
  return annotations;
}

/**
 * Routes the whole host to the server: its MCP path, the SSE endpoints of bridged servers
 * (/sse, /messages) and /.well-known/oauth-protected-resource all have to be public.
 */
export function renderIngress(settings: KubernetesSettings, affinity: Affinity): KubernetesObject | undefined {
  const ingress = settings.ingress;
  if (!ingress) return undefined;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: metadataFor(settings)(settings.name, ingressAnnotations(settings, affinity)),
    spec: {
      ...(ingress.className ? { ingressClassName: ingress.className } : {}),
      ...(ingress.tls ? { tls: [{ hosts: [ingress.host], secretName: ingress.tls.secret }] } : {}),
      rules: [
        {
          host: ingress.host,
          http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: settings.name, port: { name: PORT_NAME } } } }] },
        },
      ],
    },
  };
}

/** Admits only same-namespace pods and, with an ingress, the controller's namespace, on the server's port. */
export function renderNetworkPolicy(settings: KubernetesSettings): KubernetesObject {
  const from: Array<Record<string, unknown>> = [{ podSelector: {} }];
  const controllerNamespace = settings.ingress?.controllerNamespace;
  if (controllerNamespace) from.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': controllerNamespace } } });
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: metadataFor(settings)(settings.name),
    spec: {
      podSelector: { matchLabels: selectorLabels(settings) },
      policyTypes: ['Ingress'],
      ingress: [{ from, ports: [{ port: PORT_NAME, protocol: 'TCP' }] }],
    },
  };
}
