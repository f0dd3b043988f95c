/**
 * The baseline: accepted findings, by fingerprint, rule or path glob, each with the reason a
 * reader can check. An entry with several selectors matches only when all of them do. Reading
 * the file is baseline-file.ts (it needs the YAML parser, which a scan without a baseline does not
 * load).
 */
import type { Finding } from './types.js';

export interface BaselineEntry {
  fingerprint?: string;
  rule?: string;
  path?: string;
  reason: string;
}

export interface Baseline {
  file: string;
  entries: Array<BaselineEntry & { pathPattern?: RegExp }>;
}

/** `**` any depth, `*` within one segment, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The baseline entry that accepts a finding, if any. */
export function acceptedBy(baseline: Baseline | undefined, finding: Finding): BaselineEntry | undefined {
  return baseline?.entries.find(
    (e) =>
      (!e.fingerprint || e.fingerprint === finding.fingerprint) &&
      (!e.rule || e.rule === finding.rule) &&
      (!e.pathPattern || (finding.path !== undefined && e.pathPattern.test(finding.path))),
  );
}
