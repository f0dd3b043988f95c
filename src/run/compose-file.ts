/**
 * The Compose file `up` writes: host network, loopback bind for the bridge, env from the spec,
 * secrets by name only. Written through the yaml library; every value from the spec or the
 * caller is escaped for Compose interpolation ($ doubled), so only the file's own secret
 * references (${NAME}) are interpolated.
 */
import { stringify } from 'yaml';
import type { DeploySpec } from '../spec/spec.js';
import type { Logger } from '../util/logger.js';

/** A value Compose passes on as written: it interpolates $VAR and ${VAR}, and reads $$ as one $. */
export const composeLiteral = (value: string): string => value.replace(/\$/g, () => '$$');

function environmentOf(spec: DeploySpec, port: number, env: NodeJS.ProcessEnv, logger: Logger): string[] {
  const literal: Array<[string, string]> = [
    ['PORT', String(port)],
    ['HOST', '127.0.0.1'],
    ['MCP_BRIDGE_HOST', '127.0.0.1'],
    ['MCP_BRIDGE_PORT', String(port)],
    ['MCP_BRIDGE_PATH', spec.server.path],
    ...Object.entries(spec.env),
  ];
  const environment = literal.map(([k, v]) => `${k}=${composeLiteral(v)}`);
  for (const secret of spec.secrets) {
    // Only names go into the file: Compose takes the values from the environment of `up`.
    // Both names are environment variable names (the schema pins them), so ${from} is safe to write.
    const from = (secret.from as { env?: string }).env;
    if (from) {
      if (!env[from]) logger.warning(`secret ${secret.name}: ${from} is not set in this environment; the server starts without it`);
      environment.push(from === secret.name ? secret.name : `${secret.name}=\${${from}}`);
    } else {
      logger.warning(`secret ${secret.name}: ${Object.keys(secret.from)[0]} references are for cluster targets; \`up\` passes the environment variable ${secret.name} if set`);
      environment.push(secret.name);
    }
  }
  return environment;
}

export function composeFile(spec: DeploySpec, image: string, port: number, env: NodeJS.ProcessEnv, logger: Logger): string {
  return stringify({
    version: '2.4',
    services: {
      [spec.server.name]: {
        image: composeLiteral(image),
        network_mode: 'host',
        environment: environmentOf(spec, port, env, logger),
        restart: 'unless-stopped',
        labels: { 'io.mcp-orchestrator.spec': composeLiteral(spec.file) },
        ...(spec.resources?.memory ? { mem_limit: composeLiteral(spec.resources.memory.replace(/i$/, '').toLowerCase()) } : {}),
      },
    },
  });
}
