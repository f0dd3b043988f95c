/**
 * The endpoints' part of the handoff (for the webhook and gateway step): the host and paths the
 * server answers on, TLS, rate limits, load balancing and session affinity, and the ingress class,
 * read from the spec the way the Kubernetes render reads it (readIngress, sessionAffinity), so the
 * handoff says what was deployed.
 */
import { readIngress, type IngressSettings } from '../render/kubernetes-settings.js';
import { sessionAffinity, SESSION_HASH_KEY, type Affinity } from '../render/kubernetes-traffic.js';
import type { DeploySpec } from '../spec/spec.js';
import type { HandoffTarget } from './credentials.js';

/** The render's decision, or `manifests` when the user's own manifests were applied (they decide). */
export type AffinityMode = Affinity['mode'] | 'manifests';

export interface EndpointPath {
  path: string;
  purpose: string;
}

export interface EndpointsHandoff {
  /** Reachable beyond the machine it runs on (an ingress host), or only on loopback / in the cluster. */
  public: boolean;
  /** scheme://host[:port] */
  baseUrl: string;
  host: string;
  paths: EndpointPath[];
  /** Absent: plain HTTP. */
  tls?: { secret: string; issuer?: string };
  /** Requests per second per client address, enforced by the ingress controller. */
  rateLimit?: { rps: number; enforcedBy: string };
  ingressClass?: string;
  ingressController?: 'nginx' | 'other';
  loadBalancing: {
    replicas: { min: number; max: number };
    affinity: AffinityMode;
    /** How a session's requests reach the replica that holds it. */
    how: string;
    warnings: string[];
  };
}

export interface EndpointsInput {
  spec: DeploySpec;
  target: HandoffTarget;
  url: string;
  affinity?: { mode: AffinityMode; warnings?: string[] };
}

const WELL_KNOWN = '/.well-known/oauth-protected-resource';

export function endpointPaths(spec: DeploySpec): EndpointPath[] {
  const { transport, path } = spec.server;
  const paths: EndpointPath[] = [];
  if (transport === 'sse') {
    paths.push({ path: '/sse', purpose: 'MCP, HTTP+SSE (the server names its message endpoint in the stream)' });
  } else {
    paths.push({ path, purpose: 'MCP, Streamable HTTP' });
  }
  if (transport === 'stdio') {
    paths.push({ path: '/sse', purpose: 'MCP, legacy HTTP+SSE stream (bridge)' });
    paths.push({ path: '/messages', purpose: 'MCP, legacy HTTP+SSE posts (bridge)' });
    paths.push({ path: '/healthz', purpose: 'liveness (bridge)' });
    paths.push({ path: '/readyz', purpose: 'readiness (bridge)' });
  } else if (spec.health.path) {
    paths.push({ path: spec.health.path, purpose: 'health (the spec\'s health.path)' });
  }
  paths.push({ path: WELL_KNOWN, purpose: 'OAuth protected-resource metadata (RFC 9728), when the server requires authorization' });
  return paths;
}

function replicasOf(spec: DeploySpec): { min: number; max: number } {
  const target = (spec.targets.kubernetes ?? {}) as { replicas?: number };
  const min = target.replicas ?? spec.scaling?.min ?? 1;
  const max = spec.scaling?.max !== undefined && spec.scaling.max > min ? spec.scaling.max : min;
  return { min, max };
}

function affinityHow(mode: AffinityMode, ingress: IngressSettings | undefined): string {
  switch (mode) {
    case 'single-replica':
      return 'one replica: every request of a session reaches it';
    case 'client-hash':
      return `the ingress controller (ingress-nginx) hashes on the client address (upstream-hash-by ${SESSION_HASH_KEY}); in-cluster clients keep their pod through the Service's ClientIP affinity`;
    case 'client-ip':
      return ingress
        ? 'the Service\'s ClientIP affinity (3 hours), for in-cluster clients; the ingress controller is not configured for affinity'
        : 'the Service\'s ClientIP affinity (3 hours)';
    case 'manifests':
      return 'as your own manifests configure it (not read by the handoff)';
  }
}

export function endpointsHandoff({ spec, target, url, affinity }: EndpointsInput): EndpointsHandoff {
  const parsed = new URL(url);
  const base = { baseUrl: parsed.origin, host: parsed.host, paths: endpointPaths(spec) };
  if (target === 'compose') {
    return {
      ...base,
      public: !isLoopback(parsed.hostname),
      loadBalancing: { replicas: { min: 1, max: 1 }, affinity: 'single-replica', how: affinityHow('single-replica', undefined), warnings: [] },
    };
  }
  const ingress = readIngress(spec, (spec.targets.kubernetes ?? {}) as Record<string, unknown>);
  const replicas = replicasOf(spec);
  const decided = affinity ?? sessionAffinity({ name: spec.server.name, multiReplica: replicas.max > 1, ingress });
  return {
    ...base,
    ...(ingress ? { baseUrl: `${ingress.tls ? 'https' : 'http'}://${ingress.host}`, host: ingress.host } : {}),
    public: ingress !== undefined,
    ...(ingress?.tls ? { tls: ingress.tls } : {}),
    ...(ingress?.rps !== undefined ? { rateLimit: { rps: ingress.rps, enforcedBy: ingress.controller === 'nginx' ? 'ingress-nginx (limit-rps)' : 'not configured: the controller is not ingress-nginx' } } : {}),
    ...(ingress?.className ? { ingressClass: ingress.className } : {}),
    ...(ingress ? { ingressController: ingress.controller } : {}),
    loadBalancing: { replicas, affinity: decided.mode, how: affinityHow(decided.mode, ingress), warnings: decided.warnings ?? [] },
  };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}
