export const id = 37;
export const ids = [37];
export const modules = {

/***/ 3037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/image/manifest.ts
var image_manifest = __webpack_require__(596);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/image/config.ts
var image_config = __webpack_require__(6575);
;// CONCATENATED MODULE: ./src/image/filesystem-index.ts
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

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(8339);
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

// EXTERNAL MODULE: ./src/image/tar-header.ts
var tar_header = __webpack_require__(262);
;// CONCATENATED MODULE: ./src/image/tar-parser.ts
/**
 * A streaming tar reader for layer blobs: headers are parsed in place from the decompressor's
 * chunks and an entry's content is handed to a sink as slices of those chunks.
 *
 * Hand-written rather than tar-stream, for two reasons:
 * - Speed (issue 14): tar-stream makes a Readable per entry (listeners, end-of-stream tracking,
 *   a microtask hop per entry); over the realistic image's 11,675 entries that was ~0.4 s of the
 *   main thread's CPU, the thread that must keep both cores' gunzip fed. Measured in
 *   bench/image-reader.mjs.
 * - Fidelity: it reads what Go's archive/tar (containerd, Docker) reads. A hard link, symlink,
 *   device, directory or FIFO has no content whatever its size field says (tar-stream skipped
 *   `size` bytes, so entries hidden there were never seen, though Docker extracts them); two zero
 *   blocks end the archive, and a zero block followed by a header is refused, as Go refuses it.
 *   Bytes after the end marker must be zero: they are in the pushed blob, but no extractor lists
 *   them, so a layer that carries any is refused rather than half-read.
 */


/** Go's limit on PAX and GNU long-name records (archive/tar maxSpecialFileSize). */
const MAX_META_BYTES = 1024 * 1024;
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);
const TYPES = {
    '0': 'file',
    '7': 'file',
    S: 'file', // GNU sparse: extracted as a regular file
    '1': 'hardlink',
    '2': 'symlink',
    '3': 'character-device',
    '4': 'block-device',
    '5': 'directory',
    '6': 'fifo',
};
/** `checksum` and `truncated` get their own words in the layer's error; `format` is the rest. */
class TarFormatError extends Error {
    kind;
    constructor(message, kind = 'format') {
        super(message);
        this.kind = kind;
    }
}
class TarParser extends external_node_stream_.Writable {
    onEntry;
    observe;
    /** Bytes of the tar seen so far. */
    position = 0;
    state = 'header';
    headerBuf = Buffer.alloc(tar_header/* BLOCK */.IE);
    headerFill = 0;
    remaining = 0;
    padding = 0;
    sink;
    zeroBlocks = 0;
    metaType = '';
    meta = [];
    paxPath;
    paxLinkpath;
    paxSize;
    longName;
    longLink;
    /**
     * `observe` sees every chunk of the tar before it is parsed (byte limits, the diffID's hash): one
     * stage fewer in the pipeline than a separate Transform.
     */
    constructor(onEntry, observe) {
        super({ highWaterMark: 1024 * 1024 });
        this.onEntry = onEntry;
        this.observe = observe;
    }
    _write(chunk, _enc, done) {
        // Parsed in a microtask, not inside the write: the write comes from zlib's callback, which
        // queues the inflate of the next chunk only once the write returns. Deferred, the thread pool
        // inflates the next chunk while this one is parsed and scanned (10% off the scan's wall time
        // on 2 cores; one chunk of look-ahead, as the high-water mark allows).
        queueMicrotask(() => {
            try {
                this.observe?.(chunk);
                this.consume(chunk);
                done();
            }
            catch (error) {
                done(error);
            }
        });
    }
    _final(done) {
        if (this.state === 'header' && this.headerFill === 0)
            return done();
        if (this.state === 'trailer')
            return done();
        done(new TarFormatError(`unexpected end of data: the tar ends inside ${this.state === 'header' ? 'a header' : 'an entry'} (at byte ${this.position})`, 'truncated'));
    }
    consume(chunk) {
        let at = 0;
        const length = chunk.length;
        while (at < length) {
            switch (this.state) {
                case 'header': {
                    if (this.headerFill === 0 && length - at >= tar_header/* BLOCK */.IE) {
                        this.position += tar_header/* BLOCK */.IE;
                        this.header(chunk, at);
                        at += tar_header/* BLOCK */.IE;
                    }
                    else {
                        const take = Math.min(tar_header/* BLOCK */.IE - this.headerFill, length - at);
                        chunk.copy(this.headerBuf, this.headerFill, at, at + take);
                        this.headerFill += take;
                        at += take;
                        this.position += take;
                        if (this.headerFill === tar_header/* BLOCK */.IE) {
                            this.headerFill = 0;
                            this.header(this.headerBuf, 0);
                        }
                    }
                    break;
                }
                case 'data':
                case 'meta': {
                    const take = Math.min(this.remaining, length - at);
                    const slice = chunk.subarray(at, at + take);
                    if (this.state === 'data')
                        this.sink?.write(slice);
                    else
                        this.meta.push(Buffer.from(slice)); // copied: small, and kept past this chunk
                    at += take;
                    this.position += take;
                    this.remaining -= take;
                    if (this.remaining === 0)
                        this.endContent();
                    break;
                }
                case 'padding': {
                    const take = Math.min(this.padding, length - at);
                    at += take;
                    this.position += take;
                    this.padding -= take;
                    if (this.padding === 0)
                        this.state = 'header';
                    break;
                }
                case 'trailer': {
                    const nonZero = findNonZero(chunk, at);
                    if (nonZero !== -1)
                        throw new TarFormatError(`data after the end-of-archive marker at byte ${this.position + (nonZero - at)} (content no extractor would list)`);
                    this.position += length - at;
                    at = length;
                    break;
                }
            }
        }
    }
    /** One 512-byte header at `buf[offset]`; `this.position` is already past it. */
    header(buf, offset) {
        const start = this.position - tar_header/* BLOCK */.IE;
        if (buf[offset] === 0 && (0,tar_header/* isZeroBlock */.ei)(buf, offset)) {
            this.zeroBlocks++;
            if (this.zeroBlocks === 2)
                this.state = 'trailer';
            return;
        }
        if (this.zeroBlocks > 0)
            throw new TarFormatError(`tar header at byte ${start} follows a zero block (Go's tar reader, which extracts layers, refuses this)`);
        if (!(0,tar_header/* checksumOk */.eu)(buf, offset))
            throw new TarFormatError(`tar header at byte ${start} has a bad checksum (corrupt, or not a tar)`, 'checksum');
        const flag = buf[offset + 156] === 0 ? '\0' : String.fromCharCode(buf[offset + 156]);
        const declared = (0,tar_header/* readNumber */.kz)(buf, offset + 124, 12);
        if (Number.isNaN(declared))
            throw new TarFormatError(`tar header at byte ${start} has an invalid size field`);
        if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
            if (declared > MAX_META_BYTES)
                throw new TarFormatError(`tar header at byte ${start}: a ${flag === 'L' || flag === 'K' ? 'GNU long name' : 'PAX'} record of ${declared} bytes (the limit is ${MAX_META_BYTES})`);
            this.metaType = flag;
            this.meta = [];
            this.beginContent(declared, 'meta');
            return;
        }
        const magic = buf.toString('latin1', offset + 257, offset + 265);
        const ustar = magic === 'ustar\u000000';
        let name = this.paxPath ?? this.longName;
        if (name === undefined) {
            const base = (0,tar_header/* readString */.E3)(buf, offset, 100);
            const prefix = ustar ? (0,tar_header/* readString */.E3)(buf, offset + 345, 155) : '';
            name = prefix ? `${prefix}/${base}` : base;
        }
        const linkname = this.paxLinkpath ?? this.longLink ?? (0,tar_header/* readString */.E3)(buf, offset + 157, 100);
        let size = this.paxSize ?? declared;
        this.paxPath = this.paxLinkpath = this.paxSize = this.longName = this.longLink = undefined;
        let type;
        if (flag === '\0')
            type = name.endsWith('/') ? 'directory' : 'file';
        else
            type = TYPES[flag] ?? 'other';
        if (HEADER_ONLY.has(flag) || type === 'directory')
            size = 0;
        const mode = (0,tar_header/* readNumber */.kz)(buf, offset + 100, 8);
        const sink = this.onEntry({ name, type, size, mode: Number.isNaN(mode) ? 0 : mode, linkname, offset: start });
        this.sink = sink || undefined;
        this.beginContent(size, 'data');
    }
    beginContent(size, state) {
        this.padding = (tar_header/* BLOCK */.IE - (size % tar_header/* BLOCK */.IE)) % tar_header/* BLOCK */.IE;
        this.remaining = size;
        this.state = state;
        if (size === 0)
            this.endContent();
    }
    endContent() {
        if (this.state === 'data') {
            const sink = this.sink;
            this.sink = undefined;
            sink?.end();
        }
        else
            this.applyMeta(Buffer.concat(this.meta));
        this.state = this.padding > 0 ? 'padding' : 'header';
    }
    applyMeta(data) {
        const at = this.position - data.length - tar_header/* BLOCK */.IE;
        if (this.metaType === 'L')
            this.longName = (0,tar_header/* readString */.E3)(data, 0, data.length);
        else if (this.metaType === 'K')
            this.longLink = (0,tar_header/* readString */.E3)(data, 0, data.length);
        else if (this.metaType === 'x') {
            for (const [key, value] of parsePax(data, at)) {
                if (key === 'path')
                    this.paxPath = value;
                else if (key === 'linkpath')
                    this.paxLinkpath = value;
                else if (key === 'size') {
                    if (!/^\d{1,15}$/.test(value))
                        throw new TarFormatError(`tar header at byte ${at}: PAX size "${value.slice(0, 20)}" is not a size`);
                    this.paxSize = Number(value);
                }
            }
        }
        // 'g' (global PAX) applies to nothing Docker reads.
    }
}
/** PAX records: `LENGTH KEY=VALUE\n`, LENGTH counting the whole record. */
function parsePax(data, at) {
    const records = [];
    let i = 0;
    while (i < data.length) {
        if (data[i] === 0)
            break; // NUL padding after the last record
        const space = data.indexOf(0x20, i);
        const length = space === -1 ? Number.NaN : Number(data.toString('latin1', i, space));
        if (!Number.isInteger(length) || length <= space - i + 1 || i + length > data.length || data[i + length - 1] !== 0x0a) {
            throw new TarFormatError(`tar header at byte ${at}: malformed PAX record at offset ${i}`);
        }
        const record = data.toString('utf8', space + 1, i + length - 1);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new TarFormatError(`tar header at byte ${at}: malformed PAX record at offset ${i}`);
        records.push([record.slice(0, eq), record.slice(eq + 1)]);
        i += length;
    }
    return records;
}
function findNonZero(buf, from) {
    for (let i = from; i < buf.length; i++)
        if (buf[i] !== 0)
            return i;
    return -1;
}

;// CONCATENATED MODULE: ./src/image/layer-stream.ts
/**
 * Streams one layer blob: verifies its digest, decompresses it (gzip, zstd or none, by magic
 * bytes), enforces the size and ratio limits, verifies the diffID where it is the only check, and
 * walks its tar entries (tar-parser.ts), handing each to the caller with whiteouts recorded apart.
 * Nothing touches the disk.
 *
 * One SHA-256 pass per layer: a compressed blob whose digest a content-addressed manifest names
 * is authenticated by that digest, so hashing its uncompressed tar as well (the diffID) adds no
 * security and costs a second pass over 2-3x the bytes. The diffID is computed where it is the
 * only check (a docker-archive, whose manifest.json is not content-addressed, or a layer with no
 * digest); for an uncompressed layer the blob is the tar, and one hash serves both.
 */







