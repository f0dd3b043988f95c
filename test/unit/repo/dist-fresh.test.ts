/**
 * dist/ is what a full bundle of this src/ wrote. `npm run bundle` records, in dist/inputs.json,
 * the SHA-256 of every input (src/, the lock file, the build script) and of every file it wrote;
 * here both are recomputed from the working tree. Rebuilding all twelve bundles instead took 4 to
 * 7 minutes of a 2-core CI run; GitHub CI (.github/workflows/ci.yml) still rebuilds and diffs.
 */
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error a plain .mjs build script, no type declarations
import { differences, inputHashes, outputHashes, readManifest, writeManifest } from '../../../scripts/dist-manifest.mjs';
import { stageActions } from '../../helpers/actions.js';
import { repoRoot } from '../../helpers/paths.js';

type Hashes = Record<string, string>;
const manifest = readManifest(repoRoot) as { inputs: Hashes; outputs: Hashes } | undefined;

describe('dist/', () => {
  test('was bundled from this src/, lock file and build script (run `npm run bundle` and commit dist/ when this fails)', () => {
    expect(manifest).toBeDefined();
    expect(differences(manifest!.inputs, inputHashes(repoRoot) as Hashes)).toEqual([]);
  });

  test('holds exactly the files that bundle wrote, unedited (run `npm run bundle` when this fails)', () => {
    expect(differences(manifest!.outputs, outputHashes(repoRoot) as Hashes)).toEqual([]);
  });

  test('the check catches a source edited, added or removed after the bundle, and a bundle edited by hand', () => {
    const copy = mkdtempSync(join(tmpdir(), 'dist-manifest-'));
    try {
      for (const path of ['src/util', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs', 'dist/scan']) cpSync(join(repoRoot, path), join(copy, path), { recursive: true });
      writeManifest(copy);
      const fresh = readManifest(copy) as { inputs: Hashes; outputs: Hashes };
      expect(differences(fresh.inputs, inputHashes(copy) as Hashes)).toEqual([]);
      const first = readdirSync(join(copy, 'src/util')).sort()[0]!;
      writeFileSync(join(copy, 'src/util', first), '// edited\n', { flag: 'a' });
      writeFileSync(join(copy, 'src/util/new-file.ts'), 'export {};\n');
      rmSync(join(copy, 'tsconfig.json'));
      writeFileSync(join(copy, 'dist/scan/index.js'), '// patched\n', { flag: 'a' });
      expect(differences(fresh.inputs, inputHashes(copy) as Hashes)).toEqual([`src/util/${first} (changed since)`, 'src/util/new-file.ts (added since)', 'tsconfig.json (removed since)']);
      expect(differences(fresh.outputs, outputHashes(copy) as Hashes)).toEqual(['scan/index.js (changed since)']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('has a bundle for every action.yml and nothing else', () => {
    const actions = stageActions();
    const bundles = readdirSync(join(repoRoot, 'dist'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'cli' && d.name !== 'main')
      .map((d) => d.name)
      .sort();
    expect(bundles).toEqual(actions);
  });
});
