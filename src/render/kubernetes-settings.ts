/**
 * What the Kubernetes render needs from the spec, read once into one typed object: replica counts,
 * autoscaling, ingress, the session-affinity decision, and the image. The spec's schema has already
 * pinned every value's grammar; this file only decides.
 */
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import { formatReference, parseImageReference, type ImageReference } from '../registry/reference.js';

export type IngressController = 'nginx' | 'other';

export interface IngressSettings {
  host: string;
  className?: string;
  controller: IngressController;
  /** The namespace the controller's pods run in: the NetworkPolicy admits it. */
  controllerNamespace?: string;
  rps?: number;
  tls?: { secret: string; issuer?: string };
}

export interface KubernetesSettings {
  name: string;
  instance: string;
  namespace?: string;
  image: string;
  version: string;
  /** The bridge runs in the image (stdio servers): its /healthz, /readyz and drain apply. */
  bridged: boolean;
  port: number;
  healthPath?: string;
  /** Deployment replicas; undefined when the HPA owns the count. */
  replicas?: number;
  autoscaling?: { min: number; max: number; cpu: number };
  /** More than one pod can serve at once: spread, PDB and session affinity apply. */
  multiReplica: boolean;
  ingress?: IngressSettings;
  progressDeadlineSeconds: number;
}

export interface RenderKubernetesOptions {
  /** The pushed image, by digest: `registry/repository[:tag]@sha256:...`. */
  image: string;
  /** Overrides targets.kubernetes.namespace. */
  namespace?: string;
  /** app.kubernetes.io/instance (default: the server's name); previews pass their own. */
  instance?: string;
  progressDeadlineSeconds?: number;
}

const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** Parses the image the render pins: it must carry a digest, and its registry must be a plain host. */
export function pinnedImage(image: string): { ref: ImageReference; text: string; version: string } {
  const ref = parseImageReference(image);
  if (!REGISTRY_HOST.test(ref.registry)) throw new InputError(`--image "${image}": "${ref.registry}" is not a registry host`);
  if (!ref.digest) {
    throw new InputError(
      `--image "${image}" has no digest: Kubernetes must run exactly the scanned bytes, so pass REPOSITORY@sha256:... ` +
        '(`mcp-orchestrator push ... --format json` prints it; or `docker buildx imagetools inspect REF` shows the digest)',
    );
  }
  const version = ref.tag && LABEL_VALUE.test(ref.tag) ? ref.tag : ref.digest.slice('sha256:'.length, 'sha256:'.length + 12);
  return { ref, text: formatReference({ registry: ref.registry, repository: ref.repository, digest: ref.digest }), version };
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** Reads the Kubernetes-relevant part of a validated spec. */
export function readKubernetesSettings(spec: DeploySpec, options: RenderKubernetesOptions): KubernetesSettings {
  const target = asRecord(spec.targets.kubernetes);
  const { text, version } = pinnedImage(options.image);
  if (options.instance !== undefined && !DNS_LABEL.test(options.instance)) throw new InputError(`instance "${options.instance}" is not a DNS label (lowercase letters, digits and -, at most 63)`);
  const scaling = spec.scaling ?? {};
  const min = (target.replicas as number | undefined) ?? scaling.min ?? 1;
  const autoscaling = scaling.max !== undefined && scaling.max > min ? { min: Math.max(min, 1), max: scaling.max, cpu: scaling.cpu ?? 80 } : undefined;
  return {
    name: spec.server.name,
    instance: options.instance ?? spec.server.name,
    namespace: options.namespace ?? (target.namespace as string | undefined),
    image: text,
    version,
    bridged: spec.server.transport === 'stdio',
    port: spec.server.port,
    healthPath: spec.health.path,
    replicas: autoscaling ? undefined : min,
    autoscaling,
    multiReplica: autoscaling ? autoscaling.max > 1 : min > 1,
    ingress: readIngress(spec, target),
    progressDeadlineSeconds: options.progressDeadlineSeconds ?? 180,
  };
}

export function readIngress(spec: DeploySpec, target: Record<string, unknown>): IngressSettings | undefined {
  const ingress = asRecord(spec.ingress);
  if (typeof ingress.host !== 'string') return undefined;
  const className = (ingress.class as string | undefined) ?? (target['ingress-class'] as string | undefined);
  // Without a stated controller, a class named like ingress-nginx's is taken as it; anything else
  // (including the cluster's default class) gets no controller-specific annotations.
  const controller = (ingress.controller as IngressController | undefined) ?? (className && /nginx/.test(className) ? 'nginx' : 'other');
  const tls = asRecord(ingress.tls);
  const rateLimit = asRecord(ingress['rate-limit']);
  const issuer = tls.issuer as string | undefined;
  const secret = (tls.secret as string | undefined) ?? (issuer ? `${spec.server.name}-tls` : undefined);
  return {
    host: ingress.host,
    className,
    controller,
    controllerNamespace: (ingress['controller-namespace'] as string | undefined) ?? (controller === 'nginx' ? 'ingress-nginx' : undefined),
    rps: rateLimit.rps as number | undefined,
    tls: secret ? { secret, ...(issuer ? { issuer } : {}) } : undefined,
  };
}
