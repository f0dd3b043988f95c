/**
 * auth: of mcp-deploy.yml: what is accepted and how it reads, each way it can be wrong with the
 * line and field named, and what every target renders from it: MCP_BRIDGE_* settings, the bearer
 * token by reference only (secretKeyRef, Compose interpolation), a JWKS ConfigMap mounted for pods.
 */
import { describe, expect, test } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { generatedCompose } from '../../../src/deploy/compose/compose-document.js';
import { gateAuthFromSpec } from '../../../src/health/from-spec.js';
import { renderAuth } from '../../../src/render/auth.js';
import { renderKubernetes, yamlStream, type KubernetesRender } from '../../../src/render/kubernetes.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { InputError } from '../../../src/util/errors.js';
import { RecordingLogger } from '../../../src/util/logger.js';

const SERVER = 'server: { name: weather, transport: stdio }\n';
const OAUTH = `${SERVER}auth:
  mode: oauth
  oauth:
    issuer: https://auth.example.com/realms/mcp
    audience: https://weather.example.com/mcp
    scopes: [mcp:tools, "weather:read"]
`;
const BEARER = `${SERVER}auth:
  mode: bearer
  bearer:
    secret: { name: WEATHER_TOKEN, from: { kubernetes: { secret: weather-auth, key: token } }, rotation: 90 days }
`;
const IMAGE = `127.0.0.1:5000/acme/weather:1@sha256:${'ab'.repeat(32)}`;

