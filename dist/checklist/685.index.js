export const id = 685;
export const ids = [685];
export const modules = {

/***/ 9685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manifestPaths: () => (/* binding */ manifestPaths),
/* harmony export */   readManifestFiles: () => (/* binding */ readManifestFiles)
/* harmony export */ });
/* unused harmony export loadManifestFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The render stage's only file reads: the user's manifests named by `targets.kubernetes.manifests`
 * (files, or folders whose *.yaml / *.yml / *.json files are taken in name order, not recursively,
 * as `kubectl apply -f DIR` does), resolved from the spec's folder. A folder holding a
 * kustomization (kustomization.yaml, kustomization.yml or Kustomization), or such a file named
 * directly, is built with `kubectl kustomize` (loadManifestFiles).
 */



const MANIFEST = /\.(ya?ml|json)$/i;
const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;
/** The manifests setting as a list of paths; undefined when the spec renders its own objects. */
function manifestPaths(spec) {
    const value = spec.targets.kubernetes?.manifests;
    if (value === undefined)
        return undefined;
    return typeof value === 'string' ? [value] : value;
}
function listSources(spec, paths) {
    const sources = [];
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(spec.dir, path);
        let isDirectory;
        try {
            isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory();
        }
        catch {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${spec.file}: targets.kubernetes.manifests: ${path}: no such file or folder (paths resolve from ${spec.dir})`);
        }
        if (!isDirectory) {
            if (KUSTOMIZATION.test(path.split(/[\\/]/).pop()))
                sources.push({ kind: 'kustomization', dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), shown: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(spec.dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute)) || '.' });
            else
                sources.push({ kind: 'file', absolute });
            continue;
        }
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute).sort();
        if (names.some((n) => KUSTOMIZATION.test(n))) {
            sources.push({ kind: 'kustomization', dir: absolute, shown: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(spec.dir, absolute) || '.' });
            continue;
        }
        const manifests = names.filter((n) => MANIFEST.test(n) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, n)).isFile());
        if (!manifests.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${spec.file}: targets.kubernetes.manifests: ${path} holds no .yaml, .yml or .json file`);
        manifests.forEach((n) => sources.push({ kind: 'file', absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, n) }));
    }
    return sources;
}
const readFile = (spec, absolute) => ({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(spec.dir, absolute) || absolute, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute, 'utf8') });
/** Plain files and folders only; a kustomization needs loadManifestFiles. */
function readManifestFiles(spec, paths) {
    return listSources(spec, paths).map((source) => {
        if (source.kind === 'file')
            return readFile(spec, source.absolute);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`targets.kubernetes.manifests: ${source.shown} is a kustomization: it is built with \`kubectl kustomize\` (loadManifestFiles)`);
    });
}
/**
 * Files, folders and kustomizations, in the order named. `kustomize(dir, shown)` builds one
 * kustomization (buildKustomization with a located kubectl); it is called only when one is named.
 * A build's output is named `<folder> (kubectl kustomize).yaml` in errors and `render --output`.
 */
async function loadManifestFiles(spec, paths, kustomize) {
    const files = [];
    for (const source of listSources(spec, paths)) {
        if (source.kind === 'file')
            files.push(readFile(spec, source.absolute));
        else
            files.push({ file: `${source.shown === '.' ? 'kustomization' : source.shown} (kubectl kustomize).yaml`, text: await kustomize(source.dir, source.shown) });
    }
    return files;
}


/***/ })

};

//# sourceMappingURL=685.index.js.map