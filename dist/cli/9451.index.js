export const id = 9451;
export const ids = [9451,4097,1832,7306];
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

/***/ 9451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ComposeDeployFailure: () => (/* binding */ ComposeDeployFailure),
  deployCompose: () => (/* binding */ deployCompose)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/handoff/handoff.ts + 1 modules
var handoff_handoff = __webpack_require__(92932);
// EXTERNAL MODULE: ./src/spec/grammar.ts
var grammar = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/deploy/compose/down.ts
var down = __webpack_require__(7306);
// EXTERNAL MODULE: ./src/deploy/compose/engine.ts
var compose_engine = __webpack_require__(6944);
// EXTERNAL MODULE: ./src/health/from-spec.ts
var from_spec = __webpack_require__(19498);
// EXTERNAL MODULE: ./src/health/gate.ts + 4 modules
var gate = __webpack_require__(74624);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: ./src/deploy/compose/compose-document.ts
var compose_document = __webpack_require__(86724);
// EXTERNAL MODULE: ./src/deploy/compose/state.ts
var compose_state = __webpack_require__(47209);
;// CONCATENATED MODULE: ./src/deploy/compose/run.ts
/**
 * The steps of a compose deploy: plan it (engine, Compose command, project, URL), write the
 * Compose document for an image and start it, gate it; and how a stop by a signal is told.
 */








/** Starting containers may pull images or wait on stop timeouts. */
const COMPOSE_MS = 5 * 60_000;
/** http://HOST:PORT/PATH of the server on the engine's host (/sse for the legacy transport). */
function serverUrl(spec, host, port) {
    return `http://${(0,compose_engine.urlHost)(host)}:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}
/** Where the deploy goes; fails naming the engine, before any change, when it does not answer. */
async function planDeploy(options) {
    const { spec, env, label } = options;
    const engine = await (0,compose_engine.resolveEngine)(env);
    if (options.localOnly && !engine.local) {
        throw new errors/* InputError */.dz(`${label}: runs the server on this machine's engine, bound to loopback; the engine is ${engine.endpoint} (DOCKER_HOST or the docker context): use \`deploy --target compose\` for a remote engine`);
    }
    const compose = await (0,compose_engine.composeCommand)(env);
    await (0,compose_engine.requireEngine)(env, engine).catch((error) => {
        throw error instanceof errors/* InputError */.dz ? new errors/* InputError */.dz(`${label}: ${error.message}`) : error;
    });
    const port = options.port ?? spec.server.port;
    if (!engine.local)
        options.logger.warning(`${label}: the engine runs on ${engine.host}: a generated Compose file binds the server to every address there; put TLS and authorization in front of it`);
    return {
        spec,
        label,
        compose,
        engine,
        project: (0,compose_state/* projectName */.j1)(spec),
        file: (0,compose_state/* stateComposeFile */.eQ)(spec),
        projectDir: (0,compose_document.projectDirectory)(spec),
        port,
        url: options.url ?? serverUrl(spec, engine.host, port),
        env,
        logger: options.logger,
        timeoutMs: options.timeoutMs,
    };
}
/** Compose's arguments up to its subcommand: the project, the file that runs, and the project directory. */
const composeArgs = (plan) => [...plan.compose.slice(1), '-p', plan.project, '-f', plan.file, ...(plan.projectDir ? ['--project-directory', plan.projectDir] : [])];
/** The last 20 lines of the project's container logs ('' when Compose cannot tell). */
async function logsTail(plan) {
    const r = await (0,exec/* exec */.m)(plan.compose[0], [...composeArgs(plan), 'logs', '--no-color', '--tail', '20'], { env: plan.env, okCodes: [0, 1], timeoutMs: 30_000, display: `${plan.compose.join(' ')} logs` }).catch(() => undefined);
    return r ? r.stdout.trim().split('\n').slice(-20).join('\n') : '';
}
/** The project's container logs for the health report (it keeps the last 200 lines, redacted). */
async function containerLogs(plan) {
    const r = await (0,exec/* exec */.m)(plan.compose[0], [...composeArgs(plan), 'logs', '--no-color', '--no-log-prefix', '--tail', '200'], { env: plan.env, timeoutMs: 30_000, display: `${plan.compose.join(' ')} logs` });
    return r.stdout;
}
/** The document for `image` on this plan's engine and port. */
const documentFor = (plan, image) => (0,compose_document.composeDocument)(plan.spec, image, { port: plan.port, bind: plan.engine.bind, env: plan.env, logger: plan.logger });
/** Writes the Compose file for `image` and starts it (`signal` stops Compose). */
async function start(plan, image, signal) {
    const doc = documentFor(plan, image);
    (0,external_node_fs_.writeFileSync)(plan.file, doc.text);
    // A generated file is recreated whatever changed; a user's file recreates what its changes touch.
    const args = [...composeArgs(plan), 'up', '-d', '--no-build', ...(doc.userFile ? [] : ['--force-recreate'])];
    plan.logger.info(`${plan.label}: ${plan.compose.join(' ')} -p ${plan.project} up -d (${image})`);
    await (0,exec/* exec */.m)(plan.compose[0], args, { env: plan.env, timeoutMs: COMPOSE_MS, signal, display: `${plan.compose.join(' ')} up` });
}
async function run_gate(plan, signal) {
    const fromSpec = (0,from_spec.healthFromSpec)(plan.spec, plan.env);
    const report = (0,gate.runHealthGate)({
        target: { kind: 'url', url: new URL(plan.url) },
        transport: plan.spec.server.transport === 'sse' ? 'sse' : 'auto',
        headers: {},
        timeoutMs: plan.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
        contract: fromSpec.contract,
        strict: fromSpec.strict ?? false,
        allowAuthRequired: fromSpec.allowAuthRequired ?? false,
        smoke: fromSpec.smoke,
        auth: fromSpec.auth,
        logger: plan.logger,
        serverLogs: () => containerLogs(plan),
    });
    return untilAborted(report, signal);
}
/**
 * Starts `image` and gates it: the report, or why it does not serve. A stop by `signal` throws
 * Interrupted; with `stopStart: false` Compose itself finishes first (a rollback is not cut short).
 */
