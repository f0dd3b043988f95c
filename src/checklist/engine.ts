/**
 * The checklist engine: runs every rule over the parsed inputs and decides verdicts. A rule whose
 * inputs were not given is `not-checked` (never passed); one that found nothing of its concern is
 * `not-applicable`; a failing check is `exempted` only by an exemption with a reason (and, from the
 * central file, not expired). Pure: no I/O, no environment; `today` comes from the caller.
 */
import { CommentDirectives, findFileExemption, findLocalExemption, isExpired, type Exemption, type ExemptionFileEntry, type RefusedExemption } from './exemptions.js';
import type { Check, ChecklistInputs, InputKind, Rule, Severity, Verdict } from './types.js';

export type FailOn = Severity | 'none';

export type CheckStatus = 'passed' | 'failed' | 'exempted';

export interface EvaluatedCheck extends Omit<Check, 'exemption'> {
  status: CheckStatus;
  /** The exemption honoured (status exempted), or the expired one that did not hold (status failed). */
  exemption?: Exemption;
  expired?: boolean;
}

export interface RuleResult {
  rule: Rule;
  verdict: Verdict;
  checks: EvaluatedCheck[];
  /** Why the rule is not checked: the inputs it lacks, or what its inputs do not say. */
  notChecked?: string;
}

export interface ChecklistResult {
  results: RuleResult[];
  /** Every exemption honoured, and every one refused (no reason, expired, disallowed). */
  exemptions: { used: Exemption[]; refused: RefusedExemption[] };
  failOn: FailOn;
  /** Some rule at or above `failOn` failed. */
  failed: boolean;
  counts: Record<Verdict, number>;
}

export interface RunChecklistOptions {
  failOn?: FailOn;
  /** The central exemptions file's entries (and the ones it refused for lack of a reason). */
  exemptionsFile?: { entries: ExemptionFileEntry[]; refused: RefusedExemption[] };
  /** Every exemption is refused: the report still lists them. */
  disallowExemptions?: boolean;
  /** YYYY-MM-DD, for expiry (default today in UTC). */
  today?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Whether a failure of `severity` fails a run with `failOn`. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

const INPUT_FIELD: Record<InputKind, keyof ChecklistInputs> = {
  spec: 'spec',
  dockerfile: 'dockerfile',
  dockerignore: 'dockerignore',
  image: 'image',
  compose: 'compose',
  manifests: 'manifests',
  cloud: 'cloud',
  workflows: 'workflows',
  'scan-report': 'scanReport',
  'health-report': 'healthReport',
};

/** The inputs a rule lacks, as a sentence; undefined when it can run. */
export function missingInputs(rule: Rule, inputs: ChecklistInputs): string | undefined {
  const given = (kind: InputKind) => inputs[INPUT_FIELD[kind]] !== undefined;
  const missing = rule.needs.filter((k) => !given(k));
  if (missing.length) return `needs ${missing.join(', ')}`;
  if (rule.needsAnyOf?.length && !rule.needsAnyOf.some(given)) return `needs one of ${rule.needsAnyOf.join(', ')}`;
  return undefined;
}

class ExemptionLedger {
  readonly used: Exemption[] = [];
  readonly refused: RefusedExemption[] = [];
  private readonly usedKeys = new Set<string>();
  private readonly directives = new Map<string, CommentDirectives | undefined>();

  constructor(
    private readonly inputs: ChecklistInputs,
    private readonly options: RunChecklistOptions,
    private readonly today: string,
  ) {
    this.refused.push(...(options.exemptionsFile?.refused ?? []));
  }

  comments = (file: string): CommentDirectives | undefined => {
    if (!this.directives.has(file)) {
      const text = this.inputs.sources?.[file] ?? (this.inputs.dockerfile?.file === file ? this.inputs.dockerfile.text : undefined);
      this.directives.set(file, text === undefined ? undefined : new CommentDirectives(text));
    }
    return this.directives.get(file);
  };

  /** Decides one failing check. */
  decide(rule: Rule, check: Check): EvaluatedCheck {
    const { exemption: _source, ...plain } = check;
    const local = findLocalExemption(rule, check, this.comments);
    const entry = this.options.exemptionsFile ? findFileExemption(this.options.exemptionsFile.entries, rule, check) : undefined;
    const fromFile: Exemption | undefined = entry && { rule: rule.id, reason: entry.reason, origin: 'file', where: entry.where, expires: entry.expires, target: entry.target };
    if (local && 'refused' in local) this.refused.push({ ...local.refused, subject: check.subject });
    const found = local && 'exemption' in local ? local.exemption : fromFile;
    if (!found) return { ...plain, status: 'failed' };
    if (this.options.disallowExemptions) {
      this.refused.push({ rule: rule.id, origin: found.origin, where: found.where, why: 'exemptions are disallowed (--disallow-exemptions)', subject: check.subject });
      return { ...plain, status: 'failed' };
    }
    if (isExpired(found.expires, this.today)) {
      this.refused.push({ rule: rule.id, origin: found.origin, where: found.where, why: `expired on ${found.expires}`, subject: check.subject });
      return { ...plain, message: `${plain.message} (exemption expired on ${found.expires})`, status: 'failed', exemption: found, expired: true };
    }
    // One exemption covers several checks (a file-wide comment, an object's annotation): listed once.
    const key = JSON.stringify([found.rule, found.origin, found.where, found.reason]);
    if (!this.usedKeys.has(key)) {
      this.usedKeys.add(key);
      this.used.push({ ...found });
    }
    return { ...plain, status: 'exempted', exemption: found };
  }
}

function verdictOf(checks: EvaluatedCheck[]): Verdict {
  if (!checks.length) return 'not-applicable';
  if (checks.some((c) => c.status === 'failed')) return 'failed';
  if (checks.some((c) => c.status === 'exempted')) return 'exempted';
  return 'passed';
}

/** Runs `rules` over `inputs`. Rule ids must be unique (the registry's test keeps them so). */
export function runChecklist(rules: readonly Rule[], inputs: ChecklistInputs, options: RunChecklistOptions = {}): ChecklistResult {
  const failOn = options.failOn ?? 'error';
  const ledger = new ExemptionLedger(inputs, options, options.today ?? new Date().toISOString().slice(0, 10));
  const results: RuleResult[] = rules.map((rule) => {
    const notChecked = missingInputs(rule, inputs) ?? rule.unavailable?.(inputs);
    if (notChecked) return { rule, verdict: 'not-checked', checks: [], notChecked };
    const checks = rule.check(inputs).map((check): EvaluatedCheck => {
      if (check.passed) {
        const { exemption: _source, ...plain } = check;
        return { ...plain, status: 'passed' };
      }
      return ledger.decide(rule, check);
    });
    return { rule, verdict: verdictOf(checks), checks };
  });
  const counts: Record<Verdict, number> = { passed: 0, failed: 0, exempted: 0, 'not-checked': 0, 'not-applicable': 0 };
  for (const r of results) counts[r.verdict]++;
  const failed = results.some((r) => r.verdict === 'failed' && failsAt(r.rule.severity, failOn));
  return { results, exemptions: { used: ledger.used, refused: ledger.refused }, failOn, failed, counts };
}
