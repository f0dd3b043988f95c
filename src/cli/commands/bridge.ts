import { InputError } from '../../util/errors.js';
import { parseDuration, parseInteger, parseList } from '../../util/parse.js';
import { parseCommandArgs, type Command } from '../command.js';

const usage = `
Usage: mcp-orchestrator bridge --port PORT [options] -- <stdio server command> [args...]

Serves a stdio MCP server over Streamable HTTP (PATH, default /mcp) and legacy HTTP+SSE (/sse,
posts to /messages): one server process per session, /healthz (the bridge is up) and /readyz
(initialize and tools/list through a fresh server process succeed). JSON log lines on stdout,
one per request, without payloads. SIGTERM drains: no new sessions, open requests finish.

Options:
  --port PORT              port to listen on (0: any free port; env MCP_BRIDGE_PORT)
  --host HOST              address to bind (default 127.0.0.1; env MCP_BRIDGE_HOST, 0.0.0.0 in images)
  --path PATH              Streamable HTTP endpoint (default /mcp; env MCP_BRIDGE_PATH)
  --allowed-hosts LIST     host names the Host and Origin headers may name (comma-separated,
                           repeatable; default for loopback binds: localhost, 127.0.0.1, [::1];
                           no check for other binds unless given)
  --allowed-origins LIST   extra origins (scheme://host[:port]) accepted in Origin
  --max-sessions N         concurrent sessions, each with its own process (default 32)
  --idle-timeout DURATION  close sessions idle this long (default 10m)
  --drain-timeout DURATION on SIGTERM, wait this long for open requests and server processes,
                           then kill what is left and exit (default 30s)
`;

export const bridgeCommand: Command = {
  name: 'bridge',
  summary: 'serve a stdio MCP server over Streamable HTTP and SSE (sessions, probes, drain)',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs('bridge', ctx.argv, {
      port: { type: 'string' },
      host: { type: 'string' },
      path: { type: 'string' },
      'allowed-hosts': { type: 'string', multiple: true },
      'allowed-origins': { type: 'string', multiple: true },
      'max-sessions': { type: 'string' },
      'idle-timeout': { type: 'string' },
      'drain-timeout': { type: 'string' },
    });
    // Images made by the package stage set these; flags win.
    values.port ??= ctx.env.MCP_BRIDGE_PORT;
    values.host ??= ctx.env.MCP_BRIDGE_HOST;
    values.path ??= ctx.env.MCP_BRIDGE_PATH;
    if (values.port === undefined) throw new InputError('bridge: --port is required. See `mcp-orchestrator bridge --help`.');
    if (positionals.length === 0) throw new InputError('bridge: the stdio server command is missing: put it after `--`, e.g. `bridge --port 8080 -- node server.js`');
    const host = values.host ?? '127.0.0.1';
    const path = values.path ?? '/mcp';
    if (!path.startsWith('/') || path === '/sse' || path === '/messages' || path === '/healthz' || path === '/readyz') {
      throw new InputError(`--path: "${path}" must start with / and not be /sse, /messages, /healthz or /readyz`);
    }
    const allowed = (values['allowed-hosts'] ?? []).flatMap(parseList);
    const { defaultAllowedHosts, startBridge } = await import('../../bridge/bridge.js');
    const bridge = await startBridge({
      command: { command: positionals[0]!, args: positionals.slice(1), env: ctx.env as Record<string, string>, cwd: ctx.cwd },
      port: parseInteger(values.port, '--port', 0, 65535),
      host,
      path,
      allowedHosts: allowed.length ? allowed : defaultAllowedHosts(host),
      allowedOrigins: (values['allowed-origins'] ?? []).flatMap(parseList),
      maxSessions: parseInteger(values['max-sessions'] ?? '32', '--max-sessions', 1, 65535),
      idleTimeoutMs: parseDuration(values['idle-timeout'] ?? '10m', '--idle-timeout'),
      drainTimeoutMs: parseDuration(values['drain-timeout'] ?? '30s', '--drain-timeout'),
    });
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        ctx.logger.debug(`bridge: ${signal}, draining`);
        void bridge.drain().then(() => {
          // The drain closed every socket and process the bridge opened. Should anything else
          // still hold the event loop, exit all the same: a container would wait for SIGKILL.
          setTimeout(() => process.exit(), 1000).unref();
          resolve();
        });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
