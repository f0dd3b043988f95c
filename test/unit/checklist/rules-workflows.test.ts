import { runChecklist } from '../../../src/checklist/engine.js';
import { validateWorkflow } from '../../../src/checklist/load-workflows.js';
import { expansionsIn, isUntrustedGithubContext } from '../../../src/checklist/rules/workflow-expressions.js';
import { rules } from '../../../src/checklist/rules/workflows.js';
import type { Check } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';

/** Runs one rule over one workflow text (checked valid by GitHub's parser first, so cases are real workflows). */
function run(id: string, text: string): Check[] {
  expect(validateWorkflow('ci.yml', text)).toEqual([]);
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.check({ workflows: parseYamlDocuments<Record<string, unknown>>(text, 'ci.yml', '1.2') });
}

/** `line: subject` of every failed check. */
function failures(id: string, text: string): string[] {
  return run(id, text)
    .filter((c) => !c.passed)
    .map((c) => `${c.location?.line}: ${c.subject}`);
}

function passes(id: string, text: string): void {
  const checks = run(id, text);
  expect(checks.filter((c) => !c.passed).map((c) => c.message)).toEqual([]);
  expect(checks.length).toBeGreaterThan(0);
}

/** A workflow whose one job `build` has the given steps (YAML, indented 6). With the default head, line 9 is the first step. */
function withSteps(steps: string, head = 'on: push\npermissions:\n  contents: read\n'): string {
  return `${head}jobs:\n  build:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 10\n    steps:\n${steps}`;
}

describe('WF rules: shape', () => {
  test('ids are WF001..WF013 in order, each with help, fix, aligned ids and the workflows input', () => {
    expect(rules.map((r) => r.id)).toEqual(Array.from({ length: 13 }, (_, i) => `WF${String(i + 1).padStart(3, '0')}`));
    for (const rule of rules) {
      expect(rule).toMatchObject({ group: 'WF', item: 'workflows', needs: ['workflows'] });
      expect(rule.help.length).toBeGreaterThan(40);
      expect(rule.fix.length).toBeGreaterThan(20);
    }
  });

  test('every check carries a subject, a located line and the comments exemption source', () => {
    const checks = rules.flatMap((rule) => rule.check({ workflows: parseYamlDocuments(withSteps(`      - uses: actions/checkout@v4\n`), 'ci.yml', '1.2') }));
    for (const check of checks) {
      expect(check.subject).toMatch(/^workflow ci\.yml/);
      expect(check.location?.line).toEqual(expect.any(Number));
      expect(check.exemption).toEqual({ kind: 'comments' });
    }
  });

  test('no workflows given: no checks (the engine shows not-checked)', () => {
    for (const rule of rules) expect(rule.check({})).toEqual([]);
  });
});

describe('WF001 actions pinned by SHA', () => {
  test('passes a 40-hex SHA, a local action and a docker image pinned by digest', () => {
    passes('WF001', withSteps(`      - uses: ${CHECKOUT} # v5\n      - uses: ./.github/actions/setup\n      - uses: docker://alpine@sha256:${'a'.repeat(64)}\n`));
  });
  test('fails a tag, a branch and a docker image by tag, each at its line', () => {
    expect(failures('WF001', withSteps(`      - uses: actions/checkout@v4\n      - uses: org/action/sub@main\n      - uses: docker://alpine:3.20\n`))).toEqual([
      '9: workflow ci.yml job build step 1',
      '10: workflow ci.yml job build step 2',
      '11: workflow ci.yml job build step 3',
    ]);
  });
  test('a reusable workflow is judged too: by tag fails, local passes', () => {
    const text = `on: push\npermissions: {}\njobs:\n  a:\n    uses: org/repo/.github/workflows/deploy.yml@v1\n  b:\n    uses: ./.github/workflows/deploy.yml\n`;
    expect(failures('WF001', text)).toEqual(['5: workflow ci.yml job a']);
  });
});

describe('WF002 images pinned by digest', () => {
  const digest = `@sha256:${'b'.repeat(64)}`;
  test('passes a container and a service pinned by digest', () => {
    passes('WF002', `on: push\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    container: node:20${digest}\n    services:\n      db:\n        image: postgres:16${digest}\n    steps:\n      - run: true\n`);
  });
  test('fails a container image by tag and a service by tag, at the image line', () => {
    const text = `on: push\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    container:\n      image: node:20\n    services:\n      db:\n        image: postgres:16\n    steps:\n      - run: true\n`;
    expect(failures('WF002', text)).toEqual(['6: workflow ci.yml job t container', '9: workflow ci.yml job t service db']);
  });
});

