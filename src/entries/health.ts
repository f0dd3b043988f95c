import { run } from '../actions/health.js';

await run();
