import { preflight } from '../actions/preflight.js';

// The action's module loads after the step's first line (src/actions/preflight.ts says why).
if (preflight({ action: 'preview', required: ['github-token'], echo: ['phase', 'status'] })) {
  const { run } = await import('../actions/preview.js');
  await run();
}
