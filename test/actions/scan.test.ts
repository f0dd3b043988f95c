/** actions/scan's committed bundle under Node 24, as the runner runs it, on real images. */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fixturePath } from '../helpers/engine.js';
import { runAction } from '../helpers/run-action.js';

const planted = () => (JSON.parse(readFileSync(join(fixturePath('planted'), 'planted.json'), 'utf8')) as { planted: Array<{ secret: string; rule: string }> }).planted;

describe('actions/scan (dist/scan)', () => {
  test('fails on the planted image with outputs, a summary table, at most ten annotations, SARIF on the Dockerfile, and no secret anywhere', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM local/debian:bookworm\nCOPY deleted/id_rsa /root/.ssh/id_rsa\nRUN rm /root/.ssh/id_rsa\n');
    const result = await runAction('scan', { inputs: { image: `docker-archive:${fixturePath('planted.tar')}`, 'registry-password': 'hunter2-registry-password' }, workspace });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.at(-1)!.message).toMatch(/secret finding\(s\) at or above high in docker-archive:/);
    expect(result.annotations.filter((a) => a.properties.title?.startsWith('Secret in image')).length).toBe(10);
    expect(Number(result.outputs.findings)).toBeGreaterThan(30);
    expect(result.outputs['highest-severity']).toBe('critical');
    expect(result.outputs.digest).toMatch(/^sha256:/);
    expect(result.summary).toMatch(/### Secret scan: \d+ critical, \d+ high/);
    expect(result.summary).toContain('deleted (still in a layer)');
    expect(result.masked).toContain('hunter2-registry-password');
    const sarif = JSON.parse(result.files[result.outputs['sarif-file']!]!) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    const key = sarif.runs[0]!.results.find((r) => r.ruleId === 'private-key')!;
    expect(key.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'Dockerfile' }, region: { startLine: 2 } });
    // The runner consumes ::add-mask:: lines and hides the value everywhere after; they are not output.
    const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
    const everything = [stdout, result.stderr, result.summary, JSON.stringify(result.outputs), ...Object.values(result.files)].join('\n');
    expect(planted().filter((p) => p.secret.length > 8 && everything.includes(p.secret)).map((p) => p.rule)).toEqual([]);
    expect(everything).not.toContain('hunter2-registry-password');
  }, 120_000);

  test('passes the clean realistic image at the default fail-on', async () => {
    const result = await runAction('scan', { inputs: { image: `oci:${fixturePath('realistic-oci')}:latest` } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(['none', 'medium', 'low']).toContain(result.outputs['highest-severity']);
  }, 120_000);

  test('a bad fail-on value is one clear error naming the input', async () => {
    const result = await runAction('scan', { inputs: { image: 'oci:/nowhere', 'fail-on': 'severe' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(['input fail-on: "severe" is not one of critical, high, medium, low, none']);
  });
});
