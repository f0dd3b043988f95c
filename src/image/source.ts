/** Parses image sources written in the transport syntax skopeo and podman users know. */
import { InputError } from '../util/errors.js';
import type { SourceRef, Transport } from './types.js';

const FORMS = 'docker-archive:PATH[:REF], oci:DIR[:TAG], oci-archive:PATH[:TAG], docker-daemon:REF or docker://REF';

/** Splits `PATH[:REF]` on the first colon, as skopeo does (a path cannot hold a colon). */
function splitPathAndTag(rest: string): { path: string; tag?: string } {
  const colon = rest.indexOf(':');
  if (colon < 0) return { path: rest };
  const tag = rest.slice(colon + 1);
  return tag ? { path: rest.slice(0, colon), tag } : { path: rest.slice(0, colon) };
}

export function parseSource(text: string): SourceRef {
  const value = text.trim();
  const make = (transport: Transport, reference: string, extra: Partial<SourceRef> = {}): SourceRef => ({
    transport,
    reference,
    display: value,
    ...extra,
  });
  if (value.startsWith('docker://')) {
    const reference = value.slice('docker://'.length);
    if (!reference) throw new InputError(`image source "${value}": missing the image reference after docker://`);
    return make('docker', reference);
  }
  const colon = value.indexOf(':');
  const prefix = colon > 0 ? value.slice(0, colon) : '';
  const rest = colon > 0 ? value.slice(colon + 1) : '';
  switch (prefix) {
    case 'docker-archive':
    case 'oci':
    case 'oci-archive': {
      const { path, tag } = splitPathAndTag(rest);
      if (!path) throw new InputError(`image source "${value}": missing the path after ${prefix}:`);
      return make(prefix, rest, { path, tag });
    }
    case 'docker-daemon':
      if (!rest) throw new InputError(`image source "${value}": missing the image reference after docker-daemon:`);
      return make('docker-daemon', rest, { path: rest });
    default:
      throw new InputError(`image source "${value}": unknown transport; use one of ${FORMS}`);
  }
}
