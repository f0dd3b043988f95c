/**
 * SCL: scaling policy defined. An autoscaler (or max instances) on every serving workload, no
 * fixed replica count fighting the autoscaler, a disruption budget when several pods serve, MCP
 * sessions kept on the pod that holds them, and rollouts that can be rolled back.
 */
import type { Check, ChecklistInputs, Rule } from '../types.js';
import {
  docsOfKind,
  getIn,
  isDict,
  kindOf,
  nameOf,
  objectCheck,
  replicasOf,
  sameNamespace,
  selects,
  workloadCheck,
  workloadsOf,
  type Doc,
  type Workload,
} from './pod-specs.js';

/** Kinds an autoscaler can scale and a PDB protects. */
const SCALABLE = new Set(['Deployment', 'DeploymentConfig', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** HorizontalPodAutoscalers and KEDA ScaledObjects that target `workload`. */
function autoscalersOf(workload: Workload, docs: readonly Doc[]): Doc[] {
  return docsOfKind(docs, 'HorizontalPodAutoscaler', 'ScaledObject').filter((d) => {
    const ref = getIn(d.value, ['spec', 'scaleTargetRef']);
    if (!isDict(ref) || ref.name !== getIn(workload.doc.value, ['metadata', 'name']) || !sameNamespace(d, workload.doc)) return false;
    return (ref.kind ?? 'Deployment') === workload.kind; // KEDA's kind defaults to Deployment
  });
}

const maxOfScaler = (d: Doc): number | undefined => {
  const max = getIn(d.value, ['spec', kindOf(d) === 'ScaledObject' ? 'maxReplicaCount' : 'maxReplicas']);
  return typeof max === 'number' ? max : undefined;
};
const minOfScaler = (d: Doc): number => {
  const min = getIn(d.value, ['spec', kindOf(d) === 'ScaledObject' ? 'minReplicaCount' : 'minReplicas']);
  return typeof min === 'number' ? min : 1;
};

/** The most pods a workload may run: its autoscaler's maximum, else its replica count. */
function mostReplicas(workload: Workload, docs: readonly Doc[]): number {
  const scalers = autoscalersOf(workload, docs);
  const max = Math.max(0, ...scalers.map((d) => maxOfScaler(d) ?? 0));
  return scalers.length ? Math.max(max, ...scalers.map(minOfScaler)) : (replicasOf(workload) ?? 1);
}

const scalable = (docs: readonly Doc[] | undefined) => workloadsOf(docs).filter((w) => SCALABLE.has(w.kind));

/** The workloads that can run more than one pod, with that most. */
const multiReplica = (docs: readonly Doc[]) => scalable(docs).map((w) => ({ w, most: mostReplicas(w, docs) })).filter(({ most }) => most > 1);

type CloudDoc = NonNullable<ChecklistInputs['cloud']>[number];

function cloudScaling(entry: CloudDoc): Check[] {
  const value = entry.document.value;
  if (entry.target === 'cloudrun') {
    const path = ['spec', 'template', 'metadata', 'annotations', 'autoscaling.knative.dev/maxScale'];
    const ok = getIn(value, path) !== undefined;
    const subject = `Cloud Run service ${nameOf(entry.document)}`;
    return [{ passed: ok, message: ok ? `${subject} caps its instances (maxScale ${String(getIn(value, path))})` : `${subject} sets no autoscaling.knative.dev/maxScale`, location: entry.document.locate(path), subject }];
  }
  if (entry.target === 'containerapps') {
    const base = isDict(getIn(value, ['properties', 'template'])) ? ['properties', 'template', 'scale'] : ['template', 'scale'];
    const max = getIn(value, [...base, 'maxReplicas']);
    const subject = `Container App ${String(value.name ?? '(unnamed)')}`;
    const ok = typeof max === 'number';
    return [{ passed: ok, message: ok ? `${subject} scales up to ${max} replicas` : `${subject} sets no scale.maxReplicas`, location: entry.document.locate([...base, 'maxReplicas']), subject }];
  }
  return []; // ECS service autoscaling lives outside the task definition
}

const scalingPolicy: Rule = {
  id: 'SCL001',
  group: 'SCL',
  item: 'scaling',
  severity: 'warning',
  title: 'A scaling policy is defined',
  help:
    'An autoscaler (a HorizontalPodAutoscaler or KEDA ScaledObject, Cloud Run maxScale, Container Apps scale rules) says how far the server may grow under load and caps what it may cost. ' +
    'A warning, not an error: one fixed replica is a deliberate choice for a stateful MCP server; say so with an exemption. From the spec alone (no manifests or cloud renders), scaling.max counts.',
  fix: 'Set scaling: {min, max, cpu} in the spec (the render adds a HorizontalPodAutoscaler), or add an autoscaler for the workload.',
  needs: [],
  needsAnyOf: ['manifests', 'cloud', 'spec'],
  aligned: {},
  check: (inputs) => {
    const docs = inputs.manifests ?? [];
    const checks = [
      ...scalable(docs).map((w) => {
        const scalers = autoscalersOf(w, docs);
        const ok = scalers.some((d) => maxOfScaler(d) !== undefined);
        return workloadCheck(w, w.subject, ['spec'], ok, ok ? `${w.subject} is scaled by ${scalers.map((d) => `${kindOf(d)}/${nameOf(d)}`).join(', ')}` : `${w.subject} runs a fixed ${replicasOf(w) ?? 1} replica(s): no autoscaler targets it`);
      }),
      ...(inputs.cloud ?? []).flatMap(cloudScaling),
    ];
    if (checks.length || inputs.manifests || inputs.cloud || !inputs.spec) return checks;
    const max = inputs.spec.value.scaling?.max;
    return [{ passed: max !== undefined, message: max !== undefined ? `the spec scales up to ${max} replicas` : 'the spec declares no scaling.max', location: { file: inputs.spec.file }, subject: 'spec scaling' }];
  },
};

const hpaReplicas: Rule = {
  id: 'SCL002',
  group: 'SCL',
  item: 'scaling',
  severity: 'error',
  title: 'Workloads scaled by an autoscaler do not set replicas',
  help: 'With spec.replicas written in the manifest, every apply resets the replica count the autoscaler chose: a deploy under load drops to the written number and the autoscaler has to climb back.',
  fix: 'Remove spec.replicas from workloads an autoscaler targets (the render leaves it out when scaling is set).',
  needs: ['manifests'],
  aligned: { 'kube-score': ['deployment-targeted-by-hpa-does-not-have-replicas-configured'] },
  check: (inputs) => {
    const docs = inputs.manifests ?? [];
    return scalable(docs)
      .filter((w) => autoscalersOf(w, docs).length > 0)
      .map((w) => {
        const set = getIn(w.doc.value, ['spec', 'replicas']) !== undefined;
        return workloadCheck(w, w.subject, set ? ['spec', 'replicas'] : ['spec'], !set, set ? `${w.subject} sets replicas although an autoscaler targets it` : `${w.subject} leaves replicas to its autoscaler`);
      });
  },
};

/** A PDB that allows no voluntary eviction (maxUnavailable 0, or minAvailable at least the replica count). */
function blocksEvictions(pdb: Doc, replicas: number): boolean {
  const maxUnavailable = getIn(pdb.value, ['spec', 'maxUnavailable']);
  const minAvailable = getIn(pdb.value, ['spec', 'minAvailable']);
  if (maxUnavailable === 0 || maxUnavailable === '0%') return true;
  if (minAvailable === '100%') return true;
  return typeof minAvailable === 'number' && minAvailable >= replicas;
}

const disruptionBudget: Rule = {
  id: 'SCL003',
  group: 'SCL',
  item: 'scaling',
  severity: 'warning',
  title: 'A PodDisruptionBudget covers every workload that runs more than one pod',
  help:
    'A node drain or cluster upgrade evicts pods without asking; with several replicas a PodDisruptionBudget keeps some serving while the others move. A budget that allows no eviction at all (maxUnavailable: 0, minAvailable ≥ replicas) blocks drains instead. ' +
    'Not applicable to a single replica: a budget there can only block the drain or allow the outage.',
  fix: 'Add a PodDisruptionBudget (policy/v1) selecting the pod template\'s labels with maxUnavailable: 1 (the render adds one when more than one replica can run).',
  needs: ['manifests'],
  aligned: { 'kube-score': ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'], polaris: ['missingPodDisruptionBudget'], 'kube-linter': ['pdb-max-unavailable', 'pdb-min-available'] },
  check: (inputs) => {
    const docs = inputs.manifests ?? [];
    const pdbs = docsOfKind(docs, 'PodDisruptionBudget');
    return multiReplica(docs).map(({ w, most }) => {
      const matching = pdbs.filter((p) => sameNamespace(p, w.doc) && selects(getIn(p.value, ['spec', 'selector']), w.labels));
      const useful = matching.filter((p) => !blocksEvictions(p, most));
      if (useful.length) return workloadCheck(w, w.subject, ['spec'], true, `${w.subject} (up to ${most} pods) is covered by PodDisruptionBudget/${nameOf(useful[0]!)}`);
      if (matching.length) return objectCheck(matching[0]!, ['spec'], false, `PodDisruptionBudget/${nameOf(matching[0]!)} allows no eviction of ${w.subject}'s ${most} pods: drains block`);
      return workloadCheck(w, w.subject, [...w.templatePath, 'metadata', 'labels'], false, `${w.subject} runs up to ${most} pods and no PodDisruptionBudget selects them`);
    });
  },
};

/** `session: { idSeen }`: the server answered initialize with an Mcp-Session-Id (a stateful Streamable HTTP server). */
function sessionSeen(value: Record<string, unknown>): boolean | undefined {
  const session = value.session;
  return isDict(session) && typeof session.idSeen === 'boolean' ? session.idSeen : undefined;
}

/** Service names an Ingress routes to (networking.k8s.io/v1 and v1beta1 backends). */
function ingressServices(ingress: Doc): Set<string> {
  const names = new Set<string>();
  const add = (backend: unknown) => {
    const name = getIn(backend, ['service', 'name']) ?? getIn(backend, ['serviceName']);
    if (typeof name === 'string') names.add(name);
  };
  add(getIn(ingress.value, ['spec', 'defaultBackend']) ?? getIn(ingress.value, ['spec', 'backend']));
  const rules = getIn(ingress.value, ['spec', 'rules']);
  for (const rule of Array.isArray(rules) ? rules : []) {
    const paths = getIn(rule, ['http', 'paths']);
    for (const p of Array.isArray(paths) ? paths : []) add(getIn(p, ['backend']));
  }
  return names;
}

/** Ingress annotations that pin a client to one pod: ingress-nginx consistent hashing or cookie affinity. */
const INGRESS_AFFINITY = ['nginx.ingress.kubernetes.io/upstream-hash-by', 'nginx.ingress.kubernetes.io/affinity'];
/** Traefik keeps stickiness on the Service. */
const SERVICE_STICKY = 'traefik.ingress.kubernetes.io/service.sticky.cookie';

function affinityCheck(w: Workload, most: number, docs: readonly Doc[]): Check | undefined {
  const services = docsOfKind(docs, 'Service').filter((s) => sameNamespace(s, w.doc) && selects(getIn(s.value, ['spec', 'selector']), w.labels, true));
  if (services.length === 0) return undefined; // nothing routes to it
  const serviceNames = new Set(services.map(nameOf));
  const ingresses = docsOfKind(docs, 'Ingress').filter((i) => sameNamespace(i, w.doc) && [...ingressServices(i)].some((n) => serviceNames.has(n)));
  const annotation = (d: Doc, key: string) => getIn(d.value, ['metadata', 'annotations', key]);
  if (ingresses.length) {
    // Ingress controllers send to pod endpoints directly: the Service's ClientIP affinity does not apply to them.
    const loose = ingresses.find((i) => !INGRESS_AFFINITY.some((k) => annotation(i, k) !== undefined) && !services.some((s) => String(annotation(s, SERVICE_STICKY)) === 'true'));
    if (loose) return objectCheck(loose, ['metadata'], false, `Ingress/${nameOf(loose)} spreads ${w.subject}'s ${most} pods without session affinity (no upstream-hash-by or affinity annotation)`);
    return objectCheck(ingresses[0]!, ['metadata', 'annotations'], true, `Ingress/${nameOf(ingresses[0]!)} keeps each client on one of ${w.subject}'s pods`);
  }
  const sticky = services.find((s) => getIn(s.value, ['spec', 'sessionAffinity']) === 'ClientIP');
  if (sticky) return objectCheck(sticky, ['spec', 'sessionAffinity'], true, `Service/${nameOf(sticky)} keeps each client on one of ${w.subject}'s pods (sessionAffinity: ClientIP)`);
  return objectCheck(services[0]!, ['spec'], false, `Service/${nameOf(services[0]!)} spreads ${w.subject}'s ${most} pods without sessionAffinity: ClientIP`);
}

const sessionAffinity: Rule = {
  id: 'SCL004',
  group: 'SCL',
  item: 'scaling',
  severity: 'error',
  title: 'MCP sessions stay on the replica that holds them',
  help:
    'A Streamable HTTP server that answers initialize with an Mcp-Session-Id keeps the session in that process: a later request of the session on another replica gets 404 "session not found" and the client must start over. ' +
    'When the health gate saw a session id and more than one replica can serve (replicas, or an autoscaler\'s maximum, above 1), the path to the pods must be sticky: an Ingress with ingress-nginx upstream-hash-by or cookie affinity (controllers send to pods directly), or, without an ingress, a Service with sessionAffinity: ClientIP. ' +
    'Not applicable when the server is stateless (no session id) or runs one replica.',
  fix: 'Set nginx.ingress.kubernetes.io/upstream-hash-by (the render uses $binary_remote_addr) on the Ingress, or sessionAffinity: ClientIP on the Service; or run one replica.',
  needs: ['manifests', 'health-report'],
  aligned: {},
  // Only a question when several pods can serve: with one, whether the server is stateful does not matter.
  unavailable: ({ healthReport, manifests }) =>
    sessionSeen(healthReport!.value) === undefined && multiReplica(manifests ?? []).length ? `${healthReport!.file} does not record whether the server issued an Mcp-Session-Id` : undefined,
  check: (inputs) => {
    if (sessionSeen(inputs.healthReport!.value) !== true) return [];
    const docs = inputs.manifests ?? [];
    return multiReplica(docs).flatMap(({ w, most }) => affinityCheck(w, most, docs) ?? []);
  },
};

/** The update strategy of each kind, where it is written, and the value that rolls. */
const STRATEGY: Record<string, { path: string[]; rolling: string }> = {
  Deployment: { path: ['spec', 'strategy', 'type'], rolling: 'RollingUpdate' },
  StatefulSet: { path: ['spec', 'updateStrategy', 'type'], rolling: 'RollingUpdate' },
  DaemonSet: { path: ['spec', 'updateStrategy', 'type'], rolling: 'RollingUpdate' },
  DeploymentConfig: { path: ['spec', 'strategy', 'type'], rolling: 'Rolling' },
};

function rolloutCheck(doc: Doc): Check {
  const { path, rolling } = STRATEGY[kindOf(doc)]!;
  const subject = `${kindOf(doc)}/${nameOf(doc)}`;
  const type = getIn(doc.value, path);
  if (type !== undefined && type !== rolling) return objectCheck(doc, path, false, `${subject} updates with ${String(type)}, not ${rolling}: every pod stops before the new ones start`);
  const history = getIn(doc.value, ['spec', 'revisionHistoryLimit']);
  if (typeof history === 'number' && history < 1) return objectCheck(doc, ['spec', 'revisionHistoryLimit'], false, `${subject} keeps no old revision (revisionHistoryLimit: ${history}): a rollout cannot be undone`);
  return objectCheck(doc, type !== undefined ? path : ['spec'], true, `${subject} rolls (${rolling}${type === undefined ? ', the default' : ''}) and keeps ${typeof history === 'number' ? history : 'the default 10'} old revision(s)`);
}

const rollingUpdates: Rule = {
  id: 'SCL005',
  group: 'SCL',
  item: 'scaling',
  severity: 'error',
  title: 'Rollouts are rolling and keep a revision to roll back to',
  help:
    'A Recreate (or OnDelete) strategy stops every pod before new ones start: each deploy is an outage, and the deploy stage\'s gate has nothing serving to compare with. revisionHistoryLimit: 0 deletes the old ReplicaSets, so `kubectl rollout undo` and the deploy stage\'s rollback have nothing to return to.',
  fix: 'Use strategy RollingUpdate (updateStrategy for StatefulSets and DaemonSets) and leave revisionHistoryLimit unset or at least 1 (the render keeps 5).',
  needs: ['manifests'],
  aligned: { 'kube-linter': ['no-rolling-update-strategy'], 'kube-score': ['deployment-strategy'] },
  check: (inputs) => docsOfKind(inputs.manifests, ...Object.keys(STRATEGY)).map(rolloutCheck),
};

export const rules: Rule[] = [scalingPolicy, hpaReplicas, disruptionBudget, sessionAffinity, rollingUpdates];
