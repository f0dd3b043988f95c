import type { Logger } from '../util/logger.js';

export const transports = ['auto', 'streamable-http', 'sse', 'stdio'] as const;
export type TransportChoice = (typeof transports)[number];
export type ConcreteTransport = Exclude<TransportChoice, 'auto'>;

/** What the gate probes: an HTTP endpoint, or a stdio server it starts itself. */
export type HealthTarget = { kind: 'url'; url: URL } | { kind: 'command'; command: string; args: string[]; cwd?: string; env?: Record<string, string> };

/** An expected tool; `inputSchemaHash` is optional (names only when absent). */
export interface ContractTool {
  name: string;
  inputSchemaHash?: string;
}

/**
 * What the server must offer. `exhaustive: false` (expect-tools): the tools listed must be there,
 * others are fine. `exhaustive: true` (a contract file): the whole set is pinned, so a tool beyond
 * it is reported too.
 */
export interface Contract {
  tools: ContractTool[];
  exhaustive: boolean;
}

export interface HealthOptions {
  target: HealthTarget;
  transport: TransportChoice;
  /** Extra HTTP headers (values may be secrets: never printed). */
  headers: Record<string, string>;
  /** The deadline for the whole gate, in milliseconds. */
  timeoutMs: number;
  contract?: Contract;
  /** Unexpected tools and changed schemas fail instead of warning. */
  strict: boolean;
  /** A 401 with auth metadata counts as healthy ("alive, authorization required"). */
  allowAuthRequired: boolean;
  smoke?: { tool: string; args: Record<string, unknown> };
  logger?: Logger;
  /** First retry delay; doubles up to 5 s. Tests shorten it. */
  initialBackoffMs?: number;
}

export type ProblemLevel = 'error' | 'warning';

export interface Problem {
  level: ProblemLevel;
  code:
    | 'unreachable'
    | 'auth-required'
    | 'protocol'
    | 'unsupported-revision'
    | 'missing-tool'
    | 'unexpected-tool'
    | 'schema-changed'
    | 'smoke-failed'
    | 'timeout';
  message: string;
  tool?: string;
}

export interface Attempt {
  attempt: number;
  /** Milliseconds since the gate started. */
  atMs: number;
  transport: ConcreteTransport;
  ok: boolean;
  reason?: string;
}

export interface ToolInfo {
  name: string;
  inputSchemaHash: string;
}

export interface AuthInfo {
  /** The `WWW-Authenticate` challenge scheme and the protected-resource metadata URL, when given. */
  scheme?: string;
  resourceMetadata?: string;
  authorizationServers?: string[];
}

export interface HealthReport {
  ok: boolean;
  /** healthy, auth-required (alive, authorization required) or unhealthy. */
  status: 'healthy' | 'auth-required' | 'unhealthy';
  target: string;
  transport?: ConcreteTransport;
  protocolVersion?: string;
  server?: { name: string; version: string; title?: string };
  capabilities?: Record<string, unknown>;
  instructions?: string;
  tools: ToolInfo[];
  toolsHash?: string;
  resources?: number;
  prompts?: number;
  auth?: AuthInfo;
  smoke?: { tool: string; ok: boolean; ms: number; text?: string };
  problems: Problem[];
  attempts: Attempt[];
  latencyMs: { connect?: number; listTools?: number; total: number };
}
