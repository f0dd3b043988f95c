export const id = 928;
export const ids = [928,17];
export const modules = {

/***/ 79928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readLive: () => (/* binding */ readLive)
/* harmony export */ });
/* unused harmony exports FIELD_MANAGER, describeObject, objectKey, serverSideApply, ConflictError, changedPaths, applyObjects, deleteObject */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30339);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40017);
/**
 * Server-side apply with one field manager. Every object is first applied as a server-side dry
 * run, so a conflict with another manager, a refused field or an unknown kind stops the deploy
 * before anything is written; the dry run's answers, compared with the live objects, are also
 * what `--dry-run` prints. Then the objects are applied for real, in order.
 */



const FIELD_MANAGER = 'mcp-orchestrator';
const describeObject = (o) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
/** group/kind/namespace/name: the same object across API versions. */
function objectKey(o) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
    return `${group}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}
async function readLive(cluster, object) {
    try {
        return (await cluster.objects.read({ apiVersion: object.apiVersion, kind: object.kind, metadata: { name: object.metadata.name, namespace: object.metadata.namespace } }));
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
            return undefined;
        throw translate(cluster, error, `reading ${describeObject(object)}`);
    }
}
/** One line per conflicting field: the field and the manager that holds it. */
function conflictLines(error) {
    if (statusCode(error) !== 409 || !(error instanceof k8s.ApiException))
        return undefined;
    let causes = [];
    try {
        const body = (typeof error.body === 'string' ? JSON.parse(error.body) : error.body);
        causes = body.details?.causes ?? [];
    }
    catch {
        return undefined;
    }
    const conflicts = causes.filter((c) => c.reason === 'FieldManagerConflict');
    if (!conflicts.length)
        return undefined;
    return conflicts.map((c) => `${c.field ?? '(field)'} is managed by ${/conflict with (".*?")/.exec(c.message ?? '')?.[1] ?? c.message ?? 'another manager'}`);
}
function translate(cluster, error, doing) {
    const message = error instanceof Error ? error.message : '';
    // KubernetesObjectApi's discovery: the API server does not serve this group/version/kind (a CRD not installed).
    if (/Unrecognized API version and kind|Failed to fetch resource metadata/.test(message)) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${doing}: the API server ${cluster.server} does not serve this kind (is its CRD or operator installed?): ${message.split('\n')[0]}`);
    }
    if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCode */ .se)(error) === 422 || (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCode */ .se)(error) === 400)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${doing}: refused by the API server: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusMessage */ .uP)(error)}`);
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .clusterError */ .Fs)(cluster, error, doing);
}
async function serverSideApply(cluster, object, options) {
    const doing = `applying ${describeObject(object)}${options.dryRun ? ' (server-side dry run)' : ''}`;
    try {
        return (await cluster.objects.patch(object, undefined, options.dryRun ? 'All' : undefined, FIELD_MANAGER, options.force, k8s.PatchStrategy.ServerSideApply));
    }
    catch (error) {
        const conflicts = conflictLines(error);
        if (conflicts)
            throw new ConflictError(describeObject(object), conflicts);
        throw translate(cluster, error, doing);
    }
}
/** Another field manager holds fields this deploy sets: fatal unless forced. */
class ConflictError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
    object;
    conflicts;
    constructor(object, conflicts) {
        super(`${object}: ${conflicts.join('; ')}`);
        this.object = object;
        this.conflicts = conflicts;
    }
}
const VOLATILE_METADATA = (/* unused pure expression or super */ null && (['managedFields', 'resourceVersion', 'generation', 'uid', 'creationTimestamp']));
/** What the user's manifests and the render control: no status, no server bookkeeping. */
function comparable(object) {
    const { status: _status, metadata, ...rest } = object;
    const meta = { ...metadata };
    for (const key of VOLATILE_METADATA)
        delete meta[key];
    if (meta.annotations) {
        const annotations = { ...meta.annotations };
        delete annotations['deployment.kubernetes.io/revision'];
        meta.annotations = annotations;
    }
    return { ...rest, metadata: meta };
}
/** Paths of leaves that differ, e.g. `spec.template.spec.containers[0].image`. */
function changedPaths(before, after, path = '', out = [], limit = 8) {
    if (out.length >= limit)
        return out;
    if (before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after)) {
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        for (const key of keys) {
            const next = Array.isArray(before) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
            changedPaths(before[key], after[key], next, out, limit);
        }
        return out;
    }
    if (JSON.stringify(before) !== JSON.stringify(after))
        out.push(path || '(whole object)');
    return out;
}
const identity = (o) => ({ kind: o.kind, name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}) });
/**
 * Applies `objects` in order. A server-side dry run of all of them comes first: any conflict
 * (named field by field, with the manager holding it) fails the whole apply unless `force`.
 * With `dryRun` nothing is written and the result says what would change.
 */
async function applyObjects(cluster, objects, options) {
    if (options.namespaceMissing)
        return objects.map((o) => ({ ...identity(o), action: 'created' }));
    // The reads and dry runs do not depend on each other: all at once (bench/deploy.mjs), kept in order.
    const results = await Promise.all(objects.map(async (object) => {
        const [before, after] = await Promise.all([readLive(cluster, object), serverSideApply(cluster, object, { dryRun: true, force: options.force }).catch((error) => error)]);
        return { object, before, after };
    }));
    const conflicts = results.map((r) => r.after).filter((r) => r instanceof ConflictError);
    const failed = results.find((r) => r.after instanceof Error && !(r.after instanceof ConflictError));
    if (failed)
        throw failed.after;
    const planned = results.filter((r) => !(r.after instanceof Error));
    if (conflicts.length) {
        throw new InputError(`server-side apply conflicts with other field managers (nothing was applied): ${conflicts.map((c) => c.message).join(' | ')}. ` +
            'Remove those changes from the cluster, or pass --force-conflicts to take the fields over');
    }
    if (options.dryRun) {
        return planned.map(({ object, before, after }) => {
            if (!before)
                return { ...identity(object), action: 'created' };
            const fields = changedPaths(comparable(before), comparable(after));
            return { ...identity(object), action: fields.length ? 'changed' : 'unchanged', ...(fields.length ? { fields } : {}) };
        });
    }
    const applied = [];
    for (const { object, before } of planned) {
        const after = await serverSideApply(cluster, object, { dryRun: false, force: options.force }).catch((error) => {
            if (!applied.length)
                throw error;
            // Nothing half-applied without saying so.
            throw new InputError(`${errorMessage(error)} (already applied before it: ${applied.map((o) => `${o.kind} ${o.name}`).join(', ')})`);
        });
        const action = !before ? 'created' : before.metadata.resourceVersion === after.metadata.resourceVersion ? 'unchanged' : 'changed';
        applied.push({ ...identity(object), action });
    }
    return applied;
}
/** Deletes an object (its dependents in the background); an object already gone counts as deleted. */
async function deleteObject(cluster, object, dryRun = false) {
    try {
        await cluster.objects.delete({ apiVersion: object.apiVersion, kind: object.kind, metadata: { name: object.metadata.name, namespace: object.metadata.namespace } }, undefined, dryRun ? 'All' : undefined, undefined, undefined, 'Background');
    }
    catch (error) {
        if (!isNotFound(error))
            throw translate(cluster, error, `deleting ${describeObject(object)}`);
    }
}


/***/ }),

/***/ 40017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ clusterError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   loadCluster: () => (/* binding */ loadCluster),
/* harmony export */   se: () => (/* binding */ statusCode),
/* harmony export */   uP: () => (/* binding */ statusMessage)
/* harmony export */ });
/* unused harmony exports checkReachable, ensureNamespace */
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
            Promise.all([cluster.kc.makeApiClient(k8s.VersionApi).getCode(), cluster.kc.makeApiClient(k8s.AuthorizationV1Api).createSelfSubjectAccessReview({ body: review })]),
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
        throw new InputError(`namespace ${namespace} does not exist on ${cluster.server}: create it, or pass --create-namespace`);
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

//# sourceMappingURL=928.index.js.map