/**
 * The gate through the public URL, on the REAL cluster (whatever KUBECONFIG names, else the one
 * scripts/start-k8s.sh started), without outside traffic: the deploy's `routePublicUrl` option
 * stands in for DNS. A host the test "resolves" is routed to a TCP proxy on 127.0.0.1 that
 * forwards to a port-forward of a serving pod (what an ingress controller would do); a host that
 * does not resolve is reported, not failed; a public URL that answers 404 fails the deploy, which
 * is rolled back. The packaged Node example is pushed to the local registry once for this file.
 * Also: the applied manifests the deploy returns (the `manifests` output's content).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, parse as parseYaml, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { loadCluster } from '../../src/deploy/kubernetes/client.js';
import { deployKubernetes, DeployFailure, type KubernetesDeployOptions } from '../../src/deploy/kubernetes/deploy.js';
import { manifestsFileText } from '../../src/deploy/kubernetes/manifests-file.js';
import { openPortForward, type PortForwardHandle } from '../../src/deploy/kubernetes/port-forward.js';
import { resolvePublicUrl } from '../../src/deploy/kubernetes/public-gate.js';
import { pushImage } from '../../src/push/push.js';
import { loadSpec, type DeploySpec } from '../../src/spec/spec.js';
import { RecordingLogger } from '../../src/util/logger.js';
import { packagedExample } from '../helpers/example-package.js';
import { requireEngine } from '../helpers/engine.js';
import { createNamespace, kubeconfigPath, kubectl, requireCluster } from '../helpers/kubernetes.js';
import { repoRoot } from '../helpers/paths.js';
import { plainRegistry } from '../helpers/registries.js';

const runId = randomBytes(4).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'deploy-k8s-public-'));
let repository = '';
let image = '';
const cleanups: Array<() => Promise<void> | void> = [];

const weatherSpec = (host: string): DeploySpec => {
  const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
  spec.image = repository;
  spec.secrets.push({ name: 'WEATHER_API_KEY', from: { env: 'WEATHER_KEY_ON_RUNNER' } });
  spec.ingress = { host } as DeploySpec['ingress'];
  return spec;
};

function listen(server: Server | ReturnType<typeof createHttpServer>): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** A TCP proxy on 127.0.0.1 to a port-forward of a Ready pod of the server: what an ingress controller does for the host. */
async function proxyToServingPod(namespace: string, port: number): Promise<{ port: number; connections: () => number }> {
  const pods = JSON.parse((await kubectl(['-n', namespace, 'get', 'pods', '-l', 'app.kubernetes.io/instance=weather', '-o', 'json'])).stdout) as {
    items: Array<{ metadata: { name: string; deletionTimestamp?: string }; status: { conditions?: Array<{ type: string; status: string }> } }>;
  };
  const ready = pods.items.find((p) => !p.metadata.deletionTimestamp && p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
  if (!ready) throw new Error(`no Ready pod of weather in ${namespace}`);
  const forward: PortForwardHandle = await openPortForward(loadCluster({ kubeconfig: [kubeconfigPath()] }), namespace, ready.metadata.name, port);
  let connections = 0;
  const sockets = new Set<Socket>();
  const proxy = createServer((client) => {
    connections++;
    const upstream = connect(forward.localPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  const proxyPort = await listen(proxy);
  cleanups.push(async () => {
    for (const s of sockets) s.destroy();
    proxy.close();
    await forward.close();
  });
  return { port: proxyPort, connections: () => connections };
}

beforeAll(async () => {
  requireEngine();
  await requireCluster();
  repository = `${plainRegistry().host}/examples/weather-deploy-public`;
  const packaged = await packagedExample();
  const pushed = await pushImage(packaged.source, [`docker://${repository}:public-${runId}`]);
  image = `${repository}@${pushed.digest}`;
}, 600_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe('the gate through the public URL (ingress host)', () => {
  test('resolvePublicUrl keeps a URL whose host resolves (localhost, from the hosts file)', async () => {
    expect((await resolvePublicUrl(new URL('http://localhost/mcp')))?.toString()).toBe('http://localhost/mcp');
  });

  test('a host that does not resolve is reported, not failed; one that resolves is gated through it; a public URL that fails its gate fails the deploy, which is rolled back', async () => {
    const ns = await createNamespace('deploy-public');
    cleanups.push(() => ns.remove());
    const proxies: Array<{ connections: () => number }> = [];
    const route: KubernetesDeployOptions['routePublicUrl'] = async (url) => {
      if (url.hostname.endsWith('.invalid')) return undefined;
      if (url.hostname === 'weather.public.test') {
        const proxy = await proxyToServingPod(ns.name, 8080);
        proxies.push(proxy);
        return new URL(`http://127.0.0.1:${proxy.port}${url.pathname}`);
      }
      // broken.public.test: an ingress answering 404 for the path.
      const notFound = createHttpServer((_req, res) => void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such path'));
      const port = await listen(notFound);
      cleanups.push(() => void notFound.close());
      return new URL(`http://127.0.0.1:${port}${url.pathname}`);
    };
    const deploy = (host: string, options: Partial<KubernetesDeployOptions> = {}) =>
      deployKubernetes({
        spec: weatherSpec(host),
        image,
        cluster: { kubeconfig: [kubeconfigPath()] },
        namespace: ns.name,
        strategy: 'rolling',
        secretValues: { WEATHER_KEY_ON_RUNNER: 'runner-value-Zk42' },
        routePublicUrl: route,
        logger: new RecordingLogger(),
        progressDeadlineSeconds: 60,
        timeoutMs: 120_000,
        gateTimeoutMs: 20_000,
        ...options,
      });

    const unresolved = await deploy('weather.public.invalid');
    expect(unresolved).toMatchObject({ ok: true, revision: 1, url: 'http://weather.public.invalid/mcp', publicGateSkipped: 'public URL not checked: weather.public.invalid does not resolve' });
    expect(unresolved.publicGate).toBeUndefined();
    expect(unresolved.timeline.map((t) => t.event)).toContain('public URL not checked: weather.public.invalid does not resolve');

    const gated = await deploy('weather.public.test');
    expect(gated).toMatchObject({ ok: true, revision: 2, url: 'http://weather.public.test/mcp', gate: { ok: true }, publicGate: { ok: true } });
    expect(gated.publicGate!.tools.map((t) => t.name)).toEqual(['convert_temperature', 'get_alerts', 'get_forecast']);
    expect(proxies[0]!.connections()).toBeGreaterThan(0);
    expect(gated.timeline.map((t) => t.event).join('\n')).toMatch(/new revision gate passed[\s\S]*public URL http:\/\/weather\.public\.test\/mcp: gate passed: 3 tool\(s\)[\s\S]*release 2 recorded/);

    // What was applied, as the manifests output writes it: every object in order, the runner
    // Secret's keys named and its value left out.
    const text = manifestsFileText(gated);
    expect(text).toMatch(/^# mcp-orchestrator deploy of .* to namespace deploy-public-\w+ on https:\/\/\S+\n# applied as release 2\n/);
    const documents = parseAllDocuments(text).map((d) => d.toJS() as { kind: string; metadata: { name: string }; data?: unknown; spec?: any }); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(documents.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['Secret/weather-runner', 'ServiceAccount/weather', 'Deployment/weather', 'Service/weather', 'Ingress/weather', 'NetworkPolicy/weather']);
    expect(documents[0]!.data).toBeUndefined();
    expect(text).toContain('# data keys WEATHER_API_KEY: applied, values not written here');
    expect(text).not.toContain(Buffer.from('runner-value-Zk42').toString('base64'));
    expect(text).not.toContain('runner-value-Zk42');
    expect(documents[2]!.spec.template.spec.containers[0].image).toBe(image);
    expect(documents[4]!.spec.rules[0].host).toBe('weather.public.test');

    // The CLI writes the same text with --manifests (a dry run here: nothing changes), and keeps it out of its JSON.
    const specFile = join(work, 'mcp-deploy.yml');
    const raw = parseYaml(readFileSync(join(repoRoot, 'examples/node-server/mcp-deploy.yml'), 'utf8')) as Record<string, unknown>;
    const secrets = [...((raw.secrets as unknown[] | undefined) ?? []), { name: 'WEATHER_API_KEY', from: { env: 'WEATHER_KEY_ON_RUNNER' } }];
    writeFileSync(specFile, stringify({ ...raw, image: repository, secrets, ingress: { host: 'weather.public.test' }, build: { ...(raw.build as object), context: join(repoRoot, 'examples/node-server') } }));
    const manifestsFile = join(work, 'applied.yaml');
    const out: string[] = [];
    const code = await main(['deploy', '--target', 'kubernetes', '--spec', specFile, '--image', image, '--namespace', ns.name, '--dry-run', '--progress-deadline', '60s', '--manifests', manifestsFile, '--format', 'json'], {
      stdout: (t) => void out.push(t),
      stderr: () => {},
      env: { ...process.env, KUBECONFIG: kubeconfigPath(), WEATHER_KEY_ON_RUNNER: 'runner-value-Zk42' },
      cwd: work,
    });
    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).not.toHaveProperty('manifests');
    const dryText = readFileSync(manifestsFile, 'utf8');
    expect(dryText).toMatch(/^# mcp-orchestrator deploy of .*\n# dry run: would be applied \(nothing was\)\n/);
    expect(dryText.split('\n').slice(2).join('\n')).toBe(text.split('\n').slice(2).join('\n'));

    const error = await deploy('broken.public.test', { gateTimeoutMs: 8_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployFailure);
    const failure = error as DeployFailure;
    expect(failure.message).toMatch(/^the new revision passed through a port-forward, but its public URL http:\/\/broken\.public\.test\/mcp: gate failed: /);
    expect(failure.message).toMatch(/Now running: rolled back to release 2 \(.*\): gate passed/);
    expect(failure.result).toMatchObject({ ok: false, rolledBack: true, revision: 2, publicGate: { ok: false } });
    expect(manifestsFileText(failure.result)).toMatch(/^# .*\n# applied, failed \(the new revision passed through a port-forward, .*\), and rolled back to release 2\n/);
    const live = JSON.parse((await kubectl(['-n', ns.name, 'get', 'ingress', 'weather', '-o', 'json'])).stdout) as { spec: { rules: Array<{ host: string }> } };
    expect(live.spec.rules[0]!.host).toBe('weather.public.test');
  }, 400_000);
});
