/**
 * Rehearsal of .github/workflows/deploy-ecs.yml by the harness (test/harness), from a user's caller
 * (test/fixtures/workflows/deploy-ecs-caller.yml). AWS is a DOUBLE: the official actions
 * (configure-aws-credentials, amazon-ecs-deploy-task-definition) are doubles bound to their real
 * action.yml, `aws` is a fake on PATH (test/fixtures/cloud-cli), and the load balancer is a proxy
 * on 127.0.0.1 to the REAL server of the task definition the service runs. This project's render
 * and health actions run for real from their bundles under Node 24.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { startCloudDouble, type CloudDouble } from '../fixtures/cloud-cli/cloud-double.js';
import { rehearse } from '../harness/rehearse.js';
import { DoubleRefused, type ThirdPartyDouble } from '../harness/third-party.js';
import type { RehearsalOptions } from '../harness/types.js';

const SHA = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
const ROLE = 'arn:aws:iam::123456789012:role/github-deploy-weather';
const PREVIOUS = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/weather:7';

let cloud: CloudDouble;
const work = mkdtempSync(join(tmpdir(), 'rehearsal-ecs-'));

beforeAll(async () => {
  cloud = await startCloudDouble('ecs');
});
afterAll(async () => {
  await cloud?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The user's repository: a spec with a ECS target. */
function userRepository(): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  writeFileSync(join(dir, 'mcp-deploy.yml'), `server: {name: weather, transport: streamable-http, port: 3001, path: /mcp}\ntargets:\n  ecs: {region: eu-west-1, cluster: mcp, execution-role-arn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"}\n`);
  return dir;
}

/** configure-aws-credentials: a role assumed with the OIDC token; access keys are refused. */
const awsCredentials: ThirdPartyDouble = {
  action: 'aws-actions/configure-aws-credentials',
  run: async (ctx) => {
    if (ctx.inputs['aws-access-key-id'] || ctx.inputs['aws-secret-access-key']) throw new DoubleRefused('configure-aws-credentials double: access keys were given; the workflow must assume a role with OIDC');
    if (!/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(ctx.inputs['role-to-assume'] ?? '')) throw new DoubleRefused(`configure-aws-credentials double: role-to-assume ${JSON.stringify(ctx.inputs['role-to-assume'])} is not a role ARN`);
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(ctx.inputs['aws-region'] ?? '')) throw new DoubleRefused(`configure-aws-credentials double: aws-region ${JSON.stringify(ctx.inputs['aws-region'])} is not a region`);
    ctx.record({ role: ctx.inputs['role-to-assume'], region: ctx.inputs['aws-region'] });
    return { 'aws-account-id': '123456789012' };
  },
};

/**
 * amazon-ecs-deploy-task-definition: registers the rendered task definition (checked as
 * RegisterTaskDefinition would: Fargate, awsvpc, an image the registry holds) and points the
 * service at it; only with wait-for-service-stability, as the workflow must ask.
 */
const ecsDeploy: ThirdPartyDouble = {
  action: 'aws-actions/amazon-ecs-deploy-task-definition',
  run: async (ctx) => {
    if (ctx.inputs['wait-for-service-stability'] !== 'true') throw new DoubleRefused('ecs deploy double: wait-for-service-stability is not true (the gate would run before the rollout ends)');
    const file = isAbsolute(ctx.inputs['task-definition']!) ? ctx.inputs['task-definition']! : join(ctx.workspace, ctx.inputs['task-definition']!);
    const task = JSON.parse(readFileSync(file, 'utf8')) as { family: string; networkMode: string; requiresCompatibilities: string[]; containerDefinitions: Array<{ image: string; logConfiguration: { options: Record<string, string> } }> };
    if (task.networkMode !== 'awsvpc' || !task.requiresCompatibilities.includes('FARGATE')) throw new DoubleRefused('ecs deploy double: not a Fargate task definition');
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(task.containerDefinitions[0]!.image)?.[1];
    const state = cloud.state();
    if (!digest || !state.images[digest]) throw new DoubleRefused(`ecs deploy double: image ${task.containerDefinitions[0]!.image} not in the registry`);
    const key = `${ctx.inputs.cluster}/${ctx.inputs.service}`;
    if (!state.ecs.services[key]) throw new DoubleRefused(`ecs deploy double: service ${key} not found`);
    const region = task.containerDefinitions[0]!.logConfiguration.options['awslogs-region'];
    const revision = Object.values(state.ecs.taskDefinitions as Record<string, { family: string }>).filter((t) => t.family === task.family).length + 7;
    const arn = `arn:aws:ecs:${region}:123456789012:task-definition/${task.family}:${revision}`;
    state.ecs.taskDefinitions[arn] = { family: task.family, digest };
    state.ecs.services[key].taskDefinition = arn;
    cloud.seed('ecs', state.ecs);
    ctx.record({ taskDefinition: task, arn, service: ctx.inputs.service, cluster: ctx.inputs.cluster });
    return { 'task-definition-arn': arn };
  },
};

