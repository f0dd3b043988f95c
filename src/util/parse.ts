import { InputError } from './errors.js';

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
export function parseDuration(value: string, name = 'duration'): number {
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * unitMs[m[2]!]!;
    consumed = re.lastIndex;
  }
  if (consumed === 0 || consumed !== text.length) {
    throw new InputError(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
  }
  return Math.round(total);
}

/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
export function parseSize(value: string, name = 'size'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
  if (!m) throw new InputError(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
  const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
  const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
  if (pow < 0) throw new InputError(`${name}: unknown unit in "${value}"`);
  return Math.round(Number(m[1]) * 1024 ** pow);
}

/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
export function parseBoolean(value: string, name = 'value'): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === 'on' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === 'off' || v === '0') return false;
  throw new InputError(`${name}: "${value}" is not a boolean (expected true or false)`);
}

/** Splits a comma- or newline-separated list, dropping empty items. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Chooses a value from a closed set, naming the choices on error. */
export function parseChoice<T extends string>(value: string, choices: readonly T[], name: string): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}

/** A whole number from `min` to `max`, naming the option on error. */
export function parseInteger(text: string, name: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
  return n;
}
