/** SEC rules: a passing and a failing case each, the evidence line checked, and no value in any message. */
import { describe, expect, test } from '@jest/globals';
import type { RuleResult } from '../../../src/checklist/engine.js';
import { dockerignoreExcludes } from '../../../src/checklist/dockerignore.js';
import { rules } from '../../../src/checklist/rules/secrets.js';
import type { ChecklistInputs } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { parseImageConfig } from '../../../src/image/config.js';
import { checksummedToken } from '../../helpers/secrets.js';
import { failedAt, runRule } from './rules-helpers.js';

const run = (id: string, inputs: ChecklistInputs) => runRule(rules, id, inputs);
const messages = (r: RuleResult) => r.checks.map((c) => c.message).join('\n');

describe('SEC001 no secret findings in the scan report', () => {
  test('passes a report with no findings', () => {
    const r = run('SEC001', { scanReport: { file: 'scan.json', value: { image: { source: 'x', digest: 'sha256:1' }, findings: [], suppressed: [] } } });
    expect(r.verdict).toBe('passed');
  });
  test('fails each finding, pointing into the report, with the redacted match only', () => {
    const r = run('SEC001', {
      scanReport: { file: 'scan.json', value: { image: { source: 'x', digest: 'sha256:1' }, findings: [{ rule: 'github-token', severity: 'critical', where: 'file', path: '/app/.env', line: 3, match: 'ghp_…Zq', layer: { index: 2 } }] } },
    });
    expect(failedAt(r)).toEqual(['scan.json:/findings/0']);
    expect(r.checks[0]!.message).toBe('critical github-token at /app/.env:3 in layer 2: ghp_…Zq');
  });
  test('is not checked when the file is not a scan report', () => {
    expect(run('SEC001', { scanReport: { file: 'other.json', value: { ok: true } } }).verdict).toBe('not-checked');
  });
  test('a report of the docker-archive (image ID) is of the pushed image (manifest digest, same config); a report of another image fails', () => {
    const config = { env: [], labels: {}, entrypoint: null, cmd: null, user: '', workingDir: '', exposedPorts: [], healthcheck: null, history: [], diffIds: [], os: 'linux', architecture: 'amd64', raw: {} };
    const image = { source: 'docker://r/x@sha256:m', digest: 'sha256:m', configDigest: 'sha256:c', config };
    const report = (digest: string) => ({ file: 'scan.json', value: { image: { source: 'docker-archive:x.tar', digest }, findings: [] } });
    expect(run('SEC001', { image, scanReport: report('sha256:c') }).verdict).toBe('passed');
    expect(run('SEC001', { image, scanReport: report('sha256:m') }).verdict).toBe('passed');
    const other = run('SEC001', { image, scanReport: report('sha256:o') });
    expect(other.verdict).toBe('failed');
    expect(other.checks[0]!.message).toBe('the scan report is of sha256:o, the image checked is sha256:m (image ID sha256:c)');
  });
});

describe('SEC002 no secret-named ENV or ARG with a value', () => {
  const token = checksummedToken('ghp_');
  test('passes ARG without default and non-secret ENV', () => {
    const r = run('SEC002', { dockerfile: { file: 'Dockerfile', text: 'FROM node:22\nARG NPM_TOKEN\nENV LOG_LEVEL=info TOKEN_FILE=/run/secrets/token\n' } });
    expect(r.verdict).toBe('passed');
  });
  test('fails ENV and ARG defaults with values on their lines, never quoting the value', () => {
    const text = `FROM node:22\nENV LOG_LEVEL=info\nENV API_TOKEN=${token}\nARG DB_PASSWORD=hunter2hunter2\nARG BUILD_TOKEN\nENV GITHUB_TOKEN=$BUILD_TOKEN\n`;
    const r = run('SEC002', { dockerfile: { file: 'Dockerfile', text } });
    expect(failedAt(r)).toEqual(['Dockerfile:3', 'Dockerfile:4', 'Dockerfile:6']);
    expect(messages(r)).not.toContain(token);
    expect(messages(r)).not.toContain('hunter2');
  });
  test('fails a secret-named Env in the image config, pointing at its index', () => {
    const config = parseImageConfig(Buffer.from(JSON.stringify({ config: { Env: ['PATH=/usr/bin', `OPENAI_API_KEY=${token}`] }, rootfs: { diff_ids: [] }, history: [] })), 'x');
    const r = run('SEC002', { image: { source: 'docker-archive:x.tar', config } });
    expect(failedAt(r)).toEqual(['docker-archive:x.tar:/config/Env/1']);
    expect(messages(r)).not.toContain(token);
  });
});

