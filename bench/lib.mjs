// Shared pieces of the benchmarks: timing child processes, medians, and the gunzip floor over the
// layer blobs of an OCI layout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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

/** zlib output chunk sizes the floor tries: it keeps the fastest (calibrateGunzip). */
export const floorChunkSizes = [64, 128, 256, 512, 1024, 2048, 4096].map((k) => k * 1024);

/** The gunzip loop the floor runs: every blob, one at a time, one stream, no other work. */
function gunzipScript(blobs, chunkSizes, rounds) {
  return `
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
const { pipeline } = require('node:stream/promises');
const { Writable } = require('node:stream');
async function once(chunkSize) {
  let bytes = 0;
  for (const blob of ${JSON.stringify(blobs)}) {
    await pipeline(createReadStream(blob, { highWaterMark: Math.max(chunkSize, 256 * 1024) }), createGunzip({ chunkSize }), new Writable({ highWaterMark: chunkSize, write(c, _e, cb) { bytes += c.length; cb(); } }));
  }
  return bytes;
}
(async () => {
  const times = {};
  const cpu = {};
  let bytes = 0;
  for (let r = 0; r < ${rounds}; r++) {
    for (const size of ${JSON.stringify(chunkSizes)}) {
      const started = process.hrtime.bigint();
      const used = process.cpuUsage();
      bytes = await once(size);
      (times[size] ??= []).push(Number(process.hrtime.bigint() - started) / 1e6);
      const spent = process.cpuUsage(used);
      (cpu[size] ??= []).push((spent.user + spent.system) / 1e3);
    }
  }
  process.stderr.write(JSON.stringify({ bytes, times, cpu, ...(({ maxRSS, userCPUTime, systemCPUTime }) => ({ maxRssKb: maxRSS, processCpuMs: (userCPUTime + systemCPUTime) / 1e3 }))(process.resourceUsage()) }) + '\\n');
})();`;
}

/**
 * Finds the fastest zlib chunk size for plain single-thread gunzip of these blobs on this
 * machine: every size in floorChunkSizes, interleaved, `rounds` times, in one process. The
 * lowest median CPU time (user + system, every thread) wins: for one gunzip stream at a time it
 * is the wall time of a quiet machine, while the wall time of a shared one is mostly the others'
 * load. Returns the chunk size with each size's medians (ms).
 */
export function calibrateGunzip(blobs, rounds = 3) {
  const { run } = timed(['-e', gunzipScript(blobs, floorChunkSizes, rounds)]);
  const { times, cpu } = JSON.parse(run.stderr.trim().split('\n').pop());
  const sizes = Object.keys(times);
  const wallMs = Object.fromEntries(sizes.map((size) => [size, Math.round(median(times[size]))]));
  const cpuMs = Object.fromEntries(sizes.map((size) => [size, Math.round(median(cpu[size]))]));
  const best = Number(sizes.sort((a, b) => cpuMs[a] - cpuMs[b])[0]);
  return { chunkSize: best, wallMs, cpuMs };
}

/** The floor: plain node:zlib gunzip of every blob, one at a time, in its own process. */
export function gunzipFloor(blobs, chunkSize = 1024 * 1024) {
  const { ms, run } = timed(['-e', gunzipScript(blobs, [chunkSize], 1)]);
  const { bytes, processCpuMs, maxRssKb } = JSON.parse(run.stderr.trim().split('\n').pop());
  return { ms, cpuMs: processCpuMs, bytes, maxRssKb };
}

/** Logical cores of this machine, as Node sees them. */
export function coreCount() {
  return availableParallelism();
}

/** Runs the CLI bundle (BENCH_CLI, default dist/cli/index.js) with args in a child that reports its own peak RSS and CPU time. */
export function cliRun(args, okCodes = [0]) {
  const { ms, run } = timed(
    [
      '-e',
      `process.argv = [process.argv[0], 'cli', ...${JSON.stringify(args)}];
       process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1e3 }) + '\\n'); });
       import(${JSON.stringify(process.env.BENCH_CLI ?? join(root, 'dist/cli/index.js'))});`,
    ],
    { okCodes },
  );
  const { maxRssKb, cpuMs } = JSON.parse(run.stderr.trim().split('\n').pop());
  return { ms, cpuMs, stdout: run.stdout, maxRssKb };
}
