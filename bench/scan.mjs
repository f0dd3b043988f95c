#!/usr/bin/env node
// Benchmark: the secret scan (CLI bundle, `scan --format json`) over the realistic image's OCI
// layout, against (1) the floor, plain single-thread gunzip of the same layers with the zlib chunk
// size measured fastest on this machine (64 KiB … 4 MiB, by CPU time), and (2) secretlint with
// its recommended preset over the same image's filesystem, extraction (docker export | tar -x)
// counted. Each in its own process, floor and scan in turn in every round, median of 5 (BENCH_RUNS)
// with the spread, wall and CPU time (on a shared machine the CPU ratio is the steadier one).
// Also: the scan of a ten-times-larger image (the realistic layers repeated under /r1 … /r9,
// built once into .cache/fixtures/realistic-10x-oci; BENCH_10X=0 skips it) against its own floor;
// which bundle files `scan` loads (and the packages in them); and (`redos`) the slowest any rule's
// pattern takes over 64 KB runs of the characters it repeats. secretlint runs once (it takes
// minutes); set BENCH_SECRETLINT=0 to skip it. BENCH_CLI points at another CLI bundle;
// BENCH_FLOOR_CHUNK=BYTES skips the chunk-size measurement.
// Usage: node bench/scan.mjs [oci:DIR:TAG] [docker image]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { calibrateGunzip, cliRun, coreCount, gunzipFloor, layerBlobs, median, realisticSource, root, timed } from './lib.mjs';
import { bundleFilesLoaded, tenTimesImage } from './lib/scan-fixtures.mjs';

const source = process.argv[2] ?? realisticSource;
const image = process.argv[3] ?? 'local/realistic:latest';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const blobs = layerBlobs(source);
const calibration = process.env.BENCH_FLOOR_CHUNK ? { chunkSize: Number(process.env.BENCH_FLOOR_CHUNK) } : calibrateGunzip(blobs);
const scanArgs = (src) => ['scan', src, '--format', 'json', '--fail-on', 'none'];

/** Floor and scan in turn, `rounds` times: medians, spreads, ratios, peak RSS. */
function sideBySide(src, blobList, rounds) {
  const floor = [];
  const scan = [];
  let rss = 0;
  let report;
  for (let i = 0; i < rounds; i++) {
    floor.push(gunzipFloor(blobList, calibration.chunkSize));
    const r = cliRun(scanArgs(src));
    scan.push(r);
    rss = Math.max(rss, r.maxRssKb);
    report = JSON.parse(r.stdout);
  }
  const spread = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
  const wall = { floor: floor.map((f) => f.ms), scan: scan.map((r) => r.ms) };
  const cpu = { floor: floor.map((f) => f.cpuMs), scan: scan.map((r) => r.cpuMs) };
  return {
    source: src,
    files: report.stats.files,
    uncompressedMb: Math.round(report.stats.bytes / 1024 / 1024),
    findings: report.findings.length,
    runs: rounds,
    floorGunzipMs: Math.round(median(wall.floor)),
    floorGunzipSpreadMs: spread(wall.floor),
    scanMs: Math.round(median(wall.scan)),
    scanSpreadMs: spread(wall.scan),
    ratioToGunzip: Number((median(wall.scan) / median(wall.floor)).toFixed(2)),
    // Each round's own ratio: floor and scan ran back to back, under about the same load.
    ratioPerRound: wall.scan.map((ms, i) => Number((ms / wall.floor[i]).toFixed(2))),
    floorCpuMs: Math.round(median(cpu.floor)),
    scanCpuMs: Math.round(median(cpu.scan)),
    cpuRatioToGunzip: Number((median(cpu.scan) / median(cpu.floor)).toFixed(2)),
    scanPeakRssMb: Math.round(rss / 1024),
    floorPeakRssMb: Math.round(Math.max(...floor.map((f) => f.maxRssKb)) / 1024),
  };
}

