import { run } from '../actions/package.js';

await run();
