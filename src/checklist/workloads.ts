/**
 * Walks Kubernetes manifests for the rules: the pod spec of every workload kind, each container
 * (init containers too) with the path a rule's evidence is located by.
 */
import type { Check, YamlDocument } from './types.js';

export type Path = Array<string | number>;
export type Manifest = YamlDocument<Record<string, unknown>>;

const POD_SPEC: Record<string, Path> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Kinds that serve (probes make sense); Jobs run to completion. */
export const SERVING_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function kindOf(doc: Manifest): string {
  return typeof doc.value.kind === 'string' ? doc.value.kind : '';
}

export function nameOf(doc: Manifest): string {
  const name = getIn(doc.value, ['metadata', 'name']);
  return typeof name === 'string' ? name : '(unnamed)';
}

export function subjectOf(doc: Manifest): string {
  return `${kindOf(doc) || 'Object'}/${nameOf(doc)}`;
}

export function annotationsOf(doc: Manifest): Record<string, string> | undefined {
  const a = getIn(doc.value, ['metadata', 'annotations']);
  return isRecord(a) ? (a as Record<string, string>) : undefined;
}

export interface ContainerRef {
  doc: Manifest;
  kind: string;
  subject: string;
  name: string;
  container: Record<string, unknown>;
  path: Path;
  init: boolean;
}

/** Every container of every workload in `docs`, in document order. */
export function containersOf(docs: readonly Manifest[] | undefined): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const doc of docs ?? []) {
    const kind = kindOf(doc);
    const podPath = POD_SPEC[kind];
    if (!podPath) continue;
    for (const field of ['initContainers', 'containers'] as const) {
      const list = getIn(doc.value, [...podPath, field]);
      if (!Array.isArray(list)) continue;
      list.forEach((c, i) => {
        if (!isRecord(c)) return;
        out.push({ doc, kind, subject: subjectOf(doc), name: typeof c.name === 'string' ? c.name : `#${i}`, container: c, path: [...podPath, field, i], init: field === 'initContainers' });
      });
    }
  }
  return out;
}

/** A check on a manifest object: located at `path` (or its nearest ancestor), exemptable by the object's annotations. */
export function objectCheck(doc: Manifest, path: Path, passed: boolean, message: string): Check {
  return { passed, message, location: doc.locate(path), subject: subjectOf(doc), exemption: { kind: 'annotations', annotations: annotationsOf(doc) } };
}

/** The services of a compose file, with their names. */
export function composeServices(doc: YamlDocument<Record<string, unknown>>): Array<{ name: string; service: Record<string, unknown> }> {
  const services = doc.value.services;
  if (!isRecord(services)) return [];
  return Object.entries(services)
    .filter(([, s]) => isRecord(s))
    .map(([name, service]) => ({ name, service: service as Record<string, unknown> }));
}

/** A check on a compose service: exemptable by `x-mcp-orchestrator` on the service or the file. */
export function serviceCheck(doc: YamlDocument<Record<string, unknown>>, name: string, path: Path, passed: boolean, message: string): Check {
  return {
    passed,
    message,
    location: doc.locate(['services', name, ...path]),
    subject: `service ${name}`,
    exemption: { kind: 'compose-extension', service: (doc.value.services as Record<string, unknown>)[name], top: doc.value },
  };
}
