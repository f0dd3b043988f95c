export const id = 6181;
export const ids = [6181,7534,5153];
export const modules = {

/***/ 86181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ appliedManifests),
/* harmony export */   manifestsFileText: () => (/* binding */ manifestsFileText)
/* harmony export */ });
/* harmony import */ var _render_kubernetes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7453);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77534);
/**
 * The `manifests` output: exactly the objects a deploy applied (or, on a dry run, would apply), in
 * order, as one multi-document YAML stream, so a reviewer can diff releases or re-apply one by
 * hand. Secret values never leave the process: a Secret's `data` and `stringData` are left out of
 * its document, and a comment above it names the keys that were written.
 */


/** Comment text from a key name or similar: one line, no control characters. */
const oneLine = (text) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
function document(object) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1')
        return (0,_render_kubernetes_js__WEBPACK_IMPORTED_MODULE_0__.objectYaml)(object);
    const { data, stringData, ...rest } = object;
    const keys = [...new Set([...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})])].sort();
    const note = keys.length ? `# data keys ${keys.map(oneLine).join(', ')}: applied, values not written here\n` : '';
    return `${note}${(0,_render_kubernetes_js__WEBPACK_IMPORTED_MODULE_0__.objectYaml)(rest)}`;
}
/** The objects as one YAML stream (`kubectl apply -f -` reads it), Secret values left out. */
function appliedManifests(objects) {
    return (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .iB)(objects.map(document).join('---\n'));
}
/** What the stream is, in a comment on top: applied, rolled back, or only a dry run. */
function header(result) {
    const what = result.dryRun
        ? 'dry run: would be applied (nothing was)'
        : result.ok
            ? `applied as release ${result.revision}`
            : result.rolledBack
                ? `applied, failed (${oneLine(result.failure ?? '').slice(0, 200)}), and rolled back to release ${result.revision}`
                : `the revision this deploy tried; it failed before or while applying: ${oneLine(result.failure ?? '').slice(0, 200)}`;
    return [
        oneLine(`# mcp-orchestrator deploy of ${result.image} to namespace ${result.namespace} on ${result.server}`),
        `# ${what}`,
        '',
    ].join('\n');
}
/** The file's text: the header and the stream. */
function manifestsFileText(result) {
    return (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .iB)(`${header(result)}${result.manifests}`);
}


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   i7: () => (/* binding */ canonicalRegistry),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/** Image references as docker writes them: `[registry/]repository[:tag][@digest]`. */

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function parseImageReference(text, options = {}) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${digest}" is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${tag}" is not a valid tag`);
    }
    if (options.lowerCase)
        rest = rest.toLowerCase();
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!REPOSITORY.test(repository))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${repository}" is not a valid repository name (lowercase letters, digits, . _ - and /)`);
    if (!tag && !digest)
        tag = 'latest';
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The host API requests go to: Docker Hub's API lives on registry-1.docker.io. */
function registryHost(registry) {
    return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
/**
 * One name per registry host, to compare where a credential is for with where a request goes:
 * lower-cased, Docker Hub's aliases as `docker.io`, and a URL as `docker login` takes it
 * (`https://index.docker.io/v1/`) reduced to its host. Throws on anything that is not a host[:port].
 */
function canonicalRegistry(text, what = 'registry') {
    const host = text
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/(?:v[12]\/?)?$/, '');
    if (!HOST.test(host))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} "${text}": not a registry host (write host[:port], e.g. ghcr.io or 127.0.0.1:5000)`);
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0];
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}


/***/ }),

/***/ 7453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  objectYaml: () => (/* binding */ objectYaml),
  renderKubernetes: () => (/* binding */ renderKubernetes),
  yamlStream: () => (/* binding */ yamlStream)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/render/kubernetes-manifests.ts
/**
 * The user's own manifests with the pushed digest put in: every container and init container whose
 * image names the server's repository (by tag, digest or bare) gets `registry/repository@sha256:...`.
 * Nothing else changes, byte for byte: the yaml library's Document API finds each image scalar and
 * its source range, and only that range of the text is replaced, in the scalar's own quoting style.
 */



const CONTAINER_LISTS = new Set(['containers', 'initContainers']);
// Safe as a plain scalar in block and flow context: no indicators, no ": " or " #".
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/;
const repositoryKey = (ref) => `${ref.registry}/${ref.repository}`;
function tryParseImage(text) {
    try {
        return (0,reference/* parseImageReference */.o_)(text);
    }
    catch {
        return undefined; // templated or otherwise not an image reference: not ours to touch
    }
}
/** The new scalar's source text, in the old one's style where that style can hold it. */
function scalarSource(node, value) {
    if (node.type === 'PLAIN' && PLAIN_SAFE.test(value))
        return value;
    if (node.type === 'QUOTE_SINGLE')
        return `'${value.replace(/'/g, "''")}'`;
    return JSON.stringify(value); // a JSON string is a valid double-quoted YAML scalar
}
/** Image scalars of containers and init containers, anywhere in the document (pods, workloads, CronJobs, CRDs). */
function imageScalars(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !CONTAINER_LISTS.has(String(pair.key.value)) || !(0,dist/* isSeq */.oP)(pair.value))
                return;
            for (const item of pair.value.items) {
                if (!(0,dist/* isMap */.jh)(item))
                    continue;
                const image = item.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'image');
                if (image && (0,dist/* isScalar */.jn)(image.value) && typeof image.value.value === 'string')
                    found.push(image.value);
            }
        },
    });
    return found;
}
/**
 * Replaces the server's image in the given manifest texts. `repositories` are the image names that
 * count as the server's (the spec's `image` and the pushed one); `image` must carry a digest.
 */
