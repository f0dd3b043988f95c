/** The loader: every input from files, the .dockerignore Docker would read, the spec's render, and one error naming every missing file. */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChecklistInputs } from '../../../src/checklist/inputs.js';
import { InputError } from '../../../src/util/errors.js';
import { repoRoot } from '../../helpers/paths.js';

const good = join(repoRoot, 'test/fixtures/checklist/good');
const bad = join(repoRoot, 'test/fixtures/checklist/bad');
const DIGEST = `sha256:${'b'.repeat(64)}`;

describe('loadChecklistInputs', () => {
  test('reads the spec, its Dockerfile and .dockerignore, the reports and the spec\'s render, with workspace-relative names', async () => {
    const inputs = await loadChecklistInputs({ workspace: good, specOptional: true, render: 'kubernetes', pushedDigest: DIGEST, scanReport: 'scan.json', healthReport: 'health.json' });
    expect(inputs.spec?.file).toBe('mcp-deploy.yml');
    expect(inputs.dockerfile?.file).toBe('Dockerfile');
    expect(inputs.dockerignore).toMatchObject({ file: '.dockerignore', text: expect.stringContaining('.env') });
    expect(inputs.sources?.Dockerfile).toContain('FROM node:22');
    expect(inputs.scanReport?.file).toBe('scan.json');
    expect(inputs.healthReport?.value.ok).toBe(true);
    expect(inputs.pushedDigest).toBe(DIGEST);
    const kinds = inputs.manifests!.map((d) => `${String(d.value.kind)} ${d.file}`);
    expect(kinds).toContain('Deployment render/kubernetes/03-deployment-weather.yaml');
    expect(kinds.some((k) => k.startsWith('ExternalSecret '))).toBe(true);
  }, 60_000);

  test('manifests from a folder (recursively) and compose files, each document located in its own file', async () => {
    const inputs = await loadChecklistInputs({ workspace: bad, manifests: ['k8s'], compose: ['compose.yml'], dockerfile: 'Dockerfile' });
    expect(inputs.manifests!.map((d) => [d.file, d.index, d.value.kind])).toEqual([
      ['k8s/deploy.yaml', 0, 'Deployment'],
      ['k8s/deploy.yaml', 1, 'Secret'],
    ]);
    expect(inputs.compose![0]!.locate(['services', 'weather', 'image'])).toEqual({ file: 'compose.yml', line: 3, column: 12 });
    expect(inputs.dockerignore).toEqual({ file: '.dockerignore', text: '', missing: true });
    expect(inputs.spec).toBeUndefined();
  }, 60_000);

  test('Dockerfile.dockerignore beside the Dockerfile wins over the context\'s, as BuildKit reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checklist-'));
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, 'docker/app.Dockerfile'), 'FROM a:1\n');
    writeFileSync(join(dir, 'docker/app.Dockerfile.dockerignore'), '.env\n');
    writeFileSync(join(dir, '.dockerignore'), '.git\n');
    const inputs = await loadChecklistInputs({ workspace: dir, dockerfile: 'docker/app.Dockerfile' });
    expect(inputs.dockerignore).toEqual({ file: 'docker/app.Dockerfile.dockerignore', text: '.env\n' });
  }, 60_000);

  test('every missing file is named in one input error', async () => {
    const load = loadChecklistInputs({ workspace: good, spec: 'nope.yml', dockerfile: 'Nofile', compose: ['c.yml'], manifests: ['k8s'], scanReport: 'scan-x.json' });
    await expect(load).rejects.toThrow(InputError);
    await expect(loadChecklistInputs({ workspace: good, spec: 'nope.yml', dockerfile: 'Nofile', compose: ['c.yml'], manifests: ['k8s'], scanReport: 'scan-x.json' })).rejects.toThrow(
      'checklist: these inputs do not exist: --spec nope.yml, --dockerfile Nofile, --compose c.yml, --manifests k8s, --scan-report scan-x.json',
    );
  }, 60_000);

  test('a report that is not JSON, a bad digest, and a render without a digest are input errors saying what to give', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checklist-'));
    writeFileSync(join(dir, 'scan.json'), '{ not json');
    await expect(loadChecklistInputs({ workspace: dir, scanReport: 'scan.json' })).rejects.toThrow('--scan-report scan.json: not valid JSON');
    await expect(loadChecklistInputs({ workspace: good, pushedDigest: 'latest' })).rejects.toThrow('--pushed-digest "latest" is not a sha256');
    await expect(loadChecklistInputs({ workspace: good, specOptional: true, render: 'kubernetes' })).rejects.toThrow('--render kubernetes: the pushed digest is needed');
    await expect(loadChecklistInputs({ workspace: dir, render: 'kubernetes' })).rejects.toThrow('--render kubernetes needs the spec');
  }, 60_000);
});