describe('WF003 least-privilege permissions', () => {
  const job = (name: string, perms = '') => `  ${name}:\n    runs-on: ubuntu-24.04\n${perms}    steps:\n      - run: true\n`;
  test.each([
    ['permissions: {} at the top', `on: push\npermissions: {}\njobs:\n${job('a')}`],
    ['contents: read at the top, a write granted per job', `on: push\npermissions:\n  contents: read\njobs:\n${job('a', '    permissions:\n      pull-requests: write\n')}`],
    ['no top-level block but every job sets its own', `on: push\njobs:\n${job('a', '    permissions: {}\n')}`],
  ])('passes %s', (_name, text) => passes('WF003', text));

  test('fails a job without permissions when the workflow sets none, at the job (its first line)', () => {
    expect(failures('WF003', `on: push\njobs:\n${job('a', '    permissions: {}\n')}${job('b')}`)).toEqual(['9: workflow ci.yml job b']);
  });
  test('fails write-all at the top, and a workflow-level write at its scope line', () => {
    expect(failures('WF003', `on: push\npermissions: write-all\njobs:\n${job('a')}`)).toEqual(['2: workflow ci.yml']);
    expect(failures('WF003', `on: push\npermissions:\n  contents: read\n  packages: write\njobs:\n${job('a')}${job('b')}`)).toEqual(['4: workflow ci.yml']);
  });
  test('passes a workflow-level write when the workflow has one job (it is that job\'s grant)', () => {
    passes('WF003', `on: push\npermissions:\n  packages: write\njobs:\n${job('a')}`);
  });
  test('fails read-all and write-all on a job', () => {
    expect(failures('WF003', `on: push\npermissions: {}\njobs:\n${job('a', '    permissions: write-all\n')}`)).toEqual(['6: workflow ci.yml job a']);
  });
});

describe('WF004 untrusted event data in scripts', () => {
  test('passes data through env:, fixed contexts, and comparisons that only yield booleans', () => {
    passes(
      'WF004',
      withSteps(
        `      - env:\n          TITLE: \${{ github.event.pull_request.title }}\n        run: echo "$TITLE" \${{ github.sha }} \${{ github.event.pull_request.number }}\n      - run: echo \${{ github.event.pull_request.title == 'x' }} \${{ contains(github.event.issue.body, 'y') }}\n`,
      ),
    );
  });
  test('fails a PR title in a one-line run at its line', () => {
    expect(failures('WF004', withSteps(`      - run: echo "\${{ github.event.pull_request.title }}"\n`))).toEqual(['9: workflow ci.yml job build step 1']);
  });
  test('fails each untrusted expansion of a block script at the line it is on', () => {
    const steps = `      - name: greet\n        run: |\n          set -euo pipefail\n          echo "\${{ github.event.comment.body }}"\n          git checkout \${{ github.head_ref }}\n          echo \${{ github.event['head_commit']['message'] || 'none' }}\n`;
    expect(failures('WF004', withSteps(steps))).toEqual([
      '12: workflow ci.yml job build step 1',
      '13: workflow ci.yml job build step 1',
      '14: workflow ci.yml job build step 1',
    ]);
  });
  test('actions/github-script\'s script is a script too', () => {
    const steps = `      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea\n        with:\n          script: console.log("\${{ github.event.issue.title }}")\n`;
    expect(failures('WF004', withSteps(steps))).toEqual(['11: workflow ci.yml job build step 1']);
  });
});

describe('WF005 string inputs in scripts', () => {
  const head = `on:\n  workflow_dispatch:\n    inputs:\n      name:\n        type: string\n      dry:\n        type: boolean\npermissions: {}\n`;
  test('passes a boolean input expanded and a string input through env:', () => {
    passes('WF005', withSteps(`      - env:\n          NAME: \${{ inputs.name }}\n        run: echo "$NAME" \${{ inputs.dry }}\n`, head));
  });
  test('fails a string input expanded into run: (github.event.inputs too), at its line', () => {
    expect(failures('WF005', withSteps(`      - run: echo \${{ inputs.name }}\n      - run: echo \${{ github.event.inputs.name }}\n`, head))).toEqual([
      '14: workflow ci.yml job build step 1',
      '15: workflow ci.yml job build step 2',
    ]);
  });
});

