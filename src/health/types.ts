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

/**
 * Authorization the server declares (auth: of the spec, or flags) and what the gate holds to get
 * through it. The gate proves both sides: no token gets 401 with valid metadata; a token passes.
 * `missing` says what to set when the gate holds no credentials (values are never printed).
 */
export type GateAuth =
  | { mode: 'bearer'; token?: string; missing?: string }
  | { mode: 'oauth'; issuer: string; audience: string; scopes: string[]; client?: { id: string; secret: string }; missing?: string };

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
  /** Declared authorization: the refusal is checked, then the gate runs with a token. */
  auth?: GateAuth;
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
    | 'timeout'
    | 'auth-not-enforced'
    | 'auth-metadata'
    | 'auth-token'
    | 'auth-refused';
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
  /** The mode declared (auth: or --auth), when the gate checked both sides. */
  mode?: GateAuth['mode'];
  /** The `WWW-Authenticate` challenge scheme and the protected-resource metadata URL, when given. */
  scheme?: string;
  resourceMetadata?: string;
  /** From the metadata document. */
  resource?: string;
  authorizationServers?: string[];
  scopesSupported?: string[];
  /** Declared auth: a request without a token got 401 with valid metadata. */
  refusalVerified?: boolean;
  /** Declared auth: how the gate's token was had (never the token). */
  token?: 'bearer' | 'client-credentials';
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
