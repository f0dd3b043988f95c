import { preflight } from '../actions/preflight.js';

// The action's module loads only after its required inputs are there (src/actions/preflight.ts says why).
if (preflight({ action: 'push', required: ['image', 'destinations'], echo: ['image', 'destinations'] })) {
  const { run } = await import('../actions/push.js');
  await run();
}
