export const id = 9328;
export const ids = [9328];
export const modules = {

/***/ 59328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCompose: () => (/* binding */ renderCompose)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _spec_option_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38469);
/** `render --target compose`: the Compose document `deploy --target compose` would apply for this image, port and engine. */






async function renderCompose(values, ctx) {
    if (values.namespace !== undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('render --target compose: --namespace is a Kubernetes option');
    (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFormat */ .Xc)(values.format ?? 'yaml', ['yaml']);
    if (!values.image)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('render --target compose: --image REF is required (the image deploy --target compose would run)');
    const port = values.port === undefined ? undefined : (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInteger */ .cG)(values.port, '--port', 1, 65535);
    const spec = (0,_spec_option_js__WEBPACK_IMPORTED_MODULE_5__/* .readSpec */ .O)(values.spec, ctx.cwd);
    const [{ composeDocument }, { resolveEngine }, { requireGrammar }] = await Promise.all([__webpack_require__.e(/* import() */ 6724).then(__webpack_require__.bind(__webpack_require__, 86724)), Promise.all(/* import() */[__webpack_require__.e(2485), __webpack_require__.e(6944)]).then(__webpack_require__.bind(__webpack_require__, 6944)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7302))]);
    requireGrammar('imageReference', values.image, '--image');
    // The engine deploy would use (DOCKER_HOST, the docker context) decides where a generated file binds the server.
    const engine = await resolveEngine(ctx.env);
    const doc = composeDocument(spec, values.image, { port: port ?? spec.server.port, bind: engine.bind, env: ctx.env, logger: ctx.logger });
    if (values.output) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, values.output);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'compose.yml'), doc.text);
        ctx.logger.info(`render: wrote compose.yml (services ${doc.services.join(', ')}) to ${dir}`);
        ctx.stdout(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'compose.yml')}\n`);
    }
    else {
        ctx.stdout(doc.text);
    }
    return 0;
}


/***/ })

};

//# sourceMappingURL=9328.index.js.map