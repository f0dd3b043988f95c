/** What kind of MCP server a build context holds: Node (npm, pnpm, yarn) or Python (pip, uv), and its start command. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { InputError } from '../util/errors.js';

export interface Project {
  kind: 'node' | 'python';
  manager: 'npm' | 'pnpm' | 'yarn' | 'pip' | 'uv';
  name: string;
  version: string;
  /** The server's start command inside the image, relative to /app. */
  command: string[];
  /** Whether it has a build step (package.json scripts.build). */
  hasBuild: boolean;
}

// The names a registry accepts: npm's (validate-npm-package-name, old-style capitals allowed) and
// PEP 508's. The name is written into the generated Dockerfile, so anything else is refused.
const NPM_NAME = /^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/i;
const PYTHON_NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

function checkedName(name: unknown, pattern: RegExp, where: string, fallback: string): string {
  if (name === undefined) return fallback;
  if (typeof name !== 'string' || name.length > 214 || !pattern.test(name)) {
    const says = pattern === NPM_NAME ? 'an npm package name (letters, digits, - . _ ~, an optional @scope/)' : 'a Python project name (PEP 508: letters, digits, - . _)';
    throw new InputError(`${where}: "name" ${JSON.stringify(name)} is not ${says}`);
  }
  return name;
}

function readJson(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function nodeCommand(pkg: Record<string, unknown>, where: string): string[] {
  const bin = pkg.bin;
  const first = typeof bin === 'string' ? bin : bin && typeof bin === 'object' ? (Object.values(bin)[0] as string | undefined) : undefined;
  if (first) return ['node', first.replace(/^\.\//, '')];
  const start = (pkg.scripts as Record<string, string> | undefined)?.start;
  const m = start ? /^node\s+(\S+)\s*$/.exec(start.trim()) : null;
  if (m) return ['node', m[1]!];
  if (typeof pkg.main === 'string') return ['node', pkg.main];
  throw new InputError(`${where}: cannot tell how to start the server: give "bin", "main" or a "start": "node FILE" script, or server.command in the spec`);
}

export function detectProject(context: string, command?: string[]): Project {
  const pkgPath = join(context, 'package.json');
  if (existsSync(pkgPath)) {
    const pkg = readJson(pkgPath);
    const manager = existsSync(join(context, 'pnpm-lock.yaml')) ? 'pnpm' : existsSync(join(context, 'yarn.lock')) ? 'yarn' : 'npm';
    return {
      kind: 'node',
      manager,
      name: checkedName(pkg.name, NPM_NAME, pkgPath, 'mcp-server'),
      version: String(pkg.version ?? '0.0.0'),
      command: command ?? nodeCommand(pkg, pkgPath),
      hasBuild: Boolean((pkg.scripts as Record<string, string> | undefined)?.build),
    };
  }
  const pyPath = join(context, 'pyproject.toml');
  if (existsSync(pyPath) || existsSync(join(context, 'requirements.txt'))) {
    let project: { name?: string; version?: string; scripts?: Record<string, string> } = {};
    if (existsSync(pyPath)) {
      try {
        project = ((parseToml(readFileSync(pyPath, 'utf8')) as { project?: typeof project }).project ?? {}) as typeof project;
      } catch (error) {
        throw new InputError(`${pyPath}: not valid TOML (${(error as Error).message.split('\n')[0]})`);
      }
    }
    const script = Object.keys(project.scripts ?? {})[0];
    const fallback = existsSync(join(context, 'server.py')) ? ['python3', 'server.py'] : existsSync(join(context, 'main.py')) ? ['python3', 'main.py'] : undefined;
    const start = command ?? (script ? [script] : fallback);
    if (!start) throw new InputError(`${pyPath}: cannot tell how to start the server: give [project.scripts], a server.py, or server.command in the spec`);
    const name = checkedName(project.name, PYTHON_NAME, pyPath, 'mcp-server');
    return { kind: 'python', manager: existsSync(join(context, 'uv.lock')) ? 'uv' : 'pip', name, version: String(project.version ?? '0.0.0'), command: start, hasBuild: false };
  }
  throw new InputError(`${context}: no package.json, pyproject.toml or requirements.txt: write a Dockerfile (build.dockerfile) or point build.context at the server`);
}
