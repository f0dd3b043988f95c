import { expect, test } from '@jest/globals';
import { renamedOption, type CommandContext } from '../../../src/cli/command.js';
import { readImageOptions } from '../../../src/cli/image-options.js';
import { InputError } from '../../../src/util/errors.js';
import { silentLogger } from '../../../src/util/logger.js';

const ctx: CommandContext = { argv: [], logger: silentLogger, stdout: () => {}, env: { REG_PASS: 'pw-from-env' }, cwd: '/' };

test.each([
  [{ 'registry-username': 'alice', 'registry-password-env': 'REG_PASS' }],
  [{ username: 'alice', 'password-env': 'REG_PASS' }],
])('the registry credentials read the same under the actions\' names and the earlier CLI names: %j', (values) => {
  const options = readImageOptions({ ...values, registry: 'ghcr.io' }, ctx);
  expect(options.registry).toMatchObject({ username: 'alice', password: 'pw-from-env', credentialHost: 'ghcr.io' });
});

test('a name and its alias given with different values is an input error naming both', () => {
  expect(() => renamedOption({ 'scan-report': 'a.json', output: 'b.json' }, 'scan-report', 'output')).toThrow(InputError);
  expect(() => renamedOption({ 'scan-report': 'a.json', output: 'b.json' }, 'scan-report', 'output')).toThrow('--scan-report and --output (its other name) disagree');
  expect(renamedOption({ 'scan-report': 'a.json', output: 'a.json' }, 'scan-report', 'output')).toBe('a.json');
  expect(renamedOption({ output: 'b.json' } as { 'scan-report'?: string; output?: string }, 'scan-report', 'output')).toBe('b.json');
});
