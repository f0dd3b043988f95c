/** The all-in-one action's committed bundle, run under Node 24 as the runner runs it. */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../helpers/engine.js';
import { startEverything, type RunningServer } from '../helpers/mcp-servers.js';
import { plainRegistry } from '../helpers/registries.js';
import { runAction } from '../helpers/run-action.js';

let server: RunningServer | undefined;
afterAll(async () => server?.stop());

describe('all-in-one action (dist/main)', () => {
  test('reads a docker-archive and sets digest, layers and a report file; summarises the layers', async () => {
    const archive = fixturePath('layers-docker.tar');
    const result = await runAction('main', { inputs: { image: `docker-archive:${archive}` } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Number(result.outputs.layers)).toBeGreaterThanOrEqual(5);
    expect(Number(result.outputs.deleted)).toBeGreaterThanOrEqual(4);
    expect(result.outputs.platform).toBe('linux/amd64');
    expect(result.summary).toContain('| # | Layer | Entries | Deletes | Created by |');
    expect(result.summary).toContain('rm -rf /data/old');
    // The scan ran too, and found nothing in this image.
    expect(result.outputs).toMatchObject({ findings: '0', 'highest-severity': 'none' });
    expect(result.outputs['pushed-digest']).toBeUndefined();
  }, 60_000);

  test('the whole image pipeline: scan, push exactly those bytes, gate on the MCP protocol', async () => {
    const { host } = plainRegistry();
    server = await startEverything('streamableHttp');
    const repo = `${host}/all-in-one-${Date.now().toString(36)}`;
    const result = await runAction('main', {
      inputs: { image: `oci:${fixturePath('layers-oci')}`, destinations: `docker://${repo}:v1`, 'health-url': server.url, 'expect-tools': 'echo', smoke: 'echo={"message":"hi"}', 'bearer-token': 'all-in-one-token-4f3e2d' },
    });
    expect({ code: result.exitCode, errors: result.annotations.filter((a) => a.level === 'error').map((a) => a.message) }).toEqual({ code: 0, errors: [] });
    expect(result.outputs['pushed-digest']).toBe(result.outputs.digest);
    expect(result.outputs.references).toBe(`${repo}@${result.outputs.digest}`);
    expect(result.outputs).toMatchObject({ healthy: 'true', findings: '0' });
    expect(result.outputs['tools-hash']).toMatch(/^sha256:/);
    expect(result.summary).toContain('MCP health gate: healthy');
    expect(result.masked).toContain('all-in-one-token-4f3e2d');
  }, 120_000);

  test('secrets in the image fail the step and nothing is pushed', async () => {
    const { host } = plainRegistry();
    const repo = `${host}/all-in-one-planted-${Date.now().toString(36)}`;
    const result = await runAction('main', { inputs: { image: `docker-archive:${fixturePath('planted.tar')}`, destinations: `docker://${repo}:v1` } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').at(-1)!.message).toMatch(/^secrets at or above high in docker-archive:.*nothing pushed/);
    expect(result.outputs['pushed-digest']).toBeUndefined();
    const tag = await fetch(`http://${host}/v2/${repo.slice(host.length + 1)}/manifests/v1`, { method: 'HEAD', headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' } });
    expect(tag.status).toBe(404);
  }, 120_000);

  test('a bad source fails with the accepted forms and exit code 1', async () => {
    const result = await runAction('main', { inputs: { image: 'ftp://example/image' } });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/docker-archive:/);
  });

  test('annotates findings on the Dockerfile line of their layer, and groups the log by phase', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM local/debian:bookworm\nLABEL stage=planted\nCOPY app/ /app/\n');
    const result = await runAction('main', { inputs: { image: `docker-archive:${fixturePath('planted.tar')}` }, workspace });
    expect(result.exitCode).toBe(1);
    const findings = result.annotations.filter((a) => a.properties.title?.startsWith('Secret in image'));
    // Files under /app/ came from the COPY on line 3; config findings have no Dockerfile line.
    const inApp = findings.filter((a) => a.message.includes(' at /app/'));
    expect(inApp.length).toBeGreaterThan(0);
    expect(inApp.map((a) => [a.properties.file, a.properties.line])).toEqual(inApp.map(() => ['Dockerfile', '3']));
    expect(findings.filter((a) => !a.message.includes(' at /app/')).map((a) => a.properties.file)).toEqual(findings.filter((a) => !a.message.includes(' at /app/')).map(() => undefined));
    const groups = [...result.stdout.matchAll(/^::group::(.*)$/gm)].map((m) => m[1]);
    expect(groups).toEqual([expect.stringMatching(/^Read /), expect.stringMatching(/^Scan /)]);
  }, 120_000);
});