/** Counts and hashes (when asked) the stored blob as it passes to the decompressor. */
class Meter extends external_node_stream_.Transform {
    hash;
    bytes = 0;
    constructor(hashed) {
        super({ highWaterMark: 1024 * 1024 });
        if (hashed)
            this.hash = (0,external_node_crypto_.createHash)('sha256');
    }
    digest() {
        return this.hash ? `sha256:${this.hash.digest('hex')}` : undefined;
    }
    _transform(chunk, _enc, done) {
        this.bytes += chunk.length;
        this.hash?.update(chunk);
        done(null, chunk);
    }
}
const layer_stream_TYPES = {
    file: 'file',
    directory: 'directory',
    symlink: 'symlink',
    hardlink: 'hardlink',
    'character-device': 'other',
    'block-device': 'other',
    fifo: 'other',
    other: 'other',
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
    let tarBytes = 0;
    const tarHash = hashed.tar ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    const observeTar = (chunk) => {
        tarBytes += chunk.length;
        tarHash?.update(chunk);
        if (tarBytes > limits.maxLayerBytes) {
            throw new errors/* InputError */.dz(`${where}: decompresses past the ${limits.maxLayerBytes}-byte layer limit (a decompression bomb, or raise the limit)`);
        }
        if (compression !== 'none' && tarBytes > limits.ratioFloorBytes && tarBytes / Math.max(stored.bytes, 1) > limits.maxRatio) {
            throw new errors/* InputError */.dz(`${where}: decompression ratio over ${limits.maxRatio}:1 after ${tarBytes} bytes (a decompression bomb, or raise the limit)`);
        }
    };
    const listing = { index: layer.index, entries: [], whiteouts: [], opaqueDirs: [], bytes: 0 };
    const paths = new LayerPathTracker(where);
    const extract = new TarParser((header) => handleEntry(header, listing, paths, layer.index, where, request.onEntry), observeTar);
    const decompressor = createDecompressor(compression);
    // The first stage to fail is the cause; pipeline then destroys the others with the same error.
    let failedStage;
    decompressor?.once('error', () => (failedStage ??= 'decompress'));
    extract.once('error', () => (failedStage ??= 'tar'));
    try {
        if (decompressor)
            await (0,promises_.pipeline)(raw, stored, decompressor, extract);
        else
            await (0,promises_.pipeline)(raw, stored, extract);
    }
    catch (error) {
        throw describeLayerError(error, where, compression, failedStage);
    }
    listing.bytes = tarBytes;
    const blobDigest = stored.digest();
    const diffId = compression === 'none' ? blobDigest : tarHash && `sha256:${tarHash.digest('hex')}`;
    // The config's diffID first: for a legacy docker-archive layer it is also the digest.
    if (layer.diffId && diffId !== undefined && layer.diffId !== diffId) {
        throw new errors/* InputError */.dz(`${where}: diffID mismatch: the config says ${layer.diffId}, the uncompressed layer hashes to ${diffId}`);
    }
    if (layer.digest && layer.digest !== blobDigest) {
        throw new errors/* InputError */.dz(`${where}: blob digest mismatch: the manifest says ${layer.digest}, the bytes hash to ${blobDigest}`);
    }
    return { ...listing, compression, blobDigest, diffId };
}
function handleEntry(header, listing, paths, layerIndex, where, onEntry) {
    const path = normaliseEntryPath(header.name, where);
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    if (base.startsWith('.wh.')) {
        const dir = slash <= 0 ? '/' : path.slice(0, slash);
        if (base === '.wh..wh..opq')
            listing.opaqueDirs.push(dir);
        else
            listing.whiteouts.push(`${dir === '/' ? '' : dir}/${base.slice(4)}`);
        return;
    }
    const type = layer_stream_TYPES[header.type];
    // An entry of another type that carries bytes (an unknown typeflag) is still content of the blob.
    const entry = { path, type, size: type === 'file' || type === 'other' ? header.size : 0, mode: header.mode, layerIndex };
    if (type === 'symlink')
        entry.linkTarget = header.linkname;
    if (type === 'hardlink')
        entry.linkTarget = normaliseEntryPath(header.linkname, where);
    paths.add(entry);
    listing.entries.push({ path, type });
    return onEntry?.(entry);
}
function describeLayerError(error, where, compression, failedStage) {
    if (error instanceof errors/* InputError */.dz)
        return error;
    const e = error;
    const message = e.message ?? String(error);
    if (failedStage === 'decompress')
        return new errors/* InputError */.dz(`${where}: corrupt or truncated ${compression} data (${message})`, { cause: error });
    if (error instanceof TarFormatError) {
        if (error.kind === 'checksum')
            return new errors/* InputError */.dz(`${where}: tar header with a bad checksum (${message})`, { cause: error });
        if (error.kind === 'truncated')
            return new errors/* InputError */.dz(`${where}: truncated layer (${message})`, { cause: error });
        return new errors/* InputError */.dz(`${where}: ${message}`, { cause: error });
    }
    if (/premature/i.test(message))
        return new errors/* InputError */.dz(`${where}: truncated layer (${message})`, { cause: error });
    if (e.code === 'ENOENT')
        return new errors/* InputError */.dz(`${where}: blob missing (${message})`, { cause: error });
    return new errors/* InputError */.dz(`${where}: ${message}`, { cause: error });
}

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

