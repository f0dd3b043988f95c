/**
 * Hostile values in the handoff: the Claude Code command line, read back by shell-quote and by
 * a real POSIX shell, is exactly `claude mcp add ...` with the URL and name as single words and no
 * other command; the JSON snippets hold the values as given (Markdown: handoff-document.test.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { parse } from 'shell-quote';
import { buildClientHandoff, tokenVariable } from '../../../src/handoff/clients.js';

const hostileUrls = [
  'http://127.0.0.1:8080/m$HOME',
  'http://127.0.0.1:8080/m;rm -rf /',
  "http://127.0.0.1:8080/m&x='y'(1)*",
  'http://127.0.0.1:8080/m`id`',
  'http://127.0.0.1:8080/${X}',
  'http://127.0.0.1:8080/m\nrm -rf /',
  'http://127.0.0.1:8080/m"q"\\',
];

/** What a real shell passes to `claude` for this command line: the snippet run with `claude` as a function printing its argv. */
function shellArgv(commandLine: string, env: Record<string, string> = {}): string[] {
  const script = `claude() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${commandLine}\n`;
  const out = execFileSync('sh', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } });
  return out.split('\0').slice(0, -1);
}

describe('the handoff with hostile values', () => {
  test.each(hostileUrls)('the Claude Code snippet for %j is one command with the URL as one word', (url) => {
    const { claudeCode } = buildClientHandoff({ name: 'weather', url, transport: 'streamable-http', auth: 'none', tools: [] }).snippets;
    const expected = ['claude', 'mcp', 'add', '--transport', 'http', 'weather', url];
    expect(parse(claudeCode, { HOME: '/root', X: 'x' })).toEqual(expected);
    expect(shellArgv(claudeCode, { HOME: '/root', X: 'x' })).toEqual(['mcp', 'add', '--transport', 'http', 'weather', url]);
  });

  test('bearer auth: the header word expands the token variable, and only that', () => {
    const url = 'http://127.0.0.1:8080/m$HOME;id';
    const { claudeCode } = buildClientHandoff({ name: 'weather', url, transport: 'streamable-http', auth: 'bearer', tools: [] }).snippets;
    expect(parse(claudeCode, { WEATHER_MCP_TOKEN: 'tok', HOME: '/root' })).toEqual(['claude', 'mcp', 'add', '--transport', 'http', 'weather', url, '--header', 'Authorization: Bearer tok']);
    expect(shellArgv(claudeCode, { WEATHER_MCP_TOKEN: 'tok' }).slice(-2)).toEqual(['--header', 'Authorization: Bearer tok']);
  });

  test('the token variable is a shell name for any server name', () => {
    for (const name of ['9lives', 'a-b', 'x.y']) expect(tokenVariable(name)).toMatch(/^[A-Z_][A-Z0-9_]*$/);
  });

  test('JSON snippets carry the URL as given', () => {
    const url = 'http://127.0.0.1:8080/m`x`$HOME';
    const h = buildClientHandoff({ name: 'weather', url, transport: 'streamable-http', auth: 'none', tools: [] });
    expect((JSON.parse(JSON.stringify(h.snippets.cursor)) as { mcpServers: { weather: { url: string } } }).mcpServers.weather.url).toBe(url);
  });
});
