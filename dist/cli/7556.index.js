export const id = 7556;
export const ids = [7556];
export const modules = {

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

/***/ 17556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderCloud: () => (/* binding */ renderCloud)
});

// UNUSED EXPORTS: CLOUD_TARGETS

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/knative/serving.knative.dev/v1/Service.mjs + 13 modules
var Service = __webpack_require__(92615);
// EXTERNAL MODULE: ./src/spec/cloud-grammar.ts
var cloud_grammar = __webpack_require__(32042);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/render/auth.ts
var render_auth = __webpack_require__(45356);
// EXTERNAL MODULE: ./src/render/kubernetes-settings.ts
var kubernetes_settings = __webpack_require__(17066);
;// CONCATENATED MODULE: ./src/render/cloud-settings.ts
/**
 * What the three cloud renders (Cloud Run, ECS on Fargate, Container Apps) read from the spec the
 * same way: the image by digest, the revision suffix, CPU and memory as numbers, instance counts,
 * plain settings (env: and auth:'s MCP_BRIDGE_*), and the secrets, each by reference to the one
 * store the platform reads. Every refusal is an InputError naming the spec file and field.
 */





const PLATFORM = { cloudrun: 'Cloud Run', ecs: 'ECS', containerapps: 'Container Apps' };
/** The secret store each platform reads, as `secrets[].from` names it. */
const STORE = {
    cloudrun: { kind: 'gcp', says: 'from.gcp (Secret Manager)' },
    ecs: { kind: 'aws', says: 'from.aws (a Secrets Manager or SSM parameter ARN)' },
    containerapps: { kind: 'azure', says: 'from.azure (Key Vault)' },
};
/** YAML every reader takes the same (gcloud's and az's parsers included): YAML 1.1 quoting, no aliases, no folding. */
const cloudYaml = (value) => (0,dist/* stringify */.As)(value, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0 });
const asRecord = (value) => (value && typeof value === 'object' ? value : {});
const targetSettings = (spec, target) => asRecord(spec.targets[target]);
/** An InputError naming the spec file and the field. */
const specError = (spec, field, message) => new errors/* InputError */.dz(`${spec.file}: ${field}: ${message}`);
function cloudImage(image) {
    let pinned;
    try {
        pinned = (0,kubernetes_settings/* pinnedImage */.QJ)(image);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz && !error.message.startsWith('--image'))
            throw new errors/* InputError */.dz(`--image: ${error.message}`);
        throw error;
    }
    const { ref, text } = pinned;
    return { text, digestHex: ref.digest.replace(/^[^:]+:/, '').toLowerCase() };
}
/** The revision suffix: given (checked), else the short commit, else the digest's first 7 hex digits. */
function revisionSuffix(options, digestHex) {
    if (options.revisionSuffix !== undefined)
        return (0,cloud_grammar/* requireCloudGrammar */.Ug)('revisionSuffix', options.revisionSuffix, '--revision-suffix');
    if (options.sha !== undefined) {
        if (!/^[0-9a-f]{7,64}$/i.test(options.sha))
            throw new errors/* InputError */.dz(`--sha: ${JSON.stringify(options.sha)} is not a commit id (7 to 64 hex digits)`);
        return options.sha.slice(0, 7).toLowerCase();
    }
    return digestHex.slice(0, 7);
}
const CPU = /^([0-9]+(?:\.[0-9]+)?)(m?)$/;
const MEMORY_UNITS = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
/** resources.cpu in vCPU (500m → 0.5), or undefined. */
function cpuOf(spec) {
    const raw = spec.resources?.cpu;
    if (raw === undefined)
        return undefined;
    const m = CPU.exec(String(raw));
    const cpu = m ? Number(m[1]) / (m[2] ? 1000 : 1) : NaN;
    if (!(cpu > 0))
        throw specError(spec, 'resources.cpu', `${JSON.stringify(raw)} is not a CPU amount a cloud target takes (cores such as 0.5, 1 or 2, or millicores such as 500m)`);
    return cpu;
}
/** resources.memory in MiB, or undefined. */
function memoryMiB(spec) {
    const raw = spec.resources?.memory;
    if (raw === undefined)
        return undefined;
    const m = /^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.exec(raw);
    const unit = m ? MEMORY_UNITS[m[2] ?? ''] : undefined;
    const mib = m && unit !== undefined ? (Number(m[1]) * unit) / 2 ** 20 : NaN;
    if (!(mib > 0))
        throw specError(spec, 'resources.memory', `${JSON.stringify(raw)} is not a memory amount a cloud target takes (such as 512Mi or 2Gi)`);
    return mib;
}
/** Instances: scaling.min (default 1: a session outlives an idle minute), scaling.max (default: min, at least 1). */
function instanceCounts(spec) {
    const min = spec.scaling?.min ?? 1;
    const max = Math.max(spec.scaling?.max ?? min, 1);
    if (max < min)
        throw specError(spec, 'scaling.max', `${max} is below scaling.min ${min}`);
    return { min, max, multi: max > 1 };
}
/** The plain settings the container gets: env:, then auth:'s MCP_BRIDGE_* (never a secret). */
function plainEnv(spec, target, warnings) {
    // No ConfigMap outside Kubernetes: as under Compose, the bridge discovers the issuer's keys.
    const auth = (0,render_auth/* renderAuth */.TC)(spec, 'compose');
    if (spec.auth?.mode === 'oauth' && spec.auth.jwksConfigMap && !spec.auth.jwksUri) {
        warnings.push(`${spec.server.name}: auth.oauth.jwks-configmap is for Kubernetes; on ${PLATFORM[target]} the bridge fetches the issuer's keys by discovery, so the revision must reach the issuer`);
    }
    return [...Object.entries(spec.env), ...auth.env];
}
/** The secrets (and auth:'s bearer token), each a reference into the platform's one store; any other kind is refused by field. */
function cloudSecrets(spec, target) {
    const { kind, says } = STORE[target];
    const entries = [
        ...spec.secrets.map((s, i) => ({ name: s.name, from: s.from, field: `secrets[${i}].from` })),
        ...(0,render_auth/* renderAuth */.TC)(spec, 'compose').secrets.map((s) => ({ name: s.name, from: s.from, field: 'auth.bearer.secret.from' })),
    ];
    return entries.map(({ name, from, field }) => {
        const [have] = Object.keys(from);
        if (have !== kind) {
            throw specError(spec, `${field}.${have ?? ''}`, `${name} cannot be read by ${PLATFORM[target]}: a revision reads secrets from its platform's store only; use ${says}`);
        }
        return { name, ref: asRecord(from[kind]) };
    });
}
/** The warning for more than one instance: every platform's affinity here rides on a cookie. */
function cookieAffinityWarning(spec, target, how) {
    return (`${spec.server.name}: more than one ${PLATFORM[target]} instance can serve (scaling.max ${instanceCounts(spec).max}); ${how}. ` +
        'An MCP client that does not keep cookies may reach an instance that does not hold its session: run one instance (scaling.max: 1) or keep no session state in the server.');
}

