export const id = 257;
export const ids = [257];
export const modules = {

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs, locationOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/knative/serving.knative.dev/v1/Service.mjs + 13 modules
var Service = __webpack_require__(2615);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/util/errors.ts

/**
 * The project's error hierarchy. Exit codes follow the CLI contract:
 * 0 ok, 1 a gate failed (the thing checked is not acceptable), 2 usage, input or any other error.
 */
class OrchestratorError extends Error {
    exitCode = 2;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad input, a bad spec, a malformed image: the user can fix it. Exit 2. */
class errors_InputError extends OrchestratorError {
}
/** The thing checked is not acceptable (secrets found, server unhealthy). Exit 1. */
class GateFailure extends (/* unused pure expression or super */ null && (OrchestratorError)) {
    exitCode = 1;
}
/** Stopped by a signal (Ctrl-C, SIGTERM) after cleaning up: exit 128 + the signal's number (130, 143), as shells report it. */
class Interrupted extends OrchestratorError {
    signal;
    exitCode;
    constructor(message, signal) {
        super(message);
        this.signal = signal;
        this.exitCode = 128 + (external_node_os_.constants.signals[signal] ?? 0);
    }
}
/** A command run through `exec` exited non-zero or could not start. Exit 2. */
class ExecError extends OrchestratorError {
    command;
    code;
    stderr;
    constructor(message, command, code, stderr) {
        super(message);
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
/** True for errors whose message is written for users (no stack trace needed). */
function isKnownError(error) {
    return error instanceof OrchestratorError;
}
function exitCodeOf(error) {
    return isKnownError(error) ? error.exitCode : 2;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/spec/cloud-grammar.ts
/**
 * The grammars of the cloud targets' settings and secret references (issue 13), in the shape of
 * src/spec/grammar.ts: a JSON Schema pattern (the schema uses it, so editors check it too) and the
 * words an error uses. Each follows the platform's documented naming rules, narrowed to ASCII;
 * none admits whitespace, a quote or a line break.
 */

const PARTITION = 'arn:aws(?:-[a-z]+)*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-[0-9]';
const ACCOUNT = '[0-9]{12}';
const CLOUD_GRAMMARS = {
    cloudRunService: { pattern: '^[a-z](?:[-a-z0-9]{0,47}[a-z0-9])?$', says: 'a Cloud Run service name: a lowercase letter, then lowercase letters, digits and -, at most 49, not ending in -' },
    cloudRunTag: { pattern: '^[a-z](?:[-a-z0-9]{0,44}[a-z0-9])?$', says: 'a Cloud Run revision tag: a lowercase letter, then lowercase letters, digits and -, not ending in -' },
    gcpServiceAccount: {
        pattern: '^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20}-compute)@[a-z][a-z0-9.-]{0,62}\\.gserviceaccount\\.com$',
        says: 'a service account e-mail (NAME@PROJECT.iam.gserviceaccount.com)',
    },
    awsSecretArn: {
        pattern: `^(?:${PARTITION}:secretsmanager:${REGION}:${ACCOUNT}:secret:[A-Za-z0-9/_+=.@-]{1,512}(?::[A-Za-z0-9_.-]*:[A-Za-z0-9_-]*:[A-Za-z0-9-]*)?|${PARTITION}:ssm:${REGION}:${ACCOUNT}:parameter/[A-Za-z0-9_./-]{1,2048})$`,
        says: 'a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:stage:version]) or an SSM parameter ARN (arn:aws:ssm:REGION:ACCOUNT:parameter/NAME)',
    },
    awsRoleArn: { pattern: `^${PARTITION}:iam::${ACCOUNT}:role/(?:[A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,64}$`, says: 'an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)' },
    awsRegion: { pattern: `^${REGION}$`, says: 'an AWS region such as eu-west-1' },
    awsTargetGroupArn: {
        pattern: `^${PARTITION}:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}$`,
        says: 'a target group ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID)',
    },
    ecsName: { pattern: '^[A-Za-z0-9_-]{1,255}$', says: 'an ECS name: letters, digits, _ and -, at most 255' },
    logGroup: { pattern: '^[A-Za-z0-9_./#-]{1,512}$', says: 'a CloudWatch log group name: letters, digits and _ . / # -' },
    subnet: { pattern: '^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$', says: 'a subnet id (subnet-0123456789abcdef0)' },
    securityGroup: { pattern: '^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$', says: 'a security group id (sg-0123456789abcdef0)' },
    azureSubscription: { pattern: '^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$', says: 'a subscription id (a GUID)' },
    azureResourceGroup: { pattern: '^[-A-Za-z0-9_.()]{0,89}[-A-Za-z0-9_()]$', says: 'a resource group name: letters, digits and - _ . ( ), at most 90, not ending in .' },
    containerAppName: { pattern: '^(?!.*--)[a-z][a-z0-9-]{0,30}[a-z0-9]$', says: 'a container app name: 2 to 32 lowercase letters, digits and -, starting with a letter, no --' },
    containerAppEnvironment: { pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9]$', says: 'a Container Apps environment name: letters, digits and -, 2 to 60' },
    azureIdentity: {
        pattern: '^(?:system|/subscriptions/[0-9a-fA-F-]{36}/resource[gG]roups/[-A-Za-z0-9_.()]{1,90}/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/[A-Za-z0-9][A-Za-z0-9_-]{2,127})$',
        says: 'system, or a user-assigned identity resource id (/subscriptions/ID/resourceGroups/RG/providers/Microsoft.ManagedIdentity/userAssignedIdentities/NAME)',
    },
    keyVaultName: { pattern: '^(?!.*--)[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$', says: 'a Key Vault name: 3 to 24 letters, digits and -, starting with a letter, no --' },
    keyVaultSecret: { pattern: '^[A-Za-z0-9-]{1,127}$', says: 'a Key Vault secret name: letters, digits and -, at most 127' },
    keyVaultVersion: { pattern: '^[0-9a-f]{32}$', says: 'a Key Vault secret version (32 hex digits)' },
    revisionSuffix: { pattern: '^[a-z0-9](?:[-a-z0-9]{0,30}[a-z0-9])?$', says: 'a revision suffix: lowercase letters, digits and -, at most 32' },
};
/** The schema fragment for a string of `g`. */
const cloudGrammar = (g) => ({ pattern: CLOUD_GRAMMARS[g].pattern, patternErrorMessage: CLOUD_GRAMMARS[g].says });
/** Throws an InputError naming `where` when `value` is not of `grammar` (values arriving by flag, or checked again at render). */
function requireCloudGrammar(grammar, value, where) {
    if (!new RegExp(CLOUD_GRAMMARS[grammar].pattern, 'u').test(value))
        throw new errors_InputError(`${where}: ${JSON.stringify(value)} is not ${CLOUD_GRAMMARS[grammar].says}`);
    return value;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/render/auth.ts

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
        throw new errors_InputError(`${spec.file}: ${name} is set by auth: and also by env: or secrets:; remove it there (auth: declares the bridge's authorization)`);
}

;// CONCATENATED MODULE: ./src/registry/reference.ts
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
            throw new errors_InputError(`image reference "${text}": "${digest}" is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new errors_InputError(`image reference "${text}": "${tag}" is not a valid tag`);
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
        throw new errors_InputError(`image reference "${text}": "${repository}" is not a valid repository name (lowercase letters, digits, . _ - and /)`);
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
function reference_canonicalRegistry(text, what = 'registry') {
    const host = text
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/(?:v[12]\/?)?$/, '');
    if (!HOST.test(host))
        throw new InputError(`${what} "${text}": not a registry host (write host[:port], e.g. ghcr.io or 127.0.0.1:5000)`);
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0];
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

;// CONCATENATED MODULE: ./src/render/kubernetes-settings.ts


const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** Parses the image the render pins: it must carry a digest, and its registry must be a plain host. */
function pinnedImage(image) {
    const ref = parseImageReference(image);
    if (!REGISTRY_HOST.test(ref.registry))
        throw new errors_InputError(`--image "${image}": "${ref.registry}" is not a registry host`);
    if (!ref.digest) {
        throw new errors_InputError(`--image "${image}" has no digest: Kubernetes must run exactly the scanned bytes, so pass REPOSITORY@sha256:... ` +
            '(`mcp-orchestrator push ... --format json` prints it; or `docker buildx imagetools inspect REF` shows the digest)');
    }
    const version = ref.tag && LABEL_VALUE.test(ref.tag) ? ref.tag : ref.digest.slice('sha256:'.length, 'sha256:'.length + 12);
    return { ref, text: formatReference({ registry: ref.registry, repository: ref.repository, digest: ref.digest }), version };
}
const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** Reads the Kubernetes-relevant part of a validated spec. */
function readKubernetesSettings(spec, options) {
    const target = asRecord(spec.targets.kubernetes);
    const { text, version } = pinnedImage(options.image);
    if (options.instance !== undefined && !DNS_LABEL.test(options.instance))
        throw new InputError(`instance "${options.instance}" is not a DNS label (lowercase letters, digits and -, at most 63)`);
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
const cloud_settings_asRecord = (value) => (value && typeof value === 'object' ? value : {});
const targetSettings = (spec, target) => cloud_settings_asRecord(spec.targets[target]);
/** An InputError naming the spec file and the field. */
const specError = (spec, field, message) => new errors_InputError(`${spec.file}: ${field}: ${message}`);
function cloudImage(image) {
    let pinned;
    try {
        pinned = pinnedImage(image);
    }
    catch (error) {
        if (error instanceof errors_InputError && !error.message.startsWith('--image'))
            throw new errors_InputError(`--image: ${error.message}`);
        throw error;
    }
    const { ref, text } = pinned;
    return { text, digestHex: ref.digest.replace(/^[^:]+:/, '').toLowerCase() };
}
/** The revision suffix: given (checked), else the short commit, else the digest's first 7 hex digits. */
function revisionSuffix(options, digestHex) {
    if (options.revisionSuffix !== undefined)
        return requireCloudGrammar('revisionSuffix', options.revisionSuffix, '--revision-suffix');
    if (options.sha !== undefined) {
        if (!/^[0-9a-f]{7,64}$/i.test(options.sha))
            throw new errors_InputError(`--sha: ${JSON.stringify(options.sha)} is not a commit id (7 to 64 hex digits)`);
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
    const auth = renderAuth(spec, 'compose');
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
        ...renderAuth(spec, 'compose').secrets.map((s) => ({ name: s.name, from: s.from, field: 'auth.bearer.secret.from' })),
    ];
    return entries.map(({ name, from, field }) => {
        const [have] = Object.keys(from);
        if (have !== kind) {
            throw specError(spec, `${field}.${have ?? ''}`, `${name} cannot be read by ${PLATFORM[target]}: a revision reads secrets from its platform's store only; use ${says}`);
        }
        return { name, ref: cloud_settings_asRecord(from[kind]) };
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
        throw new errors_InputError(`--serving-revision: ${JSON.stringify(options.servingRevision)} is not a revision of service ${service}`);
    const serving = requireCloudGrammar('revisionSuffix', options.servingRevision.slice(service.length + 1), '--serving-revision (after the service name)');
    if (options.servingRevision === revision)
        throw new errors_InputError(`--serving-revision: ${revision} is the revision this render creates; give a new --revision-suffix`);
    return [
        { revisionName: `${service}-${serving}`, percent: 100 },
        { revisionName: revision, percent: 0, tag },
    ];
}
function renderCloudRun(spec, options) {
    const target = targetSettings(spec, 'cloudrun');
    const warnings = [];
    const service = requireCloudGrammar('cloudRunService', target.service ?? spec.server.name, `${spec.file}: targets.cloudrun.service${target.service === undefined ? ' (default: server.name)' : ''}`);
    const { text: image, digestHex } = cloudImage(options.image);
    const revision = `${service}-${revisionSuffix(options, digestHex)}`;
    if (revision.length > 63)
        throw new errors_InputError(`--revision-suffix: revision name ${revision} is longer than 63 characters (a DNS label)`);
    const tag = requireCloudGrammar('cloudRunTag', options.tag ?? 'candidate', '--tag');
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
        throw new errors_InputError(`--serving-revision: ${JSON.stringify(options.servingRevision)} is not a revision of container app ${app}`);
    requireCloudGrammar('revisionSuffix', options.servingRevision.slice(app.length + 2), '--serving-revision (after the app name and --)');
    if (options.servingRevision === revision)
        throw new errors_InputError(`--serving-revision: ${revision} is the revision this render creates; give a new --revision-suffix`);
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
    const app = requireCloudGrammar('containerAppName', t.name ?? spec.server.name, `${spec.file}: targets.containerapps.name${t.name === undefined ? ' (default: server.name)' : ''}`);
    const { text: image, digestHex } = cloudImage(options.image);
    const given = options.revisionSuffix !== undefined;
    let suffix = revisionSuffix(options, digestHex);
    if (!/^[a-z]/.test(suffix)) {
        if (given)
            throw new errors_InputError(`--revision-suffix: "${suffix}" must start with a letter on Container Apps`);
        suffix = `r${suffix}`;
    }
    const revision = `${app}--${suffix}`;
    if (revision.length > REVISION_NAME_MAX)
        throw new errors_InputError(`--revision-suffix: revision name ${revision} is longer than ${REVISION_NAME_MAX} characters; shorten the suffix or targets.containerapps.name`);
    const label = requireCloudGrammar('cloudRunTag', options.label ?? 'candidate', '--tag');
    const identity = t.identity;
    const { min, max, multi } = instanceCounts(spec);
    if (multi)
        warnings.push(cookieAffinityWarning(spec, 'containerapps', 'Container Apps offers sticky sessions only in single-revision mode, and this app runs in multiple-revision mode to gate each new revision at weight 0, so nothing pins a session'));
    const secretRefs = secrets(spec, identity);
    const registry = parseImageReference(image).registry;
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
var shell_quote = __webpack_require__(6591);
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

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/spec/auth.ts
/**
 * `auth:` of mcp-deploy.yml, after the schema: the checks a pattern cannot make (https unless the
 * host is loopback, a section for the mode chosen and none for another, a bearer token the target
 * can read), with the file, line and field in each error, and the typed form the stages read.
 */

const DEFAULT_TOKEN_VARIABLE = 'MCP_BRIDGE_TOKEN';
/** Hosts a plain-http issuer or key set may be on: only this machine can see the traffic. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** Refuses what an http(s) URL of `field` must not be: unparsable, or plain http to another host. */
function checkSecureUrl(value, field) {
    if (!URL.canParse(value))
        return `${field}: ${JSON.stringify(value)} is not a URL`;
    const url = new URL(value);
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
        return `${field}: ${JSON.stringify(value)} must be https (plain http only on a loopback host: 127.0.0.1, localhost, [::1])`;
    if (url.hash)
        return `${field}: ${JSON.stringify(value)} must not have a fragment`;
    return undefined;
}
const auth_asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** The readable bearer sources: a pod reads an env var or a Secret key, a cloud revision its platform's store; a CSI file is not what the bridge reads. */
const BEARER_SOURCES = ['kubernetes', 'external', 'env', 'github', 'gcp', 'aws', 'azure'];
/** Reads and checks `auth:` (already schema-valid); every problem in one InputError. */
function readAuth(raw, file, where) {
    if (raw === undefined)
        return { mode: 'none' };
    const auth = auth_asRecord(raw);
    const mode = auth.mode;
    const problems = [];
    const problem = (path, text) => problems.push(`${where(path)}: ${text}`);
    for (const other of ['bearer', 'oauth']) {
        if (auth[other] !== undefined && mode !== other)
            problem(['auth', other], `auth.${other} is set, but auth.mode is ${mode}: remove it or set mode: ${other}`);
    }
    let result = { mode: 'none' };
    if (mode === 'bearer') {
        const bearer = auth_asRecord(auth.bearer);
        if (auth.bearer === undefined)
            problem(['auth', 'mode'], 'auth.mode bearer needs auth.bearer.secret (the token, by reference)');
        const secret = auth_asRecord(bearer.secret);
        const from = auth_asRecord(secret.from);
        const kind = Object.keys(from)[0];
        if (kind && !BEARER_SOURCES.includes(kind)) {
            problem(['auth', 'bearer', 'secret', 'from'], `auth.bearer.secret.from.${kind} cannot hold the bridge's token; use from.kubernetes, from.external, from.env or from.github (or a cloud target's store: from.gcp, from.aws, from.azure)`);
        }
        result = {
            mode,
            secret: {
                name: secret.name ?? DEFAULT_TOKEN_VARIABLE,
                from,
                ...(secret.rotation !== undefined ? { rotation: secret.rotation } : {}),
                ...(secret.refresh !== undefined ? { refresh: secret.refresh } : {}),
            },
        };
    }
    else if (mode === 'oauth') {
        if (auth.oauth === undefined)
            problem(['auth', 'mode'], 'auth.mode oauth needs auth.oauth with issuer and audience');
        const oauth = auth_asRecord(auth.oauth);
        const issuer = oauth.issuer ?? '';
        const audience = oauth.audience ?? '';
        for (const [field, value] of [['issuer', issuer], ['audience', audience], ['jwks-uri', oauth['jwks-uri']]]) {
            if (typeof value !== 'string' || !value || value.startsWith('file:'))
                continue;
            const wrong = checkSecureUrl(value, `auth.oauth.${field}`);
            if (wrong)
                problem(['auth', 'oauth', field], wrong);
        }
        if (oauth['jwks-uri'] !== undefined && oauth['jwks-configmap'] !== undefined)
            problem(['auth', 'oauth', 'jwks-configmap'], 'give auth.oauth.jwks-uri or auth.oauth.jwks-configmap, not both');
        const configMap = oauth['jwks-configmap'] ? auth_asRecord(oauth['jwks-configmap']) : undefined;
        result = {
            mode,
            issuer,
            audience,
            scopes: oauth.scopes ?? [],
            ...(oauth['jwks-uri'] !== undefined ? { jwksUri: oauth['jwks-uri'] } : {}),
            ...(configMap ? { jwksConfigMap: { name: configMap.name, key: configMap.key ?? 'jwks.json' } } : {}),
        };
    }
    if (problems.length)
        throw new errors_InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return result;
}
/** `health.auth` of the spec, checked against the mode declared. */
function readGateCredentials(raw, auth, file, where) {
    const h = auth_asRecord(raw);
    const credentials = {
        ...(h['bearer-token-env'] !== undefined ? { bearerTokenEnv: h['bearer-token-env'] } : {}),
        ...(h['oauth-client-id'] !== undefined ? { oauthClientId: h['oauth-client-id'] } : {}),
        ...(h['oauth-client-secret-env'] !== undefined ? { oauthClientSecretEnv: h['oauth-client-secret-env'] } : {}),
    };
    const problems = [];
    if ((credentials.oauthClientId === undefined) !== (credentials.oauthClientSecretEnv === undefined)) {
        problems.push(`${where(['health', 'auth'])}: health.auth needs both oauth-client-id and oauth-client-secret-env, or neither`);
    }
    if (credentials.oauthClientId !== undefined && auth.mode !== 'oauth')
        problems.push(`${where(['health', 'auth', 'oauth-client-id'])}: health.auth.oauth-client-id is set, but auth.mode is ${auth.mode}`);
    if (credentials.bearerTokenEnv !== undefined && auth.mode !== 'bearer')
        problems.push(`${where(['health', 'auth', 'bearer-token-env'])}: health.auth.bearer-token-env is set, but auth.mode is ${auth.mode}`);
    if (problems.length)
        throw new errors_InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return credentials;
}

;// CONCATENATED MODULE: ./src/spec/grammar.ts
/**
 * The grammars of the spec's untrusted strings, as JSON Schema patterns (the schema uses them, so
 * editors check them too) and as checks for the same values arriving by flag or input. Each value
 * that matches can be written into a Dockerfile, a Compose file or a command line without
 * starting a new instruction: none of these grammars admits whitespace or a line break.
 */

// The distribution reference grammar (github.com/distribution/reference, regexp.go), anchored.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const grammar_TAG = '[\\w][\\w.-]{0,127}';
const grammar_DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
/** Each grammar: the pattern and the words an error uses for it. */
const GRAMMARS = {
    imageReference: { pattern: `^${NAME}(?::${grammar_TAG})?(?:@${grammar_DIGEST})?$`, says: 'an image reference ([registry/]repository[:tag][@digest], lowercase repository)' },
    imageRepository: { pattern: `^${NAME}$`, says: 'an image repository without tag ([registry/]repository, lowercase)' },
    serverName: { pattern: '^[a-z0-9][a-z0-9-]{0,62}$', says: 'a DNS-style name: lowercase letters, digits and dashes, at most 63' },
    urlPath: { pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$", says: "a URL path: a leading / and then only letters, digits and -._~!$&'()*+,;=:@%/" },
    envName: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', says: 'an environment variable name: letters, digits and _, not starting with a digit' },
    secretId: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', says: 'an id of letters, digits, _ . and -' },
    dnsSubdomain: { pattern: '^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$', says: 'a DNS subdomain name: lowercase letters, digits, - and .' },
    dnsLabel: { pattern: '^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$', says: 'a DNS label: lowercase letters, digits and -, at most 63' },
    hostname: { pattern: '^(?:\\*\\.)?[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$', says: 'a host name (lowercase, an optional leading *.)' },
    secretKey: { pattern: '^[-._a-zA-Z0-9]+$', says: 'a key of letters, digits, - _ and .' },
    gcpSecret: { pattern: '^(?:projects/[a-z0-9-]+/secrets/)?[A-Za-z0-9_-]{1,255}$', says: 'a Secret Manager secret id or projects/PROJECT/secrets/ID' },
    gcpVersion: { pattern: '^(?:latest|[0-9]+)$', says: '"latest" or a version number' },
    quantity: { pattern: '^[0-9]+(?:\\.[0-9]+)?(?:[KMGTPE]i?|[kmgtpe])?$', says: 'a quantity such as 256Mi, 1Gi or 500m' },
    composeProject: { pattern: '^[a-z0-9][a-z0-9_-]*$', says: 'a Compose project name: lowercase letters, digits, _ and -' },
    cloudRegion: { pattern: '^[a-z0-9-]+$', says: 'a region such as europe-west1' },
    httpUrl: { pattern: '^https?://[^\\s/?#@]+(?:/[^\\s#]*)?$', says: 'an absolute http(s) URL without user info or fragment' },
    jwksUri: { pattern: '^(?:https?://[^\\s/?#@]+(?:/[^\\s#]*)?|file:///[^\\s?#]+)$', says: 'an http(s) URL, or file:///PATH' },
    oauthScope: { pattern: '^[!#-\\[\\]-~]+$', says: 'an OAuth scope: printable ASCII without space, " or \\' },
    oauthClientId: { pattern: '^[!-~]{1,255}$', says: 'a client id of printable ASCII without space' },
    gcpProject: { pattern: '^[a-z][a-z0-9-]{4,28}[a-z0-9]$', says: 'a Google Cloud project id' },
};
const compiled = new Map();
function matches(grammar, value) {
    let re = compiled.get(grammar);
    if (!re)
        compiled.set(grammar, (re = new RegExp(GRAMMARS[grammar].pattern, 'u')));
    return re.test(value);
}
/** Throws an InputError naming `where` (a flag, an input or a spec field) when `value` is not of `grammar`. */
function requireGrammar(grammar, value, where) {
    if (!matches(grammar, value))
        throw new InputError(`${where}: ${JSON.stringify(value)} is not ${GRAMMARS[grammar].says}`);
    return value;
}

;// CONCATENATED MODULE: ./src/spec/schema.ts
/**
 * The JSON Schema of mcp-deploy.yml. schema/mcp-deploy.schema.json is written from it (npm run
 * schema) for editors; a test keeps the two equal. Every string that reaches a generated file or
 * a command line is pinned to its grammar (src/spec/grammar.ts); patternErrorMessage is what
 * editors (VS Code, yaml-language-server) and our own errors say when one does not match.
 */


const grammar = (g) => ({ pattern: GRAMMARS[g].pattern, patternErrorMessage: GRAMMARS[g].says });
/** Where a secret's value lives: exactly one kind, a reference, never the value. */
const secretSource = {
    "type": "object",
    "additionalProperties": false,
    "minProperties": 1,
    "maxProperties": 1,
    "properties": {
        "kubernetes": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "secret",
                "key"
            ],
            "properties": {
                "secret": {
                    "type": "string",
                    ...grammar('dnsSubdomain')
                },
                "key": {
                    "type": "string",
                    ...grammar('secretKey')
                }
            }
        },
        "env": {
            "type": "string",
            ...grammar('envName'),
            "description": "An environment variable of the machine that runs the stage."
        },
        "github": {
            "type": "string",
            ...grammar('envName'),
            "description": "A GitHub Actions secret name."
        },
        "gcp": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "secret"
            ],
            "properties": {
                "secret": {
                    "type": "string",
                    ...grammar('gcpSecret')
                },
                "version": {
                    "type": "string",
                    ...grammar('gcpVersion')
                }
            }
        },
        "aws": {
            "type": "object",
            "description": "ECS: a Secrets Manager secret or SSM parameter, by ARN (the task's execution role reads it).",
            "additionalProperties": false,
            "required": [
                "arn"
            ],
            "properties": {
                "arn": {
                    "type": "string",
                    ...cloudGrammar('awsSecretArn')
                }
            }
        },
        "azure": {
            "type": "object",
            "description": "Container Apps: a Key Vault secret, read by the app's managed identity (targets.containerapps.identity).",
            "additionalProperties": false,
            "required": [
                "vault",
                "secret"
            ],
            "properties": {
                "vault": {
                    "type": "string",
                    ...cloudGrammar('keyVaultName')
                },
                "secret": {
                    "type": "string",
                    ...cloudGrammar('keyVaultSecret')
                },
                "version": {
                    "type": "string",
                    ...cloudGrammar('keyVaultVersion')
                }
            }
        },
        "external": {
            "type": "object",
            "description": "An External Secrets Operator store: rendered as an ExternalSecret (external-secrets.io/v1) and referenced by secretKeyRef.",
            "additionalProperties": false,
            "required": [
                "store",
                "key"
            ],
            "properties": {
                "store": {
                    "type": "string",
                    ...grammar('dnsSubdomain'),
                    "description": "The SecretStore or ClusterSecretStore name."
                },
                "kind": {
                    "enum": [
                        "SecretStore",
                        "ClusterSecretStore"
                    ],
                    "default": "SecretStore"
                },
                "key": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
                    "patternErrorMessage": "a remote key of letters, digits and _ . : / @ + = -",
                    "description": "The secret's key (name or path) in the external store."
                },
                "property": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
                    "patternErrorMessage": "a property of letters, digits and _ . : / @ + = -",
                    "description": "A property inside the remote secret (a JSON field)."
                }
            }
        },
        "csi": {
            "type": "object",
            "description": "A Secrets Store CSI driver SecretProviderClass: mounted read-only; the server reads the file named by NAME_FILE.",
            "additionalProperties": false,
            "required": [
                "provider-class",
                "object"
            ],
            "properties": {
                "provider-class": {
                    "type": "string",
                    ...grammar('dnsSubdomain')
                },
                "object": {
                    "type": "string",
                    ...grammar('secretId'),
                    "description": "The object's file name in the mounted volume (its objectAlias)."
                }
            }
        }
    }
};
/** The handoff's notes on a secret. */
const secretNotes = {
    "rotation": {
        "type": "string",
        "pattern": "^[^\\u0000-\\u001f]{1,200}$",
        "patternErrorMessage": "one line of text, at most 200 characters",
        "description": "How and how often the secret is rotated (for the credentials handoff), e.g. 90 days, by the issuer."
    },
    "refresh": {
        "type": "string",
        "pattern": "^[^\\u0000-\\u001f]{1,200}$",
        "patternErrorMessage": "one line of text, at most 200 characters",
        "description": "Token-refresh needs (for the credentials handoff), e.g. access token expires hourly; refresh token in the store."
    }
};
const deploySchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://github.com/OWNER/mcp-server-orchestrator/schema/mcp-deploy.schema.json",
    "title": "mcp-deploy.yml",
    "description": "How mcp-server-orchestrator builds, scans, pushes, runs, gates and hands off one MCP server.",
    "type": "object",
    "additionalProperties": false,
    "required": [
        "server"
    ],
    "properties": {
        "server": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name"
            ],
            "properties": {
                "name": {
                    "type": "string",
                    ...grammar('serverName'),
                    "description": "DNS-style name: lowercase letters, digits and dashes."
                },
                "transport": {
                    "enum": [
                        "streamable-http",
                        "sse",
                        "stdio"
                    ],
                    "default": "streamable-http",
                    "description": "stdio: the package stage adds the HTTP bridge."
                },
                "port": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 65535,
                    "default": 8080
                },
                "path": {
                    "type": "string",
                    ...grammar('urlPath'),
                    "default": "/mcp"
                },
                "command": {
                    "description": "The server's start command inside the image (default: from package.json or pyproject.toml).",
                    "oneOf": [
                        {
                            "type": "string",
                            "minLength": 1
                        },
                        {
                            "type": "array",
                            "items": {
                                "type": "string"
                            },
                            "minItems": 1
                        }
                    ]
                }
            }
        },
        "build": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "context": {
                    "type": "string",
                    "default": "."
                },
                "dockerfile": {
                    "type": "string",
                    "description": "Optional: generated from a template when absent."
                },
                "base": {
                    "type": "string",
                    ...grammar('imageReference'),
                    "description": "Base image of the generated Dockerfile (pin it by digest)."
                },
                "install": {
                    "enum": [
                        "image",
                        "host"
                    ],
                    "default": "image",
                    "description": "Install dependencies inside the build (image) or on the host, copied in (host: no network in the build)."
                },
                "args": {
                    "type": "object",
                    "propertyNames": grammar('envName'),
                    "additionalProperties": {
                        "type": [
                            "string",
                            "number",
                            "boolean"
                        ]
                    }
                },
                "secrets": {
                    "type": "array",
                    "description": "BuildKit secret mounts: id, and the environment variable holding the value.",
                    "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                            "id",
                            "env"
                        ],
                        "properties": {
                            "id": {
                                "type": "string",
                                ...grammar('secretId')
                            },
                            "env": {
                                "type": "string",
                                ...grammar('envName')
                            }
                        }
                    }
                }
            }
        },
        "image": {
            "type": "string",
            ...grammar('imageRepository'),
            "description": "Repository to push to, without tag: ghcr.io/acme/weather."
        },
        "env": {
            "type": "object",
            "propertyNames": grammar('envName'),
            "additionalProperties": {
                "type": [
                    "string",
                    "number",
                    "boolean"
                ]
            }
        },
        "secrets": {
            "type": "array",
            "description": "References only, never values.",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "name",
                    "from"
                ],
                "properties": {
                    "name": {
                        "type": "string",
                        ...grammar('envName')
                    },
                    "from": secretSource,
                    "rotation": secretNotes.rotation,
                    "refresh": secretNotes.refresh
                }
            }
        },
        "auth": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "mode"
            ],
            "description": "Who may call the deployed server: the bridge enforces it (packaged stdio servers); servers with their own HTTP read the same MCP_BRIDGE_* environment. The health gate proves the refusal and the authorized path.",
            "properties": {
                "mode": {
                    "enum": [
                        "none",
                        "bearer",
                        "oauth"
                    ],
                    "description": "none; bearer: one static token (service to service); oauth: JWT access tokens from one issuer, validated against its keys (an OAuth 2.1 protected resource, RFC 9728 metadata)."
                },
                "bearer": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "secret"
                    ],
                    "properties": {
                        "secret": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                                "from"
                            ],
                            "description": "The token, by reference (as in secrets:), never its value.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    ...grammar('envName'),
                                    "default": "MCP_BRIDGE_TOKEN",
                                    "description": "The environment variable the bridge reads the token from (kept from the server process)."
                                },
                                "from": secretSource,
                                ...secretNotes
                            }
                        }
                    }
                },
                "oauth": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "issuer",
                        "audience"
                    ],
                    "properties": {
                        "issuer": {
                            "type": "string",
                            ...grammar('httpUrl'),
                            "description": "The authorization server's issuer identifier, exactly as tokens carry it in iss (https, or http on a loopback host)."
                        },
                        "audience": {
                            "type": "string",
                            ...grammar('httpUrl'),
                            "description": "This server's resource URL (RFC 8707), required in the tokens' aud: usually its public MCP URL."
                        },
                        "scopes": {
                            "type": "array",
                            "uniqueItems": true,
                            "items": {
                                "type": "string",
                                ...grammar('oauthScope')
                            },
                            "description": "Scopes every token must carry (403 insufficient_scope otherwise)."
                        },
                        "jwks-uri": {
                            "type": "string",
                            ...grammar('jwksUri'),
                            "description": "The issuer's key set, skipping discovery: an https URL, or file:///PATH of a JWKS file inside the container (re-read on an unknown key id)."
                        },
                        "jwks-configmap": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                                "name"
                            ],
                            "description": "Kubernetes: the issuer's public keys from a ConfigMap, mounted read-only; for clusters whose pods cannot reach the issuer.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    ...grammar('dnsSubdomain')
                                },
                                "key": {
                                    "type": "string",
                                    ...grammar('secretKey'),
                                    "default": "jwks.json"
                                }
                            }
                        }
                    }
                }
            }
        },
        "resources": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "cpu": {
                    "type": [
                        "string",
                        "number"
                    ],
                    ...grammar('quantity')
                },
                "memory": {
                    "type": "string",
                    ...grammar('quantity')
                }
            }
        },
        "scaling": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "min": {
                    "type": "integer",
                    "minimum": 0
                },
                "max": {
                    "type": "integer",
                    "minimum": 1
                },
                "cpu": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100
                }
            }
        },
        "health": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "expect-tools": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                },
                "contract": {
                    "type": "string"
                },
                "strict": {
                    "type": "boolean"
                },
                "smoke": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "tool"
                    ],
                    "properties": {
                        "tool": {
                            "type": "string"
                        },
                        "arguments": {
                            "type": "object"
                        }
                    }
                },
                "timeout": {
                    "type": "string",
                    "pattern": "^(\\d+(\\.\\d+)?(ms|s|m|h))+$|^\\d+$"
                },
                "allow-auth-required": {
                    "type": "boolean"
                },
                "auth": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "How the gate obtains a token when auth: is declared; values come from the environment of the machine that runs the gate.",
                    "properties": {
                        "bearer-token-env": {
                            "type": "string",
                            ...grammar('envName'),
                            "description": "bearer: the variable holding the token (default: the bearer secret's from.env)."
                        },
                        "oauth-client-id": {
                            "type": "string",
                            ...grammar('oauthClientId'),
                            "description": "oauth: a client of the issuer allowed the client-credentials grant for this resource."
                        },
                        "oauth-client-secret-env": {
                            "type": "string",
                            ...grammar('envName'),
                            "description": "oauth: the variable holding that client's secret."
                        }
                    }
                },
                "path": {
                    "type": "string",
                    ...grammar('urlPath'),
                    "description": "An HTTP health endpoint of a native HTTP server (Kubernetes probes it; without it, probes check the port). Bridged servers have /healthz and /readyz."
                }
            }
        },
        "ingress": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "host": {
                    "type": "string",
                    ...grammar('hostname')
                },
                "class": {
                    "type": "string",
                    ...grammar('dnsSubdomain'),
                    "description": "The IngressClass (ingressClassName); default: targets.kubernetes.ingress-class, else the cluster's default class."
                },
                "controller": {
                    "enum": [
                        "nginx",
                        "other"
                    ],
                    "description": "nginx: ingress-nginx annotations (rate limit, streaming, session affinity on Mcp-Session-Id). Default: nginx when the class name contains nginx."
                },
                "controller-namespace": {
                    "type": "string",
                    ...grammar('dnsLabel'),
                    "description": "The namespace of the ingress controller's pods, admitted by the NetworkPolicy (default ingress-nginx for nginx)."
                },
                "rate-limit": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "rps"
                    ],
                    "properties": {
                        "rps": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Requests per second per client address."
                        }
                    }
                },
                "tls": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "secret": {
                            "type": "string",
                            ...grammar('dnsSubdomain')
                        },
                        "issuer": {
                            "type": "string",
                            ...grammar('dnsSubdomain'),
                            "description": "A cert-manager ClusterIssuer: it writes the certificate to tls.secret (default SERVER-tls)."
                        }
                    }
                }
            }
        },
        "targets": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "compose": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "project": {
                            "type": "string",
                            ...grammar('composeProject')
                        },
                        "file": {
                            "type": "string",
                            "pattern": "^[^\\u0000-\\u001f]+$",
                            "patternErrorMessage": "a path on one line",
                            "description": "Your own Compose file (relative to this file) instead of a generated one: the server's service (the one whose image is the server's repository, else the one named like the server) runs the deployed image; nothing else changes."
                        }
                    }
                },
                "kubernetes": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "namespace": {
                            "type": "string",
                            ...grammar('dnsLabel')
                        },
                        "manifests": {
                            "description": "Your own manifests (files or folders of YAML, relative to this file) instead of rendered ones: the server's image is set to the pushed digest, nothing else changes.",
                            "oneOf": [
                                {
                                    "type": "string",
                                    "pattern": "^[^\\u0000-\\u001f]+$",
                                    "patternErrorMessage": "a path on one line"
                                },
                                {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "string",
                                        "pattern": "^[^\\u0000-\\u001f]+$",
                                        "patternErrorMessage": "a path on one line"
                                    }
                                }
                            ]
                        },
                        "strategy": {
                            "enum": [
                                "candidate",
                                "rolling"
                            ],
                            "description": "candidate (default when a release serves): gate a one-replica candidate before rolling; rolling: roll directly."
                        },
                        "ingress-class": {
                            "type": "string",
                            ...grammar('dnsSubdomain')
                        },
                        "replicas": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Replicas when not autoscaling (default scaling.min, else 1)."
                        }
                    }
                },
                "cloudrun": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "project": {
                            "type": "string",
                            ...grammar('gcpProject')
                        },
                        "region": {
                            "type": "string",
                            ...grammar('cloudRegion')
                        },
                        "service": {
                            "type": "string",
                            ...cloudGrammar('cloudRunService'),
                            "description": "The Cloud Run service (default: the server's name)."
                        },
                        "service-account": {
                            "type": "string",
                            ...cloudGrammar('gcpServiceAccount'),
                            "description": "The identity the revision runs as (it must read the Secret Manager secrets)."
                        },
                        "ingress": {
                            "enum": [
                                "all",
                                "internal",
                                "internal-and-cloud-load-balancing"
                            ],
                            "default": "all"
                        },
                        "concurrency": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "description": "containerConcurrency: requests one instance serves at once (default 80)."
                        },
                        "timeout": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 3600,
                            "description": "Request timeout in seconds: an SSE stream ends when it runs out (default 3600, the maximum)."
                        }
                    }
                },
                "ecs": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "AWS ECS on Fargate: the task definition's and the service's settings.",
                    "properties": {
                        "region": {
                            "type": "string",
                            ...cloudGrammar('awsRegion')
                        },
                        "cluster": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "default": "default"
                        },
                        "service": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "description": "The ECS service (default: the server's name)."
                        },
                        "family": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "description": "The task definition family (default: the server's name)."
                        },
                        "execution-role-arn": {
                            "type": "string",
                            ...cloudGrammar('awsRoleArn'),
                            "description": "The role ECS pulls the image, writes logs and reads secrets with."
                        },
                        "task-role-arn": {
                            "type": "string",
                            ...cloudGrammar('awsRoleArn'),
                            "description": "The role the server's own AWS calls run as."
                        },
                        "log-group": {
                            "type": "string",
                            ...cloudGrammar('logGroup'),
                            "description": "The CloudWatch Logs group of the awslogs driver (default /ecs/FAMILY)."
                        },
                        "architecture": {
                            "enum": [
                                "X86_64",
                                "ARM64"
                            ],
                            "default": "X86_64"
                        },
                        "subnets": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                ...cloudGrammar('subnet')
                            }
                        },
                        "security-groups": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                ...cloudGrammar('securityGroup')
                            }
                        },
                        "target-group-arn": {
                            "type": "string",
                            ...cloudGrammar('awsTargetGroupArn'),
                            "description": "The load balancer target group the service registers its tasks in."
                        }
                    }
                },
                "containerapps": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "Azure Container Apps: where the app lives and the identity it reads Key Vault with.",
                    "properties": {
                        "subscription": {
                            "type": "string",
                            ...cloudGrammar('azureSubscription')
                        },
                        "resource-group": {
                            "type": "string",
                            ...cloudGrammar('azureResourceGroup')
                        },
                        "environment": {
                            "type": "string",
                            ...cloudGrammar('containerAppEnvironment'),
                            "description": "The Container Apps environment (in the same resource group)."
                        },
                        "name": {
                            "type": "string",
                            ...cloudGrammar('containerAppName'),
                            "description": "The container app (default: the server's name)."
                        },
                        "location": {
                            "type": "string",
                            ...grammar('cloudRegion')
                        },
                        "identity": {
                            "type": "string",
                            ...cloudGrammar('azureIdentity'),
                            "description": "The managed identity that reads Key Vault secrets (and pulls from an Azure Container Registry)."
                        },
                        "concurrency": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "description": "Concurrent HTTP requests per replica before scaling out (default 10)."
                        }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/spec/spec.ts