// EXTERNAL MODULE: ./src/image/transports/docker-archive.ts
var docker_archive = __webpack_require__(637);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/image/archive-index.ts
var archive_index = __webpack_require__(4798);
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
    const archive = await archive_index/* ArchiveIndex */.J.build(source.path, source.display);
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
    const top = (0,image_manifest/* parseManifestDocument */.Qz)(await store.readFile('index.json', limits.maxJsonBytes, 'index'), `${source.display}: index.json`);
    if (top.kind !== 'index')
        throw new errors/* InputError */.dz(`${source.display}: index.json is not an image index`);
    let descriptor = pickFromLayoutIndex(top, source);
    let manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
    let doc = (0,image_manifest/* parseManifestDocument */.Qz)(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
    if (doc.kind === 'index') {
        descriptor = (0,image_manifest/* selectPlatform */.md)(doc, platform, `${source.display}: index ${descriptor.digest}`);
        manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
        doc = (0,image_manifest/* parseManifestDocument */.Qz)(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
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
            return (0,docker_archive/* resolveDockerArchive */.h)(source, platform, limits);
        case 'oci':
            return resolveOciDirectory(source, platform, limits);
        case 'oci-archive':
            return resolveOciArchive(source, platform, limits);
        // Loaded when used: the registry client (http, tls) and the engine's exec are a fifth of a
        // local read's start-up otherwise (bench/image-reader.mjs).
        case 'docker-daemon':
            return (await __webpack_require__.e(/* import() */ 283).then(__webpack_require__.bind(__webpack_require__, 7283))).resolveDockerDaemon(source, platform, limits, options.tempDir);
        case 'docker':
            return (await __webpack_require__.e(/* import() */ 974).then(__webpack_require__.bind(__webpack_require__, 4974))).resolveRegistryImage(source, { ...options, limits });
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
    const wanted = (0,image_manifest/* parsePlatform */.FL)(options.platform ?? 'linux/amd64');
    const limits = { ...defaultLimits, ...options.limits };
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const resolved = await resolve(source, wanted, limits, options);
    try {
        const config = (0,image_config/* parseImageConfig */.F)(resolved.configBytes, source.display);
        const variant = typeof config.raw.variant === 'string' ? config.raw.variant : undefined;
        const platform = config.os ? { os: config.os, architecture: config.architecture, ...(variant ? { variant } : {}) } : resolved.platform;
        logger.debug(`${source.display}: ${resolved.layers.length} layers, ${(0,image_manifest/* formatPlatform */.Bq)(platform)}, ${resolved.digest}`);
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
                return new FilesystemIndex(listings);
            },
            close: () => resolved.close(),
        };
    }
    catch (error) {
        await resolved.close();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/registry/client.ts + 1 modules
var registry_client = __webpack_require__(8963);
// EXTERNAL MODULE: ./src/registry/credentials.ts
var credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/scan/types.ts
/** The scan's public types: rules, findings and the JSON report. */
const severities = ['critical', 'high', 'medium', 'low'];
/** Orders severities: lower number, more severe. */
function severityRank(severity) {
    return severities.indexOf(severity);
}
/** Whether a finding of `severity` fails a scan run with `failOn`. */
function failsAt(severity, failOn) {
    return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}

;// CONCATENATED MODULE: ./src/push/push.ts
/**
 * Push over the OCI distribution API, no engine involved: exactly the bytes that were scanned.
 * From an OCI layout or archive (or another registry) the blobs and the manifest go as stored, so
 * the registry ends with the same manifest digest. From a docker-archive the layers are gzipped
 * (once, to temporary files, so their digests are known before upload) and a Docker schema 2
 * manifest is written around the unchanged config: the image ID stays the same. Blobs first
 * (existence check, cross-repository mount, chunked upload resumed from the registry's offset after
 * a failure), then the manifest by digest, then the tags: a failed push leaves no tag pointing at a
 * partial image. Verified after the push.
 */















const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Destination text `docker://REF` or `REF`; it must name a registry repository (lower-cased; the tag as written). */
function parseDestination(text) {
    const ref = (0,reference/* parseImageReference */.o_)(text.replace(/^docker:\/\//, ''), { lowerCase: true });
    if (ref.digest)
        throw new errors/* InputError */.dz(`destination ${text}: name a tag (or none), not a digest; the digest is what the push produces`);
    return ref;
}
function checkScanReport(path, digest, failOn) {
    let report;
    try {
        report = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`--scan-report ${path}: ${error.code ?? error.message}`);
    }
    if (!report.image?.digest || !Array.isArray(report.findings))
        throw new errors/* InputError */.dz(`--scan-report ${path}: not a scan report (no image.digest or findings)`);
    if (report.image.digest !== digest) {
        throw new errors/* GateFailure */.In(`refusing to push: the scan report ${path} is of ${report.image.digest}, but this image is ${digest}; scan what you push`);
    }
    if (failOn === 'none')
        return;
    const limit = severities.indexOf(failOn);
    const failing = report.findings.filter((f) => severities.indexOf(f.severity) >= 0 && severities.indexOf(f.severity) <= limit).length;
    if (failing > 0)
        throw new errors/* GateFailure */.In(`refusing to push: the scan report ${path} has ${failing} finding(s) at or above ${failOn}`);
}
/** Skips `offset` bytes of a stream (to resume a blob whose source cannot seek). */
async function* skipBytes(stream, offset) {
    let skipped = 0;
    for await (const chunk of stream) {
        if (skipped >= offset)
            yield chunk;
        else if (skipped + chunk.length > offset) {
            yield chunk.subarray(offset - skipped);
            skipped = offset;
        }
        else
            skipped += chunk.length;
    }
}
/** Fixed-size chunks from a byte stream, the last one shorter. */
async function* rechunk(source, size) {
    let parts = [];
    let have = 0;
    for await (const chunk of source) {
        parts.push(chunk);
        have += chunk.length;
        while (have >= size) {
            const all = Buffer.concat(parts);
            yield all.subarray(0, size);
            parts = [all.subarray(size)];
            have -= size;
        }
    }
    if (have > 0)
        yield Buffer.concat(parts);
}
class Uploader {
    client;
    repository;
    chunkBytes;
    retries;
    logger;
    constructor(client, repository, chunkBytes, retries, logger) {
        this.client = client;
        this.repository = repository;
        this.chunkBytes = chunkBytes;
        this.retries = retries;
        this.logger = logger;
    }
    get scope() {
        return `repository:${this.repository}:pull,push`;
    }
    location(response, base) {
        const location = response.headers.location;
        if (typeof location !== 'string')
            throw new registry_client/* RegistryError */.gl(`${this.client.registry}/${this.repository}: upload answer without a Location header`);
        const next = new URL(location, base);
        // Image bytes that went over TLS do not continue in the clear.
        if (new URL(base).protocol === 'https:' && next.protocol !== 'https:') {
            throw new registry_client/* RegistryError */.gl(`${this.client.registry}/${this.repository}: refusing the upload location ${next.origin}${next.pathname}: plain http after https`);
        }
        return next.href;
    }
    /** Starts an upload session, or mounts the blob from `from` (201) when the registry can. */
    async begin(digest, from) {
        const query = from ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : '';
        const response = await this.client.request(`/v2/${this.repository}/blobs/uploads/${query}`, { method: 'POST', headers: { 'content-length': '0' }, scope: this.scope, expect: [201, 202] });
        response.resume();
        if (response.statusCode === 201)
            return { mounted: true };
        return { mounted: false, url: this.location(response, this.client.baseUrl) };
    }
    /** Where the registry says the upload is: the next byte it expects. */
    async offset(url, confirmed) {
        const response = await this.client.request(url, { method: 'GET', scope: this.scope, expect: [204, 404] });
        response.resume();
        if (response.statusCode === 404)
            return undefined;
        // `0-N` names the last byte received. Distribution also says `0-0` when it has none, which
        // reads like one byte; it can only mean none when no chunk has been confirmed yet.
        const range = /^(?:bytes=)?0-(\d+)$/.exec(String(response.headers.range ?? ''));
        if (!range)
            return 0;
        return range[1] === '0' && confirmed === 0 ? 0 : Number(range[1]) + 1;
    }
    async push(blob, from) {
        if ((await this.client.blobExists(this.repository, blob.digest, this.scope)) !== undefined)
            return 'exists';
        for (let session = 0;; session++) {
            const started = await this.begin(blob.digest, from);
            if (started.mounted)
                return 'mounted';
            try {
                await this.upload(blob, started.url);
                return 'uploaded';
            }
            catch (error) {
                // The upload session itself is gone (registry restarted, session expired): start over.
                if (error instanceof LostSession) {
                    if (session < 2) {
                        this.logger.debug(`${this.repository}: upload of ${blob.digest} starts over in a new session after: ${error.original.message}`);
                        continue;
                    }
                    throw error.original;
                }
                throw error;
            }
        }
    }
    async upload(blob, firstUrl) {
        let url = firstUrl;
        let offset = 0;
        let failures = 0;
        while (offset < blob.size) {
            const stream = await blob.open(offset);
            try {
                if (blob.size - offset <= this.chunkBytes) {
                    // The rest in one PATCH, streamed from the source: no buffering, one round trip.
                    const response = await this.client.request(url, {
                        method: 'PATCH',
                        headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size - offset), 'content-range': `${offset}-${Math.max(offset, blob.size - 1)}` },
                        body: stream,
                        scope: this.scope,
                        expect: [202],
                        replayable: false,
                    });
                    response.resume();
                    url = this.location(response, url);
                    offset = blob.size;
                    break;
                }
                for await (const chunk of rechunk(stream, this.chunkBytes)) {
                    const response = await this.client.request(url, {
                        method: 'PATCH',
                        headers: { 'content-type': 'application/octet-stream', 'content-length': String(chunk.length), 'content-range': `${offset}-${offset + chunk.length - 1}` },
                        body: chunk,
                        scope: this.scope,
                        expect: [202],
                        replayable: false,
                    });
                    response.resume();
                    url = this.location(response, url);
                    offset += chunk.length;
                }
                break;
            }
            catch (error) {
                stream.destroy?.();
                if (++failures > this.retries)
                    throw error;
                await sleep(Math.min(8000, 250 * 2 ** failures));
                const at = await this.offset(url, offset).catch(() => undefined);
                if (at === undefined)
                    throw new LostSession(error);
                this.logger.debug(`${this.repository}: resuming ${blob.digest} at byte ${at} of ${blob.size} after: ${error.message}`);
                offset = at;
            }
        }
        const done = new URL(url);
        done.searchParams.set('digest', blob.digest);
        try {
            const response = await this.client.request(done.href, { method: 'PUT', headers: { 'content-length': '0' }, body: Buffer.alloc(0), scope: this.scope, expect: [201] });
            response.resume();
        }
        catch (error) {
            // The commit may have landed before the connection dropped: the blob then exists.
            if ((await this.client.blobExists(this.repository, blob.digest, this.scope).catch(() => undefined)) === undefined)
                throw error;
        }
    }
    async putManifest(reference, bytes, mediaType) {
        const response = await this.client.request(`/v2/${this.repository}/manifests/${reference}`, { method: 'PUT', headers: { 'content-type': mediaType }, body: bytes, scope: this.scope, expect: [201] });
        response.resume();
        return response.headers['docker-content-digest'];
    }
}
class LostSession extends Error {
    original;
    constructor(original) {
        super('upload session lost');
        this.original = original;
    }
}
/** The image's blobs as they will be pushed, and the manifest bytes (exact, or written for docker-archive layers). */
async function prepare(sourceText, options, tempDir) {
    const image = await openImage(sourceText, options);
    const { resolved } = image;
    const config = {
        digest: resolved.configDigest,
        size: resolved.configBytes.length,
        mediaType: image_manifest/* MediaType */.zu.dockerConfig,
        open: async (offset) => external_node_stream_.Readable.from([resolved.configBytes.subarray(offset)]),
    };
    if (resolved.manifestBytes) {
        const doc = JSON.parse(resolved.manifestBytes.toString('utf8'));
        const layers = resolved.layers.map((layer, i) => {
            const d = doc.layers[i];
            return { digest: d.digest, size: d.size, mediaType: d.mediaType, open: async (offset) => (offset ? external_node_stream_.Readable.from(skipBytes(await layer.open(), offset)) : layer.open()) };
        });
        return {
            blobs: [...layers, { ...config, mediaType: doc.config.mediaType }],
            manifest: resolved.manifestBytes,
            mediaType: resolved.manifestMediaType ?? image_manifest/* MediaType */.zu.ociManifest,
            digest: resolved.digest,
            configDigest: resolved.configDigest,
            imageDigest: image.digest,
            exact: true,
            close: () => image.close(),
        };
    }
    // docker-archive and docker-daemon: layers stored as tar; gzip each once to know its digest.
    const layers = [];
    for (const layer of resolved.layers) {
        const path = (0,external_node_path_.join)(tempDir, `layer-${layer.index}.tar.gz`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const gzip = (0,external_node_zlib_.createGzip)({ level: 6 });
        gzip.on('data', (c) => hash.update(c));
        await (0,promises_.pipeline)(await layer.open(), gzip, (0,external_node_fs_.createWriteStream)(path));
        layers.push({ digest: `sha256:${hash.digest('hex')}`, size: (0,external_node_fs_.statSync)(path).size, mediaType: image_manifest/* MediaType */.zu.dockerLayerGzip, open: async (offset) => (0,external_node_fs_.createReadStream)(path, { start: offset, highWaterMark: 1024 * 1024 }) });
    }
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: image_manifest/* MediaType */.zu.dockerManifest,
        config: { mediaType: image_manifest/* MediaType */.zu.dockerConfig, size: config.size, digest: config.digest },
        layers: layers.map((l) => ({ mediaType: l.mediaType, size: l.size, digest: l.digest })),
    }, null, 3));
    return {
        blobs: [...layers, config],
        manifest,
        mediaType: image_manifest/* MediaType */.zu.dockerManifest,
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}`,
        configDigest: resolved.configDigest,
        imageDigest: image.digest,
        exact: false,
        close: () => image.close(),
    };
}
async function pushImage(sourceText, destinations, options = {}) {
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    if (destinations.length === 0)
        throw new errors/* InputError */.dz('push: name at least one destination (docker://registry/repository[:tag])');
    const targets = destinations.map(parseDestination);
    // Explicit credentials go to one host: the one named, else the first destination's (the source is read with the same binding).
    const registryOptions = (0,credentials/* bindCredentials */.m6)(options.registry, targets[0].registry);
    const started = performance.now();
    const tempDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), 'mcp-push-'));
    const clients = new Map();
    const client = (registry) => {
        let c = clients.get(registry);
        if (!c)
            clients.set(registry, (c = new registry_client/* RegistryClient */.bP(registry, registryOptions, logger)));
        return c;
    };
    try {
        const prepared = await prepare(sourceText, { ...options, registry: registryOptions }, tempDir);
        try {
            if (options.scanReport)
                checkScanReport(options.scanReport, prepared.imageDigest, options.failOn ?? 'high');
            const blobs = [];
            let bytesUploaded = 0;
            // Repositories already holding every blob, per registry: a later destination mounts from them.
            const done = new Map();
            for (const target of targets) {
                const uploader = new Uploader(client(target.registry), target.repository, options.chunkBytes ?? Number.POSITIVE_INFINITY, options.retries ?? 5, logger);
                const from = done.get(target.registry);
                // Blobs go up several at a time (as docker and skopeo do), each streamed on its own connection.
                const results = new Array(prepared.blobs.length);
                let next = 0;
                let failed = false;
                const lane = async () => {
                    for (let i = next++; i < prepared.blobs.length && !failed; i = next++) {
                        const blob = prepared.blobs[i];
                        const how = await uploader.push(blob, from && from !== target.repository ? from : undefined);
                        if (how === 'uploaded')
                            bytesUploaded += blob.size;
                        results[i] = { digest: blob.digest, size: blob.size, how };
                        logger.debug(`${(0,reference/* formatReference */.FH)({ ...target, tag: undefined })}: ${blob.digest} ${how}`);
                    }
                };
                // Every lane settles before the first failure is thrown: none is left reading a temp file.
                const settled = await Promise.allSettled(Array.from({ length: Math.min(options.parallel ?? 4, prepared.blobs.length) }, () => lane().catch((error) => {
                    failed = true;
                    throw error;
                })));
                const rejected = settled.find((r) => r.status === 'rejected');
                if (rejected)
                    throw rejected.reason;
                blobs.push(...results);
                // Manifest by digest first; the tag only once the whole image is there.
                const answered = await uploader.putManifest(prepared.digest, prepared.manifest, prepared.mediaType);
                if (answered && answered !== prepared.digest)
                    throw new registry_client/* RegistryError */.gl(`${target.registry}/${target.repository}: the registry stored the manifest as ${answered}, expected ${prepared.digest}`);
                if (target.tag)
                    await uploader.putManifest(target.tag, prepared.manifest, prepared.mediaType);
                done.set(target.registry, target.repository);
            }
            // Verify: every destination answers with the digest pushed and, by tag, the same manifest.
            for (const target of targets) {
                const c = client(target.registry);
                const got = await c.getManifest(target.repository, target.tag ?? prepared.digest, [prepared.mediaType]);
                if (got.digest !== prepared.digest) {
                    throw new registry_client/* RegistryError */.gl(`${target.registry}/${target.repository}:${target.tag}: after the push the registry serves ${got.digest}, not ${prepared.digest}`);
                }
                const config = JSON.parse(got.bytes.toString('utf8')).config.digest;
                if (config !== prepared.configDigest)
                    throw new registry_client/* RegistryError */.gl(`${target.registry}/${target.repository}: pushed config ${config} is not the image ID ${prepared.configDigest}`);
            }
            return {
                source: sourceText,
                digest: prepared.digest,
                configDigest: prepared.configDigest,
                references: targets.map((t) => `${t.registry}/${t.repository}@${prepared.digest}`),
                tags: targets.filter((t) => t.tag).map((t) => `${t.registry}/${t.repository}:${t.tag}`),
                exact: prepared.exact,
                blobs,
                bytesUploaded,
                seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
            };
        }
        finally {
            await prepared.close();
        }
    }
    finally {
        for (const c of clients.values())
            c.close();
        (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/util/html.ts
/**
 * Escaping for job summaries (GitHub-flavoured Markdown with inline HTML): text from an image, a
 * server or a user goes into a summary only through these, so it can neither open a tag nor break
 * out of a code span or a table cell.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;', '`': '&#96;', '\\': '&#92;' };
