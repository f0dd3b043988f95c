export const id = 5664;
export const ids = [5664];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=5664.index.js.map