export const id = 2804;
export const ids = [2804,7422];
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

/***/ 58171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ metadataFor),
/* harmony export */   Fn: () => (/* binding */ standardLabels),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Zn: () => (/* binding */ selectorLabels)
/* harmony export */ });
const MANAGED_BY = 'mcp-orchestrator';
/** The labels a selector uses: stable across revisions (a Deployment's selector is immutable). */
function selectorLabels(settings) {
    return { 'app.kubernetes.io/name': settings.name, 'app.kubernetes.io/instance': settings.instance };
}
function standardLabels(settings) {
    return { ...selectorLabels(settings), 'app.kubernetes.io/version': settings.version, 'app.kubernetes.io/managed-by': MANAGED_BY };
}
/** Metadata for an object of this server: its name, the namespace when one is set, the labels. */
function metadataFor(settings) {
    return (name, annotations) => ({
        name,
        ...(settings.namespace ? { namespace: settings.namespace } : {}),
        labels: standardLabels(settings),
        ...(annotations && Object.keys(annotations).length ? { annotations } : {}),
    });
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


/***/ }),

/***/ 68874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ SESSION_HASH_KEY),
/* harmony export */   ZZ: () => (/* binding */ sessionAffinity),
/* harmony export */   _Y: () => (/* binding */ renderIngress),
/* harmony export */   is: () => (/* binding */ renderService),
/* harmony export */   nm: () => (/* binding */ renderNetworkPolicy)
/* harmony export */ });
/* unused harmony export SERVICE_PORT */
/* harmony import */ var _kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58171);
/* harmony import */ var _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11538);


const SERVICE_PORT = 80;
/**
 * ingress-nginx hashes on the client's address. Not on the `Mcp-Session-Id` header: a session's
 * first request (initialize) carries no id yet, so it would hash to one fixed pod while the
 * session's later requests hash on their id to another pod that does not hold the session.
 */
const SESSION_HASH_KEY = '$binary_remote_addr';
/** SSE streams stay open: an hour before the controller cuts an idle read or send. */
const STREAM_TIMEOUT_SECONDS = '3600';
/** Decides session affinity; the warning says when nothing keeps a session on its pod. */
function sessionAffinity(settings) {
    if (!settings.multiReplica)
        return { mode: 'single-replica', warnings: [] };
    const ingress = settings.ingress;
    if (ingress?.controller === 'nginx')
        return { mode: 'client-hash', warnings: [] };
    if (!ingress)
        return { mode: 'client-ip', warnings: [] };
    return {
        mode: 'client-ip',
        warnings: [
            `${settings.name}: more than one replica behind an ingress controller (class ${ingress.className ?? '(cluster default)'}) that this render cannot configure for session affinity: ` +
                'the Service\'s ClientIP affinity does not apply to traffic the controller sends to pods directly, so requests of one MCP session may reach a pod that does not hold it. ' +
                'Set ingress.controller: nginx when it is ingress-nginx, configure sticky sessions on the controller, or run one replica (targets.kubernetes.replicas: 1 and no scaling.max above it).',
        ],
    };
}
function renderService(settings, affinity) {
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name),
        spec: {
            type: 'ClusterIP',
            selector: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings),
            ports: [{ name: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2, port: SERVICE_PORT, targetPort: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2, protocol: 'TCP', appProtocol: 'http' }],
            // In-cluster clients reach pods through the Service: ClientIP keeps their sessions on one pod
            // (ingress-nginx bypasses the Service and hashes on the client address instead).
            ...(affinity.mode === 'single-replica' ? {} : { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } }),
        },
    };
}
function ingressAnnotations(settings, affinity) {
    const ingress = settings.ingress;
    const annotations = {};
    if (ingress.tls?.issuer)
        annotations['cert-manager.io/cluster-issuer'] = ingress.tls.issuer;
    if (ingress.controller !== 'nginx')
        return annotations;
    const nginx = 'nginx.ingress.kubernetes.io';
    if (ingress.rps !== undefined)
        annotations[`${nginx}/limit-rps`] = String(ingress.rps);
    annotations[`${nginx}/proxy-buffering`] = 'off';
    annotations[`${nginx}/proxy-read-timeout`] = STREAM_TIMEOUT_SECONDS;
    annotations[`${nginx}/proxy-send-timeout`] = STREAM_TIMEOUT_SECONDS;
    if (affinity.mode === 'client-hash')
        annotations[`${nginx}/upstream-hash-by`] = SESSION_HASH_KEY;
    return annotations;
}
/**
 * Routes the whole host to the server: its MCP path, the SSE endpoints of bridged servers
 * (/sse, /messages) and /.well-known/oauth-protected-resource all have to be public.
 */
function renderIngress(settings, affinity) {
    const ingress = settings.ingress;
    if (!ingress)
        return undefined;
    return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name, ingressAnnotations(settings, affinity)),
        spec: {
            ...(ingress.className ? { ingressClassName: ingress.className } : {}),
            ...(ingress.tls ? { tls: [{ hosts: [ingress.host], secretName: ingress.tls.secret }] } : {}),
            rules: [
                {
                    host: ingress.host,
                    http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: settings.name, port: { name: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2 } } } }] },
                },
            ],
        },
    };
}
/** Admits only same-namespace pods and, with an ingress, the controller's namespace, on the server's port. */
function renderNetworkPolicy(settings) {
    const from = [{ podSelector: {} }];
    const controllerNamespace = settings.ingress?.controllerNamespace;
    if (controllerNamespace)
        from.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': controllerNamespace } } });
    return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name),
        spec: {
            podSelector: { matchLabels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings) },
            policyTypes: ['Ingress'],
            ingress: [{ from, ports: [{ port: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2, protocol: 'TCP' }] }],
        },
    };
}


