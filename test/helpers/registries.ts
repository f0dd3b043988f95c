/**
 * The two local registries scripts/start-registries.sh starts: plain, and htpasswd behind TLS.
 * Where each listens is read from the config the script wrote (its `addr:`), so a machine that
 * starts them on other ports (REGISTRY_PLAIN_ADDR, REGISTRY_AUTH_ADDR) needs no change here.
 * Throws, saying how to start them, when they are missing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.env.MCP_ORCH_REGISTRY_DIR ?? '/var/tmp/mcp-orchestrator/registries';
const hint = 'run `bash scripts/start-registries.sh` (or `bash scripts/ci-setup.sh`)';

function registryAddress(name: 'plain' | 'auth', what: string): string {
  const config = join(dir, `${name}.yml`);
  if (!existsSync(config)) throw new Error(`The ${what} registry is not set up (no ${config}): ${hint}`);
  const addr = /^\s*addr:\s*(\S+)\s*$/m.exec(readFileSync(config, 'utf8'))?.[1];
  if (!addr) throw new Error(`${config} names no http addr: ${hint}`);
  return addr;
}

export function plainRegistry(): { host: string } {
  return { host: registryAddress('plain', 'plain') };
}

export function authRegistry(): { host: string; username: string; password: string; caPem: string; caFile: string } {
  const host = registryAddress('auth', 'htpasswd+TLS');
  const credentials = join(dir, 'credentials');
  if (!existsSync(credentials)) throw new Error(`The htpasswd+TLS registry has no credentials file ${credentials}: ${hint}`);
  const [username, password] = readFileSync(credentials, 'utf8').split(':') as [string, string];
  return { host, username, password, caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'), caFile: join(dir, 'ca.pem') };
}

/** The certificate (for 127.0.0.1, signed by the test CA) the TLS registry serves, for test servers of their own. */
export function testServerCertificate(): { cert: string; key: string; ca: string } {
  authRegistry();
  return { cert: readFileSync(join(dir, 'server.pem'), 'utf8'), key: readFileSync(join(dir, 'server.key'), 'utf8'), ca: readFileSync(join(dir, 'ca.pem'), 'utf8') };
}

/**
 * A docker config directory holding `config` (default: none), so a test never reads the
 * machine's ~/.docker/config.json: pass `join(dir, 'config.json')` as dockerConfigPath, or the
 * directory as DOCKER_CONFIG.
 */
export function isolatedDockerConfig(config: object = {}): { dir: string; path: string } {
  const configDir = mkdtempSync(join(tmpdir(), 'docker-config-'));
  writeFileSync(join(configDir, 'config.json'), JSON.stringify(config));
  return { dir: configDir, path: join(configDir, 'config.json') };
}
