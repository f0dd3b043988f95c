/**
 * spec → the YAML `az containerapp create|update --yaml` reads, pure, in the ARM property names
 * (typed by @azure/arm-appcontainers where the shapes match: configuration and template). The app
 * runs in multiple-revision mode: the new revision `<app>--<suffix>` starts at weight 0 behind a
 * label (the gate runs on the label's URL), and promotion gives it all the traffic.
 */
import type { Configuration, Container, ContainerAppProbe, ManagedServiceIdentity, Secret, Template, TrafficWeight } from '@azure/arm-appcontainers';
import { requireCloudGrammar } from '../spec/cloud-grammar.js';
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import { cloudImage, cloudSecrets, cloudYaml, cookieAffinityWarning, cpuOf, instanceCounts, memoryMiB, plainEnv, revisionSuffix, specError, targetSettings, type CloudRender, type RenderCloudOptions } from './cloud-settings.js';
import { parseImageReference } from '../registry/reference.js';

export interface RenderContainerAppsOptions extends RenderCloudOptions {
  /** candidate (default): the new revision at weight 0 behind `label`; promote: all traffic to it. */
  stage?: 'candidate' | 'promote';
  label?: string;
  /** The revision serving now, which keeps its traffic while the candidate is gated (none on a first deploy). */
  servingRevision?: string;
}

/** The app document: ARM's envelope around the SDK's Configuration and Template. */
export interface ContainerAppDocument {
  name: string;
  type: 'Microsoft.App/containerApps';
  location?: string;
  tags: Record<string, string>;
  identity?: ManagedServiceIdentity;
  properties: { managedEnvironmentId: string; configuration: Configuration; template: Template };
}

/** A revision name `<app>--<suffix>` holds at most 54 characters (ContainerAppInvalidRevisionName). */
const REVISION_NAME_MAX = 54;
const DEFAULT_CONCURRENCY = 10;
const MAX_CPU = 4;

/** The smallest pair of the table (0.25 vCPU / 0.5Gi up to 4 / 8Gi: memory twice the CPU) holding resources; a warning when it rounds up. */
function resources(spec: DeploySpec, warnings: string[]): { cpu: number; memory: string } {
  const cpu = cpuOf(spec);
  const memoryGi = (memoryMiB(spec) ?? 512) / 1024;
  const quarters = Math.max(Math.ceil((cpu ?? 0.25) * 4 - 1e-9), Math.ceil(memoryGi * 2 - 1e-9), 1);
  if (quarters > MAX_CPU * 4) {
    const field = (cpu ?? 0) > MAX_CPU ? 'resources.cpu' : 'resources.memory';
    throw specError(spec, field, `${field === 'resources.cpu' ? `${cpu} vCPU` : spec.resources?.memory} is above Container Apps' largest size, ${MAX_CPU} vCPU / ${MAX_CPU * 2}Gi`);
  }
  const out = { cpu: quarters / 4, memory: `${quarters / 2}Gi` };
  if ((cpu !== undefined && cpu !== out.cpu) || (spec.resources?.memory !== undefined && Math.abs(memoryGi - quarters / 2) > 1e-9)) {
    warnings.push(`${spec.server.name}: resources (cpu ${cpu ?? '-'}, memory ${spec.resources?.memory ?? '-'}) rounded up to the Container Apps size ${out.cpu} vCPU / ${out.memory}`);
  }
  return out;
}

