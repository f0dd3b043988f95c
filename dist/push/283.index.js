export const id = 283;
export const ids = [283];
export const modules = {

/***/ 7283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveDockerDaemon: () => (/* binding */ resolveDockerDaemon)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7895);
/* harmony import */ var _docker_archive_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);
/**
 * docker-daemon:REF: the engine's `docker save` stream, spooled to a temporary archive as skopeo
 * does (the archive may list its manifest last, and layers must be openable one by one), read as
 * a docker-archive, and deleted on close.
 */






async function resolveDockerDaemon(source, platform, limits, tempDir) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mcp-orchestrator-save-'));
    const archivePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'image.tar');
    try {
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .exec */ .m)('docker', ['save', '-o', archivePath, '--', source.reference], { timeoutMs: 30 * 60_000 });
        const image = await (0,_docker_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDockerArchive */ .h)({ ...source, tag: undefined }, platform, limits, archivePath);
        return {
            ...image,
            spooledArchive: archivePath,
            close: async () => {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            },
        };
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .cI) {
            const why = /no such image|not found|reference does not exist/i.test(error.stderr)
                ? 'no such image in the engine'
                : /cannot connect|is the docker daemon running|permission denied/i.test(error.stderr)
                    ? 'no Docker Engine answers (start one, or set DOCKER_HOST)'
                    : error.stderr.trim().split('\n').pop();
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${source.display}: ${why}`, { cause: error });
        }
        throw error;
    }
}


/***/ })

};

//# sourceMappingURL=283.index.js.map