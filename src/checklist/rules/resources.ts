/**
 * RES: resource limits set (the seed's "missing resource limits" anti-pattern). Requests let the
 * scheduler place the server; a memory limit keeps one leaking server from taking its node down;
 * previews get a namespace budget so a pull request cannot starve the cluster.
 */
import type { Check, ChecklistInputs, Rule } from '../types.js';
import {
  composeServices,
  containerCheck,
  containersOf,
  docsOfKind,
  getIn,
  isDict,
  nameOf,
  objectCheck,
  serviceCheck,
  type ContainerRef,
  type Doc,
  type Path,
} from './pod-specs.js';

export interface ResourceRuleOptions {
  /** Require a CPU limit too (RES003). Off by default: CPU limits throttle a server that only bursts (kube-score's --ignore-container-cpu-limit). */
  cpuLimit?: boolean;
}

/** The label that marks a Namespace as a pull-request preview (RES005). */
export const PREVIEW_NAMESPACE_LABEL = 'mcp-orchestrator.io/preview';

/** A quantity that is set: `0` (or empty) counts as unset, as kube-linter reads it. */
const isSet = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && v !== 0 && v !== '0';

/** The API server defaults a missing request to the limit, so a limit alone also requests. */
function requestOf(ref: ContainerRef, resource: 'cpu' | 'memory'): boolean {
  return isSet(getIn(ref.container, ['resources', 'requests', resource])) || isSet(getIn(ref.container, ['resources', 'limits', resource]));
}

function resourcesPath(ref: ContainerRef, sub?: 'requests' | 'limits'): Path {
  if (sub && isDict(getIn(ref.container, ['resources', sub]))) return [...ref.path, 'resources', sub];
  return isDict(ref.container.resources) ? [...ref.path, 'resources'] : ref.path;
}

function composeLimit(service: Record<string, unknown>, resource: 'memory' | 'cpus'): { set: boolean; path: Path } {
  const short = resource === 'memory' ? 'mem_limit' : 'cpus';
  if (isSet(service[short])) return { set: true, path: [short] };
  const deploy: Path = ['deploy', 'resources', 'limits', resource];
  if (isSet(getIn(service, deploy))) return { set: true, path: deploy };
  const nearest = [['deploy', 'resources', 'limits'], ['deploy', 'resources'], ['deploy']].find((p) => isDict(getIn(service, p))) ?? [];
  return { set: false, path: nearest };
}

const requests: Rule = {
  id: 'RES001',
  group: 'RES',
  item: 'resource-limits',
  severity: 'warning',
  title: 'Every container requests CPU and memory',
  help:
    'Without requests the scheduler places the pod as if it needed nothing: it lands on a full node, is evicted first under memory pressure, and an autoscaler on CPU utilization has nothing to compute against. ' +
    'A limit without a request counts as a request of the same amount (the API server fills it in). Init containers are checked too: they are scheduled like the rest. ' +
    'A warning (as Polaris grades it): a missing request makes placement worse, while a missing memory limit (RES002, an error) endangers the node.',
  fix: 'Set resources.requests.cpu and resources.requests.memory on every container (the spec\'s resources: cpu and memory for rendered manifests).',
  needs: ['manifests'],
  aligned: {
    'kube-linter': ['unset-cpu-requirements'],
    'kube-score': ['container-resources'],
    polaris: ['cpuRequestsMissing', 'memoryRequestsMissing'],
    checkov: ['CKV_K8S_10', 'CKV_K8S_12'],
    trivy: ['KSV015', 'KSV016'],
  },
  check: (inputs) =>
    containersOf(inputs.manifests).map((ref) => {
      const missing = (['cpu', 'memory'] as const).filter((r) => !requestOf(ref, r));
      return containerCheck(
        ref,
        resourcesPath(ref, 'requests'),
        missing.length === 0,
        missing.length === 0 ? `${ref.subject} requests cpu and memory` : `${ref.subject} requests no ${missing.join(' and no ')}`,
      );
    }),
};