;// CONCATENATED MODULE: ./src/render/cloudrun-resources.ts

const GiB = 1024;
/** Whole vCPU counts and their memory range in MiB. */
const WHOLE = { 1: [128, 4 * GiB], 2: [128, 8 * GiB], 4: [2 * GiB, 16 * GiB], 6: [4 * GiB, 24 * GiB], 8: [4 * GiB, 32 * GiB] };
const GEN2_MIN_MEMORY = 512;
const size = (mib) => (mib % GiB === 0 ? `${mib / GiB}Gi` : `${mib}Mi`);
function cloudRunResources(spec, concurrency, warnings) {
    const cpu = cpuOf(spec) ?? 1;
    let memory = Math.ceil(memoryMiB(spec) ?? GEN2_MIN_MEMORY);
    if (cpu < 0.08 || cpu > 8)
        throw specError(spec, 'resources.cpu', `${cpu} vCPU is outside Cloud Run's 0.08 to 8`);
    if (cpu > 1 && !WHOLE[cpu])
        throw specError(spec, 'resources.cpu', `${cpu} vCPU: above 1, Cloud Run takes 2, 4, 6 or 8`);
    if (cpu < 1) {
        if (concurrency !== 1)
            throw specError(spec, 'resources.cpu', `${cpu} vCPU: below 1 vCPU Cloud Run needs concurrency 1 (targets.cloudrun.concurrency is ${concurrency}); give 1 vCPU or more`);
        const cap = cpu < 0.5 ? 512 : GiB;
        if (memory > cap)
            throw specError(spec, 'resources.memory', `${size(memory)} needs at least ${cpu < 0.5 ? '0.5' : '1'} vCPU on Cloud Run (resources.cpu is ${cpu})`);
        return { cpu: `${Math.round(cpu * 1000)}m`, memory: size(Math.max(memory, 128)), executionEnvironment: 'gen1' };
    }
    const [low, high] = WHOLE[cpu];
    if (memory > high)
        throw specError(spec, 'resources.memory', `${size(memory)} is above the ${size(high)} Cloud Run allows with ${cpu} vCPU; raise resources.cpu`);
    if (memory < low)
        throw specError(spec, 'resources.memory', `${size(memory)} is below the ${size(low)} Cloud Run needs with ${cpu} vCPU`);
    if (memory < GEN2_MIN_MEMORY) {
        warnings.push(`${spec.server.name}: resources.memory ${size(memory)} raised to ${GEN2_MIN_MEMORY}Mi on Cloud Run (the second-generation environment's minimum)`);
        memory = GEN2_MIN_MEMORY;
    }
    return { cpu: String(cpu), memory: size(memory), executionEnvironment: 'gen2' };
}

;// CONCATENATED MODULE: ./src/render/cloudrun.ts





