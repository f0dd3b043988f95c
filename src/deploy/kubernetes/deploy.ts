/**
 * `deploy --target kubernetes`: render, plan (server-side dry run: conflicts are fatal unless
 * forced), gate a one-replica candidate of the new revision that the Service does not select
 * (strategy candidate), apply, wait for the rollout, gate the new revision through a
 * port-forward, prune what the previous release had and this one does not, record the release.
 * A failed rollout or gate rolls back (rollback.ts).
 */
import { renderKubernetes, type KubernetesObject } from '../../render/kubernetes.js';
import { MANAGED_BY } from '../../render/kubernetes-objects.js';
import { pinnedImage } from '../../render/kubernetes-settings.js';
import type { DeploySpec } from '../../spec/spec.js';
import { errorMessage, GateFailure, InputError, Interrupted } from '../../util/errors.js';
import { silentLogger, type Logger } from '../../util/logger.js';
import { applyObjects, deleteObject, readLive, type AppliedObject } from './apply.js';
import { candidateDeployment, findServerDeployment, podDependencies, serverPort, type DeploymentObject } from './candidate.js';
import { checkReachable, ensureNamespace, loadCluster, type Cluster } from './client.js';
import { checksFromSpec, gateDeployment } from './gate.js';
import { appliedManifests } from './manifests-file.js';
import { leftOver, pruneObjects } from './prune.js';
import { gatePublicUrl, ingressUrl } from './public-gate.js';
import { LABEL_INSTANCE, LABEL_MANAGED_BY, readReleases, writeRelease, type ReleaseRecord } from './release.js';
import { recoverFromFailure } from './rollback.js';
import { waitForRollout } from './rollout.js';
import { DeployFailure, RolloutFailure, stopIfAborted, Timeline, type KubernetesDeployOptions, type KubernetesDeployResult, type Strategy } from './types.js';

export type { KubernetesDeployOptions, KubernetesDeployResult } from './types.js';
export { DeployFailure } from './types.js';

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** Where clients reach the server: the ingress host, else the Service's in-cluster name. */
function publicUrl(spec: DeploySpec, objects: KubernetesObject[], namespace: string): string {
  const ingress = ingressUrl(spec);
  if (ingress) return ingress.toString();
  const path = spec.server.transport === 'sse' ? '/sse' : spec.server.path;
  const service = objects.find((o) => o.kind === 'Service') as (KubernetesObject & { spec?: { ports?: Array<{ port: number }> } }) | undefined;
  const port = service?.spec?.ports?.[0]?.port ?? 80;
  return `http://${service?.metadata.name ?? spec.server.name}.${namespace}.svc.cluster.local${port === 80 ? '' : `:${port}`}${path}`;
}

/** The Secret the render references for from.env / from.github secrets, from the values the edge passes. */
function runnerSecretObjects(render: ReturnType<typeof renderKubernetes>, namespace: string, instance: string, values: Record<string, string | undefined>): KubernetesObject[] {
  const bySecret = new Map<string, Record<string, string>>();
  for (const s of render.runnerSecrets) {
    const variable = 'env' in s.from ? s.from.env : s.from.github;
    const value = values[variable];
    if (value === undefined) throw new InputError(`secret ${s.key}: the variable ${variable} is not set (the deploy writes it into the Secret ${s.secret})`);
    // data, not stringData: a write-only field would make every apply a change.
    bySecret.set(s.secret, { ...(bySecret.get(s.secret) ?? {}), [s.key]: Buffer.from(value).toString('base64') });
  }
  return [...bySecret].map(([name, data]) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace, labels: { [LABEL_MANAGED_BY]: MANAGED_BY, [LABEL_INSTANCE]: instance } },
    type: 'Opaque',
    data,
  }));
}

interface Plan {
  cluster: Cluster;
  namespace: string;
  instance: string;
  image: string;
  digest: string;
  objects: KubernetesObject[];
  /** Objects the release record keeps: everything but the runner's secret values. */
  recorded: KubernetesObject[];
  serving: DeploymentObject;
  previous?: ReleaseRecord;
  releases: ReleaseRecord[];
  before?: KubernetesObject;
  namespaceState: 'exists' | 'created' | 'would-create';
  warnings: string[];
}

