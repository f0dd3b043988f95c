/**
 * Offline validation of rendered objects against the Kubernetes OpenAPI schemas (kubernetes-models,
 * and its external-secrets models for ExternalSecret). Each model is imported by its own path so
 * the bundles carry only the schemas the render can produce.
 */
import { ExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { KubernetesObject } from './kubernetes-objects.js';

interface Validating {
  validate(): void;
}
type ModelClass = new (data: never) => Validating;

const models: Record<string, ModelClass> = {
  'apps/v1/Deployment': Deployment as unknown as ModelClass,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler as unknown as ModelClass,
  'networking.k8s.io/v1/Ingress': Ingress as unknown as ModelClass,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy as unknown as ModelClass,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget as unknown as ModelClass,
  'v1/Service': Service as unknown as ModelClass,
  'v1/ServiceAccount': ServiceAccount as unknown as ModelClass,
  'external-secrets.io/v1/ExternalSecret': ExternalSecret as unknown as ModelClass,
};

/** Throws naming the object and the schema error; a kind without a model here is a bug in the render. */
export function validateObject(object: KubernetesObject): void {
  const key = `${object.apiVersion}/${object.kind}`;
  const Model = models[key];
  if (!Model) throw new Error(`no model to validate ${key} (add it to src/render/kubernetes-validate.ts)`);
  try {
    new Model(object as never).validate();
  } catch (error) {
    throw new Error(`rendered ${object.kind} ${object.metadata.name} is not a valid ${key}: ${(error as Error).message}`, { cause: error });
  }
}
