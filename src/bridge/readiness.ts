/**
 * /readyz: an initialize and a tools/list through a fresh server process. Success is cached
 * briefly so a probe every few seconds does not start a process each time; concurrent probes
 * share one. The probe's process is the bridge's too: drain stops it like a session's.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { ChildCommand } from './session.js';

export interface Readiness {
  ok: boolean;
  tools?: number;
  error?: string;
}

interface Probe {
  client: Client;
  transport: StdioClientTransport;
  exited: boolean;
  pid: number | null;
}

export class ReadinessProbe {
  private readyUntil = 0;
  private running?: Promise<Readiness>;
  private probe?: Probe;

  constructor(private readonly command: ChildCommand) {}

  check(): Promise<Readiness> {
    if (Date.now() < this.readyUntil) return Promise.resolve({ ok: true });
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<Readiness> {
    const client = new Client({ name: 'mcp-orchestrator-bridge-readyz', version: '0.1.0' });
    const transport = new StdioClientTransport({ ...this.command, stderr: 'ignore' });
    const probe: Probe = { client, transport, exited: false, pid: null };
    // Set before connect: the client chains its own handler after this one.
    transport.onclose = () => void (probe.exited = true);
    this.probe = probe;
    try {
      await client.connect(transport, { timeout: 10_000 });
      const caps = client.getServerCapabilities();
      const tools = caps?.tools ? (await client.listTools(undefined, { timeout: 10_000 })).tools.length : 0;
      this.readyUntil = Date.now() + 5000;
      return { ok: true, tools };
    } catch (error) {
      return { ok: false, error: (error as Error).message.split('\n')[0] };
    } finally {
      await this.close(probe);
      if (this.probe === probe) this.probe = undefined;
    }
  }

  private async close(probe: Probe): Promise<void> {
    // The transport forgets its pid as soon as close() starts; keep it for kill().
    probe.pid ??= probe.transport.pid;
    await probe.client.close().catch(() => {});
  }

  /** Stops the running probe's process, if any (drain). */
  async stop(): Promise<void> {
    if (this.probe) await this.close(this.probe);
  }

  /** The last resort after stop() had its grace. */
  kill(): boolean {
    const probe = this.probe;
    const pid = probe?.pid ?? probe?.transport.pid;
    if (!probe || probe.exited || !pid) return false;
    try {
      return process.kill(pid, 'SIGKILL');
    } catch {
      return false; // already gone
    }
  }
}
