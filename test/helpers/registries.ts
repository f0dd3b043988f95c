/**
 * The two local registries scripts/start-registries.sh starts: plain on 127.0.0.1:5000, and
 * htpasswd behind TLS on 127.0.0.1:5443. Throws, saying how to start them, when they are missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.MCP_ORCH_REGISTRY_DIR ?? '/var/tmp/mcp-orchestrator/registries';
const hint = 'run `bash scripts/start-registries.sh` (or `bash scripts/ci-setup.sh`)';

export function plainRegistry(): { host: string } {
  if (!existsSync(join(dir, 'plain.yml'))) throw new Error(`The plain registry is not set up: ${hint}`);
  return { host: '127.0.0.1:5000' };
}

export function authRegistry(): { host: string; username: string; password: string; caPem: string; caFile: string } {
  const credentials = join(dir, 'credentials');
  if (!existsSync(credentials)) throw new Error(`The htpasswd+TLS registry is not set up: ${hint}`);
  const [username, password] = readFileSync(credentials, 'utf8').split(':') as [string, string];
  return { host: '127.0.0.1:5443', username, password, caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'), caFile: join(dir, 'ca.pem') };
}
