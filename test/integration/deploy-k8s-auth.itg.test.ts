/**
 * auth: on the REAL cluster (whatever KUBECONFIG names, else the one scripts/start-k8s.sh started).
 * The render with each auth form is accepted by the API server (server-side dry run) and holds no
 * secret value; then `deploy --target kubernetes` of the packaged example with `auth: oauth`, gated
 * end to end: the pod's bridge validates JWTs from the local authorization server (oidc-provider
 * on 127.0.0.1, which pods cannot reach) against the issuer's public keys mounted from a ConfigMap
 * (jwks-configmap), and the gate proves the refusal through the port-forward and passes the
 * contract and smoke call with a token it obtained by client credentials.
 *
 * The image's bridge is this source's: the committed dist/cli bundle is rebuilt by the lead, so the
 * test bundles src/entries/cli.ts with esbuild (tsx's bundler; no type check, a test-only build)
 * and lays it over the packaged image's /opt/mcp-orchestrator.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployKubernetes } from '../../src/deploy/kubernetes/deploy.js';
import { BRIDGE_DIR } from '../../src/package/dockerfile.js';
import { pushImage } from '../../src/push/push.js';
import { renderKubernetes, yamlStream } from '../../src/render/kubernetes.js';
import { loadSpec, parseSpec, type DeploySpec } from '../../src/spec/spec.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { packagedExample } from '../helpers/example-package.js';
import { CLIENT_ID, CLIENT_SECRET, signingKey, startAuthorizationServer, type AuthorizationServer, type SigningKey } from '../helpers/authorization-server.js';
import { requireEngine } from '../helpers/engine.js';
import { createNamespace, kubeconfigPath, kubectl, requireCluster } from '../helpers/kubernetes.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';

const runId = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'deploy-k8s-auth-'));
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/;
const AUDIENCE = 'https://weather.example.test/mcp';
const DIGEST = `sha256:${'a1'.repeat(32)}`;

const namespaces: Array<{ remove: () => Promise<void> }> = [];
let as: AuthorizationServer | undefined;
afterAll(async () => {
  await Promise.all(namespaces.map((n) => n.remove().catch(() => {})));
  await as?.close();
  rmSync(work, { recursive: true, force: true });
});

const publicJwks = (key: SigningKey) => {
  const { kty, n, e, kid, alg, use } = key.jwk;
  return JSON.stringify({ keys: [{ kty, n, e, kid, alg, use }] });
};

describe('auth: rendered for the real API server', () => {
  beforeAll(requireCluster, 60_000);

  test.each([
    ['bearer from a Kubernetes Secret', 'auth: { mode: bearer, bearer: { secret: { name: WEATHER_TOKEN, from: { kubernetes: { secret: weather-auth, key: token } } } } }\n'],
    ['bearer from the runner', 'auth: { mode: bearer, bearer: { secret: { from: { env: TOKEN_ON_RUNNER } } } }\n'],
    ['oauth with keys from a ConfigMap', `auth: { mode: oauth, oauth: { issuer: "https://auth.example.com", audience: "${AUDIENCE}", scopes: [mcp:tools], jwks-configmap: { name: issuer-keys } } }\n`],
  ])('%s: accepted by a server-side dry run; no secret value in any rendered document', async (_name, auth) => {
    const ns = await createNamespace('auth-render');
    namespaces.push(ns);
    const value = 'runner-token-value-0f9e8d7c6b5a';
    const spec = parseSpec(`server: { name: weather, transport: stdio }\n${auth}`, 'mcp-deploy.yml');
    const render = renderKubernetes(spec, { image: `127.0.0.1:5000/acme/weather:1@${DIGEST}`, namespace: ns.name });
    const stream = yamlStream(render.documents);
    expect(stream).not.toContain(value);
    expect(stream).toContain('MCP_BRIDGE_AUTH');
    const applied = await kubectl(['apply', '--server-side', '--dry-run=server', '--field-manager=mcp-orchestrator-tests', '-f', '-'], { input: stream });
    expect(applied.stdout).toContain('deployment.apps/weather serverside-applied (server dry run)');
  }, 60_000);
});

describe('deploy with auth: oauth on the real cluster', () => {
  let image = '';
  let key: SigningKey;

  beforeAll(async () => {
    requireEngine();
    await requireCluster();
    key = await signingKey(`cluster-key-${runId}`);
    as = await startAuthorizationServer([key]);
    const repository = `${plainRegistry().host}/examples/weather-auth`;
    const packaged = await packagedExample();
    // This source's bridge over the packaged one (see the file's comment).
    const context = join(work, 'context');
    mkdirSync(join(context, 'bridge'), { recursive: true });
    const esbuild = join(repoRoot, 'node_modules/.bin/esbuild');
    execFileSync(esbuild, [join(repoRoot, 'src/entries/cli.ts'), '--bundle', '--platform=node', '--format=esm', '--target=node20', `--outfile=${join(context, 'bridge/index.js')}`, '--log-level=error', "--banner:js=import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"]);
    writeFileSync(join(context, 'bridge/package.json'), '{"type":"module"}\n');
    const loaded = execFileSync('docker', ['load', '-i', packaged.source.replace(/^docker-archive:/, '')], { encoding: 'utf8' });
    const base = /Loaded image(?: ID)?: (\S+)/.exec(loaded)![1]!;
    writeFileSync(join(context, 'Dockerfile'), `FROM ${base}\nCOPY bridge/ ${BRIDGE_DIR}/\n`);
    const local = `mcp-orchestrator-tests/weather-auth:${runId}`;
    execFileSync('docker', ['build', '--network', 'host', '-q', '-t', local, context], { stdio: 'ignore' });
    execFileSync('docker', ['save', '-o', join(work, 'derived.tar'), local]);
    for (const name of [local, base]) {
      try {
        execFileSync('docker', ['rmi', name], { stdio: 'ignore' });
      } catch {
        // still in use by another image: the engine keeps it
      }
    }
    const pushed = await pushImage(`docker-archive:${join(work, 'derived.tar')}`, [`docker://${repository}:auth-${runId}`]);
    image = `${repository}:auth-${runId}@${pushed.digest}`;
  }, 900_000);

  test('the pod validates issuer tokens against keys from a ConfigMap; the gate proves the refusal and passes with a client-credentials token; no token anywhere', async () => {
    const ns = await createNamespace('deploy-auth');
    namespaces.push(ns);
    await kubectl(['-n', ns.name, 'create', 'configmap', 'issuer-keys', `--from-literal=jwks.json=${publicJwks(key)}`]);
    const spec: DeploySpec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
    spec.auth = { mode: 'oauth', issuer: as!.issuer, audience: AUDIENCE, scopes: ['mcp:tools'], jwksConfigMap: { name: 'issuer-keys', key: 'jwks.json' } };
    spec.health.auth = { oauthClientId: CLIENT_ID, oauthClientSecretEnv: 'WEATHER_GATE_CLIENT_SECRET' };
    process.env.WEATHER_GATE_CLIENT_SECRET = CLIENT_SECRET;
    const logger = new RecordingLogger();
    try {
      const result = await deployKubernetes({ spec, image, cluster: { kubeconfig: [kubeconfigPath()] }, namespace: ns.name, logger, progressDeadlineSeconds: 90, timeoutMs: 180_000, gateTimeoutMs: 60_000 });
      expect(result).toMatchObject({ ok: true, rolledBack: false });
      expect(result.gate).toMatchObject({ ok: true, status: 'healthy', smoke: { tool: 'get_forecast', ok: true } });
      expect(result.gate!.auth).toMatchObject({ mode: 'oauth', refusalVerified: true, token: 'client-credentials', resource: AUDIENCE, authorizationServers: [as!.issuer], scopesSupported: ['mcp:tools'] });
      expect(result.gate!.tools.map((t) => t.name)).toEqual(['convert_temperature', 'get_alerts', 'get_forecast']);
      const container = JSON.parse((await kubectl(['-n', ns.name, 'get', 'deployment', 'weather', '-o', 'jsonpath={.spec.template.spec.containers[0]}'])).stdout) as { env: unknown[]; volumeMounts: unknown[] };
      expect(container.env).toContainEqual({ name: 'MCP_BRIDGE_JWKS_URI', value: 'file:///etc/mcp-orchestrator/auth/jwks.json' });
      const output = JSON.stringify(result) + JSON.stringify(logger.lines);
      expect(output).not.toMatch(JWT);
      expect(output).not.toContain(CLIENT_SECRET);
    } finally {
      delete process.env.WEATHER_GATE_CLIENT_SECRET;
    }
  }, 600_000);
});
