import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/**
 * Where cluster credentials come from when none are given, as kubectl looks: KUBECONFIG's list
 * (relative entries against `cwd`), else ~/.kube/config, else 'in-cluster' when the process runs
 * in a pod; undefined when there are none (each caller says what to pass). Node built-ins only,
 * so inputs are checked before the Kubernetes client loads.
 */
export function findKubeconfigFiles(env: NodeJS.ProcessEnv, cwd: string): string[] | 'in-cluster' | undefined {
  const fromEnv = env.KUBECONFIG?.split(delimiter).filter(Boolean);
  if (fromEnv?.length) return fromEnv.map((f) => resolve(cwd, f));
  const home = join(env.HOME ?? homedir(), '.kube', 'config');
  if (existsSync(home)) return [home];
  if (env.KUBERNETES_SERVICE_HOST) return 'in-cluster';
  return undefined;
}
