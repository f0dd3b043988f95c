export const id = 498;
export const ids = [498];
export const modules = {

/***/ 22922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ contractFromNames),
/* harmony export */   _i: () => (/* binding */ toolsHash),
/* harmony export */   ir: () => (/* binding */ schemaHash),
/* harmony export */   lF: () => (/* binding */ loadContract),
/* harmony export */   nb: () => (/* binding */ checkContract)
/* harmony export */ });
/* unused harmony exports canonicalJson, sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/** Tool hashes, the expected-tools contract, and how a server's tools compare with it. */




/** JSON with object keys sorted at every depth, so equal schemas hash equally whatever their key order. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** `sha256:` and the first 16 hex digits of the canonical input schema. */
function schemaHash(schema) {
    return `sha256:${sha256Hex(canonicalJson(schema ?? {})).slice(0, 16)}`;
}
/** One hash over every tool's name and schema hash, in name order: changes when any tool does. */
function toolsHash(tools) {
    const lines = [...tools].sort((a, b) => (a.name < b.name ? -1 : 1)).map((t) => `${t.name} ${t.inputSchemaHash}`);
    return `sha256:${sha256Hex(lines.join('\n'))}`;
}
/** `a,b,c` from --expect-tools: these must be offered; other tools are fine. */
function contractFromNames(names) {
    return { tools: names.map((name) => ({ name })), exhaustive: false };
}
/**
 * A contract file, YAML or JSON: a list of names, a list of `{name, inputSchemaHash}`, or
 * `{tools: [...]}` in either form. The gate's own JSON report is a valid contract. A file pins the
 * whole set: a tool the server offers beyond it is reported.
 */
function loadContract(path) {
    return { tools: readContractTools(path), exhaustive: true };
}
function readContractTools(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--contract ${path}: ${error.code ?? error.message}`);
    }
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--contract ${path}: not valid YAML or JSON (${error.message.split('\n')[0]})`);
    }
    const list = Array.isArray(data) ? data : data?.tools;
    if (!Array.isArray(list))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--contract ${path}: expected a list of tools, or an object with a "tools" list`);
    return list.map((item, i) => {
        if (typeof item === 'string' && item.trim())
            return { name: item.trim() };
        const t = item;
        if (t && typeof t === 'object' && typeof t.name === 'string' && t.name) {
            if (t.inputSchemaHash !== undefined && typeof t.inputSchemaHash !== 'string') {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--contract ${path}: tools[${i}].inputSchemaHash must be a string`);
            }
            return { name: t.name, inputSchemaHash: t.inputSchemaHash };
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--contract ${path}: tools[${i}] must be a tool name or an object with a "name"`);
    });
}
/**
 * Missing tools are errors; changed schemas are warnings (errors when strict). Tools beyond the
 * contract are reported the same way only when it pins the whole set (a contract file).
 */
function checkContract(contract, tools, strict) {
    const problems = [];
    const byName = new Map(tools.map((t) => [t.name, t]));
    const soft = strict ? 'error' : 'warning';
    for (const expected of contract.tools) {
        const actual = byName.get(expected.name);
        if (!actual) {
            problems.push({ level: 'error', code: 'missing-tool', tool: expected.name, message: `tool "${expected.name}" is missing` });
        }
        else if (expected.inputSchemaHash && expected.inputSchemaHash !== actual.inputSchemaHash) {
            problems.push({
                level: soft,
                code: 'schema-changed',
                tool: expected.name,
                message: `tool "${expected.name}" input schema changed (${expected.inputSchemaHash} → ${actual.inputSchemaHash})`,
            });
        }
    }
    if (!contract.exhaustive)
        return problems;
    const expectedNames = new Set(contract.tools.map((t) => t.name));
    for (const t of tools) {
        if (!expectedNames.has(t.name))
            problems.push({ level: soft, code: 'unexpected-tool', tool: t.name, message: `tool "${t.name}" is not in the contract` });
    }
    return problems;
}


/***/ }),

/***/ 19498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   healthFromSpec: () => (/* binding */ healthFromSpec)
/* harmony export */ });
/* unused harmony exports localUrl, gateAuthFromSpec */
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
        contract: health.contract ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .loadContract */ .lF)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(spec.dir, health.contract)) : health.expectTools ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .contractFromNames */ .DN)(health.expectTools) : undefined,
        strict: health.strict,
        allowAuthRequired: health.allowAuthRequired,
        smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
        timeoutMs: health.timeout ? (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(health.timeout, 'health.timeout') : undefined,
    };
}


/***/ })

};

//# sourceMappingURL=498.index.js.map