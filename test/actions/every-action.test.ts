/**
 * Rules every action of the suite keeps, checked over actions/* and the root action.yml:
 * node24 with its committed bundle, every input and output described, and, run with no inputs
 * under Node 24, one ::error:: that names a required input, no stack trace, exit code 1.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { stageActions } from '../helpers/actions.js';
import { repoRoot } from '../helpers/paths.js';
import { runAction } from '../helpers/run-action.js';

interface ActionYaml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const actionFiles = [
  join(repoRoot, 'action.yml'),
  ...stageActions().map((name) => join(repoRoot, 'actions', name, 'action.yml')),
];

const cases = actionFiles.map((file) => {
  const action = parse(readFileSync(file, 'utf8')) as ActionYaml;
  const bundle = resolve(dirname(file), action.runs.main);
  return { file: file.slice(repoRoot.length + 1), action, bundle, name: dirname(bundle).split('/').pop()! };
});

describe.each(cases)('$file', ({ action, bundle, name }) => {
  test('runs on node24 from a committed bundle', () => {
    expect(action.runs.using).toBe('node24');
    expect(existsSync(bundle)).toBe(true);
  });

  test('describes itself, every input (with its default) and every output', () => {
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    for (const [input, spec] of Object.entries(action.inputs ?? {})) {
      expect({ input, described: Boolean(spec.description) }).toEqual({ input, described: true });
    }
    for (const [output, spec] of Object.entries(action.outputs ?? {})) {
      expect({ output, described: Boolean(spec.description) }).toEqual({ output, described: true });
    }
  });

  test('with no inputs fails with one ::error:: naming a required input, no stack trace', async () => {
    const result = await runAction(name);
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    const missing = /^Input required and not supplied: ([\w-]+)/.exec(errors[0]!.message)?.[1];
    // An action whose target is one of several inputs (health: url or command) declares none required.
    const required = Object.entries(action.inputs ?? {}).filter(([, s]) => s.required).map(([n]) => n);
    expect(required.length ? required : Object.keys(action.inputs ?? {})).toContain(missing);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  }, 60_000);
});
