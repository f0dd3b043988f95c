/**
 * The MCP gate through the public URL (`https://ingress.host/path`, http without TLS), after the
 * port-forward gate of the new revision passed: the path users take (DNS, the ingress controller,
 * TLS, the Service) is checked too. A host that does not resolve (not yet in DNS, an internal
 * name) is reported, not failed: the port-forward gate already vouches for the pods.
 */
import { lookup } from 'node:dns/promises';
import { healthFromSpec } from '../../health/from-spec.js';
import { runHealthGate } from '../../health/gate.js';
import type { HealthReport } from '../../health/types.js';
import type { DeploySpec } from '../../spec/spec.js';
import type { Logger } from '../../util/logger.js';
import { checksFromSpec, gateSummary } from './gate.js';
import { untilAborted } from './types.js';

/** How long the public host's DNS lookup may take before it counts as not resolving. */
export const PUBLIC_LOOKUP_MS = 2000;

/** The URL itself when its host resolves within PUBLIC_LOOKUP_MS, else undefined. */
export async function resolvePublicUrl(url: URL): Promise<URL | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), PUBLIC_LOOKUP_MS);
    timer.unref();
  });
  try {
    const found = await Promise.race([lookup(url.hostname).then(() => url, () => undefined), timeout]);
    return found;
  } finally {
    clearTimeout(timer);
  }
}

/** The public URL the spec's ingress gives, or undefined without an ingress host. */
export function ingressUrl(spec: DeploySpec): URL | undefined {
  const ingress = spec.ingress as { host?: string; tls?: object } | undefined;
  if (!ingress?.host) return undefined;
  const path = spec.server.transport === 'sse' ? '/sse' : spec.server.path;
  return new URL(`${ingress.tls ? 'https' : 'http'}://${ingress.host}${path}`);
}

export interface PublicGateOptions {
  spec: DeploySpec;
  route?: (url: URL) => Promise<URL | undefined>;
  timeoutMs?: number;
  logger: Logger;
  signal?: AbortSignal;
}

export type PublicGateOutcome = { url: string; report: HealthReport; summary: string } | { url: string; skipped: string } | undefined;

/** Gates the public URL, or says why it was not checked; undefined when the spec has no ingress host. */
export async function gatePublicUrl(options: PublicGateOptions): Promise<PublicGateOutcome> {
  const url = ingressUrl(options.spec);
  if (!url) return undefined;
  const shown = url.toString();
  if (url.hostname.startsWith('*.')) return { url: shown, skipped: `public URL not checked: ${url.hostname} is a wildcard host` };
  const target = await (options.route ?? resolvePublicUrl)(url);
  if (!target) return { url: shown, skipped: `public URL not checked: ${url.hostname} does not resolve` };
  const report = await untilAborted(
    runHealthGate({
      target: { kind: 'url', url: target },
      transport: options.spec.server.transport === 'sse' ? 'sse' : 'auto',
      headers: {},
      timeoutMs: options.timeoutMs ?? healthFromSpec(options.spec).timeoutMs ?? 60_000,
      ...checksFromSpec(options.spec),
      auth: healthFromSpec(options.spec).auth,
      logger: options.logger,
    }),
    options.signal,
    `while gating the public URL ${shown}`,
  );
  return { url: shown, report, summary: `public URL ${shown}: ${gateSummary(report)}` };
}
