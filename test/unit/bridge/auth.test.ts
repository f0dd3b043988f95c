import { describe, expect, test } from '@jest/globals';
import type { IncomingMessage } from 'node:http';
import { bearerTokenOf, BridgeAuthenticator, issuerMetadataUrls, sameToken, scopesOf } from '../../../src/bridge/auth.js';
import { parseBridgeAuth } from '../../../src/cli/commands/bridge.js';
import { InputError } from '../../../src/util/errors.js';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('bearerTokenOf: the Authorization header is the only place a token is read from', () => {
  test.each([
    ['Bearer abc.def-ghi_~+/=', 'abc.def-ghi_~+/='],
    ['bearer lower-case-scheme', 'lower-case-scheme'],
    ['Basic dXNlcjpwYXNz', undefined],
    ['Bearer two words', ''],
    ['Bearer', ''],
  ])('%s', (header, token) => {
    expect(bearerTokenOf(request({ authorization: header }))).toBe(token);
  });

  test('no header: undefined (a challenge without an error)', () => {
    expect(bearerTokenOf(request({}))).toBeUndefined();
  });
});

describe('sameToken', () => {
  test.each([
    ['the same token', 'secret-token', 'secret-token', true],
    ['a different token of the same length', 'secret-tokeN', 'secret-token', false],
    ['a prefix', 'secret', 'secret-token', false],
    ['a longer token', 'secret-token-', 'secret-token', false],
  ])('%s', (_name, given, expected, same) => {
    expect(sameToken(given, expected)).toBe(same);
  });
});

describe('scopesOf', () => {
  test.each([
    ['a space-separated scope claim', { scope: 'mcp:tools  mcp:read' }, ['mcp:tools', 'mcp:read']],
    ['an scp array', { scp: ['mcp:tools', 7] }, ['mcp:tools']],
    ['an scp string', { scp: 'a b' }, ['a', 'b']],
    ['no scope claim', {}, []],
  ])('%s', (_name, payload, scopes) => {
    expect([...scopesOf(payload)]).toEqual(scopes);
  });
});

describe('issuerMetadataUrls: RFC 8414 first, then OpenID Connect discovery', () => {
  test.each([
    ['https://as.example.com', ['https://as.example.com/.well-known/oauth-authorization-server', 'https://as.example.com/.well-known/openid-configuration']],
    [
      'https://login.example.com/tenant/v2/',
      [
        'https://login.example.com/.well-known/oauth-authorization-server/tenant/v2',
        'https://login.example.com/tenant/v2/.well-known/openid-configuration',
        'https://login.example.com/.well-known/openid-configuration/tenant/v2',
      ],
    ],
  ])('%s', (issuer, urls) => {
    expect(issuerMetadataUrls(issuer)).toEqual(urls);
  });
});

describe('BridgeAuthenticator.metadata: the RFC 9728 document', () => {
  test('oauth: the audience is the resource, the issuer its authorization server', () => {
    const auth = new BridgeAuthenticator({ mode: 'oauth', issuer: 'https://as.example.com', audience: 'https://mcp.example.com/mcp', scopes: ['mcp:tools'] });
    const req = request({ host: 'internal:8080' });
    expect(auth.metadata(req, '/mcp')).toEqual({ resource: 'https://mcp.example.com/mcp', authorization_servers: ['https://as.example.com'], scopes_supported: ['mcp:tools'], bearer_methods_supported: ['header'] });
    expect(auth.metadataUrl(req)).toBe('https://mcp.example.com/.well-known/oauth-protected-resource');
  });

  test('bearer: the resource is where the request came', () => {
    const auth = new BridgeAuthenticator({ mode: 'bearer', token: 't' });
    expect(auth.metadata(request({ host: '127.0.0.1:8080' }), '/mcp')).toEqual({ resource: 'http://127.0.0.1:8080/mcp', bearer_methods_supported: ['header'] });
  });

  test('a wrong static token is answered without echoing it', async () => {
    const auth = new BridgeAuthenticator({ mode: 'bearer', token: 'right-token' });
    const verdict = await auth.check(request({ host: '127.0.0.1:8080', authorization: 'Bearer wrong-token-value' }));
    expect(verdict.ok).toBe(false);
    expect(JSON.stringify(verdict)).not.toContain('wrong-token-value');
  });
});

describe('parseBridgeAuth: flags first, then the env an image is deployed with', () => {
  test('none by default', () => {
    expect(parseBridgeAuth({}, {})).toBeUndefined();
  });

  test('bearer reads the token from the named variable', () => {
    expect(parseBridgeAuth({ auth: 'bearer', 'auth-token-env': 'TOKEN' }, { TOKEN: 's3cret' })).toEqual({ mode: 'bearer', token: 's3cret' });
    expect(parseBridgeAuth({}, { MCP_BRIDGE_AUTH: 'bearer', MCP_BRIDGE_AUTH_TOKEN_ENV: 'TOKEN', TOKEN: 's3cret' })).toEqual({ mode: 'bearer', token: 's3cret' });
  });

  test('oauth from env', () => {
    const env = { MCP_BRIDGE_AUTH: 'oauth', MCP_BRIDGE_ISSUER: 'https://as.example.com', MCP_BRIDGE_AUDIENCE: 'https://mcp.example.com/mcp', MCP_BRIDGE_SCOPES: 'a, b' };
    expect(parseBridgeAuth({}, env)).toEqual({ mode: 'oauth', issuer: 'https://as.example.com', audience: 'https://mcp.example.com/mcp', scopes: ['a', 'b'] });
  });

  test.each([
    ['an unknown mode', { auth: 'basic' }, {}, /--auth: "basic" is not one of none, bearer, oauth/],
    ['bearer without a variable name', { auth: 'bearer' }, {}, /needs --auth-token-env/],
    ['bearer with an unset variable', { auth: 'bearer', 'auth-token-env': 'NOPE' }, {}, /--auth-token-env NOPE: the environment variable is not set or empty/],
    ['oauth without an issuer', { auth: 'oauth', audience: 'https://mcp.example.com/mcp' }, {}, /needs --issuer/],
    ['oauth with an audience that is no URL', { auth: 'oauth', issuer: 'https://as.example.com', audience: 'my-api' }, {}, /--audience "my-api" is not an http\(s\) URL/],
  ])('refuses %s', (_name, flags, env, message) => {
    expect(() => parseBridgeAuth(flags, env)).toThrow(InputError);
    expect(() => parseBridgeAuth(flags, env)).toThrow(message);
  });
});
