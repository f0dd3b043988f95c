export const id = 174;
export const ids = [174];
export const modules = {

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   healthFromSpec: () => (/* binding */ healthFromSpec),
/* harmony export */   localUrl: () => (/* binding */ localUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5303);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2922);
/** The gate's settings from `health:` of a deploy spec, and the local URL `up` serves it at; shared by `up` and `health --spec`. */



function localUrl(spec, port = spec.server.port) {
    return `http://127.0.0.1:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}
/** Only what the spec sets; the contract file resolves from the spec's folder, like every path in it. */
function healthFromSpec(spec) {
    const { health } = spec;
    return {
        contract: health.contract ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__.loadContract)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(spec.dir, health.contract)) : health.expectTools ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__.contractFromNames)(health.expectTools) : undefined,
        strict: health.strict,
        allowAuthRequired: health.allowAuthRequired,
        smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
        timeoutMs: health.timeout ? (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(health.timeout, 'health.timeout') : undefined,
    };
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ composeLiteral),
/* harmony export */   V: () => (/* binding */ composeFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * The Compose file `up` writes: host network, loopback bind for the bridge, env from the spec,
 * secrets by name only. Written through the yaml library; every value from the spec or the
 * caller is escaped for Compose interpolation ($ doubled), so only the file's own secret
 * references (${NAME}) are interpolated.
 */

/** A value Compose passes on as written: it interpolates $VAR and ${VAR}, and reads $$ as one $. */
const composeLiteral = (value) => value.replace(/\$/g, () => '$$');
function environmentOf(spec, port, env, logger) {
    const literal = [
        ['PORT', String(port)],
        ['HOST', '127.0.0.1'],
        ['MCP_BRIDGE_HOST', '127.0.0.1'],
        ['MCP_BRIDGE_PORT', String(port)],
        ['MCP_BRIDGE_PATH', spec.server.path],
        ...Object.entries(spec.env),
    ];
    const environment = literal.map(([k, v]) => `${k}=${composeLiteral(v)}`);
    for (const secret of spec.secrets) {
        // Only names go into the file: Compose takes the values from the environment of `up`.
        // Both names are environment variable names (the schema pins them), so ${from} is safe to write.
        const from = secret.from.env;
        if (from) {
            if (!env[from])
                logger.warning(`secret ${secret.name}: ${from} is not set in this environment; the server starts without it`);
            environment.push(from === secret.name ? secret.name : `${secret.name}=\${${from}}`);
        }
        else {
            logger.warning(`secret ${secret.name}: ${Object.keys(secret.from)[0]} references are for cluster targets; \`up\` passes the environment variable ${secret.name} if set`);
            environment.push(secret.name);
        }
    }
    return environment;
}
function composeFile(spec, image, port, env, logger) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({
        version: '2.4',
        services: {
            [spec.server.name]: {
                image: composeLiteral(image),
                network_mode: 'host',
                environment: environmentOf(spec, port, env, logger),
                restart: 'unless-stopped',
                labels: { 'io.mcp-orchestrator.spec': composeLiteral(spec.file) },
                ...(spec.resources?.memory ? { mem_limit: composeLiteral(spec.resources.memory.replace(/i$/, '').toLowerCase()) } : {}),
            },
        },
    });
}


/***/ }),

/***/ 9174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ logsTail),
/* harmony export */   down: () => (/* binding */ down),
/* harmony export */   ec: () => (/* binding */ composeCommand),
/* harmony export */   hj: () => (/* binding */ newestLocalImage),
/* harmony export */   up: () => (/* binding */ up)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _handoff_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2610);
/* harmony import */ var _health_from_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9498);
/* harmony import */ var _health_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(541);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7895);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6618);
/* harmony import */ var _compose_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7288);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1971);
/**
 * `up` and `down`: run a packaged server on the local engine with Compose (v2 where present,
 * docker-compose otherwise) on the host network bound to loopback, wait on the health gate, and
 * hand off the client configuration. A failed gate, or a stop (SIGINT/SIGTERM through `signal`)
 * before the gate ends, takes the service down again: nothing half-up is left behind. `down`
 * rebuilds its Compose command; it never runs one read from the state folder.
 */











