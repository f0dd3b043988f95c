/**
 * Dockerfile templates for MCP servers without one. Multi-stage, non-root, a HEALTHCHECK, and for
 * stdio servers the bridge (the CLI bundle, one file) as the entrypoint.
 *  - install "image": dependencies are installed inside the build (npm ci, pnpm/yarn through
 *    corepack, pip, uv), the default on GitHub's runners;
 *  - install "host": the context is a staging directory the package stage prepared on the host
 *    (dependencies installed, built, pruned), copied in as is: no network inside the build.
 * Values from the spec and the project are written escaped for the Dockerfile: argv in JSON form,
 * ENV values double-quoted with \ " and $ escaped, image references checked against their grammar;
 * a value that would still break a line is refused.
 */
import { requireGrammar } from '../spec/grammar.js';
import type { ServerTransport } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import type { Project } from './detect.js';

export const DEFAULT_BASES = { node: 'node:22-bookworm-slim', python: 'python:3.12-slim-bookworm' } as const;
/** Where the bridge lives in images of stdio servers. */
export const BRIDGE_DIR = '/opt/mcp-orchestrator';
export const BRIDGE_PATH = `${BRIDGE_DIR}/index.js`;
/** In the build context (or staging directory), where the package stage puts the bridge bundle's folder. */
export const BRIDGE_CONTEXT_DIR = '.mcp-orchestrator';

export interface TemplateInput {
  project: Project;
  transport: ServerTransport;
  port: number;
  path: string;
  base: string;
  /** For Python stdio servers: the image that provides the node binary for the bridge. */
  nodeImage: string;
  install: 'image' | 'host';
}

const json = (value: unknown) => JSON.stringify(value);

/** An ENV value as one double-quoted word: no variable substitution, no word splitting (BuildKit's shell-word rules). */
export function envValue(value: string): string {
  if (/[\r\n]/.test(value)) throw new InputError(`${JSON.stringify(value)}: a line break cannot be written into a Dockerfile ENV value`);
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

function installSteps(project: Project): string[] {
  switch (project.manager) {
    case 'pnpm':
      return ['COPY package.json pnpm-lock.yaml ./', 'RUN corepack enable && pnpm install --frozen-lockfile'];
    case 'yarn':
      return ['COPY package.json yarn.lock ./', 'RUN corepack enable && yarn install --immutable'];
    case 'npm':
      return ['COPY package.json package-lock.json* ./', 'RUN npm ci'];
    case 'uv':
      return ['COPY pyproject.toml uv.lock ./', 'RUN pip install --no-cache-dir uv && uv export --frozen --no-dev -o requirements.txt && pip install --no-cache-dir --target /app/.deps -r requirements.txt'];
    case 'pip':
      return ['COPY . .', 'RUN if [ -f requirements.txt ]; then pip install --no-cache-dir --target /app/.deps -r requirements.txt; fi'];
  }
}

function pruneStep(project: Project): string {
  if (project.manager === 'pnpm') return 'RUN pnpm prune --prod';
  if (project.manager === 'yarn') return 'RUN yarn workspaces focus --all --production || true';
  return 'RUN npm prune --omit=dev';
}

/** A HEALTHCHECK with what the image has: node for Node images and bridged ones, python otherwise. */
function healthcheck(input: TemplateInput): string {
  const bridged = input.transport === 'stdio';
  const probe =
    input.project.kind === 'node' || bridged
      ? bridged
        ? ['node', '-e', `fetch('http://127.0.0.1:${input.port}/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`]
        : ['node', '-e', `require('net').connect(${input.port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))`]
      : ['python3', '-c', `import socket; socket.create_connection(('127.0.0.1', ${input.port}), 3)`];
  return `HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ${json(probe)}`;
}

function runtime(input: TemplateInput): string[] {
  const { project, port, path } = input;
  const lines = ['WORKDIR /app', `ENV PORT=${port}`];
  if (project.kind === 'node') lines.push('ENV NODE_ENV=production');
  if (project.kind === 'python') lines.push('ENV PYTHONPATH=/app/.deps PYTHONUNBUFFERED=1');
  if (input.transport === 'stdio') {
    if (project.kind === 'python') lines.push(`COPY --from=${input.nodeImage} /usr/local/bin/node /usr/local/bin/node`);
    lines.push(
      `COPY ${BRIDGE_CONTEXT_DIR}/ ${BRIDGE_DIR}/`,
      // The bridge binds every interface in a container; `up` runs it on loopback through MCP_BRIDGE_HOST.
      `ENV MCP_BRIDGE_HOST=0.0.0.0 MCP_BRIDGE_PORT=${port} MCP_BRIDGE_PATH=${envValue(path)}`,
    );
  }
  lines.push(`EXPOSE ${port}`, 'USER 10001:10001', healthcheck(input));
  if (input.transport === 'stdio') {
    lines.push(`ENTRYPOINT ${json(['node', BRIDGE_PATH, 'bridge', '--'])}`, `CMD ${json(project.command)}`);
  } else {
    lines.push(`CMD ${json(project.command)}`);
  }
  return lines;
}

function instructions(input: TemplateInput): string[] {
  const { project, base } = input;
  // The first line, a plain comment, ends the builder's search for parser directives (# escape=...)
  // before any value of the user's project appears; those are JSON-quoted, from package.json or pyproject.toml.
  const header = ['# Generated by mcp-orchestrator package.', `# For ${json(project.name)} ${json(project.version)} (${project.kind}, ${project.manager}, install on the ${input.install}).`];
  if (input.install === 'host') {
    // The staging directory already holds the built, pruned server: one stage builds nothing.
    return [...header, `FROM ${base} AS app`, 'WORKDIR /app', 'COPY . /app', '', `FROM ${base}`, 'COPY --from=app /app /app', ...runtime(input)];
  }
  const build =
    project.kind === 'node'
      ? [`FROM ${base} AS build`, 'WORKDIR /app', ...installSteps(project), 'COPY . .', ...(project.hasBuild ? [`RUN ${project.manager} run build`] : []), pruneStep(project)]
      : [`FROM ${base} AS build`, 'WORKDIR /app', ...installSteps(project), 'COPY . .'];
  return [...header, ...build, '', `FROM ${base}`, 'COPY --from=build /app /app', ...runtime(input)];
}

export function generateDockerfile(input: TemplateInput): string {
  requireGrammar('imageReference', input.base, 'base image');
  if (input.transport === 'stdio' && input.project.kind === 'python') requireGrammar('imageReference', input.nodeImage, 'node image');
  const lines = instructions(input);
  // Each entry is one line: whatever slipped past the checks above cannot add an instruction.
  const broken = lines.find((l) => /[\r\n]/.test(l));
  if (broken !== undefined) throw new InputError(`generated Dockerfile: refusing a line break inside ${JSON.stringify(broken)}`);
  return `${lines.join('\n')}\n`;
}
