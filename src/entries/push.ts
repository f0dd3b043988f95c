import { run } from '../actions/push.js';

await run();
