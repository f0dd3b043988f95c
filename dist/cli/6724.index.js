export const id = 6724;
export const ids = [6724];
export const modules = {

/***/ 86724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   composeDocument: () => (/* binding */ composeDocument),
/* harmony export */   composeLiteral: () => (/* binding */ composeLiteral),
/* harmony export */   generatedCompose: () => (/* binding */ generatedCompose),
/* harmony export */   projectDirectory: () => (/* binding */ projectDirectory),
/* harmony export */   readUserCompose: () => (/* binding */ readUserCompose),
/* harmony export */   serviceEnvironment: () => (/* binding */ serviceEnvironment),
/* harmony export */   substituteComposeImage: () => (/* binding */ substituteComposeImage),
/* harmony export */   userComposeFile: () => (/* binding */ userComposeFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/* harmony import */ var _render_auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45356);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/**
 * The Compose document a compose deploy (and `up`) applies, and `render --target compose` prints:
 * - generated from the spec: one service on the host network, the server bound to the engine's
 *   loopback (or, on a remote engine, to every address), env from the spec, secrets by name only;
 *   written through the yaml library, every value from the spec or the caller escaped for Compose
 *   interpolation ($ doubled), so only the file's own secret references (${NAME}) are looked up;
 * - or the user's file (targets.compose.file) with the server's image substituted through the
 *   yaml Document API: every service whose image names the server's repository (whatever its tag
 *   or digest), else the service named like the server, gets the deployed image, replaced where
 *   it stands in the text (the node's range), so every other byte stays as written.
 */






/** A value Compose passes on as written: it interpolates $VAR and ${VAR}, and reads $$ as one $. */
const composeLiteral = (value) => value.replace(/\$/g, () => '$$');
/**
 * The server's `environment` in the generated file: where it listens, env from the spec, then
 * each secret by name (Compose takes its value from the environment it runs in). The one place
 * a service's environment is built: what the server needs from the deploy goes here.
 */
function serviceEnvironment(spec, options) {
    const { port, bind, env, logger } = options;
    const literal = [
        ['PORT', String(port)],
        ['HOST', bind],
        ['MCP_BRIDGE_HOST', bind],
        ['MCP_BRIDGE_PORT', String(port)],
        ['MCP_BRIDGE_PATH', spec.server.path],
        ...Object.entries(spec.env),
        ...(0,_render_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .renderAuth */ .TC)(spec, 'compose').env,
    ];
    const environment = literal.map(([k, v]) => `${k}=${composeLiteral(v)}`);
    for (const secret of [...spec.secrets, ...(0,_render_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .renderAuth */ .TC)(spec, 'compose').secrets]) {
        // Both names are environment variable names (the schema pins them), so ${from} is safe to write.
        const from = secret.from.env;
        if (from) {
            if (!env[from])
                logger.warning(`secret ${secret.name}: ${from} is not set in this environment; the server starts without it`);
            environment.push(from === secret.name ? secret.name : `${secret.name}=\${${from}}`);
        }
        else {
            logger.warning(`secret ${secret.name}: ${Object.keys(secret.from)[0]} references are for cluster targets; Compose passes the environment variable ${secret.name} if set`);
            environment.push(secret.name);
        }
    }
    return environment;
}
/** The generated Compose file: one service named like the server. */
function generatedCompose(spec, image, options) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)({
        version: '2.4',
        services: {
            [spec.server.name]: {
                image: composeLiteral(image),
                network_mode: 'host',
                environment: serviceEnvironment(spec, options),
                restart: 'unless-stopped',
                // Hardening the checklist asks of every target (HRD002, HRD004, OBS002): no privilege gain
                // through setuid binaries, no Linux capabilities (the server binds an unprivileged port), and
                // rotated logs. The root filesystem stays writable: servers write caches and data in place.
                security_opt: ['no-new-privileges:true'],
                cap_drop: ['ALL'],
                logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
                labels: { 'io.mcp-orchestrator.spec': composeLiteral(spec.file) },
                ...(spec.resources?.memory ? { mem_limit: composeLiteral(spec.resources.memory.replace(/i$/, '').toLowerCase()) } : {}),
            },
        },
    });
}
/** targets.compose.file of the spec, resolved from the spec's folder; undefined when the file is generated. */
function userComposeFile(spec) {
    const file = spec.targets.compose?.file;
    return file ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(spec.dir, file) : undefined;
}
/** The Compose project directory: the user's file's folder (its relative paths resolve from there). */
const projectDirectory = (spec) => {
    const file = userComposeFile(spec);
    return file ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file) : undefined;
};
/** The document for `image`: the user's file with the image substituted, else the generated one. */
function composeDocument(spec, image, options) {
    const userFile = userComposeFile(spec);
    if (userFile)
        return { ...readUserCompose(spec, userFile, image), userFile };
    return { text: generatedCompose(spec, image, options), services: [spec.server.name] };
}
/** registry/repository of an image reference; undefined for one Compose would interpolate, or not a reference. */
function repositoryOf(image) {
    if (image.includes('$'))
        return undefined;
    try {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(image);
        return `${ref.registry}/${ref.repository}`;
    }
    catch {
        return undefined;
    }
}
/** Substitutes `image` in the text of the Compose file `file` (named in errors). */
function substituteComposeImage(text, file, spec, image) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const { line, col } = lineCounter.linePos(e.pos[0]);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${file}:${line}:${col}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const services = doc.get('services');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(services))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${file}: no services mapping (targets.compose.file must be a Compose file)`);
    const wanted = new Set([repositoryOf(image), spec.image ? repositoryOf(spec.image) : undefined].filter((r) => r !== undefined));
    const entries = services.items.flatMap((item) => ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item.key) && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item.value) ? [{ name: String(item.key.value), service: item.value }] : []));
    let chosen = entries.filter(({ service }) => {
        const current = service.get('image');
        const repository = typeof current === 'string' ? repositoryOf(current) : undefined;
        return repository !== undefined && wanted.has(repository);
    });
    if (!chosen.length)
        chosen = entries.filter((e) => e.name === spec.server.name);
    if (!chosen.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${file}: no service runs the server's image (${[...wanted].join(' or ')}) and none is named "${spec.server.name}": ` +
            'name the server\'s service after server.name, or give it image: with the spec\'s image repository');
    }
    const value = composeLiteral(image);
    const names = chosen.map((c) => c.name);
    const nodes = chosen.map(({ service }) => service.get('image', true));
    if (nodes.every((n) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(n) && n.range)) {
        // Each image is replaced where it stands, so every other byte of the file stays as written.
        const ranges = nodes.map((n) => n.range).sort((a, b) => b[0] - a[0]);
        const written = PLAIN_SAFE.test(value) ? value : JSON.stringify(value);
        return { text: ranges.reduce((t, [start, end]) => t.slice(0, start) + written + t.slice(end), text), services: names };
    }
    // A service without image: (build only) gets one: the document is written again, comments kept.
    for (const { service } of chosen)
        service.set('image', value);
    return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), services: names };
}
/** A YAML plain scalar in block and flow context alike (image references are; anything else is double-quoted). */
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/:@$-]*$/;
/** Reads targets.compose.file and substitutes the image. */
function readUserCompose(spec, path, image) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${spec.file}: targets.compose.file: ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
    return substituteComposeImage(text, path, spec, image);
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


/***/ })

};

//# sourceMappingURL=6724.index.js.map