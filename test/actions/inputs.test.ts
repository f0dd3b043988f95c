/**
 * Inputs first, work second: every action validates all of its inputs (paths included, resolved
 * against GITHUB_WORKSPACE and refused when they escape it) before it reads, scans or pushes.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { fixturePath } from '../helpers/engine.js';
import { plainRegistry } from '../helpers/registries.js';
import { runAction } from '../helpers/run-action.js';

/** The files the runner itself creates in RUNNER_TEMP (see run-action.ts). */
const runnerFiles = ['env', 'event.json', 'output', 'path', 'state', 'summary'];

async function tagExists(host: string, repository: string, tag: string): Promise<boolean> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' },
  });
  return response.status === 200;
}

describe('action inputs are validated before any work', () => {
  const image = () => `oci:${fixturePath('layers-oci')}`;
  test.each([
    ['main', 'baseline', '../outside.yml'],
    ['main', 'dockerfile', '/etc/Dockerfile'],
    ['main', 'sarif-file', '../../scan.sarif'],
    ['main', 'contract', '../contract.yml'],
    ['scan', 'baseline', '../outside.yml'],
    ['scan', 'sarif-file', '/etc/scan.sarif'],
    ['push', 'scan-report', '../report.json'],
    ['package', 'spec', '../mcp-deploy.yml'],
    ['health', 'contract', '/etc/contract.yml'],
  ])('%s refuses %s=%s outside the workspace, naming the input, before writing anything', async (action, input, value) => {
    const inputs: Record<string, string> = { [input]: value };
    if (action !== 'package' && action !== 'health') inputs.image = image();
    if (action === 'push') inputs.destinations = `docker://${plainRegistry().host}/never-pushed:v1`;
    if (action === 'health') inputs.url = 'http://127.0.0.1:9/mcp';
    if (action === 'package' && input !== 'spec') inputs.spec = 'mcp-deploy.yml';
    const result = await runAction(action, { inputs, keepRunnerTemp: true });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^input ${input}: .*outside the workspace`))]);
    expect(readdirSync(result.runnerTemp).sort()).toEqual(runnerFiles);
    expect(result.outputs).toEqual({});
  }, 60_000);

  test.each([
    ['smoke', 'echo={not json'],
    ['timeout', 'soon'],
    ['health-timeout', 'soon'],
    ['transport', 'stdio'],
  ])('a bad %s fails the all-in-one action before anything is pushed', async (input, value) => {
    const { host } = plainRegistry();
    const repository = `early-${input}-${Date.now().toString(36)}`;
    const result = await runAction('main', {
      inputs: { image: image(), destinations: `docker://${host}/${repository}:v1`, 'health-url': 'http://127.0.0.1:9/mcp', [input]: value },
      keepRunnerTemp: true,
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(new RegExp(`^input ${input}: `))]);
    expect(await tagExists(host, repository, 'v1')).toBe(false);
    expect(readdirSync(result.runnerTemp).sort()).toEqual(runnerFiles);
  }, 120_000);

  test.each(['main', 'scan', 'push'])('%s masks the github-token input before anything else', async (action) => {
    const token = 'ghs_maskedTokenValueForTheTest0123456789';
    const result = await runAction(action, { inputs: { 'github-token': token, image: 'ftp://nowhere/image', destinations: 'docker://127.0.0.1:5000/x:v1' } });
    expect(result.exitCode).toBe(1);
    expect(result.masked).toContain(token);
    expect(result.stdout.indexOf(`::add-mask::${token}`)).toBeLessThan(result.stdout.indexOf('::error'));
  });
});
