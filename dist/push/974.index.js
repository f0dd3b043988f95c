export const id = 974;
export const ids = [974];
export const modules = {

/***/ 4974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveRegistryImage: () => (/* binding */ resolveRegistryImage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6618);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8963);
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3653);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(596);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6575);
/** docker://REF: an image in a registry, read over the OCI distribution API. */








async function resolveRegistryImage(source, options) {
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageReference */ .o_)(source.reference);
    // Explicit credentials not bound by the stage are for the registry read from.
    const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP(ref.registry, (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .bindCredentials */ .m6)(options.registry, ref.registry), options.logger ?? _util_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .qq);
    const where = source.display;
    try {
        let fetched = await client.getManifest(ref.repository, ref.digest ?? ref.tag, _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestAcceptTypes */ .HL);
        let doc = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .parseManifestDocument */ .Qz)(fetched.bytes, `${where}: manifest`, fetched.mediaType);
        if (doc.kind === 'index') {
            const chosen = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .selectPlatform */ .md)(doc, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePlatform */ .FL)(options.platform ?? 'linux/amd64'), `${where}: index`);
            fetched = await client.getManifest(ref.repository, chosen.digest, _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestAcceptTypes */ .HL);
            doc = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .parseManifestDocument */ .Qz)(fetched.bytes, `${where}: manifest ${chosen.digest}`, fetched.mediaType || chosen.mediaType);
        }
        if (doc.kind !== 'manifest')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: nested indexes are not supported`);
        const configStream = await client.getBlob(ref.repository, doc.config.digest);
        const chunks = [];
        let size = 0;
        for await (const chunk of configStream) {
            size += chunk.length;
            if (size > options.limits.maxJsonBytes)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: config is over the ${options.limits.maxJsonBytes}-byte JSON limit`);
            chunks.push(chunk);
        }
        const configBytes = Buffer.concat(chunks);
        const configDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(configBytes).digest('hex')}`;
        if (configDigest !== doc.config.digest)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: config digest mismatch: the manifest says ${doc.config.digest}, the bytes hash to ${configDigest}`);
        const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseImageConfig */ .F)(configBytes, where);
        return {
            source,
            digest: fetched.digest,
            manifestMediaType: doc.mediaType,
            manifestBytes: fetched.bytes,
            platform: { os: config.os, architecture: config.architecture },
            configDigest,
            configBytes,
            layers: doc.layers.map((layer, index) => ({
                index,
                digest: layer.digest,
                size: layer.size,
                mediaType: layer.mediaType,
                diffId: config.diffIds[index],
                digestFromManifest: true,
                open: () => client.getBlob(ref.repository, layer.digest),
            })),
            close: async () => client.close(),
        };
    }
    catch (error) {
        client.close();
        throw error;
    }
}


/***/ })

};

//# sourceMappingURL=974.index.js.map