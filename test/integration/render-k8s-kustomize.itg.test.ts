/**
 * targets.kubernetes.manifests naming a kustomization, built by a REAL `kubectl kustomize` (the
 * shared cluster's kubectl, as KUBECTL names it) and accepted by the REAL API server (server-side
 * dry run, in a namespace of its own); and the kubectl fetched with @actions/tool-cache where none
 * is installed, from an HTTP server on 127.0.0.1 this test starts (it serves the shared cluster's
 * real kubectl binary, or bytes that are not the pinned release), never from outside.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KUBECTL_BASE_VARIABLE, KUBECTL_PIN, locateKubectl, sha256File, type KubectlPin } from '../../src/render/kubectl-binary.js';
import { renderKubernetes, yamlStream } from '../../src/render/kubernetes.js';
import { kustomizeWithKubectl } from '../../src/render/kustomize.js';
import { loadManifestFiles, manifestPaths, readManifestFiles } from '../../src/render/manifest-files.js';
import { loadSpec } from '../../src/spec/spec.js';
import { InputError } from '../../src/util/errors.js';
import { createNamespace, kubectl, kubectlBinary, requireCluster } from '../helpers/kubernetes.js';

const DIGEST = `sha256:${'c0ffee'.repeat(10)}abcd`;
const IMAGE = `127.0.0.1:5000/acme/weather:2.0@${DIGEST}`;
const work = mkdtempSync(join(tmpdir(), 'render-kustomize-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A base (Deployment + Service) and an overlay that prefixes names, adds labels and retags the image. */
function kustomizeProject(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'deploy/base'), { recursive: true });
  mkdirSync(join(dir, 'deploy/overlays/prod'), { recursive: true });
  writeFileSync(
    join(dir, 'deploy/base/deployment.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: weather}',
      'spec:',
      '  selector: {matchLabels: {app: weather}}',
      '  template:',
      '    metadata: {labels: {app: weather}}',
      '    spec:',
      '      containers:',
      '        - {name: mcp, image: weather-image, ports: [{containerPort: 8080}]}',
      '        - {name: sidecar, image: 127.0.0.1:5000/other/sidecar:1}',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'deploy/base/service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: weather}\nspec: {selector: {app: weather}, ports: [{port: 80, targetPort: 8080}]}\n');
  writeFileSync(join(dir, 'deploy/base/kustomization.yaml'), 'resources: [deployment.yaml, service.yaml]\n');
  writeFileSync(
    join(dir, 'deploy/overlays/prod/kustomization.yaml'),
    ['resources: [../../base]', 'namePrefix: prod-', 'commonLabels: {team: weather, env: prod}', 'images:', '  - {name: weather-image, newName: 127.0.0.1:5000/acme/weather, newTag: "1.0"}', ''].join('\n'),
  );
  writeFileSync(join(dir, 'mcp-deploy.yml'), 'server: {name: weather, port: 8080}\nimage: 127.0.0.1:5000/acme/weather\ntargets: {kubernetes: {manifests: deploy/overlays/prod}}\n');
  return dir;
}

const kustomizer = () => kustomizeWithKubectl({ env: { KUBECTL: kubectlBinary(), PATH: '' } });

