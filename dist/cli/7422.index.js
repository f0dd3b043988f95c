export const id = 7422;
export const ids = [7422];
export const modules = {

/***/ 45356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TC: () => (/* binding */ renderAuth),
/* harmony export */   WB: () => (/* binding */ JWKS_MOUNT),
/* harmony export */   pH: () => (/* binding */ JWKS_FILE)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Where a JWKS ConfigMap is mounted in the container. */
const JWKS_MOUNT = '/etc/mcp-orchestrator/auth';
const JWKS_FILE = 'jwks.json';
const NONE = { env: [], secrets: [] };
function renderAuth(spec, target) {
    const auth = spec.auth ?? { mode: 'none' };
    if (auth.mode === 'none')
        return NONE;
    let out;
    if (auth.mode === 'bearer') {
        const { name, from, rotation, refresh } = auth.secret;
        out = {
            env: [['MCP_BRIDGE_AUTH', 'bearer'], ['MCP_BRIDGE_AUTH_TOKEN_ENV', name]],
            secrets: [{ name, from, ...(rotation !== undefined ? { rotation } : {}), ...(refresh !== undefined ? { refresh } : {}) }],
        };
    }
    else {
        // A ConfigMap is a cluster's; elsewhere the bridge discovers the keys from the issuer.
        const configMap = target === 'kubernetes' ? auth.jwksConfigMap : undefined;
        const jwksUri = configMap ? `file://${JWKS_MOUNT}/${JWKS_FILE}` : auth.jwksUri;
        out = {
            env: [
                ['MCP_BRIDGE_AUTH', 'oauth'],
                ['MCP_BRIDGE_ISSUER', auth.issuer],
                ['MCP_BRIDGE_AUDIENCE', auth.audience],
                ...(auth.scopes.length ? [['MCP_BRIDGE_SCOPES', auth.scopes.join(',')]] : []),
                ...(jwksUri ? [['MCP_BRIDGE_JWKS_URI', jwksUri]] : []),
            ],
            secrets: [],
            ...(configMap ? { jwksConfigMap: configMap } : {}),
        };
    }
    refuseClashes(spec, out);
    return out;
}
/** The spec's own env: or secrets: must not set what auth: sets: a later entry would silently win. */
function refuseClashes(spec, out) {
    const names = [...out.env.map(([name]) => name), ...out.secrets.map((s) => s.name)];
    const clash = names.find((n) => n in spec.env || spec.secrets.some((s) => s.name === n));
    const bridgeSettings = Object.keys(spec.env).filter((n) => /^MCP_BRIDGE_(AUTH|ISSUER|AUDIENCE|SCOPES|JWKS_URI)/.test(n));
    const name = clash ?? bridgeSettings[0];
    if (name)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec.file}: ${name} is set by auth: and also by env: or secrets:; remove it there (auth: declares the bridge's authorization)`);
}


/***/ }),

/***/ 87422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ renderSecrets),
/* harmony export */   v: () => (/* binding */ CSI_MOUNT_ROOT)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45356);


/** Where CSI volumes are mounted: the env var NAME_FILE holds the path of each object. */
const CSI_MOUNT_ROOT = '/mnt/secrets-store';
function renderSecrets(spec, metadata) {
    const name = spec.server.name;
    const out = { env: [], volumes: [], mounts: [], objects: [], runnerSecrets: [] };
    const external = new Map();
    const csiClasses = [];
    // The bearer token of auth: is one more reference, rendered the same way.
    for (const secret of [...spec.secrets, ...(0,_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAuth */ .TC)(spec, 'kubernetes').secrets]) {
        const from = secret.from;
        if (from.kubernetes) {
            const ref = from.kubernetes;
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key } } });
        }
        else if (from.external) {
            const ref = from.external;
            const kind = ref.kind ?? 'SecretStore';
            const target = `${name}-${ref.store}${kind === 'ClusterSecretStore' ? '-cluster' : ''}`;
            const group = external.get(target) ?? { ref: { ...ref, kind }, data: [] };
            group.data.push({ secretKey: secret.name, remoteRef: { key: ref.key, ...(ref.property ? { property: ref.property } : {}) } });
            external.set(target, group);
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: target, key: secret.name } } });
        }
        else if (from.csi) {
            const ref = from.csi;
            const className = ref['provider-class'];
            if (!csiClasses.includes(className))
                csiClasses.push(className);
            out.env.push({ name: `${secret.name}_FILE`, value: `${CSI_MOUNT_ROOT}/${className}/${ref.object}` });
        }
        else if (from.env !== undefined || from.github !== undefined) {
            const source = from.env !== undefined ? { env: from.env } : { github: from.github };
            const runnerSecret = `${name}-runner`;
            out.runnerSecrets.push({ secret: runnerSecret, key: secret.name, from: source });
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: runnerSecret, key: secret.name } } });
        }
        else {
            const kinds = Object.keys(from).join(', ');
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec.file}: secrets: ${secret.name}: from.${kinds} cannot be read by a Kubernetes pod; use from.kubernetes, from.external (an External Secrets store) or from.csi`);
        }
    }
    for (const [target, { ref, data }] of external) {
        out.objects.push({
            apiVersion: 'external-secrets.io/v1',
            kind: 'ExternalSecret',
            metadata: metadata(target),
            spec: {
                refreshInterval: '1h',
                secretStoreRef: { name: ref.store, kind: ref.kind },
                target: { name: target, creationPolicy: 'Owner' },
                data,
            },
        });
    }
    csiClasses.forEach((className, index) => {
        const volume = `secrets-store-${index}`;
        out.volumes.push({ name: volume, csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: className } } });
        out.mounts.push({ name: volume, mountPath: `${CSI_MOUNT_ROOT}/${className}`, readOnly: true });
    });
    return out;
}


/***/ })

};

//# sourceMappingURL=7422.index.js.map