const memoryLimit: Rule = {
  id: 'RES002',
  group: 'RES',
  item: 'resource-limits',
  severity: 'error',
  title: 'Every container and compose service has a memory limit',
  help:
    'A server without a memory limit can take its node (or the Docker host) down with it: the kernel\'s OOM killer then picks processes that are not the leaking one. ' +
    'With a limit only the server\'s container is restarted. Compose services count `mem_limit` or `deploy.resources.limits.memory`.',
  fix: 'Set resources.limits.memory on every container (spec: resources.memory), and mem_limit or deploy.resources.limits.memory on every compose service.',
  needs: [],
  needsAnyOf: ['manifests', 'compose'],
  aligned: {
    'kube-linter': ['unset-memory-requirements'],
    'kube-score': ['container-resources'],
    polaris: ['memoryLimitsMissing'],
    checkov: ['CKV_K8S_13'],
    trivy: ['KSV018'],
  },
  check: (inputs) => [
    ...containersOf(inputs.manifests).map((ref) => {
      const set = isSet(getIn(ref.container, ['resources', 'limits', 'memory']));
      return containerCheck(ref, set ? [...ref.path, 'resources', 'limits', 'memory'] : resourcesPath(ref, 'limits'), set, set ? `${ref.subject} has a memory limit` : `${ref.subject} has no memory limit`);
    }),
    ...composeServices(inputs.compose).map((s) => {
      const limit = composeLimit(s.service, 'memory');
      return serviceCheck(s, limit.path, limit.set, limit.set ? `${s.subject} has a memory limit` : `${s.subject} has no memory limit (mem_limit or deploy.resources.limits.memory)`);
    }),
  ],
};

function cpuLimitRule(options: ResourceRuleOptions): Rule {
  return {
    id: 'RES003',
    group: 'RES',
    item: 'resource-limits',
    severity: 'warning',
    title: 'Every container has a CPU limit (when the checklist requires one)',
    help:
      'Off by default, as kube-score\'s --ignore-container-cpu-limit: a CPU limit throttles a server during the short bursts MCP tool calls make, while the CPU request already protects its neighbours. ' +
      'Turn it on where the platform requires CPU limits (a quota without a LimitRange default, for instance); the rule is then checked for every container and compose service.',
    fix: 'Set resources.limits.cpu on every container, and cpus or deploy.resources.limits.cpus on every compose service.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: { 'kube-score': ['container-resources'], polaris: ['cpuLimitsMissing'], checkov: ['CKV_K8S_11'], trivy: ['KSV011'] },
    check: (inputs) => {
      if (!options.cpuLimit) return [];
      return [
        ...containersOf(inputs.manifests).map((ref) => {
          const set = isSet(getIn(ref.container, ['resources', 'limits', 'cpu']));
          return containerCheck(ref, set ? [...ref.path, 'resources', 'limits', 'cpu'] : resourcesPath(ref, 'limits'), set, set ? `${ref.subject} has a CPU limit` : `${ref.subject} has no CPU limit`);
        }),
        ...composeServices(inputs.compose).map((s) => {
          const limit = composeLimit(s.service, 'cpus');
          return serviceCheck(s, limit.path, limit.set, limit.set ? `${s.subject} has a CPU limit` : `${s.subject} has no CPU limit (cpus or deploy.resources.limits.cpus)`);
        }),
      ];
    },
  };
}

type CloudDoc = NonNullable<ChecklistInputs['cloud']>[number];

function cloudCheck(entry: CloudDoc, path: Path, subject: string, passed: boolean, message: string): Check {
  const annotations = getIn(entry.document.value, ['metadata', 'annotations']);
  return { passed, message, location: entry.document.locate(path), subject, exemption: { kind: 'annotations', annotations: isDict(annotations) ? (annotations as Record<string, string>) : undefined } };
}

/** Cloud Run (Knative Service), Container Apps (az containerapp YAML), ECS (task definition). */
function cloudLimits(entry: CloudDoc): Check[] {
  const value = entry.document.value;
  if (entry.target === 'ecs') {
    const subject = `ECS task definition ${String(value.family ?? '(unnamed)')}`;
    const containers = Array.isArray(value.containerDefinitions) ? value.containerDefinitions : [];
    const perContainer = containers.length > 0 && containers.every((c) => isDict(c) && isSet(c.memory));
    const passed = (isSet(value.memory) && isSet(value.cpu)) || perContainer;
    return [cloudCheck(entry, isSet(value.memory) ? ['memory'] : [], subject, passed, passed ? `${subject} sets cpu and memory` : `${subject} sets no task cpu and memory (and not every container has a memory limit)`)];
  }
  const base: Path = entry.target === 'cloudrun' ? ['spec', 'template', 'spec', 'containers'] : isDict(getIn(value, ['properties', 'template'])) ? ['properties', 'template', 'containers'] : ['template', 'containers'];
  const containers = getIn(value, base);
  const service = entry.target === 'cloudrun' ? `Cloud Run service ${nameOf(entry.document)}` : `Container App ${String(value.name ?? '(unnamed)')}`;
  if (!Array.isArray(containers)) return [];
  return containers.map((c, i) => {
    const resources: Path = entry.target === 'cloudrun' ? [...base, i, 'resources', 'limits'] : [...base, i, 'resources'];
    const subject = `${service} container ${isDict(c) && typeof c.name === 'string' ? c.name : `#${i + 1}`}`;
    const missing = ['cpu', 'memory'].filter((r) => !isSet(getIn(value, [...resources, r])));
    return cloudCheck(entry, resources, subject, missing.length === 0, missing.length === 0 ? `${subject} sets cpu and memory` : `${subject} sets no ${missing.join(' and no ')}`);
  });
}

