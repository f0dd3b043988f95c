/**
 * The handoff document from real specs (parsed and validated as users write them) and gate
 * reports: clients, credentials (each kind of secret reference, rotation and refresh, OAuth
 * metadata) and endpoints (TLS secret or issuer, rate limits, replicas and session affinity,
 * ingress class); and its Markdown with hostile values from the server and the spec.
 */
import { describe, expect, test } from '@jest/globals';
import { buildHandoff, handoffJson, renderHandoffMarkdown, type BuildHandoffOptions, type HandoffDocument } from '../../../src/handoff/handoff.js';
import type { HealthReport } from '../../../src/health/types.js';
import { parseSpec } from '../../../src/spec/spec.js';

const spec = (yaml: string) => parseSpec(`server: {name: weather, port: 8080}\n${yaml}`, '/srv/weather/mcp-deploy.yml');

function report(edit: Partial<HealthReport> = {}): HealthReport {
  return {
    ok: true,
    status: 'healthy',
    target: 'http://127.0.0.1:18080/mcp',
    transport: 'streamable-http',
    protocolVersion: '2025-06-18',
    server: { name: 'weather', version: '1.0.0' },
    tools: [
      { name: 'get_alerts', inputSchemaHash: 'a' },
      { name: 'get_forecast', inputSchemaHash: 'b' },
    ],
    toolsHash: 'sha256:0123abcd',
    resources: 2,
    prompts: 0,
    problems: [],
    attempts: [],
    latencyMs: { connect: 12, listTools: 3, total: 20 },
    ...edit,
  };
}

const allSecrets = `
secrets:
  - name: API_KEY
    from: { kubernetes: { secret: weather, key: api-key } }
    rotation: 90 days, by the platform team
  - name: DB_PASSWORD
    from: { external: { store: vault, kind: ClusterSecretStore, key: prod/db, property: password } }
  - name: TLS_CLIENT_KEY
    from: { csi: { provider-class: azure-kv, object: client-key } }
  - name: UPSTREAM_TOKEN
    from: { env: WEATHER_UPSTREAM_TOKEN }
    refresh: access token expires hourly; refresh token in the store
  - name: GH_TOKEN
    from: { github: WEATHER_GH_TOKEN }
`;

