/** actions/push: inputs → push over the distribution API → outputs and a summary of what went where. */
import * as core from '@actions/core';
import { pushImage, type PushOptions } from '../push/push.js';
import { severities, type FailOn } from '../scan/types.js';
import { getChoiceInput, getListInput, getOptionalInput, getRequiredInput, getSecretInput } from './inputs.js';
import { actionLogger, runAction, setOutputs } from './run-action.js';

export function getInputs(): { image: string; destinations: string[]; options: PushOptions } {
  const password = getSecretInput('registry-password');
  const image = getRequiredInput('image');
  getRequiredInput('destinations');
  return {
    image,
    destinations: getListInput('destinations'),
    options: {
      scanReport: getOptionalInput('scan-report'),
      failOn: getChoiceInput<FailOn>('fail-on', [...severities, 'none'], 'high'),
      platform: getOptionalInput('platform') ?? 'linux/amd64',
      tempDir: process.env.RUNNER_TEMP,
      logger: actionLogger,
      registry: { insecureRegistries: getListInput('insecure-registries'), username: getOptionalInput('registry-username'), password, githubToken: process.env.GITHUB_TOKEN },
    },
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const { image, destinations, options } = getInputs();
    const result = await pushImage(image, destinations, options);
    setOutputs({ digest: result.digest, 'image-id': result.configDigest, references: result.references.join('\n'), tags: result.tags.join('\n') });
    const count = (how: string) => result.blobs.filter((b) => b.how === how).length;
    await core.summary
      .addHeading('Image pushed', 3)
      .addRaw(`${result.exact ? 'Exact bytes of the source (same manifest digest).' : 'Layers gzipped from the docker-archive; the image ID (config digest) is unchanged.'} Verified after the push.\n\n`)
      .addTable([
        [{ data: 'reference', header: true }, { data: 'tag', header: true }],
        ...result.references.map((r, i) => [`\`${r}\``, result.tags[i] ? `\`${result.tags[i]}\`` : '']),
      ])
      .addRaw(`\n${result.blobs.length} blobs: ${count('uploaded')} uploaded (${(result.bytesUploaded / 1024 / 1024).toFixed(1)} MB), ${count('mounted')} mounted, ${count('exists')} already there; ${result.seconds}s.\n`)
      .write();
    core.info(`Pushed ${result.digest} to ${result.references.join(', ')}`);
  });
}
