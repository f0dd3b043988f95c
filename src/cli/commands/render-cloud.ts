/** `render --target cloudrun|ecs|containerapps`: the platform's deploy documents for this image, to stdout or --output DIR. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CloudTarget } from '../../render/cloud-settings.js';
import { InputError } from '../../util/errors.js';
import { parseChoice } from '../../util/parse.js';
import { parseFormat, type CommandContext } from '../command.js';
import { readSpec } from '../spec-option.js';

export interface CloudRenderValues {
  image?: string;
  spec?: string;
  namespace?: string;
  port?: string;
  output?: string;
  format?: string;
  sha?: string;
  'revision-suffix'?: string;
  stage?: string;
  tag?: string;
  'serving-revision'?: string;
}

export async function renderCloudTarget(target: CloudTarget, values: CloudRenderValues, ctx: CommandContext): Promise<number> {
  if (values.namespace !== undefined) throw new InputError(`render --target ${target}: --namespace is a Kubernetes option`);
  if (values.port !== undefined) throw new InputError(`render --target ${target}: --port is a compose option`);
  if (target === 'ecs' && (values.stage ?? values.tag ?? values['serving-revision']) !== undefined) {
    throw new InputError('render --target ecs: --stage, --tag and --serving-revision are for cloudrun and containerapps (ECS rolls with its circuit breaker)');
  }
  // Cloud Run and Container Apps documents are YAML, ECS's are JSON: --format names what the target writes.
  parseFormat(values.format ?? (target === 'ecs' ? 'json' : 'yaml'), [target === 'ecs' ? 'json' : 'yaml']);
  if (!values.image) throw new InputError(`render --target ${target}: --image REF@sha256:... is required: the revision runs exactly the pushed bytes (push prints the digest)`);
  const spec = readSpec(values.spec, ctx.cwd);
  const { renderCloud } = await import('../../render/cloud.js');
  const result = renderCloud(target, spec, {
    image: values.image,
    sha: values.sha,
    revisionSuffix: values['revision-suffix'],
    stage: values.stage === undefined ? undefined : parseChoice(values.stage, ['candidate', 'promote'] as const, '--stage'),
    tag: values.tag,
    servingRevision: values['serving-revision'],
  });
  for (const warning of result.warnings) ctx.logger.warning(warning);
  if (values.output) {
    const dir = resolve(ctx.cwd, values.output);
    mkdirSync(dir, { recursive: true });
    for (const d of result.documents) writeFileSync(join(dir, d.name), d.text);
    ctx.logger.info(`render: wrote ${result.documents.map((d) => d.name).join(', ')} (revision ${result.revision}) to ${dir}`);
    ctx.stdout(result.documents.map((d) => `${join(dir, d.name)}\n`).join(''));
  } else {
    // ECS has two documents (the task definition, the service settings): one JSON object keyed by their file names.
    ctx.stdout(target === 'ecs' ? `${JSON.stringify(Object.fromEntries(result.documents.map((d) => [d.name, d.value])), null, 2)}\n` : result.documents[0]!.text);
  }
  return 0;
}
