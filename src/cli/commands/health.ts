import { writeFileSync } from 'node:fs';
import { transports, type TransportChoice } from '../../health/types.js';
import { InputError } from '../../util/errors.js';
import { parseChoice, parseDuration, parseList } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, renamedOption, type Command } from '../command.js';
import { readSpec } from '../spec-option.js';

const usage = `
Usage: mcp-orchestrator health <url> [options]
       mcp-orchestrator health --command "<stdio server command>" [options]

An MCP-protocol probe with the official SDK client: handshake (initialize, initialized, ping),
every page of tools/list, resources and prompts where advertised, an expected-tools contract and
an optional smoke call, retried with backoff until the deadline.

Options:
  --transport KIND           auto|streamable-http|sse|stdio (default auto: Streamable HTTP, then SSE)
  --command CMD              start this stdio server and probe it (quotes as in a shell)
  --header "Name: value"     send this header (repeatable)
  --bearer-token-env VAR     send "Authorization: Bearer $VAR" (with --auth bearer: the token)
  --expect-tools a,b         these tools must be offered
  --contract FILE            expected tools (YAML/JSON: names, or {name, inputSchemaHash}; a JSON
                             report of this command is a contract)
  --strict                   unexpected tools and changed schemas fail (default: warn)
  --smoke 'tool={"a":1}'     call this tool and require a non-error result
  --allow-auth-required      a 401 with auth metadata passes ("alive, authorization required")
  --timeout DURATION         deadline for the whole gate (default 60s)
  --health-report FILE       write the JSON report here (--output is the same)
  --format text|json         report on stdout (default text)
  --spec FILE                take the contract, smoke call and timeout from health: of this deploy
                             spec, auth: and health.auth: from it, and the URL (127.0.0.1,
                             server.port and path) when none is given

The report also records, for the checklist: over HTTP, whether the server issued an
Mcp-Session-Id (session.idSeen) and how it answered one initialize sent with the foreign header
Origin: https://evil.invalid (origin: 400/401/403/421 rejected, 2xx accepted; a session it
accepted is deleted again); with --command, the server's stderr (logs: the last 200 lines, each
at most 1000 characters, secrets redacted).

Declared authorization (default: auth: of --spec): the gate first checks that a request without
a token gets 401 with a WWW-Authenticate challenge naming valid protected-resource metadata
(RFC 9728) that says what is declared, then runs the checks with a token. Tokens are never printed.
  --auth MODE                none, bearer or oauth
  --issuer URL               oauth: the issuer tokens come from (https, or http on loopback)
  --audience URL             oauth: the server's resource URL, the tokens' aud
  --scopes LIST              oauth: scopes the server requires (comma-separated)
  --oauth-client-id ID       oauth: a client of the issuer with the client-credentials grant
  --oauth-client-secret-env VAR
                             oauth: the environment variable holding that client's secret

Exit codes: 0 healthy, 1 unhealthy, 2 usage error.
`;

export const healthCommand: Command = {
  name: 'health',
  summary: 'gate on the MCP protocol: handshake, tools contract, smoke call, with retries',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs('health', ctx.argv, {
      transport: { type: 'string' },
      command: { type: 'string' },
      header: { type: 'string', multiple: true },
      'bearer-token-env': { type: 'string' },
      'expect-tools': { type: 'string' },
      contract: { type: 'string' },
      strict: { type: 'boolean' },
      smoke: { type: 'string' },
      'allow-auth-required': { type: 'boolean' },
      timeout: { type: 'string' },
      'health-report': { type: 'string' },
      output: { type: 'string' },
      format: { type: 'string' },
      spec: { type: 'string' },
      auth: { type: 'string' },
      issuer: { type: 'string' },
      audience: { type: 'string' },
      scopes: { type: 'string' },
      'oauth-client-id': { type: 'string' },
      'oauth-client-secret-env': { type: 'string' },
    });
    const format = parseFormat(values.format);
    const reportFile = renamedOption(values, 'health-report', 'output');
    // The SDK loads only for the commands that speak MCP.
    const [{ contractFromNames, loadContract }, { healthFromSpec, localUrl }, { runHealthGate }, { gateAuthFromInputs, parseHeaders, parseSmoke, parseTarget }, { renderHealthText }] = await Promise.all([
      import('../../health/contract.js'),
      import('../../health/from-spec.js'),
      import('../../health/gate.js'),
      import('../../health/inputs.js'),
      import('../../health/render.js'),
    ]);
    if (positionals.length > 1) throw new InputError('health: expected one URL. See `mcp-orchestrator health --help`.');
    const headers = parseHeaders(values.header ?? []);
    const fromEnv = (flag: 'bearer-token-env' | 'oauth-client-secret-env') => {
      const variable = values[flag];
      if (variable === undefined) return undefined;
      const value = ctx.env[variable];
      if (!value) throw new InputError(`--${flag}: the environment variable ${variable} is not set or empty`);
      return value;
    };
    const token = fromEnv('bearer-token-env');
    if (values['expect-tools'] && values.contract) throw new InputError('health: give --expect-tools or --contract, not both');
    // With --spec, health: of the spec gives the defaults and server: the local URL; flags win.
    const spec = values.spec ? readSpec(values.spec, ctx.cwd) : undefined;
    const fromSpec = spec ? healthFromSpec(spec, ctx.env) : {};
    const auth = gateAuthFromInputs(
      { mode: values.auth, issuer: values.issuer, audience: values.audience, scopes: values.scopes !== undefined ? parseList(values.scopes) : undefined, token, clientId: values['oauth-client-id'], clientSecret: fromEnv('oauth-client-secret-env') },
      fromSpec.auth,
      { mode: '--auth', issuer: '--issuer', audience: '--audience', token: '--bearer-token-env', clientId: '--oauth-client-id', clientSecret: '--oauth-client-secret-env' },
    );
    // Without declared auth, a token is only a header (the gate checks no refusal).
    if (token && !auth) headers.Authorization = `Bearer ${token}`;
    const url = positionals[0] ?? (spec && !values.command ? localUrl(spec) : undefined);
    const report = await runHealthGate({
      target: parseTarget(url, values.command, ctx.cwd),
      transport: parseChoice<TransportChoice>(values.transport ?? 'auto', transports, '--transport'),
      headers,
      timeoutMs: values.timeout ? parseDuration(values.timeout, '--timeout') : (fromSpec.timeoutMs ?? 60_000),
      contract: values.contract ? loadContract(values.contract) : values['expect-tools'] ? contractFromNames(parseList(values['expect-tools'])) : fromSpec.contract,
      strict: values.strict ?? fromSpec.strict ?? false,
      allowAuthRequired: values['allow-auth-required'] ?? fromSpec.allowAuthRequired ?? false,
      smoke: values.smoke ? parseSmoke(values.smoke) : fromSpec.smoke,
      ...(auth ? { auth } : {}),
      logger: ctx.logger,
    });
    if (reportFile) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    ctx.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderHealthText(report));
    return report.ok ? 0 : 1;
  },
};
