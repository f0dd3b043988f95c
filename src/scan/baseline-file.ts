/** Reading a baseline file (YAML or JSON): loaded only by a scan that is given one. */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { InputError } from '../util/errors.js';
import { globToRegExp, type Baseline, type BaselineEntry } from './baseline.js';

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