async function startAndGate(plan, image, signal, stopStart = true) {
    try {
        await start(plan, image, stopStart ? signal : undefined);
    }
    catch (error) {
        if (signal?.aborted)
            throw interrupted(signal);
        if (error instanceof errors/* InputError */.dz)
            throw error;
        return { failed: `${image} did not start`, detail: `: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    if (signal?.aborted)
        throw interrupted(signal);
    const health = await run_gate(plan, signal);
    if (health.ok)
        return { health };
    const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
    const logs = await logsTail(plan);
    return { health, failed: `${image} failed the health gate`, detail: `: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}` };
}
/** The signal's name from the abort reason ('SIGTERM' when the reason is something else). */
function signalName(signal) {
    const reason = signal?.reason;
    return typeof reason === 'string' && /^SIG[A-Z0-9]+$/.test(reason) ? reason : 'SIGTERM';
}
/** Thrown inside the steps; the deploy catches it and says what it restored. */
function interrupted(signal, what = 'stopping') {
    const name = signalName(signal);
    return new errors/* Interrupted */.j$(`interrupted by ${name}: ${what}`, name);
}
/**
 * Settles with `work`, or rejects as soon as `signal` aborts. The health gate has no cancel of
 * its own: abandoned, it ends at its deadline (the CLI exits before that).
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(interrupted(signal));
        if (signal.aborted)
            onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}

;// CONCATENATED MODULE: ./src/deploy/compose/deploy.ts
/**
 * `deploy --target compose`, and `up` (the same deploy on this machine's engine, bound to
 * loopback): the Kubernetes target's contract on a Docker Engine, local or remote (the caller's
 * environment, DOCKER_HOST included, reaches every docker and Compose command). Runs the server's
 * image with Compose (the user's file from targets.compose.file with the image substituted, else
 * a generated file), gates it, and hands off. On a failed start or gate it rolls back to the
 * image that ran before (the running container's, else the last one recorded as gated good),
 * gates that again, and fails saying what failed and what now runs; a first deploy that fails is
 * taken down. A stop (SIGINT/SIGTERM through `signal`) during the start or the gate restores the
 * image that ran before, or takes a first deploy down, and throws Interrupted. `down` stops it.
 */









/** The deploy failed: `result` says what now runs (undefined when the failed first deploy was taken down). Exit 1. */
class ComposeDeployFailure extends errors/* GateFailure */.In {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
async function resultFor(d, image, health, rolledBack) {
    const { plan, previous } = d;
    const { imageId, digest } = await (0,compose_engine.inspectImage)(image, plan.env);
    const handoff = (0,handoff_handoff/* buildHandoff */.dJ)({ spec: plan.spec, target: 'compose', url: plan.url, health, release: { image, ...(digest ? { digest } : {}), project: plan.project } });
    return {
        url: plan.url,
        project: plan.project,
        composeFile: plan.file,
        services: d.services,
        image,
        ...(imageId ? { imageId } : {}),
        ...(digest ? { digest } : {}),
        ...(health.toolsHash ? { toolsHash: health.toolsHash } : {}),
        rolledBack,
        ...(previous ? { previousImage: previous.image } : {}),
        health,
        handoff,
    };
}
/** Records `result`'s image as the one gated good. */
function record(d, result) {
    (0,compose_state/* writeState */.Jq)(d.plan.spec, { project: d.plan.project, composeFile: d.plan.file, url: d.plan.url, deployed: { image: result.image, ...(result.imageId ? { imageId: result.imageId } : {}) } });
}
/** Takes a failed first deploy down: whether that worked, and what happened, for the message. */
async function takeDown(d) {
    const { spec, env, logger } = d.plan;
    return (0,down.down)({ spec, env, logger }).then(() => ({ ok: true, text: `${spec.server.name} was taken down and its state removed` }), (e) => ({ ok: false, text: `taking ${spec.server.name} down failed (${(0,errors/* errorMessage */.gJ)(e)}): run \`mcp-orchestrator down\`` }));
}
/** After a stop by a signal during the start or the gate: restores what ran before (not gated again: the user asked to stop), or takes a first deploy down. */
async function interruptedDeploy(d) {
    const { plan, previous } = d;
    const stop = interrupted(d.signal).signal;
    plan.logger.warning(`${plan.label}: interrupted by ${stop}: ${previous ? `restoring ${previous.image}` : `taking ${plan.spec.server.name} down`}`);
    let what;
    if (!previous)
        what = (await takeDown(d)).text;
    else {
        const back = await (0,compose_engine.rollbackReference)(previous, plan.env).catch(() => previous.image);
        what = await start(plan, back).then(() => `${back}, which ran before, was started again (not gated again) in ${plan.project}`, (e) => `restoring ${back}, which ran before, failed (${(0,errors/* errorMessage */.gJ)(e)}): deploy again, or run \`mcp-orchestrator down\``);
    }
    return interrupted(d.signal, what);
}
/** Runs an attempt; a stop by the signal becomes the restore and its Interrupted. */
async function attempt(d, image) {
    try {
        return await startAndGate(d.plan, image, d.signal);
    }
    catch (error) {
        if (d.signal?.aborted)
            throw await interruptedDeploy(d);
        throw error;
    }
}
async function deployCompose(options) {
    const { spec, signal } = options;
    const label = options.command ?? 'deploy';
    if (signal?.aborted)
        throw interrupted(signal, 'nothing was changed');
    const env = options.env ?? process.env;
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const plan = await planDeploy({ spec, label, port: options.port, url: options.url, timeoutMs: options.timeoutMs, env, logger, localOnly: label === 'up' });
    // A reference of the grammar the state is read back with (and never an option to docker).
    const image = (0,grammar.requireGrammar)('imageReference', options.image ?? (await (0,compose_engine.newestLocalImage)(spec.image ?? `local/${spec.server.name}`, env)), '--image');
    // Which services run the server, and the state, are read before any change (errors stop here).
    const services = documentFor(plan, image).services;
    const state = (0,compose_state/* readState */.un)(spec);
    const previous = (await (0,compose_engine.runningImage)(plan.project, services[0], env)) ?? state?.deployed;
    const d = { plan, services, ...(previous ? { previous } : {}), ...(signal ? { signal } : {}) };
    if (signal?.aborted)
        throw interrupted(signal, 'nothing was changed');
    if (previous)
        logger.info(`${label}: ${previous.image} runs now; it is what a failed deploy rolls back to`);
    (0,external_node_fs_.mkdirSync)((0,compose_state/* stateDir */.Pn)(spec), { recursive: true });
    (0,compose_state/* writeState */.Jq)(spec, { project: plan.project, composeFile: plan.file, url: plan.url, ...(state?.deployed ? { deployed: state.deployed } : {}) });
    const first = await attempt(d, image);
    if (first.health && !first.failed) {
        const result = await resultFor(d, image, first.health, false);
        record(d, result);
        return result;
    }
    if (!previous) {
        const left = await takeDown(d);
        const outcome = left.ok ? `${first.failed} and was taken down${first.detail}\nNothing ran before it (a first deploy): its containers and state were removed` : `${first.failed}${first.detail}\nNothing ran before it (a first deploy); ${left.text}`;
        throw new ComposeDeployFailure(`${label}: ${outcome}`, undefined);
    }
    return rollBack(d, first);
}
/** After a failed attempt: the image that ran before, started and gated again; always throws. */
async function rollBack(d, failed) {
    const { plan, previous } = d;
    const back = await (0,compose_engine.rollbackReference)(previous, plan.env);
    plan.logger.warning(`${plan.label}: ${failed.failed}; rolling back to ${back}`);
    const what = `${plan.label}: ${failed.failed}${failed.detail}`;
    let retry;
    try {
        retry = await startAndGate(plan, back, d.signal, false);
    }
    catch (error) {
        if (d.signal?.aborted)
            throw interrupted(d.signal, `rolling back to ${back}: it was started, and not gated again`);
        throw error;
    }
    if (retry.health && !retry.failed) {
        const result = await resultFor(d, back, retry.health, true);
        record(d, result);
        throw new ComposeDeployFailure(`${what}\nRolled back: ${back} runs again and passed the health gate at ${plan.url}`, result);
    }
    const result = retry.health ? await resultFor(d, back, retry.health, true) : undefined;
    throw new ComposeDeployFailure(`${what}\nThe rollback to ${back} failed too: ${retry.failed}${retry.detail}\n${plan.project} is left as the rollback left it: check it, or run \`mcp-orchestrator down\``, result);
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

/***/ 19498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateAuthFromSpec: () => (/* binding */ gateAuthFromSpec),
/* harmony export */   healthFromSpec: () => (/* binding */ healthFromSpec),
/* harmony export */   localUrl: () => (/* binding */ localUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22922);
/** The gate's settings from `health:` of a deploy spec, and the local URL `up` serves it at; shared by `up` and `health --spec`. */



function localUrl(spec, port = spec.server.port) {
    return `http://127.0.0.1:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}
/**
 * The gate's side of auth: of the spec: what the server must refuse, and the credentials to get
 * through, read from `env` by the names health.auth gives (a bearer token defaults to the
 * variable its from.env or from.github names). Without them, `missing` says what to set.
 */
function gateAuthFromSpec(spec, env) {
    const auth = spec.auth;
    const credentials = spec.health.auth ?? {};
    if (!auth || auth.mode === 'none')
        return undefined;
    if (auth.mode === 'bearer') {
        const from = auth.secret.from;
        const variable = credentials.bearerTokenEnv ?? from.env ?? from.github;
        const token = variable ? env[variable] : undefined;
        if (token)
            return { mode: 'bearer', token };
        return { mode: 'bearer', missing: variable ? `set ${variable}` : 'set health.auth.bearer-token-env to a variable holding the token' };
    }
    const declared = { mode: 'oauth', issuer: auth.issuer, audience: auth.audience, scopes: auth.scopes };
    const { oauthClientId: id, oauthClientSecretEnv: secretEnv } = credentials;
    const secret = secretEnv ? env[secretEnv] : undefined;
    if (id && secret)
        return { ...declared, client: { id, secret } };
    return { ...declared, missing: secretEnv ? `set ${secretEnv}` : 'set health.auth.oauth-client-id and oauth-client-secret-env (a client-credentials client of the issuer)' };
}
/**
 * Only what the spec sets; the contract file resolves from the spec's folder, like every path in
 * it. `env` holds the gate's credentials (health.auth names them): the deploy engines have no
 * environment of their own, so it defaults to this process's, that of the CLI or the action.
 */
function healthFromSpec(spec, env = process.env) {
    const { health } = spec;
    const auth = gateAuthFromSpec(spec, env);
    return {
        ...(auth ? { auth } : {}),
        contract: health.contract ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__.loadContract)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(spec.dir, health.contract)) : health.expectTools ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__.contractFromNames)(health.expectTools) : undefined,
        strict: health.strict,
        allowAuthRequired: health.allowAuthRequired,
        smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
        timeoutMs: health.timeout ? (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(health.timeout, 'health.timeout') : undefined,
    };
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

//# sourceMappingURL=9451.index.js.map