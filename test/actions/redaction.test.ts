/**
 * Nothing the all-in-one action or `inspect` lets out of the process (log, annotations, outputs,
 * summary, report files, errors) holds a secret baked into the image: the planted image's values,
 * and secrets used inline in a RUN step or set in ENV, pass through the scan's redaction first.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../helpers/engine.js';
import { buildImage, writeOciLayout } from '../helpers/image-builder.js';
import { node24 } from '../helpers/node24.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';
import { runAction, type ActionResult } from '../helpers/run-action.js';
import { checksummedToken, randomString } from '../helpers/secrets.js';

interface PlantedTruth {
  buildArg: string;
  planted: Array<{ rule: string; secret: string; where: string }>;
}

/** Every planted value long enough to be told apart from ordinary text. */
function plantedValues(): Array<[string, string]> {
  const truth = JSON.parse(readFileSync(join(fixturePath('planted'), 'planted.json'), 'utf8')) as PlantedTruth;
  return [['build-arg NPM_TOKEN', truth.buildArg] as [string, string], ...truth.planted.map((p) => [`${p.where} ${p.rule}`, p.secret] as [string, string])].filter(([, s]) => s.length >= 8);
}

/** What a reader of the job sees: the runner consumes ::add-mask:: lines, they are not output. */
function everything(result: ActionResult): string {
  const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs), ...Object.values(result.files)].join('\n');
}

const leaked = (text: string, values: Array<[string, string]>) => values.filter(([, s]) => text.includes(s)).map(([what]) => what);

function inspectCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const home = mkdtempSync(join(tmpdir(), 'home-'));
  try {
    const run = spawnSync(node24(), [join(repoRoot, 'dist/cli/index.js'), 'inspect', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home } });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe('redaction before anything leaves the process', () => {
  test('the all-in-one action with fail-on none lets no planted value out, through the push', async () => {
    const { host } = plainRegistry();
    const repo = `${host}/redaction-${Date.now().toString(36)}`;
    const result = await runAction('main', { inputs: { image: `docker-archive:${fixturePath('planted.tar')}`, 'fail-on': 'none', destinations: `docker://${repo}:v1` } });
    expect({ code: result.exitCode, errors: result.annotations.filter((a) => a.level === 'error' && !a.properties.title?.startsWith('Secret in image')).map((a) => a.message) }).toEqual({ code: 0, errors: [] });
    expect(result.outputs['pushed-digest']).toMatch(/^sha256:/);
    // The values are there to be redacted: the inspect report lists the image's env.
    expect(result.files[result.outputs['inspect-report']!]).toContain('GH_TOKEN=');
    expect(leaked(everything(result), plantedValues())).toEqual([]);
  }, 240_000);

  test('the all-in-one action failing at fail-on high lets no planted value out', async () => {
    const result = await runAction('main', { inputs: { image: `docker-archive:${fixturePath('planted.tar')}` } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').at(-1)!.message).toMatch(/^secrets at or above high/);
    expect(leaked(everything(result), plantedValues())).toEqual([]);
  }, 180_000);

  test.each(['text', 'json'])('inspect --format %s lets no planted value out', (format) => {
    const run = inspectCli(`docker-archive:${fixturePath('planted.tar')}`, '--format', format);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    if (format === 'json') expect(run.stdout).toContain('GH_TOKEN=');
    expect(leaked(run.stdout, plantedValues())).toEqual([]);
  }, 120_000);

  test('a secret used inline in RUN or set in ENV is redacted, and created_by is HTML-escaped in the summary', async () => {
    const inline = checksummedToken('ghp_');
    const named = randomString(28);
    const envPassword = randomString(24);
    const image = await buildImage({
      layers: [
        { entries: [{ name: 'app/', type: 'directory' }], createdBy: '/bin/sh -c #(nop) COPY dir:0123 in /app' },
        { entries: [{ name: 'app/ok.txt', content: 'ok\n' }], createdBy: `/bin/sh -c echo "<script>alert(1)</script>" && curl -H "Authorization: token ${inline}" https://example.com/x && API_TOKEN=${named} ./setup.sh` },
      ],
      env: ['PATH=/usr/bin', `DB_PASSWORD=${envPassword}`],
    });
    const dir = mkdtempSync(join(tmpdir(), 'inline-secret-'));
    try {
      writeOciLayout(join(dir, 'layout'), [image], { tag: 'v1' });
      const values: Array<[string, string]> = [['inline token', inline], ['inline NAME=value', named], ['ENV DB_PASSWORD', envPassword]];
      const result = await runAction('main', { inputs: { image: `oci:${join(dir, 'layout')}:v1`, 'fail-on': 'none' } });
      expect(result.exitCode).toBe(0);
      expect(leaked(everything(result), values)).toEqual([]);
      expect(result.summary).not.toContain('<script>');
      expect(result.summary).toContain('&lt;script&gt;');
      for (const format of ['text', 'json']) {
        const run = inspectCli(`oci:${join(dir, 'layout')}:v1`, '--format', format);
        expect(run.code).toBe(0);
        expect(leaked(run.stdout, values)).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
