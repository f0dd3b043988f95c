/** actions/health's committed bundle under Node 24, as the runner runs it, against server-everything. */
import { afterAll, describe, expect, test } from '@jest/globals';
import { freePort, startEverything, type RunningServer } from '../helpers/mcp-servers.js';
import { runAction } from '../helpers/run-action.js';

let server: RunningServer | undefined;
afterAll(async () => server?.stop());

describe('actions/health (dist/health)', () => {
  test('a healthy server: outputs, the tool table in the summary, no warning for tools beyond expect-tools, the bearer token masked and never printed', async () => {
    server = await startEverything('streamableHttp');
    const token = 'health-action-token-6b1f0c';
    const result = await runAction('health', {
      inputs: { url: server.url, 'bearer-token': token, headers: 'X-Trace: health-test-header-value-1\n', 'expect-tools': 'echo,get-sum', smoke: 'get-sum={"a":2,"b":3}', timeout: '30s' },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ healthy: 'true', 'server-name': 'mcp-servers/everything' });
    expect(result.outputs['protocol-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.outputs['tools-hash']).toMatch(/^sha256:/);
    const tools = JSON.parse(result.outputs.tools!) as { name: string }[];
    expect(tools.map((t) => t.name)).toContain('get-sum');
    expect(result.outputs['latency-ms']).toMatch(/^\d+$/);
    // expect-tools is a floor: server-everything's other tools are not warnings.
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(result.summary).toContain('MCP health gate: healthy');
    expect(result.summary).toContain('| <code>get-sum</code> | <code>sha256:');
    expect(result.masked).toEqual(expect.arrayContaining([token, 'health-test-header-value-1']));
    const report = JSON.parse(result.files[result.outputs['health-report']!]!) as { ok: boolean; smoke: { ok: boolean; text: string } };
    expect(report.smoke).toMatchObject({ ok: true });
    expect(report.smoke.text).toContain('5');
    const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
    expect([stdout, result.summary, JSON.stringify(result.outputs), ...Object.values(result.files)].join('\n')).not.toMatch(/health-action-token|health-test-header-value/);
  }, 60_000);

  // How long it takes is measured in bench/health.mjs (gate.deadPort), not asserted here.
  test('a dead port fails the step after its timeout with one error naming the reason', async () => {
    const port = await freePort();
    const result = await runAction('health', { inputs: { url: `http://127.0.0.1:${port}/mcp`, timeout: '2s' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.healthy).toBe('false');
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^MCP health gate failed for http:\/\/127\.0\.0\.1:\d+\/mcp: no healthy MCP answer within 2s after \d+ attempt\(s\); last: ECONNREFUSED/);
    expect(result.summary).toContain('Failed attempts');
  }, 30_000);
});
