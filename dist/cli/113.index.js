export const id = 113;
export const ids = [113];
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

/***/ 20113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checklistCommand: () => (/* binding */ checklistCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _deploy_kubernetes_kubeconfig_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24139);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _image_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88888);






const usage = `
Usage: mcp-orchestrator checklist [options]

The integration checklist as a gate: image built, environment injected securely, health checks
configured and passing, logging, resource limits, TLS, secrets in a vault, scaling, hardening and
workflows, as rules over the files and reports given. A rule whose input is missing is "not
checked", never passed.

Inputs (each optional; give what you have):
  --spec FILE            the deploy spec (default mcp-deploy.yml when present)
  --dockerfile FILE      the Dockerfile (default: the spec's build; .dockerignore read beside it)
  --image SOURCE         the built image (docker-archive:PATH, oci:DIR, docker://REF...): config and labels
  --compose FILE         a compose file (repeatable)
  --manifests PATH       a manifest file or folder, read recursively (repeatable)
  --render kubernetes    check the spec's Kubernetes render (needs --pushed-digest or a docker:// --image)
  --pushed-digest D      the digest push reported (sha256:...): deployed images must equal it
  --workflows PATH       GitHub workflow file or folder (e.g. .github/workflows)
  --scan-report FILE     scan's JSON report
  --health-report FILE   health's JSON report

Audit mode (what is deployed, for the scheduled audit):
  --live                 check the live objects the spec deploys (instead of --manifests/--render),
                         rescan the deployed digest with today's rules, and gate --url
  --kubeconfig FILE      default: KUBECONFIG, else ~/.kube/config, else in-cluster
  --context NAME         kubeconfig context
  --namespace NS         default: targets.kubernetes.namespace, else the context's
  --url URL              the live server's MCP URL for the health gate
  --skip-rescan          do not rescan the deployed image (a scan report given stands)

Gate and output:
  --fail-on LEVEL        error|warning|note|none (default error)
  --exemptions FILE      central exemptions: [{id, target, reason, expires}]
  --disallow-exemptions  honour no exemption (they are still listed, as refused)
  --format FORMAT        text|json|sarif|markdown on stdout (default text)
  --report-file FILE     also write the JSON report here
  --sarif-file FILE      also write SARIF 2.1.0 here
${_image_options_js__WEBPACK_IMPORTED_MODULE_5__/* .imageOptionUsage */ .Ot}

Exemptions need a reason: annotation mcp-orchestrator.io/ignore-RULE: "reason"; a comment
# mcp-orchestrator ignore=RULE reason="..." on or above the line (in the file's opening comments:
the whole file); compose x-mcp-orchestrator: { ignore: { RULE: reason } }.

Exit codes: 0 passed, 1 a rule at or above --fail-on failed, 2 bad input.
`;
/** --kubeconfig, else what kubectl would find; none found means in-cluster. */
function liveOptions(values, ctx) {
    const files = values.kubeconfig ? [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, values.kubeconfig)] : (0,_deploy_kubernetes_kubeconfig_files_js__WEBPACK_IMPORTED_MODULE_1__/* .findKubeconfigFiles */ .C)(ctx.env, ctx.cwd);
    if (files === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('checklist --live: no cluster credentials: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster');
    return { kubeconfig: files === 'in-cluster' ? undefined : files, inCluster: files === 'in-cluster', context: values.context, namespace: values.namespace, url: values.url, rescan: !values['skip-rescan'] };
}
const checklistCommand = {
    name: 'checklist',
    summary: 'the integration checklist as a gate over Dockerfile, image, compose, manifests, workflows and reports',
    usage,
    async run(ctx) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('checklist', ctx.argv, {
            ..._image_options_js__WEBPACK_IMPORTED_MODULE_5__/* .imageOptionSpec */ .A9,
            spec: { type: 'string' },
            dockerfile: { type: 'string' },
            image: { type: 'string' },
            compose: { type: 'string', multiple: true },
            manifests: { type: 'string', multiple: true },
            render: { type: 'string' },
            'pushed-digest': { type: 'string' },
            workflows: { type: 'string' },
            'scan-report': { type: 'string' },
            'health-report': { type: 'string' },
            'fail-on': { type: 'string' },
            exemptions: { type: 'string' },
            'disallow-exemptions': { type: 'boolean' },
            format: { type: 'string' },
            'report-file': { type: 'string' },
            'sarif-file': { type: 'string' },
            live: { type: 'boolean' },
            kubeconfig: { type: 'string' },
            context: { type: 'string' },
            namespace: { type: 'string' },
            url: { type: 'string' },
            'skip-rescan': { type: 'boolean' },
        }, false);
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFormat */ .Xc)(values.format, ['text', 'json', 'sarif', 'markdown']);
        const failOn = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)(values['fail-on'] ?? 'error', ['error', 'warning', 'note', 'none'], '--fail-on');
        const render = values.render === undefined ? undefined : (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)(values.render, ['kubernetes'], '--render');
        // The engine and its rules load only for this command.
        // One after the other: concurrent dynamic imports of modules sharing dependencies trip jest's ESM loader.
        const { runChecklistGate } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(8339), __webpack_require__.e(5279), __webpack_require__.e(4723), __webpack_require__.e(2485), __webpack_require__.e(7691), __webpack_require__.e(5711), __webpack_require__.e(804), __webpack_require__.e(8480), __webpack_require__.e(1903)]).then(__webpack_require__.bind(__webpack_require__, 61903));
        const { renderMarkdown, renderText } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2485), __webpack_require__.e(804)]).then(__webpack_require__.bind(__webpack_require__, 804));
        const outcome = await runChecklistGate({
            workspace: ctx.cwd,
            spec: values.spec,
            specOptional: true,
            dockerfile: values.dockerfile,
            image: values.image,
            imageOptions: values.image ? (0,_image_options_js__WEBPACK_IMPORTED_MODULE_5__/* .readImageOptions */ .WA)(values, ctx) : undefined,
            compose: values.compose,
            manifests: values.manifests,
            render,
            pushedDigest: values['pushed-digest'],
            workflows: values.workflows,
            scanReport: values['scan-report'],
            healthReport: values['health-report'],
            failOn,
            exemptions: values.exemptions,
            disallowExemptions: values['disallow-exemptions'],
            reportFile: values['report-file'],
            sarifFile: values['sarif-file'],
            live: values.live ? liveOptions(values, ctx) : undefined,
            logger: ctx.logger,
        });
        const { redactDeep } = await Promise.all(/* import() */[__webpack_require__.e(2485), __webpack_require__.e(5153)]).then(__webpack_require__.bind(__webpack_require__, 77534));
        if (format === 'json')
            ctx.stdout(`${JSON.stringify(redactDeep(outcome.json), null, 2)}\n`);
        else if (format === 'sarif')
            ctx.stdout(`${JSON.stringify(redactDeep(outcome.sarif), null, 2)}\n`);
        else if (format === 'markdown')
            ctx.stdout(renderMarkdown(outcome.result));
        else
            ctx.stdout(renderText(outcome.result));
        return outcome.result.failed ? 1 : 0;
    },
};


