/**
 * Registry credentials, in the order docker looks for them: explicit ones (for the one host they
 * are bound to), then the docker config file (`credHelpers`, `credsStore`, `auths`), then
 * GITHUB_TOKEN for ghcr.io. Every credential is keyed by the registry it is for, as the docker
 * config is. `source` says where a credential came from, for messages; values are never printed.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import type { RegistryOptions } from '../image/types.js';
import { canonicalRegistry } from './reference.js';

export interface Credential {
  username?: string;
  password?: string;
  /** An OAuth refresh token (docker's `identitytoken`). */
  identityToken?: string;
  source: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

function configKeys(registry: string): string[] {
  if (registry === 'docker.io' || registry === 'index.docker.io') return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`];
}

async function fromHelper(helper: string, registry: string): Promise<Credential | undefined> {
  const server = configKeys(registry)[0]!;
  const binary = `docker-credential-${helper}`;
  try {
    const { stdout } = await exec(binary, ['get'], { input: server, timeoutMs: 30_000 });
    const parsed = JSON.parse(stdout) as { Username?: string; Secret?: string };
    if (!parsed.Secret) return undefined;
    return parsed.Username === '<token>'
      ? { identityToken: parsed.Secret, source: `credential helper ${binary}` }
      : { username: parsed.Username, password: parsed.Secret, source: `credential helper ${binary}` };
  } catch (error) {
    if (/credentials not found/i.test((error as { stderr?: string }).stderr ?? '') || /credentials not found/i.test((error as Error).message)) return undefined;
    throw new InputError(`credential helper ${binary} failed for ${registry}: ${(error as Error).message.split('\n')[0]}`);
  }
}

export async function readDockerConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (error) {
    throw new InputError(`docker config ${path}: invalid JSON (${(error as Error).message})`);
  }
}

const hasExplicit = (options: RegistryOptions) => options.username !== undefined || options.password !== undefined;

/**
 * The options with the explicit credentials bound to one registry host: `credentialHost` when
 * given, else `defaultHost` (the first destination of a push, the registry of a docker:// source).
 * With neither, the explicit credentials go nowhere. Throws InputError on a malformed host.
 */
export function bindCredentials(options: RegistryOptions | undefined, defaultHost: string | undefined): RegistryOptions {
  if (options?.credentialHost !== undefined) return { ...options, credentialHost: canonicalRegistry(options.credentialHost, 'credential registry') };
  if (!options || !hasExplicit(options) || defaultHost === undefined) return { ...options };
  return { ...options, credentialHost: canonicalRegistry(defaultHost) };
}

/** When explicit credentials are given but not for `registry`, says where they are bound, for messages. */
export function explicitCredentialsElsewhere(registry: string, options: RegistryOptions): string | undefined {
  if (!hasExplicit(options) || explicitCredentialsFor(registry, options)) return undefined;
  if (options.credentialHost === undefined) return 'the credentials given are bound to no registry (name one: --registry, or the registry input)';
  return `the credentials given are for ${canonicalRegistry(options.credentialHost)} only (--registry, or the registry input)`;
}

function explicitCredentialsFor(registry: string, options: RegistryOptions): boolean {
  return hasExplicit(options) && options.credentialHost !== undefined && canonicalRegistry(options.credentialHost) === canonicalRegistry(registry);
}

export async function findCredential(registry: string, options: RegistryOptions): Promise<Credential | undefined> {
  if (explicitCredentialsFor(registry, options)) {
    return { username: options.username ?? '', password: options.password ?? '', source: 'the credentials given' };
  }
  const path = options.dockerConfigPath ?? join(homedir(), '.docker', 'config.json');
  const config = await readDockerConfig(path);
  if (config) {
    const keys = configKeys(registry);
    const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
    if (helper) return fromHelper(helper, registry);
    const entry = keys.map((k) => config.auths?.[k]).find(Boolean);
    if (entry) {
      const source = `docker config ${path}`;
      if (entry.identitytoken) return { identityToken: entry.identitytoken, source };
      if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0) throw new InputError(`${source}: auths["${registry}"].auth is not base64 of user:password`);
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
      }
      if (entry.username !== undefined) return { username: entry.username, password: entry.password ?? '', source };
    }
    if (config.credsStore) {
      const stored = await fromHelper(config.credsStore, registry);
      if (stored) return stored;
    }
  }
  if (canonicalRegistry(registry) === 'ghcr.io' && options.githubToken) return { username: 'x-access-token', password: options.githubToken, source: 'GITHUB_TOKEN' };
  return undefined;
}
