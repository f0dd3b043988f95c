/**
 * The user's Compose file with the server's image substituted through the yaml Document API:
 * every service whose image names the server's repository (by repository, whatever its tag or
 * digest), else the service named like the server, gets the deployed image, replaced where it
 * stands in the text (the node's range), so every other byte stays as written. The image is
 * escaped for Compose interpolation ($ doubled) and quoted for YAML unless it is a plain word.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { parseImageReference } from '../../registry/reference.js';
import { composeLiteral } from '../../run/compose-file.js';
import type { DeploySpec } from '../../spec/spec.js';
import { InputError } from '../../util/errors.js';

export interface SubstitutedCompose {
  text: string;
  /** The services that now run the image. */
  services: string[];
}

/** registry/repository of an image reference; undefined for one Compose would interpolate, or not a reference. */
function repositoryOf(image: string): string | undefined {
  if (image.includes('$')) return undefined;
  try {
    const ref = parseImageReference(image);
    return `${ref.registry}/${ref.repository}`;
  } catch {
    return undefined;
  }
}

/** Substitutes `image` in the text of the Compose file `file` (named in errors). */
export function substituteComposeImage(text: string, file: string, spec: DeploySpec, image: string): SubstitutedCompose {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(e.pos[0]);
    throw new InputError(`${file}:${line}:${col}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const services = doc.get('services');
  if (!isMap(services)) throw new InputError(`${file}: no services mapping (targets.compose.file must be a Compose file)`);
  const wanted = new Set([repositoryOf(image), spec.image ? repositoryOf(spec.image) : undefined].filter((r): r is string => r !== undefined));
  const entries = services.items.flatMap((item) => (isScalar(item.key) && isMap(item.value) ? [{ name: String(item.key.value), service: item.value as YAMLMap }] : []));
  let chosen = entries.filter(({ service }) => {
    const current = service.get('image');
    const repository = typeof current === 'string' ? repositoryOf(current) : undefined;
    return repository !== undefined && wanted.has(repository);
  });
  if (!chosen.length) chosen = entries.filter((e) => e.name === spec.server.name);
  if (!chosen.length) {
    throw new InputError(
      `${file}: no service runs the server's image (${[...wanted].join(' or ')}) and none is named "${spec.server.name}": ` +
        'name the server\'s service after server.name, or give it image: with the spec\'s image repository',
    );
  }
  const value = composeLiteral(image);
  const names = chosen.map((c) => c.name);
  const nodes = chosen.map(({ service }) => service.get('image', true));
  if (nodes.every((n) => isScalar(n) && n.range)) {
    // Each image is replaced where it stands, so every other byte of the file stays as written.
    const ranges = nodes.map((n) => (n as Scalar).range!).sort((a, b) => b[0] - a[0]);
    const written = PLAIN_SAFE.test(value) ? value : JSON.stringify(value);
    return { text: ranges.reduce((t, [start, end]) => t.slice(0, start) + written + t.slice(end), text), services: names };
  }
  // A service without image: (build only) gets one: the document is written again, comments kept.
  for (const { service } of chosen) service.set('image', value);
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), services: names };
}

/** A YAML plain scalar in block and flow context alike (image references are; anything else is double-quoted). */
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/:@$-]*$/;

/** Reads targets.compose.file (relative to the spec's folder) and substitutes the image. */
export function readUserCompose(spec: DeploySpec, path: string, image: string): SubstitutedCompose {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${spec.file}: targets.compose.file: ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return substituteComposeImage(text, path, spec, image);
}
