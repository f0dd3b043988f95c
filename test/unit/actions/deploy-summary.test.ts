/**
 * actions/deploy's job summary for Kubernetes: the gate through the public URL is shown under
 * that URL (not the 127.0.0.1 address a test or proxy routed it to; colons escaped as the summary
 * escapes every text, so nothing autolinks) with its verdict, or the reason it was not run; text
 * from a failure stays inside its Markdown line.
 */
import { describe, expect, test } from '@jest/globals';
import { kubernetesSummary } from '../../../src/actions/deploy-summary.js';
import type { KubernetesDeployResult } from '../../../src/deploy/kubernetes/types.js';
import type { HealthReport } from '../../../src/health/types.js';

const report = (ok: boolean, target: string): HealthReport => ({
  ok,
  status: ok ? 'healthy' : 'unhealthy',
  target,
  tools: ok ? [{ name: 'get_forecast', inputSchemaHash: 'sha256:ab' }] : [],
  problems: ok ? [] : [{ level: 'error', code: 'unreachable', message: 'HTTP 404 from the server' }],
  attempts: [],
  latencyMs: { total: 10 },
});

const result = (extra: Partial<KubernetesDeployResult>): KubernetesDeployResult => ({
  ok: true,
  dryRun: false,
  url: 'https://weather.example.com/mcp',
  namespace: 'mcp',
  revision: 3,
  digest: `sha256:${'a'.repeat(64)}`,
  image: `127.0.0.1:5000/acme/weather@sha256:${'a'.repeat(64)}`,
  strategy: 'rolling',
  rolledBack: false,
  objects: [],
  timeline: [],
  manifests: '',
  warnings: [],
  server: 'https://127.0.0.1:6443',
  gate: report(true, 'http://127.0.0.1:41234/mcp'),
  ...extra,
});

describe('kubernetesSummary: the gate through the public URL', () => {
  test('a passed public gate is shown under the public URL, with its tools', () => {
    const summary = kubernetesSummary(result({ publicGate: report(true, 'http://127.0.0.1:5555/mcp') }), undefined);
    expect(summary).toContain('**Gate of the serving revision:** passed (<code>port-forward/mcp</code>), 1 tools.');
    expect(summary).toContain('**Gate through the public URL:** passed (<code>https&#58;//weather.example.com/mcp</code>), 1 tools.');
    expect(summary).not.toContain('127.0.0.1:5555');
  });

  test('a failed public gate shows its problem; a rolled-back deploy says so', () => {
    const summary = kubernetesSummary(result({ ok: false, rolledBack: true, failure: 'public | gate\nfailed', publicGate: report(false, 'http://127.0.0.1:5555/mcp') }), undefined);
    expect(summary).toMatch(/^## Rolled back: /);
    expect(summary).toContain('**Gate through the public URL:** failed (<code>https&#58;//weather.example.com/mcp</code>), 0 tools.');
    expect(summary).toContain('- error: HTTP 404 from the server');
    expect(summary).toContain('> public &#124; gate failed');
  });

  test('a host that does not resolve is reported as not checked; without an ingress nothing is said', () => {
    const skipped = kubernetesSummary(result({ publicGateSkipped: 'public URL not checked: weather.example.com does not resolve' }), undefined);
    expect(skipped).toContain('**Gate through the public URL:** public URL not checked&#58; weather.example.com does not resolve.');
    expect(kubernetesSummary(result({}), undefined)).not.toContain('Gate through the public URL');
  });
});
