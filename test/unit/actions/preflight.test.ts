import { afterEach, beforeEach, expect, jest, test } from '@jest/globals';
import { preflight } from '../../../src/actions/preflight.js';

let written: string[];
const saved = { ...process.env };
beforeEach(() => {
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  process.exitCode = undefined;
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

test('a missing required input fails with the message and exit code core.setFailed gives, and nothing else is printed', () => {
  process.env.INPUT_IMAGE = 'docker-archive:a.tar';
  expect(preflight({ action: 'push', required: ['image', 'destinations'] })).toBe(false);
  expect(written).toEqual(['::error::Input required and not supplied: destinations\n']);
  expect(process.exitCode).toBe(1);
});

test('a blank required input counts as missing, as core.getInput trims it', () => {
  process.env.INPUT_SPEC = '  \n ';
  expect(preflight({ action: 'package', required: ['spec'] })).toBe(false);
});

test('input names map to variables as @actions/core maps them (spaces to _, upper case)', () => {
  process.env['INPUT_MY_INPUT'] = 'x';
  expect(preflight({ action: 'a', required: ['my input'] })).toBe(true);
});

test('the first line echoes image references, one line even for a multi-line list', () => {
  process.env.INPUT_IMAGE = 'docker-archive:/tmp/image.tar';
  process.env.INPUT_DESTINATIONS = 'docker://ghcr.io/acme/weather:1\ndocker://127.0.0.1:5000/acme/weather';
  expect(preflight({ action: 'ship', required: ['image'], echo: ['image', 'destinations'] })).toBe(true);
  expect(written).toEqual(['mcp-orchestrator ship: image docker-archive:/tmp/image.tar; destinations docker://ghcr.io/acme/weather:1, docker://127.0.0.1:5000/acme/weather\n']);
});

test.each([
  ['a URL with user-info', 'https://user:hunter2hunter2@registry.example/acme/x'],
  ['a value with spaces (not a reference)', 'ghp_abc def'],
  ['a value that would start a workflow command on its own line', 'x\n::add-mask::y'],
])('does not echo %s', (_what, value) => {
  process.env.INPUT_IMAGE = value;
  expect(preflight({ action: 'scan', required: ['image'], echo: ['image'] })).toBe(true);
  expect(written).toEqual(['mcp-orchestrator scan: image (given)\n']);
});
