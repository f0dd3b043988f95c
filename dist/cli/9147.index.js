export const id = 9147;
export const ids = [9147,7534,5153];
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

/***/ 99147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectCommand: () => (/* binding */ inspectCommand)
});

// EXTERNAL MODULE: ./src/scan/redact-text.ts
var redact_text = __webpack_require__(77534);
// EXTERNAL MODULE: ./src/image/manifest.ts
var manifest = __webpack_require__(20596);
// EXTERNAL MODULE: ./src/image/reader.ts + 7 modules
var reader = __webpack_require__(5711);
;// CONCATENATED MODULE: ./src/image/inspect.ts
/**
 * What `mcp-orchestrator inspect` prints: the reader's view of an image, as plain JSON. Every text
 * the image supplies (env, labels, commands, created_by) passes through the scan's redaction, so
 * a secret set in ENV or used inline in a RUN step is never printed whole.
 */



/** The config as reports show it: every value from the image redacted. */
function redactedConfig(config) {
    const { raw: _raw, ...rest } = config;
    const list = (values) => (values ? values.map(redact_text/* redactText */.iB) : values);
    return {
        ...rest,
        env: rest.env.map(redact_text/* redactText */.iB),
        labels: Object.fromEntries(Object.entries(rest.labels).map(([k, v]) => [(0,redact_text/* redactText */.iB)(k), (0,redact_text/* redactText */.iB)(v)])),
        entrypoint: list(rest.entrypoint),
        cmd: list(rest.cmd),
        workingDir: (0,redact_text/* redactText */.iB)(rest.workingDir),
        healthcheck: rest.healthcheck ? { ...rest.healthcheck, test: rest.healthcheck.test.map(redact_text/* redactText */.iB) } : null,
        history: rest.history.map((h) => ({ ...h, createdBy: (0,redact_text/* redactCreatedBy */.$F)(h.createdBy), ...(h.comment ? { comment: (0,redact_text/* redactText */.iB)(h.comment) } : {}) })),
    };
}
/** Reads every layer of an image already opened (the caller closes it). */
async function inspectOpenedImage(image, options = {}) {
    const index = await image.readAll(undefined, { concurrency: options.concurrency });
    return {
        source: options.display ?? image.source.display,
        digest: image.digest,
        imageId: image.configDigest,
        platform: (0,manifest/* formatPlatform */.Bq)(image.platform),
        config: redactedConfig(image.config),
        layers: image.layers.map((layer) => {
            const listing = index.listings[layer.index];
            const step = image.config.history.find((h) => h.layerIndex === layer.index);
            return {
                index: layer.index,
                digest: layer.digest,
                size: layer.size,
                createdBy: step ? (0,redact_text/* redactCreatedBy */.$F)(step.createdBy) : undefined,
                entries: listing.entries.length,
                whiteouts: [...listing.whiteouts, ...listing.opaqueDirs.map((d) => `${d === '/' ? '' : d}/.wh..wh..opq`)],
            };
        }),
        deleted: index.deleted(),
    };
}
async function inspectImage(source, options = {}) {
    const image = await (0,reader/* openImage */.U)(source, options);
    try {
        return await inspectOpenedImage(image, { concurrency: options.concurrency });
    }
    finally {
        await image.close();
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/image-options.ts
var image_options = __webpack_require__(88888);
;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts




const usage = `
Usage: mcp-orchestrator inspect <source> [options]

Prints what the image reader sees: digest, platform, config, each layer's entries and
whiteouts, and every path a layer holds that the final filesystem does not.

Sources: docker-archive:PATH[:REF]  oci:DIR[:TAG]  oci-archive:PATH[:TAG]
         docker-daemon:REF  docker://REF

Options:
  --format text|json             output format (default text)
${image_options/* imageOptionUsage */.Ot}
`;
function renderText(report) {
    const lines = [
        `${report.source}`,
        `  digest    ${report.digest}`,
        `  platform  ${report.platform}`,
        `  user      ${report.config.user || '(root)'}`,
        `  cmd       ${JSON.stringify(report.config.entrypoint ?? [])} ${JSON.stringify(report.config.cmd ?? [])}`,
        '',
        'layers:',
        ...report.layers.map((l) => `  ${String(l.index).padStart(2)}  ${l.digest.slice(7, 19)}  ${String(l.entries).padStart(6)} entries  ${String(l.whiteouts.length).padStart(3)} whiteouts  ${(l.createdBy ?? '').slice(0, 70)}`),
        '',
        `deleted or replaced in a later layer: ${report.deleted.length}`,
        ...report.deleted.slice(0, 50).map((d) => `  layer ${d.layer}  ${d.path}`),
    ];
    if (report.deleted.length > 50)
        lines.push(`  … and ${report.deleted.length - 50} more (use --format json)`);
    return `${lines.join('\n')}\n`;
}
const inspectCommand = {
    name: 'inspect',
    summary: 'show what the image reader sees in an image (layers, whiteouts, deleted paths)',
    usage,
    async run(ctx) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('inspect', ctx.argv, { ...image_options/* imageOptionSpec */.A9, format: { type: 'string' } });
        const format = (0,command/* parseFormat */.Xc)(values.format);
        if (positionals.length !== 1)
            throw new errors/* InputError */.dz('inspect: expected exactly one image source. See `mcp-orchestrator inspect --help`.');
        const report = await inspectImage(positionals[0], (0,image_options/* readImageOptions */.WA)(values, ctx));
        ctx.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
        return 0;
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

/***/ 68504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ configRules),
/* harmony export */   NQ: () => (/* binding */ parseBuildArgs),
/* harmony export */   Uj: () => (/* binding */ isSecretAssignment),
/* harmony export */   ro: () => (/* binding */ scanImageConfig)
/* harmony export */ });
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19863);
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69814);


