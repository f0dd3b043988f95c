/**
 * Waits for a Deployment's rollout with the semantics of `kubectl rollout status` (observed
 * generation, updated, old and available replicas, ProgressDeadlineExceeded), and fails early
 * with the specific reason instead of waiting for the deadline: an image that cannot be pulled
 * (named), a crash loop (with the container's last log lines), an unschedulable pod (the
 * scheduler's message), a missing Secret or key (named), a ReplicaSet that cannot create pods.
 */
import type * as k8s from '@kubernetes/client-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { redactText } from '../../scan/redact-text.js';
import { clusterError, type Cluster } from './client.js';
import { RolloutFailure, stopIfAborted, type Timeline } from './types.js';

const POLL_MS = 1000;
/** The rollout wait polls quickly at first (most rollouts end within 15 s), then every POLL_MS. */
const FAST_POLL_MS = 250;
const FAST_POLLS = 60;
const LOG_LINES = 20;
const REVISION = 'deployment.kubernetes.io/revision';

export interface RolloutDone {
  /** The new ReplicaSet and a Ready pod of it (for the port-forward). */
  replicaSet: string;
  pod: string;
}

type Deployment = k8s.V1Deployment;

/** kubectl's DeploymentStatusViewer: undefined when done, else what it waits for; throws on ProgressDeadlineExceeded. */
export function rolloutStatus(d: Deployment): string | undefined {
  const name = d.metadata?.name;
  if ((d.metadata?.generation ?? 0) > (d.status?.observedGeneration ?? 0)) return 'waiting for the deployment spec update to be observed';
  const progressing = d.status?.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') throw new RolloutFailure(`deployment ${name} exceeded its progress deadline: ${progressing.message ?? ''}`.trim());
  const want = d.spec?.replicas ?? 1;
  const updated = d.status?.updatedReplicas ?? 0;
  const replicas = d.status?.replicas ?? 0;
  const available = d.status?.availableReplicas ?? 0;
  if (updated < want) return `${updated} of ${want} updated replicas`;
  if (replicas > updated) return `${replicas - updated} old replicas pending termination`;
  if (available < updated) return `${available} of ${updated} updated replicas available`;
  return undefined;
}

const labelSelector = (labels: Record<string, string> | undefined) => Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');

/** The Deployment's replica set of its current revision, among `sets` (the ones its selector matches). */
function findNewReplicaSet(d: Deployment, sets: k8s.V1ReplicaSet[]): k8s.V1ReplicaSet | undefined {
  const revision = d.metadata?.annotations?.[REVISION];
  return sets.find((rs) => rs.metadata?.ownerReferences?.some((o) => o.uid === d.metadata?.uid) && rs.metadata?.annotations?.[REVISION] === revision);
}

async function newReplicaSet(cluster: Cluster, d: Deployment): Promise<k8s.V1ReplicaSet | undefined> {
  const list = await cluster.apps.listNamespacedReplicaSet({ namespace: d.metadata!.namespace!, labelSelector: labelSelector(d.spec?.selector.matchLabels) });
  return findNewReplicaSet(d, list.items);
}

/** The live pods `rs` owns, among `pods`. */
const ownedPods = (rs: k8s.V1ReplicaSet, pods: k8s.V1Pod[]) => pods.filter((p) => p.metadata?.ownerReferences?.some((o) => o.uid === rs.metadata?.uid) && !p.metadata?.deletionTimestamp);

export async function podsOf(cluster: Cluster, rs: k8s.V1ReplicaSet): Promise<k8s.V1Pod[]> {
  const list = await cluster.core.listNamespacedPod({ namespace: rs.metadata!.namespace!, labelSelector: labelSelector(rs.spec?.selector.matchLabels) });
  return ownedPods(rs, list.items);
}

/**
 * One poll: the Deployment, and (once its selector is known from the first poll: it is
 * immutable) its replica sets and pods read at the same time, one round trip instead of three.
 */
async function readRollout(cluster: Cluster, namespace: string, name: string, selector: string | undefined) {
  const [deployment, sets, pods] = await Promise.all([
    cluster.apps.readNamespacedDeployment({ name, namespace }),
    selector === undefined ? undefined : cluster.apps.listNamespacedReplicaSet({ namespace, labelSelector: selector }),
    selector === undefined ? undefined : cluster.core.listNamespacedPod({ namespace, labelSelector: selector }),
  ]);
  const observed = (deployment.metadata?.generation ?? 0) <= (deployment.status?.observedGeneration ?? 0);
  if (!observed) return { deployment };
  const rs = sets ? findNewReplicaSet(deployment, sets.items) : await newReplicaSet(cluster, deployment);
  if (!rs) return { deployment };
  return { deployment, rs, pods: pods ? ownedPods(rs, pods.items) : await podsOf(cluster, rs) };
}

async function lastLogLines(cluster: Cluster, pod: k8s.V1Pod, container: string): Promise<string> {
  const read = (previous: boolean) =>
    cluster.core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace: pod.metadata!.namespace!, container, previous, tailLines: LOG_LINES }).catch(() => '');
  // The kubelet answers with this text while a restarted container's log is being replaced.
  const usable = (text: string) => (/^unable to retrieve container logs/.test(text) ? '' : text);
  let text = '';
  for (let attempt = 0; attempt < 3 && !text.trim(); attempt++) {
    if (attempt) await sleep(POLL_MS);
    text = usable(await read(true)) || usable(await read(false));
  }
  // Log lines leave the process in the error: secrets the scan's rules recognise are redacted.
  text = redactText(text);
  return text.trim() ? text.trimEnd().split('\n').slice(-LOG_LINES).map((l) => `    ${l}`).join('\n') : '    (no log lines)';
}

