export const id = 664;
export const ids = [664];
export const modules = {

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

/***/ 3347:
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

/***/ 5005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ openImage)
});

// UNUSED EXPORTS: defaultLimits

// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/image/config.ts
var image_config = __webpack_require__(6575);
// EXTERNAL MODULE: ./src/image/filesystem-index.ts
var filesystem_index = __webpack_require__(3347);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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

// EXTERNAL MODULE: ./src/image/manifest.ts
var manifest = __webpack_require__(596);
// EXTERNAL MODULE: ./src/image/source.ts
var image_source = __webpack_require__(372);
// EXTERNAL MODULE: ./src/image/transports/docker-archive.ts
var docker_archive = __webpack_require__(637);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/image/archive-index.ts
var archive_index = __webpack_require__(4798);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
            return (await Promise.all(/* import() */[__webpack_require__.e(440), __webpack_require__.e(974)]).then(__webpack_require__.bind(__webpack_require__, 4974))).resolveRegistryImage(source, { ...options, limits });
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
    const source = typeof sourceText === 'string' ? (0,image_source/* parseSource */.P)(sourceText) : sourceText;
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

/***/ 372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSource)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image source "${value}": missing the image reference after docker://`);
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
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image source "${value}": missing the path after ${prefix}:`);
            return make(prefix, rest, { path, tag });
        }
        case 'docker-daemon':
            if (!rest)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image source "${value}": missing the image reference after docker-daemon:`);
            return make('docker-daemon', rest, { path: rest });
        default:
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image source "${value}": unknown transport; use one of ${FORMS}`);
    }
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

/***/ 9863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SQ: () => (/* binding */ ContentScanner),
  Ff: () => (/* binding */ scanText)
});

// UNUSED EXPORTS: compileRules, looksBinary

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

// EXTERNAL MODULE: ./src/scan/rules.ts
var scan_rules = __webpack_require__(9830);
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
function compileRules(rules = scan_rules/* rules */.aO) {
    if (rules === scan_rules/* rules */.aO && compiledDefault)
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
    if (rules === scan_rules/* rules */.aO)
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
            if (this.seen.has(key) || !(0,scan_rules/* acceptsSecret */.AC)(rule, secret, m[0]))
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
function scanText(text, compiled) {
    const scanner = new ContentScanner(compiled);
    scanner.push(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
    return scanner.finish();
}


/***/ }),

/***/ 4962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ credentialFileKind),
/* harmony export */   _h: () => (/* binding */ fileRules),
/* harmony export */   cz: () => (/* binding */ checkCredentialFile)
/* harmony export */ });
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9814);

const MOVE = 'Do not COPY it into the image: mount it at run time or use a BuildKit secret mount for the build.';
const fileRules = [
    { id: 'dotenv-secret', title: 'Secret in a .env file', severity: 'high', help: `A .env file with a secret-named key set to a real value. ${MOVE}` },
    { id: 'npmrc-auth-token', title: '.npmrc with an auth token', severity: 'critical', help: `An .npmrc carrying _authToken or _auth. ${MOVE} Use \${NPM_TOKEN} from the environment.` },
    { id: 'docker-config-auth', title: 'Docker config with registry credentials', severity: 'critical', help: `A .docker/config.json with auths. ${MOVE}` },
    { id: 'git-credentials', title: '.git-credentials with a password or token', severity: 'critical', help: `Git's credential store file. ${MOVE}` },
    { id: 'kubeconfig-credential', title: 'Kubeconfig with a token or client key', severity: 'critical', help: `A kubeconfig that can act on a cluster. ${MOVE}` },
    { id: 'pypirc-password', title: '.pypirc with a password', severity: 'high', help: `PyPI upload credentials. ${MOVE}` },
    { id: 'terraform-state', title: 'Terraform state file', severity: 'high', help: `Terraform state holds resource secrets in plain text. ${MOVE}` },
    { id: 'keystore-file', title: 'PKCS#12 or Java keystore', severity: 'high', help: `A keystore holds private keys. ${MOVE}` },
];
function credentialFileKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const lower = base.toLowerCase();
    if (/^\.env(?:\.[\w.-]+)?$/.test(base) && !/\.(?:example|sample|template|dist|defaults?|tmpl|tpl)$/i.test(base))
        return 'dotenv';
    if (base === '.npmrc' || base === 'npmrc')
        return 'npmrc';
    if (path.endsWith('/.docker/config.json'))
        return 'docker-config';
    if (base === '.git-credentials')
        return 'git-credentials';
    if ((path.endsWith('/.kube/config') || lower === 'kubeconfig' || lower.endsWith('.kubeconfig')))
        return 'kubeconfig';
    if (base === '.pypirc')
        return 'pypirc';
    if (lower === 'terraform.tfstate' || lower.endsWith('.tfstate') || lower.endsWith('.tfstate.backup'))
        return 'tfstate';
    if (/\.(?:p12|pfx|jks|jceks|keystore)$/.test(lower))
        return 'keystore';
    return undefined;
}
const SECRET_KEY = /(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth|dsn|database_url|conn(?:ection)?_?str)/i;
function lines(text) {
    return text.split('\n').map((l, i) => [i + 1, l]);
}
function unquote(value) {
    const v = value.trim();
    return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v.replace(/\s+#.*$/, '');
}
/** Confirms a credential file by its structure; returns what in it is the secret. */
function checkCredentialFile(kind, content) {
    if (kind === 'keystore') {
        const pkcs12 = content[0] === 0x30 && (content[1] === 0x82 || content[1] === 0x83 || content[1] === 0x80);
        const jks = content.readUInt32BE(0) === 0xfeedfeed || content.readUInt32BE(0) === 0xcececece;
        return content.length >= 4 && (pkcs12 || jks) ? [{ rule: 'keystore-file', secret: content.subarray(0, 32).toString('hex') }] : [];
    }
    const text = content.toString('utf8');
    const found = [];
    for (const [line, raw] of lines(text)) {
        const l = raw.trim();
        if (!l || l.startsWith('#'))
            continue;
        let m;
        switch (kind) {
            case 'dotenv':
                m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(l);
                if (m && SECRET_KEY.test(m[1]) && !/_(?:FILE|PATH|URL_PATH|ID|NAME|USER(?:NAME)?|HEADER|TTL|LENGTH)$/i.test(m[1])) {
                    const value = unquote(m[2]);
                    if (value.length >= 6 && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(value) && !/^(?:true|false|null|none|\d+)$/i.test(value))
                        found.push({ rule: 'dotenv-secret', secret: value, line });
                }
                break;
            case 'npmrc':
                m = /(?:_authToken|_auth|_password)\s*=\s*(.+)$/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(unquote(m[1])))
                    found.push({ rule: 'npmrc-auth-token', secret: unquote(m[1]), line });
                break;
            case 'git-credentials':
                m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(m[1]))
                    found.push({ rule: 'git-credentials', secret: m[1], line });
                break;
            case 'kubeconfig':
                m = /^(?:-\s+)?(token|client-key-data|password)\s*:\s*(\S+)$/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(unquote(m[2])) && unquote(m[2]).length >= 8)
                    found.push({ rule: 'kubeconfig-credential', secret: unquote(m[2]), line });
                break;
            case 'pypirc':
                m = /^password\s*[:=]\s*(.+)$/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(unquote(m[1])))
                    found.push({ rule: 'pypirc-password', secret: unquote(m[1]), line });
                break;
            default:
                break;
        }
    }
    if (kind === 'docker-config') {
        try {
            const auths = JSON.parse(text).auths ?? {};
            for (const [registry, entry] of Object.entries(auths)) {
                const secret = entry.auth || entry.identitytoken;
                if (secret)
                    found.push({ rule: 'docker-config-auth', secret, line: lineOf(text, secret) });
                else if (registry && entry && Object.keys(entry).length === 0)
                    continue;
            }
        }
        catch {
            // Not JSON: not a docker config after all.
        }
    }
    if (kind === 'tfstate' && /"terraform_version"/.test(text) && /"resources"\s*:\s*\[\s*\{/.test(text)) {
        found.push({ rule: 'terraform-state', secret: text.slice(0, 64) });
    }
    return found;
}
function lineOf(text, needle) {
    const at = text.indexOf(needle);
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}


/***/ }),