const result = {
  bench: 'scan',
  cores: coreCount(),
  floor: { chunkSize: calibration.chunkSize, byChunkSizeCpuMs: calibration.cpuMs, byChunkSizeWallMs: calibration.wallMs },
  ...sideBySide(source, blobs, runs),
  goal: 'ratio to gunzip <= 1.2, peak RSS < 200 MB, >= 10x faster than secretlint',
};
result.scanLoads = bundleFilesLoaded(scanArgs(source));
if (process.env.BENCH_10X !== '0' && source === realisticSource) {
  const big = tenTimesImage(source);
  const rounds = Number(process.env.BENCH_RUNS_10X ?? 3);
  const tenfold = sideBySide(big, layerBlobs(big), rounds);
  result.tenTimes = {
    ...tenfold,
    bytesGrowth: Number((tenfold.uncompressedMb / result.uncompressedMb).toFixed(1)),
    scanTimeGrowth: Number((tenfold.scanMs / result.scanMs).toFixed(1)),
    scanCpuGrowth: Number((tenfold.scanCpuMs / result.scanCpuMs).toFixed(1)),
  };
}
result.redos = worstPatternTimes();
console.error(JSON.stringify(result));
if (process.env.BENCH_SECRETLINT !== '0') {
  const dir = mkdtempSync(join(tmpdir(), 'secretlint-fs-'));
  try {
    const started = process.hrtime.bigint();
    const id = execSync(`docker create ${image}`, { encoding: 'utf8' }).trim();
    execSync(`docker export ${id} | tar -x -C ${dir} 2>/dev/null; docker rm ${id} >/dev/null`, { shell: '/bin/bash' });
    // Links into the host's /proc, /sys, /dev (etc/mtab -> /proc/mounts) are not image content, and
    // secretlint follows them and dies reading procfs (EINVAL): drop them.
    execSync(`find ${dir} -type l \\( -lname '/proc*' -o -lname '/sys*' -o -lname '/dev*' \\) -delete`, { shell: '/bin/bash' });
    const extractMs = Number(process.hrtime.bigint() - started) / 1e6;
    const rc = join(dir, '..', `${dir.split('/').pop()}.secretlintrc.json`);
    const ignore = join(dir, '..', `${dir.split('/').pop()}.secretlintignore`);
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    writeFileSync(ignore, 'dev/**\nproc/**\nsys/**\netc/mtab\n');
    const lint = timed([join(root, 'node_modules/.bin/secretlint'), '**/*', '--secretlintrc', rc, '--secretlintignore', ignore, '--format', 'unix'], { cwd: dir, okCodes: [0, 1], command: process.execPath });
    // unix format: one `path:line:col: message` line per finding (json embeds every file's content).
    const messages = lint.run.stdout.split('\n').filter((l) => /^\S.*:\d+:\d+: /.test(l));
    result.secretlintMs = Math.round(extractMs + lint.ms);
    result.secretlintExtractMs = Math.round(extractMs);
    result.secretlintFindings = messages.length;
    result.speedupOverSecretlint = Number(((extractMs + lint.ms) / result.scanMs).toFixed(1));
    rmSync(rc, { force: true });
    rmSync(ignore, { force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify(result, null, 2));

/** Each rule's pattern over adversarial input; runs in a child that loads src/ through tsx. */
function worstPatternTimes() {
  const script = `const { rules } = await import(${JSON.stringify(join(root, 'src/scan/rules.ts'))});
process.stdout.write(JSON.stringify((${measurePatterns.toString()})(rules)));`;
  const { run } = timed(['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
  return { ...JSON.parse(run.stdout), goal: 'every pattern under 500 ms on 64 KB of adversarial input (a catastrophic one takes seconds)' };
}

/** Long runs of the characters each pattern repeats, with and without its literal prefixes. */
function measurePatterns(rules) {
  const adversarialInputs = (source) => {
    const classes = source.match(/\[(?:\\.|[^\]\\])*\]/g) ?? [];
    const samples = new Set(['a', 'A', '0', ' ', '=', '-', '_', '/', '.', ':', '@', 'x', '\n', '"']);
    for (const cls of classes) {
      const body = cls.slice(1, -1).replace(/^\^/, '');
      const plain = body.replace(/\\[sdwnrt]/g, '').replace(/\\(.)/g, '$1');
      for (const ch of plain.replace(/(.)-(.)/g, '$1$2')) samples.add(ch);
    }
    const literals = source.match(/[A-Za-z_:./-]{3,}/g) ?? [];
    const inputs = [];
    for (const ch of samples) {
      inputs.push(ch.repeat(65_536));
      for (const lit of literals.slice(0, 4)) inputs.push((lit.replace(/\\/g, '') + ch.repeat(50)).repeat(1_000));
    }
    return inputs;
  };
  let worst = { worstRule: '', worstMs: 0 };
  for (const rule of rules) {
    for (const input of adversarialInputs(rule.pattern.source)) {
      const re = new RegExp(rule.pattern.source, rule.pattern.flags);
      const started = performance.now();
      let guard = 0;
      for (let m = re.exec(input); m && guard < 100_000; m = re.exec(input), guard++) if (m[0].length === 0) re.lastIndex++;
      const ms = performance.now() - started;
      if (ms > worst.worstMs) worst = { worstRule: rule.id, worstMs: Number(ms.toFixed(1)) };
    }
  }
  return { rules: rules.length, ...worst };
}
