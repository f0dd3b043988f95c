/**
 * Cluster access for the deploy stage: a kubeconfig (files, a context) or the in-cluster service
 * account, the API clients, and errors translated into messages that name the kubeconfig and the
 * API server.
 *
 * The client is the official @kubernetes/client-node: ESM, bundles with ncc (no binary to fetch),
 * speaks server-side apply and the portforward subresource, and runs exec credential plugins
 * (gke-gcloud-auth-plugin, `aws eks get-token`, kubelogin) and token or client-certificate users
 * as kubectl does. kubectl itself is not on every machine (Debian's is v1.20) and would be driven
 * through text. Version 1.x: 2.x needs undici 8, which needs Node 22, and the CLI supports Node 20.
 */
import * as k8s from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import { errorMessage, InputError } from '../../util/errors.js';

export interface ClusterOptions {
  /** kubeconfig files, merged in order as kubectl merges KUBECONFIG's list; the first one wins. */
  kubeconfig?: string[];
  /** No kubeconfig: the pod's service account (KUBERNETES_SERVICE_HOST, the mounted token). */
  inCluster?: boolean;
  context?: string;
}

export interface Cluster {
  kc: k8s.KubeConfig;
  objects: k8s.KubernetesObjectApi;
  core: k8s.CoreV1Api;
  apps: k8s.AppsV1Api;
  /** The API server's URL. */
  server: string;
  /** Where the credentials came from: the kubeconfig file(s) and context, or in-cluster. */
  source: string;
  /** The context's namespace, else `default`. */
  defaultNamespace: string;
}

const REACH_TIMEOUT_MS = 20_000;

function loadConfig(options: ClusterOptions): { kc: k8s.KubeConfig; source: string } {
  const kc = new k8s.KubeConfig();
  const files = options.kubeconfig?.filter(Boolean) ?? [];
  if (files.length) {
    for (const [index, file] of files.entries()) {
      if (!existsSync(file)) throw new InputError(`kubeconfig ${file} does not exist (from --kubeconfig or KUBECONFIG)`);
      const one = new k8s.KubeConfig();
      try {
        one.loadFromFile(file);
      } catch (error) {
        throw new InputError(`kubeconfig ${file} cannot be read: ${errorMessage(error).split('\n')[0]}`);
      }
      if (index === 0) kc.loadFromString(one.exportConfig());
      else kc.mergeConfig(one, true);
    }
    return { kc, source: `kubeconfig ${files.join(', ')}` };
  }
  if (options.inCluster) {
    try {
      kc.loadFromCluster();
    } catch (error) {
      throw new InputError(`in-cluster configuration cannot be read: ${errorMessage(error)}`);
    }
    return { kc, source: 'the in-cluster service account' };
  }
  throw new InputError('no cluster credentials: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster');
}

/** Loads the credentials and picks the context; does not contact the cluster (see checkReachable). */
export function loadCluster(options: ClusterOptions): Cluster {
  const { kc, source: from } = loadConfig(options);
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name);
      throw new InputError(`${from} has no context "${options.context}" (it has: ${known.join(', ') || 'none'})`);
    }
    kc.setCurrentContext(options.context);
  }
  const current = kc.getCurrentContext();
  const context = kc.getContextObject(current);
  if (!options.inCluster && !context) throw new InputError(`${from} sets no current context: pass --context (it has: ${kc.getContexts().map((c) => c.name).join(', ') || 'none'})`);
  const cluster = kc.getCurrentCluster();
  if (!cluster?.server) throw new InputError(`${from}: context "${current}" names no cluster with a server URL`);
  const source = options.inCluster ? from : `${from}, context ${current}`;
  return {
    kc,
    objects: k8s.KubernetesObjectApi.makeApiClient(kc),
    core: kc.makeApiClient(k8s.CoreV1Api),
    apps: kc.makeApiClient(k8s.AppsV1Api),
    server: cluster.server,
    source,
    defaultNamespace: context?.namespace ?? 'default',
  };
}

