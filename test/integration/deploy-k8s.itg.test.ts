/**
 * `deploy --target kubernetes` on the REAL cluster (whatever KUBECONFIG names, else the one
 * scripts/start-k8s.sh started; no API double): the packaged Node example, built and pushed to the
 * local registry once for this file under a per-run tag, deployed by digest, rolled out and gated
 * through a port-forward; failures found early and named (missing image, crash loop with log
 * lines, unschedulable, missing Secret key), rolled back or removed; a candidate that fails its
 * gate never touches the serving Deployment; conflicts, pruning, dry run; bad kubeconfig and an
 * unreachable API server. Each test has its own namespace, deleted after it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { main } from '../../src/cli/main.js';
import { deployKubernetes, DeployFailure, type KubernetesDeployOptions, type KubernetesDeployResult } from '../../src/deploy/kubernetes/deploy.js';
import { pushImage } from '../../src/push/push.js';
import { manifestPaths, readManifestFiles } from '../../src/render/manifest-files.js';
import { loadSpec, type DeploySpec } from '../../src/spec/spec.js';
import { Interrupted } from '../../src/util/errors.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { packagedExample } from '../helpers/example-package.js';
import { requireEngine } from '../helpers/engine.js';
import { createNamespace, kubeconfigPath, kubectl, requireCluster } from '../helpers/kubernetes.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';

const runId = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'deploy-k8s-'));
let repository = '';
let image = '';
/** Short deadlines: failures are found early; these only bound what would otherwise hang. */
const quick = { progressDeadlineSeconds: 60, timeoutMs: 120_000, gateTimeoutMs: 30_000 };

const weatherSpec = (edit: (spec: DeploySpec) => void = () => {}): DeploySpec => {
  const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
  spec.image = repository;
  edit(spec);
  return spec;
};

let namespaces: Array<{ name: string; remove: () => Promise<void> }> = [];
async function namespace(): Promise<string> {
  const ns = await createNamespace('deploy');
  namespaces.push(ns);
  return ns.name;
}

function deploy(spec: DeploySpec, ns: string, options: Partial<KubernetesDeployOptions> = {}): Promise<KubernetesDeployResult> {
  return deployKubernetes({ spec, image, cluster: { kubeconfig: [kubeconfigPath()] }, namespace: ns, logger: new RecordingLogger(), ...quick, ...options });
}

async function failure(promise: Promise<unknown>): Promise<DeployFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeployFailure);
  return error as DeployFailure;
}

const json = async (args: string[]) => JSON.parse((await kubectl(args)).stdout) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const exists = async (ns: string, what: string) => (await kubectl(['-n', ns, 'get', what, '--ignore-not-found', '-o', 'name'])).stdout.trim() !== '';

beforeAll(async () => {
  requireEngine();
  await requireCluster();
  const { host } = plainRegistry();
  repository = `${host}/examples/weather-deploy`;
  const packaged = await packagedExample();
  const pushed = await pushImage(packaged.source, [`docker://${repository}:deploy-${runId}`]);
  image = `${repository}:deploy-${runId}@${pushed.digest}`;
}, 600_000);

afterEach(async () => {
  await Promise.all(namespaces.map((n) => n.remove()));
  namespaces = [];
});

afterAll(async () => {
  await Promise.all(namespaces.map((n) => n.remove().catch(() => {})));
});

