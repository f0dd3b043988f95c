import { preflight } from '../actions/preflight.js';

// The action's module loads after the step's first line (src/actions/preflight.ts says why).
if (preflight({ action: 'audit', required: ['deployment', 'reports', 'github-token'], echo: ['deployment'] })) {
  const { run } = await import('../actions/audit.js');
  await run();
}
