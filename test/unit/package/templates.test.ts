import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectProject } from '../../../src/package/detect.js';
import { generateDockerfile } from '../../../src/package/dockerfile.js';
import { computeTags, sanitizeTag } from '../../../src/package/tags.js';

function context(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('project detection', () => {
  test('Node: the package manager from the lockfile, the command from bin, start or main', () => {
    expect(detectProject(context({ 'package.json': '{"name":"a","version":"1.2.3","bin":{"a":"./dist/cli.js"},"scripts":{"build":"tsc"}}', 'pnpm-lock.yaml': '' }))).toEqual({ kind: 'node', manager: 'pnpm', name: 'a', version: '1.2.3', command: ['node', 'dist/cli.js'], hasBuild: true });
    expect(detectProject(context({ 'package.json': '{"scripts":{"start":"node server.mjs"}}', 'yarn.lock': '' }))).toMatchObject({ manager: 'yarn', command: ['node', 'server.mjs'], hasBuild: false });
    expect(detectProject(context({ 'package.json': '{"main":"index.js"}' }))).toMatchObject({ manager: 'npm', command: ['node', 'index.js'] });
    expect(() => detectProject(context({ 'package.json': '{"scripts":{"start":"tsx src/x.ts"}}' }))).toThrow(/cannot tell how to start the server/);
  });

  test('Python: pip or uv, the command from project.scripts or server.py', () => {
    expect(detectProject(context({ 'pyproject.toml': '[project]\nname = "p"\nversion = "0.3.0"\n[project.scripts]\np-server = "p:main"\n', 'uv.lock': '' }))).toMatchObject({ kind: 'python', manager: 'uv', command: ['p-server'], version: '0.3.0' });
    expect(detectProject(context({ 'requirements.txt': 'mcp\n', 'server.py': '' }))).toMatchObject({ manager: 'pip', command: ['python3', 'server.py'] });
    expect(() => detectProject(context({ 'pyproject.toml': '[project\n' }))).toThrow(/not valid TOML/);
    expect(() => detectProject(context({ 'README.md': '' }))).toThrow(/no package.json, pyproject.toml or requirements.txt/);
  });
});

describe('generated Dockerfile', () => {
  const node = { kind: 'node' as const, manager: 'npm' as const, name: 'a', version: '1', command: ['node', 'dist/index.js'], hasBuild: true };
  test('image install: multi-stage, npm ci then build then prune, non-root, HEALTHCHECK, the bridge in front of a stdio server', () => {
    const text = generateDockerfile({ project: node, transport: 'stdio', port: 8080, path: '/mcp', base: 'node:22-bookworm-slim@sha256:' + 'a'.repeat(64), nodeImage: 'node:22', install: 'image' });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('FROM '))).toEqual([`FROM node:22-bookworm-slim@sha256:${'a'.repeat(64)} AS build`, `FROM node:22-bookworm-slim@sha256:${'a'.repeat(64)}`]);
    expect(lines.indexOf('RUN npm ci')).toBeLessThan(lines.indexOf('RUN npm run build'));
    expect(lines.indexOf('RUN npm run build')).toBeLessThan(lines.indexOf('RUN npm prune --omit=dev'));
    expect(lines).toContain('USER 10001:10001');
    expect(text).toMatch(/HEALTHCHECK .* CMD \["node","-e","fetch\('http:\/\/127\.0\.0\.1:8080\/healthz'\)/);
    expect(lines).toContain('ENTRYPOINT ["node","/opt/mcp-orchestrator/index.js","bridge","--"]');
    expect(lines).toContain('CMD ["node","dist/index.js"]');
    expect(lines).toContain('ENV MCP_BRIDGE_HOST=0.0.0.0 MCP_BRIDGE_PORT=8080 MCP_BRIDGE_PATH="/mcp"');
  });

  test('an HTTP server runs its own command with a TCP health check; a Python stdio server gets node for the bridge', () => {
    const http = generateDockerfile({ project: node, transport: 'streamable-http', port: 3000, path: '/mcp', base: 'b', nodeImage: 'n', install: 'host' });
    expect(http).not.toContain('ENTRYPOINT');
    expect(http).toContain("require('net').connect(3000");
    const py = generateDockerfile({ project: { kind: 'python', manager: 'pip', name: 'p', version: '1', command: ['python3', 'server.py'], hasBuild: false }, transport: 'stdio', port: 8081, path: '/mcp', base: 'python:3.12-slim', nodeImage: 'local/node:bookworm', install: 'image' });
    expect(py).toContain('COPY --from=local/node:bookworm /usr/local/bin/node /usr/local/bin/node');
    expect(py).toContain('pip install --no-cache-dir --target /app/.deps -r requirements.txt');
  });
});

describe('tags (docker/metadata-action conventions)', () => {
  const sha = '0123456789abcdef0123456789abcdef01234567';
  test.each([
    ['refs/heads/main', ['main', 'sha-0123456']],
    ['refs/heads/feature/new-tool', ['feature-new-tool', 'sha-0123456']],
    ['refs/pull/42/merge', ['pr-42', 'sha-0123456']],
    ['refs/tags/v1.2.3', ['1.2.3', '1.2', '1', 'latest', 'sha-0123456']],
    ['refs/tags/v0.4.1', ['0.4.1', '0.4', 'latest', 'sha-0123456']],
    ['refs/tags/v2.0.0-rc.1', ['2.0.0-rc.1', 'sha-0123456']],
    ['refs/tags/nightly', ['nightly', 'sha-0123456']],
  ])('%s gives the tags %j', (ref, tags) => {
    expect(computeTags({ ref, sha })).toEqual(tags);
  });
  test('sanitised to what docker accepts', () => {
    expect(sanitizeTag('-feat/x@y')).toBe('feat-x-y');
    expect(computeTags({})).toEqual([]);
  });
});
