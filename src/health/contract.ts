/** Tool hashes, the expected-tools contract, and how a server's tools compare with it. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../util/errors.js';
import type { Contract, ContractTool, Problem, ToolInfo } from './types.js';

/** JSON with object keys sorted at every depth, so equal schemas hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `sha256:` and the first 16 hex digits of the canonical input schema. */
export function schemaHash(schema: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(schema ?? {})).slice(0, 16)}`;
}

/** One hash over every tool's name and schema hash, in name order: changes when any tool does. */
export function toolsHash(tools: readonly ToolInfo[]): string {
  const lines = [...tools].sort((a, b) => (a.name < b.name ? -1 : 1)).map((t) => `${t.name} ${t.inputSchemaHash}`);
  return `sha256:${sha256Hex(lines.join('\n'))}`;
}

/** `a,b,c` from --expect-tools: these must be offered; other tools are fine. */
export function contractFromNames(names: readonly string[]): Contract {
  return { tools: names.map((name) => ({ name })), exhaustive: false };
}

/**
 * A contract file, YAML or JSON: a list of names, a list of `{name, inputSchemaHash}`, or
 * `{tools: [...]}` in either form. The gate's own JSON report is a valid contract. A file pins the
 * whole set: a tool the server offers beyond it is reported.
 */
export function loadContract(path: string): Contract {
  return { tools: readContractTools(path), exhaustive: true };
}

function readContractTools(path: string): ContractTool[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`--contract ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new InputError(`--contract ${path}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const list = Array.isArray(data) ? data : (data as { tools?: unknown })?.tools;
  if (!Array.isArray(list)) throw new InputError(`--contract ${path}: expected a list of tools, or an object with a "tools" list`);
  return list.map((item, i) => {
    if (typeof item === 'string' && item.trim()) return { name: item.trim() };
    const t = item as { name?: unknown; inputSchemaHash?: unknown };
    if (t && typeof t === 'object' && typeof t.name === 'string' && t.name) {
      if (t.inputSchemaHash !== undefined && typeof t.inputSchemaHash !== 'string') {
        throw new InputError(`--contract ${path}: tools[${i}].inputSchemaHash must be a string`);
      }
      return { name: t.name, inputSchemaHash: t.inputSchemaHash as string | undefined };
    }
    throw new InputError(`--contract ${path}: tools[${i}] must be a tool name or an object with a "name"`);
  });
}

/**
 * Missing tools are errors; changed schemas are warnings (errors when strict). Tools beyond the
 * contract are reported the same way only when it pins the whole set (a contract file).
 */
export function checkContract(contract: Contract, tools: readonly ToolInfo[], strict: boolean): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(tools.map((t) => [t.name, t]));
  const soft = strict ? 'error' : 'warning';
  for (const expected of contract.tools) {
    const actual = byName.get(expected.name);
    if (!actual) {
      problems.push({ level: 'error', code: 'missing-tool', tool: expected.name, message: `tool "${expected.name}" is missing` });
    } else if (expected.inputSchemaHash && expected.inputSchemaHash !== actual.inputSchemaHash) {
      problems.push({
        level: soft,
        code: 'schema-changed',
        tool: expected.name,
        message: `tool "${expected.name}" input schema changed (${expected.inputSchemaHash} → ${actual.inputSchemaHash})`,
      });
    }
  }
  if (!contract.exhaustive) return problems;
  const expectedNames = new Set(contract.tools.map((t) => t.name));
  for (const t of tools) {
    if (!expectedNames.has(t.name)) problems.push({ level: soft, code: 'unexpected-tool', tool: t.name, message: `tool "${t.name}" is not in the contract` });
  }
  return problems;
}
