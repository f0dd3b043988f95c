export const id = 4097;
export const ids = [4097];
export const modules = {

/***/ 92932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dJ: () => (/* binding */ buildHandoff),
  handoffJson: () => (/* binding */ handoffJson),
  kubernetesHandoff: () => (/* binding */ kubernetesHandoff),
  Q8: () => (/* reexport */ handoff_clients/* renderHandoffText */.Q8)
});

// UNUSED EXPORTS: HANDOFF_SCHEMA, buildClientHandoff, describeStore, renderHandoffMarkdown, shellCommand, tokenVariable

// EXTERNAL MODULE: ./src/handoff/clients.ts
var handoff_clients = __webpack_require__(22610);
// EXTERNAL MODULE: ./src/handoff/credentials.ts
var credentials = __webpack_require__(43100);
// EXTERNAL MODULE: ./src/render/kubernetes-settings.ts
var kubernetes_settings = __webpack_require__(17066);
// EXTERNAL MODULE: ./src/render/kubernetes-traffic.ts
var kubernetes_traffic = __webpack_require__(68874);
;// CONCATENATED MODULE: ./src/handoff/endpoints.ts
/**
 * The endpoints' part of the handoff (for the webhook and gateway step): the host and paths the
 * server answers on, TLS, rate limits, load balancing and session affinity, and the ingress class,
 * read from the spec the way the Kubernetes render reads it (readIngress, sessionAffinity), so the
 * handoff says what was deployed.
 */


