export const id = 2876;
export const ids = [2876];
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

/***/ 52876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bridgeCommand: () => (/* binding */ bridgeCommand),
/* harmony export */   parseBridgeAuth: () => (/* binding */ parseBridgeAuth)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);



const usage = `
Usage: mcp-orchestrator bridge --port PORT [options] -- <stdio server command> [args...]

Serves a stdio MCP server over Streamable HTTP (PATH, default /mcp) and legacy HTTP+SSE (/sse,
posts to /messages): one server process per session, /healthz (the bridge is up) and /readyz
(initialize and tools/list through a fresh server process succeed). JSON log lines on stdout,
one per request, without payloads. SIGTERM drains: no new sessions, open requests finish.

Options:
  --port PORT              port to listen on (0: any free port; env MCP_BRIDGE_PORT)
  --host HOST              address to bind (default 127.0.0.1; env MCP_BRIDGE_HOST, 0.0.0.0 in images)
  --path PATH              Streamable HTTP endpoint (default /mcp; env MCP_BRIDGE_PATH)
  --allowed-hosts LIST     host names the Host and Origin headers may name (comma-separated,
                           repeatable; env MCP_BRIDGE_ALLOWED_HOSTS; default for loopback binds:
                           localhost, 127.0.0.1, [::1]; no Host check for other binds unless given)
  --allowed-origins LIST   origins (scheme://host[:port]) accepted in Origin besides the allowed
                           hosts (env MCP_BRIDGE_ALLOWED_ORIGINS); a request with any other Origin
                           is refused with 403 (browser clients must be listed here)
  --max-sessions N         concurrent sessions, each with its own process (default 32)
  --idle-timeout DURATION  close sessions idle this long (default 10m)
  --drain-timeout DURATION on SIGTERM, wait this long for open requests and server processes,
                           then kill what is left and exit (default 30s)

Authorization (/healthz, /readyz and the metadata at /.well-known/oauth-protected-resource stay open):
  --auth MODE              none (default), bearer or oauth (env MCP_BRIDGE_AUTH)
  --auth-token-env VAR     bearer: the environment variable holding the static token (env
                           MCP_BRIDGE_AUTH_TOKEN_ENV); VAR is removed from the server's environment
  --issuer URL             oauth: the token issuer; its JWKS is found in its metadata (env MCP_BRIDGE_ISSUER)
  --audience URL           oauth: this server's resource URL, required in the tokens' aud
                           (env MCP_BRIDGE_AUDIENCE)
  --scopes LIST            oauth: scopes every token must carry (comma-separated; env MCP_BRIDGE_SCOPES)
  --jwks-uri URL           oauth: the issuer's JWKS, skipping discovery: an http(s) URL, or
                           file:///PATH of a JWKS file, re-read on an unknown key id (env MCP_BRIDGE_JWKS_URI)
`;
function httpUrl(value, flag) {
    if (value === undefined || value === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`bridge: --auth oauth needs ${flag}`);
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`bridge: ${flag} "${value}" is not an http(s) URL`);
    return value;
}
function fileUrl(value) {
    if (!URL.canParse(value) || !new URL(value).pathname.startsWith('/') || new URL(value).host)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`bridge: --jwks-uri "${value}" is not a file:///PATH URL`);
    return value;
}
/** The bridge's authorization from flags, else from the env an image's deploy sets. */
function parseBridgeAuth(flags, env) {
    const mode = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChoice */ .HU)(flags.auth ?? env.MCP_BRIDGE_AUTH ?? 'none', ['none', 'bearer', 'oauth'], '--auth');
    if (mode === 'none')
        return undefined;
    if (mode === 'bearer') {
        const variable = flags['auth-token-env'] ?? env.MCP_BRIDGE_AUTH_TOKEN_ENV;
        if (!variable)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('bridge: --auth bearer needs --auth-token-env VAR (the environment variable that holds the token)');
        const token = env[variable];
        if (!token)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`bridge: --auth-token-env ${variable}: the environment variable is not set or empty`);
        return { mode, token };
    }
    const jwksUri = flags['jwks-uri'] ?? env.MCP_BRIDGE_JWKS_URI;
    return {
        mode,
        issuer: httpUrl(flags.issuer ?? env.MCP_BRIDGE_ISSUER, '--issuer'),
        audience: httpUrl(flags.audience ?? env.MCP_BRIDGE_AUDIENCE, '--audience'),
        scopes: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(flags.scopes ?? env.MCP_BRIDGE_SCOPES ?? ''),
        ...(jwksUri ? { jwksUri: jwksUri.startsWith('file:') ? fileUrl(jwksUri) : httpUrl(jwksUri, '--jwks-uri') } : {}),
    };
}
const bridgeCommand = {
    name: 'bridge',
    summary: 'serve a stdio MCP server over Streamable HTTP and SSE (sessions, probes, drain)',
    usage,
    async run(ctx) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('bridge', ctx.argv, {
            port: { type: 'string' },
            host: { type: 'string' },
            path: { type: 'string' },
            'allowed-hosts': { type: 'string', multiple: true },
            'allowed-origins': { type: 'string', multiple: true },
            'max-sessions': { type: 'string' },
            'idle-timeout': { type: 'string' },
            'drain-timeout': { type: 'string' },
            auth: { type: 'string' },
            'auth-token-env': { type: 'string' },
            issuer: { type: 'string' },
            audience: { type: 'string' },
            scopes: { type: 'string' },
            'jwks-uri': { type: 'string' },
        });
        // Images made by the package stage set these; flags win.
        values.port ??= ctx.env.MCP_BRIDGE_PORT;
        values.host ??= ctx.env.MCP_BRIDGE_HOST;
        values.path ??= ctx.env.MCP_BRIDGE_PATH;
        if (values['allowed-hosts'] === undefined && ctx.env.MCP_BRIDGE_ALLOWED_HOSTS)
            values['allowed-hosts'] = [ctx.env.MCP_BRIDGE_ALLOWED_HOSTS];
        if (values['allowed-origins'] === undefined && ctx.env.MCP_BRIDGE_ALLOWED_ORIGINS)
            values['allowed-origins'] = [ctx.env.MCP_BRIDGE_ALLOWED_ORIGINS];
        if (values.port === undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('bridge: --port is required. See `mcp-orchestrator bridge --help`.');
        if (positionals.length === 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('bridge: the stdio server command is missing: put it after `--`, e.g. `bridge --port 8080 -- node server.js`');
        const host = values.host ?? '127.0.0.1';
        const path = values.path ?? '/mcp';
        if (!path.startsWith('/') || path === '/sse' || path === '/messages' || path === '/healthz' || path === '/readyz') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--path: "${path}" must start with / and not be /sse, /messages, /healthz or /readyz`);
        }
        const allowed = (values['allowed-hosts'] ?? []).flatMap(_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1);
        const auth = parseBridgeAuth(values, ctx.env);
        // The server process never sees the bridge's token (the bridge also drops any value holding it).
        const childEnv = { ...ctx.env };
        const tokenEnv = values['auth-token-env'] ?? ctx.env.MCP_BRIDGE_AUTH_TOKEN_ENV;
        if (auth?.mode === 'bearer' && tokenEnv)
            delete childEnv[tokenEnv];
        const { defaultAllowedHosts, startBridge } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(5758), __webpack_require__.e(5580), __webpack_require__.e(3213), __webpack_require__.e(3237)]).then(__webpack_require__.bind(__webpack_require__, 83237));
        const bridge = await startBridge({
            command: { command: positionals[0], args: positionals.slice(1), env: childEnv, cwd: ctx.cwd },
            port: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)(values.port, '--port', 0, 65535),
            host,
            path,
            allowedHosts: allowed.length ? allowed : defaultAllowedHosts(host),
            allowedOrigins: (values['allowed-origins'] ?? []).flatMap(_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1),
            maxSessions: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)(values['max-sessions'] ?? '32', '--max-sessions', 1, 65535),
            idleTimeoutMs: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(values['idle-timeout'] ?? '10m', '--idle-timeout'),
            drainTimeoutMs: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(values['drain-timeout'] ?? '30s', '--drain-timeout'),
            auth,
        });
        await new Promise((resolve) => {
            const stop = (signal) => {
                ctx.logger.debug(`bridge: ${signal}, draining`);
                void bridge.drain().then(() => {
                    // The drain closed every socket and process the bridge opened. Should anything else
                    // still hold the event loop, exit all the same: a container would wait for SIGKILL.
                    setTimeout(() => process.exit(), 1000).unref();
                    resolve();
                });
            };
            process.once('SIGTERM', () => stop('SIGTERM'));
            process.once('SIGINT', () => stop('SIGINT'));
        });
        return 0;
    },
};


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

//# sourceMappingURL=2876.index.js.map