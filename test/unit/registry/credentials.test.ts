import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bindCredentials, findCredential } from '../../../src/registry/credentials.js';

const dir = mkdtempSync(join(tmpdir(), 'creds-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(name: string, value: object): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('findCredential', () => {
  test('prefers credentials given explicitly for the registry they are bound to', async () => {
    const path = config('explicit', { auths: { 'ghcr.io': { auth: Buffer.from('other:pw').toString('base64') } } });
    expect(await findCredential('ghcr.io', { username: 'me', password: 'secret', credentialHost: 'ghcr.io', dockerConfigPath: path })).toEqual({ username: 'me', password: 'secret', source: 'the credentials given' });
  });

  test('explicit credentials bound to another registry are not offered; that registry falls back to the docker config', async () => {
    const path = config('bound-elsewhere', { auths: { 'ghcr.io': { auth: Buffer.from('other:pw').toString('base64') } } });
    expect(await findCredential('ghcr.io', { username: 'me', password: 'secret', credentialHost: 'quay.io', dockerConfigPath: path })).toMatchObject({ username: 'other', source: `docker config ${path}` });
    expect(await findCredential('127.0.0.1:5001', { username: 'me', password: 'secret', credentialHost: '127.0.0.1:5000', dockerConfigPath: path })).toBeUndefined();
  });

  test('explicit credentials bound to no registry are offered to none', async () => {
    const path = config('unbound', {});
    expect(await findCredential('ghcr.io', { username: 'me', password: 'secret', dockerConfigPath: path })).toBeUndefined();
  });

  test.each([
    ['docker.io', 'index.docker.io'],
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['GHCR.io', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
  ])('credentials bound to %s are for %s', async (bound, registry) => {
    const path = config('aliases', {});
    expect(await findCredential(registry, { username: 'me', password: 'secret', credentialHost: bound, dockerConfigPath: path })).toMatchObject({ username: 'me' });
  });

  test('bindCredentials: the named host wins, else the default; without explicit credentials nothing is bound', () => {
    expect(bindCredentials({ username: 'u', password: 'p', credentialHost: 'GHCR.IO' }, 'quay.io').credentialHost).toBe('ghcr.io');
    expect(bindCredentials({ username: 'u', password: 'p' }, 'index.docker.io').credentialHost).toBe('docker.io');
    expect(bindCredentials({ username: 'u', password: 'p' }, undefined).credentialHost).toBeUndefined();
    expect(bindCredentials({ githubToken: 't' }, 'quay.io').credentialHost).toBeUndefined();
    expect(() => bindCredentials({ credentialHost: 'ghcr.io/acme' }, undefined)).toThrow(/credential registry "ghcr.io\/acme": not a registry host/);
  });

  test('decodes auths[registry].auth from the docker config', async () => {
    const path = config('auths', { auths: { '127.0.0.1:5443': { auth: Buffer.from('tester:p:w').toString('base64') } } });
    expect(await findCredential('127.0.0.1:5443', { dockerConfigPath: path })).toMatchObject({ username: 'tester', password: 'p:w' });
  });

  test('finds Docker Hub under its historical key', async () => {
    const path = config('hub', { auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:tok').toString('base64') } } });
    expect(await findCredential('docker.io', { dockerConfigPath: path })).toMatchObject({ username: 'hubuser' });
  });

  test('runs the credential helper named in credHelpers, with the server on stdin', async () => {
    const bin = join(dir, 'bin');
    rmSync(bin, { recursive: true, force: true });
    mkdirSync(bin);
    const helper = join(bin, 'docker-credential-test');
    writeFileSync(helper, '#!/bin/sh\nread server\necho "{\\"ServerURL\\":\\"$server\\",\\"Username\\":\\"helper-user\\",\\"Secret\\":\\"from-$server\\"}"\n');
    chmodSync(helper, 0o755);
    const path = config('helpers', { credHelpers: { 'registry.example': 'test' } });
    const previous = process.env.PATH;
    process.env.PATH = `${bin}:${previous}`;
    try {
      expect(await findCredential('registry.example', { dockerConfigPath: path })).toEqual({
        username: 'helper-user',
        password: 'from-registry.example',
        source: 'credential helper docker-credential-test',
      });
    } finally {
      process.env.PATH = previous;
    }
  });

  test('uses GITHUB_TOKEN for ghcr.io only when nothing else is configured', async () => {
    const path = config('empty', {});
    expect(await findCredential('ghcr.io', { dockerConfigPath: path, githubToken: 'ghs_x' })).toMatchObject({ username: 'x-access-token', source: 'GITHUB_TOKEN' });
    expect(await findCredential('quay.io', { dockerConfigPath: path, githubToken: 'ghs_x' })).toBeUndefined();
    expect(await findCredential('ghcr.io.evil.example', { dockerConfigPath: path, githubToken: 'ghs_x' })).toBeUndefined();
    expect(await findCredential('127.0.0.1:5000', { dockerConfigPath: path, githubToken: 'ghs_x' })).toBeUndefined();
    // Anything else configured for ghcr.io wins over the token.
    const configured = config('ghcr', { auths: { 'ghcr.io': { auth: Buffer.from('robot:from-config').toString('base64') } } });
    expect(await findCredential('ghcr.io', { dockerConfigPath: configured, githubToken: 'ghs_x' })).toMatchObject({ username: 'robot', password: 'from-config' });
    expect(await findCredential('ghcr.io', { username: 'me', password: 'given', credentialHost: 'ghcr.io', dockerConfigPath: path, githubToken: 'ghs_x' })).toMatchObject({ username: 'me', password: 'given' });
  });

  test('a broken docker config is an error naming the file', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "auths": ');
    await expect(findCredential('ghcr.io', { dockerConfigPath: path })).rejects.toThrow(`docker config ${path}: invalid JSON`);
  });
});
