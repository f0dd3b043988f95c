export const id = 118;
export const ids = [118];
export const modules = {

/***/ 39118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KUBECTL_BASE_VARIABLE: () => (/* binding */ KUBECTL_BASE_VARIABLE),
/* harmony export */   KUBECTL_DOWNLOAD_BASE: () => (/* binding */ KUBECTL_DOWNLOAD_BASE),
/* harmony export */   KUBECTL_PIN: () => (/* binding */ KUBECTL_PIN),
/* harmony export */   locateKubectl: () => (/* binding */ locateKubectl),
/* harmony export */   sha256File: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59805);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * The kubectl that builds kustomizations (`kubectl kustomize`): `KUBECTL`, else `kubectl` on PATH
 * (GitHub's runners have a current one), else, on a runner, a pinned release fetched once with
 * @actions/tool-cache and checked against its published SHA-256 before it is cached or run.
 * Only kustomize runs through it: the cluster is spoken to with @kubernetes/client-node.
 * (tool-cache itself reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env: the fetch is only
 * tried when the environment passed in has both, which on a runner is process.env.)
 */





/** kubectl v1.32.1 (kustomize v5.5.0), from https://dl.k8s.io/release/v1.32.1/bin/<os>/<arch>/kubectl[.exe].sha256. */
const KUBECTL_PIN = {
    version: 'v1.32.1',
    sha256: {
        'linux/amd64': 'e16c80f1a9f94db31063477eb9e61a2e24c1a4eee09ba776b029048f5369db0c',
        'linux/arm64': '98206fd83a4fd17f013f8c61c33d0ae8ec3a7c53ec59ef3d6a0a9400862dc5b2',
        'darwin/amd64': '8bffe90f5a034d392a0ba6fd7ee16c0d40b1dba1ccc4350821102c5d5c56d846',
        'darwin/arm64': '5b89f9598e2e7da04cc0b5dd6e8daca01d23855fd00c8ea259fd2aab993114db',
        'windows/amd64': 'b6378f34dcab2d411fb7a89ba700df0f784c0b063dd02dbb92396a72c4d3104e',
    },
};
const KUBECTL_DOWNLOAD_BASE = 'https://dl.k8s.io/release';
/** Overrides the download base (a mirror; tests point it at a server on 127.0.0.1). */
const KUBECTL_BASE_VARIABLE = 'MCP_ORCHESTRATOR_KUBECTL_BASE_URL';
function isExecutable(path) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(path).isFile())
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function onPath(env, platform) {
    const names = platform === 'win32' ? ['kubectl.exe'] : ['kubectl'];
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter).filter(Boolean)) {
        for (const name of names)
            if (isExecutable((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)))
                return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
    }
    return undefined;
}
/** The base URL, refused unless https (or http to the loopback address, for a local mirror). */
function downloadBase(env) {
    const base = env[KUBECTL_BASE_VARIABLE]?.trim() || KUBECTL_DOWNLOAD_BASE;
    let url;
    try {
        url = new URL(base);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${KUBECTL_BASE_VARIABLE}: "${base}" is not a URL`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${KUBECTL_BASE_VARIABLE}: ${url.origin} is neither https nor the loopback address`);
    }
    return base.replace(/\/+$/, '');
}
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The pinned kubectl from the runner's tool cache, fetched and checked when not there yet. */
async function fetchKubectl(options) {
    const pin = options.pin ?? KUBECTL_PIN;
    const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[options.platform ?? process.platform] ?? options.platform;
    const arch = { x64: 'amd64', arm64: 'arm64' }[options.arch ?? process.arch] ?? options.arch;
    const platform = `${os}/${arch}`;
    const expected = pin.sha256[platform];
    if (!expected)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`kubectl is not installed and no ${pin.version} build is pinned for ${platform}: install kubectl, or set KUBECTL to its path`);
    const exe = os === 'windows' ? 'kubectl.exe' : 'kubectl';
    const cached = _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .find */ .I6('kubectl', pin.version, arch);
    if (cached && isExecutable((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cached, exe)))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cached, exe);
    const url = `${downloadBase(options.env)}/${pin.version}/bin/${platform}/${exe}`;
    options.logger?.info(`kustomize: no kubectl installed; fetching ${url}`);
    let downloaded;
    try {
        downloaded = await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .downloadTool */ .bq(url);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`kubectl is not installed and ${url} could not be fetched (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): install kubectl, or set KUBECTL to its path`);
    }
    const actual = await sha256File(downloaded);
    if (actual !== expected) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(downloaded, { force: true });
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${url}: SHA-256 ${actual} is not the pinned ${expected} of kubectl ${pin.version} for ${platform}: refused (a damaged download, or a mirror serving another file)`);
    }
    try {
        const dir = await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .cacheFile */ .NJ(downloaded, exe, 'kubectl', pin.version, arch);
        if (os !== 'windows')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.chmodSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, exe), 0o755);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, exe);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(downloaded, { force: true });
    }
}
/** KUBECTL, else kubectl on PATH, else (on a runner: RUNNER_TOOL_CACHE and RUNNER_TEMP set) the pinned release. */
async function locateKubectl(options) {
    const explicit = options.env.KUBECTL?.trim();
    if (explicit) {
        if (!isExecutable(explicit))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`KUBECTL names ${explicit}, which is not an executable file`);
        return explicit;
    }
    const found = onPath(options.env, options.platform ?? process.platform);
    if (found)
        return found;
    if (!options.env.RUNNER_TOOL_CACHE || !options.env.RUNNER_TEMP) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('a kustomization needs kubectl (`kubectl kustomize`), and none is on PATH: install kubectl, or set KUBECTL to its path');
    }
    return fetchKubectl(options);
}


/***/ })

};

//# sourceMappingURL=118.index.js.map