import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkflows } from '../../../src/checklist/load-workflows.js';
import { InputError } from '../../../src/util/errors.js';

const valid = `name: ci
on:
  push:
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm test
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'load-workflows-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function loadError(path: string): InputError {
  try {
    loadWorkflows(path);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('loadWorkflows', () => {
  test('reads every .yml and .yaml file directly in the folder, sorted, and nothing else', () => {
    write('b.yaml', valid);
    write('a.yml', valid);
    write('notes.md', '# not a workflow');
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'c.yml'), 'not: [a workflow');
    expect(loadWorkflows(dir).map((doc) => doc.file)).toEqual([join(dir, 'a.yml'), join(dir, 'b.yaml')]);
  });

  test('accepts a single workflow file and reads it as YAML 1.2 (the key `on` stays a string)', () => {
    const [doc] = loadWorkflows(write('ci.yml', valid));
    expect(Object.keys(doc.value)).toContain('on');
    expect(doc.value.on).toEqual({ push: null });
  });

  test('locates a step of a job at its line', () => {
    const [doc] = loadWorkflows(write('ci.yml', valid));
    expect(doc.locate(['jobs', 'check', 'steps', 1, 'run'])).toMatchObject({ file: join(dir, 'ci.yml'), line: 11 });
  });

  test('an unknown key is an InputError naming file, line and column (GitHub schema)', () => {
    const file = write('ci.yml', valid.replace('      - run: npm test', '      - run: npm test\n        bogus: 1'));
    expect(loadError(file).message).toContain(`${file}:12:9: Unexpected value 'bogus'`);
  });

  test('a malformed expression is an InputError naming its line', () => {
    const file = write('ci.yml', valid.replace('npm test', 'echo ${{ github.event.( }}'));
    expect(loadError(file).message).toMatch(new RegExp(`${file}:11:\\d+: Unexpected symbol`));
  });

  test('a semantic error found by conversion (needs of an unknown job) is an InputError too', () => {
    const file = write('ci.yml', valid.replace('    runs-on: ubuntu-24.04', '    runs-on: ubuntu-24.04\n    needs: [build]'));
    expect(loadError(file).message).toContain(`${file}:7:3: The workflow must contain at least one job with no dependencies`);
  });

  test('a file that is not one mapping is an InputError', () => {
    expect(loadError(write('ci.yml', '- a\n- b\n')).message).toContain('exactly one YAML mapping');
  });

  test('a missing path is an InputError naming it', () => {
    expect(loadError(join(dir, 'nope')).message).toContain(`${join(dir, 'nope')} does not exist`);
  });
});
