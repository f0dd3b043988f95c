/**
 * Precision against workflows the project did not write: zizmor's own test data (SOURCES.md beside
 * the fixtures). For each fixture and aligned audit, the jobs and steps zizmor's snapshot tests
 * expect a finding on at its default persona (pedantic for concurrency-limits); our rule must flag exactly those, unless a
 * disagreement is listed here with its reason.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadWorkflows } from '../../../src/checklist/load-workflows.js';
import { rules } from '../../../src/checklist/rules/workflows.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { InputError } from '../../../src/util/errors.js';
import { repoRoot } from '../../helpers/paths.js';

const root = join(repoRoot, 'test/fixtures/checklist/workflows/zizmor');

interface Case {
  fixture: string;
  rule: string;
  audit: string;
  /** Subjects (`job build step 2`, `` for the workflow) zizmor's snapshot flags at its default persona. */
  zizmor: string[];
  /** Our failing checks' lines, in order. */
  lines: number[];
  /** Where we deliberately differ: what we flag instead, and why. */
  disagreement?: { ours: string[]; reason: string };
}

const cases: Case[] = [
  { fixture: 'unpinned-uses.yml', rule: 'WF001', audit: 'unpinned-uses', zizmor: ['job unpinned-0 step 1', 'job unpinned-0 step 2', 'job unpinned-0 step 3'], lines: [17, 22, 28] },
  {
    fixture: 'secrets-inherit.yml',
    rule: 'WF001',
    audit: 'unpinned-uses',
    zizmor: ['job call-workflow-vulnerable-1', 'job call-workflow-not-vulnerable-2', 'job call-workflow-not-vulnerable-3', 'job call-workflow-not-vulnerable-4'],
    lines: [10, 16, 23, 28],
  },
  { fixture: 'secrets-inherit.yml', rule: 'WF007', audit: 'secrets-inherit', zizmor: ['job call-workflow-vulnerable-1'], lines: [12] },
  {
    fixture: 'artipacked.yml',
    rule: 'WF008',
    audit: 'artipacked',
    zizmor: ['job artipacked step 1'],
    lines: [18, 26],
    disagreement: {
      ours: ['job artipacked step 1', 'job pedantic step 1'],
      reason: 'zizmor reports an explicit `persist-credentials: true` only to auditors, as intent (its issue 1709); an explicit true still leaves the token in .git/config, and the house rule is false everywhere',
    },
  },
  { fixture: 'github-env/github-path.yml', rule: 'WF011', audit: 'github-env', zizmor: ['job vulnerable step 1'], lines: [19] },
  { fixture: 'excessive-permissions/jobs-broaden-permissions.yml', rule: 'WF003', audit: 'excessive-permissions', zizmor: ['job job1', 'job job2'], lines: [11, 20] },
  { fixture: 'excessive-permissions/workflow-default-perms-all-jobs-explicit.yml', rule: 'WF003', audit: 'excessive-permissions', zizmor: [], lines: [] },
  { fixture: 'excessive-permissions/issue-336-repro.yml', rule: 'WF003', audit: 'excessive-permissions', zizmor: [], lines: [] },
  { fixture: 'excessive-permissions/workflow-write-all.yml', rule: 'WF003', audit: 'excessive-permissions', zizmor: [''], lines: [5] },
  { fixture: 'excessive-permissions/reusable-workflow-call.yml', rule: 'WF003', audit: 'excessive-permissions', zizmor: ['job job1'], lines: [8] },
  { fixture: 'template-injection/false-positive-menagerie.yml', rule: 'WF004', audit: 'template-injection', zizmor: [], lines: [] },
  { fixture: 'template-injection/issue-22-repro.yml', rule: 'WF004', audit: 'template-injection', zizmor: [], lines: [] },
  { fixture: 'template-injection/codeql-sinks.yml', rule: 'WF004', audit: 'template-injection', zizmor: ['job some-job step 1'], lines: [17] },
  { fixture: 'template-injection/pwsh-script.yml', rule: 'WF004', audit: 'template-injection', zizmor: ['job some-job step 1'], lines: [16] },
  { fixture: 'excessive-permissions/workflow-read-all.yml', rule: 'WF003', audit: 'excessive-permissions', zizmor: [''], lines: [5] },
  { fixture: 'template-injection/issue-418-repro.yml', rule: 'WF004', audit: 'template-injection', zizmor: [], lines: [] },
  {
    fixture: 'artipacked/issue-447-repro.yml',
    rule: 'WF008',
    audit: 'artipacked',
    zizmor: [],
    lines: [24],
    disagreement: { ours: ['job issue-447-repro step 2'], reason: 'as for artipacked.yml: zizmor reports the explicit (string) "true" only to auditors; it still persists the token' },
  },
  { fixture: 'github-env/issue-397-repro.yml', rule: 'WF011', audit: 'github-env', zizmor: ['job issue-397-repro step 1'], lines: [19] },
  { fixture: 'concurrency-limits/missing.yml', rule: 'WF013', audit: 'concurrency-limits (pedantic)', zizmor: ['job job'], lines: [7] },
  { fixture: 'concurrency-limits/issue-1511-repro.yml', rule: 'WF013', audit: 'concurrency-limits (pedantic)', zizmor: [], lines: [] },
  {
    fixture: 'concurrency-limits/jobs-missing-no-cancel.yml',
    rule: 'WF013',
    audit: 'concurrency-limits (pedantic)',
    zizmor: ['job job1', 'job job2'],
    lines: [15],
    disagreement: {
      ours: ['job job2'],
      reason: 'zizmor also asks a job group for cancel-in-progress; WF013 asks only for a group, since deploy and teardown jobs must not be cancelled mid-way (zizmor itself accepts cancel-in-progress: false, its issue 1302)',
    },
  },
  {
    fixture: 'unpinned-images/issue-1942-repro.yml',
    rule: 'WF002',
    audit: 'unpinned-images',
    zizmor: [],
    lines: [14],
    disagreement: {
      ours: ['job container-test-job container'],
      reason: 'zizmor reports a tagged image without a digest (node:18) only at its pedantic persona; the checklist requires digests (issue 11: images pinned by SHA), since a tag can be re-pushed',
    },
  },
  {
    fixture: 'dangerous-triggers/pull-request-target.yml',
    rule: 'WF006',
    audit: 'dangerous-triggers',
    zizmor: [''],
    lines: [],
    disagreement: {
      ours: [],
      reason: 'zizmor flags every use of pull_request_target; WF006 flags a job that checks out or fetches the pull request code there, so label and comment workflows (which the preview and fork-opt-in design relies on) stay quiet',
    },
  },
];

