/**
 * The `manifests` output: exactly the objects a deploy applied (or, on a dry run, would apply), in
 * order, as one multi-document YAML stream, so a reviewer can diff releases or re-apply one by
 * hand. Secret values never leave the process: a Secret's `data` and `stringData` are left out of
 * its document, and a comment above it names the keys that were written.
 */
import { objectYaml, type KubernetesObject } from '../../render/kubernetes.js';
import { redactText } from '../../scan/redact-text.js';
import type { KubernetesDeployResult } from './types.js';

/** Comment text from a key name or similar: one line, no control characters. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ');

function document(object: KubernetesObject): string {
  if (object.kind !== 'Secret' || object.apiVersion !== 'v1') return objectYaml(object);
  const { data, stringData, ...rest } = object as KubernetesObject & { data?: Record<string, string>; stringData?: Record<string, string> };
  const keys = [...new Set([...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})])].sort();
  const note = keys.length ? `# data keys ${keys.map(oneLine).join(', ')}: applied, values not written here\n` : '';
  return `${note}${objectYaml(rest)}`;
}

/** The objects as one YAML stream (`kubectl apply -f -` reads it), Secret values left out. */
export function appliedManifests(objects: KubernetesObject[]): string {
  return redactText(objects.map(document).join('---\n'));
}

/** What the stream is, in a comment on top: applied, rolled back, or only a dry run. */
function header(result: KubernetesDeployResult): string {
  const what = result.dryRun
    ? 'dry run: would be applied (nothing was)'
    : result.ok
      ? `applied as release ${result.revision}`
      : result.rolledBack
        ? `applied, failed (${oneLine(result.failure ?? '').slice(0, 200)}), and rolled back to release ${result.revision}`
        : `the revision this deploy tried; it failed before or while applying: ${oneLine(result.failure ?? '').slice(0, 200)}`;
  return [
    oneLine(`# mcp-orchestrator deploy of ${result.image} to namespace ${result.namespace} on ${result.server}`),
    `# ${what}`,
    '',
  ].join('\n');
}

/** The file's text: the header and the stream. */
export function manifestsFileText(result: KubernetesDeployResult): string {
  return redactText(`${header(result)}${result.manifests}`);
}
