import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { WorkerInit } from './layer-scan.js';

/**
 * In a scan worker thread started from a bundle, serves layer scans and returns true. On the main
 * thread it returns false having loaded nothing: the scan engine is imported only in a worker.
 */
export async function serveIfScanWorker(): Promise<boolean> {
  const init = (workerData as { mcpOrchestratorScanWorker?: WorkerInit } | null)?.mcpOrchestratorScanWorker;
  if (isMainThread || !parentPort || !init) return false;
  const { serveScanWorker } = await import('./layer-scan.js');
  void serveScanWorker(parentPort, init);
  return true;
}
