/**
 * One bridge session: an HTTP-side SDK server transport (Streamable HTTP or legacy SSE) piped to
 * its own stdio server child through the SDK's stdio client transport. Messages pass through
 * unchanged (one child per session, so ids never collide); what the bridge adds is routing of
 * the child's notifications and requests to the HTTP stream of the request they belong to, the
 * accounting of open requests (for drain), and a clean answer when the child dies.
 */
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, RequestId } from '@modelcontextprotocol/sdk/types.js';

export interface ChildCommand {
  command: string;
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
}

export type SessionKind = 'streamable-http' | 'sse';

type Log = (event: Record<string, unknown>) => void;

const isRequest = (m: JSONRPCMessage): m is JSONRPCMessage & { id: RequestId; method: string } => 'method' in m && 'id' in m && m.id !== undefined;
const isResponse = (m: JSONRPCMessage): m is JSONRPCMessage & { id: RequestId } => !('method' in m) && 'id' in m;

function progressTokenOf(message: JSONRPCMessage): string | number | undefined {
  const params = (message as { params?: { _meta?: { progressToken?: string | number }; progressToken?: string | number } }).params;
  return params?._meta?.progressToken ?? params?.progressToken;
}

export class BridgeSession {
  readonly child: StdioClientTransport;
  /** Client requests the child has not answered yet, with their progress tokens. */
  readonly open = new Map<RequestId, { progressToken?: string | number; since: number }>();
  lastActive = Date.now();
  private closing = false;
  private exit = 'unknown';
  private closed?: Promise<void>;

  constructor(
    public id: string,
    readonly kind: SessionKind,
    readonly transport: Transport,
    command: ChildCommand,
    private readonly log: Log,
    private readonly onClosed: (session: BridgeSession, reason: string) => void,
  ) {
    this.child = new StdioClientTransport({ command: command.command, args: command.args, env: command.env, cwd: command.cwd, stderr: 'inherit' });
  }

  /** Starts the child, then wires both transports; throws when the child cannot start. */
  async start(): Promise<void> {
    this.child.onmessage = (message) => this.fromChild(message);
    this.child.onerror = (error) => this.log({ level: 'warn', event: 'child-error', session: short(this.id), error: error.message.split('\n')[0] });
    this.child.onclose = () => {
      if (!this.closing) void this.crashed();
    };
    await this.child.start();
    // The SDK transport drops its process handle before onclose; keep how the child ended.
    (this.child as unknown as { _process?: NodeJS.EventEmitter })._process?.once('exit', (code: number | null, signal: string | null) => {
      this.exit = signal ? `signal ${signal}` : `code ${code}`;
    });
    this.transport.onmessage = (message) => this.fromClient(message);
    this.transport.onclose = () => void this.close('closed by client');
    this.transport.onerror = () => {};
    await this.transport.start();
  }

  touch(): void {
    this.lastActive = Date.now();
  }

  private fromClient(message: JSONRPCMessage): void {
    this.touch();
    if (isRequest(message)) this.open.set(message.id, { progressToken: progressTokenOf(message), since: Date.now() });
    this.child.send(message).catch((error: Error) => {
      if (isRequest(message)) this.answerError(message.id, `the MCP server process did not accept the request: ${error.message}`);
    });
  }

  private fromChild(message: JSONRPCMessage): void {
    this.touch();
    if (isResponse(message)) {
      this.open.delete(message.id);
      this.transport.send(message).catch(() => {});
      return;
    }
    // A notification or a server-to-client request: send it on the stream of the request it
    // belongs to (by progress token, else the newest open request), as a native server would.
    const related = this.relatedRequest(message);
    const plain = () => this.transport.send(message).catch(() => {});
    if (related === undefined || this.kind === 'sse') void plain();
    else this.transport.send(message, { relatedRequestId: related }).catch(plain);
  }

  private relatedRequest(message: JSONRPCMessage): RequestId | undefined {
    const token = progressTokenOf(message);
    let newest: RequestId | undefined;
    let newestSince = -1;
    for (const [id, info] of this.open) {
      if (token !== undefined && info.progressToken === token) return id;
      if (info.since >= newestSince) {
        newest = id;
        newestSince = info.since;
      }
    }
    return newest;
  }

  private answerError(id: RequestId, text: string): void {
    this.open.delete(id);
    this.transport.send({ jsonrpc: '2.0', id, error: { code: -32603, message: text } }).catch(() => {});
  }

  /** The child died under its session: every open request gets an error, then the session ends. */
  private async crashed(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const how = this.exit;
    this.log({ level: 'error', event: 'child-exit', session: short(this.id), exit: how, openRequests: this.open.size });
    for (const id of [...this.open.keys()]) this.answerError(id, `the MCP server process exited (${how}); start a new session`);
    await this.close('server process exited');
  }

  close(reason: string): Promise<void> {
    if (this.closed) return this.closed;
    this.closing = true;
    // Assigned before anything runs: transport.close() calls onclose, which comes back here.
    let done!: () => void;
    this.closed = new Promise<void>((resolve) => (done = resolve));
    this.onClosed(this, reason);
    void (async () => {
      await this.transport.close().catch(() => {});
      await this.child.close().catch(() => {});
      done();
    })();
    return this.closed;
  }
}

/** The first 8 characters of a session id: enough to follow one in logs, not enough to hijack it. */
export function short(id: string): string {
  return id.slice(0, 8);
}
