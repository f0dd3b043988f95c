import { InputError } from '../../util/errors.js';
import type { ReadOptions, ResolvedImage, SourceRef } from '../types.js';

export async function resolveRegistryImage(ref: SourceRef, _options: ReadOptions): Promise<ResolvedImage> {
  throw new InputError(`${ref.display}: the docker:// transport is not built yet`);
}
