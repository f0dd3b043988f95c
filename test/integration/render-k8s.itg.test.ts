/**
 * Every rendered variant is accepted by the REAL Kubernetes API server (the cluster KUBECONFIG
 * names, else the one scripts/start-k8s.sh started): `kubectl apply --server-side
 * --dry-run=server` of the render's YAML stream, each variant in a namespace of its own that is
 * deleted afterwards. The ExternalSecret CRD is not part of a bare cluster: the test installs a
 * structural stand-in of external-secrets.io/v1 ExternalSecret (cluster-wide, removed at the end
 * when the test created it) so the API server checks group, version, kind, scope and the fields
 * the render sets; the full schema is checked offline by kubernetes-models.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { renderKubernetes, yamlStream, type KubernetesRender } from '../../src/render/kubernetes.js';
import { parseSpec } from '../../src/spec/spec.js';
import { createNamespace, kubectl, requireCluster } from '../helpers/kubernetes.js';

const DIGEST = `sha256:${'7e57'.repeat(16)}`;
const IMAGE = `127.0.0.1:5000/acme/weather:1.0@${DIGEST}`;
const CRD_NAME = 'externalsecrets.external-secrets.io';

const EXTERNAL_SECRET_CRD = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: CRD_NAME, labels: { 'app.kubernetes.io/managed-by': 'mcp-orchestrator-tests' } },
  spec: {
    group: 'external-secrets.io',
    scope: 'Namespaced',
    names: { kind: 'ExternalSecret', listKind: 'ExternalSecretList', plural: 'externalsecrets', singular: 'externalsecret' },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                required: ['secretStoreRef', 'target', 'data'],
                properties: {
                  refreshInterval: { type: 'string' },
                  secretStoreRef: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, kind: { type: 'string', enum: ['SecretStore', 'ClusterSecretStore'] } } },
                  target: { type: 'object', properties: { name: { type: 'string' }, creationPolicy: { type: 'string', enum: ['Owner', 'Orphan', 'Merge', 'None'] } } },
                  data: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['secretKey', 'remoteRef'],
                      properties: {
                        secretKey: { type: 'string' },
                        remoteRef: { type: 'object', required: ['key'], properties: { key: { type: 'string' }, property: { type: 'string' } } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
};

const NATIVE = 'server: {name: weather, transport: streamable-http, port: 3000}\n';
const BRIDGED = 'server: {name: weather, transport: stdio}\n';

/** [variant, spec] */
const variants: Array<[string, string]> = [
  ['a single-replica native server with TCP probes', NATIVE],
  ['a native server with an HTTP health path and resources', `${NATIVE}health: {path: /health}\nresources: {cpu: 100m, memory: 64Mi}\nenv: {LOG_LEVEL: "off", BANNER: "a\\n---\\nkind: Secret"}\n`],
  [
    'a bridged server on several replicas with HPA, PDB, ingress-nginx with TLS and rate limit, NetworkPolicy',
    `${BRIDGED}resources: {cpu: 250m, memory: 128Mi}\nscaling: {min: 2, max: 5, cpu: 70}\ningress: {host: weather.example.com, class: nginx, rate-limit: {rps: 10}, tls: {secret: weather-tls}}\n`,
  ],
  ['fixed replicas behind another controller with a cert-manager issuer', `${NATIVE}targets: {kubernetes: {replicas: 3}}\ningress: {host: w.example.com, class: traefik, controller-namespace: traefik, tls: {issuer: letsencrypt}}\n`],
  [
    'secrets by secretKeyRef, runner secrets and a CSI Secrets Store volume',
    `${NATIVE}secrets:\n  - {name: API_KEY, from: {kubernetes: {secret: weather, key: api-key}}}\n  - {name: LOCAL, from: {env: LOCAL_TOKEN}}\n  - {name: CERT, from: {csi: {provider-class: vault-weather, object: cert.pem}}}\n`,
  ],
  ['secrets from an external store (ExternalSecret external-secrets.io/v1)', `${NATIVE}secrets:\n  - {name: DB_URL, from: {external: {store: vault, key: prod/weather, property: db}}}\n  - {name: TOKEN, from: {external: {store: shared, kind: ClusterSecretStore, key: token}}}\n`],
];

