/**
 * The rehearsal harness itself (test/harness/): GitHub's expression engine over the job contexts,
 * needs/if/outputs, matrix, env files, a reusable workflow called with inputs and secrets, and
 * the third-party doubles refusing what their real action.yml does not declare. The workflows are
 * fixtures under test/fixtures/workflows/harness/.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCondition, evaluateExpression } from '../../harness/expressions.js';
import { expandMatrix } from '../../harness/matrix.js';
import { rehearse } from '../../harness/rehearse.js';
import { WorkflowInvalid } from '../../harness/workflow-file.js';
import { repoRoot } from '../../helpers/paths.js';

const root = join(repoRoot, 'test/fixtures/workflows/harness');
const scratch = mkdtempSync(join(tmpdir(), 'harness-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('expressions (GitHub’s @actions/expressions over the job contexts)', () => {
  const contexts = {
    github: { sha: 'abc123', event: { pull_request: { number: 7, head: { repo: { fork: true } } } } },
    inputs: { n: 3, name: 'weather' },
    needs: { build: { result: 'success', outputs: { digest: 'sha256:1' } }, scan: { result: 'failure', outputs: {} } },
    steps: { s: { outputs: { json: '{"a":[1,2]}' } } },
  };
  test.each([
    ["format('{0}-{1}', github.sha, inputs.n)", 'abc123-3'],
    ['github.event.pull_request.head.repo.fork', true],
    ['fromJSON(steps.s.outputs.json).a[1]', 2],
    ["contains(needs.*.result, 'failure')", true],
    ["needs.build.outputs.digest || 'none'", 'sha256:1'],
    ["needs.missing.outputs.digest || 'none'", 'none'],
    ['INPUTS.NAME', 'weather'],
    ["startsWith(github.sha, 'abc') && inputs.n > 2", true],
    ['toJSON(inputs)', '{\n  "n": 3,\n  "name": "weather"\n}'],
  ])('%s evaluates to %j', (expression, expected) => {
    expect(evaluateExpression(expression, { contexts })).toEqual(expected);
  });

  test('status functions answer from the place evaluated: success() after a failure is false, failure() and always() true', () => {
    const failed = { contexts, status: { success: false, failure: true, cancelled: false } };
    expect(evaluateCondition('success()', failed)).toBe(false);
    expect(evaluateCondition('failure()', failed)).toBe(true);
    expect(evaluateCondition('always()', failed)).toBe(true);
    expect(evaluateCondition('cancelled()', failed)).toBe(false);
    expect(evaluateCondition('success()', { contexts })).toBe(true);
  });

  test('an unknown context or function is an error naming the expression', () => {
    expect(() => evaluateExpression('nosuch.value', { contexts })).toThrow(/nosuch\.value/);
    expect(() => evaluateExpression('hashFilez()', { contexts })).toThrow(/hashFilez/);
  });

  test('matrix: the cross product, excludes removed, includes extend matching combinations or stand alone', () => {
    expect(expandMatrix({ matrix: { os: ['a', 'b'], n: [1, 2], exclude: [{ os: 'b', n: 2 }], include: [{ os: 'a', extra: 'x' }, { os: 'c' }] } })).toEqual([
      { os: 'a', n: 1, extra: 'x' },
      { os: 'a', n: 2, extra: 'x' },
      { os: 'b', n: 1 },
      { os: 'c' },
    ]);
    expect(expandMatrix(null)).toEqual([undefined]);
  });
});

describe('jobs: needs, if, outputs, env files, matrix', () => {
  test('outputs flow through needs; GITHUB_ENV, GITHUB_PATH, working-directory and continue-on-error behave as on the runner; a job output holding a secret is dropped', async () => {
    const run = await rehearse({ root, workflow: '.github/workflows/jobs.yml', event: { name: 'workflow_dispatch' }, inputs: { greeting: 'hi' }, secrets: { API_TOKEN: 'tok-5e3c9a1b' } });
    expect(run.result).toBe('success');
    const first = run.job('first');
    const outputs = Object.fromEntries(first.steps.map((s) => [s.id, s.outputs]));
    expect(outputs.say!.word).toBe('hi-from-workflow-from-job');
    expect(outputs.carried).toEqual({ env: 'carried', tool: 'tool-on-path' });
    expect(outputs.where).toEqual({ dir: 'sub' });
    expect(first.steps.find((s) => s.id === 'tolerated')).toMatchObject({ outcome: 'failure', conclusion: 'success' });
    expect(outputs['after-tolerated']).toEqual({ outcome: 'failure conclusion=success' });
    expect(first.steps.find((s) => s.id === 'breaks')!.outcome).toBe('skipped');
    expect(outputs.cleanup).toEqual({ status: 'success' });
    expect(first.outputs).toEqual({ word: 'hi-from-workflow-from-job' });
    expect(first.droppedOutputs).toEqual(['secret-echo']);
    expect(first.summary).toContain('### hello from first');
    expect(first.runsOn).toBe('ubuntu-24.04');
    expect(first.environment).toEqual({ name: 'staging', url: 'https://hi-from-workflow-from-job.example.com' });
    expect(run.jobs.filter((j) => j.key.startsWith('second')).map((j) => [j.key, j.outputs.seen])).toEqual([
      ['second (small)', 'hi-from-workflow-from-job/small/none'],
      ['second (large, yes)', 'hi-from-workflow-from-job/large/yes'],
    ]);
    expect(run.job('on-failure').result).toBe('skipped');
    expect(run.job('report').result).toBe('success');
    expect(run.log).not.toContain('tok-5e3c9a1b');
  });

  test('a failing step skips the rest of the job but not if: always(); dependents are skipped, failure() jobs run, always() jobs run', async () => {
    const run = await rehearse({ root, workflow: '.github/workflows/jobs.yml', event: { name: 'workflow_dispatch' }, inputs: { greeting: 'hi', fail: true } });
    expect(run.result).toBe('failure');
    const first = run.job('first');
    expect(first.result).toBe('failure');
    expect(Object.fromEntries(first.steps.map((s) => [s.id, s.outcome]))).toMatchObject({ breaks: 'failure', 'skipped-after-failure': 'skipped', cleanup: 'success' });
    expect(first.steps.find((s) => s.id === 'cleanup')!.outputs).toEqual({ status: 'failure' });
    expect(run.jobs.filter((j) => j.key.startsWith('second')).map((j) => j.result)).toEqual(['skipped']);
    expect(run.job('on-failure').result).toBe('success');
    expect(run.job('report').result).toBe('success');
  });

  test('inputs are typed and checked: a required input missing and an undeclared one are refused before any job runs', async () => {
    await expect(rehearse({ root, workflow: '.github/workflows/jobs.yml', event: { name: 'workflow_dispatch' } })).rejects.toThrow('input greeting is required and not given');
    await expect(rehearse({ root, workflow: '.github/workflows/jobs.yml', event: { name: 'workflow_dispatch' }, inputs: { greeting: 'x', colour: 'red' } })).rejects.toThrow('input(s) colour not declared');
    await expect(rehearse({ root, workflow: '.github/workflows/jobs.yml', event: { name: 'workflow_dispatch' }, inputs: { greeting: 'x', fail: 'maybe' } })).rejects.toThrow('input fail is a boolean, got "maybe"');
    await expect(rehearse({ root, workflow: '.github/workflows/jobs.yml', event: { name: 'push' } })).rejects.toThrow('does not run on push');
  });
});

describe('reusable workflows (workflow_call)', () => {
  test('a caller passes inputs and one secret by name; the called workflow sees only what was passed, and its outputs reach the caller’s next job', async () => {
    const run = await rehearse({ root, workflow: '.github/workflows/caller.yml', event: { name: 'push' }, secrets: { PASSED: 'twelve-chars', NOT_PASSED: 'never-seen-value' }, github: { repository: 'acme/weather' } });
    expect(run.result).toBe('success');
    expect(run.jobs.map((j) => j.key)).toEqual(['call/work', 'after']);
    expect(run.job('call/work').outputs).toEqual({ shout: 'ACME/WEATHER! optional=[]', length: '12' });
    expect(run.job('after').steps[0]!.outputs).toEqual({ got: 'ACME/WEATHER! optional=[] length=12' });
  });

  test('GitHub’s parser refuses a call with an undeclared input or a missing required secret, naming them', async () => {
    const dir = mkdtempSync(join(scratch, 'call-'));
    const bad = join(dir, 'bad-caller.yml');
    writeFileSync(bad, ['on: push', 'jobs:', '  call:', '    uses: ./.github/workflows/called.yml', '    with: { name: x, colour: red }', ''].join('\n'));
    const error = await rehearse({ root, workflow: bad, event: { name: 'push' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowInvalid);
    expect((error as Error).message).toContain('Invalid input, colour is not defined in the referenced workflow.');
    expect((error as Error).message).toContain('Secret passed is required, but not provided while calling.');
  });
});

describe('third-party doubles (test/fixtures/actions)', () => {
  const source = mkdtempSync(join(scratch, 'repo-'));
  writeFileSync(join(source, 'results.sarif'), JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'mcp-orchestrator' } }, results: [] }] }));
  writeFileSync(join(source, 'not-sarif.json'), JSON.stringify({ version: '2.0.0', runs: [] }));
  let once: ReturnType<typeof rehearse> | undefined;
  const thirdParty = () => (once ??= rehearse({ root, workflow: '.github/workflows/third-party.yml', event: { name: 'workflow_dispatch' }, repositories: { 'acme/weather': source } }));

  test('a double refuses an input its real action.yml does not declare, names the input, and the job fails', async () => {
    const run = await thirdParty();
    const typo = run.job('typo');
    expect(typo.result).toBe('failure');
    expect(typo.steps[0]!.log).toMatch(/input\(s\) 'presist-credentials' not declared by .*actions\/checkout\/02c73802609a582111d8af3a9cd6519263dd983a\/action\.yml \(it declares: repository, ref, token, .*persist-credentials/);
  });

  test('checkout copies the tree and records persist-credentials; upload-sarif accepts SARIF 2.1.0, records it, and refuses another version', async () => {
    const run = await thirdParty();
    const upload = run.job('upload');
    expect(upload.result).toBe('success');
    expect(upload.steps.find((s) => s.id === 'list')!.outputs.files).toBe('not-sarif.json results.sarif ');
    expect(run.records['actions/checkout']).toEqual(expect.arrayContaining([expect.objectContaining({ repository: 'acme/weather', persistCredentials: false })]));
    expect(run.records['github/codeql-action/upload-sarif']).toHaveLength(1);
    expect(run.records['github/codeql-action/upload-sarif']![0]).toMatchObject({ category: 'harness', sarif: { version: '2.1.0' }, inputs: { 'wait-for-processing': 'true' } });
    expect(upload.steps.find((s) => s.id === 'bad')).toMatchObject({ outcome: 'failure', conclusion: 'success' });
    expect(upload.steps.find((s) => s.id === 'bad')!.log).toContain('is SARIF version "2.0.0", not 2.1.0');
  });

  test('a third-party action not pinned to a commit with a fixture is refused', async () => {
    const run = await thirdParty();
    expect(run.job('unpinned').steps[0]!.log).toContain('actions/checkout@v4: a third-party action must be pinned by a 40-hex commit SHA, not "v4"');
  });
});

describe("this project's own actions", () => {
  test('an input the action.yml does not declare is refused before the bundle runs; an action missing from the tree fails the step, or is skipped and listed when allowed', async () => {
    const file = join(mkdtempSync(join(scratch, 'own-')), 'own.yml');
    const step = (id: string, uses: string, input: string) => [`      - id: ${id}`, `        uses: ${uses}`, `        with: { ${input}: x }`];
    const job = (name: string, lines: string[]) => [`  ${name}:`, '    runs-on: ubuntu-24.04', '    steps:', ...lines];
    writeFileSync(
      file,
      [
        'on: push',
        'jobs:',
        ...job('typo', step('health', 'OWNER/mcp-server-orchestrator/actions/health@v1', 'urll')),
        ...job('missing', step('nothing', 'OWNER/mcp-server-orchestrator/actions/no-such-stage@v1', 'spec')),
        '',
      ].join('\n'),
    );
    const strict = await rehearse({ workflow: file, event: { name: 'push' } });
    expect(strict.job('typo').steps[0]!.log).toMatch(/input\(s\) 'urll' not declared by .*actions\/health\/action\.yml \(it declares: url, command,/);
    expect(strict.job('missing').steps[0]!.log).toContain('actions/no-such-stage is missing from this tree');
    expect(strict.jobs.map((j) => j.result)).toEqual(['failure', 'failure']);
    const lenient = await rehearse({ workflow: file, event: { name: 'push' }, allowMissingActions: ['no-such-stage'] });
    expect(lenient.job('missing')).toMatchObject({ result: 'success', steps: [{ outcome: 'skipped', reason: 'actions/no-such-stage is missing' }] });
    expect(lenient.missing).toEqual(['actions/no-such-stage']);
  });
});
