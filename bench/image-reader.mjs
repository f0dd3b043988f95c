#!/usr/bin/env node
// Benchmark: read every layer of an OCI layout through the image reader (the shipped CLI bundle,
// `inspect`: decompress, verify digests and diffIDs, walk every tar entry, build the whiteout
// index) against the floor: plain node:zlib gunzip of the same blobs, in the same run.
// Each side runs in its own process, so peak RSS is that side's alone. Usage:
//   node bench/image-reader.mjs [oci:DIR:TAG]   (default: the realistic image fixture)
// The reader runs twice per round: one layer at a time (--concurrency 1), and with its default of two
// layers at once; the floor is one gunzip stream at a time.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? `oci:${join(root, '.cache/fixtures/realistic-oci')}:latest`;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const [, dir, tag] = /^oci:([^:]+):?(.*)$/.exec(source) ?? [];
if (!dir) throw new Error(`expected an oci:DIR[:TAG] source, got ${source}`);

// The blobs of the image's layers, found the plain way, for the floor.
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const top = index.manifests.find((m) => !tag || m.annotations?.['org.opencontainers.image.ref.name'] === tag) ?? index.manifests[0];
const manifest = JSON.parse(readFileSync(join(dir, 'blobs', ...top.digest.split(':')), 'utf8'));
const blobs = manifest.layers.map((l) => join(dir, 'blobs', ...l.digest.split(':')));

const floorScript = `
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
})();
`;

function timed(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ').slice(0, 80)} failed: ${run.stderr}`);
  return { ms, run };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function readerRun(concurrency) {
  const r = timed(['-e', `
    process.argv = [process.argv[0], 'cli', 'inspect', ${JSON.stringify(source)}, '--format', 'json', '--concurrency', '${concurrency}'];
    process.on('exit', () => process.stderr.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\\n'));
    import(${JSON.stringify(join(root, 'dist/cli/index.js'))});
  `]);
  return { ms: r.ms, rssKb: JSON.parse(r.run.stderr.trim().split('\n').pop()).maxRssKb, report: JSON.parse(r.run.stdout) };
}

const floor = [];
const reader = { 1: [], 2: [] };
const rss = { floor: 0, 1: 0, 2: 0 };
let report;
for (let i = 0; i < runs; i++) {
  const f = timed(['-e', floorScript]);
  floor.push(f.ms);
  rss.floor = Math.max(rss.floor, JSON.parse(f.run.stderr.trim().split('\n').pop()).maxRssKb);
  for (const c of [1, 2]) {
    const r = readerRun(c);
    reader[c].push(r.ms);
    rss[c] = Math.max(rss[c], r.rssKb);
    report = r.report;
  }
}
const entries = report.layers.reduce((n, l) => n + l.entries, 0);
const result = {
  bench: 'image-reader',
  source,
  layers: report.layers.length,
  entries,
  runs,
  floorGunzipMs: Math.round(median(floor)),
  readerOneLayerAtATimeMs: Math.round(median(reader[1])),
  readerDefaultTwoLayersMs: Math.round(median(reader[2])),
  ratioOneLayerAtATime: Number((median(reader[1]) / median(floor)).toFixed(2)),
  ratioDefault: Number((median(reader[2]) / median(floor)).toFixed(2)),
  readerPeakRssMb: Math.round(Math.max(rss[1], rss[2]) / 1024),
  floorPeakRssMb: Math.round(rss.floor / 1024),
  goal: 'ratio <= 1.2, reader peak RSS < 150 MB',
};
console.log(JSON.stringify(result, null, 2));
