/** IMG rules on real manifest, compose and Dockerfile text: a passing and a failing case each, with the evidence line. */
import { describe, expect, test } from '@jest/globals';
import { rules } from '../../../src/checklist/rules/image.js';
import type { ChecklistInputs } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { parseImageConfig } from '../../../src/image/config.js';
import { failedAt, runRule, weatherDeployment } from './rules-helpers.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'cd'.repeat(32)}`;

const run = (id: string, inputs: ChecklistInputs) => runRule(rules, id, inputs);
const deployment = (image: string) => weatherDeployment(image);

describe('IMG001 deployed images pinned by digest', () => {
  test('passes a Deployment whose container runs REF@sha256', () => {
    const r = run('IMG001', { manifests: parseYamlDocuments(deployment(`ghcr.io/acme/weather@${DIGEST}`), 'k8s/app.yaml') });
    expect(r.verdict).toBe('passed');
  });
  test('fails a tag, pointing at the image line of the container', () => {
    const r = run('IMG001', { manifests: parseYamlDocuments(deployment('ghcr.io/acme/weather:1.2.0'), 'k8s/app.yaml') });
    expect(r.verdict).toBe('failed');
    expect(failedAt(r)).toEqual(['k8s/app.yaml:10']);
    expect(r.checks[0]!.message).toContain('Deployment/weather container server runs ghcr.io/acme/weather:1.2.0, not pinned by digest');
  });
  test('fails a compose service on latest, at its image line', () => {
    const r = run('IMG001', { compose: parseYamlDocuments('services:\n  web:\n    image: ghcr.io/acme/weather\n', 'compose.yml') });
    expect(failedAt(r)).toEqual(['compose.yml:3']);
    expect(r.checks[0]!.message).toContain('no tag either');
  });
  test('is not checked without manifests, compose or cloud renders', () => {
    expect(run('IMG001', {}).verdict).toBe('not-checked');
  });
});

describe('IMG002 deployed server image is the pushed digest', () => {
  const spec = { file: 'mcp-deploy.yml', value: { image: 'ghcr.io/acme/weather' } } as unknown as ChecklistInputs['spec'];
  test('passes when the server container runs the pushed digest (sidecars of other repositories are not its concern)', () => {
    const text = deployment(`ghcr.io/acme/weather@${DIGEST}`) + `        - name: proxy\n          image: docker.io/library/nginx:1.27\n`;
    const r = run('IMG002', { spec, pushedDigest: DIGEST, manifests: parseYamlDocuments(text, 'app.yaml') });
    expect(r.verdict).toBe('passed');
    expect(r.checks).toHaveLength(1);
  });
  test('fails another digest of the server repository, at the image line', () => {
    const r = run('IMG002', { spec, pushedDigest: DIGEST, manifests: parseYamlDocuments(deployment(`ghcr.io/acme/weather@${OTHER}`), 'app.yaml') });
    expect(failedAt(r)).toEqual(['app.yaml:10']);
    expect(r.checks[0]!.message).toContain(`not the pushed ${DIGEST}`);
  });
  test('is not checked without a pushed digest', () => {
    const r = run('IMG002', { spec, manifests: parseYamlDocuments(deployment(`ghcr.io/acme/weather@${OTHER}`), 'app.yaml') });
    expect(r.verdict).toBe('not-checked');
    expect(r.notChecked).toContain('no pushed digest');
  });
});

describe('IMG003 / IMG004 base images', () => {
  const dockerfile = (text: string) => ({ dockerfile: { file: 'Dockerfile', text } });
  test('a tagged base passes IMG003 and fails IMG004 (no digest) on its FROM line', () => {
    const inputs = dockerfile('# syntax=docker/dockerfile:1\nFROM node:22-bookworm-slim AS build\nRUN true\n');
    expect(run('IMG003', inputs).verdict).toBe('passed');
    expect(failedAt(run('IMG004', inputs))).toEqual(['Dockerfile:2']);
  });
  test('latest and untagged bases fail IMG003 on their lines; a stage name and scratch are not base images', () => {
    const r = run('IMG003', dockerfile('FROM node:latest AS build\nFROM debian\nFROM build\nFROM scratch\n'));
    expect(failedAt(r)).toEqual(['Dockerfile:1', 'Dockerfile:2']);
    expect(r.checks.map((c) => c.message)).toEqual(['FROM node:latest uses latest', 'FROM debian has no tag (latest)']);
  });
  test('a base set by a build argument is checked with the argument\'s default', () => {
    const r = run('IMG003', dockerfile('ARG BASE=node:latest\nFROM ${BASE}\n'));
    expect(failedAt(r)).toEqual(['Dockerfile:2']);
    const pinned = run('IMG004', dockerfile(`ARG BASE=node:22@${DIGEST}\nFROM \${BASE}\n`));
    expect(pinned.verdict).toBe('passed');
  });
});

describe('IMG005 OCI source and revision labels', () => {
  const image = (labels: Record<string, string>) => ({
    image: { source: 'docker-archive:/tmp/x.tar', digest: DIGEST, config: parseImageConfig(Buffer.from(JSON.stringify({ config: { Labels: labels }, rootfs: { diff_ids: [] }, history: [] })), 'x') },
  });
  test('passes an image with both labels', () => {
    expect(run('IMG005', image({ 'org.opencontainers.image.source': 'https://github.com/acme/weather', 'org.opencontainers.image.revision': 'abc123' })).verdict).toBe('passed');
  });
  test('fails an image without the revision, pointing into the config', () => {
    const r = run('IMG005', image({ 'org.opencontainers.image.source': 'https://github.com/acme/weather' }));
    expect(r.verdict).toBe('failed');
    expect(r.checks.find((c) => c.status === 'failed')!.location).toEqual({ file: 'docker-archive:/tmp/x.tar', pointer: '/config/Labels/org.opencontainers.image.revision' });
  });
});
