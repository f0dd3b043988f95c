/**
 * A case-insensitive Aho-Corasick automaton over bytes: one pass over a buffer reports every
 * keyword occurrence, overlapping ones included (a regex alternation would miss those).
 * Hand-written: it is the scan's hot loop, runs over raw Buffers with a dense transition table,
 * and no maintained npm package offers byte-level, case-folded matching.
 */
export interface KeywordHit {
  /** Offset of the first byte of the keyword. */
  start: number;
  keyword: number;
}

const ALPHABET = 256;

function foldByte(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 32 : b;
}

export class KeywordAutomaton {
  private readonly next: Int32Array;
  /** For each state, the keywords that end there (its own and those via failure links). */
  private readonly outputs: number[][];
  readonly keywords: string[];
  private readonly lengths: number[];

  constructor(keywords: string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    this.lengths = this.keywords.map((k) => Buffer.byteLength(k));
    const goto: Array<Map<number, number>> = [new Map()];
    const outputs: number[][] = [[]];
    this.keywords.forEach((keyword, index) => {
      let state = 0;
      for (const byte of Buffer.from(keyword)) {
        const b = foldByte(byte);
        let to = goto[state]!.get(b);
        if (to === undefined) {
          to = goto.length;
          goto.push(new Map());
          outputs.push([]);
          goto[state]!.set(b, to);
        }
        state = to;
      }
      outputs[state]!.push(index);
    });
    const states = goto.length;
    this.next = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    // Breadth-first: each state's failure link, then its full transition row.
    const queue: number[] = [];
    for (let b = 0; b < ALPHABET; b++) {
      const to = goto[0]!.get(b) ?? 0;
      this.next[b] = to;
      if (to !== 0) queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      outputs[state]!.push(...outputs[fail[state]!]!);
      for (let b = 0; b < ALPHABET; b++) {
        const to = goto[state]!.get(b);
        if (to !== undefined) {
          fail[to] = this.next[fail[state]! * ALPHABET + b]!;
          this.next[state * ALPHABET + b] = to;
          queue.push(to);
        } else {
          this.next[state * ALPHABET + b] = this.next[fail[state]! * ALPHABET + b]!;
        }
      }
    }
    this.outputs = outputs;
    // Fold upper-case transitions onto lower-case ones, so matching needs no per-byte folding.
    for (let s = 0; s < states; s++) for (let b = 0x41; b <= 0x5a; b++) this.next[s * ALPHABET + b] = this.next[s * ALPHABET + b + 32]!;
  }

  /** Every keyword occurrence in `buf[from, to)`. */
  search(buf: Uint8Array, from = 0, to = buf.length): KeywordHit[] {
    const hits: KeywordHit[] = [];
    const next = this.next;
    let state = 0;
    for (let i = from; i < to; i++) {
      state = next[state * ALPHABET + buf[i]!]!;
      const out = this.outputs[state]!;
      if (out.length) for (const k of out) hits.push({ start: i - this.lengths[k]! + 1, keyword: k });
    }
    return hits;
  }
}