const cloud: Rule = {
  id: 'RES004',
  group: 'RES',
  item: 'resource-limits',
  severity: 'error',
  title: 'Cloud services set CPU and memory',
  help:
    'Cloud Run, Container Apps and ECS on Fargate bill and place by the CPU and memory a revision declares; left to defaults, a server runs with whatever the platform picks today, and a memory leak hits the platform\'s ceiling instead of a limit you chose.',
  fix: 'Set resources in the spec (resources: cpu and memory) so the cloud renders carry them: Cloud Run resources.limits, Container Apps resources, ECS task cpu and memory.',
  needs: ['cloud'],
  aligned: {},
  check: (inputs) => (inputs.cloud ?? []).flatMap(cloudLimits),
};

function quotaCovers(doc: Doc): boolean {
  const hard = getIn(doc.value, ['spec', 'hard']);
  if (!isDict(hard)) return false;
  const has = (...keys: string[]) => keys.some((k) => isSet(hard[k]));
  return has('requests.cpu', 'cpu', 'limits.cpu') && has('limits.memory', 'requests.memory', 'memory');
}

function limitRangeDefaults(doc: Doc): boolean {
  const limits = getIn(doc.value, ['spec', 'limits']);
  return Array.isArray(limits) && limits.some((l) => isDict(l) && l.type === 'Container' && isDict(l.default));
}

const previewNamespaces: Rule = {
  id: 'RES005',
  group: 'RES',
  item: 'resource-limits',
  severity: 'warning',
  title: 'Preview namespaces have a ResourceQuota and a LimitRange',
  help:
    `A namespace labelled ${PREVIEW_NAMESPACE_LABEL} holds one pull request's preview. A ResourceQuota caps what all its pods may take together, and a LimitRange gives a default limit to containers that set none, ` +
    'so a preview (or many of them) cannot starve the cluster. Not applicable when the manifests declare no preview namespace.',
  fix: 'Add a ResourceQuota (spec.hard with cpu and memory) and a LimitRange (a Container item with default limits) in the preview namespace.',
  needs: ['manifests'],
  aligned: { trivy: ['KSV039', 'KSV040'] },
  check: (inputs) => {
    const docs = inputs.manifests ?? [];
    return docsOfKind(docs, 'Namespace')
      .filter((ns) => getIn(ns.value, ['metadata', 'labels', PREVIEW_NAMESPACE_LABEL]) !== undefined)
      .map((ns) => {
        const inNamespace = (d: Doc) => getIn(d.value, ['metadata', 'namespace']) === nameOf(ns);
        const quota = docsOfKind(docs, 'ResourceQuota').some((d) => inNamespace(d) && quotaCovers(d));
        const range = docsOfKind(docs, 'LimitRange').some((d) => inNamespace(d) && limitRangeDefaults(d));
        const missing = [quota ? '' : 'ResourceQuota on cpu and memory', range ? '' : 'LimitRange with default container limits'].filter(Boolean);
        return objectCheck(ns, ['metadata', 'labels', PREVIEW_NAMESPACE_LABEL], missing.length === 0, missing.length === 0 ? `preview namespace ${nameOf(ns)} has a ResourceQuota and a LimitRange` : `preview namespace ${nameOf(ns)} has no ${missing.join(' and no ')}`);
      });
  },
};

/** The RES rules with options the engine passes (the checklist's `cpu-limit` setting). */
export function resourceRules(options: ResourceRuleOptions = {}): Rule[] {
  return [requests, memoryLimit, cpuLimitRule(options), cloud, previewNamespaces];
}

export const rules: Rule[] = resourceRules();
