/**
 * The clients' part of the handoff: what a client needs to connect to a deployed MCP server (URL, transport, auth mode,
 * tools), as JSON and as ready snippets for Claude Code, VS Code, Cursor, Claude Desktop (through
 * mcp-remote) and a generic mcp.json. Never a secret value: auth is a mode and a placeholder.
 * The shell snippet's words go through shell-quote, the JSON ones through JSON.stringify, and
 * Markdown code through fences longer than any backtick run in the code (handoff-markdown.ts).
 */
import { quote } from 'shell-quote';

export type AuthMode = 'none' | 'bearer' | 'oauth';

export interface ClientHandoffInput {
  name: string;
  url: string;
  transport: 'streamable-http' | 'sse';
  auth: AuthMode;
  tools: string[];
  protocolVersion?: string;
}

export interface ClientHandoff extends ClientHandoffInput {
  snippets: {
    claudeCode: string;
    vscode: Record<string, unknown>;
    cursor: Record<string, unknown>;
    claudeDesktop: Record<string, unknown>;
    mcpJson: Record<string, unknown>;
  };
}

/** The environment variable a client should hold the token in: WEATHER_MCP_TOKEN (a shell name: never a leading digit). */
export function tokenVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_').replace(/^(?=[0-9])/, '_')}_MCP_TOKEN`;
}

// Words of only these characters mean the same quoted or not in any POSIX shell (Python's
// shlex.quote keeps them bare); shell-quote would also escape the URL's colons.
const BARE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
const shellWord = (word: string) => (BARE_WORD.test(word) ? word : quote([word]));

/** A command line for a POSIX shell: each argument one word, whatever it holds. */
export function shellCommand(args: string[]): string {
  return args.map(shellWord).join(' ');
}

export function buildClientHandoff(input: ClientHandoffInput): ClientHandoff {
  const { name, url, transport, auth } = input;
  const token = tokenVariable(name);
  // Any auth: a token in the Authorization header (for oauth: an access token from the issuer).
  const bearer = auth !== 'none';
  const httpType = transport === 'sse' ? 'sse' : 'http';
  // The header is the one word left to the shell on purpose: it expands the token variable (a plain name).
  const claudeCode = [shellCommand(['claude', 'mcp', 'add', '--transport', httpType, name, url]), bearer ? ` --header "Authorization: Bearer $${token}"` : ''].join('');
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

export function renderHandoffText(h: ClientHandoff): string {
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

/** The longest run of backticks in `text`: a Markdown fence around it must be longer. */
export const longestBacktickRun = (text: string): number => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
