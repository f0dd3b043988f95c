/** For the RES/TLS/OBS/SCL/HRD rule tests: inputs from YAML text, a rule by id, its checks in short. */
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
