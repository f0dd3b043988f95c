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
  --bearer-token-env VAR     send "Authorization: Bearer $VAR"
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
                             spec, and the URL (127.0.0.1, server.port and path) when none is given

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
    });
    const format = parseFormat(values.format);
    const reportFile = renamedOption(values, 'health-report', 'output');
    // The SDK loads only for the commands that speak MCP.
    const [{ contractFromNames, loadContract }, { healthFromSpec, localUrl }, { runHealthGate }, { parseHeaders, parseSmoke, parseTarget }, { renderHealthText }] = await Promise.all([
      import('../../health/contract.js'),
      import('../../health/from-spec.js'),
      import('../../health/gate.js'),
      import('../../health/inputs.js'),
      import('../../health/render.js'),
    ]);
    if (positionals.length > 1) throw new InputError('health: expected one URL. See `mcp-orchestrator health --help`.');
    const headers = parseHeaders(values.header ?? []);
    const tokenVar = values['bearer-token-env'];
    if (tokenVar) {
      const token = ctx.env[tokenVar];
      if (!token) throw new InputError(`--bearer-token-env: the environment variable ${tokenVar} is not set or empty`);
      headers.Authorization = `Bearer ${token}`;
    }
    if (values['expect-tools'] && values.contract) throw new InputError('health: give --expect-tools or --contract, not both');
    // With --spec, health: of the spec gives the defaults and server: the local URL; flags win.
    const spec = values.spec ? readSpec(values.spec, ctx.cwd) : undefined;
    const fromSpec = spec ? healthFromSpec(spec) : {};
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
      logger: ctx.logger,
    });
    if (reportFile) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    ctx.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderHealthText(report));
    return report.ok ? 0 : 1;
  },
};
