#!/usr/bin/env node
// Benchmark: read every layer of an OCI layout through the image reader (the shipped CLI bundle,
// `inspect`: decompress, verify each layer's digest once, walk every tar entry, build the whiteout
// index) against the floor: plain single-thread node:zlib gunzip of the same blobs, with the zlib
// chunk size measured fastest on this machine (64 KiB … 4 MiB, by CPU time), in the same run.
// The reader runs one layer at a time (--concurrency 1) and with its default of two layers at
// once; the floor is one gunzip stream at a time. Each side runs in its own process, so peak RSS
// is that side's alone; median of 5 (BENCH_RUNS) with the spread, wall and CPU time.
// BENCH_FLOOR_CHUNK=BYTES skips the chunk-size measurement; BENCH_CLI points at another bundle.
// Usage: node bench/image-reader.mjs [oci:DIR:TAG]
import { calibrateGunzip, cliRun, coreCount, gunzipFloor, layerBlobs, median, realisticSource } from './lib.mjs';

const source = process.argv[2] ?? realisticSource;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const blobs = layerBlobs(source);
const calibration = process.env.BENCH_FLOOR_CHUNK ? { chunkSize: Number(process.env.BENCH_FLOOR_CHUNK) } : calibrateGunzip(blobs);
const floor = [];
const reader = { 1: [], 2: [] };
let report;
for (let i = 0; i < runs; i++) {
  floor.push(gunzipFloor(blobs, calibration.chunkSize));
  for (const c of [1, 2]) {
    const r = cliRun(['inspect', source, '--format', 'json', '--concurrency', String(c)]);
    reader[c].push(r);
    report = JSON.parse(r.stdout);
  }
}
const wall = (list) => median(list.map((r) => r.ms));
const cpu = (list) => median(list.map((r) => r.cpuMs));
const spread = (list) => `${Math.round(Math.min(...list.map((r) => r.ms)))}–${Math.round(Math.max(...list.map((r) => r.ms)))}`;
const rss = (list) => Math.round(Math.max(...list.map((r) => r.maxRssKb)) / 1024);
console.log(
  JSON.stringify(
    {
      bench: 'image-reader',
      cores: coreCount(),
      source,
      floor: { chunkSize: calibration.chunkSize, byChunkSizeCpuMs: calibration.cpuMs, byChunkSizeWallMs: calibration.wallMs },
      layers: report.layers.length,
      entries: report.layers.reduce((n, l) => n + l.entries, 0),
      runs,
      floorGunzipMs: Math.round(wall(floor)),
      floorGunzipSpreadMs: spread(floor),
      readerOneLayerAtATimeMs: Math.round(wall(reader[1])),
      readerOneLayerAtATimeSpreadMs: spread(reader[1]),
      readerDefaultTwoLayersMs: Math.round(wall(reader[2])),
      readerDefaultTwoLayersSpreadMs: spread(reader[2]),
      ratioOneLayerAtATime: Number((wall(reader[1]) / wall(floor)).toFixed(2)),
      ratioDefault: Number((wall(reader[2]) / wall(floor)).toFixed(2)),
      ratioDefaultPerRound: reader[2].map((r, i) => Number((r.ms / floor[i].ms).toFixed(2))),
      floorCpuMs: Math.round(cpu(floor)),
      readerDefaultCpuMs: Math.round(cpu(reader[2])),
      cpuRatioDefault: Number((cpu(reader[2]) / cpu(floor)).toFixed(2)),
      readerPeakRssMb: Math.max(rss(reader[1]), rss(reader[2])),
      floorPeakRssMb: rss(floor),
      goal: 'ratio <= 1.0, reader peak RSS < 150 MB',
    },
    null,
    2,
  ),
);
