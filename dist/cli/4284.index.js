export const id = 4284;
export const ids = [4284,17,9928];
export const modules = {

/***/ 79928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   XR: () => (/* binding */ deleteObject),
/* harmony export */   r3: () => (/* binding */ applyObjects),
/* harmony export */   readLive: () => (/* binding */ readLive),
/* harmony export */   v8: () => (/* binding */ describeObject),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER)
/* harmony export */ });
/* unused harmony exports serverSideApply, ConflictError, changedPaths */
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
    if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCode */ .se)(error) !== 409 || !(error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4))
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
        return (await cluster.objects.patch(object, undefined, options.dryRun ? 'All' : undefined, FIELD_MANAGER, options.force, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply));
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
const VOLATILE_METADATA = ['managedFields', 'resourceVersion', 'generation', 'uid', 'creationTimestamp'];
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`server-side apply conflicts with other field managers (nothing was applied): ${conflicts.map((c) => c.message).join(' | ')}. ` +
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)} (already applied before it: ${applied.map((o) => `${o.kind} ${o.name}`).join(', ')})`);
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
        if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
            throw translate(cluster, error, `deleting ${describeObject(object)}`);
    }
}


/***/ }),

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


/***/ }),

/***/ 34284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeployFailure: () => (/* reexport */ DeployFailure),
  deployKubernetes: () => (/* binding */ deployKubernetes)
});

// EXTERNAL MODULE: ./src/render/kubernetes.ts + 3 modules
var kubernetes = __webpack_require__(7453);
// EXTERNAL MODULE: ./src/render/kubernetes-objects.ts
var kubernetes_objects = __webpack_require__(58171);
// EXTERNAL MODULE: ./src/render/kubernetes-settings.ts
var kubernetes_settings = __webpack_require__(17066);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/deploy/kubernetes/apply.ts
var apply = __webpack_require__(79928);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/deploy/kubernetes/client.ts
var client = __webpack_require__(40017);
;// CONCATENATED MODULE: ./src/deploy/kubernetes/release.ts
/**
 * Release records, the way Helm keeps them: each good deploy of a server stores what it applied
 * (the objects, the image, the tools hash) in a Secret `<instance>-release-<n>` of its namespace
 * (a Secret because user manifests may hold Secrets). Rollback re-applies the previous record;
 * pruning removes what the previous record has and the new render no longer does.
 */



const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
const LABEL_INSTANCE = 'app.kubernetes.io/instance';
const LABEL_RELEASE_OF = 'mcp-orchestrator/release-of';
const SECRET_TYPE = 'mcp-orchestrator/release.v1';
/** Records kept per server; older ones are deleted. */
const KEEP = 10;
const secretName = (instance, revision) => `${instance}-release-${revision}`;
function parseRecord(secret) {
    const data = secret.data?.release;
    if (!data)
        return undefined;
    try {
        return JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from(data, 'base64')).toString('utf8'));
    }
    catch {
        return undefined; // a damaged record is skipped, as if it were not there
    }
}
/** The server's records, oldest first. */
async function readReleases(cluster, namespace, instance) {
    try {
        const list = await cluster.core.listNamespacedSecret({ namespace, labelSelector: `${LABEL_MANAGED_BY}=${kubernetes_objects/* MANAGED_BY */.Kf},${LABEL_RELEASE_OF}=${instance}` });
        return list.items
            .filter((s) => s.type === SECRET_TYPE)
            .map(parseRecord)
            .filter((r) => r !== undefined)
            .sort((a, b) => a.revision - b.revision);
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return [];
        throw (0,client/* clusterError */.Fs)(cluster, error, `reading the release records of ${instance} in ${namespace}`);
    }
}
/** Stores a good release and deletes records beyond the last ten. */
async function writeRelease(cluster, namespace, instance, record, previous) {
    const labels = { [LABEL_MANAGED_BY]: kubernetes_objects/* MANAGED_BY */.Kf, [LABEL_INSTANCE]: instance, [LABEL_RELEASE_OF]: instance, 'mcp-orchestrator/revision': String(record.revision) };
    const body = {
        metadata: { name: secretName(instance, record.revision), namespace, labels, annotations: { 'mcp-orchestrator/image': record.image } },
        type: SECRET_TYPE,
        data: { release: (0,external_node_zlib_.gzipSync)(JSON.stringify(record)).toString('base64') },
    };
    try {
        await cluster.core.createNamespacedSecret({ namespace, body });
    }
    catch (error) {
        throw (0,client/* clusterError */.Fs)(cluster, error, `writing release record ${body.metadata.name}`);
    }
    for (const old of previous.slice(0, Math.max(0, previous.length + 1 - KEEP))) {
        await cluster.core.deleteNamespacedSecret({ name: secretName(instance, old.revision), namespace }).catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/deploy/kubernetes/candidate.ts

const LABEL_ROLE = 'mcp-orchestrator/role';
const SUFFIX = '-candidate';
/** The Deployment that runs the pushed image: the rendered one, or the user's whose container names the digest. */
function findServerDeployment(objects, image, name) {
    const deployments = objects.filter((o) => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
    return deployments.find((d) => d.spec?.template?.spec?.containers?.some((c) => c.image === image)) ?? deployments.find((d) => d.metadata.name === name);
}
/** The port the server listens on in the pod: the server container's first containerPort, else the spec's port. */
function serverPort(deployment, image, fallback) {
    const container = deployment.spec.template.spec.containers.find((c) => c.image === image) ?? deployment.spec.template.spec.containers[0];
    return container?.ports?.[0]?.containerPort ?? fallback;
}
const withSuffix = (value) => (value.length + SUFFIX.length <= 63 ? `${value}${SUFFIX}` : `${value.slice(0, 63 - SUFFIX.length).replace(/[-_.]+$/, '')}${SUFFIX}`);
function candidateDeployment(serving, instance) {
    const copy = structuredClone(serving);
    const selector = Object.fromEntries(Object.entries(serving.spec.selector.matchLabels ?? {}).map(([k, v]) => [k, withSuffix(v)]));
    const podLabels = { ...selector, [LABEL_ROLE]: 'candidate' };
    copy.metadata = {
        name: withSuffix(serving.metadata.name).slice(0, 253),
        ...(serving.metadata.namespace ? { namespace: serving.metadata.namespace } : {}),
        labels: { [LABEL_MANAGED_BY]: 'mcp-orchestrator', [LABEL_INSTANCE]: instance, [LABEL_ROLE]: 'candidate' },
    };
    copy.spec.replicas = 1;
    copy.spec.selector = { matchLabels: podLabels };
    copy.spec.template.metadata = { ...(copy.spec.template.metadata ?? {}), labels: podLabels };
    delete copy.spec.template.spec.topologySpreadConstraints;
    return copy;
}
/** What the candidate's pods need before they can start: their ServiceAccount, Secrets and ConfigMaps. */
function podDependencies(objects) {
    return objects.filter((o) => ['ServiceAccount', 'Secret', 'ConfigMap', 'ExternalSecret'].includes(o.kind));
}

// EXTERNAL MODULE: ./src/health/from-spec.ts
var from_spec = __webpack_require__(19498);
// EXTERNAL MODULE: ./src/health/gate.ts + 4 modules
var gate = __webpack_require__(74624);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(30339);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/deploy/kubernetes/port-forward.ts
/**
 * A port-forward to one pod, as `kubectl port-forward pod/NAME :PORT` does: a listener on a random
 * 127.0.0.1 port, each accepted connection carried over its own WebSocket to the API server's
 * portforward subresource (client-node's PortForward). The gate reaches exactly that pod, which
 * is how it tests a new revision before (or without) a Service sending it traffic.
 */


async function openPortForward(cluster, namespace, pod, port) {
    const forward = new dist/* PortForward */.nE4(cluster.kc);
    const sockets = new Set();
    const server = (0,external_node_net_.createServer)((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        forward
            .portForward(namespace, pod, [port], socket, null, socket)
            .then((opened) => {
            const ws = (typeof opened === 'function' ? opened() : opened);
            if (!ws)
                return void socket.destroy();
            // The library does not tie the two ends' lifetimes together: a closed end closes the other.
            ws.on('close', () => socket.end());
            ws.on('error', () => socket.destroy());
            socket.on('close', () => ws.close());
        })
            .catch(() => socket.destroy());
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    const localPort = typeof address === 'object' && address ? address.port : 0;
    return {
        localPort,
        close: () => new Promise((resolve) => {
            for (const socket of sockets)
                socket.destroy();
            server.close(() => resolve());
        }),
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/scan/redact-text.ts
var redact_text = __webpack_require__(77534);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/deploy/kubernetes/types.ts
/** The Kubernetes deploy's options, result, timeline and failure. */


class Timeline {
    logger;
    entries = [];
    started = external_node_perf_hooks_.performance.now();
    constructor(logger) {
        this.logger = logger;
    }
    add(event) {
        this.entries.push({ atMs: Math.round(external_node_perf_hooks_.performance.now() - this.started), event });
        this.logger.info(`deploy: ${event}`);
    }
}
/** The rollout or the gate failed; the result says what now runs. Exit 1. */
class DeployFailure extends errors/* GateFailure */.In {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/** A rollout that cannot finish: the specific reason, found early. */
class RolloutFailure extends errors/* GateFailure */.In {
}
/** Throws Interrupted (exit 128 + the signal's number) when `signal` has aborted. */
function stopIfAborted(signal, what) {
    if (!signal?.aborted)
        return;
    const reason = signal.reason;
    const name = (typeof reason === 'string' && reason.startsWith('SIG') ? reason : 'SIGTERM');
    throw new errors/* Interrupted */.j$(`interrupted by ${name}: ${what}`, name);
}
/** Settles with `work`, or rejects with Interrupted as soon as `signal` aborts. */
function untilAborted(work, signal, what) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            try {
                stopIfAborted(signal, what);
            }
            catch (error) {
                reject(error);
            }
        };
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}

;// CONCATENATED MODULE: ./src/deploy/kubernetes/rollout.ts




const POLL_MS = 1000;
/** The rollout wait polls quickly at first (most rollouts end within 15 s), then every POLL_MS. */
const FAST_POLL_MS = 250;
const FAST_POLLS = 60;
const LOG_LINES = 20;
const REVISION = 'deployment.kubernetes.io/revision';
/** kubectl's DeploymentStatusViewer: undefined when done, else what it waits for; throws on ProgressDeadlineExceeded. */
function rolloutStatus(d) {
    const name = d.metadata?.name;
    if ((d.metadata?.generation ?? 0) > (d.status?.observedGeneration ?? 0))
        return 'waiting for the deployment spec update to be observed';
    const progressing = d.status?.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        throw new RolloutFailure(`deployment ${name} exceeded its progress deadline: ${progressing.message ?? ''}`.trim());
    const want = d.spec?.replicas ?? 1;
    const updated = d.status?.updatedReplicas ?? 0;
    const replicas = d.status?.replicas ?? 0;
    const available = d.status?.availableReplicas ?? 0;
    if (updated < want)
        return `${updated} of ${want} updated replicas`;
    if (replicas > updated)
        return `${replicas - updated} old replicas pending termination`;
    if (available < updated)
        return `${available} of ${updated} updated replicas available`;
    return undefined;
}
const labelSelector = (labels) => Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
/** The Deployment's replica set of its current revision, among `sets` (the ones its selector matches). */
function findNewReplicaSet(d, sets) {
    const revision = d.metadata?.annotations?.[REVISION];
    return sets.find((rs) => rs.metadata?.ownerReferences?.some((o) => o.uid === d.metadata?.uid) && rs.metadata?.annotations?.[REVISION] === revision);
}
async function newReplicaSet(cluster, d) {
    const list = await cluster.apps.listNamespacedReplicaSet({ namespace: d.metadata.namespace, labelSelector: labelSelector(d.spec?.selector.matchLabels) });
    return findNewReplicaSet(d, list.items);
}
/** The live pods `rs` owns, among `pods`. */
const ownedPods = (rs, pods) => pods.filter((p) => p.metadata?.ownerReferences?.some((o) => o.uid === rs.metadata?.uid) && !p.metadata?.deletionTimestamp);
async function podsOf(cluster, rs) {
    const list = await cluster.core.listNamespacedPod({ namespace: rs.metadata.namespace, labelSelector: labelSelector(rs.spec?.selector.matchLabels) });
    return ownedPods(rs, list.items);
}
/**
 * One poll: the Deployment, and (once its selector is known from the first poll: it is
 * immutable) its replica sets and pods read at the same time, one round trip instead of three.
 */
async function readRollout(cluster, namespace, name, selector) {
    const [deployment, sets, pods] = await Promise.all([
        cluster.apps.readNamespacedDeployment({ name, namespace }),
        selector === undefined ? undefined : cluster.apps.listNamespacedReplicaSet({ namespace, labelSelector: selector }),
        selector === undefined ? undefined : cluster.core.listNamespacedPod({ namespace, labelSelector: selector }),
    ]);
    const observed = (deployment.metadata?.generation ?? 0) <= (deployment.status?.observedGeneration ?? 0);
    if (!observed)
        return { deployment };
    const rs = sets ? findNewReplicaSet(deployment, sets.items) : await newReplicaSet(cluster, deployment);
    if (!rs)
        return { deployment };
    return { deployment, rs, pods: pods ? ownedPods(rs, pods.items) : await podsOf(cluster, rs) };
}
async function lastLogLines(cluster, pod, container) {
    const read = (previous) => cluster.core.readNamespacedPodLog({ name: pod.metadata.name, namespace: pod.metadata.namespace, container, previous, tailLines: LOG_LINES }).catch(() => '');
    // The kubelet answers with this text while a restarted container's log is being replaced.
    const usable = (text) => (/^unable to retrieve container logs/.test(text) ? '' : text);
    let text = '';
    for (let attempt = 0; attempt < 3 && !text.trim(); attempt++) {
        if (attempt)
            await (0,promises_.setTimeout)(POLL_MS);
        text = usable(await read(true)) || usable(await read(false));
    }
    // Log lines leave the process in the error: secrets the scan's rules recognise are redacted.
    text = (0,redact_text/* redactText */.iB)(text);
    return text.trim() ? text.trimEnd().split('\n').slice(-LOG_LINES).map((l) => `    ${l}`).join('\n') : '    (no log lines)';
}
function missingReference(message) {
    const key = /couldn't find key (\S+) in (Secret|ConfigMap) (\S+)/.exec(message);
    if (key)
        return `the ${key[2]} ${key[3]} has no key "${key[1]}"`;
    const object = /(secret|configmap) "([^"]+)" not found/i.exec(message);
    if (object)
        return `the ${object[1] === 'secret' ? 'Secret' : 'ConfigMap'} "${object[2]}" does not exist`;
    return message;
}
/**
 * A specific reason the pod cannot become Ready, or undefined while it may still. With
 * `restarts`, a container that has restarted counts too (after a failed gate: a pod without a
 * readiness probe is Ready while its server crashes).
 */
async function podProblem(cluster, pod, restarts = false) {
    const name = `pod ${pod.metadata?.name}`;
    const unschedulable = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable');
    if (unschedulable)
        return `${name} is Unschedulable: ${unschedulable.message ?? ''}`.trim();
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    for (const status of statuses) {
        const waiting = status.state?.waiting;
        const reason = waiting?.reason ?? '';
        // containerd repeats the image three times in a pull error: enough to say what happened.
        const message = (waiting?.message ?? '').slice(0, 400);
        if (['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull'].includes(reason)) {
            const image = pod.spec?.containers.concat(pod.spec.initContainers ?? []).find((c) => c.name === status.name)?.image ?? status.image;
            return `${name}: ${reason}: the image ${image} cannot be pulled: ${message}`.trim();
        }
        if (reason === 'CrashLoopBackOff') {
            const code = status.lastState?.terminated?.exitCode;
            return `${name}: container ${status.name} is in CrashLoopBackOff (exit code ${code ?? '?'}, ${status.restartCount} restarts); its last log lines:\n${await lastLogLines(cluster, pod, status.name)}`;
        }
        // The kubelet reports its own cache not being ready yet under the same reason: that passes.
        if (reason === 'CreateContainerConfigError' && /failed to sync (?:secret|configmap) cache/i.test(message))
            continue;
        if (reason === 'CreateContainerConfigError')
            return `${name}: CreateContainerConfigError in container ${status.name}: ${missingReference(message)} (${message})`;
        if (reason === 'CreateContainerError' || reason === 'RunContainerError')
            return `${name}: ${reason} in container ${status.name}: ${message}`;
    }
    const restarted = restarts ? statuses.find((s) => s.restartCount > 0) : undefined;
    if (restarted) {
        const code = restarted.lastState?.terminated?.exitCode;
        return `${name}: container ${restarted.name} keeps restarting (exit code ${code ?? '?'}, ${restarted.restartCount} restarts); its last log lines:\n${await lastLogLines(cluster, pod, restarted.name)}`;
    }
    return undefined;
}
/** After a failed gate: what is wrong with the pods of the Deployment's new replica set, if anything shows. */
async function explainPods(cluster, namespace, name) {
    try {
        const deployment = await cluster.apps.readNamespacedDeployment({ name, namespace });
        const rs = await newReplicaSet(cluster, deployment);
        if (!rs)
            return undefined;
        for (const pod of await podsOf(cluster, rs)) {
            const problem = await podProblem(cluster, pod, true);
            if (problem)
                return problem;
        }
    }
    catch {
        // Only an explanation: the gate's own verdict stands without it.
    }
    return undefined;
}
/**
 * Polls until the rollout completes or fails. `timeoutMs` bounds the whole wait, whatever the
 * Deployment's own progress deadline says.
 */
async function waitForRollout(cluster, namespace, name, options) {
    const started = Date.now();
    const label = options.label ?? `deployment ${name}`;
    let last = '';
    let selector;
    for (let poll = 0;; poll++) {
        stopIfAborted(options.signal, `while waiting for ${label}`);
        let read;
        try {
            read = await readRollout(cluster, namespace, name, selector);
        }
        catch (error) {
            throw (0,client/* clusterError */.Fs)(cluster, error, `reading ${label}`);
        }
        const { deployment, rs, pods } = read;
        selector ??= labelSelector(deployment.spec?.selector.matchLabels);
        const waiting = rolloutStatus(deployment);
        if (rs && pods) {
            const failure = rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
            if (failure)
                throw new RolloutFailure(`${label}: replica set ${rs.metadata?.name} cannot create pods: ${failure.message ?? failure.reason}`);
            for (const pod of pods) {
                const problem = await podProblem(cluster, pod);
                if (problem)
                    throw new RolloutFailure(`${label}: ${problem}`);
            }
            if (!waiting) {
                const ready = pods.find((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
                if (ready) {
                    options.timeline.add(`${label} rolled out (replica set ${rs.metadata?.name})`);
                    return { replicaSet: rs.metadata.name, pod: ready.metadata.name };
                }
            }
        }
        const now = waiting ?? 'waiting for a Ready pod of the new replica set';
        if (now !== last)
            options.timeline.add(`${label}: ${now}`);
        last = now;
        if (Date.now() - started > options.timeoutMs)
            throw new RolloutFailure(`${label} did not finish rolling out within ${Math.round(options.timeoutMs / 1000)}s: ${now}`);
        await (0,promises_.setTimeout)(poll < FAST_POLLS ? FAST_POLL_MS : POLL_MS);
    }
}

;// CONCATENATED MODULE: ./src/deploy/kubernetes/gate.ts
/** The MCP health gate (contract, smoke call) against one pod, through a port-forward. */





function checksFromSpec(spec) {
    const fromSpec = (0,from_spec.healthFromSpec)(spec);
    return { contract: fromSpec.contract, strict: fromSpec.strict ?? false, allowAuthRequired: fromSpec.allowAuthRequired ?? false, smoke: fromSpec.smoke };
}
async function gatePod(cluster, options) {
    const { spec } = options;
    const forward = await openPortForward(cluster, options.namespace, options.pod, options.port);
    try {
        const checks = options.checks ?? checksFromSpec(spec);
        return await untilAborted((0,gate.runHealthGate)({
            target: { kind: 'url', url: new URL((0,from_spec.localUrl)(spec, forward.localPort)) },
            transport: spec.server.transport === 'sse' ? 'sse' : 'auto',
            headers: {},
            timeoutMs: options.timeoutMs ?? (0,from_spec.healthFromSpec)(spec).timeoutMs ?? 60_000,
            ...checks,
            auth: (0,from_spec.healthFromSpec)(spec).auth,
            logger: options.logger,
            // The pod's log (its one container; the report keeps the last 200 lines, redacted).
            serverLogs: () => cluster.core.readNamespacedPodLog({ name: options.pod, namespace: options.namespace, tailLines: 200 }),
        }), options.signal, `while gating pod ${options.pod}`);
    }
    finally {
        await forward.close();
    }
}
/** The gate of a Ready pod of `deployment`'s new replica set; a failed verdict says what the pods show (a crash, its log lines). */
async function gateDeployment(cluster, options) {
    const report = await gatePod(cluster, options);
    if (report.ok)
        return { report, summary: gateSummary(report) };
    const pods = await explainPods(cluster, options.namespace, options.deployment);
    return { report, summary: `${gateSummary(report)}${pods ? `\n${pods}` : ''}` };
}
/** The gate's verdict in one line: the tools, or its first error. */
function gateSummary(report) {
    if (report.ok)
        return `gate passed: ${report.tools.length} tool(s) (${report.tools.map((t) => t.name).join(', ')})`;
    const errors = report.problems.filter((p) => p.level === 'error').map((p) => p.message);
    return `gate failed: ${errors.join('; ') || report.status}`;
}

// EXTERNAL MODULE: ./src/deploy/kubernetes/manifests-file.ts
var manifests_file = __webpack_require__(86181);
;// CONCATENATED MODULE: ./src/deploy/kubernetes/prune.ts


function isOurs(live, instance) {
    const labels = live.metadata.labels ?? {};
    if (labels[LABEL_MANAGED_BY] === apply/* FIELD_MANAGER */.vy && labels[LABEL_INSTANCE] === instance)
        return true;
    const managed = (live.metadata.managedFields ?? []);
    return managed.some((m) => m.manager === apply/* FIELD_MANAGER */.vy && m.operation === 'Apply');
}
/** The objects of `previous` that `current` does not have. */
function leftOver(previous, current) {
    const keep = new Set(current.map(apply/* objectKey */.T5));
    return previous.filter((o) => !keep.has((0,apply/* objectKey */.T5)(o)));
}
async function pruneObjects(cluster, candidates, options) {
    const done = [];
    for (const object of [...candidates].reverse()) {
        const live = await (0,apply.readLive)(cluster, object);
        if (!live)
            continue;
        if (!isOurs(live, options.instance)) {
            options.logger.warning(`${(0,apply/* describeObject */.v8)(object)} is no longer rendered but is not managed by mcp-orchestrator any more: left in place`);
            continue;
        }
        await (0,apply/* deleteObject */.XR)(cluster, object, options.dryRun);
        done.push({ kind: object.kind, name: object.metadata.name, ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}), action: options.action ?? 'pruned' });
    }
    return done;
}

// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(71553);
;// CONCATENATED MODULE: ./src/deploy/kubernetes/public-gate.ts
/**
 * The MCP gate through the public URL (`https://ingress.host/path`, http without TLS), after the
 * port-forward gate of the new revision passed: the path users take (DNS, the ingress controller,
 * TLS, the Service) is checked too. A host that does not resolve (not yet in DNS, an internal
 * name) is reported, not failed: the port-forward gate already vouches for the pods.
 */