/***/ }),

/***/ 88888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ imageOptionSpec),
/* harmony export */   Ot: () => (/* binding */ imageOptionUsage),
/* harmony export */   WA: () => (/* binding */ readImageOptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79310);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/** The options every image-reading command shares: platform and registry access. */






const imageOptionSpec = {
    platform: { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    'registry-username': { type: 'string' },
    'registry-password-env': { type: 'string' },
    username: { type: 'string' },
    'password-env': { type: 'string' },
    registry: { type: 'string' },
    'ca-cert': { type: 'string' },
    concurrency: { type: 'string' },
};
const imageOptionUsage = `  --platform OS/ARCH[/VARIANT]   platform to pick from an index (default linux/amd64)
  --insecure-registry HOST       allow plain HTTP to this registry (repeatable; loopback always may)
  --registry-username USER       registry username (default: docker config, GITHUB_TOKEN for ghcr.io;
                                 --username is the same)
  --registry-password-env VAR    read the registry password from this environment variable
                                 (--password-env is the same)
  --registry HOST                the one registry these credentials are for (default: the first
                                 destination's host for push, the source's for reading); no other
                                 registry or token service sees them
  --ca-cert FILE                 trust this CA (PEM) for registry TLS, besides the system's
  --concurrency N                layers read at once (default 2)`;
function readCaFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--ca-cert ${path}: ${error.code ?? error.message}`);
    }
}
function readImageOptions(values, ctx) {
    const username = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .renamedOption */ .iE)(values, 'registry-username', 'username');
    const passwordEnv = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .renamedOption */ .iE)(values, 'registry-password-env', 'password-env');
    return {
        platform: values.platform,
        concurrency: values.concurrency === undefined ? undefined : (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInteger */ .cG)(values.concurrency, '--concurrency', 1, 64),
        logger: ctx.logger,
        registry: {
            insecureRegistries: values['insecure-registry'],
            username,
            password: passwordEnv ? ctx.env[passwordEnv] : undefined,
            credentialHost: values.registry === undefined ? undefined : (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalRegistry */ .i7)(values.registry, '--registry'),
            githubToken: ctx.env.GITHUB_TOKEN,
            caCertificates: values['ca-cert'] ? [readCaFile(values['ca-cert'])] : undefined,
            dockerConfigPath: ctx.env.DOCKER_CONFIG ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.env.DOCKER_CONFIG, 'config.json') : undefined,
        },
    };
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


/***/ })

};

//# sourceMappingURL=113.index.js.map