import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../util/errors.js';
import { parseChoice } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, type Command } from '../command.js';
import { readSpec } from '../spec-option.js';
import { CLOUD_OPTIONS, refuseCloudOptions } from './render-cloud-options.js';

const usage = `
Usage: mcp-orchestrator render --target kubernetes --image REF@sha256:... [options]
       mcp-orchestrator render --target compose --image REF [--port P] [--spec FILE] [--output DIR]
       mcp-orchestrator render --target cloudrun|ecs|containerapps --image REF@sha256:... [options]

Prints what deploy would apply, without touching a cluster. From the spec: a ServiceAccount,
Deployment, Service and NetworkPolicy, and as the spec asks an Ingress, HorizontalPodAutoscaler,
PodDisruptionBudget and ExternalSecrets, each validated against the Kubernetes schemas. With
targets.kubernetes.manifests: your own manifests (files, folders, or a kustomization built with
\`kubectl kustomize\`: KUBECTL, else kubectl on PATH) with the server's image set to the
digest, nothing else changed. Compose: exactly the file deploy --target compose would apply (your
targets.compose.file with the image substituted, or the generated one for --port and the engine
DOCKER_HOST names). Cloud targets: Cloud Run's Knative Service (service.yaml, for \`gcloud run
services replace\`), ECS's task-definition.json and service.json, Container Apps' containerapp.yaml
(for \`az containerapp create|update --yaml\`), each checked against the platform's limits.

Options:
  --target kubernetes|compose|cloudrun|ecs|containerapps  what to render (required)
  --image REF@DIGEST    the pushed image, by digest (required: push prints it;
                        \`docker buildx imagetools inspect REF\` shows a tag's digest)
  --spec FILE           the deploy spec (default mcp-deploy.yml)
  --namespace NS        put the rendered objects in this namespace (default: targets.kubernetes.namespace)
  --output DIR          write one file per object (or per manifest file) to DIR instead of stdout
  --format yaml|json    yaml: one multi-document stream (default); json: a v1 List
  Cloud targets only:
  --sha SHA             the commit deployed: the revision is SERVICE-<first 7 digits>
  --revision-suffix S   the revision's suffix instead (default: the short sha, else the digest's)
  --stage candidate|promote  candidate (default): the new revision takes no traffic, behind
                        --tag (Cloud Run tag, Container Apps label; default candidate);
                        promote: it takes all traffic
  --serving-revision R  the revision serving now: it keeps the traffic while the candidate is gated

Warnings (for example, nothing keeping an MCP session on one replica) go to stderr.
`;

const targets = ['kubernetes', 'compose', 'cloudrun', 'ecs', 'containerapps'] as const;

export const renderCommand: Command = {
  name: 'render',
  summary: 'print the Kubernetes objects deploy would apply (no cluster needed)',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(
      'render',
      ctx.argv,
      { target: { type: 'string' }, image: { type: 'string' }, spec: { type: 'string' }, namespace: { type: 'string' }, output: { type: 'string' }, format: { type: 'string' }, port: { type: 'string' }, ...CLOUD_OPTIONS },
      false,
    );
    if (positionals.length) throw new InputError(`render: unexpected argument "${positionals[0]}". See \`mcp-orchestrator render --help\`.`);
    if (!values.target) throw new InputError(`render: --target is required (one of ${targets.join(', ')})`);
    const target = parseChoice(values.target, targets, '--target');
    if (target !== 'kubernetes' && target !== 'compose') return (await import('./render-cloud.js')).renderCloudTarget(target, values, ctx);
    refuseCloudOptions(values, target);
    if (target === 'compose') return (await import('./render-compose.js')).renderCompose(values, ctx);
    if (values.port !== undefined) throw new InputError('render: --port is a compose option');
    const format = parseFormat(values.format ?? 'yaml', ['yaml', 'json']);
    if (!values.image) {
      throw new InputError('render: --image REF@sha256:... is required: deploy runs exactly the pushed bytes (push prints the digest; `docker buildx imagetools inspect REF` shows a tag\'s)');
    }
    const spec = readSpec(values.spec, ctx.cwd);
    // kubernetes-models' schemas load only for this command.
    const [{ renderKubernetes, yamlStream }, { manifestPaths, loadManifestFiles }, { requireGrammar }, { kustomizeWithKubectl }] = await Promise.all([
      import('../../render/kubernetes.js'),
      import('../../render/manifest-files.js'),
      import('../../spec/grammar.js'),
      import('../../render/kustomize.js'),
    ]);
    const namespace = values.namespace === undefined ? undefined : requireGrammar('dnsLabel', values.namespace, '--namespace');
    const paths = manifestPaths(spec);
    const manifests = paths && (await loadManifestFiles(spec, paths, kustomizeWithKubectl({ env: ctx.env, logger: ctx.logger })));
    const result = renderKubernetes(spec, { image: values.image, namespace, manifests });
    for (const warning of result.warnings) ctx.logger.warning(warning);

    const documents =
      format === 'yaml'
        ? result.documents
        : result.objects.map((o, i) => ({ name: `${String(i + 1).padStart(2, '0')}-${o.kind.toLowerCase()}-${o.metadata.name}.json`, text: `${JSON.stringify(o, null, 2)}\n` }));
    if (values.output) {
      const dir = resolve(ctx.cwd, values.output);
      mkdirSync(dir, { recursive: true });
      for (const d of documents) writeFileSync(join(dir, d.name), d.text);
      ctx.logger.info(`render: wrote ${documents.length} file(s) to ${dir}`);
      ctx.stdout(documents.map((d) => `${join(dir, d.name)}\n`).join(''));
    } else if (format === 'yaml') {
      ctx.stdout(yamlStream(result.documents));
    } else {
      ctx.stdout(`${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: result.objects }, null, 2)}\n`);
    }
    return 0;
  },
};
