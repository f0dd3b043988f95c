import { preflight } from '../actions/preflight.js';

// The action's module loads only after its required inputs are there (src/actions/preflight.ts says why).
if (preflight({ action: 'deploy', required: ['target'], echo: ['target', 'image'] })) {
  const { run } = await import('../actions/deploy.js');
  await run();
}
