/**
 * One bridge session: an HTTP-side SDK server transport (Streamable HTTP or legacy SSE) piped to
 * its own stdio server child through the SDK's stdio client transport. Messages pass through
 * unchanged (one child per session, so ids never collide); what the bridge adds is routing of
 * the child's notifications and requests to the HTTP stream of the request they belong to, the
 * accounting of open requests (for drain), and a clean answer when the child dies.
 */
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { ChildProcess } from 'node:child_process';
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
  private markStopped!: () => void;
  /** Settles when close() has finished: the transport is closed and the child is gone (or was SIGKILLed). */
  readonly stopped = new Promise<void>((resolve) => (this.markStopped = resolve));
  private process?: ChildProcess;

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
    if (this.closing) throw Object.assign(new Error('the session was closed before its server process started'), { code: 'ECANCELED' });
    this.child.onmessage = (message) => this.fromChild(message);
    this.child.onerror = (error) => this.log({ level: 'warn', event: 'child-error', session: short(this.id), error: error.message.split('\n')[0] });
    this.child.onclose = () => {
      if (!this.closing) void this.crashed();
    };
    const started = this.child.start();
    // The SDK transport spawns synchronously, drops its process handle as soon as close() starts
    // and exposes no other: keep it, to tell how the child ended and to kill one that outlives
    // the drain. (The crash test pins this: it expects the exit code in the log.)
    this.process = (this.child as unknown as { _process?: ChildProcess })._process;
    this.process?.once('exit', (code, signal) => {
      this.exit = signal ? `signal ${signal}` : `code ${code}`;
    });
    await started;
    // Closed while the child was starting (request aborted, drain): stop it, wire nothing more.
    if (this.closing) return void (await this.child.close().catch(() => {}));
    this.transport.onmessage = (message) => this.fromClient(message);
    this.transport.onclose = () => void this.close('closed by client');
    this.transport.onerror = () => {};
    await this.transport.start();
  }

  /** True once close() has started: the session must not be registered or served any more. */
  get isClosing(): boolean {
    return this.closing;
  }

  /** The last resort after close() had its grace: SIGKILLs the child if it is still running. */
  kill(): boolean {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode !== null) return false;
    return this.process.kill('SIGKILL');
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
    if (this.closing) return this.stopped;
    // Set before anything runs: transport.close() calls onclose, which comes back here.
    this.closing = true;
    this.onClosed(this, reason);
    void (async () => {
      await this.transport.close().catch(() => {});
      await this.child.close().catch(() => {});
      this.markStopped();
    })();
    return this.stopped;
  }
}

/** The first 8 characters of a session id: enough to follow one in logs, not enough to hijack it. */
export function short(id: string): string {
  return id.slice(0, 8);
}
