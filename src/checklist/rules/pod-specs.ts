/**
 * What the rules read from manifests and compose files: every workload's pod spec and containers
 * with the paths their evidence is located by, the effective security context of a container (its
 * own field, else the pod's), label selectors, and compose services. Data only: no rule logic here.
 */
import type { Check, YamlDocument } from '../types.js';

export type Path = Array<string | number>;
export type Doc = YamlDocument<Record<string, unknown>>;
type Dict = Record<string, unknown>;

/** Where the pod spec is in each workload kind (DeploymentConfig: OpenShift's Deployment). */
const POD_SPEC_PATH: Record<string, Path> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Kinds that serve (probes make sense); Jobs run to completion. */
export const SERVING_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

export const isDict = (v: unknown): v is Dict => v !== null && typeof v === 'object' && !Array.isArray(v);

export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export const kindOf = (doc: Doc): string => (typeof doc.value.kind === 'string' ? doc.value.kind : '');
export const nameOf = (doc: Doc): string => {
  const name = getIn(doc.value, ['metadata', 'name']);
  return typeof name === 'string' ? name : '(unnamed)';
};
export const namespaceOf = (doc: Doc): string | undefined => {
  const ns = getIn(doc.value, ['metadata', 'namespace']);
  return typeof ns === 'string' ? ns : undefined;
};
export const subjectOf = (doc: Doc): string => `${kindOf(doc) || 'Object'}/${nameOf(doc)}`;

function stringMap(v: unknown): Record<string, string> | undefined {
  return isDict(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : undefined;
}

export interface Workload {
  doc: Doc;
  kind: string;
  subject: string;
  podPath: Path;
  pod: Dict;
  /** The pod template's path (its metadata holds the pods' labels); the pod spec's parent. */
  templatePath: Path;
  labels: Record<string, string>;
  /** The object's annotations over the pod template's: exemptions on either hold. */
  annotations: Record<string, string> | undefined;
}

export interface ContainerRef {
  workload: Workload;
  name: string;
  container: Dict;
  path: Path;
  init: boolean;
  /** `Deployment/api container server` */
  subject: string;
}

/** Every workload (a kind with a pod spec) in the manifests, in document order. */
export function workloadsOf(docs: readonly Doc[] | undefined): Workload[] {
  const out: Workload[] = [];
  for (const doc of docs ?? []) {
    const kind = kindOf(doc);
    const podPath = POD_SPEC_PATH[kind];
    const pod = podPath ? getIn(doc.value, podPath) : undefined;
    if (!podPath || !isDict(pod)) continue;
    const templatePath = podPath.slice(0, -1);
    const meta = kind === 'Pod' ? getIn(doc.value, ['metadata']) : getIn(doc.value, [...templatePath, 'metadata']);
    const own = stringMap(getIn(doc.value, ['metadata', 'annotations']));
    const template = kind === 'Pod' ? undefined : stringMap(getIn(meta, ['annotations']));
    const annotations = own || template ? { ...template, ...own } : undefined;
    out.push({ doc, kind, subject: subjectOf(doc), podPath, pod, templatePath, labels: stringMap(getIn(meta, ['labels'])) ?? {}, annotations });
  }
  return out;
}

/** Every container (init containers first) of every workload. */
export function containersOf(docs: readonly Doc[] | undefined): ContainerRef[] {
  return workloadsOf(docs).flatMap((workload) => workloadContainers(workload));
}

export function workloadContainers(workload: Workload): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const field of ['initContainers', 'containers'] as const) {
    const list = workload.pod[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container, i) => {
      if (!isDict(container)) return;
      const name = typeof container.name === 'string' ? container.name : `#${i + 1}`;
      const what = field === 'initContainers' ? 'init container' : 'container';
      out.push({ workload, name, container, path: [...workload.podPath, field, i], init: field === 'initContainers', subject: `${workload.subject} ${what} ${name}` });
    });
  }
  return out;
}

/**
 * A container's security-context field as it takes effect, and where it is written: the
 * container's own, else the pod's (for the fields a pod security context has).
 */
export function securityField(ref: ContainerRef, field: string): { value: unknown; path: Path } | undefined {
  const own = getIn(ref.container, ['securityContext', field]);
  if (own !== undefined && own !== null) return { value: own, path: [...ref.path, 'securityContext', field] };
  const pod = getIn(ref.workload.pod, ['securityContext', field]);
  if (pod !== undefined && pod !== null) return { value: pod, path: [...ref.workload.podPath, 'securityContext', field] };
  return undefined;
}

