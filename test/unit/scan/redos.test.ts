/**
 * No pattern can backtrack catastrophically, shown from the pattern's structure rather than by a
 * stopwatch: every quantifier is bounded (rules.test.ts), and no repeated group can split the same
 * text two ways (an alternation, or an inner repetition not closed by a character it cannot match,
 * as in `(a{1,9}){1,9}`). The time the patterns take on adversarial input is measured in
 * bench/scan.mjs (`redos`), where timings belong.
 */
import { describe, expect, test } from '@jest/globals';
import { rules } from '../../../src/scan/rules.js';

interface Atom {
  source: string;
  /** A single literal character (after escapes), when the atom is one. */
  literal?: string;
  min: number;
  max: number;
}

interface Group {
  atoms: Atom[];
  alternation: boolean;
  /** Some repetition of variable length inside, at any depth. */
  variable: boolean;
  /** The variable repetitions directly in this group (not in nested groups). */
  variableAtoms: Atom[];
  nestedVariable: boolean;
  start: number;
}

const ESCAPED_LITERAL = /^\\[^dDwWsSbBpPkuxcnrtfv0-9]$/;

/** Why `source` could backtrack catastrophically, or [] when it cannot. */
function ambiguousRepetitions(source: string, flags: string): string[] {
  const problems: string[] = [];
  const stack: Group[] = [{ atoms: [], alternation: false, variable: false, variableAtoms: [], nestedVariable: false, start: 0 }];
  const top = () => stack[stack.length - 1]!;
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    let atom: Atom | undefined;
    let inner: Group | undefined;
    if (ch === '\\') {
      const text = source.slice(i, i + 2);
      atom = { source: text, literal: ESCAPED_LITERAL.test(text) ? text[1] : undefined, min: 1, max: 1 };
      i += 2;
    } else if (ch === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atom = { source: source.slice(i, j + 1), min: 1, max: 1 };
      i = j + 1;
    } else if (ch === '(') {
      stack.push({ atoms: [], alternation: false, variable: false, variableAtoms: [], nestedVariable: false, start: i });
      const prefix = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/.exec(source.slice(i))![0];
      i += prefix.length;
      continue;
    } else if (ch === ')') {
      inner = stack.pop()!;
      atom = { source: source.slice(inner.start, i + 1), min: 1, max: 1 };
      i += 1;
    } else if (ch === '|') {
      top().alternation = true;
      i += 1;
      continue;
    } else {
      atom = { source: ch, literal: '^$.'.includes(ch) ? undefined : ch, min: 1, max: 1 };
      i += 1;
    }
    const quantifier = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
    if (quantifier) {
      i += quantifier[0].length;
      const [, symbol, low, comma, high] = quantifier;
      atom.min = symbol ? (symbol === '+' ? 1 : 0) : Number(low);
      atom.max = symbol ? (symbol === '?' ? 1 : Infinity) : comma ? (high ? Number(high) : Infinity) : Number(low);
    }
    const group = top();
    if (inner) {
      group.variable ||= inner.variable;
      group.nestedVariable ||= inner.variable;
      if (atom.max > 1 && inner.alternation) problems.push(`${atom.source}: a repeated alternation`);
      if (atom.max > 1 && inner.variable) {
        const last = inner.atoms.at(-1);
        const closed =
          !inner.nestedVariable &&
          last?.literal !== undefined &&
          last.min === 1 &&
          last.max === 1 &&
          inner.variableAtoms.every((v) => !new RegExp(`^(?:${v.source})$`, flags.replace(/[gy]/g, '')).test(last.literal!));
        if (!closed) problems.push(`${atom.source}: a repeated group with a repetition inside that the group's end does not close`);
      }
    }
    if (atom.min !== atom.max) {
      group.variable = true;
      if (!inner) group.variableAtoms.push(atom);
      else group.nestedVariable = true;
    }
    group.atoms.push(atom);
  }
  return problems;
}

describe('the ReDoS check itself', () => {
  test.each(['(a{1,9}){1,9}', '(?:\\w{1,5}-?){1,5}', '(?:a|ab){2,5}', '(?:x(?:\\d{1,3}y){1,2}){1,4}', '(?:[a-z]{1,9}[a-z]){1,9}'])('flags %s', (pattern) => {
    expect(ambiguousRepetitions(pattern, '')).not.toEqual([]);
  });

  test.each(['(?:\\d{1,13}-){1,3}', '(?:ab){1,9}', '[a-z]{1,40}', '(?:proj-|svcacct-)?[A-Za-z]{20,160}'])('passes %s', (pattern) => {
    expect(ambiguousRepetitions(pattern, '')).toEqual([]);
  });
});

describe('no pattern backtracks catastrophically', () => {
  test.each(rules.map((r) => [r.id, r] as const))('%s repeats no group that can split the same text two ways', (_id, rule) => {
    expect(ambiguousRepetitions(rule.pattern.source, rule.pattern.flags)).toEqual([]);
  });
});