const configRules = [
    { id: 'env-secret', title: 'Secret-named environment variable set in the image', severity: 'high', help: 'An ENV baked into the image config is visible to anyone who pulls it. Set it at run time from a secret store instead.' },
    { id: 'build-arg-secret', title: 'Secret-named build argument recorded in the image history', severity: 'high', help: 'Build arguments used by RUN are recorded in the image history in plain text. Use a BuildKit secret mount (RUN --mount=type=secret) instead.' },
];
const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;
/** Whether NAME=value looks like a real secret set by name (not a path, a placeholder or a flag). */
function isSecretAssignment(name, value) {
    if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name))
        return false;
    const v = value.trim();
    return v.length >= 6 && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlaceholder */ .wK)(v) && !v.startsWith('/') && !/^(?:true|false|yes|no|none|null|\d+)$/i.test(v);
}
/** Parses `|2 A=1 B=two /bin/sh -c ...` (how the classic builder records build args). */
function parseBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+(.*)$/s.exec(createdBy);
    if (!m)
        return [];
    const count = Number(m[1]);
    const args = [];
    let rest = m[2];
    for (let i = 0; i < count; i++) {
        const a = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!a)
            break;
        args.push([a[1], a[2].replace(/^(["'])(.*)\1$/, '$2')]);
        rest = rest.slice(a[0].length);
    }
    return args;
}
function contentMatches(text, where, name, layerIndex) {
    return (0,_content_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .scanText */ .Ff)(text).map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where, name, secret: m.secret, layerIndex }));
}
/**
 * A token rule's finding stands; otherwise a secret-named NAME=value in the config is a finding
 * by name (high), in place of the generic content rule's medium one.
 */
function bySpecificRules(matches, name, value, byName) {
    const specific = matches.filter((m) => m.rule !== 'generic-secret-assignment');
    if (specific.length)
        return specific;
    return isSecretAssignment(name, value) ? [byName] : matches;
}
function scanImageConfig(config) {
    const found = [];
    for (const entry of config.env) {
        const eq = entry.indexOf('=');
        const name = eq < 0 ? entry : entry.slice(0, eq);
        const value = eq < 0 ? '' : entry.slice(eq + 1);
        found.push(...bySpecificRules(contentMatches(entry, 'env', name), name, value, { rule: 'env-secret', severity: 'high', where: 'env', name, secret: value }));
    }
    for (const [name, value] of Object.entries(config.labels))
        found.push(...contentMatches(`${name}=${value}`, 'label', name));
    const command = [...(config.entrypoint ?? []), ...(config.cmd ?? [])].join(' ');
    if (command)
        found.push(...contentMatches(command, 'cmd', undefined));
    config.history.forEach((step) => {
        const args = parseBuildArgs(step.createdBy);
        for (const [name, value] of args) {
            const byContent = contentMatches(`${name}=${value}`, 'history', name, step.layerIndex);
            found.push(...bySpecificRules(byContent, name, value, { rule: 'build-arg-secret', severity: 'high', where: 'history', name, secret: value, layerIndex: step.layerIndex }));
        }
        const commandText = args.length ? step.createdBy.replace(/^\|\d+\s+(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S)*\s+)*/, '') : step.createdBy;
        const inCommand = contentMatches(commandText, 'history', undefined, step.layerIndex);
        // A build arg's value also appears inside the command that used it, and ENV/LABEL steps repeat
        // what the config already holds: report each secret once.
        const argValues = new Set(args.map(([, v]) => v));
        found.push(...inCommand.filter((m) => !argValues.has(m.secret) && !found.some((f) => f.secret === m.secret)));
    });
    return found;
}


