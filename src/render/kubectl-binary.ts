/**
 * The kubectl that builds kustomizations (`kubectl kustomize`): `KUBECTL`, else `kubectl` on PATH
 * (GitHub's runners have a current one), else, on a runner, a pinned release fetched once with
 * @actions/tool-cache and checked against its published SHA-256 before it is cached or run.
 * Only kustomize runs through it: the cluster is spoken to with @kubernetes/client-node.
 * (tool-cache itself reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env: the fetch is only
 * tried when the environment passed in has both, which on a runner is process.env.)
 */
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, createReadStream, rmSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

/** A kubectl release and the SHA-256 of each platform's binary (dl.k8s.io's kubectl.sha256 files). */
export interface KubectlPin {
  version: string;
  sha256: Partial<Record<string, string>>;
}

/** kubectl v1.32.1 (kustomize v5.5.0), from https://dl.k8s.io/release/v1.32.1/bin/<os>/<arch>/kubectl[.exe].sha256. */
export const KUBECTL_PIN: KubectlPin = {
  version: 'v1.32.1',
  sha256: {
    'linux/amd64': 'e16c80f1a9f94db31063477eb9e61a2e24c1a4eee09ba776b029048f5369db0c',
    'linux/arm64': '98206fd83a4fd17f013f8c61c33d0ae8ec3a7c53ec59ef3d6a0a9400862dc5b2',
    'darwin/amd64': '8bffe90f5a034d392a0ba6fd7ee16c0d40b1dba1ccc4350821102c5d5c56d846',
    'darwin/arm64': '5b89f9598e2e7da04cc0b5dd6e8daca01d23855fd00c8ea259fd2aab993114db',
    'windows/amd64': 'b6378f34dcab2d411fb7a89ba700df0f784c0b063dd02dbb92396a72c4d3104e',
  },
};

export const KUBECTL_DOWNLOAD_BASE = 'https://dl.k8s.io/release';
/** Overrides the download base (a mirror; tests point it at a server on 127.0.0.1). */
export const KUBECTL_BASE_VARIABLE = 'MCP_ORCHESTRATOR_KUBECTL_BASE_URL';

export interface LocateKubectlOptions {
  /** The environment to read KUBECTL, PATH, the base URL variable and the runner's folders from. */
  env: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Default KUBECTL_PIN; tests pin the binary they serve. */
  pin?: KubectlPin;
  platform?: NodeJS.Platform;
  arch?: string;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  const names = platform === 'win32' ? ['kubectl.exe'] : ['kubectl'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The base URL, refused unless https (or http to the loopback address, for a local mirror). */
function downloadBase(env: NodeJS.ProcessEnv): string {
  const base = env[KUBECTL_BASE_VARIABLE]?.trim() || KUBECTL_DOWNLOAD_BASE;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new InputError(`${KUBECTL_BASE_VARIABLE}: "${base}" is not a URL`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InputError(`${KUBECTL_BASE_VARIABLE}: ${url.origin} is neither https nor the loopback address`);
  }
  return base.replace(/\/+$/, '');
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The pinned kubectl from the runner's tool cache, fetched and checked when not there yet. */
async function fetchKubectl(options: LocateKubectlOptions): Promise<string> {
  const pin = options.pin ?? KUBECTL_PIN;
  const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[options.platform ?? process.platform as string] ?? options.platform;
  const arch = { x64: 'amd64', arm64: 'arm64' }[options.arch ?? process.arch] ?? options.arch;
  const platform = `${os}/${arch}`;
  const expected = pin.sha256[platform];
  if (!expected) throw new InputError(`kubectl is not installed and no ${pin.version} build is pinned for ${platform}: install kubectl, or set KUBECTL to its path`);
  const exe = os === 'windows' ? 'kubectl.exe' : 'kubectl';
  const cached = tc.find('kubectl', pin.version, arch);
  if (cached && isExecutable(join(cached, exe))) return join(cached, exe);
  const url = `${downloadBase(options.env)}/${pin.version}/bin/${platform}/${exe}`;
  options.logger?.info(`kustomize: no kubectl installed; fetching ${url}`);
  let downloaded: string;
  try {
    downloaded = await tc.downloadTool(url);
  } catch (error) {
    throw new InputError(`kubectl is not installed and ${url} could not be fetched (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): install kubectl, or set KUBECTL to its path`);
  }
  const actual = await sha256File(downloaded);
  if (actual !== expected) {
    rmSync(downloaded, { force: true });
    throw new InputError(`${url}: SHA-256 ${actual} is not the pinned ${expected} of kubectl ${pin.version} for ${platform}: refused (a damaged download, or a mirror serving another file)`);
  }
  try {
    const dir = await tc.cacheFile(downloaded, exe, 'kubectl', pin.version, arch);
    if (os !== 'windows') chmodSync(join(dir, exe), 0o755);
    return join(dir, exe);
  } finally {
    rmSync(downloaded, { force: true });
  }
}

/** KUBECTL, else kubectl on PATH, else (on a runner: RUNNER_TOOL_CACHE and RUNNER_TEMP set) the pinned release. */
export async function locateKubectl(options: LocateKubectlOptions): Promise<string> {
  const explicit = options.env.KUBECTL?.trim();
  if (explicit) {
    if (!isExecutable(explicit)) throw new InputError(`KUBECTL names ${explicit}, which is not an executable file`);
    return explicit;
  }
  const found = onPath(options.env, options.platform ?? process.platform);
  if (found) return found;
  if (!options.env.RUNNER_TOOL_CACHE || !options.env.RUNNER_TEMP) {
    throw new InputError('a kustomization needs kubectl (`kubectl kustomize`), and none is on PATH: install kubectl, or set KUBECTL to its path');
  }
  return fetchKubectl(options);
}
