/**
 * A kustomization built by `kubectl kustomize DIR` (kubectl-binary.ts finds or fetches kubectl):
 * the build's YAML stream is then treated as the user's manifests (the pushed digest put in by
 * repository, nothing else changed). A failed build is the user's input: its stderr, redacted.
 */
import { redactText } from '../scan/redact-text.js';
import { InputError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import type { LocateKubectlOptions } from './kubectl-binary.js';

const BUILD_TIMEOUT_MS = 2 * 60_000;

/** `kubectl kustomize dir`'s output; `shown` is how errors name the folder (relative to the spec). */
export async function buildKustomization(kubectl: string, dir: string, shown: string): Promise<string> {
  // Every exit code is collected so that the error is about the kustomization, not the command.
  const result = await exec(kubectl, ['kustomize', dir], { okCodes: Array.from({ length: 256 }, (_, i) => i), timeoutMs: BUILD_TIMEOUT_MS, display: 'kubectl kustomize' });
  if (result.code !== 0) {
    const stderr = redactText(result.stderr.trim()).split('\n').slice(0, 20).join('\n');
    throw new InputError(`targets.kubernetes.manifests: ${shown}: \`kubectl kustomize\` failed (exit ${result.code}): ${stderr || '(no message)'}`);
  }
  if (!result.stdout.trim()) throw new InputError(`targets.kubernetes.manifests: ${shown}: \`kubectl kustomize\` built no objects`);
  return result.stdout;
}

/**
 * The builder loadManifestFiles takes, over the kubectl locateKubectl finds (looked for once, on
 * the first kustomization; tool-cache is loaded only then).
 */
export function kustomizeWithKubectl(options: LocateKubectlOptions): (dir: string, shown: string) => Promise<string> {
  let kubectl: Promise<string> | undefined;
  return async (dir, shown) => {
    kubectl ??= import('./kubectl-binary.js').then(({ locateKubectl }) => locateKubectl(options));
    return buildKustomization(await kubectl, dir, shown);
  };
}
