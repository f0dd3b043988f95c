export const id = 1732;
export const ids = [1732,4394];
export const modules = {

/***/ 13347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ FilesystemIndex)
/* harmony export */ });
function ancestorsOf(path) {
    const result = [];
    for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1))
        result.push(path.slice(0, i));
    return result;
}
class FilesystemIndex {
    listings;
    layers = [];
    constructor(listings) {
        this.listings = listings;
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
    isPresent(path, layerIndex) {
        const own = this.layers[layerIndex]?.types.get(path);
        const ancestors = ancestorsOf(path);
        for (let j = layerIndex + 1; j < this.layers.length; j++) {
            const later = this.layers[j];
            if (!later)
                continue;
            if (later.whiteouts.has(path))
                return false;
            const laterType = later.types.get(path);
            if (laterType !== undefined && !(laterType === 'directory' && own === 'directory'))
                return false;
            for (const ancestor of ancestors) {
                if (later.whiteouts.has(ancestor) || later.opaque.has(ancestor))
                    return false;
                const t = later.types.get(ancestor);
                if (t !== undefined && t !== 'directory')
                    return false;
            }
            if (later.opaque.has('/') && path !== '/')
                return false;
        }
        return true;
    }
    /** Every path a layer holds that the final filesystem does not, in layer order. */
    deleted() {
        const result = [];
        this.layers.forEach((layer, index) => {
            for (const path of layer.types.keys()) {
                if (!this.isPresent(path, index))
                    result.push({ path, layer: index });
            }
        });
        return result;
    }
}


/***/ }),

/***/ 20596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   HL: () => (/* binding */ manifestAcceptTypes),
/* harmony export */   Qz: () => (/* binding */ parseManifestDocument),
/* harmony export */   md: () => (/* binding */ selectPlatform),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/** Manifest and index documents (Docker schema 2 and OCI), and platform selection. */

