import { spawn } from 'node:child_process';
import { redactText as redactSecretsInText } from '../scan/redact-text.js';
import { ExecError } from './errors.js';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Exit codes that are not errors (default: only 0). */
  okCodes?: number[];
  /** Stop the command after this many milliseconds (default 2 minutes; SIGTERM, then SIGKILL). */
  timeoutMs?: number;
  /** Most bytes collected from stdout, and from stderr (default 16 MiB): a command writing more is stopped and fails. */
  maxBytes?: number;
  /** How errors name the command (default: the program and its leading subcommand words, never argument values). */
  display?: string;
  /** Values that never appear in an error (values of --build-arg, --secret, -e, --password… are added from argv). */
  redact?: string[];
  /** Stops the command when aborted. */
  signal?: AbortSignal;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

const DEFAULT_TIMEOUT_MS = 2 * 60_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** How long a stopped command gets to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2_000;
/** Flags whose value (or the value part of its K=V) may be a credential. */
const SECRET_FLAG = /^--?(build-arg|secret|e|env|password[\w-]*|token[\w-]*|api-key|passphrase|creds|auth[\w-]*)$/i;

/**
 * Runs a command without a shell, always collecting exit code, stdout and stderr, each bounded,
 * within a timeout. Throws an ExecError naming the program and its subcommand, quoting the end
 * of stderr with argument values and secrets redacted.
 */
export function exec(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const secrets = [...secretArgValues(args), ...(options.redact ?? [])];
  const display = redactText(options.display ?? defaultDisplay(command, args), secrets);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // stderr is redacted whole before its tail is cut, so a secret across the cut never shows in part.
  const fail = (why: string, code: number | null, stderr: string) => {
    const clean = redactText(stderr, secrets);
    return new ExecError(`\`${display}\` ${why}${tailOf(clean)}`, display, code, clean);
  };
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(fail('was not started: stopped before it began', null, ''));
      return;
    }
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const size = { stdout: 0, stderr: 0 };
    let stopped: string | undefined;
    let settled = false;
    let escalation: NodeJS.Timeout | undefined;
    const stop = (why: string) => {
      if (stopped !== undefined) return;
      stopped = why;
      child.kill('SIGTERM');
      escalation = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => stop(`did not finish within ${formatMs(timeoutMs)} and was stopped`), timeoutMs);
    const onAbort = () => stop('was stopped (interrupted)');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(escalation);
      options.signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const collect = (stream: 'stdout' | 'stderr', into: Buffer[]) => (chunk: Buffer) => {
      if (stopped !== undefined) return;
      size[stream] += chunk.length;
      if (size[stream] > maxBytes) stop(`wrote more than ${formatBytes(maxBytes)} to ${stream} and was stopped`);
      else into.push(chunk);
    };
    child.stdout.on('data', collect('stdout', out));
    child.stderr.on('data', collect('stderr', err));
    child.on('error', (e) => settle(() => reject(new ExecError(`could not run \`${display}\`: ${e.message}`, display, null, ''))));
    // A stopped command is done when it exits, even if a grandchild still holds its pipes open.
    child.on('exit', () => {
      if (stopped === undefined) return;
      child.stdout.destroy();
      child.stderr.destroy();
      const stderr = Buffer.concat(err).toString('utf8');
      settle(() => reject(fail(stopped!, null, stderr)));
    });
    child.on('close', (code, signal) => {
      if (stopped !== undefined) return;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      const exitCode = code ?? 128;
      if ((options.okCodes ?? [0]).includes(exitCode)) {
        settle(() => resolve({ code: exitCode, stdout, stderr }));
        return;
      }
      const why = signal ? `was stopped by ${signal}` : `exited with code ${exitCode}`;
      settle(() => reject(fail(why, code, stderr)));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);
  });
}

/** The program and up to three leading subcommand words: `docker buildx build`, `docker image inspect`. */
function defaultDisplay(command: string, args: string[]): string {
  const words: string[] = [];
  for (const arg of args) {
    if (words.length === 3 || !/^[a-z][a-z0-9-]*$/.test(arg)) break;
    words.push(arg);
  }
  return [command, ...words].join(' ');
}

/** Values of flags that may carry credentials (`--build-arg K=V` gives V; `--password P` gives P). */
function secretArgValues(args: string[]): string[] {
  const values: string[] = [];
  const valueOf = (v: string) => (v.includes('=') ? v.slice(v.indexOf('=') + 1) : v);
  args.forEach((arg, i) => {
    const eq = arg.indexOf('=');
    if (arg.startsWith('-') && eq > 0 && SECRET_FLAG.test(arg.slice(0, eq))) values.push(valueOf(arg.slice(eq + 1)));
    else if (SECRET_FLAG.test(arg) && i + 1 < args.length && !args[i + 1]!.startsWith('--')) values.push(valueOf(args[i + 1]!));
    // userinfo of a URL argument (https://user:pass@host)
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(arg);
    if (userinfo) values.push(userinfo[1]!);
  });
  // Short values (`1`, `yes`) would blank ordinary words; a secret is longer.
  return values.filter((v) => v.length >= 4);
}

/** Known values replaced by ***, then the one redaction step every writer shares (the scan's rules). */
function redactText(text: string, secrets: readonly string[]): string {
  if (!text) return text;
  return redactSecretsInText([...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text));
}

/** The last lines of (redacted) stderr, each cut to 500 characters, as `:\n…`; empty when there is none. */
function tailOf(stderr: string): string {
  const tail = stderr.trim().split('\n').slice(-5).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l)).join('\n');
  return tail ? `:\n${tail}` : '';
}

function formatMs(ms: number): string {
  if (ms < 60_000 || ms % 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  return `${ms / 60_000}m`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
