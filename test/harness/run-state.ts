/** State shared by every job of one rehearsal: the log (masked), records, annotations, secrets. */
import type { Annotation } from '../helpers/run-action.js';
import { defaultDoubles, type ThirdPartyDouble } from './third-party.js';
import type { RehearsalOptions } from './types.js';

/** How the shipped workflows name this repository's own actions (`<this>/actions/<name>@<ref>`). */
export const SELF_REPOSITORY = 'OWNER/mcp-server-orchestrator';

export class RunState {
  readonly doubles = new Map<string, ThirdPartyDouble>();
  readonly records: Record<string, Array<Record<string, unknown>>> = {};
  readonly missing: string[] = [];
  readonly annotations: Annotation[] = [];
  /** Values the runner masks: every secret, and every ::add-mask:: value. */
  readonly masks = new Set<string>();
  /** Workspaces, RUNNER_TEMPs and HOMEs of the jobs, removed at the end. */
  readonly dirs: string[] = [];
  private readonly lines: string[] = [];

  constructor(
    readonly options: RehearsalOptions,
    readonly root: string,
  ) {
    for (const d of [...defaultDoubles, ...(options.doubles ?? [])]) this.doubles.set(d.action, d);
    for (const value of Object.values(options.secrets ?? {})) this.addMask(value);
  }

  addMask(value: string): void {
    // The runner ignores masks of very short values; so does the harness (they would hide everything).
    if (value.trim().length >= 3) {
      this.masks.add(value);
      for (const line of value.split(/\r?\n/)) if (line.trim().length >= 3) this.masks.add(line);
    }
  }

  mask(text: string): string {
    let out = text;
    for (const value of [...this.masks].sort((a, b) => b.length - a.length)) out = out.split(value).join('***');
    return out;
  }

  /** True when `text` holds a secret or masked value (the runner then drops a job output). */
  holdsMasked(text: string): boolean {
    return [...this.masks].some((value) => text.includes(value));
  }

  log(text: string): void {
    const masked = this.mask(text.replace(/\n$/, ''));
    this.lines.push(masked);
    if (this.options.verbose || process.env.REHEARSAL_LOG === '1') process.stderr.write(`${masked}\n`);
  }

  record(action: string, entry: Record<string, unknown>): void {
    (this.records[action] ??= []).push(entry);
  }

  get text(): string {
    return this.lines.join('\n');
  }
}
