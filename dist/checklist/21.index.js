export const id = 21;
export const ids = [21];
export const modules = {

/***/ 72021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  objectYaml: () => (/* binding */ objectYaml),
  renderKubernetes: () => (/* binding */ renderKubernetes)
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

;// CONCATENATED MODULE: ./src/render/kubernetes-objects.ts
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

;// CONCATENATED MODULE: ./src/render/kubernetes-scaling.ts

function renderAutoscaler(settings) {
    const scaling = settings.autoscaling;
    if (!scaling)
        return undefined;
    return {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: metadataFor(settings)(settings.name),
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
        metadata: metadataFor(settings)(settings.name),
        spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(settings) } },
    };
}

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
        throw new errors/* InputError */.dz(`${spec.file}: ${name} is set by auth: and also by env: or secrets:; remove it there (auth: declares the bridge's authorization)`);
}

;// CONCATENATED MODULE: ./src/render/kubernetes-secrets.ts


/** Where CSI volumes are mounted: the env var NAME_FILE holds the path of each object. */
const CSI_MOUNT_ROOT = '/mnt/secrets-store';
function renderSecrets(spec, metadata) {
    const name = spec.server.name;
    const out = { env: [], volumes: [], mounts: [], objects: [], runnerSecrets: [] };
    const external = new Map();
    const csiClasses = [];
    // The bearer token of auth: is one more reference, rendered the same way.
    for (const secret of [...spec.secrets, ...renderAuth(spec, 'kubernetes').secrets]) {
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
            throw new errors/* InputError */.dz(`${spec.file}: secrets: ${secret.name}: from.${kinds} cannot be read by a Kubernetes pod; use from.kubernetes, from.external (an External Secrets store) or from.csi`);
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

;// CONCATENATED MODULE: ./src/render/kubernetes-settings.ts


const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** Parses the image the render pins: it must carry a digest, and its registry must be a plain host. */
function pinnedImage(image) {
    const ref = (0,reference/* parseImageReference */.o_)(image);
    if (!REGISTRY_HOST.test(ref.registry))
        throw new errors/* InputError */.dz(`--image "${image}": "${ref.registry}" is not a registry host`);
    if (!ref.digest) {
        throw new errors/* InputError */.dz(`--image "${image}" has no digest: Kubernetes must run exactly the scanned bytes, so pass REPOSITORY@sha256:... ` +
            '(`mcp-orchestrator push ... --format json` prints it; or `docker buildx imagetools inspect REF` shows the digest)');
    }
    const version = ref.tag && LABEL_VALUE.test(ref.tag) ? ref.tag : ref.digest.slice('sha256:'.length, 'sha256:'.length + 12);
    return { ref, text: (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository, digest: ref.digest }), version };
}
const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** Reads the Kubernetes-relevant part of a validated spec. */
function readKubernetesSettings(spec, options) {
    const target = asRecord(spec.targets.kubernetes);
    const { text, version } = pinnedImage(options.image);
    if (options.instance !== undefined && !DNS_LABEL.test(options.instance))
        throw new errors/* InputError */.dz(`instance "${options.instance}" is not a DNS label (lowercase letters, digits and -, at most 63)`);
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

;// CONCATENATED MODULE: ./src/render/kubernetes-workload.ts


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
    return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadataFor(settings)(settings.name), automountServiceAccountToken: false };
}
function topologySpread(settings) {
    const labelSelector = { matchLabels: selectorLabels(settings) };
    // ScheduleAnyway: spreading is a preference; a one-node or one-zone cluster still runs every replica.
    return ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({ maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector }));
}
function renderDeployment(spec, settings, secrets) {
    const auth = renderAuth(spec, 'kubernetes');
    const env = [...[...Object.entries(spec.env), ...auth.env].map(([name, value]) => ({ name, value })), ...secrets.env];
    // The issuer's public keys, for pods that cannot reach the issuer (the bridge reads the file).
    const jwks = auth.jwksConfigMap
        ? { volume: { name: 'auth-jwks', configMap: { name: auth.jwksConfigMap.name, items: [{ key: auth.jwksConfigMap.key, path: JWKS_FILE }] } }, mount: { name: 'auth-jwks', mountPath: JWKS_MOUNT, readOnly: true } }
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
        metadata: metadataFor(settings)(settings.name),
        spec: {
            ...(settings.replicas !== undefined ? { replicas: settings.replicas } : {}),
            selector: { matchLabels: selectorLabels(settings) },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
            revisionHistoryLimit: 5,
            progressDeadlineSeconds: settings.progressDeadlineSeconds,
            template: {
                metadata: { labels: standardLabels(settings) },
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

;// CONCATENATED MODULE: ./src/render/kubernetes-traffic.ts


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
        metadata: metadataFor(settings)(settings.name),
        spec: {
            type: 'ClusterIP',
            selector: selectorLabels(settings),
            ports: [{ name: PORT_NAME, port: SERVICE_PORT, targetPort: PORT_NAME, protocol: 'TCP', appProtocol: 'http' }],
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
        metadata: metadataFor(settings)(settings.name, ingressAnnotations(settings, affinity)),
        spec: {
            ...(ingress.className ? { ingressClassName: ingress.className } : {}),
            ...(ingress.tls ? { tls: [{ hosts: [ingress.host], secretName: ingress.tls.secret }] } : {}),
            rules: [
                {
                    host: ingress.host,
                    http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: settings.name, port: { name: PORT_NAME } } } }] },
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
        metadata: metadataFor(settings)(settings.name),
        spec: {
            podSelector: { matchLabels: selectorLabels(settings) },
            policyTypes: ['Ingress'],
            ingress: [{ from, ports: [{ port: PORT_NAME, protocol: 'TCP' }] }],
        },
    };
}

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
    const settings = readKubernetesSettings(spec, options);
    const affinity = sessionAffinity(settings);
    const secrets = renderSecrets(spec, metadataFor(settings));
    const warnings = [...affinity.warnings];
    if (settings.autoscaling && spec.resources?.cpu === undefined) {
        warnings.push(`${settings.name}: scaling on CPU needs a CPU request: set resources.cpu, or the HorizontalPodAutoscaler cannot compute utilization`);
    }
    const objects = [
        renderServiceAccount(settings),
        ...secrets.objects,
        renderDeployment(spec, settings, secrets),
        renderService(settings, affinity),
        renderIngress(settings, affinity),
        renderAutoscaler(settings),
        renderDisruptionBudget(settings),
        renderNetworkPolicy(settings),
    ].filter((o) => o !== undefined);
    objects.forEach(validateObject);
    const documents = objects.map((o, i) => ({ name: `${String(i + 1).padStart(2, '0')}-${o.kind.toLowerCase()}-${o.metadata.name}.yaml`, text: objectYaml(o) }));
    return { source: 'spec', objects, documents, warnings, affinity: affinity.mode, runnerSecrets: secrets.runnerSecrets };
}
function renderFromManifests(spec, options, manifests) {
    const { ref } = pinnedImage(options.image);
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

//# sourceMappingURL=21.index.js.map