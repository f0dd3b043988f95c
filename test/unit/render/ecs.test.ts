/**
 * spec → the ECS task definition and service settings: Fargate's cpu/memory table, the container's
 * health check (run here for real against a local HTTP server, through sh as ECS's CMD-SHELL runs
 * it, a hostile health path included), secrets by ARN, awslogs, the service's circuit breaker,
 * target group and autoscaling, and refusals by field.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderEcs } from '../../../src/render/ecs.js';
import type { CloudRender } from '../../../src/render/cloud-settings.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { InputError } from '../../../src/util/errors.js';

const DIGEST = `sha256:${'c0ffee'.repeat(10)}abcd`;
const IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/weather:1.4.0@${DIGEST}`;
const ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const TARGET = `targets:\n  ecs: {region: eu-west-1, execution-role-arn: "${ROLE}"}\n`;
const BRIDGED = 'server: {name: weather, transport: stdio}\n';
const native = (port: number, extra = '') => `server: {name: weather, transport: streamable-http, port: ${port}}\n${extra}${TARGET}`;

const render = (specText: string): CloudRender => renderEcs(parseSpec(specText, 'mcp-deploy.yml'), { image: IMAGE });
// Rendered documents are plain data asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const task = (r: CloudRender) => r.documents[0]!.value as any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const service = (r: CloudRender) => r.documents[1]!.value as any;
const container = (r: CloudRender) => task(r).containerDefinitions[0];
const refused = (text: string) => {
  try {
    render(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the render to refuse');
};

describe('render ecs', () => {
  test.each(['node-server', 'python-server'])('the %s example renders a Fargate task definition and service settings, JSON as written', (example) => {
    const text = readFileSync(new URL(`../../../examples/${example}/mcp-deploy.yml`, import.meta.url), 'utf8');
    const r = render(`${text}\n${TARGET}`);
    expect(r.documents.map((d) => d.name)).toEqual(['task-definition.json', 'service.json']);
    for (const d of r.documents) expect(JSON.parse(d.text)).toEqual(d.value);
    expect(task(r)).toMatchObject({ networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', executionRoleArn: ROLE });
    expect(r.warnings.join('\n')).toMatch(/rounded up to the Fargate task size 0.25 vCPU \/ 512 MiB/);
  });

  test('the container: digest, port mapping, awslogs, read-only root with a /tmp volume, non-root user, no capabilities, node health check of /healthz', () => {
    const r = render(`${BRIDGED}${TARGET}`);
    expect(container(r)).toMatchObject({
      name: 'weather',
      image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/weather@${DIGEST}`,
      essential: true,
      portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/weather', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'weather' } },
      readonlyRootFilesystem: true,
      user: '10001:10001',
      linuxParameters: { capabilities: { drop: ['ALL'] } },
      mountPoints: [{ sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false }],
      stopTimeout: 45,
    });
    expect(container(r).healthCheck.command.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(task(r).volumes).toEqual([{ name: 'tmp' }]);
  });

  test.each([
    [undefined, undefined, '256', '512'],
    ['0.25', '512Mi', '256', '512'],
    ['0.5', '1Gi', '512', '1024'],
    ['500m', '2.5Gi', '512', '3072'],
    ['1', '3Gi', '1024', '3072'],
    ['1', '10Gi', '2048', '10240'],
    ['4', '30Gi', '4096', '30720'],
    ['4', '31Gi', '8192', '32768'],
    ['8', '17Gi', '8192', '20480'],
    ['16', '120Gi', '16384', '122880'],
  ])('resources cpu %s memory %s → the Fargate pair %s / %s', (cpu, memory, taskCpu, taskMemory) => {
    const resources = [cpu && `cpu: "${cpu}"`, memory && `memory: ${memory}`].filter(Boolean).join(', ');
    const r = render(`${BRIDGED}${resources ? `resources: {${resources}}\n` : ''}${TARGET}`);
    expect([task(r).cpu, task(r).memory]).toEqual([taskCpu, taskMemory]);
  });

  test.each([
    ['resources.cpu', 'resources: {cpu: 17}\n', /17 vCPU is above Fargate's 16 vCPU/],
    ['resources.memory', 'resources: {memory: 121Gi}\n', /121Gi is above Fargate's 120 GiB/],
    ['targets.ecs.region', 'targets: {ecs: {execution-role-arn: "arn:aws:iam::123456789012:role/x"}}\n', /missing: the awslogs driver writes to a region/],
    ['targets.ecs.execution-role-arn', 'targets: {ecs: {region: eu-west-1}}\n', /missing: Fargate pulls the image/],
    ['secrets[0].from.gcp', `secrets: [{name: API_KEY, from: {gcp: {secret: k}}}]\n${TARGET}`, /API_KEY cannot be read by ECS.*from\.aws/],
  ])('refuses %s, naming the field', (field, extra, message) => {
    const text = refused(`${BRIDGED}${extra}${extra.includes('targets:') ? '' : TARGET}`);
    expect(text).toContain(`mcp-deploy.yml: ${field}: `);
    expect(text).toMatch(message);
  });

  test('secrets and the bearer token are Secrets Manager or SSM ARNs in valueFrom; no value anywhere', () => {
    const sm = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:weather/api-key-AbCdEf';
    const ssm = 'arn:aws:ssm:eu-west-1:123456789012:parameter/weather/db-url';
    const r = render(`${BRIDGED}secrets:\n  - {name: API_KEY, from: {aws: {arn: "${sm}"}}}\n  - {name: DB_URL, from: {aws: {arn: "${ssm}"}}}\nauth: {mode: bearer, bearer: {secret: {from: {aws: {arn: "${sm}:token::"}}}}}\n${TARGET}`);
    expect(container(r).secrets).toEqual([
      { name: 'API_KEY', valueFrom: sm },
      { name: 'DB_URL', valueFrom: ssm },
      { name: 'MCP_BRIDGE_TOKEN', valueFrom: `${sm}:token::` },
    ]);
    expect(container(r).environment).toEqual([
      { name: 'MCP_BRIDGE_AUTH', value: 'bearer' },
      { name: 'MCP_BRIDGE_AUTH_TOKEN_ENV', value: 'MCP_BRIDGE_TOKEN' },
    ]);
  });

  test('service.json: rolling-back circuit breaker; with a target group its health check (/readyz for bridged) and stickiness off for one task', () => {
    const tg = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/weather/0123456789abcdef';
    const r = render(`${BRIDGED}targets:\n  ecs: {region: eu-west-1, execution-role-arn: "${ROLE}", cluster: mcp, subnets: [subnet-0123456789abcdef0], security-groups: [sg-01234567], target-group-arn: "${tg}"}\n`);
    const s = service(r);
    expect(s.service).toMatchObject({
      cluster: 'mcp',
      serviceName: 'weather',
      taskDefinition: 'weather',
      launchType: 'FARGATE',
      desiredCount: 1,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, minimumHealthyPercent: 100 },
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-01234567'], assignPublicIp: 'DISABLED' } },
      loadBalancers: [{ targetGroupArn: tg, containerName: 'weather', containerPort: 8080 }],
    });
    expect(s.targetGroup).toMatchObject({ TargetGroupArn: tg, HealthCheckPath: '/readyz', Matcher: { HttpCode: '200' } });
    expect(s.targetGroup.Attributes).toContainEqual({ Key: 'stickiness.enabled', Value: 'false' });
    expect(s.scalableTarget).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });

  test('many tasks: stickiness on with the cookie warning, and the autoscaling range', () => {
    const tg = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/weather/0123456789abcdef';
    const r = render(`${BRIDGED}scaling: {min: 2, max: 6, cpu: 70}\ntargets:\n  ecs: {region: eu-west-1, execution-role-arn: "${ROLE}", subnets: [subnet-01234567], target-group-arn: "${tg}"}\n`);
    expect(service(r).service.desiredCount).toBe(2);
    expect(service(r).targetGroup.Attributes).toContainEqual({ Key: 'stickiness.enabled', Value: 'true' });
    expect(service(r).scalableTarget).toEqual({ ServiceNamespace: 'ecs', ScalableDimension: 'ecs:service:DesiredCount', ResourceId: 'service/default/weather', MinCapacity: 2, MaxCapacity: 6, TargetCpuUtilization: 70 });
    expect(r.warnings.join('\n')).toMatch(/more than one ECS instance.*lb_cookie/);
  });
});

describe('the ECS health check runs as ECS runs it', () => {
  let server: Server;
  let port: number;
  const requested: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ecs-health-'));
  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      res.statusCode = req.url === '/healthz' || req.url?.startsWith('/ok') ? 200 : 500;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  /** CMD runs the argv; CMD-SHELL runs its one string with sh -c. (Asynchronously: the server answers from this process.) */
  const runCheck = (command: string[]) => {
    const [kind, ...rest] = command;
    const argv = kind === 'CMD-SHELL' ? ['sh', '-c', rest[0]!] : rest;
    return new Promise<number | null>((resolve, reject) => {
      const child = spawn(argv[0]!, argv.slice(1), { cwd: dir, stdio: 'ignore', timeout: 20_000 });
      child.on('error', reject);
      child.on('exit', (code) => resolve(code));
    });
  };
  const healthCommand = (text: string) => container(render(text)).healthCheck.command as string[];

  test('bridged: node fetches /healthz and passes; fails when nothing listens', async () => {
    expect(await runCheck(healthCommand(`server: {name: weather, transport: stdio, port: ${port}}\n${TARGET}`))).toBe(0);
    expect(await runCheck(healthCommand(`server: {name: weather, transport: stdio, port: 1}\n${TARGET}`))).not.toBe(0);
  });

  test('native with a health path: passes on 200, fails on 500; without one: passes when the port accepts', async () => {
    expect(await runCheck(healthCommand(native(port, 'health: {path: /ok}\n')))).toBe(0);
    expect(await runCheck(healthCommand(native(port, 'health: {path: /broken}\n')))).not.toBe(0);
    expect(await runCheck(healthCommand(native(port)))).toBe(0);
  });

  test("a hostile health path reaches the server as the path, and the shell runs nothing of it", async () => {
    // Only what the urlPath grammar admits: quotes, $, ( ), ; and & are among them.
    const hostile = "/ok';touch$IFS'pwned';'$(touch$IFS'pwned2')&touch$IFS'pwned3'";
    expect(await runCheck(healthCommand(native(port, `health: {path: ${JSON.stringify(hostile)}}\n`)))).toBe(0);
    expect(requested).toContain(hostile);
    for (const f of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(dir, f))).toBe(false);
  });
});
