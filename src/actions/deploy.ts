/**
 * actions/deploy: inputs → the Kubernetes or Compose deploy engine (apply, roll out, gate the new
 * revision, roll back on failure) → outputs, the handoff file, a job summary.
 */
import * as core from '@actions/core';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { ComposeDeployResult } from '../deploy/compose/deploy.js';
import type { KubernetesDeployResult } from '../deploy/kubernetes/types.js';
import { kubernetesHandoff, type HandoffDocument } from '../handoff/handoff.js';
import { loadManifestFiles, manifestPaths } from '../render/manifest-files.js';
import { kustomizeWithKubectl } from '../render/kustomize.js';
import { pinnedImage } from '../render/kubernetes-settings.js';
import { requireGrammar } from '../spec/grammar.js';
import { loadSpec, type DeploySpec } from '../spec/spec.js';
import { errorMessage, InputError } from '../util/errors.js';
import { whileHandlingSignals } from '../util/signals.js';
import { findKubeconfigFiles } from '../deploy/kubernetes/kubeconfig-files.js';
import { parseChoice, parseDuration, parseInteger } from '../util/parse.js';
import { composeSummary, kubernetesSummary } from './deploy-summary.js';
import { getBooleanInput, getChoiceInput, getOptionalInput, getPathInput, getRequiredInput, getSecretInput, runnerTempDir, workspaceDir } from './inputs.js';
import { actionLogger, group, runAction, setOutputs, writeJsonReport, writeSummary } from './run-action.js';

/** Where the cluster's credentials come from: the kubeconfig input's content, KUBECONFIG's files, or in-cluster. */
export type ClusterSource = { kind: 'content'; content: string } | { kind: 'files'; files: string[] } | { kind: 'in-cluster' };

interface CommonInputs {
  spec: DeploySpec;
  handoffFile: string;
  /** Where the applied manifests are written (kubernetes). */
  manifestsFile: string;
  timeoutMs?: number;
}

export interface KubernetesInputs extends CommonInputs {
  target: 'kubernetes';
  image: string;
  cluster: ClusterSource;
  context?: string;
  namespace?: string;
  createNamespace: boolean;
  strategy?: 'candidate' | 'rolling';
  dryRun: boolean;
  forceConflicts: boolean;
  onFailure?: 'rollback' | 'keep';
  progressDeadlineSeconds?: number;
}

export interface ComposeInputs extends CommonInputs {
  target: 'compose';
  image?: string;
  port?: number;
  url?: string;
}

export type DeployInputs = KubernetesInputs | ComposeInputs;

/** Kubeconfig fields that hold credentials: each is masked on its own too, so a log line that quotes one value is masked. */
const CREDENTIAL_FIELDS = new Set(['token', 'password', 'client-key-data', 'client-certificate-data', 'id-token', 'refresh-token', 'client-secret', 'value']);

