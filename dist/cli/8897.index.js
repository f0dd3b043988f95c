export const id = 8897;
export const ids = [8897,4097];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   iE: () => (/* binding */ renamedOption)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** parseArgs with errors that name the command and say where to look for help. */
function parseCommandArgs(command, argv, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${command}: ${error.message}. See \`mcp-orchestrator ${command} --help\`.`);
    }
}
function parseFormat(value, allowed = ['text', 'json']) {
    const format = value ?? 'text';
    if (!allowed.includes(format))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--format: "${format}" is not one of ${allowed.join(', ')}`);
    return format;
}
/**
 * One name per concept: the CLI takes the actions' names (`--scan-report`, `--registry-username`…)
 * and keeps its earlier ones as aliases. Both given with different values is an error.
 */
function renamedOption(values, name, alias) {
    const value = values[name];
    const old = values[alias];
    if (value !== undefined && old !== undefined && value !== old)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--${name} and --${alias} (its other name) disagree: give one`);
    return value ?? old;
}


/***/ }),

/***/ 90692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downCommand: () => (/* binding */ downCommand),
/* harmony export */   upCommand: () => (/* binding */ upCommand)
/* harmony export */ });
/* harmony import */ var _handoff_handoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92932);
/* harmony import */ var _util_signals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6089);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);
/* harmony import */ var _spec_option_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38469);





const upUsage = `
Usage: mcp-orchestrator up [--spec mcp-deploy.yml] [options]

Deploys the packaged server to the compose target on this machine's engine (Compose v2, else
docker-compose): the generated file on the host network, bound to 127.0.0.1 (or your
targets.compose.file with the image substituted), waits on the MCP health gate (health: of the
spec), and prints the client configuration: URL, transport, tools, and snippets for Claude Code,
VS Code, Cursor and Claude Desktop. A server that fails the gate is rolled back to the image that
ran before, or taken down when none did (exit 1); one whose \`up\` is stopped (Ctrl-C, SIGTERM)
before the gate ends is treated the same way, without a gate: exit 130 or 143. A DOCKER_HOST on
another machine is refused: use \`deploy --target compose\`. Stop it with \`down\`.

Options:
  --spec FILE          the deploy spec (default ./mcp-deploy.yml)
  --image REF          image to run (default: the newest local tag of the spec's image)
  --port PORT          host port (default: server.port)
  --timeout DURATION   health gate deadline (default: health.timeout, else 60s)
  --format text|json   handoff on stdout (default text)
`;
const upCommand = {
    name: 'up',
    summary: 'run the server locally (Compose), gate it, print client configs',
    usage: upUsage,
    async run(ctx) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('up', ctx.argv, { spec: { type: 'string' }, image: { type: 'string' }, port: { type: 'string' }, timeout: { type: 'string' }, format: { type: 'string' } }, false);
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFormat */ .Xc)(values.format);
        const port = values.port === undefined ? undefined : (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInteger */ .cG)(values.port, '--port', 1, 65535);
        const spec = (0,_spec_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readSpec */ .O)(values.spec, ctx.cwd);
        const timeoutMs = values.timeout ? (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(values.timeout, '--timeout') : undefined;
        const { deployCompose } = await Promise.all(/* import() */[__webpack_require__.e(5758), __webpack_require__.e(2815), __webpack_require__.e(2485), __webpack_require__.e(4624), __webpack_require__.e(6944), __webpack_require__.e(1832)]).then(__webpack_require__.bind(__webpack_require__, 9451));
        const result = await (0,_util_signals_js__WEBPACK_IMPORTED_MODULE_1__/* .whileHandlingSignals */ .Q)((signal) => deployCompose({ command: 'up', spec, image: values.image, port, timeoutMs, env: ctx.env, logger: ctx.logger, signal }));
        const clients = result.handoff.clients;
        if (format === 'json')
            ctx.stdout(`${JSON.stringify({ project: result.project, image: result.image, url: result.url, handoff: clients, health: result.health }, null, 2)}\n`);
        else
            ctx.stdout(`${(0,_handoff_handoff_js__WEBPACK_IMPORTED_MODULE_0__/* .renderHandoffText */ .Q8)(clients)}Stop it with: mcp-orchestrator down${values.spec ? ` --spec ${values.spec}` : ''}\n`);
        return 0;
    },
};
const downCommand = {
    name: 'down',
    summary: 'stop and remove what `up` or `deploy --target compose` started',
    usage: `
Usage: mcp-orchestrator down [--spec mcp-deploy.yml]

Stops and removes the containers \`up\` or \`deploy --target compose\` started for the spec's
server (on the engine DOCKER_HOST names, as deploy did), and its state folder. Named volumes of
your own targets.compose.file are kept.
`,
    async run(ctx) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('down', ctx.argv, { spec: { type: 'string' } }, false);
        const { down } = await Promise.all(/* import() */[__webpack_require__.e(2485), __webpack_require__.e(6944), __webpack_require__.e(7306)]).then(__webpack_require__.bind(__webpack_require__, 7306));
        const result = await down({ spec: (0,_spec_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readSpec */ .O)(values.spec, ctx.cwd), env: ctx.env, logger: ctx.logger });
        ctx.stdout(result.stopped ? `${result.project} stopped and removed\n` : `${result.project} is not running (nothing to do)\n`);
        return 0;
    },
};


/***/ }),

/***/ 38469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readSpec)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _spec_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47691);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/** The `--spec` option every spec-driven command shares: mcp-deploy.yml in the working directory by default. */




function readSpec(option, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, option ?? 'mcp-deploy.yml');
    if (!option && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`no mcp-deploy.yml in ${cwd}: pass --spec FILE`);
    return (0,_spec_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSpec */ .I)(path);
}


/***/ }),

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


/***/ }),

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   cG: () => (/* binding */ parseInteger)
/* harmony export */ });
/* unused harmony export parseBoolean */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
function parseDuration(value, name = 'duration') {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parseBoolean(value, name = 'value') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    throw new InputError(`${name}: "${value}" is not a boolean (expected true or false)`);
}
/** Splits a comma- or newline-separated list, dropping empty items. */
function parseList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Chooses a value from a closed set, naming the choices on error. */
function parseChoice(value, choices, name) {
    if (choices.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}


/***/ }),

/***/ 6089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ whileHandlingSignals)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * Runs `work` with SIGINT and SIGTERM (Ctrl-C, a cancelled job) turned into an abort whose reason
 * is the signal's name, so the command takes down or reports what it started. Once it has, the
 * process ends as the signal would have ended it, with 128 + its number: an abandoned health gate
 * would otherwise keep it alive until its deadline. Only a real signal to this process takes that
 * path.
 */
async function whileHandlingSignals(work) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (!controller.signal.aborted)
            controller.abort(name);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        return await work(controller.signal);
    }
    catch (error) {
        // After the caller has reported the error (this rejection reaches it first).
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Interrupted */ .j$)
            setTimeout(() => process.exit(error.exitCode), 50);
        throw error;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ })

};

//# sourceMappingURL=8897.index.js.map