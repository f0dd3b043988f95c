import { spawn } from 'node:child_process';
import { ExecError } from './errors.js';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Exit codes that are not errors (default: only 0). */
  okCodes?: number[];
  /** Kill the command after this many milliseconds. */
  timeoutMs?: number;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without a shell, always collecting exit code, stdout and stderr.
 * Throws an ExecError naming the full command and quoting the end of stderr.
 */
export function exec(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const display = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) =>
      reject(new ExecError(`could not run \`${display}\`: ${e.message}`, display, null, '')),
    );
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      const exitCode = code ?? 128;
      if ((options.okCodes ?? [0]).includes(exitCode)) {
        resolve({ code: exitCode, stdout, stderr });
        return;
      }
      const tail = stderr.trim().split('\n').slice(-5).join('\n');
      const why = signal ? `was stopped by ${signal}` : `exited with code ${exitCode}`;
      reject(new ExecError(`\`${display}\` ${why}${tail ? `:\n${tail}` : ''}`, display, code, stderr));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);
  });
}
