import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecklist } from '../../../src/checklist/engine.js';
import { loadWorkflows } from '../../../src/checklist/load-workflows.js';
import { rules } from '../../../src/checklist/rules/workflows.js';
import { repoRoot } from '../../helpers/paths.js';

const workflowsDir = join(repoRoot, '.github/workflows');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

function lintWorkflows(folder: string) {
  return spawnSync(tsx, ['scripts/lint-workflows.mjs', folder], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
}

describe("the project's own workflows", () => {
  test('pass every WF rule (errors and warnings; only exemptions with a reason count)', () => {
    const workflows = loadWorkflows(workflowsDir);
    expect(workflows.length).toBeGreaterThan(0);
    const sources = Object.fromEntries(workflows.map((doc) => [doc.file, readFileSync(doc.file, 'utf8')]));
    const result = runChecklist(rules, { workflows, sources }, { failOn: 'warning' });
    const findings = result.results.flatMap(({ rule, checks }) =>
      checks.filter((c) => c.status === 'failed').map((c) => `${c.location?.file}:${c.location?.line}: ${rule.id} ${c.message}`),
    );
    expect(findings).toEqual([]);
    expect(result.exemptions.refused).toEqual([]);
  });

  test('npm run lint\'s workflow step (actionlint and the WF rules) exits 0 on them', () => {
    const run = lintWorkflows('.github/workflows');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 finding\(s\)/);
  }, 120_000);

  test('the lint step fails on a finding of either kind and names file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
    try {
      // `needs` of an unknown job is actionlint's; the unpinned checkout is WF001's.
      writeFileSync(
        join(dir, 'bad.yml'),
        'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - run: echo "${{ github.event.head_commit.message }}"\n',
      );
      const run = lintWorkflows(dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/bad\.yml:8: WF001 error/);
      expect(run.stderr).toMatch(/bad\.yml:11:\d+: actionlint \[expression\]/);
      expect(run.stderr).toMatch(/bad\.yml:11: WF004 error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
