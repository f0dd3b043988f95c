/** The shape every rendered Kubernetes object shares, and the labels and metadata they carry. */
import type { KubernetesSettings } from './kubernetes-settings.js';

export interface ObjectMetadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMetadata;
  [key: string]: unknown;
}

export const MANAGED_BY = 'mcp-orchestrator';

/** The labels a selector uses: stable across revisions (a Deployment's selector is immutable). */
export function selectorLabels(settings: KubernetesSettings): Record<string, string> {
  return { 'app.kubernetes.io/name': settings.name, 'app.kubernetes.io/instance': settings.instance };
}

export function standardLabels(settings: KubernetesSettings): Record<string, string> {
  return { ...selectorLabels(settings), 'app.kubernetes.io/version': settings.version, 'app.kubernetes.io/managed-by': MANAGED_BY };
}

/** Metadata for an object of this server: its name, the namespace when one is set, the labels. */
export function metadataFor(settings: KubernetesSettings) {
  return (name: string, annotations?: Record<string, string>): ObjectMetadata => ({
    name,
    ...(settings.namespace ? { namespace: settings.namespace } : {}),
    labels: standardLabels(settings),
    ...(annotations && Object.keys(annotations).length ? { annotations } : {}),
  });
}
