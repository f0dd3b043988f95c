/**
 * TLS: TLS for remote access. Every Ingress host has a certificate, no Service opens a node port or
 * a cloud load balancer around the ingress, the URL handed to clients is https unless it is
 * loopback, Container Apps refuse plain HTTP, and the live server refuses a foreign Origin (DNS
 * rebinding) and answers 401 without credentials when the spec declares authorization.
 */
import type { Check, ChecklistInputs, Rule } from '../types.js';
import { docsOfKind, getIn, isDict, nameOf, objectCheck, type Doc } from './pod-specs.js';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;

/** Whether an Ingress TLS host (possibly `*.example.com`) covers `host`. */
export function tlsCovers(tlsHost: string, host: string): boolean {
  const a = tlsHost.toLowerCase();
  const b = host.toLowerCase();
  if (a === b) return true;
  const label = b.slice(0, b.length - (a.length - 1));
  return a.startsWith('*.') && b.endsWith(a.slice(1)) && label.length > 0 && !label.includes('.');
}

function ingressChecks(doc: Doc): Check[] {
  const tls = getIn(doc.value, ['spec', 'tls']);
  const entries = Array.isArray(tls) ? tls.filter(isDict) : [];
  const tlsHosts = entries.flatMap((e) => (Array.isArray(e.hosts) ? e.hosts.map(String) : []));
  const rules = getIn(doc.value, ['spec', 'rules']);
  const list = Array.isArray(rules) ? rules : [];
  const subject = `Ingress/${nameOf(doc)}`;
  if (list.length === 0) {
    const ok = entries.length > 0;
    return [objectCheck(doc, ok ? ['spec', 'tls'] : ['spec'], ok, ok ? `${subject} (default backend) serves TLS` : `${subject} routes every host without TLS (no spec.tls)`)];
  }
  return list.map((rule, i) => {
    const host = isDict(rule) && typeof rule.host === 'string' ? rule.host : undefined;
    // A rule without a host answers any host: it is covered by the controller's certificate for a TLS entry, so any entry counts.
    const ok = host === undefined ? entries.length > 0 : tlsHosts.some((h) => tlsCovers(h, host));
    const what = host ?? '(any host)';
    return objectCheck(doc, host === undefined ? ['spec', 'rules', i] : ['spec', 'rules', i, 'host'], ok, ok ? `${subject} serves ${what} over TLS` : `${subject} serves ${what} without TLS (no spec.tls entry lists it)`);
  });
}

const ingressTls: Rule = {
  id: 'TLS001',
  group: 'TLS',
  item: 'tls',
  severity: 'error',
  title: 'Every Ingress serves each of its hosts over TLS',
  help:
    'An MCP client sends its bearer token or OAuth access token on every request; over plain HTTP anyone on the path reads it. ' +
    'Each host of each Ingress rule must be listed in a spec.tls entry (a wildcard entry covers one label); a rule without a host needs at least one TLS entry.',
  fix: 'Add spec.tls with the host and a certificate secret (spec: ingress.tls.secret, or ingress.tls.issuer for cert-manager).',
  needs: ['manifests'],
  aligned: { polaris: ['tlsSettingsMissing'] },
  check: (inputs) => docsOfKind(inputs.manifests, 'Ingress').flatMap(ingressChecks),
};

