/**
 * spec → the Knative `serving.knative.dev/v1` Service that `gcloud run services replace` applies,
 * pure. The new revision is named `<service>-<suffix>` and, as a candidate, takes no traffic behind
 * a tag (the gate runs on the tag's URL); promotion moves all traffic to it and drops the tag.
 * Validated offline by @kubernetes-models/knative and by Cloud Run's documented limits.
 */
import type { IService } from '@kubernetes-models/knative/serving.knative.dev/v1/Service';
import { Service } from '@kubernetes-models/knative/serving.knative.dev/v1/Service';
import { requireCloudGrammar } from '../spec/cloud-grammar.js';
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import { cloudImage, cloudSecrets, cloudYaml, cookieAffinityWarning, instanceCounts, plainEnv, revisionSuffix, specError, targetSettings, type CloudRender, type RenderCloudOptions } from './cloud-settings.js';
import { cloudRunResources } from './cloudrun-resources.js';

export interface RenderCloudRunOptions extends RenderCloudOptions {
  /** candidate (default): the new revision takes no traffic, behind `tag`; promote: it takes all traffic. */
  stage?: 'candidate' | 'promote';
  /** The candidate's tag (default candidate): its URL is https://TAG---SERVICE-....run.app. */
  tag?: string;
  /** The revision serving now, which keeps its traffic while the candidate is gated (none on a first deploy). */
  servingRevision?: string;
}

/** Cloud Run sets these itself and refuses a revision that sets them. */
const RESERVED_ENV = ['PORT', 'K_SERVICE', 'K_REVISION', 'K_CONFIGURATION'];
/** An SSE stream ends when the request times out: the maximum by default. */
const DEFAULT_TIMEOUT_SECONDS = 3600;
const DEFAULT_CONCURRENCY = 80;
/** A tagged URL is `TAG---SERVICE-HASH-REGION.a.run.app`; its first label holds 63 characters, the hash and region code take 14 plus the separators. */
const TAG_AND_SERVICE_MAX = 46;

type Container = NonNullable<NonNullable<NonNullable<IService['spec']>['template']>['spec']>['containers'][number];

type Probe = NonNullable<Container['livenessProbe']>;

/** Cloud Run reads startupProbe (the Knative models, lacking it, let it through validation). */
function probes(spec: DeploySpec): { startupProbe: Probe; livenessProbe?: Probe } {
  const port = spec.server.port;
  const path = spec.server.transport === 'stdio' ? '/healthz' : spec.health.path;
  // Up to two minutes to start; Cloud Run caps a startup probe at 240 s in all.
  const startup = { periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 60 };
  if (!path) return { startupProbe: { tcpSocket: { port }, ...startup } }; // Cloud Run's liveness probes are HTTP or gRPC only
  return { startupProbe: { httpGet: { path, port }, ...startup }, livenessProbe: { httpGet: { path, port }, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 } };
}

/** Secret Manager references; a secret of another project gets an alias (run.googleapis.com/secrets). */
function secretEnv(spec: DeploySpec, warnings: string[]): { env: Container['env']; aliases: string[] } {
  const aliases: string[] = [];
  const env = cloudSecrets(spec, 'cloudrun').map(({ name, ref }) => {
    const secret = String(ref.secret);
    const version = ref.version === undefined ? 'latest' : String(ref.version);
    if (version === 'latest') warnings.push(`${spec.server.name}: secret ${name} reads version latest of ${secret}: a new version reaches new instances unannounced; pin from.gcp.version`);
    const id = secret.split('/').pop()!;
    let key = id;
    if (secret.startsWith('projects/')) {
      key = `${id}-${aliases.length + 1}`.toLowerCase().replace(/_/g, '-');
      aliases.push(`${key}:${secret}`);
    }
    return { name, valueFrom: { secretKeyRef: { name: key, key: version } } };
  });
  return { env, aliases };
}

function traffic(options: RenderCloudRunOptions, service: string, revision: string, tag: string): NonNullable<IService['spec']>['traffic'] {
  if (options.stage === 'promote') return [{ revisionName: revision, percent: 100 }];
  if (options.servingRevision === undefined) return [{ revisionName: revision, percent: 100, tag }]; // nothing serves yet
  if (!options.servingRevision.startsWith(`${service}-`)) throw new InputError(`--serving-revision: ${JSON.stringify(options.servingRevision)} is not a revision of service ${service}`);
  const serving = requireCloudGrammar('revisionSuffix', options.servingRevision.slice(service.length + 1), '--serving-revision (after the service name)');
  if (options.servingRevision === revision) throw new InputError(`--serving-revision: ${revision} is the revision this render creates; give a new --revision-suffix`);
  return [
    { revisionName: `${service}-${serving}`, percent: 100 },
    { revisionName: revision, percent: 0, tag },
  ];
}

