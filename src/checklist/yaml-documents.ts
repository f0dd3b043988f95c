/**
 * YAML files as located documents: every document of a (multi-document) file, its plain value,
 * and `locate(path)` giving the line and column of any node, so a rule's evidence points at the
 * line a person would edit.
 */
import { isCollection, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { InputError } from '../util/errors.js';
import type { Location, YamlDocument } from './types.js';

function locator(doc: Document, file: string, lineCounter: LineCounter) {
  return (path: ReadonlyArray<string | number>): Location => {
    // The nearest existing ancestor: a missing field points at the object that should carry it.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (node && range && (n === 0 || isCollection(node) || typeof node === 'object')) {
        const { line, col } = lineCounter.linePos(range[0]);
        return { file, line, column: col };
      }
    }
    return { file };
  };
}

/**
 * Parses `text` (named `file` in locations and errors) into located documents; empty documents are
 * skipped. YAML 1.1 by default, as kubectl and Compose read their files; workflows pass '1.2'.
 */
export function parseYamlDocuments<T = Record<string, unknown>>(text: string, file: string, version: '1.1' | '1.2' = '1.1'): YamlDocument<T>[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, version, uniqueKeys: false });
  if (!Array.isArray(docs)) return [];
  const out: YamlDocument<T>[] = [];
  docs.forEach((doc, index) => {
    const error = doc.errors[0];
    if (error) throw new InputError(`${file}:${lineCounter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split('\n')[0]}`);
    const value = doc.toJS({ maxAliasCount: 100 }) as T | null;
    if (value === null || value === undefined) return;
    out.push({ file, index, value, locate: locator(doc, file, lineCounter) });
  });
  return out;
}