/***/ }),

/***/ 11538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ renderServiceAccount),
/* harmony export */   _D: () => (/* binding */ renderDeployment),
/* harmony export */   m2: () => (/* binding */ PORT_NAME)
/* harmony export */ });
/* unused harmony export BRIDGE_TERMINATION_GRACE_SECONDS */
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45356);
/* harmony import */ var _kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58171);


/** The user the generated Dockerfiles run as; set here too so images with a named USER pass runAsNonRoot. */
const RUN_AS = 10001;
/** The bridge drains for up to 30s on SIGTERM (its default), then stops its children. */
const BRIDGE_TERMINATION_GRACE_SECONDS = 45;
const NATIVE_TERMINATION_GRACE_SECONDS = 30;
const PORT_NAME = 'http';
function probes(settings) {
    const http = (path) => ({ httpGet: { path, port: PORT_NAME } });
    const check = settings.bridged
        ? { startup: http('/healthz'), ready: http('/readyz'), live: http('/healthz') }
        : settings.healthPath
            ? { startup: http(settings.healthPath), ready: http(settings.healthPath), live: http(settings.healthPath) }
            : { startup: { tcpSocket: { port: PORT_NAME } }, ready: { tcpSocket: { port: PORT_NAME } }, live: { tcpSocket: { port: PORT_NAME } } };
    return {
        // Up to two minutes to start (npm/python start-up on a busy node); liveness waits for it.
        startupProbe: { ...check.startup, periodSeconds: 2, timeoutSeconds: 3, failureThreshold: 60 },
        readinessProbe: { ...check.ready, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
        livenessProbe: { ...check.live, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
    };
}
function resources(spec) {
    const amounts = {};
    if (spec.resources?.cpu !== undefined)
        amounts.cpu = String(spec.resources.cpu);
    if (spec.resources?.memory !== undefined)
        amounts.memory = spec.resources.memory;
    return Object.keys(amounts).length ? { requests: amounts, limits: amounts } : undefined;
}
function renderServiceAccount(settings) {
    return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name), automountServiceAccountToken: false };
}
function topologySpread(settings) {
    const labelSelector = { matchLabels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings) };
    // ScheduleAnyway: spreading is a preference; a one-node or one-zone cluster still runs every replica.
    return ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({ maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector }));
}
function renderDeployment(spec, settings, secrets) {
    const auth = (0,_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .renderAuth */ .TC)(spec, 'kubernetes');
    const env = [...[...Object.entries(spec.env), ...auth.env].map(([name, value]) => ({ name, value })), ...secrets.env];
    // The issuer's public keys, for pods that cannot reach the issuer (the bridge reads the file).
    const jwks = auth.jwksConfigMap
        ? { volume: { name: 'auth-jwks', configMap: { name: auth.jwksConfigMap.name, items: [{ key: auth.jwksConfigMap.key, path: _auth_js__WEBPACK_IMPORTED_MODULE_0__/* .JWKS_FILE */ .pH }] } }, mount: { name: 'auth-jwks', mountPath: _auth_js__WEBPACK_IMPORTED_MODULE_0__/* .JWKS_MOUNT */ .WB, readOnly: true } }
        : undefined;
    const limits = resources(spec);
    const container = {
        name: settings.name,
        image: settings.image,
        imagePullPolicy: 'IfNotPresent',
        ports: [{ name: PORT_NAME, containerPort: settings.port, protocol: 'TCP' }],
        ...(env.length ? { env } : {}),
        ...(limits ? { resources: limits } : {}),
        ...probes(settings),
        securityContext: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            runAsUser: RUN_AS,
            runAsGroup: RUN_AS,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
        },
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, ...secrets.mounts, ...(jwks ? [jwks.mount] : [])],
    };
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name),
        spec: {
            ...(settings.replicas !== undefined ? { replicas: settings.replicas } : {}),
            selector: { matchLabels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings) },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
            revisionHistoryLimit: 5,
            progressDeadlineSeconds: settings.progressDeadlineSeconds,
            template: {
                metadata: { labels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .standardLabels */ .Fn)(settings) },
                spec: {
                    serviceAccountName: settings.name,
                    automountServiceAccountToken: false,
                    enableServiceLinks: false,
                    terminationGracePeriodSeconds: settings.bridged ? BRIDGE_TERMINATION_GRACE_SECONDS : NATIVE_TERMINATION_GRACE_SECONDS,
                    securityContext: { runAsNonRoot: true, runAsUser: RUN_AS, runAsGroup: RUN_AS, fsGroup: RUN_AS, seccompProfile: { type: 'RuntimeDefault' } },
                    ...(settings.multiReplica ? { topologySpreadConstraints: topologySpread(settings) } : {}),
                    containers: [container],
                    volumes: [{ name: 'tmp', emptyDir: {} }, ...secrets.volumes, ...(jwks ? [jwks.volume] : [])],
                },
            },
        },
    };
}


/***/ })

};

//# sourceMappingURL=2804.index.js.map