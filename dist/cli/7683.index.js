export const id = 7683;
export const ids = [7683];
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

/***/ 97683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderCommand: () => (/* binding */ renderCommand)
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
// EXTERNAL MODULE: ./src/cli/spec-option.ts
var spec_option = __webpack_require__(38469);
;// CONCATENATED MODULE: ./src/cli/commands/render-cloud-options.ts
/** The flags only the cloud targets of `render` take; the other targets refuse them by name. */

const CLOUD_OPTIONS = {
    sha: { type: 'string' },
    'revision-suffix': { type: 'string' },
    stage: { type: 'string' },
    tag: { type: 'string' },
    'serving-revision': { type: 'string' },
};
function refuseCloudOptions(values, target) {
    const given = Object.keys(CLOUD_OPTIONS).find((name) => values[name] !== undefined);
    if (given)
        throw new errors/* InputError */.dz(`render: --${given} is an option of the cloud targets (cloudrun, ecs, containerapps), not of ${target}`);
}

;// CONCATENATED MODULE: ./src/cli/commands/render.ts







const usage = `
Usage: mcp-orchestrator render --target kubernetes --image REF@sha256:... [options]
       mcp-orchestrator render --target compose --image REF [--port P] [--spec FILE] [--output DIR]
       mcp-orchestrator render --target cloudrun|ecs|containerapps --image REF@sha256:... [options]

Prints what deploy would apply, without touching a cluster. From the spec: a ServiceAccount,
Deployment, Service and NetworkPolicy, and as the spec asks an Ingress, HorizontalPodAutoscaler,
PodDisruptionBudget and ExternalSecrets, each validated against the Kubernetes schemas. With
targets.kubernetes.manifests: your own manifests (files, folders, or a kustomization built with
\`kubectl kustomize\`: KUBECTL, else kubectl on PATH) with the server's image set to the
digest, nothing else changed. Compose: exactly the file deploy --target compose would apply (your
targets.compose.file with the image substituted, or the generated one for --port and the engine
DOCKER_HOST names). Cloud targets: Cloud Run's Knative Service (service.yaml, for \`gcloud run
services replace\`), ECS's task-definition.json and service.json, Container Apps' containerapp.yaml
(for \`az containerapp create|update --yaml\`), each checked against the platform's limits.

Options:
  --target kubernetes|compose|cloudrun|ecs|containerapps  what to render (required)
  --image REF@DIGEST    the pushed image, by digest (required: push prints it;
                        \`docker buildx imagetools inspect REF\` shows a tag's digest)
  --spec FILE           the deploy spec (default mcp-deploy.yml)
  --namespace NS        put the rendered objects in this namespace (default: targets.kubernetes.namespace)
  --output DIR          write one file per object (or per manifest file) to DIR instead of stdout
  --format yaml|json    yaml: one multi-document stream (default); json: a v1 List
  Cloud targets only:
  --sha SHA             the commit deployed: the revision is SERVICE-<first 7 digits>
  --revision-suffix S   the revision's suffix instead (default: the short sha, else the digest's)
  --stage candidate|promote  candidate (default): the new revision takes no traffic, behind
                        --tag (Cloud Run tag, Container Apps label; default candidate);
                        promote: it takes all traffic
  --serving-revision R  the revision serving now: it keeps the traffic while the candidate is gated

Warnings (for example, nothing keeping an MCP session on one replica) go to stderr.
`;
const targets = ['kubernetes', 'compose', 'cloudrun', 'ecs', 'containerapps'];
const renderCommand = {
    name: 'render',
    summary: 'print the Kubernetes objects deploy would apply (no cluster needed)',
    usage,
    async run(ctx) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('render', ctx.argv, { target: { type: 'string' }, image: { type: 'string' }, spec: { type: 'string' }, namespace: { type: 'string' }, output: { type: 'string' }, format: { type: 'string' }, port: { type: 'string' }, ...CLOUD_OPTIONS }, false);
        if (positionals.length)
            throw new errors/* InputError */.dz(`render: unexpected argument "${positionals[0]}". See \`mcp-orchestrator render --help\`.`);
        if (!values.target)
            throw new errors/* InputError */.dz(`render: --target is required (one of ${targets.join(', ')})`);
        const target = (0,parse/* parseChoice */.HU)(values.target, targets, '--target');
        if (target !== 'kubernetes' && target !== 'compose')
            return (await __webpack_require__.e(/* import() */ 6149).then(__webpack_require__.bind(__webpack_require__, 86149))).renderCloudTarget(target, values, ctx);
        refuseCloudOptions(values, target);
        if (target === 'compose')
            return (await __webpack_require__.e(/* import() */ 9328).then(__webpack_require__.bind(__webpack_require__, 59328))).renderCompose(values, ctx);
        if (values.port !== undefined)
            throw new errors/* InputError */.dz('render: --port is a compose option');
        const format = (0,command/* parseFormat */.Xc)(values.format ?? 'yaml', ['yaml', 'json']);
        if (!values.image) {
            throw new errors/* InputError */.dz('render: --image REF@sha256:... is required: deploy runs exactly the pushed bytes (push prints the digest; `docker buildx imagetools inspect REF` shows a tag\'s)');
        }
        const spec = (0,spec_option/* readSpec */.O)(values.spec, ctx.cwd);
        // kubernetes-models' schemas load only for this command.
        const [{ renderKubernetes, yamlStream }, { manifestPaths, loadManifestFiles }, { requireGrammar }, { kustomizeWithKubectl }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(1692), __webpack_require__.e(5780), __webpack_require__.e(2804), __webpack_require__.e(3452)]).then(__webpack_require__.bind(__webpack_require__, 7453)),
            __webpack_require__.e(/* import() */ 9685).then(__webpack_require__.bind(__webpack_require__, 9685)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7302)),
            Promise.all(/* import() */[__webpack_require__.e(2485), __webpack_require__.e(3371)]).then(__webpack_require__.bind(__webpack_require__, 43371)),
        ]);
        const namespace = values.namespace === undefined ? undefined : requireGrammar('dnsLabel', values.namespace, '--namespace');
        const paths = manifestPaths(spec);
        const manifests = paths && (await loadManifestFiles(spec, paths, kustomizeWithKubectl({ env: ctx.env, logger: ctx.logger })));
        const result = renderKubernetes(spec, { image: values.image, namespace, manifests });
        for (const warning of result.warnings)
            ctx.logger.warning(warning);
        const documents = format === 'yaml'
            ? result.documents
            : result.objects.map((o, i) => ({ name: `${String(i + 1).padStart(2, '0')}-${o.kind.toLowerCase()}-${o.metadata.name}.json`, text: `${JSON.stringify(o, null, 2)}\n` }));
        if (values.output) {
            const dir = (0,external_node_path_.resolve)(ctx.cwd, values.output);
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            for (const d of documents)
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, d.name), d.text);
            ctx.logger.info(`render: wrote ${documents.length} file(s) to ${dir}`);
            ctx.stdout(documents.map((d) => `${(0,external_node_path_.join)(dir, d.name)}\n`).join(''));
        }
        else if (format === 'yaml') {
            ctx.stdout(yamlStream(result.documents));
        }
        else {
            ctx.stdout(`${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: result.objects }, null, 2)}\n`);
        }
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

//# sourceMappingURL=7683.index.js.map