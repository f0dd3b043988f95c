/**
 * Path inputs: a report another action of the suite wrote is read from RUNNER_TEMP (where scan and
 * health write by default) as well as from the workspace; any other path input stays inside the
 * workspace, and nothing is read from elsewhere.
 */
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPathInput } from '../../../src/actions/inputs.js';

const root = mkdtempSync(join(tmpdir(), 'path-inputs-'));
const workspace = join(root, 'workspace');
const temp = join(root, 'runner-temp');
mkdirSync(workspace);
mkdirSync(temp);
writeFileSync(join(temp, 'mcp-orchestrator-scan.json'), '{}');
const saved = { ...process.env };

beforeEach(() => {
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = temp;
});
afterAll(() => {
  process.env = saved;
  rmSync(root, { recursive: true, force: true });
});

describe('path inputs', () => {
  test('a report under RUNNER_TEMP is accepted where the input is a report of the suite', () => {
    process.env['INPUT_SCAN-REPORT'] = join(temp, 'mcp-orchestrator-scan.json');
    expect(getPathInput('scan-report', { report: true })).toBe(join(temp, 'mcp-orchestrator-scan.json'));
  });

  test('the same path is refused for an input that is not a report, naming both roots only where both count', () => {
    process.env.INPUT_CONTRACT = join(temp, 'mcp-orchestrator-scan.json');
    expect(() => getPathInput('contract')).toThrow(new RegExp(`^input contract: .* is outside the workspace \\(${workspace}\\); give a path inside it$`));
  });

  test('a report outside both the workspace and RUNNER_TEMP is refused, naming both', () => {
    process.env['INPUT_HEALTH-REPORT'] = join(root, 'elsewhere.json');
    expect(() => getPathInput('health-report', { report: true })).toThrow(`input health-report: ${join(root, 'elsewhere.json')} is outside the workspace (${workspace} or RUNNER_TEMP ${temp}); give a path inside it`);
  });
});
