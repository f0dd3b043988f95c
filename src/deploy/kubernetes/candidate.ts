/**
 * The server's Deployment among the objects, and its candidate: one replica of the new revision
 * whose pods no Service of the server selects. Every label of the serving selector gets a
 * `-candidate` value and the pods carry no other label of the template, so a Service (which
 * selects the serving pods by some of their labels) cannot match them.
 */
import type { KubernetesObject } from '../../render/kubernetes.js';
import { LABEL_INSTANCE, LABEL_MANAGED_BY } from './release.js';

export const LABEL_ROLE = 'mcp-orchestrator/role';
const SUFFIX = '-candidate';

interface Container {
  name: string;
  image?: string;
  ports?: Array<{ containerPort: number }>;
}

export interface DeploymentSpec {
  replicas?: number;
  selector: { matchLabels?: Record<string, string> };
  template: { metadata?: { labels?: Record<string, string> }; spec: { containers: Container[]; topologySpreadConstraints?: unknown } };
}

export type DeploymentObject = KubernetesObject & { spec: DeploymentSpec };

/** The Deployment that runs the pushed image: the rendered one, or the user's whose container names the digest. */
export function findServerDeployment(objects: KubernetesObject[], image: string, name: string): DeploymentObject | undefined {
  const deployments = objects.filter((o): o is DeploymentObject => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
  return deployments.find((d) => d.spec?.template?.spec?.containers?.some((c) => c.image === image)) ?? deployments.find((d) => d.metadata.name === name);
}

/** The port the server listens on in the pod: the server container's first containerPort, else the spec's port. */
export function serverPort(deployment: DeploymentObject, image: string, fallback: number): number {
  const container = deployment.spec.template.spec.containers.find((c) => c.image === image) ?? deployment.spec.template.spec.containers[0];
  return container?.ports?.[0]?.containerPort ?? fallback;
}

const withSuffix = (value: string) => (value.length + SUFFIX.length <= 63 ? `${value}${SUFFIX}` : `${value.slice(0, 63 - SUFFIX.length).replace(/[-_.]+$/, '')}${SUFFIX}`);

export function candidateDeployment(serving: DeploymentObject, instance: string): DeploymentObject {
  const copy = structuredClone(serving);
  const selector = Object.fromEntries(Object.entries(serving.spec.selector.matchLabels ?? {}).map(([k, v]) => [k, withSuffix(v)]));
  const podLabels = { ...selector, [LABEL_ROLE]: 'candidate' };
  copy.metadata = {
    name: withSuffix(serving.metadata.name).slice(0, 253),
    ...(serving.metadata.namespace ? { namespace: serving.metadata.namespace } : {}),
    labels: { [LABEL_MANAGED_BY]: 'mcp-orchestrator', [LABEL_INSTANCE]: instance, [LABEL_ROLE]: 'candidate' },
  };
  copy.spec.replicas = 1;
  copy.spec.selector = { matchLabels: podLabels };
  copy.spec.template.metadata = { ...(copy.spec.template.metadata ?? {}), labels: podLabels };
  delete copy.spec.template.spec.topologySpreadConstraints;
  return copy;
}

/** What the candidate's pods need before they can start: their ServiceAccount, Secrets and ConfigMaps. */
export function podDependencies(objects: KubernetesObject[]): KubernetesObject[] {
  return objects.filter((o) => ['ServiceAccount', 'Secret', 'ConfigMap', 'ExternalSecret'].includes(o.kind));
}
