/**
 * Rehearsal of .github/workflows/preview.yml through a user's caller
 * (test/fixtures/workflows/preview-caller.yml), run by the harness as GitHub's runner would, with
 * pull_request payloads from @octokit/webhooks-examples: opened → synchronize → closed on the REAL
 * cluster and the plain local registry, and a fork's pull request. GitHub's REST API is the
 * double of test/helpers/github-api.ts, which checks every request against GitHub's OpenAPI
 * description and keeps the comment and deployments between runs. The namespace is the test's
 * own, deleted after.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { rehearse } from '../harness/rehearse.js';
import type { Rehearsal, RehearsalOptions } from '../harness/types.js';
import { requireEngine } from '../helpers/engine.js';
import { startGitHubApi, type GitHubApiDouble } from '../helpers/github-api.js';
import { kubeconfigPath, kubectl, kubectlBinary, requireCluster } from '../helpers/kubernetes.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';
import { checksummedToken } from '../helpers/secrets.js';

type Payload = { action: string; number: number; pull_request: { number: number; head: { sha: string; repo: { full_name: string; fork?: boolean } } }; repository: { full_name: string } };
// The package's main is a JSON file: required, as Node 20's ESM loader refuses JSON without an import attribute.
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Payload[] }>;
const examples = definitions.find((d) => d.name === 'pull_request')!.examples;
const REPOSITORY = 'Codertocat/Hello-World';
const NUMBER = 2;
const FORK_NUMBER = 3;

function payload(action: string, sha: string, fromFork = false, number = NUMBER): Payload {
  const p = structuredClone(examples.find((e) => e.action === action)!);
  p.number = number;
  p.pull_request.number = number;
  p.pull_request.head.sha = sha;
  p.pull_request.head.repo = fromFork ? { ...p.pull_request.head.repo, full_name: 'contributor/Hello-World', fork: true } : { ...p.pull_request.head.repo, full_name: REPOSITORY, fork: false };
  return p;
}

const work = mkdtempSync(join(tmpdir(), 'rehearsal-preview-'));
const prefix = `rh-pr-${randomBytes(3).toString('hex')}-`;
const namespace = `${prefix}${NUMBER}`;
const repository = `${plainRegistry().host}/rehearsal/preview`;
let api: GitHubApiDouble;
let tree = '';

/** The user's repository: the example server and its spec, on the local base image and registry. */
function userRepository(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  cpSync(join(repoRoot, 'examples/node-server'), dir, { recursive: true, filter: (src) => !/\/(node_modules|dist)$/.test(src) });
  const spec = parseYaml(readFileSync(join(dir, 'mcp-deploy.yml'), 'utf8')) as { image: string; build: Record<string, unknown> };
  spec.image = repository;
  spec.build.base = 'local/node:bookworm';
  writeFileSync(join(dir, 'mcp-deploy.yml'), stringify(spec));
  for (const [path, content] of Object.entries(extra)) writeFileSync(join(dir, path), content);
  return dir;
}

function event(action: string, sha: string, fork = false, source = tree): RehearsalOptions {
  const body = payload(action, sha, fork);
  return {
    workflow: 'test/fixtures/workflows/preview-caller.yml',
    event: { name: 'pull_request', payload: body },
    github: { repository: REPOSITORY, sha, ref: `refs/pull/${NUMBER}/merge`, head_ref: 'feature', base_ref: 'main', api_url: api.url },
    vars: { IMAGE: repository, NAMESPACE_PREFIX: prefix },
    // GitHub gives a fork's pull request no secrets.
    secrets: fork ? {} : { KUBECONFIG: readFileSync(kubeconfigPath(), 'utf8') },
    repositories: { [REPOSITORY]: source },
    machineEnv: { PATH: [dirname(kubectlBinary()), process.env.PATH].join(delimiter), npm_config_cache: join(homedir(), '.npm'), npm_config_prefer_offline: 'true' },
  };
}

function failures(run: Rehearsal): string[] {
  return run.jobs.flatMap((j) => j.steps.filter((s) => s.outcome === 'failure').map((s) => `${j.key} / ${s.name}: ${s.reason}\n${s.log.slice(-2500)}`));
}

const writes = () => api.requests.filter((r) => r.method !== 'GET');

beforeAll(async () => {
  requireEngine();
  await requireCluster();
  api = await startGitHubApi({ repositories: [REPOSITORY] });
  api.addPullRequest(NUMBER, { repository: REPOSITORY });
  tree = userRepository();
});