/** `job x step n` from `workflow f.yml job x step n`; '' for the workflow itself. */
function local(subject: string | undefined, file: string): string {
  return (subject ?? '').replace(`workflow ${basename(file)}`, '').trim();
}

describe('WF rules agree with zizmor on its own test data', () => {
  test.each(cases)('$rule on $fixture ($audit)', ({ fixture, rule: id, zizmor, lines, disagreement }) => {
    const file = join(root, fixture);
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new Error(`no rule ${id}`);
    const failed = rule.check({ workflows: loadWorkflows(file) }).filter((c) => !c.passed);
    expect(failed.map((c) => local(c.subject, file))).toEqual(disagreement ? disagreement.ours : zizmor);
    expect(failed.map((c) => c.location?.line)).toEqual(lines);
    if (disagreement) {
      expect(disagreement.ours).not.toEqual(zizmor);
      expect(disagreement.reason.length).toBeGreaterThan(40);
    }
  });

  test('insecure-commands.yml: the loader refuses it as GitHub does (a step env given as one expression), and WF010 agrees on the job-level flag', () => {
    const file = join(root, 'insecure-commands.yml');
    expect(() => loadWorkflows(file)).toThrow(InputError);
    expect(() => loadWorkflows(file)).toThrow(`${file}:26:14`);
    // zizmor's default persona flags the job env (line 11-12); the matrix-built env only at its auditor persona.
    const failed = rules.find((r) => r.id === 'WF010')!.check({ workflows: parseYamlDocuments(readFileSync(file, 'utf8'), file, '1.2') }).filter((c) => !c.passed);
    expect(failed.map((c) => [local(c.subject, file), c.location?.line])).toEqual([['job some-dangerous-job', 12]]);
  });

  test('every fixture named in SOURCES.md is compared here', () => {
    const sources = readFileSync(join(root, '..', 'SOURCES.md'), 'utf8');
    const listed = [...sources.matchAll(/^\| zizmor\/(\S+) \|/gm)].map((m) => m[1]).sort();
    const compared = [...new Set([...cases.map((c) => c.fixture), 'insecure-commands.yml'])].sort();
    expect(compared).toEqual(listed);
  });
});
