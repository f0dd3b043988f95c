/**
 * `${{ }}` evaluation with GitHub's own expression engine (@actions/expressions): the contexts of
 * a job (github, inputs, secrets, steps, needs, env, matrix, vars, runner, job, jobs, strategy),
 * the status functions success()/failure()/always()/cancelled() of the place being evaluated, and
 * template tokens of @actions/workflow-parser (mappings, sequences, literals, expressions)
 * turned into plain values. The parser already rewrites `a ${{ x }} b` into `format('a {0} b', x)`.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** Where an expression is evaluated: the status functions answer from `status`. */
export interface ExpressionScope {
  contexts: Record<string, unknown>;
  /** success(): nothing before failed; failure(): something before failed (steps of the job, or jobs needed). */
  status?: { success: boolean; failure: boolean; cancelled: boolean };
}

export class ExpressionFailure extends Error {}

const CONTEXT_NAMES = ['github', 'inputs', 'secrets', 'steps', 'needs', 'env', 'matrix', 'vars', 'runner', 'job', 'jobs', 'strategy'];

function statusFunctions(scope: ExpressionScope): Map<string, FunctionDefinition> {
  const status = scope.status ?? { success: true, failure: false, cancelled: false };
  const fn = (name: string, value: boolean): [string, FunctionDefinition] => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) }];
  return new Map([fn('success', status.success && !status.cancelled), fn('failure', status.failure && !status.cancelled), fn('always', true), fn('cancelled', status.cancelled)]);
}

/** A plain JavaScript value as expression data (JSON round trip through the engine's reviver). */
export function toExpressionData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** Expression data back to a plain value. */
export function fromExpressionData(value: data.ExpressionData): Value {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Value;
}

/** Evaluates one expression (without `${{ }}`) and returns its value. */
export function evaluateExpression(expression: string, scope: ExpressionScope): Value {
  const functions = statusFunctions(scope);
  try {
    const lexed = new Lexer(expression).lex();
    const tree = new Parser(lexed.tokens, CONTEXT_NAMES, [...functions.values()]).parse();
    const context = new data.Dictionary(...Object.entries(scope.contexts).map(([key, value]) => ({ key, value: toExpressionData(value) })));
    return fromExpressionData(new Evaluator(tree, context, functions).evaluate());
  } catch (error) {
    throw new ExpressionFailure(`\${{ ${expression} }}: ${(error as Error).message}`, { cause: error });
  }
}

/** An `if:` condition: truthy by the engine's rules. */
export function evaluateCondition(expression: string, scope: ExpressionScope): boolean {
  return truthy(toExpressionData(evaluateExpression(expression, scope)));
}

/** A template token (a `with:` mapping, an `env:` value, `runs-on`, ...) evaluated to a plain value. */
export function evaluateToken(token: TemplateToken | undefined, scope: ExpressionScope): Value {
  if (token === undefined) return null;
  if (isBasicExpression(token)) return evaluateExpression(token.expression, scope);
  if (isString(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isSequence(token)) return [...token].map((item) => evaluateToken(item, scope));
  if (isMapping(token)) {
    const out: Record<string, Value> = {};
    for (const pair of token) out[String(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope);
    return out;
  }
  if (token.isLiteral) return null; // the null token
  throw new ExpressionFailure(`unsupported template token ${token.typeName()} at line ${token.line ?? '?'}`);
}

/** How the runner turns a value into an input or environment string. */
export function asString(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A mapping token evaluated to strings (env:, with:, outputs:). */
export function evaluateStringMap(token: TemplateToken | undefined, scope: ExpressionScope): Record<string, string> {
  const value = evaluateToken(token, scope);
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ExpressionFailure(`expected a mapping, got ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asString(v)]));
}
