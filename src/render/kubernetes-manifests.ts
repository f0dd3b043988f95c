/**
 * The user's own manifests with the pushed digest put in: every container and init container whose
 * image names the server's repository (by tag, digest or bare) gets `registry/repository@sha256:...`.
 * Nothing else changes, byte for byte: the yaml library's Document API finds each image scalar and
 * its source range, and only that range of the text is replaced, in the scalar's own quoting style.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Scalar } from 'yaml';
import { formatReference, parseImageReference, type ImageReference } from '../registry/reference.js';
import { InputError } from '../util/errors.js';
import type { KubernetesObject } from './kubernetes-objects.js';

export interface ManifestFile {
  /** As the user named it (shown in errors), relative to the spec's folder. */
  file: string;
  text: string;
}

export interface SubstitutedManifests {
  files: ManifestFile[];
  objects: KubernetesObject[];
  /** Every replaced image, for the summary: where, before, after. */
  replaced: Array<{ file: string; line: number; from: string; to: string }>;
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers']);
// Safe as a plain scalar in block and flow context: no indicators, no ": " or " #".
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/;

const repositoryKey = (ref: ImageReference) => `${ref.registry}/${ref.repository}`;

function tryParseImage(text: string): ImageReference | undefined {
  try {
    return parseImageReference(text);
  } catch {
    return undefined; // templated or otherwise not an image reference: not ours to touch
  }
}

/** The new scalar's source text, in the old one's style where that style can hold it. */
function scalarSource(node: Scalar, value: string): string {
  if (node.type === 'PLAIN' && PLAIN_SAFE.test(value)) return value;
  if (node.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value); // a JSON string is a valid double-quoted YAML scalar
}

/** Image scalars of containers and init containers, anywhere in the document (pods, workloads, CronJobs, CRDs). */
function imageScalars(doc: ReturnType<typeof parseAllDocuments>[number]): Scalar[] {
  const found: Scalar[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !CONTAINER_LISTS.has(String(pair.key.value)) || !isSeq(pair.value)) return;
      for (const item of pair.value.items) {
        if (!isMap(item)) continue;
        const image = item.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'image');
        if (image && isScalar(image.value) && typeof image.value.value === 'string') found.push(image.value);
      }
    },
  });
  return found;
}

/**
 * Replaces the server's image in the given manifest texts. `repositories` are the image names that
 * count as the server's (the spec's `image` and the pushed one); `image` must carry a digest.
 */
export function substituteImages(files: ManifestFile[], repositories: ImageReference[], image: ImageReference): SubstitutedManifests {
  const wanted = new Set(repositories.map(repositoryKey));
  const pinned = formatReference({ registry: image.registry, repository: image.repository, digest: image.digest });
  const out: SubstitutedManifests = { files: [], objects: [], replaced: [] };
  for (const { file, text } of files) {
    const lineCounter = new LineCounter();
    // YAML 1.1, as kubectl reads manifests: `on`, `yes` and merge keys mean what they mean to it.
    const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, version: '1.1' });
    if (!Array.isArray(docs)) continue; // an empty file
    const edits: Array<{ start: number; end: number; source: string }> = [];
    for (const doc of docs) {
      const error = doc.errors[0];
      if (error) throw new InputError(`${file}:${lineCounter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split('\n')[0]}`);
      for (const scalar of imageScalars(doc)) {
        const current = scalar.value as string;
        const ref = tryParseImage(current);
        if (!ref || !wanted.has(repositoryKey(ref)) || !scalar.range) continue;
        edits.push({ start: scalar.range[0], end: scalar.range[1], source: scalarSource(scalar, pinned) });
        out.replaced.push({ file, line: lineCounter.linePos(scalar.range[0]).line, from: current, to: pinned });
      }
    }
    let result = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.source + result.slice(edit.end);
    out.files.push({ file, text: result });
    for (const doc of parseAllDocuments(result, { version: '1.1' }) as ReturnType<typeof parseAllDocuments>) {
      const object = doc.toJS() as KubernetesObject | null;
      if (object) out.objects.push(object);
    }
  }
  if (out.replaced.length === 0) {
    const names = [...wanted].join(', ');
    throw new InputError(
      `targets.kubernetes.manifests: no container or init container in ${files.map((f) => f.file).join(', ') || '(no files)'} uses ${names}: ` +
        'name the server\'s image repository in the manifests (any tag) so the pushed digest can be put in',
    );
  }
  return out;
}
