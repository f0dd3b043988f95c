export const id = 8390;
export const ids = [8390];
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

/***/ 58390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  resultText: () => (/* binding */ resultText)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/deploy/kubernetes/kubeconfig-files.ts
var kubeconfig_files = __webpack_require__(24139);
// EXTERNAL MODULE: ./src/util/signals.ts
var signals = __webpack_require__(6089);
// EXTERNAL MODULE: ./src/cli/spec-option.ts
var spec_option = __webpack_require__(38469);
;// CONCATENATED MODULE: ./src/cli/commands/deploy-compose.ts
/** `deploy --target compose`, and how both targets print their result and handoff. */






/** Options that only mean something on Kubernetes: refused on compose rather than ignored. */
const KUBERNETES_ONLY = ['kubeconfig', 'context', 'namespace', 'strategy', 'create-namespace', 'force-conflicts', 'dry-run', 'on-failure', 'progress-deadline'];
/**
 * Prints a deploy's result (text, then the handoff in Markdown; or one JSON document) and writes
 * the handoff document to `handoffFile` when asked.
 */
async function printResult(ctx, format, handoffFile, result, text, handoff) {
    const { handoffJson } = await Promise.all(/* import() */[__webpack_require__.e(2804), __webpack_require__.e(6868), __webpack_require__.e(4097)]).then(__webpack_require__.bind(__webpack_require__, 92932));
    if (handoffFile && handoff)
        (0,external_node_fs_.writeFileSync)(handoffFile, handoffJson(handoff));
    if (format === 'json')
        return ctx.stdout(`${JSON.stringify({ ...result, ...(handoff ? { handoff } : {}) }, null, 2)}\n`);
    ctx.stdout(text);
    if (handoff) {
        const { renderHandoffMarkdown } = await Promise.all(/* import() */[__webpack_require__.e(6868), __webpack_require__.e(7422)]).then(__webpack_require__.bind(__webpack_require__, 6868));
        ctx.stdout(`\n${renderHandoffMarkdown(handoff)}`);
    }
}
function composeText(result) {
    const verb = result.rolledBack ? `rolled back to ${result.image}` : `deployed ${result.image}`;
    return [
        `${verb} (Compose project ${result.project}, services ${result.services.join(', ')})`,
        `url: ${result.url}`,
        ...(result.previousImage && !result.rolledBack ? [`previous image: ${result.previousImage}`] : []),
        ...(result.toolsHash ? [`tools hash: ${result.toolsHash}`] : []),
        `gate: ${result.health.ok ? 'passed' : 'failed'}, tools: ${result.health.tools.map((t) => t.name).join(', ') || 'none'}`,
        '',
    ].join('\n');
}
async function deployToCompose(values, ctx, handoffFile) {
    const given = KUBERNETES_ONLY.find((name) => values[name] !== undefined);
    if (given)
        throw new errors/* InputError */.dz(`deploy --target compose: --${given} is a Kubernetes option`);
    const format = (0,command/* parseFormat */.Xc)(values.format);
    const port = values.port === undefined ? undefined : (0,parse/* parseInteger */.cG)(values.port, '--port', 1, 65535);
    const timeoutMs = values.timeout === undefined ? undefined : (0,parse/* parseDuration */.E9)(values.timeout, '--timeout');
    if (values.url !== undefined && !/^https?:\/\/[^\s]+$/.test(values.url))
        throw new errors/* InputError */.dz(`--url: "${values.url}" is not an http(s) URL`);
    const spec = (0,spec_option/* readSpec */.O)(values.spec, ctx.cwd);
    const { deployCompose, ComposeDeployFailure } = await Promise.all(/* import() */[__webpack_require__.e(5758), __webpack_require__.e(2815), __webpack_require__.e(2485), __webpack_require__.e(2804), __webpack_require__.e(4624), __webpack_require__.e(6868), __webpack_require__.e(6944), __webpack_require__.e(9451)]).then(__webpack_require__.bind(__webpack_require__, 9451));
    try {
        // Ctrl-C or SIGTERM during the start or the gate restores what ran before: exit 130 or 143.
        const result = await (0,signals/* whileHandlingSignals */.Q)((signal) => deployCompose({ spec, image: values.image, port, url: values.url, timeoutMs, env: ctx.env, logger: ctx.logger, signal }));
        await printResult(ctx, format, handoffFile, { target: 'compose', ok: true, ...withoutHandoff(result) }, composeText(result), result.handoff);
        return 0;
    }
    catch (error) {
        if (error instanceof ComposeDeployFailure && error.result) {
            await printResult(ctx, format, undefined, { target: 'compose', ok: false, ...withoutHandoff(error.result) }, composeText(error.result), undefined);
        }
        throw error;
    }
}
function withoutHandoff(result) {
    const { handoff: _handoff, ...rest } = result;
    return rest;
}

