/** The image config document: what the reader reports, with build history mapped to layers. */
import { InputError } from '../util/errors.js';
import type { HistoryEntry, ImageConfig } from './types.js';

interface RawHistory {
  created?: string;
  created_by?: string;
  empty_layer?: boolean;
  comment?: string;
}

const NANOS_PER_MS = 1_000_000;

export function parseImageConfig(bytes: Buffer, where: string): ImageConfig {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`${where}: image config is not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null) throw new InputError(`${where}: image config is not a JSON object`);
  const c = (raw.config ?? raw.container_config ?? {}) as Record<string, unknown>;
  const rootfs = (raw.rootfs ?? {}) as { diff_ids?: unknown };
  const diffIds = Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids.filter((d): d is string => typeof d === 'string') : [];
  const hc = c.Healthcheck as { Test?: string[]; Interval?: number; Timeout?: number; Retries?: number } | undefined;
  return {
    env: stringArray(c.Env),
    labels: (c.Labels as Record<string, string> | null) ?? {},
    entrypoint: nullableStringArray(c.Entrypoint),
    cmd: nullableStringArray(c.Cmd),
    user: typeof c.User === 'string' ? c.User : '',
    workingDir: typeof c.WorkingDir === 'string' ? c.WorkingDir : '',
    exposedPorts: Object.keys((c.ExposedPorts as object | null) ?? {}),
    healthcheck: hc?.Test
      ? {
          test: hc.Test,
          interval: hc.Interval ? hc.Interval / NANOS_PER_MS : undefined,
          timeout: hc.Timeout ? hc.Timeout / NANOS_PER_MS : undefined,
          retries: hc.Retries,
        }
      : null,
    history: mapHistory(Array.isArray(raw.history) ? (raw.history as RawHistory[]) : [], diffIds.length),
    diffIds,
    os: typeof raw.os === 'string' ? raw.os : '',
    architecture: typeof raw.architecture === 'string' ? raw.architecture : '',
    raw,
  };
}

/** Non-empty history steps map, in order, onto layers; empty-layer steps keep no layer index. */
function mapHistory(history: RawHistory[], layerCount: number): HistoryEntry[] {
  let next = 0;
  return history.map((h) => {
    const entry: HistoryEntry = { createdBy: h.created_by ?? '', emptyLayer: Boolean(h.empty_layer) };
    if (h.created) entry.created = h.created;
    if (h.comment) entry.comment = h.comment;
    if (!entry.emptyLayer && next < layerCount) entry.layerIndex = next++;
    return entry;
  });
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function nullableStringArray(value: unknown): string[] | null {
  return Array.isArray(value) ? stringArray(value) : null;
}

/**
 * Masks the values of build arguments recorded in a history step (`|2 TOKEN=abc X=1 /bin/sh -c …`
 * becomes `|2 TOKEN=*** X=*** /bin/sh -c …`): they are often credentials, and reports repeat
 * created_by strings.
 */
export function maskBuildArgs(createdBy: string): string {
  const m = /^\|(\d+)\s+/.exec(createdBy);
  if (!m) return createdBy;
  let rest = createdBy.slice(m[0].length);
  const masked: string[] = [];
  for (let i = 0; i < Number(m[1]); i++) {
    const arg = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
    if (!arg) break;
    masked.push(`${arg[1]}=***`);
    rest = rest.slice(arg[0].length);
  }
  return `|${m[1]} ${masked.join(' ')} ${rest}`;
}
