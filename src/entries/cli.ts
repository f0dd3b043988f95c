#!/usr/bin/env node
import { main } from '../cli/main.js';
import { serveIfScanWorker } from '../scan/worker-entry.js';
import { setBundleScript } from '../util/bundle-script.js';

// The same bundle serves the scan's worker threads.
if (!(await serveIfScanWorker())) {
  setBundleScript(new URL(import.meta.url));
  process.exitCode = await main(process.argv.slice(2));
}