const exposedServices: Rule = {
  id: 'TLS002',
  group: 'TLS',
  item: 'tls',
  severity: 'error',
  title: 'No NodePort or LoadBalancer Service opens a way around the ingress',
  help:
    'A NodePort opens the server on every node\'s address, a LoadBalancer on a cloud address: both in plain TCP, past the ingress that terminates TLS, limits rates and keeps sessions on one pod. ' +
    'When one is meant (TLS terminated at the load balancer, an internal LB), say why with an exemption annotation: mcp-orchestrator.io/ignore-TLS002: "<reason>".',
  fix: 'Use type ClusterIP behind an Ingress (the render does), or annotate the Service with the reason it is exposed.',
  needs: ['manifests'],
  aligned: { 'kube-linter': ['exposed-services'], 'kube-score': ['service-type'] },
  check: (inputs) =>
    docsOfKind(inputs.manifests, 'Service').map((doc) => {
      const type = getIn(doc.value, ['spec', 'type']);
      const exposed = type === 'NodePort' || type === 'LoadBalancer';
      return objectCheck(doc, type === undefined ? ['spec'] : ['spec', 'type'], !exposed, `Service/${nameOf(doc)} is ${typeof type === 'string' ? type : 'ClusterIP'}${exposed ? ': reachable without the ingress' : ''}`);
    }),
};

function urlOf(text: unknown): URL | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

export const isLoopbackHost = (host: string): boolean => LOOPBACK.test(host);

function handoffChecks(inputs: ChecklistInputs): Check[] {
  const out: Check[] = [];
  const spec = inputs.spec;
  if (spec) {
    const ingress = spec.value.ingress;
    if (ingress?.host) {
      const ok = ingress.tls !== undefined;
      out.push({ passed: ok, message: ok ? `the handed-off URL is https://${ingress.host}` : `the handed-off URL is http://${ingress.host}: ingress.host has no ingress.tls`, location: { file: spec.file }, subject: 'handoff URL' });
    } else {
      out.push({ passed: true, message: 'no public URL: the spec declares no ingress host (clients reach the server on loopback or inside the cluster)', location: { file: spec.file }, subject: 'handoff URL' });
    }
  }
  const report = inputs.healthReport;
  const url = urlOf(report?.value.target);
  if (report && url && (url.protocol === 'http:' || url.protocol === 'https:')) {
    const host = url.hostname;
    const ok = url.protocol === 'https:' || isLoopbackHost(host);
    out.push({
      passed: ok,
      message: ok ? `the gate reached ${url.origin}${url.protocol === 'http:' ? ' (loopback)' : ''}` : `the gate reached ${url.origin} over plain HTTP on a non-loopback host`,
      location: { file: report.file, pointer: '/target' },
      subject: 'gated URL',
    });
  }
  return out;
}

const httpsHandoff: Rule = {
  id: 'TLS003',
  group: 'TLS',
  item: 'tls',
  severity: 'error',
  title: 'The URL handed to clients is https unless it is loopback',
  help:
    'The handoff gives clients the URL to configure. Plain http is acceptable only on loopback (a local run, a port-forward) where nothing crosses a network. ' +
    'Read from the spec (an ingress host is https when ingress.tls is set) and from the URL the health gate connected to.',
  fix: 'Set ingress.tls (a secret or a cert-manager issuer) for the ingress host, and gate the https URL.',
  needs: [],
  needsAnyOf: ['spec', 'health-report'],
  aligned: {},
  check: handoffChecks,
};

type CloudDoc = NonNullable<ChecklistInputs['cloud']>[number];

function containerAppIngress(entry: CloudDoc): { path: Array<string | number>; ingress: Record<string, unknown> } | undefined {
  for (const path of [['properties', 'configuration', 'ingress'], ['configuration', 'ingress']]) {
    const ingress = getIn(entry.document.value, path);
    if (isDict(ingress)) return { path, ingress };
  }
  return undefined;
}

const containerAppsInsecure: Rule = {
  id: 'TLS004',
  group: 'TLS',
  item: 'tls',
  severity: 'error',
  title: 'Container Apps ingress refuses plain HTTP (allowInsecure: false)',
  help: 'With allowInsecure: true a Container App answers http:// as well as https://, so a client configured with the wrong scheme sends its token in clear text; with false, HTTP requests are redirected to HTTPS.',
  fix: 'Set properties.configuration.ingress.allowInsecure: false (the default) in the Container Apps YAML.',
  needs: ['cloud'],
  aligned: {},
  check: (inputs) =>
    (inputs.cloud ?? [])
      .filter((e) => e.target === 'containerapps')
      .flatMap((entry) => {
        const found = containerAppIngress(entry);
        if (!found) return [];
        const insecure = found.ingress.allowInsecure === true;
        const name = String(entry.document.value.name ?? '(unnamed)');
        return [{ passed: !insecure, message: `Container App ${name} ingress ${insecure ? 'allows plain HTTP (allowInsecure: true)' : 'refuses plain HTTP'}`, location: entry.document.locate([...found.path, 'allowInsecure']), subject: `Container App ${name}` }];
      }),
};