/** Text for HTML or a Markdown table cell: tags, quotes, pipes and backticks become entities; newlines spaces. */
function escapeHtml(text) {
    return text.replace(/[&<>"'|`\\]/g, (c) => ENTITIES[c]).replace(/\r?\n|\r/g, ' ');
}
/** Text as inline code, escaped (a Markdown code span could be closed by a backtick in the text). */
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/util/parse.ts

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
function parse_parseDuration(value, name = 'duration') {
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        total += Number(m[1]) * unitMs[m[2]];
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== text.length) {
        throw new InputError(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parse_parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new InputError(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new InputError(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parse_parseBoolean(value, name = 'value') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    throw new InputError(`${name}: "${value}" is not a boolean (expected true or false)`);
}
/** Splits a comma- or newline-separated list, dropping empty items. */
function parseList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Chooses a value from a closed set, naming the choices on error. */
function parseChoice(value, choices, name) {
    if (choices.includes(value))
        return value;
    throw new errors/* InputError */.dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}

;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
    if (!value)
        throw new errors/* InputError */.dz(`Input required and not supplied: ${name}`);
    return value;
}
function getOptionalInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
    return value === '' ? undefined : value;
}
/** Reads a secret input and masks it before anything else can print it. */
function getSecretInput(name) {
    const value = lib_core/* getInput */.V4(name);
    if (value === '')
        return undefined;
    lib_core/* setSecret */.Pq(value);
    return value;
}
function getBooleanInput(name, fallback) {
    const value = getOptionalInput(name);
    return value === undefined ? fallback : parseBoolean(value, `input ${name}`);
}
function getDurationInput(name, fallback) {
    return parseDuration(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getSizeInput(name, fallback) {
    return parseSize(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getListInput(name) {
    return parseList(lib_core/* getInput */.V4(name));
}
function getChoiceInput(name, choices, fallback) {
    return parseChoice(getOptionalInput(name) ?? fallback, choices, `input ${name}`);
}
function getJsonInput(name) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return undefined;
    try {
        return JSON.parse(value);
    }
    catch (error) {
        throw new InputError(`input ${name}: not valid JSON (${error.message})`);
    }
}
/** The job's workspace (GITHUB_WORKSPACE; the current directory outside the runner). */
function workspaceDir() {
    return (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd());
}
/** The runner's temp directory, where the actions write their reports by default. */
function runnerTempDir() {
    return (0,external_node_path_.resolve)(process.env.RUNNER_TEMP ?? process.cwd());
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** The path with the symbolic links of its longest existing ancestor resolved. */
function realPath(path) {
    const rest = [];
    for (let head = path;; head = (0,external_node_path_.dirname)(head)) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(head), ...rest);
        }
        catch {
            if ((0,external_node_path_.dirname)(head) === head)
                return path;
            rest.unshift((0,external_node_path_.basename)(head));
        }
    }
}
function getPathInput(name, options = {}) {
    const value = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? options.fallback);
    if (value === undefined)
        return undefined;
    const workspace = workspaceDir();
    const roots = options.output || options.report ? [workspace, runnerTempDir()] : [workspace];
    const path = (0,external_node_path_.resolve)(workspace, value);
    const inside = roots.some((root) => isInside(path, root) && isInside(realPath(path), realPath(root)));
    if (!inside) {
        throw new errors/* InputError */.dz(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
    }
    return path;
}
/** An input renamed: the new name, else the deprecated one with a warning saying what to write. */
function getRenamedInput(name, deprecated) {
    const value = getOptionalInput(name);
    const old = getOptionalInput(deprecated);
    if (old !== undefined) {
        core.warning(`input ${deprecated} is deprecated: use ${name}${value !== undefined ? ` (both given; ${name} wins)` : ''}`);
    }
    return value ?? old;
}
/**
 * Registry access shared by every action that reads or pushes images: the `registry` host the
 * explicit credentials are bound to, the credentials, the `github-token` for ghcr.io, insecure
 * registries and DOCKER_CONFIG as the CLI honours it. Secrets are masked first.
 */
function getRegistryInputs() {
    const password = getSecretInput('registry-password');
    const githubToken = getSecretInput('github-token') ?? process.env.GITHUB_TOKEN;
    const username = getOptionalInput('registry-username');
    const credentialHost = getOptionalInput('registry');
    if (username !== undefined && password === undefined)
        throw new errors/* InputError */.dz('input registry-username: given without registry-password');
    return {
        insecureRegistries: getListInput('insecure-registries'),
        credentialHost: credentialHost === undefined ? undefined : (0,reference/* canonicalRegistry */.i7)(credentialHost, 'input registry'),
        username,
        password,
        githubToken,
        dockerConfigPath: process.env.DOCKER_CONFIG ? (0,external_node_path_.join)(process.env.DOCKER_CONFIG, 'config.json') : undefined,
    };
}

// EXTERNAL MODULE: ./src/scan/redact-text.ts + 6 modules
var redact_text = __webpack_require__(4666);
;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * Everything an action lets out of the process goes through here, and through the scan's
 * redaction first: log lines, annotations, outputs, the job summary, report files and the final
 * error. A secret the image carries (set in ENV, used inline in a RUN step) never leaves whole.
 */





/** The engine's logger for actions: runner log commands, redacted. */
const actionLogger = {
    debug: (m) => lib_core/* debug */.Yz((0,redact_text/* redactText */.iB)(m)),
    info: (m) => lib_core/* info */.pq((0,redact_text/* redactText */.iB)(m)),
    warning: (m) => lib_core/* warning */.$e((0,redact_text/* redactText */.iB)(m)),
    error: (m) => lib_core/* error */.z3((0,redact_text/* redactText */.iB)(m)),
};
/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
function annotate(level, message, properties = {}) {
    const props = { ...properties, ...(properties.title ? { title: redactText(properties.title) } : {}) };
    core[level](redactText(message), props);
}
/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        lib_core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify((0,redact_text/* redactDeep */.KL)(value)) : (0,redact_text/* redactText */.iB)(String(value)));
    }
}
/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
async function writeSummary(markdown) {
    await lib_core/* summary */.z.addRaw((0,redact_text/* redactText */.iB)(markdown), true).write();
}
/**
 * Writes a JSON report, redacted: the text as a whole, and value by value where redacting the
 * serialised text would break it (a secret whose redacted form ends inside an escape).
 */
function writeJsonReport(path, value) {
    const text = redactText(JSON.stringify(value, null, 2));
    let safe = text;
    try {
        JSON.parse(text);
    }
    catch {
        safe = JSON.stringify(redactDeep(value), null, 2);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${safe}\n`);
}
/** One phase of the step's log, folded in the runner's log view. */
function group(name, body) {
    return lib_core/* group */.Os((0,redact_text/* redactText */.iB)(name), body);
}
/**
 * The one catch at the top of every action: a known error becomes `setFailed(message)` with the
 * stack in debug only; an unknown one keeps its stack so a bug can be reported. Both redacted.
 */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        if ((0,errors/* isKnownError */.ux)(error)) {
            if (error.stack)
                lib_core/* debug */.Yz((0,redact_text/* redactText */.iB)(error.stack));
            lib_core/* setFailed */.C1((0,redact_text/* redactText */.iB)(error.message));
        }
        else if (error instanceof Error) {
            lib_core/* setFailed */.C1((0,redact_text/* redactText */.iB)(error.stack ?? error.message));
        }
        else {
            lib_core/* setFailed */.C1((0,redact_text/* redactText */.iB)(String(error)));
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/push.ts
/** actions/push: inputs → push over the distribution API → outputs and a summary of what went where. */





function getInputs() {
    const registry = getRegistryInputs();
    const image = getRequiredInput('image');
    getRequiredInput('destinations');
    return {
        image,
        destinations: getListInput('destinations'),
        options: {
            scanReport: getPathInput('scan-report', { report: true }),
            failOn: getChoiceInput('fail-on', [...severities, 'none'], 'high'),
            platform: getOptionalInput('platform') ?? 'linux/amd64',
            tempDir: runnerTempDir(),
            logger: actionLogger,
            registry,
        },
    };
}
async function run() {
    await runAction(async () => {
        const { image, destinations, options } = getInputs();
        const result = await group(`Push ${image}`, () => pushImage(image, destinations, options));
        // digest: the name pushed-digest had before it matched the all-in-one action's; kept as is.
        setOutputs({ 'pushed-digest': result.digest, digest: result.digest, 'image-id': result.configDigest, references: result.references.join('\n'), tags: result.tags.join('\n') });
        const count = (how) => result.blobs.filter((b) => b.how === how).length;
        await writeSummary([
            '### Image pushed',
            '',
            `${result.exact ? 'Exact bytes of the source (same manifest digest).' : 'Layers gzipped from the docker-archive; the image ID (config digest) is unchanged.'} Verified after the push.`,
            '',
            '| reference | tag |',
            '|---|---|',
            ...result.references.map((r, i) => `| ${code(r)} | ${result.tags[i] ? code(result.tags[i]) : ''} |`),
            '',
            escapeHtml(`${result.blobs.length} blobs: ${count('uploaded')} uploaded (${(result.bytesUploaded / 1024 / 1024).toFixed(1)} MB), ${count('mounted')} mounted, ${count('exists')} already there; ${result.seconds}s.`),
            '',
        ].join('\n'));
        actionLogger.info(`Pushed ${result.digest} to ${result.references.join(', ')}`);
    });
}


/***/ }),

/***/ 4798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ArchiveIndex)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _tar_header_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(262);
/**
 * Random access to the members of a tar archive on disk (docker-archive, oci-archive).
 * Hand-written: tar-stream reads sequentially and exposes no offsets, and reading a multi-GB
 * archive through it once per member is far slower than walking the 512-byte headers with
 * positioned reads and opening each member as a file stream at its offset.
 */




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
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: cannot open ${path} (${error.code ?? error.message})`);
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${this.display}: ${what} "${name}" is missing from the archive`);
        return member;
    }
    openMember(member) {
        if (member.size === 0)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.path, { start: 1, end: 0 });
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.path, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 });
    }
    async readMember(member, maxBytes, what) {
        if (member.size > maxBytes)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${this.display}: ${what} "${member.name}" is ${member.size} bytes, over the ${maxBytes}-byte limit for JSON documents`);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(this.path, 'r');
        try {
            const buf = Buffer.alloc(member.size);
            const { bytesRead } = await handle.read(buf, 0, member.size, member.offset);
            if (bytesRead !== member.size)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${this.display}: ${what} "${member.name}" is truncated`);
            return buf;
        }
        finally {
            await handle.close();
        }
    }
}
async function walk(handle, fileSize, display) {
    const members = new Map();
    const header = Buffer.alloc(_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE);
    let offset = 0;
    let longName;
    let paxPath;
    while (offset + _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE <= fileSize) {
        const { bytesRead } = await handle.read(header, 0, _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE, offset);
        if (bytesRead < _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE)
            break;
        if ((0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .isZeroBlock */ .ei)(header))
            return members;
        if (!(0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .checksumOk */ .eu)(header))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: tar header at byte ${offset} has a bad checksum (corrupt or not a tar archive)`);
        const size = (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readNumber */ .kz)(header, 124, 12);
        if (Number.isNaN(size))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: tar header at byte ${offset} has an invalid size field (corrupt or not a tar archive)`);
        const typeflag = String.fromCharCode(header[156] || 48);
        const dataOffset = offset + _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE;
        if (dataOffset + size > fileSize)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: archive is truncated (member at byte ${offset} needs ${size} bytes, the file ends first)`);
        if (typeflag === 'L' || typeflag === 'x') {
            const data = Buffer.alloc(size);
            await handle.read(data, 0, size, dataOffset);
            if (typeflag === 'L')
                longName = (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(data, 0, size);
            else
                paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
        }
        else {
            const prefix = header.subarray(257, 262).toString() === 'ustar' ? (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(header, 345, 155) : '';
            const base = (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(header, 0, 100);
            const name = normaliseName(paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base));
            longName = paxPath = undefined;
            members.set(name, { name, offset: dataOffset, size, type: typeflag });
        }
        offset = dataOffset + Math.ceil(size / _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE) * _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE;
    }
    if (members.size === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: not a tar archive (no member found)`);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: archive is truncated (no end-of-archive marker)`);
}


