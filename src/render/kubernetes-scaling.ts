/** Autoscaling (autoscaling/v2) and the disruption budget (policy/v1) of a multi-replica server. */
import type { KubernetesObject } from './kubernetes-objects.js';
import { metadataFor, selectorLabels } from './kubernetes-objects.js';
import type { KubernetesSettings } from './kubernetes-settings.js';

export function renderAutoscaler(settings: KubernetesSettings): KubernetesObject | undefined {
  const scaling = settings.autoscaling;
  if (!scaling) return undefined;
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: metadataFor(settings)(settings.name),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: settings.name },
      minReplicas: scaling.min,
      maxReplicas: scaling.max,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: scaling.cpu } } }],
      // Sessions live in pods: scale down slowly so open sessions are not cut every few minutes.
      behavior: { scaleDown: { stabilizationWindowSeconds: 600, policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }] } },
    },
  };
}

/** One pod at a time may be evicted (drains, upgrades); only rendered when more than one can run. */
export function renderDisruptionBudget(settings: KubernetesSettings): KubernetesObject | undefined {
  if (!settings.multiReplica) return undefined;
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadataFor(settings)(settings.name),
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(settings) } },
  };
}
