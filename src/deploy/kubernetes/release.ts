/**
 * Release records, the way Helm keeps them: each good deploy of a server stores what it applied
 * (the objects, the image, the tools hash) in a Secret `<instance>-release-<n>` of its namespace
 * (a Secret because user manifests may hold Secrets). Rollback re-applies the previous record;
 * pruning removes what the previous record has and the new render no longer does.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { MANAGED_BY, type KubernetesObject } from '../../render/kubernetes-objects.js';
import { clusterError, isNotFound, type Cluster } from './client.js';
import type { GateChecks } from './gate.js';

export const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
export const LABEL_INSTANCE = 'app.kubernetes.io/instance';
export const LABEL_RELEASE_OF = 'mcp-orchestrator/release-of';
const SECRET_TYPE = 'mcp-orchestrator/release.v1';
/** Records kept per server; older ones are deleted. */
const KEEP = 10;

export interface ReleaseRecord {
  revision: number;
  image: string;
  digest: string;
  toolsHash?: string;
  deployedAt: string;
  objects: KubernetesObject[];
  /** The Deployment that serves it, and what its gate checked. */
  deployment: string;
  checks: GateChecks;
}

const secretName = (instance: string, revision: number) => `${instance}-release-${revision}`;

function parseRecord(secret: { data?: Record<string, string> }): ReleaseRecord | undefined {
  const data = secret.data?.release;
  if (!data) return undefined;
  try {
    return JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')) as ReleaseRecord;
  } catch {
    return undefined; // a damaged record is skipped, as if it were not there
  }
}

/** The server's records, oldest first. */
export async function readReleases(cluster: Cluster, namespace: string, instance: string): Promise<ReleaseRecord[]> {
  try {
    const list = await cluster.core.listNamespacedSecret({ namespace, labelSelector: `${LABEL_MANAGED_BY}=${MANAGED_BY},${LABEL_RELEASE_OF}=${instance}` });
    return list.items
      .filter((s) => s.type === SECRET_TYPE)
      .map(parseRecord)
      .filter((r): r is ReleaseRecord => r !== undefined)
      .sort((a, b) => a.revision - b.revision);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw clusterError(cluster, error, `reading the release records of ${instance} in ${namespace}`);
  }
}

/** Stores a good release and deletes records beyond the last ten. */
export async function writeRelease(cluster: Cluster, namespace: string, instance: string, record: ReleaseRecord, previous: ReleaseRecord[]): Promise<void> {
  const labels = { [LABEL_MANAGED_BY]: MANAGED_BY, [LABEL_INSTANCE]: instance, [LABEL_RELEASE_OF]: instance, 'mcp-orchestrator/revision': String(record.revision) };
  const body = {
    metadata: { name: secretName(instance, record.revision), namespace, labels, annotations: { 'mcp-orchestrator/image': record.image } },
    type: SECRET_TYPE,
    data: { release: gzipSync(JSON.stringify(record)).toString('base64') },
  };
  try {
    await cluster.core.createNamespacedSecret({ namespace, body });
  } catch (error) {
    throw clusterError(cluster, error, `writing release record ${body.metadata.name}`);
  }
  for (const old of previous.slice(0, Math.max(0, previous.length + 1 - KEEP))) {
    await cluster.core.deleteNamespacedSecret({ name: secretName(instance, old.revision), namespace }).catch(() => {});
  }
}
