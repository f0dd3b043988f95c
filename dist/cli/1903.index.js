export const id = 1903;
export const ids = [1903];
export const modules = {

/***/ 61903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runChecklistGate: () => (/* binding */ runChecklistGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/scan/redact-text.ts
var redact_text = __webpack_require__(77534);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(98480);
// EXTERNAL MODULE: ./src/checklist/engine.ts
var engine = __webpack_require__(79844);
// EXTERNAL MODULE: ./src/checklist/exemptions.ts
var exemptions = __webpack_require__(65166);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/image/reader.ts + 7 modules
var reader = __webpack_require__(5711);
// EXTERNAL MODULE: ./src/spec/spec.ts + 1 modules
var spec_spec = __webpack_require__(47691);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js + 68 modules
var dist = __webpack_require__(34723);
// EXTERNAL MODULE: ./src/checklist/yaml-documents.ts
var yaml_documents = __webpack_require__(14862);
;// CONCATENATED MODULE: ./src/checklist/load-workflows.ts
/**
 * GitHub workflow files as located documents for the WF rules: parsed as YAML 1.2 (as the runner
 * reads them) and validated with GitHub's own `@actions/workflow-parser`, so a rule never reasons
 * about a file GitHub would refuse to run.
 */





const MAX_LISTED_ERRORS = 5;
/**
 * The workflow files at `path`: the file itself, or every `.yml`/`.yaml` directly in the folder
 * (GitHub reads no subfolders of `.github/workflows`), sorted by name. An invalid workflow is an
 * InputError naming each problem as `file:line:column`.
 */
function loadWorkflows(path) {
    return workflowFiles(path).map(loadWorkflowFile);
}
function workflowFiles(path) {
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        throw new errors/* InputError */.dz(`workflows: ${path} does not exist (give a workflow file or a folder such as .github/workflows)`);
    }
    if (!isDirectory)
        return [path];
    return (0,external_node_fs_.readdirSync)(path, { withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
        .map((entry) => entry.name)
        .sort()
        .map((name) => (0,external_node_path_.join)(path, name));
}
function loadWorkflowFile(file) {
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const documents = (0,yaml_documents/* parseYamlDocuments */.v)(text, file, '1.2');
    if (documents.length !== 1 || typeof documents[0].value !== 'object' || Array.isArray(documents[0].value)) {
        throw new errors/* InputError */.dz(`${file}:1: a workflow file holds exactly one YAML mapping (with on: and jobs:)`);
    }
    const problems = validateWorkflow(file, text);
    if (problems.length > 0) {
        const listed = problems.slice(0, MAX_LISTED_ERRORS).join('; ');
        const more = problems.length > MAX_LISTED_ERRORS ? ` (and ${problems.length - MAX_LISTED_ERRORS} more)` : '';
        throw new errors/* InputError */.dz(`invalid workflow (GitHub would not run it): ${listed}${more}`);
    }
    return documents[0];
}
/**
 * GitHub's own checks: the workflow schema (parse) and the semantic checks of conversion (needs,
 * job ids, cron, concurrency). Conversion is declared async only for fetching reusable workflows,
 * which is off here (no file provider), so it records its errors before returning; a unit test
 * pins that, and would fail if a new version deferred them.
 */
function validateWorkflow(file, text) {
    const parsed = (0,dist/* parseWorkflow */.hM)({ name: file, content: text }, new dist/* NoOperationTraceWriter */.P0());
    if (parsed.value && parsed.context.errors.count === 0) {
        (0,dist/* convertWorkflowTemplate */.DE)(parsed.context, parsed.value).catch(() => undefined);
    }
    return parsed.context.errors.getErrors().map((error) => {
        const where = error.range ? `${file}:${error.range.start.line}:${error.range.start.column}` : file;
        return `${where}: ${error.rawMessage}`;
    });
}

;// CONCATENATED MODULE: ./src/checklist/inputs.ts
/**
 * The checklist's loader: from the options the CLI or the action parsed, reads and parses every
 * input the rules use (spec, Dockerfile and .dockerignore, image config, compose files, manifests
 * or the spec's Kubernetes render, workflows, scan and health reports). Every missing file is named
 * in one InputError. Locations use paths relative to the workspace, as code scanning wants them.
 */







const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
class Reader {
    workspace;
    missing = [];
    constructor(workspace) {
        this.workspace = workspace;
    }
    path(p) {
        return (0,external_node_path_.resolve)(this.workspace, p);
    }
    /** The name locations use: relative to the workspace when inside it. */
    display(absolute) {
        const rel = (0,external_node_path_.relative)(this.workspace, absolute);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute;
    }
    /** The file's text, or undefined (and noted as missing, named as the user wrote it). */
    text(p, what) {
        try {
            return (0,external_node_fs_.readFileSync)(this.path(p), 'utf8');
        }
        catch (error) {
            const code = error.code;
            this.missing.push(`${what} ${p}${code === 'ENOENT' ? '' : ` (${code ?? error.message})`}`);
            return undefined;
        }
    }
    exists(p, what) {
        if ((0,external_node_fs_.existsSync)(this.path(p)))
            return true;
        this.missing.push(`${what} ${p}`);
        return false;
    }
}
function yamlFilesUnder(dir) {
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((entry) => {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            return entry.name.startsWith('.') ? [] : yamlFilesUnder(full);
        return entry.isFile() && MANIFEST_FILE.test(entry.name) ? [full] : [];
    });
}
function readManifests(reader, paths) {
    const docs = [];
    for (const p of paths) {
        if (!reader.exists(p, '--manifests'))
            continue;
        const absolute = reader.path(p);
        const files = (0,external_node_fs_.statSync)(absolute).isDirectory() ? yamlFilesUnder(absolute) : [absolute];
        if (!files.length)
            throw new errors/* InputError */.dz(`--manifests ${p}: holds no .yaml, .yml or .json file`);
        for (const file of files)
            docs.push(...(0,yaml_documents/* parseYamlDocuments */.v)((0,external_node_fs_.readFileSync)(file, 'utf8'), reader.display(file)).filter((d) => d.value && typeof d.value === 'object'));
    }
    return docs;
}
/** The .dockerignore Docker reads for this build: `<Dockerfile>.dockerignore` beside it, else the context's. */
function dockerignoreFor(reader, dockerfile, context) {
    const beside = `${dockerfile}.dockerignore`;
    const path = (0,external_node_fs_.existsSync)(beside) ? beside : (0,external_node_path_.join)(context, '.dockerignore');
    const file = reader.display(path);
    return (0,external_node_fs_.existsSync)(path) ? { file, text: (0,external_node_fs_.readFileSync)(path, 'utf8') } : { file, text: '', missing: true };
}
async function renderManifests(spec, pushedDigest, file) {
    if (!spec.image)
        throw new errors/* InputError */.dz(`--render kubernetes: ${file} has no image (the repository the server is pushed to)`);
    if (!pushedDigest)
        throw new errors/* InputError */.dz('--render kubernetes: the pushed digest is needed to render what deploy applies (--pushed-digest sha256:..., or --image docker://REF@sha256:...)');
    const { renderKubernetes } = await Promise.all(/* import() */[__webpack_require__.e(1692), __webpack_require__.e(5780), __webpack_require__.e(2804), __webpack_require__.e(1071)]).then(__webpack_require__.bind(__webpack_require__, 7453));
    const { manifestPaths, readManifestFiles } = await __webpack_require__.e(/* import() */ 9685).then(__webpack_require__.bind(__webpack_require__, 9685));
    const paths = manifestPaths(spec);
    const result = renderKubernetes(spec, { image: `${spec.image}@${pushedDigest}`, manifests: paths && readManifestFiles(spec, paths) });
    return result.documents.flatMap((d) => (0,yaml_documents/* parseYamlDocuments */.v)(d.text, `render/kubernetes/${d.name}`));
}
async function readImage(source, options) {
    const image = await (0,reader/* openImage */.U)(source, options);
    try {
        return { source: image.source.display, digest: image.digest, configDigest: image.configDigest, config: image.config };
    }
    finally {
        await image.close();
    }
}
function readJson(reader, p, what) {
    const text = reader.text(p, what);
    if (text === undefined)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${what} ${p}: not valid JSON (${error.message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* InputError */.dz(`${what} ${p}: expected a JSON object`);
    return { file: reader.display(reader.path(p)), value: value };
}
function specFile(sources, reader) {
    if (sources.spec)
        return reader.exists(sources.spec, '--spec') ? sources.spec : undefined;
    return sources.specOptional && (0,external_node_fs_.existsSync)(reader.path('mcp-deploy.yml')) ? 'mcp-deploy.yml' : undefined;
}
/** Reads every input named in `sources`; throws one InputError naming every file that is not there. */
async function loadChecklistInputs(sources) {
    const reader = new Reader((0,external_node_path_.resolve)(sources.workspace));
    if (sources.pushedDigest !== undefined && !DIGEST.test(sources.pushedDigest))
        throw new errors/* InputError */.dz(`--pushed-digest "${sources.pushedDigest}" is not a sha256:<64 hex> digest`);
    const inputs = { sources: {} };
    const specPath = specFile(sources, reader);
    if (specPath)
        inputs.spec = { file: reader.display(reader.path(specPath)), value: (0,spec_spec/* loadSpec */.I)(reader.path(specPath)) };
    const spec = inputs.spec?.value;
    const context = spec ? (0,external_node_path_.resolve)(spec.dir, spec.build.context) : undefined;
    const dockerfilePath = sources.dockerfile ? reader.path(sources.dockerfile) : context ? (0,external_node_path_.resolve)(context, spec.build.dockerfile ?? 'Dockerfile') : undefined;
    if (dockerfilePath && (sources.dockerfile || spec?.build.dockerfile || (0,external_node_fs_.existsSync)(dockerfilePath))) {
        const text = reader.text(sources.dockerfile ?? dockerfilePath, '--dockerfile');
        if (text !== undefined) {
            const file = reader.display(dockerfilePath);
            inputs.dockerfile = { file, text };
            inputs.sources[file] = text;
            inputs.dockerignore = dockerignoreFor(reader, dockerfilePath, context ?? (0,external_node_path_.dirname)(dockerfilePath));
        }
    }
    for (const p of sources.compose ?? []) {
        const text = reader.text(p, '--compose');
        if (text !== undefined)
            (inputs.compose ??= []).push(...(0,yaml_documents/* parseYamlDocuments */.v)(text, reader.display(reader.path(p))));
    }
    if (sources.manifests?.length)
        inputs.manifests = readManifests(reader, sources.manifests);
    if (sources.workflows && reader.exists(sources.workflows, '--workflows')) {
        inputs.workflows = loadWorkflows(reader.path(sources.workflows)).map((doc) => {
            const absolute = reader.path(doc.file);
            const file = reader.display(absolute);
            inputs.sources[file] ??= (0,external_node_fs_.readFileSync)(absolute, 'utf8');
            return file === doc.file ? doc : { ...doc, file, locate: (path) => ({ ...doc.locate(path), file }) };
        });
    }
    if (sources.scanReport)
        inputs.scanReport = readJson(reader, sources.scanReport, '--scan-report');
    if (sources.healthReport)
        inputs.healthReport = readJson(reader, sources.healthReport, '--health-report');
    if (reader.missing.length)
        throw new errors/* InputError */.dz(`checklist: ${reader.missing.length === 1 ? 'this input does' : 'these inputs do'} not exist: ${reader.missing.join(', ')}`);
    if (sources.image)
        inputs.image = await readImage(sources.image, sources.imageOptions);
    inputs.pushedDigest = sources.pushedDigest ?? (sources.image?.startsWith('docker://') ? inputs.image?.digest : undefined);
    if (sources.live) {
        if (!inputs.spec)
            throw new errors/* InputError */.dz('--live needs the spec (--spec FILE, or mcp-deploy.yml in the working directory): it names what is deployed');
        const { loadLiveInputs } = await __webpack_require__.e(/* import() */ 1784).then(__webpack_require__.bind(__webpack_require__, 31784));
        const live = await loadLiveInputs(inputs.spec.value, { ...sources.live, imageOptions: sources.imageOptions, logger: sources.logger });
        // What is deployed replaces the files' manifests; a report given as a file still wins.
        inputs.manifests = live.manifests;
        inputs.scanReport ??= live.scanReport;
        inputs.healthReport ??= live.healthReport;
    }
    if (sources.render === 'kubernetes') {
        if (!inputs.spec)
            throw new errors/* InputError */.dz('--render kubernetes needs the spec (--spec FILE, or mcp-deploy.yml in the working directory)');
        inputs.manifests = [...(inputs.manifests ?? []), ...(await renderManifests(inputs.spec.value, inputs.pushedDigest, inputs.spec.file))];
    }
    sources.logger?.debug(`checklist inputs: ${Object.keys(inputs).filter((k) => k !== 'sources').join(', ')}`);
    return inputs;
}

// EXTERNAL MODULE: ./src/checklist/report.ts
var report = __webpack_require__(804);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./src/checklist/rules/pod-specs.ts
/** Where the pod spec is in each workload kind (DeploymentConfig: OpenShift's Deployment). */
const POD_SPEC_PATH = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    DeploymentConfig: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** Kinds that serve (probes make sense); Jobs run to completion. */
const SERVING_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);
const isDict = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function getIn(value, path) {
    let node = value;
    for (const key of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
const kindOf = (doc) => (typeof doc.value.kind === 'string' ? doc.value.kind : '');
const nameOf = (doc) => {
    const name = getIn(doc.value, ['metadata', 'name']);
    return typeof name === 'string' ? name : '(unnamed)';
};
const namespaceOf = (doc) => {
    const ns = getIn(doc.value, ['metadata', 'namespace']);
    return typeof ns === 'string' ? ns : undefined;
};
const subjectOf = (doc) => `${kindOf(doc) || 'Object'}/${nameOf(doc)}`;
function stringMap(v) {
    return isDict(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : undefined;
}
/** Every workload (a kind with a pod spec) in the manifests, in document order. */
function workloadsOf(docs) {
    const out = [];
    for (const doc of docs ?? []) {
        const kind = kindOf(doc);
        const podPath = POD_SPEC_PATH[kind];
        const pod = podPath ? getIn(doc.value, podPath) : undefined;
        if (!podPath || !isDict(pod))
            continue;
        const templatePath = podPath.slice(0, -1);
        const meta = kind === 'Pod' ? getIn(doc.value, ['metadata']) : getIn(doc.value, [...templatePath, 'metadata']);
        const own = stringMap(getIn(doc.value, ['metadata', 'annotations']));
        const template = kind === 'Pod' ? undefined : stringMap(getIn(meta, ['annotations']));
        const annotations = own || template ? { ...template, ...own } : undefined;
        out.push({ doc, kind, subject: subjectOf(doc), podPath, pod, templatePath, labels: stringMap(getIn(meta, ['labels'])) ?? {}, annotations });
    }
    return out;
}
/** Every container (init containers first) of every workload. */
function containersOf(docs) {
    return workloadsOf(docs).flatMap((workload) => workloadContainers(workload));
}
function workloadContainers(workload) {
    const out = [];
    for (const field of ['initContainers', 'containers']) {
        const list = workload.pod[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((container, i) => {
            if (!isDict(container))
                return;
            const name = typeof container.name === 'string' ? container.name : `#${i + 1}`;
            const what = field === 'initContainers' ? 'init container' : 'container';
            out.push({ workload, name, container, path: [...workload.podPath, field, i], init: field === 'initContainers', subject: `${workload.subject} ${what} ${name}` });
        });
    }
    return out;
}
/**
 * A container's security-context field as it takes effect, and where it is written: the
 * container's own, else the pod's (for the fields a pod security context has).
 */
function securityField(ref, field) {
    const own = getIn(ref.container, ['securityContext', field]);
    if (own !== undefined && own !== null)
        return { value: own, path: [...ref.path, 'securityContext', field] };
    const pod = getIn(ref.workload.pod, ['securityContext', field]);
    if (pod !== undefined && pod !== null)
        return { value: pod, path: [...ref.workload.podPath, 'securityContext', field] };
    return undefined;
}
/** Where to point when a container-level field is missing: its security context, else the container. */
function securityContextPath(ref) {
    return isDict(ref.container.securityContext) ? [...ref.path, 'securityContext'] : ref.path;
}
/** A check on a workload or one of its containers; exemptable by the object's (and pod template's) annotations. */
function workloadCheck(workload, subject, path, passed, message) {
    return { passed, message, location: workload.doc.locate(path), subject, object: workload.subject, exemption: { kind: 'annotations', annotations: workload.annotations } };
}
function containerCheck(ref, path, passed, message) {
    return workloadCheck(ref.workload, ref.subject, path, passed, message);
}
/** A check on any manifest object (a Service, an Ingress, a Namespace). */
function objectCheck(doc, path, passed, message) {
    return { passed, message, location: doc.locate(path), subject: subjectOf(doc), exemption: { kind: 'annotations', annotations: stringMap(getIn(doc.value, ['metadata', 'annotations'])) } };
}
/** The replica count a workload asks for: `replicas` as written (default 1), undefined for DaemonSets and Jobs. */
function replicasOf(workload) {
    if (!['Deployment', 'DeploymentConfig', 'StatefulSet', 'ReplicaSet', 'ReplicationController'].includes(workload.kind))
        return undefined;
    const replicas = getIn(workload.doc.value, ['spec', 'replicas']);
    return typeof replicas === 'number' ? replicas : 1;
}
/** Whether a label selector (`matchLabels`/`matchExpressions`, or a Service's plain map) selects these labels. */
function selects(selector, labels, plain = false) {
    if (!isDict(selector))
        return false;
    const matchLabels = plain ? selector : selector.matchLabels;
    const expressions = plain ? [] : Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    const pairs = isDict(matchLabels) ? Object.entries(matchLabels) : [];
    if (pairs.length === 0 && expressions.length === 0)
        return !plain; // an empty selector selects every pod; a Service without one selects none
    if (!pairs.every(([k, v]) => labels[k] === String(v)))
        return false;
    return expressions.every((e) => {
        if (!isDict(e) || typeof e.key !== 'string')
            return false;
        const values = Array.isArray(e.values) ? e.values.map(String) : [];
        const has = Object.prototype.hasOwnProperty.call(labels, e.key);
        switch (e.operator) {
            case 'In':
                return has && values.includes(labels[e.key]);
            case 'NotIn':
                return !has || !values.includes(labels[e.key]);
            case 'Exists':
                return has;
            case 'DoesNotExist':
                return !has;
            default:
                return false;
        }
    });
}
/** Same namespace, an unset one meaning the namespace applied to (the same for both). */
const sameNamespace = (a, b) => (namespaceOf(a) ?? '') === (namespaceOf(b) ?? '');
function docsOfKind(docs, ...kinds) {
    return (docs ?? []).filter((d) => kinds.includes(kindOf(d)));
}
function composeServices(docs) {
    return (docs ?? []).flatMap((doc) => {
        const services = doc.value.services;
        if (!isDict(services))
            return [];
        return Object.entries(services).flatMap(([name, service]) => (isDict(service) ? [{ doc, name, service, subject: `service ${name}` }] : []));
    });
}
/** A check on a compose service, located at `path` inside it; exemptable by `x-mcp-orchestrator` on the service or the file. */
function serviceCheck(s, path, passed, message) {
    return { passed, message, location: s.doc.locate(['services', s.name, ...path]), subject: s.subject, exemption: { kind: 'compose-extension', service: s.service, top: s.doc.value } };
}
/** A compose service's environment as a map (`environment:` is a list of `K=V` or a mapping). */
function composeEnvironment(service) {
    const env = service.environment;
    if (Array.isArray(env)) {
        return Object.fromEntries(env.map(String).map((e) => [e.split('=')[0], e.includes('=') ? e.slice(e.indexOf('=') + 1) : '']));
    }
    return isDict(env) ? Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])) : {};
}
/** A boolean as Compose and Kubernetes YAML (1.1) write it. */
const isTrue = (v) => v === true || (typeof v === 'string' && ['true', 'yes', 'on', '1'].includes(v.toLowerCase()));

;// CONCATENATED MODULE: ./src/checklist/rules/host-access.ts

const hostNamespaces = {
    id: 'HRD007',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'No pod or service shares the host\'s network, process or IPC namespace',
    help: 'hostNetwork puts the server on the node\'s interfaces (past NetworkPolicies, next to the kubelet and cloud metadata endpoints), hostPID lets it see and signal the node\'s processes, hostIPC lets it read their shared memory. ' +
        'Compose: pid: host and ipc: host; network_mode: host is HRD009.',
    fix: 'Remove hostNetwork, hostPID and hostIPC from the pod spec (compose: pid: host, ipc: host).',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['host-network', 'host-pid', 'host-ipc'],
        polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
        checkov: ['CKV_K8S_19', 'CKV_K8S_17', 'CKV_K8S_18'],
        trivy: ['KSV009', 'KSV010', 'KSV008'],
    },
    check: (inputs) => [
        ...workloadsOf(inputs.manifests).map((w) => {
            const shared = ['hostNetwork', 'hostPID', 'hostIPC'].filter((f) => isTrue(w.pod[f]));
            return workloadCheck(w, w.subject, shared.length ? [...w.podPath, shared[0]] : w.podPath, shared.length === 0, shared.length ? `${w.subject} shares the host's namespaces: ${shared.map((f) => `${f}: true`).join(', ')}` : `${w.subject} keeps its own network, process and IPC namespaces`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const shared = ['pid', 'ipc'].filter((f) => s.service[f] === 'host');
            return serviceCheck(s, shared.length ? [shared[0]] : [], shared.length === 0, shared.length ? `${s.subject} shares the host's ${shared.map((f) => `${f.toUpperCase()} namespace`).join(' and ')}` : `${s.subject} keeps its own process and IPC namespaces`);
        }),
    ],
};
/** Container runtime sockets: whoever holds one starts privileged containers on the host. */
const RUNTIME_SOCKET = /(docker|containerd|crio|podman|cri-dockerd)\.sock$/;
/** Host directories that give the host away when bind-mounted (kube-linter's sensitive-host-mounts, plus the runtime's /run). */
const SENSITIVE_HOST_DIRS = new Set(['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/var/run', '/run', '/var/lib/docker', '/var/lib/kubelet']);
/** The host side of a compose volume: `/src:/dst[:ro]` or `{type: bind, source}`; undefined for named volumes. */
function bindSource(volume) {
    if (typeof volume === 'string') {
        const source = volume.split(':')[0];
        return source.startsWith('/') || source.startsWith('.') || source.startsWith('~') ? source : undefined;
    }
    return isDict(volume) && volume.type === 'bind' && typeof volume.source === 'string' ? volume.source : undefined;
}
const hostPaths = {
    id: 'HRD008',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'No hostPath volume, host system directory or container-runtime socket is mounted',
    help: 'A mounted docker.sock (or containerd.sock) is root on the host: the server, or whoever takes it over, can start a privileged container. Kubernetes hostPath volumes of any kind are refused, as the baseline Pod Security Standard does. ' +
        'Compose bind mounts of project files are normal; runtime sockets and host system directories (/, /etc, /proc, /sys, /var/run...) are not.',
    fix: 'Remove the hostPath volume (use a ConfigMap, Secret, emptyDir or PersistentVolumeClaim); in compose, remove the socket or system-directory bind mount.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: { 'kube-linter': ['docker-sock', 'sensitive-host-mounts'], polaris: ['hostPathSet'], checkov: ['CKV_K8S_27'], trivy: ['KSV023', 'KSV006'] },
    check: (inputs) => [
        ...workloadsOf(inputs.manifests).map((w) => {
            const volumes = Array.isArray(w.pod.volumes) ? w.pod.volumes : [];
            const index = volumes.findIndex((v) => isDict(v) && v.hostPath !== undefined && v.hostPath !== null);
            if (index < 0)
                return workloadCheck(w, w.subject, w.podPath, true, `${w.subject} mounts no hostPath volume`);
            const path = String(getIn(volumes[index], ['hostPath', 'path']) ?? '');
            return workloadCheck(w, w.subject, [...w.podPath, 'volumes', index, 'hostPath'], false, `${w.subject} mounts the host's ${path || '(path)'}${RUNTIME_SOCKET.test(path) ? ': the container runtime socket' : ''} (hostPath)`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const volumes = Array.isArray(s.service.volumes) ? s.service.volumes : [];
            const index = volumes.findIndex((v) => {
                const source = bindSource(v);
                return source !== undefined && (RUNTIME_SOCKET.test(source) || SENSITIVE_HOST_DIRS.has(source.replace(/\/+$/, '') || '/'));
            });
            if (index < 0)
                return serviceCheck(s, [], true, `${s.subject} mounts no runtime socket or host system directory`);
            return serviceCheck(s, ['volumes', index], false, `${s.subject} mounts the host's ${bindSource(volumes[index])}`);
        }),
    ],
};
/** Environment variables servers and bridges bind by; a loopback value keeps a host-network service off the network. */
const BIND_VARIABLES = ['HOST', 'BIND', 'BIND_HOST', 'BIND_ADDRESS', 'LISTEN_HOST', 'LISTEN_ADDRESS', 'MCP_BRIDGE_HOST', 'FASTMCP_HOST', 'UVICORN_HOST'];
const LOOPBACK_ADDRESS = /^(127(?:\.\d{1,3}){3}|::1|localhost)$/i;
const composeHostNetwork = {
    id: 'HRD009',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Compose services use host networking only when bound to loopback',
    help: 'network_mode: host shares the host\'s network stack: the server can reach every service listening on the host\'s loopback, and whatever it binds on 0.0.0.0 is open on every interface with no port mapping in between. ' +
        '`mcp-orchestrator up` runs the server this way on purpose, for a local run on a developer machine, and binds it to 127.0.0.1 (HOST and MCP_BRIDGE_HOST), which makes it as reachable as a `-p 127.0.0.1:PORT` mapping. ' +
        'So a host-network service passes when its environment binds it to a loopback address (HOST, BIND_ADDRESS, MCP_BRIDGE_HOST...) and no bind variable names another address; otherwise it is a warning, not an error: the bind address is declared, not proven, and on a shared host the other loopback services stay within its reach.',
    fix: 'Use a bridge network with ports: ["127.0.0.1:PORT:PORT"], or keep network_mode: host and bind the server to 127.0.0.1 (HOST=127.0.0.1).',
    needs: ['compose'],
    aligned: {},
    check: (inputs) => composeServices(inputs.compose)
        .filter((s) => s.service.network_mode === 'host')
        .map((s) => {
        const env = composeEnvironment(s.service);
        const binds = BIND_VARIABLES.filter((k) => env[k] !== undefined && env[k] !== '');
        const ok = binds.length > 0 && binds.every((k) => LOOPBACK_ADDRESS.test(env[k].replace(/^\[|\]$/g, '')));
        return serviceCheck(s, ['network_mode'], ok, ok ? `${s.subject} uses the host network, bound to loopback (${binds.map((k) => `${k}=${env[k]}`).join(', ')})` : `${s.subject} uses the host network ${binds.length ? `bound to ${binds.map((k) => `${k}=${env[k]}`).join(', ')}` : 'without a loopback bind address'}`);
    }),
};
const rules = [hostNamespaces, hostPaths, composeHostNetwork];

;// CONCATENATED MODULE: ./src/checklist/rules/hardening.ts
/**
 * HRD: hardening. The server runs as a non-root user that cannot gain privileges, on a read-only
 * root filesystem, with capabilities dropped and the runtime's seccomp filter, without a
 * service-account token it does not use, and without the host's namespaces, paths or container
 * runtime socket. Kubernetes manifests, compose services, the Dockerfile and the image config.
 * The host rules (HRD007-HRD009) are in host-access.ts.
 */



/** `root`, `0`, `root:x`, `0:0`, or empty (an image without USER runs as root). */
const isRootUser = (user) => {
    const name = user.trim().split(':')[0];
    return name === '' || name === 'root' || name === '0';
};
/**
 * The USER the image runs as, from the Dockerfile: the last USER of the final stage, else of the
 * stage it is built FROM (`FROM build`), with `${ARG}` expanded from ARG/ENV defaults written before it.
 */
function finalStageUser(text) {
    const stages = [];
    const defaults = new Map();
    for (const i of main.DockerfileParser.parse(text).getInstructions()) {
        const keyword = i.getKeyword().toUpperCase();
        const args = (i.getArgumentsContent() ?? '').trim();
        const line = i.getRange().start.line + 1;
        if (keyword === 'FROM') {
            const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
            stages.push({ base: (words[0] ?? '').toLowerCase(), name: words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined, fromLine: line });
        }
        else if (keyword === 'ARG' || keyword === 'ENV') {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)[= ]\s*"?([^"\s]*)"?/.exec(args);
            if (m)
                defaults.set(m[1], m[2]);
        }
        else if (keyword === 'USER' && stages.length) {
            let unresolved = false;
            const user = args.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name) => {
                const value = defaults.get(name);
                if (value === undefined)
                    unresolved = true;
                return value ?? '';
            });
            stages[stages.length - 1].user = { user, line, unresolved };
        }
    }
    const last = stages[stages.length - 1];
    let stage = last;
    for (let hops = 0; stage && hops < stages.length; hops++) {
        if (stage.user)
            return stage.user;
        const base = stage.base;
        stage = stages.slice(0, stages.indexOf(stage)).reverse().find((s) => s.name !== undefined && s.name === base);
    }
    return { line: last?.fromLine ?? 1 };
}
function imageUser(inputs) {
    return inputs.image ? inputs.image.config.user ?? '' : undefined;
}
function nonRootContainer(ref) {
    const user = securityField(ref, 'runAsUser');
    const nonRoot = securityField(ref, 'runAsNonRoot');
    if (user && Number(user.value) === 0)
        return containerCheck(ref, user.path, false, `${ref.subject} runs as root (runAsUser: 0)`);
    if (user && Number(user.value) > 0)
        return containerCheck(ref, user.path, true, `${ref.subject} runs as user ${String(user.value)}`);
    if (nonRoot && isTrue(nonRoot.value))
        return containerCheck(ref, nonRoot.path, true, `${ref.subject} must run as non-root (runAsNonRoot: true)`);
    if (nonRoot)
        return containerCheck(ref, nonRoot.path, false, `${ref.subject} allows root (runAsNonRoot: ${String(nonRoot.value)})`);
    return containerCheck(ref, securityContextPath(ref), false, `${ref.subject} sets neither runAsNonRoot: true nor a non-zero runAsUser: it runs as the image's user, root unless the image says otherwise`);
}
function nonRootService(s, inputs) {
    if (s.service.user !== undefined && s.service.user !== null) {
        const user = String(s.service.user);
        return serviceCheck(s, ['user'], !isRootUser(user), `${s.subject} runs as ${isRootUser(user) ? 'root' : 'user'} ${user}`);
    }
    const fromImage = imageUser(inputs);
    if (fromImage !== undefined && !isRootUser(fromImage))
        return serviceCheck(s, [], true, `${s.subject} runs as the image's USER ${fromImage}`);
    return serviceCheck(s, [], false, `${s.subject} sets no user:${fromImage === undefined ? '' : ' and the image has no non-root USER'}: it runs as root`);
}
const nonRoot = {
    id: 'HRD001',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'The server runs as a non-root user',
    help: 'Root in a container is root on the host\'s kernel: one escape (a runtime bug, a mounted socket) and the attacker owns the node. ' +
        'Checked where each input says it: the Dockerfile\'s final-stage USER, the image config\'s User, each Kubernetes container\'s securityContext (runAsNonRoot: true or runAsUser > 0, its own or the pod\'s), each compose service\'s user (or the image\'s USER when the image was given).',
    fix: 'Add USER 10001 (a numeric, non-zero id) at the end of the Dockerfile, and runAsNonRoot: true with runAsUser: 10001 in the pod securityContext (the render sets both).',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'dockerfile', 'image'],
    aligned: {
        'kube-linter': ['run-as-non-root'],
        'kube-score': ['container-security-context-user-group-id'],
        polaris: ['runAsRootAllowed'],
        checkov: ['CKV_K8S_23', 'CKV_DOCKER_3'],
        trivy: ['KSV012', 'DS002'],
        hadolint: ['DL3002'],
    },
    check: (inputs) => {
        const checks = [];
        if (inputs.dockerfile) {
            const { user, line, unresolved } = finalStageUser(inputs.dockerfile.text);
            const ok = user !== undefined && !unresolved && !isRootUser(user);
            const message = user === undefined ? 'the final stage sets no USER: the image runs as its base image\'s user (root for most)' : unresolved ? `USER ${user || '(empty)'} names a build argument without a default` : `the final stage runs as ${isRootUser(user) ? 'root' : 'user'} ${user}`;
            checks.push({ passed: ok, message, location: { file: inputs.dockerfile.file, line }, subject: 'Dockerfile', exemption: { kind: 'comments' } });
        }
        if (inputs.image) {
            const user = inputs.image.config.user ?? '';
            checks.push({ passed: !isRootUser(user), message: user ? `the image runs as ${isRootUser(user) ? 'root' : 'user'} ${user}` : 'the image config sets no User: it runs as root', location: { file: inputs.image.source, pointer: '/config/User' }, subject: `image ${inputs.image.source}` });
        }
        checks.push(...containersOf(inputs.manifests).map(nonRootContainer));
        checks.push(...composeServices(inputs.compose).map((s) => nonRootService(s, inputs)));
        return checks;
    },
};
/** security_opt entries as Docker writes them: `no-new-privileges`, `no-new-privileges:true`, `seccomp=unconfined`... */
function securityOpts(service) {
    return Array.isArray(service.security_opt) ? service.security_opt.map((o) => String(o).toLowerCase().replace(/\s/g, '')) : [];
}
const noPrivilegeEscalation = {
    id: 'HRD002',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'No container is privileged or can gain privileges',
    help: 'A privileged container has every capability and every host device; allowPrivilegeEscalation (on by default) lets a setuid binary in the image raise a process\'s privileges. ' +
        'Kubernetes: securityContext.allowPrivilegeEscalation: false on every container (there is no pod-level field) and privileged unset or false. Compose: security_opt no-new-privileges:true and no privileged: true.',
    fix: 'Set allowPrivilegeEscalation: false (and drop privileged: true) in each container\'s securityContext; in compose, security_opt: ["no-new-privileges:true"].',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['privilege-escalation-container', 'privileged-container'],
        'kube-score': ['container-security-context-privileged'],
        polaris: ['privilegeEscalationAllowed', 'runAsPrivileged'],
        checkov: ['CKV_K8S_20', 'CKV_K8S_16'],
        trivy: ['KSV001', 'KSV017'],
    },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const privileged = getIn(ref.container, ['securityContext', 'privileged']);
            if (isTrue(privileged))
                return containerCheck(ref, [...ref.path, 'securityContext', 'privileged'], false, `${ref.subject} is privileged`);
            const escalation = getIn(ref.container, ['securityContext', 'allowPrivilegeEscalation']);
            const ok = escalation === false || escalation === 'false';
            return containerCheck(ref, escalation !== undefined ? [...ref.path, 'securityContext', 'allowPrivilegeEscalation'] : securityContextPath(ref), ok, ok ? `${ref.subject} cannot gain privileges` : `${ref.subject} ${escalation === undefined ? 'leaves allowPrivilegeEscalation at its default (true)' : 'sets allowPrivilegeEscalation: true'}`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            if (isTrue(s.service.privileged))
                return serviceCheck(s, ['privileged'], false, `${s.subject} is privileged`);
            const ok = securityOpts(s.service).some((o) => /^no-new-privileges([:=]true)?$/.test(o));
            return serviceCheck(s, s.service.security_opt !== undefined ? ['security_opt'] : [], ok, ok ? `${s.subject} sets no-new-privileges` : `${s.subject} does not set security_opt no-new-privileges:true`);
        }),
    ],
};
const readOnlyRoot = {
    id: 'HRD003',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Root filesystems are read-only',
    help: 'With a writable root filesystem an attacker who gets code execution can replace the server\'s own files or drop tools; read-only leaves only the volumes you mounted writable. ' +
        'A warning: some servers write caches under their home directory and need an emptyDir there first (the render mounts one at /tmp).',
    fix: 'Set readOnlyRootFilesystem: true in each container\'s securityContext (compose: read_only: true), with an emptyDir or tmpfs for the paths the server writes.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['no-read-only-root-fs'],
        'kube-score': ['container-security-context-readonlyrootfilesystem'],
        polaris: ['notReadOnlyRootFilesystem'],
        checkov: ['CKV_K8S_22'],
        trivy: ['KSV014'],
    },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const value = getIn(ref.container, ['securityContext', 'readOnlyRootFilesystem']);
            const ok = isTrue(value);
            return containerCheck(ref, value !== undefined ? [...ref.path, 'securityContext', 'readOnlyRootFilesystem'] : securityContextPath(ref), ok, `${ref.subject} has a ${ok ? 'read-only' : 'writable'} root filesystem`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const ok = isTrue(s.service.read_only);
            return serviceCheck(s, s.service.read_only !== undefined ? ['read_only'] : [], ok, `${s.subject} has a ${ok ? 'read-only' : 'writable'} root filesystem`);
        }),
    ],
};
/** The capabilities container runtimes grant by default (Docker, containerd, CRI-O): dropping all of them is dropping ALL. */
const DEFAULT_CAPABILITIES = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE'];
/** The one capability the restricted Pod Security Standard lets a container add back. */
const ALLOWED_ADD = new Set(['NET_BIND_SERVICE']);
function capabilityVerdict(drop, add) {
    const norm = (v) => (Array.isArray(v) ? v.map((c) => String(c).toUpperCase().replace(/^CAP_/, '')) : []);
    const dropped = new Set(norm(drop));
    const added = norm(add).filter((c) => !ALLOWED_ADD.has(c));
    if (added.length)
        return { ok: false, why: `adds ${added.join(', ')}` };
    if (dropped.has('ALL') || DEFAULT_CAPABILITIES.every((c) => dropped.has(c)))
        return { ok: true, why: 'drops all capabilities' };
    return { ok: false, why: dropped.size ? `drops only ${[...dropped].join(', ')}` : 'keeps the runtime\'s default capabilities' };
}
const capabilitiesDropped = {
    id: 'HRD004',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Containers drop all capabilities',
    help: 'By default a container keeps 14 capabilities (NET_RAW to forge packets, CHOWN, SETUID...). An MCP server needs none of them; dropping ALL (or each of the 14) removes what an exploit would use. Adding back NET_BIND_SERVICE is allowed; anything else fails.',
    fix: 'Set securityContext.capabilities.drop: ["ALL"] on each container (compose: cap_drop: [ALL]).',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: { 'kube-linter': ['drop-net-raw-capability'], polaris: ['insecureCapabilities', 'dangerousCapabilities'], checkov: ['CKV_K8S_37'], trivy: ['KSV003'] },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const caps = getIn(ref.container, ['securityContext', 'capabilities']);
            const { ok, why } = capabilityVerdict(getIn(caps, ['drop']), getIn(caps, ['add']));
            return containerCheck(ref, isDict(caps) ? [...ref.path, 'securityContext', 'capabilities'] : securityContextPath(ref), ok, `${ref.subject} ${why}`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const { ok, why } = capabilityVerdict(s.service.cap_drop, s.service.cap_add);
            return serviceCheck(s, s.service.cap_drop !== undefined ? ['cap_drop'] : [], ok, `${s.subject} ${why}`);
        }),
    ],
};
const seccomp = {
    id: 'HRD005',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Containers run under the runtime\'s seccomp profile',
    help: 'Kubernetes runs pods Unconfined unless a seccomp profile is set: every system call, including the rarely used ones most kernel exploits go through, is open. RuntimeDefault (or a Localhost profile) closes them. ' +
        'The profile is read from the container\'s securityContext, else the pod\'s; the seccomp annotations deprecated since Kubernetes 1.19 are not read. Compose: Docker applies its default profile unless seccomp=unconfined or privileged.',
    fix: 'Set securityContext.seccompProfile.type: RuntimeDefault in the pod spec (the render does); in compose, remove seccomp=unconfined.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: { 'kube-score': ['container-seccomp-profile'], polaris: ['linuxHardening'], checkov: ['CKV_K8S_31'], trivy: ['KSV030', 'KSV104'] },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const type = securityField(ref, 'seccompProfile');
            const value = getIn(type?.value, ['type']);
            const ok = value === 'RuntimeDefault' || value === 'Localhost';
            return containerCheck(ref, type ? [...type.path, 'type'] : securityContextPath(ref), ok, `${ref.subject} runs ${value === undefined ? 'without a seccomp profile (Unconfined)' : `with seccomp ${String(value)}`}`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const unconfined = securityOpts(s.service).some((o) => /^seccomp[:=]unconfined$/.test(o)) || isTrue(s.service.privileged);
            return serviceCheck(s, s.service.security_opt !== undefined ? ['security_opt'] : [], !unconfined, unconfined ? `${s.subject} runs without seccomp` : `${s.subject} runs under Docker's default seccomp profile`);
        }),
    ],
};
const serviceAccountToken = {
    id: 'HRD006',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Pods do not mount a service-account token they do not use',
    help: 'Every pod gets a token for the Kubernetes API unless told otherwise; an MCP server does not call the API, so the token only helps whoever breaks into it. ' +
        'Passes when the pod sets automountServiceAccountToken: false, or leaves it unset and its ServiceAccount (in the manifests) sets false; a pod-level true wins over the ServiceAccount.',
    fix: 'Set automountServiceAccountToken: false on the pod spec (and on the ServiceAccount); the render sets both.',
    needs: ['manifests'],
    aligned: { polaris: ['automountServiceAccountToken'], checkov: ['CKV_K8S_38'], trivy: ['KSV036'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        return workloadsOf(docs).map((w) => {
            const own = w.pod.automountServiceAccountToken;
            if (own !== undefined) {
                const ok = own === false || own === 'false';
                return workloadCheck(w, w.subject, [...w.podPath, 'automountServiceAccountToken'], ok, `${w.subject} ${ok ? 'does not mount' : 'mounts'} a service-account token (automountServiceAccountToken: ${String(own)})`);
            }
            const accountName = typeof w.pod.serviceAccountName === 'string' ? w.pod.serviceAccountName : typeof w.pod.serviceAccount === 'string' ? w.pod.serviceAccount : 'default';
            const account = docsOfKind(docs, 'ServiceAccount').find((a) => nameOf(a) === accountName && sameNamespace(a, w.doc));
            const ok = account !== undefined && account.value.automountServiceAccountToken === false;
            return workloadCheck(w, w.subject, w.podPath, ok, ok ? `${w.subject} inherits automountServiceAccountToken: false from ServiceAccount/${accountName}` : `${w.subject} mounts ServiceAccount/${accountName}'s token (automountServiceAccountToken is not false on the pod${account ? ' or the account' : ''})`);
        });
    },
};
const hardening_rules = [nonRoot, noPrivilegeEscalation, readOnlyRoot, capabilitiesDropped, seccomp, serviceAccountToken, ...rules];

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/checklist/dockerfile.ts
/** The Dockerfile as the rules see it (dockerfile-ast, parsed once per text): base images, ENV and ARG with their lines. */

const cache = new Map();
function parsed(text) {
    let doc = cache.get(text);
    if (!doc) {
        doc = main.DockerfileParser.parse(text);
        if (cache.size > 16)
            cache.clear();
        cache.set(text, doc);
    }
    return doc;
}
/** Expands `$NAME` / `${NAME}` / `${NAME:-default}` from the defaults of the ARGs before the first FROM. */
function expand(text, args) {
    let unresolved = false;
    const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, fallback, bare) => {
        const value = args.get((braced ?? bare)) ?? fallback;
        if (value === undefined)
            unresolved = true;
        return value ?? '';
    });
    return unresolved ? undefined : out;
}
/** Splits `registry:5000/repo:tag@sha256:...` into name, tag and digest. */
function splitReference(image) {
    const at = image.indexOf('@');
    const digest = at >= 0 ? image.slice(at + 1) : undefined;
    const rest = at >= 0 ? image.slice(0, at) : image;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
    return { name: rest, digest };
}
function baseImages(text) {
    const doc = parsed(text);
    const args = new Map();
    for (const arg of doc.getInitialARGs()) {
        const p = arg.getProperty();
        if (p)
            args.set(p.getName(), p.getValue() ?? undefined);
    }
    const stages = new Set();
    return doc.getFROMs().map((from) => {
        const line = from.getRange().start.line + 1;
        const written = from.getImage() ?? '';
        const stage = from.getBuildStage();
        const image = written.includes('$') ? expand(written, args) : written;
        let result;
        if (image === undefined)
            result = { image: written, name: written, line, kind: 'unresolved' };
        else if (stages.has(image.toLowerCase()))
            result = { image, name: image, line, kind: 'stage' };
        else if (image.toLowerCase() === 'scratch')
            result = { image, name: image, line, kind: 'scratch' };
        else
            result = { image, ...splitReference(image), line, kind: 'image' };
        if (stage)
            stages.add(stage.toLowerCase());
        return result;
    });
}
function assignments(text) {
    const doc = parsed(text);
    const out = [];
    for (const env of doc.getENVs()) {
        for (const p of env.getProperties())
            out.push({ keyword: 'ENV', name: p.getName(), value: p.getValue() ?? '', line: p.getRange().start.line + 1 });
    }
    for (const arg of doc.getARGs()) {
        const p = arg.getProperty();
        if (p)
            out.push({ keyword: 'ARG', name: p.getName(), value: p.getValue() ?? undefined, line: p.getRange().start.line + 1 });
    }
    return out.sort((a, b) => a.line - b.line);
}
/** The HEALTHCHECK instructions of the last stage (the image's), with lines. */
function healthchecks(text) {
    const doc = parsed(text);
    const froms = doc.getFROMs();
    const lastFrom = froms.length ? froms[froms.length - 1].getRange().start.line : -1;
    return doc
        .getHEALTHCHECKs()
        .filter((h) => h.getRange().start.line > lastFrom)
        .map((h) => ({ line: h.getRange().start.line + 1, none: (h.getArguments()[0]?.getValue() ?? '').toUpperCase() === 'NONE' }));
}

