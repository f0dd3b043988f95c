export const id = 857;
export const ids = [857,174];
export const modules = {

/***/ 7857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ComposeDeployFailure: () => (/* binding */ ComposeDeployFailure),
  deployCompose: () => (/* binding */ deployCompose)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/handoff/handoff.ts + 1 modules
var handoff_handoff = __webpack_require__(2932);
// EXTERNAL MODULE: ./src/health/from-spec.ts
var from_spec = __webpack_require__(9498);
// EXTERNAL MODULE: ./src/health/gate.ts + 1 modules
var gate = __webpack_require__(541);
// EXTERNAL MODULE: ./src/run/compose-file.ts
var compose_file = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/run/local.ts
var local = __webpack_require__(9174);
// EXTERNAL MODULE: ./src/run/state.ts
var state = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/deploy/compose/compose-document.ts
/**
 * The user's Compose file with the server's image substituted through the yaml Document API:
 * every service whose image names the server's repository (by repository, whatever its tag or
 * digest), else the service named like the server, gets the deployed image, replaced where it
 * stands in the text (the node's range), so every other byte stays as written. The image is
 * escaped for Compose interpolation ($ doubled) and quoted for YAML unless it is a plain word.
 */





/** registry/repository of an image reference; undefined for one Compose would interpolate, or not a reference. */
function repositoryOf(image) {
    if (image.includes('$'))
        return undefined;
    try {
        const ref = (0,reference/* parseImageReference */.o_)(image);
        return `${ref.registry}/${ref.repository}`;
    }
    catch {
        return undefined;
    }
}
/** Substitutes `image` in the text of the Compose file `file` (named in errors). */
function substituteComposeImage(text, file, spec, image) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const { line, col } = lineCounter.linePos(e.pos[0]);
        throw new errors/* InputError */.dz(`${file}:${line}:${col}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const services = doc.get('services');
    if (!(0,dist/* isMap */.jh)(services))
        throw new errors/* InputError */.dz(`${file}: no services mapping (targets.compose.file must be a Compose file)`);
    const wanted = new Set([repositoryOf(image), spec.image ? repositoryOf(spec.image) : undefined].filter((r) => r !== undefined));
    const entries = services.items.flatMap((item) => ((0,dist/* isScalar */.jn)(item.key) && (0,dist/* isMap */.jh)(item.value) ? [{ name: String(item.key.value), service: item.value }] : []));
    let chosen = entries.filter(({ service }) => {
        const current = service.get('image');
        const repository = typeof current === 'string' ? repositoryOf(current) : undefined;
        return repository !== undefined && wanted.has(repository);
    });
    if (!chosen.length)
        chosen = entries.filter((e) => e.name === spec.server.name);
    if (!chosen.length) {
        throw new errors/* InputError */.dz(`${file}: no service runs the server's image (${[...wanted].join(' or ')}) and none is named "${spec.server.name}": ` +
            'name the server\'s service after server.name, or give it image: with the spec\'s image repository');
    }
    const value = (0,compose_file/* composeLiteral */.E)(image);
    const names = chosen.map((c) => c.name);
    const nodes = chosen.map(({ service }) => service.get('image', true));
    if (nodes.every((n) => (0,dist/* isScalar */.jn)(n) && n.range)) {
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
/** Reads targets.compose.file (relative to the spec's folder) and substitutes the image. */
function readUserCompose(spec, path, image) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${spec.file}: targets.compose.file: ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
    return substituteComposeImage(text, path, spec, image);
}

// EXTERNAL MODULE: ./src/spec/grammar.ts
var grammar = __webpack_require__(7302);
;// CONCATENATED MODULE: ./src/deploy/compose/previous.ts
/**
 * What ran before a Compose deploy, for its rollback: the image of the server's running container
 * (`docker inspect` on the engine the deploy uses, local or DOCKER_HOST), else the last image a
 * deploy of this server gated good, recorded in its state folder. The record is read as
 * untrusted data (the folder can be committed): an image reference and an image ID, each checked
 * against its grammar, never a command.
 */





