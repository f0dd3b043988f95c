import { run } from '../actions/scan.js';

await run();
