/**
 * The render stage's only file reads: the user's manifests named by `targets.kubernetes.manifests`
 * (files, or folders whose *.yaml / *.yml / *.json files are taken in name order, not recursively,
 * as `kubectl apply -f DIR` does), resolved from the spec's folder. Kustomizations are refused for
 * now with a way around (`kubectl kustomize`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

function kustomizationError(path: string): InputError {
  return new InputError(
    `targets.kubernetes.manifests: ${path} is a kustomization, which render does not build yet: ` +
      'run `kubectl kustomize DIR > manifests.yaml` and name that file instead',
  );
}

export function readManifestFiles(spec: DeploySpec, paths: string[]): ManifestFile[] {
  const files: ManifestFile[] = [];
  const read = (absolute: string) => files.push({ file: relative(spec.dir, absolute) || absolute, text: readFileSync(absolute, 'utf8') });
  for (const path of paths) {
    const absolute = resolve(spec.dir, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new InputError(`${spec.file}: targets.kubernetes.manifests: ${path}: no such file or folder (paths resolve from ${spec.dir})`);
    }
    if (!isDirectory) {
      if (KUSTOMIZATION.test(path.split(/[\\/]/).pop()!)) throw kustomizationError(path);
      read(absolute);
      continue;
    }
    const names = readdirSync(absolute).sort();
    if (names.some((n) => KUSTOMIZATION.test(n))) throw kustomizationError(path);
    const manifests = names.filter((n) => MANIFEST.test(n) && statSync(join(absolute, n)).isFile());
    if (!manifests.length) throw new InputError(`${spec.file}: targets.kubernetes.manifests: ${path} holds no .yaml, .yml or .json file`);
    manifests.forEach((n) => read(join(absolute, n)));
  }
  return files;
}
