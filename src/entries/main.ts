import { preflight } from '../actions/preflight.js';
import { serveIfScanWorker } from '../scan/worker-entry.js';
import { setBundleScript } from '../util/bundle-script.js';

// The same bundle serves the scan's worker threads. The action's module loads only after its
// required inputs are there (src/actions/preflight.ts says why).
if (!(await serveIfScanWorker()) && preflight({ action: 'ship', required: ['image'], echo: ['image', 'destinations'] })) {
  setBundleScript(new URL(import.meta.url));
  const { run } = await import('../actions/main.js');
  await run();
}
