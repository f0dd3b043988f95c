/**
 * What the health report records for the checklist, against real servers: whether the server
 * issued an Mcp-Session-Id (session.idSeen, SCL004), how it answered a request with a foreign
 * Origin (origin, TLS005: the bridge over server-everything refuses it; the bridge without an
 * allow-list, an SDK server without DNS-rebinding protection and server-everything's SSE accept
 * it), and a stdio server's stderr (logs, OBS003); then the checklist over those reports.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBridge, type RunningBridge } from '../../src/bridge/bridge.js';
import { composeCommand, resolveEngine } from '../../src/deploy/compose/engine.js';
import { gate as composeGate, type Plan } from '../../src/deploy/compose/run.js';
import { loadCluster } from '../../src/deploy/kubernetes/client.js';
import { gatePod } from '../../src/deploy/kubernetes/gate.js';
import { loadSpec } from '../../src/spec/spec.js';
import { exec } from '../../src/util/exec.js';
import { silentLogger } from '../../src/util/logger.js';
import { runChecklist } from '../../src/checklist/engine.js';
import { loadChecklistInputs } from '../../src/checklist/inputs.js';
import { allRules } from '../../src/checklist/rules/index.js';
import { main } from '../../src/cli/main.js';
import { runHealthGate } from '../../src/health/gate.js';
import { parseTarget } from '../../src/health/inputs.js';
import { renderHealthMarkdown, renderHealthText } from '../../src/health/render.js';
import type { HealthOptions, HealthReport } from '../../src/health/types.js';
import { requireEngine } from '../helpers/engine.js';
import { createNamespace, kubeconfigPath, kubectl, requireCluster } from '../helpers/kubernetes.js';
import { everythingEntry, freePort, listen, startEverything } from '../helpers/mcp-servers.js';
import { repoRoot } from '../helpers/paths.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c().catch(() => {})));
});

function gate(target: string | { command: string }, extra: Partial<HealthOptions> = {}): Promise<HealthReport> {
  return runHealthGate({
    target: typeof target === 'string' ? parseTarget(target, undefined) : parseTarget(undefined, target.command),
    transport: 'auto',
    headers: {},
    timeoutMs: 30_000,
    strict: false,
    allowAuthRequired: false,
    initialBackoffMs: 100,
    ...extra,
  });
}

/** The bridge over server-everything (stdio), with the given Host/Origin allow-list. */
async function bridgeOverEverything(allowedHosts: string[]): Promise<RunningBridge> {
  const running = await startBridge({
    command: { command: process.execPath, args: [everythingEntry, 'stdio'] },
    port: 0,
    host: '127.0.0.1',
    path: '/mcp',
    allowedHosts,
    allowedOrigins: [],
    maxSessions: 8,
    idleTimeoutMs: 60_000,
    drainTimeoutMs: 10_000,
    log: () => {},
  });
  cleanups.push(() => running.drain());
  return running;
}

/** Sessions close asynchronously after the DELETE; waits until none is left (or gives up and lets the assertion fail). */
async function sessionsSettle(bridge: RunningBridge): Promise<number> {
  for (let i = 0; i < 50 && bridge.sessions() > 0; i++) await sleep(100);
  return bridge.sessions();
}

