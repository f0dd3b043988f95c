/**
 * The handoff of a server with auth: declared: the credentials section states the mode, issuer,
 * audience, scopes, the protected-resource metadata URL and what a client must register; the
 * bearer token appears by reference among the secrets; every client snippet carries an
 * Authorization header placeholder in its own syntax. Never a value.
 */
import { describe, expect, test } from '@jest/globals';
import { buildHandoff, handoffJson, renderHandoffMarkdown } from '../../../src/handoff/handoff.js';
import { parseSpec } from '../../../src/spec/spec.js';

const spec = (yaml: string) => parseSpec(`server: {name: weather, transport: stdio}\n${yaml}`, '/srv/weather/mcp-deploy.yml');
const OAUTH = 'auth: { mode: oauth, oauth: { issuer: "https://auth.example.com", audience: "https://weather.example.com/mcp", scopes: ["mcp:tools"], jwks-configmap: { name: issuer-keys } } }\n';

describe('handoff with auth:', () => {
  test('oauth: mode, issuer, audience, scopes, metadata URL, what a client must register; snippets with a header placeholder', () => {
    const doc = buildHandoff({ spec: spec(OAUTH), target: 'kubernetes', url: 'https://weather.example.com/mcp' });
    expect(doc.credentials.auth).toMatchObject({
      mode: 'oauth',
      issuer: 'https://auth.example.com',
      audience: 'https://weather.example.com/mcp',
      scopes: ['mcp:tools'],
      resourceMetadata: 'https://weather.example.com/.well-known/oauth-protected-resource',
      keys: expect.stringContaining('ConfigMap issuer-keys'),
      clientNeeds: expect.stringContaining('client-credentials grant'),
    });
    expect(doc.clients.auth).toBe('oauth');
    const s = doc.clients.snippets;
    expect(s.claudeCode).toBe('claude mcp add --transport http weather https://weather.example.com/mcp --header "Authorization: Bearer $WEATHER_MCP_TOKEN"');
    expect(s.cursor).toEqual({ mcpServers: { weather: { url: 'https://weather.example.com/mcp', headers: { Authorization: 'Bearer ${env:WEATHER_MCP_TOKEN}' } } } });
    expect(s.mcpJson).toMatchObject({ mcpServers: { weather: { headers: { Authorization: 'Bearer ${WEATHER_MCP_TOKEN}' } } } });
    expect(JSON.stringify(s.vscode)).toContain('Bearer ${input:weather-token}');
    const markdown = renderHandoffMarkdown(doc);
    expect(markdown).toContain('| Protected-resource metadata | <code>https&#58;//weather.example.com/.well-known/oauth-protected-resource</code> |');
    expect(markdown).toContain('| Scopes | <code>mcp&#58;tools</code> |');
  });

  test('bearer: the token by reference among the secrets, with how the target passes it; no value anywhere', () => {
    const text = 'auth: { mode: bearer, bearer: { secret: { name: WEATHER_TOKEN, from: { kubernetes: { secret: weather-auth, key: token } }, rotation: quarterly } } }\n';
    const doc = buildHandoff({ spec: spec(text), target: 'kubernetes', url: 'http://weather.mcp.svc.cluster.local/mcp' });
    expect(doc.credentials.auth).toMatchObject({ mode: 'bearer', tokenSecret: 'WEATHER_TOKEN', resourceMetadata: 'http://weather.mcp.svc.cluster.local/.well-known/oauth-protected-resource' });
    expect(doc.credentials.secrets).toEqual([
      { name: 'WEATHER_TOKEN', variable: 'WEATHER_TOKEN', store: { kind: 'kubernetes', secret: 'weather-auth', key: 'token' }, delivery: 'environment variable WEATHER_TOKEN from Secret weather-auth, key token (secretKeyRef)', rotation: 'quarterly' },
    ]);
    const compose = buildHandoff({ spec: spec('auth: { mode: bearer, bearer: { secret: { from: { env: TOKEN_ON_HOST } } } }\n'), target: 'compose', url: 'http://127.0.0.1:8080/mcp' });
    expect(compose.credentials.secrets[0]).toMatchObject({ name: 'MCP_BRIDGE_TOKEN', delivery: 'environment variable MCP_BRIDGE_TOKEN from TOKEN_ON_HOST in the environment of the machine that runs Compose' });
    expect(handoffJson(compose)).not.toMatch(/TOKEN_ON_HOST=/);
  });

  test('no auth: no auth section, no header in the snippets', () => {
    const doc = buildHandoff({ spec: spec(''), target: 'compose', url: 'http://127.0.0.1:8080/mcp' });
    expect(doc.credentials.auth).toBeUndefined();
    expect(doc.clients.snippets.claudeCode).not.toContain('Authorization');
  });
});
