/**
 * Image tags by docker/metadata-action's conventions: `sha-<7>` always; the branch name on a push
 * to a branch (sanitised; the default branch also gets `latest`... only when asked); `pr-N` on a
 * pull request; on a semver tag `vX.Y.Z` the tags `X.Y.Z`, `X.Y`, `X` and `latest` (the last three
 * not for pre-releases).
 */
export interface TagContext {
  /** GITHUB_REF: refs/heads/main, refs/pull/12/merge, refs/tags/v1.2.3. */
  ref?: string;
  sha?: string;
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** A tag as docker accepts it: [A-Za-z0-9_.-], at most 128, not starting with . or -. */
export function sanitizeTag(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '').slice(0, 128);
}

export function computeTags(ctx: TagContext): string[] {
  const tags: string[] = [];
  const ref = ctx.ref ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^refs\/tags\/(.+)$/.exec(ref))) {
    const semver = SEMVER.exec(m[1]!);
    if (semver) {
      const [, major, minor, patch, pre] = semver;
      tags.push(`${major}.${minor}.${patch}${pre ?? ''}`);
      if (!pre) tags.push(`${major}.${minor}`, ...(major !== '0' ? [major!] : []), 'latest');
    } else tags.push(sanitizeTag(m[1]!));
  } else if ((m = /^refs\/pull\/(\d+)\//.exec(ref))) {
    tags.push(`pr-${m[1]}`);
  } else if ((m = /^refs\/heads\/(.+)$/.exec(ref))) {
    tags.push(sanitizeTag(m[1]!));
  }
  if (ctx.sha && /^[0-9a-f]{7,40}$/.test(ctx.sha)) tags.push(`sha-${ctx.sha.slice(0, 7)}`);
  return [...new Set(tags.filter(Boolean))];
}
