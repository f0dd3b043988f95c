/** The Dockerfile as the rules see it (dockerfile-ast, parsed once per text): base images, ENV and ARG with their lines. */
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';

export interface BaseImage {
  /** As written, with build arguments expanded from their defaults where declared. */
  image: string;
  name: string;
  tag?: string;
  digest?: string;
  line: number;
  /** A build stage of this file (`FROM build`), `scratch`, or a reference left unresolved by an argument without a default. */
  kind: 'image' | 'stage' | 'scratch' | 'unresolved';
}

export interface Assignment {
  keyword: 'ENV' | 'ARG';
  name: string;
  /** The value as written; undefined for `ARG NAME` without a default. */
  value?: string;
  line: number;
}

const cache = new Map<string, Dockerfile>();

function parsed(text: string): Dockerfile {
  let doc = cache.get(text);
  if (!doc) {
    doc = DockerfileParser.parse(text);
    if (cache.size > 16) cache.clear();
    cache.set(text, doc);
  }
  return doc;
}

/** Expands `$NAME` / `${NAME}` / `${NAME:-default}` from the defaults of the ARGs before the first FROM. */
function expand(text: string, args: Map<string, string | undefined>): string | undefined {
  let unresolved = false;
  const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    const value = args.get((braced ?? bare)!) ?? fallback;
    if (value === undefined) unresolved = true;
    return value ?? '';
  });
  return unresolved ? undefined : out;
}

/** Splits `registry:5000/repo:tag@sha256:...` into name, tag and digest. */
function splitReference(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, digest };
}

export function baseImages(text: string): BaseImage[] {
  const doc = parsed(text);
  const args = new Map<string, string | undefined>();
  for (const arg of doc.getInitialARGs()) {
    const p = arg.getProperty();
    if (p) args.set(p.getName(), p.getValue() ?? undefined);
  }
  const stages = new Set<string>();
  return doc.getFROMs().map((from) => {
    const line = from.getRange().start.line + 1;
    const written = from.getImage() ?? '';
    const stage = from.getBuildStage();
    const image = written.includes('$') ? expand(written, args) : written;
    let result: BaseImage;
    if (image === undefined) result = { image: written, name: written, line, kind: 'unresolved' };
    else if (stages.has(image.toLowerCase())) result = { image, name: image, line, kind: 'stage' };
    else if (image.toLowerCase() === 'scratch') result = { image, name: image, line, kind: 'scratch' };
    else result = { image, ...splitReference(image), line, kind: 'image' };
    if (stage) stages.add(stage.toLowerCase());
    return result;
  });
}

export function assignments(text: string): Assignment[] {
  const doc = parsed(text);
  const out: Assignment[] = [];
  for (const env of doc.getENVs()) {
    for (const p of env.getProperties()) out.push({ keyword: 'ENV', name: p.getName(), value: p.getValue() ?? '', line: p.getRange().start.line + 1 });
  }
  for (const arg of doc.getARGs()) {
    const p = arg.getProperty();
    if (p) out.push({ keyword: 'ARG', name: p.getName(), value: p.getValue() ?? undefined, line: p.getRange().start.line + 1 });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The HEALTHCHECK instructions of the last stage (the image's), with lines. */
export function healthchecks(text: string): Array<{ line: number; none: boolean }> {
  const doc = parsed(text);
  const froms = doc.getFROMs();
  const lastFrom = froms.length ? froms[froms.length - 1]!.getRange().start.line : -1;
  return doc
    .getHEALTHCHECKs()
    .filter((h) => h.getRange().start.line > lastFrom)
    .map((h) => ({ line: h.getRange().start.line + 1, none: (h.getArguments()[0]?.getValue() ?? '').toUpperCase() === 'NONE' }));
}