function substituteImages(files, repositories, image) {
    const wanted = new Set(repositories.map(repositoryKey));
    const pinned = (0,reference/* formatReference */.FH)({ registry: image.registry, repository: image.repository, digest: image.digest });
    const out = { files: [], objects: [], replaced: [] };
    for (const { file, text } of files) {
        const lineCounter = new dist/* LineCounter */.HN();
        // YAML 1.1, as kubectl reads manifests: `on`, `yes` and merge keys mean what they mean to it.
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, version: '1.1' });
        if (!Array.isArray(docs))
            continue; // an empty file
        const edits = [];
        for (const doc of docs) {
            const error = doc.errors[0];
            if (error)
                throw new errors/* InputError */.dz(`${file}:${lineCounter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split('\n')[0]}`);
            for (const scalar of imageScalars(doc)) {
                const current = scalar.value;
                const ref = tryParseImage(current);
                if (!ref || !wanted.has(repositoryKey(ref)) || !scalar.range)
                    continue;
                edits.push({ start: scalar.range[0], end: scalar.range[1], source: scalarSource(scalar, pinned) });
                out.replaced.push({ file, line: lineCounter.linePos(scalar.range[0]).line, from: current, to: pinned });
            }
        }
        let result = text;
        for (const edit of edits.sort((a, b) => b.start - a.start))
            result = result.slice(0, edit.start) + edit.source + result.slice(edit.end);
        out.files.push({ file, text: result });
        for (const doc of (0,dist/* parseAllDocuments */.hR)(result, { version: '1.1' })) {
            const object = doc.toJS();
            if (object)
                out.objects.push(object);
        }
    }
    if (out.replaced.length === 0) {
        const names = [...wanted].join(', ');
        throw new errors/* InputError */.dz(`targets.kubernetes.manifests: no container or init container in ${files.map((f) => f.file).join(', ') || '(no files)'} uses ${names}: ` +
            'name the server\'s image repository in the manifests (any tag) so the pushed digest can be put in');
    }
    return out;
}

// EXTERNAL MODULE: ./src/render/kubernetes-objects.ts
var kubernetes_objects = __webpack_require__(58171);
;// CONCATENATED MODULE: ./src/render/kubernetes-scaling.ts

