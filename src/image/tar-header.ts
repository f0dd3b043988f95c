/**
 * The 512-byte tar header fields both tar readers need (the streaming layer parser and the
 * random-access archive index), read the way Go's archive/tar reads them: Go is what containerd
 * and Docker extract layers with, so what they would put on disk is what gets inspected.
 */
export const BLOCK = 512;

/** A NUL-terminated field; the whole field when no NUL. */
export function readString(buf: Buffer, start: number, length: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

/** An octal number field, or GNU base-256 (high bit set) for values past the octal range. NaN when neither. */
export function readNumber(buf: Buffer, start: number, length: number): number {
  if (buf[start]! & 0x80) {
    if (buf[start]! & 0x40) return Number.NaN; // negative base-256: no size or mode is negative
    let value = buf[start]! & 0x3f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + buf[i]!;
    return value;
  }
  // Octal digits, with NUL or space padding on either side (what every writer emits).
  let value = 0;
  let i = start;
  const end = start + length;
  while (i < end && (buf[i] === 0x20 || buf[i] === 0)) i++;
  let digits = 0;
  for (; i < end; i++, digits++) {
    const c = buf[i]!;
    if (c < 0x30 || c > 0x37) break;
    value = value * 8 + (c - 0x30);
  }
  for (; i < end; i++) if (buf[i] !== 0x20 && buf[i] !== 0) return Number.NaN;
  return value;
}

/**
 * The header checksum: the sum of its bytes with the checksum field read as spaces. Go accepts
 * the unsigned or the signed sum (some old writers used signed chars); so does this.
 */
export function checksumOk(header: Buffer, offset = 0): boolean {
  const stored = readNumber(header, offset + 148, 8);
  if (Number.isNaN(stored)) return false;
  // Every header is checked: one pass summing bytes, the field's bytes swapped for spaces after.
  let unsigned = 8 * 32;
  for (let i = offset; i < offset + 148; i++) unsigned += header[i]!;
  for (let i = offset + 156; i < offset + BLOCK; i++) unsigned += header[i]!;
  if (stored === unsigned) return true;
  let signed = 8 * 32;
  for (let i = offset; i < offset + BLOCK; i++) if (i < offset + 148 || i >= offset + 156) signed += header[i]! > 127 ? header[i]! - 256 : header[i]!;
  return stored === signed;
}

/** True when all 512 bytes are zero (the end-of-archive marker). */
export function isZeroBlock(buf: Buffer, offset = 0): boolean {
  for (let i = offset; i < offset + BLOCK; i++) if (buf[i] !== 0) return false;
  return true;
}
