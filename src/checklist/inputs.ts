/**
 * The checklist's loader: from the options the CLI or the action parsed, reads and parses every
 * input the rules use (spec, Dockerfile and .dockerignore, image config, compose files, manifests
 * or the spec's Kubernetes render, workflows, scan and health reports). Every missing file is named
 * in one InputError. Locations use paths relative to the workspace, as code scanning wants them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { openImage } from '../image/reader.js';
import type { ReadOptions } from '../image/types.js';
import { loadSpec, type DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { loadWorkflows } from './load-workflows.js';
import type { LiveOptions } from './live.js';
import type { ChecklistInputs, YamlDocument } from './types.js';
import { parseYamlDocuments } from './yaml-documents.js';

export type RenderTarget = 'kubernetes';

export interface ChecklistSources {
  /** Paths resolve from here; locations are relative to it. */
  workspace: string;
  /** The deploy spec; `specOptional`: use mcp-deploy.yml in the workspace when there is one. */
  spec?: string;
  specOptional?: boolean;
  dockerfile?: string;
  /** An image source in transport syntax (docker-archive:..., docker://...). */
  image?: string;
  imageOptions?: ReadOptions;
  compose?: string[];
  /** Files or folders of YAML/JSON manifests (folders read recursively). */
  manifests?: string[];
  /** Render the spec's objects for this target and check them as the manifests. */
  render?: RenderTarget;
  workflows?: string;
  scanReport?: string;
  healthReport?: string;
  pushedDigest?: string;
  /** Audit mode: manifests, scan and health read from what is deployed (src/checklist/live.ts). */
  live?: LiveOptions;
  logger?: Logger;
}

const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

class Reader {
  readonly missing: string[] = [];
  constructor(readonly workspace: string) {}

  path(p: string): string {
    return resolve(this.workspace, p);
  }

  /** The name locations use: relative to the workspace when inside it. */
  display(absolute: string): string {
    const rel = relative(this.workspace, absolute);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
  }

  /** The file's text, or undefined (and noted as missing, named as the user wrote it). */
  text(p: string, what: string): string | undefined {
    try {
      return readFileSync(this.path(p), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      this.missing.push(`${what} ${p}${code === 'ENOENT' ? '' : ` (${code ?? (error as Error).message})`}`);
      return undefined;
    }
  }

  exists(p: string, what: string): boolean {
    if (existsSync(this.path(p))) return true;
    this.missing.push(`${what} ${p}`);
    return false;
  }
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : yamlFilesUnder(full);
      return entry.isFile() && MANIFEST_FILE.test(entry.name) ? [full] : [];
    });
}

function readManifests(reader: Reader, paths: string[]): YamlDocument<Record<string, unknown>>[] {
  const docs: YamlDocument<Record<string, unknown>>[] = [];
  for (const p of paths) {
    if (!reader.exists(p, '--manifests')) continue;
    const absolute = reader.path(p);
    const files = statSync(absolute).isDirectory() ? yamlFilesUnder(absolute) : [absolute];
    if (!files.length) throw new InputError(`--manifests ${p}: holds no .yaml, .yml or .json file`);
    for (const file of files) docs.push(...parseYamlDocuments(readFileSync(file, 'utf8'), reader.display(file)).filter((d) => d.value && typeof d.value === 'object'));
  }
  return docs;
}

/** The .dockerignore Docker reads for this build: `<Dockerfile>.dockerignore` beside it, else the context's. */
function dockerignoreFor(reader: Reader, dockerfile: string, context: string): ChecklistInputs['dockerignore'] {
  const beside = `${dockerfile}.dockerignore`;
  const path = existsSync(beside) ? beside : join(context, '.dockerignore');
  const file = reader.display(path);
  return existsSync(path) ? { file, text: readFileSync(path, 'utf8') } : { file, text: '', missing: true };
}

async function renderManifests(spec: DeploySpec, pushedDigest: string | undefined, file: string): Promise<YamlDocument<Record<string, unknown>>[]> {
  if (!spec.image) throw new InputError(`--render kubernetes: ${file} has no image (the repository the server is pushed to)`);
  if (!pushedDigest) throw new InputError('--render kubernetes: the pushed digest is needed to render what deploy applies (--pushed-digest sha256:..., or --image docker://REF@sha256:...)');
  const { renderKubernetes } = await import('../render/kubernetes.js');
  const { manifestPaths, readManifestFiles } = await import('../render/manifest-files.js');
  const paths = manifestPaths(spec);
  const result = renderKubernetes(spec, { image: `${spec.image}@${pushedDigest}`, manifests: paths && readManifestFiles(spec, paths) });
  return result.documents.flatMap((d) => parseYamlDocuments(d.text, `render/kubernetes/${d.name}`));
}

