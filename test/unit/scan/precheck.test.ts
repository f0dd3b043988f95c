/**
 * A rule's precheck only lets the scan skip its pattern sooner: the same findings with and
 * without it, on real library code (where the generic rule's words are everywhere) with secrets
 * planted in it, and on every planted secret line.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules, scanText, type ContentMatch } from '../../../src/scan/content-scanner.js';
import { rules } from '../../../src/scan/rules.js';
import { plantedSecrets } from '../../helpers/secrets.js';

const withoutPrechecks = compileRules(rules.map(({ precheck: _p, ...rule }) => rule));
const shown = (matches: ContentMatch[]) => matches.map((m) => `${m.rule.id} ${m.line} ${m.offset} ${m.secret}`);

/** Text files of a few installed libraries: code full of `token`, `auth`, `secret`, `password`. */
function libraryTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:js|mjs|cjs|json|ts)$/.test(name)) texts.push(readFileSync(path, 'latin1'));
    }
  };
  for (const lib of ['ajv/dist', 'yaml/dist', '@octokit/webhooks-examples']) walk(join('node_modules', lib));
  return texts;
}

describe('rule prechecks', () => {
  test('some rule has one, and it is not global (a test must not move its lastIndex)', () => {
    const checked = rules.filter((r) => r.precheck);
    expect(checked.map((r) => r.id)).toContain('generic-secret-assignment');
    for (const rule of checked) expect(rule.precheck!.global || rule.precheck!.sticky).toBe(false);
  });

  test('change no finding on library code with planted secret assignments', () => {
    const planted = plantedSecrets().map(([, line]) => line);
    let files = 0;
    let findings = 0;
    for (const [i, text] of libraryTexts().entries()) {
      const body = `${text}\n${planted[i % planted.length]}\nconst apiKey = "${'Zx9'.repeat(8)}q1";\n`;
      const expected = shown(scanText(body, withoutPrechecks));
      expect(shown(scanText(body))).toEqual(expected);
      files++;
      findings += expected.length;
    }
    expect(files).toBeGreaterThan(100);
    expect(findings).toBeGreaterThan(files);
  });

  test.each(plantedSecrets())('find %s as before', (_rule, line) => {
    const body = `x\n${line}\ny\n`;
    expect(shown(scanText(body))).toEqual(shown(scanText(body, withoutPrechecks)));
  });
});
