/**
 * HLT: health checks configured and passing. Probes on every serving container (both kinds, not
 * the same, on ports that exist), a healthcheck on compose services and in the image, an ECS
 * container health check, the live MCP gate passed, and a stdio server that keeps stdout for
 * JSON-RPC (when the health report recorded what it wrote).
 */
import { isDeepStrictEqual } from 'node:util';
import { healthchecks } from '../dockerfile.js';
import type { AlignedChecks, Check, Rule } from '../types.js';
import { composeServices, containerCheck, containersOf, getIn, isDict, serviceCheck, SERVING_KINDS, type ContainerRef } from './pod-specs.js';

const servingContainers = (refs: ContainerRef[]) => refs.filter((c) => !c.init && SERVING_KINDS.has(c.workload.kind));

/** Each probe's own foreign checks: kube-linter's no-liveness-probe exempts the liveness check only. */
const PROBE_ALIGNED: Record<'readinessProbe' | 'livenessProbe', AlignedChecks> = {
  readinessProbe: { 'kube-linter': ['no-readiness-probe'], polaris: ['readinessProbeMissing'], checkov: ['CKV_K8S_9'] },
  livenessProbe: { 'kube-linter': ['no-liveness-probe'], polaris: ['livenessProbeMissing'], checkov: ['CKV_K8S_8'] },
};

const probesPresent: Rule = {
  id: 'HLT001',
  group: 'HLT',
  item: 'health-checks',
  severity: 'error',
  title: 'Serving containers have readiness and liveness probes',
  help: 'Without a readiness probe a pod gets traffic before the MCP server listens; without a liveness probe a wedged server is never restarted.',
  fix: 'Add readinessProbe and livenessProbe (httpGet on the bridge\'s /readyz and /healthz for stdio servers; render writes both).',
  needs: ['manifests'],
  aligned: { 'kube-linter': ['no-readiness-probe', 'no-liveness-probe'], 'kube-score': ['pod-probes'], polaris: ['readinessProbeMissing', 'livenessProbeMissing'], checkov: ['CKV_K8S_8', 'CKV_K8S_9'] },
  check: ({ manifests }) =>
    servingContainers(containersOf(manifests)).flatMap((c) =>
      (['readinessProbe', 'livenessProbe'] as const).map((probe) => {
        const ok = isDict(c.container[probe]);
        return { ...containerCheck(c, ok ? [...c.path, probe] : c.path, ok, `${c.subject} ${ok ? 'has' : 'has no'} ${probe}`), aligned: PROBE_ALIGNED[probe] };
      }),
    ),
};

/** The handler of a probe (httpGet, tcpSocket, grpc, exec), without timings. */
function handlerOf(probe: Record<string, unknown>): unknown {
  const { httpGet, tcpSocket, grpc, exec } = probe;
  return { httpGet, tcpSocket, grpc, exec };
}

const probesDiffer: Rule = {
  id: 'HLT002',
  group: 'HLT',
  item: 'health-checks',
  severity: 'warning',
  title: 'Readiness and liveness probes are not identical',
  help: 'One endpoint for both means a busy or draining server is restarted instead of being taken out of the Service: readiness says "send me traffic", liveness says "I am not wedged".',
  fix: 'Probe readiness and liveness on different handlers (the bridge serves /readyz and /healthz).',
  needs: ['manifests'],
  aligned: { 'kube-score': ['pod-probes-identical'] },
  check: ({ manifests }) =>
    servingContainers(containersOf(manifests))
      .filter((c) => isDict(c.container.readinessProbe) && isDict(c.container.livenessProbe))
      .map((c) => {
        const same = isDeepStrictEqual(handlerOf(c.container.readinessProbe as Record<string, unknown>), handlerOf(c.container.livenessProbe as Record<string, unknown>));
        return containerCheck(c, [...c.path, 'livenessProbe'], !same, `${c.subject}: readiness and liveness ${same ? 'use the same handler' : 'differ'}`);
      }),
};

function probePort(probe: Record<string, unknown>): { port: unknown; field: string } | undefined {
  for (const field of ['httpGet', 'tcpSocket', 'grpc']) {
    const handler = probe[field];
    if (isDict(handler) && handler.port !== undefined) return { port: handler.port, field };
  }
  return undefined;
}