/** The API server's `Status` message from a failed request, else the error's first line. */
export function statusMessage(error: unknown): string {
  if (error instanceof k8s.ApiException) {
    const body = error.body as unknown;
    try {
      const status = (typeof body === 'string' ? JSON.parse(body) : body) as { message?: string };
      if (status?.message) return status.message;
    } catch {
      // not JSON: fall through
    }
    return `HTTP ${error.code}`;
  }
  return errorMessage(error).split('\n')[0]!;
}

export function statusCode(error: unknown): number | undefined {
  return error instanceof k8s.ApiException ? error.code : undefined;
}

export const isNotFound = (error: unknown): boolean => statusCode(error) === 404;

/** Transport-level failures (no HTTP answer): connection refused, DNS, TLS, a hung server. */
function connectionCode(error: unknown): string | undefined {
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/** An error that says which server and credentials were used and what to check. */
export function clusterError(cluster: Pick<Cluster, 'server' | 'source'>, error: unknown, doing: string): InputError {
  const where = `the Kubernetes API server ${cluster.server} (${cluster.source})`;
  const code = statusCode(error);
  if (code === 401) return new InputError(`${doing}: ${where} refused the credentials (401 Unauthorized): refresh the kubeconfig or its login`);
  if (code === 403) return new InputError(`${doing}: ${where} forbids it (403): ${statusMessage(error)}`);
  if (code !== undefined) return new InputError(`${doing}: ${where} answered ${code}: ${statusMessage(error)}`);
  const transport = connectionCode(error);
  if (transport) return new InputError(`${doing}: cannot reach ${where}: ${transport}: ${errorMessage(error).split('\n')[0]}`);
  return new InputError(`${doing}: ${where}: ${errorMessage(error).split('\n')[0]}`);
}

/** Fails fast, naming the server and kubeconfig, when the API server does not answer or refuses the credentials. */
export async function checkReachable(cluster: Cluster): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${REACH_TIMEOUT_MS / 1000}s`), { code: 'ETIMEDOUT' })), REACH_TIMEOUT_MS);
  });
  try {
    // The version may be served to anyone; an access review needs valid credentials, and any
    // authenticated user may ask one (a namespace-bound service account cannot list namespaces).
    // Both at once: one round trip less (bench/deploy.mjs).
    const review = { spec: { resourceAttributes: { verb: 'patch', group: 'apps', resource: 'deployments' } } };
    const [version] = await Promise.race([
      Promise.all([cluster.kc.makeApiClient(k8s.VersionApi).getCode(), cluster.kc.makeApiClient(k8s.AuthorizationV1Api).createSelfSubjectAccessReview({ body: review })]),
      timeout,
    ]);
    return version.gitVersion;
  } catch (error) {
    throw clusterError(cluster, error, 'connecting');
  } finally {
    clearTimeout(timer);
  }
}

/** Makes sure the namespace exists: created when asked, else an error saying how. */
export async function ensureNamespace(cluster: Cluster, namespace: string, create: boolean, dryRun: boolean): Promise<'exists' | 'created' | 'would-create'> {
  try {
    await cluster.core.readNamespace({ name: namespace });
    return 'exists';
  } catch (error) {
    // A service account bound to its namespace may not read the Namespace object: go on, the
    // namespaced requests that follow say what is wrong if anything is.
    if (statusCode(error) === 403) return 'exists';
    if (!isNotFound(error)) throw clusterError(cluster, error, `reading namespace ${namespace}`);
  }
  if (!create) throw new InputError(`namespace ${namespace} does not exist on ${cluster.server}: create it, or pass --create-namespace`);
  if (dryRun) return 'would-create';
  try {
    await cluster.core.createNamespace({ body: { metadata: { name: namespace, labels: { 'app.kubernetes.io/managed-by': 'mcp-orchestrator' } } } });
  } catch (error) {
    if (statusCode(error) !== 409) throw clusterError(cluster, error, `creating namespace ${namespace}`);
  }
  return 'created';
}
