import { describe, expect, test } from '@jest/globals';
import { finalStageUser, isRootUser, rules } from '../../../src/checklist/rules/hardening.js';
import type { ImageConfig } from '../../../src/image/types.js';
import { compose, manifests, ruleOf, verdicts } from './rules-helpers.js';

/** Line numbers below refer to this text. */
const PODS = `apiVersion: v1
kind: Pod
metadata:
  name: good
spec:
  automountServiceAccountToken: false
  securityContext:
    runAsNonRoot: true
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: app
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}
---
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  hostNetwork: true
  securityContext:
    runAsUser: 1000
  containers:
    - name: app
      securityContext:
        runAsUser: 0
        privileged: true
        capabilities: {drop: [NET_RAW], add: [SYS_ADMIN]}
        seccompProfile: {type: Unconfined}
  volumes:
    - name: sock
      hostPath: {path: /var/run/docker.sock}
---
apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
    - name: app
      image: x
`;

const COMPOSE = `services:
  good:
    image: a
    user: "10001"
    read_only: true
    cap_drop: [ALL]
    security_opt: ["no-new-privileges:true"]
  bad:
    image: b
    privileged: true
    pid: host
    volumes:
      - ./config:/config:ro
      - /var/run/docker.sock:/var/run/docker.sock
    security_opt: ["seccomp=unconfined"]
`;

const config = (user: string): ImageConfig => ({ env: [], labels: {}, entrypoint: null, cmd: null, user, workingDir: '/', exposedPorts: [], healthcheck: null, history: [], diffIds: [], os: 'linux', architecture: 'amd64', raw: {} });

describe('HRD001 non-root', () => {
  const rule = ruleOf(rules, 'HRD001');

  test('pod-level runAsNonRoot passes; a container runAsUser 0 overrides the pod; no setting fails at the container', () => {
    expect(verdicts(rule.check(manifests(PODS)))).toEqual([
      { passed: true, line: 8, subject: 'Pod/good container app' },
      { passed: false, line: 28, subject: 'Pod/bad container app' },
      { passed: false, line: 42, subject: 'Pod/bare container app' },
    ]);
  });

  test('Dockerfile: the final stage\'s USER decides, at its line; a builder stage\'s USER does not count', () => {
    const good = 'FROM node:22 AS build\nUSER root\nRUN npm ci\nFROM node:22-slim\nARG UID=10001\nUSER ${UID}\nCMD ["node", "server.js"]\n';
    const bad = 'FROM node:22 AS build\nUSER node\nFROM node:22-slim\nCOPY . .\n';
    expect(rule.check({ dockerfile: { file: 'Dockerfile', text: good } }).map((c) => [c.passed, c.location?.line, c.message])).toEqual([[true, 6, 'the final stage runs as user 10001']]);
    expect(rule.check({ dockerfile: { file: 'Dockerfile', text: bad } }).map((c) => [c.passed, c.location?.line])).toEqual([[false, 3]]);
    expect(finalStageUser('FROM a\nUSER $NOPE\n')).toEqual({ user: '', line: 2, unresolved: true });
    // a final stage built FROM an earlier one inherits that stage's USER
    expect(finalStageUser('FROM node:22 AS base\nUSER node\nFROM base\nCOPY . .\n')).toEqual({ user: 'node', line: 2, unresolved: false });
  });

  test('image config User, and compose user (or the image\'s when the service sets none)', () => {
    expect(rule.check({ image: { source: 'docker://x', config: config('') } }).map((c) => [c.passed, c.location?.pointer])).toEqual([[false, '/config/User']]);
    expect(rule.check({ image: { source: 'docker://x', config: config('10001:10001') } })[0]!.passed).toBe(true);
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: true, line: 4, subject: 'service good' },
      { passed: false, line: 9, subject: 'service bad' },
    ]);
    expect(rule.check({ ...compose('services:\n  s: {image: x}\n'), image: { source: 'docker://x', config: config('app') } })[0]!.passed).toBe(true);
  });

  test.each([['', true], ['root', true], ['0:0', true], ['root:staff', true], ['10001', false], ['node', false]])('isRootUser(%j) is %s', (user, expected) => {
    expect(isRootUser(user)).toBe(expected);
  });
});

describe('HRD002 no privilege escalation', () => {
  const rule = ruleOf(rules, 'HRD002');

  test('allowPrivilegeEscalation false passes; privileged fails at its line; unset fails at the container', () => {
    expect(verdicts(rule.check(manifests(PODS)))).toEqual([
      { passed: true, line: 13, subject: 'Pod/good container app' },
      { passed: false, line: 29, subject: 'Pod/bad container app' },
      { passed: false, line: 42, subject: 'Pod/bare container app' },
    ]);
  });

  test('compose: no-new-privileges passes; privileged fails', () => {
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: true, line: 7, subject: 'service good' },
      { passed: false, line: 10, subject: 'service bad' },
    ]);
  });
});

describe('HRD003 read-only root filesystem', () => {
  const rule = ruleOf(rules, 'HRD003');

  test('true passes at its line; unset fails', () => {
    expect(verdicts(rule.check(manifests(PODS)))).toEqual([
      { passed: true, line: 14, subject: 'Pod/good container app' },
      { passed: false, line: 28, subject: 'Pod/bad container app' },
      { passed: false, line: 42, subject: 'Pod/bare container app' },
    ]);
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: true, line: 5, subject: 'service good' },
      { passed: false, line: 9, subject: 'service bad' },
    ]);
  });
});

