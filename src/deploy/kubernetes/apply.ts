/**
 * Server-side apply with one field manager. Every object is first applied as a server-side dry
 * run, so a conflict with another manager, a refused field or an unknown kind stops the deploy
 * before anything is written; the dry run's answers, compared with the live objects, are also
 * what `--dry-run` prints. Then the objects are applied for real, in order.
 */
import * as k8s from '@kubernetes/client-node';
import type { KubernetesObject } from '../../render/kubernetes.js';
import { errorMessage, InputError } from '../../util/errors.js';
import { clusterError, isNotFound, statusCode, statusMessage, type Cluster } from './client.js';

export const FIELD_MANAGER = 'mcp-orchestrator';

export type ObjectAction = 'created' | 'changed' | 'unchanged' | 'pruned' | 'deleted';

export interface AppliedObject {
  kind: string;
  name: string;
  namespace?: string;
  action: ObjectAction;
  /** Changed fields (paths only, never values), at most a few, for the dry run's report. */
  fields?: string[];
}

export const describeObject = (o: { kind: string; metadata: { name: string; namespace?: string } }) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

/** group/kind/namespace/name: the same object across API versions. */
export function objectKey(o: KubernetesObject): string {
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
  return `${group}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}

export async function readLive(cluster: Cluster, object: KubernetesObject): Promise<KubernetesObject | undefined> {
  try {
    return (await cluster.objects.read({ apiVersion: object.apiVersion, kind: object.kind, metadata: { name: object.metadata.name, namespace: object.metadata.namespace } })) as KubernetesObject;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw translate(cluster, error, `reading ${describeObject(object)}`);
  }
}

/** One line per conflicting field: the field and the manager that holds it. */
function conflictLines(error: unknown): string[] | undefined {
  if (statusCode(error) !== 409 || !(error instanceof k8s.ApiException)) return undefined;
  let causes: Array<{ reason?: string; message?: string; field?: string }> = [];
  try {
    const body = (typeof error.body === 'string' ? JSON.parse(error.body) : error.body) as { details?: { causes?: typeof causes } };
    causes = body.details?.causes ?? [];
  } catch {
    return undefined;
  }
  const conflicts = causes.filter((c) => c.reason === 'FieldManagerConflict');
  if (!conflicts.length) return undefined;
  return conflicts.map((c) => `${c.field ?? '(field)'} is managed by ${/conflict with (".*?")/.exec(c.message ?? '')?.[1] ?? c.message ?? 'another manager'}`);
}

function translate(cluster: Cluster, error: unknown, doing: string): InputError {
  const message = error instanceof Error ? error.message : '';
  // KubernetesObjectApi's discovery: the API server does not serve this group/version/kind (a CRD not installed).
  if (/Unrecognized API version and kind|Failed to fetch resource metadata/.test(message)) {
    return new InputError(`${doing}: the API server ${cluster.server} does not serve this kind (is its CRD or operator installed?): ${message.split('\n')[0]}`);
  }
  if (statusCode(error) === 422 || statusCode(error) === 400) return new InputError(`${doing}: refused by the API server: ${statusMessage(error)}`);
  return clusterError(cluster, error, doing);
}

export async function serverSideApply(cluster: Cluster, object: KubernetesObject, options: { dryRun: boolean; force: boolean }): Promise<KubernetesObject> {
  const doing = `applying ${describeObject(object)}${options.dryRun ? ' (server-side dry run)' : ''}`;
  try {
    return (await cluster.objects.patch(object, undefined, options.dryRun ? 'All' : undefined, FIELD_MANAGER, options.force, k8s.PatchStrategy.ServerSideApply)) as KubernetesObject;
  } catch (error) {
    const conflicts = conflictLines(error);
    if (conflicts) throw new ConflictError(describeObject(object), conflicts);
    throw translate(cluster, error, doing);
  }
}

/** Another field manager holds fields this deploy sets: fatal unless forced. */
export class ConflictError extends InputError {
  constructor(
    readonly object: string,
    readonly conflicts: string[],
  ) {
    super(`${object}: ${conflicts.join('; ')}`);
  }
}

const VOLATILE_METADATA = ['managedFields', 'resourceVersion', 'generation', 'uid', 'creationTimestamp'];

/** What the user's manifests and the render control: no status, no server bookkeeping. */
function comparable(object: KubernetesObject): Record<string, unknown> {
  const { status: _status, metadata, ...rest } = object as KubernetesObject & { status?: unknown };
  const meta = { ...metadata };
  for (const key of VOLATILE_METADATA) delete meta[key];
  if (meta.annotations) {
    const annotations = { ...meta.annotations };
    delete annotations['deployment.kubernetes.io/revision'];
    meta.annotations = annotations;
  }
  return { ...rest, metadata: meta };
}

/** Paths of leaves that differ, e.g. `spec.template.spec.containers[0].image`. */
export function changedPaths(before: unknown, after: unknown, path = '', out: string[] = [], limit = 8): string[] {
  if (out.length >= limit) return out;
  if (before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      const next = Array.isArray(before) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      changedPaths((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], next, out, limit);
    }
    return out;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push(path || '(whole object)');
  return out;
}

const identity = (o: KubernetesObject) => ({ kind: o.kind, name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}) });

/**
 * Applies `objects` in order. A server-side dry run of all of them comes first: any conflict
 * (named field by field, with the manager holding it) fails the whole apply unless `force`.
 * With `dryRun` nothing is written and the result says what would change.
 */
export async function applyObjects(cluster: Cluster, objects: KubernetesObject[], options: { dryRun: boolean; force: boolean; namespaceMissing?: boolean }): Promise<AppliedObject[]> {
  if (options.namespaceMissing) return objects.map((o) => ({ ...identity(o), action: 'created' as const }));
  // The reads and dry runs do not depend on each other: all at once (bench/deploy.mjs), kept in order.
  const results = await Promise.all(
    objects.map(async (object) => {
      const [before, after] = await Promise.all([readLive(cluster, object), serverSideApply(cluster, object, { dryRun: true, force: options.force }).catch((error: unknown) => error)]);
      return { object, before, after };
    }),
  );
  const conflicts = results.map((r) => r.after).filter((r): r is ConflictError => r instanceof ConflictError);
  const failed = results.find((r) => r.after instanceof Error && !(r.after instanceof ConflictError));
  if (failed) throw failed.after;
  const planned = results.filter((r) => !(r.after instanceof Error)) as Array<{ object: KubernetesObject; before?: KubernetesObject; after: KubernetesObject }>;
  if (conflicts.length) {
    throw new InputError(
      `server-side apply conflicts with other field managers (nothing was applied): ${conflicts.map((c) => c.message).join(' | ')}. ` +
        'Remove those changes from the cluster, or pass --force-conflicts to take the fields over',
    );
  }
  if (options.dryRun) {
    return planned.map(({ object, before, after }) => {
      if (!before) return { ...identity(object), action: 'created' as const };
      const fields = changedPaths(comparable(before), comparable(after));
      return { ...identity(object), action: fields.length ? ('changed' as const) : ('unchanged' as const), ...(fields.length ? { fields } : {}) };
    });
  }
  const applied: AppliedObject[] = [];
  for (const { object, before } of planned) {
    const after = await serverSideApply(cluster, object, { dryRun: false, force: options.force }).catch((error: unknown) => {
      if (!applied.length) throw error;
      // Nothing half-applied without saying so.
      throw new InputError(`${errorMessage(error)} (already applied before it: ${applied.map((o) => `${o.kind} ${o.name}`).join(', ')})`);
    });
    const action = !before ? 'created' : before.metadata.resourceVersion === after.metadata.resourceVersion ? 'unchanged' : 'changed';
    applied.push({ ...identity(object), action });
  }
  return applied;
}

/** Deletes an object (its dependents in the background); an object already gone counts as deleted. */
export async function deleteObject(cluster: Cluster, object: KubernetesObject, dryRun = false): Promise<void> {
  try {
    await cluster.objects.delete(
      { apiVersion: object.apiVersion, kind: object.kind, metadata: { name: object.metadata.name, namespace: object.metadata.namespace } },
      undefined,
      dryRun ? 'All' : undefined,
      undefined,
      undefined,
      'Background',
    );
  } catch (error) {
    if (!isNotFound(error)) throw translate(cluster, error, `deleting ${describeObject(object)}`);
  }
}
