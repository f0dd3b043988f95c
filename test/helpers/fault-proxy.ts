/**
 * A loopback HTTP proxy in front of a local registry that injects faults on the next requests:
 * dropped connections, 503 answers, or 429 with Retry-After. Only ever forwards to 127.0.0.1.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fault with `when` applies only to a request whose `METHOD path` matches it. */
export type Fault = ({ kind: 'drop' } | { kind: 'status'; status: number; retryAfter?: string }) & { when?: RegExp };

export interface FaultProxy {
  host: string;
  /** Faults applied to the next requests, in order. */
  faults: Fault[];
  /** Every request seen: method and path. */
  seen: string[];
  close(): Promise<void>;
}

/** `target` is the registry's `127.0.0.1:PORT` (as plainRegistry() gives it). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const targetPort = Number(/^127\.0\.0\.1:(\d+)$/.exec(target)?.[1]);
  if (!targetPort) throw new Error(`fault proxy: ${target} is not a 127.0.0.1:PORT address`);
  const faults: Fault[] = [];
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    const line = `${req.method} ${req.url}`;
    seen.push(line);
    const at = faults.findIndex((f) => !f.when || f.when.test(line));
    const fault = at >= 0 ? faults.splice(at, 1)[0] : undefined;
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
      res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }));
      return;
    }
    const upstream = http.request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A forgotten proxy must not keep the test process alive.
  server.unref();
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    faults,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
