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
  /**
   * The server's log text where the caller can read it (a deploy's container or pod logs), read
   * once the verdict is in; capped and redacted into the report's `logs`. A stdio server's stderr
   * is kept without it.
   */
  serverLogs?: () => Promise<string>;
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

/** The gate's one request with a foreign `Origin` header (HTTP transports), and how the server answered. */
export interface OriginProbe {
  /** The Origin header sent. */
  sent: string;
  /** The HTTP status of the answer. */
  status: number;
  /** 400, 401, 403 or 421: refused; a 2xx: accepted. */
  rejected: boolean;
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
  /**
   * Streamable HTTP: whether initialize was answered with an `Mcp-Session-Id` (a stateful server:
   * more than one replica needs session affinity). Legacy SSE: always true (each session lives
   * on the process holding its event stream). Absent over stdio.
   */
  session?: { idSeen: boolean };
  /** HTTP transports, once the gate got through: the request with a foreign Origin. */
  origin?: OriginProbe;
  /** The server's log lines during the gate (stdio stderr, or a deploy's container logs): the last 200, each at most 1000 characters, secrets redacted. Absent where the gate cannot read them. */
  logs?: string[];
  problems: Problem[];
  attempts: Attempt[];
  latencyMs: { connect?: number; listTools?: number; total: number };
}
