import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ContentScanner, scanText } from '../../../src/scan/content-scanner.js';
import { KeywordAutomaton } from '../../../src/scan/keyword-automaton.js';
import { redact } from '../../../src/scan/redact.js';
import { rules } from '../../../src/scan/rules.js';
import { fileRules } from '../../../src/scan/credential-files.js';
import { configRules } from '../../../src/scan/config-scanner.js';
import { checksummedToken, jwt, plantedSecrets, privateKeyPem, publicKeyPem, randomString } from '../../helpers/secrets.js';

const collectGarbage = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Buffer memory still referenced after full collections. One pass can leave buffers whose
 * release waits on a finalizer (measured: 26 MB after one pass, 1 MB after the next), so collect
 * until the figure stops falling.
 */
async function retainedBytes(): Promise<number> {
  let bytes = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    const now = process.memoryUsage().arrayBuffers;
    if (now >= bytes) return now;
    bytes = now;
  }
  return bytes;
}

describe('the rule set', () => {
  test('has at least 40 rules with unique ids, help text and bounded patterns', () => {
    const ids = [...rules.map((r) => r.id), ...fileRules.map((r) => r.id), ...configRules.map((r) => r.id)];
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect([rule.id, rule.keywords.length > 0, rule.help.length > 20]).toEqual([rule.id, true, true]);
      // No unbounded repetition: every + or * is on a character class bounded elsewhere, or absent.
      const outsideClasses = rule.pattern.source.replace(/\[(?:\\.|[^\]\\])*\]/g, 'C');
      expect([rule.id, /(?<!\\)[+*]/.test(outsideClasses)]).toEqual([rule.id, false]);
    }
  });

  test.each(plantedSecrets())('finds %s', (ruleId, line, secret) => {
    const matches = scanText(`some text before\n${line}\nand after\n`);
    expect(matches.map((m) => [m.rule.id, m.secret, m.line])).toContainEqual([ruleId, secret, 2]);
  });

  test('finds a complete PEM private key, and a GCP service-account JSON key', () => {
    const pem = privateKeyPem();
    expect(scanText(`x\n${pem}`).map((m) => m.rule.id)).toEqual(['private-key']);
    const pkcs8 = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const sa = JSON.stringify({ type: 'service_account', project_id: 'p', private_key_id: 'a1b2', private_key: pkcs8, client_email: 'a@p.iam.gserviceaccount.com' }, null, 2);
    expect(scanText(sa).map((m) => m.rule.id)).toEqual(['gcp-service-account-key']);
  });
});

describe('decoys that are not secrets', () => {
  test.each([
    ['AWS documented example key id', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE'],
    ['AWS documented example secret', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a PEM header in a TLS library string table', 'invalid -----BEGIN RSA PRIVATE KEY----- header\0-----END RSA PRIVATE KEY-----'],
    ['a PEM header with a short fake body', '-----BEGIN PRIVATE KEY-----\nMIIB...\n-----END PRIVATE KEY-----'],
    ['a public key', publicKeyPem()],
    ['a GitHub-looking token with a wrong checksum', `ghp_${randomString(36)}`],
    ['an npm-looking token with a wrong checksum', `npm_${randomString(36)}`],
    ['a JWT from a test suite, with no credential claims', `const token = "${jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}"`],
    ['placeholders', 'API_KEY=${API_KEY}\npassword: changeme\nclient_secret = "<your-client-secret>"\ntoken=xxxxxxxxxxxxxxxxxxxx'],
    ['a database URL with a placeholder password', 'DATABASE_URL=postgres://user:${DB_PASSWORD}@db:5432/app'],
    ['a secret-named key set to code', 'const apiKey = process.env.API_KEY_FROM_ENVIRONMENT'],
    ['a low-entropy value', 'password = "aaaaaaaaaaaaaaaa1"'],
  ])('does not flag %s', (_name, text) => {
    expect(scanText(text).map((m) => `${m.rule.id}: ${redact(m.secret)}`)).toEqual([]);
  });
});

describe('the keyword automaton', () => {
  test('finds overlapping and case-folded keywords in one pass', () => {
    const automaton = new KeywordAutomaton(['ghp_', 'hp_x', 'secret', 'cre']);
    const hits = automaton.search(Buffer.from('xGHP_X SeCrEt'));
    expect(hits.map((h) => [automaton.keywords[h.keyword], h.start])).toEqual([
      ['ghp_', 1],
      ['hp_x', 2],
      ['cre', 9],
      ['secret', 7],
    ]);
  });
});

describe('streaming', () => {
  test('finds a secret that straddles a chunk boundary, on the right line', () => {
    const token = checksummedToken('ghp_');
    const filler = 'a'.repeat(1024 * 1024 - 10) + '\n';
    const text = Buffer.from(`${filler}${filler}x ${token}\n`);
    const boundary = filler.length * 2 + 2 + 20; // the first flush ends 20 characters into the token
    const scanner = new ContentScanner();
    scanner.push(text.subarray(0, boundary));
    scanner.push(text.subarray(boundary));
    expect(scanner.finish().map((m) => [m.secret, m.line])).toEqual([[token, 3]]);
  });

  test('finds a key 20 MB into a 30 MB file, reported once, in bounded memory', async () => {
    const token = checksummedToken('npm_');
    const line = `${'log line with nothing to see '.repeat(3)}\n`;
    const lines = Math.ceil((20 * 1024 * 1024) / line.length);
    const text = line.repeat(1000);
    // Fresh buffers for every chunk, so what the scanner keeps shows as memory after a collection.
    const block = () => Buffer.from(text);
    const baseline = await retainedBytes();
    const scanner = new ContentScanner();
    for (let i = 0; i < lines / 1000; i++) scanner.push(block());
    scanner.push(Buffer.from(`NPM_TOKEN=${token}\n`));
    for (let i = 0; i < lines / 2000; i++) scanner.push(block());
    const held = (await retainedBytes()) - baseline;
    const matches = scanner.finish();
    expect(scanner.bytes).toBeGreaterThan(30 * 1024 * 1024);
    expect(matches.map((m) => [m.rule.id, m.secret, m.line])).toEqual([['npm-access-token', token, Math.ceil(lines / 1000) * 1000 + 1]]);
    // The scanner keeps a window (about 1 MB of pending input and a 16 KB overlap), not the file.
    expect(held).toBeLessThan(4 * 1024 * 1024);
  });

  test('does not pattern-scan binary content', () => {
    const token = checksummedToken('ghp_');
    const scanner = new ContentScanner();
    scanner.push(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0]), Buffer.from(` ${token} `)]));
    expect(scanner.finish()).toEqual([]);
    expect(scanner.binary).toBe(true);
  });
});

describe('redaction', () => {
  test.each(plantedSecrets())('never shows more than the first 4 and last 2 characters of %s', (_rule, _line, secret) => {
    const shown = redact(secret).replace('…', '');
    expect(shown.length).toBeLessThanOrEqual(6);
    expect(secret.startsWith(redact(secret).split('…')[0]!)).toBe(true);
  });
});