/***/ 5664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ scanLayersOnWorkers),
/* harmony export */   h: () => (/* binding */ scanLayer),
/* harmony export */   serveScanWorker: () => (/* binding */ serveScanWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _image_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5005);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9863);
/* harmony import */ var _credential_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4962);
/**
 * Scanning one layer's files, and the worker-thread pool that scans layers in parallel. A worker
 * reopens the image itself (a docker-daemon source through its spooled archive) and sends back
 * plain data: the layer's listing and its raw findings.
 */





const CREDENTIAL_FILE_MAX = 1024 * 1024;
const fileRuleSeverity = new Map(_credential_files_js__WEBPACK_IMPORTED_MODULE_4__/* .fileRules */ ._h.map((r) => [r.id, r.severity]));
/**
 * The sink that scans one file's content as the tar parser hands it over, in the same turn: no
 * stream or promise per file (most files are one small slice).
 */
function scanEntry(entry, maxFileSize, display, done) {
    const kind = (0,_credential_files_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialFileKind */ .Wq)(entry.path);
    const scanner = new _content_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .ContentScanner */ .SQ();
    const kept = [];
    let keptBytes = 0;
    return {
        write(chunk) {
            scanner.push(chunk);
            if (kind && keptBytes < CREDENTIAL_FILE_MAX) {
                kept.push(chunk);
                keptBytes += chunk.length;
            }
            if (!scanner.binary && scanner.bytes > maxFileSize) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: layer ${entry.layerIndex}: ${entry.path} is a text file over the ${maxFileSize}-byte max-file-size; raise the limit so it can be scanned (a scan never skips what it cannot read)`);
            }
        },
        end() {
            const found = scanner.finish().map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where: 'file', path: entry.path, line: m.line, secret: m.secret }));
            if (!kind)
                return done(found, scanner.bytes);
            // A credential file's own rule names the secret better than a content rule that also matched it.
            const byFile = (0,_credential_files_js__WEBPACK_IMPORTED_MODULE_4__/* .checkCredentialFile */ .cz)(kind, Buffer.concat(kept));
            const rest = found.filter((f) => !byFile.some((m) => m.secret.includes(f.secret) || f.secret.includes(m.secret)));
            const named = byFile.map((m) => ({ rule: m.rule, severity: fileRuleSeverity.get(m.rule), where: 'file', path: entry.path, line: m.line, secret: m.secret }));
            done([...named, ...rest], scanner.bytes);
        },
    };
}
async function scanLayer(image, index, maxFileSize) {
    const found = [];
    let files = 0;
    let bytes = 0;
    const listing = await image.readLayer(index, (entry) => {
        // Files, and entries of an unknown type that still carry bytes in the blob.
        if (entry.type !== 'file' && !(entry.type === 'other' && entry.size > 0))
            return;
        if (entry.type === 'file')
            files++;
        return scanEntry(entry, maxFileSize, image.source.display, (result, scanned) => {
            bytes += scanned;
            for (const f of result)
                found.push({ ...f, layerIndex: entry.layerIndex });
        });
    });
    return { listing, found, files, bytes };
}
/** The worker's side: opens the image once, then scans each layer index it is sent. */
async function serveScanWorker(port, init) {
    let image;
    port.on('message', async (index) => {
        if (index === null) {
            await image?.close();
            port.close?.();
            return;
        }
        try {
            image ??= await (0,_image_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .openImage */ .U)(init.source, init.read);
            port.postMessage({ ok: true, result: await scanLayer(image, index, init.maxFileSize) });
        }
        catch (error) {
            port.postMessage({ ok: false, message: error.message, known: error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchestratorError */ .jD });
        }
    });
}
/** Scans every layer on `count` worker threads running `script` (the bundle that serves them). */
async function scanLayersOnWorkers(script, init, layerCount, count) {
    const results = new Array(layerCount);
    let next = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(count, layerCount)) }, () => new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, { workerData: { mcpOrchestratorScanWorker: init } }));
    try {
        await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
            const send = () => worker.postMessage(next < layerCount ? next++ : null);
            let current = -1;
            worker.on('message', (reply) => {
                if (!reply.ok)
                    return reject(reply.known ? new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(reply.message) : new Error(reply.message));
                results[current] = reply.result;
                if (next >= layerCount)
                    return resolve();
                current = next;
                send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scan worker exited with code ${code}`))));
            current = next;
            send();
        })));
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
}


