/** actions/package's committed bundle under Node 24, as the runner runs it, on the Python example. */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { runAction } from '../helpers/run-action.js';

describe('actions/package (dist/package)', () => {
  test('builds the Python example with the bridge from its spec: outputs, archive, summary', async () => {
    const result = await runAction('package', { inputs: { spec: 'examples/python-server/mcp-deploy.yml', tags: 'action-test', base: 'local/python:bookworm', 'node-image': 'local/node:bookworm' }, workspace: repoRoot, keepRunnerTemp: true, env: { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: '1234567890abcdef1234567890abcdef12345678' } });
    expect({ code: result.exitCode, errors: result.annotations.filter((a) => a.level === 'error').map((a) => a.message) }).toEqual({ code: 0, errors: [] });
    expect(result.outputs.tags!.split('\n')).toEqual(['local/calculator-py:pr-7', 'local/calculator-py:sha-1234567', 'local/calculator-py:action-test']);
    expect(result.outputs.image).toBe(`docker-archive:${result.outputs.archive}`);
    expect(existsSync(result.outputs.archive!)).toBe(true);
    rmSync(result.runnerTemp, { recursive: true, force: true });
    const id = execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', 'local/calculator-py:action-test'], { encoding: 'utf8' }).trim();
    expect(result.outputs['image-id']).toBe(id);
    expect(result.summary).toContain('generated (python, pip)');
  }, 180_000);

  test('a spec with an error names the file, line and column and fails the step once', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'package-action-'));
    writeFileSync(join(workspace, 'mcp-deploy.yml'), 'server:\n  name: x\n  port: 0\n');
    const result = await runAction('package', { inputs: { spec: 'mcp-deploy.yml' }, workspace });
    rmSync(workspace, { recursive: true, force: true });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    const file = join(workspace, 'mcp-deploy.yml');
    expect(errors[0]!.split('\n').map((l) => l.trim())).toEqual([`${file} is not a valid deploy spec:`, `${file}:3:9: server.port: must be >= 1`]);
  });
});