/** The gate spoke HTTP (a URL target, not a stdio command). */
function httpGate(value: Record<string, unknown>): boolean {
  const url = urlOf(value.target);
  return value.transport !== 'stdio' && url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:');
}

/** `origin: { sent, status, rejected }`: the gate's request with a foreign Origin header. */
function originRecord(value: Record<string, unknown>): { rejected: boolean; status?: number; sent?: string } | undefined {
  const origin = value.origin;
  return isDict(origin) && typeof origin.rejected === 'boolean' ? (origin as { rejected: boolean }) : undefined;
}

const foreignOrigin: Rule = {
  id: 'TLS005',
  group: 'TLS',
  item: 'tls',
  severity: 'error',
  title: 'The live server rejects a request with a foreign Origin',
  help:
    'The MCP specification requires Streamable HTTP servers to validate the Origin header: otherwise a web page the user visits can reach a server on localhost or the intranet through DNS rebinding and call its tools. ' +
    'Read from the health report\'s origin record (the gate sends one request with a foreign Origin); not applicable to stdio servers.',
  fix: 'Validate Origin against an allow-list and answer 403 otherwise (the bridge does; with the TypeScript SDK, enable its DNS-rebinding protection with allowed origins).',
  needs: ['health-report'],
  aligned: {},
  unavailable: ({ healthReport }) => (httpGate(healthReport!.value) && !originRecord(healthReport!.value) ? `${healthReport!.file} does not record a request with a foreign Origin` : undefined),
  check: ({ healthReport }) => {
    const value = healthReport!.value;
    const origin = httpGate(value) ? originRecord(value) : undefined;
    if (!origin) return [];
    const status = origin.status !== undefined ? ` (HTTP ${origin.status})` : '';
    return [{ passed: origin.rejected, message: origin.rejected ? `the server rejected a foreign Origin${status}` : `the server accepted a request with a foreign Origin${origin.sent ? ` ${origin.sent}` : ''}${status}`, location: { file: healthReport!.file, pointer: '/origin/rejected' }, subject: 'Origin validation' }];
  },
};

/** The spec declares authorization (auth.mode bearer or oauth), or lets the gate accept "authorization required". */
function authDeclared(inputs: ChecklistInputs): boolean {
  const spec = inputs.spec?.value;
  if (!spec) return false;
  return (spec.auth !== undefined && spec.auth.mode !== 'none') || spec.health.allowAuthRequired === true;
}

/**
 * What the health report says about a request without credentials: `auth.refusalVerified` (401
 * with valid protected-resource metadata), the gate's own 401 (`status: auth-required`), or a
 * problem `auth-not-enforced` / `auth-metadata` (answered, or refused without a proper challenge).
 */
function refusalRecord(value: Record<string, unknown>): { refused: boolean; pointer: string; message: string } | undefined {
  const problems = Array.isArray(value.problems) ? value.problems : [];
  const index = problems.findIndex((p) => isDict(p) && (p.code === 'auth-not-enforced' || p.code === 'auth-metadata'));
  if (index >= 0) return { refused: false, pointer: `/problems/${index}`, message: `without credentials: ${String(getIn(problems[index], ['message']) ?? 'not refused with 401')}` };
  if (getIn(value, ['auth', 'refusalVerified']) === true) return { refused: true, pointer: '/auth/refusalVerified', message: 'without credentials the server answered 401 with valid protected-resource metadata' };
  if (value.status === 'auth-required') return { refused: true, pointer: '/status', message: 'without credentials the server answered 401 (status auth-required)' };
  return undefined;
}