/** Cloud Run sets these itself and refuses a revision that sets them. */
const RESERVED_ENV = ['PORT', 'K_SERVICE', 'K_REVISION', 'K_CONFIGURATION'];
/** An SSE stream ends when the request times out: the maximum by default. */
const DEFAULT_TIMEOUT_SECONDS = 3600;
const DEFAULT_CONCURRENCY = 80;
/** A tagged URL is `TAG---SERVICE-HASH-REGION.a.run.app`; its first label holds 63 characters, the hash and region code take 14 plus the separators. */
const TAG_AND_SERVICE_MAX = 46;
/** Cloud Run reads startupProbe (the Knative models, lacking it, let it through validation). */
function probes(spec) {
    const port = spec.server.port;
    const path = spec.server.transport === 'stdio' ? '/healthz' : spec.health.path;
    // Up to two minutes to start; Cloud Run caps a startup probe at 240 s in all.
    const startup = { periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 60 };
    if (!path)
        return { startupProbe: { tcpSocket: { port }, ...startup } }; // Cloud Run's liveness probes are HTTP or gRPC only
    return { startupProbe: { httpGet: { path, port }, ...startup }, livenessProbe: { httpGet: { path, port }, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 } };
}
/** Secret Manager references; a secret of another project gets an alias (run.googleapis.com/secrets). */
function secretEnv(spec, warnings) {
    const aliases = [];
    const env = cloudSecrets(spec, 'cloudrun').map(({ name, ref }) => {
        const secret = String(ref.secret);
        const version = ref.version === undefined ? 'latest' : String(ref.version);
        if (version === 'latest')
            warnings.push(`${spec.server.name}: secret ${name} reads version latest of ${secret}: a new version reaches new instances unannounced; pin from.gcp.version`);
        const id = secret.split('/').pop();
        let key = id;
        if (secret.startsWith('projects/')) {
            key = `${id}-${aliases.length + 1}`.toLowerCase().replace(/_/g, '-');
            aliases.push(`${key}:${secret}`);
        }
        return { name, valueFrom: { secretKeyRef: { name: key, key: version } } };
    });
    return { env, aliases };
}
function traffic(options, service, revision, tag) {
    if (options.stage === 'promote')
        return [{ revisionName: revision, percent: 100 }];
    if (options.servingRevision === undefined)
        return [{ revisionName: revision, percent: 100, tag }]; // nothing serves yet
    if (!options.servingRevision.startsWith(`${service}-`))
        throw new errors/* InputError */.dz(`--serving-revision: ${JSON.stringify(options.servingRevision)} is not a revision of service ${service}`);
    const serving = (0,cloud_grammar/* requireCloudGrammar */.Ug)('revisionSuffix', options.servingRevision.slice(service.length + 1), '--serving-revision (after the service name)');
    if (options.servingRevision === revision)
        throw new errors/* InputError */.dz(`--serving-revision: ${revision} is the revision this render creates; give a new --revision-suffix`);
    return [
        { revisionName: `${service}-${serving}`, percent: 100 },
        { revisionName: revision, percent: 0, tag },
    ];
}
function renderCloudRun(spec, options) {
    const target = targetSettings(spec, 'cloudrun');
    const warnings = [];
    const service = (0,cloud_grammar/* requireCloudGrammar */.Ug)('cloudRunService', target.service ?? spec.server.name, `${spec.file}: targets.cloudrun.service${target.service === undefined ? ' (default: server.name)' : ''}`);
    const { text: image, digestHex } = cloudImage(options.image);
    const revision = `${service}-${revisionSuffix(options, digestHex)}`;
    if (revision.length > 63)
        throw new errors/* InputError */.dz(`--revision-suffix: revision name ${revision} is longer than 63 characters (a DNS label)`);
    const tag = (0,cloud_grammar/* requireCloudGrammar */.Ug)('cloudRunTag', options.tag ?? 'candidate', '--tag');
    if (tag.length + service.length > TAG_AND_SERVICE_MAX) {
        throw specError(spec, 'targets.cloudrun.service', `tag "${tag}" and service "${service}" together exceed ${TAG_AND_SERVICE_MAX} characters: the tagged URL's first DNS label would pass 63; shorten one`);
    }
    for (const name of RESERVED_ENV) {
        if (name in spec.env || spec.secrets.some((s) => s.name === name))
            throw specError(spec, `env.${name}`, `${name} is set by Cloud Run itself (the container port is server.port)`);
    }
    const concurrency = target.concurrency ?? DEFAULT_CONCURRENCY;
    const resources = cloudRunResources(spec, concurrency, warnings);
    const { min, max, multi } = instanceCounts(spec);
    if (multi)
        warnings.push(cookieAffinityWarning(spec, 'cloudrun', 'Cloud Run session affinity (run.googleapis.com/sessionAffinity) is on, and it is a best-effort cookie'));
    const secrets = secretEnv(spec, warnings);
    const env = [...plainEnv(spec, 'cloudrun', warnings).map(([name, value]) => ({ name, value })), ...(secrets.env ?? [])];
    const annotations = {
        'autoscaling.knative.dev/minScale': String(min),
        'autoscaling.knative.dev/maxScale': String(max),
        'run.googleapis.com/execution-environment': resources.executionEnvironment,
        'run.googleapis.com/startup-cpu-boost': 'true',
        ...(multi ? { 'run.googleapis.com/sessionAffinity': 'true' } : {}),
        ...(secrets.aliases.length ? { 'run.googleapis.com/secrets': secrets.aliases.join(',') } : {}),
    };
    const document = {
        apiVersion: 'serving.knative.dev/v1',
        kind: 'Service',
        metadata: {
            name: service,
            ...(target.project !== undefined ? { namespace: target.project } : {}),
            labels: { 'managed-by': 'mcp-orchestrator', ...(target.region !== undefined ? { 'cloud.googleapis.com/location': target.region } : {}) },
            annotations: { 'run.googleapis.com/ingress': target.ingress ?? 'all' },
        },
        spec: {
            template: {
                metadata: { name: revision, annotations },
                spec: {
                    containerConcurrency: concurrency,
                    timeoutSeconds: target.timeout ?? DEFAULT_TIMEOUT_SECONDS,
                    ...(target['service-account'] !== undefined ? { serviceAccountName: target['service-account'] } : {}),
                    containers: [
                        {
                            name: spec.server.name,
                            image,
                            ports: [{ name: 'http1', containerPort: spec.server.port }],
                            ...(env.length ? { env } : {}),
                            resources: { limits: { cpu: resources.cpu, memory: resources.memory } },
                            ...probes(spec),
                        },
                    ],
                },
            },
            traffic: traffic(options, service, revision, tag),
        },
    };
    try {
        new Service/* Service */.k(document).validate();
    }
    catch (error) {
        throw new Error(`rendered Cloud Run service ${service} is not a valid serving.knative.dev/v1 Service: ${error.message}`, { cause: error });
    }
    const value = document;
    return { target: 'cloudrun', documents: [{ name: 'service.yaml', text: cloudYaml(value), value }], revision, warnings };
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/render/containerapps.ts




/** A revision name `<app>--<suffix>` holds at most 54 characters (ContainerAppInvalidRevisionName). */
const REVISION_NAME_MAX = 54;
const containerapps_DEFAULT_CONCURRENCY = 10;
const MAX_CPU = 4;
/** The smallest pair of the table (0.25 vCPU / 0.5Gi up to 4 / 8Gi: memory twice the CPU) holding resources; a warning when it rounds up. */
function resources(spec, warnings) {
    const cpu = cpuOf(spec);
    const memoryGi = (memoryMiB(spec) ?? 512) / 1024;
    const quarters = Math.max(Math.ceil((cpu ?? 0.25) * 4 - 1e-9), Math.ceil(memoryGi * 2 - 1e-9), 1);
    if (quarters > MAX_CPU * 4) {
        const field = (cpu ?? 0) > MAX_CPU ? 'resources.cpu' : 'resources.memory';
        throw specError(spec, field, `${field === 'resources.cpu' ? `${cpu} vCPU` : spec.resources?.memory} is above Container Apps' largest size, ${MAX_CPU} vCPU / ${MAX_CPU * 2}Gi`);
    }
    const out = { cpu: quarters / 4, memory: `${quarters / 2}Gi` };
    if ((cpu !== undefined && cpu !== out.cpu) || (spec.resources?.memory !== undefined && Math.abs(memoryGi - quarters / 2) > 1e-9)) {
        warnings.push(`${spec.server.name}: resources (cpu ${cpu ?? '-'}, memory ${spec.resources?.memory ?? '-'}) rounded up to the Container Apps size ${out.cpu} vCPU / ${out.memory}`);
    }
    return out;
}
function containerapps_probes(spec) {
    const port = spec.server.port;
    const path = spec.server.transport === 'stdio' ? '/healthz' : spec.health.path;
    const check = (p) => (p ? { httpGet: { path: p, port, scheme: 'HTTP' } } : { tcpSocket: { port } });
    // Container Apps caps failureThreshold at 10: about 100 s to start.
    return [
        { type: 'Startup', ...check(path), initialDelaySeconds: 1, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 10 },
        { type: 'Readiness', ...check(spec.server.transport === 'stdio' ? '/readyz' : path), periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
        { type: 'Liveness', ...check(path), periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
    ];
}
/** Key Vault references read by the app's identity; each secret's name in the app is derived from its variable. */
function secrets(spec, identity) {
    const refs = cloudSecrets(spec, 'containerapps');
    if (refs.length && identity === undefined)
        throw specError(spec, 'targets.containerapps.identity', 'missing: Key Vault secrets are read by a managed identity (system, or a user-assigned identity\'s resource id)');
    const seen = new Map();
    const out = { secrets: [], env: [] };
    for (const { name, ref } of refs) {
        const secretName = name.toLowerCase().replace(/_/g, '-').replace(/^-+|-+$/g, '');
        if (!/^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/.test(secretName))
            throw specError(spec, 'secrets', `${name}: no Container Apps secret name can be made of it (lowercase letters, digits and -)`);
        if (seen.has(secretName))
            throw specError(spec, 'secrets', `${name} and ${seen.get(secretName)} both become the Container Apps secret ${secretName}; rename one`);
        seen.set(secretName, name);
        const url = `https://${String(ref.vault)}.vault.azure.net/secrets/${String(ref.secret)}${ref.version !== undefined ? `/${String(ref.version)}` : ''}`;
        out.secrets.push({ name: secretName, keyVaultUrl: url, identity });
        out.env.push({ name, secretRef: secretName });
    }
    return out;
}
function containerapps_traffic(options, app, revision, label) {
    if (options.stage === 'promote' || options.servingRevision === undefined)
        return [{ revisionName: revision, weight: 100, ...(options.stage === 'promote' ? {} : { label }) }];
    if (!options.servingRevision.startsWith(`${app}--`))
        throw new errors/* InputError */.dz(`--serving-revision: ${JSON.stringify(options.servingRevision)} is not a revision of container app ${app}`);
    (0,cloud_grammar/* requireCloudGrammar */.Ug)('revisionSuffix', options.servingRevision.slice(app.length + 2), '--serving-revision (after the app name and --)');
    if (options.servingRevision === revision)
        throw new errors/* InputError */.dz(`--serving-revision: ${revision} is the revision this render creates; give a new --revision-suffix`);
    return [
        { revisionName: options.servingRevision, weight: 100 },
        { revisionName: revision, weight: 0, label },
    ];
}
function renderContainerApps(spec, options) {
    const t = targetSettings(spec, 'containerapps');
    for (const field of ['subscription', 'resource-group', 'environment']) {
        if (t[field] === undefined)
            throw specError(spec, `targets.containerapps.${field}`, 'missing: the app\'s environment is named by subscription, resource-group and environment');
    }
    const warnings = [];
    const app = (0,cloud_grammar/* requireCloudGrammar */.Ug)('containerAppName', t.name ?? spec.server.name, `${spec.file}: targets.containerapps.name${t.name === undefined ? ' (default: server.name)' : ''}`);
    const { text: image, digestHex } = cloudImage(options.image);
    const given = options.revisionSuffix !== undefined;
    let suffix = revisionSuffix(options, digestHex);
    if (!/^[a-z]/.test(suffix)) {
        if (given)
            throw new errors/* InputError */.dz(`--revision-suffix: "${suffix}" must start with a letter on Container Apps`);
        suffix = `r${suffix}`;
    }
    const revision = `${app}--${suffix}`;
    if (revision.length > REVISION_NAME_MAX)
        throw new errors/* InputError */.dz(`--revision-suffix: revision name ${revision} is longer than ${REVISION_NAME_MAX} characters; shorten the suffix or targets.containerapps.name`);
    const label = (0,cloud_grammar/* requireCloudGrammar */.Ug)('cloudRunTag', options.label ?? 'candidate', '--tag');
    const identity = t.identity;
    const { min, max, multi } = instanceCounts(spec);
    if (multi)
        warnings.push(cookieAffinityWarning(spec, 'containerapps', 'Container Apps offers sticky sessions only in single-revision mode, and this app runs in multiple-revision mode to gate each new revision at weight 0, so nothing pins a session'));
    const secretRefs = secrets(spec, identity);
    const registry = (0,reference/* parseImageReference */.o_)(image).registry;
    const container = {
        name: spec.server.name,
        image,
        env: [...plainEnv(spec, 'containerapps', warnings).map(([name, value]) => ({ name, value })), ...secretRefs.env],
        resources: resources(spec, warnings),
        probes: containerapps_probes(spec),
    };
    const document = {
        name: app,
        type: 'Microsoft.App/containerApps',
        ...(t.location !== undefined ? { location: t.location } : {}),
        tags: { 'managed-by': 'mcp-orchestrator' },
        ...(identity === 'system' ? { identity: { type: 'SystemAssigned' } } : identity ? { identity: { type: 'UserAssigned', userAssignedIdentities: { [identity]: {} } } } : {}),
        properties: {
            managedEnvironmentId: `/subscriptions/${String(t.subscription)}/resourceGroups/${String(t['resource-group'])}/providers/Microsoft.App/managedEnvironments/${String(t.environment)}`,
            configuration: {
                activeRevisionsMode: 'Multiple',
                ingress: { external: true, targetPort: spec.server.port, transport: 'http', allowInsecure: false, traffic: containerapps_traffic(options, app, revision, label) },
                ...(secretRefs.secrets.length ? { secrets: secretRefs.secrets } : {}),
                // An Azure Container Registry is pulled from with the same identity; other registries are public or need credentials outside this render.
                ...(identity && registry.endsWith('.azurecr.io') ? { registries: [{ server: registry, identity }] } : {}),
            },
            template: {
                revisionSuffix: suffix,
                terminationGracePeriodSeconds: spec.server.transport === 'stdio' ? 45 : 30,
                containers: [container],
                scale: { minReplicas: min, maxReplicas: max, rules: [{ name: 'http-concurrency', http: { metadata: { concurrentRequests: String(t.concurrency ?? containerapps_DEFAULT_CONCURRENCY) } } }] },
            },
        },
    };
    const value = document;
    return { target: 'containerapps', documents: [{ name: 'containerapp.yaml', text: cloudYaml(value), value }], revision, warnings };
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
;// CONCATENATED MODULE: ./src/render/ecs-container.ts
/**
 * ECS on Fargate: the task size (a valid Fargate cpu/memory pair, from the AWS table "Task size")
 * and the container's health check. ECS ignores the image's HEALTHCHECK, so the check is written
 * here with what the image has: packaged bridge images carry node (src/package/dockerfile.ts);
 * for a native server the check uses node or python3, whichever the image has, through sh.
 */


const ecs_container_GiB = 1024;
const steps = (from, to, step) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
/** CPU units (1024 = 1 vCPU) and the memory sizes in MiB Fargate accepts with each. */
const FARGATE = [
    [256, [512, 1 * ecs_container_GiB, 2 * ecs_container_GiB]],
    [512, steps(1 * ecs_container_GiB, 4 * ecs_container_GiB, ecs_container_GiB)],
    [1024, steps(2 * ecs_container_GiB, 8 * ecs_container_GiB, ecs_container_GiB)],
    [2048, steps(4 * ecs_container_GiB, 16 * ecs_container_GiB, ecs_container_GiB)],
    [4096, steps(8 * ecs_container_GiB, 30 * ecs_container_GiB, ecs_container_GiB)],
    [8192, steps(16 * ecs_container_GiB, 60 * ecs_container_GiB, 4 * ecs_container_GiB)],
    [16384, steps(32 * ecs_container_GiB, 120 * ecs_container_GiB, 8 * ecs_container_GiB)],
];
/** The smallest Fargate pair that holds resources.cpu and resources.memory (default 0.25 vCPU, 512 MiB); a warning when it rounds up. */
function fargateSize(spec, warnings) {
    const cpu = cpuOf(spec);
    const memory = memoryMiB(spec);
    const units = Math.ceil((cpu ?? 0.25) * 1024);
    const mib = Math.ceil(memory ?? 512);
    if (units > 16384)
        throw specError(spec, 'resources.cpu', `${cpu} vCPU is above Fargate's 16 vCPU`);
    for (const [c, sizes] of FARGATE) {
        const m = c >= units ? sizes.find((s) => s >= mib) : undefined;
        if (m === undefined)
            continue;
        if ((cpu !== undefined && c !== units) || (memory !== undefined && m !== mib)) {
            warnings.push(`${spec.server.name}: resources (cpu ${cpu ?? '-'}, memory ${spec.resources?.memory ?? '-'}) rounded up to the Fargate task size ${c / 1024} vCPU / ${m} MiB`);
        }
        return { cpu: String(c), memory: String(m) };
    }
    throw specError(spec, 'resources.memory', `${spec.resources?.memory} is above Fargate's 120 GiB`);
}
const FETCH = (url) => `fetch(${JSON.stringify(url)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;
const CONNECT = (port) => `require('net').connect(${port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))`;
/** The container health check: node's fetch of /healthz for bridged images; node or python3 for native ones. */
function ecsHealthCheck(spec) {
    const timing = { interval: 10, timeout: 5, retries: 3, startPeriod: 60 };
    const port = spec.server.port;
    if (spec.server.transport === 'stdio')
        return { command: ['CMD', 'node', '-e', FETCH(`http://127.0.0.1:${port}/healthz`)], ...timing };
    const path = spec.health.path;
    const node = path ? FETCH(`http://127.0.0.1:${port}${path}`) : CONNECT(port);
    const python = path
        ? `import urllib.request; urllib.request.urlopen(${JSON.stringify(`http://127.0.0.1:${port}${path}`)}, timeout=4)`
        : `import socket; socket.create_connection(('127.0.0.1', ${port}), 4)`;
    // The first runtime the image has decides (exec): a failing node check never falls through to python3.
    const script = [
        `if command -v node >/dev/null 2>&1; then exec ${(0,shell_quote.quote)(['node', '-e', node])}; fi`,
        `if command -v python3 >/dev/null 2>&1; then exec ${(0,shell_quote.quote)(['python3', '-c', python])}; fi`,
        'exit 1',
    ].join('; ');
    return { command: ['CMD-SHELL', script], ...timing };
}

;// CONCATENATED MODULE: ./src/render/ecs.ts


/** The user the generated Dockerfiles run as (as in the Kubernetes render). */
const RUN_AS = '10001:10001';
/** The bridge drains for up to 30 s on SIGTERM; Fargate allows 120. */
const STOP_TIMEOUT = { bridged: 45, native: 30 };
function readEcsSettings(spec) {
    const t = targetSettings(spec, 'ecs');
    for (const field of ['region', 'execution-role-arn']) {
        if (t[field] === undefined)
            throw specError(spec, `targets.ecs.${field}`, `missing: ${field === 'region' ? 'the awslogs driver writes to a region' : 'Fargate pulls the image, writes logs and reads secrets with the execution role'}`);
    }
    const family = t.family ?? spec.server.name;
    return {
        region: t.region,
        cluster: t.cluster ?? 'default',
        service: t.service ?? spec.server.name,
        family,
        executionRoleArn: t['execution-role-arn'],
        taskRoleArn: t['task-role-arn'],
        logGroup: t['log-group'] ?? `/ecs/${family}`,
        architecture: t.architecture ?? 'X86_64',
        subnets: t.subnets,
        securityGroups: t['security-groups'],
        targetGroupArn: t['target-group-arn'],
    };
}
function container(spec, settings, image, warnings) {
    const environment = plainEnv(spec, 'ecs', warnings).map(([name, value]) => ({ name, value }));
    const secrets = cloudSecrets(spec, 'ecs').map(({ name, ref }) => ({ name, valueFrom: String(ref.arn) }));
    const bridged = spec.server.transport === 'stdio';
    return {
        name: spec.server.name,
        image,
        essential: true,
        portMappings: [{ name: 'http', containerPort: spec.server.port, hostPort: spec.server.port, protocol: 'tcp', appProtocol: 'http' }],
        ...(environment.length ? { environment } : {}),
        ...(secrets.length ? { secrets } : {}),
        healthCheck: ecsHealthCheck(spec),
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': settings.logGroup, 'awslogs-region': settings.region, 'awslogs-stream-prefix': spec.server.name } },
        readonlyRootFilesystem: true,
        user: RUN_AS,
        privileged: false,
        linuxParameters: { initProcessEnabled: true, capabilities: { drop: ['ALL'] } },
        mountPoints: [{ sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false }],
        stopTimeout: bridged ? STOP_TIMEOUT.bridged : STOP_TIMEOUT.native,
    };
}
function targetGroup(spec, arn, multi) {
    // Bridged: ready means the child answers. Native without a health path: any HTTP answer on the MCP path means it is up.
    const path = spec.server.transport === 'stdio' ? '/readyz' : (spec.health.path ?? spec.server.path);
    const any = spec.server.transport !== 'stdio' && spec.health.path === undefined;
    return {
        TargetGroupArn: arn,
        HealthCheckProtocol: 'HTTP',
        HealthCheckPath: path,
        Matcher: { HttpCode: any ? '200-499' : '200' },
        HealthCheckIntervalSeconds: 15,
        HealthyThresholdCount: 2,
        UnhealthyThresholdCount: 3,
        Attributes: [
            { Key: 'stickiness.enabled', Value: String(multi) },
            { Key: 'stickiness.type', Value: 'lb_cookie' },
            { Key: 'stickiness.lb_cookie.duration_seconds', Value: '86400' },
            { Key: 'deregistration_delay.timeout_seconds', Value: String(spec.server.transport === 'stdio' ? STOP_TIMEOUT.bridged : STOP_TIMEOUT.native) },
        ],
    };
}
function serviceDocument(spec, s, warnings) {
    const { min, max, multi } = instanceCounts(spec);
    const desired = Math.max(min, 1);
    if (min === 0)
        warnings.push(`${spec.server.name}: scaling.min 0 is not a thing ECS does on requests; the service keeps at least 1 task`);
    if (multi)
        warnings.push(cookieAffinityWarning(spec, 'ecs', 'the target group\'s stickiness (lb_cookie) is on'));
    if (!s.subnets)
        warnings.push(`${spec.server.name}: targets.ecs.subnets is not set: service.json has no networkConfiguration (a new awsvpc service needs one; an existing service keeps its own)`);
    const service = {
        cluster: s.cluster,
        serviceName: s.service,
        taskDefinition: s.family,
        launchType: 'FARGATE',
        platformVersion: 'LATEST',
        desiredCount: desired,
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, minimumHealthyPercent: 100, maximumPercent: 200 },
        ...(s.subnets ? { networkConfiguration: { awsvpcConfiguration: { subnets: s.subnets, ...(s.securityGroups ? { securityGroups: s.securityGroups } : {}), assignPublicIp: 'DISABLED' } } } : {}),
        ...(s.targetGroupArn ? { loadBalancers: [{ targetGroupArn: s.targetGroupArn, containerName: spec.server.name, containerPort: spec.server.port }], healthCheckGracePeriodSeconds: 60 } : {}),
        enableExecuteCommand: false,
        propagateTags: 'TASK_DEFINITION',
        enableECSManagedTags: true,
    };
    return {
        service,
        ...(s.targetGroupArn ? { targetGroup: targetGroup(spec, s.targetGroupArn, multi) } : {}),
        ...(max > desired
            ? {
                scalableTarget: {
                    ServiceNamespace: 'ecs',
                    ScalableDimension: 'ecs:service:DesiredCount',
                    ResourceId: `service/${s.cluster}/${s.service}`,
                    MinCapacity: desired,
                    MaxCapacity: max,
                    TargetCpuUtilization: spec.scaling?.cpu ?? 80,
                },
            }
            : {}),
    };
}
function renderEcs(spec, options) {
    const settings = readEcsSettings(spec);
    const warnings = [];
    const { text: image } = cloudImage(options.image);
    const size = fargateSize(spec, warnings);
    const task = {
        family: settings.family,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: size.cpu,
        memory: size.memory,
        executionRoleArn: settings.executionRoleArn,
        ...(settings.taskRoleArn ? { taskRoleArn: settings.taskRoleArn } : {}),
        runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: settings.architecture },
        containerDefinitions: [container(spec, settings, image, warnings)],
        volumes: [{ name: 'tmp' }],
        tags: [{ key: 'managed-by', value: 'mcp-orchestrator' }],
    };
    const service = serviceDocument(spec, settings, warnings);
    const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
    return {
        target: 'ecs',
        documents: [
            { name: 'task-definition.json', text: json(task), value: task },
            { name: 'service.json', text: json(service), value: service },
        ],
        revision: settings.family,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/render/cloud.ts



const CLOUD_TARGETS = (/* unused pure expression or super */ null && (['cloudrun', 'ecs', 'containerapps']));
function renderCloud(target, spec, options) {
    switch (target) {
        case 'cloudrun':
            return renderCloudRun(spec, options);
        case 'ecs':
            return renderEcs(spec, options);
        case 'containerapps':
            return renderContainerApps(spec, { ...options, label: options.tag });
    }
}


/***/ }),

/***/ 17066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iv: () => (/* binding */ readKubernetesSettings),
/* harmony export */   Q1: () => (/* binding */ readIngress),
/* harmony export */   QJ: () => (/* binding */ pinnedImage)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);


