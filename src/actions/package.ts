/** actions/package: the deploy spec → the server image and its docker-archive, with outputs and a summary. */
import * as core from '@actions/core';
import { join } from 'node:path';
import { packageServer } from '../package/package.js';
import { loadSpec } from '../spec/spec.js';
import { getChoiceInput, getListInput, getOptionalInput, getRequiredInput } from './inputs.js';
import { actionLogger, runAction, setOutputs } from './run-action.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const spec = loadSpec(join(workspace, getRequiredInput('spec')));
    const install = getOptionalInput('install');
    const result = await packageServer({
      spec,
      context: getOptionalInput('context'),
      dockerfile: getOptionalInput('dockerfile'),
      base: getOptionalInput('base'),
      install: install ? getChoiceInput<'image' | 'host'>('install', ['image', 'host'], 'image') : undefined,
      tags: getListInput('tags'),
      output: getOptionalInput('output') ?? join(process.env.RUNNER_TEMP ?? '.', `${spec.server.name}.tar`),
      logger: actionLogger,
      tempDir: process.env.RUNNER_TEMP,
    });
    setOutputs({ 'image-id': result.imageId, digest: result.imageId, tags: result.tags.join('\n'), archive: result.archive, image: result.source });
    await core.summary
      .addHeading(`Packaged ${result.name}`, 3)
      .addTable([
        [{ data: 'image ID', header: true }, { data: 'tags', header: true }, { data: 'Dockerfile', header: true }, { data: 'builder', header: true }],
        [`\`${result.imageId}\``, result.tags.map((t) => `\`${t}\``).join('<br>'), result.generated ? `generated (${result.project?.kind}, ${result.project?.manager})` : result.dockerfile, result.builder],
      ])
      .addRaw(`\nArchive for the scan and push stages: \`${result.source}\`\n`)
      .write();
  });
}
