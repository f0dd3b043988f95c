import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

export type OutputFormat = 'text' | 'json';

/** What every subcommand gets: its arguments, a logger on stderr, and a writer for stdout. */
export interface CommandContext {
  argv: string[];
  logger: Logger;
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 ok, 1 a gate failed. Errors thrown map to their exit codes. */
  run(ctx: CommandContext): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with errors that name the command and say where to look for help. */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new InputError(`${command}: ${(error as Error).message}. See \`mcp-orchestrator ${command} --help\`.`);
  }
}

export function parseFormat(value: string | undefined, allowed: readonly string[] = ['text', 'json']): string {
  const format = value ?? 'text';
  if (!allowed.includes(format)) throw new InputError(`--format: "${format}" is not one of ${allowed.join(', ')}`);
  return format;
}

/**
 * One name per concept: the CLI takes the actions' names (`--scan-report`, `--registry-username`…)
 * and keeps its earlier ones as aliases. Both given with different values is an error.
 */
export function renamedOption<V extends object>(values: V, name: keyof V & string, alias: keyof V & string): string | undefined {
  const value = values[name] as string | undefined;
  const old = values[alias] as string | undefined;
  if (value !== undefined && old !== undefined && value !== old) throw new InputError(`--${name} and --${alias} (its other name) disagree: give one`);
  return value ?? old;
}
