/**
 * Precision against manifests this project did not write: the test fixtures of Polaris,
 * kube-linter and kube-score (test/fixtures/checklist/k8s-public, sources in its SOURCES.md). For
 * each fixture object, the aligned rule fails exactly when the tool's own tests expect its check to
 * fire; "passes" means no failing check (passed, or nothing of the rule's concern). Deliberate
 * disagreements are listed with their reason and asserted as they are, so a change either way shows.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules as hardening } from '../../../src/checklist/rules/hardening.js';
import { resourceRules } from '../../../src/checklist/rules/resources.js';
import { rules as scaling } from '../../../src/checklist/rules/scaling.js';
import { rules as tls } from '../../../src/checklist/rules/tls.js';
import type { Rule } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { ruleOf } from './rules-helpers.js';

const DIR = 'test/fixtures/checklist/k8s-public';
/** RES003 with the CPU-limit option on, as Polaris's cpuLimitsMissing always requires. */
const all: Rule[] = [...resourceRules({ cpuLimit: true }), ...tls, ...scaling, ...hardening];

type Expectation = 'fails' | 'passes';

interface Row {
  /** tool/file under DIR */
  fixture: string;
  rule: string;
  /** `Kind/name`: judge only this object's checks (multi-object fixtures); default every check. */
  object?: string;
  /** What the tool's tests expect of its aligned check. */
  tool: Expectation;
  /** Set when this project decides otherwise on purpose: why. Our verdict is then the opposite. */
  disagreement?: string;
}

/** Polaris: `<check>.success*` passes, `<check>.failure*` fails. */
const polaris: Array<[string, string]> = [
  ['cpuRequestsMissing.failure.yaml', 'RES001'],
  ['cpuRequestsMissing.success.yaml', 'RES001'],
  ['memoryLimitsMissing.failure.yaml', 'RES002'],
  ['memoryLimitsMissing.failure.cpu.yaml', 'RES002'],
  ['memoryLimitsMissing.success.yaml', 'RES002'],
  ['cpuLimitsMissing.failure.yaml', 'RES003'],
  ['runAsRootAllowed.failure.yaml', 'HRD001'],
  // Not a valid Deployment (containers straight under spec): no pod template, nothing of HRD001's concern; Polaris's success agrees with "no failure".
  ['runAsRootAllowed.success.yaml', 'HRD001'],
  ['notReadOnlyRootFilesystem.failure.two_cont_one_unspecified.yaml', 'HRD003'],
  ['notReadOnlyRootFilesystem.success.yaml', 'HRD003'],
  ['privilegeEscalationAllowed.failure.unspecified.yaml', 'HRD002'],
  ['privilegeEscalationAllowed.success.yaml', 'HRD002'],
  ['hostNetworkSet.failure.yaml', 'HRD007'],
  ['hostNetworkSet.success.yaml', 'HRD007'],
  ['hostPathSet.failure.yaml', 'HRD008'],
  ['hostPathSet.success.yaml', 'HRD008'],
  ['automountServiceAccountToken.failure.uses_defaults.yaml', 'HRD006'],
  ['automountServiceAccountToken.failure.pod_true_serviceaccount_false.yaml', 'HRD006'],
  ['automountServiceAccountToken.success.pod.yaml', 'HRD006'],
  ['automountServiceAccountToken.success.serviceaccount.yaml', 'HRD006'],
  // Drops each of the 14 default capabilities (and NET_ADMIN) without naming ALL: HRD004 counts that as ALL.
  ['insecureCapabilities.success.yaml', 'HRD004'],
  ['insecureCapabilities.failure.pod.yaml', 'HRD004'],
  ['tlsSettingsMissing.success.yaml', 'TLS001'],
];