;// CONCATENATED MODULE: ./src/checklist/rules/health.ts
/**
 * HLT: health checks configured and passing. Probes on every serving container (both kinds, not
 * the same, on ports that exist), a healthcheck on compose services and in the image, an ECS
 * container health check, the live MCP gate passed, and a stdio server that keeps stdout for
 * JSON-RPC (when the health report recorded what it wrote).
 */



const servingContainers = (refs) => refs.filter((c) => !c.init && SERVING_KINDS.has(c.workload.kind));
/** Each probe's own foreign checks: kube-linter's no-liveness-probe exempts the liveness check only. */
const PROBE_ALIGNED = {
    readinessProbe: { 'kube-linter': ['no-readiness-probe'], polaris: ['readinessProbeMissing'], checkov: ['CKV_K8S_9'] },
    livenessProbe: { 'kube-linter': ['no-liveness-probe'], polaris: ['livenessProbeMissing'], checkov: ['CKV_K8S_8'] },
};
const probesPresent = {
    id: 'HLT001',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'Serving containers have readiness and liveness probes',
    help: 'Without a readiness probe a pod gets traffic before the MCP server listens; without a liveness probe a wedged server is never restarted.',
    fix: 'Add readinessProbe and livenessProbe (httpGet on the bridge\'s /readyz and /healthz for stdio servers; render writes both).',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['no-readiness-probe', 'no-liveness-probe'], 'kube-score': ['pod-probes'], polaris: ['readinessProbeMissing', 'livenessProbeMissing'], checkov: ['CKV_K8S_8', 'CKV_K8S_9'] },
    check: ({ manifests }) => servingContainers(containersOf(manifests)).flatMap((c) => ['readinessProbe', 'livenessProbe'].map((probe) => {
        const ok = isDict(c.container[probe]);
        return { ...containerCheck(c, ok ? [...c.path, probe] : c.path, ok, `${c.subject} ${ok ? 'has' : 'has no'} ${probe}`), aligned: PROBE_ALIGNED[probe] };
    })),
};
/** The handler of a probe (httpGet, tcpSocket, grpc, exec), without timings. */
function handlerOf(probe) {
    const { httpGet, tcpSocket, grpc, exec } = probe;
    return { httpGet, tcpSocket, grpc, exec };
}
const probesDiffer = {
    id: 'HLT002',
    group: 'HLT',
    item: 'health-checks',
    severity: 'warning',
    title: 'Readiness and liveness probes are not identical',
    help: 'One endpoint for both means a busy or draining server is restarted instead of being taken out of the Service: readiness says "send me traffic", liveness says "I am not wedged".',
    fix: 'Probe readiness and liveness on different handlers (the bridge serves /readyz and /healthz).',
    needs: ['manifests'],
    aligned: { 'kube-score': ['pod-probes-identical'] },
    check: ({ manifests }) => servingContainers(containersOf(manifests))
        .filter((c) => isDict(c.container.readinessProbe) && isDict(c.container.livenessProbe))
        .map((c) => {
        const same = (0,external_node_util_.isDeepStrictEqual)(handlerOf(c.container.readinessProbe), handlerOf(c.container.livenessProbe));
        return containerCheck(c, [...c.path, 'livenessProbe'], !same, `${c.subject}: readiness and liveness ${same ? 'use the same handler' : 'differ'}`);
    }),
};
function probePort(probe) {
    for (const field of ['httpGet', 'tcpSocket', 'grpc']) {
        const handler = probe[field];
        if (isDict(handler) && handler.port !== undefined)
            return { port: handler.port, field };
    }
    return undefined;
}
const probePortsResolve = {
    id: 'HLT003',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'Probe ports resolve to a container port',
    help: 'A probe on a port name the container does not declare never succeeds (the pod is never ready); on an undeclared number it probes something else.',
    fix: 'Point the probe at a port the container lists under ports (by name or number).',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['liveness-port', 'readiness-port', 'startup-port'] },
    check: ({ manifests }) => {
        const checks = [];
        for (const c of servingContainers(containersOf(manifests))) {
            const ports = Array.isArray(c.container.ports) ? c.container.ports.filter(isDict) : [];
            for (const kind of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
                const probe = c.container[kind];
                if (!isDict(probe))
                    continue;
                const found = probePort(probe);
                if (!found)
                    continue;
                const { port, field } = found;
                const ok = typeof port === 'string' ? ports.some((p) => p.name === port) : ports.length === 0 || ports.some((p) => p.containerPort === port);
                checks.push(containerCheck(c, [...c.path, kind, field, 'port'], ok, `${c.subject} ${kind} port ${String(port)} ${ok ? 'resolves' : 'is not a port of the container'}`));
            }
        }
        return checks;
    },
};
const composeHealthcheck = {
    id: 'HLT004',
    group: 'HLT',
    item: 'health-checks',
    severity: 'warning',
    title: 'Compose services have a healthcheck',
    help: 'Without a healthcheck, `depends_on: condition: service_healthy` and restarts cannot tell a started container from a serving one.',
    fix: 'Add healthcheck: { test: [CMD, ...], interval: 10s } to the service (or a HEALTHCHECK in the image), and never disable: true.',
    needs: ['compose'],
    aligned: {},
    check: ({ compose, image }) => composeServices(compose).map((s) => {
        const hc = s.service.healthcheck;
        const disabled = isDict(hc) && (hc.disable === true || (Array.isArray(hc.test) && hc.test[0] === 'NONE'));
        const inherited = !isDict(hc) && image?.config.healthcheck && image.config.healthcheck.test[0] !== 'NONE';
        const ok = (isDict(hc) && !disabled) || Boolean(inherited);
        const message = disabled ? `${s.subject} disables its healthcheck` : ok ? `${s.subject} has a healthcheck${inherited ? ' (from the image)' : ''}` : `${s.subject} has no healthcheck`;
        return serviceCheck(s, isDict(hc) ? ['healthcheck'] : [], ok, message);
    }),
};
const imageHealthcheck = {
    id: 'HLT005',
    group: 'HLT',
    item: 'health-checks',
    severity: 'note',
    title: 'The image declares a HEALTHCHECK',
    help: 'Docker and Compose use the image\'s HEALTHCHECK when the service declares none (Kubernetes ignores it and uses probes).',
    fix: 'Add HEALTHCHECK CMD ... to the final stage (the package stage writes one against the bridge\'s /healthz).',
    needs: [],
    needsAnyOf: ['dockerfile', 'image'],
    aligned: { checkov: ['CKV_DOCKER_2'], trivy: ['AVD-DS-0026'] },
    check: ({ dockerfile, image }) => {
        if (image) {
            const hc = image.config.healthcheck;
            const ok = Boolean(hc && hc.test.length && hc.test[0] !== 'NONE');
            return [{ passed: ok, message: ok ? 'the image config has a Healthcheck' : 'the image config has no Healthcheck', location: { file: image.source, pointer: '/config/Healthcheck' }, subject: 'image Healthcheck' }];
        }
        const found = healthchecks(dockerfile.text);
        const last = found[found.length - 1];
        const ok = Boolean(last && !last.none);
        return [{ passed: ok, message: ok ? 'the final stage has a HEALTHCHECK' : last?.none ? 'HEALTHCHECK NONE disables the check' : 'the final stage has no HEALTHCHECK', location: { file: dockerfile.file, line: last?.line ?? 1 }, subject: 'Dockerfile HEALTHCHECK', exemption: { kind: 'comments' } }];
    },
};
const ecsHealthcheck = {
    id: 'HLT006',
    group: 'HLT',
    item: 'health-checks',
    severity: 'warning',
    title: 'ECS containers have a health check',
    help: 'ECS replaces a task only when its essential container reports unhealthy; without a healthCheck a wedged server keeps its place behind the load balancer.',
    fix: 'Add healthCheck: { command: [CMD-SHELL, ...], interval: 10 } to the container definition.',
    needs: ['cloud'],
    aligned: {},
    check: ({ cloud }) => (cloud ?? [])
        .filter((c) => c.target === 'ecs')
        .flatMap(({ document }) => {
        const defs = getIn(document.value, ['containerDefinitions']);
        if (!Array.isArray(defs))
            return [];
        return defs.filter(isDict).map((d, i) => {
            const ok = isDict(d.healthCheck);
            return { passed: ok, message: `ECS container ${String(d.name ?? i)} ${ok ? 'has' : 'has no'} healthCheck`, location: document.locate(['containerDefinitions', i, ...(ok ? ['healthCheck'] : [])]), subject: `ecs container ${String(d.name ?? i)}`, exemption: { kind: 'comments' } };
        });
    }),
};
const liveGate = {
    id: 'HLT007',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'The live MCP health gate passed',
    help: 'Configured probes say nothing about the protocol: the gate\'s handshake, tool list and smoke call against the running server do.',
    fix: 'Read the health report\'s problems: fix the server or the contract, redeploy, and run the gate again.',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport }) => (typeof healthReport.value.ok === 'boolean' ? undefined : `${healthReport.file} has no "ok" (is it the JSON report of health?)`),
    check: ({ healthReport }) => {
        const report = healthReport.value;
        const errors = (report.problems ?? []).filter((p) => p.level !== 'warning');
        const summary = errors.map((p) => `${p.code ?? 'problem'}: ${p.message ?? ''}`).slice(0, 3).join('; ');
        return [{ passed: report.ok, message: report.ok ? `the gate passed (${report.status ?? 'healthy'}) for ${report.target ?? 'the server'}` : `the gate failed (${report.status ?? 'unhealthy'}) for ${report.target ?? 'the server'}${summary ? `: ${summary}` : ''}`, location: { file: healthReport.file, pointer: '/ok' }, subject: 'health gate' }];
    },
};
/** What the health report says about a stdio server's stdout: `stdout: { lines, nonJsonRpcLines }`. */
function stdoutRecord(value) {
    const stdout = value.stdout;
    return isDict(stdout) && typeof stdout.nonJsonRpcLines === 'number' ? stdout : undefined;
}
const stdioStdout = {
    id: 'HLT008',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'A stdio server writes only JSON-RPC to stdout',
    help: 'On stdio, stdout is the protocol channel: a log line there breaks the client\'s parser. Logs belong on stderr.',
    fix: 'Send logs to stderr (console.error, logging to sys.stderr); never print to stdout outside the SDK\'s transport.',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport, spec }) => {
        const stdio = healthReport.value.transport === 'stdio' || spec?.value.server.transport === 'stdio';
        if (!stdio)
            return undefined;
        return stdoutRecord(healthReport.value) ? undefined : `${healthReport.file} does not record what the server wrote to stdout`;
    },
    check: ({ healthReport, spec }) => {
        const stdio = healthReport.value.transport === 'stdio' || spec?.value.server.transport === 'stdio';
        if (!stdio)
            return [];
        const record = stdoutRecord(healthReport.value);
        const ok = record.nonJsonRpcLines === 0;
        return [{ passed: ok, message: ok ? `stdout carried only JSON-RPC${record.lines !== undefined ? ` (${record.lines} lines)` : ''}` : `${record.nonJsonRpcLines} line(s) on stdout were not JSON-RPC`, location: { file: healthReport.file, pointer: '/stdout/nonJsonRpcLines' }, subject: 'stdio stdout' }];
    },
};
const health_rules = [probesPresent, probesDiffer, probePortsResolve, composeHealthcheck, imageHealthcheck, ecsHealthcheck, liveGate, stdioStdout];

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/checklist/rules/image.ts
/**
 * IMG: the image built is the image deployed. Deployed images are pinned by digest and equal to the
 * pushed one; base images are pinned; the image says where it came from (OCI source and revision).
 */



