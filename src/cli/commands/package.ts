import { packageServer } from '../../package/package.js';
import { parseChoice } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, type Command } from '../command.js';
import { readSpec } from '../spec-option.js';

const usage = `
Usage: mcp-orchestrator package [--spec mcp-deploy.yml] [options]

Builds the image of an MCP server from its context: its Dockerfile, or one generated from a
template for Node (npm, pnpm, yarn) and Python (pip, uv) servers: multi-stage, non-root, OCI labels,
a HEALTHCHECK, and for stdio servers the HTTP bridge as the entrypoint. Builds with buildx where
present, the classic builder otherwise, and writes a docker-archive for the scan and the push.

Options:
  --spec FILE            the deploy spec (default ./mcp-deploy.yml)
  --context DIR          build context (default: build.context of the spec)
  --dockerfile FILE      use this Dockerfile (default: build.dockerfile, ./Dockerfile, or generated)
  --base IMAGE           base image of the generated Dockerfile (pin it by digest)
  --node-image IMAGE     image whose node binary runs the bridge in a Python stdio server's image
                         (default node:22-bookworm-slim)
  --install image|host   install dependencies inside the build, or on the host (no network in the build)
  --tag TAG              an extra tag (repeatable); sha-<7>, branch, pr-N and semver tags are computed
  --output FILE          where the docker-archive goes (default: a temp dir)
  --format text|json     result on stdout (default text)
`;

export const packageCommand: Command = {
  name: 'package',
  summary: 'build the server image (generated Dockerfile, bridge for stdio) into an archive',
  usage,
  async run(ctx) {
    const { values } = parseCommandArgs(
      'package',
      ctx.argv,
      {
        spec: { type: 'string' },
        context: { type: 'string' },
        dockerfile: { type: 'string' },
        base: { type: 'string' },
        'node-image': { type: 'string' },
        install: { type: 'string' },
        tag: { type: 'string', multiple: true },
        output: { type: 'string' },
        format: { type: 'string' },
      },
      false,
    );
    const format = parseFormat(values.format);
    const result = await packageServer({
      spec: readSpec(values.spec, ctx.cwd),
      context: values.context,
      dockerfile: values.dockerfile,
      base: values.base,
      nodeImage: values['node-image'],
      install: values.install ? parseChoice<'image' | 'host'>(values.install, ['image', 'host'], '--install') : undefined,
      tags: values.tag,
      output: values.output,
      env: ctx.env,
      logger: ctx.logger,
    });
    if (format === 'json') ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else ctx.stdout(`${result.source}\n  image ${result.imageId}\n  tags ${result.tags.join(', ')}\n  ${result.generated ? 'generated Dockerfile' : result.dockerfile}, ${result.builder} builder\n`);
    return 0;
  },
};
