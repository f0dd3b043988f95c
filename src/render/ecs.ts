/**
 * spec → an ECS task definition for Fargate (the input of RegisterTaskDefinition, which
 * aws-actions/amazon-ecs-deploy-task-definition reads) and the service settings it needs
 * (service.json: CreateService's input with a rolling-back circuit breaker, the target group's
 * health check and stickiness, the autoscaling range). Pure; typed by the AWS SDK's own types.
 */
import type { ContainerDefinition, CreateServiceCommandInput, RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { DeploySpec } from '../spec/spec.js';
import { cloudImage, cloudSecrets, cookieAffinityWarning, instanceCounts, plainEnv, specError, targetSettings, type CloudRender, type RenderCloudOptions } from './cloud-settings.js';
import { ecsHealthCheck, fargateSize } from './ecs-container.js';

/** The user the generated Dockerfiles run as (as in the Kubernetes render). */
const RUN_AS = '10001:10001';
/** The bridge drains for up to 30 s on SIGTERM; Fargate allows 120. */
const STOP_TIMEOUT = { bridged: 45, native: 30 };

/** ELBv2 ModifyTargetGroup and ModifyTargetGroupAttributes inputs, in the API's own names (the ELBv2 SDK is not a dependency). */
export interface TargetGroupSettings {
  TargetGroupArn: string;
  HealthCheckProtocol: 'HTTP';
  HealthCheckPath: string;
  Matcher: { HttpCode: string };
  HealthCheckIntervalSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  Attributes: Array<{ Key: string; Value: string }>;
}

/** Application Auto Scaling's RegisterScalableTarget input, and the CPU target of its tracking policy. */
export interface ScalableTargetSettings {
  ServiceNamespace: 'ecs';
  ScalableDimension: 'ecs:service:DesiredCount';
  ResourceId: string;
  MinCapacity: number;
  MaxCapacity: number;
  TargetCpuUtilization: number;
}

export interface EcsServiceDocument {
  service: CreateServiceCommandInput;
  targetGroup?: TargetGroupSettings;
  scalableTarget?: ScalableTargetSettings;
}

interface EcsSettings {
  region: string;
  cluster: string;
  service: string;
  family: string;
  executionRoleArn: string;
  taskRoleArn?: string;
  logGroup: string;
  architecture: 'X86_64' | 'ARM64';
  subnets?: string[];
  securityGroups?: string[];
  targetGroupArn?: string;
}

function readEcsSettings(spec: DeploySpec): EcsSettings {
  const t = targetSettings(spec, 'ecs');
  for (const field of ['region', 'execution-role-arn']) {
    if (t[field] === undefined) throw specError(spec, `targets.ecs.${field}`, `missing: ${field === 'region' ? 'the awslogs driver writes to a region' : 'Fargate pulls the image, writes logs and reads secrets with the execution role'}`);
  }
  const family = (t.family as string | undefined) ?? spec.server.name;
  return {
    region: t.region as string,
    cluster: (t.cluster as string | undefined) ?? 'default',
    service: (t.service as string | undefined) ?? spec.server.name,
    family,
    executionRoleArn: t['execution-role-arn'] as string,
    taskRoleArn: t['task-role-arn'] as string | undefined,
    logGroup: (t['log-group'] as string | undefined) ?? `/ecs/${family}`,
    architecture: (t.architecture as EcsSettings['architecture'] | undefined) ?? 'X86_64',
    subnets: t.subnets as string[] | undefined,
    securityGroups: t['security-groups'] as string[] | undefined,
    targetGroupArn: t['target-group-arn'] as string | undefined,
  };
}

function container(spec: DeploySpec, settings: EcsSettings, image: string, warnings: string[]): ContainerDefinition {
  const environment = plainEnv(spec, 'ecs', warnings).map(([name, value]) => ({ name, value }));
  const secrets = cloudSecrets(spec, 'ecs').map(({ name, ref }) => ({ name, valueFrom: String(ref.arn) }));
  const bridged = spec.server.transport === 'stdio';
  return {
    name: spec.server.name,
    image,
    essential: true,
    portMappings: [{ name: 'http', containerPort: spec.server.port, hostPort: spec.server.port, protocol: 'tcp', appProtocol: 'http' }],
    ...(environment.length ? { environment } : {}),
    ...(secrets.length ? { secrets } : {}),
    healthCheck: ecsHealthCheck(spec),
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': settings.logGroup, 'awslogs-region': settings.region, 'awslogs-stream-prefix': spec.server.name } },
    readonlyRootFilesystem: true,
    user: RUN_AS,
    privileged: false,
    linuxParameters: { initProcessEnabled: true, capabilities: { drop: ['ALL'] } },
    mountPoints: [{ sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false }],
    stopTimeout: bridged ? STOP_TIMEOUT.bridged : STOP_TIMEOUT.native,
  };
}

function targetGroup(spec: DeploySpec, arn: string, multi: boolean): TargetGroupSettings {
  // Bridged: ready means the child answers. Native without a health path: any HTTP answer on the MCP path means it is up.
  const path = spec.server.transport === 'stdio' ? '/readyz' : (spec.health.path ?? spec.server.path);
  const any = spec.server.transport !== 'stdio' && spec.health.path === undefined;
  return {
    TargetGroupArn: arn,
    HealthCheckProtocol: 'HTTP',
    HealthCheckPath: path,
    Matcher: { HttpCode: any ? '200-499' : '200' },
    HealthCheckIntervalSeconds: 15,
    HealthyThresholdCount: 2,
    UnhealthyThresholdCount: 3,
    Attributes: [
      { Key: 'stickiness.enabled', Value: String(multi) },
      { Key: 'stickiness.type', Value: 'lb_cookie' },
      { Key: 'stickiness.lb_cookie.duration_seconds', Value: '86400' },
      { Key: 'deregistration_delay.timeout_seconds', Value: String(spec.server.transport === 'stdio' ? STOP_TIMEOUT.bridged : STOP_TIMEOUT.native) },
    ],
  };
}

function serviceDocument(spec: DeploySpec, s: EcsSettings, warnings: string[]): EcsServiceDocument {
  const { min, max, multi } = instanceCounts(spec);
  const desired = Math.max(min, 1);
  if (min === 0) warnings.push(`${spec.server.name}: scaling.min 0 is not a thing ECS does on requests; the service keeps at least 1 task`);
  if (multi) warnings.push(cookieAffinityWarning(spec, 'ecs', 'the target group\'s stickiness (lb_cookie) is on'));
  if (!s.subnets) warnings.push(`${spec.server.name}: targets.ecs.subnets is not set: service.json has no networkConfiguration (a new awsvpc service needs one; an existing service keeps its own)`);
  const service: CreateServiceCommandInput = {
    cluster: s.cluster,
    serviceName: s.service,
    taskDefinition: s.family,
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    desiredCount: desired,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, minimumHealthyPercent: 100, maximumPercent: 200 },
    ...(s.subnets ? { networkConfiguration: { awsvpcConfiguration: { subnets: s.subnets, ...(s.securityGroups ? { securityGroups: s.securityGroups } : {}), assignPublicIp: 'DISABLED' } } } : {}),
    ...(s.targetGroupArn ? { loadBalancers: [{ targetGroupArn: s.targetGroupArn, containerName: spec.server.name, containerPort: spec.server.port }], healthCheckGracePeriodSeconds: 60 } : {}),
    enableExecuteCommand: false,
    propagateTags: 'TASK_DEFINITION',
    enableECSManagedTags: true,
  };
  return {
    service,
    ...(s.targetGroupArn ? { targetGroup: targetGroup(spec, s.targetGroupArn, multi) } : {}),
    ...(max > desired
      ? {
          scalableTarget: {
            ServiceNamespace: 'ecs',
            ScalableDimension: 'ecs:service:DesiredCount',
            ResourceId: `service/${s.cluster}/${s.service}`,
            MinCapacity: desired,
            MaxCapacity: max,
            TargetCpuUtilization: spec.scaling?.cpu ?? 80,
          },
        }
      : {}),
  };
}

export function renderEcs(spec: DeploySpec, options: RenderCloudOptions): CloudRender {
  const settings = readEcsSettings(spec);
  const warnings: string[] = [];
  const { text: image } = cloudImage(options.image);
  const size = fargateSize(spec, warnings);
  const task: RegisterTaskDefinitionCommandInput = {
    family: settings.family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: size.cpu,
    memory: size.memory,
    executionRoleArn: settings.executionRoleArn,
    ...(settings.taskRoleArn ? { taskRoleArn: settings.taskRoleArn } : {}),
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: settings.architecture },
    containerDefinitions: [container(spec, settings, image, warnings)],
    volumes: [{ name: 'tmp' }],
    tags: [{ key: 'managed-by', value: 'mcp-orchestrator' }],
  };
  const service = serviceDocument(spec, settings, warnings);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    target: 'ecs',
    documents: [
      { name: 'task-definition.json', text: json(task), value: task as unknown as Record<string, unknown> },
      { name: 'service.json', text: json(service), value: service as unknown as Record<string, unknown> },
    ],
    revision: settings.family,
    warnings,
  };
}
