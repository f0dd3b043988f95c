/**
 * spec → the Container Apps YAML for `az containerapp create|update --yaml`: the environment id,
 * multiple-revision mode with a weight-0 labelled candidate, HTTPS-only ingress, Key Vault secrets
 * read by a managed identity, the cpu/memory table, probes and scale rule, refusals by field, and
 * hostile values read back as data.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderContainerApps, type RenderContainerAppsOptions } from '../../../src/render/containerapps.js';
import type { CloudRender } from '../../../src/render/cloud-settings.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { InputError } from '../../../src/util/errors.js';

const DIGEST = `sha256:${'c0ffee'.repeat(10)}abcd`;
const IMAGE = `acme.azurecr.io/weather:1.4.0@${DIGEST}`;
const SUB = '00000000-1111-2222-3333-444444444444';
const IDENTITY = `/subscriptions/${SUB}/resourceGroups/mcp/providers/Microsoft.ManagedIdentity/userAssignedIdentities/weather-id`;
const TARGET = `targets:\n  containerapps: {subscription: ${SUB}, resource-group: mcp, environment: mcp-env, location: westeurope}\n`;
const WITH_IDENTITY = `targets:\n  containerapps: {subscription: ${SUB}, resource-group: mcp, environment: mcp-env, identity: "${IDENTITY}"}\n`;
const BRIDGED = 'server: {name: weather, transport: stdio}\n';

const render = (specText: string, options: Partial<RenderContainerAppsOptions> = {}): CloudRender =>
  renderContainerApps(parseSpec(specText, 'mcp-deploy.yml'), { image: IMAGE, sha: 'abc1234', ...options });
// Rendered documents are plain data asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = (r: CloudRender) => r.documents[0]!.value as any;
const container = (r: CloudRender) => doc(r).properties.template.containers[0];
const refused = (text: string, options: Partial<RenderContainerAppsOptions> = {}) => {
  try {
    render(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the render to refuse');
};

describe('render containerapps', () => {
  test.each(['node-server', 'python-server'])('the %s example renders the app YAML that reads back as written', (example) => {
    const text = readFileSync(new URL(`../../../examples/${example}/mcp-deploy.yml`, import.meta.url), 'utf8');
    const r = render(`${text}\n${TARGET}`);
    expect(r.documents.map((d) => d.name)).toEqual(['containerapp.yaml']);
    expect(parse(r.documents[0]!.text, { version: '1.1' })).toEqual(doc(r));
    expect(container(r).resources).toEqual({ cpu: 0.25, memory: '0.5Gi' });
  });

  test('a bridged server: environment id, multiple revisions, HTTPS-only external ingress, the candidate at weight 100 on a first deploy, probes, scale rule', () => {
    const r = render(`${BRIDGED}${TARGET}`);
    const d = doc(r);
    expect(d).toMatchObject({ name: 'weather', type: 'Microsoft.App/containerApps', location: 'westeurope' });
    expect(d.properties.managedEnvironmentId).toBe(`/subscriptions/${SUB}/resourceGroups/mcp/providers/Microsoft.App/managedEnvironments/mcp-env`);
    expect(d.properties.configuration.activeRevisionsMode).toBe('Multiple');
    expect(d.properties.configuration.ingress).toEqual({
      external: true,
      targetPort: 8080,
      transport: 'http',
      allowInsecure: false,
      traffic: [{ revisionName: 'weather--abc1234', weight: 100, label: 'candidate' }],
    });
    expect(d.properties.template.revisionSuffix).toBe('abc1234');
    expect(r.revision).toBe('weather--abc1234');
    expect(container(r).image).toBe(`acme.azurecr.io/weather@${DIGEST}`);
    expect(container(r).probes.map((p: { type: string; httpGet: { path: string } }) => [p.type, p.httpGet.path])).toEqual([
      ['Startup', '/healthz'],
      ['Readiness', '/readyz'],
      ['Liveness', '/healthz'],
    ]);
    expect(container(r).probes.every((p: { failureThreshold: number }) => p.failureThreshold <= 10)).toBe(true);
    expect(d.properties.template.scale).toEqual({ minReplicas: 1, maxReplicas: 1, rules: [{ name: 'http-concurrency', http: { metadata: { concurrentRequests: '10' } } }] });
    expect(r.warnings).toEqual([]);
  });

  test('a native server without a health path probes the port', () => {
    const r = render(`server: {name: weather, port: 3000}\n${TARGET}`);
    expect(container(r).probes.map((p: { tcpSocket?: unknown }) => p.tcpSocket)).toEqual([{ port: 3000 }, { port: 3000 }, { port: 3000 }]);
  });

  test('the candidate joins the serving revision at weight 0 behind its label; promotion gives it all traffic', () => {
    expect(doc(render(BRIDGED + TARGET, { servingRevision: 'weather--r0000001', label: 'gate' })).properties.configuration.ingress.traffic).toEqual([
      { revisionName: 'weather--r0000001', weight: 100 },
      { revisionName: 'weather--abc1234', weight: 0, label: 'gate' },
    ]);
    expect(doc(render(BRIDGED + TARGET, { stage: 'promote' })).properties.configuration.ingress.traffic).toEqual([{ revisionName: 'weather--abc1234', weight: 100 }]);
  });

  test('many replicas: the scale range and a warning that nothing pins a session in multiple-revision mode (no stickySessions written)', () => {
    const r = render(`${BRIDGED}scaling: {min: 0, max: 4}\n${TARGET}`);
    expect(doc(r).properties.template.scale).toMatchObject({ minReplicas: 0, maxReplicas: 4 });
    expect(doc(r).properties.configuration.ingress.stickySessions).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(/sticky sessions only in single-revision mode/);
  });

  test('Key Vault secrets by the user-assigned identity, which also pulls from the Azure Container Registry; env by secretRef', () => {
    const r = render(
      `${BRIDGED}secrets:\n  - {name: API_KEY, from: {azure: {vault: acme-kv, secret: weather-api-key, version: ${'0123456789abcdef'.repeat(2)}}}}\nauth: {mode: bearer, bearer: {secret: {from: {azure: {vault: acme-kv, secret: mcp-token}}}}}\n${WITH_IDENTITY}`,
    );
    const d = doc(r);
    expect(d.identity).toEqual({ type: 'UserAssigned', userAssignedIdentities: { [IDENTITY]: {} } });
    expect(d.properties.configuration.secrets).toEqual([
      { name: 'api-key', keyVaultUrl: `https://acme-kv.vault.azure.net/secrets/weather-api-key/${'0123456789abcdef'.repeat(2)}`, identity: IDENTITY },
      { name: 'mcp-bridge-token', keyVaultUrl: 'https://acme-kv.vault.azure.net/secrets/mcp-token', identity: IDENTITY },
    ]);
    expect(d.properties.configuration.registries).toEqual([{ server: 'acme.azurecr.io', identity: IDENTITY }]);
    expect(container(r).env).toEqual([
      { name: 'MCP_BRIDGE_AUTH', value: 'bearer' },
      { name: 'MCP_BRIDGE_AUTH_TOKEN_ENV', value: 'MCP_BRIDGE_TOKEN' },
      { name: 'API_KEY', secretRef: 'api-key' },
      { name: 'MCP_BRIDGE_TOKEN', secretRef: 'mcp-bridge-token' },
    ]);
  });

  test.each([
    [undefined, undefined, 0.25, '0.5Gi'],
    ['0.5', '1Gi', 0.5, '1Gi'],
    ['0.3', undefined, 0.5, '1Gi'],
    ['1', '1Gi', 1, '2Gi'],
    [undefined, '3Gi', 1.5, '3Gi'],
    ['4', '8Gi', 4, '8Gi'],
  ])('resources cpu %s memory %s → %s vCPU / %s', (cpu, memory, outCpu, outMemory) => {
    const resources = [cpu && `cpu: "${cpu}"`, memory && `memory: ${memory}`].filter(Boolean).join(', ');
    expect(container(render(`${BRIDGED}${resources ? `resources: {${resources}}\n` : ''}${TARGET}`)).resources).toEqual({ cpu: outCpu, memory: outMemory });
  });

  test.each([
    ['resources.cpu', `resources: {cpu: 5}\n${TARGET}`, /5 vCPU is above Container Apps' largest size/],
    ['resources.memory', `resources: {memory: 9Gi}\n${TARGET}`, /9Gi is above Container Apps' largest size/],
    ['targets.containerapps.environment', `targets: {containerapps: {subscription: ${SUB}, resource-group: mcp}}\n`, /missing/],
    ['targets.containerapps.identity', `secrets: [{name: K, from: {azure: {vault: acme-kv, secret: k}}}]\n${TARGET}`, /missing: Key Vault secrets are read by a managed identity/],
    ['secrets', `secrets: [{name: API_KEY, from: {azure: {vault: acme-kv, secret: a}}}, {name: api_key, from: {azure: {vault: acme-kv, secret: b}}}]\n${WITH_IDENTITY}`, /api_key and API_KEY both become the Container Apps secret api-key/],
    ['secrets[0].from.gcp', `secrets: [{name: K, from: {gcp: {secret: k}}}]\n${TARGET}`, /K cannot be read by Container Apps.*from\.azure/],
  ])('refuses %s, naming the field', (field, extra, message) => {
    const text = refused(`${BRIDGED}${extra}`);
    expect(text).toContain(`mcp-deploy.yml: ${field}: `);
    expect(text).toMatch(message);
  });

  test('the revision suffix: a derived one starting with a digit gets a letter; a given one must start with one; the name stays within 54', () => {
    expect(render(BRIDGED + TARGET, { sha: '0a1b2c3d' }).revision).toBe('weather--r0a1b2c3');
    expect(refused(BRIDGED + TARGET, { revisionSuffix: '42' })).toMatch(/--revision-suffix: "42" must start with a letter/);
    expect(refused(`${BRIDGED}targets:\n  containerapps: {subscription: ${SUB}, resource-group: mcp, environment: e1, name: a-container-app-named-thirty-two}\n`, { revisionSuffix: 'abcdefghijklmnopqrstuvwx' })).toMatch(
      /longer than 54 characters/,
    );
    expect(refused('server: {name: my--server, transport: stdio}\n' + TARGET)).toMatch(/targets\.containerapps\.name \(default: server\.name\): "my--server" is not a container app name/);
  });

  test('a hostile env value is data in the YAML, not structure', () => {
    const value = 'x\n---\nproperties: {configuration: {ingress: {allowInsecure: true}}}\n"\' #';
    const r = render(`${BRIDGED}env: {NOTE: ${JSON.stringify(value)}}\n${TARGET}`);
    const back = parse(r.documents[0]!.text, { version: '1.1' });
    expect(back.properties.template.containers[0].env).toEqual([{ name: 'NOTE', value }]);
    expect(back.properties.configuration.ingress.allowInsecure).toBe(false);
  });
});