function renderAutoscaler(settings) {
    const scaling = settings.autoscaling;
    if (!scaling)
        return undefined;
    return {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: (0,kubernetes_objects/* metadataFor */.Bl)(settings)(settings.name),
        spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: settings.name },
            minReplicas: scaling.min,
            maxReplicas: scaling.max,
            metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: scaling.cpu } } }],
            // Sessions live in pods: scale down slowly so open sessions are not cut every few minutes.
            behavior: { scaleDown: { stabilizationWindowSeconds: 600, policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }] } },
        },
    };
}
/** One pod at a time may be evicted (drains, upgrades); only rendered when more than one can run. */
function renderDisruptionBudget(settings) {
    if (!settings.multiReplica)
        return undefined;
    return {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: (0,kubernetes_objects/* metadataFor */.Bl)(settings)(settings.name),
        spec: { maxUnavailable: 1, selector: { matchLabels: (0,kubernetes_objects/* selectorLabels */.Zn)(settings) } },
    };
}

// EXTERNAL MODULE: ./src/render/kubernetes-secrets.ts
var kubernetes_secrets = __webpack_require__(87422);
// EXTERNAL MODULE: ./src/render/kubernetes-settings.ts
var kubernetes_settings = __webpack_require__(17066);
// EXTERNAL MODULE: ./src/render/kubernetes-traffic.ts
var kubernetes_traffic = __webpack_require__(68874);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret.js + 34 modules
var ExternalSecret = __webpack_require__(22400);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/apps/v1/Deployment.js + 109 modules
var Deployment = __webpack_require__(83189);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler.js + 23 modules
var HorizontalPodAutoscaler = __webpack_require__(37182);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/networking.k8s.io/v1/Ingress.js + 13 modules
var Ingress = __webpack_require__(40575);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/networking.k8s.io/v1/NetworkPolicy.js + 7 modules
var NetworkPolicy = __webpack_require__(25973);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/policy/v1/PodDisruptionBudget.js + 3 modules
var PodDisruptionBudget = __webpack_require__(94142);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/v1/Service.js + 9 modules
var Service = __webpack_require__(2679);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/v1/ServiceAccount.js + 2 modules
var ServiceAccount = __webpack_require__(44759);
;// CONCATENATED MODULE: ./src/render/kubernetes-validate.ts
/**
 * Offline validation of rendered objects against the Kubernetes OpenAPI schemas (kubernetes-models,
 * and its external-secrets models for ExternalSecret). Each model is imported by its own path so
 * the bundles carry only the schemas the render can produce.
 */