afterAll(async () => {
  for (const ns of [namespace, `${prefix}${FORK_NUMBER}`]) await kubectl(['delete', 'namespace', ns, '--ignore-not-found', '--wait=false']).catch(() => {});
  await api?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('preview.yml rehearsed: opened → synchronize → closed, and a fork', () => {
  test('opened deploys pr-2 to its namespace (labelled, expiring) and writes one sticky comment and a deployment; a push baking in a token fails the scan (SARIF uploaded, nothing pushed or deployed) and updates the same comment; closed deletes the namespace and marks the deployments inactive', async () => {
    const opened = await rehearse(event('opened', randomBytes(20).toString('hex')));
    expect(failures(opened)).toEqual([]);
    expect(opened.jobs.map((j) => `${j.key}: ${j.result}`)).toEqual(['preview/fork-checks: skipped', 'preview/preview: success', 'preview/teardown: skipped']);
    const ns = JSON.parse((await kubectl(['get', 'namespace', namespace, '-o', 'json'])).stdout) as { metadata: { labels: Record<string, string>; annotations: Record<string, string> } };
    expect(ns.metadata.labels).toMatchObject({ 'mcp-orchestrator.dev/preview': 'true', 'mcp-orchestrator.dev/pull-request': String(NUMBER) });
    expect(Date.parse(ns.metadata.annotations['mcp-orchestrator.dev/expires']!)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const state = api.repo(REPOSITORY);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).toContain(`http://weather.${namespace}.svc.cluster.local/mcp`);
    expect(state.deployments.map((d) => d.environment)).toEqual([`pr-${NUMBER}`]);
    expect(state.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(opened.job('preview/preview').outputs['comment-url']).toMatch(/#issuecomment-\d+$/);

    // The next push bakes a token into the image: the scan fails, its SARIF still goes to code
    // scanning, nothing is pushed or deployed, and the same comment and a new deployment say so.
    const token = checksummedToken('ghp_');
    const bodyBefore = state.comments[0]!.body;
    const synchronized = await rehearse(event('synchronize', randomBytes(20).toString('hex'), false, userRepository({ 'notes.txt': `deploy token: ${token}\n` })));
    expect(synchronized.result).toBe('failure');
    const steps = Object.fromEntries(synchronized.job('preview/preview').steps.map((st) => [st.id.startsWith('__') ? st.name : st.id, st.outcome]));
    expect(steps).toMatchObject({ package: 'success', scan: 'failure', "Upload the scan's SARIF to code scanning": 'success', push: 'skipped', deploy: 'skipped', checklist: 'skipped', report: 'success' });
    const sarif = synchronized.records['github/codeql-action/upload-sarif']![0]!.sarif as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).not.toBe(bodyBefore);
    expect(state.deployments).toHaveLength(2);
    expect(state.statuses.filter((st) => st.deploymentId === state.deployments[1]!.id).at(-1)!.state).toBe('failure');
    for (const text of [state.comments[0]!.body, synchronized.log, JSON.stringify(sarif)]) expect(text).not.toContain(token);

    const closed = await rehearse(event('closed', randomBytes(20).toString('hex')));
    expect(failures(closed)).toEqual([]);
    expect(closed.jobs.map((j) => `${j.key}: ${j.result}`)).toEqual(['preview/fork-checks: skipped', 'preview/preview: skipped', 'preview/teardown: success']);
    const phase = (await kubectl(['get', 'namespace', namespace, '--ignore-not-found', '-o', 'jsonpath={.status.phase}'])).stdout;
    expect(['', 'Terminating']).toContain(phase);
    const latest = (id: number) => state.statuses.filter((s) => s.deploymentId === id).at(-1)!.state;
    expect(state.deployments.map((d) => latest(d.id))).toEqual(['inactive', 'inactive']);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).toMatch(/torn down|removed|closed/i);
    expect(api.violations).toEqual([]);
    expect(api.unhandled).toEqual([]);
  }, 1_200_000);

  test('a pull request from a fork gets the scan and the checklist only: no secret, no push, no deploy, nothing written to GitHub', async () => {
    const before = writes().length;
    const run = await rehearse({ ...event('opened', randomBytes(20).toString('hex'), true) });
    expect(run.jobs.map((j) => `${j.key}: ${j.result}`)).toEqual(['preview/fork-checks: success', 'preview/preview: skipped', 'preview/teardown: skipped']);
    const checks = run.job('preview/fork-checks');
    expect(checks.steps.map((s) => (s.id.startsWith('__') ? s.uses : s.id))).toEqual(['actions/checkout@02c73802609a582111d8af3a9cd6519263dd983a', 'package', 'scan', 'checklist']);
    expect(checks.permissions).toEqual({ contents: 'read' });
    expect(run.records['github/codeql-action/upload-sarif']).toBeUndefined();
    expect(writes().length).toBe(before);
    expect(api.violations).toEqual([]);
  }, 600_000);

  test("a maintainer's workflow_dispatch approving a fork's head commit previews exactly that commit: built, deployed to its namespace, one comment and a deployment", async () => {
    const sha = randomBytes(20).toString('hex');
    api.addPullRequest(FORK_NUMBER, { repository: REPOSITORY, pull: payload('opened', sha, true, FORK_NUMBER).pull_request });
    const inputs = { 'pull-request': String(FORK_NUMBER), 'approved-sha': sha };
    const run = await rehearse({
      ...event('opened', sha),
      event: { name: 'workflow_dispatch', payload: { inputs, ref: 'refs/heads/main' } },
      github: { repository: REPOSITORY, sha: randomBytes(20).toString('hex'), ref: 'refs/heads/main', api_url: api.url },
      inputs,
    });
    expect(failures(run)).toEqual([]);
    expect(run.jobs.map((j) => `${j.key}: ${j.result}`)).toEqual(['preview/fork-checks: skipped', 'preview/preview: success', 'preview/teardown: skipped']);
    expect(run.records['actions/checkout']).toEqual([expect.objectContaining({ ref: sha, persistCredentials: false })]);
    const state = api.repo(REPOSITORY);
    expect(state.comments.filter((c) => c.issueNumber === FORK_NUMBER)).toHaveLength(1);
    expect(state.deployments.filter((d) => d.environment === `pr-${FORK_NUMBER}`)).toHaveLength(1);
    expect((await kubectl(['get', 'namespace', `${prefix}${FORK_NUMBER}`, '-o', 'name'])).stdout.trim()).toBe(`namespace/${prefix}${FORK_NUMBER}`);
    expect(api.violations).toEqual([]);
  }, 600_000);
});
