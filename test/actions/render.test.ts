/** actions/render's bundle (dist/render) under Node 24, as the runner runs it: the three cloud targets from one spec. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runAction } from '../helpers/run-action.js';

const IMAGE = `europe-docker.pkg.dev/acme/mcp/weather@sha256:${'c0ffee'.repeat(10)}abcd`;
const SHA = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
const SUB = '00000000-0000-0000-0000-000000000001';
const SPEC = [
  'server: {name: weather, transport: stdio, path: /mcp}',
  'targets:',
  '  cloudrun: {project: acme-weather-prod, region: europe-west1}',
  '  ecs: {region: eu-west-1, cluster: mcp, execution-role-arn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"}',
  `  containerapps: {subscription: ${SUB}, resource-group: mcp, environment: mcp-env, location: westeurope}`,
  '',
].join('\n');

function workspace(spec = SPEC): string {
  const dir = mkdtempSync(join(tmpdir(), 'render-action-'));
  writeFileSync(join(dir, 'mcp-deploy.yml'), spec);
  return dir;
}

describe('actions/render (dist/render)', () => {
  test('cloudrun candidate: the tagged no-traffic revision beside the serving one, its file, revision, location and candidate URL pattern', async () => {
    const result = await runAction('render', {
      workspace: workspace(),
      keepRunnerTemp: true,
      inputs: { target: 'cloudrun', image: IMAGE, stage: 'candidate', tag: 'gate', 'serving-revision': 'weather-1111111', sha: SHA },
    });
    expect(result.stdout).not.toContain('::error::');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ revision: 'weather-0a1b2c3', name: 'weather', project: 'acme-weather-prod', region: 'europe-west1', 'mcp-path': '/mcp' });
    expect(result.outputs['candidate-url']).toBe('https://gate---weather-<hash>-<region-code>.a.run.app');
    const file = result.outputs.file!;
    expect(JSON.parse(result.outputs.files!)).toEqual([file]);
    expect(file).toBe(join(result.runnerTemp, 'mcp-orchestrator-render-cloudrun-candidate/service.yaml'));
    const service = parse(readFileSync(file, 'utf8')) as { spec: { traffic: unknown[]; template: { spec: { containers: Array<{ image: string }> } } } };
    expect(service.spec.template.spec.containers[0]!.image).toBe(IMAGE);
    expect(service.spec.traffic).toEqual([
      { revisionName: 'weather-1111111', percent: 100 },
      { revisionName: 'weather-0a1b2c3', percent: 0, tag: 'gate' },
    ]);
    expect(result.summary).toContain('weather-0a1b2c3');
    rmSync(result.runnerTemp, { recursive: true, force: true });
  }, 60_000);

  test('ecs: the task definition and service.json, the service, cluster and region to call aws with', async () => {
    const ws = workspace();
    const result = await runAction('render', { workspace: ws, inputs: { target: 'ecs', image: IMAGE, 'output-dir': 'rendered' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ file: join(ws, 'rendered/task-definition.json'), 'service-file': join(ws, 'rendered/service.json'), name: 'weather', cluster: 'mcp', region: 'eu-west-1', revision: 'weather' });
    expect(result.outputs['candidate-url']).toBeUndefined();
  }, 60_000);

  test('containerapps promote: all weight on the new revision, the subscription and resource group from the environment id', async () => {
    const ws = workspace();
    const result = await runAction('render', { workspace: ws, inputs: { target: 'containerapps', image: IMAGE, stage: 'promote', sha: SHA, 'output-dir': 'out' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ revision: 'weather--r0a1b2c3', name: 'weather', subscription: SUB, 'resource-group': 'mcp', region: 'westeurope', 'candidate-url': 'https://weather---candidate.<environment-default-domain>' });
    const app = parse(readFileSync(join(ws, 'out/containerapp.yaml'), 'utf8')) as { properties: { configuration: { ingress: { traffic: unknown[] } } } };
    expect(app.properties.configuration.ingress.traffic).toEqual([{ revisionName: 'weather--r0a1b2c3', weight: 100 }]);
  }, 60_000);

  test.each([
    ['an image without digest', { target: 'cloudrun', image: 'europe-docker.pkg.dev/acme/mcp/weather:1.0' }, /--image|digest/],
    ['stage on ecs', { target: 'ecs', image: IMAGE, stage: 'promote' }, /target ecs: inputs stage, tag and serving-revision/],
    ['an unknown target', { target: 'lambda', image: IMAGE }, /target/],
    ['an output-dir outside the workspace', { target: 'cloudrun', image: IMAGE, 'output-dir': '/etc/render' }, /input output-dir: \/etc\/render is outside the workspace/],
    ['a hostile tag', { target: 'cloudrun', image: IMAGE, tag: 'x\ny: 1' }, /--tag/],
  ])('refuses %s with exit 1 and a message naming it, writing nothing', async (_name, inputs, message) => {
    const result = await runAction('render', { workspace: workspace(), inputs });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(message);
    expect(result.outputs.file).toBeUndefined();
  }, 60_000);
});