function missingReference(message: string): string {
  const key = /couldn't find key (\S+) in (Secret|ConfigMap) (\S+)/.exec(message);
  if (key) return `the ${key[2]} ${key[3]} has no key "${key[1]}"`;
  const object = /(secret|configmap) "([^"]+)" not found/i.exec(message);
  if (object) return `the ${object[1] === 'secret' ? 'Secret' : 'ConfigMap'} "${object[2]}" does not exist`;
  return message;
}

/**
 * A specific reason the pod cannot become Ready, or undefined while it may still. With
 * `restarts`, a container that has restarted counts too (after a failed gate: a pod without a
 * readiness probe is Ready while its server crashes).
 */
async function podProblem(cluster: Cluster, pod: k8s.V1Pod, restarts = false): Promise<string | undefined> {
  const name = `pod ${pod.metadata?.name}`;
  const unschedulable = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable');
  if (unschedulable) return `${name} is Unschedulable: ${unschedulable.message ?? ''}`.trim();
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  for (const status of statuses) {
    const waiting = status.state?.waiting;
    const reason = waiting?.reason ?? '';
    // containerd repeats the image three times in a pull error: enough to say what happened.
    const message = (waiting?.message ?? '').slice(0, 400);
    if (['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull'].includes(reason)) {
      const image = pod.spec?.containers.concat(pod.spec.initContainers ?? []).find((c) => c.name === status.name)?.image ?? status.image;
      return `${name}: ${reason}: the image ${image} cannot be pulled: ${message}`.trim();
    }
    if (reason === 'CrashLoopBackOff') {
      const code = status.lastState?.terminated?.exitCode;
      return `${name}: container ${status.name} is in CrashLoopBackOff (exit code ${code ?? '?'}, ${status.restartCount} restarts); its last log lines:\n${await lastLogLines(cluster, pod, status.name)}`;
    }
    // The kubelet reports its own cache not being ready yet under the same reason: that passes.
    if (reason === 'CreateContainerConfigError' && /failed to sync (?:secret|configmap) cache/i.test(message)) continue;
    if (reason === 'CreateContainerConfigError') return `${name}: CreateContainerConfigError in container ${status.name}: ${missingReference(message)} (${message})`;
    if (reason === 'CreateContainerError' || reason === 'RunContainerError') return `${name}: ${reason} in container ${status.name}: ${message}`;
  }
  const restarted = restarts ? statuses.find((s) => s.restartCount > 0) : undefined;
  if (restarted) {
    const code = restarted.lastState?.terminated?.exitCode;
    return `${name}: container ${restarted.name} keeps restarting (exit code ${code ?? '?'}, ${restarted.restartCount} restarts); its last log lines:\n${await lastLogLines(cluster, pod, restarted.name)}`;
  }
  return undefined;
}

/** After a failed gate: what is wrong with the pods of the Deployment's new replica set, if anything shows. */
export async function explainPods(cluster: Cluster, namespace: string, name: string): Promise<string | undefined> {
  try {
    const deployment = await cluster.apps.readNamespacedDeployment({ name, namespace });
    const rs = await newReplicaSet(cluster, deployment);
    if (!rs) return undefined;
    for (const pod of await podsOf(cluster, rs)) {
      const problem = await podProblem(cluster, pod, true);
      if (problem) return problem;
    }
  } catch {
    // Only an explanation: the gate's own verdict stands without it.
  }
  return undefined;
}

/**
 * Polls until the rollout completes or fails. `timeoutMs` bounds the whole wait, whatever the
 * Deployment's own progress deadline says.
 */
export async function waitForRollout(cluster: Cluster, namespace: string, name: string, options: { timeoutMs: number; timeline: Timeline; label?: string; signal?: AbortSignal }): Promise<RolloutDone> {
  const started = Date.now();
  const label = options.label ?? `deployment ${name}`;
  let last = '';
  let selector: string | undefined;
  for (let poll = 0; ; poll++) {
    stopIfAborted(options.signal, `while waiting for ${label}`);
    let read: Awaited<ReturnType<typeof readRollout>>;
    try {
      read = await readRollout(cluster, namespace, name, selector);
    } catch (error) {
      throw clusterError(cluster, error, `reading ${label}`);
    }
    const { deployment, rs, pods } = read;
    selector ??= labelSelector(deployment.spec?.selector.matchLabels);
    const waiting = rolloutStatus(deployment);
    if (rs && pods) {
      const failure = rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
      if (failure) throw new RolloutFailure(`${label}: replica set ${rs.metadata?.name} cannot create pods: ${failure.message ?? failure.reason}`);
      for (const pod of pods) {
        const problem = await podProblem(cluster, pod);
        if (problem) throw new RolloutFailure(`${label}: ${problem}`);
      }
      if (!waiting) {
        const ready = pods.find((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
        if (ready) {
          options.timeline.add(`${label} rolled out (replica set ${rs.metadata?.name})`);
          return { replicaSet: rs.metadata!.name!, pod: ready.metadata!.name! };
        }
      }
    }
    const now = waiting ?? 'waiting for a Ready pod of the new replica set';
    if (now !== last) options.timeline.add(`${label}: ${now}`);
    last = now;
    if (Date.now() - started > options.timeoutMs) throw new RolloutFailure(`${label} did not finish rolling out within ${Math.round(options.timeoutMs / 1000)}s: ${now}`);
    await sleep(poll < FAST_POLLS ? FAST_POLL_MS : POLL_MS);
  }
}
