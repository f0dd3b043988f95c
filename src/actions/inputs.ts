/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */
import * as core from '@actions/core';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { RegistryOptions } from '../image/types.js';
import { canonicalRegistry } from '../registry/reference.js';
import { InputError } from '../util/errors.js';
import { parseBoolean, parseChoice, parseDuration, parseList, parseSize } from '../util/parse.js';

export function getRequiredInput(name: string): string {
  const value = core.getInput(name).trim();
  if (!value) throw new InputError(`Input required and not supplied: ${name}`);
  return value;
}

export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** Reads a secret input and masks it before anything else can print it. */
export function getSecretInput(name: string): string | undefined {
  const value = core.getInput(name);
  if (value === '') return undefined;
  core.setSecret(value);
  return value;
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  return value === undefined ? fallback : parseBoolean(value, `input ${name}`);
}

export function getDurationInput(name: string, fallback: string): number {
  return parseDuration(getOptionalInput(name) ?? fallback, `input ${name}`);
}

export function getSizeInput(name: string, fallback: string): number {
  return parseSize(getOptionalInput(name) ?? fallback, `input ${name}`);
}

export function getListInput(name: string): string[] {
  return parseList(core.getInput(name));
}

export function getChoiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  return parseChoice(getOptionalInput(name) ?? fallback, choices, `input ${name}`);
}

export function getJsonInput<T = unknown>(name: string): T | undefined {
  const value = getOptionalInput(name);
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch (error) {
    throw new InputError(`input ${name}: not valid JSON (${(error as Error).message})`);
  }
}

/** The job's workspace (GITHUB_WORKSPACE; the current directory outside the runner). */
export function workspaceDir(): string {
  return resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
}

/** The runner's temp directory, where the actions write their reports by default. */
export function runnerTempDir(): string {
  return resolve(process.env.RUNNER_TEMP ?? process.cwd());
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The path with the symbolic links of its longest existing ancestor resolved. */
function realPath(path: string): string {
  const rest: string[] = [];
  for (let head = path; ; head = dirname(head)) {
    try {
      return join(realpathSync(head), ...rest);
    } catch {
      if (dirname(head) === head) return path;
      rest.unshift(basename(head));
    }
  }
}

export interface PathInputOptions {
  /** Used when the input is empty (relative to the workspace, like the input). */
  fallback?: string;
  /** A file the action writes: it may also go under RUNNER_TEMP. */
  output?: boolean;
  /** A report another action of this suite wrote (their default is under RUNNER_TEMP): it may be read from there too. */
  report?: boolean;
  required?: boolean;
}

/**
 * A path input resolved against GITHUB_WORKSPACE, refused when it (or a symbolic link on its way)
 * leads outside it, as actions/checkout refuses a `path` outside the workspace. Files the action
 * writes may also go under RUNNER_TEMP.
 */
export function getPathInput(name: string, options: PathInputOptions & ({ fallback: string } | { required: true })): string;
export function getPathInput(name: string, options?: PathInputOptions): string | undefined;
export function getPathInput(name: string, options: PathInputOptions = {}): string | undefined {
  const value = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? options.fallback);
  if (value === undefined) return undefined;
  const workspace = workspaceDir();
  const roots = options.output || options.report ? [workspace, runnerTempDir()] : [workspace];
  const path = resolve(workspace, value);
  const inside = roots.some((root) => isInside(path, root) && isInside(realPath(path), realPath(root)));
  if (!inside) {
    throw new InputError(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
  }
  return path;
}

/** An input renamed: the new name, else the deprecated one with a warning saying what to write. */
export function getRenamedInput(name: string, deprecated: string): string | undefined {
  const value = getOptionalInput(name);
  const old = getOptionalInput(deprecated);
  if (old !== undefined) {
    core.warning(`input ${deprecated} is deprecated: use ${name}${value !== undefined ? ` (both given; ${name} wins)` : ''}`);
  }
  return value ?? old;
}

/**
 * Registry access shared by every action that reads or pushes images: the `registry` host the
 * explicit credentials are bound to, the credentials, the `github-token` for ghcr.io, insecure
 * registries and DOCKER_CONFIG as the CLI honours it. Secrets are masked first.
 */
export function getRegistryInputs(): RegistryOptions {
  const password = getSecretInput('registry-password');
  const githubToken = getSecretInput('github-token') ?? process.env.GITHUB_TOKEN;
  const username = getOptionalInput('registry-username');
  const credentialHost = getOptionalInput('registry');
  if (username !== undefined && password === undefined) throw new InputError('input registry-username: given without registry-password');
  return {
    insecureRegistries: getListInput('insecure-registries'),
    credentialHost: credentialHost === undefined ? undefined : canonicalRegistry(credentialHost, 'input registry'),
    username,
    password,
    githubToken,
    dockerConfigPath: process.env.DOCKER_CONFIG ? join(process.env.DOCKER_CONFIG, 'config.json') : undefined,
  };
}
