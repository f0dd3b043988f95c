// dist/inputs.json: what a full `npm run bundle` was built from (a SHA-256 of every source,
// lock and build file) and what it wrote (a SHA-256 of every file under dist/). The test suite
// checks both against the working tree in a second, where rebuilding all twelve bundles takes
// minutes on two cores; GitHub CI (.github/workflows/ci.yml) still rebuilds and diffs in full.
// A partial build (`--only`) removes the manifest: dist/ is fresh only after a full bundle.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const MANIFEST = 'inputs.json';
/** Files and folders whose content decides the bundles' bytes (node_modules by its lock file). */
export const INPUT_ROOTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs'];

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

function hashes(root, paths, base = root) {
  return Object.fromEntries(paths.map((p) => [relative(base, join(root, p)).split(sep).join('/'), createHash('sha256').update(readFileSync(join(root, p))).digest('hex')]));
}

/** The inputs' hashes as they are now under `root`. */
export function inputHashes(root) {
  return hashes(root, INPUT_ROOTS.flatMap((p) => files(root, p)));
}

/** The hashes of every file under `root`/dist but the manifest. */
export function outputHashes(root) {
  const dist = join(root, 'dist');
  return hashes(dist, files(dist, '.').filter((p) => p !== MANIFEST));
}

export function writeManifest(root) {
  const manifest = {
    about: 'Written by scripts/bundle.mjs after a full bundle: the inputs it was built from and the files it wrote. Checked by test/unit/repo/dist-fresh.test.ts.',
    inputs: inputHashes(root),
    outputs: outputHashes(root),
  };
  writeFileSync(join(root, 'dist', MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}

export function readManifest(root) {
  const path = join(root, 'dist', MANIFEST);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Paths whose hash differs between `recorded` and `current`, added or removed included, sorted. */
export function differences(recorded, current) {
  const paths = new Set([...Object.keys(recorded), ...Object.keys(current)]);
  return [...paths]
    .filter((p) => recorded[p] !== current[p])
    .sort()
    .map((p) => `${p} (${recorded[p] === undefined ? 'added since' : current[p] === undefined ? 'removed since' : 'changed since'})`);
}
