/**
 * actions/deploy's bundle under Node 24, as the runner runs it, on the REAL cluster (whatever
 * KUBECONFIG names, else the one scripts/start-k8s.sh started): the packaged Node example pushed
 * to the local registry, deployed by digest with the kubeconfig passed as the input's CONTENT
 * (no KUBECONFIG, an empty HOME), in a namespace of its own deleted after.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, parse as parseYaml, stringify } from 'yaml';
import { pushImage } from '../../src/push/push.js';
import { packagedExample } from '../helpers/example-package.js';
import { requireEngine } from '../helpers/engine.js';
import { createNamespace, kubeconfigPath, requireCluster } from '../helpers/kubernetes.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';
import { runAction } from '../helpers/run-action.js';

const runId = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'deploy-action-'));
let image = '';
let ns: { name: string; remove: () => Promise<void> } | undefined;

/** A workspace holding the example's spec with the local registry's repository. */
function workspace(repository: string, extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(work, 'workspace-'));
  const spec = parseYaml(readFileSync(join(repoRoot, 'examples/node-server/mcp-deploy.yml'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'mcp-deploy.yml'), stringify({ ...spec, image: repository, ...extra }));
  return dir;
}

/** Every file under `dir`, by path relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

beforeAll(async () => {
  requireEngine();
  await requireCluster();
  const repository = `${plainRegistry().host}/examples/weather-deploy-action`;
  const packaged = await packagedExample();
  const pushed = await pushImage(packaged.source, [`docker://${repository}:action-${runId}`]);
  image = `${repository}:action-${runId}@${pushed.digest}`;
}, 600_000);

afterAll(async () => {
  await ns?.remove().catch(() => {});
  rmSync(work, { recursive: true, force: true });
});

describe('actions/deploy (dist/deploy)', () => {
  test('deploys to the real cluster from the kubeconfig input: outputs, the applied manifests file (Secret values left out), the timeline, gate and handoff in the summary; the kubeconfig masked, never printed, its temp file removed', async () => {
    ns = await createNamespace('deploy-action');
    const kubeconfig = readFileSync(kubeconfigPath(), 'utf8');
    const credential = /client-key-data:\s*(\S+)/.exec(kubeconfig)?.[1] ?? /token:\s*(\S+)/.exec(kubeconfig)![1]!;
    const runnerSecret = 'runner-secret-value-Qm83';
    const secrets = [{ name: 'WEATHER_API_KEY', from: { env: 'WEATHER_KEY_ON_RUNNER' } }];
    const result = await runAction('deploy', {
      workspace: workspace(image.split(':action-')[0]!, { secrets }),
      env: { WEATHER_KEY_ON_RUNNER: runnerSecret },
      inputs: { target: 'kubernetes', image, kubeconfig, namespace: ns.name, timeout: '2m', 'progress-deadline': '60s' },
      keepRunnerTemp: true,
      timeoutMs: 240_000,
    });
    const left = listFiles(result.runnerTemp);
    rmSync(result.runnerTemp, { recursive: true, force: true });
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ url: `http://weather.${ns.name}.svc.cluster.local/mcp`, namespace: ns.name, revision: '1', digest: image.split('@')[1], 'rolled-back': 'false' });
    expect(result.outputs['tools-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs.handoff).toBe(join(result.runnerTemp, 'mcp-orchestrator-handoff.json'));
    // The manifests output: exactly what was applied, in order, one YAML stream; the runner
    // Secret's key named, its value (plain or base64) nowhere.
    expect(result.outputs.manifests).toBe(join(result.runnerTemp, 'mcp-orchestrator-manifests.yaml'));
    const manifests = result.files[result.outputs.manifests!]!;
    expect(manifests).toMatch(new RegExp(`^# mcp-orchestrator deploy of \\S+ to namespace ${ns.name} on \\S+\\n# applied as release 1\\n`));
    const applied = parseAllDocuments(manifests).map((d) => d.toJS() as { kind: string; metadata: { name: string; namespace: string }; data?: unknown; spec?: any }); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(applied.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Secret/weather-runner', 'ServiceAccount/weather', 'Deployment/weather', 'Service/weather', 'NetworkPolicy/weather']);
    expect(applied.every((o) => o.metadata.namespace === ns!.name)).toBe(true);
    expect(applied[0]!.data).toBeUndefined();
    expect(manifests).toContain('# data keys WEATHER_API_KEY: applied, values not written here');
    expect(applied[2]!.spec.template.spec.containers[0].image).toBe(image.replace(/:action-\w+@/, '@'));
    const handoff = JSON.parse(result.files[result.outputs.handoff!]!) as { schema: string; release: { revision: number; namespace: string }; clients: { tools: string[] } };
    expect(handoff).toMatchObject({ schema: 'mcp-orchestrator/handoff/v1', release: { revision: 1, namespace: ns.name } });
    expect(handoff.clients.tools.sort()).toEqual(['convert_temperature', 'get_alerts', 'get_forecast']);
    // The summary: objects, the rollout timeline, the gate's verdict and tools, the handoff.
    expect(result.summary).toMatch(/### Objects applied \(\d+ created\)/);
    expect(result.summary).toContain('| created | Deployment | <code>weather</code>');
    expect(result.summary).toMatch(/### Rollout timeline[\s\S]*rolled out[\s\S]*gate passed[\s\S]*release 1 recorded/);
    expect(result.summary).toContain('**Gate of the serving revision:** passed');
    expect(result.summary).toContain('<code>get&#95;forecast</code>');
    expect(result.summary).toContain('## Handoff: <code>weather</code>');
    // The kubeconfig: masked whole and by credential, never printed, its temp file gone.
    expect(result.masked).toEqual(expect.arrayContaining([kubeconfig.trim(), credential]));
    const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const text of [stdout, result.stderr, result.summary, JSON.stringify(result.outputs), ...Object.values(result.files)]) {
      expect(text).not.toContain(runnerSecret);
      expect(text).not.toContain(Buffer.from(runnerSecret).toString('base64'));
      expect(text).not.toContain(credential);
      expect(text).not.toContain(kubeconfig.trim().split('\n').slice(0, 6).join('\n'));
    }
    expect(left).toEqual(['env', 'event.json', 'mcp-orchestrator-handoff.json', 'mcp-orchestrator-manifests.yaml', 'output', 'path', 'state', 'summary']);
  }, 300_000);

  test.each([
    ['a target that is neither kubernetes nor compose', { target: 'nonsense' }, 'input target: "nonsense" is not one of kubernetes, compose'],
    ['an image without a digest', { target: 'kubernetes', image: 'registry.example.com/acme/weather:1.0' }, 'input image "registry.example.com/acme/weather:1.0" has no digest'],
    ['a kubeconfig input that is not a kubeconfig', { target: 'kubernetes', image: `registry.example.com/acme/weather@sha256:${'a'.repeat(64)}`, kubeconfig: 'not-a-kubeconfig-9f2c' }, 'input kubeconfig: not a kubeconfig'],
  ])('%s fails the step before the cluster is contacted, with one error naming the input', async (_name, inputs, message) => {
    // The kubeconfig names an API server nobody listens on: contacting it would fail differently.
    const unreachable = stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'nowhere', cluster: { server: 'https://127.0.0.1:9' } }],
      users: [{ name: 'u', user: { token: 'unreachable-token-5d1e' } }],
      contexts: [{ name: 'c', context: { cluster: 'nowhere', user: 'u' } }],
      'current-context': 'c',
    });
    const result = await runAction('deploy', { workspace: workspace('registry.example.com/acme/weather'), inputs: { kubeconfig: unreachable, ...inputs }, keepRunnerTemp: true });
    const left = listFiles(result.runnerTemp);
    rmSync(result.runnerTemp, { recursive: true, force: true });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(errors[0]).not.toMatch(/127\.0\.0\.1:9|ECONNREFUSED|unreachable-token|not-a-kubeconfig/);
    expect(left).toEqual(['env', 'event.json', 'output', 'path', 'state', 'summary']);
  }, 60_000);
});
