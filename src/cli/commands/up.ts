import { renderHandoffText } from '../../handoff/handoff.js';
import { whileHandlingSignals } from '../../util/signals.js';
import { parseDuration, parseInteger } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, type Command } from '../command.js';
import { readSpec } from '../spec-option.js';

const upUsage = `
Usage: mcp-orchestrator up [--spec mcp-deploy.yml] [options]

Deploys the packaged server to the compose target on this machine's engine (Compose v2, else
docker-compose): the generated file on the host network, bound to 127.0.0.1 (or your
targets.compose.file with the image substituted), waits on the MCP health gate (health: of the
spec), and prints the client configuration: URL, transport, tools, and snippets for Claude Code,
VS Code, Cursor and Claude Desktop. A server that fails the gate is rolled back to the image that
ran before, or taken down when none did (exit 1); one whose \`up\` is stopped (Ctrl-C, SIGTERM)
before the gate ends is treated the same way, without a gate: exit 130 or 143. A DOCKER_HOST on
another machine is refused: use \`deploy --target compose\`. Stop it with \`down\`.

Options:
  --spec FILE          the deploy spec (default ./mcp-deploy.yml)
  --image REF          image to run (default: the newest local tag of the spec's image)
  --port PORT          host port (default: server.port)
  --timeout DURATION   health gate deadline (default: health.timeout, else 60s)
  --format text|json   handoff on stdout (default text)
`;

export const upCommand: Command = {
  name: 'up',
  summary: 'run the server locally (Compose), gate it, print client configs',
  usage: upUsage,
  async run(ctx) {
    const { values } = parseCommandArgs('up', ctx.argv, { spec: { type: 'string' }, image: { type: 'string' }, port: { type: 'string' }, timeout: { type: 'string' }, format: { type: 'string' } }, false);
    const format = parseFormat(values.format);
    const port = values.port === undefined ? undefined : parseInteger(values.port, '--port', 1, 65535);
    const spec = readSpec(values.spec, ctx.cwd);
    const timeoutMs = values.timeout ? parseDuration(values.timeout, '--timeout') : undefined;
    const { deployCompose } = await import('../../deploy/compose/deploy.js');
    const result = await whileHandlingSignals((signal) => deployCompose({ command: 'up', spec, image: values.image, port, timeoutMs, env: ctx.env, logger: ctx.logger, signal }));
    const clients = result.handoff.clients;
    if (format === 'json') ctx.stdout(`${JSON.stringify({ project: result.project, image: result.image, url: result.url, handoff: clients, health: result.health }, null, 2)}\n`);
    else ctx.stdout(`${renderHandoffText(clients)}Stop it with: mcp-orchestrator down${values.spec ? ` --spec ${values.spec}` : ''}\n`);
    return 0;
  },
};

export const downCommand: Command = {
  name: 'down',
  summary: 'stop and remove what `up` or `deploy --target compose` started',
  usage: `
Usage: mcp-orchestrator down [--spec mcp-deploy.yml]

Stops and removes the containers \`up\` or \`deploy --target compose\` started for the spec's
server (on the engine DOCKER_HOST names, as deploy did), and its state folder. Named volumes of
your own targets.compose.file are kept.
`,
  async run(ctx) {
    const { values } = parseCommandArgs('down', ctx.argv, { spec: { type: 'string' } }, false);
    const { down } = await import('../../deploy/compose/down.js');
    const result = await down({ spec: readSpec(values.spec, ctx.cwd), env: ctx.env, logger: ctx.logger });
    ctx.stdout(result.stopped ? `${result.project} stopped and removed\n` : `${result.project} is not running (nothing to do)\n`);
    return 0;
  },
};
