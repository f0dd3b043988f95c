export const id = 7306;
export const ids = [7306,6944];
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


/***/ }),

/***/ 6944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   composeCommand: () => (/* binding */ composeCommand),
/* harmony export */   engineAddress: () => (/* binding */ engineAddress),
/* harmony export */   inspectImage: () => (/* binding */ inspectImage),
/* harmony export */   newestLocalImage: () => (/* binding */ newestLocalImage),
/* harmony export */   requireEngine: () => (/* binding */ requireEngine),
/* harmony export */   resolveEngine: () => (/* binding */ resolveEngine),
/* harmony export */   rollbackReference: () => (/* binding */ rollbackReference),
/* harmony export */   runningImage: () => (/* binding */ runningImage),
/* harmony export */   urlHost: () => (/* binding */ urlHost)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37895);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47209);
/**
 * The Docker Engine a compose deploy talks to, local or remote: the caller's environment
 * (DOCKER_HOST, DOCKER_CONTEXT, TLS settings) reaches every docker and Compose command unchanged.
 * From the engine's endpoint comes where the server is reached: a unix socket (or a loopback
 * tcp/ssh address) is this machine, so the server binds to loopback; a remote host is reached at
 * its address, and the generated file binds the server to every address there.
 */



/** Detection and inspection answer in seconds. */
const QUICK_MS = 30_000;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;
/** Where the server of an engine at `endpoint` is reached, and what it binds to. */
function engineAddress(endpoint) {
    const bad = () => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`DOCKER_HOST ${JSON.stringify(endpoint)} is not an engine address: use unix:///PATH, tcp://HOST:PORT or ssh://USER@HOST (or unset it for the local engine)`);
    const scheme = /^([a-z]+):\/\//.exec(endpoint)?.[1];
    if (scheme === 'unix' || scheme === 'npipe' || scheme === 'fd')
        return { endpoint, host: '127.0.0.1', local: true, bind: '127.0.0.1' };
    if (scheme !== 'tcp' && scheme !== 'ssh' && scheme !== 'http' && scheme !== 'https')
        throw bad();
    let hostname;
    try {
        hostname = new URL(endpoint.replace(/^[a-z]+:/, 'http:')).hostname.replace(/^\[(.*)\]$/, '$1');
    }
    catch {
        throw bad();
    }
    if (!hostname)
        throw bad();
    if (LOOPBACK.test(hostname)) {
        const ip = hostname.toLowerCase() === 'localhost' ? '127.0.0.1' : hostname;
        return { endpoint, host: ip, local: true, bind: ip };
    }
    return { endpoint, host: hostname, local: false, bind: '0.0.0.0' };
}
/** `host` as it stands in a URL (an IPv6 address in brackets). */
const urlHost = (host) => (host.includes(':') ? `[${host}]` : host);
/**
 * The engine the docker CLI would use in `env` (DOCKER_HOST, else DOCKER_CONTEXT or the current
 * context), from the CLI itself; without a docker CLI, DOCKER_HOST or the default socket.
 */
async function resolveEngine(env) {
    const answer = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker', ['context', 'inspect', '--format', '{{json .Endpoints.docker.Host}}'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => undefined);
    let endpoint;
    try {
        endpoint = answer?.code === 0 ? JSON.parse(answer.stdout.trim()) : undefined;
    }
    catch {
        endpoint = undefined;
    }
    return engineAddress(typeof endpoint === 'string' && endpoint ? endpoint : env.DOCKER_HOST || 'unix:///var/run/docker.sock');
}
/** Fails before any change when the engine does not answer, naming it. */
async function requireEngine(env, engine) {
    const answer = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker', ['version', '--format', '{{.Server.Version}}'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch((e) => ({ code: 1, stdout: '', stderr: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e) }));
    if (answer.code === 0)
        return;
    const where = env.DOCKER_HOST ? `DOCKER_HOST ${env.DOCKER_HOST}` : env.DOCKER_CONTEXT ? `DOCKER_CONTEXT ${env.DOCKER_CONTEXT} (${engine.endpoint})` : engine.local ? `${engine.endpoint} (DOCKER_HOST is not set)` : engine.endpoint;
    const why = answer.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${answer.code}`;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the Docker Engine at ${where} does not answer (${why}); nothing was changed. Start it, or set DOCKER_HOST to a reachable engine (tcp://HOST:2376 with TLS, or ssh://USER@HOST)`);
}
/** `docker compose` (v2) when the plugin answers, else `docker-compose`. */
async function composeCommand(env) {
    const v2 = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker', ['compose', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: QUICK_MS }).catch(() => ({ code: 1 }));
    if (v2.code === 0)
        return ['docker', 'compose'];
    const v1 = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker-compose', ['version'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => ({ code: 127 }));
    if (v1.code === 0)
        return ['docker-compose'];
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('neither `docker compose` nor `docker-compose` is installed: run `bash scripts/install-parts.sh`');
}
/** The newest local tag of `repository`. */
async function newestLocalImage(repository, env) {
    const out = (await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', '--', repository], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter((l) => l && !l.endsWith(':<none>'));
    if (!out[0])
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no local image of ${repository}: run \`mcp-orchestrator package\` first, or pass --image`);
    return out[0];
}
/** The image of the running container of `service` in `project`, when one runs. */
async function runningImage(project, service, env) {
    const ids = (await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter(Boolean);
    if (!ids[0])
        return undefined;
    const [image, imageId] = (await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker', ['inspect', '--format', '{{.Config.Image}}\t{{.Image}}', ids[0]], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\t');
    return image ? { image, ...(imageId && _state_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_ID */ .a5.test(imageId) ? { imageId } : {}) } : undefined;
}
/** The image ID and the repository digest (when the image was pushed or pulled) of an image on the engine. */
async function inspectImage(image, env) {
    const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m)('docker', ['image', 'inspect', '--format', '{{.Id}}\t{{json .RepoDigests}}', '--', image], { env, okCodes: [0, 1], timeoutMs: QUICK_MS });
    if (r.code !== 0)
        return {};
    const [imageId, digestsJson] = r.stdout.trim().split('\t');
    const pinned = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
    const repository = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
    let repoDigests = [];
    try {
        repoDigests = JSON.parse(digestsJson ?? '[]');
    }
    catch {
        /* no digests */
    }
    const digest = pinned ?? repoDigests.find((d) => d.startsWith(`${repository}@`))?.split('@')[1];
    return { ...(imageId && _state_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_ID */ .a5.test(imageId) ? { imageId } : {}), ...(digest ? { digest } : {}) };
}
/**
 * The reference to roll back to: the recorded one, or its image ID when the reference now names
 * other bytes (a tag moved since it ran), so the rollback runs what ran.
 */
