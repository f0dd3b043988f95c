/**
 * Pruning: an object the previous release of this server applied and this one no longer renders
 * is deleted, but only when the live object is still ours: labelled managed-by mcp-orchestrator
 * for this instance, or holding fields applied by our field manager (user manifests keep their
 * own labels). Anything else is left alone and reported.
 */
import type { KubernetesObject } from '../../render/kubernetes.js';
import type { Logger } from '../../util/logger.js';
import { deleteObject, describeObject, FIELD_MANAGER, objectKey, readLive, type AppliedObject } from './apply.js';
import type { Cluster } from './client.js';
import { LABEL_INSTANCE, LABEL_MANAGED_BY } from './release.js';

function isOurs(live: KubernetesObject, instance: string): boolean {
  const labels = live.metadata.labels ?? {};
  if (labels[LABEL_MANAGED_BY] === FIELD_MANAGER && labels[LABEL_INSTANCE] === instance) return true;
  const managed = (live.metadata.managedFields ?? []) as Array<{ manager?: string; operation?: string }>;
  return managed.some((m) => m.manager === FIELD_MANAGER && m.operation === 'Apply');
}

/** The objects of `previous` that `current` does not have. */
export function leftOver(previous: KubernetesObject[], current: KubernetesObject[]): KubernetesObject[] {
  const keep = new Set(current.map(objectKey));
  return previous.filter((o) => !keep.has(objectKey(o)));
}

export async function pruneObjects(
  cluster: Cluster,
  candidates: KubernetesObject[],
  options: { instance: string; dryRun: boolean; logger: Logger; action?: 'pruned' | 'deleted' },
): Promise<AppliedObject[]> {
  const done: AppliedObject[] = [];
  for (const object of [...candidates].reverse()) {
    const live = await readLive(cluster, object);
    if (!live) continue;
    if (!isOurs(live, options.instance)) {
      options.logger.warning(`${describeObject(object)} is no longer rendered but is not managed by mcp-orchestrator any more: left in place`);
      continue;
    }
    await deleteObject(cluster, object, options.dryRun);
    done.push({ kind: object.kind, name: object.metadata.name, ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}), action: options.action ?? 'pruned' });
  }
  return done;
}
