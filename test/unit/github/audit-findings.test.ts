/**
 * The audit's findings from the reports the pipeline writes: the checklist's JSON report (made by
 * the real checklist over the example server's spec), scan and health JSON, a plain list; the
 * fingerprint that decides whether the tracking issue changes.
 */
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { findingsFingerprint, findingsFromReport } from '../../../src/audit/findings.js';
import { runChecklistGate } from '../../../src/checklist/run-checklist.js';
import { InputError } from '../../../src/util/errors.js';
import { repoRoot } from '../../helpers/paths.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

async function checklistReport(failOn: 'error' | 'warning'): Promise<unknown> {
  const outcome = await runChecklistGate({ workspace: join(repoRoot, 'examples/node-server'), specOptional: true, render: 'kubernetes', pushedDigest: DIGEST, failOn });
  return JSON.parse(JSON.stringify(outcome.json)) as unknown;
}

describe('audit findings', () => {
  test("the checklist's JSON report: each failed check of a rule that fails the gate, with its location", async () => {
    const findings = findingsFromReport(await checklistReport('warning'), 'checklist.json');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f).toMatchObject({ id: expect.stringMatching(/^[A-Z]+\d{3}$/), severity: 'warning', source: 'checklist', message: expect.any(String) });
    expect(findings.some((f) => f.location)).toBe(true);
  }, 60_000);

  test('failures below the gate (warnings when failing on errors) are no findings: the audit passes when the gate does', async () => {
    expect(findingsFromReport(await checklistReport('error'), 'checklist.json')).toEqual([]);
  }, 60_000);

  test('a scan report gives one finding per secret, by rule, path and layer, without the match', () => {
    const report = {
      image: { source: 'docker-archive:x.tar', digest: DIGEST },
      findings: [{ rule: 'aws-access-key-id', severity: 'critical', where: 'file', path: '/app/.env', line: 3, layer: { index: 1, digest: DIGEST }, deleted: true, match: 'AKIA…XY', fingerprint: 'f' }],
      suppressed: [],
      stats: { layers: 2, files: 3, bytes: 4, seconds: 1 },
    };
    expect(findingsFromReport(report, 'scan.json')).toEqual([
      { id: 'aws-access-key-id', severity: 'critical', message: 'secret found by aws-access-key-id (layer 1, deleted in the final image)', location: '/app/.env:3', source: 'scan' },
    ]);
  });

  test('a health report gives its problems, and a failed gate without an error problem still counts', () => {
    expect(findingsFromReport({ ok: true, status: 'healthy', target: 'u', problems: [] }, 'h.json')).toEqual([]);
    expect(findingsFromReport({ ok: false, status: 'unhealthy', target: 'https://x/mcp', problems: [{ level: 'error', code: 'missing-tool', message: 'tool get_alerts is missing' }] }, 'h.json')).toEqual([
      { id: 'health/missing-tool', severity: 'error', message: 'tool get_alerts is missing', location: 'https://x/mcp', source: 'health' },
    ]);
    expect(findingsFromReport({ ok: false, status: 'unhealthy', target: 'u', problems: [] }, 'h.json').map((f) => f.id)).toEqual(['health/unhealthy']);
  });

  test.each([
    ['not a report', { hello: 1 }, /h.json: not a findings report/],
    ['a finding without an id', [{ severity: 'error', message: 'm' }], /finding 1: id and message are required/],
    ['an unknown severity', [{ id: 'x', severity: 'fatal', message: 'm' }], /severity "fatal" is not one of/],
  ])('refuses %s, naming the file', (_what, value, message) => {
    expect(() => findingsFromReport(value, 'h.json')).toThrow(InputError);
    expect(() => findingsFromReport(value, 'h.json')).toThrow(message);
  });

  test('the fingerprint ignores order and duplicates, and changes with any finding', () => {
    const a = { id: 'TLS001', severity: 'error' as const, message: 'plain HTTP', location: 'k8s/ingress.yaml:4', source: 'findings' };
    const b = { id: 'RES001', severity: 'warning' as const, message: 'no limit', source: 'findings' };
    expect(findingsFingerprint([a, b])).toBe(findingsFingerprint([b, a, a]));
    expect(findingsFingerprint([a, b])).not.toBe(findingsFingerprint([a, { ...b, message: 'no memory limit' }]));
    expect(findingsFingerprint([])).toMatch(/^[0-9a-f]{64}$/);
  });
});
