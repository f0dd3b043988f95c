import { describe, expect, test } from '@jest/globals';
import { acceptedBy } from '../../../src/scan/baseline.js';
import { parseBaseline } from '../../../src/scan/baseline-file.js';
import { parseBuildArgs, scanImageConfig } from '../../../src/scan/config-scanner.js';
import { checkCredentialFile, credentialFileKind } from '../../../src/scan/credential-files.js';
import type { ImageConfig } from '../../../src/image/types.js';
import type { Finding } from '../../../src/scan/types.js';
import { InputError } from '../../../src/util/errors.js';
import { checksummedToken, jwt, randomString } from '../../helpers/secrets.js';

function config(partial: Partial<ImageConfig>): ImageConfig {
  return { env: [], labels: {}, entrypoint: null, cmd: null, user: '', workingDir: '', exposedPorts: [], healthcheck: null, history: [], diffIds: [], os: 'linux', architecture: 'amd64', raw: {}, ...partial };
}

describe('the image config', () => {
  test('finds secrets in env, labels, cmd and build args recorded in history, each once', () => {
    const gh = checksummedToken('ghp_');
    const npm = checksummedToken('npm_');
    const password = `Pw${randomString(14)}9`;
    const labelToken = checksummedToken('gho_');
    const cmdToken = `sk_live_${randomString(30)}`;
    const found = scanImageConfig(
      config({
        env: ['PATH=/usr/bin', `GITHUB_TOKEN=${gh}`, `DB_PASSWORD=${password}`, 'POSTGRES_PASSWORD_FILE=/run/secrets/pg', 'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D'],
        labels: { 'org.opencontainers.image.source': 'https://github.com/acme/x', 'ci.token': labelToken },
        cmd: ['node', 'server.js', `--stripe=${cmdToken}`],
        history: [
          { createdBy: `|2 NPM_TOKEN=${npm} API_PASSWORD=hunter2hunter /bin/sh -c npm ci && echo $NPM_TOKEN`, emptyLayer: false, layerIndex: 1 },
          { createdBy: '/bin/sh -c #(nop)  ENV LOG_LEVEL=info', emptyLayer: true },
        ],
      }),
    );
    expect(found.map((f) => [f.rule, f.where, f.name ?? null, f.secret, f.layerIndex ?? null])).toEqual([
      ['github-classic-token', 'env', 'GITHUB_TOKEN', gh, null],
      ['env-secret', 'env', 'DB_PASSWORD', password, null],
      ['github-classic-token', 'label', 'ci.token', labelToken, null],
      ['stripe-live-key', 'cmd', null, cmdToken, null],
      ['npm-access-token', 'history', 'NPM_TOKEN', npm, 1],
      ['build-arg-secret', 'history', 'API_PASSWORD', 'hunter2hunter', 1],
    ]);
  });

  test('reads build args the way the classic builder records them', () => {
    expect(parseBuildArgs('|3 A=1 B="two words" C= /bin/sh -c make')).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', ''],
    ]);
    expect(parseBuildArgs('/bin/sh -c make')).toEqual([]);
  });
});