/** How long the public host's DNS lookup may take before it counts as not resolving. */
const PUBLIC_LOOKUP_MS = 2000;
/** The URL itself when its host resolves within PUBLIC_LOOKUP_MS, else undefined. */
async function resolvePublicUrl(url) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(undefined), PUBLIC_LOOKUP_MS);
        timer.unref();
    });
    try {
        const found = await Promise.race([(0,external_node_dns_promises_.lookup)(url.hostname).then(() => url, () => undefined), timeout]);
        return found;
    }
    finally {
        clearTimeout(timer);
    }
}
/** The public URL the spec's ingress gives, or undefined without an ingress host. */
function ingressUrl(spec) {
    const ingress = spec.ingress;
    if (!ingress?.host)
        return undefined;
    const path = spec.server.transport === 'sse' ? '/sse' : spec.server.path;
    return new URL(`${ingress.tls ? 'https' : 'http'}://${ingress.host}${path}`);
}
/** Gates the public URL, or says why it was not checked; undefined when the spec has no ingress host. */
async function gatePublicUrl(options) {
    const url = ingressUrl(options.spec);
    if (!url)
        return undefined;
    const shown = url.toString();
    if (url.hostname.startsWith('*.'))
        return { url: shown, skipped: `public URL not checked: ${url.hostname} is a wildcard host` };
    const target = await (options.route ?? resolvePublicUrl)(url);
    if (!target)
        return { url: shown, skipped: `public URL not checked: ${url.hostname} does not resolve` };
    const report = await untilAborted((0,gate.runHealthGate)({
        target: { kind: 'url', url: target },
        transport: options.spec.server.transport === 'sse' ? 'sse' : 'auto',
        headers: {},
        timeoutMs: options.timeoutMs ?? (0,from_spec.healthFromSpec)(options.spec).timeoutMs ?? 60_000,
        ...checksFromSpec(options.spec),
        auth: (0,from_spec.healthFromSpec)(options.spec).auth,
        logger: options.logger,
    }), options.signal, `while gating the public URL ${shown}`);
    return { url: shown, report, summary: `public URL ${shown}: ${gateSummary(report)}` };
}