/** Every `image:` string in a cloud render (ECS containerDefinitions, Cloud Run and Container Apps containers). */
function cloudImages(value, path = []) {
    if (Array.isArray(value))
        return value.flatMap((v, i) => cloudImages(v, [...path, i]));
    if (!isDict(value))
        return [];
    return Object.entries(value).flatMap(([k, v]) => (k === 'image' && typeof v === 'string' ? [{ image: v, path: [...path, k] }] : cloudImages(v, [...path, k])));
}
function deployedImages(inputs) {
    const out = [];
    for (const c of containersOf(inputs.manifests)) {
        if (typeof c.container.image !== 'string')
            continue;
        out.push({ image: c.container.image, where: c.subject, check: (passed, message) => containerCheck(c, [...c.path, 'image'], passed, message) });
    }
    for (const s of composeServices(inputs.compose)) {
        if (typeof s.service.image !== 'string')
            continue;
        out.push({ image: s.service.image, where: s.subject, check: (passed, message) => serviceCheck(s, ['image'], passed, message) });
    }
    for (const { target, document } of inputs.cloud ?? []) {
        for (const { image, path } of cloudImages(document.value)) {
            out.push({ image, where: `${target} ${path.join('.')}`, check: (passed, message) => ({ passed, message, location: document.locate(path), subject: `${target} ${path.slice(0, -1).join('.')}`, exemption: { kind: 'comments' } }) });
        }
    }
    return out;
}
function parsedRef(image) {
    try {
        return (0,reference/* parseImageReference */.o_)(image);
    }
    catch {
        return undefined;
    }
}
const repositoryOf = (ref) => `${ref.registry}/${ref.repository}`;
/** The server's repository: the spec's `image`, else the registry image the checklist read. */
function serverRepository(inputs) {
    const text = inputs.spec?.value.image ?? (inputs.image?.source.startsWith('docker://') ? inputs.image.source.slice('docker://'.length) : undefined);
    const ref = text ? parsedRef(text) : undefined;
    return ref && repositoryOf(ref);
}
const pinnedByDigest = {
    id: 'IMG001',
    group: 'IMG',
    item: 'image-built',
    severity: 'error',
    title: 'Deployed images are pinned by digest',
    help: 'A tag can be moved to other bytes after the scan; a digest cannot. Deploying by digest runs exactly the image that was scanned and pushed.',
    fix: 'Reference the image as registry/repository@sha256:... (push prints the digest; render and deploy pin it for you).',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: { checkov: ['CKV_K8S_43'], 'kube-linter': ['latest-tag'], 'kube-score': ['container-image-tag'], polaris: ['tagNotSpecified'], trivy: ['KSV013'] },
    check: (inputs) => deployedImages(inputs).map((d) => {
        const ref = parsedRef(d.image);
        const ok = Boolean(ref?.digest);
        const untagged = !/:[^/]*$/.test(d.image.split('@')[0]);
        return d.check(ok, ok ? `${d.where} runs ${d.image}` : `${d.where} runs ${d.image}, not pinned by digest${untagged ? ' (no tag either: latest)' : ''}`);
    }),
};
const equalsPushed = {
    id: 'IMG002',
    group: 'IMG',
    item: 'image-built',
    severity: 'error',
    title: 'Deployed server image is the pushed digest',
    help: 'What was scanned is what gets pushed; the deploy must run that same digest, not an older or a rebuilt one.',
    fix: 'Deploy the digest push reported (render --image REF@sha256:... does), or update the manifest to it.',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: {},
    unavailable: (inputs) => {
        if (!inputs.pushedDigest)
            return 'no pushed digest given (--pushed-digest, or --image docker://REF)';
        if (!serverRepository(inputs))
            return "the server's repository is unknown (the spec's image, or --image docker://REF)";
        return undefined;
    },
    check: (inputs) => {
        const repository = serverRepository(inputs);
        return deployedImages(inputs)
            .filter((d) => {
            const ref = parsedRef(d.image);
            return ref !== undefined && repositoryOf(ref) === repository;
        })
            .map((d) => {
            const digest = parsedRef(d.image).digest;
            const ok = digest === inputs.pushedDigest;
            return d.check(ok, ok ? `${d.where} runs the pushed digest ${digest}` : `${d.where} runs ${digest ?? 'a tag'}, not the pushed ${inputs.pushedDigest}`);
        });
    },
};
function dockerfileCheck(file, line, passed, message, subject = 'Dockerfile') {
    const location = { file, line };
    return { passed, message, location, subject, exemption: { kind: 'comments' } };
}
const baseNotLatest = {
    id: 'IMG003',
    group: 'IMG',
    item: 'image-built',
    severity: 'error',
    title: 'Base images are tagged, not latest',
    help: '`FROM image` and `FROM image:latest` build on whatever the tag points at that day: builds are not reproducible and a scan says nothing about the next one.',
    fix: 'Write FROM image:version (or better, FROM image:version@sha256:...).',
    needs: ['dockerfile'],
    aligned: { hadolint: ['DL3006', 'DL3007'], checkov: ['CKV_DOCKER_7'], trivy: ['AVD-DS-0001'] },
    check: ({ dockerfile }) => baseImages(dockerfile.text)
        .filter((b) => b.kind === 'image' || b.kind === 'unresolved')
        .map((b) => {
        if (b.kind === 'unresolved')
            return dockerfileCheck(dockerfile.file, b.line, true, `FROM ${b.image} is set by a build argument without a default: not checkable here`);
        const ok = Boolean(b.digest) || (b.tag !== undefined && b.tag !== 'latest');
        return dockerfileCheck(dockerfile.file, b.line, ok, ok ? `FROM ${b.image}` : `FROM ${b.image} ${b.tag ? 'uses latest' : 'has no tag (latest)'}`);
    }),
};
const baseByDigest = {
    id: 'IMG004',
    group: 'IMG',
    item: 'image-built',
    severity: 'warning',
    title: 'Base images are pinned by digest',
    help: 'A version tag is republished with each patch; a digest pins the exact bytes, so the image is rebuilt from what was reviewed. Dependabot and Renovate keep pinned digests fresh.',
    fix: 'Write FROM image:version@sha256:... (docker buildx imagetools inspect image:version prints the digest).',
    needs: ['dockerfile'],
    aligned: {},
    check: ({ dockerfile }) => baseImages(dockerfile.text)
        .filter((b) => b.kind === 'image')
        .map((b) => dockerfileCheck(dockerfile.file, b.line, Boolean(b.digest), b.digest ? `FROM ${b.image}` : `FROM ${b.image} is not pinned by digest`)),
};
const OCI_LABELS = ['org.opencontainers.image.source', 'org.opencontainers.image.revision'];
const ociLabels = {
    id: 'IMG005',
    group: 'IMG',
    item: 'image-built',
    severity: 'warning',
    title: 'The image names its source and revision (OCI labels)',
    help: 'org.opencontainers.image.source and .revision tie a running image to the commit it was built from: the audit and an incident responder start there.',
    fix: 'Build with the package stage (it sets them), or add LABEL org.opencontainers.image.source=... org.opencontainers.image.revision=... (docker/metadata-action computes both).',
    needs: ['image'],
    aligned: {},
    check: ({ image }) => OCI_LABELS.map((label, i) => {
        const value = image.config.labels[label];
        const ok = typeof value === 'string' && value.trim() !== '';
        return { passed: ok, message: ok ? `label ${label} is set` : `the image has no ${label} label`, location: { file: image.source, pointer: `/config/Labels/${label.replace(/~/g, '~0').replace(/\//g, '~1')}` }, subject: `image label ${i === 0 ? 'source' : 'revision'}` };
    }),
};
const image_rules = [pinnedByDigest, equalsPushed, baseNotLatest, baseByDigest, ociLabels];

