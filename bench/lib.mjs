// Shared pieces of the benchmarks: timing child processes, medians, and the gunzip floor over the
// layer blobs of an OCI layout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const realisticSource = `oci:${join(root, '.cache/fixtures/realistic-oci')}:latest`;

/** Runs node with args; returns wall time and the child's stdout/stderr. */
export function timed(args, options = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(options.command ?? process.execPath, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, cwd: options.cwd });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && !options.okCodes?.includes(run.status)) throw new Error(`${args.join(' ').slice(0, 100)} failed (${run.status}): ${run.stderr.slice(-500)}`);
  return { ms, run };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The layer blobs of an oci:DIR[:TAG] source. */
export function layerBlobs(source) {
  const [, dir, tag] = /^oci:([^:]+):?(.*)$/.exec(source) ?? [];
  if (!dir) throw new Error(`expected an oci:DIR[:TAG] source, got ${source}`);
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const top = index.manifests.find((m) => !tag || m.annotations?.['org.opencontainers.image.ref.name'] === tag) ?? index.manifests[0];
  const manifest = JSON.parse(readFileSync(join(dir, 'blobs', ...top.digest.split(':')), 'utf8'));
  return manifest.layers.map((l) => join(dir, 'blobs', ...l.digest.split(':')));
}

/** The floor: plain node:zlib gunzip of every blob, one at a time, in its own process. */
export function gunzipFloor(blobs) {
  const script = `
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
const { pipeline } = require('node:stream/promises');
const { Writable } = require('node:stream');
(async () => {
  let bytes = 0;
  for (const blob of ${JSON.stringify(blobs)}) {
    await pipeline(createReadStream(blob, { highWaterMark: 256 * 1024 }), createGunzip({ chunkSize: 128 * 1024 }), new Writable({ write(c, _e, cb) { bytes += c.length; cb(); } }));
  }
  process.stderr.write(JSON.stringify({ bytes, maxRssKb: process.resourceUsage().maxRSS }) + '\\n');
})();`;
  const { ms, run } = timed(['-e', script]);
  return { ms, ...JSON.parse(run.stderr.trim().split('\n').pop()) };
}

/** Runs the CLI bundle with args in a child that reports its own peak RSS. */
export function cliRun(args, okCodes = [0]) {
  const { ms, run } = timed(
    [
      '-e',
      `process.argv = [process.argv[0], 'cli', ...${JSON.stringify(args)}];
       process.on('exit', () => process.stderr.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\\n'));
       import(${JSON.stringify(join(root, 'dist/cli/index.js'))});`,
    ],
    { okCodes },
  );
  return { ms, stdout: run.stdout, maxRssKb: JSON.parse(run.stderr.trim().split('\n').pop()).maxRssKb };
}
