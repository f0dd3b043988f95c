import { renderText } from '../../scan/render.js';
import { runScan } from '../../scan/run-scan.js';
import { severities, type FailOn } from '../../scan/types.js';
import { InputError } from '../../util/errors.js';
import { parseChoice, parseInteger, parseSize } from '../../util/parse.js';
import { parseCommandArgs, parseFormat, renamedOption, type Command } from '../command.js';
import { imageOptionSpec, imageOptionUsage, readImageOptions } from '../image-options.js';

const usage = `
Usage: mcp-orchestrator scan <source> [options]

Fails when secrets are baked into an image: every file of every layer (deleted and replaced
ones included), credential files by name and structure, and the config (Env, Labels,
Entrypoint/Cmd, build arguments in the history).

Options:
  --fail-on LEVEL        critical|high|medium|low|none (default high)
  --baseline FILE        accepted findings (by fingerprint, rule or path glob, each with a reason)
  --format FORMAT        text|json|sarif on stdout (default text)
  --scan-report FILE     write the JSON report here (--output is the same)
  --sarif-file FILE      write SARIF 2.1.0 here (--sarif is the same)
  --dockerfile FILE      point SARIF locations at this Dockerfile's lines (default ./Dockerfile)
  --max-file-size SIZE   text files larger than this fail the scan (default 256MB)
  --workers N            scan layers on N worker threads; 0 in one thread (default: one per
                         spare core from 3 cores up, else one thread)
${imageOptionUsage}

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the scan could not
read everything it was asked to (it never reports clean after skipping something).
`;

export const scanCommand: Command = {
  name: 'scan',
  summary: 'fail on secrets baked into image layers and config (JSON, SARIF, text)',
  usage,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs('scan', ctx.argv, {
      ...imageOptionSpec,
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      baseline: { type: 'string' },
      'scan-report': { type: 'string' },
      'sarif-file': { type: 'string' },
      output: { type: 'string' },
      sarif: { type: 'string' },
      dockerfile: { type: 'string' },
      'max-file-size': { type: 'string' },
      workers: { type: 'string' },
    });
    const workers = values.workers === undefined ? undefined : parseInteger(values.workers, '--workers', 0, 64);
    const format = parseFormat(values.format, ['text', 'json', 'sarif']);
    if (positionals.length !== 1) throw new InputError('scan: expected exactly one image source. See `mcp-orchestrator scan --help`.');
    const outcome = await runScan(positionals[0]!, {
      ...readImageOptions(values, ctx),
      failOn: parseChoice<FailOn>(values['fail-on'] ?? 'high', [...severities, 'none'], '--fail-on'),
      baselineFile: values.baseline,
      reportFile: renamedOption(values, 'scan-report', 'output'),
      sarifFile: renamedOption(values, 'sarif-file', 'sarif'),
      dockerfile: values.dockerfile ?? 'Dockerfile',
      workspace: ctx.cwd,
      maxFileSize: values['max-file-size'] ? parseSize(values['max-file-size'], '--max-file-size') : undefined,
      workers,
    });
    if (format === 'json') ctx.stdout(`${JSON.stringify(outcome.report, null, 2)}\n`);
    else if (format === 'sarif') ctx.stdout(`${JSON.stringify(outcome.sarif, null, 2)}\n`);
    else ctx.stdout(renderText(outcome.report));
    return outcome.failed ? 1 : 0;
  },
};
