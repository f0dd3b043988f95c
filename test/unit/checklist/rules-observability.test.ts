import { describe, expect, test } from '@jest/globals';
import { isStructuredLine, rules } from '../../../src/checklist/rules/observability.js';
import type { ChecklistInputs } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { compose, manifests, ruleOf, verdicts } from './rules-helpers.js';

const report = (value: Record<string, unknown>): ChecklistInputs => ({ healthReport: { file: 'health.json', value } });

const COMPOSE = `services:
  quiet:
    image: a
    logging:
      driver: none
  rotated:
    image: b
    logging:
      driver: json-file
      options:
        max-size: 10m
  default:
    image: c
  shipped:
    image: d
    logging: {driver: syslog}
`;

describe('OBS001 logs kept on every target', () => {
  const rule = ruleOf(rules, 'OBS001');

  test('compose: driver none fails at its line; the default and other drivers pass', () => {
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: false, line: 5, subject: 'service quiet' },
      { passed: true, line: 9, subject: 'service rotated' },
      { passed: true, line: 13, subject: 'service default' },
      { passed: true, line: 16, subject: 'service shipped' },
    ]);
  });

  test('Kubernetes workloads pass (stdout is kept by the runtime); an ECS container without logConfiguration fails', () => {
    const k8s = rule.check(manifests('kind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers: [{name: c}]\n'));
    expect(verdicts(k8s)).toEqual([{ passed: true, line: 6, subject: 'Deployment/api' }]);
    const ecs = parseYamlDocuments(
      `family: weather
containerDefinitions:
  - name: weather
    logConfiguration:
      logDriver: awslogs
  - name: sidecar
    image: x
`,
      'taskdef.yaml',
    )[0]!;
    expect(verdicts(rule.check({ cloud: [{ target: 'ecs', document: ecs }] }))).toEqual([
      { passed: true, line: 5, subject: 'ECS task weather container weather' },
      { passed: false, line: 6, subject: 'ECS task weather container sidecar' },
    ]);
  });
});

describe('OBS002 compose log rotation', () => {
  const rule = ruleOf(rules, 'OBS002');

  test('json-file with max-size and shipping drivers pass; the unrotated default fails at the service', () => {
    const checks = rule.check(compose(COMPOSE));
    expect(verdicts(checks)).toEqual([
      { passed: true, line: 11, subject: 'service rotated' },
      { passed: false, line: 13, subject: 'service default' },
      { passed: true, line: 16, subject: 'service shipped' },
    ]);
    expect(checks[1]!.message).toBe('service default logs with json-file (the default) and no max-size: its logs grow without bound');
  });

  test('the local driver rotates by itself; json-file without options does not', () => {
    const checks = rule.check(compose('services:\n  a: {logging: {driver: local}}\n  b:\n    logging:\n      driver: json-file\n'));
    expect(verdicts(checks)).toEqual([
      { passed: true, line: 2, subject: 'service a' },
      { passed: false, line: 5, subject: 'service b' },
    ]);
  });
});

describe('OBS003 structured logs during the gate', () => {
  const rule = ruleOf(rules, 'OBS003');
  const json = (level: string, msg: string) => JSON.stringify({ level, msg, time: 1 });

  test('JSON lines with level and message pass (a banner line among many is tolerated)', () => {
    const logs = ['Server starting...', ...Array.from({ length: 9 }, (_, i) => json('info', `request ${i}`))];
    const checks = rule.check(report({ logs }));
    expect(checks.map((c) => [c.passed, c.location?.pointer, c.message])).toEqual([[true, '/logs', '9 of 10 log lines are structured (JSON with level and message)']]);
  });

  test('mostly free text fails, pointing at the first free-text line without quoting it', () => {
    const logs = [json('info', 'up'), '', 'GET /mcp 200 token=abc', 'listening on 8080'];
    const checks = rule.check(report({ logs }));
    expect(checks.map((c) => [c.passed, c.location?.pointer])).toEqual([[false, '/logs/2']]);
    expect(checks[0]!.message).not.toContain('token=abc');
  });

  test('not checked when the report has no log lines', () => {
    expect(rule.unavailable!(report({ ok: true }))).toBe('health.json records no server log lines');
    expect(rule.unavailable!(report({ logs: [json('info', 'x')] }))).toBeUndefined();
  });

  test.each([
    ['{"level":30,"msg":"pino"}', true],
    ['{"severity":"INFO","message":"gcp"}', true],
    ['{"levelname":"INFO","event":"structlog"}', true],
    ['{"msg":"no level"}', false],
    ['{"level":"info"', false],
    ['INFO: plain', false],
  ])('%s structured: %s', (line, expected) => {
    expect(isStructuredLine(line)).toBe(expected);
  });
});
