#!/usr/bin/env node
// Benchmark: push of the realistic image (OCI layout, gzip layers) to the local plain registry
// through the CLI bundle (`push oci:DIR:TAG docker://127.0.0.1:5000/...`), against `skopeo copy`
// of the same layout to the same registry, in the same run. Each run pushes to a fresh repository
// so every blob is uploaded (no existence hits, no mounts: the registry is sent every byte), and
// skopeo runs with an empty blob-info cache for the same reason.
// Usage: node bench/push.mjs   (BENCH_RUNS=N, default 5; needs scripts/ci-setup.sh's registry)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { median, realisticSource, cliRun } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const registry = '127.0.0.1:5000';
const stamp = Date.now().toString(36);
const ours = [];
const skopeo = [];
let rss = 0;
let pushed;
for (let i = 0; i < runs; i++) {
  const r = cliRun(['push', realisticSource, `docker://${registry}/bench-${stamp}/ours-${i}:latest`, '--format', 'json']);
  ours.push(r.ms);
  rss = Math.max(rss, r.maxRssKb);
  pushed = JSON.parse(r.stdout);
  // An empty blob-info cache (a fresh HOME, and root's system cache removed: it is only a cache):
  // skopeo would otherwise mount the blobs from the last run's repository instead of uploading.
  const home = mkdtempSync(join(tmpdir(), 'skopeo-home-'));
  for (const f of ['blob-info-cache-v1.sqlite', 'blob-info-cache-v1.boltdb']) rmSync(join('/var/lib/containers/cache', f), { force: true });
  const started = process.hrtime.bigint();
  const run = spawnSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', realisticSource, `docker://${registry}/bench-${stamp}/skopeo-${i}:latest`], { env: { ...process.env, HOME: home }, stdio: 'ignore' });
  skopeo.push(Number(process.hrtime.bigint() - started) / 1e6);
  rmSync(home, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`skopeo copy failed (${run.status})`);
}
console.log(
  JSON.stringify(
    {
      bench: 'push',
      source: realisticSource,
      registry,
      runs,
      blobs: pushed.blobs.length,
      uploadedMb: Math.round(pushed.bytesUploaded / 1024 / 1024),
      sameDigestAsSource: pushed.exact,
      pushMs: Math.round(median(ours)),
      skopeoCopyMs: Math.round(median(skopeo)),
      ratioToSkopeo: Number((median(ours) / median(skopeo)).toFixed(2)),
      pushPeakRssMb: Math.round(rss / 1024),
      goal: 'no slower than skopeo copy (ratio <= 1)',
    },
    null,
    2,
  ),
);
