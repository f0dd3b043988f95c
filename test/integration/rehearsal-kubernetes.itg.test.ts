/**
 * Rehearsal of .github/workflows/deploy-kubernetes.yml end to end, run by the harness
 * (test/harness) as GitHub's runner would, from a user's five-line caller
 * (test/fixtures/workflows/deploy-kubernetes-caller.yml): this project's actions from their
 * committed bundles under Node 24, the REAL Docker Engine, the plain local registry
 * (127.0.0.1:5000) and the REAL cluster (whatever KUBECONFIG names, else scripts/start-k8s.sh's);
 * only actions/checkout and github/codeql-action/upload-sarif are doubles (bound to their real
 * action.yml). Each run has its own namespace, deleted after.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { rehearse } from '../harness/rehearse.js';
import type { Rehearsal } from '../harness/types.js';
import { requireEngine } from '../helpers/engine.js';
import { createNamespace, kubeconfigPath, kubectl, requireCluster } from '../helpers/kubernetes.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';

const work = mkdtempSync(join(tmpdir(), 'rehearsal-k8s-'));
const namespaces: Array<{ remove: () => Promise<void> }> = [];

/** The user's repository: the example server and its spec, pointed at the local base image and registry. */
function userRepository(repository: string): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  cpSync(join(repoRoot, 'examples/node-server'), dir, { recursive: true, filter: (src) => !/\/(node_modules|dist)$/.test(src) });
  const spec = parseYaml(readFileSync(join(dir, 'mcp-deploy.yml'), 'utf8')) as { image: string; build: Record<string, unknown> };
  spec.image = repository;
  spec.build.base = 'local/node:bookworm';
  writeFileSync(join(dir, 'mcp-deploy.yml'), stringify(spec));
  return dir;
}

/** The registry's manifest of `digest`, or its HTTP status when it has none. */
async function manifest(repository: string, digest: string): Promise<number> {
  const [host, ...path] = repository.split('/');
  const response = await fetch(`http://${host}/v2/${path.join('/')}/manifests/${digest}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
  });
  return response.status;
}

afterAll(async () => {
  await Promise.all(namespaces.map((n) => n.remove().catch(() => {})));
  rmSync(work, { recursive: true, force: true });
});

describe('deploy-kubernetes.yml rehearsed on the real cluster', () => {
  test('a five-line caller ships the example: packaged, scanned (SARIF uploaded), pushed by digest, deployed and gated; outputs url, digest, revision, tools-hash, handoff; the kubeconfig never printed', async () => {
    requireEngine();
    await requireCluster();
    const ns = await createNamespace('rehearsal');
    namespaces.push(ns);
    const repository = `${plainRegistry().host}/rehearsal/weather`;
    const kubeconfig = readFileSync(kubeconfigPath(), 'utf8');
    const sha = randomBytes(20).toString('hex');
    const run: Rehearsal = await rehearse({
      workflow: 'test/fixtures/workflows/deploy-kubernetes-caller.yml',
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: sha } },
      github: { repository: 'acme/weather', sha, ref: 'refs/heads/main' },
      vars: { IMAGE: repository, NAMESPACE: ns.name },
      secrets: { KUBECONFIG: kubeconfig },
      repositories: { 'acme/weather': userRepository(repository) },
      // The machine's npm cache, as a runner's tool cache: `install: host` builds offline from it.
      machineEnv: { npm_config_cache: join(homedir(), '.npm'), npm_config_prefer_offline: 'true' },
    });
    const ship = run.job('ship/ship');
    const failed = ship.steps.filter((s) => s.outcome === 'failure').map((s) => `${s.name}: ${s.reason}\n${s.log.slice(-3000)}`);
    expect(failed).toEqual([]);
    expect(run.result).toBe('success');

    // The workflow's outputs, through the caller.
    const { url, digest, revision, 'tools-hash': toolsHash, handoff } = ship.outputs;
    expect(url).toBe(`http://weather.${ns.name}.svc.cluster.local/mcp`);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(revision).toBe('1');
    expect(toolsHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const document = JSON.parse(handoff!) as { schema: string; clients: { url: string; tools: string[] } };
    expect(document.schema).toBe('mcp-orchestrator/handoff/v1');
    expect(document.clients.tools.sort()).toEqual(['convert_temperature', 'get_alerts', 'get_forecast']);

    // What was pushed is in the registry by that digest, and is what the cluster runs.
    expect(await manifest(repository, digest!)).toBe(200);
    const deployment = JSON.parse((await kubectl(['-n', ns.name, 'get', 'deployment', 'weather', '-o', 'json'])).stdout) as { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
    expect(deployment.spec.template.spec.containers[0]!.image).toBe(`${repository}@${digest}`);

    // The scan's SARIF reached code scanning (the upload-sarif double), as SARIF 2.1.0 of this image.
    const uploads = (run.records['github/codeql-action/upload-sarif'] ?? []).filter((u) => u.category === 'mcp-orchestrator-scan');
    expect(uploads).toHaveLength(1);
    const sarif = uploads[0]!.sarif as { version: string; runs: Array<{ tool: { driver: { name: string } }; results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.name).toBe('mcp-orchestrator-scan');
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(run.records['actions/checkout']).toEqual([expect.objectContaining({ repository: 'acme/weather', persistCredentials: false })]);

    // The job: its environment, least permissions, a timeout and a concurrency group that never cancels.
    expect(ship.environment).toEqual({ name: 'rehearsal', url });
    expect(ship.permissions).toEqual({ contents: 'read', 'security-events': 'write', packages: 'write', actions: 'read' });
    expect(ship.concurrency).toMatchObject({ 'cancel-in-progress': false });
    expect(ship.timeoutMinutes).toBeGreaterThan(0);

    // The job summary: the scan, the deploy's objects and gate, the handoff.
    expect(ship.summary).toContain('### Secret scan');
    expect(ship.summary).toMatch(/### Rollout timeline[\s\S]*gate passed/);
    expect(ship.summary).toContain('## Handoff: <code>weather</code>');

    // The checklist gate passed over the spec, the scanned image, its render and the scan report; its SARIF went to code scanning too.
    expect(ship.steps.find((s) => s.id === 'checklist')!.outcome).toBe('success');
    expect(ship.summary).toMatch(/- \[x\] /);
    expect(run.records['github/codeql-action/upload-sarif']!.map((u) => u.category)).toEqual(['mcp-orchestrator-scan', 'mcp-orchestrator-checklist']);

    // The kubeconfig: masked, nowhere in the log, the outputs or the summary.
    const credential = /client-key-data:\s*(\S+)/.exec(kubeconfig)?.[1] ?? /token:\s*(\S+)/.exec(kubeconfig)![1]!;
    for (const text of [run.log, ship.summary, JSON.stringify(ship.outputs)]) expect(text).not.toContain(credential);
  }, 900_000);
});
