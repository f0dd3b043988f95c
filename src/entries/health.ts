import { preflight } from '../actions/preflight.js';

// The action's module loads after the step's first line (src/actions/preflight.ts says why).
if (preflight({ action: 'health', required: [] })) {
  const { run } = await import('../actions/health.js');
  await run();
}
