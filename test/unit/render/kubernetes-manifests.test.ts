/**
 * The user's own manifests: every container and init container naming the server's repository gets
 * the pushed digest; every other byte of every file stays as the user wrote it.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderKubernetes } from '../../../src/render/kubernetes.js';
import { manifestPaths, readManifestFiles } from '../../../src/render/manifest-files.js';
import { parseSpec } from '../../../src/spec/spec.js';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const PINNED = `ghcr.io/acme/weather@${DIGEST}`;
const SPEC = 'server: {name: weather}\nimage: ghcr.io/acme/weather\ntargets: {kubernetes: {manifests: k8s}}\n';

const DEPLOYMENT = `# The weather server, hand-written.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: weather   # keep this comment
  annotations: {team: "forecasts", note: 'single ''quoted'''}
spec:
  replicas: 2
  selector: {matchLabels: {app: weather}}
  template:
    metadata: {labels: {app: weather}}
    spec:
      initContainers:
        - name: migrate
          image: 'ghcr.io/acme/weather:1.3'
          args: ["migrate",   "--yes"]
      containers:
        - name: weather
          image: "ghcr.io/acme/weather:latest"   # the tag CI used to push
          ports: [{containerPort: 8080}]
        - name: proxy
          image: ghcr.io/acme/weather-proxy:2   # another repository: untouched
        - name: logger
          image: docker.io/library/busybox:1.36
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: weather-refresh}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: refresh, image: ghcr.io/acme/weather@sha256:${'0'.repeat(64)}, args: [refresh]}]
`;

// Objects read back from YAML: any shape, asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function render(files: Array<{ file: string; text: string }>, spec = SPEC) {
  return renderKubernetes(parseSpec(spec, 'mcp-deploy.yml'), { image: `ghcr.io/acme/weather:1.4@${DIGEST}`, manifests: files });
}

describe('user manifests with the digest put in', () => {
  test('containers and init containers of the server repository get the digest, by tag or digest, in their own quoting; nothing else changes', () => {
    const r = render([{ file: 'k8s/app.yaml', text: DEPLOYMENT }]);
    const expected = DEPLOYMENT.replace(`'ghcr.io/acme/weather:1.3'`, `'${PINNED}'`)
      .replace(`"ghcr.io/acme/weather:latest"`, `"${PINNED}"`)
      .replace(`ghcr.io/acme/weather@sha256:${'0'.repeat(64)}`, PINNED);
    expect(r.documents).toEqual([{ name: 'app.yaml', text: expected }]);
    expect(r.source).toBe('manifests');
    expect(r.objects.map((o) => o.kind)).toEqual(['Deployment', 'CronJob']);
    const pod = (r.objects[0] as Loose).spec.template.spec;
    expect(pod.initContainers[0].image).toBe(PINNED);
    expect(pod.containers.map((c: { image: string }) => c.image)).toEqual([PINNED, 'ghcr.io/acme/weather-proxy:2', 'docker.io/library/busybox:1.36']);
    expect((r.objects[1] as Loose).spec.jobTemplate.spec.template.spec.containers[0].image).toBe(PINNED);
  });

  test('a Docker Hub short name matches its full name', () => {
    const text = 'kind: Pod\napiVersion: v1\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: weather}\n';
    const r = renderKubernetes(parseSpec('server: {name: weather}\nimage: docker.io/library/weather\ntargets: {kubernetes: {manifests: p.yaml}}\n', 'mcp-deploy.yml'), {
      image: `docker.io/library/weather@${DIGEST}`,
      manifests: [{ file: 'p.yaml', text }],
    });
    expect(r.documents[0]!.text).toBe(text.replace('image: weather', `image: docker.io/library/weather@${DIGEST}`));
  });

  test('the objects are read as kubectl reads YAML (1.1): merge keys are merged', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p, labels: &labels {app: weather}}
spec:
  containers:
    - <<: {imagePullPolicy: Always, ports: [{containerPort: 8080}]}
      name: weather
      image: ghcr.io/acme/weather:1
`;
    const r = render([{ file: 'p.yaml', text }]);
    expect((r.objects[0] as Loose).spec.containers[0]).toEqual({ name: 'weather', image: PINNED, imagePullPolicy: 'Always', ports: [{ containerPort: 8080 }] });
  });

  test('manifests where no container uses the server repository are refused', () => {
    expect(() => render([{ file: 'k8s/other.yaml', text: 'kind: Pod\nspec:\n  containers: [{name: a, image: nginx:1.25}]\n' }])).toThrow(/no container or init container in k8s\/other\.yaml uses ghcr\.io\/acme\/weather/);
  });

  test('invalid YAML is refused naming the file and line', () => {
    expect(() => render([{ file: 'k8s/bad.yaml', text: 'kind: Pod\nspec:\n  containers: [\n' }])).toThrow(/^k8s\/bad\.yaml:\d+: invalid YAML/);
  });

  test('a spec that names manifests cannot be rendered without them', () => {
    expect(() => renderKubernetes(parseSpec(SPEC, 'mcp-deploy.yml'), { image: PINNED })).toThrow(/manifests were not read/);
  });
});

describe('reading manifest files', () => {
  const withDir = (fn: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'manifests-'));
    try {
      fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('a folder gives its YAML and JSON files in name order, not its subfolders; paths resolve from the spec', () =>
    withDir((dir) => {
      mkdirSync(join(dir, 'k8s/nested'), { recursive: true });
      writeFileSync(join(dir, 'k8s/b.yml'), 'b: 1\n');
      writeFileSync(join(dir, 'k8s/a.yaml'), 'a: 1\n');
      writeFileSync(join(dir, 'k8s/c.json'), '{"c": 1}\n');
      writeFileSync(join(dir, 'k8s/README.md'), '# no\n');
      writeFileSync(join(dir, 'k8s/nested/d.yaml'), 'd: 1\n');
      writeFileSync(join(dir, 'extra.yaml'), 'e: 1\n');
      writeFileSync(join(dir, 'mcp-deploy.yml'), 'server: {name: weather}\ntargets: {kubernetes: {manifests: [k8s, extra.yaml]}}\n');
      const spec = parseSpec('server: {name: weather}\ntargets: {kubernetes: {manifests: [k8s, extra.yaml]}}\n', join(dir, 'mcp-deploy.yml'));
      expect(readManifestFiles(spec, manifestPaths(spec)!).map((f) => f.file)).toEqual(['k8s/a.yaml', 'k8s/b.yml', 'k8s/c.json', 'extra.yaml']);
    }));

  test.each([
    ['a folder with a kustomization', 'k8s', /kustomization.*kubectl kustomize/],
    ['a missing path', 'nowhere', /nowhere: no such file or folder/],
  ])('%s is refused with what to do', (_name, path, message) =>
    withDir((dir) => {
      mkdirSync(join(dir, 'k8s'));
      writeFileSync(join(dir, 'k8s/kustomization.yaml'), 'resources: [a.yaml]\n');
      const spec = parseSpec(`server: {name: weather}\ntargets: {kubernetes: {manifests: ${path}}}\n`, join(dir, 'mcp-deploy.yml'));
      expect(() => readManifestFiles(spec, manifestPaths(spec)!)).toThrow(message);
    }));
});
