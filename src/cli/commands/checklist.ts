import { resolve } from 'node:path';
import type { FailOn } from '../../checklist/engine.js';
import type { LiveOptions } from '../../checklist/live.js';
import { findKubeconfigFiles } from '../../deploy/kubernetes/kubeconfig-files.js';
import { InputError } from '../../util/errors.js';
import { parseChoice } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, type Command, type CommandContext } from '../command.js';
import { imageOptionSpec, imageOptionUsage, readImageOptions } from '../image-options.js';

const usage = `
Usage: mcp-orchestrator checklist [options]

The integration checklist as a gate: image built, environment injected securely, health checks
configured and passing, logging, resource limits, TLS, secrets in a vault, scaling, hardening and
workflows, as rules over the files and reports given. A rule whose input is missing is "not
checked", never passed.

Inputs (each optional; give what you have):
  --spec FILE            the deploy spec (default mcp-deploy.yml when present)
  --dockerfile FILE      the Dockerfile (default: the spec's build; .dockerignore read beside it)
  --image SOURCE         the built image (docker-archive:PATH, oci:DIR, docker://REF...): config and labels
  --compose FILE         a compose file (repeatable)
  --manifests PATH       a manifest file or folder, read recursively (repeatable)
  --render kubernetes    check the spec's Kubernetes render (needs --pushed-digest or a docker:// --image)
  --pushed-digest D      the digest push reported (sha256:...): deployed images must equal it
  --workflows PATH       GitHub workflow file or folder (e.g. .github/workflows)
  --scan-report FILE     scan's JSON report
  --health-report FILE   health's JSON report

Audit mode (what is deployed, for the scheduled audit):
  --live                 check the live objects the spec deploys (instead of --manifests/--render),
                         rescan the deployed digest with today's rules, and gate --url
  --kubeconfig FILE      default: KUBECONFIG, else ~/.kube/config, else in-cluster
  --context NAME         kubeconfig context
  --namespace NS         default: targets.kubernetes.namespace, else the context's
  --url URL              the live server's MCP URL for the health gate
  --skip-rescan          do not rescan the deployed image (a scan report given stands)

Gate and output:
  --fail-on LEVEL        error|warning|note|none (default error)
  --exemptions FILE      central exemptions: [{id, target, reason, expires}]
  --disallow-exemptions  honour no exemption (they are still listed, as refused)
  --format FORMAT        text|json|sarif|markdown on stdout (default text)
  --report-file FILE     also write the JSON report here
  --sarif-file FILE      also write SARIF 2.1.0 here
${imageOptionUsage}

Exemptions need a reason: annotation mcp-orchestrator.io/ignore-RULE: "reason"; a comment
# mcp-orchestrator ignore=RULE reason="..." on or above the line (in the file's opening comments:
the whole file); compose x-mcp-orchestrator: { ignore: { RULE: reason } }.

Exit codes: 0 passed, 1 a rule at or above --fail-on failed, 2 bad input.
`;

/** --kubeconfig, else what kubectl would find; none found means in-cluster. */
function liveOptions(values: { kubeconfig?: string; context?: string; namespace?: string; url?: string; 'skip-rescan'?: boolean }, ctx: CommandContext): LiveOptions {
  const files = values.kubeconfig ? [resolve(ctx.cwd, values.kubeconfig)] : findKubeconfigFiles(ctx.env, ctx.cwd);
  if (files === undefined) throw new InputError('checklist --live: no cluster credentials: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster');
  return { kubeconfig: files === 'in-cluster' ? undefined : files, inCluster: files === 'in-cluster', context: values.context, namespace: values.namespace, url: values.url, rescan: !values['skip-rescan'] };
}

export const checklistCommand: Command = {
  name: 'checklist',
  summary: 'the integration checklist as a gate over Dockerfile, image, compose, manifests, workflows and reports',
  usage,
  async run(ctx) {
    const { values } = parseCommandArgs(
      'checklist',
      ctx.argv,
      {
        ...imageOptionSpec,
        spec: { type: 'string' },
        dockerfile: { type: 'string' },
        image: { type: 'string' },
        compose: { type: 'string', multiple: true },
        manifests: { type: 'string', multiple: true },
        render: { type: 'string' },
        'pushed-digest': { type: 'string' },
        workflows: { type: 'string' },
        'scan-report': { type: 'string' },
        'health-report': { type: 'string' },
        'fail-on': { type: 'string' },
        exemptions: { type: 'string' },
        'disallow-exemptions': { type: 'boolean' },
        format: { type: 'string' },
        'report-file': { type: 'string' },
        'sarif-file': { type: 'string' },
        live: { type: 'boolean' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        namespace: { type: 'string' },
        url: { type: 'string' },
        'skip-rescan': { type: 'boolean' },
      },
      false,
    );
    const format = parseFormat(values.format, ['text', 'json', 'sarif', 'markdown']);
    const failOn = parseChoice<FailOn>(values['fail-on'] ?? 'error', ['error', 'warning', 'note', 'none'], '--fail-on');
    const render = values.render === undefined ? undefined : parseChoice(values.render, ['kubernetes'] as const, '--render');
    // The engine and its rules load only for this command.
    // One after the other: concurrent dynamic imports of modules sharing dependencies trip jest's ESM loader.
    const { runChecklistGate } = await import('../../checklist/run-checklist.js');
    const { renderMarkdown, renderText } = await import('../../checklist/report.js');
    const outcome = await runChecklistGate({
      workspace: ctx.cwd,
      spec: values.spec,
      specOptional: true,
      dockerfile: values.dockerfile,
      image: values.image,
      imageOptions: values.image ? readImageOptions(values, ctx) : undefined,
      compose: values.compose,
      manifests: values.manifests,
      render,
      pushedDigest: values['pushed-digest'],
      workflows: values.workflows,
      scanReport: values['scan-report'],
      healthReport: values['health-report'],
      failOn,
      exemptions: values.exemptions,
      disallowExemptions: values['disallow-exemptions'],
      reportFile: values['report-file'],
      sarifFile: values['sarif-file'],
      live: values.live ? liveOptions(values, ctx) : undefined,
      logger: ctx.logger,
    });
    const { redactDeep } = await import('../../scan/redact-text.js');
    if (format === 'json') ctx.stdout(`${JSON.stringify(redactDeep(outcome.json), null, 2)}\n`);
    else if (format === 'sarif') ctx.stdout(`${JSON.stringify(redactDeep(outcome.sarif), null, 2)}\n`);
    else if (format === 'markdown') ctx.stdout(renderMarkdown(outcome.result));
    else ctx.stdout(renderText(outcome.result));
    return outcome.result.failed ? 1 : 0;
  },
};
