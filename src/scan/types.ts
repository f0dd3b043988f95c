/** The scan's public types: rules, findings and the JSON report. */
export const severities = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof severities)[number];
export type FailOn = Severity | 'none';

export type Where = 'file' | 'env' | 'label' | 'history' | 'cmd';

export interface Finding {
  rule: string;
  severity: Severity;
  where: Where;
  /** Absolute path in the image (files). */
  path?: string;
  /** Env or label key, or build-arg name. */
  name?: string;
  layer?: { index: number; digest: string; createdBy?: string };
  /** True when the final filesystem no longer holds this content (removed or replaced). */
  deleted?: boolean;
  line?: number;
  /** Redacted: at most the first 4 and the last 2 characters of the secret. */
  match: string;
  fingerprint: string;
}

export interface ScanStats {
  layers: number;
  files: number;
  bytes: number;
  seconds: number;
}

export interface ScanReport {
  image: { source: string; digest: string };
  findings: Finding[];
  /** Findings silenced by the baseline, with the reason the baseline gives. */
  suppressed: Array<Finding & { reason: string }>;
  stats: ScanStats;
}

/** Orders severities: lower number, more severe. */
export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}

/** Whether a finding of `severity` fails a scan run with `failOn`. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}
