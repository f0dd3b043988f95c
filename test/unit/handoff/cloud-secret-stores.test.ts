/**
 * The handoff's credentials for the cloud secret references (ECS by ARN, Container Apps from Key
 * Vault, Cloud Run from Secret Manager): each named as its store, never as an object.
 */
import { describe, expect, test } from '@jest/globals';
import { describeStore, secretStoreOf, secretsHandoff } from '../../../src/handoff/credentials.js';
import { parseSpec } from '../../../src/spec/spec.js';

const spec = parseSpec(
  [
    'server: {name: weather}',
    'secrets:',
    '  - {name: A, from: {aws: {arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:weather-a-AbCdEf"}}}',
    '  - {name: B, from: {aws: {arn: "arn:aws:ssm:eu-west-1:123456789012:parameter/weather/b"}}}',
    '  - {name: C, from: {azure: {vault: acme-kv, secret: weather-c, version: 0123456789abcdef0123456789abcdef}}}',
    '  - {name: D, from: {gcp: {secret: weather-d, version: "3"}}}',
    '',
  ].join('\n'),
  'mcp-deploy.yml',
);

describe('cloud secret references in the handoff', () => {
  const described = secretsHandoff(spec, 'kubernetes').map((s) => describeStore(s.store));

  test('each is named by its store', () => {
    expect(described).toEqual([
      'AWS Secrets Manager secret arn:aws:secretsmanager:eu-west-1:123456789012:secret:weather-a-AbCdEf',
      'SSM parameter arn:aws:ssm:eu-west-1:123456789012:parameter/weather/b',
      'Azure Key Vault acme-kv, secret weather-c (version 0123456789abcdef0123456789abcdef)',
      'Google Secret Manager weather-d (version 3)',
    ]);
    expect(described.join('\n')).not.toContain('[object Object]');
  });

  test('a Kubernetes pod is told it cannot read them', () => {
    expect(secretsHandoff(spec, 'kubernetes').map((s) => s.delivery)).toEqual([
      'not readable by a Kubernetes pod (an ECS reference)',
      'not readable by a Kubernetes pod (an ECS reference)',
      'not readable by a Kubernetes pod (a Container Apps reference)',
      'not readable by a Kubernetes pod (a Cloud Run reference)',
    ]);
  });

  test('a kind the handoff does not know is a bug, not an object in the text', () => {
    expect(() => secretStoreOf({ vaultish: { x: 1 } })).toThrow(/no handoff for the kind "vaultish"/);
  });
});
