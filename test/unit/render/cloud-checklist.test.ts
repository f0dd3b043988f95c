/** The cloud renders pass the checklist's own cloud rules (resources, scaling, TLS, health checks, logs, images, secrets by reference). */
import { describe, expect, test } from '@jest/globals';
import { runChecklist } from '../../../src/checklist/engine.js';
import { allRules } from '../../../src/checklist/rules/index.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { renderCloud } from '../../../src/render/cloud.js';
import { parseSpec } from '../../../src/spec/spec.js';

const IMAGE = `ghcr.io/acme/weather:1.4.0@sha256:${'a'.repeat(64)}`;
const SPEC = `server: {name: weather, transport: stdio}
resources: {cpu: 1, memory: 1Gi}
scaling: {min: 1, max: 3}
secrets:
  - {name: API_KEY, from: {gcp: {secret: k, version: "2"}}}
targets:
  ecs: {region: eu-west-1, execution-role-arn: "arn:aws:iam::123456789012:role/exec"}
  containerapps: {subscription: 00000000-1111-2222-3333-444444444444, resource-group: mcp, environment: mcp-env, identity: system}
`;
const specFor = (target: string) =>
  SPEC.replace('{gcp: {secret: k, version: "2"}}', { cloudrun: '{gcp: {secret: k, version: "2"}}', ecs: '{aws: {arn: "arn:aws:ssm:eu-west-1:123456789012:parameter/k"}}', containerapps: '{azure: {vault: acme-kv, secret: k}}' }[target]!);

describe('cloud renders against the checklist', () => {
  test.each(['cloudrun', 'ecs', 'containerapps'] as const)('%s: every cloud rule that applies passes', (target) => {
    const r = renderCloud(target, parseSpec(specFor(target), 'mcp-deploy.yml'), { image: IMAGE });
    const doc = r.documents[0]!;
    const cloud = [{ target, document: parseYamlDocuments(doc.text, doc.name)[0]! }];
    const result = runChecklist(allRules, { cloud });
    const checked = result.results.filter((x) => x.checks.length).map((x) => [x.rule.id, x.verdict, x.checks.filter((c) => c.status !== 'passed').map((c) => c.message)]);
    expect(checked.map(([id]) => id)).toEqual(expect.arrayContaining(['IMG001', 'RES004', 'OBS001', ...(target === 'ecs' ? ['HLT006'] : ['SCL001'])]));
    expect(checked.filter(([, verdict]) => verdict !== 'passed')).toEqual([]);
  });
});
