/** The one redaction step for free text: the scan's rules over a string, secrets replaced by their redacted form. */
import { describe, expect, test } from '@jest/globals';
import { redactCreatedBy, redactDeep, redactText } from '../../../src/scan/redact-text.js';
import { redact } from '../../../src/scan/redact.js';
import { checksummedToken, plantedSecrets, randomString } from '../../helpers/secrets.js';

describe('redactText', () => {
  test.each(plantedSecrets())('redacts a %s in a line of text', (_rule, line, secret) => {
    const out = redactText(`step 3: ${line} (done)`);
    expect(out).not.toContain(secret);
    expect(out).toContain('step 3: ');
  });

  test('redacts a value assigned to a secret-named variable inline in a RUN step, as the scan reports it', () => {
    const value = randomString(24);
    const out = redactText(`/bin/sh -c API_TOKEN=${value} ./setup.sh && echo done`);
    expect(out).toBe(`/bin/sh -c API_TOKEN=${redact(value)} ./setup.sh && echo done`);
  });

  test('leaves ordinary text, placeholders and non-secret names alone', () => {
    const text = 'ENV LOG_LEVEL=info API_KEY=${API_KEY} PASSWORD_FILE=/run/secrets/db PORT=8080';
    expect(redactText(text)).toBe(text);
  });

  test('masks build-argument values in created_by, also where the command repeats them', () => {
    const value = randomString(20);
    expect(redactCreatedBy(`|2 NPM_TOKEN=${value} MODE=prod /bin/sh -c echo ${value} > ~/.npmrc`)).toBe('|2 NPM_TOKEN=*** MODE=*** /bin/sh -c echo *** > ~/.npmrc');
  });

  test('redactDeep redacts every string of a report, keys included, and keeps other values', () => {
    const token = checksummedToken('ghp_');
    const out = redactDeep({ env: [`GH_TOKEN=${token}`], labels: { [`x.${token}`]: 'v' }, layers: 3, ok: true });
    expect(JSON.stringify(out)).not.toContain(token);
    expect(out).toMatchObject({ layers: 3, ok: true });
  });
});