/** Parses the kubeconfig input and masks its credential values (exec env values too); errors never quote it. */
function maskKubeconfig(content: string): void {
  const doc = parseDocument(content);
  const error = doc.errors[0];
  const parsed: unknown = error ? undefined : doc.toJS();
  const walk = (node: unknown, key?: string): void => {
    if (typeof node === 'string' && key && CREDENTIAL_FIELDS.has(key) && node.length >= 6) core.setSecret(node);
    else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(parsed);
  if (!parsed || typeof parsed !== 'object' || !('clusters' in parsed)) {
    const where = error ? `: invalid YAML at line ${error.linePos?.[0].line ?? '?'}` : '';
    throw new InputError(`input kubeconfig: not a kubeconfig (YAML with clusters, users and contexts)${where}; pass the file's content, e.g. \${{ secrets.KUBECONFIG }}`);
  }
}

/** The kubeconfig input (already masked), else KUBECONFIG's list (as kubectl reads it), else ~/.kube/config, else in-cluster. */
function clusterSource(content: string | undefined): ClusterSource {
  if (content !== undefined) return { kind: 'content', content };
  const found = findKubeconfigFiles(process.env, workspaceDir());
  if (found === 'in-cluster') return { kind: 'in-cluster' };
  if (found) return { kind: 'files', files: found };
  throw new InputError(
    'input kubeconfig: not given, and no KUBECONFIG, ~/.kube/config or in-cluster service account: pass the kubeconfig as a secret, ' +
      'or log in first (azure/aks-set-context, google-github-actions/get-gke-credentials, aws eks update-kubeconfig)',
  );
}

function getDurationOption(name: string): number | undefined {
  const value = getOptionalInput(name);
  return value === undefined ? undefined : parseDuration(value, `input ${name}`);
}

/** Inputs that only mean something on Kubernetes (or on Compose): refused on the other target rather than ignored. */
const KUBERNETES_ONLY = ['kubeconfig', 'context', 'namespace', 'strategy', 'on-failure', 'progress-deadline'];
const COMPOSE_ONLY = ['port', 'url'];
const KUBERNETES_SWITCHES = ['create-namespace', 'dry-run', 'force-conflicts'];

function refuseOtherTarget(target: 'kubernetes' | 'compose'): void {
  const given = (target === 'compose' ? KUBERNETES_ONLY : COMPOSE_ONLY).find((name) => getOptionalInput(name) !== undefined);
  const switched = target === 'compose' ? KUBERNETES_SWITCHES.find((name) => getBooleanInput(name, false)) : undefined;
  if (given ?? switched) throw new InputError(`input ${given ?? switched}: a ${target === 'compose' ? 'Kubernetes' : 'Compose'} input, not used with target ${target}`);
}

/** Every input, validated, before any work. Secrets are masked first. */
export function getInputs(): DeployInputs {
  const kubeconfig = getSecretInput('kubeconfig');
  if (kubeconfig !== undefined) maskKubeconfig(kubeconfig);
  const target = parseChoice(getRequiredInput('target'), ['kubernetes', 'compose'] as const, 'input target');
  refuseOtherTarget(target);
  const specFile = getPathInput('spec', { fallback: 'mcp-deploy.yml' });
  if (!existsSync(specFile)) throw new InputError(`input spec: ${specFile} does not exist; pass the deploy spec's path`);
  const common = {
    handoffFile: getPathInput('handoff-file', { output: true }) ?? join(runnerTempDir(), 'mcp-orchestrator-handoff.json'),
    manifestsFile: join(runnerTempDir(), 'mcp-orchestrator-manifests.yaml'),
    timeoutMs: getDurationOption('timeout'),
  };
  if (target === 'compose') {
    const port = getOptionalInput('port');
    const url = getOptionalInput('url');
    if (url !== undefined && !/^https?:\/\/[^\s]+$/.test(url)) throw new InputError(`input url: "${url}" is not an http(s) URL`);
    return { target, ...common, image: getOptionalInput('image'), port: port === undefined ? undefined : parseInteger(port, 'input port', 1, 65535), url, spec: loadSpec(specFile) };
  }
  const image = getOptionalInput('image');
  if (image === undefined) throw new InputError('Input required and not supplied: image (the pushed image by digest, REPOSITORY@sha256:...; required for target kubernetes)');
  try {
    pinnedImage(image);
  } catch (error) {
    throw new InputError(errorMessage(error).replace(/^--image/, 'input image'));
  }
  const namespace = getOptionalInput('namespace');
  const deadline = getDurationOption('progress-deadline');
  const strategy = getOptionalInput('strategy');
  const onFailure = getOptionalInput('on-failure');
  return {
    target,
    ...common,
    image,
    cluster: clusterSource(kubeconfig),
    context: getOptionalInput('context'),
    namespace: namespace === undefined ? undefined : requireGrammar('dnsLabel', namespace, 'input namespace'),
    createNamespace: getBooleanInput('create-namespace', false),
    strategy: strategy === undefined ? undefined : getChoiceInput('strategy', ['candidate', 'rolling'] as const, 'candidate'),
    dryRun: getBooleanInput('dry-run', false),
    forceConflicts: getBooleanInput('force-conflicts', false),
    onFailure: onFailure === undefined ? undefined : getChoiceInput('on-failure', ['rollback', 'keep'] as const, 'rollback'),
    progressDeadlineSeconds: deadline === undefined ? undefined : Math.max(1, Math.round(deadline / 1000)),
    spec: loadSpec(specFile),
  };
}

/** The kubeconfig input as a file only this user reads, in a folder of its own under RUNNER_TEMP; removed by the returned function. */
function writeKubeconfig(content: string): { files: string[]; remove: () => void } {
  const dir = mkdtempSync(join(runnerTempDir(), 'mcp-orchestrator-kube-'));
  const file = join(dir, 'config');
  writeFileSync(file, content, { mode: 0o600 });
  return { files: [file], remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function deployToKubernetes(options: KubernetesInputs): Promise<void> {
  const [{ deployKubernetes, DeployFailure }, { manifestsFileText }] = await Promise.all([import('../deploy/kubernetes/deploy.js'), import('../deploy/kubernetes/manifests-file.js')]);
  const paths = manifestPaths(options.spec);
  const manifests = paths && (await loadManifestFiles(options.spec, paths, kustomizeWithKubectl({ env: process.env, logger: actionLogger })));
  const written = options.cluster.kind === 'content' ? writeKubeconfig(options.cluster.content) : undefined;
  const files = written?.files ?? (options.cluster.kind === 'files' ? options.cluster.files : undefined);
  const report = async (result: KubernetesDeployResult) => {
    const handoff = kubernetesHandoff(options.spec, result);
    if (handoff) writeJsonReport(options.handoffFile, handoff);
    writeFileSync(options.manifestsFile, manifestsFileText(result));
    setOutputs({
      url: result.url,
      namespace: result.namespace,
      revision: result.revision,
      digest: result.digest,
      'tools-hash': result.toolsHash ?? '',
      'rolled-back': result.rolledBack,
      handoff: handoff ? options.handoffFile : undefined,
      manifests: options.manifestsFile,
    });
    await writeSummary(kubernetesSummary(result, handoff));
  };
  try {
    // SIGINT/SIGTERM (a cancelled job) stop the deploy between steps, as in the CLI.
    const result = await whileHandlingSignals((signal) =>
      group(`Deploy ${options.spec.server.name} to Kubernetes`, () =>
        deployKubernetes({
          spec: options.spec,
          image: options.image,
          cluster: { kubeconfig: files, inCluster: files === undefined, context: options.context },
          namespace: options.namespace,
          createNamespace: options.createNamespace,
          strategy: options.strategy,
          dryRun: options.dryRun,
          forceConflicts: options.forceConflicts,
          onFailure: options.onFailure,
          timeoutMs: options.timeoutMs,
          progressDeadlineSeconds: options.progressDeadlineSeconds,
          manifests,
          secretValues: process.env,
          logger: actionLogger,
          signal,
        }),
      ),
    );
    await group('Outputs, handoff and summary', () => report(result));
  } catch (error) {
    if (error instanceof DeployFailure) await report(error.result);
    throw error;
  } finally {
    written?.remove();
  }
}

async function deployToCompose(options: ComposeInputs): Promise<void> {
  const { deployCompose, ComposeDeployFailure } = await import('../deploy/compose/deploy.js');
  const report = async (result: ComposeDeployResult, handoff: HandoffDocument | undefined) => {
    if (handoff) writeJsonReport(options.handoffFile, handoff);
    setOutputs({
      url: result.url,
      namespace: '',
      revision: '',
      digest: result.digest ?? '',
      'tools-hash': result.toolsHash ?? '',
      'rolled-back': result.rolledBack,
      handoff: handoff ? options.handoffFile : undefined,
    });
    await writeSummary(composeSummary(result, handoff));
  };
  try {
    // A cancelled job (SIGINT, then SIGTERM) restores what ran before, as on Kubernetes.
    const result = await group(`Deploy ${options.spec.server.name} with Compose`, () =>
      whileHandlingSignals((signal) => deployCompose({ spec: options.spec, image: options.image, port: options.port, url: options.url, timeoutMs: options.timeoutMs, env: process.env, logger: actionLogger, signal })),
    );
    await group('Outputs, handoff and summary', () => report(result, result.handoff));
  } catch (error) {
    if (error instanceof ComposeDeployFailure && error.result) await report(error.result, undefined);
    throw error;
  }
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const options = getInputs();
    if (options.target === 'kubernetes') await deployToKubernetes(options);
    else await deployToCompose(options);
  });
}