;// CONCATENATED MODULE: ./src/checklist/rules/observability.ts

/** Log drivers that keep nothing: `docker logs` shows nothing and nothing is shipped. */
const DISCARDING_DRIVERS = new Set(['none']);
function cloudLogChecks(entry) {
    const value = entry.document.value;
    if (entry.target === 'ecs') {
        const family = String(value.family ?? '(unnamed)');
        const containers = Array.isArray(value.containerDefinitions) ? value.containerDefinitions : [];
        return containers.map((c, i) => {
            const name = isDict(c) && typeof c.name === 'string' ? c.name : `#${i + 1}`;
            const driver = getIn(c, ['logConfiguration', 'logDriver']);
            const ok = typeof driver === 'string' && driver.length > 0;
            return {
                passed: ok,
                message: ok ? `ECS task ${family} container ${name} logs with ${driver}` : `ECS task ${family} container ${name} has no logConfiguration: Fargate keeps no logs without one`,
                location: entry.document.locate(ok ? ['containerDefinitions', i, 'logConfiguration'] : ['containerDefinitions', i]),
                subject: `ECS task ${family} container ${name}`,
            };
        });
    }
    const what = entry.target === 'cloudrun' ? 'Cloud Run sends stdout and stderr to Cloud Logging' : "Container Apps send console logs to the environment's Log Analytics workspace";
    return [{ passed: true, message: what, location: entry.document.locate([]), subject: entry.target === 'cloudrun' ? 'Cloud Run service' : 'Container App' }];
}
const logsCollected = {
    id: 'OBS001',
    group: 'OBS',
    item: 'logging',
    severity: 'error',
    title: 'Every target keeps the server\'s logs',
    help: 'Kubernetes: what a container writes to stdout and stderr is kept by the container runtime (kubectl logs, rotated by the kubelet) and shipped by the cluster\'s log agent, so a workload passes by writing there; the rule cannot see the cluster\'s agent, only that nothing in the manifests turns logs off. ' +
        'Compose: a service with logging.driver: none keeps nothing. ECS on Fargate keeps nothing without a logConfiguration (awslogs, firelens). Cloud Run and Container Apps collect stdout themselves.',
    fix: 'Write logs to stdout/stderr; remove logging.driver: none from compose services; give every ECS container a logConfiguration (awslogs with a log group).',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: {},
    check: (inputs) => [
        ...workloadsOf(inputs.manifests).map((w) => workloadCheck(w, w.subject, w.podPath, true, `${w.subject}: stdout and stderr are kept by the container runtime (kubectl logs, the cluster's log agent)`)),
        ...composeServices(inputs.compose).map((s) => {
            const driver = getIn(s.service, ['logging', 'driver']);
            const discards = typeof driver === 'string' && DISCARDING_DRIVERS.has(driver);
            return serviceCheck(s, discards ? ['logging', 'driver'] : isDict(s.service.logging) ? ['logging'] : [], !discards, discards ? `${s.subject} discards its logs (logging.driver: none)` : `${s.subject} logs with ${typeof driver === 'string' ? driver : "the daemon's default driver"}`);
        }),
        ...(inputs.cloud ?? []).flatMap(cloudLogChecks),
    ],
};
/** Drivers that write to the Docker host's disk, and whether they rotate without options. */
const LOCAL_DRIVERS = { 'json-file': false, local: true };
const composeRotation = {
    id: 'OBS002',
    group: 'OBS',
    item: 'logging',
    severity: 'warning',
    title: 'Compose services rotate their logs or ship them off the host',
    help: 'Docker\'s default json-file driver keeps every line forever unless the daemon sets log-opts: a chatty server fills the host\'s disk. The local driver rotates by default; drivers that ship logs elsewhere (syslog, journald, fluentd, gelf, awslogs...) keep nothing on disk. ' +
        'A service without logging: is judged as the default json-file driver, since this rule cannot read the host\'s daemon.json.',
    fix: 'Set logging: { driver: json-file, options: { max-size: "10m", max-file: "3" } } (or driver: local) on every service.',
    needs: ['compose'],
    aligned: {},
    check: (inputs) => composeServices(inputs.compose)
        .filter((s) => getIn(s.service, ['logging', 'driver']) !== 'none') // OBS001's concern
        .map((s) => {
        const driver = getIn(s.service, ['logging', 'driver']);
        const name = typeof driver === 'string' ? driver : 'json-file';
        const rotates = name in LOCAL_DRIVERS ? LOCAL_DRIVERS[name] || getIn(s.service, ['logging', 'options', 'max-size']) !== undefined : true;
        const path = getIn(s.service, ['logging', 'options']) !== undefined ? ['logging', 'options'] : isDict(s.service.logging) ? ['logging'] : [];
        return serviceCheck(s, path, rotates, rotates ? `${s.subject} logs with ${name}${name === 'json-file' ? ' rotated by max-size' : ''}` : `${s.subject} logs with ${name}${typeof driver === 'string' ? '' : ' (the default)'} and no max-size: its logs grow without bound`);
    }),
};
/** The server's own log lines during the gate, when the health report recorded them (`logs: string[]`). */
function logLines(value) {
    const logs = value.logs;
    return Array.isArray(logs) && logs.every((l) => typeof l === 'string') ? logs : undefined;
}
const LEVEL_KEYS = ['level', 'severity', 'lvl', 'levelname', 'log.level'];
const MESSAGE_KEYS = ['message', 'msg', 'event'];
/** A JSON object line with a level and a message (pino, bunyan, winston, structlog, zap, slog...). */
function isStructuredLine(line) {
    const text = line.trim();
    if (!text.startsWith('{'))
        return false;
    try {
        const value = JSON.parse(text);
        return isDict(value) && LEVEL_KEYS.some((k) => value[k] !== undefined) && MESSAGE_KEYS.some((k) => typeof value[k] === 'string');
    }
    catch {
        return false;
    }
}
/** Most of the lines, not all: a runtime's own start-up banner or a crash trace is not the server's doing. */
const STRUCTURED_SHARE = 0.8;
const structuredLogs = {
    id: 'OBS003',
    group: 'OBS',
    item: 'logging',
    severity: 'warning',
    title: 'The server\'s logs during the gate are structured',
    help: `A log platform filters and alerts on fields: JSON lines with a level and a message can be searched by level, tool and session; free text cannot. At least ${STRUCTURED_SHARE * 100}% of the non-empty lines the server wrote during the gate must be JSON objects with a level (level, severity) and a message (message, msg). ` +
        'Read from the health report\'s logs; not checked when the report recorded none.',
    fix: 'Log JSON lines: pino or winston\'s json format (Node), structlog or python-json-logger (Python), slog.NewJSONHandler (Go); the bridge logs JSON already.',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport }) => (logLines(healthReport.value)?.some((l) => l.trim()) ? undefined : `${healthReport.file} records no server log lines`),
    check: ({ healthReport }) => {
        const lines = logLines(healthReport.value) ?? [];
        const indexed = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.trim());
        if (indexed.length === 0)
            return [];
        const free = indexed.filter(({ line }) => !isStructuredLine(line));
        const share = (indexed.length - free.length) / indexed.length;
        const ok = share >= STRUCTURED_SHARE;
        const first = free[0];
        return [
            {
                passed: ok,
                message: `${indexed.length - free.length} of ${indexed.length} log lines are structured (JSON with level and message)${!ok && first ? ` (the first free-text line is logs[${first.i}]; not quoted, it may hold a secret)` : ''}`,
                location: { file: healthReport.file, pointer: first && !ok ? `/logs/${first.i}` : '/logs' },
                subject: 'server logs',
            },
        ];
    },
};
const observability_rules = [logsCollected, composeRotation, structuredLogs];

;// CONCATENATED MODULE: ./src/checklist/rules/resources.ts

