import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveScanWorker, type WorkerInit } from './layer-scan.js';

/** In a scan worker thread started from a bundle, serves layer scans and returns true. */
export function serveIfScanWorker(): boolean {
  const init = (workerData as { mcpOrchestratorScanWorker?: WorkerInit } | null)?.mcpOrchestratorScanWorker;
  if (isMainThread || !parentPort || !init) return false;
  void serveScanWorker(parentPort, init);
  return true;
}
