export const id = 8480;
export const ids = [8480,5664];
export const modules = {

/***/ 76758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ acceptedBy),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/** `**` any depth, `*` within one segment, `?` one character. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** The baseline entry that accepts a finding, if any. */
function acceptedBy(baseline, finding) {
    return baseline?.entries.find((e) => (!e.fingerprint || e.fingerprint === finding.fingerprint) &&
        (!e.rule || e.rule === finding.rule) &&
        (!e.pathPattern || (finding.path !== undefined && e.pathPattern.test(finding.path))));
}


/***/ }),

/***/ 34962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ credentialFileKind),
/* harmony export */   _h: () => (/* binding */ fileRules),
/* harmony export */   cz: () => (/* binding */ checkCredentialFile)
/* harmony export */ });
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69814);

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

/***/ 35664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ scanLayersOnWorkers),
/* harmony export */   h: () => (/* binding */ scanLayer),
/* harmony export */   serveScanWorker: () => (/* binding */ serveScanWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _image_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5711);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19863);
/* harmony import */ var _credential_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34962);
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

/***/ 98480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ runScan),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_bundle_script_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31312);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39432);
/* harmony import */ var _scan_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77144);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51184);
/**
 * What the CLI and the action share around scanImage: load the baseline, scan, write the JSON
 * report and SARIF, and decide the verdict. The edges only parse their inputs and print.
 */






const VERSION = '0.1.0';
async function writeOut(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
}
async function runScan(source, options) {
    const baseline = options.baselineFile ? await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7809)]).then(__webpack_require__.bind(__webpack_require__, 67809))).loadBaseline(options.baselineFile) : undefined;
    const report = await (0,_scan_image_js__WEBPACK_IMPORTED_MODULE_3__.scanImage)(source, { workerScript: (0,_util_bundle_script_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleScript */ .o)(), ...options, baseline });
    let dockerfile;
    if (options.dockerfile) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.dockerfile, 'utf8').catch(() => undefined);
        if (text !== undefined) {
            // The Dockerfile parser loads only when there is a Dockerfile to point at.
            const { DockerfileLocator } = await Promise.all(/* import() */[__webpack_require__.e(5279), __webpack_require__.e(1844)]).then(__webpack_require__.bind(__webpack_require__, 41844));
            dockerfile = { path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(options.workspace ?? process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.dockerfile)), locator: new DockerfileLocator(text) };
        }
    }
    const sarif = (0,_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .toSarif */ .zv)(report, { version: VERSION, dockerfile });
    if (options.reportFile)
        await writeOut(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    if (options.sarifFile)
        await writeOut(options.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
    const highest = report.findings.reduce((h, f) => (h === 'none' || (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(f.severity) < (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(h) ? f.severity : h), 'none');
    return { report, sarif, highest, failed: report.findings.some((f) => (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .failsAt */ .ZN)(f.severity, options.failOn)) };
}


/***/ }),

/***/ 39432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   zv: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony export allRuleMeta */
/* harmony import */ var _config_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68504);
/* harmony import */ var _credential_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34962);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39830);
/* harmony import */ var _util_sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65521);
/** SARIF 2.1.0 for GitHub code scanning: one run, stable rule ids, security-severity, fingerprints. */




const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const allRuleMeta = [..._rules_js__WEBPACK_IMPORTED_MODULE_2__/* .rules */ .aO, ..._credential_files_js__WEBPACK_IMPORTED_MODULE_1__/* .fileRules */ ._h, ..._config_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .configRules */ .GF].map((r) => ({ id: r.id, title: r.title, severity: r.severity, help: r.help }));
function describeLocation(f) {
    if (f.where === 'file')
        return `${f.path}${f.line ? `:${f.line}` : ''}`;
    if (f.where === 'cmd')
        return 'Entrypoint/Cmd';
    return `${f.where === 'history' ? 'build arg' : f.where} ${f.name ?? '(in a build step)'}`;
}
function toSarif(report, options) {
    const index = new Map(allRuleMeta.map((r, i) => [r.id, i]));
    return (0,_util_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifLog */ .e)({
        tool: 'mcp-orchestrator-scan',
        version: options.version,
        rules: allRuleMeta.map((r) => ({
            id: r.id,
            name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
            shortDescription: { text: r.title },
            fullDescription: { text: r.help },
            help: { text: r.help, markdown: `**${r.title}**\n\n${r.help}` },
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', 'secret', 'container'] },
        })),
        automationId: `mcp-orchestrator-scan/${report.image.digest}`,
        results: report.findings.map((f) => {
            const line = options.dockerfile?.locator.lineOf(f);
            const uri = line ? options.dockerfile.path : (f.path ?? 'Dockerfile').replace(/^\//, '');
            const where = describeLocation(f);
            const layer = f.layer ? ` in layer ${f.layer.index} (${f.layer.digest.slice(0, 19)})` : '';
            return {
                ruleId: f.rule,
                ruleIndex: index.get(f.rule),
                level: LEVEL[f.severity],
                message: { text: `${allRuleMeta[index.get(f.rule)]?.title ?? f.rule} at ${where}${layer}${f.deleted ? ', deleted by a later layer but still in the image' : ''}: ${f.match}` },
                locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line ?? (f.where === 'file' ? (f.line ?? 1) : 1) } } }],
                partialFingerprints: { 'secretFingerprint/v1': f.fingerprint },
                properties: { image: report.image.digest, where: f.where, path: f.path, name: f.name, layer: f.layer?.index, deleted: f.deleted ?? false },
            };
        }),
    });
}


