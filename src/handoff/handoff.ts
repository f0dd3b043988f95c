/**
 * The handoff document: what the seed's three next steps need from a deployment, in one typed
 * object (JSON as it is; Markdown through handoff-markdown.ts):
 * - clients (mcp-integration-patterns): URL, transport, auth mode, tools, snippets, connection test;
 * - credentials (oauth-flow-architect): each secret by reference, its rotation and refresh needs,
 *   and the OAuth protected-resource metadata when the gate found the server requires authorization;
 * - endpoints (webhook-integration-patterns): host, paths, TLS, rate limits, load balancing,
 *   session affinity and ingress class.
 * Pure: the deploy engines call it with what they deployed and the gate's report. Never a value of a
 * secret: references, modes and placeholders only.
 */
import type { KubernetesDeployResult } from '../deploy/kubernetes/types.js';
import type { HealthReport } from '../health/types.js';
import type { DeploySpec } from '../spec/spec.js';
import { buildClientHandoff, type AuthMode, type ClientHandoff } from './clients.js';
import { authHandoff, secretsHandoff, type AuthHandoff, type HandoffTarget, type SecretHandoff } from './credentials.js';
import { endpointsHandoff, type AffinityMode, type EndpointsHandoff } from './endpoints.js';

export { buildClientHandoff, renderHandoffText, shellCommand, tokenVariable, type AuthMode, type ClientHandoff, type ClientHandoffInput } from './clients.js';
export { describeStore, type AuthHandoff, type HandoffTarget, type SecretHandoff, type SecretStore } from './credentials.js';
export type { AffinityMode, EndpointPath, EndpointsHandoff } from './endpoints.js';
export { renderHandoffMarkdown } from './handoff-markdown.js';

export const HANDOFF_SCHEMA = 'mcp-orchestrator/handoff/v1';

/** The gate's verdict on the deployed revision, as the clients' step reads it. */
export interface ConnectionTest {
  ok: boolean;
  status: HealthReport['status'];
  /** The URL the gate connected to (a port-forward or loopback URL may differ from the public one). */
  target: string;
  transport?: string;
  protocolVersion?: string;
  server?: { name: string; version: string };
  toolsHash?: string;
  latencyMs: HealthReport['latencyMs'];
  smoke?: { tool: string; ok: boolean };
  problems: Array<{ level: 'error' | 'warning'; message: string }>;
}

export interface HandoffDocument {
  schema: typeof HANDOFF_SCHEMA;
  server: string;
  target: HandoffTarget;
  /** What runs: the image (by digest where known), the revision or project, the namespace. */
  release: { image?: string; digest?: string; revision?: number; namespace?: string; project?: string };
  clients: ClientHandoff & {
    resources?: number;
    prompts?: number;
    /** Absent when no gate ran. */
    connectionTest?: ConnectionTest;
  };
  credentials: {
    secrets: SecretHandoff[];
    /** auth: of the spec: the mode enforced, the issuer, audience, scopes and metadata URL (never a value). */
    auth?: AuthHandoff;
    /** Present when the gate found the server requires authorization. */
    oauth?: { resourceMetadata?: string; authorizationServers?: string[]; scheme?: string };
  };
  endpoints: EndpointsHandoff;
}

export interface BuildHandoffOptions {
  spec: DeploySpec;
  target: HandoffTarget;
  /** The URL clients use: the public one when there is one. */
  url: string;
  /** The gate's report on the deployed revision (the connection test). */
  health?: HealthReport;
  /** Overrides the auth mode the gate found (e.g. a server gated with a bearer header). */
  auth?: AuthMode;
  /** The Kubernetes render's session-affinity decision (render.affinity and render.warnings); default: decided from the spec as the render decides it. */
  affinity?: { mode: AffinityMode; warnings?: string[] };
  release?: HandoffDocument['release'];
}

function connectionTest(health: HealthReport): ConnectionTest {
  return {
    ok: health.ok,
    status: health.status,
    target: health.target,
    ...(health.transport ? { transport: health.transport } : {}),
    ...(health.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
    ...(health.server ? { server: { name: health.server.name, version: health.server.version } } : {}),
    ...(health.toolsHash ? { toolsHash: health.toolsHash } : {}),
    latencyMs: health.latencyMs,
    ...(health.smoke ? { smoke: { tool: health.smoke.tool, ok: health.smoke.ok } } : {}),
    problems: health.problems.map((p) => ({ level: p.level, message: p.message })),
  };
}

export function buildHandoff(options: BuildHandoffOptions): HandoffDocument {
  const { spec, target, url, health } = options;
  const authRequired = health?.status === 'auth-required';
  const transport = health?.transport === 'sse' || (!health?.transport && spec.server.transport === 'sse') ? 'sse' : 'streamable-http';
  const clients = buildClientHandoff({
    name: spec.server.name,
    url,
    transport,
    auth: options.auth ?? (spec.auth && spec.auth.mode !== 'none' ? spec.auth.mode : authRequired ? 'oauth' : 'none'),
    tools: health?.tools.map((t) => t.name) ?? [],
    ...(health?.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
  });
  const oauth = authRequired
    ? {
        ...(health.auth?.resourceMetadata ? { resourceMetadata: health.auth.resourceMetadata } : {}),
        ...(health.auth?.authorizationServers?.length ? { authorizationServers: health.auth.authorizationServers } : {}),
        ...(health.auth?.scheme ? { scheme: health.auth.scheme } : {}),
      }
    : undefined;
  return {
    schema: HANDOFF_SCHEMA,
    server: spec.server.name,
    target,
    release: options.release ?? {},
    clients: {
      ...clients,
      ...(health?.resources !== undefined ? { resources: health.resources } : {}),
      ...(health?.prompts !== undefined ? { prompts: health.prompts } : {}),
      ...(health ? { connectionTest: connectionTest(health) } : {}),
    },
    credentials: { secrets: secretsHandoff(spec, target), ...(authHandoff(spec, url) ? { auth: authHandoff(spec, url) } : {}), ...(oauth ? { oauth } : {}) },
    endpoints: endpointsHandoff({ spec, target, url, affinity: options.affinity }),
  };
}

/** The document as the handoff file and the `handoff` output hold it. */
/** The handoff of a Kubernetes deploy that went through (none for a dry run or a failure). */
export function kubernetesHandoff(spec: DeploySpec, result: KubernetesDeployResult): HandoffDocument | undefined {
  if (!result.ok || result.dryRun) return undefined;
  return buildHandoff({ spec, target: 'kubernetes', url: result.url, health: result.gate, release: { image: result.image, digest: result.digest, revision: result.revision, namespace: result.namespace } });
}

export function handoffJson(doc: HandoffDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