const MediaType = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
const manifestAcceptTypes = [MediaType.ociIndex, MediaType.ociManifest, MediaType.dockerManifestList, MediaType.dockerManifest];
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function parseJson(bytes, where) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: invalid JSON (${error.message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: expected a JSON object`);
    return value;
}
function parseDescriptor(value, where) {
    const d = value;
    if (!d || typeof d !== 'object')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: expected a descriptor object`);
    if (typeof d.digest !== 'string' || !DIGEST.test(d.digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: digest ${JSON.stringify(d.digest)} is not a sha256 digest`);
    if (typeof d.size !== 'number' || d.size < 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: size missing or negative`);
    return {
        mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
        digest: d.digest,
        size: d.size,
        platform: d.platform,
        annotations: d.annotations,
    };
}
/** Parses a manifest or an index, validating the fields the reader relies on. */
function parseManifestDocument(bytes, where, mediaTypeHint) {
    const doc = parseJson(bytes, where);
    const mediaType = (typeof doc.mediaType === 'string' && doc.mediaType) || mediaTypeHint || '';
    if (doc.schemaVersion === 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: Docker schema 1 manifests are not supported (re-push the image with a current client)`);
    if (Array.isArray(doc.manifests) || mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList) {
        if (!Array.isArray(doc.manifests))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: index without a "manifests" array`);
        return { kind: 'index', mediaType, manifests: doc.manifests.map((m, i) => parseDescriptor(m, `${where}: manifests[${i}]`)) };
    }
    if (!doc.config)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: manifest without "config"`);
    if (!Array.isArray(doc.layers))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: manifest without a "layers" array`);
    return {
        kind: 'manifest',
        mediaType: mediaType || MediaType.ociManifest,
        config: parseDescriptor(doc.config, `${where}: config`),
        layers: doc.layers.map((l, i) => parseDescriptor(l, `${where}: layers[${i}]`)),
    };
}
function parsePlatform(text) {
    const [os, architecture, variant, ...rest] = text.split('/');
    if (!os || !architecture || rest.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`platform "${text}": expected os/arch[/variant], e.g. linux/amd64`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Picks the manifest for a platform; `linux/arm64` matches `linux/arm64/v8` when no variant is asked. */
function selectPlatform(index, wanted, where) {
    const candidates = index.manifests.filter((m) => m.platform && m.platform.os === wanted.os && m.platform.architecture === wanted.architecture);
    const match = wanted.variant ? candidates.find((m) => m.platform?.variant === wanted.variant) : (candidates.find((m) => !m.platform?.variant) ?? candidates[0]);
    if (match)
        return match;
    const available = index.manifests
        .filter((m) => m.platform && m.platform.os !== 'unknown')
        .map((m) => formatPlatform(m.platform));
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: no image for platform ${formatPlatform(wanted)}; the index has ${available.length ? available.join(', ') : 'no platforms'}`);
}


/***/ }),

/***/ 51732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ openImage)
});

// UNUSED EXPORTS: defaultLimits

// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/image/config.ts
var image_config = __webpack_require__(86575);
// EXTERNAL MODULE: ./src/image/filesystem-index.ts
var filesystem_index = __webpack_require__(13347);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(68339);
;// CONCATENATED MODULE: ./src/image/decompress.ts
/**
 * Layer decompression told apart by magic bytes (media types lie in the wild): gzip, zstd or a
 * plain tar. zstd uses node:zlib where the running Node has it (22.15+, 24), fzstd otherwise.
 */



function detectCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
/** A pure-JS zstd stream for Node versions without zlib's. */
class FzstdStream extends external_node_stream_.Transform {
    decoder = new esm/* Decompress */.YM((chunk) => this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
    _transform(chunk, _enc, done) {
        try {
            this.decoder.push(chunk);
            done();
        }
        catch (error) {
            done(error);
        }
    }
    _flush(done) {
        try {
            this.decoder.push(new Uint8Array(0), true);
            done();
        }
        catch (error) {
            done(error);
        }
    }
}
/**
 * zlib's output chunk: 1 MiB rather than the default 16 KiB or 128 KiB means a few hundred
 * callbacks into JavaScript per layer instead of thousands (bench/scan.mjs measures the sizes
 * for its floor; from 256 KiB up they cost about the same).
 */
const DECOMPRESS_CHUNK = 1024 * 1024;
function createDecompressor(kind) {
    if (kind === 'gzip')
        return external_node_zlib_.createGunzip({ chunkSize: DECOMPRESS_CHUNK });
    if (kind === 'zstd') {
        const native = external_node_zlib_.createZstdDecompress;
        return native ? native() : new FzstdStream();
    }
    return null;
}
/** Reads the first bytes of a stream without consuming them (they are unshifted back). */
function peek(stream, bytes = 4) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            stream.off('readable', onReadable);
            stream.off('end', onEnd);
            stream.off('error', onError);
        };
        const onReadable = () => {
            const chunk = stream.read();
            if (chunk === null)
                return;
            cleanup();
            stream.unshift(chunk);
            resolve(chunk.subarray(0, bytes));
        };
        const onEnd = () => {
            cleanup();
            resolve(Buffer.alloc(0));
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        stream.on('readable', onReadable);
        stream.on('end', onEnd);
        stream.on('error', onError);
    });
}

;// CONCATENATED MODULE: ./src/image/entry-paths.ts
/**
 * Path rules for layer entries: names are normalised to absolute paths inside the image, names
 * that are absolute or climb out of the root are refused, hard links must point at an entry
 * seen before them in the layer, and an entry may not sit under a symlink chain that loops.
 */

/** `./usr/bin/` → `/usr/bin`; refuses absolute names and `..` that leaves the root. */
function normaliseEntryPath(name, where) {
    if (name.startsWith('/'))
        throw new errors/* InputError */.dz(`${where}: entry "${name}" has an absolute name (layer entries are relative to the root)`);
    const parts = [];
    for (const part of name.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                throw new errors/* InputError */.dz(`${where}: entry "${name}" climbs out of the root with ".."`);
            parts.pop();
        }
        else
            parts.push(part);
    }
    return `/${parts.join('/')}`;
}
/** Resolves a symlink target against the directory holding the link. */
function resolveTarget(linkPath, target) {
    const base = target.startsWith('/') ? [] : linkPath.split('/').slice(1, -1);
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            base.pop();
        else
            base.push(part);
    }
    return `/${base.join('/')}`;
}
const MAX_HOPS = 40; // the kernel's limit (MAXSYMLINKS)
class LayerPathTracker {
    where;
    seen = new Set();
    symlinks = new Map();
    constructor(where) {
        this.where = where;
    }
    add(entry) {
        if (entry.type === 'hardlink' && !this.seen.has(entry.linkTarget)) {
            throw new errors/* InputError */.dz(`${this.where}: hard link ${entry.path} points at ${entry.linkTarget}, which is not in the layer before it`);
        }
        if (this.symlinks.size > 0)
            this.checkAncestors(entry.path);
        this.seen.add(entry.path);
        if (entry.type === 'symlink')
            this.symlinks.set(entry.path, resolveTarget(entry.path, entry.linkTarget ?? ''));
        else
            this.symlinks.delete(entry.path);
    }
    /** An entry whose parent directory is reached through symlinks must resolve within 40 hops. */
    checkAncestors(path) {
        for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            const ancestor = path.slice(0, i);
            if (this.symlinks.has(ancestor))
                this.resolve(ancestor, path);
        }
    }
    resolve(start, entryPath) {
        let current = start;
        for (let hops = 0; hops <= MAX_HOPS; hops++) {
            const next = this.nextHop(current);
            if (next === undefined)
                return;
            current = next;
        }
        throw new errors/* InputError */.dz(`${this.where}: entry ${entryPath} sits under ${start}, a symlink chain that loops (more than ${MAX_HOPS} hops)`);
    }
    /** One step of resolution: the first symlinked prefix of `path` replaced by its target. */
    nextHop(path) {
        let end = path.length;
        while (end > 0) {
            const prefix = path.slice(0, end);
            const target = this.symlinks.get(prefix);
            if (target !== undefined)
                return target + path.slice(end);
            end = path.lastIndexOf('/', end - 1);
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/image/layer-stream.ts
/**
 * Streams one layer blob: verifies its digest, decompresses it (gzip, zstd or none, by magic
 * bytes), enforces the size and ratio limits, verifies the diffID where it is the only check, and
 * walks its tar entries with tar-stream, handing each to the caller with whiteouts recorded apart.
 * Nothing touches the disk.
 *
 * One SHA-256 pass per layer: a compressed blob whose digest a content-addressed manifest names
 * is authenticated by that digest, so hashing its uncompressed tar as well (the diffID) adds no
 * security and costs a second pass over 2-3x the bytes. The diffID is computed where it is the
 * only check (a docker-archive, whose manifest.json is not content-addressed, or a layer with no
 * digest); for an uncompressed layer the blob is the tar, and one hash serves both.
 */







/** Counts (and hashes, when asked) what passes through; optionally enforces limits on the running count. */
class Meter extends external_node_stream_.Transform {
    check;
    hash;
    bytes = 0;
    constructor(hashed, check) {
        super({ highWaterMark: 1024 * 1024 });
        this.check = check;
        if (hashed)
            this.hash = (0,external_node_crypto_.createHash)('sha256');
    }
    digest() {
        return this.hash ? `sha256:${this.hash.digest('hex')}` : undefined;
    }
    _transform(chunk, _enc, done) {
        this.bytes += chunk.length;
        this.hash?.update(chunk);
        try {
            this.check?.(this.bytes);
        }
        catch (error) {
            return done(error);
        }
        done(null, chunk);
    }
}
const TYPES = {
    file: 'file',
    'contiguous-file': 'file',
    directory: 'directory',
    symlink: 'symlink',
    link: 'hardlink',
};
/** Which passes hash: the stored blob, the uncompressed tar (see the file comment). */
function hashPlan(layer, compression) {
    if (compression === 'none')
        return { blob: Boolean(layer.digest || layer.diffId), tar: false };
    return { blob: Boolean(layer.digest), tar: Boolean(layer.diffId) && !(layer.digest && layer.digestFromManifest) };
}
async function readLayerEntries(request) {
    const { layer, limits, display } = request;
    const where = `${display}: layer ${layer.index} (${layer.digest || 'no digest'})`;
    const raw = await layer.open();
    const compression = detectCompression(await peek(raw));
    const hashed = hashPlan(layer, compression);
    const stored = new Meter(hashed.blob);
    const tarBytes = new Meter(hashed.tar, (bytes) => {
        if (bytes > limits.maxLayerBytes) {
            throw new errors/* InputError */.dz(`${where}: decompresses past the ${limits.maxLayerBytes}-byte layer limit (a decompression bomb, or raise the limit)`);
        }
        if (compression !== 'none' && bytes > limits.ratioFloorBytes && bytes / Math.max(stored.bytes, 1) > limits.maxRatio) {
            throw new errors/* InputError */.dz(`${where}: decompression ratio over ${limits.maxRatio}:1 after ${bytes} bytes (a decompression bomb, or raise the limit)`);
        }
    });
    const listing = { index: layer.index, entries: [], whiteouts: [], opaqueDirs: [], bytes: 0 };
    const paths = new LayerPathTracker(where);
    const extract = tar_stream.extract();
    extract.on('entry', (header, stream, next) => {
        handleEntry(header, stream, listing, paths, layer.index, where, request.onEntry).then(() => next(), (error) => next(error));
    });
    const decompressor = createDecompressor(compression);
    // The first stage to fail is the cause; pipeline then destroys the others with the same error.
    let failedStage;
    decompressor?.once('error', () => (failedStage ??= 'decompress'));
    extract.once('error', () => (failedStage ??= 'tar'));
    try {
        if (decompressor)
            await (0,promises_.pipeline)(raw, stored, decompressor, tarBytes, extract);
        else
            await (0,promises_.pipeline)(raw, stored, tarBytes, extract);
    }
    catch (error) {
        throw describeLayerError(error, where, compression, failedStage);
    }
    listing.bytes = tarBytes.bytes;
    const blobDigest = stored.digest();
    const diffId = compression === 'none' ? blobDigest : tarBytes.digest();
    // The config's diffID first: for a legacy docker-archive layer it is also the digest.
    if (layer.diffId && diffId !== undefined && layer.diffId !== diffId) {
        throw new errors/* InputError */.dz(`${where}: diffID mismatch: the config says ${layer.diffId}, the uncompressed layer hashes to ${diffId}`);
    }
    if (layer.digest && layer.digest !== blobDigest) {
        throw new errors/* InputError */.dz(`${where}: blob digest mismatch: the manifest says ${layer.digest}, the bytes hash to ${blobDigest}`);
    }
    return { ...listing, compression, blobDigest, diffId };
}
async function handleEntry(header, stream, listing, paths, layerIndex, where, onEntry) {
    const path = normaliseEntryPath(header.name, where);
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    if (base.startsWith('.wh.')) {
        const dir = slash <= 0 ? '/' : path.slice(0, slash);
        if (base === '.wh..wh..opq')
            listing.opaqueDirs.push(dir);
        else
            listing.whiteouts.push(`${dir === '/' ? '' : dir}/${base.slice(4)}`);
        return drain(stream);
    }
    const type = TYPES[header.type ?? 'file'] ?? 'other';
    const entry = { path, type, size: type === 'file' ? (header.size ?? 0) : 0, mode: header.mode ?? 0, layerIndex };
    if (type === 'symlink')
        entry.linkTarget = header.linkname ?? '';
    if (type === 'hardlink')
        entry.linkTarget = normaliseEntryPath(header.linkname ?? '', where);
    paths.add(entry);
    listing.entries.push({ path, type });
    if (onEntry)
        await onEntry(entry, stream);
    return drain(stream);
}
/** Consumes whatever the handler left of an entry's content. */
function drain(stream) {
    if (stream.readableEnded || stream.destroyed)
        return Promise.resolve();
    stream.resume();
    return (0,promises_.finished)(stream);
}
function describeLayerError(error, where, compression, failedStage) {
    if (error instanceof errors/* InputError */.dz)
        return error;
    const e = error;
    const message = e.message ?? String(error);
    if (failedStage === 'decompress')
        return new errors/* InputError */.dz(`${where}: corrupt or truncated ${compression} data (${message})`, { cause: error });
    if (/tar header|checksum/i.test(message))
        return new errors/* InputError */.dz(`${where}: tar header with a bad checksum (${message})`, { cause: error });
    if (/unexpected end of data|premature/i.test(message))
        return new errors/* InputError */.dz(`${where}: truncated layer (${message})`, { cause: error });
    if (e.code === 'ENOENT')
        return new errors/* InputError */.dz(`${where}: blob missing (${message})`, { cause: error });
    return new errors/* InputError */.dz(`${where}: ${message}`, { cause: error });
}

// EXTERNAL MODULE: ./src/image/manifest.ts
var manifest = __webpack_require__(20596);
;// CONCATENATED MODULE: ./src/image/source.ts
/** Parses image sources written in the transport syntax skopeo and podman users know. */

const FORMS = 'docker-archive:PATH[:REF], oci:DIR[:TAG], oci-archive:PATH[:TAG], docker-daemon:REF or docker://REF';
/** Splits `PATH[:REF]` on the first colon, as skopeo does (a path cannot hold a colon). */
function splitPathAndTag(rest) {
    const colon = rest.indexOf(':');
    if (colon < 0)
        return { path: rest };
    const tag = rest.slice(colon + 1);
    return tag ? { path: rest.slice(0, colon), tag } : { path: rest.slice(0, colon) };
}
function parseSource(text) {
    const value = text.trim();
    const make = (transport, reference, extra = {}) => ({
        transport,
        reference,
        display: value,
        ...extra,
    });
    if (value.startsWith('docker://')) {
        const reference = value.slice('docker://'.length);
        if (!reference)
            throw new errors/* InputError */.dz(`image source "${value}": missing the image reference after docker://`);
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
            if (!path)
                throw new errors/* InputError */.dz(`image source "${value}": missing the path after ${prefix}:`);
            return make(prefix, rest, { path, tag });
        }
        case 'docker-daemon':
            if (!rest)
                throw new errors/* InputError */.dz(`image source "${value}": missing the image reference after docker-daemon:`);
            return make('docker-daemon', rest, { path: rest });
        default:
            throw new errors/* InputError */.dz(`image source "${value}": unknown transport; use one of ${FORMS}`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/image/archive-index.ts
/**
 * Random access to the members of a tar archive on disk (docker-archive, oci-archive).
 * Hand-written: tar-stream reads sequentially and exposes no offsets, and reading a multi-GB
 * archive through it once per member is far slower than walking the 512-byte headers with
 * positioned reads and opening each member as a file stream at its offset.
 */



const BLOCK = 512;
function readString(buf, start, length) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}
function readOctal(buf, start, length) {
    if (buf[start] & 0x80) {
        // base-256 (GNU) for sizes over 8 GiB
        let value = 0;
        for (let i = start + 1; i < start + length; i++)
            value = value * 256 + buf[i];
        return value;
    }
    const text = readString(buf, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function checksumOk(header) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : header[i];
    return sum === readOctal(header, 148, 8);
}
function normaliseName(name) {
    return name.replace(/^\.\//, '').replace(/\/+$/, '');
}
class ArchiveIndex {
    path;
    display;
    members;
    constructor(path, display, members) {
        this.path = path;
        this.display = display;
        this.members = members;
    }
    static async build(path, display) {
        let handle;
        try {
            handle = await (0,external_node_fs_promises_.open)(path, 'r');
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${display}: cannot open ${path} (${error.code ?? error.message})`);
        }
        try {
            const size = (await handle.stat()).size;
            return new ArchiveIndex(path, display, await walk(handle, size, display));
        }
        finally {
            await handle.close();
        }
    }
    get(name) {
        return this.members.get(normaliseName(name));
    }
    names() {
        return [...this.members.keys()];
    }
    require(name, what) {
        const member = this.get(name);
        if (!member)
            throw new errors/* InputError */.dz(`${this.display}: ${what} "${name}" is missing from the archive`);
        return member;
    }
    openMember(member) {
        if (member.size === 0)
            return (0,external_node_fs_.createReadStream)(this.path, { start: 1, end: 0 });
        return (0,external_node_fs_.createReadStream)(this.path, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 });
    }
    async readMember(member, maxBytes, what) {
        if (member.size > maxBytes)
            throw new errors/* InputError */.dz(`${this.display}: ${what} "${member.name}" is ${member.size} bytes, over the ${maxBytes}-byte limit for JSON documents`);
        const handle = await (0,external_node_fs_promises_.open)(this.path, 'r');
        try {
            const buf = Buffer.alloc(member.size);
            const { bytesRead } = await handle.read(buf, 0, member.size, member.offset);
            if (bytesRead !== member.size)
                throw new errors/* InputError */.dz(`${this.display}: ${what} "${member.name}" is truncated`);
            return buf;
        }
        finally {
            await handle.close();
        }
    }
}
async function walk(handle, fileSize, display) {
    const members = new Map();
    const header = Buffer.alloc(BLOCK);
    let offset = 0;
    let longName;
    let paxPath;
    while (offset + BLOCK <= fileSize) {
        const { bytesRead } = await handle.read(header, 0, BLOCK, offset);
        if (bytesRead < BLOCK)
            break;
        if (header.every((b) => b === 0))
            return members;
        if (!checksumOk(header))
            throw new errors/* InputError */.dz(`${display}: tar header at byte ${offset} has a bad checksum (corrupt or not a tar archive)`);
        const size = readOctal(header, 124, 12);
        const typeflag = String.fromCharCode(header[156] || 48);
        const dataOffset = offset + BLOCK;
        if (dataOffset + size > fileSize)
            throw new errors/* InputError */.dz(`${display}: archive is truncated (member at byte ${offset} needs ${size} bytes, the file ends first)`);
        if (typeflag === 'L' || typeflag === 'x') {
            const data = Buffer.alloc(size);
            await handle.read(data, 0, size, dataOffset);
            if (typeflag === 'L')
                longName = readString(data, 0, size);
            else
                paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
        }
        else {
            const prefix = header.subarray(257, 262).toString() === 'ustar' ? readString(header, 345, 155) : '';
            const base = readString(header, 0, 100);
            const name = normaliseName(paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base));
            longName = paxPath = undefined;
            members.set(name, { name, offset: dataOffset, size, type: typeflag });
        }
        offset = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
    }
    if (members.size === 0)
        throw new errors/* InputError */.dz(`${display}: not a tar archive (no member found)`);
    throw new errors/* InputError */.dz(`${display}: archive is truncated (no end-of-archive marker)`);
}

;// CONCATENATED MODULE: ./src/image/transports/docker-archive.ts
/**
 * docker-archive:PATH[:REF]: a `docker save` tarball, in the legacy layout (manifest.json with
 * `<id>/layer.tar`) or the one Docker 25+ writes (the same manifest.json pointing into an OCI
 * layout's blobs). Both are read through manifest.json.
 */




function pickImage(entries, source) {
    if (entries.length === 0)
        throw new errors/* InputError */.dz(`${source.display}: manifest.json lists no image`);
    const tags = entries.flatMap((e) => e.RepoTags ?? []);
    if (!source.tag) {
        if (entries.length === 1)
            return entries[0];
        throw new errors/* InputError */.dz(`${source.display}: the archive holds ${entries.length} images; name one as docker-archive:PATH:REF (${tags.join(', ')})`);
    }
    const lastPart = source.tag.slice(source.tag.lastIndexOf('/') + 1);
    const wanted = lastPart.includes(':') ? source.tag : `${source.tag}:latest`;
    const match = entries.find((e) => (e.RepoTags ?? []).some((t) => t === wanted || t === `docker.io/${wanted}` || t === `docker.io/library/${wanted}`));
    if (match)
        return match;
    throw new errors/* InputError */.dz(`${source.display}: no image tagged "${wanted}" in the archive (tags: ${tags.join(', ') || 'none'})`);
}
function parseArchiveManifest(bytes, display) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${display}: manifest.json is not valid JSON (${error.message})`);
    }
    if (!Array.isArray(value))
        throw new errors/* InputError */.dz(`${display}: manifest.json is not a list of images`);
    value.forEach((e, i) => {
        if (typeof e?.Config !== 'string' || !Array.isArray(e.Layers))
            throw new errors/* InputError */.dz(`${display}: manifest.json entry ${i} lacks Config or Layers`);
    });
    return value;
}
/** `blobs/sha256/HEX` names carry their digest; legacy `ID/layer.tar` ones do not. */
function digestFromName(name) {
    const m = /(?:^|\/)blobs\/sha256\/([0-9a-f]{64})$/.exec(name) ?? /^([0-9a-f]{64})\.json$/.exec(name);
    return m ? `sha256:${m[1]}` : undefined;
}
async function resolveDockerArchive(source, platform, limits, archivePath = source.path) {
    const archive = await ArchiveIndex.build(archivePath, source.display);
    const manifestMember = archive.get('manifest.json');
    if (!manifestMember)
        throw new errors/* InputError */.dz(`${source.display}: not a docker-archive (no manifest.json; for an OCI archive use oci-archive:)`);
    const entry = pickImage(parseArchiveManifest(await archive.readMember(manifestMember, limits.maxJsonBytes, 'manifest.json'), source.display), source);
    const configBytes = await archive.readMember(archive.require(entry.Config, 'config'), limits.maxJsonBytes, 'config');
    const configDigest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(configBytes).digest('hex')}`;
    const named = digestFromName(entry.Config);
    if (named && named !== configDigest)
        throw new errors/* InputError */.dz(`${source.display}: config ${entry.Config} digest mismatch: its name says ${named}, the bytes hash to ${configDigest}`);
    const config = (0,image_config/* parseImageConfig */.F)(configBytes, source.display);
    if (config.diffIds.length && config.diffIds.length !== entry.Layers.length) {
        throw new errors/* InputError */.dz(`${source.display}: manifest.json lists ${entry.Layers.length} layers but the config lists ${config.diffIds.length} diff_ids`);
    }
    const layers = entry.Layers.map((name, index) => {
        const member = archive.require(name, `layer ${index}`);
        return {
            index,
            // Legacy layers are stored uncompressed, so the blob is the tar and its digest the diffID.
            digest: digestFromName(name) ?? config.diffIds[index] ?? '',
            size: member.size,
            diffId: config.diffIds[index],
            open: async () => archive.openMember(member),
        };
    });
    return {
        source,
        digest: configDigest,
        platform: config.os ? { os: config.os, architecture: config.architecture } : platform,
        configDigest,
        configBytes,
        layers,
        close: async () => { },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/image/transports/docker-daemon.ts
/**
 * docker-daemon:REF: the engine's `docker save` stream, spooled to a temporary archive as skopeo
 * does (the archive may list its manifest last, and layers must be openable one by one), read as
 * a docker-archive, and deleted on close.
 */






async function resolveDockerDaemon(source, platform, limits, tempDir) {
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(tempDir ?? (0,external_node_os_.tmpdir)(), 'mcp-orchestrator-save-'));
    const archivePath = (0,external_node_path_.join)(dir, 'image.tar');
    try {
        await (0,exec/* exec */.m)('docker', ['save', '-o', archivePath, '--', source.reference], { timeoutMs: 30 * 60_000 });
        const image = await resolveDockerArchive({ ...source, tag: undefined }, platform, limits, archivePath);
        return {
            ...image,
            spooledArchive: archivePath,
            close: async () => {
                await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
            },
        };
    }
    catch (error) {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
        if (error instanceof errors/* ExecError */.cI) {
            const why = /no such image|not found|reference does not exist/i.test(error.stderr)
                ? 'no such image in the engine'
                : /cannot connect|is the docker daemon running|permission denied/i.test(error.stderr)
                    ? 'no Docker Engine answers (start one, or set DOCKER_HOST)'
                    : error.stderr.trim().split('\n').pop();
            throw new errors/* InputError */.dz(`${source.display}: ${why}`, { cause: error });
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/registry/client.ts
var registry_client = __webpack_require__(32440);
// EXTERNAL MODULE: ./src/registry/credentials.ts
var credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/image/transports/docker.ts
/** docker://REF: an image in a registry, read over the OCI distribution API. */








async function resolveRegistryImage(source, options) {
    const ref = (0,reference/* parseImageReference */.o_)(source.reference);
    // Explicit credentials not bound by the stage are for the registry read from.
    const client = new registry_client/* RegistryClient */.bP(ref.registry, (0,credentials/* bindCredentials */.m6)(options.registry, ref.registry), options.logger ?? util_logger/* silentLogger */.qq);
    const where = source.display;
    try {
        let fetched = await client.getManifest(ref.repository, ref.digest ?? ref.tag, manifest/* manifestAcceptTypes */.HL);
        let doc = (0,manifest/* parseManifestDocument */.Qz)(fetched.bytes, `${where}: manifest`, fetched.mediaType);
        if (doc.kind === 'index') {
            const chosen = (0,manifest/* selectPlatform */.md)(doc, (0,manifest/* parsePlatform */.FL)(options.platform ?? 'linux/amd64'), `${where}: index`);
            fetched = await client.getManifest(ref.repository, chosen.digest, manifest/* manifestAcceptTypes */.HL);
            doc = (0,manifest/* parseManifestDocument */.Qz)(fetched.bytes, `${where}: manifest ${chosen.digest}`, fetched.mediaType || chosen.mediaType);
        }
        if (doc.kind !== 'manifest')
            throw new errors/* InputError */.dz(`${where}: nested indexes are not supported`);
        const configStream = await client.getBlob(ref.repository, doc.config.digest);
        const chunks = [];
        let size = 0;
        for await (const chunk of configStream) {
            size += chunk.length;
            if (size > options.limits.maxJsonBytes)
                throw new errors/* InputError */.dz(`${where}: config is over the ${options.limits.maxJsonBytes}-byte JSON limit`);
            chunks.push(chunk);
        }
        const configBytes = Buffer.concat(chunks);
        const configDigest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(configBytes).digest('hex')}`;
        if (configDigest !== doc.config.digest)
            throw new errors/* InputError */.dz(`${where}: config digest mismatch: the manifest says ${doc.config.digest}, the bytes hash to ${configDigest}`);
        const config = (0,image_config/* parseImageConfig */.F)(configBytes, where);
        return {
            source,
            digest: fetched.digest,
            manifestMediaType: doc.mediaType,
            manifestBytes: fetched.bytes,
            platform: { os: config.os, architecture: config.architecture },
            configDigest,
            configBytes,
            layers: doc.layers.map((layer, index) => ({
                index,
                digest: layer.digest,
                size: layer.size,
                mediaType: layer.mediaType,
                diffId: config.diffIds[index],
                digestFromManifest: true,
                open: () => client.getBlob(ref.repository, layer.digest),
            })),
            close: async () => client.close(),
        };
    }
    catch (error) {
        client.close();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/image/transports/layout-store.ts
/** Files of an OCI image layout, from a directory (oci:) or from a tar archive (oci-archive:). */




class DirectoryStore {
    dir;
    display;
    constructor(dir, display) {
        this.dir = dir;
        this.display = display;
    }
    async exists(relPath) {
        return (await this.size(relPath)) !== undefined;
    }
    async size(relPath) {
        try {
            return (await (0,external_node_fs_promises_.stat)((0,external_node_path_.join)(this.dir, relPath))).size;
        }
        catch {
            return undefined;
        }
    }
    async readFile(relPath, maxBytes, what) {
        const size = await this.size(relPath);
        if (size === undefined)
            throw new errors/* InputError */.dz(`${this.display}: ${what} ${relPath} is missing`);
        if (size > maxBytes)
            throw new errors/* InputError */.dz(`${this.display}: ${what} ${relPath} is ${size} bytes, over the ${maxBytes}-byte JSON limit`);
        const handle = await (0,external_node_fs_promises_.open)((0,external_node_path_.join)(this.dir, relPath), 'r');
        try {
            return await handle.readFile();
        }
        finally {
            await handle.close();
        }
    }
    async openFile(relPath) {
        if (!(await this.exists(relPath)))
            throw new errors/* InputError */.dz(`${this.display}: blob ${relPath} is missing`);
        return (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(this.dir, relPath), { highWaterMark: 1024 * 1024 });
    }
}
class ArchiveStore {
    archive;
    display;
    constructor(archive, display) {
        this.archive = archive;
        this.display = display;
    }
    async exists(relPath) {
        return this.archive.get(relPath) !== undefined;
    }
    async size(relPath) {
        return this.archive.get(relPath)?.size;
    }
    async readFile(relPath, maxBytes, what) {
        return this.archive.readMember(this.archive.require(relPath, what), maxBytes, what);
    }
    async openFile(relPath) {
        return this.archive.openMember(this.archive.require(relPath, 'blob'));
    }
}
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    return `blobs/${algorithm}/${hex}`;
}

;// CONCATENATED MODULE: ./src/image/transports/oci-layout.ts
/** oci:DIR[:TAG] and oci-archive:PATH[:TAG]: an OCI image layout, on disk or in a tar. */







const REF_NAME = 'org.opencontainers.image.ref.name';
async function resolveOciDirectory(source, platform, limits) {
    const dir = source.path;
    const info = await (0,external_node_fs_promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new errors/* InputError */.dz(`${source.display}: ${dir} is not a directory holding an OCI image layout`);
    return resolveLayout(new DirectoryStore(dir, source.display), source, platform, limits);
}
async function resolveOciArchive(source, platform, limits) {
    const archive = await ArchiveIndex.build(source.path, source.display);
    return resolveLayout(new ArchiveStore(archive, source.display), source, platform, limits);
}
async function readVerified(store, descriptor, limits, what) {
    const bytes = await store.readFile(blobPath(descriptor.digest), limits.maxJsonBytes, what);
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    if (actual !== descriptor.digest)
        throw new errors/* InputError */.dz(`${store.display}: ${what} digest mismatch: expected ${descriptor.digest}, the bytes hash to ${actual}`);
    return bytes;
}
function pickFromLayoutIndex(index, source) {
    if (source.tag) {
        const match = index.manifests.find((m) => m.annotations?.[REF_NAME] === source.tag);
        if (match)
            return match;
        const tags = index.manifests.map((m) => m.annotations?.[REF_NAME]).filter(Boolean);
        throw new errors/* InputError */.dz(`${source.display}: no image tagged "${source.tag}" in the layout (tags: ${tags.length ? tags.join(', ') : 'none'})`);
    }
    if (index.manifests.length === 1)
        return index.manifests[0];
    if (index.manifests.length === 0)
        throw new errors/* InputError */.dz(`${source.display}: the layout's index.json lists no image`);
    const tags = index.manifests.map((m) => m.annotations?.[REF_NAME] ?? m.digest);
    throw new errors/* InputError */.dz(`${source.display}: the layout holds ${index.manifests.length} images; name one with :TAG (${tags.join(', ')})`);
}
async function resolveLayout(store, source, platform, limits) {
    if (!(await store.exists('oci-layout')))
        throw new errors/* InputError */.dz(`${source.display}: not an OCI image layout (no oci-layout file)`);
    const top = (0,manifest/* parseManifestDocument */.Qz)(await store.readFile('index.json', limits.maxJsonBytes, 'index'), `${source.display}: index.json`);
    if (top.kind !== 'index')
        throw new errors/* InputError */.dz(`${source.display}: index.json is not an image index`);
    let descriptor = pickFromLayoutIndex(top, source);
    let manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
    let doc = (0,manifest/* parseManifestDocument */.Qz)(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
    if (doc.kind === 'index') {
        descriptor = (0,manifest/* selectPlatform */.md)(doc, platform, `${source.display}: index ${descriptor.digest}`);
        manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
        doc = (0,manifest/* parseManifestDocument */.Qz)(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
    }
    if (doc.kind !== 'manifest')
        throw new errors/* InputError */.dz(`${source.display}: nested indexes are not supported`);
    const configBytes = await readVerified(store, doc.config, limits, 'config');
    const config = (0,image_config/* parseImageConfig */.F)(configBytes, source.display);
    for (const layer of doc.layers) {
        if (!(await store.exists(blobPath(layer.digest))))
            throw new errors/* InputError */.dz(`${source.display}: layer blob ${layer.digest} is missing from the layout`);
    }
    return {
        source,
        digest: descriptor.digest,
        manifestMediaType: doc.mediaType,
        manifestBytes,
        platform: config.os ? { os: config.os, architecture: config.architecture } : platform,
        configDigest: doc.config.digest,
        configBytes,
        layers: doc.layers.map((layer, index) => ({
            index,
            digest: layer.digest,
            size: layer.size,
            mediaType: layer.mediaType,
            diffId: config.diffIds[index],
            digestFromManifest: true,
            open: () => store.openFile(blobPath(layer.digest)),
        })),
        close: async () => { },
    };
}

;// CONCATENATED MODULE: ./src/image/reader.ts
/**
 * The image reader: one streaming API over every transport. `openImage` resolves the source
 * (manifest, platform, config, layer blobs); `readLayer` streams a layer's entries with limits,
 * digest checks and whiteouts; `readAll` builds the FilesystemIndex that says what was deleted.
 */










const defaultLimits = {
    maxLayerBytes: 8 * 1024 ** 3,
    maxRatio: 200,
    ratioFloorBytes: 64 * 1024 ** 2,
    maxJsonBytes: 8 * 1024 ** 2,
};
async function resolve(source, platform, limits, options) {
    switch (source.transport) {
        case 'docker-archive':
            return resolveDockerArchive(source, platform, limits);
        case 'oci':
            return resolveOciDirectory(source, platform, limits);
        case 'oci-archive':
            return resolveOciArchive(source, platform, limits);
        case 'docker-daemon':
            return resolveDockerDaemon(source, platform, limits, options.tempDir);
        case 'docker':
            return resolveRegistryImage(source, { ...options, limits });
    }
}
function summariseLayers(resolved, config) {
    return resolved.layers.map((layer) => {
        const step = config.history.find((h) => h.layerIndex === layer.index);
        const summary = { index: layer.index, digest: layer.digest };
        if (layer.diffId)
            summary.diffId = layer.diffId;
        if (layer.size !== undefined)
            summary.size = layer.size;
        if (layer.mediaType)
            summary.mediaType = layer.mediaType;
        if (step)
            summary.createdBy = (0,image_config/* maskBuildArgs */.E)(step.createdBy);
        return summary;
    });
}
async function openImage(sourceText, options = {}) {
    const source = typeof sourceText === 'string' ? parseSource(sourceText) : sourceText;
    const wanted = (0,manifest/* parsePlatform */.FL)(options.platform ?? 'linux/amd64');
    const limits = { ...defaultLimits, ...options.limits };
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const resolved = await resolve(source, wanted, limits, options);
    try {
        const config = (0,image_config/* parseImageConfig */.F)(resolved.configBytes, source.display);
        const variant = typeof config.raw.variant === 'string' ? config.raw.variant : undefined;
        const platform = config.os ? { os: config.os, architecture: config.architecture, ...(variant ? { variant } : {}) } : resolved.platform;
        logger.debug(`${source.display}: ${resolved.layers.length} layers, ${(0,manifest/* formatPlatform */.Bq)(platform)}, ${resolved.digest}`);
        const readLayer = async (index, onEntry) => {
            const layer = resolved.layers[index];
            if (!layer)
                throw new RangeError(`${source.display}: no layer ${index} (the image has ${resolved.layers.length})`);
            const { compression: _c, blobDigest: _b, diffId: _d, ...listing } = await readLayerEntries({ display: source.display, layer, limits, onEntry });
            return listing;
        };
        return {
            source,
            digest: resolved.digest,
            configDigest: resolved.configDigest,
            platform,
            config,
            layers: summariseLayers(resolved, config),
            reopenSource: resolved.spooledArchive ? `docker-archive:${resolved.spooledArchive}` : source.display,
            resolved,
            readLayer,
            async readAll(onEntry, { concurrency = 2 } = {}) {
                const listings = new Array(resolved.layers.length);
                let next = 0;
                // Layers overlap: one layer's gunzip runs on the thread pool while another's tar is parsed.
                const worker = async () => {
                    for (let i = next++; i < resolved.layers.length; i = next++)
                        listings[i] = await readLayer(i, onEntry);
                };
                await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, resolved.layers.length)) }, worker));
                return new filesystem_index/* FilesystemIndex */.w(listings);
            },
            close: () => resolved.close(),
        };
    }
    catch (error) {
        await resolved.close();
        throw error;
    }
}


/***/ }),

