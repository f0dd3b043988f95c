/** actions/checklist: inputs → the checklist gate → outputs, the Markdown checklist in the summary, annotations on the lines. */
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { failsAt, type FailOn } from '../checklist/engine.js';
import { annotationsOf, renderMarkdown } from '../checklist/report.js';
import { runChecklistGate, type RunChecklistGateOptions } from '../checklist/run-checklist.js';
import { GateFailure, InputError } from '../util/errors.js';
import { getBooleanInput, getChoiceInput, getListInput, getOptionalInput, getPathInput, getRegistryInputs, runnerTempDir, workspaceDir } from './inputs.js';
import { actionLogger, annotate, group, runAction, setOutputs, writeSummary } from './run-action.js';

const SOURCES = ['spec', 'dockerfile', 'image', 'compose', 'manifests', 'workflows', 'scan-report', 'health-report'];

/** One entry of a list input of paths, refused when it (or a link on its way) leads outside the workspace. */
function workspacePath(name: string, value: string, workspace: string): string {
  const path = resolve(workspace, value);
  const root = realpathSync(workspace);
  const real = existsSync(path) ? realpathSync(path) : resolve(root, value);
  const inside = (rel: string) => rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  if (!inside(relative(workspace, path)) || !inside(relative(root, real))) throw new InputError(`input ${name}: ${value} is outside the workspace (${workspace}); give a path inside it`);
  return path;
}

export function getInputs(): RunChecklistGateOptions {
  // Secrets first: masked before anything else can print them, whether or not an image is read.
  const registry = getRegistryInputs();
  const workspace = workspaceDir();
  const temp = runnerTempDir();
  const spec = getPathInput('spec');
  const given = SOURCES.some((name) => getOptionalInput(name) !== undefined);
  const defaultSpec = getPathInput('spec', { fallback: 'mcp-deploy.yml' });
  if (!given && !existsSync(defaultSpec)) {
    throw new InputError(`Input required and not supplied: spec (no mcp-deploy.yml in the workspace; or give any of ${SOURCES.slice(1).join(', ')})`);
  }
  const image = getOptionalInput('image');
  const list = (name: string) => getListInput(name).map((p) => workspacePath(name, p, workspace));
  return {
    workspace,
    spec,
    specOptional: true,
    dockerfile: getPathInput('dockerfile'),
    image,
    imageOptions: image ? { platform: getOptionalInput('platform') ?? 'linux/amd64', registry, logger: actionLogger, tempDir: temp } : undefined,
    compose: list('compose'),
    manifests: list('manifests'),
    render: getOptionalInput('render') === undefined ? undefined : getChoiceInput('render', ['kubernetes'] as const, 'kubernetes'),
    pushedDigest: getOptionalInput('pushed-digest'),
    workflows: getPathInput('workflows'),
    scanReport: getPathInput('scan-report', { report: true }),
    healthReport: getPathInput('health-report', { report: true }),
    failOn: getChoiceInput<FailOn>('fail-on', ['error', 'warning', 'note', 'none'], 'error'),
    exemptions: getPathInput('exemptions'),
    disallowExemptions: getBooleanInput('disallow-exemptions', false),
    reportFile: getPathInput('report-file', { output: true }) ?? join(temp, 'mcp-orchestrator-checklist.json'),
    sarifFile: getPathInput('sarif-file', { output: true }) ?? join(temp, 'mcp-orchestrator-checklist.sarif'),
    logger: actionLogger,
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const options = getInputs();
    const outcome = await group('Checklist', () => runChecklistGate(options));
    const { result } = outcome;
    for (const a of annotationsOf(result)) annotate(a.level, a.message, { title: a.title, ...(a.file ? { file: a.file, startLine: a.startLine } : {}) });
    await writeSummary(renderMarkdown(result));
    setOutputs({ passed: result.counts.passed, failed: result.counts.failed, 'report-file': options.reportFile, 'sarif-file': options.sarifFile });
    if (result.failed) {
      const failing = result.results.filter((r) => r.verdict === 'failed' && failsAt(r.rule.severity, result.failOn)).map((r) => r.rule.id);
      throw new GateFailure(`checklist failed at ${result.failOn}: ${failing.join(', ')}; see the job summary and ${options.reportFile}`);
    }
    actionLogger.info(`Checklist passed at ${result.failOn}: ${result.counts.passed} passed, ${result.counts.exempted} exempted, ${result.counts['not-checked']} not checked.`);
  });
}
