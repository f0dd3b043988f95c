/**
 * Exemptions: a failing check is accepted only with a reason a reader can check. They come from
 * next to the thing checked (a Kubernetes annotation, a comment in a Dockerfile or workflow, a
 * compose extension field), aligned foreign annotations that carry a reason (kube-linter's,
 * checkov's), or a central exemptions file with an expiry. One without a reason is refused and
 * reported; an expired one fails like the rule and says so.
 *
 * Comments: `# mcp-orchestrator ignore=RULE[,RULE] reason="..."` exempts the finding on its own line
 * (a trailing comment), or on the first line after a run of comment lines it belongs to; a comment
 * in the file's opening comment block (before any instruction or key) exempts the whole file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InputError } from '../util/errors.js';
import type { AlignedChecks, Check, ExemptionSource, Location, Rule } from './types.js';

export type ExemptionOrigin = 'annotation' | 'kube-linter' | 'checkov' | 'comment' | 'compose' | 'file';

export interface Exemption {
  rule: string;
  reason: string;
  origin: ExemptionOrigin;
  /** Where the exemption is written. */
  where: Location;
  /** Central file only: `YYYY-MM-DD`, the last day it holds. */
  expires?: string;
  /** Central file only: the subject glob. */
  target?: string;
}

/** An exemption that was found but not honoured, and why. */
export interface RefusedExemption {
  rule: string;
  origin: ExemptionOrigin;
  where: Location;
  why: string;
  subject?: string;
}

export interface ExemptionFileEntry {
  id: string;
  target: string;
  reason: string;
  expires?: string;
  pattern: RegExp;
  idPattern: RegExp;
  where: Location;
}