/***/ 54394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter),
/* harmony export */   x: () => (/* binding */ parseChallenge)
/* harmony export */ });
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let p = re.exec(m[2]); p; p = re.exec(m[2]))
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    return { scheme: m[1].toLowerCase(), params };
}
/** Seconds or HTTP-date in Retry-After, as milliseconds; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 32440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony export readBody */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96618);
/* harmony import */ var _challenge_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54394);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3653);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79310);
/**
 * A client for the OCI distribution API over node:http/https, streaming bodies: manifests, blobs,
 * and the auth dance (anonymous, Basic, Bearer token challenge as docker's token spec has it: an
 * expired token is fetched anew on its 401, once per request). Retries 429 (honouring
 * Retry-After), 5xx and dropped connections with exponential backoff. Follows at most 10
 * redirects, never from https to plain http. Plain HTTP only for loopback registries and those
 * named insecure. Credentials go only to the registry they are for and the token service its
 * challenge names; a redirect elsewhere carries none.
 */









class RegistryError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OrchestratorError */ .jD {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);
const SOCKET_TIMEOUT_MS = 60_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As Go's net/http (docker's client) and browsers. */
const MAX_REDIRECTS = 10;
/** The token spec's default and floor for `expires_in`, in seconds. */
const MIN_TOKEN_SECONDS = 60;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class RegistryClient {
    registry;
    options;
    logger;
    baseUrl;
    agent;
    /** The CAs trusted for TLS, for the token service and redirects too. */
    ca;
    /** Loopback and insecure registries: HTTPS first, plain HTTP when the port does not speak TLS (as docker does). */
    mayFallBack;
    probe;
    tokens = new Map();
    /** Token requests in flight, per scope: requests refused together share one new token. */
    fetching = new Map();
    credential = null;
    basic = false;
    constructor(registry, options = {}, logger = _util_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq) {
        this.registry = registry;
        this.options = options;
        this.logger = logger;
        this.mayFallBack = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .isLoopbackRegistry */ .jW)(registry) || (options.insecureRegistries ?? []).includes(registry);
        this.baseUrl = `https://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .registryHost */ .U$)(registry)}`;
        this.ca = options.caCertificates?.length ? [...node_tls__WEBPACK_IMPORTED_MODULE_3__.rootCertificates, ...options.caCertificates] : undefined;
        this.agent = new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent({ keepAlive: true, ca: this.ca });
    }
    /** For a registry that may be plain HTTP, finds out once whether it speaks TLS. */
    chooseScheme() {
        // One probe, shared by concurrent requests (parallel blob uploads) until it settles.
        if (!this.mayFallBack)
            return Promise.resolve();
        this.probe ??= this.probeScheme();
        return this.probe;
    }
    async probeScheme() {
        try {
            const response = await this.send(new URL('/v2/', this.baseUrl), { method: 'GET', headers: {} });
            response.resume();
        }
        catch (error) {
            const e = error;
            if (e.code === 'ECONNREFUSED')
                return;
            if (e.code === 'EPROTO' || /wrong version number|ssl|tls|ECONNRESET|socket hang up/i.test(`${e.code} ${e.message}`)) {
                this.agent.destroy();
                this.baseUrl = `http://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .registryHost */ .U$)(this.registry)}`;
                this.agent = new node_http__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true });
                this.logger.debug(`${this.registry}: no TLS on this port; using plain HTTP (loopback or insecure registry)`);
            }
        }
    }
    close() {
        this.agent.destroy();
    }
    async getCredential() {
        if (this.credential === null)
            this.credential = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .findCredential */ .L4)(this.registry, this.options);
        return this.credential;
    }
    basicHeader(c) {
        return `Basic ${Buffer.from(`${c.username ?? ''}:${c.password ?? ''}`).toString('base64')}`;
    }
    async authorization(scope) {
        const token = this.tokens.get(scope);
        if (token && token.expiresAt > Date.now())
            return `Bearer ${token.value}`;
        if (this.basic) {
            const c = await this.getCredential();
            if (c)
                return this.basicHeader(c);
        }
        return undefined;
    }
    /** Answers a 401 challenge; returns false when there is nothing more to try. */
    async authenticate(header, scope) {
        const challenge = (0,_challenge_js__WEBPACK_IMPORTED_MODULE_8__/* .parseChallenge */ .x)(header);
        if (challenge?.scheme === 'basic') {
            if (this.basic || !(await this.getCredential()))
                return false;
            this.basic = true;
            return true;
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            return false;
        let pending = this.fetching.get(scope);
        if (!pending) {
            pending = this.fetchToken(challenge.params.realm, challenge.params.service, scope).finally(() => this.fetching.delete(scope));
            this.fetching.set(scope, pending);
        }
        await pending;
        return true;
    }
    /** Plain HTTP is for loopback hosts and those named insecure only. */
    mayUsePlainHttp(host) {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .isLoopbackRegistry */ .jW)(host) || (this.options.insecureRegistries ?? []).includes(host);
    }
    /**
     * A token from the realm this registry's challenge named, as docker's token spec says: an
     * identity (refresh) token in a POST form body, a username and password as Basic on a GET.
     */
    async fetchToken(realm, service, scope) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError(`${this.registry}: the challenge names a token service that is not a URL: "${realm}"`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new RegistryError(`${this.registry}: the challenge names a token service that is not http(s): ${url.origin}`);
        const credential = await this.getCredential();
        if (credential && url.protocol === 'http:' && !this.mayUsePlainHttp(url.host)) {
            throw new RegistryError(`${this.registry}: refusing to send the credential from ${credential.source} to the plain-http token service ${url.origin}${url.pathname}`);
        }
        let response;
        if (credential?.identityToken) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'mcp-orchestrator', ...(service ? { service } : {}), scope });
            const body = Buffer.from(form.toString());
            response = await this.send(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) }, body });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            response = await this.send(url, { method: 'GET', headers: credential ? { authorization: this.basicHeader(credential) } : {} });
        }
        const body = await readBody(response, 1024 * 1024);
        const where = `${url.origin}${url.pathname}`;
        if (response.statusCode !== 200) {
            throw new RegistryError(`${this.registry}: the token service ${where} refused ${credential ? `the credential from ${credential.source}` : 'anonymous access'} (HTTP ${response.statusCode})`, response.statusCode);
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`${this.registry}: the token service ${where} answered with something that is not JSON`);
        }
        const value = parsed.token ?? parsed.access_token;
        if (!value)
            throw new RegistryError(`${this.registry}: the token service ${where} answered without a token`);
        const seconds = Math.max(MIN_TOKEN_SECONDS, Number(parsed.expires_in) || 0);
        this.tokens.set(scope, { value, expiresAt: Date.now() + seconds * 1000 });
    }
    send(url, init) {
        const transport = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__ : node_http__WEBPACK_IMPORTED_MODULE_1__;
        const own = url.origin === this.baseUrl;
        return new Promise((resolve, reject) => {
            const req = transport.request(url, { method: init.method, headers: init.headers, ...(own ? { agent: this.agent } : url.protocol === 'https:' ? { ca: this.ca } : {}) }, resolve);
            req.setTimeout(SOCKET_TIMEOUT_MS, () => req.destroy(Object.assign(new Error(`no answer within ${SOCKET_TIMEOUT_MS / 1000}s`), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            if (init.body === undefined)
                req.end();
            else if (Buffer.isBuffer(init.body))
                req.end(init.body);
            else
                init.body.pipe(req);
        });
    }
    /** One API call with auth, redirects and retries; resolves with a response whose status is expected. */
    async request(path, options) {
        await this.chooseScheme();
        const retries = this.options.retries ?? 4;
        const backoff = this.options.backoffMs ?? 500;
        const method = options.method ?? 'GET';
        // A stream body is gone once sent; a buffer (or none) can go again after a 401 or a redirect.
        const resendable = options.body === undefined || Buffer.isBuffer(options.body);
        let url = new URL(path, this.baseUrl);
        let authRetries = 0;
        // The token fetched for this request: if it is refused too, the credential lacks access.
        let fresh;
        let redirects = 0;
        for (let attempt = 0;; attempt++) {
            const headers = { ...options.headers };
            const ownOrigin = url.origin === this.baseUrl;
            const auth = ownOrigin ? await this.authorization(options.scope) : undefined;
            if (auth)
                headers.authorization = auth;
            let response;
            try {
                response = await this.send(url, { method, headers, body: options.body });
            }
            catch (error) {
                const code = error.code ?? '';
                if ((RETRYABLE_CODES.has(code) || /socket hang up/.test(error.message)) && attempt < retries && options.replayable !== false) {
                    this.logger.debug(`${this.registry}: ${method} ${url.pathname}: ${error.message}; retrying`);
                    await sleep(backoff * 2 ** attempt);
                    continue;
                }
                throw new RegistryError(`${method} ${url.origin}${url.pathname}: ${error.message}${attempt ? ` (after ${attempt + 1} attempts)` : ''}`);
            }
            const status = response.statusCode ?? 0;
            if (options.expect.includes(status))
                return response;
            if (status === 401 && ownOrigin && authRetries < 4) {
                // Another request got a newer token (or Basic) meanwhile: try that first.
                const current = await this.authorization(options.scope);
                const renewed = current !== undefined && current !== auth;
                // Otherwise the token sent expired: a new one, unless it was the one just fetched for this request.
                if (renewed || ((auth === undefined || auth !== fresh) && (await this.authenticate(response.headers['www-authenticate'], options.scope)))) {
                    response.resume();
                    if (!renewed)
                        fresh = await this.authorization(options.scope);
                    authRetries++;
                    if (!resendable)
                        throw new RegistryError(`${method} ${url.origin}${url.pathname}: HTTP 401 on a streamed body (a token expired); authenticated anew for the next attempt`, 401);
                    attempt--;
                    continue;
                }
            }
            if (REDIRECT_STATUSES.has(status) && response.headers.location) {
                response.resume();
                const next = new URL(response.headers.location, url);
                if (++redirects > MAX_REDIRECTS)
                    throw new RegistryError(`${method} ${url.origin}${url.pathname}: more than ${MAX_REDIRECTS} redirects; stopped at ${next.origin}${next.pathname}`);
                if (url.protocol === 'https:' && next.protocol !== 'https:') {
                    throw new RegistryError(`${method} ${url.origin}${url.pathname}: refusing the redirect from ${url.origin} to plain ${next.origin} (a downgrade from https)`);
                }
                if (!resendable)
                    throw new RegistryError(`${method} ${url.origin}${url.pathname}: redirected to ${next.origin}${next.pathname} after the body was streamed; not following`);
                url = next;
                attempt--;
                continue;
            }
            if ((status === 429 || status >= 500) && attempt < retries && options.replayable !== false) {
                response.resume();
                const wait = (0,_challenge_js__WEBPACK_IMPORTED_MODULE_8__/* .parseRetryAfter */ .m)(response.headers['retry-after']) ?? backoff * 2 ** attempt;
                this.logger.debug(`${this.registry}: ${method} ${url.pathname}: HTTP ${status}; retrying in ${wait} ms`);
                await sleep(Math.min(wait, 60_000));
                continue;
            }
            throw await this.describeFailure(response, url, options, attempt);
        }
    }
    async describeFailure(response, url, options, attempt) {
        const status = response.statusCode ?? 0;
        const body = (await readBody(response, 64 * 1024).catch(() => Buffer.alloc(0))).toString('utf8');
        let detail;
        try {
            const errors = JSON.parse(body).errors ?? [];
            detail = errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
        }
        catch {
            detail = body.slice(0, 200).trim();
        }
        const where = `${options.method ?? 'GET'} ${url.origin}${url.pathname}`;
        const retried = attempt > 0 ? ` after ${attempt + 1} attempts` : '';
        if (status === 401 || status === 403) {
            const credential = await this.getCredential();
            const elsewhere = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .explicitCredentialsElsewhere */ .hZ)(this.registry, this.options);
            const tried = credential ? `the credential from ${credential.source} was refused` : 'no credential is configured for it (docker login, or pass a username and password)';
            return new RegistryError(`${where}: HTTP ${status} from ${this.registry}: ${tried}${elsewhere ? `; ${elsewhere}` : ''}${detail ? ` (${detail})` : ''}`, status);
        }
        return new RegistryError(`${where}: HTTP ${status}${retried}${detail ? ` (${detail})` : ''}`, status);
    }
    async getManifest(repository, reference, accept) {
        const response = await this.request(`/v2/${repository}/manifests/${reference}`, {
            headers: { accept: accept.join(', ') },
            scope: `repository:${repository}:pull`,
            expect: [200, 404],
        });
        if (response.statusCode === 404) {
            response.resume();
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.registry}/${repository}: manifest ${reference} not found (manifest unknown)`);
        }
        const bytes = await readBody(response, 8 * 1024 * 1024);
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.registry}/${repository}: manifest digest mismatch: asked for ${reference}, the bytes hash to ${digest}`);
        }
        return { bytes, mediaType: String(response.headers['content-type'] ?? '').split(';')[0].trim(), digest };
    }
    async getBlob(repository, digest) {
        const response = await this.request(`/v2/${repository}/blobs/${digest}`, { scope: `repository:${repository}:pull`, expect: [200, 404] });
        if (response.statusCode === 404) {
            response.resume();
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.registry}/${repository}: blob ${digest} not found (blob unknown)`);
        }
        return response;
    }
    /** The blob's size when the repository has it; undefined when it does not. */
    async blobExists(repository, digest, scope = `repository:${repository}:pull`) {
        const response = await this.request(`/v2/${repository}/blobs/${digest}`, { method: 'HEAD', scope, expect: [200, 404] });
        response.resume();
        return response.statusCode === 200 ? Number(response.headers['content-length'] ?? 0) : undefined;
    }
}
function readBody(response, maxBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        response.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes) {
                response.destroy();
                reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${response.url ?? 'response'}: body larger than ${maxBytes} bytes`));
            }
            else
                chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
    });
}