describe('SEC003 .dockerignore covers .env, keys and .git', () => {
  const dockerfile = { file: 'Dockerfile', text: 'FROM node:22\nCOPY . .\n' };
  test('passes a .dockerignore that excludes them, and an allowlist one', () => {
    expect(run('SEC003', { dockerfile, dockerignore: { file: '.dockerignore', text: '.git\n.env\n.env.*\n*.pem\n*.key\nid_rsa*\nnode_modules\n' } }).verdict).toBe('passed');
    expect(run('SEC003', { dockerfile, dockerignore: { file: '.dockerignore', text: '*\n!src\n!package.json\n' } }).verdict).toBe('passed');
  });
  test('fails what it misses, and a missing .dockerignore', () => {
    const r = run('SEC003', { dockerfile, dockerignore: { file: '.dockerignore', text: 'node_modules\n.git\n' } });
    expect(r.checks.filter((c) => c.status === 'failed').map((c) => c.message)).toEqual([
      '.dockerignore does not exclude .env',
      '.dockerignore does not exclude .env.*',
      '.dockerignore does not exclude SSH keys (id_rsa)',
      '.dockerignore does not exclude *.key',
      '.dockerignore does not exclude *.pem',
    ]);
    const missing = run('SEC003', { dockerfile, dockerignore: { file: 'app/.dockerignore', text: '', missing: true } });
    expect(missing.checks[0]!.message).toBe('no .dockerignore in the build context (app/.dockerignore)');
  });
  test.each([
    ['.env', '.env', true],
    ['**/.env', '.env', true],
    ['.env\n!.env', '.env', false],
    ['/.git/', '.git/config', true],
    ['*.pem', 'cert.pem', true],
    ['certs/*.pem', 'cert.pem', false],
  ])('pattern %j excludes %s: %s', (text, path, excluded) => {
    expect(dockerignoreExcludes(text, path)).toBe(excluded);
  });
});

const podEnv = (env: string) => `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: server
      image: x@sha256:${'0'.repeat(64)}
      env:
${env}`;

describe('SEC004 secret-named variables come from a secret reference', () => {
  test('passes secretKeyRef on Kubernetes and ${VAR} or a bare name in compose', () => {
    const manifests = parseYamlDocuments(podEnv('        - name: API_TOKEN\n          valueFrom:\n            secretKeyRef: { name: api, key: token }\n        - name: LOG_LEVEL\n          value: info\n'), 'pod.yaml');
    const compose = parseYamlDocuments('services:\n  web:\n    environment:\n      API_KEY: ${API_KEY}\n      LOG_LEVEL: debug\n  worker:\n    environment:\n      - DB_PASSWORD\n', 'compose.yml');
    expect(run('SEC004', { manifests, compose }).verdict).toBe('passed');
  });
  test('fails literal values on each target, at the value\'s line', () => {
    const manifests = parseYamlDocuments(podEnv('        - name: API_TOKEN\n          value: s3cr3t-v4lue-xyz\n        - name: DB_PASSWORD\n          valueFrom:\n            configMapKeyRef: { name: cfg, key: pw }\n'), 'pod.yaml');
    const compose = parseYamlDocuments('services:\n  web:\n    environment:\n      - API_KEY=abcdef123456\n', 'compose.yml');
    const ecs = parseYamlDocuments('containerDefinitions:\n  - name: web\n    environment:\n      - name: STRIPE_SECRET\n        value: sk-live-abcdef\n', 'ecs.yaml')[0]!;
    const r = run('SEC004', { manifests, compose, cloud: [{ target: 'ecs', document: ecs }] });
    expect(failedAt(r)).toEqual(['pod.yaml:11', 'pod.yaml:12', 'compose.yml:4', 'ecs.yaml:5']);
    expect(messages(r)).not.toMatch(/s3cr3t|abcdef123456|sk-live/);
  });
});

describe('SEC005 no plaintext Secret committed', () => {
  test('passes a Secret without data and an ExternalSecret', () => {
    const docs = parseYamlDocuments('apiVersion: v1\nkind: Secret\nmetadata: { name: sa-token }\ntype: kubernetes.io/service-account-token\n---\napiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: { name: api }\n', 'secrets.yaml');
    expect(run('SEC005', { manifests: docs }).verdict).toBe('passed');
  });
  test('fails a Secret with data, at its data line', () => {
    const docs = parseYamlDocuments('apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  token: c2VjcmV0\n', 'secret.yaml');
    const r = run('SEC005', { manifests: docs });
    expect(failedAt(r)).toEqual(['secret.yaml:6']);
    expect(r.checks[0]!.message).toBe('Secret/api carries data in the manifest');
  });
});

describe('SEC006 secrets come from a vault', () => {
  test('passes a secretKeyRef to a Secret an ExternalSecret makes', () => {
    const docs = parseYamlDocuments(
      `${podEnv('        - name: API_TOKEN\n          valueFrom:\n            secretKeyRef: { name: api-vault, key: token }\n')}---\napiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: { name: api }\nspec:\n  target: { name: api-vault }\n`,
      'app.yaml',
    );
    expect(run('SEC006', { manifests: docs }).verdict).toBe('passed');
  });
  test('fails a secretKeyRef to a hand-made Secret, at the valueFrom line', () => {
    const docs = parseYamlDocuments(podEnv('        - name: API_TOKEN\n          valueFrom:\n            secretKeyRef: { name: api, key: token }\n'), 'app.yaml');
    const r = run('SEC006', { manifests: docs });
    expect(failedAt(r)).toEqual(['app.yaml:12']);
  });
  test('fails a spec secret from a plain Kubernetes Secret, passes one from an external store', () => {
    const spec = { file: 'mcp-deploy.yml', value: { secrets: [{ name: 'A_TOKEN', from: { kubernetes: { secret: 'a', key: 'k' } } }, { name: 'B_TOKEN', from: { external: { store: 'vault', key: 'b' } } }] } } as unknown as ChecklistInputs['spec'];
    const r = run('SEC006', { spec });
    expect(r.checks.map((c) => c.status)).toEqual(['failed', 'passed']);
    expect(r.checks[0]!.location).toEqual({ file: 'mcp-deploy.yml', pointer: '/secrets/0/from' });
  });
});
