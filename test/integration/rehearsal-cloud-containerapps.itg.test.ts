/**
 * Rehearsal of .github/workflows/deploy-containerapps.yml by the harness (test/harness), from a
 * user's caller (test/fixtures/workflows/deploy-containerapps-caller.yml). Azure is a DOUBLE: the
 * official azure/login is a double bound to its real action.yml, and `az` is a fake on PATH
 * (test/fixtures/cloud-cli) that checks the YAML it is given and points each revision at a REAL
 * server on 127.0.0.1 over HTTPS. This project's render and health actions run for real from
 * their bundles under Node 24.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCloudDouble, type CloudDouble } from '../fixtures/cloud-cli/cloud-double.js';
import { rehearse } from '../harness/rehearse.js';
import { DoubleRefused, type ThirdPartyDouble } from '../harness/third-party.js';
import type { RehearsalOptions } from '../harness/types.js';

const SHA = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
const SUB = '00000000-0000-0000-0000-000000000001';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const CLIENT = '00000000-0000-0000-0000-0000000000cc';

let cloud: CloudDouble;
const work = mkdtempSync(join(tmpdir(), 'rehearsal-containerapps-'));

beforeAll(async () => {
  cloud = await startCloudDouble('containerapps');
});
afterAll(async () => {
  await cloud?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The user's repository: a spec with a Container Apps target. */
function userRepository(): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  writeFileSync(join(dir, 'mcp-deploy.yml'), `server: {name: weather, transport: streamable-http, port: 3001, path: /mcp}\ntargets:\n  containerapps: {subscription: ${SUB}, resource-group: mcp, environment: mcp-env}\n`);
  return dir;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** azure/login: OIDC with client-id, tenant-id, subscription-id only; creds (a secret) is refused. */
const azureLogin: ThirdPartyDouble = {
  action: 'azure/login',
  run: async (ctx) => {
    if (ctx.inputs.creds) throw new DoubleRefused('azure/login double: creds (a service principal secret) was given; the workflow must use OIDC');
    for (const name of ['client-id', 'tenant-id', 'subscription-id']) {
      if (!GUID.test(ctx.inputs[name] ?? '')) throw new DoubleRefused(`azure/login double: ${name} ${JSON.stringify(ctx.inputs[name])} is not a GUID`);
    }
    ctx.record({ clientId: ctx.inputs['client-id'], tenantId: ctx.inputs['tenant-id'], subscriptionId: ctx.inputs['subscription-id'] });
    return {};
  },
};

function options(image: string): RehearsalOptions {
  return {
    workflow: 'test/fixtures/workflows/deploy-containerapps-caller.yml',
    event: { name: 'push', payload: { ref: 'refs/heads/main', after: SHA } },
    github: { repository: 'acme/weather', sha: SHA, ref: 'refs/heads/main' },
    vars: { IMAGE: image, AZURE_CLIENT_ID: CLIENT, AZURE_TENANT_ID: TENANT, AZURE_SUBSCRIPTION_ID: SUB },
    repositories: { 'acme/weather': userRepository() },
    doubles: [azureLogin],
    machineEnv: cloud.machineEnv,
  };
}

const failures = (run: Awaited<ReturnType<typeof rehearse>>) =>
  run.jobs.flatMap((j) => j.steps.filter((s) => s.outcome === 'failure').map((s) => `${j.key}/${s.name}: ${s.reason}\n${s.log.slice(-2000)}`));

