export const id = 16;
export const ids = [16];
export const modules = {

/***/ 2922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ contractFromNames),
/* harmony export */   _i: () => (/* binding */ toolsHash),
/* harmony export */   ir: () => (/* binding */ schemaHash),
/* harmony export */   lF: () => (/* binding */ loadContract),
/* harmony export */   nb: () => (/* binding */ checkContract)
/* harmony export */ });
/* unused harmony exports canonicalJson, sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
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

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ healthFromSpec),
/* harmony export */   x: () => (/* binding */ localUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5303);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2922);
/** The gate's settings from `health:` of a deploy spec, and the local URL `up` serves it at; shared by `up` and `health --spec`. */



function localUrl(spec, port = spec.server.port) {
    return `http://127.0.0.1:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}
/** Only what the spec sets; the contract file resolves from the spec's folder, like every path in it. */
function healthFromSpec(spec) {
    const { health } = spec;
    return {
        contract: health.contract ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .loadContract */ .lF)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(spec.dir, health.contract)) : health.expectTools ? (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .contractFromNames */ .DN)(health.expectTools) : undefined,
        strict: health.strict,
        allowAuthRequired: health.allowAuthRequired,
        smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
        timeoutMs: health.timeout ? (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(health.timeout, 'health.timeout') : undefined,
    };
}


/***/ }),

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jd: () => (/* binding */ runHealthGate)
});

// UNUSED EXPORTS: describeFailure, describeTarget

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js + 2 modules
var streamableHttp = __webpack_require__(3491);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/health/contract.ts
var contract = __webpack_require__(2922);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var client = __webpack_require__(63);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/sse.js + 1 modules
var sse = __webpack_require__(53);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js + 1 modules
var stdio = __webpack_require__(2420);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let p = re.exec(m[2]); p; p = re.exec(m[2]))
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    return { scheme: m[1].toLowerCase(), params };
}
/** Seconds or HTTP-date in Retry-After, as milliseconds; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./src/health/connect.ts
/**
 * One connection attempt with the official SDK client: the transport for a target, a fetch that
 * remembers the last HTTP answer (to tell "needs authorization" and "wrong transport" apart from a
 * crash), protected-resource metadata discovery, and a raw `server/discover` probe for servers that
 * speak only the stateless revision the SDK does not.
 */






const CLIENT_INFO = { name: 'mcp-orchestrator-health', version: '0.1.0' };
/** The stateless revision that replaced `initialize` with `server/discover`. */
const STATELESS_REVISION = '2026-07-28';
/** The SDK's transports take a fetch; this one keeps the last answer for the gate's diagnosis. */
function recordingFetch(headers, answers) {
    return async (input, init) => {
        const merged = new Headers(init?.headers);
        for (const [k, v] of Object.entries(headers))
            if (!merged.has(k))
                merged.set(k, v);
        const response = await fetch(input, { ...init, headers: merged });
        answers.push({ method: init?.method ?? 'GET', status: response.status, wwwAuthenticate: response.headers.get('www-authenticate') ?? undefined });
        return response;
    };
}
function openTransport(target, kind, headers) {
    const answers = [];
    if (target.kind === 'command') {
        const transport = new stdio/* StdioClientTransport */.oQ({
            command: target.command,
            args: target.args,
            cwd: target.cwd,
            env: { ...process.env, ...target.env },
            stderr: 'pipe',
        });
        let tail = '';
        transport.stderr?.on('data', (chunk) => {
            tail = (tail + chunk.toString('utf8')).slice(-2048);
        });
        return { transport, answers, stderrTail: () => tail.trim().split('\n').slice(-3).join(' | ').slice(0, 300) };
    }
    const fetchFn = recordingFetch(headers, answers);
    const transport = kind === 'sse'
        ? new sse/* SSEClientTransport */.A(target.url, { fetch: fetchFn })
        : new streamableHttp/* StreamableHTTPClientTransport */.j(target.url, { fetch: fetchFn, reconnectionOptions: { maxRetries: 0, initialReconnectionDelay: 1000, maxReconnectionDelay: 1000, reconnectionDelayGrowFactor: 1 } });
    return { transport, answers, stderrTail: () => '' };
}
function newClient() {
    return new client/* Client */.K(CLIENT_INFO, { capabilities: {} });
}
/**
 * After a 401: the challenge, and the OAuth protected-resource metadata (RFC 9728) from the URL the
 * challenge names or the well-known locations on the server's own origin.
 */
async function describeAuth(url, answer, headers, signal) {
    const info = {};
    const candidates = [];
    if (answer.wwwAuthenticate) {
        // The registry client's challenge parser; the scheme is reported as the server wrote it.
        info.scheme = answer.wwwAuthenticate.trim().split(/\s+/)[0];
        const metadata = parseChallenge(answer.wwwAuthenticate)?.params.resource_metadata;
        if (metadata)
            candidates.push(metadata);
    }
    const path = url.pathname.replace(/\/$/, '');
    if (path)
        candidates.push(new URL(`/.well-known/oauth-protected-resource${path}`, url).href);
    candidates.push(new URL('/.well-known/oauth-protected-resource', url).href);
    for (const candidate of candidates) {
        let metadataUrl;
        try {
            metadataUrl = new URL(candidate, url);
        }
        catch {
            continue;
        }
        // Only the server's own origin: the gate never follows a challenge to another host.
        if (metadataUrl.origin !== url.origin) {
            info.resourceMetadata = metadataUrl.href;
            break;
        }
        try {
            const response = await fetch(metadataUrl, { headers: { accept: 'application/json', ...pickUserAgent(headers) }, signal });
            if (!response.ok)
                continue;
            const body = (await response.json());
            info.resourceMetadata = metadataUrl.href;
            if (Array.isArray(body.authorization_servers))
                info.authorizationServers = body.authorization_servers.filter((s) => typeof s === 'string');
            break;
        }
        catch {
            continue;
        }
    }
    return info;
}
function pickUserAgent(headers) {
    const ua = Object.entries(headers).find(([k]) => k.toLowerCase() === 'user-agent');
    return ua ? { 'user-agent': ua[1] } : {};
}
/**
 * Sends `server/discover` as the stateless revision frames it (protocol version and client
 * capabilities in `_meta`) straight over a fresh SDK transport, and returns its answer, or
 * undefined when the server does not know the method. The SDK's Client cannot send it: it insists
 * on `initialize` first.
 */
async function probeDiscover(opened, timeoutMs) {
    const { transport } = opened;
    const id = 'discover-1';
    const answer = new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), timeoutMs);
        transport.onmessage = (message) => {
            if ('id' in message && message.id === id) {
                clearTimeout(timer);
                resolve(message);
            }
        };
        transport.onerror = () => { };
        transport.onclose = () => {
            clearTimeout(timer);
            resolve(undefined);
        };
    });
    try {
        await transport.start();
        await transport.send({
            jsonrpc: '2.0',
            id,
            method: 'server/discover',
            params: { _meta: { 'io.modelcontextprotocol/protocolVersion': STATELESS_REVISION, 'io.modelcontextprotocol/clientCapabilities': {}, 'io.modelcontextprotocol/clientInfo': CLIENT_INFO } },
        });
    }
    catch {
        await transport.close().catch(() => { });
        return undefined;
    }
    const message = await answer;
    await transport.close().catch(() => { });
    if (!message || !('result' in message))
        return undefined;
    const result = message.result;
    if (!Array.isArray(result.supportedVersions))
        return undefined;
    return { supportedVersions: result.supportedVersions.filter((v) => typeof v === 'string'), serverInfo: result.serverInfo, capabilities: result.capabilities };
}
/** The revisions the SDK client negotiates, newest first. */
const sdkRevisions = types/* SUPPORTED_PROTOCOL_VERSIONS */.Iu;

;// CONCATENATED MODULE: ./src/health/gate.ts








const MAX_BACKOFF_MS = 5000;
/** Runs `work` until it settles or `ms` pass; on timeout calls `onTimeout` (which closes the transport). */
async function withDeadline(work, ms, onTimeout) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            onTimeout();
            reject(new Error(`no answer within the remaining ${Math.max(0, Math.round(ms))} ms`));
        }, Math.max(0, ms));
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** A short, secret-free reason for a failed attempt. */
function describeFailure(error, opened) {
    const last = opened?.answers.at(-1);
    let reason;
    if (error instanceof streamableHttp/* StreamableHTTPError */.b || (error instanceof Error && error.name === 'SseError')) {
        const code = error.code;
        reason = code && code > 0 ? `HTTP ${code}: ${firstLine(error.message)}` : firstLine(error.message);
    }
    else if (error instanceof types/* McpError */.Nh) {
        reason = `JSON-RPC error ${error.code}: ${firstLine(error.message)}`;
    }
    else if (error && typeof error === 'object' && typeof error.message === 'string') {
        // Duck-typed: fetch's errors come from Node's own realm, not always this one's Error.
        // fetch wraps the socket error (ECONNREFUSED, ECONNRESET…) in its cause chain.
        let cause = error;
        for (let depth = 0; cause && depth < 4 && !cause.code; depth++)
            cause = cause.cause;
        const code = cause?.code;
        const inner = error.cause?.message;
        if (typeof code === 'string')
            reason = `${code}: ${firstLine(cause.message ?? '')}`;
        else
            reason = firstLine(error.message) + (typeof inner === 'string' ? `: ${firstLine(inner)}` : '');
    }
    else
        reason = (0,errors/* errorMessage */.gJ)(error);
    if (last && !reason.includes(String(last.status)) && last.status >= 400)
        reason += ` (last HTTP answer: ${last.method} ${last.status})`;
    const stderr = opened?.stderrTail();
    if (stderr)
        reason += `; server stderr: ${stderr}`;
    return reason.slice(0, 500);
}
function firstLine(text) {
    return text.split('\n')[0].slice(0, 300);
}
function isVersionRefusal(error) {
    const m = error instanceof Error ? /protocol version is not supported: (\S+)/.exec(error.message) : null;
    return m?.[1];
}
async function listAll(fetchPage) {
    const all = [];
    const seen = new Set();
    let cursor;
    do {
        const page = await fetchPage(cursor);
        all.push(...page.items);
        cursor = page.nextCursor;
        if (cursor !== undefined) {
            if (seen.has(cursor))
                throw new Error(`the server repeated pagination cursor "${cursor.slice(0, 40)}"`);
            seen.add(cursor);
        }
    } while (cursor !== undefined && all.length < 100_000);
    return all;
}
/** The checks once the handshake succeeded; JSON-RPC errors here are the server's answer, not a race with startup. */
async function checkServer(client, kind, options, remaining, connectMs) {
    const req = () => ({ timeout: Math.max(1, remaining()) });
    await client.ping(req());
    const capabilities = (client.getServerCapabilities() ?? {});
    const problems = [];
    let tools = [];
    let listToolsMs;
    if (capabilities.tools) {
        const t0 = external_node_perf_hooks_.performance.now();
        const raw = await listAll(async (cursor) => {
            const r = await client.listTools(cursor ? { cursor } : undefined, req());
            return { items: r.tools, nextCursor: r.nextCursor };
        });
        listToolsMs = Math.round(external_node_perf_hooks_.performance.now() - t0);
        tools = raw.map((t) => ({ name: t.name, inputSchemaHash: (0,contract/* schemaHash */.ir)(t.inputSchema) })).sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    let resources;
    let prompts;
    const params = (cursor) => (cursor ? { cursor } : undefined);
    if (capabilities.resources)
        resources = (await listAll(async (c) => client.listResources(params(c), req()).then((r) => ({ items: r.resources, nextCursor: r.nextCursor })))).length;
    if (capabilities.prompts)
        prompts = (await listAll(async (c) => client.listPrompts(params(c), req()).then((r) => ({ items: r.prompts, nextCursor: r.nextCursor })))).length;
    if (options.contract)
        problems.push(...(0,contract/* checkContract */.nb)(options.contract, tools, options.strict));
    let smoke;
    if (options.smoke) {
        const t0 = external_node_perf_hooks_.performance.now();
        const { tool, args } = options.smoke;
        if (!tools.some((t) => t.name === tool)) {
            smoke = { tool, ok: false, ms: 0 };
            problems.push({ level: 'error', code: 'smoke-failed', tool, message: `smoke tool "${tool}" is not offered by the server` });
        }
        else {
            try {
                const result = await client.callTool({ name: tool, arguments: args }, undefined, req());
                const text = result.content?.find((c) => c.type === 'text')?.text;
                smoke = { tool, ok: !result.isError, ms: Math.round(external_node_perf_hooks_.performance.now() - t0), text: text?.slice(0, 200) };
                if (result.isError)
                    problems.push({ level: 'error', code: 'smoke-failed', tool, message: `smoke call of "${tool}" returned an error${text ? `: ${firstLine(text).slice(0, 200)}` : ''}` });
            }
            catch (error) {
                smoke = { tool, ok: false, ms: Math.round(external_node_perf_hooks_.performance.now() - t0) };
                problems.push({ level: 'error', code: 'smoke-failed', tool, message: `smoke call of "${tool}" failed: ${describeFailure(error)}` });
            }
        }
    }
    const version = client.getServerVersion();
    const protocolVersion = client.transport?.protocolVersion;
    const failed = problems.some((p) => p.level === 'error');
    return {
        type: 'report',
        report: {
            status: failed ? 'unhealthy' : 'healthy',
            transport: kind,
            protocolVersion,
            server: version ? { name: version.name, version: version.version, ...(version.title ? { title: version.title } : {}) } : undefined,
            capabilities,
            instructions: client.getInstructions()?.slice(0, 2000),
            tools,
            toolsHash: (0,contract/* toolsHash */._i)(tools),
            resources,
            prompts,
            smoke,
            problems,
            latencyMs: { connect: connectMs, listTools: listToolsMs },
        },
    };
}
async function attempt(kind, options, remaining, auto) {
    const opened = openTransport(options.target, kind, options.headers);
    const client = newClient();
    // The SDK reports the negotiated version on the HTTP transports; stdio keeps it here.
    let negotiated;
    const originalSetter = opened.transport.setProtocolVersion;
    opened.transport.setProtocolVersion = (v) => {
        negotiated = v;
        originalSetter?.call(opened.transport, v);
    };
    const close = () => {
        void client.close().catch(() => { });
        void opened.transport.close().catch(() => { });
    };
    const t0 = external_node_perf_hooks_.performance.now();
    try {
        await withDeadline(client.connect(opened.transport, { timeout: Math.max(1, remaining()) }), remaining(), close);
    }
    catch (error) {
        close();
        const last = opened.answers.at(-1);
        if (last?.status === 401 && options.target.kind === 'url') {
            const signal = AbortSignal.timeout(Math.max(1, Math.min(remaining(), 5000)));
            return { type: 'auth', auth: await describeAuth(options.target.url, last, options.headers, signal) };
        }
        const spawnCode = error.code;
        if (spawnCode === 'ENOENT' || spawnCode === 'EACCES')
            return { type: 'fatal', reason: `cannot start the server command: ${spawnCode} (${options.target.kind === 'command' ? options.target.command : ''})` };
        const refusedVersion = isVersionRefusal(error);
        const rpcRefusal = error instanceof types/* McpError */.Nh && ![types/* ErrorCode */.O4.ConnectionClosed, types/* ErrorCode */.O4.RequestTimeout].includes(error.code);
        if ((refusedVersion || rpcRefusal) && remaining() > 0) {
            const discover = await probeDiscover(openTransport(options.target, kind, options.headers), Math.min(remaining(), 5000));
            if (discover || refusedVersion)
                return { type: 'unsupported', discover, version: refusedVersion };
        }
        const reason = describeFailure(error, opened);
        if (auto && kind === 'streamable-http' && last && last.method === 'POST' && last.status >= 400 && last.status < 500)
            return { type: 'fallback', reason };
        return { type: 'retry', reason };
    }
    const connectMs = Math.round(external_node_perf_hooks_.performance.now() - t0);
    try {
        const outcome = await withDeadline(checkServer(client, kind, options, remaining, connectMs), remaining(), close);
        if (outcome.type === 'report' && negotiated && !outcome.report.protocolVersion)
            outcome.report.protocolVersion = negotiated;
        return outcome;
    }
    catch (error) {
        // A server that shook hands but then failed a request: a JSON-RPC error is its final answer.
        if (error instanceof types/* McpError */.Nh && ![types/* ErrorCode */.O4.ConnectionClosed, types/* ErrorCode */.O4.RequestTimeout].includes(error.code)) {
            return {
                type: 'report',
                report: {
                    status: 'unhealthy',
                    transport: kind,
                    tools: [],
                    problems: [{ level: 'error', code: 'protocol', message: `after the handshake: ${describeFailure(error, opened)}` }],
                    latencyMs: { connect: connectMs },
                },
            };
        }
        return { type: 'retry', reason: describeFailure(error, opened) };
    }
    finally {
        if (opened.transport instanceof streamableHttp/* StreamableHTTPClientTransport */.j && opened.transport.sessionId) {
            await withDeadline(opened.transport.terminateSession().catch(() => { }), Math.min(1000, Math.max(0, remaining())), () => { }).catch(() => { });
        }
        close();
    }
}
function concreteOrder(options) {
    const { target, transport } = options;
    if (target.kind === 'command') {
        if (transport !== 'auto' && transport !== 'stdio')
            throw new errors/* InputError */.dz(`--transport ${transport} needs a URL; a --command is probed over stdio`);
        return ['stdio'];
    }
    if (transport === 'stdio')
        throw new errors/* InputError */.dz('--transport stdio needs --command "<stdio server command>", not a URL');
    return transport === 'auto' ? ['streamable-http', 'sse'] : [transport];
}
/** Every string in the report with each secret replaced, so a header value echoed by a server never leaks. */
function scrub(value, secrets) {
    const usable = secrets.filter((s) => s.length >= 4);
    if (usable.length === 0)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return usable.reduce((text, s) => text.split(s).join('***'), v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(value);
}
function describeTarget(options) {
    if (options.target.kind === 'command')
        return [options.target.command, ...options.target.args].join(' ');
    const url = new URL(options.target.url.href);
    if (url.username || url.password) {
        url.username = url.username ? '***' : '';
        url.password = url.password ? '***' : '';
    }
    return url.href;
}
async function runHealthGate(options) {
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const order = concreteOrder(options);
    const started = external_node_perf_hooks_.performance.now();
    const deadline = started + options.timeoutMs;
    const remaining = () => deadline - external_node_perf_hooks_.performance.now();
    const attempts = [];
    const target = describeTarget(options);
    const secrets = Object.values(options.headers).flatMap((v) => [v, v.replace(/^Bearer\s+/i, '')]);
    let backoff = options.initialBackoffMs ?? 250;
    const finish = (partial) => {
        const report = {
            ok: partial.status === 'healthy' || (partial.status === 'auth-required' && options.allowAuthRequired),
            ...partial,
            target,
            attempts,
            latencyMs: { ...partial.latencyMs, total: Math.round(external_node_perf_hooks_.performance.now() - started) },
        };
        return scrub(report, secrets);
    };
    for (let n = 1;; n++) {
        let lastReason = '';
        for (const kind of order) {
            const atMs = Math.round(external_node_perf_hooks_.performance.now() - started);
            const outcome = await attempt(kind, options, remaining, options.transport === 'auto');
            const ok = outcome.type === 'report' || outcome.type === 'auth';
            const reason = 'reason' in outcome ? outcome.reason : undefined;
            attempts.push({ attempt: attempts.length + 1, atMs, transport: kind, ok, ...(reason ? { reason } : {}) });
            if (reason)
                logger.info(`health: attempt ${attempts.length} over ${kind} failed: ${scrub(reason, secrets)}`);
            switch (outcome.type) {
                case 'report':
                    return finish(outcome.report);
                case 'auth': {
                    const where = outcome.auth.resourceMetadata ? ` (protected-resource metadata: ${outcome.auth.resourceMetadata})` : '';
                    return finish({
                        status: 'auth-required',
                        transport: kind,
                        tools: [],
                        auth: outcome.auth,
                        problems: [{ level: options.allowAuthRequired ? 'warning' : 'error', code: 'auth-required', message: `alive, authorization required: the server answered 401${where}` }],
                    });
                }
                case 'unsupported': {
                    const d = outcome.discover;
                    const message = d
                        ? `the server speaks only MCP ${d.supportedVersions.join(', ')} (it answered server/discover, the stateless revision ${STATELESS_REVISION}'s replacement for initialize); the TypeScript SDK client this gate uses supports ${sdkRevisions.join(', ')}`
                        : `the server answered initialize with protocol version ${outcome.version}, which the TypeScript SDK client this gate uses does not support (${sdkRevisions.join(', ')})`;
                    return finish({
                        status: 'unhealthy',
                        transport: kind,
                        protocolVersion: d?.supportedVersions[0] ?? outcome.version,
                        server: d?.serverInfo?.name ? { name: d.serverInfo.name, version: d.serverInfo.version ?? '' } : undefined,
                        capabilities: d?.capabilities,
                        tools: [],
                        problems: [{ level: 'error', code: 'unsupported-revision', message }],
                    });
                }
                case 'fatal':
                    return finish({ status: 'unhealthy', tools: [], problems: [{ level: 'error', code: 'unreachable', message: outcome.reason }] });
                case 'fallback':
                    lastReason = outcome.reason;
                    continue;
                case 'retry':
                    lastReason = outcome.reason;
                    break;
            }
            if (outcome.type === 'retry')
                break;
        }
        if (remaining() <= backoff) {
            if (remaining() > 50)
                await (0,promises_.setTimeout)(remaining() - 10);
            const seconds = (options.timeoutMs / 1000).toFixed(options.timeoutMs % 1000 ? 1 : 0);
            return finish({
                status: 'unhealthy',
                tools: [],
                problems: [{ level: 'error', code: 'timeout', message: `no healthy MCP answer within ${seconds}s after ${attempts.length} attempt(s); last: ${lastReason}` }],
            });
        }
        await (0,promises_.setTimeout)(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
}


/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports RecordingLogger, stderrLogger */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
};
/** A logger that keeps every line, for tests that assert what was logged. */
class RecordingLogger {
    lines = [];
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    error(message) {
        this.lines.push({ level: 'error', message });
    }
    text() {
        return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
    }
}
/** Writes to stderr, so stdout stays clean for JSON output. */
function stderrLogger(options = {}) {
    const write = (prefix, message) => process.stderr.write(`${prefix}${message}\n`);
    return {
        debug: (m) => {
            if (options.verbose)
                write('debug: ', m);
        },
        info: (m) => write('', m),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
    };
}


/***/ })

};

//# sourceMappingURL=16.index.js.map