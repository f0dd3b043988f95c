/**
 * `checklist --live` on the real cluster (scripts/start-k8s.sh): the objects the spec deploys are
 * read back as the API server holds them, so a change made in the cluster after the deploy (a probe
 * removed by hand) fails the audit, located at the live object. Own namespace, removed after.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { renderKubernetes, yamlStream } from '../../src/render/kubernetes.js';
import { loadSpec } from '../../src/spec/spec.js';
import { createNamespace, kubeconfigPath, kubectl, requireCluster } from '../helpers/kubernetes.js';

const DIGEST = `sha256:${'7e57'.repeat(16)}`;
let namespace: { name: string; remove: () => Promise<void> };
let dir: string;

beforeAll(async () => {
  await requireCluster();
  namespace = await createNamespace('checklist-live');
  dir = mkdtempSync(join(tmpdir(), 'checklist-live-'));
  writeFileSync(
    join(dir, 'mcp-deploy.yml'),
    `server: { name: weather, transport: stdio, port: 8080, path: /mcp }\nimage: 127.0.0.1:5000/checklist/weather\nresources: { cpu: 50m, memory: 64Mi }\ntargets:\n  kubernetes: { namespace: ${namespace.name} }\n`,
  );
  const rendered = renderKubernetes(loadSpec(join(dir, 'mcp-deploy.yml')), { image: `127.0.0.1:5000/checklist/weather@${DIGEST}` });
  await kubectl(['apply', '--server-side', '--field-manager', 'checklist-test', '-f', '-'], { input: yamlStream(rendered.documents) });
}, 120_000);

afterAll(async () => {
  await namespace?.remove();
}, 60_000);

async function audit(): Promise<{ code: number; json: { rules: Array<{ id: string; verdict: string; checks: Array<{ status: string; location?: { file: string; line?: number } }> }> }; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['checklist', '--live', '--kubeconfig', kubeconfigPath(), '--skip-rescan', '--format', 'json'], { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
  return { code, json: JSON.parse(stdout || '{"rules":[]}'), stderr };
}

describe('checklist --live', () => {
  test('the deployed objects as rendered pass the probe and digest rules', async () => {
    const { code, json, stderr } = await audit();
    expect(stderr).toBe('');
    const verdict = (id: string) => json.rules.find((r) => r.id === id)?.verdict;
    expect([verdict('IMG001'), verdict('HLT001'), verdict('HLT003')]).toEqual(['passed', 'passed', 'passed']);
    expect(code).toBe(0);
  }, 120_000);

  test('a readiness probe removed in the cluster fails HLT001 at the live Deployment', async () => {
    await kubectl(['-n', namespace.name, 'patch', 'deployment', 'weather', '--type=json', '-p', '[{"op":"remove","path":"/spec/template/spec/containers/0/readinessProbe"}]']);
    const { code, json } = await audit();
    expect(code).toBe(1);
    const hlt = json.rules.find((r) => r.id === 'HLT001')!;
    expect(hlt.verdict).toBe('failed');
    expect(hlt.checks.filter((c) => c.status === 'failed').map((c) => c.location?.file)).toEqual([`cluster/${namespace.name}/Deployment/weather`]);
  }, 120_000);
});
