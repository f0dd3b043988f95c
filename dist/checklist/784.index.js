export const id = 784;
export const ids = [784];
export const modules = {

/***/ 31784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadLiveInputs: () => (/* binding */ loadLiveInputs)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _yaml_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14862);


/** Fields the API server adds: not the user's intent, and noise in evidence. */
function withoutServerFields(object) {
    const { status: _status, ...rest } = object;
    const metadata = { ...rest.metadata };
    for (const field of ['managedFields', 'resourceVersion', 'uid', 'generation', 'creationTimestamp', 'selfLink'])
        delete metadata[field];
    return { ...rest, metadata };
}
const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;
/** The live objects the spec's render names, as located documents; the Deployment must exist. */
async function liveManifests(spec, options) {
    const { loadCluster } = await Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(17)]).then(__webpack_require__.bind(__webpack_require__, 40017));
    const { readLive } = await Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 79928));
    const { renderKubernetes, objectYaml } = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(21)]).then(__webpack_require__.bind(__webpack_require__, 72021));
    if (!spec.image)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--live: ${spec.file} has no image (the repository the server is deployed from)`);
    const cluster = loadCluster({ kubeconfig: options.kubeconfig, inCluster: options.inCluster, context: options.context });
    const namespace = options.namespace ?? spec.targets.kubernetes?.namespace ?? cluster.defaultNamespace;
    // The render says which objects a deploy of this spec owns; their live versions are what is checked.
    const wanted = renderKubernetes(spec, { image: `${spec.image}@${PLACEHOLDER_DIGEST}`, namespace }).objects;
    const docs = [];
    const images = [];
    for (const object of wanted) {
        const live = await readLive(cluster, { ...object, metadata: { ...object.metadata, namespace: object.metadata.namespace ?? namespace } });
        if (!live) {
            if (object.kind === 'Deployment')
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--live: Deployment ${namespace}/${object.metadata.name} is not in the cluster (${cluster.source}): nothing deployed to audit`);
            options.logger?.warning(`--live: ${object.kind} ${namespace}/${object.metadata.name} is not in the cluster`);
            continue;
        }
        const clean = withoutServerFields(live);
        docs.push(...(0,_yaml_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlDocuments */ .v)(objectYaml(clean), `cluster/${namespace}/${object.kind}/${object.metadata.name}`));
        if (object.kind === 'Deployment') {
            const containers = (clean.spec.template?.spec?.containers ?? []).map((c) => c.image).filter((i) => typeof i === 'string');
            images.push(...containers.filter((i) => i.startsWith(`${spec.image}@`) || i.startsWith(`${spec.image}:`)));
        }
    }
    return { docs, namespace, images };
}
/** Reads the live inputs; the caller merges them over the file inputs (the spec stays the file's). */
async function loadLiveInputs(spec, options) {
    const out = {};
    const { docs, images } = await liveManifests(spec, options);
    out.manifests = docs;
    const deployed = images.find((i) => i.includes('@sha256:'));
    if (deployed && options.rescan !== false) {
        const { scanImage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 23054));
        const report = await scanImage(`docker://${deployed}`, { ...options.imageOptions, logger: options.logger });
        out.scanReport = { file: `rescan of ${deployed}`, value: report };
    }
    if (options.url) {
        const { runHealthGate } = await Promise.all(/* import() */[__webpack_require__.e(235), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 74624));
        const { healthFromSpec } = await __webpack_require__.e(/* import() */ 498).then(__webpack_require__.bind(__webpack_require__, 19498));
        let url;
        try {
            url = new URL(options.url);
        }
        catch {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--url "${options.url}" is not a URL`);
        }
        const report = await runHealthGate({ target: { kind: 'url', url }, transport: 'auto', headers: {}, timeoutMs: 30_000, strict: false, allowAuthRequired: false, ...healthFromSpec(spec), logger: options.logger });
        out.healthReport = { file: `health of ${url.origin}${url.pathname}`, value: report };
    }
    return out;
}


/***/ })

};

//# sourceMappingURL=784.index.js.map