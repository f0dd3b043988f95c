import { describe, expect, test } from '@jest/globals';
import { FOREIGN_ORIGIN, originVerdict } from '../../../src/health/origin-probe.js';
import { renderHealthMarkdown, renderHealthText } from '../../../src/health/render.js';
import { LogTail, MAX_LOG_LINE_CHARS, MAX_LOG_LINES, MAX_LOG_TEXT_CHARS, serverLogLines } from '../../../src/health/server-logs.js';
import type { HealthReport } from '../../../src/health/types.js';

describe('originVerdict: what an answer to the foreign-Origin request says', () => {
  test.each([400, 401, 403, 421])('HTTP %i is a refusal', (status) => {
    expect(originVerdict(status)).toEqual({ sent: FOREIGN_ORIGIN, status, rejected: true });
  });

  test.each([200, 202, 204])('HTTP %i is an acceptance', (status) => {
    expect(originVerdict(status)).toEqual({ sent: FOREIGN_ORIGIN, status, rejected: false });
  });

  test.each([404, 405, 406, 500, 503])('HTTP %i says nothing about Origin: not recorded', (status) => {
    expect(originVerdict(status)).toBeUndefined();
  });

  test('the foreign origin is a reserved name no one can own', () => {
    expect(new URL(FOREIGN_ORIGIN).hostname.endsWith('.invalid')).toBe(true);
  });
});

describe('serverLogLines: the logs the report keeps', () => {
  test('keeps the last 200 lines, drops trailing blank lines, normalises CRLF', () => {
    const text = Array.from({ length: 250 }, (_, i) => `line ${i}`).join('\r\n') + '\r\n\r\n';
    const lines = serverLogLines(text);
    expect(lines).toHaveLength(MAX_LOG_LINES);
    expect(lines[0]).toBe('line 50');
    expect(lines.at(-1)).toBe('line 249');
  });

  test('cuts each line to 1000 characters', () => {
    const [line] = serverLogLines('x'.repeat(5000));
    expect(line).toHaveLength(MAX_LOG_LINE_CHARS);
    expect(line!.endsWith('…')).toBe(true);
  });

  test('redacts secrets the scan recognises, also one that spans lines (a PEM key)', () => {
    const token = 'AKIAQ3EGRWRPJ7LM4XKZ';
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEAq3v'.padEnd(64, 'Q'), 'Rk2'.padEnd(64, 'w'), '-----END RSA PRIVATE KEY-----'].join('\n');
    const lines = serverLogLines(`{"level":"info","msg":"key ${token}"}\nAuthorization: Bearer abcdefgh12345678ijkl\n${pem}\n`);
    const text = lines.join('\n');
    expect(text).not.toContain(token);
    expect(text).not.toContain('abcdefgh12345678ijkl');
    expect(text).not.toContain('MIIEowIBAAKCAQEAq3v');
  });

  test('empty text: no lines', () => {
    expect(serverLogLines('')).toEqual([]);
    expect(serverLogLines('\n\n')).toEqual([]);
  });

  test('LogTail keeps only the last 512 KiB of a long stream', () => {
    const tail = new LogTail();
    for (let i = 0; i < 40; i++) tail.push(`${String(i).padStart(2, '0')}${'.'.repeat(32 * 1024 - 3)}\n`);
    const text = tail.toString();
    expect(text.length).toBe(MAX_LOG_TEXT_CHARS);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('39');
    expect(text).not.toContain('\n00');
  });
});

describe('renders', () => {
  const base: HealthReport = { ok: true, status: 'healthy', target: 'http://127.0.0.1:8080/mcp', transport: 'streamable-http', tools: [], problems: [], attempts: [], latencyMs: { total: 5 } };

  test('the Origin result, the session kind and the kept log count in one line each', () => {
    const report: HealthReport = { ...base, session: { idSeen: true }, origin: { sent: FOREIGN_ORIGIN, status: 403, rejected: true }, logs: ['a', 'b'] };
    const text = renderHealthText(report);
    expect(text).toContain('  origin     foreign Origin https://evil.invalid refused with HTTP 403\n');
    expect(text).toContain('  sessions   stateful (Mcp-Session-Id issued)\n');
    expect(text).toContain('  logs       2 server log line(s) kept (redacted)\n');
    expect(renderHealthMarkdown(report)).toContain('| Origin | ✅ foreign Origin https://evil.invalid refused with HTTP 403 |');
  });

  test('an accepted foreign Origin stands out; nothing is shown when the gate recorded none', () => {
    const accepted = { ...base, session: { idSeen: false }, origin: { sent: FOREIGN_ORIGIN, status: 200, rejected: false } };
    expect(renderHealthText(accepted)).toContain('ACCEPTED (no DNS-rebinding protection) with HTTP 200');
    expect(renderHealthText(accepted)).toContain('stateless (no Mcp-Session-Id)');
    expect(renderHealthMarkdown(accepted)).toContain('| Origin | ❌');
    expect(renderHealthText(base)).not.toMatch(/origin|sessions|logs/);
  });
});
