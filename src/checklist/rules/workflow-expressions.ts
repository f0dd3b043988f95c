/**
 * The `${{ }}` expressions of a workflow value and the contexts whose values flow into what they
 * expand to, parsed with GitHub's own `@actions/expressions`; and which `github.*` contexts an
 * outsider controls. Hand-written part: the classification (zizmor's template-injection audit is the
 * reference: every `github.*` context is untrusted except a known-fixed list).
 */
import { Lexer, Parser } from '@actions/expressions';
import { ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, type Expr } from '@actions/expressions/ast';

const CONTEXT_NAMES = ['github', 'inputs', 'env', 'matrix', 'steps', 'needs', 'secrets', 'vars', 'runner', 'job', 'jobs', 'strategy'];

/** One `${{ }}` in a string: its text, where it starts (character offset), and the contexts that flow into its value. */
export interface Expansion {
  text: string;
  offset: number;
  contexts: string[];
}

/** Every `${{ }}` in `value`; an expression GitHub's parser rejects yields no contexts (the loader already refused it). */
export function expansionsIn(value: string): Expansion[] {
  const out: Expansion[] = [];
  for (const match of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    out.push({ text: match[0], offset: match.index ?? 0, contexts: flowingContexts(match[1]) });
  }
  return out;
}

function flowingContexts(source: string): string[] {
  let expr: Expr;
  try {
    expr = new Parser(new Lexer(source).lex().tokens, CONTEXT_NAMES, []).parse();
  } catch {
    return [];
  }
  const out: string[] = [];
  collect(expr, out);
  return out;
}

// Functions whose result is a boolean or number: the contexts they read do not reach the script.
const CONDITION_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled', 'hashfiles']);

function collect(expr: Expr, out: string[]): void {
  if (expr instanceof ContextAccess || expr instanceof IndexAccess) {
    const path = contextPath(expr);
    if (path) out.push(path);
    else if (expr instanceof IndexAccess) collect(expr.expr, out);
  } else if (expr instanceof Logical) {
    // `a || b` and `a && b` evaluate to one of their operands.
    expr.args.forEach((arg) => collect(arg, out));
  } else if (expr instanceof Grouping) {
    collect(expr.group, out);
  } else if (expr instanceof FunctionCall) {
    if (!CONDITION_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase())) expr.args.forEach((arg) => collect(arg, out));
  }
  // Comparisons, `!` and literals yield booleans or constants: nothing of theirs reaches the script.
}

/** `github.event.pull_request.title` for a chain of property accesses on a context; undefined when the chain passes through a call. */
function contextPath(expr: Expr): string | undefined {
  if (expr instanceof ContextAccess) return expr.name.lexeme;
  if (!(expr instanceof IndexAccess)) return undefined;
  const head = contextPath(expr.expr);
  if (head === undefined) return undefined;
  const index = expr.index;
  if (index instanceof Star) return `${head}.*`;
  if (index instanceof Literal) {
    const value = (index.literal as { value?: unknown }).value;
    if (typeof value === 'string') return `${head}.${value}`;
    if (typeof value === 'number') return `${head}.*`;
  }
  return `${head}.*`;
}

// zizmor's fixed `github.*` contexts: set by GitHub, never by whoever triggered the run.
const FIXED_GITHUB = new Set([
  'github.action_path',
  'github.action_ref',
  'github.api_url',
  'github.event_name',
  'github.graphql_url',
  'github.job',
  'github.repository',
  'github.repository_id',
  'github.repository_owner',
  'github.repository_owner_id',
  'github.repositoryurl',
  'github.retention_days',
  'github.run_attempt',
  'github.run_id',
  'github.run_number',
  'github.server_url',
  'github.sha',
  'github.token',
  'github.workspace',
]);

// Leaves of event payloads that are numbers, booleans, SHAs, timestamps or GitHub-chosen enums
// (zizmor's `fixed` capability); every other event field may carry text an outsider chose.
const FIXED_EVENT_LEAF =
  /^(id|number|\*|after|before|sha|.*_sha|.*_id|.*_at|.*_count|.*_number|count|size|additions|deletions|changed_files|commits|comments|review_comments|run_attempt|draft|merged|mergeable|rebaseable|locked|private|fork|site_admin|deleted|forced|created|author_association|state|state_reason|conclusion|status|event|visibility|[+-]1|confused|eyes|heart|hooray|laugh|rocket)$/;

/** True when an outsider (a fork's author, an issue's commenter, a committer) may choose the value. */
export function isUntrustedGithubContext(path: string): boolean {
  const lower = path.toLowerCase();
  if (!lower.startsWith('github.')) return false;
  if (FIXED_GITHUB.has(lower)) return false;
  if (lower === 'github.event') return true;
  if (lower.startsWith('github.event.inputs.')) return false; // inputs: see WF005
  if (lower.startsWith('github.event.')) {
    const leaf = lower.slice(lower.lastIndexOf('.') + 1);
    return !FIXED_EVENT_LEAF.test(leaf);
  }
  return true;
}

/** The input name for `inputs.<name>` and `github.event.inputs.<name>`. */
export function inputName(path: string): string | undefined {
  const match = /^(?:inputs|github\.event\.inputs)\.([^.]+)$/i.exec(path);
  return match && match[1] !== '*' ? match[1] : undefined;
}
