export const id = 2922;
export const ids = [2922];
export const modules = {

/***/ 22922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalJson: () => (/* binding */ canonicalJson),
/* harmony export */   checkContract: () => (/* binding */ checkContract),
/* harmony export */   contractFromNames: () => (/* binding */ contractFromNames),
/* harmony export */   loadContract: () => (/* binding */ loadContract),
/* harmony export */   schemaHash: () => (/* binding */ schemaHash),
/* harmony export */   sha256Hex: () => (/* binding */ sha256Hex),
/* harmony export */   toolsHash: () => (/* binding */ toolsHash)
/* harmony export */ });
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


/***/ })

};

//# sourceMappingURL=2922.index.js.map