const rows: Row[] = [
  ...polaris.map(([file, rule]): Row => ({ fixture: `polaris/${file}`, rule, tool: file.split('.')[1] === 'success' ? 'passes' : 'fails' })),

  // kube-linter: the objects e2etests/bats-tests.sh expects each check to report.
  ...['Deployment/dont-fire', 'DeploymentConfig/dont-fire'].map((object): Row => ({ fixture: 'kube-linter/host-network.yml', rule: 'HRD007', object, tool: 'passes' })),
  ...['Deployment/app', 'DeploymentConfig/app'].map((object): Row => ({ fixture: 'kube-linter/host-network.yml', rule: 'HRD007', object, tool: 'fails' })),
  ...['Deployment/dont-fire', 'DeploymentConfig/dont-fire'].map(
    (object): Row => ({
      fixture: 'kube-linter/docker-sock.yml',
      rule: 'HRD008',
      object,
      tool: 'passes',
      disagreement: 'any hostPath volume is refused (the baseline Pod Security Standard, Polaris hostPathSet and Trivy KSV023 agree); kube-linter\'s docker-sock looks for docker.sock only, and this one mounts /var/run/thing.sock',
    }),
  ),
  ...['Deployment/app', 'DeploymentConfig/app'].map((object): Row => ({ fixture: 'kube-linter/docker-sock.yml', rule: 'HRD008', object, tool: 'fails' })),
  { fixture: 'kube-linter/exposed-services.yml', rule: 'TLS002', object: 'Service/dont-fire', tool: 'passes' },
  { fixture: 'kube-linter/exposed-services.yml', rule: 'TLS002', object: 'Service/app', tool: 'fails' },
  ...['Deployment/dont-fire', 'DeploymentConfig/dont-fire'].map((object): Row => ({ fixture: 'kube-linter/privilege-escalation-container.yml', rule: 'HRD002', object, tool: 'passes' })),
  ...['Deployment/app1', 'DeploymentConfig/app2'].map((object): Row => ({ fixture: 'kube-linter/privilege-escalation-container.yml', rule: 'HRD002', object, tool: 'fails' })),
  ...['Deployment/dont-fire', 'DeploymentConfig/dont-fire'].map((object): Row => ({ fixture: 'kube-linter/no-read-only-root-fs.yml', rule: 'HRD003', object, tool: 'passes' })),
  ...['Deployment/app1', 'DeploymentConfig/app2'].map((object): Row => ({ fixture: 'kube-linter/no-read-only-root-fs.yml', rule: 'HRD003', object, tool: 'fails' })),
  ...['Deployment/dont-fire', 'DeploymentConfig/dont-fire'].map((object): Row => ({ fixture: 'kube-linter/run-as-non-root.yml', rule: 'HRD001', object, tool: 'passes' })),
  ...['Deployment/app1', 'DeploymentConfig/app2'].map((object): Row => ({ fixture: 'kube-linter/run-as-non-root.yml', rule: 'HRD001', object, tool: 'fails' })),
  ...['Deployment/app1', 'DeploymentConfig/app2'].map((object): Row => ({ fixture: 'kube-linter/unset-memory-requirements.yml', rule: 'RES002', object, tool: 'fails' })),
  ...['Deployment/app1', 'DeploymentConfig/app2'].map((object): Row => ({ fixture: 'kube-linter/no-rolling-update-strategy.yml', rule: 'SCL005', object, tool: 'fails' })),

  // kube-score: the grade its Go tests expect (AllOK passes; Warning or Critical fails).
  { fixture: 'kube-score/pod-test-resources-limits-and-requests.yaml', rule: 'RES001', tool: 'passes' },
  { fixture: 'kube-score/pod-test-resources-limits-and-requests.yaml', rule: 'RES002', tool: 'passes' },
  { fixture: 'kube-score/service-type-nodeport.yaml', rule: 'TLS002', tool: 'fails' },
  { fixture: 'kube-score/service-type-clusterip.yaml', rule: 'TLS002', tool: 'passes' },
  { fixture: 'kube-score/deployment-with-hpa-has-replicas.yaml', rule: 'SCL002', tool: 'fails' },
  { fixture: 'kube-score/pod-security-context-all-good.yaml', rule: 'HRD001', tool: 'passes' },
  { fixture: 'kube-score/pod-security-context-all-good.yaml', rule: 'HRD003', tool: 'passes' },
  {
    fixture: 'kube-score/pod-security-context-all-good.yaml',
    rule: 'HRD002',
    tool: 'passes',
    disagreement: 'kube-score\'s container-security-context-privileged looks at privileged only; HRD002 also needs allowPrivilegeEscalation: false, which this pod leaves at its default (true)',
  },
  { fixture: 'kube-score/pod-security-context-privileged.yaml', rule: 'HRD002', tool: 'fails' },
  { fixture: 'kube-score/pod-seccomp-no-annotation.yaml', rule: 'HRD005', tool: 'fails' },
  { fixture: 'kube-score/deployment-poddisruptionbudget-v1-matches.yaml', rule: 'SCL003', tool: 'passes' },
  {
    fixture: 'kube-score/deployment-poddisruptionbudget-v1-no-match.yaml',
    rule: 'SCL003',
    tool: 'fails',
    disagreement: 'the Deployment runs one replica (replicas unset): a budget there can only block drains or allow the outage, so SCL003 asks for one only when more than one pod can run',
  },
];

function ourVerdict(row: Row): Expectation {
  const file = join(DIR, row.fixture);
  const checks = ruleOf(all, row.rule).check({ manifests: parseYamlDocuments(readFileSync(file, 'utf8'), file) });
  const mine = row.object ? checks.filter((c) => c.subject === row.object || c.subject?.startsWith(`${row.object} `)) : checks;
  return mine.some((c) => !c.passed) ? 'fails' : 'passes';
}

const opposite = (e: Expectation): Expectation => (e === 'fails' ? 'passes' : 'fails');

describe('aligned rules on the public fixtures of Polaris, kube-linter and kube-score', () => {
  test.each(rows.filter((r) => !r.disagreement).map((r) => [r.fixture, r.object ?? '', r.rule, r.tool, r] as const))('%s %s: %s %s, as the tool expects', (_f, _o, _r, _t, row) => {
    expect(ourVerdict(row)).toBe(row.tool);
  });

  test.each(rows.filter((r) => r.disagreement).map((r) => [r.fixture, r.object ?? '', r.rule, r] as const))('%s %s: %s disagrees on purpose', (_f, _o, _r, row) => {
    expect(ourVerdict(row)).toBe(opposite(row.tool));
  });

  test('every fixture under the folder is judged and named in SOURCES.md', () => {
    const sources = readFileSync(join(DIR, 'SOURCES.md'), 'utf8');
    const judged = new Set(rows.map((r) => r.fixture));
    const listed = [...sources.matchAll(/^\| ((?:polaris|kube-linter|kube-score)\/[^ |]+) \|/gm)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThanOrEqual(20);
    expect(listed.length).toBeLessThanOrEqual(40);
    expect([...judged].sort()).toEqual([...listed].sort());
  });
});
