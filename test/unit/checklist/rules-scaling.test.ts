import { describe, expect, test } from '@jest/globals';
import { rules } from '../../../src/checklist/rules/scaling.js';
import type { ChecklistInputs } from '../../../src/checklist/types.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { manifests, ruleOf, verdicts } from './rules-helpers.js';

const DEPLOYMENT = (replicas: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
${replicas}  selector: {matchLabels: {app: api}}
  template:
    metadata:
      labels: {app: api, tier: web}
    spec:
      containers: [{name: server, image: app:1}]
`;
const HPA = `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: api}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 2
  maxReplicas: 5
`;
const withSession = (docs: string, idSeen: boolean): ChecklistInputs => ({ ...manifests(docs), healthReport: { file: 'health.json', value: { session: { idSeen } } } });

describe('SCL001 a scaling policy', () => {
  const rule = ruleOf(rules, 'SCL001');

  test('a Deployment an HPA targets passes; one with fixed replicas fails (a warning) at its spec', () => {
    expect(verdicts(rule.check(manifests(DEPLOYMENT('') + HPA)))).toEqual([{ passed: true, line: 6, subject: 'Deployment/api' }]);
    const fixed = rule.check(manifests(DEPLOYMENT('  replicas: 2\n')));
    expect(verdicts(fixed)).toEqual([{ passed: false, line: 6, subject: 'Deployment/api' }]);
    expect(fixed[0]!.message).toBe('Deployment/api runs a fixed 2 replica(s): no autoscaler targets it');
    expect(rule.severity).toBe('warning');
  });

  test('Cloud Run maxScale and Container Apps maxReplicas count', () => {
    const run = parseYamlDocuments(`kind: Service
metadata: {name: w}
spec:
  template:
    metadata:
      annotations:
        autoscaling.knative.dev/maxScale: "10"
`, 'run.yaml')[0]!;
    const app = parseYamlDocuments('name: w\nproperties:\n  template:\n    scale: {minReplicas: 1}\n', 'app.yaml')[0]!;
    expect(verdicts(rule.check({ cloud: [{ target: 'cloudrun', document: run }, { target: 'containerapps', document: app }] }))).toEqual([
      { passed: true, line: 7, subject: 'Cloud Run service w' },
      { passed: false, line: 4, subject: 'Container App w' },
    ]);
  });
});

describe('SCL002 HPA-targeted workloads omit replicas', () => {
  const rule = ruleOf(rules, 'SCL002');

  test('replicas left to the autoscaler pass; written replicas fail at their line; untargeted workloads are not its concern', () => {
    expect(verdicts(rule.check(manifests(DEPLOYMENT('') + HPA)))).toEqual([{ passed: true, line: 6, subject: 'Deployment/api' }]);
    expect(verdicts(rule.check(manifests(DEPLOYMENT('  replicas: 3\n') + HPA)))).toEqual([{ passed: false, line: 6, subject: 'Deployment/api' }]);
    expect(rule.check(manifests(DEPLOYMENT('  replicas: 3\n')))).toEqual([]);
  });

  test('an autoscaler in another namespace does not target it', () => {
    expect(rule.check(manifests(DEPLOYMENT('  replicas: 3\n') + HPA.replace('metadata: {name: api}', 'metadata: {name: api, namespace: other}')))).toEqual([]);
  });
});

describe('SCL003 a PodDisruptionBudget for more than one pod', () => {
  const rule = ruleOf(rules, 'SCL003');
  const PDB = (policy: string, labels = 'app: api') => `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: api}
spec:
  ${policy}
  selector:
    matchLabels: {${labels}}