/***/ }),

/***/ 9830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ acceptsSecret),
/* harmony export */   aO: () => (/* binding */ rules)
/* harmony export */ });
/* unused harmony export ruleById */
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9814);

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
const rules = [
    token('aws-access-key-id', 'AWS access key ID', 'high', ['akia', 'asia', 'abia', 'acca', 'a3t'], /\b(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, { allow: [/EXAMPLE$/] }),
    token('aws-secret-access-key', 'AWS secret access key', 'critical', ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret'], /(?:aws_?secret_?access_?key|secret_?access_?key|aws-secret-access-key)["']?\s{0,5}[:=]\s{0,5}["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi, { allow: [/EXAMPLEKEY$/], entropy: 4 }),
    token('github-classic-token', 'GitHub token (classic)', 'critical', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /\b(?<s>gh[pousr]_[A-Za-z0-9]{36})\b/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .hasTokenChecksum */ .fU }),
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
        validate: (s) => (0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletePemBody */ .eU)(s),
        help: `A Google Cloud service-account key file. ${ROTATE}`,
    },
    {
        id: 'private-key',
        title: 'Private key (PEM or OpenSSH)',
        severity: 'critical',
        keywords: ['private key-----'],
        pattern: /(?<s>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,\\"'-]{64,12000}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g,
        validate: (s) => (0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletePemBody */ .eU)(s),
        help: `A complete private key block. ${ROTATE}`,
    },
    token('npm-access-token', 'npm access token', 'critical', ['npm_'], /\b(?<s>npm_[A-Za-z0-9]{36})\b/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .hasTokenChecksum */ .fU }),
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
    token('kubernetes-service-account-token', 'Kubernetes service-account token', 'critical', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isKubernetesServiceAccountToken */ .im }),
    token('jwt-credential', 'JWT with credential claims (service role, admin or write scope)', 'high', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialJwt */ .Nu }),
    {
        id: 'database-url-password',
        title: 'Database URL with a password',
        severity: 'high',
        keywords: ['postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'mariadb://'],
        pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql):\/\/(?<u>[^\s:@/"'`]{0,64}):(?<s>[^\s@/"'`]{3,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(s) && !/^(?:password|pass|pwd|secret|postgres|root|user|admin|test|guest)$/i.test(s),
        help: `A connection URL that carries its password. ${ROTATE}`,
    },
    {
        id: 'url-basic-auth',
        title: 'Password in an HTTP(S) URL',
        severity: 'medium',
        keywords: ['http://', 'https://'],
        pattern: /\bhttps?:\/\/(?<u>[A-Za-z0-9._~%-]{1,64}):(?<s>[A-Za-z0-9._~%!$&'()*+,;=-]{8,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(s),
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
        validate: (s) => !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(s) && !/^(?:process\.env|os\.environ|env\.|this\.|self\.)/.test(s),
        help: `A secret-named key set to a high-entropy value. If it is a real credential: ${ROTATE} If it is not, add it to the baseline with a reason.`,
    },
];
function ruleById(id) {
    return rules.find((r) => r.id === id);
}
/** Applies a rule's structure checks to a secret found by its pattern. */
function acceptsSecret(rule, secret, match) {
    if (rule.allow?.some((re) => re.test(secret)))
        return false;
    if (rule.entropy !== undefined && (0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .shannonEntropy */ .ly)(secret) < rule.entropy)
        return false;
    return rule.validate ? rule.validate(secret, match) : true;
}


/***/ }),

/***/ 9814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ isCredentialJwt),
/* harmony export */   eU: () => (/* binding */ isCompletePemBody),
/* harmony export */   fU: () => (/* binding */ hasTokenChecksum),
/* harmony export */   im: () => (/* binding */ isKubernetesServiceAccountToken),
/* harmony export */   ly: () => (/* binding */ shannonEntropy),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
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
    return decodeBase62(body.slice(30)) === (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(body.slice(0, 30)) >>> 0;
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


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ GateFailure),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jD: () => (/* binding */ OrchestratorError),
/* harmony export */   ux: () => (/* binding */ isKnownError)
/* harmony export */ });
/* unused harmony exports Interrupted, exitCodeOf */
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

//# sourceMappingURL=664.index.js.map