/**
 * spec → Kubernetes objects, pure: no I/O, no environment. Either the objects rendered from the
 * spec (ServiceAccount, Deployment, Service, and as the spec asks: Ingress, HPA, PDB,
 * ExternalSecrets; always a NetworkPolicy), each validated offline against its OpenAPI schema, or
 * the user's own manifests (read beforehand with readManifestFiles) with the pushed digest put in.
 * Every document is written by the yaml library: spec values come out as data, never as structure.
 */
import { stringify } from 'yaml';
import { parseImageReference, type ImageReference } from '../registry/reference.js';
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import { substituteImages, type ManifestFile } from './kubernetes-manifests.js';
import { metadataFor, type KubernetesObject } from './kubernetes-objects.js';
import { renderAutoscaler, renderDisruptionBudget } from './kubernetes-scaling.js';
import { renderSecrets, type RunnerSecret } from './kubernetes-secrets.js';
import { pinnedImage, readKubernetesSettings, type RenderKubernetesOptions } from './kubernetes-settings.js';
import { renderIngress, renderNetworkPolicy, renderService, sessionAffinity, type Affinity } from './kubernetes-traffic.js';
import { validateObject } from './kubernetes-validate.js';
import { renderDeployment, renderServiceAccount } from './kubernetes-workload.js';

export type { KubernetesObject } from './kubernetes-objects.js';
export type { RenderKubernetesOptions } from './kubernetes-settings.js';

export interface RenderedDocument {
  /** A file name for `render --output DIR`: one per object, or the user's file's own name. */
  name: string;
  text: string;
}

export interface KubernetesRender {
  source: 'spec' | 'manifests';
  objects: KubernetesObject[];
  documents: RenderedDocument[];
  /** Things that will not work as the user likely expects (session affinity); for the log and summary. */
  warnings: string[];
  affinity: Affinity['mode'] | 'manifests';
  /** Secrets whose values the deploy stage must write from the runner before applying. */
  runnerSecrets: RunnerSecret[];
}

/**
 * YAML that kubectl and every client read the same: YAML 1.1 quoting (kubectl's parser takes an
 * unquoted `off` or `y` for a boolean), no anchors or aliases (objects share label maps), no folding.
 */
export function objectYaml(object: unknown): string {
  return stringify(object, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0 });
}

/** The documents as one YAML stream, as `kubectl apply -f -` reads it. */
export function yamlStream(documents: RenderedDocument[]): string {
  return documents.map((d) => (d.text.endsWith('\n') ? d.text : `${d.text}\n`)).join('---\n');
}

function renderFromSpec(spec: DeploySpec, options: RenderKubernetesOptions): KubernetesRender {
  const settings = readKubernetesSettings(spec, options);
  const affinity = sessionAffinity(settings);
  const secrets = renderSecrets(spec, metadataFor(settings));
  const warnings = [...affinity.warnings];
  if (settings.autoscaling && spec.resources?.cpu === undefined) {
    warnings.push(`${settings.name}: scaling on CPU needs a CPU request: set resources.cpu, or the HorizontalPodAutoscaler cannot compute utilization`);
  }
  const objects = [
    renderServiceAccount(settings),
    ...secrets.objects,
    renderDeployment(spec, settings, secrets),
    renderService(settings, affinity),
    renderIngress(settings, affinity),
    renderAutoscaler(settings),
    renderDisruptionBudget(settings),
    renderNetworkPolicy(settings),
  ].filter((o): o is KubernetesObject => o !== undefined);
  objects.forEach(validateObject);
  const documents = objects.map((o, i) => ({ name: `${String(i + 1).padStart(2, '0')}-${o.kind.toLowerCase()}-${o.metadata.name}.yaml`, text: objectYaml(o) }));
  return { source: 'spec', objects, documents, warnings, affinity: affinity.mode, runnerSecrets: secrets.runnerSecrets };
}

function renderFromManifests(spec: DeploySpec, options: RenderKubernetesOptions, manifests: ManifestFile[]): KubernetesRender {
  const { ref } = pinnedImage(options.image);
  const repositories: ImageReference[] = [ref];
  if (spec.image) repositories.push(parseImageReference(spec.image));
  const result = substituteImages(manifests, repositories, ref);
  const seen = new Map<string, number>();
  const documents = result.files.map((f) => {
    const base = f.file.split(/[\\/]/).pop()!;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { name: count ? `${count}-${base}` : base, text: f.text };
  });
  return { source: 'manifests', objects: result.objects, documents, warnings: [], affinity: 'manifests', runnerSecrets: [] };
}

/**
 * Renders what `deploy --target kubernetes` applies. With `targets.kubernetes.manifests` in the
 * spec, `manifests` must hold those files' texts (readManifestFiles).
 */
export function renderKubernetes(spec: DeploySpec, options: RenderKubernetesOptions & { manifests?: ManifestFile[] }): KubernetesRender {
  const wantsManifests = (spec.targets.kubernetes as Record<string, unknown> | undefined)?.manifests !== undefined;
  if (wantsManifests && !options.manifests) throw new InputError(`${spec.file}: targets.kubernetes.manifests is set, but the manifests were not read`);
  return options.manifests ? renderFromManifests(spec, options, options.manifests) : renderFromSpec(spec, options);
}
