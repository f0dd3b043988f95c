export const id = 17;
export const ids = [17];
export const modules = {

/***/ 40017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ clusterError),
/* harmony export */   Gv: () => (/* binding */ ensureNamespace),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   loadCluster: () => (/* binding */ loadCluster),
/* harmony export */   sQ: () => (/* binding */ checkReachable),
/* harmony export */   se: () => (/* binding */ statusCode),
/* harmony export */   uP: () => (/* binding */ statusMessage)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30339);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Cluster access for the deploy stage: a kubeconfig (files, a context) or the in-cluster service
 * account, the API clients, and errors translated into messages that name the kubeconfig and the
 * API server.
 *
 * The client is the official @kubernetes/client-node: ESM, bundles with ncc (no binary to fetch),
 * speaks server-side apply and the portforward subresource, and runs exec credential plugins
 * (gke-gcloud-auth-plugin, `aws eks get-token`, kubelogin) and token or client-certificate users
 * as kubectl does. kubectl itself is not on every machine (Debian's is v1.20) and would be driven
 * through text. Version 1.x: 2.x needs undici 8, which needs Node 22, and the CLI supports Node 20.
 */



const REACH_TIMEOUT_MS = 20_000;
function loadConfig(options) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    const files = options.kubeconfig?.filter(Boolean) ?? [];
    if (files.length) {
        for (const [index, file] of files.entries()) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`kubeconfig ${file} does not exist (from --kubeconfig or KUBECONFIG)`);
            const one = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
            try {
                one.loadFromFile(file);
            }
            catch (error) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`kubeconfig ${file} cannot be read: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).split('\n')[0]}`);
            }
            if (index === 0)
                kc.loadFromString(one.exportConfig());
            else
                kc.mergeConfig(one, true);
        }
        return { kc, source: `kubeconfig ${files.join(', ')}` };
    }
    if (options.inCluster) {
        try {
            kc.loadFromCluster();
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`in-cluster configuration cannot be read: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
        }
        return { kc, source: 'the in-cluster service account' };
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('no cluster credentials: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster');
}
/** Loads the credentials and picks the context; does not contact the cluster (see checkReachable). */
function loadCluster(options) {
    const { kc, source: from } = loadConfig(options);
    if (options.context) {
        if (!kc.getContextObject(options.context)) {
            const known = kc.getContexts().map((c) => c.name);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${from} has no context "${options.context}" (it has: ${known.join(', ') || 'none'})`);
        }
        kc.setCurrentContext(options.context);
    }
    const current = kc.getCurrentContext();
    const context = kc.getContextObject(current);
    if (!options.inCluster && !context)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${from} sets no current context: pass --context (it has: ${kc.getContexts().map((c) => c.name).join(', ') || 'none'})`);
    const cluster = kc.getCurrentCluster();
    if (!cluster?.server)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${from}: context "${current}" names no cluster with a server URL`);
    const source = options.inCluster ? from : `${from}, context ${current}`;
    return {
        kc,
        objects: _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(kc),
        core: kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y),
        apps: kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AppsV1Api */ .eY6),
        server: cluster.server,
        source,
        defaultNamespace: context?.namespace ?? 'default',
    };
}
/** The API server's `Status` message from a failed request, else the error's first line. */
function statusMessage(error) {
    if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
        const body = error.body;
        try {
            const status = (typeof body === 'string' ? JSON.parse(body) : body);
            if (status?.message)
                return status.message;
        }
        catch {
            // not JSON: fall through
        }
        return `HTTP ${error.code}`;
    }
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).split('\n')[0];
}
function statusCode(error) {
    return error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 ? error.code : undefined;
}
const isNotFound = (error) => statusCode(error) === 404;
/** Transport-level failures (no HTTP answer): connection refused, DNS, TLS, a hung server. */
function connectionCode(error) {
    let cause = error;
    for (let depth = 0; cause && depth < 4; depth++) {
        const code = cause.code;
        if (typeof code === 'string')
            return code;
        cause = cause.cause;
    }
    return undefined;
}
/** An error that says which server and credentials were used and what to check. */
function clusterError(cluster, error, doing) {
    const where = `the Kubernetes API server ${cluster.server} (${cluster.source})`;
    const code = statusCode(error);
    if (code === 401)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${doing}: ${where} refused the credentials (401 Unauthorized): refresh the kubeconfig or its login`);
    if (code === 403)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${doing}: ${where} forbids it (403): ${statusMessage(error)}`);
    if (code !== undefined)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${doing}: ${where} answered ${code}: ${statusMessage(error)}`);
    const transport = connectionCode(error);
    if (transport)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${doing}: cannot reach ${where}: ${transport}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).split('\n')[0]}`);
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${doing}: ${where}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).split('\n')[0]}`);
}
/** Fails fast, naming the server and kubeconfig, when the API server does not answer or refuses the credentials. */
async function checkReachable(cluster) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${REACH_TIMEOUT_MS / 1000}s`), { code: 'ETIMEDOUT' })), REACH_TIMEOUT_MS);
    });
    try {
        // The version may be served to anyone; an access review needs valid credentials, and any
        // authenticated user may ask one (a namespace-bound service account cannot list namespaces).
        // Both at once: one round trip less (bench/deploy.mjs).
        const review = { spec: { resourceAttributes: { verb: 'patch', group: 'apps', resource: 'deployments' } } };
        const [version] = await Promise.race([
            Promise.all([cluster.kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .VersionApi */ .Nq_).getCode(), cluster.kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AuthorizationV1Api */ .NwU).createSelfSubjectAccessReview({ body: review })]),
            timeout,
        ]);
        return version.gitVersion;
    }
    catch (error) {
        throw clusterError(cluster, error, 'connecting');
    }
    finally {
        clearTimeout(timer);
    }
}
/** Makes sure the namespace exists: created when asked, else an error saying how. */
async function ensureNamespace(cluster, namespace, create, dryRun) {
    try {
        await cluster.core.readNamespace({ name: namespace });
        return 'exists';
    }
    catch (error) {
        // A service account bound to its namespace may not read the Namespace object: go on, the
        // namespaced requests that follow say what is wrong if anything is.
        if (statusCode(error) === 403)
            return 'exists';
        if (!isNotFound(error))
            throw clusterError(cluster, error, `reading namespace ${namespace}`);
    }
    if (!create)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`namespace ${namespace} does not exist on ${cluster.server}: create it, or pass --create-namespace`);
    if (dryRun)
        return 'would-create';
    try {
        await cluster.core.createNamespace({ body: { metadata: { name: namespace, labels: { 'app.kubernetes.io/managed-by': 'mcp-orchestrator' } } } });
    }
    catch (error) {
        if (statusCode(error) !== 409)
            throw clusterError(cluster, error, `creating namespace ${namespace}`);
    }
    return 'created';
}


/***/ })

};

//# sourceMappingURL=17.index.js.map