/**
 * The `manifests` output's text, from the real render's objects: every object in order as one YAML
 * stream that parses back to the same objects, Secret values (data and stringData) left out with
 * their keys named in a comment, hostile key names kept on one comment line; and the ingress URL
 * the public gate checks.
 */
import { describe, expect, test } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { appliedManifests } from '../../../src/deploy/kubernetes/manifests-file.js';
import { ingressUrl } from '../../../src/deploy/kubernetes/public-gate.js';
import { renderKubernetes, type KubernetesObject } from '../../../src/render/kubernetes.js';
import { parseSpec } from '../../../src/spec/spec.js';

const IMAGE = `127.0.0.1:5000/acme/weather@sha256:${'ab'.repeat(32)}`;

describe('appliedManifests', () => {
  test('writes every object in order, parsing back to the same objects', () => {
    const { objects } = renderKubernetes(parseSpec('server: {name: weather, port: 8080}\ningress: {host: weather.example.com}\n', '/tmp/mcp-deploy.yml'), { image: IMAGE, namespace: 'prod' });
    const parsed = parseAllDocuments(appliedManifests(objects)).map((d) => d.toJS() as KubernetesObject);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(objects)));
  });

  test('leaves out Secret values (data and stringData), naming the keys on one comment line, even hostile ones', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'weather-runner', namespace: 'prod' },
      data: { API_KEY: Buffer.from('s3cr3t-value-1').toString('base64') },
      stringData: { 'evil\nkind: Namespace': 's3cr3t-value-2' },
    } as KubernetesObject;
    const text = appliedManifests([secret, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'visible' } } as KubernetesObject]);
    expect(text).not.toContain('s3cr3t-value');
    expect(text).not.toContain(Buffer.from('s3cr3t-value-1').toString('base64'));
    expect(text).toContain('# data keys API_KEY, evil kind: Namespace: applied, values not written here\n');
    const parsed = parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>);
    expect(parsed).toEqual([
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'weather-runner', namespace: 'prod' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'visible' } },
    ]);
  });
});

describe('ingressUrl (what the public gate checks)', () => {
  test.each([
    ['no ingress', 'server: {name: w, port: 8080, path: /mcp}\n', undefined],
    ['an ingress without TLS', 'server: {name: w, port: 8080, path: /mcp}\ningress: {host: w.example.com}\n', 'http://w.example.com/mcp'],
    ['an ingress with TLS', 'server: {name: w, port: 8080, path: /mcp}\ningress: {host: w.example.com, tls: {secret: w-tls}}\n', 'https://w.example.com/mcp'],
    ['an SSE server', 'server: {name: w, transport: sse, port: 8080}\ningress: {host: w.example.com}\n', 'http://w.example.com/sse'],
  ])('%s', (_name, spec, expected) => {
    expect(ingressUrl(parseSpec(spec, '/tmp/mcp-deploy.yml'))?.toString()).toBe(expected);
  });
});
