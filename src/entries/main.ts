import { run } from '../actions/main.js';
import { serveIfScanWorker } from '../scan/worker-entry.js';
import { setBundleScript } from '../util/bundle-script.js';

// The same bundle serves the scan's worker threads.
if (!serveIfScanWorker()) {
  setBundleScript(new URL(import.meta.url));
  await run();
}