/***/ }),

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ findCredential),
/* harmony export */   hZ: () => (/* binding */ explicitCredentialsElsewhere),
/* harmony export */   m6: () => (/* binding */ bindCredentials)
/* harmony export */ });
/* unused harmony export readDockerConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37895);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79310);
/**
 * Registry credentials, in the order docker looks for them: explicit ones (for the one host they
 * are bound to), then the docker config file (`credHelpers`, `credsStore`, `auths`), then
 * GITHUB_TOKEN for ghcr.io. Every credential is keyed by the registry it is for, as the docker
 * config is. `source` says where a credential came from, for messages; values are never printed.
 */






function configKeys(registry) {
    if (registry === 'docker.io' || registry === 'index.docker.io')
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`];
}
async function fromHelper(helper, registry) {
    const server = configKeys(registry)[0];
    const binary = `docker-credential-${helper}`;
    try {
        const { stdout } = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .exec */ .m)(binary, ['get'], { input: server, timeoutMs: 30_000 });
        const parsed = JSON.parse(stdout);
        if (!parsed.Secret)
            return undefined;
        return parsed.Username === '<token>'
            ? { identityToken: parsed.Secret, source: `credential helper ${binary}` }
            : { username: parsed.Username, password: parsed.Secret, source: `credential helper ${binary}` };
    }
    catch (error) {
        if (/credentials not found/i.test(error.stderr ?? '') || /credentials not found/i.test(error.message))
            return undefined;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`credential helper ${binary} failed for ${registry}: ${error.message.split('\n')[0]}`);
    }
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`docker config ${path}: invalid JSON (${error.message})`);
    }
}
const hasExplicit = (options) => options.username !== undefined || options.password !== undefined;
/**
 * The options with the explicit credentials bound to one registry host: `credentialHost` when
 * given, else `defaultHost` (the first destination of a push, the registry of a docker:// source).
 * With neither, the explicit credentials go nowhere. Throws InputError on a malformed host.
 */
function bindCredentials(options, defaultHost) {
    if (options?.credentialHost !== undefined)
        return { ...options, credentialHost: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(options.credentialHost, 'credential registry') };
    if (!options || !hasExplicit(options) || defaultHost === undefined)
        return { ...options };
    return { ...options, credentialHost: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(defaultHost) };
}
/** When explicit credentials are given but not for `registry`, says where they are bound, for messages. */
function explicitCredentialsElsewhere(registry, options) {
    if (!hasExplicit(options) || explicitCredentialsFor(registry, options))
        return undefined;
    if (options.credentialHost === undefined)
        return 'the credentials given are bound to no registry (name one: --registry, or the registry input)';
    return `the credentials given are for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(options.credentialHost)} only (--registry, or the registry input)`;
}
function explicitCredentialsFor(registry, options) {
    return hasExplicit(options) && options.credentialHost !== undefined && (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(options.credentialHost) === (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(registry);
}
async function findCredential(registry, options) {
    if (explicitCredentialsFor(registry, options)) {
        return { username: options.username ?? '', password: options.password ?? '', source: 'the credentials given' };
    }
    const path = options.dockerConfigPath ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker', 'config.json');
    const config = await readDockerConfig(path);
    if (config) {
        const keys = configKeys(registry);
        const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
        if (helper)
            return fromHelper(helper, registry);
        const entry = keys.map((k) => config.auths?.[k]).find(Boolean);
        if (entry) {
            const source = `docker config ${path}`;
            if (entry.identitytoken)
                return { identityToken: entry.identitytoken, source };
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon < 0)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${source}: auths["${registry}"].auth is not base64 of user:password`);
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
            }
            if (entry.username !== undefined)
                return { username: entry.username, password: entry.password ?? '', source };
        }
        if (config.credsStore) {
            const stored = await fromHelper(config.credsStore, registry);
            if (stored)
                return stored;
        }
    }
    if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(registry) === 'ghcr.io' && options.githubToken)
        return { username: 'x-access-token', password: options.githubToken, source: 'GITHUB_TOKEN' };
    return undefined;
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77534);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



