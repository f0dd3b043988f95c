/**
 * The real Kubernetes cluster the Kubernetes tests use: whatever `KUBECONFIG` names (kind,
 * minikube, the CI's cluster), else the one scripts/start-k8s.sh started on loopback, whose
 * kubeconfig path it records. Throws, saying how to get a cluster, when there is none.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { exec, type ExecResult } from '../../src/util/exec.js';

const stateDir = process.env.MCP_ORCH_STATE_DIR ?? '/var/tmp/mcp-orchestrator';
/** kubectl of the shared cluster's binary (same version as its API server); else the one on PATH. */
const SHARED_KUBECTL = '/var/tmp/k8s-test/bin/kubectl';
const hint = 'run `bash scripts/start-k8s.sh` (a real single-node cluster on loopback, about a minute), or export KUBECONFIG=<a kind or minikube kubeconfig>';

export function kubeconfigPath(): string {
  const fromEnv = process.env.KUBECONFIG?.split(delimiter).find(Boolean);
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`KUBECONFIG names ${fromEnv}, which does not exist: ${hint}`);
    return fromEnv;
  }
  const recorded = join(stateDir, 'kubeconfig-path');
  const path = existsSync(recorded) ? readFileSync(recorded, 'utf8').trim() : '';
  if (!path || !existsSync(path)) throw new Error(`This test needs a Kubernetes cluster and none is set up: ${hint}`);
  return path;
}

export function kubectlBinary(): string {
  return process.env.KUBECTL ?? (existsSync(SHARED_KUBECTL) ? SHARED_KUBECTL : 'kubectl');
}

/** Runs kubectl against the test cluster; throws naming the command and stderr on failure. */
export function kubectl(args: string[], options: { input?: string; okCodes?: number[] } = {}): Promise<ExecResult> {
  return exec(kubectlBinary(), ['--kubeconfig', kubeconfigPath(), ...args], { input: options.input, okCodes: options.okCodes, timeoutMs: 120_000 });
}

/** Fails (never skips) when the cluster does not answer, saying how to start one. */
export async function requireCluster(): Promise<void> {
  try {
    await kubectl(['get', '--raw', '/readyz']);
  } catch (error) {
    throw new Error(`The Kubernetes API server in ${kubeconfigPath()} does not answer (${(error as Error).message.split('\n')[0]}): ${hint}`, { cause: error });
  }
}

/** A fresh namespace for one test; `remove` deletes it without waiting for its objects to go. */
export async function createNamespace(prefix: string): Promise<{ name: string; remove: () => Promise<void> }> {
  const name = `${prefix}-${randomBytes(4).toString('hex')}`;
  await kubectl(['create', 'namespace', name]);
  return { name, remove: async () => void (await kubectl(['delete', 'namespace', name, '--wait=false', '--ignore-not-found'])) };
}
