/** actions/package: the deploy spec → the server image and its docker-archive, with outputs and a summary. */
import { join } from 'node:path';
import { packageServer, type PackageOptions } from '../package/package.js';
import { loadSpec } from '../spec/spec.js';
import { code, escapeHtml } from '../util/html.js';
import { getChoiceInput, getListInput, getOptionalInput, getPathInput, runnerTempDir } from './inputs.js';
import { actionLogger, group, runAction, setOutputs, writeSummary } from './run-action.js';

export function getInputs(): PackageOptions {
  const specFile = getPathInput('spec', { required: true });
  const context = getPathInput('context');
  const dockerfile = getPathInput('dockerfile');
  const output = getPathInput('output', { output: true });
  const install = getOptionalInput('install') ? getChoiceInput<'image' | 'host'>('install', ['image', 'host'], 'image') : undefined;
  const tags = getListInput('tags');
  const base = getOptionalInput('base');
  const nodeImage = getOptionalInput('node-image');
  const spec = loadSpec(specFile);
  return {
    spec,
    context,
    dockerfile,
    base,
    nodeImage,
    install,
    tags,
    output: output ?? join(runnerTempDir(), `${spec.server.name}.tar`),
    logger: actionLogger,
    tempDir: runnerTempDir(),
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const options = getInputs();
    const result = await group(`Package ${options.spec.server.name}`, () => packageServer(options));
    setOutputs({ 'image-id': result.imageId, digest: result.imageId, tags: result.tags.join('\n'), archive: result.archive, image: result.source });
    const dockerfile = result.generated ? `generated (${result.project?.kind}, ${result.project?.manager})` : result.dockerfile;
    await writeSummary(
      [
        `### Packaged ${escapeHtml(result.name)}`,
        '',
        '| image ID | tags | Dockerfile | builder |',
        '|---|---|---|---|',
        `| ${code(result.imageId)} | ${result.tags.map(code).join('<br>')} | ${escapeHtml(dockerfile)} | ${escapeHtml(result.builder)} |`,
        '',
        `Archive for the scan and push stages: ${code(result.source)}`,
        '',
      ].join('\n'),
    );
  });
}
