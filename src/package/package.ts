/**
 * The package stage: build the image of an MCP server from its context, with the user's
 * Dockerfile or a generated one, with buildx where present (GitHub's runners) and the classic
 * builder otherwise, and write the docker-archive that the scan reads and the push sends.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireGrammar } from '../spec/grammar.js';
import { InputError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { silentLogger, type Logger } from '../util/logger.js';
import type { DeploySpec } from '../spec/spec.js';
import { detectProject, type Project } from './detect.js';
import { BRIDGE_CONTEXT_DIR, DEFAULT_BASES, generateDockerfile } from './dockerfile.js';
import { computeTags, sanitizeTag } from './tags.js';

export interface PackageOptions {
  spec: DeploySpec;
  /** Overrides of the spec. */
  context?: string;
  dockerfile?: string;
  base?: string;
  install?: 'image' | 'host';
  /** Image providing the node binary for the bridge in Python images of stdio servers (default node:22-bookworm-slim). */
  nodeImage?: string;
  /** Extra tags besides those computed from the git ref and sha. */
  tags?: string[];
  /** GITHUB_REF and GITHUB_SHA (or the checkout's HEAD). */
  ref?: string;
  sha?: string;
  /** Where the docker-archive goes (default: a temp dir). */
  output?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  tempDir?: string;
}

export interface PackageResult {
  name: string;
  imageId: string;
  /** Fully qualified repository:tag references the image got. */
  tags: string[];
  archive: string;
  /** The source the scan and push stages read: docker-archive:PATH. */
  source: string;
  dockerfile: string;
  generated: boolean;
  builder: 'buildx' | 'classic';
  project?: Project;
  labels: Record<string, string>;
}

/** Build and install logs can be long; past this they are stopped rather than held in memory. */
const BUILD_LOG_BYTES = 64 * 1024 * 1024;

/** Build-argument names that carry credentials: their values land in the image history in clear. */
const SECRET_ARG = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE[_-]?KEY|API[_-]?KEY|CREDENTIAL|AUTH)/i;

/** The CLI bundle, the bridge put into images of stdio servers: dist/cli/index.js beside this code's bundle. */
export function bridgeBundle(): string {
  // Built from parts so bundlers do not treat it as an asset to copy.
  const parts = ['..', '..', 'dist', 'cli', 'index.js'];
  const path = fileURLToPath(new URL(parts.join('/'), import.meta.url));
  if (!existsSync(path)) throw new InputError(`the bridge bundle ${path} is missing: run \`npm run bundle\``);
  return path;
}

async function hasBuildx(env: NodeJS.ProcessEnv): Promise<boolean> {
  return (await exec('docker', ['buildx', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: 30_000 }).catch(() => ({ code: 1 }))).code === 0;
}

async function gitOutput(args: string[], cwd: string): Promise<string | undefined> {
  const r = await exec('git', args, { cwd, okCodes: [0, 128, 129], timeoutMs: 30_000 }).catch(() => undefined);
  return r && r.code === 0 ? r.stdout.trim() : undefined;
}

async function labelsFor(spec: DeploySpec, project: Project | undefined, sha: string | undefined, env: NodeJS.ProcessEnv, cwd: string): Promise<Record<string, string>> {
  let source = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : await gitOutput(['remote', 'get-url', 'origin'], cwd);
  // Never a credential from a remote URL in a label.
  if (source) source = source.replace(/\/\/[^/@]+@/, '//').replace(/^git@([^:]+):/, 'https://$1/').replace(/\.git$/, '');
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': spec.server.name,
    'org.opencontainers.image.created': (Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString(),
    'io.modelcontextprotocol.transport': spec.server.transport,
  };
  if (source) labels['org.opencontainers.image.source'] = source;
  if (sha) labels['org.opencontainers.image.revision'] = sha;
  if (project) labels['org.opencontainers.image.version'] = project.version;
  return labels;
}

const STAGE_SKIP = new Set(['node_modules', '.git', '.mcp-orchestrator', '__pycache__', '.venv']);

/** install: host — a copy of the context with dependencies installed, built and pruned on the host. */
async function stageOnHost(context: string, project: Project, staging: string, env: NodeJS.ProcessEnv, logger: Logger): Promise<void> {
  for (const name of readdirSync(context)) {
    if (!STAGE_SKIP.has(name)) cpSync(join(context, name), join(staging, name), { recursive: true, dereference: false });
  }
  const run = async (command: string, args: string[]) => {
    logger.info(`package: ${command} ${args.join(' ')} (on the host)`);
    await exec(command, args, { cwd: staging, env, timeoutMs: 15 * 60_000, maxBytes: BUILD_LOG_BYTES });
  };
  if (project.kind === 'node') {
    if (project.manager === 'npm') await run('npm', ['ci', '--no-audit', '--no-fund']);
    else if (project.manager === 'pnpm') await run('pnpm', ['install', '--frozen-lockfile']);
    else await run('yarn', ['install', '--immutable']);
    if (project.hasBuild) await run(project.manager, ['run', 'build']);
    if (project.manager === 'npm') await run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund']);
    else if (project.manager === 'pnpm') await run('pnpm', ['prune', '--prod']);
  } else if (existsSync(join(staging, 'requirements.txt'))) {
    await run('python3', ['-m', 'pip', 'install', '--no-cache-dir', '--target', '.deps', '-r', 'requirements.txt']);
  }
}