/** A stateless SDK Streamable HTTP server with no DNS-rebinding protection: it answers any Origin. */
async function openSdkServer(): Promise<string> {
  const app = express();
  app.use(express.json());
  app.post('/mcp', async (req, res) => {
    const server = new McpServer({ name: 'open-server', version: '1.0.0' });
    server.registerTool('echo', { inputSchema: {} }, () => ({ content: [{ type: 'text', text: 'ok' }] }));
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => void transport.close());
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  const running = await listen(app);
  cleanups.push(running.close);
  return `http://127.0.0.1:${running.port}/mcp`;
}

/** A stateful SDK Streamable HTTP server without DNS-rebinding protection; `open()` counts its live sessions. */
async function statefulSdkServer(): Promise<{ url: string; open: () => number }> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const app = express();
  app.use(express.json());
  app.all('/mcp', async (req, res) => {
    const id = req.headers['mcp-session-id'];
    const existing = typeof id === 'string' ? sessions.get(id) : undefined;
    if (existing) return void (await existing.handleRequest(req, res, req.body));
    if (id !== undefined) return void res.status(404).json({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null });
    const server = new McpServer({ name: 'stateful-server', version: '1.0.0' });
    server.registerTool('echo', { inputSchema: {} }, () => ({ content: [{ type: 'text', text: 'ok' }] }));
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (sid) => void sessions.set(sid, transport),
      onsessionclosed: (sid) => void sessions.delete(sid),
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  const running = await listen(app);
  cleanups.push(running.close);
  return { url: `http://127.0.0.1:${running.port}/mcp`, open: () => sessions.size };
}

describe('health report: session, origin and logs', () => {
  test('the bridge over server-everything: a stateful session, a foreign Origin refused with 403 while the gate (loopback, no Origin) passes, no session left, no logs', async () => {
    const bridge = await bridgeOverEverything(['127.0.0.1', 'localhost']);
    const report = await gate(bridge.url);
    expect(report.ok).toBe(true);
    expect(report.transport).toBe('streamable-http');
    expect(report.session).toEqual({ idSeen: true });
    expect(report.origin).toEqual({ sent: 'https://evil.invalid', status: 403, rejected: true });
    expect(report.logs).toBeUndefined();
    expect(await sessionsSettle(bridge)).toBe(0);
    expect(renderHealthText(report)).toContain('origin     foreign Origin https://evil.invalid refused with HTTP 403');
    expect(renderHealthMarkdown(report)).toContain('| Origin | ✅ foreign Origin https://evil.invalid refused with HTTP 403 |');
  }, 60_000);

  test('the bridge without a Host allow-list (as bound in images) still refuses a foreign Origin with 403, and the gate without Origin passes', async () => {
    const bridge = await bridgeOverEverything([]);
    const report = await gate(bridge.url);
    expect(report.ok).toBe(true);
    expect(report.origin).toEqual({ sent: 'https://evil.invalid', status: 403, rejected: true });
    expect(await sessionsSettle(bridge)).toBe(0);
  }, 60_000);

  test('an SDK server without DNS-rebinding protection and without sessions: idSeen false, Origin accepted', async () => {
    const report = await gate(await openSdkServer());
    expect(report.ok).toBe(true);
    expect(report.session).toEqual({ idSeen: false });
    expect(report.origin).toMatchObject({ sent: 'https://evil.invalid', rejected: false });
    expect(report.origin!.status).toBeGreaterThanOrEqual(200);
    expect(report.origin!.status).toBeLessThan(300);
  }, 60_000);

  test('a stateful SDK server that accepts any Origin: idSeen true, rejected false, and both the gate\'s and the probe\'s sessions deleted', async () => {
    const server = await statefulSdkServer();
    const report = await gate(server.url);
    expect(report.ok).toBe(true);
    expect(report.session).toEqual({ idSeen: true });
    expect(report.origin).toEqual({ sent: 'https://evil.invalid', status: 200, rejected: false });
    expect(server.open()).toBe(0);
  }, 60_000);

  test('server-everything over legacy SSE: sessions bound to a stream (idSeen true), the foreign-Origin stream recorded', async () => {
    const server = await startEverything('sse', { lifetime: 120 });
    cleanups.push(server.stop);
    const report = await gate(server.url, { transport: 'sse' });
    expect(report.ok).toBe(true);
    expect(report.session).toEqual({ idSeen: true });
    expect(report.origin?.sent).toBe('https://evil.invalid');
    expect(typeof report.origin?.rejected).toBe('boolean');
  }, 60_000);

  test('server-everything over stdio: its stderr kept as logs (capped, no session, no origin)', async () => {
    const report = await gate({ command: `node ${everythingEntry} stdio` });
    expect(report.ok).toBe(true);
    expect(report.session).toBeUndefined();
    expect(report.origin).toBeUndefined();
    expect(report.logs?.some((line) => line.trim())).toBe(true);
    expect(report.logs!.length).toBeLessThanOrEqual(200);
    expect(report.logs!.every((line) => line.length <= 1000)).toBe(true);
  }, 60_000);

  test('logs read by the caller (a deploy\'s container logs) are redacted and scrubbed of the gate\'s token', async () => {
    const bridge = await bridgeOverEverything(['127.0.0.1']);
    const token = 'gate-token-7f3a9c21e5';
    const report = await gate(bridge.url, {
      headers: { Authorization: `Bearer ${token}` },
      serverLogs: async () => `{"level":"info","msg":"request with ${token}"}\nexport GITHUB_TOKEN=ghp_${'a1B2c3D4e5'.repeat(3)}abcdef\n`,
    });
    expect(report.ok).toBe(true);
    expect(report.logs).toHaveLength(2);
    expect(JSON.stringify(report.logs)).not.toContain(token);
    expect(JSON.stringify(report.logs)).not.toContain('a1B2c3D4e5a1B2c3D4e5');
  }, 60_000);

  test('mcp-orchestrator health --format json carries session and origin', async () => {
    const bridge = await bridgeOverEverything(['127.0.0.1']);
    const out: string[] = [];
    const code = await main(['health', bridge.url, '--format', 'json'], { stdout: (t) => void out.push(t), stderr: () => {} });
    expect(code).toBe(0);
    const report = JSON.parse(out.join('')) as HealthReport;
    expect(report.session).toEqual({ idSeen: true });
    expect(report.origin).toEqual({ sent: 'https://evil.invalid', status: 403, rejected: true });
  }, 60_000);
});

describe('the deploy hooks: logs the gate can read', () => {
  test('compose: the gate of a running Compose project keeps its container logs in the report', async () => {
    requireEngine();
    const compose = await composeCommand(process.env);
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'health-compose-'));
    const file = join(dir, 'compose.yml');
    // server-everything from this checkout's node_modules in the base image the project builds on; host network, loopback only.
    writeFileSync(
      file,
      `services:
  mcp:
    image: local/node:bookworm
    network_mode: host
    environment: {PORT: "${port}", HOST: "127.0.0.1"}
    volumes: ["${join(repoRoot, 'node_modules')}:/app/node_modules:ro"]
    command: ["timeout", "300", "node", "/app/node_modules/@modelcontextprotocol/server-everything/dist/index.js", "streamableHttp"]
`,
    );
    const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
    spec.health = { timeout: '30s' };
    const project = `health-logs-${port}`;
    const plan: Plan = { spec, label: 'test', compose, engine: await resolveEngine(process.env), project, file, port, url: `http://127.0.0.1:${port}/mcp`, env: process.env, logger: silentLogger, timeoutMs: 30_000 };
    const args = [...compose.slice(1), '-p', project, '-f', file];
    cleanups.push(async () => void (await exec(compose[0]!, [...args, 'down', '-t', '1'], { timeoutMs: 60_000 })));
    await exec(compose[0]!, [...args, 'up', '-d'], { timeoutMs: 120_000 });
    const report = await composeGate(plan);
    expect(report.ok).toBe(true);
    expect(report.logs?.some((line) => /listening|server/i.test(line))).toBe(true);
    expect(report.logs!.every((line) => !line.startsWith('mcp-1') && !line.startsWith('mcp_1'))).toBe(true);
  }, 180_000);

  test('kubernetes: the gate of a pod keeps the pod\'s log in the report', async () => {
    requireEngine();
    await requireCluster();
    // The base image the project builds on, in the local registry the cluster pulls from; server-everything from this checkout (hostPath).
    const image = '127.0.0.1:5000/health-report-fields/node:bookworm';
    await exec('docker', ['tag', 'local/node:bookworm', image], { timeoutMs: 30_000 });
    await exec('docker', ['push', image], { timeoutMs: 300_000 });
    const ns = await createNamespace('health-logs');
    cleanups.push(ns.remove);
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: everything, namespace: ${ns.name}}
spec:
  activeDeadlineSeconds: 600
  containers:
    - name: mcp
      image: ${image}
      command: ["node", "/app/node_modules/@modelcontextprotocol/server-everything/dist/index.js", "streamableHttp"]
      env: [{name: PORT, value: "3001"}, {name: HOST, value: "0.0.0.0"}]
      ports: [{containerPort: 3001}]
      readinessProbe: {tcpSocket: {port: 3001}, periodSeconds: 1}
      volumeMounts: [{name: modules, mountPath: /app/node_modules, readOnly: true}]
  volumes: [{name: modules, hostPath: {path: "${join(repoRoot, 'node_modules')}", type: Directory}}]
`;
    await kubectl(['apply', '-f', '-'], { input: pod });
    await kubectl(['-n', ns.name, 'wait', '--for=condition=Ready', 'pod/everything', '--timeout=180s']);
    const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
    spec.health = { timeout: '30s' };
    spec.server.path = '/mcp';
    const report = await gatePod(loadCluster({ kubeconfig: [kubeconfigPath()] }), { spec, namespace: ns.name, pod: 'everything', port: 3001, timeoutMs: 30_000, logger: silentLogger });
    expect(report.ok).toBe(true);
    expect(report.origin?.sent).toBe('https://evil.invalid');
    expect(report.logs?.some((line) => /listening|server/i.test(line))).toBe(true);
  }, 400_000);
});

describe('the checklist over real health reports', () => {
  const manifests = `apiVersion: apps/v1
kind: Deployment
metadata: {name: mcp}
spec:
  replicas: 2
  selector: {matchLabels: {app: mcp}}
  template:
    metadata: {labels: {app: mcp}}
    spec:
      containers: [{name: mcp, image: "example.invalid/mcp@sha256:${'0'.repeat(64)}"}]
---
apiVersion: v1
kind: Service
metadata: {name: mcp}
spec:
  selector: {app: mcp}
  sessionAffinity: ClientIP
  ports: [{port: 80, targetPort: 8080}]
`;

  async function checklistOver(report: HealthReport) {
    const dir = mkdtempSync(join(tmpdir(), 'health-fields-'));
    writeFileSync(join(dir, 'health.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'k8s.yaml'), manifests);
    const inputs = await loadChecklistInputs({ workspace: dir, healthReport: 'health.json', manifests: ['k8s.yaml'] });
    const result = runChecklist(allRules, inputs, { failOn: 'none' });
    return (id: string) => result.results.find((r) => r.rule.id === id)!;
  }

  test('the bridge\'s report checks SCL004 (sticky Service for a stateful server) and TLS005 (Origin refused): both passed', async () => {
    const bridge = await bridgeOverEverything(['127.0.0.1']);
    const verdictOf = await checklistOver(await gate(bridge.url));
    expect(verdictOf('SCL004').verdict).toBe('passed');
    expect(verdictOf('TLS005').verdict).toBe('passed');
    expect(verdictOf('OBS003').verdict).toBe('not-checked');
  }, 60_000);

  test('an SDK server that answers any Origin fails TLS005; a stdio server\'s stderr makes OBS003 checked', async () => {
    const open = await checklistOver(await gate(await openSdkServer()));
    expect(open('TLS005').verdict).toBe('failed');
    const stdio = await checklistOver(await gate({ command: `node ${everythingEntry} stdio` }));
    expect(['passed', 'failed']).toContain(stdio('OBS003').verdict);
    expect(stdio('OBS003').checks[0]!.message).toMatch(/of \d+ log lines are structured/);
  }, 90_000);
});
