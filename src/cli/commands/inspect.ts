import { inspectImage, type InspectReport } from '../../image/inspect.js';
import { InputError } from '../../util/errors.js';
import { parseCommandArgs, parseFormat, type Command } from '../command.js';
import { imageOptionSpec, imageOptionUsage, readImageOptions } from '../image-options.js';

const usage = `
Usage: mcp-orchestrator inspect <source> [options]

Prints what the image reader sees: digest, platform, config, each layer's entries and
whiteouts, and every path a layer holds that the final filesystem does not.

Sources: docker-archive:PATH[:REF]  oci:DIR[:TAG]  oci-archive:PATH[:TAG]
         docker-daemon:REF  docker://REF

Options:
  --format text|json             output format (default text)
${imageOptionUsage}
`;

function renderText(report: InspectReport): string {
  const lines = [
    `${report.source}`,
    `  digest    ${report.digest}`,
    `  platform  ${report.platform}`,
    `  user      ${report.config.user || '(root)'}`,
    `  cmd       ${JSON.stringify(report.config.entrypoint ?? [])} ${JSON.stringify(report.config.cmd ?? [])}`,
    '',
    'layers:',
    ...report.layers.map(
      (l) => `  ${String(l.index).padStart(2)}  ${l.digest.slice(7, 19)}  ${String(l.entries).padStart(6)} entries  ${String(l.whiteouts.length).padStart(3)} whiteouts  ${(l.createdBy ?? '').slice(0, 70)}`,
    ),
    '',
    `deleted or replaced in a later layer: ${report.deleted.length}`,
    ...report.deleted.slice(0, 50).map((d) => `  layer ${d.layer}  ${d.path}`),
  ];
  if (report.deleted.length > 50) lines.push(`  … and ${report.deleted.length - 50} more (use --format json)`);
  return `${lines.join('\n')}\n`;
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show what the image reader sees in an image (layers, whiteouts, deleted paths)',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs('inspect', ctx.argv, { ...imageOptionSpec, format: { type: 'string' } });
    const format = parseFormat(values.format);
    if (positionals.length !== 1) throw new InputError('inspect: expected exactly one image source. See `mcp-orchestrator inspect --help`.');
    const report = await inspectImage(positionals[0]!, readImageOptions(values, ctx));
    ctx.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
    return 0;
  },
};
