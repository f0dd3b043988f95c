/**
 * The one redaction step for free text that leaves the process (logs, annotations, outputs, job
 * summaries, report files, errors): the scan's content rules run over the text and every secret
 * they match is replaced by its redacted form, as the scan's own reports show it. Secret-named
 * `NAME=value` assignments (an `ENV`, or `TOKEN=… cmd` inline in a `RUN`) are redacted as the
 * config scan reports them, and build-argument values in a `created_by` are masked.
 */
import { maskBuildArgs } from '../image/config.js';
import { isSecretAssignment, parseBuildArgs } from './config-scanner.js';
import { scanText } from './content-scanner.js';
import { redact } from './redact.js';

/** `NAME=value`, the value quoted or up to the next blank; names as the shell and ENV allow them. */
const ASSIGNMENT = /(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]{0,4096}"|'[^'\n]{0,4096}'|[^\s"'`;|&<>]{1,4096})/g;

function unquote(value: string): string {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}

/**
 * Credentials that are secret wherever they appear in text leaving the process, though the image
 * scan does not report them (JWTs in test files are not baked secrets): the token of an
 * `Authorization: Bearer` header (RFC 6750 b64token) and compact JWS/JWT strings (access tokens).
 */
// Not a challenge's auth-param (`Bearer resource_metadata="…"`, `realm=…`): those names are letters, _ and -.
const BEARER_HEADER = /\bBearer[ ]+(?![A-Za-z_-]+=)([A-Za-z0-9\-._~+/]{8,4096}=*)/gi;
const COMPACT_JWS = /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g;

/** The secret values in `text`: what the scan's content rules match, secret-named assignments, bearer tokens and JWTs. */
export function findSecretsInText(text: string): string[] {
  const secrets = new Set<string>();
  for (const m of text.matchAll(BEARER_HEADER)) secrets.add(m[1]!);
  for (const m of text.matchAll(COMPACT_JWS)) secrets.add(m[0]);
  for (const match of scanText(text)) if (text.includes(match.secret)) secrets.add(match.secret);
  for (const m of text.matchAll(ASSIGNMENT)) {
    const value = unquote(m[2]!);
    if (isSecretAssignment(m[1]!, value)) secrets.add(value);
  }
  return [...secrets];
}

/** Replaces each secret by its redacted form; the longest first, so no part of one is left behind. */
export function replaceSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(redact(secret));
  }
  return out;
}

/** Free text with every secret the scan's rules recognise redacted. */
export function redactText(text: string): string {
  if (!text) return text;
  return replaceSecrets(text, findSecretsInText(text));
}

/**
 * A history step's `created_by`: build-argument values masked (also where the command repeats
 * them), then redacted as free text.
 */
export function redactCreatedBy(createdBy: string): string {
  const argValues = parseBuildArgs(createdBy)
    .map(([, value]) => value)
    .filter((value) => value.length >= 4);
  const masked = maskBuildArgs(createdBy);
  return redactText(argValues.reduce((text, value) => (text.includes(value) ? text.split(value).join('***') : text), masked));
}

/** Every string in a JSON-like value redacted (keys included); numbers, booleans and null kept. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v as unknown)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [redactText(k), redactDeep(v)])) as T;
  }
  return value;
}