async function plan(options: KubernetesDeployOptions, timeline: Timeline): Promise<Plan> {
  const { spec } = options;
  // Input first: a reference without a digest is refused before the cluster is contacted.
  const { text: image, ref } = pinnedImage(options.image);
  const cluster = loadCluster(options.cluster);
  const version = await checkReachable(cluster);
  timeline.add(`connected to ${cluster.server} (Kubernetes ${version}; ${cluster.source})`);
  const namespace = options.namespace ?? (spec.targets.kubernetes?.namespace as string | undefined) ?? cluster.defaultNamespace;
  const render = renderKubernetes(spec, { image: options.image, namespace, progressDeadlineSeconds: options.progressDeadlineSeconds, manifests: options.manifests });
  for (const warning of render.warnings) options.logger?.warning(warning);
  const instance = spec.server.name;
  const recorded = render.objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace: o.metadata.namespace ?? namespace } }));
  const objects = [...runnerSecretObjects(render, namespace, instance, options.secretValues ?? {}), ...recorded];
  const serving = findServerDeployment(objects, image, spec.server.name);
  if (!serving) throw new InputError(`no apps/v1 Deployment runs ${image}: the deploy waits for and gates a Deployment (name one in targets.kubernetes.manifests, or let the spec render it)`);
  const namespaceState = await ensureNamespace(cluster, namespace, options.createNamespace ?? false, options.dryRun ?? false);
  const releases = namespaceState === 'exists' ? await readReleases(cluster, namespace, instance) : [];
  const before = namespaceState === 'exists' ? await readLive(cluster, serving) : undefined;
  return { cluster, namespace, instance, image, digest: ref.digest!, objects, recorded, serving, previous: releases.at(-1), releases, before, namespaceState, warnings: render.warnings };
}

function chooseStrategy(options: KubernetesDeployOptions, p: Plan, timeline: Timeline): Strategy {
  const serves = ((p.before as { status?: { availableReplicas?: number } } | undefined)?.status?.availableReplicas ?? 0) > 0;
  const wanted = options.strategy ?? (options.spec.targets.kubernetes?.strategy as Strategy | undefined) ?? (serves ? 'candidate' : 'rolling');
  if (wanted === 'candidate' && !serves) {
    timeline.add('strategy rolling: no release serves yet, so there is nothing for a candidate to protect');
    return 'rolling';
  }
  return wanted;
}

/** After a failed candidate: the Secrets and ConfigMaps the serving pods may mount go back to the previous release's. */
async function restoreDependencies(p: Plan, logger: Logger): Promise<string> {
  if (!p.previous) return '';
  const previous = podDependencies(p.previous.objects);
  await applyObjects(p.cluster, previous, { dryRun: false, force: true });
  const added = await pruneObjects(p.cluster, leftOver(podDependencies(p.recorded), previous), { instance: p.instance, dryRun: false, logger, action: 'deleted' });
  return previous.length || added.length ? `, its ServiceAccount, Secrets and ConfigMaps put back as release ${p.previous.revision} had them` : '';
}

/** Gates a one-replica candidate of the new revision; the serving Deployment is not touched. Throws DeployFailure when it fails. */
async function runCandidate(options: KubernetesDeployOptions, p: Plan, result: KubernetesDeployResult, timeline: Timeline): Promise<void> {
  const logger = options.logger ?? silentLogger;
  await applyObjects(p.cluster, p.objects, { dryRun: true, force: options.forceConflicts ?? false });
  await applyObjects(p.cluster, podDependencies(p.objects), { dryRun: false, force: options.forceConflicts ?? false });
  const candidate = candidateDeployment(p.serving, p.instance);
  timeline.add(`candidate ${candidate.metadata.name}: one replica of the new revision, not selected by the Service`);
  let passed = false;
  try {
    await applyObjects(p.cluster, [candidate], { dryRun: false, force: true });
    const done = await waitForRollout(p.cluster, p.namespace, candidate.metadata.name, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, timeline, label: `candidate ${candidate.metadata.name}`, signal: options.signal });
    const port = serverPort(p.serving, p.image, options.spec.server.port);
    const { report, summary } = await gateDeployment(p.cluster, { spec: options.spec, namespace: p.namespace, deployment: candidate.metadata.name, pod: done.pod, port, timeoutMs: options.gateTimeoutMs, logger, signal: options.signal });
    result.candidateGate = report;
    timeline.add(`candidate ${summary}`);
    if (!report.ok) throw new RolloutFailure(`the candidate's ${summary}`);
    passed = true;
  } catch (error) {
    if (error instanceof Interrupted) throw new Interrupted(`${error.message}: the candidate is removed; the serving Deployment ${p.serving.metadata.name} was not touched`, error.signal);
    if (!(error instanceof GateFailure)) throw error;
    result.ok = false;
    result.failure = errorMessage(error);
    const serving = p.previous ? `release ${p.previous.revision} (${p.previous.image})` : `deployment ${p.serving.metadata.name}`;
    result.revision = p.previous?.revision ?? 0;
    const restored = options.onFailure === 'keep' ? '' : await restoreDependencies(p, logger);
    throw new DeployFailure(`${errorMessage(error)}\nThe candidate was ${options.onFailure === 'keep' ? 'kept for inspection' : 'removed'}${restored}; the serving ${serving} was not touched and still serves`, result);
  } finally {
    if (passed || options.onFailure !== 'keep') {
      await deleteObject(p.cluster, candidate);
      timeline.add(`candidate ${candidate.metadata.name} removed`);
    }
  }
}

