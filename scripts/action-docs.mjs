#!/usr/bin/env node
// Writes each action's input and output tables into the README from its action.yml, between
// `<!-- action-docs:NAME -->` and `<!-- /action-docs:NAME -->` (NAME: `main` for the root action,
// else the folder under actions/). `--check` exits 1 when the README is not what this would write
// (test/unit/repo/readme-actions.test.ts runs it), so the README never drifts from the actions.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');

/** One table cell: whitespace folded, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
const codeCell = (text) => (text === '' ? '' : `\`${String(text).replace(/`/g, "'")}\``);

export function tablesFor(actionYml) {
  const action = parse(readFileSync(actionYml, 'utf8'));
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, input]) => `| \`${name}\` | ${input.required ? '(required)' : codeCell(input.default ?? '')} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return ['| input | default | description |', '|---|---|---|', ...inputs, '', '| output | description |', '|---|---|', ...outputs].join('\n');
}

export function renderReadme(text) {
  return text.replace(/(<!-- action-docs:([a-z-]+) -->)[\s\S]*?(<!-- \/action-docs:\2 -->)/g, (_all, open, name, close) => {
    const file = name === 'main' ? join(root, 'action.yml') : join(root, 'actions', name, 'action.yml');
    return `${open}\n${tablesFor(file)}\n${close}`;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readmePath, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write('README.md: the action tables differ from the action.yml files; run `node scripts/action-docs.mjs`\n');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(readmePath, next);
    process.stderr.write('action-docs: README.md updated\n');
  }
}
