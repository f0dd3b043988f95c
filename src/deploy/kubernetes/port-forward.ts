/**
 * A port-forward to one pod, as `kubectl port-forward pod/NAME :PORT` does: a listener on a random
 * 127.0.0.1 port, each accepted connection carried over its own WebSocket to the API server's
 * portforward subresource (client-node's PortForward). The gate reaches exactly that pod, which
 * is how it tests a new revision before (or without) a Service sending it traffic.
 */
import * as k8s from '@kubernetes/client-node';
import { createServer, type Socket } from 'node:net';
import type { Cluster } from './client.js';

export interface PortForwardHandle {
  localPort: number;
  close(): Promise<void>;
}

type ForwardSocket = { close(): void; on(event: 'close' | 'error', listener: () => void): void; readyState?: number };

export async function openPortForward(cluster: Cluster, namespace: string, pod: string, port: number): Promise<PortForwardHandle> {
  const forward = new k8s.PortForward(cluster.kc);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    forward
      .portForward(namespace, pod, [port], socket, null, socket)
      .then((opened) => {
        const ws = (typeof opened === 'function' ? opened() : opened) as ForwardSocket | null;
        if (!ws) return void socket.destroy();
        // The library does not tie the two ends' lifetimes together: a closed end closes the other.
        ws.on('close', () => socket.end());
        ws.on('error', () => socket.destroy());
        socket.on('close', () => ws.close());
      })
      .catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const localPort = typeof address === 'object' && address ? address.port : 0;
  return {
    localPort,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
