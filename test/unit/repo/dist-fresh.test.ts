import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stageActions } from '../../helpers/actions.js';
import { repoRoot } from '../../helpers/paths.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('dist/', () => {
  test('matches a fresh bundle of src/ (run `npm run bundle` and commit dist/ when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-fresh-'));
    try {
      execFileSync(process.execPath, [join(repoRoot, 'scripts/bundle.mjs'), '--out', out], { cwd: repoRoot, stdio: 'pipe' });
      const fresh = listFiles(out).map((f) => relative(out, f)).sort();
      const committed = listFiles(join(repoRoot, 'dist')).map((f) => relative(join(repoRoot, 'dist'), f)).sort();
      expect(committed).toEqual(fresh);
      const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(repoRoot, 'dist', f))));
      expect(stale).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 900_000);

  test('has a bundle for every action.yml and nothing else', () => {
    const actions = stageActions();
    const bundles = readdirSync(join(repoRoot, 'dist')).filter((d) => d !== 'cli' && d !== 'main').sort();
    expect(bundles).toEqual(actions);
  });
});