describe('credential files', () => {
  test.each([
    ['/app/.env', 'dotenv'],
    ['/app/.env.production', 'dotenv'],
    ['/app/.env.example', undefined],
    ['/root/.npmrc', 'npmrc'],
    ['/root/.docker/config.json', 'docker-config'],
    ['/app/config.json', undefined],
    ['/root/.git-credentials', 'git-credentials'],
    ['/root/.kube/config', 'kubeconfig'],
    ['/root/.pypirc', 'pypirc'],
    ['/infra/terraform.tfstate', 'tfstate'],
    ['/app/certs/server.p12', 'keystore'],
  ])('recognises %s as %s', (path, kind) => expect(credentialFileKind(path)).toBe(kind));

  test('confirms each kind by its structure, placeholders aside', () => {
    const token = randomString(36);
    expect(checkCredentialFile('dotenv', Buffer.from(`# app\nPORT=8080\nAPI_KEY=${token}\nDB_PASSWORD=\${DB_PASSWORD}\nSECRET=changeme\n`))).toEqual([{ rule: 'dotenv-secret', secret: token, line: 3 }]);
    expect(checkCredentialFile('npmrc', Buffer.from(`registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${token}\n`))).toEqual([{ rule: 'npmrc-auth-token', secret: token, line: 2 }]);
    expect(checkCredentialFile('npmrc', Buffer.from('//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n'))).toEqual([]);
    const auth = Buffer.from(`bot:${token}`).toString('base64');
    expect(checkCredentialFile('docker-config', Buffer.from(JSON.stringify({ auths: { 'ghcr.io': { auth } } })))).toMatchObject([{ rule: 'docker-config-auth', secret: auth }]);
    expect(checkCredentialFile('docker-config', Buffer.from(JSON.stringify({ credsStore: 'desktop' })))).toEqual([]);
    expect(checkCredentialFile('git-credentials', Buffer.from(`https://bot:${token}@github.com\n`))).toEqual([{ rule: 'git-credentials', secret: token, line: 1 }]);
    const sa = jwt({ iss: 'kubernetes/serviceaccount' });
    expect(checkCredentialFile('kubeconfig', Buffer.from(`users:\n- name: ci\n  user:\n    token: ${sa}\n`))).toEqual([{ rule: 'kubeconfig-credential', secret: sa, line: 4 }]);
    expect(checkCredentialFile('pypirc', Buffer.from(`[pypi]\nusername = __token__\npassword = ${token}\n`))).toEqual([{ rule: 'pypirc-password', secret: token, line: 3 }]);
    expect(checkCredentialFile('keystore', Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]))).toHaveLength(1);
    expect(checkCredentialFile('keystore', Buffer.from('not a keystore'))).toEqual([]);
  });
});

describe('the baseline', () => {
  const finding = (partial: Partial<Finding>): Finding => ({ rule: 'generic-secret-assignment', severity: 'medium', where: 'file', match: 'abcd…yz', fingerprint: 'f'.repeat(32), ...partial });

  test('accepts by fingerprint, rule and path glob, every selector of an entry needing to match', () => {
    const baseline = parseBaseline(
      'accepted:\n  - fingerprint: ' + 'a'.repeat(32) + '\n    reason: rotated in INC-12\n  - rule: generic-secret-assignment\n    path: /usr/lib/**/test/*.js\n    reason: fixtures of a vendored library\n',
      'baseline.yml',
    );
    expect(acceptedBy(baseline, finding({ fingerprint: 'a'.repeat(32), rule: 'private-key' }))?.reason).toBe('rotated in INC-12');
    expect(acceptedBy(baseline, finding({ path: '/usr/lib/node/x/test/a.js' }))?.reason).toBe('fixtures of a vendored library');
    expect(acceptedBy(baseline, finding({ path: '/usr/lib/node/x/test/deep/a.js' }))).toBeUndefined();
    expect(acceptedBy(baseline, finding({ path: '/usr/lib/node/x/test/a.js', rule: 'private-key' }))).toBeUndefined();
  });

  test.each([
    ['accepted:\n  - rule: private-key\n', /^baseline b\.yml: entry 1: "reason" is required/],
    ['accepted:\n  - rule: private-key\n    reason: ok\n  - reason: because\n', /^baseline b\.yml: entry 2: give at least one of fingerprint, rule or path/],
    ['nope: 1\n', /^baseline b\.yml: expected a list of entries under "accepted"/],
    ['accepted: [\n', /^baseline b\.yml: not valid YAML or JSON/],
  ])('refuses a bad baseline with an InputError naming the file, and the entry when one is wrong: %j', (text, why) => {
    expect(() => parseBaseline(text, 'b.yml')).toThrow(InputError);
    expect(() => parseBaseline(text, 'b.yml')).toThrow(why);
  });
});
