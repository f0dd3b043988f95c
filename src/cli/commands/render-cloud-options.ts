/** The flags only the cloud targets of `render` take; the other targets refuse them by name. */
import { InputError } from '../../util/errors.js';

export const CLOUD_OPTIONS = {
  sha: { type: 'string' },
  'revision-suffix': { type: 'string' },
  stage: { type: 'string' },
  tag: { type: 'string' },
  'serving-revision': { type: 'string' },
} as const;

export function refuseCloudOptions(values: Record<string, unknown>, target: string): void {
  const given = Object.keys(CLOUD_OPTIONS).find((name) => values[name] !== undefined);
  if (given) throw new InputError(`render: --${given} is an option of the cloud targets (cloudrun, ecs, containerapps), not of ${target}`);
}
