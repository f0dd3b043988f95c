/**
 * The server's log lines as the health report keeps them: the last lines only, each cut to a
 * length, and every secret the scan's rules recognise redacted (logs may print tokens or keys).
 */
import { redactText } from '../scan/redact-text.js';

export const MAX_LOG_LINES = 200;
export const MAX_LOG_LINE_CHARS = 1000;
/** How much raw text a reader keeps before the cut (the tail: the last lines are the ones kept). */
export const MAX_LOG_TEXT_CHARS = 512 * 1024;

/** Lines of `text` for the report: redacted whole first (a secret may span lines, as a PEM key does), then the last 200 non-trailing lines, each capped. */
export function serverLogLines(text: string): string[] {
  const tail = text.length > MAX_LOG_TEXT_CHARS ? text.slice(-MAX_LOG_TEXT_CHARS) : text;
  const lines = redactText(tail.replace(/\r\n?/g, '\n')).split('\n');
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  return lines.slice(-MAX_LOG_LINES).map((line) => (line.length > MAX_LOG_LINE_CHARS ? `${line.slice(0, MAX_LOG_LINE_CHARS - 1)}…` : line));
}

/** Appends chunks of a stream and keeps only the last `MAX_LOG_TEXT_CHARS`. */
export class LogTail {
  private text = '';

  push(chunk: string): void {
    this.text += chunk;
    if (this.text.length > 2 * MAX_LOG_TEXT_CHARS) this.text = this.text.slice(-MAX_LOG_TEXT_CHARS);
  }

  toString(): string {
    return this.text.slice(-MAX_LOG_TEXT_CHARS);
  }
}
