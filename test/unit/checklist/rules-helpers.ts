/** For the rule tests: inputs from YAML text, a rule by id, its checks in short, one rule run through the engine. */
import { runChecklist, type RuleResult } from '../../../src/checklist/engine.js';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import type { Check, ChecklistInputs, Rule } from '../../../src/checklist/types.js';

export const manifests = (text: string, file = 'k8s.yaml'): ChecklistInputs => ({ manifests: parseYamlDocuments(text, file) });
export const compose = (text: string, file = 'compose.yaml'): ChecklistInputs => ({ compose: parseYamlDocuments(text, file) });

export function ruleOf(rules: readonly Rule[], id: string): Rule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** Each check as `{passed, line, subject}`, in order: what a test asserts about verdict and evidence. */
export function verdicts(checks: Check[]): Array<{ passed: boolean; line?: number; subject?: string }> {
  return checks.map((c) => ({ passed: c.passed, line: c.location?.line, subject: c.subject }));
}

/** The object-level verdict a tool reports: failed when any check failed, not-applicable when none. */
export function verdictOf(checks: Check[]): 'passed' | 'failed' | 'not-applicable' {
  if (checks.length === 0) return 'not-applicable';
  return checks.every((c) => c.passed) ? 'passed' : 'failed';
}

/** One rule of `rules` through the engine (exemptions and verdict included). */
export function runRule(rules: readonly Rule[], id: string, inputs: ChecklistInputs): RuleResult {
  return runChecklist([ruleOf(rules, id)], inputs).results[0]!;
}

/** Where each failed check points: `file:line`, or `file:pointer` for a report. */
export const failedAt = (r: RuleResult): string[] => r.checks.filter((c) => c.status === 'failed').map((c) => `${c.location?.file}:${c.location?.line ?? c.location?.pointer}`);

/** Deployment `weather` with one container `server` running `image` (its image on line 10), then `more` (container fields at 10 spaces). */
export const weatherDeployment = (image: string, more = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: weather
spec:
  template:
    spec:
      containers:
        - name: server
          image: ${image}
${more}`;