const probePortsResolve: Rule = {
  id: 'HLT003',
  group: 'HLT',
  item: 'health-checks',
  severity: 'error',
  title: 'Probe ports resolve to a container port',
  help: 'A probe on a port name the container does not declare never succeeds (the pod is never ready); on an undeclared number it probes something else.',
  fix: 'Point the probe at a port the container lists under ports (by name or number).',
  needs: ['manifests'],
  aligned: { 'kube-linter': ['liveness-port', 'readiness-port', 'startup-port'] },
  check: ({ manifests }) => {
    const checks: Check[] = [];
    for (const c of servingContainers(containersOf(manifests))) {
      const ports = Array.isArray(c.container.ports) ? c.container.ports.filter(isDict) : [];
      for (const kind of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        const probe = c.container[kind];
        if (!isDict(probe)) continue;
        const found = probePort(probe);
        if (!found) continue;
        const { port, field } = found;
        const ok = typeof port === 'string' ? ports.some((p) => p.name === port) : ports.length === 0 || ports.some((p) => p.containerPort === port);
        checks.push(containerCheck(c, [...c.path, kind, field, 'port'], ok, `${c.subject} ${kind} port ${String(port)} ${ok ? 'resolves' : 'is not a port of the container'}`));
      }
    }
    return checks;
  },
};

const composeHealthcheck: Rule = {
  id: 'HLT004',
  group: 'HLT',
  item: 'health-checks',
  severity: 'warning',
  title: 'Compose services have a healthcheck',
  help: 'Without a healthcheck, `depends_on: condition: service_healthy` and restarts cannot tell a started container from a serving one.',
  fix: 'Add healthcheck: { test: [CMD, ...], interval: 10s } to the service (or a HEALTHCHECK in the image), and never disable: true.',
  needs: ['compose'],
  aligned: {},
  check: ({ compose, image }) =>
    composeServices(compose).map((s) => {
      const hc = s.service.healthcheck;
      const disabled = isDict(hc) && (hc.disable === true || (Array.isArray(hc.test) && hc.test[0] === 'NONE'));
      const inherited = !isDict(hc) && image?.config.healthcheck && image.config.healthcheck.test[0] !== 'NONE';
      const ok = (isDict(hc) && !disabled) || Boolean(inherited);
      const message = disabled ? `${s.subject} disables its healthcheck` : ok ? `${s.subject} has a healthcheck${inherited ? ' (from the image)' : ''}` : `${s.subject} has no healthcheck`;
      return serviceCheck(s, isDict(hc) ? ['healthcheck'] : [], ok, message);
    }),
};

const imageHealthcheck: Rule = {
  id: 'HLT005',
  group: 'HLT',
  item: 'health-checks',
  severity: 'note',
  title: 'The image declares a HEALTHCHECK',
  help: 'Docker and Compose use the image\'s HEALTHCHECK when the service declares none (Kubernetes ignores it and uses probes).',
  fix: 'Add HEALTHCHECK CMD ... to the final stage (the package stage writes one against the bridge\'s /healthz).',
  needs: [],
  needsAnyOf: ['dockerfile', 'image'],
  aligned: { checkov: ['CKV_DOCKER_2'], trivy: ['AVD-DS-0026'] },
  check: ({ dockerfile, image }) => {
    if (image) {
      const hc = image.config.healthcheck;
      const ok = Boolean(hc && hc.test.length && hc.test[0] !== 'NONE');
      return [{ passed: ok, message: ok ? 'the image config has a Healthcheck' : 'the image config has no Healthcheck', location: { file: image.source, pointer: '/config/Healthcheck' }, subject: 'image Healthcheck' }];
    }
    const found = healthchecks(dockerfile!.text);
    const last = found[found.length - 1];
    const ok = Boolean(last && !last.none);
    return [{ passed: ok, message: ok ? 'the final stage has a HEALTHCHECK' : last?.none ? 'HEALTHCHECK NONE disables the check' : 'the final stage has no HEALTHCHECK', location: { file: dockerfile!.file, line: last?.line ?? 1 }, subject: 'Dockerfile HEALTHCHECK', exemption: { kind: 'comments' } }];
  },
};