/***/ }),

/***/ 6575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ maskBuildArgs),
/* harmony export */   F: () => (/* binding */ parseImageConfig)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/** The image config document: what the reader reports, with build history mapped to layers. */

const NANOS_PER_MS = 1_000_000;
function parseImageConfig(bytes, where) {
    let raw;
    try {
        raw = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: image config is not valid JSON (${error.message})`);
    }
    if (typeof raw !== 'object' || raw === null)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: image config is not a JSON object`);
    const c = (raw.config ?? raw.container_config ?? {});
    const rootfs = (raw.rootfs ?? {});
    const diffIds = Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids.filter((d) => typeof d === 'string') : [];
    const hc = c.Healthcheck;
    return {
        env: stringArray(c.Env),
        labels: c.Labels ?? {},
        entrypoint: nullableStringArray(c.Entrypoint),
        cmd: nullableStringArray(c.Cmd),
        user: typeof c.User === 'string' ? c.User : '',
        workingDir: typeof c.WorkingDir === 'string' ? c.WorkingDir : '',
        exposedPorts: Object.keys(c.ExposedPorts ?? {}),
        healthcheck: hc?.Test
            ? {
                test: hc.Test,
                interval: hc.Interval ? hc.Interval / NANOS_PER_MS : undefined,
                timeout: hc.Timeout ? hc.Timeout / NANOS_PER_MS : undefined,
                retries: hc.Retries,
            }
            : null,
        history: mapHistory(Array.isArray(raw.history) ? raw.history : [], diffIds.length),
        diffIds,
        os: typeof raw.os === 'string' ? raw.os : '',
        architecture: typeof raw.architecture === 'string' ? raw.architecture : '',
        raw,
    };
}
/** Non-empty history steps map, in order, onto layers; empty-layer steps keep no layer index. */
function mapHistory(history, layerCount) {
    let next = 0;
    return history.map((h) => {
        const entry = { createdBy: h.created_by ?? '', emptyLayer: Boolean(h.empty_layer) };
        if (h.created)
            entry.created = h.created;
        if (h.comment)
            entry.comment = h.comment;
        if (!entry.emptyLayer && next < layerCount)
            entry.layerIndex = next++;
        return entry;
    });
}
function stringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function nullableStringArray(value) {
    return Array.isArray(value) ? stringArray(value) : null;
}
/**
 * Masks the values of build arguments recorded in a history step (`|2 TOKEN=abc X=1 /bin/sh -c …`
 * becomes `|2 TOKEN=*** X=*** /bin/sh -c …`): they are often credentials, and reports repeat
 * created_by strings.
 */
function maskBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+/.exec(createdBy);
    if (!m)
        return createdBy;
    let rest = createdBy.slice(m[0].length);
    const masked = [];
    for (let i = 0; i < Number(m[1]); i++) {
        const arg = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!arg)
            break;
        masked.push(`${arg[1]}=***`);
        rest = rest.slice(arg[0].length);
    }
    return `|${m[1]} ${masked.join(' ')} ${rest}`;
}


/***/ }),

/***/ 596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   HL: () => (/* binding */ manifestAcceptTypes),
/* harmony export */   Qz: () => (/* binding */ parseManifestDocument),
/* harmony export */   md: () => (/* binding */ selectPlatform),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
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

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   ei: () => (/* binding */ isZeroBlock),
/* harmony export */   eu: () => (/* binding */ checksumOk),
/* harmony export */   kz: () => (/* binding */ readNumber)
/* harmony export */ });
/**
 * The 512-byte tar header fields both tar readers need (the streaming layer parser and the
 * random-access archive index), read the way Go's archive/tar reads them: Go is what containerd
 * and Docker extract layers with, so what they would put on disk is what gets inspected.
 */
const BLOCK = 512;
/** A NUL-terminated field; the whole field when no NUL. */
function readString(buf, start, length) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}
/** An octal number field, or GNU base-256 (high bit set) for values past the octal range. NaN when neither. */
function readNumber(buf, start, length) {
    if (buf[start] & 0x80) {
        if (buf[start] & 0x40)
            return Number.NaN; // negative base-256: no size or mode is negative
        let value = buf[start] & 0x3f;
        for (let i = start + 1; i < start + length; i++)
            value = value * 256 + buf[i];
        return value;
    }
    // Octal digits, with NUL or space padding on either side (what every writer emits).
    let value = 0;
    let i = start;
    const end = start + length;
    while (i < end && (buf[i] === 0x20 || buf[i] === 0))
        i++;
    let digits = 0;
    for (; i < end; i++, digits++) {
        const c = buf[i];
        if (c < 0x30 || c > 0x37)
            break;
        value = value * 8 + (c - 0x30);
    }
    for (; i < end; i++)
        if (buf[i] !== 0x20 && buf[i] !== 0)
            return Number.NaN;
    return value;
}
/**
 * The header checksum: the sum of its bytes with the checksum field read as spaces. Go accepts
 * the unsigned or the signed sum (some old writers used signed chars); so does this.
 */
function checksumOk(header, offset = 0) {
    const stored = readNumber(header, offset + 148, 8);
    if (Number.isNaN(stored))
        return false;
    // Every header is checked: one pass summing bytes, the field's bytes swapped for spaces after.
    let unsigned = 8 * 32;
    for (let i = offset; i < offset + 148; i++)
        unsigned += header[i];
    for (let i = offset + 156; i < offset + BLOCK; i++)
        unsigned += header[i];
    if (stored === unsigned)
        return true;
    let signed = 8 * 32;
    for (let i = offset; i < offset + BLOCK; i++)
        if (i < offset + 148 || i >= offset + 156)
            signed += header[i] > 127 ? header[i] - 256 : header[i];
    return stored === signed;
}
/** True when all 512 bytes are zero (the end-of-archive marker). */
function isZeroBlock(buf, offset = 0) {
    for (let i = offset; i < offset + BLOCK; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ resolveDockerArchive)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4798);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6575);
/**
 * docker-archive:PATH[:REF]: a `docker save` tarball, in the legacy layout (manifest.json with
 * `<id>/layer.tar`) or the one Docker 25+ writes (the same manifest.json pointing into an OCI
 * layout's blobs). Both are read through manifest.json.
 */




function pickImage(entries, source) {
    if (entries.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: manifest.json lists no image`);
    const tags = entries.flatMap((e) => e.RepoTags ?? []);
    if (!source.tag) {
        if (entries.length === 1)
            return entries[0];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: the archive holds ${entries.length} images; name one as docker-archive:PATH:REF (${tags.join(', ')})`);
    }
    const lastPart = source.tag.slice(source.tag.lastIndexOf('/') + 1);
    const wanted = lastPart.includes(':') ? source.tag : `${source.tag}:latest`;
    const match = entries.find((e) => (e.RepoTags ?? []).some((t) => t === wanted || t === `docker.io/${wanted}` || t === `docker.io/library/${wanted}`));
    if (match)
        return match;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: no image tagged "${wanted}" in the archive (tags: ${tags.join(', ') || 'none'})`);
}
function parseArchiveManifest(bytes, display) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${display}: manifest.json is not valid JSON (${error.message})`);
    }
    if (!Array.isArray(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${display}: manifest.json is not a list of images`);
    value.forEach((e, i) => {
        if (typeof e?.Config !== 'string' || !Array.isArray(e.Layers))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${display}: manifest.json entry ${i} lacks Config or Layers`);
    });
    return value;
}
/** `blobs/sha256/HEX` names carry their digest; legacy `ID/layer.tar` ones do not. */
function digestFromName(name) {
    const m = /(?:^|\/)blobs\/sha256\/([0-9a-f]{64})$/.exec(name) ?? /^([0-9a-f]{64})\.json$/.exec(name);
    return m ? `sha256:${m[1]}` : undefined;
}
async function resolveDockerArchive(source, platform, limits, archivePath = source.path) {
    const archive = await _archive_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ArchiveIndex */ .J.build(archivePath, source.display);
    const manifestMember = archive.get('manifest.json');
    if (!manifestMember)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: not a docker-archive (no manifest.json; for an OCI archive use oci-archive:)`);
    const entry = pickImage(parseArchiveManifest(await archive.readMember(manifestMember, limits.maxJsonBytes, 'manifest.json'), source.display), source);
    const configBytes = await archive.readMember(archive.require(entry.Config, 'config'), limits.maxJsonBytes, 'config');
    const configDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(configBytes).digest('hex')}`;
    const named = digestFromName(entry.Config);
    if (named && named !== configDigest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: config ${entry.Config} digest mismatch: its name says ${named}, the bytes hash to ${configDigest}`);
    const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageConfig */ .F)(configBytes, source.display);
    if (config.diffIds.length && config.diffIds.length !== entry.Layers.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: manifest.json lists ${entry.Layers.length} layers but the config lists ${config.diffIds.length} diff_ids`);
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


/***/ }),

/***/ 8963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  gl: () => (/* binding */ RegistryError)
});

// UNUSED EXPORTS: readBody

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
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

// EXTERNAL MODULE: ./src/registry/credentials.ts
var credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * A client for the OCI distribution API over node:http/https, streaming bodies: manifests, blobs,
 * and the auth dance (anonymous, Basic, Bearer token challenge as docker's token spec has it: an
 * expired token is fetched anew on its 401, once per request). Retries 429 (honouring
 * Retry-After), 5xx and dropped connections with exponential backoff. Follows at most 10
 * redirects, never from https to plain http. Plain HTTP only for loopback registries and those
 * named insecure. Credentials go only to the registry they are for and the token service its
 * challenge names; a redirect elsewhere carries none.
 */









