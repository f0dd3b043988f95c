export const id = 263;
export const ids = [263];
export const modules = {

/***/ 5263:
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
// EXTERNAL MODULE: ./src/health/gate.ts + 2 modules
var gate = __webpack_require__(3910);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/run/compose-file.ts
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
function compose_file_composeFile(spec, image, port, env, logger) {
    return (0,dist/* stringify */.As)({
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

// EXTERNAL MODULE: ./src/handoff/clients.ts
var clients = __webpack_require__(2610);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/scan/redact-text.ts + 7 modules
var redact_text = __webpack_require__(3414);
;// CONCATENATED MODULE: ./src/util/exec.ts



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
function exec_exec(command, args, options = {}) {
    const secrets = [...secretArgValues(args), ...(options.redact ?? [])];
    const display = redactText(options.display ?? defaultDisplay(command, args), secrets);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // stderr is redacted whole before its tail is cut, so a secret across the cut never shows in part.
    const fail = (why, code, stderr) => {
        const clean = redactText(stderr, secrets);
        return new errors/* ExecError */.cI(`\`${display}\` ${why}${tailOf(clean)}`, display, code, clean);
    };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(fail('was not started: stopped before it began', null, ''));
            return;
        }
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
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
        child.on('error', (e) => settle(() => reject(new errors/* ExecError */.cI(`could not run \`${display}\`: ${e.message}`, display, null, ''))));
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
    return (0,redact_text/* redactText */.iB)([...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text));
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

// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
;// CONCATENATED MODULE: ./src/run/state.ts
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
const state_projectName = (spec) => spec.targets.compose?.project ?? `mcp-${spec.server.name}`;
const state_stateDir = (spec) => (0,external_node_path_.join)(spec.dir, '.mcp-orchestrator', spec.server.name);
const statePath = (spec) => (0,external_node_path_.join)(state_stateDir(spec), 'state.json');
/** The Compose file is recorded relative to the state folder, so a moved checkout still finds it. */
function state_writeState(spec, state) {
    const recorded = { ...state, composeFile: (0,external_node_path_.relative)(state_stateDir(spec), state.composeFile) };
    (0,external_node_fs_.writeFileSync)(statePath(spec), `${JSON.stringify(recorded, null, 2)}\n`);
}
/** The state `up` wrote for this spec's server, validated; undefined when there is none. */
function readState(spec) {
    const dir = state_stateDir(spec);
    const path = statePath(spec);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const refuse = (why) => new errors/* InputError */.dz(`${path}: ${why}; it was not written by \`up\` for server "${spec.server.name}" (or was edited). Nothing was run. Check the folder, stop any container yourself, and remove ${dir}`);
    if (!(0,external_node_fs_.lstatSync)(dir).isDirectory() || !(0,external_node_fs_.lstatSync)(path).isFile())
        throw refuse('the state folder or file is a link or not a regular file');
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw refuse(`not JSON (${error.message})`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw refuse('the state is not a JSON object');
    const { project, composeFile, url } = data;
    const expected = state_projectName(spec);
    if (typeof project !== 'string' || !PROJECT_NAME.test(project) || project !== expected) {
        throw refuse(`project ${JSON.stringify(project)} is not this server's Compose project "${expected}"`);
    }
    if (typeof composeFile !== 'string')
        throw refuse('composeFile is missing');
    const file = (0,external_node_path_.resolve)(dir, composeFile);
    const inside = (0,external_node_path_.relative)(dir, file);
    if (!inside || inside.split(external_node_path_.sep)[0] === '..' || (0,external_node_path_.isAbsolute)(inside))
        throw refuse(`composeFile ${JSON.stringify(composeFile)} is outside the state folder`);
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.lstatSync)(file).isFile())
        throw refuse(`composeFile ${JSON.stringify(composeFile)} is not a regular file`);
    return { project, composeFile: file, url: typeof url === 'string' ? url : '' };
}

;// CONCATENATED MODULE: ./src/run/local.ts
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
    const v2 = await exec_exec('docker', ['compose', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: QUICK_MS }).catch(() => ({ code: 1 }));
    if (v2.code === 0)
        return ['docker', 'compose'];
    const v1 = await exec_exec('docker-compose', ['version'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => ({ code: 127 }));
    if (v1.code === 0)
        return ['docker-compose'];
    throw new errors/* InputError */.dz('neither `docker compose` nor `docker-compose` is installed: run `bash scripts/install-parts.sh`');
}
async function newestLocalImage(repository, env) {
    const out = (await exec_exec('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', '--', repository], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter((l) => l && !l.endsWith(':<none>'));
    if (!out[0])
        throw new errors/* InputError */.dz(`no local image of ${repository}: run \`mcp-orchestrator package\` first, or pass --image`);
    return out[0];
}
async function logsTail(compose, file, project, env) {
    const r = await exec_exec(compose[0], [...compose.slice(1), '-p', project, '-f', file, 'logs', '--no-color', '--tail', '20'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS, display: `${compose.join(' ')} logs` }).catch(() => undefined);
    return r ? r.stdout.trim().split('\n').slice(-20).join('\n') : '';
}
async function up(options) {
    const { spec, signal } = options;
    const env = options.env ?? process.env;
    const logger = options.logger ?? silentLogger;
    if (signal?.aborted)
        throw interrupted(signal, `${spec.server.name} was not started`);
    const compose = await composeCommand(env);
    const image = options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env));
    const port = options.port ?? spec.server.port;
    const project = projectName(spec);
    const dir = stateDir(spec);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'compose.yml');
    writeFileSync(file, composeFile(spec, image, port, env, logger));
    const url = localUrl(spec, port);
    writeState(spec, { project, composeFile: file, url });
    logger.info(`up: ${compose.join(' ')} -p ${project} up -d (${image} on 127.0.0.1:${port})`);
    const stopIfAborted = () => {
        if (signal?.aborted)
            throw interrupted(signal, 'stopping');
    };
    let health;
    try {
        stopIfAborted();
        await exec(compose[0], [...compose.slice(1), '-p', project, '-f', file, 'up', '-d', '--force-recreate'], { env, timeoutMs: COMPOSE_MS, signal, display: `${compose.join(' ')} up` });
        const fromSpec = healthFromSpec(spec);
        health = await untilAborted(runHealthGate({
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
        const failure = await down({ spec, env, logger }).then(() => undefined, (e) => errorMessage(e));
        const left = failure ? `; taking it down failed (${failure}): run \`mcp-orchestrator down\`` : ' was taken down and its state removed';
        if (stopped)
            throw interrupted(signal, `${spec.server.name}${left}`);
        throw error;
    }
    if (!health.ok) {
        const logs = await logsTail(compose, file, project, env);
        await down({ spec, env, logger });
        const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
        throw new GateFailure(`up: ${spec.server.name} failed the health gate and was taken down: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}`);
    }
    const handoff = buildClientHandoff({
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
    return new Interrupted(`interrupted by ${name}: ${what}`, name);
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
    const state = readState(spec);
    if (!state)
        return { project: state_projectName(spec), stopped: false };
    const compose = await composeCommand(env);
    options.logger?.info(`down: ${compose.join(' ')} -p ${state.project} down`);
    await exec_exec(compose[0], [...compose.slice(1), '-p', state.project, '-f', state.composeFile, 'down', '--remove-orphans', '--volumes'], { env, timeoutMs: COMPOSE_MS, display: `${compose.join(' ')} down` });
    (0,external_node_fs_.rmSync)(state_stateDir(spec), { recursive: true, force: true });
    // The parent folder goes too when this was its last server.
    try {
        (0,external_node_fs_.rmdirSync)((0,external_node_path_.join)(spec.dir, '.mcp-orchestrator'));
    }
    catch {
        /* other servers' state, or already gone */
    }
    return { project: state.project, stopped: true };
}

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
    const value = composeLiteral(image);
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





const previous_QUICK_MS = 30_000;
const IMAGE_ID = /^sha256:[0-9a-f]{64}$/;
const recordPath = (spec) => (0,external_node_path_.join)(state_stateDir(spec), 'deployed.json');
/** The image of the running container of `service` in `project`, when one runs. */
async function runningImage(project, service, env) {
    const ids = (await exec_exec('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`], { env, timeoutMs: previous_QUICK_MS })).stdout.trim().split('\n').filter(Boolean);
    if (!ids[0])
        return undefined;
    const [image, imageId] = (await exec_exec('docker', ['inspect', '--format', '{{.Config.Image}}\t{{.Image}}', ids[0]], { env, timeoutMs: previous_QUICK_MS })).stdout.trim().split('\t');
    return image ? { image, ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}) } : undefined;
}
/** The image ID and the repository digest (when the image was pushed or pulled) of a local image. */
async function inspectImage(image, env) {
    const r = await exec_exec('docker', ['image', 'inspect', '--format', '{{.Id}}\t{{json .RepoDigests}}', '--', image], { env, okCodes: [0, 1], timeoutMs: previous_QUICK_MS });
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
        if (typeof image !== 'string' || !(0,grammar/* matches */.cK)('imageReference', image))
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
const deploy_COMPOSE_MS = 5 * 60_000;
const deploy_QUICK_MS = 30_000;
/** Fails before any change when the engine (local, or DOCKER_HOST) does not answer, naming it. */
async function requireEngine(env) {
    const answer = await exec_exec('docker', ['version', '--format', '{{.Server.Version}}'], { env, okCodes: [0, 1], timeoutMs: deploy_QUICK_MS }).catch((e) => ({ code: 1, stdout: '', stderr: (0,errors/* errorMessage */.gJ)(e) }));
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
    const text = plan.userFile ? readUserCompose(plan.spec, plan.userFile, image).text : compose_file_composeFile(plan.spec, image, plan.port, plan.env, plan.logger);
    (0,external_node_fs_.writeFileSync)(plan.file, text);
    const args = [...plan.compose.slice(1), '-p', plan.project, '-f', plan.file, ...(plan.projectDir ? ['--project-directory', plan.projectDir] : []), 'up', '-d', '--no-build', ...(plan.userFile ? [] : ['--force-recreate'])];
    plan.logger.info(`deploy: ${plan.compose.join(' ')} -p ${plan.project} up -d (${image})`);
    await exec_exec(plan.compose[0], args, { env: plan.env, timeoutMs: deploy_COMPOSE_MS, display: `${plan.compose.join(' ')} up` });
}
async function deploy_gate(plan) {
    const fromSpec = (0,from_spec/* healthFromSpec */.Q)(plan.spec);
    return (0,gate/* runHealthGate */.Jd)({
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
    const logs = await logsTail(plan.compose, plan.file, plan.project, plan.env);
    return { health, failure: `${image} failed the health gate: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}` };
}
async function planDeploy(options) {
    const { spec } = options;
    const env = options.env ?? process.env;
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const target = (spec.targets.compose ?? {});
    const userFile = target.file ? (0,external_node_path_.resolve)(spec.dir, target.file) : undefined;
    const port = options.port ?? spec.server.port;
    const dir = state_stateDir(spec);
    const compose = await composeCommand(env);
    await requireEngine(env);
    return {
        spec,
        compose,
        project: state_projectName(spec),
        file: (0,external_node_path_.join)(dir, 'compose.yml'),
        ...(userFile ? { userFile, projectDir: (0,external_node_path_.dirname)(userFile) } : {}),
        services: [],
        port,
        url: options.url ?? (0,from_spec/* localUrl */.x)(spec, port),
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
    const image = options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env));
    // Which services run the server, from the file as it will be written (errors before any change).
    plan.services = composeFileFor(plan, image);
    (0,external_node_fs_.mkdirSync)(state_stateDir(spec), { recursive: true });
    const previous = (await runningImage(plan.project, plan.services[0], env)) ?? readDeployed(spec);
    if (previous)
        logger.info(`deploy: ${previous.image} runs now; it is what a failed deploy rolls back to`);
    state_writeState(spec, { project: plan.project, composeFile: plan.file, url: plan.url });
    const attempt = await startAndGate(plan, image);
    if (!attempt.failure && attempt.health) {
        const result = await resultFor(plan, image, attempt.health, false, previous);
        recordDeployed(spec, { image, ...(result.imageId ? { imageId: result.imageId } : {}) });
        return result;
    }
    const failed = attempt.failure;
    if (!previous) {
        const left = await down({ spec, env, logger }).then(() => 'it was taken down (a first deploy)', (e) => `taking it down failed (${(0,errors/* errorMessage */.gJ)(e)}): run \`mcp-orchestrator down\``);
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


/***/ })

};

//# sourceMappingURL=263.index.js.map