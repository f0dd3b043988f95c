export const id = 7809;
export const ids = [7809];
export const modules = {

/***/ 67809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBaseline: () => (/* binding */ loadBaseline),
/* harmony export */   parseBaseline: () => (/* binding */ parseBaseline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76758);
/** Reading a baseline file (YAML or JSON): loaded only by a scan that is given one. */




function parseBaseline(text, file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`baseline ${file}: not valid YAML or JSON (${error.message})`);
    }
    const list = Array.isArray(doc) ? doc : doc?.accepted;
    if (!Array.isArray(list))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`baseline ${file}: expected a list of entries under "accepted"`);
    const entries = list.map((raw, i) => {
        const e = raw;
        const where = `baseline ${file}: entry ${i + 1}`;
        if (!e || typeof e !== 'object')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: expected an object`);
        if (typeof e.reason !== 'string' || e.reason.trim() === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: "reason" is required (say why this finding is accepted)`);
        if (!e.fingerprint && !e.rule && !e.path)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: give at least one of fingerprint, rule or path`);
        return { ...e, reason: e.reason, pathPattern: e.path ? (0,_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .t)(e.path) : undefined };
    });
    return { file, entries };
}
async function loadBaseline(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`baseline ${file}: cannot read it (${error.code ?? error.message})`);
    }
    return parseBaseline(text, file);
}


/***/ })

};

//# sourceMappingURL=7809.index.js.map