/**
 * Rehearsal of .github/workflows/audit.yml through a user's scheduled caller
 * (test/fixtures/workflows/audit-caller.yml), run by the harness as GitHub's runner would: the
 * deployed image rescanned from the plain local registry (two small images built here: a clean one
 * and one with a token baked in), the health gate against a real MCP server (server-everything) or
 * a port nobody listens on, and actions/audit keeping one tracking issue on the GitHub API double
 * (test/helpers/github-api.ts, every request checked against GitHub's OpenAPI description):
 * green → red (issue opened) → red, same findings (unchanged) → red, new findings (updated) →
 * green (closed).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushImage } from '../../src/push/push.js';
import { rehearse } from '../harness/rehearse.js';
import type { Rehearsal } from '../harness/types.js';
import { startGitHubApi, type GitHubApiDouble } from '../helpers/github-api.js';
import { buildImage, writeOciLayout } from '../helpers/image-builder.js';
import { freePort, startEverything, type RunningServer } from '../helpers/mcp-servers.js';
import { plainRegistry, isolatedDockerConfig } from '../helpers/registries.js';
import { checksummedToken } from '../helpers/secrets.js';

const REPOSITORY = 'acme/weather';
const work = mkdtempSync(join(tmpdir(), 'rehearsal-audit-'));
const registryOptions = { dockerConfigPath: isolatedDockerConfig().path };
let api: GitHubApiDouble;
let server: RunningServer;
let deadUrl = '';
const images: { clean: string; leaky: string } = { clean: '', leaky: '' };
const token = checksummedToken('ghp_');

/** A small image pushed to the local registry; returns repository@digest. */
async function pushed(name: string, files: Record<string, string>): Promise<string> {
  const image = await buildImage({ layers: [{ entries: Object.entries(files).map(([path, content]) => ({ name: path, content })) }], env: ['PATH=/usr/bin'] });
  const dir = mkdtempSync(join(work, 'oci-'));
  writeOciLayout(dir, [image]);
  const repository = `${plainRegistry().host}/rehearsal/audit-${name}`;
  const result = await pushImage(`oci:${dir}`, [`docker://${repository}:${Date.now().toString(36)}`], { registry: registryOptions });
  return `${repository}@${result.digest}`;
}

function audit(image: string, url: string): Promise<Rehearsal> {
  const tree = mkdtempSync(join(work, 'repo-'));
  writeFileSync(join(tree, 'README.md'), 'the audited repository\n');
  return rehearse({
    workflow: 'test/fixtures/workflows/audit-caller.yml',
    event: { name: 'schedule', payload: { schedule: '17 6 * * *' } },
    github: { repository: REPOSITORY, api_url: api.url },
    vars: { IMAGE: image, URL: url },
    repositories: { [REPOSITORY]: tree },
  });
}

const issues = () => api.repo(REPOSITORY).issues.filter((i) => !i.pullRequest);

beforeAll(async () => {
  api = await startGitHubApi({ repositories: [REPOSITORY] });
  server = await startEverything('streamableHttp', { lifetime: 900 });
  deadUrl = `http://127.0.0.1:${await freePort()}/mcp`;
  images.clean = await pushed('clean', { 'app/server.js': 'console.log("hello")\n' });
  images.leaky = await pushed('leaky', { 'app/server.js': 'console.log("hello")\n', 'app/notes.txt': `deploy token: ${token}\n` });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await api?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('audit.yml rehearsed against the GitHub API double', () => {
  test('green → red opens one issue → the same red leaves it unchanged → new findings update it → green closes it', async () => {
    const green = await audit(images.clean, server.url);
    expect(green.result).toBe('success');
    expect(green.job('audit/audit').outputs.action).toBe('none');
    expect(issues()).toHaveLength(0);

    const red = await audit(images.clean, deadUrl);
    expect(red.result).toBe('failure');
    const redJob = red.job('audit/audit');
    expect(redJob.steps.find((s) => s.id === 'health')).toMatchObject({ outcome: 'failure', conclusion: 'success' });
    expect(redJob.steps.find((s) => s.id === 'audit')!.outputs.action).toBe('created');
    expect(issues()).toHaveLength(1);
    const issue = issues()[0]!;
    expect(issue.state).toBe('open');
    expect(issue.labels).toContain('mcp-orchestrator-audit');
    const firstBody = issue.body;

    const same = await audit(images.clean, deadUrl);
    expect(same.job('audit/audit').steps.find((s) => s.id === 'audit')!.outputs.action).toBe('unchanged');
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toBe(firstBody);

    const worse = await audit(images.leaky, deadUrl);
    expect(worse.job('audit/audit').steps.find((s) => s.id === 'audit')!.outputs.action).toBe('updated');
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).not.toBe(firstBody);
    expect(issues()[0]!.body).not.toContain(token);
    expect(worse.log).not.toContain(token);

    const back = await audit(images.clean, server.url);
    expect(back.result).toBe('success');
    expect(back.job('audit/audit').steps.find((s) => s.id === 'audit')!.outputs.action).toBe('closed');
    expect(issues().map((i) => i.state)).toEqual(['closed']);
    expect(api.violations).toEqual([]);
    expect(api.unhandled).toEqual([]);
  }, 600_000);

  test('two audits racing on the same failure leave exactly one open tracking issue', async () => {
    const runs = await Promise.all([audit(images.leaky, deadUrl), audit(images.leaky, deadUrl)]);
    expect(runs.map((r) => r.result)).toEqual(['failure', 'failure']);
    expect(issues().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(api.violations).toEqual([]);
  }, 300_000);
});
