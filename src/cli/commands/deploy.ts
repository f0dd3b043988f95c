import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KubernetesDeployResult } from '../../deploy/kubernetes/types.js';
import { InputError } from '../../util/errors.js';
import { parseChoice, parseDuration } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, type Command, type CommandContext } from '../command.js';
import { findKubeconfigFiles } from '../../deploy/kubernetes/kubeconfig-files.js';
import { whileHandlingSignals } from '../../util/signals.js';
import { readSpec } from '../spec-option.js';
import { deployToCompose, printResult } from './deploy-compose.js';

const usage = `
Usage: mcp-orchestrator deploy --target kubernetes --image REF@sha256:... [options]
       mcp-orchestrator deploy --target compose [--image REF] [--port P] [--url URL] [options]

Deploys the pushed image to Kubernetes from the spec (or your manifests) and gates it on the MCP
protocol before and after it takes traffic:
  1. server-side dry run of every object (field manager mcp-orchestrator): a field another
     manager holds stops the deploy before anything is written, unless --force-conflicts;
  2. strategy candidate (default when a release already serves): a one-replica Deployment of the
     new revision that the Service does not select, gated through a port-forward; only if it
     passes is the serving Deployment touched;
  3. apply, wait for the rollout (kubectl rollout status semantics; an image that cannot be
     pulled, a crash loop with its last log lines, an unschedulable pod or a missing Secret key
     fail at once), gate a pod of the new ReplicaSet through a port-forward, then the public
     URL (https://ingress.host/path) when that host resolves (a host that does not is reported);
  4. prune what the previous release applied and this one does not; record the release.
A failed rollout or gate rolls back to the previous release (its recorded objects, else the
previous ReplicaSet's template), waits, gates it again, and exits 1 saying what failed and what
now runs. A first deploy that fails is removed.

Compose (the local engine, or DOCKER_HOST/DOCKER_CONTEXT): your targets.compose.file with the
server's image substituted, or a generated file; gated on the MCP protocol; a failed start or
gate rolls back to the image that ran before, gates it again and exits 1; a failed first deploy
is taken down. Ctrl-C or SIGTERM during the start or the gate restores the image that ran before
(or takes a first deploy down): exit 130 or 143. The down command stops it, as after up.

Options:
  --target kubernetes|compose    where to deploy (required)
  --image REF@DIGEST             the pushed image, by digest (required for kubernetes; compose
                                 also takes a local tag, default the newest of the spec's image)
  --port P                       compose: host port (default server.port)
  --url URL                      compose: where the gate and clients reach the server (default
                                 http://HOST:PORT/PATH, HOST 127.0.0.1 for a local engine, else
                                 the host DOCKER_HOST names; set it for a tunnel or a proxy)
  --handoff FILE                 write the handoff document (JSON: clients, credentials, endpoints)
  --manifests FILE               kubernetes: write what was applied (or would be, with --dry-run)
                                 as one YAML stream, Secret values left out
  --spec FILE                    the deploy spec (default mcp-deploy.yml)
  --kubeconfig FILE              default: KUBECONFIG, else ~/.kube/config, else in-cluster
  --context NAME                 kubeconfig context (default: its current context)
  --namespace NS                 default: targets.kubernetes.namespace, else the context's
  --create-namespace             create the namespace when missing
  --strategy candidate|rolling   default: targets.kubernetes.strategy, else candidate when a release serves
  --dry-run                      server-side dry run: print what would change, change nothing
  --force-conflicts              take over fields other field managers hold
  --on-failure rollback|keep     keep: leave a failed revision (or candidate) in place (default rollback)
  --timeout DURATION             limit for each rollout wait (default 5m)
  --progress-deadline DURATION   the Deployment's progressDeadlineSeconds (default 180s)
  --format text|json             result on stdout (default text: the result, then the handoff
                                 in Markdown; json: the result with its handoff document)

targets.kubernetes.manifests may name files, folders or a kustomization (built with
\`kubectl kustomize\`: KUBECTL, else kubectl on PATH).

Secrets with from.env or from.github are read from this process's environment (by that name)
and written to the Secret the Deployment references. Exit codes: 0 deployed (or dry run),
1 the rollout or gate failed (rolled back), 2 bad input, or the API server unreachable or refusing.
`;