describe('deploy --target kubernetes on a real cluster', () => {
  test('deploys the packaged example by digest, rolls out, gates the new revision through a port-forward, writes the runner secret, records release 1; the same deploy again changes nothing', async () => {
    const ns = await namespace();
    const withKey = () => weatherSpec((s) => void s.secrets.push({ name: 'WEATHER_API_KEY', from: { env: 'WEATHER_KEY_ON_RUNNER' } }));
    const secretValues = { WEATHER_KEY_ON_RUNNER: 'k-1234567890' };
    await expect(deploy(withKey(), ns)).rejects.toThrow('secret WEATHER_API_KEY: the variable WEATHER_KEY_ON_RUNNER is not set');
    const result = await deploy(withKey(), ns, { secretValues });
    expect(result).toMatchObject({ ok: true, namespace: ns, revision: 1, strategy: 'rolling', rolledBack: false, url: `http://weather.${ns}.svc.cluster.local/mcp` });
    expect(result.digest).toBe(image.split('@')[1]);
    expect(result.gate).toMatchObject({ ok: true, server: { name: 'weather' } });
    expect(result.gate!.tools.map((t) => t.name)).toEqual(['convert_temperature', 'get_alerts', 'get_forecast']);
    expect(result.toolsHash).toMatch(/^sha256:/);
    expect(result.objects.map((o) => `${o.action} ${o.kind}`)).toEqual(['created Secret', 'created ServiceAccount', 'created Deployment', 'created Service', 'created NetworkPolicy']);
    expect(result.timeline.map((t) => t.event).join('\n')).toMatch(/rolled out[\s\S]*gate passed[\s\S]*release 1 recorded/);
    const deployment = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json', '--show-managed-fields']);
    expect(deployment.spec.template.spec.containers[0].image).toBe(image.replace(`:deploy-${runId}`, ''));
    expect(deployment.metadata.managedFields.map((m: { manager: string; operation: string }) => `${m.manager}/${m.operation}`)).toContain('mcp-orchestrator/Apply');
    expect(await exists(ns, 'secret/weather-release-1')).toBe(true);
    const runnerSecret = await json(['-n', ns, 'get', 'secret', 'weather-runner', '-o', 'json']);
    expect(Buffer.from(runnerSecret.data.WEATHER_API_KEY, 'base64').toString()).toBe('k-1234567890');
    expect(deployment.spec.template.spec.containers[0].env).toContainEqual({ name: 'WEATHER_API_KEY', valueFrom: { secretKeyRef: { name: 'weather-runner', key: 'WEATHER_API_KEY' } } });

    // A release serves now: the default strategy is candidate; nothing changed in the objects.
    const again = await deploy(withKey(), ns, { secretValues });
    expect(again).toMatchObject({ ok: true, revision: 2, strategy: 'candidate' });
    expect(again.candidateGate).toMatchObject({ ok: true });
    expect(again.objects.every((o) => o.action === 'unchanged')).toBe(true);
    expect(await exists(ns, 'deployment/weather-candidate')).toBe(false);
  }, 300_000);

  test('a dry run says what would change and changes nothing: no new revision, no new release record, no namespace created', async () => {
    const ns = await namespace();
    await deploy(weatherSpec(), ns);
    const before = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json']);
    const changed = weatherSpec((s) => (s.env.FEATURE = 'on'));
    const dry = await deploy(changed, ns, { dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true, revision: 2 });
    expect(dry.objects.find((o) => o.kind === 'Deployment')).toMatchObject({ action: 'changed', fields: ['spec.template.spec.containers[0].env[1]'] });
    expect(dry.objects.filter((o) => o.kind !== 'Deployment').every((o) => o.action === 'unchanged')).toBe(true);
    const after = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json']);
    expect(after.metadata.generation).toBe(before.metadata.generation);
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(await exists(ns, 'secret/weather-release-2')).toBe(false);

    const missing = `deploy-dry-${randomBytes(4).toString('hex')}`;
    const fresh = await deploy(weatherSpec(), missing, { dryRun: true, createNamespace: true });
    expect(fresh.objects.every((o) => o.action === 'created')).toBe(true);
    expect((await kubectl(['get', 'namespace', missing, '--ignore-not-found', '-o', 'name'])).stdout.trim()).toBe('');
  }, 300_000);

  test('a second deploy whose image is missing fails early naming the image (rolling: rolled back to release 1, which serves and is gated again; candidate: the serving Deployment is not touched)', async () => {
    const ns = await namespace();
    const good = image.replace(`:deploy-${runId}`, '');
    await deploy(weatherSpec(), ns);
    const missingImage = `${repository}@sha256:${'0badc0de'.repeat(8)}`;
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env: { ...process.env, KUBECONFIG: kubeconfigPath() }, cwd: join(repoRoot, 'examples/node-server') };
    const args = ['deploy', '--target', 'kubernetes', '--image', missingImage, '--namespace', ns, '--progress-deadline', '60s', '--format', 'json'];
    expect(await main([...args, '--strategy', 'rolling'], io)).toBe(1);
    expect(err.join('')).toMatch(new RegExp(`(ErrImagePull|ImagePullBackOff): the image ${missingImage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be pulled`));
    expect(err.join('')).toMatch(/Now running: rolled back to release 1 \(.*\): gate passed: 3 tool\(s\)/);
    const result = JSON.parse(out.join('')) as KubernetesDeployResult;
    expect(result).toMatchObject({ ok: false, rolledBack: true, revision: 1, gate: { ok: true } });
    const deployment = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json']);
    expect(deployment.spec.template.spec.containers[0].image).toBe(good);
    expect(deployment.status.availableReplicas).toBe(1);

    const before = deployment.metadata.generation as number;
    const candidate = await failure(deploy(weatherSpec(), ns, { image: missingImage }));
    expect(candidate.message).toMatch(/candidate weather-candidate: pod .*: (ErrImagePull|ImagePullBackOff): the image .*0badc0de.* cannot be pulled/);
    expect(candidate.message).toMatch(/the serving release 1 \(.*\) was not touched/);
    expect((await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json'])).metadata.generation).toBe(before);
    expect(await exists(ns, 'deployment/weather-candidate')).toBe(false);
  }, 300_000);

  test('with no release record, a failed rollout goes back to the previous ReplicaSet\'s template, as kubectl rollout undo does', async () => {
    const ns = await namespace();
    const good = image.replace(`:deploy-${runId}`, '');
    await deploy(weatherSpec(), ns);
    await kubectl(['-n', ns, 'delete', 'secret', '-l', 'mcp-orchestrator/release-of=weather']);
    const error = await failure(deploy(weatherSpec(), ns, { image: `${repository}@sha256:${'0badc0de'.repeat(8)}`, strategy: 'rolling' }));
    expect(error.message).toMatch(/Now running: rolled back to the previous replica set's template \(.*\): gate passed/);
    expect(error.result.timeline.map((t) => t.event).join('\n')).toMatch(/no release record, so the template of replica set weather-\S+ \(revision 1\) goes back/);
    expect(error.result.rolledBack).toBe(true);
    expect((await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json'])).spec.template.spec.containers[0].image).toBe(good);
  }, 300_000);

  test('on-failure keep leaves a failed first deploy in place for inspection, in a namespace created on request', async () => {
    const ns = `deploy-keep-${randomBytes(4).toString('hex')}`;
    namespaces.push({ name: ns, remove: async () => void (await kubectl(['delete', 'namespace', ns, '--wait=false', '--ignore-not-found'])) });
    const spec = weatherSpec((s) => void s.secrets.push({ name: 'API_KEY', from: { kubernetes: { secret: 'absent', key: 'api-key' } } }));
    const error = await failure(deploy(spec, ns, { createNamespace: true, onFailure: 'keep' }));
    expect(error.message).toMatch(/the Secret "absent" does not exist[\s\S]*Left as it failed \(on-failure: keep\)/);
    expect(await exists(ns, 'deployment/weather')).toBe(true);
  }, 300_000);

  test('pods that are Ready but fail the MCP contract: the candidate fails and the serving Deployment is never touched; rolling, it is rolled back and gated with release 1\'s own contract', async () => {
    const ns = await namespace();
    await deploy(weatherSpec(), ns);
    const before = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json']);
    const broken = weatherSpec((s) => {
      s.env.REVISION = '2';
      s.health.expectTools = ['get_forecast', 'summon_weather'];
    });
    const candidate = await failure(deploy(broken, ns));
    expect(candidate.message).toMatch(/the candidate's gate failed: .*summon_weather[\s\S]*The candidate was removed, its ServiceAccount, Secrets and ConfigMaps put back as release 1 had them; the serving release 1 \(.*\) was not touched/);
    expect(candidate.result).toMatchObject({ ok: false, rolledBack: false, strategy: 'candidate', candidateGate: { ok: false } });
    const untouched = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json']);
    expect(untouched.metadata.generation).toBe(before.metadata.generation);
    expect(untouched.spec.template).toEqual(before.spec.template);
    expect(await exists(ns, 'deployment/weather-candidate')).toBe(false);

    const rolling = await failure(deploy(broken, ns, { strategy: 'rolling' }));
    expect(rolling.message).toMatch(/the new revision's gate failed: .*summon_weather[\s\S]*Now running: rolled back to release 1 .*gate passed/);
    expect(rolling.result).toMatchObject({ rolledBack: true, revision: 1, gate: { ok: true } });
    const env = (await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json'])).spec.template.spec.containers[0].env as Array<{ name: string }>;
    expect(env.map((e) => e.name)).not.toContain('REVISION');
  }, 300_000);

  test('user manifests: the server\'s image set to the digest, rolled out and gated; the next deploy gates a candidate whose pods the user\'s Service does not select', async () => {
    const ns = await namespace();
    const dir = join(work, `own-${runId}`);
    mkdirSync(join(dir, 'k8s'), { recursive: true });
    const manifest = (extraEnv: string) =>
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: forecast, labels: {team: weather}}',
        'spec:',
        '  selector: {matchLabels: {app: forecast}}',
        '  template:',
        '    metadata: {labels: {app: forecast, tier: mcp}}',
        '    spec:',
        '      containers:',
        '        - name: mcp',
        `          image: "${repository}:1.0"`,
        '          ports: [{containerPort: 8080}]',
        '          readinessProbe: {httpGet: {path: /readyz, port: 8080}, periodSeconds: 2}',
        `          env: [{name: STAGE, value: "${extraEnv}"}]`,
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata: {name: forecast}',
        'spec: {selector: {tier: mcp}, ports: [{port: 8080, targetPort: 8080}]}',
        '',
      ].join('\n');
    writeFileSync(join(dir, 'mcp-deploy.yml'), `server: {name: forecast, transport: stdio, port: 8080}\nimage: ${repository}\ntargets: {kubernetes: {manifests: k8s}}\nhealth: {expect-tools: [get_forecast]}\n`);
    // While the candidate's pod is Ready, the Service's endpoints are read: they must not include it.
    let endpointsWhileCandidate: Promise<Record<string, any>> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
    const logger = new RecordingLogger();
    logger.info = (message: string) => {
      RecordingLogger.prototype.info.call(logger, message);
      if (/candidate forecast-candidate rolled out/.test(message)) endpointsWhileCandidate = json(['-n', ns, 'get', 'endpoints', 'forecast', '-o', 'json']);
    };
    const run = async (stage: string) => {
      writeFileSync(join(dir, 'k8s', 'app.yaml'), manifest(stage));
      const spec = loadSpec(join(dir, 'mcp-deploy.yml'));
      return deploy(spec, ns, { manifests: readManifestFiles(spec, manifestPaths(spec)!), logger });
    };
    const first = await run('one');
    expect(first).toMatchObject({ ok: true, strategy: 'rolling', url: `http://forecast.${ns}.svc.cluster.local:8080/mcp`, gate: { ok: true } });
    const live = await json(['-n', ns, 'get', 'deployment', 'forecast', '-o', 'json']);
    expect(live.spec.template.spec.containers[0].image).toBe(`${repository}@${image.split('@')[1]}`);
    expect(live.metadata.labels).toEqual({ team: 'weather' });

    const second = await run('two');
    expect(second).toMatchObject({ ok: true, strategy: 'candidate', candidateGate: { ok: true }, gate: { ok: true } });
    const endpoints = await endpointsWhileCandidate!;
    const addresses = (endpoints.subsets ?? []).flatMap((x: { addresses?: Array<{ targetRef: { name: string } }> }) => x.addresses ?? []);
    expect(addresses.map((a: { targetRef: { name: string } }) => a.targetRef.name).filter((n: string) => n.startsWith('forecast-candidate'))).toEqual([]);
    expect(addresses.length).toBe(1);
    expect(await exists(ns, 'deployment/forecast-candidate')).toBe(false);
  }, 300_000);

  test('a first deploy that crashes fails with CrashLoopBackOff and the container\'s last log lines, secrets in them redacted, and is removed (user manifests, the image substituted)', async () => {
    const ns = await namespace();
    const dir = join(work, `crash-${runId}`);
    mkdirSync(join(dir, 'manifests'), { recursive: true });
    writeFileSync(
      join(dir, 'manifests', 'app.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: crashy}',
        'spec:',
        '  selector: {matchLabels: {app: crashy}}',
        '  template:',
        '    metadata: {labels: {app: crashy}}',
        '    spec:',
        '      containers:',
        '        - name: server',
        `          image: ${repository}:latest`,
        '          command: [node, -e, "console.log(\'starting crashy\'); console.error(\'fatal: cannot open /data/db with DB_PASSWORD=hunter2-Xq9vLr7TzK4m\'); process.exit(3)"]',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata: {name: crashy}',
        'spec: {selector: {app: crashy}, ports: [{port: 80, targetPort: 8080}]}',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'mcp-deploy.yml'), `server: {name: crashy, transport: stdio, port: 8080}\nimage: ${repository}\ntargets: {kubernetes: {manifests: manifests}}\n`);
    const spec = loadSpec(join(dir, 'mcp-deploy.yml'));
    const error = await failure(deploy(spec, ns, { manifests: readManifestFiles(spec, manifestPaths(spec)!) }));
    // Without a readiness probe the pod may count as Ready before it crashes: then the failed gate says why.
    expect(error.message).toMatch(/container server (is in CrashLoopBackOff|keeps restarting) \(exit code 3/);
    expect(error.message).toContain('fatal: cannot open /data/db');
    expect(error.message).not.toContain('hunter2-Xq9vLr7TzK4m');
    expect(error.message).toMatch(/first deploy of crashy .*: its objects were removed/);
    expect(await exists(ns, 'deployment/crashy')).toBe(false);
    expect(await exists(ns, 'service/crashy')).toBe(false);
  }, 300_000);

  test('a server that dies after its pod turned Ready (no readiness probe in the user\'s manifest): the failed gate says the container keeps restarting, with its log lines', async () => {
    const ns = await namespace();
    const dir = join(work, `late-crash-${runId}`);
    mkdirSync(join(dir, 'manifests'), { recursive: true });
    writeFileSync(
      join(dir, 'manifests', 'app.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: latecrash}',
        'spec:',
        '  selector: {matchLabels: {app: latecrash}}',
        '  template:',
        '    metadata: {labels: {app: latecrash}}',
        '    spec:',
        '      containers:',
        '        - name: server',
        `          image: ${repository}`,
        '          command: [node, -e, "console.log(\'up for a moment\'); setTimeout(() => { console.error(\'out of memory in handler\'); process.exit(4) }, 3000)"]',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'mcp-deploy.yml'), `server: {name: latecrash, transport: stdio, port: 8080}\nimage: ${repository}\ntargets: {kubernetes: {manifests: manifests}}\n`);
    const spec = loadSpec(join(dir, 'mcp-deploy.yml'));
    const error = await failure(deploy(spec, ns, { manifests: readManifestFiles(spec, manifestPaths(spec)!), gateTimeoutMs: 12_000 }));
    expect(error.message).toMatch(/gate failed: [\s\S]*container server (keeps restarting|is in CrashLoopBackOff) \(exit code 4/);
    expect(error.message).toContain('out of memory in handler');
    expect(await exists(ns, 'deployment/latecrash')).toBe(false);
  }, 300_000);

  test.each([
    ['a missing Secret key fails with CreateContainerConfigError naming the key', (s: DeploySpec) => void s.secrets.push({ name: 'API_KEY', from: { kubernetes: { secret: 'weather-keys', key: 'api-key' } } }), /CreateContainerConfigError in container weather: the Secret \S*weather-keys has no key "api-key"/],
    ['an unschedulable pod fails with the scheduler\'s message', (s: DeploySpec) => void (s.resources = { cpu: '64' }), /is Unschedulable: 0\/\d+ nodes are available: .*Insufficient cpu/],
  ])('%s; the first deploy is removed', async (_name, edit, expected) => {
    const ns = await namespace();
    await kubectl(['-n', ns, 'create', 'secret', 'generic', 'weather-keys', '--from-literal=other-key=x']);
    const error = await failure(deploy(weatherSpec(edit), ns));
    expect(error.message).toMatch(expected);
    expect(await exists(ns, 'deployment/weather')).toBe(false);
    expect(await exists(ns, 'secret/weather-keys')).toBe(true);
  }, 300_000);

  test('stopped by a signal: during the candidate, it is removed and the serving Deployment untouched; during the serving rollout, the error says the new revision was applied and not verified (exit 130)', async () => {
    const ns = await namespace();
    await deploy(weatherSpec(), ns);
    const before = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json']);
    /** Aborts, as SIGINT does through the CLI, when the deploy logs a line matching `when`. */
    const stopAt = (when: RegExp) => {
      const controller = new AbortController();
      const logger = new RecordingLogger();
      logger.info = (message: string) => {
        RecordingLogger.prototype.info.call(logger, message);
        if (when.test(message)) controller.abort('SIGINT');
      };
      return { signal: controller.signal, logger };
    };
    const changed = weatherSpec((s) => (s.env.FEATURE = 'on'));
    const duringCandidate = await deploy(changed, ns, stopAt(/one replica of the new revision/)).catch((e: unknown) => e);
    expect(duringCandidate).toBeInstanceOf(Interrupted);
    expect((duringCandidate as Interrupted).exitCode).toBe(130);
    expect((duringCandidate as Error).message).toMatch(/^interrupted by SIGINT: while waiting for candidate weather-candidate: the candidate is removed; the serving Deployment weather was not touched/);
    expect(await exists(ns, 'deployment/weather-candidate')).toBe(false);
    expect((await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json'])).metadata.generation).toBe(before.metadata.generation);

    const duringRollout = await deploy(changed, ns, { ...stopAt(/^deploy: applied \(server-side/), strategy: 'rolling' }).catch((e: unknown) => e);
    expect(duringRollout).toBeInstanceOf(Interrupted);
    expect((duringRollout as Error).message).toContain(`the new revision was applied in ${ns} and is not verified; nothing was rolled back`);
  }, 300_000);

  test('a field held by another field manager stops the deploy naming the field and the manager, before anything is applied; --force-conflicts takes it over', async () => {
    const ns = await namespace();
    await deploy(weatherSpec(), ns);
    await kubectl(['-n', ns, 'patch', 'deployment', 'weather', '--type', 'merge', '--field-manager', 'rival-operator', '-p', '{"spec":{"replicas":2}}']);
    const changed = weatherSpec((s) => (s.env.FEATURE = 'on'));
    await expect(deploy(changed, ns)).rejects.toThrow(/conflicts with other field managers \(nothing was applied\): Deployment \S+\/weather: \.spec\.replicas is managed by "rival-operator"/);
    const live = await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json']);
    expect(live.spec.replicas).toBe(2);
    expect(live.spec.template.spec.containers[0].env.map((e: { name: string }) => e.name)).not.toContain('FEATURE');

    const forced = await deploy(changed, ns, { forceConflicts: true, strategy: 'rolling' });
    expect(forced.ok).toBe(true);
    expect((await json(['-n', ns, 'get', 'deployment', 'weather', '-o', 'json'])).spec.replicas).toBe(1);
  }, 300_000);

  test('a service account token bound to one namespace deploys (no cluster-wide read needed); a wrong token is refused with 401, naming the server', async () => {
    const ns = await namespace();
    await kubectl(['-n', ns, 'create', 'serviceaccount', 'deployer']);
    await kubectl(['-n', ns, 'create', 'rolebinding', 'deployer', '--clusterrole=admin', `--serviceaccount=${ns}:deployer`]);
    let token = '';
    for (let i = 0; i < 30 && !token; i++) {
      const secrets = (await json(['-n', ns, 'get', 'secrets', '--field-selector', 'type=kubernetes.io/service-account-token', '-o', 'json'])).items as Array<{ metadata: { annotations?: Record<string, string> }; data?: { token?: string } }>;
      const mine = secrets.find((x) => x.metadata.annotations?.['kubernetes.io/service-account.name'] === 'deployer' && x.data?.token);
      token = mine ? Buffer.from(mine.data!.token!, 'base64').toString() : '';
      if (!token) await new Promise((r) => setTimeout(r, 500));
    }
    expect(token).not.toBe('');
    const admin = parseYaml(readFileSync(kubeconfigPath(), 'utf8')) as { clusters: Array<{ cluster: { server: string; 'certificate-authority-data': string } }> };
    const { server, 'certificate-authority-data': ca } = admin.clusters[0]!.cluster;
    const kubeconfigWith = (name: string, value: string) => {
      const file = join(work, `${name}-${ns}`);
      const config = { apiVersion: 'v1', kind: 'Config', clusters: [{ name: 'c', cluster: { server, 'certificate-authority-data': ca } }], users: [{ name: 'u', user: { token: value } }], contexts: [{ name: name, context: { cluster: 'c', user: 'u', namespace: ns } }], 'current-context': name };
      writeFileSync(file, JSON.stringify(config), { mode: 0o600 });
      return file;
    };
    // No --namespace: the context's namespace is used.
    const result = await deploy(weatherSpec(), undefined as unknown as string, { cluster: { kubeconfig: [kubeconfigWith('scoped', token)] } });
    expect(result).toMatchObject({ ok: true, namespace: ns, gate: { ok: true } });

    const wrong = kubeconfigWith('wrong', 'not-the-token');
    await expect(deploy(weatherSpec(), ns, { cluster: { kubeconfig: [wrong] } })).rejects.toThrow(`the Kubernetes API server ${server} (kubeconfig ${wrong}, context wrong) refused the credentials (401 Unauthorized)`);
  }, 300_000);

  test('objects the previous release created and this one no longer renders are pruned; the URL follows the ingress host', async () => {
    const ns = await namespace();
    const withIngress = await deploy(
      weatherSpec((s) => (s.ingress = { host: 'weather.deploy.test' })),
      ns,
    );
    expect(withIngress.url).toBe('http://weather.deploy.test/mcp');
    expect(await exists(ns, 'ingress/weather')).toBe(true);
    const without = await deploy(weatherSpec(), ns);
    expect(without.ok).toBe(true);
    expect(without.objects).toContainEqual({ kind: 'Ingress', name: 'weather', namespace: ns, action: 'pruned' });
    expect(await exists(ns, 'ingress/weather')).toBe(false);
    expect(await exists(ns, 'service/weather')).toBe(true);
  }, 300_000);
});

describe('deploy: cluster access errors (exit 2)', () => {
  const run = async (kubeconfig: string, extra: string[] = []) => {
    const err: string[] = [];
    const code = await main(['deploy', '--target', 'kubernetes', '--image', `127.0.0.1:5000/examples/weather@sha256:${'ab'.repeat(32)}`, '--kubeconfig', kubeconfig, ...extra], {
      stdout: () => {},
      stderr: (t) => void err.push(t),
      cwd: join(repoRoot, 'examples/node-server'),
    });
    return { code, err: err.join('') };
  };

  test('bad flags exit 2 before any cluster is contacted', async () => {
    const lines: string[] = [];
    const io = { stdout: (t: string) => void lines.push(t), stderr: (t: string) => void lines.push(t), cwd: join(repoRoot, 'examples/node-server') };
    expect(await main(['deploy', '--target', 'kubernetes'], io)).toBe(2);
    expect(lines.join('')).toContain('--image REF@sha256:... is required');
    expect(await main(['deploy', '--target', 'kubernetes', '--image', 'x@sha256:' + 'a'.repeat(64), '--strategy', 'blue-green'], io)).toBe(2);
    expect(lines.join('')).toContain('--strategy: "blue-green" is not one of candidate, rolling');
    expect(await main(['deploy', '--target', 'kubernetes', '--image', `${repository}:latest`, '--kubeconfig', join(work, 'never-read-kubeconfig')], io)).toBe(2);
    expect(lines.join('')).toMatch(/has no digest/);
    expect(await main(['deploy', '--help'], io)).toBe(0);
    expect(lines.join('')).toContain('Usage: mcp-orchestrator deploy --target kubernetes');
  });

  test('a kubeconfig that is not YAML, or that does not exist, names the file', async () => {
    const bad = join(work, 'bad-kubeconfig');
    writeFileSync(bad, 'clusters: [unterminated\n');
    expect(await run(bad)).toMatchObject({ code: 2, err: expect.stringContaining(`kubeconfig ${bad} cannot be read`) });
    expect(await run(join(work, 'nowhere'))).toMatchObject({ code: 2, err: expect.stringContaining(`kubeconfig ${join(work, 'nowhere')} does not exist`) });
    expect(await run(kubeconfigPath(), ['--context', 'no-such-context'])).toMatchObject({ code: 2, err: expect.stringMatching(/has no context "no-such-context"/) });
  });

  test('an API server that does not answer is named with the kubeconfig and context', async () => {
    const file = join(work, 'unreachable-kubeconfig');
    writeFileSync(
      file,
      'apiVersion: v1\nkind: Config\nclusters: [{name: gone, cluster: {server: "https://127.0.0.1:1"}}]\nusers: [{name: u, user: {token: not-a-real-token}}]\ncontexts: [{name: gone, context: {cluster: gone, user: u}}]\ncurrent-context: gone\n',
    );
    const { code, err } = await run(file);
    expect(code).toBe(2);
    expect(err).toContain(`cannot reach the Kubernetes API server https://127.0.0.1:1 (kubeconfig ${file}, context gone): ECONNREFUSED`);
    expect(err).not.toContain('not-a-real-token');
  });
});

