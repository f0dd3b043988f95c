/**
 * spec → Kubernetes objects: each spec variant and what it must produce, the session-affinity
 * decision and its warning, secrets by reference only, the digest requirement, and hostile values
 * that come out of the YAML writer as data (read back by a YAML 1.1 parser, as kubectl reads).
 */
import { describe, expect, test } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { renderKubernetes, yamlStream, type KubernetesObject, type KubernetesRender } from '../../../src/render/kubernetes.js';
import { validateObject } from '../../../src/render/kubernetes-validate.js';
import { parseSpec } from '../../../src/spec/spec.js';
import { InputError } from '../../../src/util/errors.js';

const DIGEST = `sha256:${'c0ffee'.repeat(10)}abcd`;
const IMAGE = `127.0.0.1:5000/acme/weather:1.4.0@${DIGEST}`;

function render(specText: string, options: { image?: string; namespace?: string } = {}): KubernetesRender {
  return renderKubernetes(parseSpec(specText, 'mcp-deploy.yml'), { image: options.image ?? IMAGE, namespace: options.namespace });
}
// Rendered objects are plain data asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const find = (r: KubernetesRender, kind: string) => r.objects.find((o) => o.kind === kind) as KubernetesObject & { spec: any };
const pod = (r: KubernetesRender) => find(r, 'Deployment').spec.template.spec;
const container = (r: KubernetesRender) => pod(r).containers[0];
const kinds = (r: KubernetesRender) => r.objects.map((o) => o.kind);

const NATIVE = 'server: {name: weather, transport: streamable-http, port: 3000}\n';
const BRIDGED = 'server: {name: weather, transport: stdio}\n';

