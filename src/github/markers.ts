/**
 * Hidden markers: HTML comments that find a comment or an issue again
 * (`<!-- mcp-orchestrator:preview:weather -->`). GitHub renders them as nothing; the name in one
 * comes from an input, so it is held to a grammar that cannot close the comment early.
 */
import { InputError } from '../util/errors.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,99}$/;

/** A marker name (a preview name, a deployment), refused unless it is plain. */
export function markerName(value: string, where: string): string {
  if (!NAME.test(value) || value.includes('--')) {
    throw new InputError(`${where}: "${value}" is not a plain name (letters, digits and . _ / : @ + -, at most 100, no "--")`);
  }
  return value;
}

export function hiddenMarker(kind: string, name: string): string {
  return `<!-- mcp-orchestrator:${kind}:${name} -->`;
}

/** Whether `body` carries the marker on a line of its own (a quote of it inside text does not count). */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return (body ?? '').split(/\r?\n/).some((line) => line.trim() === marker);
}