async function rollbackReference(previous, env) {
    if (!previous.imageId)
        return previous.image;
    const now = await inspectImage(previous.image, env);
    return now.imageId === previous.imageId ? previous.image : previous.imageId;
}


/***/ }),

/***/ 47209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ writeState),
/* harmony export */   Pn: () => (/* binding */ stateDir),
/* harmony export */   a5: () => (/* binding */ IMAGE_ID),
/* harmony export */   aF: () => (/* binding */ removeState),
/* harmony export */   eQ: () => (/* binding */ stateComposeFile),
/* harmony export */   j1: () => (/* binding */ projectName),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _spec_grammar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7302);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * What a compose deploy (or `up`) leaves for the next deploy and for `down`, in a folder beside
 * the spec: the Compose project, the file it was started from, its URL, and the image last gated
 * good (what a failed deploy rolls back to when no container runs). That folder can be committed
 * to a repository, so it is read as untrusted data: no command is ever taken from it (`down`
 * detects Compose itself), the project must be the one this spec's server gets, the Compose file
 * must be a regular file inside the state folder, and the image must be an image reference.
 */




/** Compose's own grammar for project names. */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const IMAGE_ID = /^sha256:[0-9a-f]{64}$/;
/** targets.compose.project of the spec (its grammar is Compose's), else mcp-SERVER. */
const projectName = (spec) => spec.targets.compose?.project ?? `mcp-${spec.server.name}`;
const stateDir = (spec) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spec.dir, '.mcp-orchestrator', spec.server.name);
/** Where the applied Compose file is written. */
const stateComposeFile = (spec) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(spec), 'compose.yml');
const statePath = (spec) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(spec), 'state.json');
/** The Compose file is recorded relative to the state folder, so a moved checkout still finds it. */
function writeState(spec, state) {
    const recorded = { ...state, composeFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(stateDir(spec), state.composeFile) };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(statePath(spec), `${JSON.stringify(recorded, null, 2)}\n`);
}
/** Removes the state folder, and its parent when this was its last server. */
function removeState(spec) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(stateDir(spec), { recursive: true, force: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spec.dir, '.mcp-orchestrator'));
    }
    catch {
        /* other servers' state, or already gone */
    }
}
/** The state a deploy wrote for this spec's server, validated; undefined when there is none. */
function readState(spec) {
    const dir = stateDir(spec);
    const path = statePath(spec);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const refuse = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${path}: ${why}; it was not written by a deploy of server "${spec.server.name}" (or was edited). Nothing was run. Check the folder, stop any container yourself, and remove ${dir}`);
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
    const { project, composeFile, url, deployed } = data;
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
    return { project, composeFile: file, url: typeof url === 'string' ? url : '', ...(deployed === undefined ? {} : { deployed: identityOf(deployed, refuse) }) };
}
function identityOf(value, refuse) {
    const { image, imageId } = (value && typeof value === 'object' ? value : {});
    if (typeof image !== 'string' || !(0,_spec_grammar_js__WEBPACK_IMPORTED_MODULE_2__.matches)('imageReference', image))
        throw refuse(`deployed.image ${JSON.stringify(image)} is not an image reference`);
    if (imageId !== undefined && (typeof imageId !== 'string' || !IMAGE_ID.test(imageId)))
        throw refuse(`deployed.imageId ${JSON.stringify(imageId)} is not an image ID`);
    return { image, ...(imageId ? { imageId } : {}) };
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77534);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



const DEFAULT_TIMEOUT_MS = 2 * 60_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** How long a stopped command gets to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2_000;
/** Flags whose value (or the value part of its K=V) may be a credential. */
const SECRET_FLAG = /^--?(build-arg|secret|e|env|password[\w-]*|token[\w-]*|api-key|passphrase|creds|auth[\w-]*)$/i;
/**
 * Runs a command without a shell, always collecting exit code, stdout and stderr, each bounded,
 * within a timeout. Throws an ExecError naming the program and its subcommand, quoting the end
 * of stderr with argument values and secrets redacted.
 */
function exec(command, args, options = {}) {
    const secrets = [...secretArgValues(args), ...(options.redact ?? [])];
    const display = redactText(options.display ?? defaultDisplay(command, args), secrets);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // stderr is redacted whole before its tail is cut, so a secret across the cut never shows in part.
    const fail = (why, code, stderr) => {
        const clean = redactText(stderr, secrets);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`\`${display}\` ${why}${tailOf(clean)}`, display, code, clean);
    };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(fail('was not started: stopped before it began', null, ''));
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        const size = { stdout: 0, stderr: 0 };
        let stopped;
        let settled = false;
        let escalation;
        const stop = (why) => {
            if (stopped !== undefined)
                return;
            stopped = why;
            child.kill('SIGTERM');
            escalation = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => stop(`did not finish within ${formatMs(timeoutMs)} and was stopped`), timeoutMs);
        const onAbort = () => stop('was stopped (interrupted)');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = (finish) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(escalation);
            options.signal?.removeEventListener('abort', onAbort);
            finish();
        };
        const collect = (stream, into) => (chunk) => {
            if (stopped !== undefined)
                return;
            size[stream] += chunk.length;
            if (size[stream] > maxBytes)
                stop(`wrote more than ${formatBytes(maxBytes)} to ${stream} and was stopped`);
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect('stdout', out));
        child.stderr.on('data', collect('stderr', err));
        child.on('error', (e) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`could not run \`${display}\`: ${e.message}`, display, null, ''))));
        // A stopped command is done when it exits, even if a grandchild still holds its pipes open.
        child.on('exit', () => {
            if (stopped === undefined)
                return;
            child.stdout.destroy();
            child.stderr.destroy();
            const stderr = Buffer.concat(err).toString('utf8');
            settle(() => reject(fail(stopped, null, stderr)));
        });
        child.on('close', (code, signal) => {
            if (stopped !== undefined)
                return;
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            const exitCode = code ?? 128;
            if ((options.okCodes ?? [0]).includes(exitCode)) {
                settle(() => resolve({ code: exitCode, stdout, stderr }));
                return;
            }
            const why = signal ? `was stopped by ${signal}` : `exited with code ${exitCode}`;
            settle(() => reject(fail(why, code, stderr)));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.input);
    });
}
/** The program and up to three leading subcommand words: `docker buildx build`, `docker image inspect`. */
function defaultDisplay(command, args) {
    const words = [];
    for (const arg of args) {
        if (words.length === 3 || !/^[a-z][a-z0-9-]*$/.test(arg))
            break;
        words.push(arg);
    }
    return [command, ...words].join(' ');
}
/** Values of flags that may carry credentials (`--build-arg K=V` gives V; `--password P` gives P). */
function secretArgValues(args) {
    const values = [];
    const valueOf = (v) => (v.includes('=') ? v.slice(v.indexOf('=') + 1) : v);
    args.forEach((arg, i) => {
        const eq = arg.indexOf('=');
        if (arg.startsWith('-') && eq > 0 && SECRET_FLAG.test(arg.slice(0, eq)))
            values.push(valueOf(arg.slice(eq + 1)));
        else if (SECRET_FLAG.test(arg) && i + 1 < args.length && !args[i + 1].startsWith('--'))
            values.push(valueOf(args[i + 1]));
        // userinfo of a URL argument (https://user:pass@host)
        const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(arg);
        if (userinfo)
            values.push(userinfo[1]);
    });
    // Short values (`1`, `yes`) would blank ordinary words; a secret is longer.
    return values.filter((v) => v.length >= 4);
}
/** Known values replaced by ***, then the one redaction step every writer shares (the scan's rules). */
function redactText(text, secrets) {
    if (!text)
        return text;
    return (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .iB)([...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text));
}
/** The last lines of (redacted) stderr, each cut to 500 characters, as `:\n…`; empty when there is none. */
function tailOf(stderr) {
    const tail = stderr.trim().split('\n').slice(-5).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l)).join('\n');
    return tail ? `:\n${tail}` : '';
}
function formatMs(ms) {
    if (ms < 60_000 || ms % 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    return `${ms / 60_000}m`;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}


/***/ })

};

//# sourceMappingURL=7306.index.js.map