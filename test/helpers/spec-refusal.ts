/** For the hostile-value tests of the spec: how a refused value must be reported. */
import { expect } from '@jest/globals';
import { parseSpec } from '../../src/spec/spec.js';

/**
 * Parses `text` as x.yml and expects it refused with one detail line naming the file, `line` and
 * `field`, the value JSON-quoted (a line break in it cannot forge a second line of the error).
 */
export function expectRefusedAt(text: string, field: string, line: number, value: string): void {
  let message = '';
  try {
    parseSpec(text, 'x.yml');
  } catch (error) {
    message = (error as Error).message;
  }
  const lines = message.split('\n').slice(1).map((l) => l.trim());
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^x\\.yml:${line}:\\d+: ${field.replace(/\./g, '\\.')}: `));
  expect(lines[0]).toContain(JSON.stringify(value));
}
