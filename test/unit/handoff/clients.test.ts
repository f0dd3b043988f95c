import { describe, expect, test } from '@jest/globals';
import { buildClientHandoff, renderHandoffText } from '../../../src/handoff/clients.js';

describe('client snippets', () => {
  test('snippets for each client point at the URL with the right transport', () => {
    const h = buildClientHandoff({ name: 'weather', url: 'https://w.example.com/mcp', transport: 'streamable-http', auth: 'none', tools: ['get_forecast'] });
    expect(h.snippets.claudeCode).toBe('claude mcp add --transport http weather https://w.example.com/mcp');
    expect(h.snippets.vscode).toEqual({ servers: { weather: { type: 'http', url: 'https://w.example.com/mcp' } } });
    expect(h.snippets.cursor).toEqual({ mcpServers: { weather: { url: 'https://w.example.com/mcp' } } });
    expect(h.snippets.claudeDesktop).toEqual({ mcpServers: { weather: { command: 'npx', args: ['-y', 'mcp-remote', 'https://w.example.com/mcp'] } } });
    expect(renderHandoffText(h)).toContain('tools: get_forecast');
    const sse = buildClientHandoff({ name: 'old', url: 'http://127.0.0.1:9/sse', transport: 'sse', auth: 'none', tools: [] });
    expect(sse.snippets.claudeCode).toBe('claude mcp add --transport sse old http://127.0.0.1:9/sse');
    expect((sse.snippets.claudeDesktop as { mcpServers: { old: { args: string[] } } }).mcpServers.old.args).toContain('sse-only');
  });

  test('bearer auth: placeholders that name where the token comes from, never a value', () => {
    const h = buildClientHandoff({ name: 'weather', url: 'https://w.example.com/mcp', transport: 'streamable-http', auth: 'bearer', tools: [] });
    expect(h.snippets.claudeCode).toContain('--header "Authorization: Bearer $WEATHER_MCP_TOKEN"');
    expect(JSON.stringify(h.snippets.vscode)).toContain('${input:weather-token}');
    expect(JSON.stringify(h.snippets.cursor)).toContain('${env:WEATHER_MCP_TOKEN}');
  });
});