/***/ }),

/***/ 77534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ redactCreatedBy),
/* harmony export */   iB: () => (/* binding */ redactText),
/* harmony export */   redactDeep: () => (/* binding */ redactDeep)
/* harmony export */ });
/* unused harmony exports findSecretsInText, replaceSecrets */
/* harmony import */ var _image_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86575);
/* harmony import */ var _config_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68504);
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19863);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19684);
/**
 * The one redaction step for free text that leaves the process (logs, annotations, outputs, job
 * summaries, report files, errors): the scan's content rules run over the text and every secret
 * they match is replaced by its redacted form, as the scan's own reports show it. Secret-named
 * `NAME=value` assignments (an `ENV`, or `TOKEN=… cmd` inline in a `RUN`) are redacted as the
 * config scan reports them, and build-argument values in a `created_by` are masked.
 */




/** `NAME=value`, the value quoted or up to the next blank; names as the shell and ENV allow them. */
const ASSIGNMENT = /(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]{0,4096}"|'[^'\n]{0,4096}'|[^\s"'`;|&<>]{1,4096})/g;
function unquote(value) {
    return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}
/**
 * Credentials that are secret wherever they appear in text leaving the process, though the image
 * scan does not report them (JWTs in test files are not baked secrets): the token of an
 * `Authorization: Bearer` header (RFC 6750 b64token) and compact JWS/JWT strings (access tokens).
 */
// Not a challenge's auth-param (`Bearer resource_metadata="…"`, `realm=…`): those names are letters, _ and -.
const BEARER_HEADER = /\bBearer[ ]+(?![A-Za-z_-]+=)([A-Za-z0-9\-._~+/]{8,4096}=*)/gi;
const COMPACT_JWS = /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g;
/** The secret values in `text`: what the scan's content rules match, secret-named assignments, bearer tokens and JWTs. */
function findSecretsInText(text) {
    const secrets = new Set();
    for (const m of text.matchAll(BEARER_HEADER))
        secrets.add(m[1]);
    for (const m of text.matchAll(COMPACT_JWS))
        secrets.add(m[0]);
    for (const match of (0,_content_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .scanText */ .Ff)(text))
        if (text.includes(match.secret))
            secrets.add(match.secret);
    for (const m of text.matchAll(ASSIGNMENT)) {
        const value = unquote(m[2]);
        if ((0,_config_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretAssignment */ .Uj)(m[1], value))
            secrets.add(value);
    }
    return [...secrets];
}
/** Replaces each secret by its redacted form; the longest first, so no part of one is left behind. */
function replaceSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(secret));
    }
    return out;
}
/** Free text with every secret the scan's rules recognise redacted. */
function redactText(text) {
    if (!text)
        return text;
    return replaceSecrets(text, findSecretsInText(text));
}
/**
 * A history step's `created_by`: build-argument values masked (also where the command repeats
 * them), then redacted as free text.
 */
function redactCreatedBy(createdBy) {
    const argValues = (0,_config_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildArgs */ .NQ)(createdBy)
        .map(([, value]) => value)
        .filter((value) => value.length >= 4);
    const masked = (0,_image_config_js__WEBPACK_IMPORTED_MODULE_0__/* .maskBuildArgs */ .E)(createdBy);
    return redactText(argValues.reduce((text, value) => (text.includes(value) ? text.split(value).join('***') : text), masked));
}
/** Every string in a JSON-like value redacted (keys included); numbers, booleans and null kept. */
function redactDeep(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), redactDeep(v)]));
    }
    return value;
}


/***/ }),

/***/ 19684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Secrets never leave the scan whole: a redacted form for people, a fingerprint for baselines. */

/** At most the first 4 and the last 2 characters; short secrets show less. */
function redact(secret) {
    if (secret.length <= 8)
        return `${secret.slice(0, 1)}…`;
    if (secret.length <= 16)
        return `${secret.slice(0, 2)}…${secret.slice(-1)}`;
    return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}
/** Stable per rule and secret value: the same secret in two layers has one fingerprint. */
function fingerprint(rule, secret) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${rule}\0${secret}`).digest('hex').slice(0, 32);
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

//# sourceMappingURL=9147.index.js.map