/** The label that marks a Namespace as a pull-request preview (RES005). */
const PREVIEW_NAMESPACE_LABEL = 'mcp-orchestrator.io/preview';
/** A quantity that is set: `0` (or empty) counts as unset, as kube-linter reads it. */
const isSet = (v) => v !== undefined && v !== null && v !== '' && v !== 0 && v !== '0';
/** The API server defaults a missing request to the limit, so a limit alone also requests. */
function requestOf(ref, resource) {
    return isSet(getIn(ref.container, ['resources', 'requests', resource])) || isSet(getIn(ref.container, ['resources', 'limits', resource]));
}
function resourcesPath(ref, sub) {
    if (sub && isDict(getIn(ref.container, ['resources', sub])))
        return [...ref.path, 'resources', sub];
    return isDict(ref.container.resources) ? [...ref.path, 'resources'] : ref.path;
}
function composeLimit(service, resource) {
    const short = resource === 'memory' ? 'mem_limit' : 'cpus';
    if (isSet(service[short]))
        return { set: true, path: [short] };
    const deploy = ['deploy', 'resources', 'limits', resource];
    if (isSet(getIn(service, deploy)))
        return { set: true, path: deploy };
    const nearest = [['deploy', 'resources', 'limits'], ['deploy', 'resources'], ['deploy']].find((p) => isDict(getIn(service, p))) ?? [];
    return { set: false, path: nearest };
}
const requests = {
    id: 'RES001',
    group: 'RES',
    item: 'resource-limits',
    severity: 'warning',
    title: 'Every container requests CPU and memory',
    help: 'Without requests the scheduler places the pod as if it needed nothing: it lands on a full node, is evicted first under memory pressure, and an autoscaler on CPU utilization has nothing to compute against. ' +
        'A limit without a request counts as a request of the same amount (the API server fills it in). Init containers are checked too: they are scheduled like the rest. ' +
        'A warning (as Polaris grades it): a missing request makes placement worse, while a missing memory limit (RES002, an error) endangers the node.',
    fix: 'Set resources.requests.cpu and resources.requests.memory on every container (the spec\'s resources: cpu and memory for rendered manifests).',
    needs: ['manifests'],
    aligned: {
        'kube-linter': ['unset-cpu-requirements'],
        'kube-score': ['container-resources'],
        polaris: ['cpuRequestsMissing', 'memoryRequestsMissing'],
        checkov: ['CKV_K8S_10', 'CKV_K8S_12'],
        trivy: ['KSV015', 'KSV016'],
    },
    check: (inputs) => containersOf(inputs.manifests).map((ref) => {
        const missing = ['cpu', 'memory'].filter((r) => !requestOf(ref, r));
        return containerCheck(ref, resourcesPath(ref, 'requests'), missing.length === 0, missing.length === 0 ? `${ref.subject} requests cpu and memory` : `${ref.subject} requests no ${missing.join(' and no ')}`);
    }),
};
const memoryLimit = {
    id: 'RES002',
    group: 'RES',
    item: 'resource-limits',
    severity: 'error',
    title: 'Every container and compose service has a memory limit',
    help: 'A server without a memory limit can take its node (or the Docker host) down with it: the kernel\'s OOM killer then picks processes that are not the leaking one. ' +
        'With a limit only the server\'s container is restarted. Compose services count `mem_limit` or `deploy.resources.limits.memory`.',
    fix: 'Set resources.limits.memory on every container (spec: resources.memory), and mem_limit or deploy.resources.limits.memory on every compose service.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['unset-memory-requirements'],
        'kube-score': ['container-resources'],
        polaris: ['memoryLimitsMissing'],
        checkov: ['CKV_K8S_13'],
        trivy: ['KSV018'],
    },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const set = isSet(getIn(ref.container, ['resources', 'limits', 'memory']));
            return containerCheck(ref, set ? [...ref.path, 'resources', 'limits', 'memory'] : resourcesPath(ref, 'limits'), set, set ? `${ref.subject} has a memory limit` : `${ref.subject} has no memory limit`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const limit = composeLimit(s.service, 'memory');
            return serviceCheck(s, limit.path, limit.set, limit.set ? `${s.subject} has a memory limit` : `${s.subject} has no memory limit (mem_limit or deploy.resources.limits.memory)`);
        }),
    ],
};
function cpuLimitRule(options) {
    return {
        id: 'RES003',
        group: 'RES',
        item: 'resource-limits',
        severity: 'warning',
        title: 'Every container has a CPU limit (when the checklist requires one)',
        help: 'Off by default, as kube-score\'s --ignore-container-cpu-limit: a CPU limit throttles a server during the short bursts MCP tool calls make, while the CPU request already protects its neighbours. ' +
            'Turn it on where the platform requires CPU limits (a quota without a LimitRange default, for instance); the rule is then checked for every container and compose service.',
        fix: 'Set resources.limits.cpu on every container, and cpus or deploy.resources.limits.cpus on every compose service.',
        needs: [],
        needsAnyOf: ['manifests', 'compose'],
        aligned: { 'kube-score': ['container-resources'], polaris: ['cpuLimitsMissing'], checkov: ['CKV_K8S_11'], trivy: ['KSV011'] },
        check: (inputs) => {
            if (!options.cpuLimit)
                return [];
            return [
                ...containersOf(inputs.manifests).map((ref) => {
                    const set = isSet(getIn(ref.container, ['resources', 'limits', 'cpu']));
                    return containerCheck(ref, set ? [...ref.path, 'resources', 'limits', 'cpu'] : resourcesPath(ref, 'limits'), set, set ? `${ref.subject} has a CPU limit` : `${ref.subject} has no CPU limit`);
                }),
                ...composeServices(inputs.compose).map((s) => {
                    const limit = composeLimit(s.service, 'cpus');
                    return serviceCheck(s, limit.path, limit.set, limit.set ? `${s.subject} has a CPU limit` : `${s.subject} has no CPU limit (cpus or deploy.resources.limits.cpus)`);
                }),
            ];
        },
    };
}
function cloudCheck(entry, path, subject, passed, message) {
    const annotations = getIn(entry.document.value, ['metadata', 'annotations']);
    return { passed, message, location: entry.document.locate(path), subject, exemption: { kind: 'annotations', annotations: isDict(annotations) ? annotations : undefined } };
}
/** Cloud Run (Knative Service), Container Apps (az containerapp YAML), ECS (task definition). */
function cloudLimits(entry) {
    const value = entry.document.value;
    if (entry.target === 'ecs') {
        const subject = `ECS task definition ${String(value.family ?? '(unnamed)')}`;
        const containers = Array.isArray(value.containerDefinitions) ? value.containerDefinitions : [];
        const perContainer = containers.length > 0 && containers.every((c) => isDict(c) && isSet(c.memory));
        const passed = (isSet(value.memory) && isSet(value.cpu)) || perContainer;
        return [cloudCheck(entry, isSet(value.memory) ? ['memory'] : [], subject, passed, passed ? `${subject} sets cpu and memory` : `${subject} sets no task cpu and memory (and not every container has a memory limit)`)];
    }
    const base = entry.target === 'cloudrun' ? ['spec', 'template', 'spec', 'containers'] : isDict(getIn(value, ['properties', 'template'])) ? ['properties', 'template', 'containers'] : ['template', 'containers'];
    const containers = getIn(value, base);
    const service = entry.target === 'cloudrun' ? `Cloud Run service ${nameOf(entry.document)}` : `Container App ${String(value.name ?? '(unnamed)')}`;
    if (!Array.isArray(containers))
        return [];
    return containers.map((c, i) => {
        const resources = entry.target === 'cloudrun' ? [...base, i, 'resources', 'limits'] : [...base, i, 'resources'];
        const subject = `${service} container ${isDict(c) && typeof c.name === 'string' ? c.name : `#${i + 1}`}`;
        const missing = ['cpu', 'memory'].filter((r) => !isSet(getIn(value, [...resources, r])));
        return cloudCheck(entry, resources, subject, missing.length === 0, missing.length === 0 ? `${subject} sets cpu and memory` : `${subject} sets no ${missing.join(' and no ')}`);
    });
}
const cloud = {
    id: 'RES004',
    group: 'RES',
    item: 'resource-limits',
    severity: 'error',
    title: 'Cloud services set CPU and memory',
    help: 'Cloud Run, Container Apps and ECS on Fargate bill and place by the CPU and memory a revision declares; left to defaults, a server runs with whatever the platform picks today, and a memory leak hits the platform\'s ceiling instead of a limit you chose.',
    fix: 'Set resources in the spec (resources: cpu and memory) so the cloud renders carry them: Cloud Run resources.limits, Container Apps resources, ECS task cpu and memory.',
    needs: ['cloud'],
    aligned: {},
    check: (inputs) => (inputs.cloud ?? []).flatMap(cloudLimits),
};
function quotaCovers(doc) {
    const hard = getIn(doc.value, ['spec', 'hard']);
    if (!isDict(hard))
        return false;
    const has = (...keys) => keys.some((k) => isSet(hard[k]));
    return has('requests.cpu', 'cpu', 'limits.cpu') && has('limits.memory', 'requests.memory', 'memory');
}
function limitRangeDefaults(doc) {
    const limits = getIn(doc.value, ['spec', 'limits']);
    return Array.isArray(limits) && limits.some((l) => isDict(l) && l.type === 'Container' && isDict(l.default));
}
const previewNamespaces = {
    id: 'RES005',
    group: 'RES',
    item: 'resource-limits',
    severity: 'warning',
    title: 'Preview namespaces have a ResourceQuota and a LimitRange',
    help: `A namespace labelled ${PREVIEW_NAMESPACE_LABEL} holds one pull request's preview. A ResourceQuota caps what all its pods may take together, and a LimitRange gives a default limit to containers that set none, ` +
        'so a preview (or many of them) cannot starve the cluster. Not applicable when the manifests declare no preview namespace.',
    fix: 'Add a ResourceQuota (spec.hard with cpu and memory) and a LimitRange (a Container item with default limits) in the preview namespace.',
    needs: ['manifests'],
    aligned: { trivy: ['KSV039', 'KSV040'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        return docsOfKind(docs, 'Namespace')
            .filter((ns) => getIn(ns.value, ['metadata', 'labels', PREVIEW_NAMESPACE_LABEL]) !== undefined)
            .map((ns) => {
            const inNamespace = (d) => getIn(d.value, ['metadata', 'namespace']) === nameOf(ns);
            const quota = docsOfKind(docs, 'ResourceQuota').some((d) => inNamespace(d) && quotaCovers(d));
            const range = docsOfKind(docs, 'LimitRange').some((d) => inNamespace(d) && limitRangeDefaults(d));
            const missing = [quota ? '' : 'ResourceQuota on cpu and memory', range ? '' : 'LimitRange with default container limits'].filter(Boolean);
            return objectCheck(ns, ['metadata', 'labels', PREVIEW_NAMESPACE_LABEL], missing.length === 0, missing.length === 0 ? `preview namespace ${nameOf(ns)} has a ResourceQuota and a LimitRange` : `preview namespace ${nameOf(ns)} has no ${missing.join(' and no ')}`);
        });
    },
};
/** The RES rules with options the engine passes (the checklist's `cpu-limit` setting). */
function resourceRules(options = {}) {
    return [requests, memoryLimit, cpuLimitRule(options), cloud, previewNamespaces];
}
const resources_rules = resourceRules();

;// CONCATENATED MODULE: ./src/checklist/rules/scaling.ts

/** Kinds an autoscaler can scale and a PDB protects. */
const SCALABLE = new Set(['Deployment', 'DeploymentConfig', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/** HorizontalPodAutoscalers and KEDA ScaledObjects that target `workload`. */
function autoscalersOf(workload, docs) {
    return docsOfKind(docs, 'HorizontalPodAutoscaler', 'ScaledObject').filter((d) => {
        const ref = getIn(d.value, ['spec', 'scaleTargetRef']);
        if (!isDict(ref) || ref.name !== getIn(workload.doc.value, ['metadata', 'name']) || !sameNamespace(d, workload.doc))
            return false;
        return (ref.kind ?? 'Deployment') === workload.kind; // KEDA's kind defaults to Deployment
    });
}
const maxOfScaler = (d) => {
    const max = getIn(d.value, ['spec', kindOf(d) === 'ScaledObject' ? 'maxReplicaCount' : 'maxReplicas']);
    return typeof max === 'number' ? max : undefined;
};
const minOfScaler = (d) => {
    const min = getIn(d.value, ['spec', kindOf(d) === 'ScaledObject' ? 'minReplicaCount' : 'minReplicas']);
    return typeof min === 'number' ? min : 1;
};
/** The most pods a workload may run: its autoscaler's maximum, else its replica count. */
function mostReplicas(workload, docs) {
    const scalers = autoscalersOf(workload, docs);
    const max = Math.max(0, ...scalers.map((d) => maxOfScaler(d) ?? 0));
    return scalers.length ? Math.max(max, ...scalers.map(minOfScaler)) : (replicasOf(workload) ?? 1);
}
const scalable = (docs) => workloadsOf(docs).filter((w) => SCALABLE.has(w.kind));
/** The workloads that can run more than one pod, with that most. */
const multiReplica = (docs) => scalable(docs).map((w) => ({ w, most: mostReplicas(w, docs) })).filter(({ most }) => most > 1);
function cloudScaling(entry) {
    const value = entry.document.value;
    if (entry.target === 'cloudrun') {
        const path = ['spec', 'template', 'metadata', 'annotations', 'autoscaling.knative.dev/maxScale'];
        const ok = getIn(value, path) !== undefined;
        const subject = `Cloud Run service ${nameOf(entry.document)}`;
        return [{ passed: ok, message: ok ? `${subject} caps its instances (maxScale ${String(getIn(value, path))})` : `${subject} sets no autoscaling.knative.dev/maxScale`, location: entry.document.locate(path), subject }];
    }
    if (entry.target === 'containerapps') {
        const base = isDict(getIn(value, ['properties', 'template'])) ? ['properties', 'template', 'scale'] : ['template', 'scale'];
        const max = getIn(value, [...base, 'maxReplicas']);
        const subject = `Container App ${String(value.name ?? '(unnamed)')}`;
        const ok = typeof max === 'number';
        return [{ passed: ok, message: ok ? `${subject} scales up to ${max} replicas` : `${subject} sets no scale.maxReplicas`, location: entry.document.locate([...base, 'maxReplicas']), subject }];
    }
    return []; // ECS service autoscaling lives outside the task definition
}
const scalingPolicy = {
    id: 'SCL001',
    group: 'SCL',
    item: 'scaling',
    severity: 'warning',
    title: 'A scaling policy is defined',
    help: 'An autoscaler (a HorizontalPodAutoscaler or KEDA ScaledObject, Cloud Run maxScale, Container Apps scale rules) says how far the server may grow under load and caps what it may cost. ' +
        'A warning, not an error: one fixed replica is a deliberate choice for a stateful MCP server; say so with an exemption. From the spec alone (no manifests or cloud renders), scaling.max counts.',
    fix: 'Set scaling: {min, max, cpu} in the spec (the render adds a HorizontalPodAutoscaler), or add an autoscaler for the workload.',
    needs: [],
    needsAnyOf: ['manifests', 'cloud', 'spec'],
    aligned: {},
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        const checks = [
            ...scalable(docs).map((w) => {
                const scalers = autoscalersOf(w, docs);
                const ok = scalers.some((d) => maxOfScaler(d) !== undefined);
                return workloadCheck(w, w.subject, ['spec'], ok, ok ? `${w.subject} is scaled by ${scalers.map((d) => `${kindOf(d)}/${nameOf(d)}`).join(', ')}` : `${w.subject} runs a fixed ${replicasOf(w) ?? 1} replica(s): no autoscaler targets it`);
            }),
            ...(inputs.cloud ?? []).flatMap(cloudScaling),
        ];
        if (checks.length || inputs.manifests || inputs.cloud || !inputs.spec)
            return checks;
        const max = inputs.spec.value.scaling?.max;
        return [{ passed: max !== undefined, message: max !== undefined ? `the spec scales up to ${max} replicas` : 'the spec declares no scaling.max', location: { file: inputs.spec.file }, subject: 'spec scaling' }];
    },
};
const hpaReplicas = {
    id: 'SCL002',
    group: 'SCL',
    item: 'scaling',
    severity: 'error',
    title: 'Workloads scaled by an autoscaler do not set replicas',
    help: 'With spec.replicas written in the manifest, every apply resets the replica count the autoscaler chose: a deploy under load drops to the written number and the autoscaler has to climb back.',
    fix: 'Remove spec.replicas from workloads an autoscaler targets (the render leaves it out when scaling is set).',
    needs: ['manifests'],
    aligned: { 'kube-score': ['deployment-targeted-by-hpa-does-not-have-replicas-configured'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        return scalable(docs)
            .filter((w) => autoscalersOf(w, docs).length > 0)
            .map((w) => {
            const set = getIn(w.doc.value, ['spec', 'replicas']) !== undefined;
            return workloadCheck(w, w.subject, set ? ['spec', 'replicas'] : ['spec'], !set, set ? `${w.subject} sets replicas although an autoscaler targets it` : `${w.subject} leaves replicas to its autoscaler`);
        });
    },
};
/** A PDB that allows no voluntary eviction (maxUnavailable 0, or minAvailable at least the replica count). */
function blocksEvictions(pdb, replicas) {
    const maxUnavailable = getIn(pdb.value, ['spec', 'maxUnavailable']);
    const minAvailable = getIn(pdb.value, ['spec', 'minAvailable']);
    if (maxUnavailable === 0 || maxUnavailable === '0%')
        return true;
    if (minAvailable === '100%')
        return true;
    return typeof minAvailable === 'number' && minAvailable >= replicas;
}
const disruptionBudget = {
    id: 'SCL003',
    group: 'SCL',
    item: 'scaling',
    severity: 'warning',
    title: 'A PodDisruptionBudget covers every workload that runs more than one pod',
    help: 'A node drain or cluster upgrade evicts pods without asking; with several replicas a PodDisruptionBudget keeps some serving while the others move. A budget that allows no eviction at all (maxUnavailable: 0, minAvailable ≥ replicas) blocks drains instead. ' +
        'Not applicable to a single replica: a budget there can only block the drain or allow the outage.',
    fix: 'Add a PodDisruptionBudget (policy/v1) selecting the pod template\'s labels with maxUnavailable: 1 (the render adds one when more than one replica can run).',
    needs: ['manifests'],
    aligned: { 'kube-score': ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'], polaris: ['missingPodDisruptionBudget'], 'kube-linter': ['pdb-max-unavailable', 'pdb-min-available'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        const pdbs = docsOfKind(docs, 'PodDisruptionBudget');
        return multiReplica(docs).map(({ w, most }) => {
            const matching = pdbs.filter((p) => sameNamespace(p, w.doc) && selects(getIn(p.value, ['spec', 'selector']), w.labels));
            const useful = matching.filter((p) => !blocksEvictions(p, most));
            if (useful.length)
                return workloadCheck(w, w.subject, ['spec'], true, `${w.subject} (up to ${most} pods) is covered by PodDisruptionBudget/${nameOf(useful[0])}`);
            if (matching.length)
                return objectCheck(matching[0], ['spec'], false, `PodDisruptionBudget/${nameOf(matching[0])} allows no eviction of ${w.subject}'s ${most} pods: drains block`);
            return workloadCheck(w, w.subject, [...w.templatePath, 'metadata', 'labels'], false, `${w.subject} runs up to ${most} pods and no PodDisruptionBudget selects them`);
        });
    },
};
/** `session: { idSeen }`: the server answered initialize with an Mcp-Session-Id (a stateful Streamable HTTP server). */
function sessionSeen(value) {
    const session = value.session;
    return isDict(session) && typeof session.idSeen === 'boolean' ? session.idSeen : undefined;
}
/** Service names an Ingress routes to (networking.k8s.io/v1 and v1beta1 backends). */
function ingressServices(ingress) {
    const names = new Set();
    const add = (backend) => {
        const name = getIn(backend, ['service', 'name']) ?? getIn(backend, ['serviceName']);
        if (typeof name === 'string')
            names.add(name);
    };
    add(getIn(ingress.value, ['spec', 'defaultBackend']) ?? getIn(ingress.value, ['spec', 'backend']));
    const rules = getIn(ingress.value, ['spec', 'rules']);
    for (const rule of Array.isArray(rules) ? rules : []) {
        const paths = getIn(rule, ['http', 'paths']);
        for (const p of Array.isArray(paths) ? paths : [])
            add(getIn(p, ['backend']));
    }
    return names;
}
/** Ingress annotations that pin a client to one pod: ingress-nginx consistent hashing or cookie affinity. */
const INGRESS_AFFINITY = ['nginx.ingress.kubernetes.io/upstream-hash-by', 'nginx.ingress.kubernetes.io/affinity'];
/** Traefik keeps stickiness on the Service. */
const SERVICE_STICKY = 'traefik.ingress.kubernetes.io/service.sticky.cookie';
function affinityCheck(w, most, docs) {
    const services = docsOfKind(docs, 'Service').filter((s) => sameNamespace(s, w.doc) && selects(getIn(s.value, ['spec', 'selector']), w.labels, true));
    if (services.length === 0)
        return undefined; // nothing routes to it
    const serviceNames = new Set(services.map(nameOf));
    const ingresses = docsOfKind(docs, 'Ingress').filter((i) => sameNamespace(i, w.doc) && [...ingressServices(i)].some((n) => serviceNames.has(n)));
    const annotation = (d, key) => getIn(d.value, ['metadata', 'annotations', key]);
    if (ingresses.length) {
        // Ingress controllers send to pod endpoints directly: the Service's ClientIP affinity does not apply to them.
        const loose = ingresses.find((i) => !INGRESS_AFFINITY.some((k) => annotation(i, k) !== undefined) && !services.some((s) => String(annotation(s, SERVICE_STICKY)) === 'true'));
        if (loose)
            return objectCheck(loose, ['metadata'], false, `Ingress/${nameOf(loose)} spreads ${w.subject}'s ${most} pods without session affinity (no upstream-hash-by or affinity annotation)`);
        return objectCheck(ingresses[0], ['metadata', 'annotations'], true, `Ingress/${nameOf(ingresses[0])} keeps each client on one of ${w.subject}'s pods`);
    }
    const sticky = services.find((s) => getIn(s.value, ['spec', 'sessionAffinity']) === 'ClientIP');
    if (sticky)
        return objectCheck(sticky, ['spec', 'sessionAffinity'], true, `Service/${nameOf(sticky)} keeps each client on one of ${w.subject}'s pods (sessionAffinity: ClientIP)`);
    return objectCheck(services[0], ['spec'], false, `Service/${nameOf(services[0])} spreads ${w.subject}'s ${most} pods without sessionAffinity: ClientIP`);
}
const sessionAffinity = {
    id: 'SCL004',
    group: 'SCL',
    item: 'scaling',
    severity: 'error',
    title: 'MCP sessions stay on the replica that holds them',
    help: 'A Streamable HTTP server that answers initialize with an Mcp-Session-Id keeps the session in that process: a later request of the session on another replica gets 404 "session not found" and the client must start over. ' +
        'When the health gate saw a session id and more than one replica can serve (replicas, or an autoscaler\'s maximum, above 1), the path to the pods must be sticky: an Ingress with ingress-nginx upstream-hash-by or cookie affinity (controllers send to pods directly), or, without an ingress, a Service with sessionAffinity: ClientIP. ' +
        'Not applicable when the server is stateless (no session id) or runs one replica.',
    fix: 'Set nginx.ingress.kubernetes.io/upstream-hash-by (the render uses $binary_remote_addr) on the Ingress, or sessionAffinity: ClientIP on the Service; or run one replica.',
    needs: ['manifests', 'health-report'],
    aligned: {},
    // Only a question when several pods can serve: with one, whether the server is stateful does not matter.
    unavailable: ({ healthReport, manifests }) => sessionSeen(healthReport.value) === undefined && multiReplica(manifests ?? []).length ? `${healthReport.file} does not record whether the server issued an Mcp-Session-Id` : undefined,
    check: (inputs) => {
        if (sessionSeen(inputs.healthReport.value) !== true)
            return [];
        const docs = inputs.manifests ?? [];
        return multiReplica(docs).flatMap(({ w, most }) => affinityCheck(w, most, docs) ?? []);
    },
};
/** The update strategy of each kind, where it is written, and the value that rolls. */
const STRATEGY = {
    Deployment: { path: ['spec', 'strategy', 'type'], rolling: 'RollingUpdate' },
    StatefulSet: { path: ['spec', 'updateStrategy', 'type'], rolling: 'RollingUpdate' },
    DaemonSet: { path: ['spec', 'updateStrategy', 'type'], rolling: 'RollingUpdate' },
    DeploymentConfig: { path: ['spec', 'strategy', 'type'], rolling: 'Rolling' },
};
function rolloutCheck(doc) {
    const { path, rolling } = STRATEGY[kindOf(doc)];
    const subject = `${kindOf(doc)}/${nameOf(doc)}`;
    const type = getIn(doc.value, path);
    if (type !== undefined && type !== rolling)
        return objectCheck(doc, path, false, `${subject} updates with ${String(type)}, not ${rolling}: every pod stops before the new ones start`);
    const history = getIn(doc.value, ['spec', 'revisionHistoryLimit']);
    if (typeof history === 'number' && history < 1)
        return objectCheck(doc, ['spec', 'revisionHistoryLimit'], false, `${subject} keeps no old revision (revisionHistoryLimit: ${history}): a rollout cannot be undone`);
    return objectCheck(doc, type !== undefined ? path : ['spec'], true, `${subject} rolls (${rolling}${type === undefined ? ', the default' : ''}) and keeps ${typeof history === 'number' ? history : 'the default 10'} old revision(s)`);
}
const rollingUpdates = {
    id: 'SCL005',
    group: 'SCL',
    item: 'scaling',
    severity: 'error',
    title: 'Rollouts are rolling and keep a revision to roll back to',
    help: 'A Recreate (or OnDelete) strategy stops every pod before new ones start: each deploy is an outage, and the deploy stage\'s gate has nothing serving to compare with. revisionHistoryLimit: 0 deletes the old ReplicaSets, so `kubectl rollout undo` and the deploy stage\'s rollback have nothing to return to.',
    fix: 'Use strategy RollingUpdate (updateStrategy for StatefulSets and DaemonSets) and leave revisionHistoryLimit unset or at least 1 (the render keeps 5).',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['no-rolling-update-strategy'], 'kube-score': ['deployment-strategy'] },
    check: (inputs) => docsOfKind(inputs.manifests, ...Object.keys(STRATEGY)).map(rolloutCheck),
};
const scaling_rules = [scalingPolicy, hpaReplicas, disruptionBudget, sessionAffinity, rollingUpdates];

// EXTERNAL MODULE: ./src/scan/validators.ts
var validators = __webpack_require__(69814);
;// CONCATENATED MODULE: ./src/checklist/dockerignore.ts
/** .dockerignore matching as Docker does it, for SEC003: patterns, negations, parent folders. */
/** `**` any depth, `*` within a segment, `?` one character; as Docker's patterns (filepath.Match plus `**`). */
function ignorePattern(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i += pattern[i + 2] === '/' ? 2 : 1;
            if (pattern[i] === '/')
                re += '/?';
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Whether `.dockerignore` text excludes `path` (or one of its parent folders); the last matching line wins. */
function dockerignoreExcludes(text, path) {
    const rules = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => {
        const negated = l.startsWith('!');
        const body = (negated ? l.slice(1) : l).trim().replace(/^(?:\.\/|\/)+/, '').replace(/\/+$/, '');
        return { negated, re: ignorePattern(body) };
    });
    const parts = path.split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of rules)
        if (candidates.some((c) => rule.re.test(c)))
            excluded = !rule.negated;
    return excluded;
}

;// CONCATENATED MODULE: ./src/checklist/rules/secrets.ts
/**
 * SEC: environment injected securely. No secret in the layers (the scan's report), none set by
 * name in the Dockerfile or the image config, the build context keeps keys out, every target takes
 * secret-named variables from a secret reference, no plaintext Secret is committed, and the store
 * behind the references is a vault. A value is never put in a message: names and lines only.
 */




/**
 * Names that hold secrets. Hand-written to match the scan's config rule (src/scan/config-scanner.ts),
 * which keeps its pattern private: suffixes as TOKEN, PASSWORD, API_KEY, SECRET; not *_FILE, *_PATH...
 */
const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;
function isSecretName(name) {
    return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}
/** A value that is a real literal, not empty, a reference to a variable or a placeholder. */
function isLiteral(value) {
    if (value === undefined)
        return false;
    const v = value.trim();
    return v !== '' && !/^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?-)?\}?$/.test(v) && !(0,validators/* isPlaceholder */.wK)(v);
}
const scanFindings = {
    id: 'SEC001',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'error',
    title: 'No secret in the image layers or config',
    help: 'Anyone who can pull the image can read every layer, deleted files included. The layer scan must report no finding outside its baseline.',
    fix: 'Remove the secret from the build (a BuildKit secret mount, a .dockerignore entry), rotate it, rebuild and rescan; accept a false positive in the scan baseline with a reason.',
    needs: ['scan-report'],
    aligned: {},
    unavailable: ({ scanReport }) => (Array.isArray(scanReport.value.findings) ? undefined : `${scanReport.file} has no findings list (is it the JSON report of scan?)`),
    check: ({ scanReport, image }) => {
        const report = scanReport.value;
        const checks = report.findings.map((f, i) => {
            const where = f.where === 'file' ? `${String(f.path)}${f.line ? `:${String(f.line)}` : ''}` : `${String(f.where)} ${String(f.name ?? '')}`.trim();
            const layer = isDict(f.layer) ? ` in layer ${String(f.layer.index)}` : '';
            return { passed: false, message: `${String(f.severity)} ${String(f.rule)} at ${where}${layer}${f.deleted ? ' (deleted, still in the image)' : ''}: ${String(f.match)}`, location: { file: scanReport.file, pointer: `/findings/${i}` }, subject: `image ${where}` };
        });
        // A scan of a docker-archive names the image ID (the config digest), a scan of a registry or OCI
        // layout the manifest digest: the report is of the checked image when it names either.
        const digest = report.image?.digest;
        if (image?.digest && digest && image.digest !== digest && image.configDigest !== digest) {
            checks.push({ passed: false, message: `the scan report is of ${digest}, the image checked is ${image.digest}${image.configDigest ? ` (image ID ${image.configDigest})` : ''}`, location: { file: scanReport.file, pointer: '/image/digest' }, subject: 'scan report' });
        }
        if (!checks.length)
            checks.push({ passed: true, message: `no finding in ${report.image?.source ?? 'the image'}`, location: { file: scanReport.file, pointer: '/findings' }, subject: 'scan report' });
        return checks;
    },
};
const noSecretAssignments = {
    id: 'SEC002',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'error',
    title: 'No secret-named ENV or ARG with a value',
    help: 'ENV values are in the image config and ARG values used by RUN in its history, in plain text, for anyone who pulls the image.',
    fix: 'Drop the value: pass the secret at run time from a secret store, and at build time through a BuildKit secret mount (RUN --mount=type=secret,id=...).',
    needs: [],
    needsAnyOf: ['dockerfile', 'image'],
    aligned: {},
    check: ({ dockerfile, image }) => {
        const checks = [];
        if (dockerfile) {
            for (const a of assignments(dockerfile.text).filter((x) => isSecretName(x.name))) {
                // ENV NAME=$ARG bakes the build argument's value into the config too.
                const bad = a.value !== undefined && a.value.trim() !== '' && (a.keyword === 'ENV' || isLiteral(a.value));
                checks.push({ passed: !bad, message: `${a.keyword} ${a.name} ${bad ? 'sets a value in the image' : 'has no value'}`, location: { file: dockerfile.file, line: a.line }, subject: `Dockerfile ${a.keyword} ${a.name}`, exemption: { kind: 'comments' } });
            }
        }
        if (image) {
            image.config.env.forEach((entry, i) => {
                const eq = entry.indexOf('=');
                const name = eq < 0 ? entry : entry.slice(0, eq);
                if (!isSecretName(name))
                    return;
                const bad = isLiteral(eq < 0 ? '' : entry.slice(eq + 1));
                checks.push({ passed: !bad, message: `image config Env ${name} ${bad ? 'holds a value' : 'is empty'}`, location: { file: image.source, pointer: `/config/Env/${i}` }, subject: `image Env ${name}` });
            });
        }
        return checks;
    },
};
/** Paths the build context must keep out, as `docker build` would send them (root of the context). */
const MUST_IGNORE = [
    { path: '.env', what: '.env' },
    { path: '.env.production', what: '.env.*' },
    { path: '.git/config', what: '.git' },
    { path: 'id_rsa', what: 'SSH keys (id_rsa)' },
    { path: 'server.key', what: '*.key' },
    { path: 'cert.pem', what: '*.pem' },
];
const dockerignoreCovers = {
    id: 'SEC003',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'warning',
    title: '.dockerignore keeps .env, keys and .git out of the build context',
    help: 'COPY . . copies whatever the context holds: a developer\'s .env, a private key, the .git folder with its history. Once in a layer, it is in the image for good.',
    fix: 'Add to .dockerignore (beside the build context): .env, .env.*, .git, *.pem, *.key, id_rsa* — or list only what the build needs (*, then !src ...).',
    needs: ['dockerfile'],
    aligned: {},
    unavailable: ({ dockerignore }) => (dockerignore ? undefined : 'the build context is unknown (give --spec or the Dockerfile in its context)'),
    check: ({ dockerignore }) => {
        const file = dockerignore.file;
        if (dockerignore.missing)
            return [{ passed: false, message: `no .dockerignore in the build context (${file})`, location: { file }, subject: '.dockerignore' }];
        const uncovered = MUST_IGNORE.filter((m) => !dockerignoreExcludes(dockerignore.text, m.path));
        return MUST_IGNORE.map((m) => ({
            passed: !uncovered.includes(m),
            message: uncovered.includes(m) ? `.dockerignore does not exclude ${m.what}` : `.dockerignore excludes ${m.what}`,
            location: { file, line: 1 },
            subject: `.dockerignore ${m.what}`,
            exemption: { kind: 'comments' },
        }));
    },
};
/** `env`/`environment` lists of `{name, value}` anywhere in a document (Kubernetes, ECS, Cloud Run, Container Apps). */
function envLists(value, path = []) {
    if (Array.isArray(value))
        return value.flatMap((v, i) => envLists(v, [...path, i]));
    if (!isDict(value))
        return [];
    return Object.entries(value).flatMap(([k, v]) => {
        if ((k === 'env' || k === 'environment') && Array.isArray(v)) {
            return v.flatMap((e, i) => (isDict(e) && typeof e.name === 'string' ? [{ entry: e, path: [...path, k, i] }] : []));
        }
        return envLists(v, [...path, k]);
    });
}
function envEntryCheck(entry, where) {
    const name = entry.name;
    if (!isSecretName(name))
        return undefined;
    const from = entry.valueFrom;
    if (isDict(from) && from.secretKeyRef)
        return { passed: true, message: `${where} env ${name} comes from secretKeyRef` };
    if (typeof from === 'string' && from !== '')
        return { passed: true, message: `${where} ${name} comes from ${from.split(':').slice(0, 3).join(':')}` };
    if (typeof entry.secretRef === 'string')
        return { passed: true, message: `${where} env ${name} comes from secretRef` };
    if (isDict(from) && from.configMapKeyRef)
        return { passed: false, message: `${where} env ${name} comes from a ConfigMap, which is not a secret store` };
    if (typeof entry.value === 'string' && entry.value.trim() !== '')
        return { passed: false, message: `${where} env ${name} is set to a literal value` };
    return undefined;
}
function secrets_composeEnvironment(service) {
    const env = service.environment;
    if (Array.isArray(env)) {
        return env.flatMap((e, i) => {
            if (typeof e !== 'string')
                return [];
            const eq = e.indexOf('=');
            return [{ name: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? undefined : e.slice(eq + 1), key: i }];
        });
    }
    if (isDict(env))
        return Object.entries(env).map(([name, v]) => ({ name, value: v === null || v === undefined ? undefined : String(v), key: name }));
    return [];
}
const secretReferences = {
    id: 'SEC004',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'error',
    title: 'Secret-named variables come from a secret reference on every target',
    help: 'A token written as a value sits in the manifest, in git, in the API server\'s object and in every `describe`. A reference (secretKeyRef, compose secrets or ${VAR} from the deploy environment, ECS valueFrom, Container Apps secretRef, Cloud Run secretKeyRef) keeps the value in the store.',
    fix: 'Replace the value with a reference: valueFrom.secretKeyRef (Kubernetes, Cloud Run), secretRef (Container Apps), secrets[].valueFrom (ECS), or in compose ${NAME} / a secrets: entry.',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: { 'kube-linter': ['env-var-secret'] },
    check: (inputs) => {
        const checks = [];
        for (const doc of inputs.manifests ?? []) {
            for (const { entry, path } of envLists(doc.value)) {
                const verdict = envEntryCheck(entry, subjectOf(doc));
                if (verdict)
                    checks.push(objectCheck(doc, [...path, 'value' in entry ? 'value' : 'name'], verdict.passed, verdict.message));
            }
        }
        for (const s of composeServices(inputs.compose)) {
            for (const e of secrets_composeEnvironment(s.service).filter((x) => isSecretName(x.name))) {
                const ok = !isLiteral(e.value);
                checks.push(serviceCheck(s, ['environment', e.key], ok, ok ? `${s.subject} ${e.name} comes from the deploy environment` : `${s.subject} sets ${e.name} to a literal value`));
            }
        }
        for (const { target, document } of inputs.cloud ?? []) {
            for (const { entry, path } of envLists(document.value)) {
                const verdict = envEntryCheck(entry, target);
                if (verdict)
                    checks.push({ ...verdict, location: document.locate([...path, 'value' in entry ? 'value' : 'name']), subject: `${target} env ${String(entry.name)}`, exemption: { kind: 'comments' } });
            }
        }
        return checks;
    },
};
const noPlaintextSecret = {
    id: 'SEC005',
    group: 'SEC',
    item: 'secret-store',
    severity: 'error',
    title: 'No plaintext Secret committed',
    help: 'A kind: Secret with data or stringData in a manifest is a secret in git: base64 is an encoding, not encryption.',
    fix: 'Remove the Secret from the manifests and create it from a store: an ExternalSecret, a CSI SecretProviderClass, a SealedSecret, or the deploy stage from the runner\'s secrets.',
    needs: ['manifests'],
    aligned: {},
    check: ({ manifests }) => (manifests ?? [])
        .filter((doc) => kindOf(doc) === 'Secret')
        .map((doc) => {
        const field = ['data', 'stringData'].find((f) => isDict(doc.value[f]) && Object.keys(doc.value[f]).length > 0);
        return objectCheck(doc, field ? [field] : [], !field, field ? `${subjectOf(doc)} carries ${field} in the manifest` : `${subjectOf(doc)} carries no data`);
    }),
};
/** Secrets made by a store in these manifests: ExternalSecret targets and CSI-synced secrets. */
function storedSecretNames(manifests) {
    const names = new Set();
    for (const doc of manifests) {
        const kind = kindOf(doc);
        if (kind === 'ExternalSecret') {
            const target = getIn(doc.value, ['spec', 'target', 'name']) ?? getIn(doc.value, ['metadata', 'name']);
            if (typeof target === 'string')
                names.add(target);
        }
        else if (kind === 'SecretProviderClass') {
            const objects = getIn(doc.value, ['spec', 'secretObjects']);
            if (Array.isArray(objects))
                for (const o of objects)
                    if (isDict(o) && typeof o.secretName === 'string')
                        names.add(o.secretName);
        }
    }
    return names;
}
const VAULT_FROM = new Set(['external', 'csi']);
function cloudStoreChecks(target, document) {
    const checks = [];
    for (const { entry, path } of envLists(document.value)) {
        const from = entry.valueFrom;
        if (typeof from === 'string') {
            const ok = /^arn:aws[\w-]*:(?:secretsmanager|ssm):/.test(from);
            checks.push({ passed: ok, message: ok ? `${target} ${String(entry.name)} comes from ${from.split(':')[2]}` : `${target} ${String(entry.name)} comes from ${from.split(':')[0]}, not Secrets Manager or SSM`, location: document.locate(path), subject: `${target} secret ${String(entry.name)}`, exemption: { kind: 'comments' } });
        }
    }
    const secrets = getIn(document.value, ['properties', 'configuration', 'secrets']) ?? getIn(document.value, ['configuration', 'secrets']);
    if (Array.isArray(secrets)) {
        secrets.forEach((s, i) => {
            if (!isDict(s))
                return;
            const ok = typeof s.keyVaultUrl === 'string';
            checks.push({ passed: ok, message: ok ? `${target} secret ${String(s.name)} is a Key Vault reference` : `${target} secret ${String(s.name)} holds its value in the app, not in Key Vault`, location: document.locate(['properties', 'configuration', 'secrets', i]), subject: `${target} secret ${String(s.name)}`, exemption: { kind: 'comments' } });
        });
    }
    return checks;
}
const storeIsVault = {
    id: 'SEC006',
    group: 'SEC',
    item: 'secret-store',
    severity: 'warning',
    title: 'Secrets come from a vault',
    help: 'A reference is only as good as the store behind it: a hand-made Kubernetes Secret has no rotation, audit or access policy. An ExternalSecret, a CSI SecretProviderClass, AWS Secrets Manager or SSM, or Azure Key Vault has.',
    fix: 'In the spec use secrets[].from.external (ExternalSecret) or from.csi; on ECS reference Secrets Manager or SSM ARNs; on Container Apps use keyVaultUrl.',
    needs: [],
    needsAnyOf: ['spec', 'manifests', 'cloud'],
    aligned: {},
    check: (inputs) => {
        const checks = [];
        const spec = inputs.spec;
        spec?.value.secrets.forEach((s, i) => {
            const from = Object.keys(s.from)[0] ?? '(none)';
            const ok = VAULT_FROM.has(from);
            checks.push({ passed: ok, message: ok ? `secret ${s.name} comes from ${from}` : `secret ${s.name} comes from ${from}, not a vault (external or csi)`, location: { file: spec.file, pointer: `/secrets/${i}/from` }, subject: `spec secret ${s.name}` });
        });
        if (inputs.manifests && !spec?.value.secrets.length) {
            const stored = storedSecretNames(inputs.manifests);
            for (const doc of inputs.manifests) {
                for (const { entry, path } of envLists(doc.value)) {
                    const ref = getIn(entry, ['valueFrom', 'secretKeyRef', 'name']);
                    if (typeof ref !== 'string')
                        continue;
                    const ok = stored.has(ref);
                    checks.push(objectCheck(doc, [...path, 'valueFrom'], ok, ok ? `${subjectOf(doc)} ${String(entry.name)} comes from ${ref}, made by a store` : `${subjectOf(doc)} ${String(entry.name)} comes from Secret ${ref}, which no ExternalSecret or SecretProviderClass here makes`));
                }
            }
        }
        for (const { target, document } of inputs.cloud ?? [])
            checks.push(...cloudStoreChecks(target, document));
        return checks;
    },
};
const secrets_rules = [scanFindings, noSecretAssignments, dockerignoreCovers, secretReferences, noPlaintextSecret, storeIsVault];