const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** Parses the image the render pins: it must carry a digest, and its registry must be a plain host. */
function pinnedImage(image) {
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(image);
    if (!REGISTRY_HOST.test(ref.registry))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--image "${image}": "${ref.registry}" is not a registry host`);
    if (!ref.digest) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--image "${image}" has no digest: Kubernetes must run exactly the scanned bytes, so pass REPOSITORY@sha256:... ` +
            '(`mcp-orchestrator push ... --format json` prints it; or `docker buildx imagetools inspect REF` shows the digest)');
    }
    const version = ref.tag && LABEL_VALUE.test(ref.tag) ? ref.tag : ref.digest.slice('sha256:'.length, 'sha256:'.length + 12);
    return { ref, text: (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)({ registry: ref.registry, repository: ref.repository, digest: ref.digest }), version };
}
const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** Reads the Kubernetes-relevant part of a validated spec. */
function readKubernetesSettings(spec, options) {
    const target = asRecord(spec.targets.kubernetes);
    const { text, version } = pinnedImage(options.image);
    if (options.instance !== undefined && !DNS_LABEL.test(options.instance))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`instance "${options.instance}" is not a DNS label (lowercase letters, digits and -, at most 63)`);
    const scaling = spec.scaling ?? {};
    const min = target.replicas ?? scaling.min ?? 1;
    const autoscaling = scaling.max !== undefined && scaling.max > min ? { min: Math.max(min, 1), max: scaling.max, cpu: scaling.cpu ?? 80 } : undefined;
    return {
        name: spec.server.name,
        instance: options.instance ?? spec.server.name,
        namespace: options.namespace ?? target.namespace,
        image: text,
        version,
        bridged: spec.server.transport === 'stdio',
        port: spec.server.port,
        healthPath: spec.health.path,
        replicas: autoscaling ? undefined : min,
        autoscaling,
        multiReplica: autoscaling ? autoscaling.max > 1 : min > 1,
        ingress: readIngress(spec, target),
        progressDeadlineSeconds: options.progressDeadlineSeconds ?? 180,
    };
}
function readIngress(spec, target) {
    const ingress = asRecord(spec.ingress);
    if (typeof ingress.host !== 'string')
        return undefined;
    const className = ingress.class ?? target['ingress-class'];
    // Without a stated controller, a class named like ingress-nginx's is taken as it; anything else
    // (including the cluster's default class) gets no controller-specific annotations.
    const controller = ingress.controller ?? (className && /nginx/.test(className) ? 'nginx' : 'other');
    const tls = asRecord(ingress.tls);
    const rateLimit = asRecord(ingress['rate-limit']);
    const issuer = tls.issuer;
    const secret = tls.secret ?? (issuer ? `${spec.server.name}-tls` : undefined);
    return {
        host: ingress.host,
        className,
        controller,
        controllerNamespace: ingress['controller-namespace'] ?? (controller === 'nginx' ? 'ingress-nginx' : undefined),
        rps: rateLimit.rps,
        tls: secret ? { secret, ...(issuer ? { issuer } : {}) } : undefined,
    };
}


/***/ })

};

//# sourceMappingURL=7556.index.js.map