class RegistryError extends errors/* OrchestratorError */.jD {
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
    constructor(registry, options = {}, logger = util_logger/* silentLogger */.qq) {
        this.registry = registry;
        this.options = options;
        this.logger = logger;
        this.mayFallBack = (0,reference/* isLoopbackRegistry */.jW)(registry) || (options.insecureRegistries ?? []).includes(registry);
        this.baseUrl = `https://${(0,reference/* registryHost */.U$)(registry)}`;
        this.ca = options.caCertificates?.length ? [...external_node_tls_.rootCertificates, ...options.caCertificates] : undefined;
        this.agent = new external_node_https_.Agent({ keepAlive: true, ca: this.ca });
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
                this.baseUrl = `http://${(0,reference/* registryHost */.U$)(this.registry)}`;
                this.agent = new external_node_http_.Agent({ keepAlive: true });
                this.logger.debug(`${this.registry}: no TLS on this port; using plain HTTP (loopback or insecure registry)`);
            }
        }
    }
    close() {
        this.agent.destroy();
    }
    async getCredential() {
        if (this.credential === null)
            this.credential = await (0,credentials/* findCredential */.L4)(this.registry, this.options);
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
        const challenge = parseChallenge(header);
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
        return (0,reference/* isLoopbackRegistry */.jW)(host) || (this.options.insecureRegistries ?? []).includes(host);
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
        const transport = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
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
                const wait = parseRetryAfter(response.headers['retry-after']) ?? backoff * 2 ** attempt;
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
            const elsewhere = (0,credentials/* explicitCredentialsElsewhere */.hZ)(this.registry, this.options);
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
            throw new errors/* InputError */.dz(`${this.registry}/${repository}: manifest ${reference} not found (manifest unknown)`);
        }
        const bytes = await readBody(response, 8 * 1024 * 1024);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new errors/* InputError */.dz(`${this.registry}/${repository}: manifest digest mismatch: asked for ${reference}, the bytes hash to ${digest}`);
        }
        return { bytes, mediaType: String(response.headers['content-type'] ?? '').split(';')[0].trim(), digest };
    }
    async getBlob(repository, digest) {
        const response = await this.request(`/v2/${repository}/blobs/${digest}`, { scope: `repository:${repository}:pull`, expect: [200, 404] });
        if (response.statusCode === 404) {
            response.resume();
            throw new errors/* InputError */.dz(`${this.registry}/${repository}: blob ${digest} not found (blob unknown)`);
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
                reject(new errors/* InputError */.dz(`${response.url ?? 'response'}: body larger than ${maxBytes} bytes`));
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7895);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
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

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   i7: () => (/* binding */ canonicalRegistry),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/** Image references as docker writes them: `[registry/]repository[:tag][@digest]`. */

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function parseImageReference(text, options = {}) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${digest}" is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${tag}" is not a valid tag`);
    }
    if (options.lowerCase)
        rest = rest.toLowerCase();
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!REPOSITORY.test(repository))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${repository}" is not a valid repository name (lowercase letters, digits, . _ - and /)`);
    if (!tag && !digest)
        tag = 'latest';
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The host API requests go to: Docker Hub's API lives on registry-1.docker.io. */
function registryHost(registry) {
    return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
/**
 * One name per registry host, to compare where a credential is for with where a request goes:
 * lower-cased, Docker Hub's aliases as `docker.io`, and a URL as `docker login` takes it
 * (`https://index.docker.io/v1/`) reduced to its host. Throws on anything that is not a host[:port].
 */
function canonicalRegistry(text, what = 'registry') {
    const host = text
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/(?:v[12]\/?)?$/, '');
    if (!HOST.test(host))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} "${text}": not a registry host (write host[:port], e.g. ghcr.io or 127.0.0.1:5000)`);
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0];
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}


/***/ }),

/***/ 4666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KL: () => (/* binding */ redactDeep),
  iB: () => (/* binding */ redactText)
});

// UNUSED EXPORTS: findSecretsInText, redactCreatedBy, replaceSecrets

// EXTERNAL MODULE: ./src/image/config.ts
var config = __webpack_require__(6575);
;// CONCATENATED MODULE: ./src/scan/keyword-automaton.ts
const ALPHABET = 256;
function foldByte(b) {
    return b >= 0x41 && b <= 0x5a ? b + 32 : b;
}
class KeywordAutomaton {
    /**
     * Transitions: for each state's row and byte, the target state's row offset (state * 256), with
     * the low bit set when keywords end at the target.
     */
    rows;
    /** For each state, the keywords that end there (its own and those via failure links). */
    outputs;
    keywords;
    lengths;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        this.lengths = this.keywords.map((k) => Buffer.byteLength(k));
        const goto = [new Map()];
        const outputs = [[]];
        this.keywords.forEach((keyword, index) => {
            let state = 0;
            for (const byte of Buffer.from(keyword)) {
                const b = foldByte(byte);
                let to = goto[state].get(b);
                if (to === undefined) {
                    to = goto.length;
                    goto.push(new Map());
                    outputs.push([]);
                    goto[state].set(b, to);
                }
                state = to;
            }
            outputs[state].push(index);
        });
        const states = goto.length;
        const next = new Int32Array(states * ALPHABET);
        const fail = new Int32Array(states);
        // Breadth-first: each state's failure link, then its full transition row.
        const queue = [];
        for (let b = 0; b < ALPHABET; b++) {
            const to = goto[0].get(b) ?? 0;
            next[b] = to;
            if (to !== 0)
                queue.push(to);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const failRow = fail[state] * ALPHABET;
            outputs[state].push(...outputs[fail[state]]);
            // A byte without its own edge goes where the failure state's row sends it: copy that row
            // (complete: it is shallower, so done earlier), then set this state's own edges.
            next.copyWithin(state * ALPHABET, failRow, failRow + ALPHABET);
            for (const [b, to] of goto[state]) {
                fail[to] = next[failRow + b];
                next[state * ALPHABET + b] = to;
                queue.push(to);
            }
        }
        this.outputs = outputs;
        // Fold upper-case transitions onto lower-case ones, so matching needs no per-byte folding.
        for (let s = 0; s < states; s++)
            for (let b = 0x41; b <= 0x5a; b++)
                next[s * ALPHABET + b] = next[s * ALPHABET + b + 32];
        // The hot loop's form: each transition holds its target's row offset (state * 256) and, in the
        // low bit (free: offsets are multiples of 256), whether keywords end there, so a byte costs one
        // typed-array read and a mask (23% faster than a second read of a per-state flag).
        for (let i = 0; i < next.length; i++)
            next[i] = next[i] * ALPHABET + (outputs[next[i]].length > 0 ? 1 : 0);
        this.rows = next;
    }
    /** Every keyword occurrence in `buf[from, to)`. */
    search(buf, from = 0, to = buf.length) {
        const hits = [];
        this.forEachHit(buf, (start, keyword) => hits.push({ start, keyword }), from, to);
        return hits;
    }
    /** The scan's form of search: a call per occurrence, in order, and no objects made. */
    forEachHit(buf, onHit, from = 0, to = buf.length) {
        const rows = this.rows;
        let row = 0;
        for (let i = from; i < to; i++) {
            row = rows[(row & -ALPHABET) + buf[i]];
            // row >> 8 is the state (ALPHABET is 256).
            if ((row & 1) !== 0)
                for (const k of this.outputs[row >> 8])
                    onHit(i - this.lengths[k] + 1, k);
        }
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/scan/validators.ts
/** Structure checks that turn a pattern match into a finding: checksums, lengths, entropy, claims. */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function decodeBase62(text) {
    let value = 0;
    for (const ch of text) {
        const digit = BASE62.indexOf(ch);
        if (digit < 0)
            return -1;
        value = value * 62 + digit;
    }
    return value;
}
/**
 * GitHub classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm tokens (npm_): 30 random base62
 * characters, then 6 characters of base62 CRC32 over those 30.
 */
function hasTokenChecksum(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    return decodeBase62(body.slice(30)) === (0,external_node_zlib_.crc32)(body.slice(0, 30)) >>> 0;
}
/** Shannon entropy in bits per character. */
function shannonEntropy(text) {
    if (!text)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
const PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|%\(?[A-Za-z_]+\)?s?|\[.*\]|(.)\1{5,}|[xX*._-]{4,}.*|.*(?:changeme|change_me|example|placeholder|dummy|sample|fake|redacted|your[-_]?(?:key|token|secret|password)|xxxx|\*\*\*\*|insert|replace|todo|secret_here|password_here).*)$/i;
/** Values that stand for a secret rather than being one: ${VAR}, <your-key>, changeme, xxxx… */
function isPlaceholder(value) {
    return PLACEHOLDER.test(value.trim());
}
function decodeSegment(segment) {
    try {
        const json = Buffer.from(segment, 'base64url').toString('utf8');
        const value = JSON.parse(json);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** A JWT whose claims make it a credential: a Kubernetes service-account token. */
function isKubernetesServiceAccountToken(jwt) {
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string')
        return false;
    return p.iss === 'kubernetes/serviceaccount' || 'kubernetes.io' in p || String(p.sub ?? '').startsWith('system:serviceaccount:');
}
/** A JWT carrying privileged credential claims (service roles, admin or write scopes, client secrets). */
function isCredentialJwt(jwt) {
    if (isKubernetesServiceAccountToken(jwt))
        return false;
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string' || h.alg === 'none')
        return false;
    const role = String(p.role ?? '');
    const scope = [p.scope, p.scp, p.scopes, p.permissions].flat().map(String).join(' ');
    return role === 'service_role' || /\b(?:admin|write|\*)\b/i.test(scope) || 'client_secret' in p || 'api_key' in p;
}
/** A PEM private-key block with a real base64 body, not just a header in a string table. */
function isCompletePemBody(block) {
    const body = block
        .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/-----END [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/^[A-Za-z-]+: .*$/gm, '')
        .replace(/\\n|\\r|["'+\s,]/g, '');
    return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body);
}

;// CONCATENATED MODULE: ./src/scan/rules.ts

const ROTATE = 'Remove it from the image (and from every layer: a later `rm` does not), rotate it, and inject it at run time from a secret store.';
const token = (id, title, severity, keywords, pattern, extra = {}) => ({
    id,
    title,
    severity,
    keywords,
    pattern,
    help: `${title}. ${ROTATE}`,
    ...extra,
});
const rules_rules = [
    token('aws-access-key-id', 'AWS access key ID', 'high', ['akia', 'asia', 'abia', 'acca', 'a3t'], /\b(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, { allow: [/EXAMPLE$/] }),
    token('aws-secret-access-key', 'AWS secret access key', 'critical', ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret'], /(?:aws_?secret_?access_?key|secret_?access_?key|aws-secret-access-key)["']?\s{0,5}[:=]\s{0,5}["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi, { allow: [/EXAMPLEKEY$/], entropy: 4 }),
    token('github-classic-token', 'GitHub token (classic)', 'critical', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /\b(?<s>gh[pousr]_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('github-fine-grained-token', 'GitHub fine-grained personal access token', 'critical', ['github_pat_'], /\b(?<s>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g, { entropy: 4 }),
    token('gitlab-personal-access-token', 'GitLab personal access token', 'critical', ['glpat-'], /\b(?<s>glpat-[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'high', ['glptt-'], /\b(?<s>glptt-[0-9a-f]{40})\b/g),
    token('gitlab-runner-token', 'GitLab runner token', 'high', ['glrt-', 'gr1348941'], /\b(?<s>(?:glrt-|GR1348941)[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('slack-token', 'Slack token', 'high', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-'], /\b(?<s>xox[abeprs]-(?:\d{1,13}-){1,3}[A-Za-z0-9]{16,64})\b/g, { entropy: 3.5 }),
    token('slack-webhook', 'Slack incoming webhook', 'high', ['hooks.slack.com'], /(?<s>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{24})/g),
    token('stripe-live-key', 'Stripe live secret or restricted key', 'critical', ['sk_live_', 'rk_live_'], /\b(?<s>(?:sk|rk)_live_[A-Za-z0-9]{24,99})\b/g, { entropy: 3.5 }),
    token('stripe-webhook-secret', 'Stripe webhook signing secret', 'medium', ['whsec_'], /\b(?<s>whsec_[A-Za-z0-9]{32,64})\b/g, { entropy: 3.5 }),
    token('google-api-key', 'Google API key', 'high', ['aiza'], /\b(?<s>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service-account key (JSON)',
        severity: 'critical',
        keywords: ['service_account'],
        pattern: /"type"\s{0,5}:\s{0,5}"service_account"[^}]{0,4000}?"private_key"\s{0,5}:\s{0,5}"(?<s>-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\n]{100,4000}-----END PRIVATE KEY-----(?:\\n)?)"/g,
        validate: (s) => isCompletePemBody(s),
        help: `A Google Cloud service-account key file. ${ROTATE}`,
    },
    {
        id: 'private-key',
        title: 'Private key (PEM or OpenSSH)',
        severity: 'critical',
        keywords: ['private key-----'],
        pattern: /(?<s>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,\\"'-]{64,12000}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g,
        validate: (s) => isCompletePemBody(s),
        help: `A complete private key block. ${ROTATE}`,
    },
    token('npm-access-token', 'npm access token', 'critical', ['npm_'], /\b(?<s>npm_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('pypi-upload-token', 'PyPI upload token', 'critical', ['pypi-ageichlwa'], /\b(?<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/g),
    token('openai-api-key', 'OpenAI API key', 'critical', ['t3blbkfj'], /\b(?<s>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160})(?![A-Za-z0-9_-])/g),
    token('anthropic-api-key', 'Anthropic API key', 'critical', ['sk-ant-'], /\b(?<s>sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/g),
    token('huggingface-token', 'Hugging Face access token', 'high', ['hf_'], /\b(?<s>hf_[A-Za-z]{34})\b/g, { entropy: 3.8 }),
    token('sendgrid-api-key', 'SendGrid API key', 'high', ['sg.'], /\b(?<s>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('twilio-api-key', 'Twilio API key', 'high', ['twilio'], /twilio[\s\S]{0,100}?\b(?<s>SK[0-9a-f]{32})\b/gi, { entropy: 3 }),
    token('digitalocean-token', 'DigitalOcean token', 'critical', ['dop_v1_', 'doo_v1_', 'dor_v1_'], /\b(?<s>do[opr]_v1_[a-f0-9]{64})\b/g),
    token('vault-token', 'HashiCorp Vault token', 'critical', ['hvs.', 'hvb.'], /\b(?<s>hv[sb]\.[A-Za-z0-9_-]{90,200})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('azure-ad-client-secret', 'Azure AD client secret', 'high', ['q~'], /(?<![A-Za-z0-9_~.-])(?<s>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g, { entropy: 4 }),
    token('dockerhub-pat', 'Docker Hub personal access token', 'high', ['dckr_pat_'], /\b(?<s>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g),
    token('shopify-token', 'Shopify access token', 'high', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], /\b(?<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/g),
    token('square-access-token', 'Square access token', 'high', ['sq0atp-', 'sq0csp-'], /\b(?<s>sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    token('telegram-bot-token', 'Telegram bot token', 'medium', [':aa'], /\b(?<s>\d{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/g),
    token('discord-webhook', 'Discord webhook', 'high', ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], /(?<s>https:\/\/discord(?:app)?\.com\/api\/webhooks\/\d{10,20}\/[A-Za-z0-9_-]{60,70})/g),
    token('atlassian-api-token', 'Atlassian API token', 'high', ['atatt3'], /\b(?<s>ATATT3[A-Za-z0-9_=-]{180,200})(?![A-Za-z0-9_=-])/g),
    token('linear-api-key', 'Linear API key', 'high', ['lin_api_'], /\b(?<s>lin_api_[A-Za-z0-9]{40})\b/g),
    token('new-relic-user-key', 'New Relic user API key', 'high', ['nrak-'], /\b(?<s>NRAK-[A-Z0-9]{27})\b/g),
    token('age-secret-key', 'age encryption secret key', 'critical', ['age-secret-key-1'], /\b(?<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g),
    token('pulumi-access-token', 'Pulumi access token', 'high', ['pul-'], /\b(?<s>pul-[a-f0-9]{40})\b/g),
    token('doppler-token', 'Doppler token', 'high', ['dp.pt.', 'dp.st.', 'dp.sa.'], /\b(?<s>dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,44})\b/g),
    token('grafana-token', 'Grafana service-account or cloud token', 'high', ['glsa_', 'glc_'], /\b(?<s>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/_])/g, { entropy: 4 }),
    token('postman-api-key', 'Postman API key', 'high', ['pmak-'], /\b(?<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/g),
    token('sentry-auth-token', 'Sentry auth token', 'high', ['sntrys_', 'sntryu_'], /\b(?<s>sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/g),
    token('kubernetes-service-account-token', 'Kubernetes service-account token', 'critical', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isKubernetesServiceAccountToken }),
    token('jwt-credential', 'JWT with credential claims (service role, admin or write scope)', 'high', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isCredentialJwt }),
    {
        id: 'database-url-password',
        title: 'Database URL with a password',
        severity: 'high',
        keywords: ['postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'mariadb://'],
        pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql):\/\/(?<u>[^\s:@/"'`]{0,64}):(?<s>[^\s@/"'`]{3,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s) && !/^(?:password|pass|pwd|secret|postgres|root|user|admin|test|guest)$/i.test(s),
        help: `A connection URL that carries its password. ${ROTATE}`,
    },
    {
        id: 'url-basic-auth',
        title: 'Password in an HTTP(S) URL',
        severity: 'medium',
        keywords: ['http://', 'https://'],
        pattern: /\bhttps?:\/\/(?<u>[A-Za-z0-9._~%-]{1,64}):(?<s>[A-Za-z0-9._~%!$&'()*+,;=-]{8,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s),
        entropy: 3,
        help: `A URL with user:password credentials. ${ROTATE}`,
    },
    {
        id: 'generic-secret-assignment',
        title: 'High-entropy value assigned to a secret-named key',
        severity: 'medium',
        keywords: ['secret', 'token', 'password', 'passwd', 'api_key', 'apikey', 'api-key', 'access_key', 'private_key', 'client_secret', 'auth'],
        pattern: /(?<k>[A-Za-z0-9_.-]{0,40}(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?)["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?(?<s>[A-Za-z0-9_\-+/=.@!$%^&*~]{16,128})(?=["'`\s,;)}]|$)/gim,
        // The pattern without its leading key characters (tried from every position, they made it the
        // scan's costliest) and its end: most windows of these common words hold no assignment.
        precheck: /(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?[A-Za-z0-9_\-+/=.@!$%^&*~]{16}/i,
        entropy: 3.5,
        validate: (s) => !isPlaceholder(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(s) && !/^(?:process\.env|os\.environ|env\.|this\.|self\.)/.test(s),
        help: `A secret-named key set to a high-entropy value. If it is a real credential: ${ROTATE} If it is not, add it to the baseline with a reason.`,
    },
];
function ruleById(id) {
    return rules_rules.find((r) => r.id === id);
}
/** Applies a rule's structure checks to a secret found by its pattern. */
function acceptsSecret(rule, secret, match) {
    if (rule.allow?.some((re) => re.test(secret)))
        return false;
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy)
        return false;
    return rule.validate ? rule.validate(secret, match) : true;
}

;// CONCATENATED MODULE: ./src/scan/content-scanner.ts
/**
 * Scans file contents in bounded memory: chunks of about 1 MiB are searched by the keyword
 * automaton, and each rule's pattern runs only in windows around its keywords' hits. A tail of
 * the previous chunk is carried over, so a secret across a chunk boundary is found whole;
 * matches are keyed by absolute offset, so the overlap never reports one twice.
 */


const CHUNK = 1024 * 1024;
/** Longer than the longest secret any rule matches (a 4096-bit RSA key in PEM is about 3.3 KB). */
const OVERLAP = 16 * 1024;
const BINARY_PROBE = 8000;
function windowAfter(rule) {
    if (rule.id === 'private-key')
        return 13_000;
    if (rule.id === 'gcp-service-account-key')
        return 8_000;
    return 700;
}
const WINDOW_BEFORE = 160;
let compiledDefault;
function compileRules(rules = rules_rules) {
    if (rules === rules_rules && compiledDefault)
        return compiledDefault;
    const keywords = [];
    const rulesOf = [];
    rules.forEach((rule, r) => {
        for (const keyword of rule.keywords) {
            let k = keywords.indexOf(keyword);
            if (k < 0) {
                k = keywords.push(keyword) - 1;
                rulesOf.push([]);
            }
            rulesOf[k].push(r);
        }
    });
    const compiled = { automaton: new KeywordAutomaton(keywords), rulesOf, rules, after: rules.map(windowAfter) };
    if (rules === rules_rules)
        compiledDefault = compiled;
    return compiled;
}
/** True when the first bytes hold a NUL: binary content is not pattern-scanned. */
function looksBinary(head) {
    return Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, BINARY_PROBE)).indexOf(0) !== -1;
}
function countLines(buf, from, to) {
    let n = 0;
    for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1))
        n++;
    return n;
}
/** Feeds a file's content chunk by chunk; `finish()` returns every accepted match. */
class ContentScanner {
    compiled;
    pending = [];
    pendingBytes = 0;
    tail = Buffer.alloc(0);
    /** Absolute offset of `tail[0]`, and the 1-based line it starts on. */
    tailOffset = 0;
    tailLine = 1;
    seen = new Set();
    matches = [];
    binary;
    bytes = 0;
    constructor(compiled = compileRules()) {
        this.compiled = compiled;
    }
    push(chunk) {
        this.bytes += chunk.length;
        if (this.binary === undefined)
            this.binary = looksBinary(chunk);
        if (this.binary)
            return;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= CHUNK)
            this.flush(false);
    }
    finish() {
        if (!this.binary)
            this.flush(true);
        return dropShadowed(this.matches);
    }
    flush(final) {
        if (this.pendingBytes === 0 && !final)
            return;
        // Most files are one chunk with no tail before it: scanned in place, not copied.
        const buf = this.tail.length === 0 && this.pending.length === 1 ? this.pending[0] : Buffer.concat([this.tail, ...this.pending]);
        this.pending = [];
        this.pendingBytes = 0;
        this.scanBuffer(buf);
        if (!final) {
            const keep = Math.min(OVERLAP, buf.length);
            const cut = buf.length - keep;
            this.tailLine += countLines(buf, 0, cut);
            this.tailOffset += cut;
            this.tail = Buffer.from(buf.subarray(cut));
        }
    }
    scanBuffer(buf) {
        const { automaton, rulesOf, rules, after } = this.compiled;
        // One flat list of [start, end) windows per rule, merged where they overlap; rules in the
        // order of their first hit.
        const windows = [];
        const order = [];
        const length = buf.length;
        automaton.forEachHit(buf, (hitStart, keyword) => {
            const start = hitStart > WINDOW_BEFORE ? hitStart - WINDOW_BEFORE : 0;
            for (const r of rulesOf[keyword]) {
                const end = Math.min(length, hitStart + after[r]);
                const list = windows[r];
                if (list === undefined) {
                    windows[r] = [start, end];
                    order.push(r);
                }
                else if (start <= list[list.length - 1]) {
                    if (end > list[list.length - 1])
                        list[list.length - 1] = end;
                }
                else
                    list.push(start, end);
            }
        });
        for (const r of order) {
            const rule = rules[r];
            const list = windows[r];
            for (let i = 0; i < list.length; i += 2)
                this.runRule(rule, buf, list[i], list[i + 1]);
        }
    }
    runRule(rule, buf, start, end) {
        // latin1 keeps one character per byte, so string offsets are byte offsets.
        const text = buf.toString('latin1', start, end);
        if (rule.precheck && !rule.precheck.test(text))
            return;
        // The rule's own (global) RegExp, rewound: this loop is synchronous, so no one else is using it.
        const re = rule.pattern;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            const secret = m.groups?.s ?? m[0];
            const secretIndex = m.index + m[0].indexOf(secret);
            const offset = this.tailOffset + start + secretIndex;
            const key = `${rule.id}@${offset}`;
            if (this.seen.has(key) || !acceptsSecret(rule, secret, m[0]))
                continue;
            this.seen.add(key);
            const line = this.tailLine + countLines(buf, 0, start + secretIndex);
            this.matches.push({ rule, secret, line, offset });
        }
    }
}
/** Broad rules yield to specific ones: a token already named by its own rule is not also "generic". */
const BROAD = new Set(['generic-secret-assignment', 'url-basic-auth', 'private-key', 'database-url-password']);
function dropShadowed(matches) {
    return matches.filter((m) => !BROAD.has(m.rule.id) ||
        !matches.some((other) => other !== m && !BROAD.has(other.rule.id) && other.offset < m.offset + m.secret.length && m.offset < other.offset + other.secret.length));
}
/** Scans one whole buffer (config values, small files). */
function content_scanner_scanText(text, compiled) {
    const scanner = new ContentScanner(compiled);
    scanner.push(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/scan/config-scanner.ts


const configRules = [
    { id: 'env-secret', title: 'Secret-named environment variable set in the image', severity: 'high', help: 'An ENV baked into the image config is visible to anyone who pulls it. Set it at run time from a secret store instead.' },
    { id: 'build-arg-secret', title: 'Secret-named build argument recorded in the image history', severity: 'high', help: 'Build arguments used by RUN are recorded in the image history in plain text. Use a BuildKit secret mount (RUN --mount=type=secret) instead.' },
];
const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;
/** Whether NAME=value looks like a real secret set by name (not a path, a placeholder or a flag). */
function isSecretAssignment(name, value) {
    if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name))
        return false;
    const v = value.trim();
    return v.length >= 6 && !isPlaceholder(v) && !v.startsWith('/') && !/^(?:true|false|yes|no|none|null|\d+)$/i.test(v);
}
/** Parses `|2 A=1 B=two /bin/sh -c ...` (how the classic builder records build args). */
function config_scanner_parseBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+(.*)$/s.exec(createdBy);
    if (!m)
        return [];
    const count = Number(m[1]);
    const args = [];
    let rest = m[2];
    for (let i = 0; i < count; i++) {
        const a = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!a)
            break;
        args.push([a[1], a[2].replace(/^(["'])(.*)\1$/, '$2')]);
        rest = rest.slice(a[0].length);
    }
    return args;
}
function contentMatches(text, where, name, layerIndex) {
    return scanText(text).map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where, name, secret: m.secret, layerIndex }));
}
/**
 * A token rule's finding stands; otherwise a secret-named NAME=value in the config is a finding
 * by name (high), in place of the generic content rule's medium one.
 */