describe('WF006 dangerous triggers that check out the pull request', () => {
  const head = 'on: pull_request_target\npermissions: {}\n';
  test('passes a pull_request_target workflow that checks out the base', () => {
    passes('WF006', withSteps(`      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n`, head));
  });
  test('is not applicable without pull_request_target or workflow_run', () => {
    expect(run('WF006', withSteps(`      - uses: ${CHECKOUT}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n`))).toEqual([]);
  });
  test('fails a checkout of the head SHA at its ref: line, and a gh pr checkout', () => {
    const steps = `      - uses: ${CHECKOUT}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n      - run: gh pr checkout 1\n`;
    expect(failures('WF006', withSteps(steps, head))).toEqual(['10: workflow ci.yml job build step 1', '11: workflow ci.yml job build step 2']);
  });
  test('fails a checkout of the fork\'s repository (its default branch is the outsider\'s code), at the repository: line', () => {
    const steps = `      - uses: ${CHECKOUT}\n        with:\n          repository: \${{ github.event.pull_request.head.repo.full_name }}\n`;
    expect(failures('WF006', withSteps(steps, head))).toEqual(['10: workflow ci.yml job build step 1']);
  });
  test('fails a workflow_run checkout of the triggering run\'s head branch', () => {
    const runHead = 'on:\n  workflow_run:\n    workflows: [ci]\n    types: [completed]\npermissions: {}\n';
    expect(failures('WF006', withSteps(`      - uses: ${CHECKOUT}\n        with:\n          ref: \${{ github.event.workflow_run.head_branch }}\n`, runHead))).toEqual([
      '13: workflow ci.yml job build step 1',
    ]);
  });
});

describe('WF007 secrets: inherit', () => {
  test('passes secrets by name and fails secrets: inherit at its line', () => {
    const text = `on: push\npermissions: {}\njobs:\n  a:\n    uses: ./.github/workflows/deploy.yml\n    secrets:\n      token: \${{ secrets.TOKEN }}\n  b:\n    uses: ./.github/workflows/deploy.yml\n    secrets: inherit\n`;
    expect(failures('WF007', text)).toEqual(['10: workflow ci.yml job b']);
    expect(run('WF007', text).filter((c) => c.passed)).toHaveLength(1);
  });
});

describe('WF008 persist-credentials', () => {
  test('passes persist-credentials: false', () => {
    passes('WF008', withSteps(`      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n`));
  });
  test('fails a checkout without it (at uses) and with true (at the input)', () => {
    const steps = `      - uses: ${CHECKOUT}\n      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: true\n`;
    expect(failures('WF008', withSteps(steps))).toEqual(['9: workflow ci.yml job build step 1', '12: workflow ci.yml job build step 2']);
  });
});

describe('WF009 OIDC cloud logins', () => {
  const aws = 'aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502';
  test('passes role-to-assume', () => {
    passes('WF009', withSteps(`      - uses: ${aws}\n        with:\n          role-to-assume: arn:aws:iam::123456789012:role/deploy\n          aws-region: eu-west-1\n`));
  });
  test.each([
    [aws, 'aws-access-key-id: ${{ secrets.AWS_KEY }}'],
    ['google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f', 'credentials_json: ${{ secrets.GCP_KEY }}'],
    ['azure/login@a457da9ea143d694b1b9c7c869ebb04ebe844ef5', 'creds: ${{ secrets.AZURE_CREDENTIALS }}'],
  ])('fails %s with a long-lived key, at the key input', (uses, input) => {
    expect(failures('WF009', withSteps(`      - uses: ${uses}\n        with:\n          ${input}\n`))).toEqual(['11: workflow ci.yml job build step 1']);
  });
});

describe('WF010 insecure commands', () => {
  test('passes ACTIONS_ALLOW_UNSECURE_COMMANDS: false and fails true at workflow, job or step level', () => {
    passes('WF010', withSteps(`      - run: true\n        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: false\n`));
    const text = `on: push\npermissions: {}\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: true\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: true\n        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true'\n`;
    expect(failures('WF010', text)).toEqual(['4: workflow ci.yml', '11: workflow ci.yml job a step 1']);
  });
});

describe('WF011 GITHUB_ENV in dangerous-trigger workflows', () => {
  const head = 'on: pull_request_target\npermissions: {}\n';
  test('passes literal echoes and GITHUB_OUTPUT, and is not applicable on push', () => {
    passes('WF011', withSteps(`      - run: |\n          echo "CI=true" >> "$GITHUB_ENV"\n          echo "x=$X" >> "$GITHUB_OUTPUT"\n`, head));
    expect(run('WF011', withSteps(`      - run: echo "A=$A" >> $GITHUB_ENV\n`))).toEqual([]);
  });
  test('fails a variable written to GITHUB_ENV and a tee to GITHUB_PATH, each at its line', () => {
    const steps = `      - run: |\n          set -euo pipefail\n          echo "TITLE=$TITLE" >> "$GITHUB_ENV"\n          cat dir.txt | tee -a \${GITHUB_PATH}\n`;
    expect(failures('WF011', withSteps(steps, head))).toEqual(['10: workflow ci.yml job build step 1', '11: workflow ci.yml job build step 1']);
  });
});

