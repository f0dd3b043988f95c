/**
 * Hostile values in every cloud setting of the spec and every secret reference the cloud targets
 * read: each is refused by the schema with the file, line and field, its value JSON-quoted (a line
 * break cannot forge a second line of the error); then the renders' own flags, refused by name.
 */
import { describe, expect, test } from '@jest/globals';
import { renderCloud } from '../../../src/render/cloud.js';
import { CLOUD_GRAMMARS } from '../../../src/spec/cloud-grammar.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { InputError } from '../../../src/util/errors.js';
import { expectRefusedAt } from '../../helpers/spec-refusal.js';

const NEWLINE = 'x\nkind: Secret';
const SHELL = 'a;rm -rf /';
const SUBST = '$(id)';
const HOSTILE = [NEWLINE, SHELL, SUBST, 'A B', '"quoted"'];
const SUB = '00000000-1111-2222-3333-444444444444';

/** [field as the error names it, spec text with VALUE where the value goes, line of the value] */
const fields: Array<[string, string, number]> = [
  ['targets.cloudrun.service', 'targets:\n  cloudrun:\n    service: VALUE\n', 4],
  ['targets.cloudrun.service-account', 'targets:\n  cloudrun:\n    service-account: VALUE\n', 4],
  ['targets.cloudrun.project', 'targets:\n  cloudrun:\n    project: VALUE\n', 4],
  ['targets.cloudrun.region', 'targets:\n  cloudrun:\n    region: VALUE\n', 4],
  ['targets.ecs.region', 'targets:\n  ecs:\n    region: VALUE\n', 4],
  ['targets.ecs.cluster', 'targets:\n  ecs:\n    cluster: VALUE\n', 4],
  ['targets.ecs.service', 'targets:\n  ecs:\n    service: VALUE\n', 4],
  ['targets.ecs.family', 'targets:\n  ecs:\n    family: VALUE\n', 4],
  ['targets.ecs.execution-role-arn', 'targets:\n  ecs:\n    execution-role-arn: VALUE\n', 4],
  ['targets.ecs.task-role-arn', 'targets:\n  ecs:\n    task-role-arn: VALUE\n', 4],
  ['targets.ecs.log-group', 'targets:\n  ecs:\n    log-group: VALUE\n', 4],
  ['targets.ecs.subnets.0', 'targets:\n  ecs:\n    subnets:\n      - VALUE\n', 5],
  ['targets.ecs.security-groups.0', 'targets:\n  ecs:\n    security-groups:\n      - VALUE\n', 5],
  ['targets.ecs.target-group-arn', 'targets:\n  ecs:\n    target-group-arn: VALUE\n', 4],
  ['targets.containerapps.subscription', 'targets:\n  containerapps:\n    subscription: VALUE\n', 4],
  ['targets.containerapps.resource-group', 'targets:\n  containerapps:\n    resource-group: VALUE\n', 4],
  ['targets.containerapps.environment', 'targets:\n  containerapps:\n    environment: VALUE\n', 4],
  ['targets.containerapps.name', 'targets:\n  containerapps:\n    name: VALUE\n', 4],
  ['targets.containerapps.location', 'targets:\n  containerapps:\n    location: VALUE\n', 4],
  ['targets.containerapps.identity', 'targets:\n  containerapps:\n    identity: VALUE\n', 4],
  ['secrets.0.from.aws.arn', 'secrets:\n  - name: K\n    from:\n      aws:\n        arn: VALUE\n', 6],
  ['secrets.0.from.azure.vault', 'secrets:\n  - name: K\n    from:\n      azure:\n        secret: s\n        vault: VALUE\n', 7],
  ['secrets.0.from.azure.secret', 'secrets:\n  - name: K\n    from:\n      azure:\n        vault: kv1\n        secret: VALUE\n', 7],
  ['secrets.0.from.azure.version', 'secrets:\n  - name: K\n    from:\n      azure:\n        vault: kv1\n        secret: s\n        version: VALUE\n', 8],
  ['secrets.0.from.gcp.secret', 'secrets:\n  - name: K\n    from:\n      gcp:\n        secret: VALUE\n', 6],
];

const cases = fields.flatMap(([field, text, line]) => HOSTILE.map((value) => [field, value, line, `server: {name: a}\n${text.replace('VALUE', JSON.stringify(value))}`] as const));

describe('hostile values in the cloud settings', () => {
  test.each(cases)('%s = %j is refused with its file, line and field', (field, value, line, text) => expectRefusedAt(text, field, line, value));

  test('the values each grammar is built for pass it', () => {
    const good: Record<keyof typeof CLOUD_GRAMMARS, string> = {
      cloudRunService: 'weather-mcp',
      cloudRunTag: 'candidate',
      gcpServiceAccount: 'mcp-weather@acme-prod.iam.gserviceaccount.com',
      awsSecretArn: 'arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:team/key-AbC123:password:AWSCURRENT:',
      awsRoleArn: 'arn:aws:iam::123456789012:role/service-role/ecsTaskExecutionRole',
      awsRegion: 'ap-southeast-2',
      awsTargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/weather/0123456789abcdef',
      ecsName: 'weather_mcp-1',
      logGroup: '/ecs/weather',
      subnet: 'subnet-0123456789abcdef0',
      securityGroup: 'sg-01234567',
      azureSubscription: SUB,
      azureResourceGroup: 'rg-mcp(prod)_1',
      containerAppName: 'weather-mcp',
      containerAppEnvironment: 'mcp-env',
      azureIdentity: 'system',
      keyVaultName: 'acme-kv',
      keyVaultSecret: 'weather-api-key',
      keyVaultVersion: '0123456789abcdef0123456789abcdef',
      revisionSuffix: '00007-xyz',
    };
    for (const [grammar, value] of Object.entries(good)) expect([grammar, new RegExp(CLOUD_GRAMMARS[grammar as keyof typeof CLOUD_GRAMMARS].pattern, 'u').test(value)]).toEqual([grammar, true]);
  });
});

describe('hostile values in the render options', () => {
  const spec = () =>
    parseSpec(
      `server: {name: weather, transport: stdio}\ntargets:\n  ecs: {region: eu-west-1, execution-role-arn: "arn:aws:iam::123456789012:role/x"}\n  containerapps: {subscription: ${SUB}, resource-group: rg, environment: env}\n`,
      'x.yml',
    );
  const IMAGE = `ghcr.io/acme/weather@sha256:${'a'.repeat(64)}`;
  test.each([
    ['cloudrun', { revisionSuffix: NEWLINE }, '--revision-suffix'],
    ['cloudrun', { sha: SHELL }, '--sha'],
    ['cloudrun', { tag: SUBST }, '--tag'],
    ['cloudrun', { servingRevision: `weather-${SHELL}` }, '--serving-revision'],
    ['ecs', { image: `ghcr.io/acme/weather:${SUBST}` }, '--image'],
    ['containerapps', { revisionSuffix: SHELL }, '--revision-suffix'],
    ['containerapps', { tag: NEWLINE }, '--tag'],
    ['containerapps', { servingRevision: `weather--${NEWLINE}` }, '--serving-revision'],
  ] as const)('%s refuses %j by its flag', (target, options, flag) => {
    let error: unknown;
    try {
      renderCloud(target, spec(), { image: IMAGE, ...options });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.startsWith(flag)).toBe(true);
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });
});
