/** Parsing of the gate's textual inputs, shared by the CLI and the action. */
import { parse as parseShell } from 'shell-quote';
import { checkSecureUrl } from '../spec/auth.js';
import { InputError } from '../util/errors.js';
import { parseChoice } from '../util/parse.js';
import type { GateAuth, HealthTarget } from './types.js';

/** `Name: value` → [name, value]; header names per RFC 9110 tokens. */
export function parseHeader(text: string, where = '--header'): [string, string] {
  const colon = text.indexOf(':');
  const name = colon > 0 ? text.slice(0, colon).trim() : '';
  if (!name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new InputError(`${where}: expected "Name: value", got a line without a valid header name before ":"`);
  }
  return [name, text.slice(colon + 1).trim()];
}

export function parseHeaders(lines: readonly string[], where = '--header'): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const [name, value] = parseHeader(line, where);
    headers[name] = value;
  }
  return headers;
}

/** `tool={"arg":1}` or a bare `tool` (no arguments). */
export function parseSmoke(text: string, where = '--smoke'): { tool: string; args: Record<string, unknown> } {
  const eq = text.indexOf('=');
  const tool = (eq < 0 ? text : text.slice(0, eq)).trim();
  if (!tool) throw new InputError(`${where}: expected TOOL or TOOL={json arguments}, got "${text}"`);
  if (eq < 0) return { tool, args: {} };
  let args: unknown;
  try {
    args = JSON.parse(text.slice(eq + 1));
  } catch (error) {
    throw new InputError(`${where}: the arguments of "${tool}" are not valid JSON (${(error as Error).message})`);
  }
  if (!args || typeof args !== 'object' || Array.isArray(args)) throw new InputError(`${where}: the arguments of "${tool}" must be a JSON object`);
  return { tool, args: args as Record<string, unknown> };
}

/**
 * A stdio server command as a shell would split it (quotes and escapes), without running a shell:
 * leading `NAME=value` words become environment variables. Operators (`|`, `&&`, `>`) are refused.
 */
export function parseCommandLine(text: string, where = '--command'): { command: string; args: string[]; env: Record<string, string> } {
  const words = parseShell(text, (name) => `$${name}`);
  const env: Record<string, string> = {};
  const plain: string[] = [];
  for (const word of words) {
    if (typeof word !== 'string') {
      throw new InputError(`${where}: shell operators and globs are not supported (found ${JSON.stringify(word)}); wrap the command in a script`);
    }
    if (plain.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      const eq = word.indexOf('=');
      env[word.slice(0, eq)] = word.slice(eq + 1);
    } else plain.push(word);
  }
  if (plain.length === 0) throw new InputError(`${where}: empty command`);
  return { command: plain[0]!, args: plain.slice(1), env };
}

/** An http(s) URL or a stdio command; exactly one. */
export function parseTarget(url: string | undefined, command: string | undefined, cwd?: string): HealthTarget {
  if (url && command) throw new InputError('give either a URL or --command, not both');
  if (command) {
    const parsed = parseCommandLine(command);
    return { kind: 'command', command: parsed.command, args: parsed.args, env: parsed.env, cwd };
  }
  if (!url) throw new InputError('expected the server URL, or --command "<stdio server command>"');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`"${url}" is not a URL (expected e.g. http://127.0.0.1:3000/mcp)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(`"${url}": only http and https URLs can be probed`);
  return { kind: 'url', url: parsed };
}

export interface AuthInputs {
  /** none, bearer or oauth; undefined: as the spec says (`declared`). */
  mode?: string;
  issuer?: string;
  audience?: string;
  scopes?: string[];
  token?: string;
  clientId?: string;
  clientSecret?: string;
}

/**
 * The gate's declared authorization from flags or inputs over what a spec declared. `names` maps
 * each field to the flag or input that sets it, for errors. Values are never put in a message.
 */
export function gateAuthFromInputs(inputs: AuthInputs, declared: GateAuth | undefined, names: Record<'mode' | 'issuer' | 'audience' | 'token' | 'clientId' | 'clientSecret', string>): GateAuth | undefined {
  const mode = inputs.mode === undefined ? declared?.mode : parseChoice(inputs.mode, ['none', 'bearer', 'oauth'] as const, names.mode);
  if (mode === undefined || mode === 'none') return undefined;
  if ((inputs.clientId === undefined) !== (inputs.clientSecret === undefined)) throw new InputError(`${names.clientId} and ${names.clientSecret} go together: give both or neither`);
  const client = inputs.clientId !== undefined ? { id: inputs.clientId, secret: inputs.clientSecret! } : undefined;
  if (mode === 'bearer') {
    if (client) throw new InputError(`${names.clientId}: an OAuth client is for ${names.mode} oauth, not bearer`);
    const token = inputs.token ?? (declared?.mode === 'bearer' ? declared.token : undefined);
    return token ? { mode, token } : { mode, missing: declared?.mode === 'bearer' && declared.missing ? declared.missing : `give ${names.token}` };
  }
  const fromSpec = declared?.mode === 'oauth' ? declared : undefined;
  const url = (value: string | undefined, name: string) => {
    if (!value) throw new InputError(`${names.mode} oauth needs ${name} (or a spec whose auth: declares it)`);
    const wrong = checkSecureUrl(value, name);
    if (wrong) throw new InputError(wrong);
    return value;
  };
  const issuer = url(inputs.issuer ?? fromSpec?.issuer, names.issuer);
  const audience = url(inputs.audience ?? fromSpec?.audience, names.audience);
  const scopes = inputs.scopes ?? fromSpec?.scopes ?? [];
  const have = client ?? fromSpec?.client;
  if (have) return { mode, issuer, audience, scopes, client: have };
  return { mode, issuer, audience, scopes, missing: fromSpec?.missing ?? `give ${names.clientId} and ${names.clientSecret}` };
}
