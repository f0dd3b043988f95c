/**
 * The Compose document a compose deploy (and `up`) applies, and `render --target compose` prints:
 * - generated from the spec: one service on the host network, the server bound to the engine's
 *   loopback (or, on a remote engine, to every address), env from the spec, secrets by name only;
 *   written through the yaml library, every value from the spec or the caller escaped for Compose
 *   interpolation ($ doubled), so only the file's own secret references (${NAME}) are looked up;
 * - or the user's file (targets.compose.file) with the server's image substituted through the
 *   yaml Document API: every service whose image names the server's repository (whatever its tag
 *   or digest), else the service named like the server, gets the deployed image, replaced where
 *   it stands in the text (the node's range), so every other byte stays as written.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, stringify, type Scalar, type YAMLMap } from 'yaml';
import { parseImageReference } from '../../registry/reference.js';
import { renderAuth } from '../../render/auth.js';
import type { DeploySpec } from '../../spec/spec.js';
import { InputError } from '../../util/errors.js';
import type { Logger } from '../../util/logger.js';

/** A value Compose passes on as written: it interpolates $VAR and ${VAR}, and reads $$ as one $. */
export const composeLiteral = (value: string): string => value.replace(/\$/g, () => '$$');

export interface ComposeDocument {
  text: string;
  /** The services that run the server's image. */
  services: string[];
  /** The user's file (targets.compose.file, absolute) when it is theirs; its folder is the Compose project directory. */
  userFile?: string;
}

export interface GeneratedOptions {
  /** Host port the server listens on. */
  port: number;
  /** The address the server binds to: the engine's loopback address, or 0.0.0.0 on a remote engine. */
  bind: string;
  /** The environment Compose will run in: only read to warn about secrets it lacks. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

/**
 * The server's `environment` in the generated file: where it listens, env from the spec, then
 * each secret by name (Compose takes its value from the environment it runs in). The one place
 * a service's environment is built: what the server needs from the deploy goes here.
 */
export function serviceEnvironment(spec: DeploySpec, options: GeneratedOptions): string[] {
  const { port, bind, env, logger } = options;
  const literal: Array<[string, string]> = [
    ['PORT', String(port)],
    ['HOST', bind],
    ['MCP_BRIDGE_HOST', bind],
    ['MCP_BRIDGE_PORT', String(port)],
    ['MCP_BRIDGE_PATH', spec.server.path],
    ...Object.entries(spec.env),
    ...renderAuth(spec, 'compose').env,
  ];
  const environment = literal.map(([k, v]) => `${k}=${composeLiteral(v)}`);
  for (const secret of [...spec.secrets, ...renderAuth(spec, 'compose').secrets]) {
    // Both names are environment variable names (the schema pins them), so ${from} is safe to write.
    const from = (secret.from as { env?: string }).env;
    if (from) {
      if (!env[from]) logger.warning(`secret ${secret.name}: ${from} is not set in this environment; the server starts without it`);
      environment.push(from === secret.name ? secret.name : `${secret.name}=\${${from}}`);
    } else {
      logger.warning(`secret ${secret.name}: ${Object.keys(secret.from)[0]} references are for cluster targets; Compose passes the environment variable ${secret.name} if set`);
      environment.push(secret.name);
    }
  }
  return environment;
}

/** The generated Compose file: one service named like the server. */
export function generatedCompose(spec: DeploySpec, image: string, options: GeneratedOptions): string {
  return stringify({
    version: '2.4',
    services: {
      [spec.server.name]: {
        image: composeLiteral(image),
        network_mode: 'host',
        environment: serviceEnvironment(spec, options),
        restart: 'unless-stopped',
        // Hardening the checklist asks of every target (HRD002, HRD004, OBS002): no privilege gain
        // through setuid binaries, no Linux capabilities (the server binds an unprivileged port), and
        // rotated logs. The root filesystem stays writable: servers write caches and data in place.
        security_opt: ['no-new-privileges:true'],
        cap_drop: ['ALL'],
        logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
        labels: { 'io.mcp-orchestrator.spec': composeLiteral(spec.file) },
        ...(spec.resources?.memory ? { mem_limit: composeLiteral(spec.resources.memory.replace(/i$/, '').toLowerCase()) } : {}),
      },
    },
  });
}

/** targets.compose.file of the spec, resolved from the spec's folder; undefined when the file is generated. */
export function userComposeFile(spec: DeploySpec): string | undefined {
  const file = (spec.targets.compose as { file?: string } | undefined)?.file;
  return file ? resolve(spec.dir, file) : undefined;
}

/** The Compose project directory: the user's file's folder (its relative paths resolve from there). */
export const projectDirectory = (spec: DeploySpec): string | undefined => {
  const file = userComposeFile(spec);
  return file ? dirname(file) : undefined;
};

/** The document for `image`: the user's file with the image substituted, else the generated one. */
export function composeDocument(spec: DeploySpec, image: string, options: GeneratedOptions): ComposeDocument {
  const userFile = userComposeFile(spec);
  if (userFile) return { ...readUserCompose(spec, userFile, image), userFile };
  return { text: generatedCompose(spec, image, options), services: [spec.server.name] };
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
export function substituteComposeImage(text: string, file: string, spec: DeploySpec, image: string): Omit<ComposeDocument, 'userFile'> {
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

/** Reads targets.compose.file and substitutes the image. */
export function readUserCompose(spec: DeploySpec, path: string, image: string): Omit<ComposeDocument, 'userFile'> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${spec.file}: targets.compose.file: ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return substituteComposeImage(text, path, spec, image);
}