const spec = (text: string) => parseSpec(text, 'mcp-deploy.yml');
function errorOf(text: string): string {
  try {
    spec(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the spec was accepted');
}

describe('auth: in the spec', () => {
  test('absent or none: no auth; oauth and bearer read with defaults', () => {
    expect(spec(SERVER).auth).toEqual({ mode: 'none' });
    expect(spec(OAUTH).auth).toEqual({ mode: 'oauth', issuer: 'https://auth.example.com/realms/mcp', audience: 'https://weather.example.com/mcp', scopes: ['mcp:tools', 'weather:read'] });
    expect(spec(BEARER).auth).toEqual({ mode: 'bearer', secret: { name: 'WEATHER_TOKEN', from: { kubernetes: { secret: 'weather-auth', key: 'token' } }, rotation: '90 days' } });
    const plain = spec(`${SERVER}auth: { mode: bearer, bearer: { secret: { from: { env: TOKEN_ON_RUNNER } } } }\n`);
    expect(plain.auth).toEqual({ mode: 'bearer', secret: { name: 'MCP_BRIDGE_TOKEN', from: { env: 'TOKEN_ON_RUNNER' } } });
    const loopback = spec(`${SERVER}auth: { mode: oauth, oauth: { issuer: "http://127.0.0.1:8080", audience: "http://localhost:3000/mcp", jwks-uri: "file:///keys/jwks.json" } }\n`);
    expect(loopback.auth).toMatchObject({ issuer: 'http://127.0.0.1:8080', jwksUri: 'file:///keys/jwks.json', scopes: [] });
  });

  test.each([
    ['an http issuer on another host', `${SERVER}auth: { mode: oauth, oauth: { issuer: "http://auth.example.com", audience: "https://w.example.com/mcp" } }\n`, 'mcp-deploy.yml:2:31: auth.oauth.issuer: "http://auth.example.com" must be https (plain http only on a loopback host'],
    ['an http jwks-uri on another host', `${SERVER}auth: { mode: oauth, oauth: { issuer: "https://a.example.com", audience: "https://w.example.com/mcp", jwks-uri: "http://a.example.com/jwks" } }\n`, 'auth.oauth.jwks-uri: "http://a.example.com/jwks" must be https'],
    ['an audience that is not a URL', `${SERVER}auth: { mode: oauth, oauth: { issuer: "https://a.example.com", audience: weather } }\n`, 'auth.oauth.audience: "weather" is not an absolute http(s) URL'],
    ['a URL with user info', `${SERVER}auth: { mode: oauth, oauth: { issuer: "https://user:pw@a.example.com", audience: "https://w.example.com/mcp" } }\n`, 'auth.oauth.issuer: "https://user:pw@a.example.com" is not an absolute http(s) URL'],
    ['a scope with a space', `${SERVER}auth: { mode: oauth, oauth: { issuer: "https://a.example.com", audience: "https://w.example.com/mcp", scopes: ["a b"] } }\n`, 'is not an OAuth scope'],
    ['oauth without its section', `${SERVER}auth: { mode: oauth }\n`, 'auth.mode oauth needs auth.oauth with issuer and audience'],
    ['bearer without its section', `${SERVER}auth: { mode: bearer }\n`, 'auth.mode bearer needs auth.bearer.secret'],
    ['a section for another mode', `${SERVER}auth: { mode: none, bearer: { secret: { from: { env: X } } } }\n`, 'auth.bearer is set, but auth.mode is none'],
    ['a bearer token in a CSI file', `${SERVER}auth: { mode: bearer, bearer: { secret: { from: { csi: { provider-class: vault, object: token } } } } }\n`, 'auth.bearer.secret.from.csi cannot hold the bridge\'s token'],
    ['a token value instead of a reference', `${SERVER}auth: { mode: bearer, bearer: { secret: "s3cr3t-token" } }\n`, 'auth.bearer.secret: expected object'],
    ['both jwks-uri and jwks-configmap', `${SERVER}auth: { mode: oauth, oauth: { issuer: "https://a.example.com", audience: "https://w.example.com/mcp", jwks-uri: "https://a.example.com/k", jwks-configmap: { name: keys } } }\n`, 'give auth.oauth.jwks-uri or auth.oauth.jwks-configmap, not both'],
    ['an unknown mode', `${SERVER}auth: { mode: basic }\n`, 'auth.mode: expected one of "none", "bearer", "oauth"'],
    ['a gate client without its secret', `${OAUTH}health: { auth: { oauth-client-id: gate } }\n`, 'health.auth needs both oauth-client-id and oauth-client-secret-env'],
    ['a gate bearer variable under oauth', `${OAUTH}health: { auth: { bearer-token-env: T } }\n`, 'health.auth.bearer-token-env is set, but auth.mode is oauth'],
  ])('refuses %s, naming the field', (_name, text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  test('the gate reads its credentials by the names the spec gives, and says what to set when they are missing', () => {
    const gated = spec(`${OAUTH}health: { auth: { oauth-client-id: weather-gate, oauth-client-secret-env: GATE_SECRET } }\n`);
    expect(gateAuthFromSpec(gated, { GATE_SECRET: 'x-secret' })).toMatchObject({ mode: 'oauth', client: { id: 'weather-gate', secret: 'x-secret' }, scopes: ['mcp:tools', 'weather:read'] });
    expect(gateAuthFromSpec(gated, {})).toMatchObject({ missing: 'set GATE_SECRET' });
    const bearer = spec(`${SERVER}auth: { mode: bearer, bearer: { secret: { from: { env: TOKEN_ON_RUNNER } } } }\n`);
    expect(gateAuthFromSpec(bearer, { TOKEN_ON_RUNNER: 't-1' })).toEqual({ mode: 'bearer', token: 't-1' });
    expect(gateAuthFromSpec(spec(BEARER), {})).toMatchObject({ mode: 'bearer', missing: expect.stringContaining('health.auth.bearer-token-env') });
    expect(gateAuthFromSpec(spec(SERVER), {})).toBeUndefined();
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const container = (r: KubernetesRender) => (r.objects.find((o) => o.kind === 'Deployment') as any).spec.template.spec.containers[0];

describe('auth: rendered', () => {
  test('kubernetes oauth: the settings as env, nothing secret', () => {
    const r = renderKubernetes(spec(OAUTH), { image: IMAGE });
    expect(container(r).env).toEqual([
      { name: 'MCP_BRIDGE_AUTH', value: 'oauth' },
      { name: 'MCP_BRIDGE_ISSUER', value: 'https://auth.example.com/realms/mcp' },
      { name: 'MCP_BRIDGE_AUDIENCE', value: 'https://weather.example.com/mcp' },
      { name: 'MCP_BRIDGE_SCOPES', value: 'mcp:tools,weather:read' },
    ]);
  });

  test('kubernetes bearer: the token by secretKeyRef only; from.env becomes the runner Secret the deploy writes', () => {
    const r = renderKubernetes(spec(BEARER), { image: IMAGE });
    expect(container(r).env).toEqual([
      { name: 'MCP_BRIDGE_AUTH', value: 'bearer' },
      { name: 'MCP_BRIDGE_AUTH_TOKEN_ENV', value: 'WEATHER_TOKEN' },
      { name: 'WEATHER_TOKEN', valueFrom: { secretKeyRef: { name: 'weather-auth', key: 'token' } } },
    ]);
    const runner = renderKubernetes(spec(`${SERVER}auth: { mode: bearer, bearer: { secret: { from: { env: TOKEN_ON_RUNNER } } } }\n`), { image: IMAGE });
    expect(runner.runnerSecrets).toEqual([{ secret: 'weather-runner', key: 'MCP_BRIDGE_TOKEN', from: { env: 'TOKEN_ON_RUNNER' } }]);
    expect(container(runner).env).toContainEqual({ name: 'MCP_BRIDGE_TOKEN', valueFrom: { secretKeyRef: { name: 'weather-runner', key: 'MCP_BRIDGE_TOKEN' } } });
  });

  test('compose: the settings, and the token as an interpolation of the deploying machine\'s variable, never its value', () => {
    const text = `${SERVER}auth: { mode: bearer, bearer: { secret: { from: { env: TOKEN_ON_HOST } } } }\n`;
    const file = generatedCompose(spec(text), IMAGE, { port: 8080, bind: '127.0.0.1', env: { TOKEN_ON_HOST: 'the-token-value-1234' }, logger: new RecordingLogger() });
    expect(file).toContain('MCP_BRIDGE_AUTH=bearer');
    expect(file).toContain('MCP_BRIDGE_AUTH_TOKEN_ENV=MCP_BRIDGE_TOKEN');
    expect(file).toContain('MCP_BRIDGE_TOKEN=${TOKEN_ON_HOST}');
    expect(file).not.toContain('the-token-value-1234');
    const oauth = generatedCompose(spec(OAUTH), IMAGE, { port: 8080, bind: '127.0.0.1', env: {}, logger: new RecordingLogger() });
    expect(oauth).toContain('MCP_BRIDGE_AUDIENCE=https://weather.example.com/mcp');
  });

  test('kubernetes jwks-configmap: mounted read-only, and the bridge pointed at the file', () => {
    const r = renderKubernetes(spec(`${OAUTH}    jwks-configmap: { name: issuer-keys }\n`), { image: IMAGE });
    const c = container(r);
    expect(c.env).toContainEqual({ name: 'MCP_BRIDGE_JWKS_URI', value: 'file:///etc/mcp-orchestrator/auth/jwks.json' });
    expect(c.volumeMounts).toContainEqual({ name: 'auth-jwks', mountPath: '/etc/mcp-orchestrator/auth', readOnly: true });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const volumes = (r.objects.find((o) => o.kind === 'Deployment') as any).spec.template.spec.volumes;
    expect(volumes).toContainEqual({ name: 'auth-jwks', configMap: { name: 'issuer-keys', items: [{ key: 'jwks.json', path: 'jwks.json' }] } });
    // Compose has no ConfigMap: the bridge discovers the keys from the issuer.
    expect(renderAuth(spec(`${OAUTH}    jwks-configmap: { name: issuer-keys }\n`), 'compose').env.map(([n]) => n)).not.toContain('MCP_BRIDGE_JWKS_URI');
  });

  test('hostile values stay data in the rendered YAML', () => {
    const hostile = `${SERVER}auth: { mode: oauth, oauth: { issuer: "https://a.example.com/x'\\"$(id)", audience: "https://w.example.com/mcp?a=1&b=\${HOME}", scopes: ["a:b'c", "$x"] } }\n`;
    const r = renderKubernetes(spec(hostile), { image: IMAGE });
    const back = parseAllDocuments(yamlStream(r.documents), { version: '1.1' }).map((d) => d.toJS()) as Array<{ kind: string; spec: { template: { spec: { containers: Array<{ env: unknown }> } } } }>;
    const env = back.find((o) => o.kind === 'Deployment')!.spec.template.spec.containers[0]!.env;
    expect(env).toContainEqual({ name: 'MCP_BRIDGE_ISSUER', value: "https://a.example.com/x'\"$(id)" });
    expect(env).toContainEqual({ name: 'MCP_BRIDGE_SCOPES', value: "a:b'c,$x" });
  });

  test('env: or secrets: setting what auth: sets is refused', () => {
    expect(() => renderAuth(spec(`${OAUTH}env: { MCP_BRIDGE_AUTH: none }\n`), 'kubernetes')).toThrow('MCP_BRIDGE_AUTH is set by auth: and also by env: or secrets:');
    expect(() => renderAuth(spec(`${BEARER}secrets: [{ name: WEATHER_TOKEN, from: { env: X } }]\n`), 'compose')).toThrow('WEATHER_TOKEN is set by auth:');
  });
});
