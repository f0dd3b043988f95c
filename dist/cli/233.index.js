export const id = 233;
export const ids = [233];
export const modules = {

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCommandLine: () => (/* binding */ parseCommandLine),
/* harmony export */   parseHeader: () => (/* binding */ parseHeader),
/* harmony export */   parseHeaders: () => (/* binding */ parseHeaders),
/* harmony export */   parseSmoke: () => (/* binding */ parseSmoke),
/* harmony export */   parseTarget: () => (/* binding */ parseTarget)
/* harmony export */ });
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6591);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/** Parsing of the gate's textual inputs, shared by the CLI and the action. */


/** `Name: value` → [name, value]; header names per RFC 9110 tokens. */
function parseHeader(text, where = '--header') {
    const colon = text.indexOf(':');
    const name = colon > 0 ? text.slice(0, colon).trim() : '';
    if (!name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: expected "Name: value", got a line without a valid header name before ":"`);
    }
    return [name, text.slice(colon + 1).trim()];
}
function parseHeaders(lines, where = '--header') {
    const headers = {};
    for (const line of lines) {
        const [name, value] = parseHeader(line, where);
        headers[name] = value;
    }
    return headers;
}
/** `tool={"arg":1}` or a bare `tool` (no arguments). */
function parseSmoke(text, where = '--smoke') {
    const eq = text.indexOf('=');
    const tool = (eq < 0 ? text : text.slice(0, eq)).trim();
    if (!tool)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: expected TOOL or TOOL={json arguments}, got "${text}"`);
    if (eq < 0)
        return { tool, args: {} };
    let args;
    try {
        args = JSON.parse(text.slice(eq + 1));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: the arguments of "${tool}" are not valid JSON (${error.message})`);
    }
    if (!args || typeof args !== 'object' || Array.isArray(args))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: the arguments of "${tool}" must be a JSON object`);
    return { tool, args: args };
}
/**
 * A stdio server command as a shell would split it (quotes and escapes), without running a shell:
 * leading `NAME=value` words become environment variables. Operators (`|`, `&&`, `>`) are refused.
 */
function parseCommandLine(text, where = '--command') {
    const words = (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.parse)(text, (name) => `$${name}`);
    const env = {};
    const plain = [];
    for (const word of words) {
        if (typeof word !== 'string') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: shell operators and globs are not supported (found ${JSON.stringify(word)}); wrap the command in a script`);
        }
        if (plain.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
            const eq = word.indexOf('=');
            env[word.slice(0, eq)] = word.slice(eq + 1);
        }
        else
            plain.push(word);
    }
    if (plain.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: empty command`);
    return { command: plain[0], args: plain.slice(1), env };
}
/** An http(s) URL or a stdio command; exactly one. */
function parseTarget(url, command, cwd) {
    if (url && command)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('give either a URL or --command, not both');
    if (command) {
        const parsed = parseCommandLine(command);
        return { kind: 'command', command: parsed.command, args: parsed.args, env: parsed.env, cwd };
    }
    if (!url)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('expected the server URL, or --command "<stdio server command>"');
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`"${url}" is not a URL (expected e.g. http://127.0.0.1:3000/mcp)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`"${url}": only http and https URLs can be probed`);
    return { kind: 'url', url: parsed };
}


/***/ })

};

//# sourceMappingURL=233.index.js.map