export function renderCloudRun(spec: DeploySpec, options: RenderCloudRunOptions): CloudRender {
  const target = targetSettings(spec, 'cloudrun');
  const warnings: string[] = [];
  const service = requireCloudGrammar('cloudRunService', (target.service as string | undefined) ?? spec.server.name, `${spec.file}: targets.cloudrun.service${target.service === undefined ? ' (default: server.name)' : ''}`);
  const { text: image, digestHex } = cloudImage(options.image);
  const revision = `${service}-${revisionSuffix(options, digestHex)}`;
  if (revision.length > 63) throw new InputError(`--revision-suffix: revision name ${revision} is longer than 63 characters (a DNS label)`);
  const tag = requireCloudGrammar('cloudRunTag', options.tag ?? 'candidate', '--tag');
  if (tag.length + service.length > TAG_AND_SERVICE_MAX) {
    throw specError(spec, 'targets.cloudrun.service', `tag "${tag}" and service "${service}" together exceed ${TAG_AND_SERVICE_MAX} characters: the tagged URL's first DNS label would pass 63; shorten one`);
  }
  for (const name of RESERVED_ENV) {
    if (name in spec.env || spec.secrets.some((s) => s.name === name)) throw specError(spec, `env.${name}`, `${name} is set by Cloud Run itself (the container port is server.port)`);
  }
  const concurrency = (target.concurrency as number | undefined) ?? DEFAULT_CONCURRENCY;
  const resources = cloudRunResources(spec, concurrency, warnings);
  const { min, max, multi } = instanceCounts(spec);
  if (multi) warnings.push(cookieAffinityWarning(spec, 'cloudrun', 'Cloud Run session affinity (run.googleapis.com/sessionAffinity) is on, and it is a best-effort cookie'));
  const secrets = secretEnv(spec, warnings);
  const env = [...plainEnv(spec, 'cloudrun', warnings).map(([name, value]) => ({ name, value })), ...(secrets.env ?? [])];

  const annotations: Record<string, string> = {
    'autoscaling.knative.dev/minScale': String(min),
    'autoscaling.knative.dev/maxScale': String(max),
    'run.googleapis.com/execution-environment': resources.executionEnvironment,
    'run.googleapis.com/startup-cpu-boost': 'true',
    ...(multi ? { 'run.googleapis.com/sessionAffinity': 'true' } : {}),
    ...(secrets.aliases.length ? { 'run.googleapis.com/secrets': secrets.aliases.join(',') } : {}),
  };
  const document: IService = {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: {
      name: service,
      ...(target.project !== undefined ? { namespace: target.project as string } : {}),
      labels: { 'managed-by': 'mcp-orchestrator', ...(target.region !== undefined ? { 'cloud.googleapis.com/location': target.region as string } : {}) },
      annotations: { 'run.googleapis.com/ingress': (target.ingress as string | undefined) ?? 'all' },
    },
    spec: {
      template: {
        metadata: { name: revision, annotations },
        spec: {
          containerConcurrency: concurrency,
          timeoutSeconds: (target.timeout as number | undefined) ?? DEFAULT_TIMEOUT_SECONDS,
          ...(target['service-account'] !== undefined ? { serviceAccountName: target['service-account'] as string } : {}),
          containers: [
            {
              name: spec.server.name,
              image,
              ports: [{ name: 'http1', containerPort: spec.server.port }],
              ...(env.length ? { env } : {}),
              resources: { limits: { cpu: resources.cpu, memory: resources.memory } },
              ...probes(spec),
            },
          ],
        },
      },
      traffic: traffic(options, service, revision, tag),
    },
  };
  try {
    new Service(document).validate();
  } catch (error) {
    throw new Error(`rendered Cloud Run service ${service} is not a valid serving.knative.dev/v1 Service: ${(error as Error).message}`, { cause: error });
  }
  const value = document as unknown as Record<string, unknown>;
  return { target: 'cloudrun', documents: [{ name: 'service.yaml', text: cloudYaml(value), value }], revision, warnings };
}