describe('deploy-containerapps.yml rehearsed against a Container Apps double (fake az, a double of azure/login, real MCP servers)', () => {
  test('a revision that passes the MCP gate at weight 0 takes all traffic and loses its label; outputs url, revision, digest, tools-hash, handoff', async () => {
    const before = 'weather--r1111111';
    const serving = cloud.images.good.split('@')[1]!;
    cloud.seed('containerapps', { weather: { revisions: { [before]: serving }, traffic: [{ revisionName: before, weight: 100 }], latest: before } });
    const run = await rehearse(options(cloud.images.good));
    expect(failures(run)).toEqual([]);
    expect(run.result).toBe('success');
    const job = run.job('containerapps/deploy');
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(job.environment).toMatchObject({ name: 'rehearsal' });
    const goodHost = cloud.state().images[serving].host as string;
    expect(job.outputs).toMatchObject({ url: `https://${goodHost}/mcp`, revision: 'weather--r0a1b2c3', digest: serving, 'rolled-back': 'false' });
    expect(job.outputs['tools-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(job.outputs.handoff!)).toMatchObject({ schema: 'mcp-orchestrator/handoff/v1', target: 'containerapps', clients: { url: job.outputs.url } });
    const calls = cloud.calls().filter((c) => !c.error);
    const update = calls.find((c) => c.args[1] === 'update')!;
    expect((update.document as { properties: { configuration: { ingress: { traffic: unknown } } } }).properties.configuration.ingress.traffic).toEqual([
      { revisionName: before, weight: 100 },
      { revisionName: 'weather--r0a1b2c3', weight: 0, label: 'candidate' },
    ]);
    expect(job.steps.find((s) => s.id === 'gate')).toMatchObject({ outcome: 'success', outputs: { healthy: 'true' } });
    expect(cloud.state().containerapps.weather.traffic).toEqual([{ revisionName: 'weather--r0a1b2c3', weight: 100 }]);
    expect(run.records['azure/login']).toEqual([expect.objectContaining({ clientId: CLIENT, tenantId: TENANT, subscriptionId: SUB })]);
    expect(job.summary).toContain('weather serves revision weather--r0a1b2c3');
  }, 300_000);

  test('a revision that fails the gate never takes traffic: its label is removed, it is deactivated, no traffic call is recorded, and the job fails saying traffic never moved', async () => {
    const before = 'weather--r2222222';
    const good = cloud.images.good.split('@')[1]!;
    cloud.seed('containerapps', { weather: { revisions: { [before]: good }, traffic: [{ revisionName: before, weight: 100 }], latest: before } });
    const start = cloud.calls().length;
    const run = await rehearse(options(cloud.images.broken));
    expect(run.result).toBe('failure');
    const job = run.job('containerapps/deploy');
    expect(job.steps.find((s) => s.id === 'gate')?.outcome).toBe('failure');
    expect(job.steps.find((s) => s.id === 'promote')?.outcome ?? 'skipped').toBe('skipped');
    expect(job.outputs['rolled-back']).toBe('true');
    expect(job.outputs.url ?? '').toBe('');
    const calls = cloud.calls().slice(start).filter((c) => !c.error);
    expect(calls.filter((c) => c.args.includes('traffic'))).toEqual([]);
    expect(calls.map((c) => c.args.slice(0, 3).join(' '))).toEqual(['containerapp show --name', 'containerapp update --name', 'containerapp revision label', 'containerapp revision deactivate']);
    expect(cloud.state().containerapps.weather).toMatchObject({ traffic: [{ revisionName: before, weight: 100 }], inactive: ['weather--r0a1b2c3'] });
    expect(run.annotations.map((a) => a.message).join('\n')).toMatch(/weather--r0a1b2c3 failed the MCP gate at weight 0: traffic never moved \(all of it stays on weather--r2222222\); its label candidate is removed and the revision deactivated/);
  }, 300_000);

  test('a first deploy (no app yet) creates the app from the candidate YAML, gates it and ends with all traffic on it and no label', async () => {
    cloud.seed('containerapps', {});
    const start = cloud.calls().length;
    const run = await rehearse(options(cloud.images.good));
    expect(failures(run)).toEqual([]);
    expect(cloud.calls().slice(start).map((c) => c.args.slice(0, 3).join(' '))).toEqual([
      'containerapp show --name',
      'containerapp create --name',
      'containerapp ingress traffic',
      'containerapp revision label',
    ]);
    expect(cloud.state().containerapps.weather.traffic).toEqual([{ revisionName: 'weather--r0a1b2c3', weight: 100 }]);
  }, 300_000);
});