/** Detection and inspection answer in seconds; starting and stopping containers may pull or wait on stop timeouts. */
const QUICK_MS = 30_000;
const COMPOSE_MS = 5 * 60_000;
/** `docker compose` (v2) when the plugin answers, else `docker-compose`. */
async function composeCommand(env) {
    const v2 = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m)('docker', ['compose', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: QUICK_MS }).catch(() => ({ code: 1 }));
    if (v2.code === 0)
        return ['docker', 'compose'];
    const v1 = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m)('docker-compose', ['version'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => ({ code: 127 }));
    if (v1.code === 0)
        return ['docker-compose'];
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('neither `docker compose` nor `docker-compose` is installed: run `bash scripts/install-parts.sh`');
}
async function newestLocalImage(repository, env) {
    const out = (await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m)('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', '--', repository], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter((l) => l && !l.endsWith(':<none>'));
    if (!out[0])
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`no local image of ${repository}: run \`mcp-orchestrator package\` first, or pass --image`);
    return out[0];
}
async function logsTail(compose, file, project, env) {
    const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m)(compose[0], [...compose.slice(1), '-p', project, '-f', file, 'logs', '--no-color', '--tail', '20'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS, display: `${compose.join(' ')} logs` }).catch(() => undefined);
    return r ? r.stdout.trim().split('\n').slice(-20).join('\n') : '';
}
async function up(options) {
    const { spec, signal } = options;
    const env = options.env ?? process.env;
    const logger = options.logger ?? _util_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .silentLogger */ .qq;
    if (signal?.aborted)
        throw interrupted(signal, `${spec.server.name} was not started`);
    const compose = await composeCommand(env);
    const image = options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env));
    const port = options.port ?? spec.server.port;
    const project = (0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .projectName */ .j1)(spec);
    const dir = (0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .stateDir */ .Pn)(spec);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'compose.yml');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, (0,_compose_file_js__WEBPACK_IMPORTED_MODULE_8__/* .composeFile */ .V)(spec, image, port, env, logger));
    const url = (0,_health_from_spec_js__WEBPACK_IMPORTED_MODULE_3__.localUrl)(spec, port);
    (0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .writeState */ .Jq)(spec, { project, composeFile: file, url });
    logger.info(`up: ${compose.join(' ')} -p ${project} up -d (${image} on 127.0.0.1:${port})`);
    const stopIfAborted = () => {
        if (signal?.aborted)
            throw interrupted(signal, 'stopping');
    };
    let health;
    try {
        stopIfAborted();
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m)(compose[0], [...compose.slice(1), '-p', project, '-f', file, 'up', '-d', '--force-recreate'], { env, timeoutMs: COMPOSE_MS, signal, display: `${compose.join(' ')} up` });
        const fromSpec = (0,_health_from_spec_js__WEBPACK_IMPORTED_MODULE_3__.healthFromSpec)(spec);
        health = await untilAborted((0,_health_gate_js__WEBPACK_IMPORTED_MODULE_4__.runHealthGate)({
            target: { kind: 'url', url: new URL(url) },
            transport: spec.server.transport === 'sse' ? 'sse' : 'auto',
            headers: {},
            timeoutMs: options.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
            contract: fromSpec.contract,
            strict: fromSpec.strict ?? false,
            allowAuthRequired: fromSpec.allowAuthRequired ?? false,
            smoke: fromSpec.smoke,
            logger,
        }), signal);
        stopIfAborted();
    }
    catch (error) {
        const stopped = signal?.aborted;
        if (stopped)
            logger.warning(`up: ${reasonOf(signal)}: taking ${spec.server.name} down`);
        const failure = await down({ spec, env, logger }).then(() => undefined, (e) => (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e));
        const left = failure ? `; taking it down failed (${failure}): run \`mcp-orchestrator down\`` : ' was taken down and its state removed';
        if (stopped)
            throw interrupted(signal, `${spec.server.name}${left}`);
        throw error;
    }
    if (!health.ok) {
        const logs = await logsTail(compose, file, project, env);
        await down({ spec, env, logger });
        const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GateFailure */ .In(`up: ${spec.server.name} failed the health gate and was taken down: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}`);
    }
    const handoff = (0,_handoff_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .buildClientHandoff */ .oi)({
        name: spec.server.name,
        url,
        transport: health.transport === 'sse' ? 'sse' : 'streamable-http',
        auth: health.status === 'auth-required' ? 'oauth' : 'none',
        tools: health.tools.map((t) => t.name),
        protocolVersion: health.protocolVersion,
    });
    return { project, composeFile: file, image, url, health, handoff };
}
/** The signal's name from the abort reason ('SIGTERM' when the reason is something else). */
function reasonOf(signal) {
    const reason = signal?.reason;
    return typeof reason === 'string' && /^SIG[A-Z0-9]+$/.test(reason) ? reason : 'SIGTERM';
}
function interrupted(signal, what) {
    const name = reasonOf(signal);
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .Interrupted */ .j$(`interrupted by ${name}: ${what}`, name);
}
/**
 * Settles with `work`, or rejects as soon as `signal` aborts. The health
 * gate has no cancel of its own: abandoned, it ends at its deadline (the CLI exits before that).
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(interrupted(signal, 'stopping'));
        if (signal.aborted)
            onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
/** Stops what `up` started for this spec's server; the Compose command and project come from here, never from the state file. */
async function down(options) {
    const { spec } = options;
    const env = options.env ?? process.env;
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .readState */ .un)(spec);
    if (!state)
        return { project: (0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .projectName */ .j1)(spec), stopped: false };
    const compose = await composeCommand(env);
    options.logger?.info(`down: ${compose.join(' ')} -p ${state.project} down`);
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m)(compose[0], [...compose.slice(1), '-p', state.project, '-f', state.composeFile, 'down', '--remove-orphans', '--volumes'], { env, timeoutMs: COMPOSE_MS, display: `${compose.join(' ')} down` });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .stateDir */ .Pn)(spec), { recursive: true, force: true });
    // The parent folder goes too when this was its last server.
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spec.dir, '.mcp-orchestrator'));
    }
    catch {
        /* other servers' state, or already gone */
    }
    return { project: state.project, stopped: true };
}