const QUICK_MS = 30_000;
const IMAGE_ID = /^sha256:[0-9a-f]{64}$/;
const recordPath = (spec) => (0,external_node_path_.join)((0,state/* stateDir */.Pn)(spec), 'deployed.json');
/** The image of the running container of `service` in `project`, when one runs. */
async function runningImage(project, service, env) {
    const ids = (await (0,exec/* exec */.m)('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter(Boolean);
    if (!ids[0])
        return undefined;
    const [image, imageId] = (await (0,exec/* exec */.m)('docker', ['inspect', '--format', '{{.Config.Image}}\t{{.Image}}', ids[0]], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\t');
    return image ? { image, ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}) } : undefined;
}
/** The image ID and the repository digest (when the image was pushed or pulled) of a local image. */
async function inspectImage(image, env) {
    const r = await (0,exec/* exec */.m)('docker', ['image', 'inspect', '--format', '{{.Id}}\t{{json .RepoDigests}}', '--', image], { env, okCodes: [0, 1], timeoutMs: QUICK_MS });
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
    return { ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}), ...(digest ? { digest } : {}) };
}
/** Records the image a deploy gated good. */
function recordDeployed(spec, identity) {
    (0,external_node_fs_.writeFileSync)(recordPath(spec), `${JSON.stringify(identity, null, 2)}\n`);
}
/** The last image a deploy gated good, when the record is there and well-formed. */
function readDeployed(spec) {
    const path = recordPath(spec);
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.lstatSync)(path).isFile())
        return undefined;
    try {
        const { image, imageId } = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (typeof image !== 'string' || !(0,grammar.matches)('imageReference', image))
            return undefined;
        return { image, ...(typeof imageId === 'string' && IMAGE_ID.test(imageId) ? { imageId } : {}) };
    }
    catch {
        return undefined;
    }
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

;// CONCATENATED MODULE: ./src/deploy/compose/deploy.ts
/**
 * `deploy --target compose`: the same contract as the Kubernetes target on a Docker Engine, local
 * or remote (the caller's environment, DOCKER_HOST included, reaches every docker and Compose
 * command). Runs the server's image with Compose (the user's file from targets.compose.file with
 * the image substituted, else the file `up` generates), gates it, and hands off. On a failed
 * start or gate it rolls back to the image that ran before (the running container's, else the
 * last one recorded as gated good), gates that again, and fails saying what failed and what now
 * runs; a first deploy that fails is taken down. The state folder is `up`'s, so `down` stops it.
 */













