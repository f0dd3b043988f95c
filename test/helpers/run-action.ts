/**
 * Runs an action's committed bundle the way the GitHub runner does: under Node 24, with INPUT_*
 * variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, GITHUB_EVENT_PATH,
 * RUNNER_TEMP and GITHUB_WORKSPACE. Returns exit code, outputs, summary and annotations.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24 } from './node24.js';
import { repoRoot } from './paths.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug';
  properties: Record<string, string>;
  message: string;
}

export interface ActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Values registered with ::add-mask:: */
  masked: string[];
  workspace: string;
  runnerTemp: string;
  /** Every file the action left in RUNNER_TEMP, by absolute path (read before cleanup). */
  files: Record<string, string>;
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: object;
  eventName?: string;
  /** Workspace to use; a fresh temp dir by default. */
  workspace?: string;
  timeoutMs?: number;
  /** Kept for call sites that want RUNNER_TEMP's files; they are always collected into `files`. */
  keepRunnerTemp?: boolean;
  /** Node binary; Node 24 by default, as the runner uses for `using: node24`. */
  node?: string;
  /**
   * HOME of the run: a fresh empty directory by default, so no docker config or credential of the
   * host leaks into it (as on a runner, where the job's HOME is its own).
   */
  home?: string;
}

/** Parses GITHUB_OUTPUT's heredoc format: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseAnnotations(stdout: string): { annotations: Annotation[]; masked: string[] } {
  const annotations: Annotation[] = [];
  const masked: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice|debug|add-mask)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'add-mask') {
      masked.push(unescapeData(m[3]!));
      continue;
    }
    const properties: Record<string, string> = {};
    for (const part of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
    annotations.push({ level: m[1] as Annotation['level'], properties, message: unescapeData(m[3]!) });
  }
  return { annotations, masked };
}

export async function runAction(action: string, options: RunActionOptions = {}): Promise<ActionResult> {
  const bundle = join(repoRoot, 'dist', action, 'index.js');
  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'workspace-'));
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'home-'));
  mkdirSync(workspace, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
    GITHUB_STATE: join(runnerTemp, 'state'),
    GITHUB_ENV: join(runnerTemp, 'env'),
    GITHUB_PATH: join(runnerTemp, 'path'),
    GITHUB_EVENT_PATH: join(runnerTemp, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/weather',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    // The runner upper-cases names and replaces spaces with underscores; dashes stay.
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(options.node ?? node24(), [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 137)));
  clearTimeout(timeout);
  const stdout = Buffer.concat(out).toString('utf8');
  const { annotations, masked } = parseAnnotations(stdout);
  const leftFiles: Record<string, string> = {};
  for (const name of readdirSync(runnerTemp)) {
    const path = join(runnerTemp, name);
    // Reports and SARIF, not image archives.
    const stat = statSync(path);
    if (stat.isFile() && stat.size < 16 * 1024 * 1024) leftFiles[path] = readFileSync(path, 'utf8');
  }
  const result: ActionResult = {
    exitCode,
    stdout,
    stderr: Buffer.concat(err).toString('utf8'),
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations,
    masked,
    workspace,
    runnerTemp,
    files: leftFiles,
  };
  if (!options.keepRunnerTemp) rmSync(runnerTemp, { recursive: true, force: true });
  if (!options.workspace) rmSync(workspace, { recursive: true, force: true });
  if (!options.home) rmSync(home, { recursive: true, force: true });
  return result;
}
