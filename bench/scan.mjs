#!/usr/bin/env node
// Benchmark: the secret scan (CLI bundle, `scan --format json`) over the realistic image's OCI
// layout, against (1) the floor, plain gunzip of the same layers, and (2) secretlint with its
// recommended preset over the same image's filesystem, extraction (docker export | tar -x)
// counted. Each in its own process, in the same run. secretlint runs once (it takes minutes);
// set BENCH_SECRETLINT=0 to skip it. Also (`redos`) the slowest any rule's pattern takes over
// 64 KB runs of the characters it repeats, with and without its literal prefixes (the unit test
// test/unit/scan/redos.test.ts shows from the patterns' structure that none can blow up; this
// measures it). Usage: node bench/scan.mjs [oci:DIR:TAG] [docker image]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { cliRun, gunzipFloor, layerBlobs, median, realisticSource, root, timed } from './lib.mjs';

const source = process.argv[2] ?? realisticSource;
const image = process.argv[3] ?? 'local/realistic:latest';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const blobs = layerBlobs(source);
const floor = [];
const scan = [];
let rssScan = 0;
let report;
for (let i = 0; i < runs; i++) {
  floor.push(gunzipFloor(blobs).ms);
  const r = cliRun(['scan', source, '--format', 'json', '--fail-on', 'none']);
  scan.push(r.ms);
  rssScan = Math.max(rssScan, r.maxRssKb);
  report = JSON.parse(r.stdout);
}
const result = {
  bench: 'scan',
  source,
  files: report.stats.files,
  uncompressedMb: Math.round(report.stats.bytes / 1024 / 1024),
  findings: report.findings.length,
  runs,
  floorGunzipMs: Math.round(median(floor)),
  scanMs: Math.round(median(scan)),
  ratioToGunzip: Number((median(scan) / median(floor)).toFixed(2)),
  scanPeakRssMb: Math.round(rssScan / 1024),
  goal: 'ratio to gunzip <= 1.5 (moonshot 1.2), peak RSS < 200 MB, >= 10x faster than secretlint',
};
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
    result.speedupOverSecretlint = Number(((extractMs + lint.ms) / median(scan)).toFixed(1));
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
