/**
 * Scans file contents in bounded memory: chunks of about 1 MiB are searched by the keyword
 * automaton, and each rule's pattern runs only in windows around its keywords' hits. A tail of
 * the previous chunk is carried over, so a secret across a chunk boundary is found whole;
 * matches are keyed by absolute offset, so the overlap never reports one twice.
 */
import { KeywordAutomaton } from './keyword-automaton.js';
import { acceptsSecret, rules as allRules, type Rule } from './rules.js';

export interface ContentMatch {
  rule: Rule;
  secret: string;
  /** 1-based line of the match's start. */
  line: number;
  offset: number;
}

const CHUNK = 1024 * 1024;
/** Longer than the longest secret any rule matches (a 4096-bit RSA key in PEM is about 3.3 KB). */
const OVERLAP = 16 * 1024;
const BINARY_PROBE = 8000;

function windowAfter(rule: Rule): number {
  if (rule.id === 'private-key') return 13_000;
  if (rule.id === 'gcp-service-account-key') return 8_000;
  return 700;
}
const WINDOW_BEFORE = 160;

interface Compiled {
  automaton: KeywordAutomaton;
  /** For each keyword, the rules that list it. */
  rulesOf: number[][];
  rules: Rule[];
  /** For each rule, how far past a keyword hit its window reaches. */
  after: number[];
}

let compiledDefault: Compiled | undefined;

export function compileRules(rules: Rule[] = allRules): Compiled {
  if (rules === allRules && compiledDefault) return compiledDefault;
  const keywords: string[] = [];
  const rulesOf: number[][] = [];
  rules.forEach((rule, r) => {
    for (const keyword of rule.keywords) {
      let k = keywords.indexOf(keyword);
      if (k < 0) {
        k = keywords.push(keyword) - 1;
        rulesOf.push([]);
      }
      rulesOf[k]!.push(r);
    }
  });
  const compiled = { automaton: new KeywordAutomaton(keywords), rulesOf, rules, after: rules.map(windowAfter) };
  if (rules === allRules) compiledDefault = compiled;
  return compiled;
}

/** True when the first bytes hold a NUL: binary content is not pattern-scanned. */
export function looksBinary(head: Uint8Array): boolean {
  return Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, BINARY_PROBE)).indexOf(0) !== -1;
}

function countLines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/** Feeds a file's content chunk by chunk; `finish()` returns every accepted match. */
export class ContentScanner {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private tail: Buffer = Buffer.alloc(0);
  /** Absolute offset of `tail[0]`, and the 1-based line it starts on. */
  private tailOffset = 0;
  private tailLine = 1;
  private readonly seen = new Set<string>();
  private readonly matches: ContentMatch[] = [];
  binary: boolean | undefined;
  bytes = 0;

  constructor(private readonly compiled: Compiled = compileRules()) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.binary === undefined) this.binary = looksBinary(chunk);
    if (this.binary) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= CHUNK) this.flush(false);
  }

  finish(): ContentMatch[] {
    if (!this.binary) this.flush(true);
    return dropShadowed(this.matches);
  }

  private flush(final: boolean): void {
    if (this.pendingBytes === 0 && !final) return;
    // Most files are one chunk with no tail before it: scanned in place, not copied.
    const buf = this.tail.length === 0 && this.pending.length === 1 ? this.pending[0]! : Buffer.concat([this.tail, ...this.pending]);
    this.pending = [];
    this.pendingBytes = 0;
    this.scanBuffer(buf);
    if (!final) {
      const keep = Math.min(OVERLAP, buf.length);
      const cut = buf.length - keep;
      this.tailLine += countLines(buf, 0, cut);
      this.tailOffset += cut;
      this.tail = Buffer.from(buf.subarray(cut));
    }
  }

  private scanBuffer(buf: Buffer): void {
    const { automaton, rulesOf, rules, after } = this.compiled;
    // One flat list of [start, end) windows per rule, merged where they overlap; rules in the
    // order of their first hit.
    const windows: number[][] = [];
    const order: number[] = [];
    const length = buf.length;
    automaton.forEachHit(buf, (hitStart, keyword) => {
      const start = hitStart > WINDOW_BEFORE ? hitStart - WINDOW_BEFORE : 0;
      for (const r of rulesOf[keyword]!) {
        const end = Math.min(length, hitStart + after[r]!);
        const list = windows[r];
        if (list === undefined) {
          windows[r] = [start, end];
          order.push(r);
        } else if (start <= list[list.length - 1]!) {
          if (end > list[list.length - 1]!) list[list.length - 1] = end;
        } else list.push(start, end);
      }
    });
    for (const r of order) {
      const rule = rules[r]!;
      const list = windows[r]!;
      for (let i = 0; i < list.length; i += 2) this.runRule(rule, buf, list[i]!, list[i + 1]!);
    }
  }

  private runRule(rule: Rule, buf: Buffer, start: number, end: number): void {
    // latin1 keeps one character per byte, so string offsets are byte offsets.
    const text = buf.toString('latin1', start, end);
    if (rule.precheck && !rule.precheck.test(text)) return;
    // The rule's own (global) RegExp, rewound: this loop is synchronous, so no one else is using it.
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const secret = m.groups?.s ?? m[0];
      const secretIndex = m.index + m[0].indexOf(secret);
      const offset = this.tailOffset + start + secretIndex;
      const key = `${rule.id}@${offset}`;
      if (this.seen.has(key) || !acceptsSecret(rule, secret, m[0])) continue;
      this.seen.add(key);
      const line = this.tailLine + countLines(buf, 0, start + secretIndex);
      this.matches.push({ rule, secret, line, offset });
    }
  }
}

/** Broad rules yield to specific ones: a token already named by its own rule is not also "generic". */
const BROAD = new Set(['generic-secret-assignment', 'url-basic-auth', 'private-key', 'database-url-password']);

function dropShadowed(matches: ContentMatch[]): ContentMatch[] {
  return matches.filter(
    (m) =>
      !BROAD.has(m.rule.id) ||
      !matches.some((other) => other !== m && !BROAD.has(other.rule.id) && other.offset < m.offset + m.secret.length && m.offset < other.offset + other.secret.length),
  );
}

/** Scans one whole buffer (config values, small files). */
export function scanText(text: string | Buffer, compiled?: Compiled): ContentMatch[] {
  const scanner = new ContentScanner(compiled);
  scanner.push(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
  return scanner.finish();
}
