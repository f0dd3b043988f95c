import { describe, expect, test } from '@jest/globals';
import { canonicalRegistry, isLoopbackRegistry, parseImageReference, registryHost } from '../../../src/registry/reference.js';
import { parseChallenge, parseRetryAfter } from '../../../src/registry/challenge.js';
import { InputError } from '../../../src/util/errors.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  test.each([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }],
    ['acme/weather:1.2', { registry: 'docker.io', repository: 'acme/weather', tag: '1.2' }],
    ['ghcr.io/acme/weather', { registry: 'ghcr.io', repository: 'acme/weather', tag: 'latest' }],
    ['127.0.0.1:5000/a/b:c', { registry: '127.0.0.1:5000', repository: 'a/b', tag: 'c' }],
    ['localhost/x', { registry: 'localhost', repository: 'x', tag: 'latest' }],
    [`ghcr.io/acme/weather@${DIGEST}`, { registry: 'ghcr.io', repository: 'acme/weather', digest: DIGEST }],
    [`ghcr.io/acme/weather:v1@${DIGEST}`, { registry: 'ghcr.io', repository: 'acme/weather', tag: 'v1', digest: DIGEST }],
  ])('reads %s as docker does', (text, expected) => expect(parseImageReference(text)).toEqual(expected));

  test.each([
    ['ghcr.io/Acme/weather', /not a valid repository name/],
    ['ghcr.io/acme/weather@sha256:abc', /not a sha256 digest/],
    ['ghcr.io/acme/weather:-bad', /not a valid tag/],
  ])('refuses %s, saying why', (text, why) => {
    expect(() => parseImageReference(text)).toThrow(InputError);
    expect(() => parseImageReference(text)).toThrow(why);
  });

  test.each([
    ['ghcr.io/Acme/Weather:Mixed-Tag', { registry: 'ghcr.io', repository: 'acme/weather', tag: 'Mixed-Tag' }],
    ['Acme/Weather', { registry: 'docker.io', repository: 'acme/weather', tag: 'latest' }],
    ['GHCR.IO/acme/w:v1', { registry: 'ghcr.io', repository: 'acme/w', tag: 'v1' }],
  ])('with lowerCase, reads %s as docker/metadata-action writes it', (text, expected) => expect(parseImageReference(text, { lowerCase: true })).toEqual(expected));

  test.each([
    ['ghcr.io', 'ghcr.io'],
    ['GHCR.io', 'ghcr.io'],
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
    ['https://localhost:5443/', 'localhost:5443'],
    ['[::1]:5000', '[::1]:5000'],
  ])('canonicalRegistry(%s) is %s', (text, expected) => expect(canonicalRegistry(text)).toBe(expected));

  test.each(['ghcr.io/acme', 'user@ghcr.io', 'ghcr.io:port', '', 'exa mple.com'])('canonicalRegistry refuses %p', (text) => expect(() => canonicalRegistry(text, '--registry')).toThrow(/--registry ".*": not a registry host/));

  test('sends Docker Hub requests to registry-1.docker.io', () => {
    expect(registryHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryHost('ghcr.io')).toBe('ghcr.io');
  });

  test.each([
    ['127.0.0.1:5000', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['127.1.2.3', true],
    ['10.0.0.1:5000', false],
    ['ghcr.io', false],
    ['127.0.0.1.example.com', false],
  ])('treats %s as loopback: %s', (registry, loopback) => expect(isLoopbackRegistry(registry)).toBe(loopback));
});

describe('parseChallenge', () => {
  test('reads a Bearer challenge with quoted parameters', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/w:pull"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/w:pull' },
    });
  });
  test('reads a Basic challenge', () => expect(parseChallenge('Basic realm="registry"')).toEqual({ scheme: 'basic', params: { realm: 'registry' } }));
  test('returns undefined without a header', () => expect(parseChallenge(undefined)).toBeUndefined());
});

describe('parseRetryAfter', () => {
  test('reads seconds', () => expect(parseRetryAfter('3')).toBe(3000));
  test('reads an HTTP date', () => expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000));
  test('ignores nonsense', () => expect(parseRetryAfter('soon')).toBeUndefined());
});