/** The deploy failed: `result` says what now runs (undefined when the failed first deploy was taken down). Exit 1. */
class ComposeDeployFailure extends errors/* GateFailure */.In {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/** Starting containers may pull images or wait on stop timeouts; the engine answers a version query in seconds. */
const COMPOSE_MS = 5 * 60_000;
const deploy_QUICK_MS = 30_000;
/** Fails before any change when the engine (local, or DOCKER_HOST) does not answer, naming it. */
async function requireEngine(env) {
    const answer = await (0,exec/* exec */.m)('docker', ['version', '--format', '{{.Server.Version}}'], { env, okCodes: [0, 1], timeoutMs: deploy_QUICK_MS }).catch((e) => ({ code: 1, stdout: '', stderr: (0,errors/* errorMessage */.gJ)(e) }));
    if (answer.code === 0)
        return;
    const where = env.DOCKER_HOST ? `DOCKER_HOST ${env.DOCKER_HOST}` : env.DOCKER_CONTEXT ? `DOCKER_CONTEXT ${env.DOCKER_CONTEXT}` : 'the local socket (DOCKER_HOST is not set)';
    const why = answer.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${answer.code}`;
    throw new errors/* InputError */.dz(`deploy: the Docker Engine at ${where} does not answer (${why}); nothing was changed. Start it, or set DOCKER_HOST to a reachable engine (tcp://HOST:2376 with TLS, or ssh://USER@HOST)`);
}
function composeFileFor(plan, image) {
    if (plan.userFile)
        return readUserCompose(plan.spec, plan.userFile, image).services;
    return [plan.spec.server.name];
}
/** Writes the Compose file for `image` and starts it. */
async function start(plan, image) {
    const text = plan.userFile ? readUserCompose(plan.spec, plan.userFile, image).text : (0,compose_file/* composeFile */.V)(plan.spec, image, plan.port, plan.env, plan.logger);
    (0,external_node_fs_.writeFileSync)(plan.file, text);
    const args = [...plan.compose.slice(1), '-p', plan.project, '-f', plan.file, ...(plan.projectDir ? ['--project-directory', plan.projectDir] : []), 'up', '-d', '--no-build', ...(plan.userFile ? [] : ['--force-recreate'])];
    plan.logger.info(`deploy: ${plan.compose.join(' ')} -p ${plan.project} up -d (${image})`);
    await (0,exec/* exec */.m)(plan.compose[0], args, { env: plan.env, timeoutMs: COMPOSE_MS, display: `${plan.compose.join(' ')} up` });
}
async function deploy_gate(plan) {
    const fromSpec = (0,from_spec.healthFromSpec)(plan.spec);
    return (0,gate.runHealthGate)({
        target: { kind: 'url', url: new URL(plan.url) },
        transport: plan.spec.server.transport === 'sse' ? 'sse' : 'auto',
        headers: {},
        timeoutMs: plan.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
        contract: fromSpec.contract,
        strict: fromSpec.strict ?? false,
        allowAuthRequired: fromSpec.allowAuthRequired ?? false,
        smoke: fromSpec.smoke,
        logger: plan.logger,
    });
}
/** Starts `image` and gates it: the report, or why it did not start (the container logs' tail appended). */
async function startAndGate(plan, image) {
    try {
        await start(plan, image);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        return { failure: `${image} did not start: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    const health = await deploy_gate(plan);
    if (health.ok)
        return { health };
    const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
    const logs = await (0,local/* logsTail */.Kg)(plan.compose, plan.file, plan.project, plan.env);
    return { health, failure: `${image} failed the health gate: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}` };
}
async function planDeploy(options) {
    const { spec } = options;
    const env = options.env ?? process.env;
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const target = (spec.targets.compose ?? {});
    const userFile = target.file ? (0,external_node_path_.resolve)(spec.dir, target.file) : undefined;
    const port = options.port ?? spec.server.port;
    const dir = (0,state/* stateDir */.Pn)(spec);
    const compose = await (0,local/* composeCommand */.ec)(env);
    await requireEngine(env);
    return {
        spec,
        compose,
        project: (0,state/* projectName */.j1)(spec),
        file: (0,external_node_path_.join)(dir, 'compose.yml'),
        ...(userFile ? { userFile, projectDir: (0,external_node_path_.dirname)(userFile) } : {}),
        services: [],
        port,
        url: options.url ?? (0,from_spec.localUrl)(spec, port),
        env,
        logger,
        timeoutMs: options.timeoutMs,
    };
}
async function resultFor(plan, image, health, rolledBack, previous) {
    const { imageId, digest } = await inspectImage(image, plan.env);
    const handoff = (0,handoff_handoff/* buildHandoff */.dJ)({ spec: plan.spec, target: 'compose', url: plan.url, health, release: { image, ...(digest ? { digest } : {}), project: plan.project } });
    return {
        url: plan.url,
        project: plan.project,
        composeFile: plan.file,
        services: plan.services,
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
async function deployCompose(options) {
    const plan = await planDeploy(options);
    const { spec, env, logger } = plan;
    const image = options.image ?? (await (0,local/* newestLocalImage */.hj)(spec.image ?? `local/${spec.server.name}`, env));
    // Which services run the server, from the file as it will be written (errors before any change).
    plan.services = composeFileFor(plan, image);
    (0,external_node_fs_.mkdirSync)((0,state/* stateDir */.Pn)(spec), { recursive: true });
    const previous = (await runningImage(plan.project, plan.services[0], env)) ?? readDeployed(spec);
    if (previous)
        logger.info(`deploy: ${previous.image} runs now; it is what a failed deploy rolls back to`);
    (0,state/* writeState */.Jq)(spec, { project: plan.project, composeFile: plan.file, url: plan.url });
    const attempt = await startAndGate(plan, image);
    if (!attempt.failure && attempt.health) {
        const result = await resultFor(plan, image, attempt.health, false, previous);
        recordDeployed(spec, { image, ...(result.imageId ? { imageId: result.imageId } : {}) });
        return result;
    }
    const failed = attempt.failure;
    if (!previous) {
        const left = await (0,local.down)({ spec, env, logger }).then(() => 'it was taken down (a first deploy)', (e) => `taking it down failed (${(0,errors/* errorMessage */.gJ)(e)}): run \`mcp-orchestrator down\``);
        throw new ComposeDeployFailure(`deploy: ${failed}\nNothing ran before: ${left}`, undefined);
    }
    const back = await rollbackReference(previous, env);
    logger.warning(`deploy: ${failed.split('\n')[0]}; rolling back to ${back}`);
    const retry = await startAndGate(plan, back);
    if (retry.health && !retry.failure) {
        const result = await resultFor(plan, back, retry.health, true, previous);
        recordDeployed(spec, { image: back, ...(result.imageId ? { imageId: result.imageId } : {}) });
        throw new ComposeDeployFailure(`deploy: ${failed}\nRolled back: ${back} runs again and passed the health gate at ${plan.url}`, result);
    }
    const result = retry.health ? await resultFor(plan, back, retry.health, true, previous) : undefined;
    throw new ComposeDeployFailure(`deploy: ${failed}\nThe rollback to ${back} failed too: ${retry.failure}\n${plan.project} is left as the rollback left it: check it, or run \`mcp-orchestrator down\``, result);
}


/***/ }),

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

//# sourceMappingURL=857.index.js.map