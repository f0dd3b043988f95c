/** The options every image-reading command shares: platform and registry access. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadOptions } from '../image/types.js';
import { canonicalRegistry } from '../registry/reference.js';
import { InputError } from '../util/errors.js';
import { parseInteger } from '../util/parse.js';
import { renamedOption, type CommandContext } from './command.js';

export const imageOptionSpec = {
  platform: { type: 'string' },
  'insecure-registry': { type: 'string', multiple: true },
  'registry-username': { type: 'string' },
  'registry-password-env': { type: 'string' },
  username: { type: 'string' },
  'password-env': { type: 'string' },
  registry: { type: 'string' },
  'ca-cert': { type: 'string' },
  concurrency: { type: 'string' },
} as const;

export const imageOptionUsage = `  --platform OS/ARCH[/VARIANT]   platform to pick from an index (default linux/amd64)
  --insecure-registry HOST       allow plain HTTP to this registry (repeatable; loopback always may)
  --registry-username USER       registry username (default: docker config, GITHUB_TOKEN for ghcr.io;
                                 --username is the same)
  --registry-password-env VAR    read the registry password from this environment variable
                                 (--password-env is the same)
  --registry HOST                the one registry these credentials are for (default: the first
                                 destination's host for push, the source's for reading); no other
                                 registry or token service sees them
  --ca-cert FILE                 trust this CA (PEM) for registry TLS, besides the system's
  --concurrency N                layers read at once (default 2)`;

interface ImageOptionValues {
  platform?: string;
  'insecure-registry'?: string[];
  'registry-username'?: string;
  'registry-password-env'?: string;
  username?: string;
  'password-env'?: string;
  registry?: string;
  'ca-cert'?: string;
  concurrency?: string;
}

function readCaFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`--ca-cert ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function readImageOptions(values: ImageOptionValues, ctx: CommandContext): ReadOptions & { concurrency?: number } {
  const username = renamedOption(values, 'registry-username', 'username');
  const passwordEnv = renamedOption(values, 'registry-password-env', 'password-env');
  return {
    platform: values.platform,
    concurrency: values.concurrency === undefined ? undefined : parseInteger(values.concurrency, '--concurrency', 1, 64),
    logger: ctx.logger,
    registry: {
      insecureRegistries: values['insecure-registry'],
      username,
      password: passwordEnv ? ctx.env[passwordEnv] : undefined,
      credentialHost: values.registry === undefined ? undefined : canonicalRegistry(values.registry, '--registry'),
      githubToken: ctx.env.GITHUB_TOKEN,
      caCertificates: values['ca-cert'] ? [readCaFile(values['ca-cert'])] : undefined,
      dockerConfigPath: ctx.env.DOCKER_CONFIG ? join(ctx.env.DOCKER_CONFIG, 'config.json') : undefined,
    },
  };
}