const WELL_KNOWN = '/.well-known/oauth-protected-resource';
function endpointPaths(spec) {
    const { transport, path } = spec.server;
    const paths = [];
    if (transport === 'sse') {
        paths.push({ path: '/sse', purpose: 'MCP, HTTP+SSE (the server names its message endpoint in the stream)' });
    }
    else {
        paths.push({ path, purpose: 'MCP, Streamable HTTP' });
    }
    if (transport === 'stdio') {
        paths.push({ path: '/sse', purpose: 'MCP, legacy HTTP+SSE stream (bridge)' });
        paths.push({ path: '/messages', purpose: 'MCP, legacy HTTP+SSE posts (bridge)' });
        paths.push({ path: '/healthz', purpose: 'liveness (bridge)' });
        paths.push({ path: '/readyz', purpose: 'readiness (bridge)' });
    }
    else if (spec.health.path) {
        paths.push({ path: spec.health.path, purpose: 'health (the spec\'s health.path)' });
    }
    paths.push({ path: WELL_KNOWN, purpose: 'OAuth protected-resource metadata (RFC 9728), when the server requires authorization' });
    return paths;
}
function replicasOf(spec) {
    const target = (spec.targets.kubernetes ?? {});
    const min = target.replicas ?? spec.scaling?.min ?? 1;
    const max = spec.scaling?.max !== undefined && spec.scaling.max > min ? spec.scaling.max : min;
    return { min, max };
}
function affinityHow(mode, ingress) {
    switch (mode) {
        case 'single-replica':
            return 'one replica: every request of a session reaches it';
        case 'client-hash':
            return `the ingress controller (ingress-nginx) hashes on the client address (upstream-hash-by ${kubernetes_traffic/* SESSION_HASH_KEY */.K}); in-cluster clients keep their pod through the Service's ClientIP affinity`;
        case 'client-ip':
            return ingress
                ? 'the Service\'s ClientIP affinity (3 hours), for in-cluster clients; the ingress controller is not configured for affinity'
                : 'the Service\'s ClientIP affinity (3 hours)';
        case 'manifests':
            return 'as your own manifests configure it (not read by the handoff)';
    }
}
function endpointsHandoff({ spec, target, url, affinity }) {
    const parsed = new URL(url);
    const base = { baseUrl: parsed.origin, host: parsed.host, paths: endpointPaths(spec) };
    if (target === 'compose') {
        return {
            ...base,
            public: !isLoopback(parsed.hostname),
            loadBalancing: { replicas: { min: 1, max: 1 }, affinity: 'single-replica', how: affinityHow('single-replica', undefined), warnings: [] },
        };
    }
    const ingress = (0,kubernetes_settings/* readIngress */.Q1)(spec, (spec.targets.kubernetes ?? {}));
    const replicas = replicasOf(spec);
    const decided = affinity ?? (0,kubernetes_traffic/* sessionAffinity */.ZZ)({ name: spec.server.name, multiReplica: replicas.max > 1, ingress });
    return {
        ...base,
        ...(ingress ? { baseUrl: `${ingress.tls ? 'https' : 'http'}://${ingress.host}`, host: ingress.host } : {}),
        public: ingress !== undefined,
        ...(ingress?.tls ? { tls: ingress.tls } : {}),
        ...(ingress?.rps !== undefined ? { rateLimit: { rps: ingress.rps, enforcedBy: ingress.controller === 'nginx' ? 'ingress-nginx (limit-rps)' : 'not configured: the controller is not ingress-nginx' } } : {}),
        ...(ingress?.className ? { ingressClass: ingress.className } : {}),
        ...(ingress ? { ingressController: ingress.controller } : {}),
        loadBalancing: { replicas, affinity: decided.mode, how: affinityHow(decided.mode, ingress), warnings: decided.warnings ?? [] },
    };
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

// EXTERNAL MODULE: ./src/handoff/handoff-markdown.ts
var handoff_markdown = __webpack_require__(6868);
;// CONCATENATED MODULE: ./src/handoff/handoff.ts






const HANDOFF_SCHEMA = 'mcp-orchestrator/handoff/v1';
function connectionTest(health) {
    return {
        ok: health.ok,
        status: health.status,
        target: health.target,
        ...(health.transport ? { transport: health.transport } : {}),
        ...(health.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
        ...(health.server ? { server: { name: health.server.name, version: health.server.version } } : {}),
        ...(health.toolsHash ? { toolsHash: health.toolsHash } : {}),
        latencyMs: health.latencyMs,
        ...(health.smoke ? { smoke: { tool: health.smoke.tool, ok: health.smoke.ok } } : {}),
        problems: health.problems.map((p) => ({ level: p.level, message: p.message })),
    };
}
function buildHandoff(options) {
    const { spec, target, url, health } = options;
    const authRequired = health?.status === 'auth-required';
    const transport = health?.transport === 'sse' || (!health?.transport && spec.server.transport === 'sse') ? 'sse' : 'streamable-http';
    const clients = (0,handoff_clients/* buildClientHandoff */.oi)({
        name: spec.server.name,
        url,
        transport,
        auth: options.auth ?? (spec.auth && spec.auth.mode !== 'none' ? spec.auth.mode : authRequired ? 'oauth' : 'none'),
        tools: health?.tools.map((t) => t.name) ?? [],
        ...(health?.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
    });
    const oauth = authRequired
        ? {
            ...(health.auth?.resourceMetadata ? { resourceMetadata: health.auth.resourceMetadata } : {}),
            ...(health.auth?.authorizationServers?.length ? { authorizationServers: health.auth.authorizationServers } : {}),
            ...(health.auth?.scheme ? { scheme: health.auth.scheme } : {}),
        }
        : undefined;
    return {
        schema: HANDOFF_SCHEMA,
        server: spec.server.name,
        target,
        release: options.release ?? {},
        clients: {
            ...clients,
            ...(health?.resources !== undefined ? { resources: health.resources } : {}),
            ...(health?.prompts !== undefined ? { prompts: health.prompts } : {}),
            ...(health ? { connectionTest: connectionTest(health) } : {}),
        },
        credentials: { secrets: (0,credentials/* secretsHandoff */.Gm)(spec, target), ...((0,credentials/* authHandoff */.dz)(spec, url) ? { auth: (0,credentials/* authHandoff */.dz)(spec, url) } : {}), ...(oauth ? { oauth } : {}) },
        endpoints: endpointsHandoff({ spec, target, url, affinity: options.affinity }),
    };
}
/** The document as the handoff file and the `handoff` output hold it. */
/** The handoff of a Kubernetes deploy that went through (none for a dry run or a failure). */
function kubernetesHandoff(spec, result) {
    if (!result.ok || result.dryRun)
        return undefined;
    return buildHandoff({ spec, target: 'kubernetes', url: result.url, health: result.gate, release: { image: result.image, digest: result.digest, revision: result.revision, namespace: result.namespace } });
}
function handoffJson(doc) {
    return `${JSON.stringify(doc, null, 2)}\n`;
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


/***/ })

};

//# sourceMappingURL=4097.index.js.map