;// CONCATENATED MODULE: ./src/checklist/rules/tls.ts

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;
/** Whether an Ingress TLS host (possibly `*.example.com`) covers `host`. */
function tlsCovers(tlsHost, host) {
    const a = tlsHost.toLowerCase();
    const b = host.toLowerCase();
    if (a === b)
        return true;
    const label = b.slice(0, b.length - (a.length - 1));
    return a.startsWith('*.') && b.endsWith(a.slice(1)) && label.length > 0 && !label.includes('.');
}
function ingressChecks(doc) {
    const tls = getIn(doc.value, ['spec', 'tls']);
    const entries = Array.isArray(tls) ? tls.filter(isDict) : [];
    const tlsHosts = entries.flatMap((e) => (Array.isArray(e.hosts) ? e.hosts.map(String) : []));
    const rules = getIn(doc.value, ['spec', 'rules']);
    const list = Array.isArray(rules) ? rules : [];
    const subject = `Ingress/${nameOf(doc)}`;
    if (list.length === 0) {
        const ok = entries.length > 0;
        return [objectCheck(doc, ok ? ['spec', 'tls'] : ['spec'], ok, ok ? `${subject} (default backend) serves TLS` : `${subject} routes every host without TLS (no spec.tls)`)];
    }
    return list.map((rule, i) => {
        const host = isDict(rule) && typeof rule.host === 'string' ? rule.host : undefined;
        // A rule without a host answers any host: it is covered by the controller's certificate for a TLS entry, so any entry counts.
        const ok = host === undefined ? entries.length > 0 : tlsHosts.some((h) => tlsCovers(h, host));
        const what = host ?? '(any host)';
        return objectCheck(doc, host === undefined ? ['spec', 'rules', i] : ['spec', 'rules', i, 'host'], ok, ok ? `${subject} serves ${what} over TLS` : `${subject} serves ${what} without TLS (no spec.tls entry lists it)`);
    });
}
const ingressTls = {
    id: 'TLS001',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'Every Ingress serves each of its hosts over TLS',
    help: 'An MCP client sends its bearer token or OAuth access token on every request; over plain HTTP anyone on the path reads it. ' +
        'Each host of each Ingress rule must be listed in a spec.tls entry (a wildcard entry covers one label); a rule without a host needs at least one TLS entry.',
    fix: 'Add spec.tls with the host and a certificate secret (spec: ingress.tls.secret, or ingress.tls.issuer for cert-manager).',
    needs: ['manifests'],
    aligned: { polaris: ['tlsSettingsMissing'] },
    check: (inputs) => docsOfKind(inputs.manifests, 'Ingress').flatMap(ingressChecks),
};
const exposedServices = {
    id: 'TLS002',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'No NodePort or LoadBalancer Service opens a way around the ingress',
    help: 'A NodePort opens the server on every node\'s address, a LoadBalancer on a cloud address: both in plain TCP, past the ingress that terminates TLS, limits rates and keeps sessions on one pod. ' +
        'When one is meant (TLS terminated at the load balancer, an internal LB), say why with an exemption annotation: mcp-orchestrator.io/ignore-TLS002: "<reason>".',
    fix: 'Use type ClusterIP behind an Ingress (the render does), or annotate the Service with the reason it is exposed.',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['exposed-services'], 'kube-score': ['service-type'] },
    check: (inputs) => docsOfKind(inputs.manifests, 'Service').map((doc) => {
        const type = getIn(doc.value, ['spec', 'type']);
        const exposed = type === 'NodePort' || type === 'LoadBalancer';
        return objectCheck(doc, type === undefined ? ['spec'] : ['spec', 'type'], !exposed, `Service/${nameOf(doc)} is ${typeof type === 'string' ? type : 'ClusterIP'}${exposed ? ': reachable without the ingress' : ''}`);
    }),
};
function urlOf(text) {
    if (typeof text !== 'string')
        return undefined;
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
const isLoopbackHost = (host) => LOOPBACK.test(host);
function handoffChecks(inputs) {
    const out = [];
    const spec = inputs.spec;
    if (spec) {
        const ingress = spec.value.ingress;
        if (ingress?.host) {
            const ok = ingress.tls !== undefined;
            out.push({ passed: ok, message: ok ? `the handed-off URL is https://${ingress.host}` : `the handed-off URL is http://${ingress.host}: ingress.host has no ingress.tls`, location: { file: spec.file }, subject: 'handoff URL' });
        }
        else {
            out.push({ passed: true, message: 'no public URL: the spec declares no ingress host (clients reach the server on loopback or inside the cluster)', location: { file: spec.file }, subject: 'handoff URL' });
        }
    }
    const report = inputs.healthReport;
    const url = urlOf(report?.value.target);
    if (report && url && (url.protocol === 'http:' || url.protocol === 'https:')) {
        const host = url.hostname;
        const ok = url.protocol === 'https:' || isLoopbackHost(host);
        out.push({
            passed: ok,
            message: ok ? `the gate reached ${url.origin}${url.protocol === 'http:' ? ' (loopback)' : ''}` : `the gate reached ${url.origin} over plain HTTP on a non-loopback host`,
            location: { file: report.file, pointer: '/target' },
            subject: 'gated URL',
        });
    }
    return out;
}
const httpsHandoff = {
    id: 'TLS003',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'The URL handed to clients is https unless it is loopback',
    help: 'The handoff gives clients the URL to configure. Plain http is acceptable only on loopback (a local run, a port-forward) where nothing crosses a network. ' +
        'Read from the spec (an ingress host is https when ingress.tls is set) and from the URL the health gate connected to.',
    fix: 'Set ingress.tls (a secret or a cert-manager issuer) for the ingress host, and gate the https URL.',
    needs: [],
    needsAnyOf: ['spec', 'health-report'],
    aligned: {},
    check: handoffChecks,
};
function containerAppIngress(entry) {
    for (const path of [['properties', 'configuration', 'ingress'], ['configuration', 'ingress']]) {
        const ingress = getIn(entry.document.value, path);
        if (isDict(ingress))
            return { path, ingress };
    }
    return undefined;
}
const containerAppsInsecure = {
    id: 'TLS004',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'Container Apps ingress refuses plain HTTP (allowInsecure: false)',
    help: 'With allowInsecure: true a Container App answers http:// as well as https://, so a client configured with the wrong scheme sends its token in clear text; with false, HTTP requests are redirected to HTTPS.',
    fix: 'Set properties.configuration.ingress.allowInsecure: false (the default) in the Container Apps YAML.',
    needs: ['cloud'],
    aligned: {},
    check: (inputs) => (inputs.cloud ?? [])
        .filter((e) => e.target === 'containerapps')
        .flatMap((entry) => {
        const found = containerAppIngress(entry);
        if (!found)
            return [];
        const insecure = found.ingress.allowInsecure === true;
        const name = String(entry.document.value.name ?? '(unnamed)');
        return [{ passed: !insecure, message: `Container App ${name} ingress ${insecure ? 'allows plain HTTP (allowInsecure: true)' : 'refuses plain HTTP'}`, location: entry.document.locate([...found.path, 'allowInsecure']), subject: `Container App ${name}` }];
    }),
};
/** The gate spoke HTTP (a URL target, not a stdio command). */
function httpGate(value) {
    const url = urlOf(value.target);
    return value.transport !== 'stdio' && url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:');
}
/** `origin: { sent, status, rejected }`: the gate's request with a foreign Origin header. */
function originRecord(value) {
    const origin = value.origin;
    return isDict(origin) && typeof origin.rejected === 'boolean' ? origin : undefined;
}
const foreignOrigin = {
    id: 'TLS005',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'The live server rejects a request with a foreign Origin',
    help: 'The MCP specification requires Streamable HTTP servers to validate the Origin header: otherwise a web page the user visits can reach a server on localhost or the intranet through DNS rebinding and call its tools. ' +
        'Read from the health report\'s origin record (the gate sends one request with a foreign Origin); not applicable to stdio servers.',
    fix: 'Validate Origin against an allow-list and answer 403 otherwise (the bridge does; with the TypeScript SDK, enable its DNS-rebinding protection with allowed origins).',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport }) => (httpGate(healthReport.value) && !originRecord(healthReport.value) ? `${healthReport.file} does not record a request with a foreign Origin` : undefined),
    check: ({ healthReport }) => {
        const value = healthReport.value;
        const origin = httpGate(value) ? originRecord(value) : undefined;
        if (!origin)
            return [];
        const status = origin.status !== undefined ? ` (HTTP ${origin.status})` : '';
        return [{ passed: origin.rejected, message: origin.rejected ? `the server rejected a foreign Origin${status}` : `the server accepted a request with a foreign Origin${origin.sent ? ` ${origin.sent}` : ''}${status}`, location: { file: healthReport.file, pointer: '/origin/rejected' }, subject: 'Origin validation' }];
    },
};
/** The spec declares authorization (auth.mode bearer or oauth), or lets the gate accept "authorization required". */
function authDeclared(inputs) {
    const spec = inputs.spec?.value;
    if (!spec)
        return false;
    return (spec.auth !== undefined && spec.auth.mode !== 'none') || spec.health.allowAuthRequired === true;
}
/**
 * What the health report says about a request without credentials: `auth.refusalVerified` (401
 * with valid protected-resource metadata), the gate's own 401 (`status: auth-required`), or a
 * problem `auth-not-enforced` / `auth-metadata` (answered, or refused without a proper challenge).
 */
