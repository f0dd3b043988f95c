/**
 * `deploy --target compose` with auth: on the real engine and Compose: the packaged example (its
 * bridge from the committed CLI bundle) runs with the MCP_BRIDGE_* settings of the generated file;
 * the bearer token reaches the container from the deploying environment by interpolation and is
 * never written into the Compose file; the gate proves the refusal and passes with the token
 * (bearer) or with a client-credentials token from a real authorization server (oidc-provider on
 * 127.0.0.1, which the container reaches on the host network). A wrong gate credential fails the
 * deploy and takes the first release down. No token in any result or log line.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployCompose } from '../../src/deploy/compose/deploy.js';
import { down } from '../../src/deploy/compose/down.js';
import { loadSpec, type DeploySpec } from '../../src/spec/spec.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { packagedExample } from '../helpers/example-package.js';
import { CLIENT_ID, CLIENT_SECRET, signingKey, startAuthorizationServer, type AuthorizationServer } from '../helpers/authorization-server.js';
import { requireEngine } from '../helpers/engine.js';
import { freePort } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const runId = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'deploy-compose-auth-'));
const repository = 'local/weather-compose-auth';
const image = `${repository}:auth-${runId}`;
const TOKEN = `compose-bearer-${runId}-5d2e9f1a7c`;
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/;

let as: AuthorizationServer;
let specs: DeploySpec[] = [];

function weatherSpec(suffix: string, edit: (spec: DeploySpec) => void): DeploySpec {
  const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
  spec.server.name = `wx-${suffix}-${runId}`;
  spec.image = repository;
  spec.dir = mkdtempSync(join(work, `${suffix}-`));
  spec.health.timeout = '30s';
  edit(spec);
  specs.push(spec);
  return spec;
}

beforeAll(async () => {
  requireEngine();
  as = await startAuthorizationServer([await signingKey('compose-key-1')]);
  await packagedExample([`${repository}:auth-${runId}`]);
}, 600_000);

afterEach(async () => {
  for (const spec of specs) await down({ spec }).catch(() => {});
  specs = [];
}, 120_000);

afterAll(async () => {
  await as?.close();
  spawnSync('docker', ['rmi', image, `${repository}:sha-abcdef0`], { stdio: 'ignore' });
});

test('bearer: the token from the deploying environment by interpolation, never in the file; the gate proves both sides', async () => {
  const spec = weatherSpec('bearer', (s) => void (s.auth = { mode: 'bearer', secret: { name: 'MCP_BRIDGE_TOKEN', from: { env: 'WEATHER_TOKEN_ON_HOST' } } }));
  const logger = new RecordingLogger();
  const result = await deployCompose({ spec, image, port: await freePort(), env: { ...process.env, WEATHER_TOKEN_ON_HOST: TOKEN }, logger });
  expect(result.health).toMatchObject({ ok: true, auth: { mode: 'bearer', refusalVerified: true, token: 'bearer' }, smoke: { tool: 'get_forecast', ok: true } });
  const file = readFileSync(result.composeFile, 'utf8');
  expect(file).toContain('MCP_BRIDGE_TOKEN=${WEATHER_TOKEN_ON_HOST}');
  expect(file).not.toContain(TOKEN);
  expect(result.handoff.credentials.auth).toMatchObject({ mode: 'bearer', tokenSecret: 'MCP_BRIDGE_TOKEN' });
  expect(JSON.stringify(result) + JSON.stringify(logger.lines)).not.toContain(TOKEN);
}, 300_000);

test('oauth: the container validates issuer tokens; the gate passes with a client-credentials token; a wrong client secret fails the first deploy, taken down', async () => {
  const port = await freePort();
  const audience = `http://127.0.0.1:${port}/mcp`;
  const oauth = (s: DeploySpec) => {
    s.auth = { mode: 'oauth', issuer: as.issuer, audience, scopes: ['mcp:tools'] };
    s.health.auth = { oauthClientId: CLIENT_ID, oauthClientSecretEnv: 'WEATHER_GATE_SECRET' };
  };
  const logger = new RecordingLogger();
  const result = await deployCompose({ spec: weatherSpec('oauth', oauth), image, port, env: { ...process.env, WEATHER_GATE_SECRET: CLIENT_SECRET }, logger });
  expect(result.health).toMatchObject({ ok: true, auth: { mode: 'oauth', refusalVerified: true, token: 'client-credentials', resource: audience, authorizationServers: [as.issuer] } });
  expect(result.handoff.clients.snippets.claudeCode).toContain('Authorization: Bearer $WX_OAUTH_');
  const output = JSON.stringify(result) + JSON.stringify(logger.lines);
  expect(output).not.toMatch(JWT);
  expect(output).not.toContain(CLIENT_SECRET);

  const wrongPort = await freePort();
  const wrong = deployCompose({
    spec: weatherSpec('oauth-wrong', (s) => {
      oauth(s);
      s.auth = { mode: 'oauth', issuer: as.issuer, audience: `http://127.0.0.1:${wrongPort}/mcp`, scopes: ['mcp:tools'] };
    }),
    image,
    port: wrongPort,
    env: { ...process.env, WEATHER_GATE_SECRET: 'not-the-client-secret' },
  });
  await expect(wrong).rejects.toThrow(/failed the health gate[\s\S]*the gate could not obtain a token: client-credentials grant at [^ ]+ for client bridge-itg: invalid_client/);
}, 300_000);