const DEFAULT_TIMEOUT_MS = 2 * 60_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** How long a stopped command gets to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2_000;
/** Flags whose value (or the value part of its K=V) may be a credential. */
const SECRET_FLAG = /^--?(build-arg|secret|e|env|password[\w-]*|token[\w-]*|api-key|passphrase|creds|auth[\w-]*)$/i;
/**
 * Runs a command without a shell, always collecting exit code, stdout and stderr, each bounded,
 * within a timeout. Throws an ExecError naming the program and its subcommand, quoting the end
 * of stderr with argument values and secrets redacted.
 */
function exec(command, args, options = {}) {
    const secrets = [...secretArgValues(args), ...(options.redact ?? [])];
    const display = redactText(options.display ?? defaultDisplay(command, args), secrets);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // stderr is redacted whole before its tail is cut, so a secret across the cut never shows in part.
    const fail = (why, code, stderr) => {
        const clean = redactText(stderr, secrets);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`\`${display}\` ${why}${tailOf(clean)}`, display, code, clean);
    };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(fail('was not started: stopped before it began', null, ''));
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        const size = { stdout: 0, stderr: 0 };
        let stopped;
        let settled = false;
        let escalation;
        const stop = (why) => {
            if (stopped !== undefined)
                return;
            stopped = why;
            child.kill('SIGTERM');
            escalation = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => stop(`did not finish within ${formatMs(timeoutMs)} and was stopped`), timeoutMs);
        const onAbort = () => stop('was stopped (interrupted)');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = (finish) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(escalation);
            options.signal?.removeEventListener('abort', onAbort);
            finish();
        };
        const collect = (stream, into) => (chunk) => {
            if (stopped !== undefined)
                return;
            size[stream] += chunk.length;
            if (size[stream] > maxBytes)
                stop(`wrote more than ${formatBytes(maxBytes)} to ${stream} and was stopped`);
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect('stdout', out));
        child.stderr.on('data', collect('stderr', err));
        child.on('error', (e) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`could not run \`${display}\`: ${e.message}`, display, null, ''))));
        // A stopped command is done when it exits, even if a grandchild still holds its pipes open.
        child.on('exit', () => {
            if (stopped === undefined)
                return;
            child.stdout.destroy();
            child.stderr.destroy();
            const stderr = Buffer.concat(err).toString('utf8');
            settle(() => reject(fail(stopped, null, stderr)));
        });
        child.on('close', (code, signal) => {
            if (stopped !== undefined)
                return;
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            const exitCode = code ?? 128;
            if ((options.okCodes ?? [0]).includes(exitCode)) {
                settle(() => resolve({ code: exitCode, stdout, stderr }));
                return;
            }
            const why = signal ? `was stopped by ${signal}` : `exited with code ${exitCode}`;
            settle(() => reject(fail(why, code, stderr)));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.input);
    });
}
/** The program and up to three leading subcommand words: `docker buildx build`, `docker image inspect`. */
function defaultDisplay(command, args) {
    const words = [];
    for (const arg of args) {
        if (words.length === 3 || !/^[a-z][a-z0-9-]*$/.test(arg))
            break;
        words.push(arg);
    }
    return [command, ...words].join(' ');
}
/** Values of flags that may carry credentials (`--build-arg K=V` gives V; `--password P` gives P). */
function secretArgValues(args) {
    const values = [];
    const valueOf = (v) => (v.includes('=') ? v.slice(v.indexOf('=') + 1) : v);
    args.forEach((arg, i) => {
        const eq = arg.indexOf('=');
        if (arg.startsWith('-') && eq > 0 && SECRET_FLAG.test(arg.slice(0, eq)))
            values.push(valueOf(arg.slice(eq + 1)));
        else if (SECRET_FLAG.test(arg) && i + 1 < args.length && !args[i + 1].startsWith('--'))
            values.push(valueOf(args[i + 1]));
        // userinfo of a URL argument (https://user:pass@host)
        const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(arg);
        if (userinfo)
            values.push(userinfo[1]);
    });
    // Short values (`1`, `yes`) would blank ordinary words; a secret is longer.
    return values.filter((v) => v.length >= 4);
}
/** Known values replaced by ***, then the one redaction step every writer shares (the scan's rules). */
function redactText(text, secrets) {
    if (!text)
        return text;
    return (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .iB)([...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text));
}
/** The last lines of (redacted) stderr, each cut to 500 characters, as `:\n…`; empty when there is none. */
function tailOf(stderr) {
    const tail = stderr.trim().split('\n').slice(-5).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l)).join('\n');
    return tail ? `:\n${tail}` : '';
}
function formatMs(ms) {
    if (ms < 60_000 || ms % 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    return `${ms / 60_000}m`;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}


/***/ })

};

//# sourceMappingURL=1732.index.js.map