function newResult(options: KubernetesDeployOptions, p: Plan, strategy: Strategy, timeline: Timeline): KubernetesDeployResult {
  return {
    ok: false,
    dryRun: options.dryRun ?? false,
    url: publicUrl(options.spec, p.objects, p.namespace),
    namespace: p.namespace,
    revision: (p.previous?.revision ?? 0) + 1,
    digest: p.digest,
    image: p.image,
    strategy,
    rolledBack: false,
    objects: [],
    timeline: timeline.entries,
    manifests: appliedManifests(p.objects),
    warnings: p.warnings,
    server: p.cluster.server,
  };
}

/** After the port-forward gate: the gate through the ingress URL when its host resolves; a failure is the deploy's. */
async function gateThroughPublicUrl(options: KubernetesDeployOptions, result: KubernetesDeployResult, timeline: Timeline): Promise<void> {
  const outcome = await gatePublicUrl({ spec: options.spec, route: options.routePublicUrl, timeoutMs: options.gateTimeoutMs, logger: options.logger ?? silentLogger, signal: options.signal });
  if (!outcome) return;
  if ('skipped' in outcome) {
    result.publicGateSkipped = outcome.skipped;
    timeline.add(outcome.skipped);
    return;
  }
  result.publicGate = outcome.report;
  timeline.add(outcome.summary);
  if (!outcome.report.ok) throw new RolloutFailure(`the new revision passed through a port-forward, but its ${outcome.summary}`);
}

const countActions = (objects: AppliedObject[]) =>
  ['created', 'changed', 'unchanged', 'pruned', 'deleted']
    .map((a) => [a, objects.filter((o) => o.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${n} ${a}`)
    .join(', ');

export async function deployKubernetes(options: KubernetesDeployOptions): Promise<KubernetesDeployResult> {
  const logger = options.logger ?? silentLogger;
  const timeline = new Timeline(logger);
  const p = await plan(options, timeline);
  const strategy = chooseStrategy(options, p, timeline);
  const result = newResult(options, p, strategy, timeline);
  const force = options.forceConflicts ?? false;
  const toPrune = p.previous ? leftOver(p.previous.objects, p.recorded) : [];
  if (options.dryRun) {
    result.objects = await applyObjects(p.cluster, p.objects, { dryRun: true, force, namespaceMissing: p.namespaceState === 'would-create' });
    if (p.namespaceState === 'exists') result.objects.push(...(await pruneObjects(p.cluster, toPrune, { instance: p.instance, dryRun: true, logger })));
    timeline.add(`dry run (nothing changed): would be ${countActions(result.objects) || 'nothing'}`);
    result.ok = true;
    return result;
  }
  if (strategy === 'candidate') await runCandidate(options, p, result, timeline);
  stopIfAborted(options.signal, 'nothing of the new revision was applied to the serving Deployment');
  result.objects = await applyObjects(p.cluster, p.objects, { dryRun: false, force });
  timeline.add(`applied (server-side, field manager mcp-orchestrator): ${countActions(result.objects)}`);
  try {
    const done = await waitForRollout(p.cluster, p.namespace, p.serving.metadata.name, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, timeline, signal: options.signal });
    const port = serverPort(p.serving, p.image, options.spec.server.port);
    const { report, summary } = await gateDeployment(p.cluster, { spec: options.spec, namespace: p.namespace, deployment: p.serving.metadata.name, pod: done.pod, port, timeoutMs: options.gateTimeoutMs, logger, signal: options.signal });
    result.gate = report;
    result.toolsHash = report.toolsHash;
    timeline.add(`new revision ${summary}`);
    if (!report.ok) throw new RolloutFailure(`the new revision's ${summary}`);
    await gateThroughPublicUrl(options, result, timeline);
  } catch (error) {
    if (error instanceof Interrupted) {
      throw new Interrupted(`${error.message}: the new revision was applied in ${p.namespace} and is not verified; nothing was rolled back (deploy again, or roll back with a deploy of the previous image)`, error.signal);
    }
    if (!(error instanceof GateFailure)) {
      throw new InputError(`${errorMessage(error)}\nThe new revision was applied in ${p.namespace}, but its rollout and gate did not finish: nothing was rolled back; run the deploy again, or check \`kubectl -n ${p.namespace} rollout status deployment/${p.serving.metadata.name}\``);
    }
    return recoverFromFailure(
      { ...p, spec: options.spec, onFailure: options.onFailure ?? 'rollback', timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, gateTimeoutMs: options.gateTimeoutMs, timeline, result, logger },
      errorMessage(error),
    );
  }
  const pruned = await pruneObjects(p.cluster, toPrune, { instance: p.instance, dryRun: false, logger });
  result.objects.push(...pruned);
  if (pruned.length) timeline.add(`pruned ${pruned.map((o) => `${o.kind} ${o.name}`).join(', ')}`);
  await writeRelease(
    p.cluster,
    p.namespace,
    p.instance,
    { revision: result.revision, image: p.image, digest: p.digest, toolsHash: result.toolsHash, deployedAt: new Date().toISOString(), objects: p.recorded, deployment: p.serving.metadata.name, checks: checksFromSpec(options.spec) },
    p.releases,
  );
  timeline.add(`release ${result.revision} recorded`);
  result.ok = true;
  return result;
}
