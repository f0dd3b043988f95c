import { preflight } from '../actions/preflight.js';

// The action's module loads after the step's first line (src/actions/preflight.ts says why).
// No input is required on its own: the spec, or any other source, is (checked in getInputs).
if (preflight({ action: 'checklist', required: [], echo: ['image'] })) {
  const { run } = await import('../actions/checklist.js');
  await run();
}
