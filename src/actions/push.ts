/** actions/push: inputs → push over the distribution API → outputs and a summary of what went where. */
import { pushImage, type PushOptions } from '../push/push.js';
import { severities, type FailOn } from '../scan/types.js';
import { code, escapeHtml } from '../util/html.js';
import { getChoiceInput, getListInput, getOptionalInput, getPathInput, getRegistryInputs, getRequiredInput, runnerTempDir } from './inputs.js';
import { actionLogger, group, runAction, setOutputs, writeSummary } from './run-action.js';

export interface PushInputs {
  image: string;
  destinations: string[];
  options: PushOptions;
}

export function getInputs(): PushInputs {
  const registry = getRegistryInputs();
  const image = getRequiredInput('image');
  getRequiredInput('destinations');
  return {
    image,
    destinations: getListInput('destinations'),
    options: {
      scanReport: getPathInput('scan-report', { report: true }),
      failOn: getChoiceInput<FailOn>('fail-on', [...severities, 'none'], 'high'),
      platform: getOptionalInput('platform') ?? 'linux/amd64',
      tempDir: runnerTempDir(),
      logger: actionLogger,
      registry,
    },
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const { image, destinations, options } = getInputs();
    const result = await group(`Push ${image}`, () => pushImage(image, destinations, options));
    // digest: the name pushed-digest had before it matched the all-in-one action's; kept as is.
    setOutputs({ 'pushed-digest': result.digest, digest: result.digest, 'image-id': result.configDigest, references: result.references.join('\n'), tags: result.tags.join('\n') });
    const count = (how: string) => result.blobs.filter((b) => b.how === how).length;
    await writeSummary(
      [
        '### Image pushed',
        '',
        `${result.exact ? 'Exact bytes of the source (same manifest digest).' : 'Layers gzipped from the docker-archive; the image ID (config digest) is unchanged.'} Verified after the push.`,
        '',
        '| reference | tag |',
        '|---|---|',
        ...result.references.map((r, i) => `| ${code(r)} | ${result.tags[i] ? code(result.tags[i]) : ''} |`),
        '',
        escapeHtml(`${result.blobs.length} blobs: ${count('uploaded')} uploaded (${(result.bytesUploaded / 1024 / 1024).toFixed(1)} MB), ${count('mounted')} mounted, ${count('exists')} already there; ${result.seconds}s.`),
        '',
      ].join('\n'),
    );
    actionLogger.info(`Pushed ${result.digest} to ${result.references.join(', ')}`);
  });
}
