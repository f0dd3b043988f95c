/**
 * actions/render: the spec → one cloud target's deploy documents (Cloud Run service YAML, ECS task
 * definition and service settings, Container Apps YAML) written to a folder, and what the
 * workflow's CLI steps need to address them (names, region, project or resource group, the
 * candidate's URL as far as it is knowable before the platform answers).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCloud, type CloudRender, type CloudTarget } from '../render/cloud.js';
import { loadSpec } from '../spec/spec.js';
import { InputError } from '../util/errors.js';
import { getChoiceInput, getOptionalInput, getPathInput, getRequiredInput, runnerTempDir } from './inputs.js';
import { actionLogger, group, runAction, setOutputs, writeSummary, type Outputs } from './run-action.js';

export interface RenderInputs {
  spec: string;
  target: CloudTarget;
  image: string;
  stage?: 'candidate' | 'promote';
  tag?: string;
  servingRevision?: string;
  sha?: string;
  revisionSuffix?: string;
  outputDir: string;
}

export function getInputs(): RenderInputs {
  const target = getChoiceInput<CloudTarget>('target', ['cloudrun', 'ecs', 'containerapps'], 'cloudrun');
  const stage = getOptionalInput('stage');
  const tag = getOptionalInput('tag');
  const servingRevision = getOptionalInput('serving-revision');
  if (target === 'ecs' && (stage ?? tag ?? servingRevision) !== undefined) {
    throw new InputError('target ecs: inputs stage, tag and serving-revision are for cloudrun and containerapps (ECS rolls with its circuit breaker)');
  }
  const parsedStage = stage === undefined ? undefined : getChoiceInput<'candidate' | 'promote'>('stage', ['candidate', 'promote'], 'candidate');
  return {
    spec: getPathInput('spec', { fallback: 'mcp-deploy.yml' }),
    target,
    image: getRequiredInput('image'),
    stage: parsedStage,
    tag,
    servingRevision,
    sha: getOptionalInput('sha'),
    revisionSuffix: getOptionalInput('revision-suffix'),
    outputDir: getPathInput('output-dir', { output: true }) ?? join(runnerTempDir(), `mcp-orchestrator-render-${target}${parsedStage ? `-${parsedStage}` : ''}`),
  };
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Where the documents say the service lives: what `gcloud`, `aws` and `az` are called with. */
export function locationOf(render: CloudRender, tag: string): Outputs {
  const main = render.documents[0]!.value;
  switch (render.target) {
    case 'cloudrun': {
      const metadata = record(main.metadata);
      const name = text(metadata.name)!;
      const region = text(record(metadata.labels)['cloud.googleapis.com/location']);
      // The hash part of a run.app host is the project's and known only to Cloud Run: the pattern says where it goes.
      return { name, project: text(metadata.namespace), region, 'candidate-url': `https://${tag}---${name}-<hash>-<region-code>.a.run.app` };
    }
    case 'containerapps': {
      const name = text(main.name)!;
      const environment = text(record(main.properties).managedEnvironmentId) ?? '';
      const [, subscription, resourceGroup] = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//.exec(environment) ?? [];
      return { name, subscription, 'resource-group': resourceGroup, region: text(main.location), 'candidate-url': `https://${name}---${tag}.<environment-default-domain>` };
    }
    case 'ecs': {
      const service = record(record(render.documents[1]?.value).service);
      const container = record((main.containerDefinitions as unknown[] | undefined)?.[0]);
      const region = text(record(record(container.logConfiguration).options)['awslogs-region']);
      return { name: text(service.serviceName), cluster: text(service.cluster), region };
    }
  }
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const spec = loadSpec(inputs.spec);
    const render = await group(`Render ${inputs.target}${inputs.stage ? ` (${inputs.stage})` : ''}`, async () =>
      renderCloud(inputs.target, spec, { image: inputs.image, stage: inputs.stage, tag: inputs.tag, servingRevision: inputs.servingRevision, sha: inputs.sha, revisionSuffix: inputs.revisionSuffix }),
    );
    for (const warning of render.warnings) actionLogger.warning(warning);
    mkdirSync(inputs.outputDir, { recursive: true });
    const files = render.documents.map((d) => {
      const path = join(inputs.outputDir, d.name);
      writeFileSync(path, d.text);
      return path;
    });
    const location = locationOf(render, inputs.tag ?? 'candidate');
    setOutputs({
      file: files[0],
      files,
      'service-file': render.target === 'ecs' ? files[1] : undefined,
      revision: render.revision,
      'mcp-path': spec.server.path,
      ...location,
    });
    actionLogger.info(`Wrote ${files.join(', ')} (revision ${render.revision}).`);
    await writeSummary(`### ${inputs.target} render${inputs.stage ? ` (${inputs.stage})` : ''}\n\nRevision <code>${escapeHtml(render.revision)}</code>: ${render.documents.map((d) => `<code>${escapeHtml(d.name)}</code>`).join(', ')}\n`);
  });
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
