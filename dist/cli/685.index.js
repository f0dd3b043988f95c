export const id = 685;
export const ids = [685];
export const modules = {

/***/ 9685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manifestPaths: () => (/* binding */ manifestPaths),
/* harmony export */   readManifestFiles: () => (/* binding */ readManifestFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * The render stage's only file reads: the user's manifests named by `targets.kubernetes.manifests`
 * (files, or folders whose *.yaml / *.yml / *.json files are taken in name order, not recursively,
 * as `kubectl apply -f DIR` does), resolved from the spec's folder. Kustomizations are refused for
 * now with a way around (`kubectl kustomize`).
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
function kustomizationError(path) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`targets.kubernetes.manifests: ${path} is a kustomization, which render does not build yet: ` +
        'run `kubectl kustomize DIR > manifests.yaml` and name that file instead');
}
function readManifestFiles(spec, paths) {
    const files = [];
    const read = (absolute) => files.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(spec.dir, absolute) || absolute, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute, 'utf8') });
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
                throw kustomizationError(path);
            read(absolute);
            continue;
        }
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute).sort();
        if (names.some((n) => KUSTOMIZATION.test(n)))
            throw kustomizationError(path);
        const manifests = names.filter((n) => MANIFEST.test(n) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, n)).isFile());
        if (!manifests.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${spec.file}: targets.kubernetes.manifests: ${path} holds no .yaml, .yml or .json file`);
        manifests.forEach((n) => read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, n)));
    }
    return files;
}


/***/ })

};

//# sourceMappingURL=685.index.js.map