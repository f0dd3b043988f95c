/**
 * The first thing every action bundle runs, on Node's built-ins alone, before the action's own
 * module (and @actions/core with it) is loaded.
 *
 * Why hand-written: @actions/core loads its HTTP client (undici, about 1 MB of JavaScript) for
 * OIDC at import, which alone takes about 4x a bare Node 24 start; every step of a workflow pays
 * it. bench/cold-start.mjs measures the difference. So a missing required input fails here in a
 * bare start, with the same message and the same input-to-variable mapping as core.getInput and
 * core.setFailed, and the step's first log line says what it is about to do before the engine
 * loads. V8's compile cache (Node 22.1+) makes the bundle's load cheaper for the steps after it.
 */
import module from 'node:module';

/** What @actions/core reads for an input: INPUT_ + the name with spaces as _, upper-cased. */
function rawInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Escapes a workflow command's data as @actions/core does (%, CR, LF). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Image references and transport sources only; anything else is not echoed (it could be a secret pasted in the wrong input). */
const PRINTABLE = /^[A-Za-z0-9._:/@+-]{1,512}$/;
/** A URL's user-info (`//user:pass@host`) is never echoed, nor anything that looks like a workflow command. */
const USERINFO = /\/\/[^/]*@/;
const printable = (value: string) => value === '' || (PRINTABLE.test(value) && !USERINFO.test(value) && !value.includes('::'));

export interface Preflight {
  /** The action's name, for its first line. */
  action: string;
  /** Inputs the action cannot run without (as `required: true` in its action.yml). */
  required: string[];
  /** Inputs whose values are echoed on the first line when they look like image references. */
  echo?: string[];
}

/**
 * Checks the required inputs and prints the step's first line. Returns false (exit code 1 set,
 * `::error::` printed) when one is missing: the caller then loads nothing more.
 */
export function preflight({ action, required, echo = [] }: Preflight): boolean {
  for (const name of required) {
    if (rawInput(name) === '') {
      process.stdout.write(`::error::${escapeData(`Input required and not supplied: ${name}`)}\n`);
      process.exitCode = 1;
      return false;
    }
  }
  // Where the runtime has it; a cache that cannot be written only costs the speed-up.
  (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache?.();
  const shown = echo
    .map((name) => [name, rawInput(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name} ${value.split(/[\n,]/).every((v) => printable(v.trim())) ? value.replace(/\s*\n\s*/g, ', ') : '(given)'}`);
  process.stdout.write(`mcp-orchestrator ${action}${shown.length ? `: ${shown.join('; ')}` : ''}\n`);
  return true;
}
