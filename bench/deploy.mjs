#!/usr/bin/env node
// Benchmark (issue 10): `deploy --target kubernetes --strategy rolling` of the packaged example
// server (examples/node-server) on the real cluster, through the CLI bundle, against the same
// manifests (`render --target kubernetes`, same image digest) put there by hand with the cluster's
// kubectl in the same run: `create namespace`, `apply --server-side`, `rollout status`. Each run of
// either is a fresh namespace, deleted (and waited for) after; the two alternate, after one
// uncounted deploy that puts the image on the node. The deploy also gates the new revision through
// a port-forward, which the plain path does not: its time is taken from the deploy's own timeline
// (rolled out -> gate passed) and from the gate report (latencyMs.total), and the overhead ratio
// is (deploy - gate) / plain. Goal: <= 1.1x. Where the rest goes: the deploy's timeline phases,
// and the CLI's start up to its first request (a deploy against an API server that refuses).
// Usage: node bench/deploy.mjs   (BENCH_RUNS=N, default 3; KUBECONFIG, else scripts/start-k8s.sh's
// cluster; BENCH_DIST=DIR/dist, a bundle folder named dist (the package stage copies the bridge
// from ../dist/cli beside the bundle), default the repository's dist; BENCH_KUBECTL=PATH)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { median, root } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const dist = process.env.BENCH_DIST ?? join(root, 'dist');
const cli = join(dist, 'cli/index.js');
if (basename(dist) !== 'dist' || !existsSync(cli)) throw new Error(`BENCH_DIST must be a bundle folder named dist holding cli/index.js (node scripts/bundle.mjs --only cli --out DIR/dist), got ${dist}`);
const kubectlBin = process.env.BENCH_KUBECTL ?? (existsSync('/var/tmp/k8s-test/bin/kubectl') ? '/var/tmp/k8s-test/bin/kubectl' : 'kubectl');
const kubeconfig = process.env.KUBECONFIG ?? spawnSync('bash', [join(root, 'scripts/start-k8s.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).stdout.trim().split('\n').pop();
if (!kubeconfig || !existsSync(kubeconfig)) throw new Error(`no kubeconfig: set KUBECONFIG or run bash scripts/start-k8s.sh (got '${kubeconfig}')`);
const env = { ...process.env, KUBECONFIG: kubeconfig };
const stamp = `${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
const dir = mkdtempSync(join(tmpdir(), 'bench-deploy-'));

/** The CLI bundle (or kubectl) in a child; wall time and stdout. */
function run(args, command = process.execPath) {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${basename(command)} ${args.join(' ').slice(0, 160)} failed (${child.status}): ${child.stderr.slice(-800)}`);
  return { ms, stdout: child.stdout };
}
const kubectl = (args) => run(args, kubectlBin);

// The example's spec, pointed at the local registry, its build context made absolute.
const specFile = join(dir, 'mcp-deploy.yml');
const spec = parse(readFileSync(join(root, 'examples/node-server/mcp-deploy.yml'), 'utf8'));
const repository = '127.0.0.1:5000/bench/weather-deploy';
spec.image = repository;
spec.build.context = join(root, 'examples/node-server');
writeFileSync(specFile, stringify(spec));

// Packaged and pushed once, by digest.
run([cli, 'package', '--spec', specFile, '--base', 'local/node:bookworm', '--output', join(dir, 'weather.tar'), '--format', 'json']);
const pushed = JSON.parse(run([cli, 'push', `docker-archive:${join(dir, 'weather.tar')}`, `docker://${repository}:bench-${stamp}`, '--format', 'json']).stdout);
const image = `${repository}@${pushed.digest}`;

const deployArgs = (ns) => [cli, 'deploy', '--target', 'kubernetes', '--spec', specFile, '--image', image, '--namespace', ns, '--create-namespace', '--strategy', 'rolling', '--format', 'json'];
const removeNamespace = (ns) => kubectl(['delete', 'namespace', ns, '--ignore-not-found', '--wait=true', '--timeout=5m']);
const at = (timeline, pattern) => {
  const event = timeline.find((t) => pattern.test(t.event));
  if (!event) throw new Error(`no ${pattern} in the deploy's timeline: ${JSON.stringify(timeline)}`);
  return event.atMs;
};

// Uncounted: the first pull of the image by the node.
const warm = `bench-deploy-${stamp}-warm`;
run(deployArgs(warm));
removeNamespace(warm);

const samples = { deploy: [], plain: [], gateStep: [], gateReport: [], rollout: [], deployApplied: [], deployRolloutWait: [], deployAfterGate: [], deployOutsideTimeline: [], cliStart: [] };

// The CLI's own start (Node, the bundle and its Kubernetes client loaded, the spec read) up to its
// first request: the same deploy against a kubeconfig whose API server refuses at once (exit 2).
const refusing = join(dir, 'refusing.kubeconfig');
writeFileSync(refusing, stringify({ apiVersion: 'v1', kind: 'Config', clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:1' } }], users: [{ name: 'u', user: { token: 'unused' } }], contexts: [{ name: 'c', context: { cluster: 'c', user: 'u' } }], 'current-context': 'c' }));
function cliStart() {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [cli, 'deploy', '--target', 'kubernetes', '--spec', specFile, '--image', image, '--namespace', 'unused', '--kubeconfig', refusing], { encoding: 'utf8', env });
  if (child.status !== 2 || !/ECONNREFUSED/.test(child.stderr)) throw new Error(`the refused deploy did not fail connecting: ${child.status} ${child.stderr.slice(-400)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}
let objects;
for (let i = 0; i < runs; i++) {
  const ns = `bench-deploy-${stamp}-${i}`;
  const deployed = run(deployArgs(ns));
  const result = JSON.parse(deployed.stdout);
  if (!result.ok || !result.gate?.ok) throw new Error(`deploy in ${ns} did not pass: ${deployed.stdout.slice(0, 800)}`);
  objects = result.objects.length;
  samples.deploy.push(deployed.ms);
  samples.gateStep.push(at(result.timeline, /gate passed/) - at(result.timeline, /rolled out/));
  samples.gateReport.push(result.gate.latencyMs.total);
  // Where the rest goes, from the same timeline (its atMs count from the deploy's own start).
  const last = result.timeline.at(-1).atMs;
  samples.deployApplied.push(at(result.timeline, /^applied/));
  samples.deployRolloutWait.push(at(result.timeline, /rolled out/) - at(result.timeline, /^applied/));
  samples.deployAfterGate.push(last - at(result.timeline, /gate passed/));
  samples.deployOutsideTimeline.push(deployed.ms - last);
  removeNamespace(ns);
  samples.cliStart.push(cliStart());

  // The same manifests, rendered for a fresh namespace (outside the timing), applied by hand.
  const plainNs = `bench-plain-${stamp}-${i}`;
  const manifests = join(dir, `${plainNs}.json`);
  writeFileSync(manifests, run([cli, 'render', '--target', 'kubernetes', '--spec', specFile, '--image', image, '--namespace', plainNs, '--format', 'json']).stdout);
  const started = process.hrtime.bigint();
  kubectl(['create', 'namespace', plainNs]);
  kubectl(['apply', '--server-side', '--field-manager', 'bench', '-f', manifests]);
  const rollout = kubectl(['-n', plainNs, 'rollout', 'status', 'deployment/weather', '--timeout=5m']);
  samples.plain.push(Number(process.hrtime.bigint() - started) / 1e6);
  samples.rollout.push(rollout.ms);
  removeNamespace(plainNs);
}
rmSync(dir, { recursive: true, force: true });

const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
const ratio = (gate) => Number(((m.deploy - gate) / m.plain).toFixed(2));
const result = {
  bench: 'deploy',
  cluster: kubeconfig,
  image,
  objects,
  runs,
  deployMs: Math.round(m.deploy),
  plainApplyRolloutMs: Math.round(m.plain),
  plainRolloutStatusMs: Math.round(m.rollout),
  deployBreakdownMs: {
    connectAndApplied: Math.round(m.deployApplied),
    rolloutWait: Math.round(m.deployRolloutWait),
    gateStep: Math.round(m.gateStep),
    afterGate: Math.round(m.deployAfterGate),
    processOutsideTimeline: Math.round(m.deployOutsideTimeline),
  },
  cliStartToFirstRequestMs: Math.round(m.cliStart),
  gateStepMs: Math.round(m.gateStep),
  gateReportTotalMs: Math.round(m.gateReport),
  overheadRatio: ratio(m.gateStep),
  overheadRatioGateReportOnly: ratio(m.gateReport),
  samples: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(Math.round)])),
  goal: '(deploy - gate) / plain apply + rollout status <= 1.1',
};
result.met = result.overheadRatio <= 1.1;
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