;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts









const usage = `
Usage: mcp-orchestrator deploy --target kubernetes --image REF@sha256:... [options]
       mcp-orchestrator deploy --target compose [--image REF] [--port P] [--url URL] [options]

Deploys the pushed image to Kubernetes from the spec (or your manifests) and gates it on the MCP
protocol before and after it takes traffic:
  1. server-side dry run of every object (field manager mcp-orchestrator): a field another
     manager holds stops the deploy before anything is written, unless --force-conflicts;
  2. strategy candidate (default when a release already serves): a one-replica Deployment of the
     new revision that the Service does not select, gated through a port-forward; only if it
     passes is the serving Deployment touched;
  3. apply, wait for the rollout (kubectl rollout status semantics; an image that cannot be
     pulled, a crash loop with its last log lines, an unschedulable pod or a missing Secret key
     fail at once), gate a pod of the new ReplicaSet through a port-forward, then the public
     URL (https://ingress.host/path) when that host resolves (a host that does not is reported);
  4. prune what the previous release applied and this one does not; record the release.
A failed rollout or gate rolls back to the previous release (its recorded objects, else the
previous ReplicaSet's template), waits, gates it again, and exits 1 saying what failed and what
now runs. A first deploy that fails is removed.

Compose (the local engine, or DOCKER_HOST/DOCKER_CONTEXT): your targets.compose.file with the
server's image substituted, or a generated file; gated on the MCP protocol; a failed start or
gate rolls back to the image that ran before, gates it again and exits 1; a failed first deploy
is taken down. Ctrl-C or SIGTERM during the start or the gate restores the image that ran before
(or takes a first deploy down): exit 130 or 143. The down command stops it, as after up.

Options:
  --target kubernetes|compose    where to deploy (required)
  --image REF@DIGEST             the pushed image, by digest (required for kubernetes; compose
                                 also takes a local tag, default the newest of the spec's image)
  --port P                       compose: host port (default server.port)
  --url URL                      compose: where the gate and clients reach the server (default
                                 http://HOST:PORT/PATH, HOST 127.0.0.1 for a local engine, else
                                 the host DOCKER_HOST names; set it for a tunnel or a proxy)
  --handoff FILE                 write the handoff document (JSON: clients, credentials, endpoints)
  --manifests FILE               kubernetes: write what was applied (or would be, with --dry-run)
                                 as one YAML stream, Secret values left out
  --spec FILE                    the deploy spec (default mcp-deploy.yml)
  --kubeconfig FILE              default: KUBECONFIG, else ~/.kube/config, else in-cluster
  --context NAME                 kubeconfig context (default: its current context)
  --namespace NS                 default: targets.kubernetes.namespace, else the context's
  --create-namespace             create the namespace when missing
  --strategy candidate|rolling   default: targets.kubernetes.strategy, else candidate when a release serves
  --dry-run                      server-side dry run: print what would change, change nothing
  --force-conflicts              take over fields other field managers hold
  --on-failure rollback|keep     keep: leave a failed revision (or candidate) in place (default rollback)
  --timeout DURATION             limit for each rollout wait (default 5m)
  --progress-deadline DURATION   the Deployment's progressDeadlineSeconds (default 180s)
  --format text|json             result on stdout (default text: the result, then the handoff
                                 in Markdown; json: the result with its handoff document)

targets.kubernetes.manifests may name files, folders or a kustomization (built with
\`kubectl kustomize\`: KUBECTL, else kubectl on PATH).

Secrets with from.env or from.github are read from this process's environment (by that name)
and written to the Secret the Deployment references. Exit codes: 0 deployed (or dry run),
1 the rollout or gate failed (rolled back), 2 bad input, or the API server unreachable or refusing.
`;
/** --kubeconfig, else what kubectl would find; undefined means in-cluster. */
function kubeconfigFiles(option, ctx) {
    if (option)
        return [(0,external_node_path_.resolve)(ctx.cwd, option)];
    const found = (0,kubeconfig_files/* findKubeconfigFiles */.C)(ctx.env, ctx.cwd);
    if (found === 'in-cluster')
        return undefined;
    if (found)
        return found;
    throw new errors/* InputError */.dz('deploy: no cluster credentials: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster');
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`.padStart(7);
function resultText(result) {
    const lines = [];
    const verb = result.dryRun ? 'dry run of' : result.ok ? 'deployed' : result.rolledBack ? 'rolled back' : 'failed to deploy';
    lines.push(`${verb} ${result.image} to namespace ${result.namespace} on ${result.server} (release ${result.revision}, strategy ${result.strategy})`);
    lines.push(`url: ${result.url}`);
    if (result.toolsHash)
        lines.push(`tools hash: ${result.toolsHash}`);
    lines.push('objects:');
    for (const o of result.objects)
        lines.push(`  ${o.action.padEnd(9)} ${o.kind} ${o.name}${o.fields ? ` (${o.fields.join(', ')})` : ''}`);
    lines.push('timeline:');
    for (const t of result.timeline)
        lines.push(`  ${seconds(t.atMs)}  ${t.event.split('\n')[0]}`);
    if (result.gate)
        lines.push(`gate: ${result.gate.ok ? 'passed' : 'failed'} (${result.gate.target.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'port-forward')}), tools: ${result.gate.tools.map((t) => t.name).join(', ') || 'none'}`);
    if (result.publicGate)
        lines.push(`public gate: ${result.publicGate.ok ? 'passed' : 'failed'} (${result.url}), tools: ${result.publicGate.tools.map((t) => t.name).join(', ') || 'none'}`);
    else if (result.publicGateSkipped)
        lines.push(result.publicGateSkipped);
    return `${lines.join('\n')}\n`;
}
const deployCommand = {
    name: 'deploy',
    summary: 'deploy to Kubernetes or Compose: apply, roll out, gate the new revision, roll back on failure, hand off',
    usage,
    async run(ctx) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('deploy', ctx.argv, {
            target: { type: 'string' },
            image: { type: 'string' },
            spec: { type: 'string' },
            kubeconfig: { type: 'string' },
            context: { type: 'string' },
            namespace: { type: 'string' },
            'create-namespace': { type: 'boolean' },
            strategy: { type: 'string' },
            'dry-run': { type: 'boolean' },
            'force-conflicts': { type: 'boolean' },
            'on-failure': { type: 'string' },
            timeout: { type: 'string' },
            'progress-deadline': { type: 'string' },
            format: { type: 'string' },
            port: { type: 'string' },
            url: { type: 'string' },
            handoff: { type: 'string' },
            manifests: { type: 'string' },
        }, false);
        if (positionals.length)
            throw new errors/* InputError */.dz(`deploy: unexpected argument "${positionals[0]}". See \`mcp-orchestrator deploy --help\`.`);
        if (!values.target)
            throw new errors/* InputError */.dz('deploy: --target is required (kubernetes or compose)');
        const target = (0,parse/* parseChoice */.HU)(values.target, ['kubernetes', 'compose'], '--target');
        const handoffFile = values.handoff === undefined ? undefined : (0,external_node_path_.resolve)(ctx.cwd, values.handoff);
        if (target === 'compose' && values.manifests !== undefined)
            throw new errors/* InputError */.dz('deploy --target compose: --manifests is a Kubernetes option');
        if (target === 'compose')
            return deployToCompose(values, ctx, handoffFile);
        if (!values.image)
            throw new errors/* InputError */.dz('deploy: --image REF@sha256:... is required: the cluster runs exactly the pushed bytes (push prints the digest)');
        const format = (0,command/* parseFormat */.Xc)(values.format);
        const strategy = values.strategy === undefined ? undefined : (0,parse/* parseChoice */.HU)(values.strategy, ['candidate', 'rolling'], '--strategy');
        const onFailure = values['on-failure'] === undefined ? undefined : (0,parse/* parseChoice */.HU)(values['on-failure'], ['rollback', 'keep'], '--on-failure');
        const timeoutMs = values.timeout === undefined ? undefined : (0,parse/* parseDuration */.E9)(values.timeout, '--timeout');
        const deadline = values['progress-deadline'] === undefined ? undefined : Math.max(1, Math.round((0,parse/* parseDuration */.E9)(values['progress-deadline'], '--progress-deadline') / 1000));
        const spec = (0,spec_option/* readSpec */.O)(values.spec, ctx.cwd);
        const [{ requireGrammar }, { manifestPaths, loadManifestFiles }, { kustomizeWithKubectl }] = await Promise.all([
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7302)),
            __webpack_require__.e(/* import() */ 9685).then(__webpack_require__.bind(__webpack_require__, 9685)),
            Promise.all(/* import() */[__webpack_require__.e(2485), __webpack_require__.e(3371)]).then(__webpack_require__.bind(__webpack_require__, 43371)),
        ]);
        const namespace = values.namespace === undefined ? undefined : requireGrammar('dnsLabel', values.namespace, '--namespace');
        const paths = manifestPaths(spec);
        const files = kubeconfigFiles(values.kubeconfig, ctx);
        const manifests = paths && (await loadManifestFiles(spec, paths, kustomizeWithKubectl({ env: ctx.env, logger: ctx.logger })));
        const { deployKubernetes, DeployFailure } = await Promise.all(/* import() */[__webpack_require__.e(5758), __webpack_require__.e(1692), __webpack_require__.e(2815), __webpack_require__.e(5780), __webpack_require__.e(339), __webpack_require__.e(2485), __webpack_require__.e(2804), __webpack_require__.e(4624), __webpack_require__.e(6181), __webpack_require__.e(4284)]).then(__webpack_require__.bind(__webpack_require__, 34284));
        const { kubernetesHandoff } = await Promise.all(/* import() */[__webpack_require__.e(2804), __webpack_require__.e(6868), __webpack_require__.e(4097)]).then(__webpack_require__.bind(__webpack_require__, 92932));
        const manifestsFile = values.manifests === undefined ? undefined : (0,external_node_path_.resolve)(ctx.cwd, values.manifests);
        const { manifestsFileText } = await Promise.all(/* import() */[__webpack_require__.e(1692), __webpack_require__.e(5780), __webpack_require__.e(2485), __webpack_require__.e(2804), __webpack_require__.e(6181), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 86181));
        const print = async (result) => {
            if (manifestsFile)
                (0,external_node_fs_.writeFileSync)(manifestsFile, manifestsFileText(result));
            // The applied YAML goes to --manifests, not into the JSON result.
            const { manifests: _manifests, ...printed } = result;
            await printResult(ctx, format, handoffFile, printed, resultText(result), kubernetesHandoff(spec, result));
        };
        // SIGINT/SIGTERM stop the deploy between steps: a candidate is removed and the error says
        // what was applied.
        return (0,signals/* whileHandlingSignals */.Q)(async (signal) => {
            try {
                const result = await deployKubernetes({
                    spec,
                    image: values.image,
                    cluster: { kubeconfig: files, inCluster: files === undefined, context: values.context },
                    namespace,
                    createNamespace: values['create-namespace'] ?? false,
                    strategy,
                    dryRun: values['dry-run'] ?? false,
                    forceConflicts: values['force-conflicts'] ?? false,
                    onFailure,
                    timeoutMs,
                    progressDeadlineSeconds: deadline,
                    manifests,
                    secretValues: ctx.env,
                    logger: ctx.logger,
                    signal,
                });
                await print(result);
                return 0;
            }
            catch (error) {
                if (error instanceof DeployFailure)
                    await print(error.result);
                throw error;
            }
        });
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

/***/ 24139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findKubeconfigFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Where cluster credentials come from when none are given, as kubectl looks: KUBECONFIG's list
 * (relative entries against `cwd`), else ~/.kube/config, else 'in-cluster' when the process runs
 * in a pod; undefined when there are none (each caller says what to pass). Node built-ins only,
 * so inputs are checked before the Kubernetes client loads.
 */
function findKubeconfigFiles(env, cwd) {
    const fromEnv = env.KUBECONFIG?.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    if (fromEnv?.length)
        return fromEnv.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, f));
    const home = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(home))
        return [home];
    if (env.KUBERNETES_SERVICE_HOST)
        return 'in-cluster';
    return undefined;
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

//# sourceMappingURL=8390.index.js.map