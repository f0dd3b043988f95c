/** The CLI loads a command's module only when it runs: the list it loads from must name them right. */
import { describe, expect, test } from '@jest/globals';
import { main } from '../../../src/cli/main.js';
import { commands } from '../../../src/cli/commands/index.js';

describe('the command list', () => {
  test('each name loads the command of that name', async () => {
    for (const entry of commands) expect((await entry.load()).name).toBe(entry.name);
  });

  test('--help lists every command with its summary, and an unknown command gets the same list', async () => {
    let out = '';
    expect(await main(['--help'], { stdout: (t) => (out += t) })).toBe(0);
    for (const entry of commands) expect(out).toMatch(new RegExp(`^  ${entry.name} +\\S`, 'm'));
    let err = '';
    expect(await main(['nope'], { stderr: (t) => (err += t) })).toBe(2);
    expect(err).toContain(out.trim());
  });
});
