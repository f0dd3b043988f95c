export const id = 3162;
export const ids = [3162];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   iE: () => (/* binding */ renamedOption)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** parseArgs with errors that name the command and say where to look for help. */
function parseCommandArgs(command, argv, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${command}: ${error.message}. See \`mcp-orchestrator ${command} --help\`.`);
    }
}
function parseFormat(value, allowed = ['text', 'json']) {
    const format = value ?? 'text';
    if (!allowed.includes(format))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--format: "${format}" is not one of ${allowed.join(', ')}`);
    return format;
}
/**
 * One name per concept: the CLI takes the actions' names (`--scan-report`, `--registry-username`…)
 * and keeps its earlier ones as aliases. Both given with different values is an error.
 */
function renamedOption(values, name, alias) {
    const value = values[name];
    const old = values[alias];
    if (value !== undefined && old !== undefined && value !== old)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--${name} and --${alias} (its other name) disagree: give one`);
    return value ?? old;
}


/***/ }),

/***/ 30781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushCommand: () => (/* binding */ pushCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/image/manifest.ts
var image_manifest = __webpack_require__(20596);
// EXTERNAL MODULE: ./src/image/reader.ts + 7 modules
var reader = __webpack_require__(5711);
// EXTERNAL MODULE: ./src/registry/client.ts
var registry_client = __webpack_require__(32440);
// EXTERNAL MODULE: ./src/registry/credentials.ts
var credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/scan/types.ts
var types = __webpack_require__(51184);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
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
    const limit = types/* severities */.gO.indexOf(failOn);
    const failing = report.findings.filter((f) => types/* severities */.gO.indexOf(f.severity) >= 0 && types/* severities */.gO.indexOf(f.severity) <= limit).length;
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
    const image = await (0,reader/* openImage */.U)(sourceText, options);
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

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/image-options.ts
var image_options = __webpack_require__(88888);
;// CONCATENATED MODULE: ./src/cli/commands/push.ts






const usage = `
Usage: mcp-orchestrator push <source> <docker://registry/repository[:tag]>... [options]

Pushes an image over the OCI distribution API, no engine involved, exactly as scanned: from an OCI
layout or archive the registry ends with the same manifest digest; from a docker-archive the
layers are gzipped and the image ID (config digest) is unchanged. Blobs first (existence check,
cross-repository mount, chunked upload resumed after failures), then the manifest by digest,
then tags; verified after the push.

Options:
  --scan-report FILE   refuse to push unless this scan report (scan --output) is of this image
                       and has nothing at --fail-on or above
  --fail-on LEVEL      critical|high|medium|low|none (default high), with --scan-report
  --format text|json   result on stdout (default text)
${image_options/* imageOptionUsage */.Ot}

The registry options apply to the source (docker://) and the destinations; --username and
--password-env go to one registry only: --registry HOST, by default the first destination's.
`;
const pushCommand = {
    name: 'push',
    summary: 'push the scanned bytes to registries (no engine), verify digests',
    usage,
    async run(ctx) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('push', ctx.argv, {
            ...image_options/* imageOptionSpec */.A9,
            'scan-report': { type: 'string' },
            'fail-on': { type: 'string' },
            format: { type: 'string' },
        });
        const format = (0,command/* parseFormat */.Xc)(values.format);
        if (positionals.length < 2)
            throw new errors/* InputError */.dz('push: expected a source and at least one destination. See `mcp-orchestrator push --help`.');
        const result = await pushImage(positionals[0], positionals.slice(1), {
            ...(0,image_options/* readImageOptions */.WA)(values, ctx),
            scanReport: values['scan-report'],
            failOn: (0,parse/* parseChoice */.HU)(values['fail-on'] ?? 'high', [...types/* severities */.gO, 'none'], '--fail-on'),
            tempDir: ctx.env.RUNNER_TEMP,
        });
        if (format === 'json')
            ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else {
            const uploaded = result.blobs.filter((b) => b.how === 'uploaded').length;
            ctx.stdout(`${result.references.join('\n')}\n` +
                `  ${result.exact ? 'exact bytes' : 'layers gzipped, image ID kept'}; ${result.blobs.length} blobs: ${uploaded} uploaded (${(result.bytesUploaded / 1024 / 1024).toFixed(1)} MB), ` +
                `${result.blobs.filter((b) => b.how === 'mounted').length} mounted, ${result.blobs.filter((b) => b.how === 'exists').length} already there; ${result.seconds}s\n` +
                (result.tags.length ? `  tags: ${result.tags.join(', ')}\n` : ''));
        }
        return 0;
    },
};


/***/ }),

/***/ 88888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ imageOptionSpec),
/* harmony export */   Ot: () => (/* binding */ imageOptionUsage),
/* harmony export */   WA: () => (/* binding */ readImageOptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79310);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/** The options every image-reading command shares: platform and registry access. */






const imageOptionSpec = {
    platform: { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    'registry-username': { type: 'string' },
    'registry-password-env': { type: 'string' },
    username: { type: 'string' },
    'password-env': { type: 'string' },
    registry: { type: 'string' },
    'ca-cert': { type: 'string' },
    concurrency: { type: 'string' },
};
const imageOptionUsage = `  --platform OS/ARCH[/VARIANT]   platform to pick from an index (default linux/amd64)
  --insecure-registry HOST       allow plain HTTP to this registry (repeatable; loopback always may)
  --registry-username USER       registry username (default: docker config, GITHUB_TOKEN for ghcr.io;
                                 --username is the same)
  --registry-password-env VAR    read the registry password from this environment variable
                                 (--password-env is the same)
  --registry HOST                the one registry these credentials are for (default: the first
                                 destination's host for push, the source's for reading); no other
                                 registry or token service sees them
  --ca-cert FILE                 trust this CA (PEM) for registry TLS, besides the system's
  --concurrency N                layers read at once (default 2)`;
function readCaFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--ca-cert ${path}: ${error.code ?? error.message}`);
    }
}
function readImageOptions(values, ctx) {
    const username = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .renamedOption */ .iE)(values, 'registry-username', 'username');
    const passwordEnv = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .renamedOption */ .iE)(values, 'registry-password-env', 'password-env');
    return {
        platform: values.platform,
        concurrency: values.concurrency === undefined ? undefined : (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInteger */ .cG)(values.concurrency, '--concurrency', 1, 64),
        logger: ctx.logger,
        registry: {
            insecureRegistries: values['insecure-registry'],
            username,
            password: passwordEnv ? ctx.env[passwordEnv] : undefined,
            credentialHost: values.registry === undefined ? undefined : (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalRegistry */ .i7)(values.registry, '--registry'),
            githubToken: ctx.env.GITHUB_TOKEN,
            caCertificates: values['ca-cert'] ? [readCaFile(values['ca-cert'])] : undefined,
            dockerConfigPath: ctx.env.DOCKER_CONFIG ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.env.DOCKER_CONFIG, 'config.json') : undefined,
        },
    };
}


/***/ }),

/***/ 51184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   gO: () => (/* binding */ severities),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
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


/***/ }),

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   cG: () => (/* binding */ parseInteger)
/* harmony export */ });
/* unused harmony export parseBoolean */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
function parseDuration(value, name = 'duration') {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parseBoolean(value, name = 'value') {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}


/***/ })

};

//# sourceMappingURL=3162.index.js.map