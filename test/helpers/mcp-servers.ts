/**
 * Real MCP servers for the health and bridge tests: the MCP project's own servers from npm, run as
 * child processes on 127.0.0.1 that stop by themselves (`timeout`), and small servers built in the
 * test with the official SDK.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from './paths.js';

export const everythingEntry = join(repoRoot, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
export const filesystemEntry = join(repoRoot, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js');

/** A port nothing listens on right now (the kernel's pick, released at once). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

export interface RunningServer {
  port: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** server-everything over `streamableHttp` or `sse` on a free port; stops by itself after `lifetime` seconds. */
export async function startEverything(mode: 'streamableHttp' | 'sse', options: { delayMs?: number; lifetime?: number; port?: number } = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const delay = ((options.delayMs ?? 0) / 1000).toFixed(1);
  const script = `sleep ${delay}; exec timeout ${options.lifetime ?? 300} "$0" "$1" "$2"`;
  const child = spawn('sh', ['-c', script, process.execPath, everythingEntry, mode], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  if (!options.delayMs) await waitForPort(port);
  return {
    port,
    url: `http://127.0.0.1:${port}/${mode === 'sse' ? 'sse' : 'mcp'}`,
    child,
    stop: () => stopChild(child),
  };
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** An HTTP server on a free 127.0.0.1 port around a request listener (an express app works). */
export async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // Tests' servers stop by themselves even when a test forgets them.
  const timer = setTimeout(() => server.close(), 300_000);
  timer.unref();
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