function bySpecificRules(matches, name, value, byName) {
    const specific = matches.filter((m) => m.rule !== 'generic-secret-assignment');
    if (specific.length)
        return specific;
    return isSecretAssignment(name, value) ? [byName] : matches;
}
function scanImageConfig(config) {
    const found = [];
    for (const entry of config.env) {
        const eq = entry.indexOf('=');
        const name = eq < 0 ? entry : entry.slice(0, eq);
        const value = eq < 0 ? '' : entry.slice(eq + 1);
        found.push(...bySpecificRules(contentMatches(entry, 'env', name), name, value, { rule: 'env-secret', severity: 'high', where: 'env', name, secret: value }));
    }
    for (const [name, value] of Object.entries(config.labels))
        found.push(...contentMatches(`${name}=${value}`, 'label', name));
    const command = [...(config.entrypoint ?? []), ...(config.cmd ?? [])].join(' ');
    if (command)
        found.push(...contentMatches(command, 'cmd', undefined));
    config.history.forEach((step) => {
        const args = config_scanner_parseBuildArgs(step.createdBy);
        for (const [name, value] of args) {
            const byContent = contentMatches(`${name}=${value}`, 'history', name, step.layerIndex);
            found.push(...bySpecificRules(byContent, name, value, { rule: 'build-arg-secret', severity: 'high', where: 'history', name, secret: value, layerIndex: step.layerIndex }));
        }
        const commandText = args.length ? step.createdBy.replace(/^\|\d+\s+(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S)*\s+)*/, '') : step.createdBy;
        const inCommand = contentMatches(commandText, 'history', undefined, step.layerIndex);
        // A build arg's value also appears inside the command that used it, and ENV/LABEL steps repeat
        // what the config already holds: report each secret once.
        const argValues = new Set(args.map(([, v]) => v));
        found.push(...inCommand.filter((m) => !argValues.has(m.secret) && !found.some((f) => f.secret === m.secret)));
    });
    return found;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/scan/redact.ts