function options(image: string): RehearsalOptions {
  return {
    workflow: 'test/fixtures/workflows/deploy-ecs-caller.yml',
    event: { name: 'push', payload: { ref: 'refs/heads/main', after: SHA } },
    github: { repository: 'acme/weather', sha: SHA, ref: 'refs/heads/main' },
    vars: { IMAGE: image, AWS_DEPLOY_ROLE: ROLE, SERVICE_URL: cloud.loadBalancerUrl },
    repositories: { 'acme/weather': userRepository() },
    doubles: [awsCredentials, ecsDeploy],
    machineEnv: cloud.machineEnv,
  };
}

const failures = (run: Awaited<ReturnType<typeof rehearse>>) =>
  run.jobs.flatMap((j) => j.steps.filter((s) => s.outcome === 'failure').map((s) => `${j.key}/${s.name}: ${s.reason}\n${s.log.slice(-2000)}`));

const seed = () =>
  cloud.seed('ecs', { taskDefinitions: { [PREVIOUS]: { family: 'weather', digest: cloud.images.good.split('@')[1]! } }, services: { 'mcp/weather': { taskDefinition: PREVIOUS } } });

describe('deploy-ecs.yml rehearsed against an ECS double (fake aws, doubles of the AWS actions, real MCP servers behind a load balancer double)', () => {
  test('a task definition that passes the MCP gate after stability stays; outputs url, revision, digest, tools-hash, handoff; nothing rolled back', async () => {
    seed();
    const start = cloud.calls().length;
    const run = await rehearse(options(cloud.images.good));
    expect(failures(run)).toEqual([]);
    expect(run.result).toBe('success');
    const job = run.job('ecs/deploy');
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const arn = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/weather:8';
    expect(job.outputs).toMatchObject({ url: cloud.loadBalancerUrl, revision: arn, digest: cloud.images.good.split('@')[1], 'rolled-back': 'false' });
    expect(job.outputs['tools-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(job.outputs.handoff!)).toMatchObject({ schema: 'mcp-orchestrator/handoff/v1', target: 'ecs', release: { revision: arn } });
    expect(run.records['aws-actions/amazon-ecs-deploy-task-definition']).toEqual([expect.objectContaining({ arn, service: 'weather', cluster: 'mcp' })]);
    expect(run.records['aws-actions/configure-aws-credentials']).toEqual([expect.objectContaining({ role: ROLE, region: 'eu-west-1' })]);
    expect(cloud.calls().slice(start).filter((c) => c.args[1] === 'update-service')).toEqual([]);
    expect(cloud.state().ecs.services['mcp/weather'].taskDefinition).toBe(arn);
  }, 300_000);

  test('a task definition that fails the gate is rolled back: the previous one is deployed again and waited for, and the job fails saying so', async () => {
    seed();
    const start = cloud.calls().length;
    const run = await rehearse(options(cloud.images.broken));
    expect(run.result).toBe('failure');
    const job = run.job('ecs/deploy');
    expect(job.steps.find((s) => s.id === 'gate')?.outcome).toBe('failure');
    expect(job.outputs['rolled-back']).toBe('true');
    const calls = cloud.calls().slice(start).filter((c) => !c.error);
    expect(calls.map((c) => c.args.slice(0, 2).join(' '))).toEqual(['ecs describe-services', 'ecs update-service', 'ecs wait']);
    const update = calls[1]!.args;
    expect(update[update.indexOf('--task-definition') + 1]).toBe(PREVIOUS);
    expect(cloud.state().ecs.services['mcp/weather'].taskDefinition).toBe(PREVIOUS);
    expect(run.annotations.map((a) => a.message).join('\n')).toMatch(/task-definition\/weather:\d+ failed the MCP gate after the rollout of weather: rolled back, the service runs arn:aws:ecs:eu-west-1:123456789012:task-definition\/weather:7 again \(stable\)/);
  }, 300_000);
});