const ecsHealthcheck: Rule = {
  id: 'HLT006',
  group: 'HLT',
  item: 'health-checks',
  severity: 'warning',
  title: 'ECS containers have a health check',
  help: 'ECS replaces a task only when its essential container reports unhealthy; without a healthCheck a wedged server keeps its place behind the load balancer.',
  fix: 'Add healthCheck: { command: [CMD-SHELL, ...], interval: 10 } to the container definition.',
  needs: ['cloud'],
  aligned: {},
  check: ({ cloud }) =>
    (cloud ?? [])
      .filter((c) => c.target === 'ecs')
      .flatMap(({ document }) => {
        const defs = getIn(document.value, ['containerDefinitions']);
        if (!Array.isArray(defs)) return [];
        return defs.filter(isDict).map((d, i) => {
          const ok = isDict(d.healthCheck);
          return { passed: ok, message: `ECS container ${String(d.name ?? i)} ${ok ? 'has' : 'has no'} healthCheck`, location: document.locate(['containerDefinitions', i, ...(ok ? ['healthCheck'] : [])]), subject: `ecs container ${String(d.name ?? i)}`, exemption: { kind: 'comments' } };
        });
      }),
};

const liveGate: Rule = {
  id: 'HLT007',
  group: 'HLT',
  item: 'health-checks',
  severity: 'error',
  title: 'The live MCP health gate passed',
  help: 'Configured probes say nothing about the protocol: the gate\'s handshake, tool list and smoke call against the running server do.',
  fix: 'Read the health report\'s problems: fix the server or the contract, redeploy, and run the gate again.',
  needs: ['health-report'],
  aligned: {},
  unavailable: ({ healthReport }) => (typeof healthReport!.value.ok === 'boolean' ? undefined : `${healthReport!.file} has no "ok" (is it the JSON report of health?)`),
  check: ({ healthReport }) => {
    const report = healthReport!.value as { ok: boolean; status?: string; target?: string; problems?: Array<{ level?: string; code?: string; message?: string }> };
    const errors = (report.problems ?? []).filter((p) => p.level !== 'warning');
    const summary = errors.map((p) => `${p.code ?? 'problem'}: ${p.message ?? ''}`).slice(0, 3).join('; ');
    return [{ passed: report.ok, message: report.ok ? `the gate passed (${report.status ?? 'healthy'}) for ${report.target ?? 'the server'}` : `the gate failed (${report.status ?? 'unhealthy'}) for ${report.target ?? 'the server'}${summary ? `: ${summary}` : ''}`, location: { file: healthReport!.file, pointer: '/ok' }, subject: 'health gate' }];
  },
};

/** What the health report says about a stdio server's stdout: `stdout: { lines, nonJsonRpcLines }`. */
function stdoutRecord(value: Record<string, unknown>): { lines?: number; nonJsonRpcLines: number; sample?: string } | undefined {
  const stdout = value.stdout;
  return isDict(stdout) && typeof stdout.nonJsonRpcLines === 'number' ? (stdout as { nonJsonRpcLines: number }) : undefined;
}

const stdioStdout: Rule = {
  id: 'HLT008',
  group: 'HLT',
  item: 'health-checks',
  severity: 'error',
  title: 'A stdio server writes only JSON-RPC to stdout',
  help: 'On stdio, stdout is the protocol channel: a log line there breaks the client\'s parser. Logs belong on stderr.',
  fix: 'Send logs to stderr (console.error, logging to sys.stderr); never print to stdout outside the SDK\'s transport.',
  needs: ['health-report'],
  aligned: {},
  unavailable: ({ healthReport, spec }) => {
    const stdio = healthReport!.value.transport === 'stdio' || spec?.value.server.transport === 'stdio';
    if (!stdio) return undefined;
    return stdoutRecord(healthReport!.value) ? undefined : `${healthReport!.file} does not record what the server wrote to stdout`;
  },
  check: ({ healthReport, spec }) => {
    const stdio = healthReport!.value.transport === 'stdio' || spec?.value.server.transport === 'stdio';
    if (!stdio) return [];
    const record = stdoutRecord(healthReport!.value)!;
    const ok = record.nonJsonRpcLines === 0;
    return [{ passed: ok, message: ok ? `stdout carried only JSON-RPC${record.lines !== undefined ? ` (${record.lines} lines)` : ''}` : `${record.nonJsonRpcLines} line(s) on stdout were not JSON-RPC`, location: { file: healthReport!.file, pointer: '/stdout/nonJsonRpcLines' }, subject: 'stdio stdout' }];
  },
};

export const rules: Rule[] = [probesPresent, probesDiffer, probePortsResolve, composeHealthcheck, imageHealthcheck, ecsHealthcheck, liveGate, stdioStdout];
