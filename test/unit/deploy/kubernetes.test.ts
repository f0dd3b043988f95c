/**
 * The Kubernetes deploy's pure parts, fed the real render's objects: kubectl's rollout-status
 * reading of a Deployment, the candidate a Service cannot select, what pruning considers left
 * over, and the changed-field paths a dry run prints.
 */
import { describe, expect, test } from '@jest/globals';
import { changedPaths, objectKey } from '../../../src/deploy/kubernetes/apply.js';
import { candidateDeployment, findServerDeployment, podDependencies, serverPort } from '../../../src/deploy/kubernetes/candidate.js';
import { leftOver } from '../../../src/deploy/kubernetes/prune.js';
import { rolloutStatus } from '../../../src/deploy/kubernetes/rollout.js';
import { renderKubernetes } from '../../../src/render/kubernetes.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { RolloutFailure } from '../../../src/deploy/kubernetes/types.js';

const IMAGE = `127.0.0.1:5000/acme/weather@sha256:${'ab'.repeat(32)}`;
const render = (text: string) => renderKubernetes(parseSpec(text, '/tmp/mcp-deploy.yml'), { image: IMAGE, namespace: 'prod' });
const BRIDGED = 'server: {name: weather, transport: stdio, port: 8080}\n';

describe('rolloutStatus (kubectl rollout status)', () => {
  const deployment = (spec: object, status: object, generation = 2) => ({ metadata: { name: 'weather', generation }, spec, status }) as never;
  test.each([
    ['the spec update is not observed yet', deployment({ replicas: 1 }, { observedGeneration: 1 }), 'waiting for the deployment spec update to be observed'],
    ['new replicas are still being created', deployment({ replicas: 3 }, { observedGeneration: 2, updatedReplicas: 1, replicas: 2 }), '1 of 3 updated replicas'],
    ['old replicas still run', deployment({ replicas: 1 }, { observedGeneration: 2, updatedReplicas: 1, replicas: 2, availableReplicas: 1 }), '1 old replicas pending termination'],
    ['updated replicas are not available yet', deployment({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 1 }), '1 of 2 updated replicas available'],
    ['every replica is updated and available', deployment({ replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }), undefined],
  ])('%s', (_name, d, expected) => {
    expect(rolloutStatus(d)).toBe(expected);
  });

  test('ProgressDeadlineExceeded is a failure, with the controller\'s message', () => {
    const d = deployment({ replicas: 1 }, { observedGeneration: 2, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "weather-1" has timed out progressing.' }] });
    expect(() => rolloutStatus(d)).toThrow(RolloutFailure);
    expect(() => rolloutStatus(d)).toThrow('deployment weather exceeded its progress deadline: ReplicaSet "weather-1" has timed out progressing.');
  });
});

describe('the candidate Deployment', () => {
  test('one replica whose pods match neither the Service\'s selector nor the serving Deployment\'s', () => {
    const { objects } = render(`${BRIDGED}scaling: {min: 3}\n`);
    const serving = findServerDeployment(objects, IMAGE, 'weather')!;
    const service = objects.find((o) => o.kind === 'Service') as { spec: { selector: Record<string, string> } } | undefined;
    const candidate = candidateDeployment(serving, 'weather');
    expect(candidate.metadata).toMatchObject({ name: 'weather-candidate', namespace: 'prod', labels: { 'mcp-orchestrator/role': 'candidate', 'app.kubernetes.io/instance': 'weather' } });
    expect(candidate.spec.replicas).toBe(1);
    const podLabels = candidate.spec.template.metadata!.labels!;
    const matches = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => podLabels[k] === v);
    expect(matches(service!.spec.selector)).toBe(false);
    expect(matches(serving.spec.selector.matchLabels!)).toBe(false);
    expect(matches(candidate.spec.selector.matchLabels!)).toBe(true);
    expect(candidate.spec.template.spec.containers[0]!.image).toBe(IMAGE);
    expect(candidate.spec.template.spec.topologySpreadConstraints).toBeUndefined();
    // The serving Deployment itself is not modified.
    expect(serving.spec.replicas).toBe(3);
    expect(serverPort(serving, IMAGE, 1)).toBe(8080);
  });

  test('a label value near the 63-character limit stays a valid label value', () => {
    const { objects } = render(`${BRIDGED}`);
    const serving = structuredClone(findServerDeployment(objects, IMAGE, 'weather')!);
    serving.spec.selector.matchLabels = { app: `${'a'.repeat(60)}-x` };
    const label = candidateDeployment(serving, 'weather').spec.selector.matchLabels!.app!;
    expect(label.length).toBeLessThanOrEqual(63);
    expect(label).toMatch(/^[a-z0-9]([-a-z0-9_.]*[a-z0-9])?-candidate$/);
  });

  test('its pods need the ServiceAccount and secret objects first', () => {
    const { objects } = render(`${BRIDGED}secrets:\n  - {name: DB, from: {external: {store: vault, key: db}}}\n`);
    expect(podDependencies(objects).map((o) => o.kind)).toEqual(['ServiceAccount', 'ExternalSecret']);
  });
});

describe('pruning and dry-run changes', () => {
  test('objects of the previous release that the new render does not have are left over, across API versions', () => {
    const previous = render(`${BRIDGED}scaling: {min: 2, max: 4}\ningress: {host: w.example.com}\n`).objects;
    const current = render(BRIDGED).objects;
    expect(leftOver(previous, current).map((o) => o.kind).sort()).toEqual(['HorizontalPodAutoscaler', 'Ingress', 'PodDisruptionBudget']);
    const older = current.map((o) => (o.kind === 'Deployment' ? { ...o, apiVersion: 'apps/v1beta2' } : o));
    expect(objectKey(older.find((o) => o.kind === 'Deployment')!)).toBe(objectKey(current.find((o) => o.kind === 'Deployment')!));
  });

  test('changed fields are listed by path, never by value', () => {
    const before = { spec: { replicas: 1, template: { spec: { containers: [{ env: [{ name: 'TOKEN', value: 'old-secret' }] }] } } } };
    const after = { spec: { replicas: 2, template: { spec: { containers: [{ env: [{ name: 'TOKEN', value: 'new-secret' }] }] } } } };
    const paths = changedPaths(before, after);
    expect(paths).toEqual(['spec.replicas', 'spec.template.spec.containers[0].env[0].value']);
    expect(paths.join()).not.toContain('secret');
    expect(changedPaths(before, structuredClone(before))).toEqual([]);
  });
});
