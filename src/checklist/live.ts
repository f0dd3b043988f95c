/**
 * Audit mode (`checklist --live`): the inputs read from what is deployed instead of the files.
 * The objects the spec renders are read back from the cluster (their live state, as the API server
 * holds it), the deployed server image is rescanned by its digest with today's rules, and the
 * health gate runs against the live URL. Each becomes the same input the file mode reads, so every
 * rule runs unchanged; locations name the live object (`cluster/NS/Kind/name`).
 */
import type { ReadOptions } from '../image/types.js';
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { ChecklistInputs, YamlDocument } from './types.js';
import { parseYamlDocuments } from './yaml-documents.js';

export interface LiveOptions {
  kubeconfig?: string[];
  inCluster?: boolean;
  context?: string;
  /** Default: targets.kubernetes.namespace, else the context's namespace. */
  namespace?: string;
  /** The deployed server's MCP URL: the health gate runs against it. */
  url?: string;
  /** Rescan the deployed image (default true). */
  rescan?: boolean;
  imageOptions?: ReadOptions;
  logger?: Logger;
}

/** Fields the API server adds: not the user's intent, and noise in evidence. */
function withoutServerFields(object: Record<string, unknown>): Record<string, unknown> {
  const { status: _status, ...rest } = object;
  const metadata = { ...(rest.metadata as Record<string, unknown>) };
  for (const field of ['managedFields', 'resourceVersion', 'uid', 'generation', 'creationTimestamp', 'selfLink']) delete metadata[field];
  return { ...rest, metadata };
}

const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;

/** The live objects the spec's render names, as located documents; the Deployment must exist. */
async function liveManifests(spec: DeploySpec, options: LiveOptions): Promise<{ docs: YamlDocument<Record<string, unknown>>[]; namespace: string; images: string[] }> {
  const { loadCluster } = await import('../deploy/kubernetes/client.js');
  const { readLive } = await import('../deploy/kubernetes/apply.js');
  const { renderKubernetes, objectYaml } = await import('../render/kubernetes.js');
  if (!spec.image) throw new InputError(`--live: ${spec.file} has no image (the repository the server is deployed from)`);
  const cluster = loadCluster({ kubeconfig: options.kubeconfig, inCluster: options.inCluster, context: options.context });
  const namespace = options.namespace ?? (spec.targets.kubernetes?.namespace as string | undefined) ?? cluster.defaultNamespace;
  // The render says which objects a deploy of this spec owns; their live versions are what is checked.
  const wanted = renderKubernetes(spec, { image: `${spec.image}@${PLACEHOLDER_DIGEST}`, namespace }).objects;
  const docs: YamlDocument<Record<string, unknown>>[] = [];
  const images: string[] = [];
  for (const object of wanted) {
    const live = await readLive(cluster, { ...object, metadata: { ...object.metadata, namespace: object.metadata.namespace ?? namespace } });
    if (!live) {
      if (object.kind === 'Deployment') throw new InputError(`--live: Deployment ${namespace}/${object.metadata.name} is not in the cluster (${cluster.source}): nothing deployed to audit`);
      options.logger?.warning(`--live: ${object.kind} ${namespace}/${object.metadata.name} is not in the cluster`);
      continue;
    }
    const clean = withoutServerFields(live as unknown as Record<string, unknown>);
    docs.push(...parseYamlDocuments(objectYaml(clean), `cluster/${namespace}/${object.kind}/${object.metadata.name}`));
    if (object.kind === 'Deployment') {
      const containers = ((clean.spec as { template?: { spec?: { containers?: Array<{ image?: string }> } } }).template?.spec?.containers ?? []).map((c) => c.image).filter((i): i is string => typeof i === 'string');
      images.push(...containers.filter((i) => i.startsWith(`${spec.image}@`) || i.startsWith(`${spec.image}:`)));
    }
  }
  return { docs, namespace, images };
}

/** Reads the live inputs; the caller merges them over the file inputs (the spec stays the file's). */
export async function loadLiveInputs(spec: DeploySpec, options: LiveOptions): Promise<Partial<ChecklistInputs>> {
  const out: Partial<ChecklistInputs> = {};
  const { docs, images } = await liveManifests(spec, options);
  out.manifests = docs;
  const deployed = images.find((i) => i.includes('@sha256:'));
  if (deployed && options.rescan !== false) {
    const { scanImage } = await import('../scan/scan-image.js');
    const report = await scanImage(`docker://${deployed}`, { ...options.imageOptions, logger: options.logger });
    out.scanReport = { file: `rescan of ${deployed}`, value: report as unknown as Record<string, unknown> };
  }
  if (options.url) {
    const { runHealthGate } = await import('../health/gate.js');
    const { healthFromSpec } = await import('../health/from-spec.js');
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      throw new InputError(`--url "${options.url}" is not a URL`);
    }
    const report = await runHealthGate({ target: { kind: 'url', url }, transport: 'auto', headers: {}, timeoutMs: 30_000, strict: false, allowAuthRequired: false, ...healthFromSpec(spec), logger: options.logger });
    out.healthReport = { file: `health of ${url.origin}${url.pathname}`, value: report as unknown as Record<string, unknown> };
  }
  return out;
}
