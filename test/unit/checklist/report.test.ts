/** Reports: the Markdown checklist a person would keep, SARIF 2.1.0, JSON and text; untrusted text escaped, secrets redacted. */
import { describe, expect, test } from '@jest/globals';
import { runChecklist } from '../../../src/checklist/engine.js';
import { annotationsOf, renderMarkdown, renderText, toJson, toSarif } from '../../../src/checklist/report.js';
import { rules as health } from '../../../src/checklist/rules/health.js';
import { rules as image } from '../../../src/checklist/rules/image.js';
import type { Check, Rule } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { checksummedToken } from '../../helpers/secrets.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** A Deployment named by the test: probes missing on purpose, one image pinned. */
function manifests(name: string, annotations = '') {
  return parseYamlDocuments(
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${JSON.stringify(name)}\n${annotations}spec:\n  template:\n    spec:\n      containers:\n        - name: server\n          image: ghcr.io/acme/weather@${DIGEST}\n`,
    'k8s/deploy.yaml',
  );
}

const rules = [...image, ...health];

describe('Markdown checklist', () => {
  test('ticks items whose rules passed, leaves failed and unchecked ones open, with rules, evidence and fix beneath', () => {
    const md = renderMarkdown(runChecklist(rules, { manifests: manifests('api') }));
    expect(md).toMatch(/^### ❌ Checklist failed \(fail on error\)/);
    expect(md).toContain('- [ ] **Image built** — not fully checked');
    expect(md).toContain('  - `IMG001` ✅ passed (error): Deployed images are pinned by digest');
    expect(md).toContain('  - `IMG003` ⏸️ not checked (error): Base images are tagged, not latest — needs dockerfile');
    expect(md).toContain('- [ ] **Health checks configured and passing**');
    expect(md).toContain('    - <code>k8s/deploy.yaml:9</code>: Deployment/api container server has no readinessProbe');
    expect(md).toContain('    - fix: Add readinessProbe and livenessProbe');
  });

  test('an item whose rules all passed is ticked; exemptions are listed with their reasons', () => {
    const only = rules.filter((r) => r.id === 'IMG001' || r.id === 'HLT001');
    const md = renderMarkdown(runChecklist(only, { manifests: manifests('api', '  annotations:\n    mcp-orchestrator.io/ignore-HLT001: "a worker"\n') }));
    expect(md).toContain('- [x] **Image built**');
    expect(md).toContain('- [x] **Health checks configured and passing**');
    expect(md).toContain('exempted (annotation): a worker');
    expect(md).toMatch(/#### Exemptions used \(1\)\n\n- HLT001 by annotation at k8s\/deploy.yaml:\d+: a worker/);
  });

  test('hostile names cannot open tags, break a code span or a table', () => {
    const md = renderMarkdown(runChecklist(rules, { manifests: manifests('<img src=x onerror=alert(1)>`|') }));
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;&#96;&#124;');
  });
});

/** A rule defined as data whose message quotes a value, to prove every writer redacts. */
function leaky(secret: string): Rule {
  const check: Check = { passed: false, message: `env API_TOKEN=${secret} seen`, location: { file: 'Dockerfile', line: 2 }, subject: 'Dockerfile' };
  return { id: 'SEC999', group: 'SEC', item: 'environment-secure', severity: 'error', title: 't', help: 'h', fix: 'f', needs: [], aligned: {}, check: () => [check] };
}

test('a secret in a message is redacted in Markdown, text, JSON, SARIF and annotations', () => {
  const secret = checksummedToken('ghp_');
  const result = runChecklist([leaky(secret)], {});
  const all = [renderMarkdown(result), renderText(result), JSON.stringify(toJson(result)), JSON.stringify(toSarif(result, { version: '0' })), JSON.stringify(annotationsOf(result))].join('\n');
  expect(all).toContain('API_TOKEN=');
  expect(all).not.toContain(secret);
});

describe('SARIF 2.1.0', () => {
  const result = runChecklist(rules, { manifests: manifests('api', '  annotations:\n    ignore-check.kube-linter.io/no-liveness-probe: "liveness by the mesh"\n') });
  interface SarifRule { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string }; properties: Record<string, string> }
  interface SarifResult { ruleId: string; locations: Array<{ physicalLocation: unknown }>; suppressions?: unknown[]; partialFingerprints: Record<string, string> }
  const sarif = toSarif(result, { version: '1.2.3' }) as { version: string; runs: Array<{ tool: { driver: { rules: SarifRule[] } }; results: SarifResult[] }> };
  const run = sarif.runs[0]!;

  test('describes every rule with help, fix, aligned ids and security-severity', () => {
    expect(sarif.version).toBe('2.1.0');
    const hlt = run.tool.driver.rules.find((r) => r.id === 'HLT001')!;
    expect(hlt.shortDescription.text).toBe('Serving containers have readiness and liveness probes');
    expect(hlt.help.text).toContain('Fix: Add readinessProbe');
    expect(hlt.help.text).toContain('kube-linter: no-readiness-probe, no-liveness-probe');
    expect(hlt.properties['security-severity']).toBe('8.0');
    expect(hlt.defaultConfiguration.level).toBe('error');
  });

  test('results carry file and line, a stable fingerprint, and exempted ones a suppression with the reason', () => {
    const results = run.results.filter((r) => r.ruleId === 'HLT001');
    expect(results.map((r) => r.locations[0]!.physicalLocation)).toEqual([
      { artifactLocation: { uri: 'k8s/deploy.yaml' }, region: { startLine: 11, startColumn: 11 } },
      { artifactLocation: { uri: 'k8s/deploy.yaml' }, region: { startLine: 11, startColumn: 11 } },
    ]);
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'liveness by the mesh' }]);
    expect(results[0]!.partialFingerprints['checklistFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/);
    const again = toSarif(runChecklist(rules, { manifests: manifests('api') }), { version: '1.2.3' }) as typeof sarif;
    expect(again.runs[0]!.results.find((r) => r.ruleId === 'HLT001')!.partialFingerprints).toEqual(results[0]!.partialFingerprints);
  });
});

test('JSON report: verdicts, which failures fail the gate, and the exemptions', () => {
  const json = toJson(runChecklist(rules, { manifests: manifests('api') }, { failOn: 'error' })) as { passed: boolean; rules: Array<{ id: string; verdict: string; failsGate: boolean }> };
  expect(json.passed).toBe(false);
  expect(json.rules.find((r) => r.id === 'HLT001')).toMatchObject({ verdict: 'failed', failsGate: true });
  expect(json.rules.find((r) => r.id === 'IMG005')).toMatchObject({ verdict: 'not-checked', failsGate: false });
});

test('annotations: failed checks with a source line, the gate\'s failures first, at most the limit', () => {
  const annotations = annotationsOf(runChecklist(rules, { manifests: manifests('api') }), 1);
  expect(annotations).toEqual([{ level: 'error', title: 'HLT001: Serving containers have readiness and liveness probes', message: expect.stringContaining('has no readinessProbe. Fix:'), file: 'k8s/deploy.yaml', startLine: 9 }]);
});