/** --kubeconfig, else what kubectl would find; undefined means in-cluster. */
function kubeconfigFiles(option: string | undefined, ctx: CommandContext): string[] | undefined {
  if (option) return [resolve(ctx.cwd, option)];
  const found = findKubeconfigFiles(ctx.env, ctx.cwd);
  if (found === 'in-cluster') return undefined;
  if (found) return found;
  throw new InputError('deploy: no cluster credentials: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`.padStart(7);

export function resultText(result: KubernetesDeployResult): string {
  const lines: string[] = [];
  const verb = result.dryRun ? 'dry run of' : result.ok ? 'deployed' : result.rolledBack ? 'rolled back' : 'failed to deploy';
  lines.push(`${verb} ${result.image} to namespace ${result.namespace} on ${result.server} (release ${result.revision}, strategy ${result.strategy})`);
  lines.push(`url: ${result.url}`);
  if (result.toolsHash) lines.push(`tools hash: ${result.toolsHash}`);
  lines.push('objects:');
  for (const o of result.objects) lines.push(`  ${o.action.padEnd(9)} ${o.kind} ${o.name}${o.fields ? ` (${o.fields.join(', ')})` : ''}`);
  lines.push('timeline:');
  for (const t of result.timeline) lines.push(`  ${seconds(t.atMs)}  ${t.event.split('\n')[0]}`);
  if (result.gate) lines.push(`gate: ${result.gate.ok ? 'passed' : 'failed'} (${result.gate.target.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'port-forward')}), tools: ${result.gate.tools.map((t) => t.name).join(', ') || 'none'}`);
  if (result.publicGate) lines.push(`public gate: ${result.publicGate.ok ? 'passed' : 'failed'} (${result.url}), tools: ${result.publicGate.tools.map((t) => t.name).join(', ') || 'none'}`);
  else if (result.publicGateSkipped) lines.push(result.publicGateSkipped);
  return `${lines.join('\n')}\n`;
}

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'deploy to Kubernetes or Compose: apply, roll out, gate the new revision, roll back on failure, hand off',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(
      'deploy',
      ctx.argv,
      {
        target: { type: 'string' },
        image: { type: 'string' },
        spec: { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        namespace: { type: 'string' },
        'create-namespace': { type: 'boolean' },
        strategy: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'force-conflicts': { type: 'boolean' },
        'on-failure': { type: 'string' },
        timeout: { type: 'string' },
        'progress-deadline': { type: 'string' },
        format: { type: 'string' },
        port: { type: 'string' },
        url: { type: 'string' },
        handoff: { type: 'string' },
        manifests: { type: 'string' },
      },
      false,
    );
    if (positionals.length) throw new InputError(`deploy: unexpected argument "${positionals[0]}". See \`mcp-orchestrator deploy --help\`.`);
    if (!values.target) throw new InputError('deploy: --target is required (kubernetes or compose)');
    const target = parseChoice(values.target, ['kubernetes', 'compose'] as const, '--target');
    const handoffFile = values.handoff === undefined ? undefined : resolve(ctx.cwd, values.handoff);
    if (target === 'compose' && values.manifests !== undefined) throw new InputError('deploy --target compose: --manifests is a Kubernetes option');
    if (target === 'compose') return deployToCompose(values, ctx, handoffFile);
    if (!values.image) throw new InputError('deploy: --image REF@sha256:... is required: the cluster runs exactly the pushed bytes (push prints the digest)');
    const format = parseFormat(values.format);
    const strategy = values.strategy === undefined ? undefined : parseChoice(values.strategy, ['candidate', 'rolling'] as const, '--strategy');
    const onFailure = values['on-failure'] === undefined ? undefined : parseChoice(values['on-failure'], ['rollback', 'keep'] as const, '--on-failure');
    const timeoutMs = values.timeout === undefined ? undefined : parseDuration(values.timeout, '--timeout');
    const deadline = values['progress-deadline'] === undefined ? undefined : Math.max(1, Math.round(parseDuration(values['progress-deadline'], '--progress-deadline') / 1000));
    const spec = readSpec(values.spec, ctx.cwd);
    const [{ requireGrammar }, { manifestPaths, loadManifestFiles }, { kustomizeWithKubectl }] = await Promise.all([
      import('../../spec/grammar.js'),
      import('../../render/manifest-files.js'),
      import('../../render/kustomize.js'),
    ]);
    const namespace = values.namespace === undefined ? undefined : requireGrammar('dnsLabel', values.namespace, '--namespace');
    const paths = manifestPaths(spec);
    const files = kubeconfigFiles(values.kubeconfig, ctx);
    const manifests = paths && (await loadManifestFiles(spec, paths, kustomizeWithKubectl({ env: ctx.env, logger: ctx.logger })));
    const { deployKubernetes, DeployFailure } = await import('../../deploy/kubernetes/deploy.js');
    const { kubernetesHandoff } = await import('../../handoff/handoff.js');
    const manifestsFile = values.manifests === undefined ? undefined : resolve(ctx.cwd, values.manifests);
    const { manifestsFileText } = await import('../../deploy/kubernetes/manifests-file.js');
    const print = async (result: KubernetesDeployResult) => {
      if (manifestsFile) writeFileSync(manifestsFile, manifestsFileText(result));
      // The applied YAML goes to --manifests, not into the JSON result.
      const { manifests: _manifests, ...printed } = result;
      await printResult(ctx, format, handoffFile, printed, resultText(result), kubernetesHandoff(spec, result));
    };
    // SIGINT/SIGTERM stop the deploy between steps: a candidate is removed and the error says
    // what was applied.
    return whileHandlingSignals(async (signal) => {
      try {
        const result = await deployKubernetes({
          spec,
          image: values.image!,
          cluster: { kubeconfig: files, inCluster: files === undefined, context: values.context },
          namespace,
          createNamespace: values['create-namespace'] ?? false,
          strategy,
          dryRun: values['dry-run'] ?? false,
          forceConflicts: values['force-conflicts'] ?? false,
          onFailure,
          timeoutMs,
          progressDeadlineSeconds: deadline,
          manifests,
          secretValues: ctx.env,
          logger: ctx.logger,
          signal,
        });
        await print(result);
        return 0;
      } catch (error) {
        if (error instanceof DeployFailure) await print(error.result);
        throw error;
      }
    });
  },
};