function refusalRecord(value) {
    const problems = Array.isArray(value.problems) ? value.problems : [];
    const index = problems.findIndex((p) => isDict(p) && (p.code === 'auth-not-enforced' || p.code === 'auth-metadata'));
    if (index >= 0)
        return { refused: false, pointer: `/problems/${index}`, message: `without credentials: ${String(getIn(problems[index], ['message']) ?? 'not refused with 401')}` };
    if (getIn(value, ['auth', 'refusalVerified']) === true)
        return { refused: true, pointer: '/auth/refusalVerified', message: 'without credentials the server answered 401 with valid protected-resource metadata' };
    if (value.status === 'auth-required')
        return { refused: true, pointer: '/status', message: 'without credentials the server answered 401 (status auth-required)' };
    return undefined;
}
const unauthenticated401 = {
    id: 'TLS006',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'Without credentials the live server answers 401 when the spec declares authorization',
    help: 'A server declared as a protected resource must refuse a request without a token with 401 and a WWW-Authenticate challenge naming its protected-resource metadata (RFC 9728); one that answers 200 serves everyone. ' +
        'Read from the health report (the gate sends a request without a token first when auth: is declared); not applicable when the spec declares no authorization or the gate ran over stdio.',
    fix: 'Enforce the token on every MCP path (auth: bearer or oauth in the spec makes the bridge do it), leaving only /healthz and /readyz open.',
    needs: ['spec', 'health-report'],
    aligned: {},
    unavailable: (inputs) => (authDeclared(inputs) && httpGate(inputs.healthReport.value) && !refusalRecord(inputs.healthReport.value) ? `${inputs.healthReport.file} does not record a request without credentials` : undefined),
    check: (inputs) => {
        const value = inputs.healthReport.value;
        const seen = authDeclared(inputs) && httpGate(value) ? refusalRecord(value) : undefined;
        return seen ? [{ passed: seen.refused, message: seen.message, location: { file: inputs.healthReport.file, pointer: seen.pointer }, subject: 'authorization' }] : [];
    },
};
const CLOUD_TARGETS = ['cloudrun', 'ecs', 'containerapps'];
/** Where the server is reachable beyond loopback, by the spec: its ingress host and its cloud targets. */
function remoteReach(inputs) {
    const spec = inputs.spec.value;
    const reach = spec.ingress?.host ? [`ingress host ${spec.ingress.host}`] : [];
    for (const target of CLOUD_TARGETS)
        if (spec.targets[target])
            reach.push(`targets.${target}`);
    for (const entry of inputs.cloud ?? [])
        if (!reach.includes(`targets.${entry.target}`))
            reach.push(`targets.${entry.target}`);
    return reach;
}
const authOnRemote = {
    id: 'TLS007',
    group: 'TLS',
    item: 'tls',
    severity: 'warning',
    title: 'A server reachable beyond loopback declares authorization',
    help: 'Without auth: (or with mode none) the bridge answers anyone who reaches its port: on a public ingress host or a cloud service that is everyone. ' +
        'The MCP specification makes an HTTP server an OAuth 2.1 protected resource; auth: bearer (a static token for service-to-service use) or auth: oauth (JWTs from your issuer) makes the bridge enforce it. ' +
        'Allowed, but flagged: a server behind a gateway that authenticates for it can say so with an exemption.',
    fix: 'Declare auth: in the spec (mode: oauth with issuer, audience and scopes, or mode: bearer with the token\'s secret reference), or exempt the rule with the reason (e.g. "an API gateway authenticates every request").',
    needs: ['spec'],
    aligned: {},
    check: (inputs) => {
        const spec = inputs.spec;
        const reach = remoteReach(inputs);
        if (reach.length === 0)
            return [];
        const mode = spec.value.auth?.mode ?? 'none';
        const ok = mode !== 'none';
        return [
            {
                passed: ok,
                message: ok ? `auth mode ${mode} guards ${reach.join(', ')}` : `${reach.join(', ')} ${reach.length > 1 ? 'reach' : 'reaches'} the server with no authorization (auth mode none)`,
                location: { file: spec.file },
                subject: 'authorization',
            },
        ];
    },
};
const tls_rules = [ingressTls, exposedServices, httpsHandoff, containerAppsInsecure, foreignOrigin, unauthenticated401, authOnRemote];

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 27 modules
var expressions_dist = __webpack_require__(52506);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
;// CONCATENATED MODULE: ./src/checklist/rules/workflow-expressions.ts
/**
 * The `${{ }}` expressions of a workflow value and the contexts whose values flow into what they
 * expand to, parsed with GitHub's own `@actions/expressions`; and which `github.*` contexts an
 * outsider controls. Hand-written part: the classification (zizmor's template-injection audit is the
 * reference: every `github.*` context is untrusted except a known-fixed list).
 */


const CONTEXT_NAMES = ['github', 'inputs', 'env', 'matrix', 'steps', 'needs', 'secrets', 'vars', 'runner', 'job', 'jobs', 'strategy'];
/** Every `${{ }}` in `value`; an expression GitHub's parser rejects yields no contexts (the loader already refused it). */
function expansionsIn(value) {
    const out = [];
    for (const match of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        out.push({ text: match[0], offset: match.index ?? 0, contexts: flowingContexts(match[1]) });
    }
    return out;
}
function flowingContexts(source) {
    let expr;
    try {
        expr = new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(source).lex().tokens, CONTEXT_NAMES, []).parse();
    }
    catch {
        return [];
    }
    const out = [];
    collect(expr, out);
    return out;
}
// Functions whose result is a boolean or number: the contexts they read do not reach the script.
const CONDITION_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled', 'hashfiles']);
function collect(expr, out) {
    if (expr instanceof ast/* ContextAccess */.QC || expr instanceof ast/* IndexAccess */.p_) {
        const path = contextPath(expr);
        if (path)
            out.push(path);
        else if (expr instanceof ast/* IndexAccess */.p_)
            collect(expr.expr, out);
    }
    else if (expr instanceof ast/* Logical */.oD) {
        // `a || b` and `a && b` evaluate to one of their operands.
        expr.args.forEach((arg) => collect(arg, out));
    }
    else if (expr instanceof ast/* Grouping */.aU) {
        collect(expr.group, out);
    }
    else if (expr instanceof ast/* FunctionCall */.R6) {
        if (!CONDITION_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase()))
            expr.args.forEach((arg) => collect(arg, out));
    }
    // Comparisons, `!` and literals yield booleans or constants: nothing of theirs reaches the script.
}
/** `github.event.pull_request.title` for a chain of property accesses on a context; undefined when the chain passes through a call. */
function contextPath(expr) {
    if (expr instanceof ast/* ContextAccess */.QC)
        return expr.name.lexeme;
    if (!(expr instanceof ast/* IndexAccess */.p_))
        return undefined;
    const head = contextPath(expr.expr);
    if (head === undefined)
        return undefined;
    const index = expr.index;
    if (index instanceof ast/* Star */.FE)
        return `${head}.*`;
    if (index instanceof ast/* Literal */.uS) {
        const value = index.literal.value;
        if (typeof value === 'string')
            return `${head}.${value}`;
        if (typeof value === 'number')
            return `${head}.*`;
    }
    return `${head}.*`;
}
// zizmor's fixed `github.*` contexts: set by GitHub, never by whoever triggered the run.
const FIXED_GITHUB = new Set([
    'github.action_path',
    'github.action_ref',
    'github.api_url',
    'github.event_name',
    'github.graphql_url',
    'github.job',
    'github.repository',
    'github.repository_id',
    'github.repository_owner',
    'github.repository_owner_id',
    'github.repositoryurl',
    'github.retention_days',
    'github.run_attempt',
    'github.run_id',
    'github.run_number',
    'github.server_url',
    'github.sha',
    'github.token',
    'github.workspace',
]);
// Leaves of event payloads that are numbers, booleans, SHAs, timestamps or GitHub-chosen enums
// (zizmor's `fixed` capability); every other event field may carry text an outsider chose.
const FIXED_EVENT_LEAF = /^(id|number|\*|after|before|sha|.*_sha|.*_id|.*_at|.*_count|.*_number|count|size|additions|deletions|changed_files|commits|comments|review_comments|run_attempt|draft|merged|mergeable|rebaseable|locked|private|fork|site_admin|deleted|forced|created|author_association|state|state_reason|conclusion|status|event|visibility|[+-]1|confused|eyes|heart|hooray|laugh|rocket)$/;
/** True when an outsider (a fork's author, an issue's commenter, a committer) may choose the value. */
function isUntrustedGithubContext(path) {
    const lower = path.toLowerCase();
    if (!lower.startsWith('github.'))
        return false;
    if (FIXED_GITHUB.has(lower))
        return false;
    if (lower === 'github.event')
        return true;
    if (lower.startsWith('github.event.inputs.'))
        return false; // inputs: see WF005
    if (lower.startsWith('github.event.')) {
        const leaf = lower.slice(lower.lastIndexOf('.') + 1);
        return !FIXED_EVENT_LEAF.test(leaf);
    }
    return true;
}
/** The input name for `inputs.<name>` and `github.event.inputs.<name>`. */
function inputName(path) {
    const match = /^(?:inputs|github\.event\.inputs)\.([^.]+)$/i.exec(path);
    return match && match[1] !== '*' ? match[1] : undefined;
}

;// CONCATENATED MODULE: ./src/checklist/rules/workflow-walk.ts
/**
 * Walking a loaded workflow for the WF rules: its triggers, jobs and steps with their YAML paths,
 * the subject names the report uses (`workflow ci.yml job check step 3`), and checks located at the
 * exact line of the node they judge.
 */

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The events of `on:` (a name, a list of names, or a mapping). */
function triggersOf(doc) {
    const on = doc.value.on;
    if (typeof on === 'string')
        return new Set([on]);
    if (Array.isArray(on))
        return new Set(on.filter((e) => typeof e === 'string'));
    return new Set(isRecord(on) ? Object.keys(on) : []);
}
function jobsOf(doc) {
    const jobs = doc.value.jobs;
    if (!isRecord(jobs))
        return [];
    return Object.entries(jobs)
        .filter((entry) => isRecord(entry[1]))
        .map(([id, job]) => ({ doc, id, job, path: ['jobs', id] }));
}
function stepsOf(doc) {
    return jobsOf(doc).flatMap((job) => {
        const steps = Array.isArray(job.job.steps) ? job.job.steps : [];
        return steps.flatMap((step, index) => (isRecord(step) ? [{ ...job, index, step, path: [...job.path, 'steps', index] }] : []));
    });
}
function workflow_walk_subjectOf(doc, jobId, stepIndex) {
    let subject = `workflow ${(0,external_node_path_.basename)(doc.file)}`;
    if (jobId !== undefined)
        subject += ` job ${jobId}`;
    if (stepIndex !== undefined)
        subject += ` step ${stepIndex + 1}`;
    return subject;
}
function stepSubject(step) {
    return workflow_walk_subjectOf(step.doc, step.id, step.index);
}
function makeCheck(doc, path, passed, message, subject, location) {
    return { passed, message, location: location ?? doc.locate(path), subject, exemption: { kind: 'comments' } };
}
/** `actions/checkout` for `actions/checkout@v4` or `Actions/Checkout/sub@sha`: owner/repo in lower case; undefined for local and docker uses. */
function actionOf(uses) {
    if (typeof uses !== 'string' || uses.startsWith('./') || uses.startsWith('docker://'))
        return undefined;
    const [owner, repo] = uses.split('@')[0].split('/');
    return owner && repo ? `${owner}/${repo}`.toLowerCase() : undefined;
}
function withOf(step) {
    return isRecord(step.with) ? step.with : {};
}
/**
 * The line of the character at `offset` of the string at `path`. A multi-line value is taken as a
 * literal block scalar (`run: |`, whose content lines map one to one to the file's, starting on
 * the line after the indicator); a one-line value is on the node's own line.
 */
function locateOffset(doc, path, value, offset) {
    const node = doc.locate(path);
    if (node.line === undefined || !value.includes('\n'))
        return node;
    const linesBefore = value.slice(0, offset).split('\n').length - 1;
    return { file: node.file, line: node.line + 1 + linesBefore };
}

;// CONCATENATED MODULE: ./src/checklist/rules/workflows.ts


