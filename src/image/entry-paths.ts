/**
 * Path rules for layer entries: names are normalised to absolute paths inside the image, names
 * that are absolute or climb out of the root are refused, hard links must point at an entry
 * seen before them in the layer, and an entry may not sit under a symlink chain that loops.
 */
import { InputError } from '../util/errors.js';
import type { LayerEntry } from './types.js';

/** `./usr/bin/` → `/usr/bin`; refuses absolute names and `..` that leaves the root. */
export function normaliseEntryPath(name: string, where: string): string {
  if (name.startsWith('/')) throw new InputError(`${where}: entry "${name}" has an absolute name (layer entries are relative to the root)`);
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) throw new InputError(`${where}: entry "${name}" climbs out of the root with ".."`);
      parts.pop();
    } else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Resolves a symlink target against the directory holding the link. */
function resolveTarget(linkPath: string, target: string): string {
  const base = target.startsWith('/') ? [] : linkPath.split('/').slice(1, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') base.pop();
    else base.push(part);
  }
  return `/${base.join('/')}`;
}

const MAX_HOPS = 40; // the kernel's limit (MAXSYMLINKS)

export class LayerPathTracker {
  private readonly seen = new Set<string>();
  private readonly symlinks = new Map<string, string>();

  constructor(private readonly where: string) {}

  add(entry: LayerEntry): void {
    if (entry.type === 'hardlink' && !this.seen.has(entry.linkTarget!)) {
      throw new InputError(`${this.where}: hard link ${entry.path} points at ${entry.linkTarget}, which is not in the layer before it`);
    }
    if (this.symlinks.size > 0) this.checkAncestors(entry.path);
    this.seen.add(entry.path);
    if (entry.type === 'symlink') this.symlinks.set(entry.path, resolveTarget(entry.path, entry.linkTarget ?? ''));
    else this.symlinks.delete(entry.path);
  }

  /** An entry whose parent directory is reached through symlinks must resolve within 40 hops. */
  private checkAncestors(path: string): void {
    for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
      const ancestor = path.slice(0, i);
      if (this.symlinks.has(ancestor)) this.resolve(ancestor, path);
    }
  }

  private resolve(start: string, entryPath: string): void {
    let current = start;
    for (let hops = 0; hops <= MAX_HOPS; hops++) {
      const next = this.nextHop(current);
      if (next === undefined) return;
      current = next;
    }
    throw new InputError(`${this.where}: entry ${entryPath} sits under ${start}, a symlink chain that loops (more than ${MAX_HOPS} hops)`);
  }

  /** One step of resolution: the first symlinked prefix of `path` replaced by its target. */
  private nextHop(path: string): string | undefined {
    let end = path.length;
    while (end > 0) {
      const prefix = path.slice(0, end);
      const target = this.symlinks.get(prefix);
      if (target !== undefined) return target + path.slice(end);
      end = path.lastIndexOf('/', end - 1);
    }
    return undefined;
  }
}
