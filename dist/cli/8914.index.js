export const id = 8914;
export const ids = [8914];
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

/***/ 78914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  healthCommand: () => (/* binding */ healthCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/health/types.ts
const transports = ['auto', 'streamable-http', 'sse', 'stdio'];

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/spec-option.ts
var spec_option = __webpack_require__(38469);
;// CONCATENATED MODULE: ./src/cli/commands/health.ts






const usage = `
Usage: mcp-orchestrator health <url> [options]
       mcp-orchestrator health --command "<stdio server command>" [options]

An MCP-protocol probe with the official SDK client: handshake (initialize, initialized, ping),
every page of tools/list, resources and prompts where advertised, an expected-tools contract and
an optional smoke call, retried with backoff until the deadline.

Options:
  --transport KIND           auto|streamable-http|sse|stdio (default auto: Streamable HTTP, then SSE)
  --command CMD              start this stdio server and probe it (quotes as in a shell)
  --header "Name: value"     send this header (repeatable)
  --bearer-token-env VAR     send "Authorization: Bearer $VAR" (with --auth bearer: the token)
  --expect-tools a,b         these tools must be offered
  --contract FILE            expected tools (YAML/JSON: names, or {name, inputSchemaHash}; a JSON
                             report of this command is a contract)
  --strict                   unexpected tools and changed schemas fail (default: warn)
  --smoke 'tool={"a":1}'     call this tool and require a non-error result
  --allow-auth-required      a 401 with auth metadata passes ("alive, authorization required")
  --timeout DURATION         deadline for the whole gate (default 60s)
  --health-report FILE       write the JSON report here (--output is the same)
  --format text|json         report on stdout (default text)
  --spec FILE                take the contract, smoke call and timeout from health: of this deploy
                             spec, auth: and health.auth: from it, and the URL (127.0.0.1,
                             server.port and path) when none is given

The report also records, for the checklist: over HTTP, whether the server issued an
Mcp-Session-Id (session.idSeen) and how it answered one initialize sent with the foreign header
Origin: https://evil.invalid (origin: 400/401/403/421 rejected, 2xx accepted; a session it
accepted is deleted again); with --command, the server's stderr (logs: the last 200 lines, each
at most 1000 characters, secrets redacted).

Declared authorization (default: auth: of --spec): the gate first checks that a request without
a token gets 401 with a WWW-Authenticate challenge naming valid protected-resource metadata
(RFC 9728) that says what is declared, then runs the checks with a token. Tokens are never printed.
  --auth MODE                none, bearer or oauth
  --issuer URL               oauth: the issuer tokens come from (https, or http on loopback)
  --audience URL             oauth: the server's resource URL, the tokens' aud
  --scopes LIST              oauth: scopes the server requires (comma-separated)
  --oauth-client-id ID       oauth: a client of the issuer with the client-credentials grant
  --oauth-client-secret-env VAR
                             oauth: the environment variable holding that client's secret

Exit codes: 0 healthy, 1 unhealthy, 2 usage error.
`;
const healthCommand = {
    name: 'health',
    summary: 'gate on the MCP protocol: handshake, tools contract, smoke call, with retries',
    usage,
    async run(ctx) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('health', ctx.argv, {
            transport: { type: 'string' },
            command: { type: 'string' },
            header: { type: 'string', multiple: true },
            'bearer-token-env': { type: 'string' },
            'expect-tools': { type: 'string' },
            contract: { type: 'string' },
            strict: { type: 'boolean' },
            smoke: { type: 'string' },
            'allow-auth-required': { type: 'boolean' },
            timeout: { type: 'string' },
            'health-report': { type: 'string' },
            output: { type: 'string' },
            format: { type: 'string' },
            spec: { type: 'string' },
            auth: { type: 'string' },
            issuer: { type: 'string' },
            audience: { type: 'string' },
            scopes: { type: 'string' },
            'oauth-client-id': { type: 'string' },
            'oauth-client-secret-env': { type: 'string' },
        });
        const format = (0,command/* parseFormat */.Xc)(values.format);
        const reportFile = (0,command/* renamedOption */.iE)(values, 'health-report', 'output');
        // The SDK loads only for the commands that speak MCP.
        const [{ contractFromNames, loadContract }, { healthFromSpec, localUrl }, { runHealthGate }, { gateAuthFromInputs, parseHeaders, parseSmoke, parseTarget }, { renderHealthText }] = await Promise.all([
            __webpack_require__.e(/* import() */ 2922).then(__webpack_require__.bind(__webpack_require__, 22922)),
            __webpack_require__.e(/* import() */ 9498).then(__webpack_require__.bind(__webpack_require__, 19498)),
            Promise.all(/* import() */[__webpack_require__.e(5758), __webpack_require__.e(2815), __webpack_require__.e(2485), __webpack_require__.e(4624), __webpack_require__.e(7534)]).then(__webpack_require__.bind(__webpack_require__, 74624)),
            __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 88233)),
            __webpack_require__.e(/* import() */ 5556).then(__webpack_require__.bind(__webpack_require__, 25556)),
        ]);
        if (positionals.length > 1)
            throw new errors/* InputError */.dz('health: expected one URL. See `mcp-orchestrator health --help`.');
        const headers = parseHeaders(values.header ?? []);
        const fromEnv = (flag) => {
            const variable = values[flag];
            if (variable === undefined)
                return undefined;
            const value = ctx.env[variable];
            if (!value)
                throw new errors/* InputError */.dz(`--${flag}: the environment variable ${variable} is not set or empty`);
            return value;
        };
        const token = fromEnv('bearer-token-env');
        if (values['expect-tools'] && values.contract)
            throw new errors/* InputError */.dz('health: give --expect-tools or --contract, not both');
        // With --spec, health: of the spec gives the defaults and server: the local URL; flags win.
        const spec = values.spec ? (0,spec_option/* readSpec */.O)(values.spec, ctx.cwd) : undefined;
        const fromSpec = spec ? healthFromSpec(spec, ctx.env) : {};
        const auth = gateAuthFromInputs({ mode: values.auth, issuer: values.issuer, audience: values.audience, scopes: values.scopes !== undefined ? (0,parse/* parseList */.E1)(values.scopes) : undefined, token, clientId: values['oauth-client-id'], clientSecret: fromEnv('oauth-client-secret-env') }, fromSpec.auth, { mode: '--auth', issuer: '--issuer', audience: '--audience', token: '--bearer-token-env', clientId: '--oauth-client-id', clientSecret: '--oauth-client-secret-env' });
        // Without declared auth, a token is only a header (the gate checks no refusal).
        if (token && !auth)
            headers.Authorization = `Bearer ${token}`;
        const url = positionals[0] ?? (spec && !values.command ? localUrl(spec) : undefined);
        const report = await runHealthGate({
            target: parseTarget(url, values.command, ctx.cwd),
            transport: (0,parse/* parseChoice */.HU)(values.transport ?? 'auto', transports, '--transport'),
            headers,
            timeoutMs: values.timeout ? (0,parse/* parseDuration */.E9)(values.timeout, '--timeout') : (fromSpec.timeoutMs ?? 60_000),
            contract: values.contract ? loadContract(values.contract) : values['expect-tools'] ? contractFromNames((0,parse/* parseList */.E1)(values['expect-tools'])) : fromSpec.contract,
            strict: values.strict ?? fromSpec.strict ?? false,
            allowAuthRequired: values['allow-auth-required'] ?? fromSpec.allowAuthRequired ?? false,
            smoke: values.smoke ? parseSmoke(values.smoke) : fromSpec.smoke,
            ...(auth ? { auth } : {}),
            logger: ctx.logger,
        });
        if (reportFile)
            (0,external_node_fs_.writeFileSync)(reportFile, `${JSON.stringify(report, null, 2)}\n`);
        ctx.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderHealthText(report));
        return report.ok ? 0 : 1;
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

//# sourceMappingURL=8914.index.js.map