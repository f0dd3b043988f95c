import type { Rule } from '../types.js';

/** Placeholder until this group's rules land (another engineer's file). */
export const rules: Rule[] = [];