function wfRule(body) {
    const { perWorkflow, ...rest } = body;
    return {
        ...rest,
        group: 'WF',
        item: 'workflows',
        needs: ['workflows'],
        check: (inputs) => (inputs.workflows ?? []).flatMap(perWorkflow),
    };
}
const SHA = /^[0-9a-f]{40}$/i;
const workflows_DIGEST = /@sha256:[0-9a-f]{64}$/i;
const DANGEROUS_TRIGGERS = ['pull_request_target', 'workflow_run'];
function usesPinned(uses) {
    if (uses.startsWith('./'))
        return true;
    if (uses.startsWith('docker://'))
        return workflows_DIGEST.test(uses);
    const at = uses.lastIndexOf('@');
    return at > 0 && SHA.test(uses.slice(at + 1));
}
function checkUses(doc, path, uses, subject) {
    if (typeof uses !== 'string')
        return [];
    const pinned = usesPinned(uses);
    const why = uses.startsWith('docker://') ? 'an image without a digest' : 'a tag or branch that can be moved';
    return [makeCheck(doc, path, pinned, pinned ? `${subject} uses ${uses}, pinned` : `${subject} uses ${uses}: ${why}, not a commit SHA`, subject)];
}
const unpinnedUses = wfRule({
    id: 'WF001',
    severity: 'error',
    title: 'Actions and reusable workflows are pinned by commit SHA',
    help: 'A tag or branch can be moved by whoever controls the action repository (tj-actions/changed-files, 2025): the next run executes their code with your secrets. A 40-hex commit SHA cannot be moved. Local actions (./) and docker:// images pinned by @sha256 digest pass.',
    fix: 'Replace the tag with the commit SHA it points to and keep the version in a comment: `uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0`.',
    aligned: { zizmor: ['unpinned-uses'] },
    perWorkflow: (doc) => [
        ...jobsOf(doc).flatMap((job) => checkUses(doc, [...job.path, 'uses'], job.job.uses, workflow_walk_subjectOf(doc, job.id))),
        ...stepsOf(doc).flatMap((step) => checkUses(doc, [...step.path, 'uses'], step.step.uses, stepSubject(step))),
    ],
});
function imageChecks(doc, path, image, subject) {
    // An expression (`${{ matrix.image }}`) cannot be judged here; a digest is visible only in text.
    if (typeof image !== 'string' || image.includes('${{'))
        return [];
    const pinned = workflows_DIGEST.test(image);
    return [makeCheck(doc, path, pinned, pinned ? `${subject} runs ${image}, pinned` : `${subject} runs image ${image}, not pinned by digest`, subject)];
}
const unpinnedImages = wfRule({
    id: 'WF002',
    severity: 'error',
    title: 'Job containers and service images are pinned by digest',
    help: 'A job container or service runs with the job\'s token and secrets in reach; a tag can be re-pushed to other bytes. A digest (@sha256:...) names exactly one image.',
    fix: 'Pin the image by digest and keep the tag for readers: `image: postgres:16@sha256:<digest>`.',
    aligned: { zizmor: ['unpinned-images'] },
    perWorkflow: (doc) => jobsOf(doc).flatMap((job) => {
        const subject = workflow_walk_subjectOf(doc, job.id);
        const container = job.job.container;
        const containerPath = isRecord(container) ? [...job.path, 'container', 'image'] : [...job.path, 'container'];
        const services = isRecord(job.job.services) ? Object.entries(job.job.services) : [];
        return [
            ...imageChecks(doc, containerPath, isRecord(container) ? container.image : container, `${subject} container`),
            ...services.flatMap(([name, service]) => imageChecks(doc, [...job.path, 'services', name, 'image'], isRecord(service) ? service.image : service, `${subject} service ${name}`)),
        ];
    }),
});
function broadGrant(doc, path, permissions, subject, level) {
    if (permissions === 'write-all' || permissions === 'read-all') {
        return [makeCheck(doc, path, false, `${subject} grants permissions: ${permissions}`, subject)];
    }
    // With one job, a workflow-level grant is that job's grant (zizmor agrees: pedantic only).
    if (level === 'workflow' && isRecord(permissions) && jobsOf(doc).length > 1) {
        const writes = Object.entries(permissions).filter(([, access]) => access === 'write');
        return writes.map(([scope]) => makeCheck(doc, [...path, scope], false, `${subject} grants ${scope}: write to every job; grant it in the job that needs it`, subject));
    }
    return [];
}
const excessivePermissions = wfRule({
    id: 'WF003',
    severity: 'error',
    title: 'The workflow token has least-privilege permissions',
    help: 'Without a `permissions:` block a job gets the repository\'s default token, read-write on many repositories, and every step (and every action it pins) can push code, publish releases or approve pull requests. `permissions: {}` or read scopes at the top and per-job write grants keep each job to what it needs; write-all, read-all and workflow-level writes do not.',
    fix: 'Add `permissions: contents: read` (or `{}`) at the top of the workflow and grant writes per job with a comment saying why (`pull-requests: write # sticky comment`).',
    aligned: { zizmor: ['excessive-permissions'], checkov: ['CKV2_GHA_1'] },
    perWorkflow: (doc) => {
        const subject = workflow_walk_subjectOf(doc);
        const top = doc.value.permissions;
        const jobs = jobsOf(doc);
        const checks = [];
        if (top === undefined) {
            const bare = jobs.filter((job) => job.job.permissions === undefined);
            checks.push(...bare.map((job) => makeCheck(doc, job.path, false, `${workflow_walk_subjectOf(doc, job.id)} has no permissions and the workflow sets none: the token gets the repository default`, workflow_walk_subjectOf(doc, job.id))));
            if (bare.length === 0)
                checks.push(makeCheck(doc, ['jobs'], true, `${subject} sets permissions on every job`, subject));
        }
        else {
            const broad = broadGrant(doc, ['permissions'], top, subject, 'workflow');
            checks.push(...(broad.length > 0 ? broad : [makeCheck(doc, ['permissions'], true, `${subject} sets least-privilege top-level permissions`, subject)]));
        }
        for (const job of jobs)
            checks.push(...broadGrant(doc, [...job.path, 'permissions'], job.job.permissions, workflow_walk_subjectOf(doc, job.id), 'job'));
        return checks;
    },
});
// Action inputs that are code (zizmor's and CodeQL's injection sinks for the common script actions).
const SCRIPT_INPUTS = {
    'actions/github-script': 'script',
    'amadevus/pwsh-script': 'script',
    'azure/cli': 'inlineScript',
    'azure/powershell': 'inlineScript',
    'cardinalby/js-eval-action': 'expression',
    'jannekem/run-python-script-action': 'script',
    'mikefarah/yq': 'cmd',
};
/** Where code is written from expressions: `run:` and the script inputs of script actions. */
function scriptsOf(step) {
    if (typeof step.step.run === 'string')
        return [{ path: [...step.path, 'run'], text: step.step.run }];
    const input = SCRIPT_INPUTS[actionOf(step.step.uses) ?? ''];
    const script = input ? withOf(step.step)[input] : undefined;
    return typeof script === 'string' ? [{ path: [...step.path, 'with', input], text: script }] : [];
}
function expansionChecks(doc, what, judge) {
    return stepsOf(doc).flatMap((step) => scriptsOf(step).flatMap(({ path, text }) => {
        const subject = stepSubject(step);
        const bad = expansionsIn(text).flatMap((expansion) => expansion.contexts.flatMap((context) => {
            const why = judge(context);
            return why ? [makeCheck(doc, path, false, `${subject} expands ${expansion.text} into its script: ${why}`, subject, locateOffset(doc, path, text, expansion.offset))] : [];
        }));
        return bad.length > 0 ? bad : [makeCheck(doc, path, true, `${subject} expands no ${what} into its script`, subject)];
    }));
}
function untrustedEvent(context) {
    return isUntrustedGithubContext(context) ? `${context} can be chosen by whoever triggers the run` : undefined;
}
const templateInjection = wfRule({
    id: 'WF004',
    severity: 'error',
    title: 'No untrusted event data is expanded inside run: scripts',
    help: '`${{ }}` is substituted into the script text before the shell runs it, so a pull request title like `"; curl evil | sh; "` becomes code with the job\'s token and secrets. Event fields an outsider writes (titles, bodies, comments, branch names, commit messages, author names) and every github.* context not known to be fixed (zizmor\'s list) count as untrusted; the script inputs of script actions (actions/github-script script, azure/cli inlineScript, mikefarah/yq cmd, ...) are scripts too.',
    fix: 'Pass the value through the step\'s env: and use the variable, quoted: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`.',
    aligned: { zizmor: ['template-injection'], checkov: ['CKV_GHA_2'] },
    perWorkflow: (doc) => expansionChecks(doc, 'untrusted event data', untrustedEvent),
});
/** Types of declared inputs (workflow_dispatch and workflow_call); an input without a type is a string. */
function inputTypes(doc) {
    const types = new Map();
    const on = doc.value.on;
    for (const event of ['workflow_dispatch', 'workflow_call']) {
        const inputs = isRecord(on) && isRecord(on[event]) ? on[event].inputs : undefined;
        if (!isRecord(inputs))
            continue;
        for (const [name, spec] of Object.entries(inputs)) {
            const type = isRecord(spec) && typeof spec.type === 'string' ? spec.type : 'string';
            if (types.get(name.toLowerCase()) !== 'string')
                types.set(name.toLowerCase(), type);
        }
    }
    return types;
}
const stringInputInjection = wfRule({
    id: 'WF005',
    severity: 'warning',
    title: 'String inputs reach run: scripts through env:, not ${{ }}',
    help: 'A workflow_dispatch or workflow_call string input is text the caller chose; expanded into a script it is code. Boolean, number, choice and environment inputs cannot carry code and pass.',
    fix: 'Pass the input through env: (`env: { SPEC: ${{ inputs.spec }} }`) and use "$SPEC" in the script.',
    aligned: { zizmor: ['template-injection'] },
    perWorkflow: (doc) => {
        const types = inputTypes(doc);
        return expansionChecks(doc, 'string input', (context) => {
            const name = inputName(context);
            if (name === undefined)
                return undefined;
            const type = types.get(name.toLowerCase()) ?? 'string';
            return type === 'string' ? `${context} is a string input its caller chose` : undefined;
        });
    },
});
// `ref:` values and commands that bring a pull request's (or a triggering run's) code into the job.
const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|github\.event\.workflow_run\.head_(sha|branch|commit\.id)|refs\/pull\//i;
const PR_HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.|github\.event\.workflow_run\.head_repository\./i;
const PR_CHECKOUT_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|switch|pull)\b[^\n]*(refs\/pull\/|github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head_)/i;
function checksOutPullRequest(step) {
    if (actionOf(step.step.uses) === 'actions/checkout') {
        const { ref, repository } = withOf(step.step);
        if (typeof ref === 'string' && PR_HEAD.test(ref))
            return 'ref';
        if (typeof repository === 'string' && PR_HEAD_REPOSITORY.test(repository))
            return 'repository';
    }
    if (typeof step.step.run === 'string' && PR_CHECKOUT_COMMAND.test(step.step.run))
        return 'run';
    return undefined;
}
const dangerousTriggers = wfRule({
    id: 'WF006',
    severity: 'error',
    title: 'No pull_request_target or workflow_run job checks out the pull request\'s code',
    help: 'pull_request_target and workflow_run run in the base repository with its secrets and a write token. Checking out the pull request\'s head there runs an outsider\'s code (build scripts, package hooks) with them: a "pwn request".',
    fix: 'Build and test the pull request under `pull_request` (no secrets for forks); keep pull_request_target jobs to metadata (labels, comments) and never check out the head there.',
    aligned: { zizmor: ['dangerous-triggers'] },
    perWorkflow: (doc) => {
        const triggers = DANGEROUS_TRIGGERS.filter((trigger) => triggersOf(doc).has(trigger));
        if (triggers.length === 0)
            return [];
        const subject = workflow_walk_subjectOf(doc);
        const bad = stepsOf(doc).flatMap((step) => {
            const where = checksOutPullRequest(step);
            if (!where)
                return [];
            const path = where === 'run' ? [...step.path, 'run'] : [...step.path, 'with', where];
            return [makeCheck(doc, path, false, `${stepSubject(step)} checks out the pull request's code in a ${triggers.join('/')} workflow`, stepSubject(step))];
        });
        return bad.length > 0 ? bad : [makeCheck(doc, ['on'], true, `${subject} runs on ${triggers.join('/')} without checking out pull request code`, subject)];
    },
});
const secretsInherit = wfRule({
    id: 'WF007',
    severity: 'error',
    title: 'Reusable workflows get secrets by name, not secrets: inherit',
    help: '`secrets: inherit` hands every secret of the caller to the called workflow (and whatever it pins), not just the ones it needs.',
    fix: 'Pass each secret the called workflow declares: `secrets: { registry-password: ${{ secrets.REGISTRY_PASSWORD }} }`.',
    aligned: { zizmor: ['secrets-inherit'] },
    perWorkflow: (doc) => jobsOf(doc)
        .filter((job) => typeof job.job.uses === 'string')
        .map((job) => {
        const subject = workflow_walk_subjectOf(doc, job.id);
        const inherits = job.job.secrets === 'inherit';
        return makeCheck(doc, inherits ? [...job.path, 'secrets'] : [...job.path, 'uses'], !inherits, inherits ? `${subject} passes secrets: inherit` : `${subject} passes secrets by name`, subject);
    }),
});
const persistedCredentials = wfRule({
    id: 'WF008',
    severity: 'warning',
    title: 'actions/checkout does not persist the token (persist-credentials: false)',
    help: 'By default actions/checkout writes the job\'s token into .git/config, where every later step, and any artifact that uploads the workspace, can read it.',
    fix: 'Add `with: { persist-credentials: false }` to the checkout step; steps that push authenticate explicitly.',
    aligned: { zizmor: ['artipacked'] },
    perWorkflow: (doc) => stepsOf(doc)
        .filter((step) => actionOf(step.step.uses) === 'actions/checkout')
        .map((step) => {
        const value = withOf(step.step)['persist-credentials'];
        const off = value === false || value === 'false';
        const path = value === undefined ? [...step.path, 'uses'] : [...step.path, 'with', 'persist-credentials'];
        return makeCheck(doc, path, off, off ? `${stepSubject(step)} does not persist credentials` : `${stepSubject(step)} leaves the token in .git/config`, stepSubject(step));
    }),
});
// Inputs of the cloud login actions that take a long-lived key instead of an OIDC federation.
const STATIC_CLOUD_KEYS = {
    'aws-actions/configure-aws-credentials': ['aws-access-key-id', 'aws-secret-access-key'],
    'google-github-actions/auth': ['credentials_json'],
    'azure/login': ['creds'],
};
const longLivedCloudKeys = wfRule({
    id: 'WF009',
    severity: 'error',
    title: 'Cloud logins use OIDC, not long-lived keys',
    help: 'A stored access key works from anywhere until someone rotates it; an OIDC token is minted per run, scoped by the cloud\'s trust policy to this repository and branch, and expires in minutes.',
    fix: 'Grant `id-token: write` to the job and use role-to-assume (AWS), workload_identity_provider (Google) or client-id/tenant-id/subscription-id (Azure) instead of the key.',
    aligned: {},
    perWorkflow: (doc) => stepsOf(doc).flatMap((step) => {
        const keys = STATIC_CLOUD_KEYS[actionOf(step.step.uses) ?? ''];
        if (!keys)
            return [];
        const given = keys.filter((key) => withOf(step.step)[key] !== undefined);
        const subject = stepSubject(step);
        if (given.length === 0)
            return [makeCheck(doc, [...step.path, 'uses'], true, `${subject} logs in with OIDC`, subject)];
        return [makeCheck(doc, [...step.path, 'with', given[0]], false, `${subject} logs in with a long-lived key (${given.join(', ')})`, subject)];
    }),
});
function insecureCommandChecks(doc, path, env, subject) {
    if (!isRecord(env) || !('ACTIONS_ALLOW_UNSECURE_COMMANDS' in env))
        return [];
    const value = env.ACTIONS_ALLOW_UNSECURE_COMMANDS;
    const off = value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
    return [makeCheck(doc, [...path, 'env', 'ACTIONS_ALLOW_UNSECURE_COMMANDS'], off, `${subject} sets ACTIONS_ALLOW_UNSECURE_COMMANDS: ${String(value)}`, subject)];
}
const insecureCommands = wfRule({
    id: 'WF010',
    severity: 'error',
    title: 'Insecure workflow commands stay disabled',
    help: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables ::set-env and ::add-path, which let anything printed to the log (a test name, a file from a pull request) set environment variables such as LD_PRELOAD or NODE_OPTIONS for later steps.',
    fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to $GITHUB_ENV / $GITHUB_PATH from trusted values.',
    aligned: { zizmor: ['insecure-commands'], checkov: ['CKV_GHA_1'] },
    perWorkflow: (doc) => [
        ...insecureCommandChecks(doc, [], doc.value.env, workflow_walk_subjectOf(doc)),
        ...jobsOf(doc).flatMap((job) => insecureCommandChecks(doc, job.path, job.job.env, workflow_walk_subjectOf(doc, job.id))),
        ...stepsOf(doc).flatMap((step) => insecureCommandChecks(doc, step.path, step.step.env, stepSubject(step))),
    ],
});
// A write to the environment files: `>> $GITHUB_ENV`, `>> "${GITHUB_PATH}"`, `| tee -a $GITHUB_ENV`, PowerShell `$env:GITHUB_ENV`.
const ENV_FILE_WRITE = /(>>?|\btee\b[^|\n]*|Out-File[^|\n]*|Add-Content[^|\n]*|Set-Content[^|\n]*)\s*["']?(\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b/i;
// zizmor's exception: `echo` of literal words only cannot carry data from elsewhere.
const LITERAL_ECHO = /^\s*echo\s+(?:[^$`"'\s]+|'[^']*'|"[^"$`]*")(?:\s+(?:[^$`"'\s]+|'[^']*'|"[^"$`]*"))*\s*>>?\s*["']?\$\{?GITHUB_(ENV|PATH)\}?["']?\s*$/;
const githubEnv = wfRule({
    id: 'WF011',
    severity: 'error',
    title: 'No data reaches GITHUB_ENV or GITHUB_PATH in pull_request_target / workflow_run workflows',
    help: 'A line written to $GITHUB_ENV or $GITHUB_PATH sets the environment of every later step (LD_PRELOAD, NODE_OPTIONS, PATH). In workflows that run with the base repository\'s secrets on an outsider\'s event, data derived from that event or its artifacts must never get there.',
    fix: 'Pass values between steps through step outputs ($GITHUB_OUTPUT) and env: of the step that needs them, or move the work to a pull_request workflow.',
    aligned: { zizmor: ['github-env'] },
    perWorkflow: (doc) => {
        if (!DANGEROUS_TRIGGERS.some((trigger) => triggersOf(doc).has(trigger)))
            return [];
        return stepsOf(doc).flatMap((step) => {
            if (typeof step.step.run !== 'string')
                return [];
            const run = step.step.run;
            const path = [...step.path, 'run'];
            const subject = stepSubject(step);
            const lines = run.split('\n');
            const bad = lines.flatMap((line, n) => {
                if (!ENV_FILE_WRITE.test(line) || LITERAL_ECHO.test(line))
                    return [];
                const offset = lines.slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
                return [makeCheck(doc, path, false, `${subject} writes to ${/GITHUB_PATH/i.test(line) ? 'GITHUB_PATH' : 'GITHUB_ENV'}: ${line.trim()}`, subject, locateOffset(doc, path, run, offset))];
            });
            return bad.length > 0 ? bad : [makeCheck(doc, path, true, `${subject} writes no data to GITHUB_ENV or GITHUB_PATH`, subject)];
        });
    },
});
const timeoutMinutes = wfRule({
    id: 'WF012',
    severity: 'warning',
    title: 'Every job sets timeout-minutes',
    help: 'A job without timeout-minutes runs for up to six hours when a step hangs (a registry that never answers, a cluster that never becomes ready), holding the runner, any deploy lock and its concurrency group.',
    fix: 'Set `timeout-minutes:` on the job to a few times its usual duration.',
    aligned: { zizmor: ['timeout-minutes', 'missing-timeout'] },
    perWorkflow: (doc) => jobsOf(doc)
        .filter((job) => job.job.uses === undefined)
        .map((job) => {
        const subject = workflow_walk_subjectOf(doc, job.id);
        const set = job.job['timeout-minutes'] !== undefined;
        return makeCheck(doc, set ? [...job.path, 'timeout-minutes'] : job.path, set, set ? `${subject} sets timeout-minutes` : `${subject} has no timeout-minutes`, subject);
    }),
});
const concurrencyLimits = wfRule({
    id: 'WF013',
    severity: 'warning',
    title: 'Every job runs under a concurrency group',
    help: 'Without `concurrency:` two runs of the same workflow (two pushes, a re-run, a pull request synchronised twice) deploy, comment or tear down at the same time and race. A workflow-level or job-level group serialises them; cancel-in-progress is the author\'s choice (deploys and teardowns should not be cancelled). Workflows only called by others take their caller\'s.',
    fix: 'Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }} }` at the top (or per job, e.g. per pull request for previews).',
    aligned: { zizmor: ['concurrency-limits'] },
    perWorkflow: (doc) => {
        const triggers = triggersOf(doc);
        if (triggers.size === 1 && triggers.has('workflow_call'))
            return [];
        const workflowLevel = doc.value.concurrency !== undefined;
        return jobsOf(doc).map((job) => {
            const subject = workflow_walk_subjectOf(doc, job.id);
            if (job.job.concurrency !== undefined)
                return makeCheck(doc, [...job.path, 'concurrency'], true, `${subject} sets a concurrency group`, subject);
            if (workflowLevel)
                return makeCheck(doc, ['concurrency'], true, `${subject} runs under the workflow's concurrency group`, subject);
            return makeCheck(doc, job.path, false, `${subject} has no concurrency group (neither the job nor the workflow sets one)`, subject);
        });
    },
});
const workflows_rules = [
    unpinnedUses,
    unpinnedImages,
    excessivePermissions,
    templateInjection,
    stringInputInjection,
    dangerousTriggers,
    secretsInherit,
    persistedCredentials,
    longLivedCloudKeys,
    insecureCommands,
    githubEnv,
    timeoutMinutes,
    concurrencyLimits,
];

;// CONCATENATED MODULE: ./src/checklist/rules/index.ts









const allRules = [...image_rules, ...secrets_rules, ...health_rules, ...resources_rules, ...tls_rules, ...observability_rules, ...scaling_rules, ...hardening_rules, ...workflows_rules];

;// CONCATENATED MODULE: ./src/checklist/run-checklist.ts
/**
 * What the CLI and the action share: load the inputs and the exemptions file, run every rule,
 * build the reports, and write the JSON report and SARIF when asked. The edges parse and print.
 */









async function writeOut(path, value) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify((0,redact_text.redactDeep)(value), null, 2)}\n`);
}
async function runChecklistGate(options) {
    // The exemptions file is read first: a bad one fails before any image is opened.
    const exemptionsFile = options.exemptions ? (0,exemptions/* loadExemptionsFile */.D)((0,external_node_path_.resolve)(options.workspace, options.exemptions), options.exemptions) : undefined;
    const inputs = await loadChecklistInputs(options);
    const result = (0,engine/* runChecklist */.Yq)(allRules, inputs, { failOn: options.failOn, exemptionsFile, disallowExemptions: options.disallowExemptions, today: options.today });
    const json = (0,report/* toJson */.aB)(result);
    const sarif = (0,report/* toSarif */.zv)(result, { version: run_scan/* VERSION */.x });
    if (options.reportFile)
        await writeOut((0,external_node_path_.resolve)(options.workspace, options.reportFile), json);
    if (options.sarifFile)
        await writeOut((0,external_node_path_.resolve)(options.workspace, options.sarifFile), sarif);
    return { result, inputs, json, sarif };
}


/***/ }),

/***/ 14862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ parseYamlDocuments)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * YAML files as located documents: every document of a (multi-document) file, its plain value,
 * and `locate(path)` giving the line and column of any node, so a rule's evidence points at the
 * line a person would edit.
 */


function locator(doc, file, lineCounter) {
    return (path) => {
        // The nearest existing ancestor: a missing field points at the object that should carry it.
        for (let n = path.length; n >= 0; n--) {
            const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
            const range = node?.range;
            if (node && range && (n === 0 || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node) || typeof node === 'object')) {
                const { line, col } = lineCounter.linePos(range[0]);
                return { file, line, column: col };
            }
        }
        return { file };
    };
}
/**
 * Parses `text` (named `file` in locations and errors) into located documents; empty documents are
 * skipped. YAML 1.1 by default, as kubectl and Compose read their files; workflows pass '1.2'.
 */
function parseYamlDocuments(text, file, version = '1.1') {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, prettyErrors: false, version, uniqueKeys: false });
    if (!Array.isArray(docs))
        return [];
    const out = [];
    docs.forEach((doc, index) => {
        const error = doc.errors[0];
        if (error)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}:${lineCounter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split('\n')[0]}`);
        const value = doc.toJS({ maxAliasCount: 100 });
        if (value === null || value === undefined)
            return;
        out.push({ file, index, value, locate: locator(doc, file, lineCounter) });
    });
    return out;
}


/***/ })

};

//# sourceMappingURL=1903.index.js.map