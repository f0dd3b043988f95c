/** The Kubernetes deploy's options, result, timeline and failure. */
import { performance } from 'node:perf_hooks';
import type { ManifestFile } from '../../render/kubernetes-manifests.js';
import type { HealthReport } from '../../health/types.js';
import type { DeploySpec } from '../../spec/spec.js';
import { GateFailure, Interrupted } from '../../util/errors.js';
import type { Logger } from '../../util/logger.js';
import type { AppliedObject } from './apply.js';
import type { ClusterOptions } from './client.js';

export type Strategy = 'candidate' | 'rolling';

export interface KubernetesDeployOptions {
  spec: DeploySpec;
  /** The pushed image, by digest. */
  image: string;
  cluster: ClusterOptions;
  /** Overrides targets.kubernetes.namespace; default: the context's namespace. */
  namespace?: string;
  createNamespace?: boolean;
  /** Default: targets.kubernetes.strategy, else candidate when a release serves, else rolling. */
  strategy?: Strategy;
  dryRun?: boolean;
  forceConflicts?: boolean;
  /** rollback (default): undo a failed deploy; keep: leave it as it failed, for inspection. */
  onFailure?: 'rollback' | 'keep';
  /** Deadline for each rollout wait (default 5 minutes). */
  timeoutMs?: number;
  /** The Deployment's progressDeadlineSeconds (default: the render's). */
  progressDeadlineSeconds?: number;
  /** The MCP gate's deadline (default: health.timeout of the spec, else 60 s). */
  gateTimeoutMs?: number;
  /** The texts of targets.kubernetes.manifests, when the spec names them. */
  manifests?: ManifestFile[];
  /**
   * Where the public gate sends its requests for the ingress URL, or undefined when the host does
   * not resolve (the public gate is then skipped and says so). Default: the URL itself when its
   * host resolves (DNS, 2 s; resolvePublicUrl). Tests route it to a local proxy.
   */
  routePublicUrl?: (url: URL) => Promise<URL | undefined>;
  /** Values of the runner's secrets (from.env / from.github), by their variable name. */
  secretValues?: Record<string, string | undefined>;
  logger?: Logger;
  /** Aborted (reason: the signal's name) to stop: a candidate is removed, and the error says what was applied. */
  signal?: AbortSignal;
}

export interface TimelineEntry {
  /** Milliseconds since the deploy started. */
  atMs: number;
  event: string;
}

export class Timeline {
  readonly entries: TimelineEntry[] = [];
  private readonly started = performance.now();
  constructor(private readonly logger: Logger) {}
  add(event: string): void {
    this.entries.push({ atMs: Math.round(performance.now() - this.started), event });
    this.logger.info(`deploy: ${event}`);
  }
}

export interface KubernetesDeployResult {
  ok: boolean;
  dryRun: boolean;
  /** The ingress URL when spec.ingress.host is set, else the in-cluster Service URL. */
  url: string;
  namespace: string;
  /** The release number this deploy recorded (or would record); after a rollback, the one now serving. */
  revision: number;
  digest: string;
  image: string;
  toolsHash?: string;
  strategy: Strategy;
  rolledBack: boolean;
  objects: AppliedObject[];
  timeline: TimelineEntry[];
  /** The gate of the new revision (or of the release rolled back to, after a rollback). */
  gate?: HealthReport;
  candidateGate?: HealthReport;
  /** The gate through the public URL (the ingress host), when that host resolves. */
  publicGate?: HealthReport;
  /** Why the public URL was not gated (the host does not resolve, or is a wildcard). */
  publicGateSkipped?: string;
  /** What this deploy applies, as one YAML stream with Secret values left out (manifests-file.ts). */
  manifests: string;
  /** What failed, when ok is false. */
  failure?: string;
  warnings: string[];
  server: string;
}

/** The rollout or the gate failed; the result says what now runs. Exit 1. */
export class DeployFailure extends GateFailure {
  constructor(
    message: string,
    readonly result: KubernetesDeployResult,
  ) {
    super(message);
  }
}

/** A rollout that cannot finish: the specific reason, found early. */
export class RolloutFailure extends GateFailure {}

/** Throws Interrupted (exit 128 + the signal's number) when `signal` has aborted. */
export function stopIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  const name = (typeof reason === 'string' && reason.startsWith('SIG') ? reason : 'SIGTERM') as NodeJS.Signals;
  throw new Interrupted(`interrupted by ${name}: ${what}`, name);
}

/** Settles with `work`, or rejects with Interrupted as soon as `signal` aborts. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      try {
        stopIfAborted(signal, what);
      } catch (error) {
        reject(error);
      }
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