/**
 * mcp-deploy.yml: parsed with positions, validated against the shipped JSON Schema (ajv), and
 * returned with defaults applied. A bad spec gets one error per problem naming the file, line and
 * column, the field, and what was expected.
 */







// Compiled on first use: the CLI's other commands do not pay for it at start.
let spec_compiled;
// verbose: errors carry the value and the schema node, for patternErrorMessage.
const validator = () => (spec_compiled ??= new ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(deploySchema));
function describe(error) {
    const p = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown field "${String(p.additionalProperty)}"`;
        case 'required':
            return `missing required field "${String(p.missingProperty)}"`;
        case 'enum':
            return `expected one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'type':
            return `expected ${String(p.type).replace(',', ' or ')}`;
        case 'pattern': {
            // Values print JSON-quoted: a line break in one shows as \n and keeps the error one line.
            const says = error.parentSchema?.patternErrorMessage;
            const what = error.propertyName !== undefined ? `the key ${JSON.stringify(error.propertyName)}` : JSON.stringify(error.data);
            return says ? `${what} is not ${says}` : `${what} does not match ${String(p.pattern)}`;
        }
        default:
            return error.message ?? error.keyword;
    }
}
/** Parses and validates spec text; `file` names it in errors. */
function parseSpec(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        if (offset === undefined)
            return file;
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    if (doc.errors.length) {
        throw new errors_InputError(doc.errors.map((e) => `${at(e.pos[0])}: invalid YAML: ${e.message.split('\n')[0]}`).join('\n'));
    }
    const data = doc.toJS();
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new errors_InputError(`${file}: expected a mapping with at least "server"`);
    const validate = validator();
    if (!validate(data)) {
        // oneOf adds a summary error on top of its branches' ones; keep the most specific.
        // propertyNames repeats its pattern error as a summary; keep the pattern one (it names the key).
        const errors = (validate.errors ?? []).filter((e) => (e.keyword !== 'oneOf' || (validate.errors ?? []).length === 1) && e.keyword !== 'propertyNames');
        const seen = new Set();
        const lines = errors
            .map((e) => {
            const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.propertyName;
            const field = key !== undefined ? [...path, key] : path;
            const node = doc.getIn(field, true) ?? doc.getIn(path, true);
            const range = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
            const keyNode = key !== undefined ? findKey(doc, path, key) : undefined;
            return `${at(keyNode ?? range)}: ${path.join('.') || '(top level)'}: ${describe(e)}`;
        })
            .filter((l) => !seen.has(l) && seen.add(l));
        throw new errors_InputError(`${file} is not a valid deploy spec:\n  ${lines.join('\n  ')}`);
    }
    const where = (path) => {
        const node = doc.getIn(path, true);
        return at((path.length ? findKey(doc, path.slice(0, -1), path.at(-1)) : undefined) ?? ((0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined));
    };
    const spec = withDefaults(data, file);
    const raw = data;
    spec.auth = readAuth(raw.auth, file, where);
    const credentials = readGateCredentials(raw.health?.auth, spec.auth, file, where);
    if (Object.keys(credentials).length)
        spec.health.auth = credentials;
    return spec;
}
function findKey(doc, path, key) {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    const items = parent?.items ?? [];
    return items.find((i) => i.key?.value === key)?.key?.range?.[0];
}
const asStrings = (o) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, String(v)]));
function withDefaults(raw, file) {
    const server = raw.server;
    const build = (raw.build ?? {});
    const health = (raw.health ?? {});
    const command = server.command;
    return {
        dir: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)),
        file,
        server: {
            name: server.name,
            transport: server.transport ?? 'streamable-http',
            port: server.port ?? 8080,
            path: server.path ?? '/mcp',
            command: typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : command,
        },
        build: {
            context: build.context ?? '.',
            dockerfile: build.dockerfile,
            base: build.base,
            install: build.install ?? 'image',
            args: asStrings(build.args),
            secrets: build.secrets ?? [],
        },
        image: raw.image,
        env: asStrings(raw.env),
        secrets: raw.secrets ?? [],
        resources: raw.resources,
        scaling: raw.scaling,
        health: {
            expectTools: health['expect-tools'],
            contract: health.contract,
            strict: health.strict,
            smoke: health.smoke,
            timeout: health.timeout,
            allowAuthRequired: health['allow-auth-required'],
            path: health.path,
        },
        ingress: raw.ingress,
        targets: raw.targets ?? {},
    };
}
function loadSpec(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors_InputError(`--spec ${path}: ${error.code === 'ENOENT' ? 'no such file (write an mcp-deploy.yml; see the README)' : error.message}`);
    }
    return parseSpec(text, path);
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/util/parse.ts

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
function parse_parseDuration(value, name = 'duration') {
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        total += Number(m[1]) * unitMs[m[2]];
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== text.length) {
        throw new InputError(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parse_parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new InputError(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new InputError(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parse_parseBoolean(value, name = 'value') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    throw new InputError(`${name}: "${value}" is not a boolean (expected true or false)`);
}
/** Splits a comma- or newline-separated list, dropping empty items. */
function parse_parseList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Chooses a value from a closed set, naming the choices on error. */
function parseChoice(value, choices, name) {
    if (choices.includes(value))
        return value;
    throw new errors_InputError(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}

;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
    if (!value)
        throw new errors_InputError(`Input required and not supplied: ${name}`);
    return value;
}
function getOptionalInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
    return value === '' ? undefined : value;
}
/** Reads a secret input and masks it before anything else can print it. */
function getSecretInput(name) {
    const value = core.getInput(name);
    if (value === '')
        return undefined;
    core.setSecret(value);
    return value;
}
function getBooleanInput(name, fallback) {
    const value = getOptionalInput(name);
    return value === undefined ? fallback : parseBoolean(value, `input ${name}`);
}
function getDurationInput(name, fallback) {
    return parseDuration(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getSizeInput(name, fallback) {
    return parseSize(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getListInput(name) {
    return parseList(core.getInput(name));
}
function getChoiceInput(name, choices, fallback) {
    return parseChoice(getOptionalInput(name) ?? fallback, choices, `input ${name}`);
}
function getJsonInput(name) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return undefined;
    try {
        return JSON.parse(value);
    }
    catch (error) {
        throw new InputError(`input ${name}: not valid JSON (${error.message})`);
    }
}
/** The job's workspace (GITHUB_WORKSPACE; the current directory outside the runner). */
function workspaceDir() {
    return (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd());
}
/** The runner's temp directory, where the actions write their reports by default. */
function runnerTempDir() {
    return (0,external_node_path_.resolve)(process.env.RUNNER_TEMP ?? process.cwd());
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** The path with the symbolic links of its longest existing ancestor resolved. */
function realPath(path) {
    const rest = [];
    for (let head = path;; head = (0,external_node_path_.dirname)(head)) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(head), ...rest);
        }
        catch {
            if ((0,external_node_path_.dirname)(head) === head)
                return path;
            rest.unshift((0,external_node_path_.basename)(head));
        }
    }
}
function getPathInput(name, options = {}) {
    const value = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? options.fallback);
    if (value === undefined)
        return undefined;
    const workspace = workspaceDir();
    const roots = options.output || options.report ? [workspace, runnerTempDir()] : [workspace];
    const path = (0,external_node_path_.resolve)(workspace, value);
    const inside = roots.some((root) => isInside(path, root) && isInside(realPath(path), realPath(root)));
    if (!inside) {
        throw new errors_InputError(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
    }
    return path;
}
/** An input renamed: the new name, else the deprecated one with a warning saying what to write. */
function getRenamedInput(name, deprecated) {
    const value = getOptionalInput(name);
    const old = getOptionalInput(deprecated);
    if (old !== undefined) {
        core.warning(`input ${deprecated} is deprecated: use ${name}${value !== undefined ? ` (both given; ${name} wins)` : ''}`);
    }
    return value ?? old;
}
/**
 * Registry access shared by every action that reads or pushes images: the `registry` host the
 * explicit credentials are bound to, the credentials, the `github-token` for ghcr.io, insecure
 * registries and DOCKER_CONFIG as the CLI honours it. Secrets are masked first.
 */
function getRegistryInputs() {
    const password = getSecretInput('registry-password');
    const githubToken = getSecretInput('github-token') ?? process.env.GITHUB_TOKEN;
    const username = getOptionalInput('registry-username');
    const credentialHost = getOptionalInput('registry');
    if (username !== undefined && password === undefined)
        throw new InputError('input registry-username: given without registry-password');
    return {
        insecureRegistries: getListInput('insecure-registries'),
        credentialHost: credentialHost === undefined ? undefined : canonicalRegistry(credentialHost, 'input registry'),
        username,
        password,
        githubToken,
        dockerConfigPath: process.env.DOCKER_CONFIG ? join(process.env.DOCKER_CONFIG, 'config.json') : undefined,
    };
}

;// CONCATENATED MODULE: ./src/image/config.ts
/** The image config document: what the reader reports, with build history mapped to layers. */

const NANOS_PER_MS = 1_000_000;
function parseImageConfig(bytes, where) {
    let raw;
    try {
        raw = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new InputError(`${where}: image config is not valid JSON (${error.message})`);
    }
    if (typeof raw !== 'object' || raw === null)
        throw new InputError(`${where}: image config is not a JSON object`);
    const c = (raw.config ?? raw.container_config ?? {});
    const rootfs = (raw.rootfs ?? {});
    const diffIds = Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids.filter((d) => typeof d === 'string') : [];
    const hc = c.Healthcheck;
    return {
        env: stringArray(c.Env),
        labels: c.Labels ?? {},
        entrypoint: nullableStringArray(c.Entrypoint),
        cmd: nullableStringArray(c.Cmd),
        user: typeof c.User === 'string' ? c.User : '',
        workingDir: typeof c.WorkingDir === 'string' ? c.WorkingDir : '',
        exposedPorts: Object.keys(c.ExposedPorts ?? {}),
        healthcheck: hc?.Test
            ? {
                test: hc.Test,
                interval: hc.Interval ? hc.Interval / NANOS_PER_MS : undefined,
                timeout: hc.Timeout ? hc.Timeout / NANOS_PER_MS : undefined,
                retries: hc.Retries,
            }
            : null,
        history: mapHistory(Array.isArray(raw.history) ? raw.history : [], diffIds.length),
        diffIds,
        os: typeof raw.os === 'string' ? raw.os : '',
        architecture: typeof raw.architecture === 'string' ? raw.architecture : '',
        raw,
    };
}
/** Non-empty history steps map, in order, onto layers; empty-layer steps keep no layer index. */
function mapHistory(history, layerCount) {
    let next = 0;
    return history.map((h) => {
        const entry = { createdBy: h.created_by ?? '', emptyLayer: Boolean(h.empty_layer) };
        if (h.created)
            entry.created = h.created;
        if (h.comment)
            entry.comment = h.comment;
        if (!entry.emptyLayer && next < layerCount)
            entry.layerIndex = next++;
        return entry;
    });
}
function stringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function nullableStringArray(value) {
    return Array.isArray(value) ? stringArray(value) : null;
}
/**
 * Masks the values of build arguments recorded in a history step (`|2 TOKEN=abc X=1 /bin/sh -c …`
 * becomes `|2 TOKEN=*** X=*** /bin/sh -c …`): they are often credentials, and reports repeat
 * created_by strings.
 */
function config_maskBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+/.exec(createdBy);
    if (!m)
        return createdBy;
    let rest = createdBy.slice(m[0].length);
    const masked = [];
    for (let i = 0; i < Number(m[1]); i++) {
        const arg = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!arg)
            break;
        masked.push(`${arg[1]}=***`);
        rest = rest.slice(arg[0].length);
    }
    return `|${m[1]} ${masked.join(' ')} ${rest}`;
}

;// CONCATENATED MODULE: ./src/scan/keyword-automaton.ts
const ALPHABET = 256;
function foldByte(b) {
    return b >= 0x41 && b <= 0x5a ? b + 32 : b;
}
class KeywordAutomaton {
    /**
     * Transitions: for each state's row and byte, the target state's row offset (state * 256), with
     * the low bit set when keywords end at the target.
     */
    rows;
    /** For each state, the keywords that end there (its own and those via failure links). */
    outputs;
    keywords;
    lengths;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        this.lengths = this.keywords.map((k) => Buffer.byteLength(k));
        const goto = [new Map()];
        const outputs = [[]];
        this.keywords.forEach((keyword, index) => {
            let state = 0;
            for (const byte of Buffer.from(keyword)) {
                const b = foldByte(byte);
                let to = goto[state].get(b);
                if (to === undefined) {
                    to = goto.length;
                    goto.push(new Map());
                    outputs.push([]);
                    goto[state].set(b, to);
                }
                state = to;
            }
            outputs[state].push(index);
        });
        const states = goto.length;
        const next = new Int32Array(states * ALPHABET);
        const fail = new Int32Array(states);
        // Breadth-first: each state's failure link, then its full transition row.
        const queue = [];
        for (let b = 0; b < ALPHABET; b++) {
            const to = goto[0].get(b) ?? 0;
            next[b] = to;
            if (to !== 0)
                queue.push(to);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const failRow = fail[state] * ALPHABET;
            outputs[state].push(...outputs[fail[state]]);
            // A byte without its own edge goes where the failure state's row sends it: copy that row
            // (complete: it is shallower, so done earlier), then set this state's own edges.
            next.copyWithin(state * ALPHABET, failRow, failRow + ALPHABET);
            for (const [b, to] of goto[state]) {
                fail[to] = next[failRow + b];
                next[state * ALPHABET + b] = to;
                queue.push(to);
            }
        }
        this.outputs = outputs;
        // Fold upper-case transitions onto lower-case ones, so matching needs no per-byte folding.
        for (let s = 0; s < states; s++)
            for (let b = 0x41; b <= 0x5a; b++)
                next[s * ALPHABET + b] = next[s * ALPHABET + b + 32];
        // The hot loop's form: each transition holds its target's row offset (state * 256) and, in the
        // low bit (free: offsets are multiples of 256), whether keywords end there, so a byte costs one
        // typed-array read and a mask (23% faster than a second read of a per-state flag).
        for (let i = 0; i < next.length; i++)
            next[i] = next[i] * ALPHABET + (outputs[next[i]].length > 0 ? 1 : 0);
        this.rows = next;
    }
    /** Every keyword occurrence in `buf[from, to)`. */
    search(buf, from = 0, to = buf.length) {
        const hits = [];
        this.forEachHit(buf, (start, keyword) => hits.push({ start, keyword }), from, to);
        return hits;
    }
    /** The scan's form of search: a call per occurrence, in order, and no objects made. */
    forEachHit(buf, onHit, from = 0, to = buf.length) {
        const rows = this.rows;
        let row = 0;
        for (let i = from; i < to; i++) {
            row = rows[(row & -ALPHABET) + buf[i]];
            // row >> 8 is the state (ALPHABET is 256).
            if ((row & 1) !== 0)
                for (const k of this.outputs[row >> 8])
                    onHit(i - this.lengths[k] + 1, k);
        }
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/scan/validators.ts
/** Structure checks that turn a pattern match into a finding: checksums, lengths, entropy, claims. */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function decodeBase62(text) {
    let value = 0;
    for (const ch of text) {
        const digit = BASE62.indexOf(ch);
        if (digit < 0)
            return -1;
        value = value * 62 + digit;
    }
    return value;
}
/**
 * GitHub classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm tokens (npm_): 30 random base62
 * characters, then 6 characters of base62 CRC32 over those 30.
 */
function hasTokenChecksum(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    return decodeBase62(body.slice(30)) === (0,external_node_zlib_.crc32)(body.slice(0, 30)) >>> 0;
}
/** Shannon entropy in bits per character. */
function shannonEntropy(text) {
    if (!text)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
const PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|%\(?[A-Za-z_]+\)?s?|\[.*\]|(.)\1{5,}|[xX*._-]{4,}.*|.*(?:changeme|change_me|example|placeholder|dummy|sample|fake|redacted|your[-_]?(?:key|token|secret|password)|xxxx|\*\*\*\*|insert|replace|todo|secret_here|password_here).*)$/i;
/** Values that stand for a secret rather than being one: ${VAR}, <your-key>, changeme, xxxx… */
function isPlaceholder(value) {
    return PLACEHOLDER.test(value.trim());
}
function decodeSegment(segment) {
    try {
        const json = Buffer.from(segment, 'base64url').toString('utf8');
        const value = JSON.parse(json);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** A JWT whose claims make it a credential: a Kubernetes service-account token. */
function isKubernetesServiceAccountToken(jwt) {
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string')
        return false;
    return p.iss === 'kubernetes/serviceaccount' || 'kubernetes.io' in p || String(p.sub ?? '').startsWith('system:serviceaccount:');
}
/** A JWT carrying privileged credential claims (service roles, admin or write scopes, client secrets). */
function isCredentialJwt(jwt) {
    if (isKubernetesServiceAccountToken(jwt))
        return false;
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string' || h.alg === 'none')
        return false;
    const role = String(p.role ?? '');
    const scope = [p.scope, p.scp, p.scopes, p.permissions].flat().map(String).join(' ');
    return role === 'service_role' || /\b(?:admin|write|\*)\b/i.test(scope) || 'client_secret' in p || 'api_key' in p;
}
/** A PEM private-key block with a real base64 body, not just a header in a string table. */
function isCompletePemBody(block) {
    const body = block
        .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/-----END [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/^[A-Za-z-]+: .*$/gm, '')
        .replace(/\\n|\\r|["'+\s,]/g, '');
    return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body);
}

;// CONCATENATED MODULE: ./src/scan/rules.ts

const ROTATE = 'Remove it from the image (and from every layer: a later `rm` does not), rotate it, and inject it at run time from a secret store.';
const token = (id, title, severity, keywords, pattern, extra = {}) => ({
    id,
    title,
    severity,
    keywords,
    pattern,
    help: `${title}. ${ROTATE}`,
    ...extra,
});
const rules_rules = [
    token('aws-access-key-id', 'AWS access key ID', 'high', ['akia', 'asia', 'abia', 'acca', 'a3t'], /\b(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, { allow: [/EXAMPLE$/] }),
    token('aws-secret-access-key', 'AWS secret access key', 'critical', ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret'], /(?:aws_?secret_?access_?key|secret_?access_?key|aws-secret-access-key)["']?\s{0,5}[:=]\s{0,5}["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi, { allow: [/EXAMPLEKEY$/], entropy: 4 }),
    token('github-classic-token', 'GitHub token (classic)', 'critical', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /\b(?<s>gh[pousr]_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('github-fine-grained-token', 'GitHub fine-grained personal access token', 'critical', ['github_pat_'], /\b(?<s>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g, { entropy: 4 }),
    token('gitlab-personal-access-token', 'GitLab personal access token', 'critical', ['glpat-'], /\b(?<s>glpat-[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'high', ['glptt-'], /\b(?<s>glptt-[0-9a-f]{40})\b/g),
    token('gitlab-runner-token', 'GitLab runner token', 'high', ['glrt-', 'gr1348941'], /\b(?<s>(?:glrt-|GR1348941)[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('slack-token', 'Slack token', 'high', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-'], /\b(?<s>xox[abeprs]-(?:\d{1,13}-){1,3}[A-Za-z0-9]{16,64})\b/g, { entropy: 3.5 }),
    token('slack-webhook', 'Slack incoming webhook', 'high', ['hooks.slack.com'], /(?<s>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{24})/g),
    token('stripe-live-key', 'Stripe live secret or restricted key', 'critical', ['sk_live_', 'rk_live_'], /\b(?<s>(?:sk|rk)_live_[A-Za-z0-9]{24,99})\b/g, { entropy: 3.5 }),
    token('stripe-webhook-secret', 'Stripe webhook signing secret', 'medium', ['whsec_'], /\b(?<s>whsec_[A-Za-z0-9]{32,64})\b/g, { entropy: 3.5 }),
    token('google-api-key', 'Google API key', 'high', ['aiza'], /\b(?<s>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service-account key (JSON)',
        severity: 'critical',
        keywords: ['service_account'],
        pattern: /"type"\s{0,5}:\s{0,5}"service_account"[^}]{0,4000}?"private_key"\s{0,5}:\s{0,5}"(?<s>-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\n]{100,4000}-----END PRIVATE KEY-----(?:\\n)?)"/g,
        validate: (s) => isCompletePemBody(s),
        help: `A Google Cloud service-account key file. ${ROTATE}`,
    },
    {
        id: 'private-key',
        title: 'Private key (PEM or OpenSSH)',
        severity: 'critical',
        keywords: ['private key-----'],
        pattern: /(?<s>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,\\"'-]{64,12000}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g,
        validate: (s) => isCompletePemBody(s),
        help: `A complete private key block. ${ROTATE}`,
    },
    token('npm-access-token', 'npm access token', 'critical', ['npm_'], /\b(?<s>npm_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('pypi-upload-token', 'PyPI upload token', 'critical', ['pypi-ageichlwa'], /\b(?<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/g),
    token('openai-api-key', 'OpenAI API key', 'critical', ['t3blbkfj'], /\b(?<s>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160})(?![A-Za-z0-9_-])/g),
    token('anthropic-api-key', 'Anthropic API key', 'critical', ['sk-ant-'], /\b(?<s>sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/g),
    token('huggingface-token', 'Hugging Face access token', 'high', ['hf_'], /\b(?<s>hf_[A-Za-z]{34})\b/g, { entropy: 3.8 }),
    token('sendgrid-api-key', 'SendGrid API key', 'high', ['sg.'], /\b(?<s>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('twilio-api-key', 'Twilio API key', 'high', ['twilio'], /twilio[\s\S]{0,100}?\b(?<s>SK[0-9a-f]{32})\b/gi, { entropy: 3 }),
    token('digitalocean-token', 'DigitalOcean token', 'critical', ['dop_v1_', 'doo_v1_', 'dor_v1_'], /\b(?<s>do[opr]_v1_[a-f0-9]{64})\b/g),
    token('vault-token', 'HashiCorp Vault token', 'critical', ['hvs.', 'hvb.'], /\b(?<s>hv[sb]\.[A-Za-z0-9_-]{90,200})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('azure-ad-client-secret', 'Azure AD client secret', 'high', ['q~'], /(?<![A-Za-z0-9_~.-])(?<s>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g, { entropy: 4 }),
    token('dockerhub-pat', 'Docker Hub personal access token', 'high', ['dckr_pat_'], /\b(?<s>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g),
    token('shopify-token', 'Shopify access token', 'high', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], /\b(?<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/g),
    token('square-access-token', 'Square access token', 'high', ['sq0atp-', 'sq0csp-'], /\b(?<s>sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    token('telegram-bot-token', 'Telegram bot token', 'medium', [':aa'], /\b(?<s>\d{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/g),
    token('discord-webhook', 'Discord webhook', 'high', ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], /(?<s>https:\/\/discord(?:app)?\.com\/api\/webhooks\/\d{10,20}\/[A-Za-z0-9_-]{60,70})/g),
    token('atlassian-api-token', 'Atlassian API token', 'high', ['atatt3'], /\b(?<s>ATATT3[A-Za-z0-9_=-]{180,200})(?![A-Za-z0-9_=-])/g),
    token('linear-api-key', 'Linear API key', 'high', ['lin_api_'], /\b(?<s>lin_api_[A-Za-z0-9]{40})\b/g),
    token('new-relic-user-key', 'New Relic user API key', 'high', ['nrak-'], /\b(?<s>NRAK-[A-Z0-9]{27})\b/g),
    token('age-secret-key', 'age encryption secret key', 'critical', ['age-secret-key-1'], /\b(?<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g),
    token('pulumi-access-token', 'Pulumi access token', 'high', ['pul-'], /\b(?<s>pul-[a-f0-9]{40})\b/g),
    token('doppler-token', 'Doppler token', 'high', ['dp.pt.', 'dp.st.', 'dp.sa.'], /\b(?<s>dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,44})\b/g),
    token('grafana-token', 'Grafana service-account or cloud token', 'high', ['glsa_', 'glc_'], /\b(?<s>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/_])/g, { entropy: 4 }),
    token('postman-api-key', 'Postman API key', 'high', ['pmak-'], /\b(?<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/g),
    token('sentry-auth-token', 'Sentry auth token', 'high', ['sntrys_', 'sntryu_'], /\b(?<s>sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/g),
    token('kubernetes-service-account-token', 'Kubernetes service-account token', 'critical', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isKubernetesServiceAccountToken }),
    token('jwt-credential', 'JWT with credential claims (service role, admin or write scope)', 'high', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isCredentialJwt }),
    {
        id: 'database-url-password',
        title: 'Database URL with a password',
        severity: 'high',
        keywords: ['postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'mariadb://'],
        pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql):\/\/(?<u>[^\s:@/"'`]{0,64}):(?<s>[^\s@/"'`]{3,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s) && !/^(?:password|pass|pwd|secret|postgres|root|user|admin|test|guest)$/i.test(s),
        help: `A connection URL that carries its password. ${ROTATE}`,
    },
    {
        id: 'url-basic-auth',
        title: 'Password in an HTTP(S) URL',
        severity: 'medium',
        keywords: ['http://', 'https://'],
        pattern: /\bhttps?:\/\/(?<u>[A-Za-z0-9._~%-]{1,64}):(?<s>[A-Za-z0-9._~%!$&'()*+,;=-]{8,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s),
        entropy: 3,
        help: `A URL with user:password credentials. ${ROTATE}`,
    },
    {
        id: 'generic-secret-assignment',
        title: 'High-entropy value assigned to a secret-named key',
        severity: 'medium',
        keywords: ['secret', 'token', 'password', 'passwd', 'api_key', 'apikey', 'api-key', 'access_key', 'private_key', 'client_secret', 'auth'],
        pattern: /(?<k>[A-Za-z0-9_.-]{0,40}(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?)["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?(?<s>[A-Za-z0-9_\-+/=.@!$%^&*~]{16,128})(?=["'`\s,;)}]|$)/gim,
        // The pattern without its leading key characters (tried from every position, they made it the
        // scan's costliest) and its end: most windows of these common words hold no assignment.
        precheck: /(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?[A-Za-z0-9_\-+/=.@!$%^&*~]{16}/i,
        entropy: 3.5,
        validate: (s) => !isPlaceholder(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(s) && !/^(?:process\.env|os\.environ|env\.|this\.|self\.)/.test(s),
        help: `A secret-named key set to a high-entropy value. If it is a real credential: ${ROTATE} If it is not, add it to the baseline with a reason.`,
    },
];
function ruleById(id) {
    return rules_rules.find((r) => r.id === id);
}
/** Applies a rule's structure checks to a secret found by its pattern. */
function acceptsSecret(rule, secret, match) {
    if (rule.allow?.some((re) => re.test(secret)))
        return false;
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy)
        return false;
    return rule.validate ? rule.validate(secret, match) : true;
}

;// CONCATENATED MODULE: ./src/scan/content-scanner.ts
/**
 * Scans file contents in bounded memory: chunks of about 1 MiB are searched by the keyword
 * automaton, and each rule's pattern runs only in windows around its keywords' hits. A tail of
 * the previous chunk is carried over, so a secret across a chunk boundary is found whole;
 * matches are keyed by absolute offset, so the overlap never reports one twice.
 */


const CHUNK = 1024 * 1024;
/** Longer than the longest secret any rule matches (a 4096-bit RSA key in PEM is about 3.3 KB). */
const OVERLAP = 16 * 1024;
const BINARY_PROBE = 8000;
function windowAfter(rule) {
    if (rule.id === 'private-key')
        return 13_000;
    if (rule.id === 'gcp-service-account-key')
        return 8_000;
    return 700;
}
const WINDOW_BEFORE = 160;
let compiledDefault;
function compileRules(rules = rules_rules) {
    if (rules === rules_rules && compiledDefault)
        return compiledDefault;
    const keywords = [];
    const rulesOf = [];
    rules.forEach((rule, r) => {
        for (const keyword of rule.keywords) {
            let k = keywords.indexOf(keyword);
            if (k < 0) {
                k = keywords.push(keyword) - 1;
                rulesOf.push([]);
            }
            rulesOf[k].push(r);
        }
    });
    const compiled = { automaton: new KeywordAutomaton(keywords), rulesOf, rules, after: rules.map(windowAfter) };
    if (rules === rules_rules)
        compiledDefault = compiled;
    return compiled;
}
/** True when the first bytes hold a NUL: binary content is not pattern-scanned. */
function looksBinary(head) {
    return Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, BINARY_PROBE)).indexOf(0) !== -1;
}
function countLines(buf, from, to) {
    let n = 0;
    for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1))
        n++;
    return n;
}
/** Feeds a file's content chunk by chunk; `finish()` returns every accepted match. */
class ContentScanner {
    compiled;
    pending = [];
    pendingBytes = 0;
    tail = Buffer.alloc(0);
    /** Absolute offset of `tail[0]`, and the 1-based line it starts on. */
    tailOffset = 0;
    tailLine = 1;
    seen = new Set();
    matches = [];
    binary;
    bytes = 0;
    constructor(compiled = compileRules()) {
        this.compiled = compiled;
    }
    push(chunk) {
        this.bytes += chunk.length;
        if (this.binary === undefined)
            this.binary = looksBinary(chunk);
        if (this.binary)
            return;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= CHUNK)
            this.flush(false);
    }
    finish() {
        if (!this.binary)
            this.flush(true);
        return dropShadowed(this.matches);
    }
    flush(final) {
        if (this.pendingBytes === 0 && !final)
            return;
        // Most files are one chunk with no tail before it: scanned in place, not copied.
        const buf = this.tail.length === 0 && this.pending.length === 1 ? this.pending[0] : Buffer.concat([this.tail, ...this.pending]);
        this.pending = [];
        this.pendingBytes = 0;
        this.scanBuffer(buf);
        if (!final) {
            const keep = Math.min(OVERLAP, buf.length);
            const cut = buf.length - keep;
            this.tailLine += countLines(buf, 0, cut);
            this.tailOffset += cut;
            this.tail = Buffer.from(buf.subarray(cut));
        }
    }
    scanBuffer(buf) {
        const { automaton, rulesOf, rules, after } = this.compiled;
        // One flat list of [start, end) windows per rule, merged where they overlap; rules in the
        // order of their first hit.
        const windows = [];
        const order = [];
        const length = buf.length;
        automaton.forEachHit(buf, (hitStart, keyword) => {
            const start = hitStart > WINDOW_BEFORE ? hitStart - WINDOW_BEFORE : 0;
            for (const r of rulesOf[keyword]) {
                const end = Math.min(length, hitStart + after[r]);
                const list = windows[r];
                if (list === undefined) {
                    windows[r] = [start, end];
                    order.push(r);
                }
                else if (start <= list[list.length - 1]) {
                    if (end > list[list.length - 1])
                        list[list.length - 1] = end;
                }
                else
                    list.push(start, end);
            }
        });
        for (const r of order) {
            const rule = rules[r];
            const list = windows[r];
            for (let i = 0; i < list.length; i += 2)
                this.runRule(rule, buf, list[i], list[i + 1]);
        }
    }
    runRule(rule, buf, start, end) {
        // latin1 keeps one character per byte, so string offsets are byte offsets.
        const text = buf.toString('latin1', start, end);
        if (rule.precheck && !rule.precheck.test(text))
            return;
        // The rule's own (global) RegExp, rewound: this loop is synchronous, so no one else is using it.
        const re = rule.pattern;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            const secret = m.groups?.s ?? m[0];
            const secretIndex = m.index + m[0].indexOf(secret);
            const offset = this.tailOffset + start + secretIndex;
            const key = `${rule.id}@${offset}`;
            if (this.seen.has(key) || !acceptsSecret(rule, secret, m[0]))
                continue;
            this.seen.add(key);
            const line = this.tailLine + countLines(buf, 0, start + secretIndex);
            this.matches.push({ rule, secret, line, offset });
        }
    }
}
/** Broad rules yield to specific ones: a token already named by its own rule is not also "generic". */
const BROAD = new Set(['generic-secret-assignment', 'url-basic-auth', 'private-key', 'database-url-password']);
function dropShadowed(matches) {
    return matches.filter((m) => !BROAD.has(m.rule.id) ||
        !matches.some((other) => other !== m && !BROAD.has(other.rule.id) && other.offset < m.offset + m.secret.length && m.offset < other.offset + other.secret.length));
}
/** Scans one whole buffer (config values, small files). */
function content_scanner_scanText(text, compiled) {
    const scanner = new ContentScanner(compiled);
    scanner.push(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/scan/config-scanner.ts


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
    return v.length >= 6 && !isPlaceholder(v) && !v.startsWith('/') && !/^(?:true|false|yes|no|none|null|\d+)$/i.test(v);
}
/** Parses `|2 A=1 B=two /bin/sh -c ...` (how the classic builder records build args). */
function config_scanner_parseBuildArgs(createdBy) {
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
    return scanText(text).map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where, name, secret: m.secret, layerIndex }));
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
        const args = config_scanner_parseBuildArgs(step.createdBy);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/scan/redact.ts
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
    return createHash('sha256').update(`${rule}\0${secret}`).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/scan/redact-text.ts
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
    for (const match of content_scanner_scanText(text))
        if (text.includes(match.secret))
            secrets.add(match.secret);
    for (const m of text.matchAll(ASSIGNMENT)) {
        const value = unquote(m[2]);
        if (isSecretAssignment(m[1], value))
            secrets.add(value);
    }
    return [...secrets];
}
/** Replaces each secret by its redacted form; the longest first, so no part of one is left behind. */
function replaceSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(redact(secret));
    }
    return out;
}
/** Free text with every secret the scan's rules recognise redacted. */
function redact_text_redactText(text) {
    if (!text)
        return text;
    return replaceSecrets(text, findSecretsInText(text));
}
/**
 * A history step's `created_by`: build-argument values masked (also where the command repeats
 * them), then redacted as free text.
 */
function redactCreatedBy(createdBy) {
    const argValues = parseBuildArgs(createdBy)
        .map(([, value]) => value)
        .filter((value) => value.length >= 4);
    const masked = maskBuildArgs(createdBy);
    return redact_text_redactText(argValues.reduce((text, value) => (text.includes(value) ? text.split(value).join('***') : text), masked));
}
/** Every string in a JSON-like value redacted (keys included); numbers, booleans and null kept. */
function redact_text_redactDeep(value) {
    if (typeof value === 'string')
        return redact_text_redactText(value);
    if (Array.isArray(value))
        return value.map((v) => redact_text_redactDeep(v));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact_text_redactText(k), redact_text_redactDeep(v)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * Everything an action lets out of the process goes through here, and through the scan's
 * redaction first: log lines, annotations, outputs, the job summary, report files and the final
 * error. A secret the image carries (set in ENV, used inline in a RUN step) never leaves whole.
 */





/** The engine's logger for actions: runner log commands, redacted. */
const actionLogger = {
    debug: (m) => lib_core/* debug */.Yz(redact_text_redactText(m)),
    info: (m) => lib_core/* info */.pq(redact_text_redactText(m)),
    warning: (m) => lib_core/* warning */.$e(redact_text_redactText(m)),
    error: (m) => lib_core/* error */.z3(redact_text_redactText(m)),
};
/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
function annotate(level, message, properties = {}) {
    const props = { ...properties, ...(properties.title ? { title: redactText(properties.title) } : {}) };
    core[level](redactText(message), props);
}
/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        lib_core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(redact_text_redactDeep(value)) : redact_text_redactText(String(value)));
    }
}
/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
async function writeSummary(markdown) {
    await lib_core/* summary */.z.addRaw(redact_text_redactText(markdown), true).write();
}
/**
 * Writes a JSON report, redacted: the text as a whole, and value by value where redacting the
 * serialised text would break it (a secret whose redacted form ends inside an escape).
 */
function writeJsonReport(path, value) {
    const text = redactText(JSON.stringify(value, null, 2));
    let safe = text;
    try {
        JSON.parse(text);
    }
    catch {
        safe = JSON.stringify(redactDeep(value), null, 2);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${safe}\n`);
}
/** One phase of the step's log, folded in the runner's log view. */
function group(name, body) {
    return lib_core/* group */.Os(redact_text_redactText(name), body);
}
/**
 * The one catch at the top of every action: a known error becomes `setFailed(message)` with the
 * stack in debug only; an unknown one keeps its stack so a bug can be reported. Both redacted.
 */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        if (isKnownError(error)) {
            if (error.stack)
                lib_core/* debug */.Yz(redact_text_redactText(error.stack));
            lib_core/* setFailed */.C1(redact_text_redactText(error.message));
        }
        else if (error instanceof Error) {
            lib_core/* setFailed */.C1(redact_text_redactText(error.stack ?? error.message));
        }
        else {
            lib_core/* setFailed */.C1(redact_text_redactText(String(error)));
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/render.ts
/**
 * actions/render: the spec → one cloud target's deploy documents (Cloud Run service YAML, ECS task
 * definition and service settings, Container Apps YAML) written to a folder, and what the
 * workflow's CLI steps need to address them (names, region, project or resource group, the
 * candidate's URL as far as it is knowable before the platform answers).
 */







function getInputs() {
    const target = getChoiceInput('target', ['cloudrun', 'ecs', 'containerapps'], 'cloudrun');
    const stage = getOptionalInput('stage');
    const tag = getOptionalInput('tag');
    const servingRevision = getOptionalInput('serving-revision');
    if (target === 'ecs' && (stage ?? tag ?? servingRevision) !== undefined) {
        throw new errors_InputError('target ecs: inputs stage, tag and serving-revision are for cloudrun and containerapps (ECS rolls with its circuit breaker)');
    }
    const parsedStage = stage === undefined ? undefined : getChoiceInput('stage', ['candidate', 'promote'], 'candidate');
    return {
        spec: getPathInput('spec', { fallback: 'mcp-deploy.yml' }),
        target,
        image: getRequiredInput('image'),
        stage: parsedStage,
        tag,
        servingRevision,
        sha: getOptionalInput('sha'),
        revisionSuffix: getOptionalInput('revision-suffix'),
        outputDir: getPathInput('output-dir', { output: true }) ?? (0,external_node_path_.join)(runnerTempDir(), `mcp-orchestrator-render-${target}${parsedStage ? `-${parsedStage}` : ''}`),
    };
}
const record = (value) => (value && typeof value === 'object' ? value : {});
const render_text = (value) => (typeof value === 'string' ? value : undefined);
/** Where the documents say the service lives: what `gcloud`, `aws` and `az` are called with. */
function locationOf(render, tag) {
    const main = render.documents[0].value;
    switch (render.target) {
        case 'cloudrun': {
            const metadata = record(main.metadata);
            const name = render_text(metadata.name);
            const region = render_text(record(metadata.labels)['cloud.googleapis.com/location']);
            // The hash part of a run.app host is the project's and known only to Cloud Run: the pattern says where it goes.
            return { name, project: render_text(metadata.namespace), region, 'candidate-url': `https://${tag}---${name}-<hash>-<region-code>.a.run.app` };
        }
        case 'containerapps': {
            const name = render_text(main.name);
            const environment = render_text(record(main.properties).managedEnvironmentId) ?? '';
            const [, subscription, resourceGroup] = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//.exec(environment) ?? [];
            return { name, subscription, 'resource-group': resourceGroup, region: render_text(main.location), 'candidate-url': `https://${name}---${tag}.<environment-default-domain>` };
        }
        case 'ecs': {
            const service = record(record(render.documents[1]?.value).service);
            const container = record(main.containerDefinitions?.[0]);
            const region = render_text(record(record(container.logConfiguration).options)['awslogs-region']);
            return { name: render_text(service.serviceName), cluster: render_text(service.cluster), region };
        }
    }
}
async function run() {
    await runAction(async () => {
        const inputs = getInputs();
        const spec = loadSpec(inputs.spec);
        const render = await group(`Render ${inputs.target}${inputs.stage ? ` (${inputs.stage})` : ''}`, async () => renderCloud(inputs.target, spec, { image: inputs.image, stage: inputs.stage, tag: inputs.tag, servingRevision: inputs.servingRevision, sha: inputs.sha, revisionSuffix: inputs.revisionSuffix }));
        for (const warning of render.warnings)
            actionLogger.warning(warning);
        (0,external_node_fs_.mkdirSync)(inputs.outputDir, { recursive: true });
        const files = render.documents.map((d) => {
            const path = (0,external_node_path_.join)(inputs.outputDir, d.name);
            (0,external_node_fs_.writeFileSync)(path, d.text);
            return path;
        });
        const location = locationOf(render, inputs.tag ?? 'candidate');
        setOutputs({
            file: files[0],
            files,
            'service-file': render.target === 'ecs' ? files[1] : undefined,
            revision: render.revision,
            'mcp-path': spec.server.path,
            ...location,
        });
        actionLogger.info(`Wrote ${files.join(', ')} (revision ${render.revision}).`);
        await writeSummary(`### ${inputs.target} render${inputs.stage ? ` (${inputs.stage})` : ''}\n\nRevision <code>${escapeHtml(render.revision)}</code>: ${render.documents.map((d) => `<code>${escapeHtml(d.name)}</code>`).join(', ')}\n`);
    });
}
const escapeHtml = (value) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);


/***/ })

};

//# sourceMappingURL=257.index.js.map