/** Secrets never leave the scan whole: a redacted form for people, a fingerprint for baselines. */

/** At most the first 4 and the last 2 characters; short secrets show less. */
function redact(secret) {
    if (secret.length <= 8)
        return `${secret.slice(0, 1)}…`;
    if (secret.length <= 16)
        return `${secret.slice(0, 2)}…${secret.slice(-1)}`;
    return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}
/** Stable per rule and secret value: the same secret in two layers has one fingerprint. */
function fingerprint(rule, secret) {
    return createHash('sha256').update(`${rule}\0${secret}`).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/scan/redact-text.ts
/**
 * The one redaction step for free text that leaves the process (logs, annotations, outputs, job
 * summaries, report files, errors): the scan's content rules run over the text and every secret
 * they match is replaced by its redacted form, as the scan's own reports show it. Secret-named
 * `NAME=value` assignments (an `ENV`, or `TOKEN=… cmd` inline in a `RUN`) are redacted as the
 * config scan reports them, and build-argument values in a `created_by` are masked.
 */




/** `NAME=value`, the value quoted or up to the next blank; names as the shell and ENV allow them. */
const ASSIGNMENT = /(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]{0,4096}"|'[^'\n]{0,4096}'|[^\s"'`;|&<>]{1,4096})/g;
function unquote(value) {
    return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}
/**
 * Credentials that are secret wherever they appear in text leaving the process, though the image
 * scan does not report them (JWTs in test files are not baked secrets): the token of an
 * `Authorization: Bearer` header (RFC 6750 b64token) and compact JWS/JWT strings (access tokens).
 */
// Not a challenge's auth-param (`Bearer resource_metadata="…"`, `realm=…`): those names are letters, _ and -.
const BEARER_HEADER = /\bBearer[ ]+(?![A-Za-z_-]+=)([A-Za-z0-9\-._~+/]{8,4096}=*)/gi;
const COMPACT_JWS = /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g;
/** The secret values in `text`: what the scan's content rules match, secret-named assignments, bearer tokens and JWTs. */
function findSecretsInText(text) {
    const secrets = new Set();
    for (const m of text.matchAll(BEARER_HEADER))
        secrets.add(m[1]);
    for (const m of text.matchAll(COMPACT_JWS))
        secrets.add(m[0]);
    for (const match of content_scanner_scanText(text))
        if (text.includes(match.secret))
            secrets.add(match.secret);
    for (const m of text.matchAll(ASSIGNMENT)) {
        const value = unquote(m[2]);
        if (isSecretAssignment(m[1], value))
            secrets.add(value);
    }
    return [...secrets];
}
/** Replaces each secret by its redacted form; the longest first, so no part of one is left behind. */
function replaceSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(redact(secret));
    }
    return out;
}
/** Free text with every secret the scan's rules recognise redacted. */
function redactText(text) {
    if (!text)
        return text;
    return replaceSecrets(text, findSecretsInText(text));
}
/**
 * A history step's `created_by`: build-argument values masked (also where the command repeats
 * them), then redacted as free text.
 */
function redactCreatedBy(createdBy) {
    const argValues = parseBuildArgs(createdBy)
        .map(([, value]) => value)
        .filter((value) => value.length >= 4);
    const masked = maskBuildArgs(createdBy);
    return redactText(argValues.reduce((text, value) => (text.includes(value) ? text.split(value).join('***') : text), masked));
}
/** Every string in a JSON-like value redacted (keys included); numbers, booleans and null kept. */
function redactDeep(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), redactDeep(v)]));
    }
    return value;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ GateFailure),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   jD: () => (/* binding */ OrchestratorError),
/* harmony export */   ux: () => (/* binding */ isKnownError)
/* harmony export */ });
/* unused harmony exports Interrupted, exitCodeOf, errorMessage */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The project's error hierarchy. Exit codes follow the CLI contract:
 * 0 ok, 1 a gate failed (the thing checked is not acceptable), 2 usage, input or any other error.
 */
class OrchestratorError extends Error {
    exitCode = 2;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad input, a bad spec, a malformed image: the user can fix it. Exit 2. */
class InputError extends OrchestratorError {
}
/** The thing checked is not acceptable (secrets found, server unhealthy). Exit 1. */
class GateFailure extends OrchestratorError {
    exitCode = 1;
}
/** Stopped by a signal (Ctrl-C, SIGTERM) after cleaning up: exit 128 + the signal's number (130, 143), as shells report it. */
class Interrupted extends OrchestratorError {
    signal;
    exitCode;
    constructor(message, signal) {
        super(message);
        this.signal = signal;
        this.exitCode = 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 0);
    }
}
/** A command run through `exec` exited non-zero or could not start. Exit 2. */
class ExecError extends OrchestratorError {
    command;
    code;
    stderr;
    constructor(message, command, code, stderr) {
        super(message);
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
/** True for errors whose message is written for users (no stack trace needed). */
function isKnownError(error) {
    return error instanceof OrchestratorError;
}
function exitCodeOf(error) {
    return isKnownError(error) ? error.exitCode : 2;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 7895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4666);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);



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


/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports RecordingLogger, stderrLogger */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
};
/** A logger that keeps every line, for tests that assert what was logged. */
class RecordingLogger {
    lines = [];
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    error(message) {
        this.lines.push({ level: 'error', message });
    }
    text() {
        return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
    }
}
/** Writes to stderr, so stdout stays clean for JSON output. */
function stderrLogger(options = {}) {
    const write = (prefix, message) => process.stderr.write(`${prefix}${message}\n`);
    return {
        debug: (m) => {
            if (options.verbose)
                write('debug: ', m);
        },
        info: (m) => write('', m),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
    };
}


/***/ })

};

//# sourceMappingURL=37.index.js.map