import { preflight } from '../actions/preflight.js';

// The action's module loads after the step's first line (src/actions/preflight.ts says why).
if (preflight({ action: 'render', required: ['image', 'target'], echo: ['target', 'image'] })) {
  const { run } = await import('../actions/render.js');
  await run();
}