const models = {
    'apps/v1/Deployment': Deployment/* Deployment */.S,
    'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler/* HorizontalPodAutoscaler */.T,
    'networking.k8s.io/v1/Ingress': Ingress/* Ingress */.G,
    'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy/* NetworkPolicy */.R,
    'policy/v1/PodDisruptionBudget': PodDisruptionBudget/* PodDisruptionBudget */.i,
    'v1/Service': Service/* Service */.k,
    'v1/ServiceAccount': ServiceAccount/* ServiceAccount */.V,
    'external-secrets.io/v1/ExternalSecret': ExternalSecret/* ExternalSecret */.G,
};
/** Throws naming the object and the schema error; a kind without a model here is a bug in the render. */
function validateObject(object) {
    const key = `${object.apiVersion}/${object.kind}`;
    const Model = models[key];
    if (!Model)
        throw new Error(`no model to validate ${key} (add it to src/render/kubernetes-validate.ts)`);
    try {
        new Model(object).validate();
    }
    catch (error) {
        throw new Error(`rendered ${object.kind} ${object.metadata.name} is not a valid ${key}: ${error.message}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./src/render/kubernetes-workload.ts
var kubernetes_workload = __webpack_require__(11538);
;// CONCATENATED MODULE: ./src/render/kubernetes.ts
/**
 * spec → Kubernetes objects, pure: no I/O, no environment. Either the objects rendered from the
 * spec (ServiceAccount, Deployment, Service, and as the spec asks: Ingress, HPA, PDB,
 * ExternalSecrets; always a NetworkPolicy), each validated offline against its OpenAPI schema, or
 * the user's own manifests (read beforehand with readManifestFiles) with the pushed digest put in.
 * Every document is written by the yaml library: spec values come out as data, never as structure.
 */











/**
 * YAML that kubectl and every client read the same: YAML 1.1 quoting (kubectl's parser takes an
 * unquoted `off` or `y` for a boolean), no anchors or aliases (objects share label maps), no folding.
 */
function objectYaml(object) {
    return (0,dist/* stringify */.As)(object, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0 });
}
/** The documents as one YAML stream, as `kubectl apply -f -` reads it. */
function yamlStream(documents) {
    return documents.map((d) => (d.text.endsWith('\n') ? d.text : `${d.text}\n`)).join('---\n');
}
function renderFromSpec(spec, options) {
    const settings = (0,kubernetes_settings/* readKubernetesSettings */.Iv)(spec, options);
    const affinity = (0,kubernetes_traffic/* sessionAffinity */.ZZ)(settings);
    const secrets = (0,kubernetes_secrets/* renderSecrets */.g)(spec, (0,kubernetes_objects/* metadataFor */.Bl)(settings));
    const warnings = [...affinity.warnings];
    if (settings.autoscaling && spec.resources?.cpu === undefined) {
        warnings.push(`${settings.name}: scaling on CPU needs a CPU request: set resources.cpu, or the HorizontalPodAutoscaler cannot compute utilization`);
    }
    const objects = [
        (0,kubernetes_workload/* renderServiceAccount */.Hm)(settings),
        ...secrets.objects,
        (0,kubernetes_workload/* renderDeployment */._D)(spec, settings, secrets),
        (0,kubernetes_traffic/* renderService */.is)(settings, affinity),
        (0,kubernetes_traffic/* renderIngress */._Y)(settings, affinity),
        renderAutoscaler(settings),
        renderDisruptionBudget(settings),
        (0,kubernetes_traffic/* renderNetworkPolicy */.nm)(settings),
    ].filter((o) => o !== undefined);
    objects.forEach(validateObject);
    const documents = objects.map((o, i) => ({ name: `${String(i + 1).padStart(2, '0')}-${o.kind.toLowerCase()}-${o.metadata.name}.yaml`, text: objectYaml(o) }));
    return { source: 'spec', objects, documents, warnings, affinity: affinity.mode, runnerSecrets: secrets.runnerSecrets };
}
function renderFromManifests(spec, options, manifests) {
    const { ref } = (0,kubernetes_settings/* pinnedImage */.QJ)(options.image);
    const repositories = [ref];
    if (spec.image)
        repositories.push((0,reference/* parseImageReference */.o_)(spec.image));
    const result = substituteImages(manifests, repositories, ref);
    const seen = new Map();
    const documents = result.files.map((f) => {
        const base = f.file.split(/[\\/]/).pop();
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        return { name: count ? `${count}-${base}` : base, text: f.text };
    });
    return { source: 'manifests', objects: result.objects, documents, warnings: [], affinity: 'manifests', runnerSecrets: [] };
}
/**
 * Renders what `deploy --target kubernetes` applies. With `targets.kubernetes.manifests` in the
 * spec, `manifests` must hold those files' texts (readManifestFiles).
 */
function renderKubernetes(spec, options) {
    const wantsManifests = spec.targets.kubernetes?.manifests !== undefined;
    if (wantsManifests && !options.manifests)
        throw new errors/* InputError */.dz(`${spec.file}: targets.kubernetes.manifests is set, but the manifests were not read`);
    return options.manifests ? renderFromManifests(spec, options, options.manifests) : renderFromSpec(spec, options);
}


/***/ }),

/***/ 68504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ configRules),
/* harmony export */   NQ: () => (/* binding */ parseBuildArgs),
/* harmony export */   Uj: () => (/* binding */ isSecretAssignment),
/* harmony export */   ro: () => (/* binding */ scanImageConfig)
/* harmony export */ });
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19863);
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69814);


const configRules = [
    { id: 'env-secret', title: 'Secret-named environment variable set in the image', severity: 'high', help: 'An ENV baked into the image config is visible to anyone who pulls it. Set it at run time from a secret store instead.' },
    { id: 'build-arg-secret', title: 'Secret-named build argument recorded in the image history', severity: 'high', help: 'Build arguments used by RUN are recorded in the image history in plain text. Use a BuildKit secret mount (RUN --mount=type=secret) instead.' },
];
const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;
/** Whether NAME=value looks like a real secret set by name (not a path, a placeholder or a flag). */
function isSecretAssignment(name, value) {
    if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name))
        return false;
    const v = value.trim();
    return v.length >= 6 && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlaceholder */ .wK)(v) && !v.startsWith('/') && !/^(?:true|false|yes|no|none|null|\d+)$/i.test(v);
}
/** Parses `|2 A=1 B=two /bin/sh -c ...` (how the classic builder records build args). */
function parseBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+(.*)$/s.exec(createdBy);
    if (!m)
        return [];
    const count = Number(m[1]);
    const args = [];
    let rest = m[2];
    for (let i = 0; i < count; i++) {
        const a = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!a)
            break;
        args.push([a[1], a[2].replace(/^(["'])(.*)\1$/, '$2')]);
        rest = rest.slice(a[0].length);
    }
    return args;
}
function contentMatches(text, where, name, layerIndex) {
    return (0,_content_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .scanText */ .Ff)(text).map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where, name, secret: m.secret, layerIndex }));
}
/**
 * A token rule's finding stands; otherwise a secret-named NAME=value in the config is a finding
 * by name (high), in place of the generic content rule's medium one.
 */
function bySpecificRules(matches, name, value, byName) {
    const specific = matches.filter((m) => m.rule !== 'generic-secret-assignment');
    if (specific.length)
        return specific;
    return isSecretAssignment(name, value) ? [byName] : matches;
}
function scanImageConfig(config) {
    const found = [];
    for (const entry of config.env) {
        const eq = entry.indexOf('=');
        const name = eq < 0 ? entry : entry.slice(0, eq);
        const value = eq < 0 ? '' : entry.slice(eq + 1);
        found.push(...bySpecificRules(contentMatches(entry, 'env', name), name, value, { rule: 'env-secret', severity: 'high', where: 'env', name, secret: value }));
    }
    for (const [name, value] of Object.entries(config.labels))
        found.push(...contentMatches(`${name}=${value}`, 'label', name));
    const command = [...(config.entrypoint ?? []), ...(config.cmd ?? [])].join(' ');
    if (command)
        found.push(...contentMatches(command, 'cmd', undefined));
    config.history.forEach((step) => {
        const args = parseBuildArgs(step.createdBy);
        for (const [name, value] of args) {
            const byContent = contentMatches(`${name}=${value}`, 'history', name, step.layerIndex);
            found.push(...bySpecificRules(byContent, name, value, { rule: 'build-arg-secret', severity: 'high', where: 'history', name, secret: value, layerIndex: step.layerIndex }));
        }
        const commandText = args.length ? step.createdBy.replace(/^\|\d+\s+(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S)*\s+)*/, '') : step.createdBy;
        const inCommand = contentMatches(commandText, 'history', undefined, step.layerIndex);
        // A build arg's value also appears inside the command that used it, and ENV/LABEL steps repeat
        // what the config already holds: report each secret once.
        const argValues = new Set(args.map(([, v]) => v));
        found.push(...inCommand.filter((m) => !argValues.has(m.secret) && !found.some((f) => f.secret === m.secret)));
    });
    return found;
}


/***/ }),

/***/ 77534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ redactCreatedBy),
/* harmony export */   iB: () => (/* binding */ redactText),
/* harmony export */   redactDeep: () => (/* binding */ redactDeep)
/* harmony export */ });
/* unused harmony exports findSecretsInText, replaceSecrets */
/* harmony import */ var _image_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86575);
/* harmony import */ var _config_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68504);
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19863);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19684);
/**
 * The one redaction step for free text that leaves the process (logs, annotations, outputs, job
 * summaries, report files, errors): the scan's content rules run over the text and every secret
 * they match is replaced by its redacted form, as the scan's own reports show it. Secret-named
 * `NAME=value` assignments (an `ENV`, or `TOKEN=… cmd` inline in a `RUN`) are redacted as the
 * config scan reports them, and build-argument values in a `created_by` are masked.
 */




/** `NAME=value`, the value quoted or up to the next blank; names as the shell and ENV allow them. */
const ASSIGNMENT = /(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]{0,4096}"|'[^'\n]{0,4096}'|[^\s"'`;|&<>]{1,4096})/g;
function unquote(value) {
    return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}
/**
 * Credentials that are secret wherever they appear in text leaving the process, though the image
 * scan does not report them (JWTs in test files are not baked secrets): the token of an
 * `Authorization: Bearer` header (RFC 6750 b64token) and compact JWS/JWT strings (access tokens).
 */
// Not a challenge's auth-param (`Bearer resource_metadata="…"`, `realm=…`): those names are letters, _ and -.
const BEARER_HEADER = /\bBearer[ ]+(?![A-Za-z_-]+=)([A-Za-z0-9\-._~+/]{8,4096}=*)/gi;
const COMPACT_JWS = /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g;
/** The secret values in `text`: what the scan's content rules match, secret-named assignments, bearer tokens and JWTs. */
function findSecretsInText(text) {
    const secrets = new Set();
    for (const m of text.matchAll(BEARER_HEADER))
        secrets.add(m[1]);
    for (const m of text.matchAll(COMPACT_JWS))
        secrets.add(m[0]);
    for (const match of (0,_content_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .scanText */ .Ff)(text))
        if (text.includes(match.secret))
            secrets.add(match.secret);
    for (const m of text.matchAll(ASSIGNMENT)) {
        const value = unquote(m[2]);
        if ((0,_config_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretAssignment */ .Uj)(m[1], value))
            secrets.add(value);
    }
    return [...secrets];
}
/** Replaces each secret by its redacted form; the longest first, so no part of one is left behind. */
function replaceSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(secret));
    }
    return out;
}
/** Free text with every secret the scan's rules recognise redacted. */
function redactText(text) {
    if (!text)
        return text;
    return replaceSecrets(text, findSecretsInText(text));
}
/**
 * A history step's `created_by`: build-argument values masked (also where the command repeats
 * them), then redacted as free text.
 */
