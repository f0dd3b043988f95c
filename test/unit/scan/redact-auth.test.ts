/**
 * The one redaction step covers what authorization puts in play: an access token from a real
 * signature (jose), a bearer header of any token, and leaves words like "Bearer" alone.
 */
import { expect, test } from '@jest/globals';
import { generateKeyPair, SignJWT } from 'jose';
import { redactText } from '../../../src/scan/redact-text.js';

test('access tokens (JWTs) and bearer header tokens are redacted in free text; the scheme word alone is not', async () => {
  const { privateKey } = await generateKeyPair('ES256');
  const jwt = await new SignJWT({ scope: 'mcp:tools' }).setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' }).setIssuer('https://auth.example.com').setAudience('https://w.example.com/mcp').setExpirationTime('5m').sign(privateKey);
  for (const text of [`gate failed with token ${jwt}`, `Authorization: Bearer ${jwt}`, `{"authorization":"Bearer ${jwt}"}`]) {
    const out = redactText(text);
    expect(out).not.toContain(jwt);
    expect(out).not.toContain(jwt.split('.')[1]);
  }
  expect(redactText('authorization: bearer static-bridge-token-5f1c0e7a9b2d4c68')).not.toContain('static-bridge-token-5f1c0e7a9b2d4c68');
  expect(redactText('the server answered WWW-Authenticate: Bearer resource_metadata="https://w.example.com/x"')).toBe('the server answered WWW-Authenticate: Bearer resource_metadata="https://w.example.com/x"');
  expect(redactText('send a Bearer token')).toBe('send a Bearer token');
});
