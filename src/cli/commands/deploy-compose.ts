/** `deploy --target compose`, and how both targets print their result and handoff. */
import { writeFileSync } from 'node:fs';
import type { ComposeDeployResult } from '../../deploy/compose/deploy.js';
import type { HandoffDocument } from '../../handoff/handoff.js';
import { InputError } from '../../util/errors.js';
import { whileHandlingSignals } from '../../util/signals.js';
import { parseDuration, parseInteger } from '../../util/parse.js';
import { parseFormat, type CommandContext } from '../command.js';
import { readSpec } from '../spec-option.js';

export interface ComposeDeployValues {
  image?: string;
  spec?: string;
  port?: string;
  url?: string;
  timeout?: string;
  format?: string;
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  strategy?: string;
  'create-namespace'?: boolean;
  'force-conflicts'?: boolean;
  'dry-run'?: boolean;
  'on-failure'?: string;
  'progress-deadline'?: string;
}

/** Options that only mean something on Kubernetes: refused on compose rather than ignored. */
const KUBERNETES_ONLY = ['kubeconfig', 'context', 'namespace', 'strategy', 'create-namespace', 'force-conflicts', 'dry-run', 'on-failure', 'progress-deadline'] as const;

/**
 * Prints a deploy's result (text, then the handoff in Markdown; or one JSON document) and writes
 * the handoff document to `handoffFile` when asked.
 */
export async function printResult(ctx: CommandContext, format: string, handoffFile: string | undefined, result: object, text: string, handoff: HandoffDocument | undefined): Promise<void> {
  const { handoffJson } = await import('../../handoff/handoff.js');
  if (handoffFile && handoff) writeFileSync(handoffFile, handoffJson(handoff));
  if (format === 'json') return ctx.stdout(`${JSON.stringify({ ...result, ...(handoff ? { handoff } : {}) }, null, 2)}\n`);
  ctx.stdout(text);
  if (handoff) {
    const { renderHandoffMarkdown } = await import('../../handoff/handoff-markdown.js');
    ctx.stdout(`\n${renderHandoffMarkdown(handoff)}`);
  }
}

function composeText(result: ComposeDeployResult): string {
  const verb = result.rolledBack ? `rolled back to ${result.image}` : `deployed ${result.image}`;
  return [
    `${verb} (Compose project ${result.project}, services ${result.services.join(', ')})`,
    `url: ${result.url}`,
    ...(result.previousImage && !result.rolledBack ? [`previous image: ${result.previousImage}`] : []),
    ...(result.toolsHash ? [`tools hash: ${result.toolsHash}`] : []),
    `gate: ${result.health.ok ? 'passed' : 'failed'}, tools: ${result.health.tools.map((t) => t.name).join(', ') || 'none'}`,
    '',
  ].join('\n');
}

export async function deployToCompose(values: ComposeDeployValues, ctx: CommandContext, handoffFile: string | undefined): Promise<number> {
  const given = KUBERNETES_ONLY.find((name) => values[name] !== undefined);
  if (given) throw new InputError(`deploy --target compose: --${given} is a Kubernetes option`);
  const format = parseFormat(values.format);
  const port = values.port === undefined ? undefined : parseInteger(values.port, '--port', 1, 65535);
  const timeoutMs = values.timeout === undefined ? undefined : parseDuration(values.timeout, '--timeout');
  if (values.url !== undefined && !/^https?:\/\/[^\s]+$/.test(values.url)) throw new InputError(`--url: "${values.url}" is not an http(s) URL`);
  const spec = readSpec(values.spec, ctx.cwd);
  const { deployCompose, ComposeDeployFailure } = await import('../../deploy/compose/deploy.js');
  try {
    // Ctrl-C or SIGTERM during the start or the gate restores what ran before: exit 130 or 143.
    const result = await whileHandlingSignals((signal) => deployCompose({ spec, image: values.image, port, url: values.url, timeoutMs, env: ctx.env, logger: ctx.logger, signal }));
    await printResult(ctx, format, handoffFile, { target: 'compose', ok: true, ...withoutHandoff(result) }, composeText(result), result.handoff);
    return 0;
  } catch (error) {
    if (error instanceof ComposeDeployFailure && error.result) {
      await printResult(ctx, format, undefined, { target: 'compose', ok: false, ...withoutHandoff(error.result) }, composeText(error.result), undefined);
    }
    throw error;
  }
}

function withoutHandoff(result: ComposeDeployResult): Omit<ComposeDeployResult, 'handoff'> {
  const { handoff: _handoff, ...rest } = result;
  return rest;
}
