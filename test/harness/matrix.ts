/**
 * `strategy.matrix` expanded as GitHub does for the simple cases: the cross product of the
 * listed values, `exclude` entries removed (a partial match excludes), then each `include` entry
 * either extends every combination it matches or is added as a combination of its own.
 */
import type { Value } from './expressions.js';

type Combination = Record<string, Value>;

function matches(combination: Combination, partial: Combination, keys: (k: string) => boolean): boolean {
  return Object.entries(partial).every(([k, v]) => !keys(k) || JSON.stringify(combination[k]) === JSON.stringify(v));
}

/** [undefined] when the job has no matrix: it runs once. */
export function expandMatrix(strategy: Value): Array<Combination | undefined> {
  const matrix = strategy && typeof strategy === 'object' && !Array.isArray(strategy) ? strategy.matrix : undefined;
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) return [undefined];
  const { include, exclude, ...axes } = matrix as Record<string, Value>;
  let combinations: Combination[] = Object.keys(axes).length ? [{}] : [];
  for (const [axis, values] of Object.entries(axes)) {
    if (!Array.isArray(values)) throw new Error(`strategy.matrix.${axis} must be a list`);
    combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [axis]: v })));
  }
  for (const entry of (Array.isArray(exclude) ? exclude : []) as Combination[]) {
    combinations = combinations.filter((c) => !matches(c, entry, () => true));
  }
  const original = new Set(Object.keys(axes));
  for (const entry of (Array.isArray(include) ? include : []) as Combination[]) {
    const targets = combinations.filter((c) => matches(c, entry, (k) => original.has(k)));
    if (targets.length) for (const t of targets) Object.assign(t, entry);
    else combinations.push({ ...entry });
  }
  return combinations.length ? combinations : [undefined];
}
