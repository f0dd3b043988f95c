/**
 * One step's process as the runner starts it: its own GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY and GITHUB_STATE files under RUNNER_TEMP, the job's environment, a deadline
 * (timeout-minutes), and the workflow commands it prints (::add-mask::, ::error::, ...).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotations, parseOutputFile, type Annotation } from '../helpers/run-action.js';

export interface StepProcessResult {
  exitCode: number;
  timedOut: boolean;
  /** stdout and stderr interleaved as they came. */
  log: string;
  outputs: Record<string, string>;
  /** Variables the step added with GITHUB_ENV. */
  env: Record<string, string>;
  /** Directories the step added with GITHUB_PATH, in order. */
  path: string[];
  summary: string;
  annotations: Annotation[];
  masked: string[];
}

export interface StepProcessOptions {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  runnerTemp: string;
  timeoutMs: number;
}

export async function runStepProcess(options: StepProcessOptions): Promise<StepProcessResult> {
  const dir = join(options.runnerTemp, '_runner_file_commands', randomBytes(6).toString('hex'));
  mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  // A process group of its own, so a deadline ends the step's children too.
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: { ...options.env, ...files }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const chunks: Buffer[] = [];
  const stdout: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => void (chunks.push(c), stdout.push(c)));
  child.stderr.on('data', (c: Buffer) => void chunks.push(c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, options.timeoutMs);
  const exitCode: number = await new Promise((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 137));
  });
  clearTimeout(timer);
  const { annotations, masked } = parseAnnotations(Buffer.concat(stdout).toString('utf8'));
  const pathLines = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    exitCode: timedOut ? 124 : exitCode,
    timedOut,
    log: Buffer.concat(chunks).toString('utf8'),
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseOutputFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    path: pathLines,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations,
    masked,
  };
}