/***/ }),

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ writeState),
/* harmony export */   Pn: () => (/* binding */ stateDir),
/* harmony export */   j1: () => (/* binding */ projectName),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * What `up` leaves for `down`: the Compose project it started and the file it started it from,
 * in a folder beside the spec. That folder can be committed to a repository, so `down` reads it
 * as untrusted data: no command is ever taken from it (`down` detects Compose itself), the
 * project must be the one this spec's server gets, and the Compose file must be a regular file
 * inside the state folder.
 */



/** Compose's own grammar for project names. */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** targets.compose.project of the spec (its grammar is Compose's), else mcp-SERVER. */
const projectName = (spec) => spec.targets.compose?.project ?? `mcp-${spec.server.name}`;
const stateDir = (spec) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spec.dir, '.mcp-orchestrator', spec.server.name);
const statePath = (spec) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(spec), 'state.json');
/** The Compose file is recorded relative to the state folder, so a moved checkout still finds it. */
function writeState(spec, state) {
    const recorded = { ...state, composeFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(stateDir(spec), state.composeFile) };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(statePath(spec), `${JSON.stringify(recorded, null, 2)}\n`);
}
/** The state `up` wrote for this spec's server, validated; undefined when there is none. */
function readState(spec) {
    const dir = stateDir(spec);
    const path = statePath(spec);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const refuse = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${path}: ${why}; it was not written by \`up\` for server "${spec.server.name}" (or was edited). Nothing was run. Check the folder, stop any container yourself, and remove ${dir}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir).isDirectory() || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isFile())
        throw refuse('the state folder or file is a link or not a regular file');
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw refuse(`not JSON (${error.message})`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw refuse('the state is not a JSON object');
    const { project, composeFile, url } = data;
    const expected = projectName(spec);
    if (typeof project !== 'string' || !PROJECT_NAME.test(project) || project !== expected) {
        throw refuse(`project ${JSON.stringify(project)} is not this server's Compose project "${expected}"`);
    }
    if (typeof composeFile !== 'string')
        throw refuse('composeFile is missing');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, composeFile);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, file);
    if (!inside || inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)[0] === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))
        throw refuse(`composeFile ${JSON.stringify(composeFile)} is outside the state folder`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file).isFile())
        throw refuse(`composeFile ${JSON.stringify(composeFile)} is not a regular file`);
    return { project, composeFile: file, url: typeof url === 'string' ? url : '' };
}


/***/ })

};

//# sourceMappingURL=174.index.js.map