/**
 * An action's `action.yml`, read with GitHub's own action parser (@actions/workflow-parser's
 * parseAction/convertActionTemplate), and the runner's handling of a step's `with:` against it:
 * declared inputs only (the harness is stricter than the runner, which only warns), defaults
 * evaluated as expressions (`${{ github.token }}`), INPUT_<NAME> variables.
 */
import { readFileSync } from 'node:fs';
import { convertActionTemplate, parseAction, type ActionTemplate } from '@actions/workflow-parser/actions/index';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseDocument } from 'yaml';
import { asString, evaluateToken, type ExpressionScope } from './expressions.js';

export class ActionInputRefused extends Error {}

export interface ActionMetadata {
  /** How the step named it (`actions/checkout@SHA`, `./actions/scan`). */
  uses: string;
  file: string;
  template: ActionTemplate;
}

export function loadActionMetadata(uses: string, file: string): ActionMetadata {
  // branding is for the Marketplace and the runner never reads it; the parser's schema refuses
  // icons the runner accepts (azure/login's 'login.svg'), so it is left out before parsing.
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.delete('branding');
  const parsed = parseAction({ name: file, content: doc.toString() }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length || !parsed.value) throw new Error(`${file} is not a valid action.yml:\n  ${errors.join('\n  ')}`);
  return { uses, file, template: convertActionTemplate(parsed.context, parsed.value) };
}

/**
 * The step's inputs completed with the action's defaults. Refuses (naming the action, the input
 * and what it declares) any input the action.yml does not declare.
 */
export function resolveInputs(action: ActionMetadata, given: Record<string, string>, scope: ExpressionScope): Record<string, string> {
  const declared = new Map((action.template.inputs ?? []).map((input) => [input.id.toLowerCase(), input]));
  const undeclared = Object.keys(given).filter((name) => !declared.has(name.toLowerCase()));
  if (undeclared.length) {
    const names = [...declared.values()].map((i) => i.id).join(', ');
    throw new ActionInputRefused(`${action.uses}: input(s) ${undeclared.map((n) => `'${n}'`).join(', ')} not declared by ${action.file} (it declares: ${names})`);
  }
  const inputs: Record<string, string> = {};
  for (const input of declared.values()) {
    const value = Object.entries(given).find(([name]) => name.toLowerCase() === input.id.toLowerCase())?.[1];
    inputs[input.id] = value ?? (input.default ? asString(evaluateToken(input.default, scope)) : '');
  }
  return inputs;
}

/** The runner's INPUT_ variables: upper case, spaces to underscores, dashes kept. */
export function inputEnvironment(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
}
