/**
 * spec → Cloud Run's Knative Service: each spec variant (bridged or native, secrets, one or many
 * instances, auth), the tagged no-traffic candidate and promotion, Cloud Run's documented limits
 * refused by field, and the document read back as gcloud reads it and validated by the Knative models.
 */
import { describe, expect, test } from '@jest/globals';
import { Service } from '@kubernetes-models/knative/serving.knative.dev/v1/Service';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderCloudRun, type RenderCloudRunOptions } from '../../../src/render/cloudrun.js';
import type { CloudRender } from '../../../src/render/cloud-settings.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { InputError } from '../../../src/util/errors.js';

const DIGEST = `sha256:${'c0ffee'.repeat(10)}abcd`;
const IMAGE = `europe-docker.pkg.dev/acme/mcp/weather:1.4.0@${DIGEST}`;
const SHA = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';

function render(specText: string, options: Partial<RenderCloudRunOptions> = {}): CloudRender {
  return renderCloudRun(parseSpec(specText, 'mcp-deploy.yml'), { image: IMAGE, sha: SHA, ...options });
}
// Rendered documents are plain data asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = (r: CloudRender) => r.documents[0]!.value as any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const container = (r: CloudRender) => doc(r).spec.template.spec.containers[0] as any;
const annotations = (r: CloudRender) => doc(r).spec.template.metadata.annotations as Record<string, string>;
const refused = (text: string, options: Partial<RenderCloudRunOptions> = {}) => {
  try {
    render(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the render to refuse');
};

const BRIDGED = 'server: {name: weather, transport: stdio}\n';
const NATIVE = 'server: {name: weather, transport: streamable-http, port: 3000}\n';
const TARGET = 'targets:\n  cloudrun: {project: acme-weather-prod, region: europe-west1, service-account: mcp-weather@acme-weather-prod.iam.gserviceaccount.com}\n';

describe('render cloudrun', () => {
  test.each(['node-server', 'python-server'])('the %s example renders a valid Knative Service that reads back as written', (example) => {
    const text = readFileSync(new URL(`../../../examples/${example}/mcp-deploy.yml`, import.meta.url), 'utf8');
    const r = render(`${text}\n${TARGET}`);
    expect(r.documents.map((d) => d.name)).toEqual(['service.yaml']);
    expect(() => new Service(doc(r)).validate()).not.toThrow();
    expect(parse(r.documents[0]!.text, { version: '1.1' })).toEqual(doc(r));
    // The examples ask for 256Mi: the second-generation environment's floor applies, and says so.
    expect(container(r).resources.limits).toEqual({ cpu: '1', memory: '512Mi' });
    expect(r.warnings.join('\n')).toMatch(/256Mi raised to 512Mi/);
  });

  test('a bridged server: digest, one http1 port, /healthz startup and liveness probes, SSE-long timeout, revision SERVICE-SHORTSHA tagged with no traffic', () => {
    const r = render(`${BRIDGED}${TARGET}`);
    const d = doc(r);
    expect(d.apiVersion).toBe('serving.knative.dev/v1');
    expect(d.metadata).toMatchObject({ name: 'weather', namespace: 'acme-weather-prod', labels: { 'cloud.googleapis.com/location': 'europe-west1' }, annotations: { 'run.googleapis.com/ingress': 'all' } });
    expect(d.spec.template.metadata.name).toBe('weather-0a1b2c3');
    expect(r.revision).toBe('weather-0a1b2c3');
    expect(container(r).image).toBe(`europe-docker.pkg.dev/acme/mcp/weather@${DIGEST}`);
    expect(container(r).ports).toEqual([{ name: 'http1', containerPort: 8080 }]);
    expect(container(r).startupProbe).toMatchObject({ httpGet: { path: '/healthz', port: 8080 } });
    expect(container(r).livenessProbe).toMatchObject({ httpGet: { path: '/healthz', port: 8080 } });
    expect(d.spec.template.spec).toMatchObject({ containerConcurrency: 80, timeoutSeconds: 3600, serviceAccountName: 'mcp-weather@acme-weather-prod.iam.gserviceaccount.com' });
    expect(d.spec.traffic).toEqual([{ revisionName: 'weather-0a1b2c3', percent: 100, tag: 'candidate' }]);
  });

  test('a native server probes its health path, or without one the port at startup and no liveness probe (Cloud Run has no TCP liveness)', () => {
    const withPath = render(`${NATIVE}health: {path: /health}\n`);
    expect(container(withPath).startupProbe.httpGet).toEqual({ path: '/health', port: 3000 });
    expect(container(withPath).livenessProbe.httpGet).toEqual({ path: '/health', port: 3000 });
    const without = render(NATIVE);
    expect(container(without).startupProbe.tcpSocket).toEqual({ port: 3000 });
    expect(container(without).livenessProbe).toBeUndefined();
    expect(container(without).ports).toEqual([{ name: 'http1', containerPort: 3000 }]);
  });

  test('one instance: min and max 1, no session affinity; many: maxScale and sessionAffinity, with the cookie warning', () => {
    const one = render(BRIDGED);
    expect(annotations(one)).toMatchObject({ 'autoscaling.knative.dev/minScale': '1', 'autoscaling.knative.dev/maxScale': '1' });
    expect(annotations(one)['run.googleapis.com/sessionAffinity']).toBeUndefined();
    expect(one.warnings).toEqual([]);
    const many = render(`${BRIDGED}scaling: {min: 0, max: 5}\n`);
    expect(annotations(many)).toMatchObject({ 'autoscaling.knative.dev/minScale': '0', 'autoscaling.knative.dev/maxScale': '5', 'run.googleapis.com/sessionAffinity': 'true' });
    expect(many.warnings.join('\n')).toMatch(/more than one Cloud Run instance.*cookie/);
  });

  test('secrets are Secret Manager references with a version; another project\'s secret gets an alias; latest is warned about', () => {
    const r = render(
      `${BRIDGED}secrets:\n  - {name: API_KEY, from: {gcp: {secret: weather-api-key, version: "3"}}}\n  - {name: DB_URL, from: {gcp: {secret: projects/shared-secrets/secrets/db_url}}}\n`,
    );
    expect(container(r).env).toEqual([
      { name: 'API_KEY', valueFrom: { secretKeyRef: { name: 'weather-api-key', key: '3' } } },
      { name: 'DB_URL', valueFrom: { secretKeyRef: { name: 'db-url-1', key: 'latest' } } },
    ]);
    expect(annotations(r)['run.googleapis.com/secrets']).toBe('db-url-1:projects/shared-secrets/secrets/db_url');
    expect(r.warnings.join('\n')).toMatch(/DB_URL reads version latest/);
    expect(r.documents[0]!.text).not.toMatch(/value: .*secret/i);
  });

  test.each([
    ['env', 'secrets[0].from.env'],
    ['kubernetes', 'secrets[0].from.kubernetes'],
    ['aws', 'secrets[0].from.aws'],
  ])('a secret from.%s is refused naming %s: Cloud Run reads Secret Manager only', (kind, field) => {
    const from = { env: '{env: API_KEY}', kubernetes: '{kubernetes: {secret: s, key: k}}', aws: '{aws: {arn: "arn:aws:ssm:eu-west-1:123456789012:parameter/k"}}' }[kind];
    expect(refused(`${BRIDGED}secrets:\n  - {name: API_KEY, from: ${from}}\n`)).toMatch(new RegExp(`mcp-deploy.yml: ${field.replace(/[[\].]/g, '\\$&')}: API_KEY cannot be read by Cloud Run.*from.gcp`));
  });

  test('auth: bearer from Secret Manager is one more secretKeyRef and the MCP_BRIDGE_* settings; oauth adds its settings only', () => {
    const bearer = render(`${BRIDGED}auth: {mode: bearer, bearer: {secret: {from: {gcp: {secret: mcp-token, version: "2"}}}}}\n`);
    expect(container(bearer).env).toEqual([
      { name: 'MCP_BRIDGE_AUTH', value: 'bearer' },
      { name: 'MCP_BRIDGE_AUTH_TOKEN_ENV', value: 'MCP_BRIDGE_TOKEN' },
      { name: 'MCP_BRIDGE_TOKEN', valueFrom: { secretKeyRef: { name: 'mcp-token', key: '2' } } },
    ]);
    const oauth = render(`${BRIDGED}auth: {mode: oauth, oauth: {issuer: "https://id.example.com", audience: "https://weather.example.com/mcp", scopes: [mcp]}}\n`);
    expect(container(oauth).env).toEqual(expect.arrayContaining([{ name: 'MCP_BRIDGE_AUTH', value: 'oauth' }, { name: 'MCP_BRIDGE_ISSUER', value: 'https://id.example.com' }]));
    expect(refused(`${BRIDGED}auth: {mode: bearer, bearer: {secret: {from: {env: TOKEN}}}}\n`)).toMatch(/auth\.bearer\.secret\.from\.env: MCP_BRIDGE_TOKEN cannot be read by Cloud Run/);
  });

  test('promotion moves all traffic to the new revision and drops the tag; a candidate next to the serving revision takes 0%', () => {
    expect(doc(render(BRIDGED, { stage: 'promote' })).spec.traffic).toEqual([{ revisionName: 'weather-0a1b2c3', percent: 100 }]);
    expect(doc(render(BRIDGED, { servingRevision: 'weather-00007-xyz', tag: 'gate' })).spec.traffic).toEqual([
      { revisionName: 'weather-00007-xyz', percent: 100 },
      { revisionName: 'weather-0a1b2c3', percent: 0, tag: 'gate' },
    ]);
    expect(doc(render(BRIDGED, { revisionSuffix: 'r42' })).spec.template.metadata.name).toBe('weather-r42');
    expect(doc(render(BRIDGED, { sha: undefined })).spec.template.metadata.name).toBe('weather-c0ffeec');
  });

  test.each([
    ['resources.cpu', 'resources: {cpu: 3}\n', /3 vCPU: above 1, Cloud Run takes 2, 4, 6 or 8/],
    ['resources.cpu', 'resources: {cpu: 9}\n', /outside Cloud Run's 0.08 to 8/],
    ['resources.cpu', 'resources: {cpu: 500m}\n', /below 1 vCPU Cloud Run needs concurrency 1/],
    ['resources.memory', 'resources: {cpu: 1, memory: 8Gi}\n', /8Gi is above the 4Gi Cloud Run allows with 1 vCPU/],
    ['resources.memory', 'resources: {cpu: 4, memory: 1Gi}\n', /1Gi is below the 2Gi Cloud Run needs with 4 vCPU/],
    ['resources.memory', 'resources: {cpu: 250m, memory: 1Gi}\ntargets: {cloudrun: {concurrency: 1}}\n', /1Gi needs at least 0.5 vCPU/],
    ['env.PORT', 'env: {PORT: "9000"}\n', /PORT is set by Cloud Run itself/],
    ['env.K_SERVICE', 'secrets: [{name: K_SERVICE, from: {gcp: {secret: s}}}]\n', /K_SERVICE is set by Cloud Run itself/],
    ['targets.cloudrun.service', 'targets: {cloudrun: {service: a-very-long-service-name-that-leaves-no-room}}\n', /tag "candidate" and service .* exceed 46 characters/],
  ])('refuses %s, naming the field', (field, extra, message) => {
    const text = refused(`${BRIDGED}${extra}`);
    expect(text).toContain(`mcp-deploy.yml: ${field}: `);
    expect(text).toMatch(message);
  });

  test('below 1 vCPU with concurrency 1: millicores, the first-generation environment', () => {
    const r = render(`${BRIDGED}resources: {cpu: 500m, memory: 1Gi}\ntargets: {cloudrun: {concurrency: 1}}\n`);
    expect(container(r).resources.limits).toEqual({ cpu: '500m', memory: '1Gi' });
    expect(annotations(r)['run.googleapis.com/execution-environment']).toBe('gen1');
  });

  test('a server name Cloud Run cannot take as a service name is refused naming the default it came from', () => {
    expect(refused('server: {name: 9lives, transport: stdio}\n')).toMatch(/targets\.cloudrun\.service \(default: server\.name\): "9lives" is not a Cloud Run service name/);
    expect(render('server: {name: 9lives, transport: stdio}\ntargets: {cloudrun: {service: nine-lives}}\n').revision).toBe('nine-lives-0a1b2c3');
  });

  test.each([
    [{ image: `europe-docker.pkg.dev/acme/mcp/weather:1.4.0` }, /has no digest/],
    [{ revisionSuffix: 'A;rm -rf /' }, /--revision-suffix: "A;rm -rf \/" is not a revision suffix/],
    [{ sha: 'HEAD~1' }, /--sha: "HEAD~1" is not a commit id/],
    [{ tag: 'Candidate\nx' }, /--tag: "Candidate\\nx" is not a Cloud Run revision tag/],
    [{ servingRevision: 'other-00001-abc' }, /--serving-revision: "other-00001-abc" is not a revision of service weather/],
    [{ servingRevision: 'weather-$(id)' }, /--serving-revision \(after the service name\): "\$\(id\)"/],
    [{ servingRevision: 'weather-0a1b2c3' }, /is the revision this render creates/],
  ])('refuses the option %j', (options, message) => {
    expect(refused(BRIDGED, options as Partial<RenderCloudRunOptions>)).toMatch(message);
  });
});
