#!/usr/bin/env node
// Benchmark: the checklist gate (load inputs, run every rule, build JSON, SARIF and the Markdown
// checklist) against the floor of parsing the same files alone (yaml's parseAllDocuments of every
// YAML/JSON file, dockerfile-ast of the Dockerfile), both in one child process, in the same run,
// after a warm-up, median of BENCH_RUNS (default 15). Two sets:
//   example: examples/node-server's spec and render, its generated Dockerfile, this repository's
//            workflows, scan and health reports, and the realistic image's config;
//   example-without-workflows: the same without the workflows (their validation by GitHub's
//            parser is most of the example's cost beyond the floor);
//   500-object: a generated manifest set (Deployments, Services, ConfigMaps, HPAs, PDBs) in 50 files.
// The child imports the TypeScript sources through tsx (compile time is outside the timed loop).
// Goal: checklist <= 2x the floor. Usage: node bench/checklist.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realisticSource, root } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const DIGEST = `sha256:${'7e57'.repeat(16)}`;

function exampleWorkspace(dir) {
  cpSync(join(root, 'examples/node-server/mcp-deploy.yml'), join(dir, 'mcp-deploy.yml'));
  cpSync(join(root, 'test/fixtures/checklist/good/Dockerfile'), join(dir, 'Dockerfile'));
  cpSync(join(root, 'test/fixtures/checklist/good/.dockerignore'), join(dir, '.dockerignore'));
  cpSync(join(root, 'test/fixtures/checklist/good/scan.json'), join(dir, 'scan.json'));
  cpSync(join(root, 'test/fixtures/checklist/good/health.json'), join(dir, 'health.json'));
  mkdirSync(join(dir, 'workflows'));
  cpSync(join(root, '.github/workflows'), join(dir, 'workflows'), { recursive: true });
}

function deploymentSet(dir, objects) {
  mkdirSync(join(dir, 'k8s'));
  const perFile = 10;
  const kinds = ['Deployment', 'Service', 'ConfigMap', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'];
  for (let f = 0; f < objects / perFile; f++) {
    const docs = [];
    for (let i = 0; i < perFile; i++) {
      const n = f * perFile + i;
      const name = `app-${Math.floor(n / kinds.length)}`;
      const kind = kinds[n % kinds.length];
      if (kind === 'Deployment') {
        docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: { app: ${name} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      automountServiceAccountToken: false
      securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: RuntimeDefault } }
      containers:
        - name: server
          image: ghcr.io/acme/${name}@${DIGEST}
          ports: [{ name: http, containerPort: 8080 }]
          env:
            - { name: LOG_LEVEL, value: info }
            - name: API_TOKEN
              valueFrom: { secretKeyRef: { name: ${name}, key: token } }
          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 256Mi } }
          readinessProbe: { httpGet: { path: /readyz, port: http } }
          livenessProbe: { httpGet: { path: /healthz, port: http } }
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } }
`);
      } else if (kind === 'Service') {
        docs.push(`apiVersion: v1\nkind: Service\nmetadata: { name: ${name} }\nspec:\n  selector: { app: ${name} }\n  ports: [{ port: 80, targetPort: http }]\n`);
      } else if (kind === 'ConfigMap') {
        docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name} }\ndata:\n  LOG_LEVEL: info\n  REGION: eu-west-1\n`);
      } else if (kind === 'HorizontalPodAutoscaler') {
        docs.push(`apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: ${name} }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${name} }\n  minReplicas: 2\n  maxReplicas: 10\n  metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } } }]\n`);
      } else {
        docs.push(`apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: ${name} }\nspec:\n  minAvailable: 1\n  selector: { matchLabels: { app: ${name} } }\n`);
      }
    }
    writeFileSync(join(dir, 'k8s', `part-${String(f).padStart(3, '0')}.yaml`), docs.join('---\n'));
  }
}