;// CONCATENATED MODULE: ./src/deploy/kubernetes/rollback.ts







const rollback_REVISION = 'deployment.kubernetes.io/revision';
/** Waits for `name` and gates a Ready pod of its new replica set with `checks`. */
async function waitAndGate(ctx, name, port, checks) {
    const done = await waitForRollout(ctx.cluster, ctx.namespace, name, { timeoutMs: ctx.timeoutMs, timeline: ctx.timeline });
    const { report, summary } = await gateDeployment(ctx.cluster, { spec: ctx.spec, checks, namespace: ctx.namespace, deployment: name, pod: done.pod, port, timeoutMs: ctx.gateTimeoutMs, logger: ctx.logger });
    ctx.result.gate = report;
    ctx.result.toolsHash = report.toolsHash;
    ctx.timeline.add(`rolled-back revision: ${summary}`);
    return summary;
}
async function reapplyRecord(ctx, record) {
    ctx.timeline.add(`rolling back: re-applying release ${record.revision} (${record.image})`);
    await (0,apply/* applyObjects */.r3)(ctx.cluster, record.objects, { dryRun: false, force: true });
    const removed = await pruneObjects(ctx.cluster, leftOver(ctx.objects, record.objects), { instance: ctx.instance, dryRun: false, logger: ctx.logger, action: 'deleted' });
    ctx.result.objects.push(...removed);
    const deployment = findServerDeployment(record.objects, record.image, record.deployment) ?? ctx.serving;
    const verdict = await waitAndGate(ctx, deployment.metadata.name, serverPort(deployment, record.image, ctx.spec.server.port), record.checks);
    ctx.result.revision = record.revision;
    ctx.result.digest = record.digest;
    ctx.result.image = record.image;
    return `rolled back to release ${record.revision} (${record.image}): ${verdict}`;
}
/** `kubectl rollout undo`: the newest older ReplicaSet's template goes back into the Deployment. */
async function undoToPreviousReplicaSet(ctx) {
    const { cluster, namespace, serving } = ctx;
    const live = await cluster.apps.readNamespacedDeployment({ name: serving.metadata.name, namespace });
    const current = Number(live.metadata?.annotations?.[rollback_REVISION] ?? 0);
    const selector = Object.entries(live.spec?.selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
    const sets = (await cluster.apps.listNamespacedReplicaSet({ namespace, labelSelector: selector })).items
        .filter((rs) => rs.metadata?.ownerReferences?.some((o) => o.uid === live.metadata?.uid))
        .map((rs) => ({ rs, revision: Number(rs.metadata?.annotations?.[rollback_REVISION] ?? 0) }))
        .filter((x) => x.revision < current)
        .sort((a, b) => b.revision - a.revision);
    const older = sets[0]?.rs;
    if (!older?.spec?.template)
        return 'no earlier replica set to roll back to';
    const template = structuredClone(older.spec.template);
    delete template.metadata?.labels?.['pod-template-hash'];
    ctx.timeline.add(`rolling back: no release record, so the template of replica set ${older.metadata?.name} (revision ${sets[0].revision}) goes back, as kubectl rollout undo does`);
    await (0,apply/* applyObjects */.r3)(cluster, [{ ...serving, spec: { ...serving.spec, template } }], { dryRun: false, force: true });
    const image = template.spec?.containers?.[0]?.image ?? 'its image';
    // Its release promised nothing we know of: the protocol alone is checked.
    const verdict = await waitAndGate(ctx, serving.metadata.name, serverPort(serving, '', ctx.spec.server.port), { strict: false, allowAuthRequired: true });
    ctx.result.image = image;
    return `rolled back to the previous replica set's template (${image}): ${verdict}`;
}
/** Handles a failure of the serving Deployment's rollout or gate; always throws DeployFailure. */
async function recoverFromFailure(ctx, failure) {
    const { result, timeline } = ctx;
    result.ok = false;
    result.failure = failure;
    timeline.add(`failed: ${failure.split('\n')[0]}`);
    if (ctx.onFailure === 'keep') {
        throw new DeployFailure(`${failure}\nLeft as it failed (on-failure: keep): the new revision's objects stay applied in ${ctx.namespace}; nothing was rolled back`, result);
    }
    if (!ctx.previous && !ctx.before) {
        for (const object of [...ctx.objects].reverse())
            await (0,apply/* deleteObject */.XR)(ctx.cluster, object);
        result.objects = ctx.objects.map((o) => ({ kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace, action: 'deleted' }));
        timeline.add('first deploy removed');
        throw new DeployFailure(`${failure}\nThis was the first deploy of ${ctx.instance} in ${ctx.namespace}: its objects were removed, nothing of it runs (pass --on-failure keep to keep them for inspection)`, result);
    }
    let outcome;
    try {
        outcome = ctx.previous ? await reapplyRecord(ctx, ctx.previous) : await undoToPreviousReplicaSet(ctx);
        result.rolledBack = true;
    }
    catch (error) {
        if (!(error instanceof errors/* GateFailure */.In))
            throw error;
        throw new DeployFailure(`${failure}\nRolling back failed too: ${(0,errors/* errorMessage */.gJ)(error)}. Check \`kubectl -n ${ctx.namespace} get deploy,rs,pods\`: what runs now is not known to be healthy`, result);
    }
    throw new DeployFailure(`${failure}\nNow running: ${outcome}`, result);
}

;// CONCATENATED MODULE: ./src/deploy/kubernetes/deploy.ts
/**
 * `deploy --target kubernetes`: render, plan (server-side dry run: conflicts are fatal unless
 * forced), gate a one-replica candidate of the new revision that the Service does not select
 * (strategy candidate), apply, wait for the rollout, gate the new revision through a
 * port-forward, prune what the previous release had and this one does not, record the release.
 * A failed rollout or gate rolls back (rollback.ts).
 */

















const DEFAULT_TIMEOUT_MS = 5 * 60_000;
/** Where clients reach the server: the ingress host, else the Service's in-cluster name. */
function publicUrl(spec, objects, namespace) {
    const ingress = ingressUrl(spec);
    if (ingress)
        return ingress.toString();
    const path = spec.server.transport === 'sse' ? '/sse' : spec.server.path;
    const service = objects.find((o) => o.kind === 'Service');
    const port = service?.spec?.ports?.[0]?.port ?? 80;
    return `http://${service?.metadata.name ?? spec.server.name}.${namespace}.svc.cluster.local${port === 80 ? '' : `:${port}`}${path}`;
}
/** The Secret the render references for from.env / from.github secrets, from the values the edge passes. */
function runnerSecretObjects(render, namespace, instance, values) {
    const bySecret = new Map();
    for (const s of render.runnerSecrets) {
        const variable = 'env' in s.from ? s.from.env : s.from.github;
        const value = values[variable];
        if (value === undefined)
            throw new errors/* InputError */.dz(`secret ${s.key}: the variable ${variable} is not set (the deploy writes it into the Secret ${s.secret})`);
        // data, not stringData: a write-only field would make every apply a change.
        bySecret.set(s.secret, { ...(bySecret.get(s.secret) ?? {}), [s.key]: Buffer.from(value).toString('base64') });
    }
    return [...bySecret].map(([name, data]) => ({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace, labels: { [LABEL_MANAGED_BY]: kubernetes_objects/* MANAGED_BY */.Kf, [LABEL_INSTANCE]: instance } },
        type: 'Opaque',
        data,
    }));
}
async function plan(options, timeline) {
    const { spec } = options;
    // Input first: a reference without a digest is refused before the cluster is contacted.
    const { text: image, ref } = (0,kubernetes_settings/* pinnedImage */.QJ)(options.image);
    const cluster = (0,client.loadCluster)(options.cluster);
    const version = await (0,client/* checkReachable */.sQ)(cluster);
    timeline.add(`connected to ${cluster.server} (Kubernetes ${version}; ${cluster.source})`);
    const namespace = options.namespace ?? spec.targets.kubernetes?.namespace ?? cluster.defaultNamespace;
    const render = (0,kubernetes.renderKubernetes)(spec, { image: options.image, namespace, progressDeadlineSeconds: options.progressDeadlineSeconds, manifests: options.manifests });
    for (const warning of render.warnings)
        options.logger?.warning(warning);
    const instance = spec.server.name;
    const recorded = render.objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace: o.metadata.namespace ?? namespace } }));
    const objects = [...runnerSecretObjects(render, namespace, instance, options.secretValues ?? {}), ...recorded];
    const serving = findServerDeployment(objects, image, spec.server.name);
    if (!serving)
        throw new errors/* InputError */.dz(`no apps/v1 Deployment runs ${image}: the deploy waits for and gates a Deployment (name one in targets.kubernetes.manifests, or let the spec render it)`);
    const namespaceState = await (0,client/* ensureNamespace */.Gv)(cluster, namespace, options.createNamespace ?? false, options.dryRun ?? false);
    const releases = namespaceState === 'exists' ? await readReleases(cluster, namespace, instance) : [];
    const before = namespaceState === 'exists' ? await (0,apply.readLive)(cluster, serving) : undefined;
    return { cluster, namespace, instance, image, digest: ref.digest, objects, recorded, serving, previous: releases.at(-1), releases, before, namespaceState, warnings: render.warnings };
}
function chooseStrategy(options, p, timeline) {
    const serves = (p.before?.status?.availableReplicas ?? 0) > 0;
    const wanted = options.strategy ?? options.spec.targets.kubernetes?.strategy ?? (serves ? 'candidate' : 'rolling');
    if (wanted === 'candidate' && !serves) {
        timeline.add('strategy rolling: no release serves yet, so there is nothing for a candidate to protect');
        return 'rolling';
    }
    return wanted;
}
/** After a failed candidate: the Secrets and ConfigMaps the serving pods may mount go back to the previous release's. */
async function restoreDependencies(p, logger) {
    if (!p.previous)
        return '';
    const previous = podDependencies(p.previous.objects);
    await (0,apply/* applyObjects */.r3)(p.cluster, previous, { dryRun: false, force: true });
    const added = await pruneObjects(p.cluster, leftOver(podDependencies(p.recorded), previous), { instance: p.instance, dryRun: false, logger, action: 'deleted' });
    return previous.length || added.length ? `, its ServiceAccount, Secrets and ConfigMaps put back as release ${p.previous.revision} had them` : '';
}
/** Gates a one-replica candidate of the new revision; the serving Deployment is not touched. Throws DeployFailure when it fails. */
async function runCandidate(options, p, result, timeline) {
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    await (0,apply/* applyObjects */.r3)(p.cluster, p.objects, { dryRun: true, force: options.forceConflicts ?? false });
    await (0,apply/* applyObjects */.r3)(p.cluster, podDependencies(p.objects), { dryRun: false, force: options.forceConflicts ?? false });
    const candidate = candidateDeployment(p.serving, p.instance);
    timeline.add(`candidate ${candidate.metadata.name}: one replica of the new revision, not selected by the Service`);
    let passed = false;
    try {
        await (0,apply/* applyObjects */.r3)(p.cluster, [candidate], { dryRun: false, force: true });
        const done = await waitForRollout(p.cluster, p.namespace, candidate.metadata.name, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, timeline, label: `candidate ${candidate.metadata.name}`, signal: options.signal });
        const port = serverPort(p.serving, p.image, options.spec.server.port);
        const { report, summary } = await gateDeployment(p.cluster, { spec: options.spec, namespace: p.namespace, deployment: candidate.metadata.name, pod: done.pod, port, timeoutMs: options.gateTimeoutMs, logger, signal: options.signal });
        result.candidateGate = report;
        timeline.add(`candidate ${summary}`);
        if (!report.ok)
            throw new RolloutFailure(`the candidate's ${summary}`);
        passed = true;
    }
    catch (error) {
        if (error instanceof errors/* Interrupted */.j$)
            throw new errors/* Interrupted */.j$(`${error.message}: the candidate is removed; the serving Deployment ${p.serving.metadata.name} was not touched`, error.signal);
        if (!(error instanceof errors/* GateFailure */.In))
            throw error;
        result.ok = false;
        result.failure = (0,errors/* errorMessage */.gJ)(error);
        const serving = p.previous ? `release ${p.previous.revision} (${p.previous.image})` : `deployment ${p.serving.metadata.name}`;
        result.revision = p.previous?.revision ?? 0;
        const restored = options.onFailure === 'keep' ? '' : await restoreDependencies(p, logger);
        throw new DeployFailure(`${(0,errors/* errorMessage */.gJ)(error)}\nThe candidate was ${options.onFailure === 'keep' ? 'kept for inspection' : 'removed'}${restored}; the serving ${serving} was not touched and still serves`, result);
    }
    finally {
        if (passed || options.onFailure !== 'keep') {
            await (0,apply/* deleteObject */.XR)(p.cluster, candidate);
            timeline.add(`candidate ${candidate.metadata.name} removed`);
        }
    }
}
function newResult(options, p, strategy, timeline) {
    return {
        ok: false,
        dryRun: options.dryRun ?? false,
        url: publicUrl(options.spec, p.objects, p.namespace),
        namespace: p.namespace,
        revision: (p.previous?.revision ?? 0) + 1,
        digest: p.digest,
        image: p.image,
        strategy,
        rolledBack: false,
        objects: [],
        timeline: timeline.entries,
        manifests: (0,manifests_file/* appliedManifests */.k)(p.objects),
        warnings: p.warnings,
        server: p.cluster.server,
    };
}
/** After the port-forward gate: the gate through the ingress URL when its host resolves; a failure is the deploy's. */
async function gateThroughPublicUrl(options, result, timeline) {
    const outcome = await gatePublicUrl({ spec: options.spec, route: options.routePublicUrl, timeoutMs: options.gateTimeoutMs, logger: options.logger ?? util_logger/* silentLogger */.qq, signal: options.signal });
    if (!outcome)
        return;
    if ('skipped' in outcome) {
        result.publicGateSkipped = outcome.skipped;
        timeline.add(outcome.skipped);
        return;
    }
    result.publicGate = outcome.report;
    timeline.add(outcome.summary);
    if (!outcome.report.ok)
        throw new RolloutFailure(`the new revision passed through a port-forward, but its ${outcome.summary}`);
}
const countActions = (objects) => ['created', 'changed', 'unchanged', 'pruned', 'deleted']
    .map((a) => [a, objects.filter((o) => o.action === a).length])
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${n} ${a}`)
    .join(', ');
async function deployKubernetes(options) {
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const timeline = new Timeline(logger);
    const p = await plan(options, timeline);
    const strategy = chooseStrategy(options, p, timeline);
    const result = newResult(options, p, strategy, timeline);
    const force = options.forceConflicts ?? false;
    const toPrune = p.previous ? leftOver(p.previous.objects, p.recorded) : [];
    if (options.dryRun) {
        result.objects = await (0,apply/* applyObjects */.r3)(p.cluster, p.objects, { dryRun: true, force, namespaceMissing: p.namespaceState === 'would-create' });
        if (p.namespaceState === 'exists')
            result.objects.push(...(await pruneObjects(p.cluster, toPrune, { instance: p.instance, dryRun: true, logger })));
        timeline.add(`dry run (nothing changed): would be ${countActions(result.objects) || 'nothing'}`);
        result.ok = true;
        return result;
    }
    if (strategy === 'candidate')
        await runCandidate(options, p, result, timeline);
    stopIfAborted(options.signal, 'nothing of the new revision was applied to the serving Deployment');
    result.objects = await (0,apply/* applyObjects */.r3)(p.cluster, p.objects, { dryRun: false, force });
    timeline.add(`applied (server-side, field manager mcp-orchestrator): ${countActions(result.objects)}`);
    try {
        const done = await waitForRollout(p.cluster, p.namespace, p.serving.metadata.name, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, timeline, signal: options.signal });
        const port = serverPort(p.serving, p.image, options.spec.server.port);
        const { report, summary } = await gateDeployment(p.cluster, { spec: options.spec, namespace: p.namespace, deployment: p.serving.metadata.name, pod: done.pod, port, timeoutMs: options.gateTimeoutMs, logger, signal: options.signal });
        result.gate = report;
        result.toolsHash = report.toolsHash;
        timeline.add(`new revision ${summary}`);
        if (!report.ok)
            throw new RolloutFailure(`the new revision's ${summary}`);
        await gateThroughPublicUrl(options, result, timeline);
    }
    catch (error) {
        if (error instanceof errors/* Interrupted */.j$) {
            throw new errors/* Interrupted */.j$(`${error.message}: the new revision was applied in ${p.namespace} and is not verified; nothing was rolled back (deploy again, or roll back with a deploy of the previous image)`, error.signal);
        }
        if (!(error instanceof errors/* GateFailure */.In)) {
            throw new errors/* InputError */.dz(`${(0,errors/* errorMessage */.gJ)(error)}\nThe new revision was applied in ${p.namespace}, but its rollout and gate did not finish: nothing was rolled back; run the deploy again, or check \`kubectl -n ${p.namespace} rollout status deployment/${p.serving.metadata.name}\``);
        }
        return recoverFromFailure({ ...p, spec: options.spec, onFailure: options.onFailure ?? 'rollback', timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, gateTimeoutMs: options.gateTimeoutMs, timeline, result, logger }, (0,errors/* errorMessage */.gJ)(error));
    }
    const pruned = await pruneObjects(p.cluster, toPrune, { instance: p.instance, dryRun: false, logger });
    result.objects.push(...pruned);
    if (pruned.length)
        timeline.add(`pruned ${pruned.map((o) => `${o.kind} ${o.name}`).join(', ')}`);
    await writeRelease(p.cluster, p.namespace, p.instance, { revision: result.revision, image: p.image, digest: p.digest, toolsHash: result.toolsHash, deployedAt: new Date().toISOString(), objects: p.recorded, deployment: p.serving.metadata.name, checks: checksFromSpec(options.spec) }, p.releases);
    timeline.add(`release ${result.revision} recorded`);
    result.ok = true;
    return result;
}


