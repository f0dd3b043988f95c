/**
 * mcp-deploy.yml: parsed with positions, validated against the shipped JSON Schema (ajv), and
 * returned with defaults applied. A bad spec gets one error per problem naming the file, line and
 * column, the field, and what was expected.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../util/errors.js';
import { readAuth, readGateCredentials, type GateCredentials, type SpecAuth } from './auth.js';
import { deploySchema } from './schema.js';

export type { BearerSecret, GateCredentials, SpecAuth } from './auth.js';

export type ServerTransport = 'streamable-http' | 'sse' | 'stdio';

export interface DeploySpec {
  /** The spec file's directory: relative paths in the spec resolve from here. */
  dir: string;
  file: string;
  server: { name: string; transport: ServerTransport; port: number; path: string; command?: string[] };
  build: { context: string; dockerfile?: string; base?: string; install: 'image' | 'host'; args: Record<string, string>; secrets: Array<{ id: string; env: string }> };
  image?: string;
  env: Record<string, string>;
  secrets: Array<{ name: string; from: Record<string, unknown>; rotation?: string; refresh?: string }>;
  resources?: { cpu?: string | number; memory?: string };
  scaling?: { min?: number; max?: number; cpu?: number };
  health: { expectTools?: string[]; contract?: string; strict?: boolean; smoke?: { tool: string; arguments?: Record<string, unknown> }; timeout?: string; allowAuthRequired?: boolean; path?: string; auth?: GateCredentials };
  ingress?: { host?: string; tls?: { secret?: string } };
  targets: Record<string, Record<string, unknown>>;
  /** Who may call the server (absent: none). */
  auth?: SpecAuth;
}

// Compiled on first use: the CLI's other commands do not pay for it at start.
let compiled: ReturnType<Ajv['compile']> | undefined;
// verbose: errors carry the value and the schema node, for patternErrorMessage.
const validator = () => (compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(deploySchema as object));

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(p.additionalProperty)}"`;
    case 'required':
      return `missing required field "${String(p.missingProperty)}"`;
    case 'enum':
      return `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `expected ${String(p.type).replace(',', ' or ')}`;
    case 'pattern': {
      // Values print JSON-quoted: a line break in one shows as \n and keeps the error one line.
      const says = (error.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage;
      const what = error.propertyName !== undefined ? `the key ${JSON.stringify(error.propertyName)}` : JSON.stringify(error.data);
      return says ? `${what} is not ${says}` : `${what} does not match ${String(p.pattern)}`;
    }
    default:
      return error.message ?? error.keyword;
  }
}

/** Parses and validates spec text; `file` names it in errors. */
export function parseSpec(text: string, file: string): DeploySpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return file;
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (doc.errors.length) {
    throw new InputError(doc.errors.map((e) => `${at(e.pos[0])}: invalid YAML: ${e.message.split('\n')[0]}`).join('\n'));
  }
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new InputError(`${file}: expected a mapping with at least "server"`);
  const validate = validator();
  if (!validate(data)) {
    // oneOf adds a summary error on top of its branches' ones; keep the most specific.
    // propertyNames repeats its pattern error as a summary; keep the pattern one (it names the key).
    const errors = (validate.errors ?? []).filter((e) => (e.keyword !== 'oneOf' || (validate.errors ?? []).length === 1) && e.keyword !== 'propertyNames');
    const seen = new Set<string>();
    const lines = errors
      .map((e) => {
        const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        const key = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: string }).additionalProperty) : e.propertyName;
        const field = key !== undefined ? [...path, key] : path;
        const node = doc.getIn(field, true) ?? doc.getIn(path, true);
        const range = isNode(node) ? node.range?.[0] : undefined;
        const keyNode = key !== undefined ? findKey(doc, path, key) : undefined;
        return `${at(keyNode ?? range)}: ${path.join('.') || '(top level)'}: ${describe(e)}`;
      })
      .filter((l) => !seen.has(l) && seen.add(l));
    throw new InputError(`${file} is not a valid deploy spec:\n  ${lines.join('\n  ')}`);
  }
  const where = (path: string[]) => {
    const node = doc.getIn(path, true);
    return at((path.length ? findKey(doc, path.slice(0, -1), path.at(-1)!) : undefined) ?? (isNode(node) ? node.range?.[0] : undefined));
  };
  const spec = withDefaults(data as Record<string, never>, file);
  const raw = data as { auth?: unknown; health?: { auth?: unknown } };
  spec.auth = readAuth(raw.auth, file, where);
  const credentials = readGateCredentials(raw.health?.auth, spec.auth, file, where);
  if (Object.keys(credentials).length) spec.health.auth = credentials;
  return spec;
}

function findKey(doc: ReturnType<typeof parseDocument>, path: string[], key: string): number | undefined {
  const parent = path.length ? doc.getIn(path, true) : doc.contents;
  const items = (parent as { items?: Array<{ key?: { value?: unknown; range?: [number] } }> } | null)?.items ?? [];
  return items.find((i) => i.key?.value === key)?.key?.range?.[0];
}

const asStrings = (o: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, String(v)]));

function withDefaults(raw: Record<string, never>, file: string): DeploySpec {
  const server = raw.server as Record<string, unknown>;
  const build = (raw.build ?? {}) as Record<string, unknown>;
  const health = (raw.health ?? {}) as Record<string, unknown>;
  const command = server.command as string | string[] | undefined;
  return {
    dir: dirname(resolve(file)),
    file,
    server: {
      name: server.name as string,
      transport: (server.transport as ServerTransport) ?? 'streamable-http',
      port: (server.port as number) ?? 8080,
      path: (server.path as string) ?? '/mcp',
      command: typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : command,
    },
    build: {
      context: (build.context as string) ?? '.',
      dockerfile: build.dockerfile as string | undefined,
      base: build.base as string | undefined,
      install: (build.install as 'image' | 'host') ?? 'image',
      args: asStrings(build.args as Record<string, unknown>),
      secrets: (build.secrets as Array<{ id: string; env: string }>) ?? [],
    },
    image: raw.image as string | undefined,
    env: asStrings(raw.env as Record<string, unknown>),
    secrets: (raw.secrets as DeploySpec['secrets']) ?? [],
    resources: raw.resources,
    scaling: raw.scaling,
    health: {
      expectTools: health['expect-tools'] as string[] | undefined,
      contract: health.contract as string | undefined,
      strict: health.strict as boolean | undefined,
      smoke: health.smoke as DeploySpec['health']['smoke'],
      timeout: health.timeout as string | undefined,
      allowAuthRequired: health['allow-auth-required'] as boolean | undefined,
      path: health.path as string | undefined,
    },
    ingress: raw.ingress,
    targets: (raw.targets as Record<string, Record<string, unknown>>) ?? {},
  };
}

export function loadSpec(path: string): DeploySpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`--spec ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (write an mcp-deploy.yml; see the README)' : (error as Error).message}`);
  }
  return parseSpec(text, path);
}