const unauthenticated401: Rule = {
  id: 'TLS006',
  group: 'TLS',
  item: 'tls',
  severity: 'error',
  title: 'Without credentials the live server answers 401 when the spec declares authorization',
  help:
    'A server declared as a protected resource must refuse a request without a token with 401 and a WWW-Authenticate challenge naming its protected-resource metadata (RFC 9728); one that answers 200 serves everyone. ' +
    'Read from the health report (the gate sends a request without a token first when auth: is declared); not applicable when the spec declares no authorization or the gate ran over stdio.',
  fix: 'Enforce the token on every MCP path (auth: bearer or oauth in the spec makes the bridge do it), leaving only /healthz and /readyz open.',
  needs: ['spec', 'health-report'],
  aligned: {},
  unavailable: (inputs) => (authDeclared(inputs) && httpGate(inputs.healthReport!.value) && !refusalRecord(inputs.healthReport!.value) ? `${inputs.healthReport!.file} does not record a request without credentials` : undefined),
  check: (inputs) => {
    const value = inputs.healthReport!.value;
    const seen = authDeclared(inputs) && httpGate(value) ? refusalRecord(value) : undefined;
    return seen ? [{ passed: seen.refused, message: seen.message, location: { file: inputs.healthReport!.file, pointer: seen.pointer }, subject: 'authorization' }] : [];
  },
};

const CLOUD_TARGETS = ['cloudrun', 'ecs', 'containerapps'] as const;

/** Where the server is reachable beyond loopback, by the spec: its ingress host and its cloud targets. */
function remoteReach(inputs: ChecklistInputs): string[] {
  const spec = inputs.spec!.value;
  const reach = spec.ingress?.host ? [`ingress host ${spec.ingress.host}`] : [];
  for (const target of CLOUD_TARGETS) if (spec.targets[target]) reach.push(`targets.${target}`);
  for (const entry of inputs.cloud ?? []) if (!reach.includes(`targets.${entry.target}`)) reach.push(`targets.${entry.target}`);
  return reach;
}

const authOnRemote: Rule = {
  id: 'TLS007',
  group: 'TLS',
  item: 'tls',
  severity: 'warning',
  title: 'A server reachable beyond loopback declares authorization',
  help:
    'Without auth: (or with mode none) the bridge answers anyone who reaches its port: on a public ingress host or a cloud service that is everyone. ' +
    'The MCP specification makes an HTTP server an OAuth 2.1 protected resource; auth: bearer (a static token for service-to-service use) or auth: oauth (JWTs from your issuer) makes the bridge enforce it. ' +
    'Allowed, but flagged: a server behind a gateway that authenticates for it can say so with an exemption.',
  fix: 'Declare auth: in the spec (mode: oauth with issuer, audience and scopes, or mode: bearer with the token\'s secret reference), or exempt the rule with the reason (e.g. "an API gateway authenticates every request").',
  needs: ['spec'],
  aligned: {},
  check: (inputs) => {
    const spec = inputs.spec!;
    const reach = remoteReach(inputs);
    if (reach.length === 0) return [];
    const mode = spec.value.auth?.mode ?? 'none';
    const ok = mode !== 'none';
    return [
      {
        passed: ok,
        message: ok ? `auth mode ${mode} guards ${reach.join(', ')}` : `${reach.join(', ')} ${reach.length > 1 ? 'reach' : 'reaches'} the server with no authorization (auth mode none)`,
        location: { file: spec.file },
        subject: 'authorization',
      },
    ];
  },
};

export const rules: Rule[] = [ingressTls, exposedServices, httpsHandoff, containerAppsInsecure, foreignOrigin, unauthenticated401, authOnRemote];
