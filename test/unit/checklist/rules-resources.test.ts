import { describe, expect, test } from '@jest/globals';
import { resourceRules, rules } from '../../../src/checklist/rules/resources.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { compose, manifests, ruleOf, verdicts } from './rules-helpers.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: app:1
          resources:
            limits: {cpu: 100m, memory: 64Mi}
      containers:
        - name: server
          image: app:1
          resources:
            requests:
              cpu: 100m
            limits:
              memory: 128Mi
        - name: sidecar
          image: proxy:1
`;

describe('RES001 cpu and memory requests', () => {
  const rule = ruleOf(rules, 'RES001');

  test('passes a container whose limits stand in for requests, fails one without, each located at its resources (or the container)', () => {
    expect(verdicts(rule.check(manifests(DEPLOYMENT)))).toEqual([
      // no requests map: the resources map, whose first line is its limits
      { passed: true, line: 12, subject: 'Deployment/api init container migrate' },
      // cpu requested, memory only limited: the API server copies the limit into the request
      { passed: true, line: 18, subject: 'Deployment/api container server' },
      { passed: false, line: 21, subject: 'Deployment/api container sidecar' },
    ]);
    expect(rule.check(manifests(DEPLOYMENT))[2]!.message).toBe('Deployment/api container sidecar requests no cpu and no memory');
  });

  test('a request of 0 is no request', () => {
    const checks = rule.check(manifests('kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      resources: {requests: {cpu: "0", memory: 1Gi}}\n'));
    expect(checks.map((c) => [c.passed, c.message])).toEqual([[false, 'Pod/p container c requests no cpu']]);
  });

  test('carries the object and pod template annotations for exemptions, the object winning', () => {
    const text = `kind: Deployment
metadata: {name: api, annotations: {a: object, b: object}}
spec:
  template:
    metadata: {annotations: {b: template, c: template}}
    spec: {containers: [{name: c}]}
`;
    expect(rule.check(manifests(text))[0]!.exemption).toEqual({ kind: 'annotations', annotations: { a: 'object', b: 'object', c: 'template' } });
  });
});

describe('RES002 memory limit', () => {
  const rule = ruleOf(rules, 'RES002');

  test('passes a container with a memory limit at the limit line, fails one without at the container', () => {
    expect(verdicts(rule.check(manifests(DEPLOYMENT)))).toEqual([
      { passed: true, line: 12, subject: 'Deployment/api init container migrate' },
      { passed: true, line: 20, subject: 'Deployment/api container server' },
      { passed: false, line: 21, subject: 'Deployment/api container sidecar' },
    ]);
  });

  test('compose: mem_limit or deploy.resources.limits.memory, else fails at the service', () => {
    const text = `services:
  a:
    image: a
    mem_limit: 256m
  b:
    image: b
    deploy:
      resources:
        limits: {memory: 128M}
  c:
    image: c
`;
    const checks = rule.check(compose(text));
    expect(verdicts(checks)).toEqual([
      { passed: true, line: 4, subject: 'service a' },
      { passed: true, line: 9, subject: 'service b' },
      { passed: false, line: 11, subject: 'service c' },
    ]);
    expect(checks[2]!.exemption).toMatchObject({ kind: 'compose-extension', service: { image: 'c' } });
  });
});

describe('RES003 cpu limit (an option)', () => {
  test('off by default: not applicable', () => {
    expect(ruleOf(rules, 'RES003').check(manifests(DEPLOYMENT))).toEqual([]);
  });

  test('on: passes a container with a CPU limit, fails one without', () => {
    const rule = ruleOf(resourceRules({ cpuLimit: true }), 'RES003');
    expect(verdicts(rule.check(manifests(DEPLOYMENT)))).toEqual([
      { passed: true, line: 12, subject: 'Deployment/api init container migrate' },
      { passed: false, line: 20, subject: 'Deployment/api container server' },
      { passed: false, line: 21, subject: 'Deployment/api container sidecar' },
    ]);
    expect(verdicts(rule.check(compose('services:\n  a:\n    cpus: 0.5\n  b:\n    image: b\n')))).toEqual([
      { passed: true, line: 3, subject: 'service a' },
      { passed: false, line: 5, subject: 'service b' },
    ]);
  });
});

describe('RES004 cloud resources', () => {
  const rule = ruleOf(rules, 'RES004');

  test('Cloud Run limits, Container Apps resources and ECS task sizes', () => {
    const run = parseYamlDocuments(`apiVersion: serving.knative.dev/v1
kind: Service
metadata: {name: weather}
spec:
  template:
    spec:
      containers:
        - image: x
          resources:
            limits: {cpu: "1", memory: 512Mi}
`, 'cloudrun.yaml')[0]!;
    const apps = parseYamlDocuments(`name: weather
properties:
  template:
    containers:
      - name: weather
        image: x
        resources:
          cpu: 0.5
`, 'containerapp.yaml')[0]!;
    const ecs = parseYamlDocuments('{"family": "weather", "containerDefinitions": [{"name": "weather"}]}', 'taskdef.json')[0]!;
    const checks = rule.check({ cloud: [{ target: 'cloudrun', document: run }, { target: 'containerapps', document: apps }, { target: 'ecs', document: ecs }] });
    expect(checks.map((c) => [c.passed, c.location?.file, c.location?.line, c.message])).toEqual([
      [true, 'cloudrun.yaml', 10, 'Cloud Run service weather container #1 sets cpu and memory'],
      [false, 'containerapp.yaml', 8, 'Container App weather container weather sets no memory'],
      [false, 'taskdef.json', 1, 'ECS task definition weather sets no task cpu and memory (and not every container has a memory limit)'],
    ]);
  });
});

describe('RES005 preview namespaces', () => {
  const rule = ruleOf(rules, 'RES005');
  const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: pr-42
  labels:
    mcp-orchestrator.io/preview: "42"
`;

  test('passes with a ResourceQuota and a LimitRange in the namespace', () => {
    const text = `${NAMESPACE}---
kind: ResourceQuota
metadata: {name: q, namespace: pr-42}
spec: {hard: {requests.cpu: "1", limits.memory: 1Gi}}
---
kind: LimitRange
metadata: {name: l, namespace: pr-42}
spec: {limits: [{type: Container, default: {memory: 256Mi}}]}
`;
    expect(verdicts(rule.check(manifests(text)))).toEqual([{ passed: true, line: 6, subject: 'Namespace/pr-42' }]);
  });

  test('fails at the preview label without them (a quota in another namespace does not count); other namespaces are not its concern', () => {
    const text = `${NAMESPACE}---
kind: ResourceQuota
metadata: {name: q, namespace: default}
spec: {hard: {requests.cpu: "1", limits.memory: 1Gi}}
---
kind: Namespace
metadata: {name: prod}
`;
    const checks = rule.check(manifests(text));
    expect(verdicts(checks)).toEqual([{ passed: false, line: 6, subject: 'Namespace/pr-42' }]);
    expect(checks[0]!.message).toBe('preview namespace pr-42 has no ResourceQuota on cpu and memory and no LimitRange with default container limits');
  });
});
