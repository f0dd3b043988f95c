// Writes schema/mcp-deploy.schema.json (for editors) from src/spec/schema.ts, the source of truth.
import { writeFileSync } from 'node:fs';
import { deploySchema } from '../src/spec/schema.js';

writeFileSync(new URL('../schema/mcp-deploy.schema.json', import.meta.url), `${JSON.stringify(deploySchema, null, 2)}\n`);