describe('WF012 job timeouts', () => {
  test('passes a job with timeout-minutes; reusable workflow jobs are not judged', () => {
    passes('WF012', `on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    steps:\n      - run: true\n  b:\n    uses: ./.github/workflows/x.yml\n`);
  });
  test('fails a job without timeout-minutes at the job (its first line)', () => {
    expect(failures('WF012', `on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: true\n`)).toEqual(['4: workflow ci.yml job a']);
  });
});

describe('WF013 concurrency', () => {
  const jobs = '  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: true\n  b:\n    runs-on: ubuntu-24.04\n    concurrency: deploy\n    steps:\n      - run: true\n';
  test('passes a workflow-level group, and is not applicable to a workflow only called by others', () => {
    passes('WF013', `on: push\nconcurrency:\n  group: ci-\${{ github.ref }}\njobs:\n${jobs}`);
    expect(run('WF013', `on: workflow_call\njobs:\n${jobs}`)).toEqual([]);
  });
  test('fails a job with no group of its own or the workflow\'s, at the job (its first line)', () => {
    expect(failures('WF013', `on: push\njobs:\n${jobs}`)).toEqual(['4: workflow ci.yml job a']);
  });
});

describe('exemption comments on workflows (through the engine)', () => {
  const text = (comment: string) =>
    `on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      ${comment}\n      - uses: actions/checkout@v4 # pinned by the release job\n`;
  function evaluate(comment: string) {
    const source = text(comment);
    const workflows = parseYamlDocuments<Record<string, unknown>>(source, 'ci.yml', '1.2');
    return runChecklist(rules.filter((r) => r.id === 'WF001'), { workflows, sources: { 'ci.yml': source } }, { failOn: 'warning', today: '2026-01-01' });
  }
  test('a comment with a reason above the step exempts the finding on its line and is listed', () => {
    const result = evaluate('# mcp-orchestrator ignore=WF001 reason="tag follows our own release branch"');
    expect(result.results[0].checks.map((c) => c.status)).toEqual(['exempted']);
    expect(result.exemptions.used).toEqual([expect.objectContaining({ rule: 'WF001', reason: 'tag follows our own release branch' })]);
  });
  test('a comment without a reason is refused and the finding stays', () => {
    const result = evaluate('# mcp-orchestrator ignore=WF001');
    expect(result.results[0].checks.map((c) => c.status)).toEqual(['failed']);
    expect(result.exemptions.refused).toEqual([expect.objectContaining({ rule: 'WF001' })]);
  });
});

describe('which contexts are untrusted (zizmor\'s list of fixed github.* contexts; GitHub Security Lab\'s dangerous fields)', () => {
  test.each([
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.head_commit.message',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.commits.*.author.name',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.pull_requests.*.head.ref',
    'github.event.discussion.title',
    'github.event',
    'github.head_ref',
    'github.ref_name',
    'github.actor',
  ])('%s is untrusted', (context) => expect(isUntrustedGithubContext(context)).toBe(true));

  test.each([
    'github.sha',
    'github.run_id',
    'github.repository',
    'github.workspace',
    'github.event_name',
    'github.event.issue.number',
    'github.event.pull_request.number',
    'github.event.pull_request.head.sha',
    'github.event.pull_request.draft',
    'github.event.after',
    'github.event.workflow_run.id',
    'github.event.pull_request.head.repo.fork',
    'inputs.name',
    'env.TITLE',
    'matrix.os',
  ])('%s is not', (context) => expect(isUntrustedGithubContext(context)).toBe(false));

  test.each([
    ['github.event.issue.title', ['github.event.issue.title']],
    ["github.event['pull_request'].body", ['github.event.pull_request.body']],
    ["format('{0}!', github.event.comment.body)", ['github.event.comment.body']],
    ['toJSON(github.event)', ['github.event']],
    ["github.event.issue.title || 'none'", ['github.event.issue.title']],
    ["github.event.issue.title == 'x'", []],
    ["contains(github.event.issue.body, 'lgtm')", []],
    ['!github.event.pull_request.draft', []],
    ['fromJSON(steps.meta.outputs.json).title', ['steps.meta.outputs.json']],
  ])('${{ %s }} carries %j into the text', (expression, contexts) => {
    expect(expansionsIn(`echo \${{ ${expression} }}`).flatMap((e) => e.contexts)).toEqual(contexts);
  });
});
