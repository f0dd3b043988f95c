import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/paths.js';

test('the README documents every input and output of every action as its action.yml declares them (run `node scripts/action-docs.mjs` when this fails)', () => {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/action-docs.mjs'), '--check'], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  for (const name of ['main', ...readdirSync(join(repoRoot, 'actions'))]) {
    expect(readme).toContain(`<!-- action-docs:${name} -->`);
  }
});