function probes(spec: DeploySpec): ContainerAppProbe[] {
  const port = spec.server.port;
  const path = spec.server.transport === 'stdio' ? '/healthz' : spec.health.path;
  const check = (p: string | undefined) => (p ? { httpGet: { path: p, port, scheme: 'HTTP' as const } } : { tcpSocket: { port } });
  // Container Apps caps failureThreshold at 10: about 100 s to start.
  return [
    { type: 'Startup', ...check(path), initialDelaySeconds: 1, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 10 },
    { type: 'Readiness', ...check(spec.server.transport === 'stdio' ? '/readyz' : path), periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
    { type: 'Liveness', ...check(path), periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
  ];
}

/** Key Vault references read by the app's identity; each secret's name in the app is derived from its variable. */
function secrets(spec: DeploySpec, identity: string | undefined): { secrets: Secret[]; env: Array<{ name: string; secretRef: string }> } {
  const refs = cloudSecrets(spec, 'containerapps');
  if (refs.length && identity === undefined) throw specError(spec, 'targets.containerapps.identity', 'missing: Key Vault secrets are read by a managed identity (system, or a user-assigned identity\'s resource id)');
  const seen = new Map<string, string>();
  const out: { secrets: Secret[]; env: Array<{ name: string; secretRef: string }> } = { secrets: [], env: [] };
  for (const { name, ref } of refs) {
    const secretName = name.toLowerCase().replace(/_/g, '-').replace(/^-+|-+$/g, '');
    if (!/^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/.test(secretName)) throw specError(spec, 'secrets', `${name}: no Container Apps secret name can be made of it (lowercase letters, digits and -)`);
    if (seen.has(secretName)) throw specError(spec, 'secrets', `${name} and ${seen.get(secretName)} both become the Container Apps secret ${secretName}; rename one`);
    seen.set(secretName, name);
    const url = `https://${String(ref.vault)}.vault.azure.net/secrets/${String(ref.secret)}${ref.version !== undefined ? `/${String(ref.version)}` : ''}`;
    out.secrets.push({ name: secretName, keyVaultUrl: url, identity });
    out.env.push({ name, secretRef: secretName });
  }
  return out;
}

function traffic(options: RenderContainerAppsOptions, app: string, revision: string, label: string): TrafficWeight[] {
  if (options.stage === 'promote' || options.servingRevision === undefined) return [{ revisionName: revision, weight: 100, ...(options.stage === 'promote' ? {} : { label }) }];
  if (!options.servingRevision.startsWith(`${app}--`)) throw new InputError(`--serving-revision: ${JSON.stringify(options.servingRevision)} is not a revision of container app ${app}`);
  requireCloudGrammar('revisionSuffix', options.servingRevision.slice(app.length + 2), '--serving-revision (after the app name and --)');
  if (options.servingRevision === revision) throw new InputError(`--serving-revision: ${revision} is the revision this render creates; give a new --revision-suffix`);
  return [
    { revisionName: options.servingRevision, weight: 100 },
    { revisionName: revision, weight: 0, label },
  ];
}

export function renderContainerApps(spec: DeploySpec, options: RenderContainerAppsOptions): CloudRender {
  const t = targetSettings(spec, 'containerapps');
  for (const field of ['subscription', 'resource-group', 'environment']) {
    if (t[field] === undefined) throw specError(spec, `targets.containerapps.${field}`, 'missing: the app\'s environment is named by subscription, resource-group and environment');
  }
  const warnings: string[] = [];
  const app = requireCloudGrammar('containerAppName', (t.name as string | undefined) ?? spec.server.name, `${spec.file}: targets.containerapps.name${t.name === undefined ? ' (default: server.name)' : ''}`);
  const { text: image, digestHex } = cloudImage(options.image);
  const given = options.revisionSuffix !== undefined;
  let suffix = revisionSuffix(options, digestHex);
  if (!/^[a-z]/.test(suffix)) {
    if (given) throw new InputError(`--revision-suffix: "${suffix}" must start with a letter on Container Apps`);
    suffix = `r${suffix}`;
  }
  const revision = `${app}--${suffix}`;
  if (revision.length > REVISION_NAME_MAX) throw new InputError(`--revision-suffix: revision name ${revision} is longer than ${REVISION_NAME_MAX} characters; shorten the suffix or targets.containerapps.name`);
  const label = requireCloudGrammar('cloudRunTag', options.label ?? 'candidate', '--tag');
  const identity = t.identity as string | undefined;
  const { min, max, multi } = instanceCounts(spec);
  if (multi) warnings.push(cookieAffinityWarning(spec, 'containerapps', 'Container Apps offers sticky sessions only in single-revision mode, and this app runs in multiple-revision mode to gate each new revision at weight 0, so nothing pins a session'));
  const secretRefs = secrets(spec, identity);
  const registry = parseImageReference(image).registry;
  const container: Container = {
    name: spec.server.name,
    image,
    env: [...plainEnv(spec, 'containerapps', warnings).map(([name, value]) => ({ name, value })), ...secretRefs.env],
    resources: resources(spec, warnings),
    probes: probes(spec),
  };
  const document: ContainerAppDocument = {
    name: app,
    type: 'Microsoft.App/containerApps',
    ...(t.location !== undefined ? { location: t.location as string } : {}),
    tags: { 'managed-by': 'mcp-orchestrator' },
    ...(identity === 'system' ? { identity: { type: 'SystemAssigned' } } : identity ? { identity: { type: 'UserAssigned', userAssignedIdentities: { [identity]: {} } } } : {}),
    properties: {
      managedEnvironmentId: `/subscriptions/${String(t.subscription)}/resourceGroups/${String(t['resource-group'])}/providers/Microsoft.App/managedEnvironments/${String(t.environment)}`,
      configuration: {
        activeRevisionsMode: 'Multiple',
        ingress: { external: true, targetPort: spec.server.port, transport: 'http', allowInsecure: false, traffic: traffic(options, app, revision, label) },
        ...(secretRefs.secrets.length ? { secrets: secretRefs.secrets } : {}),
        // An Azure Container Registry is pulled from with the same identity; other registries are public or need credentials outside this render.
        ...(identity && registry.endsWith('.azurecr.io') ? { registries: [{ server: registry, identity }] } : {}),
      },
      template: {
        revisionSuffix: suffix,
        terminationGracePeriodSeconds: spec.server.transport === 'stdio' ? 45 : 30,
        containers: [container],
        scale: { minReplicas: min, maxReplicas: max, rules: [{ name: 'http-concurrency', http: { metadata: { concurrentRequests: String((t.concurrency as number | undefined) ?? DEFAULT_CONCURRENCY) } } }] },
      },
    },
  };
  const value = document as unknown as Record<string, unknown>;
  return { target: 'containerapps', documents: [{ name: 'containerapp.yaml', text: cloudYaml(value), value }], revision, warnings };
}
