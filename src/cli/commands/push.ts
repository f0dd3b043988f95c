import { pushImage } from '../../push/push.js';
import { severities, type FailOn } from '../../scan/types.js';
import { InputError } from '../../util/errors.js';
import { parseChoice } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, type Command } from '../command.js';
import { imageOptionSpec, imageOptionUsage, readImageOptions } from '../image-options.js';

const usage = `
Usage: mcp-orchestrator push <source> <docker://registry/repository[:tag]>... [options]

Pushes an image over the OCI distribution API, no engine involved, exactly as scanned: from an OCI
layout or archive the registry ends with the same manifest digest; from a docker-archive the
layers are gzipped and the image ID (config digest) is unchanged. Blobs first (existence check,
cross-repository mount, chunked upload resumed after failures), then the manifest by digest,
then tags; verified after the push.

Options:
  --scan-report FILE   refuse to push unless this scan report (scan --output) is of this image
                       and has nothing at --fail-on or above
  --fail-on LEVEL      critical|high|medium|low|none (default high), with --scan-report
  --format text|json   result on stdout (default text)
${imageOptionUsage}

The registry options apply to the source (docker://) and the destinations; --username and
--password-env go to one registry only: --registry HOST, by default the first destination's.
`;

export const pushCommand: Command = {
  name: 'push',
  summary: 'push the scanned bytes to registries (no engine), verify digests',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs('push', ctx.argv, {
      ...imageOptionSpec,
      'scan-report': { type: 'string' },
      'fail-on': { type: 'string' },
      format: { type: 'string' },
    });
    const format = parseFormat(values.format);
    if (positionals.length < 2) throw new InputError('push: expected a source and at least one destination. See `mcp-orchestrator push --help`.');
    const result = await pushImage(positionals[0]!, positionals.slice(1), {
      ...readImageOptions(values, ctx),
      scanReport: values['scan-report'],
      failOn: parseChoice<FailOn>(values['fail-on'] ?? 'high', [...severities, 'none'], '--fail-on'),
      tempDir: ctx.env.RUNNER_TEMP,
    });
    if (format === 'json') ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const uploaded = result.blobs.filter((b) => b.how === 'uploaded').length;
      ctx.stdout(
        `${result.references.join('\n')}\n` +
          `  ${result.exact ? 'exact bytes' : 'layers gzipped, image ID kept'}; ${result.blobs.length} blobs: ${uploaded} uploaded (${(result.bytesUploaded / 1024 / 1024).toFixed(1)} MB), ` +
          `${result.blobs.filter((b) => b.how === 'mounted').length} mounted, ${result.blobs.filter((b) => b.how === 'exists').length} already there; ${result.seconds}s\n` +
          (result.tags.length ? `  tags: ${result.tags.join(', ')}\n` : ''),
      );
    }
    return 0;
  },
};
