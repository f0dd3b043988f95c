/**
 * The handoff: what a client needs to connect to a deployed MCP server (URL, transport, auth mode,
 * tools), as JSON and as ready snippets for Claude Code, VS Code, Cursor, Claude Desktop (through
 * mcp-remote) and a generic mcp.json. Never a secret value: auth is a mode and a placeholder.
 */
export type AuthMode = 'none' | 'bearer' | 'oauth';

export interface HandoffInput {
  name: string;
  url: string;
  transport: 'streamable-http' | 'sse';
  auth: AuthMode;
  tools: string[];
  protocolVersion?: string;
}

export interface Handoff extends HandoffInput {
  snippets: {
    claudeCode: string;
    vscode: Record<string, unknown>;
    cursor: Record<string, unknown>;
    claudeDesktop: Record<string, unknown>;
    mcpJson: Record<string, unknown>;
  };
}

/** The environment variable a client should hold the token in: WEATHER_MCP_TOKEN. */
export function tokenVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_MCP_TOKEN`;
}

export function buildHandoff(input: HandoffInput): Handoff {
  const { name, url, transport, auth } = input;
  const token = tokenVariable(name);
  const bearer = auth === 'bearer';
  const httpType = transport === 'sse' ? 'sse' : 'http';
  const claudeCode = [`claude mcp add --transport ${httpType} ${name} ${url}`, bearer ? ` --header "Authorization: Bearer $${token}"` : ''].join('');
  const vscode: Record<string, unknown> = {
    ...(bearer ? { inputs: [{ type: 'promptString', id: `${name}-token`, description: `${name} MCP token`, password: true }] } : {}),
    servers: { [name]: { type: httpType, url, ...(bearer ? { headers: { Authorization: `Bearer \${input:${name}-token}` } } : {}) } },
  };
  const cursor = { mcpServers: { [name]: { url, ...(bearer ? { headers: { Authorization: `Bearer \${env:${token}}` } } : {}) } } };
  const claudeDesktop = {
    mcpServers: {
      [name]: {
        command: 'npx',
        args: ['-y', 'mcp-remote', url, ...(transport === 'sse' ? ['--transport', 'sse-only'] : []), ...(bearer ? ['--header', 'Authorization:${AUTH_HEADER}'] : [])],
        ...(bearer ? { env: { AUTH_HEADER: `Bearer <${token}>` } } : {}),
      },
    },
  };
  const mcpJson = { mcpServers: { [name]: { type: transport, url, ...(bearer ? { headers: { Authorization: `Bearer \${${token}}` } } : {}) } } };
  return { ...input, snippets: { claudeCode, vscode, cursor, claudeDesktop, mcpJson } };
}

export function renderHandoffText(h: Handoff): string {
  const block = (v: unknown) => JSON.stringify(v, null, 2);
  return [
    `${h.name} is up at ${h.url} (${h.transport}${h.protocolVersion ? `, MCP ${h.protocolVersion}` : ''}, auth: ${h.auth})`,
    `tools: ${h.tools.join(', ') || '-'}`,
    '',
    'Claude Code:',
    `  ${h.snippets.claudeCode}`,
    '',
    'VS Code (.vscode/mcp.json):',
    block(h.snippets.vscode),
    '',
    'Cursor (~/.cursor/mcp.json):',
    block(h.snippets.cursor),
    '',
    'Claude Desktop (claude_desktop_config.json, through mcp-remote):',
    block(h.snippets.claudeDesktop),
    '',
    'Any client (mcp.json):',
    block(h.snippets.mcpJson),
    '',
  ].join('\n');
}

export function renderHandoffMarkdown(h: Handoff): string {
  const details = (title: string, lang: string, v: unknown) => [`<details><summary>${title}</summary>`, '', '```' + lang, typeof v === 'string' ? v : JSON.stringify(v, null, 2), '```', '</details>'];
  return [
    `### Connect to ${h.name}`,
    '',
    `\`${h.url}\` (${h.transport}, auth: ${h.auth}); tools: ${h.tools.map((t) => `\`${t}\``).join(', ') || '-'}`,
    '',
    ...details('Claude Code', 'sh', h.snippets.claudeCode),
    ...details('VS Code (.vscode/mcp.json)', 'json', h.snippets.vscode),
    ...details('Cursor (~/.cursor/mcp.json)', 'json', h.snippets.cursor),
    ...details('Claude Desktop (through mcp-remote)', 'json', h.snippets.claudeDesktop),
    '',
  ].join('\n');
}
