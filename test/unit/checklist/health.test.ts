/** HLT rules: a passing and a failing case each, with the evidence line or report pointer. */
import { describe, expect, test } from '@jest/globals';
import { rules } from '../../../src/checklist/rules/health.js';
import type { ChecklistInputs } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { parseImageConfig } from '../../../src/image/config.js';
import { failedAt, runRule, weatherDeployment } from './rules-helpers.js';

const run = (id: string, inputs: ChecklistInputs) => runRule(rules, id, inputs);

const deployment = (container: string) => parseYamlDocuments(weatherDeployment(`x@sha256:${'0'.repeat(64)}`, `          ports:\n            - { name: http, containerPort: 8080 }\n${container}`), 'deploy.yaml');

const GOOD = `          readinessProbe:
            httpGet: { path: /readyz, port: http }
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`;

describe('HLT001 readiness and liveness probes present', () => {
  test('passes a container with both', () => expect(run('HLT001', { manifests: deployment(GOOD) }).verdict).toBe('passed'));
  test('fails each missing probe at the container', () => {
    const r = run('HLT001', { manifests: deployment('          readinessProbe:\n            tcpSocket: { port: http }\n') });
    expect(failedAt(r)).toEqual(['deploy.yaml:9']);
    expect(r.checks.find((c) => c.status === 'failed')!.message).toBe('Deployment/weather container server has no livenessProbe');
  });
  test('Jobs are not its concern', () => {
    const job = parseYamlDocuments('apiVersion: batch/v1\nkind: Job\nmetadata: { name: migrate }\nspec:\n  template:\n    spec:\n      containers: [{ name: m, image: x }]\n', 'job.yaml');
    expect(run('HLT001', { manifests: job }).verdict).toBe('not-applicable');
  });
});

describe('HLT002 probes not identical', () => {
  test('passes different handlers', () => expect(run('HLT002', { manifests: deployment(GOOD) }).verdict).toBe('passed'));
  test('fails the same handler with other timings, at the liveness probe', () => {
    const r = run('HLT002', { manifests: deployment('          readinessProbe:\n            httpGet: { path: /, port: http }\n            periodSeconds: 5\n          livenessProbe:\n            httpGet: { path: /, port: http }\n') });
    expect(failedAt(r)).toEqual(['deploy.yaml:17']);
  });
});

describe('HLT003 probe ports resolve', () => {
  test('passes a named port that exists and a declared number', () => expect(run('HLT003', { manifests: deployment(GOOD) }).verdict).toBe('passed'));
  test('fails an unknown name and an undeclared number, at the port lines', () => {
    const r = run('HLT003', { manifests: deployment('          readinessProbe:\n            httpGet:\n              path: /readyz\n              port: web\n          livenessProbe:\n            tcpSocket:\n              port: 9090\n') });
    expect(failedAt(r)).toEqual(['deploy.yaml:16', 'deploy.yaml:19']);
  });
});

describe('HLT004 compose healthcheck', () => {
  test('passes a service with a healthcheck', () => {
    expect(run('HLT004', { compose: parseYamlDocuments('services:\n  web:\n    image: x\n    healthcheck:\n      test: [CMD, true]\n', 'compose.yml') }).verdict).toBe('passed');
  });
  test('fails a disabled one at its line, and a service without one at the service', () => {
    const r = run('HLT004', { compose: parseYamlDocuments('services:\n  web:\n    image: x\n    healthcheck:\n      disable: true\n  worker:\n    image: y\n', 'compose.yml') });
    expect(failedAt(r)).toEqual(['compose.yml:5', 'compose.yml:7']);
    expect(r.checks.map((c) => c.message)).toEqual(['service web disables its healthcheck', 'service worker has no healthcheck']);
  });
});

describe('HLT005 image HEALTHCHECK', () => {
  test('passes a final stage with a HEALTHCHECK, from the Dockerfile', () => {
    expect(run('HLT005', { dockerfile: { file: 'Dockerfile', text: 'FROM a:1 AS b\nFROM c:1\nHEALTHCHECK CMD ["node", "check.js"]\n' } }).verdict).toBe('passed');
  });
  test('fails a HEALTHCHECK only in a build stage, and an image config without one', () => {
    expect(run('HLT005', { dockerfile: { file: 'Dockerfile', text: 'FROM a:1 AS b\nHEALTHCHECK CMD true\nFROM c:1\n' } }).verdict).toBe('failed');
    const config = parseImageConfig(Buffer.from(JSON.stringify({ config: {}, rootfs: { diff_ids: [] }, history: [] })), 'x');
    expect(failedAt(run('HLT005', { image: { source: 'oci:x', config } }))).toEqual(['oci:x:/config/Healthcheck']);
  });
});

describe('HLT006 ECS container health check', () => {
  const ecs = (text: string) => ({ cloud: [{ target: 'ecs' as const, document: parseYamlDocuments(text, 'task.yaml')[0]! }] });
  test('passes a container definition with healthCheck', () => {
    expect(run('HLT006', ecs('containerDefinitions:\n  - name: web\n    healthCheck: { command: [CMD, true] }\n')).verdict).toBe('passed');
  });
  test('fails one without, at the definition', () => {
    expect(failedAt(run('HLT006', ecs('family: x\ncontainerDefinitions:\n  - name: web\n    image: x\n')))).toEqual(['task.yaml:3']);
  });
});

describe('HLT007 live MCP gate', () => {
  test('passes an ok report', () => {
    expect(run('HLT007', { healthReport: { file: 'health.json', value: { ok: true, status: 'healthy', target: 'http://127.0.0.1:8080/mcp', problems: [] } } }).verdict).toBe('passed');
  });
  test('fails an unhealthy report with its problems, pointing at /ok', () => {
    const r = run('HLT007', { healthReport: { file: 'health.json', value: { ok: false, status: 'unhealthy', target: 'u', problems: [{ level: 'error', code: 'missing-tool', message: 'get_alerts is missing' }] } } });
    expect(failedAt(r)).toEqual(['health.json:/ok']);
    expect(r.checks[0]!.message).toBe('the gate failed (unhealthy) for u: missing-tool: get_alerts is missing');
  });
});

describe('HLT008 stdio stdout carries JSON-RPC only', () => {
  const stdio = { file: 'mcp-deploy.yml', value: { server: { transport: 'stdio' } } } as unknown as ChecklistInputs['spec'];
  test('passes when the report counts no other line', () => {
    expect(run('HLT008', { spec: stdio, healthReport: { file: 'h.json', value: { ok: true, transport: 'stdio', stdout: { lines: 12, nonJsonRpcLines: 0 } } } }).verdict).toBe('passed');
  });
  test('fails when it counts some', () => {
    expect(failedAt(run('HLT008', { spec: stdio, healthReport: { file: 'h.json', value: { ok: true, stdout: { nonJsonRpcLines: 2 } } } }))).toEqual(['h.json:/stdout/nonJsonRpcLines']);
  });
  test('is not checked when the report does not say, and not applicable to an HTTP server', () => {
    expect(run('HLT008', { spec: stdio, healthReport: { file: 'h.json', value: { ok: true } } }).verdict).toBe('not-checked');
    expect(run('HLT008', { healthReport: { file: 'h.json', value: { ok: true, transport: 'streamable-http' } } }).verdict).toBe('not-applicable');
  });
});
