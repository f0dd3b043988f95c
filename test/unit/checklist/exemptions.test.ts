/** Exemptions: honoured and listed with a reason, refused and reported without, expired fails, disallowed refuses all. */
import { describe, expect, test } from '@jest/globals';
import { runChecklist, type RunChecklistOptions } from '../../../src/checklist/engine.js';
import { parseExemptionsFile } from '../../../src/checklist/exemptions.js';
import { rules as health } from '../../../src/checklist/rules/health.js';
import { rules as image } from '../../../src/checklist/rules/image.js';
import type { ChecklistInputs } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { InputError } from '../../../src/util/errors.js';

const HLT001 = health.find((r) => r.id === 'HLT001')!;
const HLT004 = health.find((r) => r.id === 'HLT004')!;
const IMG003 = image.find((r) => r.id === 'IMG003')!;

/** A Deployment with a liveness probe only (HLT001 fails on readiness), carrying `annotations`. */
function withAnnotations(annotations: string): ChecklistInputs {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  annotations:
${annotations}
spec:
  template:
    spec:
      containers:
        - name: server
          image: x
          livenessProbe: { tcpSocket: { port: 8080 } }
`;
  return { manifests: parseYamlDocuments(text, 'deploy.yaml') };
}

const one = (rules = [HLT001], inputs: ChecklistInputs, options: RunChecklistOptions = {}) => runChecklist(rules, inputs, options);

describe('Kubernetes annotations', () => {
  test('ours with a reason is honoured and listed', () => {
    const result = one([HLT001], withAnnotations('    mcp-orchestrator.io/ignore-HLT001: "a batch worker: nothing routes to it"'));
    expect(result.results[0]!.verdict).toBe('exempted');
    // Listed where the exempted object's finding is: the annotation belongs to it.
    expect(result.exemptions.used).toEqual([{ rule: 'HLT001', reason: 'a batch worker: nothing routes to it', origin: 'annotation', where: { file: 'deploy.yaml', line: 11, column: 11 } }]);
    expect(result.failed).toBe(false);
  });
  test('ours without a reason is refused, reported, and the rule fails', () => {
    const result = one([HLT001], withAnnotations('    mcp-orchestrator.io/ignore-HLT001: ""'));
    expect(result.results[0]!.verdict).toBe('failed');
    expect(result.exemptions.refused).toMatchObject([{ rule: 'HLT001', origin: 'annotation', subject: 'Deployment/api container server', why: expect.stringContaining('has no reason') }]);
    expect(result.exemptions.used).toEqual([]);
  });
  test('kube-linter\'s ignore-check annotation for an aligned check carries its reason', () => {
    const result = one([HLT001], withAnnotations('    ignore-check.kube-linter.io/no-readiness-probe: "readiness is the sidecar\'s"'));
    expect(result.results[0]!.verdict).toBe('exempted');
    expect(result.exemptions.used[0]).toMatchObject({ origin: 'kube-linter', reason: "readiness is the sidecar's" });
  });
  test('checkov\'s skip annotation needs ID=reason', () => {
    expect(one([HLT001], withAnnotations('    checkov.io/skip1: CKV_K8S_9=probed by the mesh')).results[0]!.verdict).toBe('exempted');
    const bare = one([HLT001], withAnnotations('    checkov.io/skip1: CKV_K8S_9'));
    expect(bare.results[0]!.verdict).toBe('failed');
    expect(bare.exemptions.refused[0]!.origin).toBe('checkov');
  });
  test('an annotation for another rule exempts nothing', () => {
    expect(one([HLT001], withAnnotations('    mcp-orchestrator.io/ignore-HLT002: "other"')).results[0]!.verdict).toBe('failed');
  });
});

describe('Dockerfile comments', () => {
  const dockerfile = (text: string): ChecklistInputs => ({ dockerfile: { file: 'Dockerfile', text } });
  test('on the comment lines directly above the finding, with a reason: honoured and listed with the comment\'s line', () => {
    const result = one([IMG003], dockerfile('FROM node:22 AS build\n# the tools stage follows upstream on purpose\n# mcp-orchestrator ignore=IMG003 reason="tools image, rebuilt nightly"\nFROM tools:latest\n'));
    expect(result.results[0]!.verdict).toBe('exempted');
    expect(result.exemptions.used[0]).toMatchObject({ rule: 'IMG003', origin: 'comment', reason: 'tools image, rebuilt nightly', where: { file: 'Dockerfile', line: 3 } });
  });
  test('a trailing comment on the line itself', () => {
    expect(one([IMG003], dockerfile('FROM node:22\nFROM tools:latest # mcp-orchestrator ignore=IMG003 reason="nightly"\n')).results[0]!.verdict).toBe('exempted');
  });
  test('in the opening comment block: the whole file', () => {
    const result = one([IMG003], dockerfile('# syntax=docker/dockerfile:1\n# mcp-orchestrator ignore=IMG003 reason="a dev image"\nFROM a:latest\nRUN true\nFROM b\n'));
    expect(result.results[0]!.checks.map((c) => c.status)).toEqual(['exempted', 'exempted']);
  });
  test('separated from the finding by an instruction: not its exemption', () => {
    expect(one([IMG003], dockerfile('FROM node:22\n# mcp-orchestrator ignore=IMG003 reason="x"\nRUN true\nFROM tools:latest\n')).results[0]!.verdict).toBe('failed');
  });
  test('without reason="...": refused and reported', () => {
    const result = one([IMG003], dockerfile('FROM node:22\n# mcp-orchestrator ignore=IMG003\nFROM tools:latest\n'));
    expect(result.results[0]!.verdict).toBe('failed');
    expect(result.exemptions.refused).toMatchObject([{ rule: 'IMG003', where: { file: 'Dockerfile', line: 2 }, why: 'the ignore comment has no reason="..."' }]);
  });
});

describe('compose extension', () => {
  test('on the service, with a reason; at the top level too', () => {
    const service = one([HLT004], { compose: parseYamlDocuments('services:\n  web:\n    image: x\n    x-mcp-orchestrator:\n      ignore: { HLT004: "probed by the load balancer" }\n', 'compose.yml') });
    expect(service.results[0]!.verdict).toBe('exempted');
    expect(service.exemptions.used[0]).toMatchObject({ origin: 'compose', reason: 'probed by the load balancer' });
    const top = one([HLT004], { compose: parseYamlDocuments('x-mcp-orchestrator:\n  ignore:\n    HLT004: "a local dev file"\nservices:\n  web:\n    image: x\n', 'compose.yml') });
    expect(top.results[0]!.verdict).toBe('exempted');
  });
  test('without a reason: refused', () => {
    const result = one([HLT004], { compose: parseYamlDocuments('services:\n  web:\n    image: x\n    x-mcp-orchestrator: { ignore: { HLT004: "" } }\n', 'compose.yml') });
    expect(result.results[0]!.verdict).toBe('failed');
    expect(result.exemptions.refused[0]!.origin).toBe('compose');
  });
});

describe('central exemptions file', () => {
  const inputs = withAnnotations('    team: api');
  const file = (text: string) => parseExemptionsFile(text, '.mcp-exemptions.yml');
  test('matches the rule and the subject glob, with its reason; listed with its expiry', () => {
    const result = one([HLT001], inputs, { exemptionsFile: file('exemptions:\n  - { id: HLT001, target: "Deployment/*", reason: "migrating to the mesh", expires: 2099-12-31 }\n'), today: '2026-11-26' });
    expect(result.results[0]!.verdict).toBe('exempted');
    expect(result.exemptions.used[0]).toMatchObject({ origin: 'file', reason: 'migrating to the mesh', expires: '2099-12-31', target: 'Deployment/*', where: { file: '.mcp-exemptions.yml', pointer: '/exemptions/0' } });
  });
  test('expired: the rule fails, the message and the refusal say it expired', () => {
    const result = one([HLT001], inputs, { exemptionsFile: file('- { id: HLT001, target: Deployment/api, reason: "until the mesh", expires: "2026-01-31" }\n'), today: '2026-11-26' });
    expect(result.results[0]!.verdict).toBe('failed');
    expect(result.failed).toBe(true);
    expect(result.results[0]!.checks.find((c) => c.status === 'failed')!.message).toContain('(exemption expired on 2026-01-31)');
    expect(result.exemptions.refused[0]).toMatchObject({ rule: 'HLT001', origin: 'file', why: 'expired on 2026-01-31' });
  });
  test('an entry without a reason is refused and reported; its rule fails', () => {
    const result = one([HLT001], inputs, { exemptionsFile: file('- { id: HLT001, target: "*" }\n') });
    expect(result.results[0]!.verdict).toBe('failed');
    expect(result.exemptions.refused[0]).toMatchObject({ rule: 'HLT001', why: expect.stringContaining('no reason') });
  });
  test('a subject that does not match exempts nothing', () => {
    expect(one([HLT001], inputs, { exemptionsFile: file('- { id: HLT001, target: StatefulSet/*, reason: r }\n') }).results[0]!.verdict).toBe('failed');
  });
  test.each([
    ['- { id: nope, target: x, reason: r }\n', '"id" must be a rule id'],
    ['- { id: HLT001, target: x, reason: r, expires: soon }\n', '"expires" must be a date'],
    ['exemptions: 3\n', 'expected a list'],
  ])('a malformed file is an input error: %s', (text, message) => {
    expect(() => file(text)).toThrow(InputError);
    expect(() => file(text)).toThrow(message);
  });
});

test('--disallow-exemptions: nothing is honoured, everything found is listed as refused', () => {
  const result = one([HLT001], withAnnotations('    mcp-orchestrator.io/ignore-HLT001: "a reason"'), { disallowExemptions: true });
  expect(result.results[0]!.verdict).toBe('failed');
  expect(result.exemptions.used).toEqual([]);
  expect(result.exemptions.refused[0]).toMatchObject({ rule: 'HLT001', why: 'exemptions are disallowed (--disallow-exemptions)' });
});
