import { renderHandoffText } from '../../handoff/handoff.js';
import { whileHandlingSignals } from '../../util/signals.js';
import { parseDuration, parseInteger } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, type Command } from '../command.js';
import { readSpec } from '../spec-option.js';

const upUsage = `
Usage: mcp-orchestrator up [--spec mcp-deploy.yml] [options]

Runs the packaged server on the local engine (Compose v2, else docker-compose) on the host
network, bound to 127.0.0.1, waits on the MCP health gate (health: of the spec), and prints the
client configuration: URL, transport, tools, and snippets for Claude Code, VS Code, Cursor and
Claude Desktop. A server that fails the gate is taken down again, and so is one whose \`up\` is
stopped (Ctrl-C, SIGTERM) before the gate ends: exit 130 or 143. Stop it with \`down\`.

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
    const { up } = await import('../../run/local.js');
    const result = await whileHandlingSignals((signal) => up({ spec, image: values.image, port, timeoutMs, env: ctx.env, logger: ctx.logger, signal }));
    if (format === 'json') ctx.stdout(`${JSON.stringify({ project: result.project, image: result.image, url: result.url, handoff: result.handoff, health: result.health }, null, 2)}\n`);
    else ctx.stdout(`${renderHandoffText(result.handoff)}Stop it with: mcp-orchestrator down${values.spec ? ` --spec ${values.spec}` : ''}\n`);
    return 0;
  },
};

export const downCommand: Command = {
  name: 'down',
  summary: 'stop and remove what `up` started',
  usage: `
Usage: mcp-orchestrator down [--spec mcp-deploy.yml]

Stops and removes the containers \`up\` started for the spec's server, and its state folder.
`,
  async run(ctx) {
    const { values } = parseCommandArgs('down', ctx.argv, { spec: { type: 'string' } }, false);
    const { down } = await import('../../run/local.js');
    const result = await down({ spec: readSpec(values.spec, ctx.cwd), env: ctx.env, logger: ctx.logger });
    ctx.stdout(result.stopped ? `${result.project} stopped and removed\n` : `${result.project} is not running (nothing to do)\n`);
    return 0;
  },
};