/** Where to point when a container-level field is missing: its security context, else the container. */
export function securityContextPath(ref: ContainerRef): Path {
  return isDict(ref.container.securityContext) ? [...ref.path, 'securityContext'] : ref.path;
}

/** A check on a workload or one of its containers; exemptable by the object's (and pod template's) annotations. */
export function workloadCheck(workload: Workload, subject: string, path: Path, passed: boolean, message: string): Check {
  return { passed, message, location: workload.doc.locate(path), subject, object: workload.subject, exemption: { kind: 'annotations', annotations: workload.annotations } };
}

export function containerCheck(ref: ContainerRef, path: Path, passed: boolean, message: string): Check {
  return workloadCheck(ref.workload, ref.subject, path, passed, message);
}

/** A check on any manifest object (a Service, an Ingress, a Namespace). */
export function objectCheck(doc: Doc, path: Path, passed: boolean, message: string): Check {
  return { passed, message, location: doc.locate(path), subject: subjectOf(doc), exemption: { kind: 'annotations', annotations: stringMap(getIn(doc.value, ['metadata', 'annotations'])) } };
}

/** The replica count a workload asks for: `replicas` as written (default 1), undefined for DaemonSets and Jobs. */
export function replicasOf(workload: Workload): number | undefined {
  if (!['Deployment', 'DeploymentConfig', 'StatefulSet', 'ReplicaSet', 'ReplicationController'].includes(workload.kind)) return undefined;
  const replicas = getIn(workload.doc.value, ['spec', 'replicas']);
  return typeof replicas === 'number' ? replicas : 1;
}

/** Whether a label selector (`matchLabels`/`matchExpressions`, or a Service's plain map) selects these labels. */
export function selects(selector: unknown, labels: Record<string, string>, plain = false): boolean {
  if (!isDict(selector)) return false;
  const matchLabels = plain ? selector : selector.matchLabels;
  const expressions = plain ? [] : Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  const pairs = isDict(matchLabels) ? Object.entries(matchLabels) : [];
  if (pairs.length === 0 && expressions.length === 0) return !plain; // an empty selector selects every pod; a Service without one selects none
  if (!pairs.every(([k, v]) => labels[k] === String(v))) return false;
  return expressions.every((e) => {
    if (!isDict(e) || typeof e.key !== 'string') return false;
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        return has && values.includes(labels[e.key]!);
      case 'NotIn':
        return !has || !values.includes(labels[e.key]!);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
}

/** Same namespace, an unset one meaning the namespace applied to (the same for both). */
export const sameNamespace = (a: Doc, b: Doc): boolean => (namespaceOf(a) ?? '') === (namespaceOf(b) ?? '');

export function docsOfKind(docs: readonly Doc[] | undefined, ...kinds: string[]): Doc[] {
  return (docs ?? []).filter((d) => kinds.includes(kindOf(d)));
}

export interface ComposeService {
  doc: Doc;
  name: string;
  service: Dict;
  subject: string;
}

export function composeServices(docs: readonly Doc[] | undefined): ComposeService[] {
  return (docs ?? []).flatMap((doc) => {
    const services = doc.value.services;
    if (!isDict(services)) return [];
    return Object.entries(services).flatMap(([name, service]) => (isDict(service) ? [{ doc, name, service, subject: `service ${name}` }] : []));
  });
}

/** A check on a compose service, located at `path` inside it; exemptable by `x-mcp-orchestrator` on the service or the file. */
export function serviceCheck(s: ComposeService, path: Path, passed: boolean, message: string): Check {
  return { passed, message, location: s.doc.locate(['services', s.name, ...path]), subject: s.subject, exemption: { kind: 'compose-extension', service: s.service, top: s.doc.value } };
}

/** A compose service's environment as a map (`environment:` is a list of `K=V` or a mapping). */
export function composeEnvironment(service: Dict): Record<string, string> {
  const env = service.environment;
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map(String).map((e) => [e.split('=')[0]!, e.includes('=') ? e.slice(e.indexOf('=') + 1) : '']));
  }
  return isDict(env) ? Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])) : {};
}

/** A boolean as Compose and Kubernetes YAML (1.1) write it. */
export const isTrue = (v: unknown): boolean => v === true || (typeof v === 'string' && ['true', 'yes', 'on', '1'].includes(v.toLowerCase()));