export async function packageServer(options: PackageOptions): Promise<PackageResult> {
  const { spec } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  for (const name of Object.keys(spec.build.args)) {
    if (SECRET_ARG.test(name)) {
      throw new InputError(
        `build.args.${name}: refusing a build argument whose name looks like a secret: its value would be recorded in the image history for anyone who pulls it. Use build.secrets (a BuildKit secret mount: RUN --mount=type=secret,id=...) instead.`,
      );
    }
  }
  const context = resolve(spec.dir, options.context ?? spec.build.context);
  if (!existsSync(context)) throw new InputError(`build.context: ${context} does not exist`);
  const buildx = await hasBuildx(env);
  if (spec.build.secrets.length && !buildx) {
    throw new InputError(`build.secrets: BuildKit secret mounts need docker buildx, which this engine lacks; install the buildx plugin (GitHub's runners have it)`);
  }
  for (const s of spec.build.secrets) if (!env[s.env]) throw new InputError(`build.secrets: the environment variable ${s.env} (for secret "${s.id}") is not set`);

  const temp = mkdtempSync(join(options.tempDir ?? tmpdir(), 'mcp-package-'));
  const cleanups: Array<() => void> = [() => rmSync(temp, { recursive: true, force: true })];
  try {
    const dockerfileOption = options.dockerfile ?? spec.build.dockerfile;
    const userDockerfile = dockerfileOption ? resolve(context, dockerfileOption) : existsSync(join(context, 'Dockerfile')) ? join(context, 'Dockerfile') : undefined;
    if (dockerfileOption && !existsSync(userDockerfile!)) throw new InputError(`build.dockerfile: ${userDockerfile} does not exist`);
    let buildContext = context;
    let dockerfile: string;
    let project: Project | undefined;
    if (userDockerfile) {
      dockerfile = userDockerfile;
    } else {
      project = detectProject(context, spec.server.command);
      const install = options.install ?? spec.build.install;
      // Flags and inputs bypass the schema: the same grammar, named by where the value came from.
      const base = requireGrammar('imageReference', options.base ?? spec.build.base ?? DEFAULT_BASES[project.kind], options.base !== undefined ? 'base' : `${spec.file}: build.base`);
      const nodeImage = requireGrammar('imageReference', options.nodeImage ?? DEFAULT_BASES.node, 'node image');
      if (install === 'host') {
        buildContext = join(temp, 'context');
        mkdirSync(buildContext);
        await stageOnHost(context, project, buildContext, env, logger);
      }
      if (spec.server.transport === 'stdio') {
        const target = join(buildContext, BRIDGE_CONTEXT_DIR);
        if (buildContext === context && existsSync(target)) throw new InputError(`${target} exists in the build context; remove it (the package stage puts the bridge there)`);
        // The CLI bundle's folder (index.js, its lazily loaded chunks, the source-map loader), as an ES module package.
        mkdirSync(target, { recursive: true });
        const bundleDir = dirname(bridgeBundle());
        for (const file of readdirSync(bundleDir)) if (!file.endsWith('.map')) cpSync(join(bundleDir, file), join(target, file));
        writeFileSync(join(target, 'package.json'), '{"type":"module"}\n');
        if (buildContext === context) cleanups.push(() => rmSync(target, { recursive: true, force: true }));
      }
      dockerfile = join(temp, 'Dockerfile');
      writeFileSync(
        dockerfile,
        generateDockerfile({ project, transport: spec.server.transport, port: spec.server.port, path: spec.server.path, base, install, nodeImage }),
      );
    }
    const sha = options.sha ?? env.GITHUB_SHA ?? (await gitOutput(['rev-parse', 'HEAD'], context));
    const tagNames = [...computeTags({ ref: options.ref ?? env.GITHUB_REF, sha }), ...(options.tags ?? []).map(sanitizeTag)];
    if (tagNames.length === 0) tagNames.push('dev');
    const repository = spec.image ?? `local/${spec.server.name}`;
    const tags = [...new Set(tagNames)].map((t) => `${repository}:${t}`);
    const labels = await labelsFor(spec, project, sha, env, context);
    const args = [
      ...(buildx ? ['buildx', 'build', '--load'] : ['build']),
      '-f',
      dockerfile,
      ...tags.flatMap((t) => ['-t', t]),
      ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
      ...Object.entries(spec.build.args).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
      ...spec.build.secrets.flatMap((s) => ['--secret', `id=${s.id},env=${s.env}`]),
      '--',
      buildContext,
    ];
    logger.info(`package: docker ${buildx ? 'buildx build' : 'build (classic builder)'} ${basename(buildContext)} → ${tags.join(', ')}`);
    await exec('docker', args, { env: buildx ? env : { ...env, DOCKER_BUILDKIT: '0' }, timeoutMs: 30 * 60_000, maxBytes: BUILD_LOG_BYTES });
    const imageId = (await exec('docker', ['image', 'inspect', '--format', '{{.Id}}', '--', tags[0]!], { env, timeoutMs: 30_000 })).stdout.trim();
    const archive = resolve(options.output ?? join(options.tempDir ?? tmpdir(), `${spec.server.name}-${imageId.slice(7, 19)}.tar`));
    mkdirSync(dirname(archive), { recursive: true });
    await exec('docker', ['save', '-o', archive, '--', ...tags], { env, timeoutMs: 15 * 60_000 });
    return {
      name: spec.server.name,
      imageId,
      tags,
      archive,
      source: `docker-archive:${archive}`,
      dockerfile: userDockerfile ?? 'generated',
      generated: !userDockerfile,
      builder: buildx ? 'buildx' : 'classic',
      project,
      labels,
    };
  } finally {
    for (const c of cleanups.reverse()) c();
  }
}
