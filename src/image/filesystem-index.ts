/**
 * Answers, for any path a layer holds, whether it survives into the final filesystem. The image
 * reader's own value: the overlay rules of the OCI image spec applied over every layer's listing.
 * A path of layer i is gone when a later layer j
 *  - whites it out or whites out one of its ancestors (`.wh.NAME`),
 *  - marks one of its ancestor directories opaque (`.wh..wh..opq`),
 *  - puts an entry at the same path, unless both are directories,
 *  - puts a non-directory at one of its ancestors.
 */
import type { EntryType, LayerListing } from './types.js';

interface LayerSets {
  types: Map<string, EntryType>;
  whiteouts: Set<string>;
  opaque: Set<string>;
}

function ancestorsOf(path: string): string[] {
  const result: string[] = [];
  for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) result.push(path.slice(0, i));
  return result;
}

export class FilesystemIndex {
  private readonly layers: LayerSets[] = [];

  constructor(readonly listings: LayerListing[]) {
    const sorted = [...listings].sort((a, b) => a.index - b.index);
    for (const listing of sorted) {
      this.layers[listing.index] = {
        types: new Map(listing.entries.map((e) => [e.path, e.type])),
        whiteouts: new Set(listing.whiteouts),
        opaque: new Set(listing.opaqueDirs),
      };
    }
  }

  /** Whether `path`, as layer `layerIndex` holds it, is still there in the final filesystem. */
  isPresent(path: string, layerIndex: number): boolean {
    const own = this.layers[layerIndex]?.types.get(path);
    const ancestors = ancestorsOf(path);
    for (let j = layerIndex + 1; j < this.layers.length; j++) {
      const later = this.layers[j];
      if (!later) continue;
      if (later.whiteouts.has(path)) return false;
      const laterType = later.types.get(path);
      if (laterType !== undefined && !(laterType === 'directory' && own === 'directory')) return false;
      for (const ancestor of ancestors) {
        if (later.whiteouts.has(ancestor) || later.opaque.has(ancestor)) return false;
        const t = later.types.get(ancestor);
        if (t !== undefined && t !== 'directory') return false;
      }
      if (later.opaque.has('/') && path !== '/') return false;
    }
    return true;
  }

  /** Every path a layer holds that the final filesystem does not, in layer order. */
  deleted(): Array<{ path: string; layer: number }> {
    const result: Array<{ path: string; layer: number }> = [];
    this.layers.forEach((layer, index) => {
      for (const path of layer.types.keys()) {
        if (!this.isPresent(path, index)) result.push({ path, layer: index });
      }
    });
    return result;
  }
}
