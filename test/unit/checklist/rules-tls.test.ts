import { describe, expect, test } from '@jest/globals';
import { rules, tlsCovers } from '../../../src/checklist/rules/tls.js';
import type { ChecklistInputs } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { manifests, ruleOf, verdicts } from './rules-helpers.js';

const report = (value: Record<string, unknown>): ChecklistInputs['healthReport'] => ({ file: 'health.json', value });
const spec = (text: string): ChecklistInputs['spec'] => ({ file: 'mcp-deploy.yml', value: parseSpec(text, 'mcp-deploy.yml') });

describe('TLS001 Ingress TLS per host', () => {
  const rule = ruleOf(rules, 'TLS001');

  test('passes hosts a TLS entry lists (wildcards cover one label), fails the others at their host line', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
    - hosts: [a.example.com, "*.apps.example.com"]
      secretName: web-tls
  rules:
    - host: a.example.com
      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}
    - host: mcp.apps.example.com
    - host: deep.mcp.apps.example.com
    - host: b.example.com
`;
    expect(verdicts(rule.check(manifests(text)))).toEqual([
      { passed: true, line: 10, subject: 'Ingress/web' },
      { passed: true, line: 12, subject: 'Ingress/web' },
      { passed: false, line: 13, subject: 'Ingress/web' },
      { passed: false, line: 14, subject: 'Ingress/web' },
    ]);
  });

  test('an Ingress without spec.tls fails every rule', () => {
    const checks = rule.check(manifests('kind: Ingress\nmetadata: {name: plain}\nspec:\n  rules:\n    - host: x.example.com\n'));
    expect(checks.map((c) => [c.passed, c.location?.line, c.message])).toEqual([[false, 5, 'Ingress/plain serves x.example.com without TLS (no spec.tls entry lists it)']]);
  });

  test('wildcard matching', () => {
    expect(tlsCovers('*.example.com', 'a.example.com')).toBe(true);
    expect(tlsCovers('*.example.com', 'example.com')).toBe(false);
    expect(tlsCovers('*.example.com', 'a.b.example.com')).toBe(false);
    expect(tlsCovers('A.Example.com', 'a.example.COM')).toBe(true);
  });
});

describe('TLS002 no NodePort or LoadBalancer', () => {
  const rule = ruleOf(rules, 'TLS002');

  test('ClusterIP (written or default) passes; NodePort and LoadBalancer fail at spec.type', () => {
    const text = `kind: Service
metadata: {name: a}
spec:
  ports: [{port: 80}]
---
kind: Service
metadata: {name: b}
spec:
  type: NodePort
---
kind: Service
metadata: {name: c, annotations: {mcp-orchestrator.io/ignore-TLS002: "TLS ends at the internal LB"}}
spec:
  type: LoadBalancer
`;
    const checks = rule.check(manifests(text));
    expect(verdicts(checks)).toEqual([
      { passed: true, line: 4, subject: 'Service/a' },
      { passed: false, line: 9, subject: 'Service/b' },
      { passed: false, line: 14, subject: 'Service/c' },
    ]);
    expect(checks[2]!.exemption).toEqual({ kind: 'annotations', annotations: { 'mcp-orchestrator.io/ignore-TLS002': 'TLS ends at the internal LB' } });
  });
});

describe('TLS003 https handoff unless loopback', () => {
  const rule = ruleOf(rules, 'TLS003');

  test('an ingress host with TLS, no public host, and a loopback gate pass', () => {
    const checks = rule.check({
      spec: spec('server: {name: w}\ningress: {host: w.example.com, tls: {secret: w-tls}}\n'),
      healthReport: report({ target: 'http://127.0.0.1:8080/mcp' }),
    });
    expect(checks.map((c) => [c.passed, c.subject, c.location])).toEqual([
      [true, 'handoff URL', { file: 'mcp-deploy.yml' }],
      [true, 'gated URL', { file: 'health.json', pointer: '/target' }],
    ]);
    expect(rule.check({ spec: spec('server: {name: w}\n') })[0]!.passed).toBe(true);
  });

  test('an ingress host without TLS and a gate over plain HTTP to a public host fail', () => {
    const checks = rule.check({ spec: spec('server: {name: w}\ningress: {host: w.example.com}\n'), healthReport: report({ target: 'http://w.example.com/mcp' }) });
    expect(checks.map((c) => [c.passed, c.message])).toEqual([
      [false, 'the handed-off URL is http://w.example.com: ingress.host has no ingress.tls'],
      [false, 'the gate reached http://w.example.com over plain HTTP on a non-loopback host'],
    ]);
  });
});

describe('TLS004 Container Apps allowInsecure', () => {
  const rule = ruleOf(rules, 'TLS004');
  const app = (insecure: string) =>
    parseYamlDocuments(`name: weather
properties:
  configuration:
    ingress:
      external: true
      targetPort: 8080
${insecure}`, 'containerapp.yaml')[0]!;

  test('false (or unset: the default) passes; true fails at its line', () => {
    expect(verdicts(rule.check({ cloud: [{ target: 'containerapps', document: app('      allowInsecure: false\n') }] }))).toEqual([{ passed: true, line: 7, subject: 'Container App weather' }]);
    expect(rule.check({ cloud: [{ target: 'containerapps', document: app('') }] })[0]!.passed).toBe(true);
    expect(verdicts(rule.check({ cloud: [{ target: 'containerapps', document: app('      allowInsecure: true\n') }] }))).toEqual([{ passed: false, line: 7, subject: 'Container App weather' }]);
  });
});

describe('TLS005 foreign Origin', () => {
  const rule = ruleOf(rules, 'TLS005');

  test('rejected passes, accepted fails, with a pointer into the report', () => {
    const ok = rule.check({ healthReport: report({ target: 'http://127.0.0.1:3000/mcp', transport: 'streamable-http', origin: { sent: 'https://evil.example', status: 403, rejected: true } }) });
    expect(ok.map((c) => [c.passed, c.location])).toEqual([[true, { file: 'health.json', pointer: '/origin/rejected' }]]);
    const bad = rule.check({ healthReport: report({ target: 'http://127.0.0.1:3000/mcp', origin: { sent: 'https://evil.example', status: 200, rejected: false } }) });
    expect(bad.map((c) => [c.passed, c.message])).toEqual([[false, 'the server accepted a request with a foreign Origin https://evil.example (HTTP 200)']]);
  });

  test('not checked when an HTTP gate recorded no Origin probe; not applicable to stdio', () => {
    expect(rule.unavailable!({ healthReport: report({ target: 'http://127.0.0.1:3000/mcp' }) })).toBe('health.json does not record a request with a foreign Origin');
    const stdio = { healthReport: report({ target: 'node server.js', transport: 'stdio' }) };
    expect(rule.unavailable!(stdio)).toBeUndefined();
    expect(rule.check(stdio)).toEqual([]);
  });
});

describe('TLS006 401 without credentials when auth is declared', () => {
  const rule = ruleOf(rules, 'TLS006');
  const declared = spec('server: {name: w}\nhealth: {allow-auth-required: true}\n');

  test('a verified refusal (or the gate\'s own auth-required status) passes; auth-not-enforced fails at its problem', () => {
    const ok = rule.check({ spec: declared, healthReport: report({ target: 'https://w.example.com/mcp', auth: { mode: 'bearer', refusalVerified: true } }) });
    expect(ok.map((c) => [c.passed, c.location?.pointer])).toEqual([[true, '/auth/refusalVerified']]);
    expect(rule.check({ spec: declared, healthReport: report({ target: 'https://w.example.com/mcp', status: 'auth-required' }) })[0]!.passed).toBe(true);
    const problems = [{ level: 'warning', code: 'schema-changed', message: 'x' }, { level: 'error', code: 'auth-not-enforced', message: 'the server answered a request without a token with HTTP 200' }];
    const bad = rule.check({ spec: declared, healthReport: report({ target: 'https://w.example.com/mcp', status: 'unhealthy', problems }) });
    expect(bad.map((c) => [c.passed, c.location?.pointer, c.message])).toEqual([[false, '/problems/1', 'without credentials: the server answered a request without a token with HTTP 200']]);
  });

  test('not applicable without declared auth; not checked when the report lacks the request', () => {
    const none = { spec: spec('server: {name: w}\n'), healthReport: report({ target: 'https://w.example.com/mcp', status: 'healthy' }) };
    expect(rule.unavailable!(none)).toBeUndefined();
    expect(rule.check(none)).toEqual([]);
    expect(rule.unavailable!({ spec: declared, healthReport: report({ target: 'https://w.example.com/mcp', status: 'healthy' }) })).toBe('health.json does not record a request without credentials');
  });
});

describe('TLS007 authorization beyond loopback', () => {
  const rule = ruleOf(rules, 'TLS007');
  const ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

  test('a public ingress host or a cloud target without auth is flagged, naming what reaches the server', () => {
    const [ingress] = rule.check({ spec: spec('server: {name: w}\ningress: {host: w.example.com, tls: {secret: w-tls}}\n') });
    expect([ingress!.passed, ingress!.message]).toEqual([false, 'ingress host w.example.com reaches the server with no authorization (auth mode none)']);
    const [cloud] = rule.check({ spec: spec(`server: {name: w}\nauth: {mode: none}\ntargets:\n  ecs: {region: eu-west-1, execution-role-arn: "${ROLE}"}\n`) });
    expect([cloud!.passed, cloud!.message]).toEqual([false, 'targets.ecs reaches the server with no authorization (auth mode none)']);
  });

  test('declared authorization passes; a loopback-only server is not its concern', () => {
    const guarded = spec('server: {name: w}\ningress: {host: w.example.com, tls: {secret: w-tls}}\nauth:\n  mode: oauth\n  oauth: {issuer: "https://id.example.com", audience: "https://w.example.com/mcp", scopes: [mcp]}\n');
    expect(rule.check({ spec: guarded }).map((c) => [c.passed, c.message])).toEqual([[true, 'auth mode oauth guards ingress host w.example.com']]);
    expect(rule.check({ spec: spec('server: {name: w}\n') })).toEqual([]);
    expect(rule.severity).toBe('warning');
  });
});
