export const id = 181;
export const ids = [181];
export const modules = {

/***/ 86181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appliedManifests: () => (/* binding */ appliedManifests),
/* harmony export */   manifestsFileText: () => (/* binding */ manifestsFileText)
/* harmony export */ });
/* harmony import */ var _render_kubernetes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7453);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13414);
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
        return (0,_render_kubernetes_js__WEBPACK_IMPORTED_MODULE_0__/* .objectYaml */ .vP)(object);
    const { data, stringData, ...rest } = object;
    const keys = [...new Set([...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})])].sort();
    const note = keys.length ? `# data keys ${keys.map(oneLine).join(', ')}: applied, values not written here\n` : '';
    return `${note}${(0,_render_kubernetes_js__WEBPACK_IMPORTED_MODULE_0__/* .objectYaml */ .vP)(rest)}`;
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

/***/ 7453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vP: () => (/* binding */ objectYaml),
  V: () => (/* binding */ renderKubernetes)
});

// UNUSED EXPORTS: yamlStream

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


/***/ })

};

//# sourceMappingURL=181.index.js.map