export const id = 6149;
export const ids = [6149];
export const modules = {

/***/ 86149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCloudTarget: () => (/* binding */ renderCloudTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _spec_option_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38469);
/** `render --target cloudrun|ecs|containerapps`: the platform's deploy documents for this image, to stdout or --output DIR. */






async function renderCloudTarget(target, values, ctx) {
    if (values.namespace !== undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`render --target ${target}: --namespace is a Kubernetes option`);
    if (values.port !== undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`render --target ${target}: --port is a compose option`);
    if (target === 'ecs' && (values.stage ?? values.tag ?? values['serving-revision']) !== undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('render --target ecs: --stage, --tag and --serving-revision are for cloudrun and containerapps (ECS rolls with its circuit breaker)');
    }
    // Cloud Run and Container Apps documents are YAML, ECS's are JSON: --format names what the target writes.
    (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFormat */ .Xc)(values.format ?? (target === 'ecs' ? 'json' : 'yaml'), [target === 'ecs' ? 'json' : 'yaml']);
    if (!values.image)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`render --target ${target}: --image REF@sha256:... is required: the revision runs exactly the pushed bytes (push prints the digest)`);
    const spec = (0,_spec_option_js__WEBPACK_IMPORTED_MODULE_5__/* .readSpec */ .O)(values.spec, ctx.cwd);
    const { renderCloud } = await Promise.all(/* import() */[__webpack_require__.e(1692), __webpack_require__.e(2445), __webpack_require__.e(7556)]).then(__webpack_require__.bind(__webpack_require__, 17556));
    const result = renderCloud(target, spec, {
        image: values.image,
        sha: values.sha,
        revisionSuffix: values['revision-suffix'],
        stage: values.stage === undefined ? undefined : (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)(values.stage, ['candidate', 'promote'], '--stage'),
        tag: values.tag,
        servingRevision: values['serving-revision'],
    });
    for (const warning of result.warnings)
        ctx.logger.warning(warning);
    if (values.output) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, values.output);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        for (const d of result.documents)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, d.name), d.text);
        ctx.logger.info(`render: wrote ${result.documents.map((d) => d.name).join(', ')} (revision ${result.revision}) to ${dir}`);
        ctx.stdout(result.documents.map((d) => `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, d.name)}\n`).join(''));
    }
    else {
        // ECS has two documents (the task definition, the service settings): one JSON object keyed by their file names.
        ctx.stdout(target === 'ecs' ? `${JSON.stringify(Object.fromEntries(result.documents.map((d) => [d.name, d.value])), null, 2)}\n` : result.documents[0].text);
    }
    return 0;
}


/***/ })

};

//# sourceMappingURL=6149.index.js.map