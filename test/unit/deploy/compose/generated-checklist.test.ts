/**
 * The Compose file a compose deploy (and `up`) generates, through the checklist's own rules: no
 * error-level finding for the packaged image (its USER is non-root), and the hardening the checklist asks for (no privilege gain, no capabilities,
 * rotated logs) is there.
 */
import { describe, expect, test } from '@jest/globals';
import { runChecklist } from '../../../../src/checklist/engine.js';
import { allRules } from '../../../../src/checklist/rules/index.js';
import { parseYamlDocuments } from '../../../../src/checklist/yaml-documents.js';
import { generatedCompose } from '../../../../src/deploy/compose/compose-document.js';
import { parseSpec } from '../../../../src/spec/spec.js';
import { silentLogger } from '../../../../src/util/logger.js';

const spec = parseSpec('server: {name: weather}\nresources: {memory: 256Mi}\n', '/specs/mcp-deploy.yml');
const text = generatedCompose(spec, '127.0.0.1:5000/weather@sha256:' + 'a'.repeat(64), { port: 8080, bind: '127.0.0.1', env: {}, logger: silentLogger });
// The packaged image's config as the reader returns it: src/package/dockerfile.ts writes USER 10001:10001.
const config = { env: [], labels: {}, entrypoint: null, cmd: null, user: '10001:10001', workingDir: '/app', exposedPorts: [], healthcheck: null, history: [], diffIds: [], os: 'linux', architecture: 'amd64', raw: {} };
const result = runChecklist(allRules, { compose: parseYamlDocuments(text, 'compose.yaml'), image: { source: 'oci:packaged', config } }, { failOn: 'error' });
const verdict = (id: string) => result.results.find((r) => r.rule.id === id)?.verdict;

describe('the generated Compose file under the checklist', () => {
  test('no rule fails at error level', () => {
    const failing = result.results.filter((r) => r.verdict === 'failed' && r.rule.severity === 'error').map((r) => `${r.rule.id}: ${r.checks.find((c) => c.status === 'failed')?.message}`);
    expect(failing).toEqual([]);
    expect(result.failed).toBe(false);
  });

  test.each(['HRD002', 'HRD004', 'OBS002', 'RES002'])('%s passes', (id) => {
    expect(verdict(id)).toBe('passed');
  });
});
