export const id = 7306;
export const ids = [7306];
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

/***/ 7306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   down: () => (/* binding */ down)
/* harmony export */ });
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37895);
/* harmony import */ var _compose_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86724);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6944);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47209);
/**
 * `down`: takes a compose deploy (or `up`) of this spec's server down and removes its state. The
 * Compose command and project directory come from here and the spec, never from the state
 * file, which is read as untrusted data (state.ts). Named volumes of a user's Compose file stay:
 * they may hold the author's data; the generated file has none.
 */




/** Stopping containers may wait on their stop timeouts. */
const COMPOSE_MS = 5 * 60_000;
async function down(options) {
    const { spec } = options;
    const env = options.env ?? process.env;
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readState */ .un)(spec);
    if (!state)
        return { project: (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .projectName */ .j1)(spec), stopped: false };
    const compose = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__.composeCommand)(env);
    const dir = (0,_compose_document_js__WEBPACK_IMPORTED_MODULE_1__.projectDirectory)(spec);
    options.logger?.info(`down: ${compose.join(' ')} -p ${state.project} down`);
    const args = [...compose.slice(1), '-p', state.project, '-f', state.composeFile, ...(dir ? ['--project-directory', dir] : []), 'down', '--remove-orphans', ...((0,_compose_document_js__WEBPACK_IMPORTED_MODULE_1__.userComposeFile)(spec) ? [] : ['--volumes'])];
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)(compose[0], args, { env, timeoutMs: COMPOSE_MS, display: `${compose.join(' ')} down` });
    (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .removeState */ .aF)(spec);
    return { project: state.project, stopped: true };
}


/***/ })

};

//# sourceMappingURL=7306.index.js.map