describe('HRD004 capabilities dropped', () => {
  const rule = ruleOf(rules, 'HRD004');

  test('drop ALL (adding NET_BIND_SERVICE back) passes; adding SYS_ADMIN or dropping only NET_RAW fails', () => {
    const checks = rule.check(manifests(PODS));
    expect(verdicts(checks)).toEqual([
      { passed: true, line: 15, subject: 'Pod/good container app' },
      { passed: false, line: 30, subject: 'Pod/bad container app' },
      { passed: false, line: 42, subject: 'Pod/bare container app' },
    ]);
    expect(checks[1]!.message).toBe('Pod/bad container app adds SYS_ADMIN');
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: true, line: 6, subject: 'service good' },
      { passed: false, line: 9, subject: 'service bad' },
    ]);
  });

  test('dropping each of the 14 default capabilities is dropping ALL', () => {
    const text = 'kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      securityContext:\n        capabilities:\n          drop: [CHOWN, DAC_OVERRIDE, FSETID, FOWNER, MKNOD, NET_RAW, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, AUDIT_WRITE]\n';
    expect(rule.check(manifests(text))[0]!.passed).toBe(true);
  });
});

describe('HRD005 seccomp RuntimeDefault', () => {
  const rule = ruleOf(rules, 'HRD005');

  test('the pod\'s RuntimeDefault passes at its line; a container Unconfined fails; none fails', () => {
    expect(verdicts(rule.check(manifests(PODS)))).toEqual([
      { passed: true, line: 9, subject: 'Pod/good container app' },
      { passed: false, line: 31, subject: 'Pod/bad container app' },
      { passed: false, line: 42, subject: 'Pod/bare container app' },
    ]);
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: true, line: 7, subject: 'service good' },
      { passed: false, line: 15, subject: 'service bad' },
    ]);
  });
});

describe('HRD006 no service-account token automount', () => {
  const rule = ruleOf(rules, 'HRD006');

  test('the pod\'s false passes at its line; unset with the default account fails', () => {
    expect(verdicts(rule.check(manifests(PODS)))).toEqual([
      { passed: true, line: 6, subject: 'Pod/good' },
      { passed: false, line: 22, subject: 'Pod/bad' },
      { passed: false, line: 41, subject: 'Pod/bare' },
    ]);
  });

  test('unset on the pod, false on its ServiceAccount passes; true on the pod wins over the account', () => {
    const account = '---\nkind: ServiceAccount\nmetadata: {name: api}\nautomountServiceAccountToken: false\n';
    const pod = (own: string) => `kind: Pod\nmetadata: {name: p}\nspec:\n  serviceAccountName: api\n${own}  containers: [{name: c}]\n`;
    expect(rule.check(manifests(pod('') + account))[0]!.passed).toBe(true);
    expect(verdicts(rule.check(manifests(pod('  automountServiceAccountToken: true\n') + account)))).toEqual([{ passed: false, line: 5, subject: 'Pod/p' }]);
  });
});

describe('HRD007 host namespaces', () => {
  const rule = ruleOf(rules, 'HRD007');

  test('hostNetwork fails at its line; pods without pass; compose pid: host fails', () => {
    expect(verdicts(rule.check(manifests(PODS)))).toEqual([
      { passed: true, line: 6, subject: 'Pod/good' },
      { passed: false, line: 22, subject: 'Pod/bad' },
      { passed: true, line: 41, subject: 'Pod/bare' },
    ]);
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: true, line: 3, subject: 'service good' },
      { passed: false, line: 11, subject: 'service bad' },
    ]);
  });
});

describe('HRD008 host paths and runtime sockets', () => {
  const rule = ruleOf(rules, 'HRD008');

  test('a hostPath volume fails at its line, naming the runtime socket; compose fails the socket bind, not the project file', () => {
    const checks = rule.check(manifests(PODS));
    expect(verdicts(checks)).toEqual([
      { passed: true, line: 6, subject: 'Pod/good' },
      { passed: false, line: 34, subject: 'Pod/bad' },
      { passed: true, line: 41, subject: 'Pod/bare' },
    ]);
    expect(checks[1]!.message).toBe("Pod/bad mounts the host's /var/run/docker.sock: the container runtime socket (hostPath)");
    expect(verdicts(rule.check(compose(COMPOSE)))).toEqual([
      { passed: true, line: 3, subject: 'service good' },
      { passed: false, line: 14, subject: 'service bad' },
    ]);
  });
});

describe('HRD009 compose host network only on loopback', () => {
  const rule = ruleOf(rules, 'HRD009');

  test('the `up` file (network_mode: host, bound to 127.0.0.1) passes; host network bound to 0.0.0.0 or unbound fails', () => {
    const text = `version: "2.4"
services:
  weather:
    image: 127.0.0.1:5000/acme/weather@sha256:abc
    network_mode: host
    environment: [PORT=8080, HOST=127.0.0.1, MCP_BRIDGE_HOST=127.0.0.1]
  open:
    network_mode: host
    environment: {HOST: 0.0.0.0}
  unbound:
    network_mode: host
  bridged:
    ports: ["127.0.0.1:8080:8080"]
`;
    const checks = rule.check(compose(text));
    expect(verdicts(checks)).toEqual([
      { passed: true, line: 5, subject: 'service weather' },
      { passed: false, line: 8, subject: 'service open' },
      { passed: false, line: 11, subject: 'service unbound' },
    ]);
    expect(checks[1]!.message).toBe('service open uses the host network bound to HOST=0.0.0.0');
    expect(rule.severity).toBe('warning');
  });
});