/** `*` any run of characters (subjects hold `/`), `?` one character; the rest literal. */
export function subjectGlob(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a central exemptions file: a list (or `exemptions:` list) of `{id, target, reason, expires}`. */
export function parseExemptionsFile(text: string, file: string): { entries: ExemptionFileEntry[]; refused: RefusedExemption[] } {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new InputError(`exemptions ${file}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { exemptions?: unknown } | null)?.exemptions;
  if (!Array.isArray(list)) throw new InputError(`exemptions ${file}: expected a list of entries under "exemptions"`);
  const entries: ExemptionFileEntry[] = [];
  const refused: RefusedExemption[] = [];
  list.forEach((raw, i) => {
    const e = raw as Record<string, unknown> | null;
    const where = { file, pointer: `/exemptions/${i}` };
    const at = `exemptions ${file}: entry ${i + 1}`;
    if (!e || typeof e !== 'object') throw new InputError(`${at}: expected an object with id, target, reason and expires`);
    if (typeof e.id !== 'string' || !/^[A-Z]{2,4}\d{3}$|^[A-Z]{2,4}\*$/.test(e.id)) throw new InputError(`${at}: "id" must be a rule id such as HRD001 (or a group such as HRD*)`);
    const target = e.target === undefined ? '*' : e.target;
    if (typeof target !== 'string' || target === '') throw new InputError(`${at}: "target" must be a subject glob such as Deployment/api`);
    const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : e.expires;
    if (expires !== undefined && (typeof expires !== 'string' || !DATE.test(expires))) throw new InputError(`${at}: "expires" must be a date YYYY-MM-DD`);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') {
      refused.push({ rule: e.id, origin: 'file', where, why: 'no reason given (add reason: "...")', subject: target });
      return;
    }
    entries.push({ id: e.id, target, reason: e.reason.trim(), expires: expires as string | undefined, pattern: subjectGlob(target), idPattern: subjectGlob(e.id), where });
  });
  return { entries, refused };
}

export function loadExemptionsFile(path: string, display = path): { entries: ExemptionFileEntry[]; refused: RefusedExemption[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`--exemptions ${display}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseExemptionsFile(text, display);
}

export type Found = { exemption: Exemption } | { refused: RefusedExemption } | undefined;

const ANNOTATION_PREFIX = 'mcp-orchestrator.io/ignore-';

/** From `metadata.annotations`: ours first, then the aligned kube-linter and checkov ones. */
function fromAnnotations(rule: Rule, annotations: Record<string, string> | undefined, where: Location, aligned: AlignedChecks): Found {
  if (!annotations) return undefined;
  const own = annotations[`${ANNOTATION_PREFIX}${rule.id}`];
  if (own !== undefined) {
    const reason = String(own).trim();
    return reason ? { exemption: { rule: rule.id, reason, origin: 'annotation', where } } : { refused: { rule: rule.id, origin: 'annotation', where, why: `annotation ${ANNOTATION_PREFIX}${rule.id} has no reason (its value is the reason)` } };
  }
  for (const check of aligned['kube-linter'] ?? []) {
    const value = annotations[`ignore-check.kube-linter.io/${check}`];
    if (value === undefined) continue;
    const reason = String(value).trim();
    return reason ? { exemption: { rule: rule.id, reason, origin: 'kube-linter', where } } : { refused: { rule: rule.id, origin: 'kube-linter', where, why: `annotation ignore-check.kube-linter.io/${check} has no reason` } };
  }
  // checkov: `checkov.io/skip1: CKV_K8S_8=the reason`.
  for (const [key, value] of Object.entries(annotations)) {
    if (!/^checkov\.io\/skip\d+$/.test(key)) continue;
    const m = /^\s*([A-Z0-9_]+)\s*(?:=(.*))?$/s.exec(String(value));
    if (!m || !(aligned.checkov ?? []).includes(m[1]!)) continue;
    const reason = (m[2] ?? '').trim();
    return reason ? { exemption: { rule: rule.id, reason, origin: 'checkov', where } } : { refused: { rule: rule.id, origin: 'checkov', where, why: `annotation ${key} skips ${m[1]} without a reason (write ${m[1]}=reason)` } };
  }
  return undefined;
}

/** From `x-mcp-orchestrator: { ignore: { RULE: reason } }` on the service, then at the top of the compose file. */
function fromComposeExtension(rule: Rule, source: { service?: unknown; top?: unknown }, where: Location): Found {
  for (const holder of [source.service, source.top]) {
    const ext = (holder as Record<string, unknown> | undefined)?.['x-mcp-orchestrator'] as { ignore?: Record<string, unknown> } | undefined;
    const ignore = ext?.ignore;
    if (!ignore || typeof ignore !== 'object' || !(rule.id in ignore)) continue;
    const value = ignore[rule.id];
    const reason = typeof value === 'string' ? value.trim() : '';
    return reason ? { exemption: { rule: rule.id, reason, origin: 'compose', where } } : { refused: { rule: rule.id, origin: 'compose', where, why: `x-mcp-orchestrator.ignore.${rule.id} has no reason (its value is the reason)` } };
  }
  return undefined;
}

interface Directive {
  line: number;
  rules: string[];
  reason?: string;
  origin: 'comment' | 'checkov';
}

const OWN_DIRECTIVE = /#\s*mcp-orchestrator\s+ignore=([A-Z0-9*,]+)(?:\s+reason=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'))?/;
const CHECKOV_DIRECTIVE = /#\s*checkov:skip=([A-Z0-9_]+)(?::(.*))?$/;

/** What one file's comments say, parsed once per file. */
export class CommentDirectives {
  private readonly lines: string[];
  private readonly directives = new Map<number, Directive[]>();
  /** The last line of the file's opening comment block (0 when the file opens with content). */
  private readonly headerEnd: number;

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
    let header = 0;
    let inHeader = true;
    this.lines.forEach((raw, i) => {
      const line = raw.trim();
      if (inHeader && line !== '' && !line.startsWith('#')) inHeader = false;
      if (inHeader) header = i + 1;
      const own = OWN_DIRECTIVE.exec(raw);
      const checkov = CHECKOV_DIRECTIVE.exec(raw);
      const found: Directive[] = [];
      if (own) found.push({ line: i + 1, rules: own[1]!.split(',').filter(Boolean), reason: (own[2] ?? own[3] ?? '').replace(/\\(.)/g, '$1').trim() || undefined, origin: 'comment' });
      if (checkov) found.push({ line: i + 1, rules: [checkov[1]!], reason: checkov[2]?.trim() || undefined, origin: 'checkov' });
      if (found.length) this.directives.set(i + 1, found);
    });
    this.headerEnd = header;
  }

  private isComment(line: number): boolean {
    return (this.lines[line - 1] ?? '').trim().startsWith('#');
  }

  /** The directives that apply to `line`: on it, in the comment lines directly above it, or in the file's header. */
  applying(line: number | undefined): Directive[] {
    const out: Directive[] = [];
    if (line !== undefined) {
      out.push(...(this.directives.get(line) ?? []));
      for (let l = line - 1; l >= 1 && this.isComment(l); l--) out.push(...(this.directives.get(l) ?? []));
    }
    for (let l = 1; l <= this.headerEnd; l++) if (!out.some((d) => d.line === l)) out.push(...(this.directives.get(l) ?? []));
    return out;
  }
}

function fromComments(rule: Rule, directives: CommentDirectives | undefined, location: Location | undefined, aligned: AlignedChecks): Found {
  if (!directives || !location) return undefined;
  for (const d of directives.applying(location.line)) {
    const own = d.origin === 'comment' && d.rules.some((r) => subjectGlob(r).test(rule.id));
    const foreign = d.origin === 'checkov' && d.rules.some((r) => (aligned.checkov ?? []).includes(r));
    if (!own && !foreign) continue;
    const where = { file: location.file, line: d.line };
    if (!d.reason) {
      return { refused: { rule: rule.id, origin: d.origin, where, why: d.origin === 'comment' ? 'the ignore comment has no reason="..."' : 'the checkov:skip comment has no reason (write ID:reason)' } };
    }
    return { exemption: { rule: rule.id, reason: d.reason, origin: d.origin, where } };
  }
  return undefined;
}

/** Reads what exempts one failing check next to its subject (not the central file). */
export function findLocalExemption(rule: Rule, check: Check, comments: (file: string) => CommentDirectives | undefined): Found {
  const where: Location = check.location ?? { file: '(unknown)' };
  const source: ExemptionSource | undefined = check.exemption ?? (check.location ? { kind: 'comments' } : undefined);
  if (!source) return undefined;
  switch (source.kind) {
    case 'annotations':
      return fromAnnotations(rule, source.annotations, where, check.aligned ?? rule.aligned);
    case 'compose-extension':
      return fromComposeExtension(rule, source, where);
    case 'comments':
      return check.location ? fromComments(rule, comments(check.location.file), check.location, check.aligned ?? rule.aligned) : undefined;
  }
}

/** The central file's entry for a check: its rule id and subject (or its object, or file) match. */
export function findFileExemption(entries: ExemptionFileEntry[], rule: Rule, check: Check): ExemptionFileEntry | undefined {
  const subjects = [check.subject, check.object, check.location?.file].filter((s): s is string => s !== undefined);
  return entries.find((e) => e.idPattern.test(rule.id) && subjects.some((s) => e.pattern.test(s)));
}

/** Whether an entry has expired on `today` (YYYY-MM-DD): it holds through its `expires` day. */
export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && expires < today;
}
