/**
 * The render stage's only file reads: the user's manifests named by `targets.kubernetes.manifests`
 * (files, or folders whose *.yaml / *.yml / *.json files are taken in name order, not recursively,
 * as `kubectl apply -f DIR` does), resolved from the spec's folder. A folder holding a
 * kustomization (kustomization.yaml, kustomization.yml or Kustomization), or such a file named
 * directly, is built with `kubectl kustomize` (loadManifestFiles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { DeploySpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import type { ManifestFile } from './kubernetes-manifests.js';

const MANIFEST = /\.(ya?ml|json)$/i;
const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;

/** The manifests setting as a list of paths; undefined when the spec renders its own objects. */
export function manifestPaths(spec: DeploySpec): string[] | undefined {
  const value = (spec.targets.kubernetes as Record<string, unknown> | undefined)?.manifests;
  if (value === undefined) return undefined;
  return typeof value === 'string' ? [value] : (value as string[]);
}

/** One thing to read, in the order the spec names them: a file, or a kustomization folder to build. */
type Source = { kind: 'file'; absolute: string } | { kind: 'kustomization'; dir: string; shown: string };

function listSources(spec: DeploySpec, paths: string[]): Source[] {
  const sources: Source[] = [];
  for (const path of paths) {
    const absolute = resolve(spec.dir, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new InputError(`${spec.file}: targets.kubernetes.manifests: ${path}: no such file or folder (paths resolve from ${spec.dir})`);
    }
    if (!isDirectory) {
      if (KUSTOMIZATION.test(path.split(/[\\/]/).pop()!)) sources.push({ kind: 'kustomization', dir: dirname(absolute), shown: relative(spec.dir, dirname(absolute)) || '.' });
      else sources.push({ kind: 'file', absolute });
      continue;
    }
    const names = readdirSync(absolute).sort();
    if (names.some((n) => KUSTOMIZATION.test(n))) {
      sources.push({ kind: 'kustomization', dir: absolute, shown: relative(spec.dir, absolute) || '.' });
      continue;
    }
    const manifests = names.filter((n) => MANIFEST.test(n) && statSync(join(absolute, n)).isFile());
    if (!manifests.length) throw new InputError(`${spec.file}: targets.kubernetes.manifests: ${path} holds no .yaml, .yml or .json file`);
    manifests.forEach((n) => sources.push({ kind: 'file', absolute: join(absolute, n) }));
  }
  return sources;
}

const readFile = (spec: DeploySpec, absolute: string): ManifestFile => ({ file: relative(spec.dir, absolute) || absolute, text: readFileSync(absolute, 'utf8') });

/** Plain files and folders only; a kustomization needs loadManifestFiles. */
export function readManifestFiles(spec: DeploySpec, paths: string[]): ManifestFile[] {
  return listSources(spec, paths).map((source) => {
    if (source.kind === 'file') return readFile(spec, source.absolute);
    throw new InputError(`targets.kubernetes.manifests: ${source.shown} is a kustomization: it is built with \`kubectl kustomize\` (loadManifestFiles)`);
  });
}

/**
 * Files, folders and kustomizations, in the order named. `kustomize(dir, shown)` builds one
 * kustomization (buildKustomization with a located kubectl); it is called only when one is named.
 * A build's output is named `<folder> (kubectl kustomize).yaml` in errors and `render --output`.
 */
export async function loadManifestFiles(spec: DeploySpec, paths: string[], kustomize: (dir: string, shown: string) => Promise<string>): Promise<ManifestFile[]> {
  const files: ManifestFile[] = [];
  for (const source of listSources(spec, paths)) {
    if (source.kind === 'file') files.push(readFile(spec, source.absolute));
    else files.push({ file: `${source.shown === '.' ? 'kustomization' : source.shown} (kubectl kustomize).yaml`, text: await kustomize(source.dir, source.shown) });
  }
  return files;
}
