import { errorMessage, exitCodeOf, isKnownError } from '../util/errors.js';
import { stderrLogger } from '../util/logger.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';

const VERSION = '0.1.0';

/** The full usage loads every command (for its summary): only `--help` and mistakes pay that. */
async function usage(): Promise<string> {
  const list: Command[] = await Promise.all(commands.map((c) => c.load()));
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'Usage: mcp-orchestrator <command> [options]',
    '',
    'Ship MCP servers safely: read and scan images, gate on the MCP protocol, run locally.',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --help. Exit codes: 0 ok, 1 a gate failed, 2 usage or input error.',
  ].join('\n');
}

export interface MainIo {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Runs the CLI and returns its exit code; never calls process.exit itself. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const stdout = io.stdout ?? ((t: string) => void process.stdout.write(t));
  const stderr = io.stderr ?? ((t: string) => void process.stderr.write(t));
  const env = io.env ?? process.env;
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    stdout(`${await usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    stderr(`mcp-orchestrator: unknown command "${name}"\n\n${await usage()}\n`);
    return 2;
  }
  const command = await entry.load();
  // Arguments after `--` belong to a wrapped command (bridge): never read as our own flags.
  const dashDash = rest.indexOf('--');
  const own = dashDash < 0 ? rest : rest.slice(0, dashDash);
  const passed = dashDash < 0 ? [] : rest.slice(dashDash);
  if (own.includes('--help') || own.includes('-h')) {
    stdout(`${command.usage.trim()}\n`);
    return 0;
  }
  const verbose = own.includes('--verbose') || env.RUNNER_DEBUG === '1';
  const logger = stderrLogger({ verbose });
  try {
    return await command.run({ argv: [...own.filter((a) => a !== '--verbose'), ...passed], logger, stdout, env, cwd: io.cwd ?? process.cwd() });
  } catch (error) {
    if (isKnownError(error)) {
      stderr(`mcp-orchestrator ${name}: ${error.message}\n`);
      if (verbose && error.stack) stderr(`${error.stack}\n`);
    } else {
      stderr(`mcp-orchestrator ${name}: unexpected error: ${error instanceof Error ? error.stack : errorMessage(error)}\n`);
    }
    return exitCodeOf(error);
  }
}
