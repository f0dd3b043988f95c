/**
 * Inputs of workflow_dispatch and workflow_call as GitHub resolves them: declared names only,
 * required ones present, defaults filled in, values typed (boolean, number, string, choice).
 */
import { isMapping } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { evaluateToken, type ExpressionScope, type Value } from './expressions.js';

export class InputsRefused extends Error {}

interface Definition {
  type: string;
  required: boolean;
  default?: Value;
  options?: string[];
}

/** Reads `inputs:` definitions from the raw token of `on.<event>.inputs`. */
export function inputDefinitions(token: TemplateToken | undefined, scope: ExpressionScope): Record<string, Definition> {
  const out: Record<string, Definition> = {};
  if (!token || !isMapping(token)) return out;
  for (const pair of token) {
    const spec = evaluateToken(pair.value, scope) as Record<string, Value> | null;
    out[String(evaluateToken(pair.key, scope))] = {
      type: String(spec?.type ?? 'string'),
      required: spec?.required === true,
      default: spec?.default ?? undefined,
      options: Array.isArray(spec?.options) ? spec.options.map(String) : undefined,
    };
  }
  return out;
}

function typed(name: string, definition: Definition, value: Value, where: string): Value {
  switch (definition.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw new InputsRefused(`${where}: input ${name} is a boolean, got ${JSON.stringify(value)}`);
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      throw new InputsRefused(`${where}: input ${name} is a number, got ${JSON.stringify(value)}`);
    case 'choice':
      if (!definition.options?.includes(String(value))) throw new InputsRefused(`${where}: input ${name} must be one of ${definition.options?.join(', ')}, got ${JSON.stringify(value)}`);
      return String(value);
    default:
      if (typeof value === 'object' && value !== null) throw new InputsRefused(`${where}: input ${name} is a string, got ${JSON.stringify(value)}`);
      return value === null ? '' : String(value);
  }
}

/** The inputs context: every declared input, given or defaulted; refuses undeclared or missing required ones. */
export function resolveWorkflowInputs(definitions: Record<string, Definition>, given: Record<string, Value>, where: string): Record<string, Value> {
  const undeclared = Object.keys(given).filter((name) => !(name in definitions));
  if (undeclared.length) throw new InputsRefused(`${where}: input(s) ${undeclared.join(', ')} not declared (declared: ${Object.keys(definitions).join(', ')})`);
  const out: Record<string, Value> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    if (name in given) out[name] = typed(name, definition, given[name]!, where);
    else if (definition.required && definition.default === undefined) throw new InputsRefused(`${where}: input ${name} is required and not given`);
    else if (definition.default !== undefined) out[name] = typed(name, definition, definition.default, where);
    else out[name] = definition.type === 'boolean' ? false : definition.type === 'number' ? 0 : '';
  }
  return out;
}
