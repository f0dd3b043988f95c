/**
 * The project's own output for its example servers passes the whole checklist at error level: the
 * spec's Kubernetes render for the pushed digest, and the Dockerfile the package stage generates
 * for it (with the .dockerignore a user would add beside it), through every rule of the registry.
 */
import { describe, expect, test } from '@jest/globals';
import { join, resolve } from 'node:path';
import { runChecklist } from '../../../src/checklist/engine.js';
import { loadChecklistInputs } from '../../../src/checklist/inputs.js';
import { allRules } from '../../../src/checklist/rules/index.js';
import { detectProject } from '../../../src/package/detect.js';
import { DEFAULT_BASES, generateDockerfile } from '../../../src/package/dockerfile.js';
import { repoRoot } from '../../helpers/paths.js';

const DIGEST = `sha256:${'7e57'.repeat(16)}`;

// examples/python-server names no image repository, so there is nothing to render for a deploy.
describe.each(['examples/node-server'])('%s', (folder) => {
  test('the spec\'s render and the generated Dockerfile: no rule fails at error level, and no rule fails unseen', async () => {
    const workspace = join(repoRoot, folder);
    const inputs = await loadChecklistInputs({ workspace, specOptional: true, render: 'kubernetes', pushedDigest: DIGEST });
    const spec = inputs.spec!.value;
    const project = detectProject(resolve(spec.dir, spec.build.context), spec.server.command);
    const text = generateDockerfile({ project, transport: spec.server.transport, port: spec.server.port, path: spec.server.path, base: spec.build.base ?? DEFAULT_BASES[project.kind], nodeImage: DEFAULT_BASES.node, install: spec.build.install });
    inputs.dockerfile = { file: 'Dockerfile (generated)', text };
    inputs.dockerignore = { file: '.dockerignore', text: '.git\n.env\n.env.*\n*.pem\n*.key\nid_rsa*\nnode_modules\n' };
    const result = runChecklist(allRules, inputs, { failOn: 'error' });
    const failures = result.results.filter((r) => r.verdict === 'failed' && r.rule.severity === 'error').flatMap((r) => r.checks.filter((c) => c.status === 'failed').map((c) => `${r.rule.id} ${c.subject}: ${c.message}`));
    expect(failures).toEqual([]);
    expect(result.failed).toBe(false);
    // What ran: the image, environment, health and hardening rules saw the render and the Dockerfile.
    const verdict = (id: string) => result.results.find((r) => r.rule.id === id)!.verdict;
    expect(['IMG001', 'IMG002', 'IMG003', 'HLT001', 'HLT002', 'HLT003'].map(verdict)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'passed']);
  }, 60_000);
});