function redactCreatedBy(createdBy) {
    const argValues = (0,_config_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildArgs */ .NQ)(createdBy)
        .map(([, value]) => value)
        .filter((value) => value.length >= 4);
    const masked = (0,_image_config_js__WEBPACK_IMPORTED_MODULE_0__/* .maskBuildArgs */ .E)(createdBy);
    return redactText(argValues.reduce((text, value) => (text.includes(value) ? text.split(value).join('***') : text), masked));
}
/** Every string in a JSON-like value redacted (keys included); numbers, booleans and null kept. */
function redactDeep(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), redactDeep(v)]));
    }
    return value;
}


/***/ }),

/***/ 19684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Secrets never leave the scan whole: a redacted form for people, a fingerprint for baselines. */

/** At most the first 4 and the last 2 characters; short secrets show less. */
function redact(secret) {
    if (secret.length <= 8)
        return `${secret.slice(0, 1)}…`;
    if (secret.length <= 16)
        return `${secret.slice(0, 2)}…${secret.slice(-1)}`;
    return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}
/** Stable per rule and secret value: the same secret in two layers has one fingerprint. */
function fingerprint(rule, secret) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${rule}\0${secret}`).digest('hex').slice(0, 32);
}


/***/ })

};

//# sourceMappingURL=6181.index.js.map