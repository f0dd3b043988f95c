/** actions/checklist's bundle under Node 24, as the runner runs it: summary checklist, SARIF, annotations on lines, outputs, exit codes. */
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { runAction } from '../helpers/run-action.js';

const DIGEST = `sha256:${'b'.repeat(64)}`;

/** A workspace holding a copy of a checklist fixture (the action refuses paths outside its workspace). */
function workspaceWith(fixture: 'good' | 'bad'): string {
  const dir = mkdtempSync(join(tmpdir(), 'checklist-ws-'));
  cpSync(join(repoRoot, 'test/fixtures/checklist', fixture), dir, { recursive: true });
  return dir;
}

describe('actions/checklist (dist/checklist)', () => {
  test('passes a good setup: ticked checklist in the summary, outputs, JSON and SARIF files', async () => {
    const workspace = workspaceWith('good');
    try {
      const result = await runAction('checklist', { workspace, inputs: { render: 'kubernetes', 'pushed-digest': DIGEST, 'scan-report': 'scan.json', 'health-report': 'health.json' } });
      expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.summary).toMatch(/### ✅ Checklist passed \(fail on error\)/);
      expect(result.summary).toContain('- [x] **Environment injected securely (no secret literals)**');
      expect(result.summary).toContain('`HLT007` ✅ passed');
      expect(Number(result.outputs.passed)).toBeGreaterThan(20);
      expect(result.outputs.failed).toMatch(/^\d+$/);
      expect(JSON.parse(result.files[result.outputs['report-file']!]!)).toMatchObject({ passed: true });
      expect(JSON.parse(result.files[result.outputs['sarif-file']!]!)).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'mcp-orchestrator-checklist' } } }] });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }, 120_000);

  test('fails a bad setup with annotations on the lines, an unticked checklist, SARIF locations, and no secret value anywhere', async () => {
    const workspace = workspaceWith('bad');
    try {
      const result = await runAction('checklist', { workspace, inputs: { dockerfile: 'Dockerfile', manifests: 'k8s', compose: 'compose.yml', 'registry-password': 'hunter2-registry-password' } });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error');
      expect(errors.at(-1)!.message).toMatch(/^checklist failed at error: IMG001, IMG003, SEC002, SEC004, SEC005, HLT001[,;]/);
      expect(errors).toContainEqual(expect.objectContaining({ properties: expect.objectContaining({ file: 'Dockerfile', line: '4', title: 'SEC002: No secret-named ENV or ARG with a value' }) }));
      expect(errors).toContainEqual(expect.objectContaining({ properties: expect.objectContaining({ file: 'k8s/deploy.yaml', line: '13' }) }));
      expect(result.summary).toContain('- [ ] **Image built**');
      expect(result.summary).toContain('<code>Dockerfile:1</code>: FROM node:latest uses latest');
      const sarif = JSON.parse(result.files[result.outputs['sarif-file']!]!) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: unknown }> }> }> };
      expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'SEC005')!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'k8s/deploy.yaml' }, region: { startLine: 21, startColumn: 13 } });
      expect(result.masked).toContain('hunter2-registry-password');
      const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
      const everything = [stdout, result.stderr, result.summary, JSON.stringify(result.outputs), ...Object.values(result.files)].join('\n');
      expect(everything).not.toMatch(/abcd1234efgh5678|not-a-real-key-but-a-literal|literal-value-here|hunter2-registry-password/);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }, 120_000);

  test('a path outside the workspace and a bad fail-on are one clear error each', async () => {
    const outside = await runAction('checklist', { inputs: { manifests: '../../etc' } });
    expect(outside.exitCode).toBe(1);
    expect(outside.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/^input manifests: \.\.\/\.\.\/etc is outside the workspace/)]);
    const failOn = await runAction('checklist', { inputs: { dockerfile: 'Dockerfile', 'fail-on': 'severe' } });
    expect(failOn.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(['input fail-on: "severe" is not one of error, warning, note, none']);
  }, 60_000);
});
