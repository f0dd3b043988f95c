/**
 * Every pattern against adversarial input: long runs of the characters it repeats, with and
 * without the literal prefixes it needs. A pattern that backtracks catastrophically takes seconds
 * on 64 KB of such text; a linear one takes milliseconds. The bound is generous on purpose: it
 * catches blow-ups, not slowness.
 */
import { describe, expect, test } from '@jest/globals';
import { rules } from '../../../src/scan/rules.js';

function adversarialInputs(source: string): string[] {
  const classes = source.match(/\[(?:\\.|[^\]\\])*\]/g) ?? [];
  const samples = new Set<string>(['a', 'A', '0', ' ', '=', '-', '_', '/', '.', ':', '@', 'x', '\n', '"']);
  for (const cls of classes) {
    const body = cls.slice(1, -1).replace(/^\^/, '');
    const plain = body.replace(/\\[sdwnrt]/g, '').replace(/\\(.)/g, '$1');
    for (const ch of plain.replace(/(.)-(.)/g, '$1$2')) samples.add(ch);
  }
  const literals = source.match(/[A-Za-z_:./-]{3,}/g) ?? [];
  const inputs: string[] = [];
  for (const ch of samples) {
    inputs.push(ch.repeat(65_536));
    for (const lit of literals.slice(0, 4)) inputs.push((lit.replace(/\\/g, '') + ch.repeat(50)).repeat(1_000));
  }
  return inputs;
}

describe('no pattern backtracks catastrophically', () => {
  test.each(rules.map((r) => [r.id, r] as const))('%s stays linear on adversarial input', (_id, rule) => {
    let worst = 0;
    for (const input of adversarialInputs(rule.pattern.source)) {
      const re = new RegExp(rule.pattern.source, rule.pattern.flags);
      const started = performance.now();
      let guard = 0;
      for (let m = re.exec(input); m && guard < 100_000; m = re.exec(input), guard++) if (m[0].length === 0) re.lastIndex++;
      worst = Math.max(worst, performance.now() - started);
    }
    expect(worst).toBeLessThan(2_000);
  }, 120_000);
});