describe('credentials: each secret by reference, never a value', () => {
  const kubernetes = buildHandoff({ spec: spec(allSecrets), target: 'kubernetes', url: 'http://weather.mcp.svc.cluster.local/mcp' }).credentials.secrets;
  const compose = buildHandoff({ spec: spec(allSecrets), target: 'compose', url: 'http://127.0.0.1:8080/mcp' }).credentials.secrets;

  test.each([
    ['API_KEY', { kind: 'kubernetes', secret: 'weather', key: 'api-key' }, 'API_KEY', /Secret weather, key api-key \(secretKeyRef\)/, { rotation: '90 days, by the platform team' }],
    ['DB_PASSWORD', { kind: 'external', store: 'vault', storeKind: 'ClusterSecretStore', key: 'prod/db', property: 'password' }, 'DB_PASSWORD', /Secret weather-vault-cluster, key DB_PASSWORD, which an ExternalSecret syncs from the ClusterSecretStore vault/, {}],
    ['TLS_CLIENT_KEY', { kind: 'csi', providerClass: 'azure-kv', object: 'client-key' }, 'TLS_CLIENT_KEY_FILE', /file \/mnt\/secrets-store\/azure-kv\/client-key .*TLS_CLIENT_KEY_FILE holds its path/, {}],
    ['UPSTREAM_TOKEN', { kind: 'env', variable: 'WEATHER_UPSTREAM_TOKEN' }, 'UPSTREAM_TOKEN', /Secret weather-runner, key UPSTREAM_TOKEN, written by the deploy from the runner's WEATHER_UPSTREAM_TOKEN/, { refresh: 'access token expires hourly; refresh token in the store' }],
    ['GH_TOKEN', { kind: 'github', secret: 'WEATHER_GH_TOKEN' }, 'GH_TOKEN', /from the runner's WEATHER_GH_TOKEN/, {}],
  ])('kubernetes: %s is stored in its reference and delivered as the render passes it', (name, store, variable, delivery, needs) => {
    const secret = kubernetes.find((s) => s.name === name)!;
    expect(secret).toMatchObject({ name, store, variable, ...needs });
    expect(secret.delivery).toMatch(delivery);
    if (!('rotation' in needs)) expect(secret.rotation).toBeUndefined();
  });

  test('compose: every secret reaches the server as an environment variable of the machine that runs Compose', () => {
    expect(compose.map((s) => s.variable)).toEqual(['API_KEY', 'DB_PASSWORD', 'TLS_CLIENT_KEY', 'UPSTREAM_TOKEN', 'GH_TOKEN']);
    expect(compose.find((s) => s.name === 'UPSTREAM_TOKEN')!.delivery).toMatch(/from WEATHER_UPSTREAM_TOKEN in the environment of the machine that runs Compose/);
    expect(compose.find((s) => s.name === 'API_KEY')!.delivery).toMatch(/a kubernetes reference is for cluster targets/);
  });

  test('a server that requires authorization: the OAuth protected-resource metadata from the gate, auth mode oauth', () => {
    const doc = buildHandoff({
      spec: spec(''),
      target: 'kubernetes',
      url: 'https://weather.example.com/mcp',
      health: report({ status: 'auth-required', tools: [], toolsHash: undefined, auth: { scheme: 'Bearer', resourceMetadata: 'https://weather.example.com/.well-known/oauth-protected-resource', authorizationServers: ['https://auth.example.com'] } }),
    });
    expect(doc.credentials.oauth).toEqual({ scheme: 'Bearer', resourceMetadata: 'https://weather.example.com/.well-known/oauth-protected-resource', authorizationServers: ['https://auth.example.com'] });
    expect(doc.clients.auth).toBe('oauth');
    expect(doc.clients.connectionTest).toMatchObject({ ok: true, status: 'auth-required' });
    expect(renderHandoffMarkdown(doc)).toContain('protected-resource metadata <code>https&#58;//weather.example.com/.well-known/oauth-protected-resource</code>');
  });

  test('a healthy server: no OAuth section and auth none', () => {
    const doc = buildHandoff({ spec: spec(''), target: 'compose', url: 'http://127.0.0.1:8080/mcp', health: report() });
    expect(doc.credentials).toEqual({ secrets: [] });
    expect(doc.clients.auth).toBe('none');
  });
});

type EndpointCase = [string, string, Partial<BuildHandoffOptions>, Partial<HandoffDocument['endpoints']>, Partial<HandoffDocument['endpoints']['loadBalancing']>];

describe('endpoints: host, paths, TLS, rate limits, load balancing and affinity', () => {
  const cases: EndpointCase[] = [
    [
      'ingress with a TLS secret and an nginx class',
      'ingress: {host: weather.example.com, class: nginx, rate-limit: {rps: 20}, tls: {secret: weather-cert}}',
      {},
      { public: true, baseUrl: 'https://weather.example.com', host: 'weather.example.com', tls: { secret: 'weather-cert' }, rateLimit: { rps: 20, enforcedBy: 'ingress-nginx (limit-rps)' }, ingressClass: 'nginx', ingressController: 'nginx' },
      { replicas: { min: 1, max: 1 }, affinity: 'single-replica', warnings: [] },
    ],
    [
      'ingress with a cert-manager issuer',
      'ingress: {host: weather.example.com, tls: {issuer: letsencrypt}}',
      {},
      { public: true, baseUrl: 'https://weather.example.com', tls: { secret: 'weather-tls', issuer: 'letsencrypt' }, ingressController: 'other' },
      { affinity: 'single-replica' },
    ],
    [
      'several replicas behind ingress-nginx',
      'scaling: {min: 2, max: 6, cpu: 70}\ningress: {host: weather.example.com, class: nginx}',
      {},
      { public: true, baseUrl: 'http://weather.example.com' },
      { replicas: { min: 2, max: 6 }, affinity: 'client-hash', warnings: [] },
    ],
    ['several replicas, no ingress', 'targets: {kubernetes: {replicas: 3}}', {}, { public: false, host: 'weather.mcp.svc.cluster.local' }, { replicas: { min: 3, max: 3 }, affinity: 'client-ip', warnings: [] }],
    [
      'the render\'s decision passed through (user manifests)',
      'scaling: {min: 2}',
      { affinity: { mode: 'manifests' } },
      {},
      { affinity: 'manifests', how: 'as your own manifests configure it (not read by the handoff)' },
    ],
  ];

  test.each(cases)('kubernetes, %s', (_name, yaml, options, endpoints, loadBalancing) => {
    const doc = buildHandoff({ spec: spec(yaml), target: 'kubernetes', url: 'http://weather.mcp.svc.cluster.local/mcp', ...options });
    expect(doc.endpoints).toMatchObject(endpoints);
    expect(doc.endpoints.loadBalancing).toMatchObject(loadBalancing);
    if (!('tls' in endpoints)) expect(doc.endpoints.tls).toBeUndefined();
  });

  test('several replicas behind a controller the render cannot configure: client-ip with the render\'s warning', () => {
    const doc = buildHandoff({ spec: spec('scaling: {min: 2}\ningress: {host: weather.example.com, class: traefik}'), target: 'kubernetes', url: 'http://weather.example.com/mcp' });
    expect(doc.endpoints.loadBalancing.affinity).toBe('client-ip');
    expect(doc.endpoints.loadBalancing.warnings[0]).toMatch(/requests of one MCP session may reach a pod that does not hold it/);
    expect(renderHandoffMarkdown(doc)).toContain('> [!WARNING]');
  });

  test.each([
    ['streamable-http', ['/mcp', '/.well-known/oauth-protected-resource']],
    ['stdio', ['/mcp', '/sse', '/messages', '/healthz', '/readyz', '/.well-known/oauth-protected-resource']],
    ['sse', ['/sse', '/.well-known/oauth-protected-resource']],
  ])('a %s server answers on these paths', (transport, paths) => {
    const doc = buildHandoff({ spec: parseSpec(`server: {name: weather, transport: ${transport}}\n`, '/srv/x.yml'), target: 'compose', url: 'http://127.0.0.1:8080/mcp' });
    expect(doc.endpoints.paths.map((p) => p.path)).toEqual(paths);
  });

  test('compose: one container on loopback, not public, no TLS', () => {
    const doc = buildHandoff({ spec: spec('ingress: {host: weather.example.com, tls: {secret: x}}'), target: 'compose', url: 'http://127.0.0.1:8080/mcp', health: report() });
    expect(doc.endpoints).toMatchObject({ public: false, baseUrl: 'http://127.0.0.1:8080', loadBalancing: { replicas: { min: 1, max: 1 }, affinity: 'single-replica' } });
    expect(doc.endpoints.tls).toBeUndefined();
  });
});

describe('clients and the document as JSON', () => {
  test('URL, transport, tools, resources, snippets and the connection test from the gate', () => {
    const doc = buildHandoff({ spec: spec(''), target: 'compose', url: 'http://127.0.0.1:8080/mcp', health: report(), release: { image: 'local/weather:1', project: 'mcp-weather' } });
    expect(doc.clients).toMatchObject({ url: 'http://127.0.0.1:8080/mcp', transport: 'streamable-http', auth: 'none', tools: ['get_alerts', 'get_forecast'], resources: 2, prompts: 0 });
    expect(doc.clients.snippets.claudeCode).toBe('claude mcp add --transport http weather http://127.0.0.1:8080/mcp');
    expect(doc.clients.connectionTest).toEqual({
      ok: true,
      status: 'healthy',
      target: 'http://127.0.0.1:18080/mcp',
      transport: 'streamable-http',
      protocolVersion: '2025-06-18',
      server: { name: 'weather', version: '1.0.0' },
      toolsHash: 'sha256:0123abcd',
      latencyMs: { connect: 12, listTools: 3, total: 20 },
      problems: [],
    });
    expect(JSON.parse(handoffJson(doc))).toEqual(doc);
    const markdown = renderHandoffMarkdown(doc);
    expect(markdown).toContain('## Handoff: <code>weather</code> on compose');
    expect(markdown).toContain('passed against <code>http&#58;//127.0.0.1&#58;18080/mcp</code>: MCP 2025-06-18');
    for (const client of ['Claude Code', 'VS Code', 'Cursor', 'Claude Desktop', 'Any client (mcp.json)']) expect(markdown).toContain(`<summary>${client}`);
  });

  test('no gate ran: no connection test, no tools', () => {
    const doc = buildHandoff({ spec: spec(''), target: 'kubernetes', url: 'http://weather.mcp.svc.cluster.local/mcp' });
    expect(doc.clients.connectionTest).toBeUndefined();
    expect(doc.clients.tools).toEqual([]);
    expect(renderHandoffMarkdown(doc)).toContain('| Connection test | not run |');
  });
});

describe('Markdown with hostile values', () => {
  const hostileTools = ['</details><script>alert(1)</script>', '[click](https://evil.example)', 'a|b', '```fence', 'x`y', '*bold*_u_', '<img src=x onerror=alert(1)>'];
  const doc = buildHandoff({
    spec: spec(`secrets:\n  - name: API_KEY\n    from: { env: API_KEY }\n    rotation: "<script>x</script> | [l](https://evil.example)"\n`),
    target: 'compose',
    url: 'http://127.0.0.1:8080/mcp',
    health: report({
      ok: false,
      status: 'unhealthy',
      server: { name: '<b>srv</b>', version: '1|2' },
      tools: hostileTools.map((name) => ({ name, inputSchemaHash: 'h' })),
      problems: [{ level: 'error', code: 'missing-tool', message: 'tool "x" is missing\n| forged | row |' }],
    }),
  });
  const markdown = renderHandoffMarkdown(doc);

  test('no value opens a tag, a link or emphasis, or adds a table cell or row', () => {
    expect(markdown).not.toMatch(/<script|<img|<b>|\]\(/);
    expect(markdown).not.toContain('*bold*');
    expect(markdown).toContain('<code>&lt;/details&gt;&lt;script&gt;alert&#40;1&#41;&lt;/script&gt;</code>');
    expect(markdown).toContain('<code>a&#124;b</code>');
    expect(markdown).toContain('<code>x&#96;y</code>');
    const toolsRow = markdown.split('\n').find((l) => l.startsWith('| Tools |'))!;
    expect(toolsRow.split('|')).toHaveLength(4);
    const testRow = markdown.split('\n').find((l) => l.startsWith('| Connection test |'))!;
    expect(testRow.split('|')).toHaveLength(4);
    const secretRow = markdown.split('\n').find((l) => l.startsWith('| <code>API&#95;KEY</code>'))!;
    expect(secretRow.split('|')).toHaveLength(7);
  });

  test('snippets sit in fences longer than any backtick run they hold, so every fence closes', () => {
    const fences = markdown.split('\n').filter((l) => /^`{3,}/.test(l));
    expect(fences.length % 2).toBe(0);
    for (let i = 0; i < fences.length; i += 2) expect(fences[i + 1]).toBe(fences[i]!.replace(/[a-z]+$/, ''));
    // The Claude Code snippet holds no tool names; the JSON ones hold only the URL and name: plain fences.
    expect(markdown).toContain('```sh\nclaude mcp add --transport http weather http://127.0.0.1:8080/mcp\n```');
  });
});
