/** Secrets never leave the scan whole: a redacted form for people, a fingerprint for baselines. */
import { createHash } from 'node:crypto';

/** At most the first 4 and the last 2 characters; short secrets show less. */
export function redact(secret: string): string {
  if (secret.length <= 8) return `${secret.slice(0, 1)}…`;
  if (secret.length <= 16) return `${secret.slice(0, 2)}…${secret.slice(-1)}`;
  return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}

/** Stable per rule and secret value: the same secret in two layers has one fingerprint. */
export function fingerprint(rule: string, secret: string): string {
  return createHash('sha256').update(`${rule}\0${secret}`).digest('hex').slice(0, 32);
}
