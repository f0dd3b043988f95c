import type { BridgeAuth } from '../../bridge/auth.js';
import { InputError } from '../../util/errors.js';
import { parseChoice, parseDuration, parseInteger, parseList } from '../../util/parse.js';
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
                           repeatable; env MCP_BRIDGE_ALLOWED_HOSTS; default for loopback binds:
                           localhost, 127.0.0.1, [::1]; no Host check for other binds unless given)
  --allowed-origins LIST   origins (scheme://host[:port]) accepted in Origin besides the allowed
                           hosts (env MCP_BRIDGE_ALLOWED_ORIGINS); a request with any other Origin
                           is refused with 403 (browser clients must be listed here)
  --max-sessions N         concurrent sessions, each with its own process (default 32)
  --idle-timeout DURATION  close sessions idle this long (default 10m)
  --drain-timeout DURATION on SIGTERM, wait this long for open requests and server processes,
                           then kill what is left and exit (default 30s)

Authorization (/healthz, /readyz and the metadata at /.well-known/oauth-protected-resource stay open):
  --auth MODE              none (default), bearer or oauth (env MCP_BRIDGE_AUTH)
  --auth-token-env VAR     bearer: the environment variable holding the static token (env
                           MCP_BRIDGE_AUTH_TOKEN_ENV); VAR is removed from the server's environment
  --issuer URL             oauth: the token issuer; its JWKS is found in its metadata (env MCP_BRIDGE_ISSUER)
  --audience URL           oauth: this server's resource URL, required in the tokens' aud
                           (env MCP_BRIDGE_AUDIENCE)
  --scopes LIST            oauth: scopes every token must carry (comma-separated; env MCP_BRIDGE_SCOPES)
  --jwks-uri URL           oauth: the issuer's JWKS, skipping discovery: an http(s) URL, or
                           file:///PATH of a JWKS file, re-read on an unknown key id (env MCP_BRIDGE_JWKS_URI)
`;

interface AuthFlags {
  auth?: string;
  'auth-token-env'?: string;
  issuer?: string;
  audience?: string;
  scopes?: string;
  'jwks-uri'?: string;
}

function httpUrl(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new InputError(`bridge: --auth oauth needs ${flag}`);
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw new InputError(`bridge: ${flag} "${value}" is not an http(s) URL`);
  return value;
}

function fileUrl(value: string): string {
  if (!URL.canParse(value) || !new URL(value).pathname.startsWith('/') || new URL(value).host) throw new InputError(`bridge: --jwks-uri "${value}" is not a file:///PATH URL`);
  return value;
}

/** The bridge's authorization from flags, else from the env an image's deploy sets. */
export function parseBridgeAuth(flags: AuthFlags, env: Record<string, string | undefined>): BridgeAuth | undefined {
  const mode = parseChoice(flags.auth ?? env.MCP_BRIDGE_AUTH ?? 'none', ['none', 'bearer', 'oauth'] as const, '--auth');
  if (mode === 'none') return undefined;
  if (mode === 'bearer') {
    const variable = flags['auth-token-env'] ?? env.MCP_BRIDGE_AUTH_TOKEN_ENV;
    if (!variable) throw new InputError('bridge: --auth bearer needs --auth-token-env VAR (the environment variable that holds the token)');
    const token = env[variable];
    if (!token) throw new InputError(`bridge: --auth-token-env ${variable}: the environment variable is not set or empty`);
    return { mode, token };
  }
  const jwksUri = flags['jwks-uri'] ?? env.MCP_BRIDGE_JWKS_URI;
  return {
    mode,
    issuer: httpUrl(flags.issuer ?? env.MCP_BRIDGE_ISSUER, '--issuer'),
    audience: httpUrl(flags.audience ?? env.MCP_BRIDGE_AUDIENCE, '--audience'),
    scopes: parseList(flags.scopes ?? env.MCP_BRIDGE_SCOPES ?? ''),
    ...(jwksUri ? { jwksUri: jwksUri.startsWith('file:') ? fileUrl(jwksUri) : httpUrl(jwksUri, '--jwks-uri') } : {}),
  };
}

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
      auth: { type: 'string' },
      'auth-token-env': { type: 'string' },
      issuer: { type: 'string' },
      audience: { type: 'string' },
      scopes: { type: 'string' },
      'jwks-uri': { type: 'string' },
    });
    // Images made by the package stage set these; flags win.
    values.port ??= ctx.env.MCP_BRIDGE_PORT;
    values.host ??= ctx.env.MCP_BRIDGE_HOST;
    values.path ??= ctx.env.MCP_BRIDGE_PATH;
    if (values['allowed-hosts'] === undefined && ctx.env.MCP_BRIDGE_ALLOWED_HOSTS) values['allowed-hosts'] = [ctx.env.MCP_BRIDGE_ALLOWED_HOSTS];
    if (values['allowed-origins'] === undefined && ctx.env.MCP_BRIDGE_ALLOWED_ORIGINS) values['allowed-origins'] = [ctx.env.MCP_BRIDGE_ALLOWED_ORIGINS];
    if (values.port === undefined) throw new InputError('bridge: --port is required. See `mcp-orchestrator bridge --help`.');
    if (positionals.length === 0) throw new InputError('bridge: the stdio server command is missing: put it after `--`, e.g. `bridge --port 8080 -- node server.js`');
    const host = values.host ?? '127.0.0.1';
    const path = values.path ?? '/mcp';
    if (!path.startsWith('/') || path === '/sse' || path === '/messages' || path === '/healthz' || path === '/readyz') {
      throw new InputError(`--path: "${path}" must start with / and not be /sse, /messages, /healthz or /readyz`);
    }
    const allowed = (values['allowed-hosts'] ?? []).flatMap(parseList);
    const auth = parseBridgeAuth(values, ctx.env);
    // The server process never sees the bridge's token (the bridge also drops any value holding it).
    const childEnv = { ...ctx.env } as Record<string, string>;
    const tokenEnv = values['auth-token-env'] ?? ctx.env.MCP_BRIDGE_AUTH_TOKEN_ENV;
    if (auth?.mode === 'bearer' && tokenEnv) delete childEnv[tokenEnv];
    const { defaultAllowedHosts, startBridge } = await import('../../bridge/bridge.js');
    const bridge = await startBridge({
      command: { command: positionals[0]!, args: positionals.slice(1), env: childEnv, cwd: ctx.cwd },
      port: parseInteger(values.port, '--port', 0, 65535),
      host,
      path,
      allowedHosts: allowed.length ? allowed : defaultAllowedHosts(host),
      allowedOrigins: (values['allowed-origins'] ?? []).flatMap(parseList),
      maxSessions: parseInteger(values['max-sessions'] ?? '32', '--max-sessions', 1, 65535),
      idleTimeoutMs: parseDuration(values['idle-timeout'] ?? '10m', '--idle-timeout'),
      drainTimeoutMs: parseDuration(values['drain-timeout'] ?? '30s', '--drain-timeout'),
      auth,
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