const child = `
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const { parseAllDocuments } = require('yaml');
const { DockerfileParser } = require('dockerfile-ast');
const src = (p) => ${JSON.stringify(join(root, 'src'))} + p;
const { loadChecklistInputs } = await import(src('/checklist/inputs.ts'));
const { runChecklist } = await import(src('/checklist/engine.ts'));
const { allRules } = await import(src('/checklist/rules/index.ts'));
const { toJson, toSarif, renderMarkdown } = await import(src('/checklist/report.ts'));
const { renderKubernetes, yamlStream } = await import(src('/render/kubernetes.ts'));
const { loadSpec } = await import(src('/spec/spec.ts'));
const [dir, kind, runs, image] = process.argv.slice(2);
const example = kind.startsWith('example');
const sources = example
  ? { workspace: dir, specOptional: true, render: 'kubernetes', pushedDigest: ${JSON.stringify(DIGEST)}, ...(kind === 'example' ? { workflows: 'workflows' } : {}), scanReport: 'scan.json', healthReport: 'health.json', ...(image ? { image } : {}) }
  : { workspace: dir, manifests: ['k8s'] };
const files = (d) => readdirSync(d).flatMap((n) => statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]);
// The floor parses what the checklist reads: every YAML/JSON file, the Dockerfile, and for the
// example the spec's rendered stream (the checklist parses it too).
function floor() {
  let docs = 0;
  for (const f of files(dir).filter((f) => kind !== 'example-without-workflows' || !f.includes('/workflows/'))) {
    const text = readFileSync(f, 'utf8');
    if (/\\.(ya?ml|json)$/.test(f)) docs += parseAllDocuments(text, { version: '1.1' }).length;
    else if (f.endsWith('Dockerfile')) docs += DockerfileParser.parse(text).getInstructions().length ? 1 : 0;
  }
  if (example) docs += parseAllDocuments(yamlStream(renderKubernetes(loadSpec(join(dir, 'mcp-deploy.yml')), { image: 'ghcr.io/acme/weather@${DIGEST}' }).documents)).length;
  return docs;
}
async function checklist() {
  const inputs = await loadChecklistInputs(sources);
  const result = runChecklist(allRules, inputs, { failOn: 'error' });
  toJson(result); toSarif(result, { version: '0' }); renderMarkdown(result);
  return result;
}
const time = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
for (let i = 0; i < 3; i++) { floor(); await checklist(); }
const f = [], c = [];
for (let i = 0; i < Number(runs); i++) { f.push(await time(floor)); c.push(await time(checklist)); }
const result = await checklist();
const objects = example ? undefined : (await loadChecklistInputs(sources)).manifests.length;
process.stdout.write(JSON.stringify({ floorMs: median(f), checklistMs: median(c), counts: result.counts, objects }));
`;

function measure(dir, kind, image) {
  const script = join(dir, 'child.mjs');
  writeFileSync(script, child);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, dir, kind, String(runs), image ?? ''], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  rmSync(script);
  if (run.status !== 0) throw new Error(`${kind}: ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout);
}

const results = [];
for (const kind of ['example', 'example-without-workflows', '500-object']) {
  const dir = mkdtempSync(join(tmpdir(), `bench-checklist-${kind}-`));
  try {
    if (kind.startsWith('example')) exampleWorkspace(dir);
    else deploymentSet(dir, 500);
    const image = kind.startsWith('example') && existsSync(join(root, '.cache/fixtures/realistic-oci')) ? realisticSource : undefined;
    const m = measure(dir, kind, image);
    results.push({ set: kind, ...(m.objects ? { objects: m.objects } : { image: image ?? '(none)' }), floorMs: Number(m.floorMs.toFixed(2)), checklistMs: Number(m.checklistMs.toFixed(2)), ratio: Number((m.checklistMs / m.floorMs).toFixed(2)), verdicts: m.counts });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.stdout.write(`${JSON.stringify({ bench: 'checklist', runs, goal: 'ratio <= 2', results }, null, 2)}\n`);

