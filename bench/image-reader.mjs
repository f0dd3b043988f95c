#!/usr/bin/env node
// Benchmark: read every layer of an OCI layout through the image reader (the shipped CLI bundle,
// `inspect`: decompress, verify digests and diffIDs, walk every tar entry, build the whiteout
// index) against the floor: plain node:zlib gunzip of the same blobs, in the same run.
// The reader runs one layer at a time (--concurrency 1) and with its default of two layers at
// once; the floor is one gunzip stream at a time. Each side runs in its own process, so peak RSS
// is that side's alone. Usage: node bench/image-reader.mjs [oci:DIR:TAG]
import { cliRun, gunzipFloor, layerBlobs, median, realisticSource } from './lib.mjs';

const source = process.argv[2] ?? realisticSource;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const blobs = layerBlobs(source);
const floor = [];
const reader = { 1: [], 2: [] };
const rss = { floor: 0, 1: 0, 2: 0 };
let report;
for (let i = 0; i < runs; i++) {
  const f = gunzipFloor(blobs);
  floor.push(f.ms);
  rss.floor = Math.max(rss.floor, f.maxRssKb);
  for (const c of [1, 2]) {
    const r = cliRun(['inspect', source, '--format', 'json', '--concurrency', String(c)]);
    reader[c].push(r.ms);
    rss[c] = Math.max(rss[c], r.maxRssKb);
    report = JSON.parse(r.stdout);
  }
}
console.log(
  JSON.stringify(
    {
      bench: 'image-reader',
      source,
      layers: report.layers.length,
      entries: report.layers.reduce((n, l) => n + l.entries, 0),
      runs,
      floorGunzipMs: Math.round(median(floor)),
      readerOneLayerAtATimeMs: Math.round(median(reader[1])),
      readerDefaultTwoLayersMs: Math.round(median(reader[2])),
      ratioOneLayerAtATime: Number((median(reader[1]) / median(floor)).toFixed(2)),
      ratioDefault: Number((median(reader[2]) / median(floor)).toFixed(2)),
      readerPeakRssMb: Math.round(Math.max(rss[1], rss[2]) / 1024),
      floorPeakRssMb: Math.round(rss.floor / 1024),
      goal: 'ratio <= 1.2, reader peak RSS < 150 MB',
    },
    null,
    2,
  ),
);