/***/ }),

/***/ 77144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanImage: () => (/* binding */ scanImage)
/* harmony export */ });
/* unused harmony export defaultWorkers */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _image_filesystem_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13347);
/* harmony import */ var _image_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5711);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76758);
/* harmony import */ var _config_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68504);
/* harmony import */ var _layer_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35664);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19684);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51184);
/**
 * The scan: every file of every layer (deleted and replaced ones included: they are still in the
 * image for anyone who pulls it), credential files by name and structure, and the image config.
 * Layers stream through the reader; nothing is written to disk; a scan either reads everything
 * it was asked to or fails.
 */








async function inThread(image, maxFileSize, concurrency) {
    const results = new Array(image.layers.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < image.layers.length; i = next++)
            results[i] = await (0,_layer_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLayer */ .h)(image, i, maxFileSize);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, image.layers.length)) }, worker));
    return results;
}
/**
 * Worker threads pay for themselves only with cores to spare: in one thread, two layers' gunzip
 * already runs on libuv's pool while the scan runs on the main thread. Measured on 2 cores
 * (bench/scan.mjs, realistic image): one thread 1.55 s / 152 MB, two workers 2.71 s / 239 MB.
 * So: workers (one per spare core, at most one per layer) from 3 cores up, one thread below.
 */
function defaultWorkers(layers) {
    const cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
    return cores > 2 ? Math.max(1, Math.min(cores - 1, layers)) : 0;
}
async function scanImage(source, options = {}) {
    const started = process.hrtime.bigint();
    const maxFileSize = options.maxFileSize ?? 256 * 1024 * 1024;
    const image = await (0,_image_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .openImage */ .U)(source, options);
    try {
        const workers = options.workers ?? defaultWorkers(image.layers.length);
        const layerScans = options.workerScript && workers > 0
            ? await (0,_layer_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLayersOnWorkers */ .I)(options.workerScript, { source: image.reopenSource, read: { platform: options.platform, limits: options.limits, registry: options.registry, tempDir: options.tempDir }, maxFileSize }, image.layers.length, workers)
            : await inThread(image, maxFileSize, options.concurrency ?? 2);
        const index = new _image_filesystem_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FilesystemIndex */ .w(layerScans.map((l) => l.listing));
        const raw = layerScans.flatMap((l) => l.found);
        const files = layerScans.reduce((n, l) => n + l.files, 0);
        const bytes = layerScans.reduce((n, l) => n + l.bytes, 0);
        for (const m of (0,_config_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .scanImageConfig */ .ro)(image.config)) {
            raw.push({ rule: m.rule, severity: m.severity, where: m.where, name: m.name, secret: m.secret, layerIndex: m.layerIndex });
        }
        // A secret used inline in a RUN step is in its created_by too: reports show it redacted.
        const secrets = [...new Set(raw.map((r) => r.secret).filter((s) => s.length >= 6))];
        const scrub = (text) => secrets.reduce((t, s) => (t.includes(s) ? t.split(s).join((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(s)) : t), text);
        const findings = raw.map(({ secret, layerIndex, ...f }) => {
            const layer = layerIndex === undefined ? undefined : image.layers[layerIndex];
            const finding = { ...f, match: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(secret), fingerprint: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprint */ .R)(f.rule, secret) };
            if (layer)
                finding.layer = { index: layer.index, digest: layer.digest, ...(layer.createdBy ? { createdBy: scrub(layer.createdBy) } : {}) };
            if (f.where === 'file' && f.path && layerIndex !== undefined)
                finding.deleted = !index.isPresent(f.path, layerIndex);
            return finding;
        });
        findings.sort((a, b) => (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .severityRank */ .qs)(a.severity) - (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .severityRank */ .qs)(b.severity) || (a.layer?.index ?? -1) - (b.layer?.index ?? -1) || (a.path ?? '').localeCompare(b.path ?? ''));
        const kept = [];
        const suppressed = [];
        for (const finding of findings) {
            const entry = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_7__/* .acceptedBy */ .l)(options.baseline, finding);
            if (entry)
                suppressed.push({ ...finding, reason: entry.reason });
            else
                kept.push(finding);
        }
        return {
            image: { source: image.source.display, digest: image.digest },
            findings: kept,
            suppressed,
            stats: { layers: image.layers.length, files, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 },
        };
    }
    finally {
        await image.close();
    }
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


/***/ })

};

//# sourceMappingURL=8480.index.js.map