/** .dockerignore matching as Docker does it, for SEC003: patterns, negations, parent folders. */

/** `**` any depth, `*` within a segment, `?` one character; as Docker's patterns (filepath.Match plus `**`). */
function ignorePattern(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
      if (pattern[i] === '/') re += '/?';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether `.dockerignore` text excludes `path` (or one of its parent folders); the last matching line wins. */
export function dockerignoreExcludes(text: string, path: string): boolean {
  const rules = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negated = l.startsWith('!');
      const body = (negated ? l.slice(1) : l).trim().replace(/^(?:\.\/|\/)+/, '').replace(/\/+$/, '');
      return { negated, re: ignorePattern(body) };
    });
  const parts = path.split('/');
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let excluded = false;
  for (const rule of rules) if (candidates.some((c) => rule.re.test(c))) excluded = !rule.negated;
  return excluded;
}
