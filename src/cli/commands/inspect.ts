import { inspectImage, type InspectReport } from '../../image/inspect.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../util/errors.js';
import { parseCommandArgs, parseFormat, type Command } from '../command.js';

const usage = `
Usage: mcp-orchestrator inspect <source> [options]

Prints what the image reader sees: digest, platform, config, each layer's entries and
whiteouts, and every path a layer holds that the final filesystem does not.

Sources: docker-archive:PATH[:REF]  oci:DIR[:TAG]  oci-archive:PATH[:TAG]
         docker-daemon:REF  docker://REF

Options:
  --platform OS/ARCH[/VARIANT]   platform to pick from an index (default linux/amd64)
  --format text|json             output format (default text)
  --insecure-registry HOST       allow plain HTTP to this registry (repeatable; loopback always may)
  --username USER                registry username (default: docker config, GITHUB_TOKEN for ghcr.io)
  --password-env VAR             read the registry password from this environment variable
  --ca-cert FILE                 trust this CA (PEM) for registry TLS, besides the system's
  --concurrency N                layers read at once (default 2)
`;

function renderText(report: InspectReport): string {
  const lines = [
    `${report.source}`,
    `  digest    ${report.digest}`,
    `  platform  ${report.platform}`,
    `  user      ${report.config.user || '(root)'}`,
    `  cmd       ${JSON.stringify(report.config.entrypoint ?? [])} ${JSON.stringify(report.config.cmd ?? [])}`,
    '',
    'layers:',
    ...report.layers.map(
      (l) => `  ${String(l.index).padStart(2)}  ${l.digest.slice(7, 19)}  ${String(l.entries).padStart(6)} entries  ${String(l.whiteouts.length).padStart(3)} whiteouts  ${(l.createdBy ?? '').slice(0, 70)}`,
    ),
    '',
    `deleted or replaced in a later layer: ${report.deleted.length}`,
    ...report.deleted.slice(0, 50).map((d) => `  layer ${d.layer}  ${d.path}`),
  ];
  if (report.deleted.length > 50) lines.push(`  … and ${report.deleted.length - 50} more (use --format json)`);
  return `${lines.join('\n')}\n`;
}

function parseConcurrency(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InputError(`--concurrency: "${text}" is not a whole number from 1 to 64`);
  return n;
}

function readCaFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`--ca-cert ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show what the image reader sees in an image (layers, whiteouts, deleted paths)',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs('inspect', ctx.argv, {
      platform: { type: 'string' },
      format: { type: 'string' },
      'insecure-registry': { type: 'string', multiple: true },
      username: { type: 'string' },
      'password-env': { type: 'string' },
      'ca-cert': { type: 'string' },
      concurrency: { type: 'string' },
    });
    const format = parseFormat(values.format);
    if (positionals.length !== 1) throw new InputError('inspect: expected exactly one image source. See `mcp-orchestrator inspect --help`.');
    const report = await inspectImage(positionals[0]!, {
      platform: values.platform,
      concurrency: values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency),
      logger: ctx.logger,
      registry: {
        insecureRegistries: values['insecure-registry'],
        username: values.username,
        password: values['password-env'] ? ctx.env[values['password-env']] : undefined,
        githubToken: ctx.env.GITHUB_TOKEN,
        caCertificates: values['ca-cert'] ? [readCaFile(values['ca-cert'])] : undefined,
        dockerConfigPath: ctx.env.DOCKER_CONFIG ? join(ctx.env.DOCKER_CONFIG, 'config.json') : undefined,
      },
    });
    ctx.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
    return 0;
  },
};
