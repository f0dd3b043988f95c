import { preflight } from '../actions/preflight.js';

// The action's module loads only after its required inputs are there (src/actions/preflight.ts says why).
if (preflight({ action: 'package', required: ['spec'], echo: ['spec'] })) {
  const { run } = await import('../actions/package.js');
  await run();
}