describe('kustomizations as targets.kubernetes.manifests', () => {
  test('a base and overlay (namePrefix, commonLabels, images) are built by kubectl kustomize, the digest put in, and accepted by a server-side dry run', async () => {
    await requireCluster();
    const spec = loadSpec(join(kustomizeProject('overlay'), 'mcp-deploy.yml'));
    const files = await loadManifestFiles(spec, manifestPaths(spec)!, kustomizer());
    expect(files.map((f) => f.file)).toEqual(['deploy/overlays/prod (kubectl kustomize).yaml']);
    const result = renderKubernetes(spec, { image: IMAGE, manifests: files });
    expect(result.documents.map((d) => d.name)).toEqual(['prod (kubectl kustomize).yaml']);
    const namespace = await createNamespace('render-kustomize');
    try {
      const { stdout } = await kubectl(['apply', '--server-side', '--field-manager', 'mcp-orchestrator-tests', '--dry-run=server', '-n', namespace.name, '-o', 'json', '-f', '-'], { input: yamlStream(result.documents) });
      const items = (JSON.parse(stdout) as { items: Array<{ kind: string; metadata: { name: string; labels: Record<string, string> }; spec: any }> }).items; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(items.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(['Deployment/prod-weather', 'Service/prod-weather']);
      const deployment = items.find((o) => o.kind === 'Deployment')!;
      expect(deployment.metadata.labels).toMatchObject({ team: 'weather', env: 'prod' });
      expect(deployment.spec.template.metadata.labels).toMatchObject({ app: 'weather', team: 'weather', env: 'prod' });
      expect(deployment.spec.template.spec.containers.map((c: { image: string }) => c.image)).toEqual([`127.0.0.1:5000/acme/weather@${DIGEST}`, '127.0.0.1:5000/other/sidecar:1']);
    } finally {
      await namespace.remove();
    }
  }, 120_000);

  test('a kustomization file named directly is built from its folder; readManifestFiles (no kubectl) refuses it, naming it', async () => {
    const dir = kustomizeProject('direct');
    writeFileSync(join(dir, 'mcp-deploy.yml'), 'server: {name: weather}\nimage: 127.0.0.1:5000/acme/weather\ntargets: {kubernetes: {manifests: [deploy/overlays/prod/kustomization.yaml]}}\n');
    const spec = loadSpec(join(dir, 'mcp-deploy.yml'));
    expect(() => readManifestFiles(spec, manifestPaths(spec)!)).toThrow('deploy/overlays/prod is a kustomization');
    const [built] = await loadManifestFiles(spec, manifestPaths(spec)!, kustomizer());
    expect(parseAllDocuments(built!.text).map((d) => (d.toJS() as { metadata: { name: string } }).metadata.name).sort()).toEqual(['prod-weather', 'prod-weather']);
  }, 60_000);

  test('a kustomization kubectl cannot build is an InputError with its stderr, secrets in it redacted', async () => {
    const dir = kustomizeProject('broken');
    writeFileSync(join(dir, 'deploy/base/kustomization.yaml'), 'resources: [deployment.yaml, missing-DB_PASSWORD=hunter2-Xq9vLr7TzK4m.yaml]\n');
    const spec = loadSpec(join(dir, 'mcp-deploy.yml'));
    const error = await loadManifestFiles(spec, manifestPaths(spec)!, kustomizer()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^targets\.kubernetes\.manifests: deploy\/overlays\/prod: `kubectl kustomize` failed \(exit 1\): .*accumulating resources/);
    expect((error as Error).message).toContain('missing-DB_PASSWORD=');
    expect((error as Error).message).not.toContain('hunter2-Xq9vLr7TzK4m');
  }, 60_000);
});

describe('a kubectl fetched with @actions/tool-cache where none is installed', () => {
  let server: Server | undefined;
  const requests: string[] = [];
  afterAll(() => void server?.close());

  /** Serves `routes` (URL path -> file or bytes) on 127.0.0.1; anything else is a 404. */
  async function serve(routes: Record<string, string | Buffer>): Promise<string> {
    server?.close();
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const body = routes[req.url ?? ''];
      if (body === undefined) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      if (Buffer.isBuffer(body)) res.end(body);
      else createReadStream(body).pipe(res);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/release`;
  }

  /** Runs `body` with the runner's tool cache folders set (tool-cache reads them from process.env). */
  async function onRunner<T>(body: (env: NodeJS.ProcessEnv) => Promise<T>, base: string): Promise<T> {
    const runner = mkdtempSync(join(work, 'runner-'));
    const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };
    const folders = { RUNNER_TOOL_CACHE: join(runner, 'tool-cache'), RUNNER_TEMP: join(runner, 'temp') };
    mkdirSync(folders.RUNNER_TOOL_CACHE, { recursive: true });
    mkdirSync(folders.RUNNER_TEMP, { recursive: true });
    Object.assign(process.env, folders);
    try {
      return await body({ PATH: '', ...folders, [KUBECTL_BASE_VARIABLE]: base });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  test('bytes that are not the pinned release are refused (SHA-256 named) and not cached', async () => {
    const base = await serve({ [`/release/${KUBECTL_PIN.version}/bin/linux/amd64/kubectl`]: Buffer.from('#!/bin/sh\necho not kubectl\n') });
    const error = await onRunner(async (env) => {
      const failed = await locateKubectl({ env, platform: 'linux', arch: 'x64' }).catch((e: unknown) => e);
      expect(readdirSync(env.RUNNER_TOOL_CACHE!)).toEqual([]);
      expect(readdirSync(env.RUNNER_TEMP!)).toEqual([]);
      return failed;
    }, base);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`/release/${KUBECTL_PIN.version}/bin/linux/amd64/kubectl: SHA-256 [0-9a-f]{64} is not the pinned ${KUBECTL_PIN.sha256['linux/amd64']} of kubectl ${KUBECTL_PIN.version} for linux/amd64: refused`));
  }, 60_000);

  test('a real kubectl, checked against its pin, is cached once and builds the kustomization; a second lookup uses the cache', async () => {
    const binary = kubectlBinary();
    const pin: KubectlPin = { version: 'v1.24.0', sha256: { 'linux/amd64': await sha256File(binary) } };
    const base = await serve({ '/release/v1.24.0/bin/linux/amd64/kubectl': binary });
    requests.length = 0;
    const spec = loadSpec(join(kustomizeProject('fetched'), 'mcp-deploy.yml'));
    await onRunner(async (env) => {
      const files = await loadManifestFiles(spec, manifestPaths(spec)!, kustomizeWithKubectl({ env, pin, platform: 'linux', arch: 'x64' }));
      expect(files[0]!.text).toContain('name: prod-weather');
      const cached = await locateKubectl({ env, pin, platform: 'linux', arch: 'x64' });
      expect(cached).toBe(join(env.RUNNER_TOOL_CACHE!, 'kubectl', '1.24.0', 'amd64', 'kubectl'));
      expect(readdirSync(env.RUNNER_TEMP!)).toEqual([]);
    }, base);
    expect(requests).toEqual(['/release/v1.24.0/bin/linux/amd64/kubectl']);
  }, 120_000);

  test('without a runner tool cache or kubectl on PATH, the error says how to get one; a base URL that is neither https nor loopback is refused', async () => {
    await expect(locateKubectl({ env: { PATH: '' } })).rejects.toThrow('a kustomization needs kubectl (`kubectl kustomize`), and none is on PATH: install kubectl, or set KUBECTL to its path');
    await expect(onRunner((env) => locateKubectl({ env, platform: 'linux', arch: 'x64' }), 'http://mirror.example.com/release')).rejects.toThrow(`${KUBECTL_BASE_VARIABLE}: http://mirror.example.com is neither https nor the loopback address`);
  });
});
