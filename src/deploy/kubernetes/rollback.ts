/**
 * What happens after a failed rollout or gate of the serving Deployment: re-apply the previous
 * good release's recorded objects (Helm's rollback), or, with no record, put back the previous
 * ReplicaSet's pod template (`kubectl rollout undo`); wait for it, gate it again, and fail saying
 * what failed and what now runs. A first deploy that fails is removed, unless kept on request.
 */
import type * as k8s from '@kubernetes/client-node';
import type { KubernetesObject } from '../../render/kubernetes.js';
import type { DeploySpec } from '../../spec/spec.js';
import { errorMessage, GateFailure } from '../../util/errors.js';
import type { Logger } from '../../util/logger.js';
import { applyObjects, deleteObject } from './apply.js';
import { findServerDeployment, serverPort, type DeploymentObject } from './candidate.js';
import type { Cluster } from './client.js';
import { gateDeployment, type GateChecks } from './gate.js';
import { leftOver, pruneObjects } from './prune.js';
import type { ReleaseRecord } from './release.js';
import { waitForRollout } from './rollout.js';
import { DeployFailure, type KubernetesDeployResult, type Timeline } from './types.js';

export interface RecoveryContext {
  cluster: Cluster;
  spec: DeploySpec;
  namespace: string;
  instance: string;
  /** What this deploy applied (in order), and its Deployment. */
  objects: KubernetesObject[];
  serving: DeploymentObject;
  previous?: ReleaseRecord;
  /** The server's Deployment as it was before this deploy, if it existed. */
  before?: KubernetesObject;
  onFailure: 'rollback' | 'keep';
  timeoutMs: number;
  gateTimeoutMs?: number;
  timeline: Timeline;
  result: KubernetesDeployResult;
  logger: Logger;
}

const REVISION = 'deployment.kubernetes.io/revision';

/** Waits for `name` and gates a Ready pod of its new replica set with `checks`. */
async function waitAndGate(ctx: RecoveryContext, name: string, port: number, checks?: GateChecks): Promise<string> {
  const done = await waitForRollout(ctx.cluster, ctx.namespace, name, { timeoutMs: ctx.timeoutMs, timeline: ctx.timeline });
  const { report, summary } = await gateDeployment(ctx.cluster, { spec: ctx.spec, checks, namespace: ctx.namespace, deployment: name, pod: done.pod, port, timeoutMs: ctx.gateTimeoutMs, logger: ctx.logger });
  ctx.result.gate = report;
  ctx.result.toolsHash = report.toolsHash;
  ctx.timeline.add(`rolled-back revision: ${summary}`);
  return summary;
}

async function reapplyRecord(ctx: RecoveryContext, record: ReleaseRecord): Promise<string> {
  ctx.timeline.add(`rolling back: re-applying release ${record.revision} (${record.image})`);
  await applyObjects(ctx.cluster, record.objects, { dryRun: false, force: true });
  const removed = await pruneObjects(ctx.cluster, leftOver(ctx.objects, record.objects), { instance: ctx.instance, dryRun: false, logger: ctx.logger, action: 'deleted' });
  ctx.result.objects.push(...removed);
  const deployment = findServerDeployment(record.objects, record.image, record.deployment) ?? ctx.serving;
  const verdict = await waitAndGate(ctx, deployment.metadata.name, serverPort(deployment, record.image, ctx.spec.server.port), record.checks);
  ctx.result.revision = record.revision;
  ctx.result.digest = record.digest;
  ctx.result.image = record.image;
  return `rolled back to release ${record.revision} (${record.image}): ${verdict}`;
}

/** `kubectl rollout undo`: the newest older ReplicaSet's template goes back into the Deployment. */
async function undoToPreviousReplicaSet(ctx: RecoveryContext): Promise<string> {
  const { cluster, namespace, serving } = ctx;
  const live = await cluster.apps.readNamespacedDeployment({ name: serving.metadata.name, namespace });
  const current = Number(live.metadata?.annotations?.[REVISION] ?? 0);
  const selector = Object.entries(live.spec?.selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const sets = (await cluster.apps.listNamespacedReplicaSet({ namespace, labelSelector: selector })).items
    .filter((rs) => rs.metadata?.ownerReferences?.some((o) => o.uid === live.metadata?.uid))
    .map((rs) => ({ rs, revision: Number(rs.metadata?.annotations?.[REVISION] ?? 0) }))
    .filter((x) => x.revision < current)
    .sort((a, b) => b.revision - a.revision);
  const older: k8s.V1ReplicaSet | undefined = sets[0]?.rs;
  if (!older?.spec?.template) return 'no earlier replica set to roll back to';
  const template = structuredClone(older.spec.template) as { metadata?: { labels?: Record<string, string> } };
  delete template.metadata?.labels?.['pod-template-hash'];
  ctx.timeline.add(`rolling back: no release record, so the template of replica set ${older.metadata?.name} (revision ${sets[0]!.revision}) goes back, as kubectl rollout undo does`);
  await applyObjects(cluster, [{ ...serving, spec: { ...serving.spec, template } } as KubernetesObject], { dryRun: false, force: true });
  const image = (template as { spec?: { containers?: Array<{ image?: string }> } }).spec?.containers?.[0]?.image ?? 'its image';
  // Its release promised nothing we know of: the protocol alone is checked.
  const verdict = await waitAndGate(ctx, serving.metadata.name, serverPort(serving, '', ctx.spec.server.port), { strict: false, allowAuthRequired: true });
  ctx.result.image = image;
  return `rolled back to the previous replica set's template (${image}): ${verdict}`;
}

/** Handles a failure of the serving Deployment's rollout or gate; always throws DeployFailure. */
export async function recoverFromFailure(ctx: RecoveryContext, failure: string): Promise<never> {
  const { result, timeline } = ctx;
  result.ok = false;
  result.failure = failure;
  timeline.add(`failed: ${failure.split('\n')[0]}`);
  if (ctx.onFailure === 'keep') {
    throw new DeployFailure(`${failure}\nLeft as it failed (on-failure: keep): the new revision's objects stay applied in ${ctx.namespace}; nothing was rolled back`, result);
  }
  if (!ctx.previous && !ctx.before) {
    for (const object of [...ctx.objects].reverse()) await deleteObject(ctx.cluster, object);
    result.objects = ctx.objects.map((o) => ({ kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace, action: 'deleted' as const }));
    timeline.add('first deploy removed');
    throw new DeployFailure(
      `${failure}\nThis was the first deploy of ${ctx.instance} in ${ctx.namespace}: its objects were removed, nothing of it runs (pass --on-failure keep to keep them for inspection)`,
      result,
    );
  }
  let outcome: string;
  try {
    outcome = ctx.previous ? await reapplyRecord(ctx, ctx.previous) : await undoToPreviousReplicaSet(ctx);
    result.rolledBack = true;
  } catch (error) {
    if (!(error instanceof GateFailure)) throw error;
    throw new DeployFailure(`${failure}\nRolling back failed too: ${errorMessage(error)}. Check \`kubectl -n ${ctx.namespace} get deploy,rs,pods\`: what runs now is not known to be healthy`, result);
  }
  throw new DeployFailure(`${failure}\nNow running: ${outcome}`, result);
}
