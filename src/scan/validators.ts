/** Structure checks that turn a pattern match into a finding: checksums, lengths, entropy, claims. */
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function decodeBase62(text: string): number {
  let value = 0;
  for (const ch of text) {
    const digit = BASE62.indexOf(ch);
    if (digit < 0) return -1;
    value = value * 62 + digit;
  }
  return value;
}

/**
 * GitHub classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm tokens (npm_): 30 random base62
 * characters, then 6 characters of base62 CRC32 over those 30.
 */
export function hasTokenChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return decodeBase62(body.slice(30)) === crc32(body.slice(0, 30)) >>> 0;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (!text) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|%\(?[A-Za-z_]+\)?s?|\[.*\]|(.)\1{5,}|[xX*._-]{4,}.*|.*(?:changeme|change_me|example|placeholder|dummy|sample|fake|redacted|your[-_]?(?:key|token|secret|password)|xxxx|\*\*\*\*|insert|replace|todo|secret_here|password_here).*)$/i;

/** Values that stand for a secret rather than being one: ${VAR}, <your-key>, changeme, xxxx… */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim());
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const json = Buffer.from(segment, 'base64url').toString('utf8');
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A JWT whose claims make it a credential: a Kubernetes service-account token. */
export function isKubernetesServiceAccountToken(jwt: string): boolean {
  const [header, payload] = jwt.split('.');
  const h = header && decodeSegment(header);
  const p = payload && decodeSegment(payload);
  if (!h || !p || typeof h.alg !== 'string') return false;
  return p.iss === 'kubernetes/serviceaccount' || 'kubernetes.io' in p || String(p.sub ?? '').startsWith('system:serviceaccount:');
}

/** A JWT carrying privileged credential claims (service roles, admin or write scopes, client secrets). */
export function isCredentialJwt(jwt: string): boolean {
  if (isKubernetesServiceAccountToken(jwt)) return false;
  const [header, payload] = jwt.split('.');
  const h = header && decodeSegment(header);
  const p = payload && decodeSegment(payload);
  if (!h || !p || typeof h.alg !== 'string' || h.alg === 'none') return false;
  const role = String(p.role ?? '');
  const scope = [p.scope, p.scp, p.scopes, p.permissions].flat().map(String).join(' ');
  return role === 'service_role' || /\b(?:admin|write|\*)\b/i.test(scope) || 'client_secret' in p || 'api_key' in p;
}

/** A PEM private-key block with a real base64 body, not just a header in a string table. */
export function isCompletePemBody(block: string): boolean {
  const body = block
    .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, '')
    .replace(/-----END [A-Z ]*PRIVATE KEY-----/, '')
    .replace(/^[A-Za-z-]+: .*$/gm, '')
    .replace(/\\n|\\r|["'+\s,]/g, '');
  return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body);
}
