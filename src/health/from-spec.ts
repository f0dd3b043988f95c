/** The gate's settings from `health:` of a deploy spec, and the local URL `up` serves it at; shared by `up` and `health --spec`. */
import { resolve } from 'node:path';
import type { DeploySpec } from '../spec/spec.js';
import { parseDuration } from '../util/parse.js';
import { contractFromNames, loadContract } from './contract.js';
import type { HealthOptions } from './types.js';

export function localUrl(spec: DeploySpec, port = spec.server.port): string {
  return `http://127.0.0.1:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}

/** Only what the spec sets; the contract file resolves from the spec's folder, like every path in it. */
export function healthFromSpec(spec: DeploySpec): Partial<Pick<HealthOptions, 'contract' | 'strict' | 'allowAuthRequired' | 'smoke' | 'timeoutMs'>> {
  const { health } = spec;
  return {
    contract: health.contract ? loadContract(resolve(spec.dir, health.contract)) : health.expectTools ? contractFromNames(health.expectTools) : undefined,
    strict: health.strict,
    allowAuthRequired: health.allowAuthRequired,
    smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
    timeoutMs: health.timeout ? parseDuration(health.timeout, 'health.timeout') : undefined,
  };
}
