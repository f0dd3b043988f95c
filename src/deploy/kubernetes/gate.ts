/** The MCP health gate (contract, smoke call) against one pod, through a port-forward. */
import { healthFromSpec, localUrl } from '../../health/from-spec.js';
import { runHealthGate } from '../../health/gate.js';
import type { HealthOptions, HealthReport } from '../../health/types.js';
import type { DeploySpec } from '../../spec/spec.js';
import type { Logger } from '../../util/logger.js';
import type { Cluster } from './client.js';
import { openPortForward } from './port-forward.js';
import { explainPods } from './rollout.js';
import { untilAborted } from './types.js';

/** What the gate checks beyond the protocol; a release record keeps its own, so a rollback is gated by what that release promised. */
export interface GateChecks {
  contract?: HealthOptions['contract'];
  strict: boolean;
  allowAuthRequired: boolean;
  smoke?: HealthOptions['smoke'];
}

export function checksFromSpec(spec: DeploySpec): GateChecks {
  const fromSpec = healthFromSpec(spec);
  return { contract: fromSpec.contract, strict: fromSpec.strict ?? false, allowAuthRequired: fromSpec.allowAuthRequired ?? false, smoke: fromSpec.smoke };
}

export interface PodGateOptions {
  spec: DeploySpec;
  /** Default: the spec's. */
  checks?: GateChecks;
  namespace: string;
  pod: string;
  port: number;
  timeoutMs?: number;
  logger: Logger;
  signal?: AbortSignal;
}

export async function gatePod(cluster: Cluster, options: PodGateOptions): Promise<HealthReport> {
  const { spec } = options;
  const forward = await openPortForward(cluster, options.namespace, options.pod, options.port);
  try {
    const checks = options.checks ?? checksFromSpec(spec);
    return await untilAborted(runHealthGate({
      target: { kind: 'url', url: new URL(localUrl(spec, forward.localPort)) },
      transport: spec.server.transport === 'sse' ? 'sse' : 'auto',
      headers: {},
      timeoutMs: options.timeoutMs ?? healthFromSpec(spec).timeoutMs ?? 60_000,
      ...checks,
      auth: healthFromSpec(spec).auth,
      logger: options.logger,
      // The pod's log (its one container; the report keeps the last 200 lines, redacted).
      serverLogs: () => cluster.core.readNamespacedPodLog({ name: options.pod, namespace: options.namespace, tailLines: 200 }),
    }), options.signal, `while gating pod ${options.pod}`);
  } finally {
    await forward.close();
  }
}

/** The gate of a Ready pod of `deployment`'s new replica set; a failed verdict says what the pods show (a crash, its log lines). */
export async function gateDeployment(cluster: Cluster, options: PodGateOptions & { deployment: string }): Promise<{ report: HealthReport; summary: string }> {
  const report = await gatePod(cluster, options);
  if (report.ok) return { report, summary: gateSummary(report) };
  const pods = await explainPods(cluster, options.namespace, options.deployment);
  return { report, summary: `${gateSummary(report)}${pods ? `\n${pods}` : ''}` };
}

/** The gate's verdict in one line: the tools, or its first error. */
export function gateSummary(report: HealthReport): string {
  if (report.ok) return `gate passed: ${report.tools.length} tool(s) (${report.tools.map((t) => t.name).join(', ')})`;
  const errors = report.problems.filter((p) => p.level === 'error').map((p) => p.message);
  return `gate failed: ${errors.join('; ') || report.status}`;
}