`;

  test('a matching budget passes; none fails at the pod labels; one replica is not its concern', () => {
    expect(verdicts(rule.check(manifests(DEPLOYMENT('  replicas: 3\n') + PDB('maxUnavailable: 1'))))).toEqual([{ passed: true, line: 6, subject: 'Deployment/api' }]);
    expect(verdicts(rule.check(manifests(DEPLOYMENT('  replicas: 3\n') + PDB('maxUnavailable: 1', 'app: other'))))).toEqual([{ passed: false, line: 10, subject: 'Deployment/api' }]);
    expect(rule.check(manifests(DEPLOYMENT('')))).toEqual([]);
  });

  test('an autoscaler maximum above one counts; a budget that allows no eviction fails at the budget', () => {
    const checks = rule.check(manifests(DEPLOYMENT('') + HPA + PDB('minAvailable: 5')));
    expect(verdicts(checks)).toEqual([{ passed: false, line: 25, subject: 'PodDisruptionBudget/api' }]);
    expect(checks[0]!.message).toBe("PodDisruptionBudget/api allows no eviction of Deployment/api's 5 pods: drains block");
  });
});

describe('SCL004 session affinity when the gate saw Mcp-Session-Id', () => {
  const rule = ruleOf(rules, 'SCL004');
  const SERVICE = (affinity: string) => `---
apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  selector: {app: api}
${affinity}  ports: [{port: 80}]
`;
  const INGRESS = (annotations: string) => `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
${annotations}spec:
  rules:
    - host: api.example.com
      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}]}
`;

  test('without an ingress, a Service with sessionAffinity ClientIP passes and one without fails', () => {
    expect(verdicts(rule.check(withSession(DEPLOYMENT('  replicas: 2\n') + SERVICE('  sessionAffinity: ClientIP\n'), true)))).toEqual([{ passed: true, line: 19, subject: 'Service/api' }]);
    expect(verdicts(rule.check(withSession(DEPLOYMENT('  replicas: 2\n') + SERVICE(''), true)))).toEqual([{ passed: false, line: 18, subject: 'Service/api' }]);
  });

  test('behind an ingress the ingress must be sticky: the Service\'s ClientIP does not apply to controllers', () => {
    const sticky = DEPLOYMENT('') + HPA + SERVICE('  sessionAffinity: ClientIP\n') + INGRESS('    nginx.ingress.kubernetes.io/upstream-hash-by: $binary_remote_addr\n');
    expect(verdicts(rule.check(withSession(sticky, true)))).toEqual([{ passed: true, line: 34, subject: 'Ingress/api' }]);
    const loose = DEPLOYMENT('') + HPA + SERVICE('  sessionAffinity: ClientIP\n') + INGRESS('    nginx.ingress.kubernetes.io/proxy-buffering: "off"\n');
    const checks = rule.check(withSession(loose, true));
    expect(verdicts(checks)).toEqual([{ passed: false, line: 32, subject: 'Ingress/api' }]);
    expect(checks[0]!.message).toBe("Ingress/api spreads Deployment/api's 5 pods without session affinity (no upstream-hash-by or affinity annotation)");
  });

  test('not applicable to a stateless server or one replica; not checked when the report does not say', () => {
    expect(rule.check(withSession(DEPLOYMENT('  replicas: 2\n') + SERVICE(''), false))).toEqual([]);
    expect(rule.check(withSession(DEPLOYMENT('') + SERVICE(''), true))).toEqual([]);
    const silent = { file: 'health.json', value: { ok: true } };
    expect(rule.unavailable!({ ...manifests(DEPLOYMENT('  replicas: 2\n')), healthReport: silent })).toBe('health.json does not record whether the server issued an Mcp-Session-Id');
    expect(rule.unavailable!({ ...manifests(DEPLOYMENT('')), healthReport: silent })).toBeUndefined();
  });
});

describe('SCL005 rolling updates that can be rolled back', () => {
  const rule = ruleOf(rules, 'SCL005');

  test('RollingUpdate (written or default) with history passes; Recreate and revisionHistoryLimit 0 fail at their lines', () => {
    const text = `kind: Deployment
metadata: {name: a}
spec:
  strategy:
    type: RollingUpdate
  revisionHistoryLimit: 5
---
kind: Deployment
metadata: {name: b}
spec:
  strategy:
    type: Recreate
---
kind: StatefulSet
metadata: {name: c}
spec:
  revisionHistoryLimit: 0
---
kind: DaemonSet
metadata: {name: d}
spec:
  template: {}
`;
    expect(verdicts(rule.check(manifests(text)))).toEqual([
      { passed: true, line: 5, subject: 'Deployment/a' },
      { passed: false, line: 12, subject: 'Deployment/b' },
      { passed: false, line: 17, subject: 'StatefulSet/c' },
      { passed: true, line: 22, subject: 'DaemonSet/d' },
    ]);
  });
});