/***/ }),

/***/ 19498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateAuthFromSpec: () => (/* binding */ gateAuthFromSpec),
/* harmony export */   healthFromSpec: () => (/* binding */ healthFromSpec),
/* harmony export */   localUrl: () => (/* binding */ localUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22922);
/** The gate's settings from `health:` of a deploy spec, and the local URL `up` serves it at; shared by `up` and `health --spec`. */



function localUrl(spec, port = spec.server.port) {
    return `http://127.0.0.1:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}
/**
 * The gate's side of auth: of the spec: what the server must refuse, and the credentials to get
 * through, read from `env` by the names health.auth gives (a bearer token defaults to the
 * variable its from.env or from.github names). Without them, `missing` says what to set.
 */
function gateAuthFromSpec(spec, env) {
    const auth = spec.auth;
    const credentials = spec.health.auth ?? {};
    if (!auth || auth.mode === 'none')
        return undefined;
    if (auth.mode === 'bearer') {
        const from = auth.secret.from;
        const variable = credentials.bearerTokenEnv ?? from.env ?? from.github;
        const token = variable ? env[variable] : undefined;
        if (token)
            return { mode: 'bearer', token };
        return { mode: 'bearer', missing: variable ? `set ${variable}` : 'set health.auth.bearer-token-env to a variable holding the token' };
    }
    const declared = { mode: 'oauth', issuer: auth.issuer, audience: auth.audience, scopes: auth.scopes };
    const { oauthClientId: id, oauthClientSecretEnv: secretEnv } = credentials;
    const secret = secretEnv ? env[secretEnv] : undefined;
    if (id && secret)
        return { ...declared, client: { id, secret } };
    return { ...declared, missing: secretEnv ? `set ${secretEnv}` : 'set health.auth.oauth-client-id and oauth-client-secret-env (a client-credentials client of the issuer)' };
}
/**
 * Only what the spec sets; the contract file resolves from the spec's folder, like every path in
 * it. `env` holds the gate's credentials (health.auth names them): the deploy engines have no
 * environment of their own, so it defaults to this process's, that of the CLI or the action.
 */
function healthFromSpec(spec, env = process.env) {
    const { health } = spec;
    const auth = gateAuthFromSpec(spec, env);
    return {
        ...(auth ? { auth } : {}),
        contract: health.contract ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__.loadContract)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(spec.dir, health.contract)) : health.expectTools ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__.contractFromNames)(health.expectTools) : undefined,
        strict: health.strict,
        allowAuthRequired: health.allowAuthRequired,
        smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
        timeoutMs: health.timeout ? (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(health.timeout, 'health.timeout') : undefined,
    };
}


/***/ })

};

//# sourceMappingURL=4284.index.js.map