/**
 * Rehearsal of .github/workflows/deploy-cloudrun.yml by the harness (test/harness), from a user's
 * caller (test/fixtures/workflows/deploy-cloudrun-caller.yml). Google Cloud is a DOUBLE: the
 * official actions (google-github-actions/auth, setup-gcloud) are doubles bound to their real
 * action.yml, and `gcloud` is a fake on PATH (test/fixtures/cloud-cli) that checks the YAML it is
 * given and points each revision at a REAL server on 127.0.0.1 over HTTPS. This project's render
 * and health actions run for real from their bundles under Node 24.
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
const PROVIDER = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/acme';
const SA = 'mcp-deploy@acme-weather-prod.iam.gserviceaccount.com';
const ID_TOKEN = `eyJhbGciOiJSUzI1NiJ9.rehearsal-id-token-${'7'.repeat(12)}.sig`;
const AUDIENCE = 'https://weather-abcdefghij-ew.a.run.app';

let cloud: CloudDouble;
const work = mkdtempSync(join(tmpdir(), 'rehearsal-cloudrun-'));

beforeAll(async () => {
  cloud = await startCloudDouble('cloudrun');
});
afterAll(async () => {
  await cloud?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The user's repository: a spec with a Cloud Run target. */
function userRepository(): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  writeFileSync(join(dir, 'mcp-deploy.yml'), 'server: {name: weather, transport: streamable-http, port: 3001, path: /mcp}\ntargets:\n  cloudrun: {project: acme-weather-prod, region: europe-west1}\n');
  return dir;
}

/** google-github-actions/auth: workload identity federation only; a key input is refused. */
const auth: ThirdPartyDouble = {
  action: 'google-github-actions/auth',
  run: async (ctx): Promise<Record<string, string>> => {
    if (ctx.inputs.credentials_json) throw new DoubleRefused('auth double: a service account key was given (the workflow must use workload identity federation)');
    if (!/^projects\/\d+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/.test(ctx.inputs.workload_identity_provider ?? '')) {
      throw new DoubleRefused(`auth double: workload_identity_provider ${JSON.stringify(ctx.inputs.workload_identity_provider)} is not a provider's full name`);
    }
    if (!/^[^@\s]+@[^@\s]+\.iam\.gserviceaccount\.com$/.test(ctx.inputs.service_account ?? '')) throw new DoubleRefused('auth double: service_account is not a service account email');
    ctx.record({ provider: ctx.inputs.workload_identity_provider, serviceAccount: ctx.inputs.service_account, tokenFormat: ctx.inputs.token_format, audience: ctx.inputs.id_token_audience });
    if (ctx.inputs.token_format === 'id_token') {
      if (!ctx.inputs.id_token_audience) throw new DoubleRefused('auth double: token_format id_token without id_token_audience');
      return { project_id: 'acme-weather-prod', id_token: ID_TOKEN };
    }
    return { project_id: 'acme-weather-prod' };
  },
};

const setupGcloud: ThirdPartyDouble = {
  action: 'google-github-actions/setup-gcloud',
  run: async (ctx) => {
    ctx.record({ version: ctx.inputs.version });
    return { version: '999.0.0' };
  },
};

function options(image: string, vars: Record<string, string> = {}): RehearsalOptions {
  return {
    workflow: 'test/fixtures/workflows/deploy-cloudrun-caller.yml',
    event: { name: 'push', payload: { ref: 'refs/heads/main', after: SHA } },
    github: { repository: 'acme/weather', sha: SHA, ref: 'refs/heads/main' },
    vars: { IMAGE: image, GCP_WIF_PROVIDER: PROVIDER, GCP_DEPLOY_SA: SA, ...vars },
    repositories: { 'acme/weather': userRepository() },
    doubles: [auth, setupGcloud],
    machineEnv: cloud.machineEnv,
  };
}

const failures = (run: Awaited<ReturnType<typeof rehearse>>) =>
  run.jobs.flatMap((j) => j.steps.filter((s) => s.outcome === 'failure').map((s) => `${j.key}/${s.name}: ${s.reason}\n${s.log.slice(-2000)}`));