describe('render kubernetes from the spec', () => {
  test('a single-replica native server: digest, labels, rolling update, locked-down pod, TCP probes, no PDB/HPA/spread/affinity', () => {
    const r = render(NATIVE);
    expect(kinds(r)).toEqual(['ServiceAccount', 'Deployment', 'Service', 'NetworkPolicy']);
    for (const o of r.objects) {
      expect(o.metadata.labels).toEqual({
        'app.kubernetes.io/name': 'weather',
        'app.kubernetes.io/instance': 'weather',
        'app.kubernetes.io/version': '1.4.0',
        'app.kubernetes.io/managed-by': 'mcp-orchestrator',
      });
    }
    const deployment = find(r, 'Deployment');
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'weather', 'app.kubernetes.io/instance': 'weather' });
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
    expect(deployment.spec.revisionHistoryLimit).toBeGreaterThanOrEqual(2);
    expect(deployment.spec.progressDeadlineSeconds).toBeGreaterThan(0);
    expect(container(r).image).toBe(`127.0.0.1:5000/acme/weather@${DIGEST}`);
    expect(container(r).ports).toEqual([{ name: 'http', containerPort: 3000, protocol: 'TCP' }]);
    expect(container(r).readinessProbe.tcpSocket).toEqual({ port: 'http' });
    expect(container(r).livenessProbe.tcpSocket).toEqual({ port: 'http' });
    expect(container(r).startupProbe.tcpSocket).toEqual({ port: 'http' });
    expect(container(r).securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container(r).volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    expect(pod(r).volumes).toContainEqual({ name: 'tmp', emptyDir: {} });
    expect(pod(r)).toMatchObject({ serviceAccountName: 'weather', automountServiceAccountToken: false, securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } });
    expect(pod(r).topologySpreadConstraints).toBeUndefined();
    expect(find(r, 'ServiceAccount').automountServiceAccountToken).toBe(false);
    expect(find(r, 'Service').spec.sessionAffinity).toBeUndefined();
    expect(find(r, 'NetworkPolicy').spec.ingress).toEqual([{ from: [{ podSelector: {} }], ports: [{ port: 'http', protocol: 'TCP' }] }]);
    expect(r.warnings).toEqual([]);
    expect(r.affinity).toBe('single-replica');
  });

  test.each([
    ['a native server with health.path probes that path', `${NATIVE}health: {path: /health}\n`, { httpGet: { path: '/health', port: 'http' } }, { httpGet: { path: '/health', port: 'http' } }, 30],
    ['a bridged (stdio) server probes /readyz for readiness and /healthz for liveness and start-up, and waits out the drain', BRIDGED, { httpGet: { path: '/readyz', port: 'http' } }, { httpGet: { path: '/healthz', port: 'http' } }, 45],
  ])('%s', (_name, spec, readiness, liveness, grace) => {
    const r = render(spec);
    expect(container(r).readinessProbe).toMatchObject(readiness);
    expect(container(r).livenessProbe).toMatchObject(liveness);
    expect(container(r).startupProbe).toMatchObject(liveness);
    expect(container(r).startupProbe.failureThreshold * container(r).startupProbe.periodSeconds).toBeGreaterThanOrEqual(60);
    expect(pod(r).terminationGracePeriodSeconds).toBe(grace);
  });

  test('autoscaling: replicas left to the HPA (autoscaling/v2), a PDB, topology spread, ClientIP affinity on the Service', () => {
    const r = render(`${BRIDGED}resources: {cpu: 250m, memory: 128Mi}\nscaling: {min: 2, max: 6, cpu: 65}\n`);
    expect(kinds(r)).toEqual(['ServiceAccount', 'Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'NetworkPolicy']);
    expect(find(r, 'Deployment').spec).not.toHaveProperty('replicas');
    expect(find(r, 'HorizontalPodAutoscaler').spec).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'weather' },
      minReplicas: 2,
      maxReplicas: 6,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 65 } } }],
    });
    expect(find(r, 'PodDisruptionBudget').spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'weather', 'app.kubernetes.io/instance': 'weather' } } });
    expect(pod(r).topologySpreadConstraints.map((c: { topologyKey: string }) => c.topologyKey)).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
    expect(find(r, 'Service').spec.sessionAffinity).toBe('ClientIP');
    expect(container(r).resources).toEqual({ requests: { cpu: '250m', memory: '128Mi' }, limits: { cpu: '250m', memory: '128Mi' } });
    expect(r.warnings).toEqual([]);
  });

  test.each([
    ['targets.kubernetes.replicas', `${NATIVE}targets: {kubernetes: {replicas: 3}}\n`, 3],
    ['scaling.min without a larger max', `${NATIVE}scaling: {min: 2, max: 2}\n`, 2],
  ])('a fixed replica count from %s: no HPA, a PDB', (_name, spec, replicas) => {
    const r = render(spec);
    expect(find(r, 'Deployment').spec.replicas).toBe(replicas);
    expect(kinds(r)).not.toContain('HorizontalPodAutoscaler');
    expect(kinds(r)).toContain('PodDisruptionBudget');
  });

  test('scaling on CPU without a CPU request is warned about', () => {
    expect(render(`${NATIVE}scaling: {min: 1, max: 3}\n`).warnings.join('\n')).toMatch(/resources\.cpu/);
  });

  test('ingress-nginx: class, TLS secret, rate limit, no buffering, long timeouts, session hash on the client address (a session initialize request carries no Mcp-Session-Id yet), controller namespace admitted', () => {
    const r = render(`${BRIDGED}scaling: {min: 2}\ningress: {host: weather.example.com, class: nginx, rate-limit: {rps: 20}, tls: {secret: weather-tls}}\n`);
    const ingress = find(r, 'Ingress');
    expect(ingress.apiVersion).toBe('networking.k8s.io/v1');
    expect(ingress.metadata.annotations).toEqual({
      'nginx.ingress.kubernetes.io/limit-rps': '20',
      'nginx.ingress.kubernetes.io/proxy-buffering': 'off',
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
      'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
      'nginx.ingress.kubernetes.io/upstream-hash-by': '$binary_remote_addr',
    });
    expect(ingress.spec).toEqual({
      ingressClassName: 'nginx',
      tls: [{ hosts: ['weather.example.com'], secretName: 'weather-tls' }],
      rules: [{ host: 'weather.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'weather', port: { name: 'http' } } } }] } }],
    });
    expect(find(r, 'NetworkPolicy').spec.ingress[0].from).toEqual([
      { podSelector: {} },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } },
    ]);
    expect(r.affinity).toBe('client-hash');
    expect(r.warnings).toEqual([]);
  });

  test('a cert-manager issuer: the cluster-issuer annotation and a default TLS secret; the class may come from targets.kubernetes', () => {
    const r = render(`${NATIVE}ingress: {host: w.example.com, tls: {issuer: letsencrypt}}\ntargets: {kubernetes: {ingress-class: nginx-public}}\n`);
    const ingress = find(r, 'Ingress');
    expect(ingress.metadata.annotations?.['cert-manager.io/cluster-issuer']).toBe('letsencrypt');
    expect(ingress.spec.tls).toEqual([{ hosts: ['w.example.com'], secretName: 'weather-tls' }]);
    expect(ingress.spec.ingressClassName).toBe('nginx-public');
    expect(ingress.metadata.annotations).not.toHaveProperty(['nginx.ingress.kubernetes.io/upstream-hash-by']);
  });

  test('several replicas behind a controller that cannot hash on the session header: ClientIP on the Service and a warning', () => {
    const r = render(`${NATIVE}scaling: {min: 3}\ningress: {host: w.example.com, class: traefik, controller-namespace: traefik}\n`);
    expect(find(r, 'Ingress').metadata.annotations).toBeUndefined();
    expect(find(r, 'Service').spec.sessionAffinity).toBe('ClientIP');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/session/);
    expect(find(r, 'NetworkPolicy').spec.ingress[0].from[1]).toEqual({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } } });
  });

  test('secrets become references only: secretKeyRef, an ExternalSecret per store, a CSI volume, runner secrets for deploy to write', () => {
    const r = render(`${NATIVE}secrets:
  - {name: API_KEY, from: {kubernetes: {secret: weather, key: api-key}}}
  - {name: DB_URL, from: {external: {store: vault, key: prod/weather, property: db}}}
  - {name: TOKEN, from: {external: {store: vault, key: prod/token}}}
  - {name: CERT, from: {csi: {provider-class: azure-kv, object: cert.pem}}}
  - {name: LOCAL, from: {env: LOCAL_TOKEN}}
`);
    expect(container(r).env).toEqual([
      { name: 'API_KEY', valueFrom: { secretKeyRef: { name: 'weather', key: 'api-key' } } },
      { name: 'DB_URL', valueFrom: { secretKeyRef: { name: 'weather-vault', key: 'DB_URL' } } },
      { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'weather-vault', key: 'TOKEN' } } },
      { name: 'CERT_FILE', value: '/mnt/secrets-store/azure-kv/cert.pem' },
      { name: 'LOCAL', valueFrom: { secretKeyRef: { name: 'weather-runner', key: 'LOCAL' } } },
    ]);
    const external = r.objects.filter((o) => o.kind === 'ExternalSecret');
    expect(external).toHaveLength(1);
    expect(external[0]).toMatchObject({
      apiVersion: 'external-secrets.io/v1',
      metadata: { name: 'weather-vault' },
      spec: {
        secretStoreRef: { name: 'vault', kind: 'SecretStore' },
        target: { name: 'weather-vault' },
        data: [
          { secretKey: 'DB_URL', remoteRef: { key: 'prod/weather', property: 'db' } },
          { secretKey: 'TOKEN', remoteRef: { key: 'prod/token' } },
        ],
      },
    });
    expect(pod(r).volumes).toContainEqual({ name: 'secrets-store-0', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'azure-kv' } } });
    expect(container(r).volumeMounts).toContainEqual({ name: 'secrets-store-0', mountPath: '/mnt/secrets-store/azure-kv', readOnly: true });
    expect(r.runnerSecrets).toEqual([{ secret: 'weather-runner', key: 'LOCAL', from: { env: 'LOCAL_TOKEN' } }]);
  });

  test('a Secret Manager reference cannot be read by a pod: an input error says what to use', () => {
    expect(() => render(`${NATIVE}secrets: [{name: A, from: {gcp: {secret: a}}}]\n`)).toThrow(/from\.gcp .*from\.kubernetes, from\.external .*from\.csi/);
  });

  test.each([
    ['a tag only', '127.0.0.1:5000/acme/weather:1.4.0', /has no digest.*sha256/],
    ['no tag and no digest', 'ghcr.io/acme/weather', /has no digest/],
    ['a registry that is not a host', `a b.example/acme/weather@${DIGEST}`, /not a registry host/],
  ])('refuses an image with %s', (_name, image, message) => {
    expect(() => render(NATIVE, { image })).toThrow(InputError);
    expect(() => render(NATIVE, { image })).toThrow(message);
  });

  test('an instance that is not a DNS label is refused: it becomes a label and a selector', () => {
    expect(() => renderKubernetes(parseSpec(NATIVE, 'mcp-deploy.yml'), { image: IMAGE, instance: 'pr 7' })).toThrow(/instance "pr 7" is not a DNS label/);
    expect(find(renderKubernetes(parseSpec(NATIVE, 'mcp-deploy.yml'), { image: IMAGE, instance: 'pr-7' }), 'Service').spec.selector).toEqual({ 'app.kubernetes.io/name': 'weather', 'app.kubernetes.io/instance': 'pr-7' });
  });

  test('the namespace comes from targets.kubernetes.namespace, and an option overrides it; without either it is left to the context', () => {
    expect(render(`${NATIVE}targets: {kubernetes: {namespace: mcp}}\n`).objects.every((o) => o.metadata.namespace === 'mcp')).toBe(true);
    expect(render(`${NATIVE}targets: {kubernetes: {namespace: mcp}}\n`, { namespace: 'preview-7' }).objects.every((o) => o.metadata.namespace === 'preview-7')).toBe(true);
    expect(render(NATIVE).objects.some((o) => 'namespace' in o.metadata)).toBe(false);
  });

  test('hostile values come out as data: env values with document markers, YAML 1.1 booleans and numbers survive a YAML 1.1 read', () => {
    const hostile = {
      INJECT: 'info\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: stolen}',
      OFF: 'off',
      YES: 'y',
      OCTAL: '0755',
      ALIAS: '*anchor',
      COMMENT: 'a #b',
      BRACES: '{x: 1}',
    };
    const env = Object.entries(hostile).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n');
    const r = render(`${NATIVE}env:\n${env}\nscaling: {min: 2}\ningress: {host: w.example.com, class: nginx}\n`);
    const docs = parseAllDocuments(yamlStream(r.documents), { version: '1.1' }) as ReturnType<typeof parseAllDocuments>;
    expect(docs.map((d) => d.errors)).toEqual(r.objects.map(() => []));
    const read = docs.map((d) => d.toJS());
    expect(read).toEqual(JSON.parse(JSON.stringify(r.objects)));
    const readEnv = read[1].spec.template.spec.containers[0].env as Array<{ name: string; value: string }>;
    expect(Object.fromEntries(readEnv.map((e) => [e.name, e.value]))).toEqual(hostile);
    expect(read.map((o) => o.kind)).not.toContain('Secret');
  });

  test('every object is checked against its Kubernetes schema: a wrong type is refused', () => {
    for (const o of render(`${BRIDGED}scaling: {min: 2, max: 4}\nresources: {cpu: 1}\ningress: {host: a.example.com, class: nginx, tls: {secret: t}}\n`).objects) expect(() => validateObject(o)).not.toThrow();
    const broken = { ...find(render(NATIVE), 'Deployment') };
    broken.spec = { ...broken.spec, replicas: 'two' };
    expect(() => validateObject(broken)).toThrow(/Deployment weather is not a valid apps\/v1\/Deployment: .*replicas/);
  });
});