async function readImage(source: string, options: ReadOptions | undefined): Promise<NonNullable<ChecklistInputs['image']>> {
  const image = await openImage(source, options);
  try {
    return { source: image.source.display, digest: image.digest, configDigest: image.configDigest, config: image.config };
  } finally {
    await image.close();
  }
}

function readJson(reader: Reader, p: string, what: string): { file: string; value: Record<string, unknown> } | undefined {
  const text = reader.text(p, what);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} ${p}: not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`${what} ${p}: expected a JSON object`);
  return { file: reader.display(reader.path(p)), value: value as Record<string, unknown> };
}

function specFile(sources: ChecklistSources, reader: Reader): string | undefined {
  if (sources.spec) return reader.exists(sources.spec, '--spec') ? sources.spec : undefined;
  return sources.specOptional && existsSync(reader.path('mcp-deploy.yml')) ? 'mcp-deploy.yml' : undefined;
}

/** Reads every input named in `sources`; throws one InputError naming every file that is not there. */
export async function loadChecklistInputs(sources: ChecklistSources): Promise<ChecklistInputs> {
  const reader = new Reader(resolve(sources.workspace));
  if (sources.pushedDigest !== undefined && !DIGEST.test(sources.pushedDigest)) throw new InputError(`--pushed-digest "${sources.pushedDigest}" is not a sha256:<64 hex> digest`);
  const inputs: ChecklistInputs = { sources: {} };
  const specPath = specFile(sources, reader);
  if (specPath) inputs.spec = { file: reader.display(reader.path(specPath)), value: loadSpec(reader.path(specPath)) };

  const spec = inputs.spec?.value;
  const context = spec ? resolve(spec.dir, spec.build.context) : undefined;
  const dockerfilePath = sources.dockerfile ? reader.path(sources.dockerfile) : context ? resolve(context, spec!.build.dockerfile ?? 'Dockerfile') : undefined;
  if (dockerfilePath && (sources.dockerfile || spec?.build.dockerfile || existsSync(dockerfilePath))) {
    const text = reader.text(sources.dockerfile ?? dockerfilePath, '--dockerfile');
    if (text !== undefined) {
      const file = reader.display(dockerfilePath);
      inputs.dockerfile = { file, text };
      inputs.sources![file] = text;
      inputs.dockerignore = dockerignoreFor(reader, dockerfilePath, context ?? dirname(dockerfilePath));
    }
  }
  for (const p of sources.compose ?? []) {
    const text = reader.text(p, '--compose');
    if (text !== undefined) (inputs.compose ??= []).push(...parseYamlDocuments(text, reader.display(reader.path(p))));
  }
  if (sources.manifests?.length) inputs.manifests = readManifests(reader, sources.manifests);
  if (sources.workflows && reader.exists(sources.workflows, '--workflows')) {
    inputs.workflows = loadWorkflows(reader.path(sources.workflows)).map((doc) => {
      const absolute = reader.path(doc.file);
      const file = reader.display(absolute);
      inputs.sources![file] ??= readFileSync(absolute, 'utf8');
      return file === doc.file ? doc : { ...doc, file, locate: (path) => ({ ...doc.locate(path), file }) };
    });
  }
  if (sources.scanReport) inputs.scanReport = readJson(reader, sources.scanReport, '--scan-report');
  if (sources.healthReport) inputs.healthReport = readJson(reader, sources.healthReport, '--health-report');
  if (reader.missing.length) throw new InputError(`checklist: ${reader.missing.length === 1 ? 'this input does' : 'these inputs do'} not exist: ${reader.missing.join(', ')}`);

  if (sources.image) inputs.image = await readImage(sources.image, sources.imageOptions);
  inputs.pushedDigest = sources.pushedDigest ?? (sources.image?.startsWith('docker://') ? inputs.image?.digest : undefined);
  if (sources.live) {
    if (!inputs.spec) throw new InputError('--live needs the spec (--spec FILE, or mcp-deploy.yml in the working directory): it names what is deployed');
    const { loadLiveInputs } = await import('./live.js');
    const live = await loadLiveInputs(inputs.spec.value, { ...sources.live, imageOptions: sources.imageOptions, logger: sources.logger });
    // What is deployed replaces the files' manifests; a report given as a file still wins.
    inputs.manifests = live.manifests;
    inputs.scanReport ??= live.scanReport;
    inputs.healthReport ??= live.healthReport;
  }
  if (sources.render === 'kubernetes') {
    if (!inputs.spec) throw new InputError('--render kubernetes needs the spec (--spec FILE, or mcp-deploy.yml in the working directory)');
    inputs.manifests = [...(inputs.manifests ?? []), ...(await renderManifests(inputs.spec.value, inputs.pushedDigest, inputs.spec.file))];
  }
  sources.logger?.debug(`checklist inputs: ${Object.keys(inputs).filter((k) => k !== 'sources').join(', ')}`);
  return inputs;
}