describe('deploy-cloudrun.yml rehearsed against a Cloud Run double (fake gcloud, doubles of the Google actions, real MCP servers)', () => {
  test('a revision that passes the MCP gate on its tag URL takes all traffic; outputs url, revision, digest, tools-hash, handoff', async () => {
    const before = `weather-${'1'.repeat(7)}`;
    const serving = cloud.images.good.split('@')[1]!;
    cloud.seed('cloudrun', { weather: { revisions: { [before]: serving }, traffic: [{ revisionName: before, percent: 100 }], latest: before } });
    const run = await rehearse(options(cloud.images.good));
    expect(failures(run)).toEqual([]);
    expect(run.result).toBe('success');
    const job = run.job('cloudrun/deploy');
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(job.environment).toMatchObject({ name: 'rehearsal' });
    const goodHost = cloud.state().images[serving].host as string;
    expect(job.outputs).toMatchObject({ url: `https://${goodHost}/mcp`, revision: 'weather-0a1b2c3', digest: serving, 'rolled-back': 'false' });
    expect(job.outputs['tools-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(job.outputs.handoff!)).toMatchObject({ schema: 'mcp-orchestrator/handoff/v1', target: 'cloudrun', clients: { url: job.outputs.url }, release: { revision: 'weather-0a1b2c3', digest: serving } });
    // The candidate was applied with no traffic behind its tag, gated on the tag URL, then promoted.
    const calls = cloud.calls().filter((c) => !c.error);
    const replace = calls.find((c) => c.args[2] === 'replace')!;
    expect((replace.document as { spec: { traffic: unknown } }).spec.traffic).toEqual([
      { revisionName: before, percent: 100 },
      { revisionName: 'weather-0a1b2c3', percent: 0, tag: 'candidate' },
    ]);
    expect(job.steps.find((s) => s.id === 'gate')).toMatchObject({ outcome: 'success', outputs: { healthy: 'true' } });
    const gateIndex = job.steps.findIndex((s) => s.id === 'gate');
    expect(job.steps.findIndex((s) => s.id === 'promote')).toBeGreaterThan(gateIndex);
    expect(calls.at(-1)!.args.slice(0, 6)).toEqual(['run', 'services', 'update-traffic', 'weather', '--to-revisions', 'weather-0a1b2c3=100']);
    expect(cloud.state().cloudrun.weather.traffic).toEqual([{ revisionName: 'weather-0a1b2c3', percent: 100 }]);
    expect(run.records['google-github-actions/auth']).toEqual([expect.objectContaining({ provider: PROVIDER, serviceAccount: SA, tokenFormat: '' })]);
    // No gate-audience: the gate sent no token.
    expect(cloud.authorizations.filter(Boolean)).toEqual([]);
    expect(job.summary).toContain('weather serves revision weather-0a1b2c3');
  }, 300_000);

  test('a revision that fails the gate never takes traffic: its tag is removed, no promotion is recorded, and the job fails saying traffic never moved', async () => {
    const before = `weather-${'2'.repeat(7)}`;
    const good = cloud.images.good.split('@')[1]!;
    cloud.seed('cloudrun', { weather: { revisions: { [before]: good }, traffic: [{ revisionName: before, percent: 100 }], latest: before } });
    const start = cloud.calls().length;
    const run = await rehearse(options(cloud.images.broken));
    expect(run.result).toBe('failure');
    const job = run.job('cloudrun/deploy');
    expect(job.steps.find((s) => s.id === 'gate')?.outcome).toBe('failure');
    expect(job.steps.find((s) => s.id === 'promote')?.outcome ?? 'skipped').toBe('skipped');
    expect(job.outputs['rolled-back']).toBe('true');
    expect(job.outputs.url ?? '').toBe('');
    const calls = cloud.calls().slice(start).filter((c) => !c.error);
    // No call ever gave the new revision traffic; the only traffic call after the replace removes the tag.
    const moves = calls.filter((c) => c.args.includes('--to-revisions'));
    expect(moves.map((c) => c.args[c.args.indexOf('--to-revisions') + 1])).toEqual([`${before}=100`]);
    expect(cloud.state().cloudrun.weather.traffic).toEqual([{ revisionName: before, percent: 100 }]);
    expect(run.annotations.map((a) => a.message).join('\n')).toMatch(/weather-0a1b2c3 failed the MCP gate on its tag candidate: traffic never moved \(all of it stays on weather-2222222\); the tag is removed/);
  }, 300_000);

  test('a private service: the gate sends an ID token minted for gate-audience through workload identity, never printed', async () => {
    cloud.seed('cloudrun', {});
    cloud.authorizations.length = 0;
    const run = await rehearse(options(cloud.images.good, { GATE_AUDIENCE: AUDIENCE }));
    expect(failures(run)).toEqual([]);
    expect(run.records['google-github-actions/auth']).toEqual([expect.objectContaining({ tokenFormat: '' }), expect.objectContaining({ tokenFormat: 'id_token', audience: AUDIENCE })]);
    expect(cloud.authorizations.length).toBeGreaterThan(0);
    expect(new Set(cloud.authorizations)).toEqual(new Set([`Bearer ${ID_TOKEN}`]));
    expect(run.log).not.toContain(ID_TOKEN);
  }, 300_000);

  test('a first deploy (no service yet) creates it from the candidate render, gates it and ends with all traffic on it and no tag', async () => {
    cloud.seed('cloudrun', {});
    const run = await rehearse(options(cloud.images.good));
    expect(failures(run)).toEqual([]);
    const job = run.job('cloudrun/deploy');
    expect(job.steps.find((s) => s.id === 'serving')?.log).toContain('First deploy of weather');
    expect(job.steps.find((s) => s.id === 'gate')).toMatchObject({ outcome: 'success' });
    expect(cloud.state().cloudrun.weather.traffic).toEqual([{ revisionName: 'weather-0a1b2c3', percent: 100 }]);
  }, 300_000);

  test('an image input carrying shell text is refused before any cloud call, reaching the script only as data', async () => {
    cloud.seed('cloudrun', {});
    const start = cloud.calls().length;
    const hostile = `${cloud.images.good}"; gcloud run services delete weather; echo "`;
    const run = await rehearse(options(hostile));
    expect(run.result).toBe('failure');
    const job = run.job('cloudrun/deploy');
    expect(job.steps.find((s) => s.id === 'image')?.outcome).toBe('failure');
    expect(cloud.calls().slice(start)).toEqual([]);
    expect(run.annotations.map((a) => a.message).join('\n')).toContain('input image must be a pushed image by digest');
  }, 300_000);
});
