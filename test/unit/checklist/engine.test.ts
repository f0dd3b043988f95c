/** The engine: verdicts from checks and inputs, fail-on levels, and the registry's rules as data. */
import { describe, expect, test } from '@jest/globals';
import { failsAt, runChecklist } from '../../../src/checklist/engine.js';
import { allRules } from '../../../src/checklist/rules/index.js';
import type { Check, Rule } from '../../../src/checklist/types.js';

/** A rule defined as data for the test: it returns the checks given. */
function rule(id: string, checks: Check[], extra: Partial<Rule> = {}): Rule {
  return { id, group: 'HRD', item: 'hardening', severity: 'error', title: id, help: 'h', fix: 'f', needs: [], aligned: {}, check: () => checks, ...extra };
}
const pass: Check = { passed: true, message: 'ok', subject: 'Deployment/a' };
const fail: Check = { passed: false, message: 'bad', subject: 'Deployment/a', location: { file: 'a.yaml', line: 3 } };

describe('verdicts', () => {
  test.each([
    ['passed', [pass, pass]],
    ['failed', [pass, fail]],
    ['not-applicable', []],
  ] as const)('%s from its checks', (verdict, checks) => {
    expect(runChecklist([rule('HRD901', [...checks])], {}).results[0]!.verdict).toBe(verdict);
  });

  test('a rule whose input is missing is not checked, never passed, and its check is not run', () => {
    let ran = false;
    const r = rule('HRD902', [pass], { needs: ['manifests', 'spec'], check: () => ((ran = true), [pass]) });
    const result = runChecklist([r], { manifests: [] }).results[0]!;
    expect(result).toMatchObject({ verdict: 'not-checked', notChecked: 'needs spec' });
    expect(ran).toBe(false);
  });

  test('needsAnyOf: not checked only when none is given', () => {
    const r = rule('HRD903', [pass], { needsAnyOf: ['compose', 'manifests'] });
    expect(runChecklist([r], {}).results[0]!.notChecked).toBe('needs one of compose, manifests');
    expect(runChecklist([r], { compose: [] }).results[0]!.verdict).toBe('passed');
  });

  test('a rule that says its inputs do not tell is not checked, with its reason', () => {
    const r = rule('HRD904', [pass], { unavailable: () => 'the report does not say' });
    expect(runChecklist([r], {}).results[0]).toMatchObject({ verdict: 'not-checked', notChecked: 'the report does not say' });
  });

  test('every failing check exempted makes the rule exempted; one left makes it failed', () => {
    const exempt: Check = { ...fail, exemption: { kind: 'annotations', annotations: { 'mcp-orchestrator.io/ignore-HRD905': 'runs as root by design (init)' } } };
    expect(runChecklist([rule('HRD905', [pass, exempt])], {}).results[0]!.verdict).toBe('exempted');
    expect(runChecklist([rule('HRD905', [exempt, fail])], {}).results[0]!.verdict).toBe('failed');
  });
});

describe('fail-on', () => {
  const warning = rule('HRD906', [fail], { severity: 'warning' });
  test.each([
    ['error', false],
    ['warning', true],
    ['note', true],
    ['none', false],
  ] as const)('a failed warning rule with fail-on %s fails the gate: %s', (failOn, failed) => {
    expect(runChecklist([warning], {}, { failOn }).failed).toBe(failed);
  });
  test('severity order', () => {
    expect([failsAt('error', 'warning'), failsAt('note', 'warning'), failsAt('error', 'none')]).toEqual([true, false, false]);
  });
  test('counts every verdict', () => {
    const result = runChecklist([rule('HRD907', [pass]), rule('HRD908', [fail]), rule('HRD909', []), rule('HRD910', [], { needs: ['image'] })], {});
    expect(result.counts).toEqual({ passed: 1, failed: 1, exempted: 0, 'not-checked': 1, 'not-applicable': 1 });
  });
});

describe('the registry', () => {
  test('rule ids are unique and well formed, and each rule says what, why and how to fix', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules) {
      expect({ id: r.id, ok: /^(IMG|SEC|HLT|RES|TLS|OBS|SCL|HRD|WF)\d{3}$/.test(r.id) && r.id.startsWith(r.group) }).toEqual({ id: r.id, ok: true });
      expect({ id: r.id, title: Boolean(r.title), help: Boolean(r.help), fix: Boolean(r.fix) }).toEqual({ id: r.id, title: true, help: true, fix: true });
    }
  });
  test('aligned ids are non-empty strings', () => {
    for (const r of allRules) for (const ids of Object.values(r.aligned)) for (const id of ids ?? []) expect(id).toMatch(/^\S+$/);
  });
});