const USER_MANIFESTS = `# hand-written
apiVersion: apps/v1
kind: Deployment
metadata:
  name: weather
spec:
  selector: {matchLabels: {app: weather}}
  template:
    metadata: {labels: {app: weather}}
    spec:
      initContainers: [{name: migrate, image: "127.0.0.1:5000/acme/weather:old", args: [migrate]}]
      containers:
        - name: weather
          image: 127.0.0.1:5000/acme/weather:latest
        - name: sidecar
          image: 127.0.0.1:5000/other/sidecar:1
---
apiVersion: v1
kind: Service
metadata: {name: weather}
spec:
  selector: {app: weather}
  ports: [{port: 80, targetPort: 8080}]
`;

async function serverDryRun(result: KubernetesRender, namespace: string): Promise<Array<{ kind: string; metadata: { name: string; namespace: string }; spec?: Record<string, unknown> }>> {
  const { stdout } = await kubectl(['apply', '--server-side', '--field-manager', 'mcp-orchestrator-tests', '--dry-run=server', '-n', namespace, '-o', 'json', '-f', '-'], { input: yamlStream(result.documents) });
  const parsed = JSON.parse(stdout) as { kind: string; items?: unknown[] };
  return (parsed.kind === 'List' ? parsed.items : [parsed]) as Awaited<ReturnType<typeof serverDryRun>>;
}

let createdCrd = false;
beforeAll(async () => {
  await requireCluster();
  const existing = await kubectl(['get', 'crd', CRD_NAME, '--ignore-not-found', '-o', 'name']);
  if (!existing.stdout.trim()) {
    await kubectl(['apply', '-f', '-'], { input: JSON.stringify(EXTERNAL_SECRET_CRD) });
    createdCrd = true;
    await kubectl(['wait', '--for', 'condition=established', '--timeout=60s', `crd/${CRD_NAME}`]);
  }
}, 120_000);
afterAll(async () => {
  if (createdCrd) await kubectl(['delete', 'crd', CRD_NAME, '--wait=false', '--ignore-not-found']);
});

describe('rendered Kubernetes objects on a real API server', () => {
  test.each(variants)('%s: every object is accepted by a server-side dry run', async (_name, specText) => {
    const namespace = await createNamespace('render');
    try {
      const result = renderKubernetes(parseSpec(specText, 'mcp-deploy.yml'), { image: IMAGE, namespace: namespace.name });
      const accepted = await serverDryRun(result, namespace.name);
      expect(accepted.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(result.objects.map((o) => `${o.kind}/${o.metadata.name}`));
      expect(accepted.every((o) => o.metadata.namespace === namespace.name)).toBe(true);
      const deployment = accepted.find((o) => o.kind === 'Deployment') as unknown as { spec: { template: { spec: { containers: Array<{ image: string; env?: Array<{ name: string; value?: string }> }> } } } };
      expect(deployment.spec.template.spec.containers[0]!.image).toBe(`127.0.0.1:5000/acme/weather@${DIGEST}`);
      // Values kubectl's YAML 1.1 parser would take for booleans or new documents arrive as strings.
      const env = Object.fromEntries((deployment.spec.template.spec.containers[0]!.env ?? []).map((e) => [e.name, e.value]));
      if (specText.includes('LOG_LEVEL')) expect(env).toMatchObject({ LOG_LEVEL: 'off', BANNER: 'a\n---\nkind: Secret' });
    } finally {
      await namespace.remove();
    }
  }, 120_000);

  test('user manifests with the digest put in are accepted, the other image untouched', async () => {
    const namespace = await createNamespace('render-manifests');
    try {
      const spec = parseSpec('server: {name: weather}\nimage: 127.0.0.1:5000/acme/weather\ntargets: {kubernetes: {manifests: k8s}}\n', 'mcp-deploy.yml');
      const result = renderKubernetes(spec, { image: IMAGE, manifests: [{ file: 'k8s/app.yaml', text: USER_MANIFESTS }] });
      const accepted = await serverDryRun(result, namespace.name);
      expect(accepted.map((o) => o.kind)).toEqual(['Deployment', 'Service']);
      const pod = (accepted[0] as unknown as { spec: { template: { spec: { initContainers: Array<{ image: string }>; containers: Array<{ image: string }> } } } }).spec.template.spec;
      expect(pod.initContainers[0]!.image).toBe(`127.0.0.1:5000/acme/weather@${DIGEST}`);
      expect(pod.containers.map((c) => c.image)).toEqual([`127.0.0.1:5000/acme/weather@${DIGEST}`, '127.0.0.1:5000/other/sidecar:1']);
    } finally {
      await namespace.remove();
    }
  }, 120_000);
});
