/**
 * The baseline: accepted findings, by fingerprint, rule or path glob, each with the reason a
 * reader can check. An entry with several selectors matches only when all of them do.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { InputError } from '../util/errors.js';
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

export function parseBaseline(text: string, file: string): Baseline {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new InputError(`baseline ${file}: not valid YAML or JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(list)) throw new InputError(`baseline ${file}: expected a list of entries under "accepted"`);
  const entries = list.map((raw, i) => {
    const e = raw as Partial<BaselineEntry> | null;
    const where = `baseline ${file}: entry ${i + 1}`;
    if (!e || typeof e !== 'object') throw new InputError(`${where}: expected an object`);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') throw new InputError(`${where}: "reason" is required (say why this finding is accepted)`);
    if (!e.fingerprint && !e.rule && !e.path) throw new InputError(`${where}: give at least one of fingerprint, rule or path`);
    return { ...e, reason: e.reason, pathPattern: e.path ? globToRegExp(e.path) : undefined };
  });
  return { file, entries };
}

export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`baseline ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseBaseline(text, file);
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
