export const id = 4624;
export const ids = [4624,2922];
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


/***/ }),

/***/ 74624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeFailure: () => (/* binding */ describeFailure),
  describeTarget: () => (/* binding */ describeTarget),
  runHealthGate: () => (/* binding */ runHealthGate)
});

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js + 1 modules
var streamableHttp = __webpack_require__(30940);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js + 3 modules
var auth = __webpack_require__(18242);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth-extensions.js
var auth_extensions = __webpack_require__(60248);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/shared/auth.js + 2 modules
var shared_auth = __webpack_require__(49642);
// EXTERNAL MODULE: ./src/registry/challenge.ts
var registry_challenge = __webpack_require__(54394);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var client = __webpack_require__(30063);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/sse.js + 1 modules
var sse = __webpack_require__(10053);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js + 1 modules
var stdio = __webpack_require__(12420);
// EXTERNAL MODULE: ./src/scan/redact-text.ts
var redact_text = __webpack_require__(77534);
;// CONCATENATED MODULE: ./src/health/server-logs.ts
/**
 * The server's log lines as the health report keeps them: the last lines only, each cut to a
 * length, and every secret the scan's rules recognise redacted (logs may print tokens or keys).
 */

const MAX_LOG_LINES = 200;
const MAX_LOG_LINE_CHARS = 1000;
/** How much raw text a reader keeps before the cut (the tail: the last lines are the ones kept). */
const MAX_LOG_TEXT_CHARS = 512 * 1024;
/** Lines of `text` for the report: redacted whole first (a secret may span lines, as a PEM key does), then the last 200 non-trailing lines, each capped. */
function serverLogLines(text) {
    const tail = text.length > MAX_LOG_TEXT_CHARS ? text.slice(-MAX_LOG_TEXT_CHARS) : text;
    const lines = (0,redact_text/* redactText */.iB)(tail.replace(/\r\n?/g, '\n')).split('\n');
    while (lines.length && !lines.at(-1).trim())
        lines.pop();
    return lines.slice(-MAX_LOG_LINES).map((line) => (line.length > MAX_LOG_LINE_CHARS ? `${line.slice(0, MAX_LOG_LINE_CHARS - 1)}…` : line));
}
/** Appends chunks of a stream and keeps only the last `MAX_LOG_TEXT_CHARS`. */
class LogTail {
    text = '';
    push(chunk) {
        this.text += chunk;
        if (this.text.length > 2 * MAX_LOG_TEXT_CHARS)
            this.text = this.text.slice(-MAX_LOG_TEXT_CHARS);
    }
    toString() {
        return this.text.slice(-MAX_LOG_TEXT_CHARS);
    }
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
        const stderr = new LogTail();
        transport.stderr?.setEncoding('utf8').on('data', (chunk) => stderr.push(chunk));
        const tail = () => stderr.toString().slice(-2048);
        return { transport, answers, stderrTail: () => tail().trim().split('\n').slice(-3).join(' | ').slice(0, 300), stderrText: () => stderr.toString() };
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
        const metadata = (0,registry_challenge/* parseChallenge */.x)(answer.wwwAuthenticate)?.params.resource_metadata;
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

;// CONCATENATED MODULE: ./src/health/auth-check.ts
/**
 * The gate's two sides of declared authorization. The refusal: a request without a token must get
 * 401 with a `WWW-Authenticate: Bearer` challenge naming protected-resource metadata (RFC 9728)
 * that is valid and says what the spec declared. The authorized path: a token, either the static
 * bearer token or one from the issuer's token endpoint by the client-credentials grant (the SDK's
 * discovery and token request). Tokens and client secrets never appear in what this returns.
 */








const METADATA_PATH = '/.well-known/oauth-protected-resource';
const INITIALIZE = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: types/* LATEST_PROTOCOL_VERSION */.aE, capabilities: {}, clientInfo: CLIENT_INFO } };
/** The request a client without a token sends first: an initialize (Streamable HTTP) or the SSE stream. */
function unauthenticated(url, sse, signal) {
    if (sse)
        return fetch(url, { headers: { accept: 'text/event-stream' }, signal });
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify(INITIALIZE), signal });
}
/** Checks that `url` refuses a request without a token as `declared` says it must. */
async function checkRefusal(url, declared, sse, signal) {
    let response;
    try {
        response = await unauthenticated(url, sse, signal);
    }
    catch (error) {
        return { type: 'retry', reason: `request without a token: ${error.message}` };
    }
    await response.body?.cancel().catch(() => { });
    const status = response.status;
    if (status >= 200 && status < 300) {
        return { type: 'wrong', code: 'auth-not-enforced', message: `auth: ${declared.mode} is declared, but the server answered a request without a token with HTTP ${status}: it does not enforce authorization` };
    }
    // A proxy or a server still starting: not the server's verdict yet.
    if (status !== 401 && status !== 403)
        return { type: 'retry', reason: `request without a token: HTTP ${status}` };
    const header = response.headers.get('www-authenticate') ?? undefined;
    const challenge = (0,registry_challenge/* parseChallenge */.x)(header);
    const auth = { mode: declared.mode, ...(challenge ? { scheme: header.trim().split(/\s+/)[0] } : {}) };
    if (status === 403)
        return { type: 'wrong', code: 'auth-metadata', auth, message: 'a request without a token got 403; a missing token must get 401 with a challenge (RFC 6750 §3.1)' };
    if (challenge?.scheme !== 'bearer')
        return { type: 'wrong', code: 'auth-metadata', auth, message: `the 401 has no WWW-Authenticate Bearer challenge${header ? ` (got scheme ${auth.scheme})` : ''}` };
    const named = challenge.params.resource_metadata;
    if (!named || !URL.canParse(named))
        return { type: 'wrong', code: 'auth-metadata', auth, message: 'the 401 challenge names no resource_metadata URL (RFC 9728 §5.1): clients cannot discover the authorization server' };
    return readMetadata(url, new URL(named), declared, auth, signal);
}
/**
 * Reads the metadata document the challenge names. Only from the gated server itself: when the
 * challenge names the public origin (the gate came through a port-forward or loopback), the same
 * path is read from the gated origin; the gate never sends requests to another host.
 */
async function readMetadata(url, named, declared, auth, signal) {
    const wrong = (message) => ({ type: 'wrong', code: 'auth-metadata', auth, message });
    auth.resourceMetadata = named.href;
    if (!named.pathname.startsWith(METADATA_PATH))
        return wrong(`the challenge's resource_metadata ${named.href} is not under ${METADATA_PATH} (RFC 9728 §3)`);
    if (declared.mode === 'oauth' && named.origin !== new URL(declared.audience).origin) {
        return wrong(`the challenge's resource_metadata ${named.href} is not at the origin of the declared audience ${declared.audience}`);
    }
    const readFrom = new URL(named.pathname + named.search, url);
    let body;
    try {
        const response = await fetch(readFrom, { headers: { accept: 'application/json' }, signal });
        if (!response.ok)
            return wrong(`the protected-resource metadata at ${readFrom.href} answered HTTP ${response.status}`);
        body = await response.json();
    }
    catch (error) {
        return { type: 'retry', reason: `protected-resource metadata at ${readFrom.href}: ${error.message}` };
    }
    const parsed = shared_auth/* OAuthProtectedResourceMetadataSchema */.A9.safeParse(body);
    if (!parsed.success)
        return wrong(`the protected-resource metadata at ${readFrom.href} is not valid RFC 9728 metadata: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`).join('; ')}`);
    const metadata = parsed.data;
    auth.resource = metadata.resource;
    if (metadata.authorization_servers)
        auth.authorizationServers = metadata.authorization_servers;
    if (metadata.scopes_supported)
        auth.scopesSupported = metadata.scopes_supported;
    if (metadata.bearer_methods_supported && !metadata.bearer_methods_supported.includes('header'))
        return wrong('the protected-resource metadata does not offer the Authorization header (bearer_methods_supported)');
    if (declared.mode === 'oauth') {
        if (metadata.resource !== declared.audience)
            return wrong(`the protected-resource metadata names resource ${metadata.resource}, not the declared audience ${declared.audience}`);
        if (!metadata.authorization_servers?.includes(declared.issuer))
            return wrong(`the protected-resource metadata does not name the declared issuer ${declared.issuer} in authorization_servers`);
        const missing = declared.scopes.filter((s) => !metadata.scopes_supported?.includes(s));
        if (missing.length)
            return wrong(`the protected-resource metadata does not list the declared scope(s) ${missing.join(' ')} in scopes_supported`);
    }
    return { type: 'refused', auth };
}
/** A client-credentials access token for the declared audience, or why none was had (never the secret). */
async function clientCredentialsToken(declared, client, signal) {
    const { issuer, audience, scopes } = declared;
    const fetchFn = (input, init) => fetch(input, { ...init, signal });
    try {
        const metadata = await (0,auth/* discoverAuthorizationServerMetadata */.b7)(issuer, { fetchFn });
        if (!metadata)
            return { failure: `no authorization server metadata found for the issuer ${issuer}` };
        // RFC 8414 §3.3: metadata naming another issuer must not be used.
        if (metadata.issuer.replace(/\/$/, '') !== issuer.replace(/\/$/, ''))
            return { failure: `the metadata of ${issuer} names the issuer ${metadata.issuer}` };
        const provider = new auth_extensions/* ClientCredentialsProvider */.V4({ clientId: client.id, clientSecret: client.secret, expectedIssuer: issuer, ...(scopes.length ? { scope: scopes.join(' ') } : {}) });
        const tokens = await (0,auth/* fetchToken */.eY)(provider, issuer, { metadata, resource: new URL(audience), fetchFn });
        if (tokens.token_type.toLowerCase() !== 'bearer')
            return { failure: `the token endpoint issued a ${tokens.token_type} token, not a bearer token` };
        return { token: tokens.access_token };
    }
    catch (error) {
        // The SDK's OAuth errors carry the server's error code and description, never the request.
        const e = error;
        return { failure: `client-credentials grant at ${issuer} for client ${client.id}: ${e.errorCode ? `${e.errorCode}: ` : ''}${e.message.split('\n')[0]}` };
    }
}
/** The secret values an auth setting holds, for the report's scrub. */
function authSecrets(auth) {
    if (auth?.mode === 'bearer')
        return auth.token ? [auth.token] : [];
    if (auth?.mode === 'oauth')
        return auth.client ? [auth.client.secret] : [];
    return [];
}
/**
 * Declared authorization, before the protocol checks: the refusal (retried while the server is
 * not answering yet), then the gate's token. Either a token to gate with, or the final verdict.
 */
async function authorize(options, declared, url, ctx) {
    const sse = options.transport === 'sse';
    const fail = (code, message, auth) => ({
        report: { status: 'unhealthy', tools: [], ...(auth ? { auth } : {}), problems: [{ level: 'error', code, message }] },
    });
    let backoff = ctx.initialBackoffMs;
    let auth;
    for (;;) {
        const atMs = Math.round(external_node_perf_hooks_.performance.now() - ctx.started);
        const outcome = await checkRefusal(url, declared, sse, AbortSignal.timeout(Math.ceil(Math.max(1, Math.min(ctx.remaining(), 10_000)))));
        const reason = outcome.type === 'retry' ? outcome.reason : undefined;
        ctx.attempts.push({ attempt: ctx.attempts.length + 1, atMs, transport: sse ? 'sse' : 'streamable-http', ok: outcome.type === 'refused', ...(reason ? { reason } : {}) });
        if (outcome.type === 'wrong')
            return fail(outcome.code, outcome.message, outcome.auth);
        if (outcome.type === 'refused') {
            auth = { ...outcome.auth, refusalVerified: true };
            break;
        }
        ctx.logger.info(`health: attempt ${ctx.attempts.length} (request without a token) failed: ${outcome.reason}`);
        if (ctx.remaining() <= backoff) {
            const seconds = (options.timeoutMs / 1000).toFixed(options.timeoutMs % 1000 ? 1 : 0);
            return fail('timeout', `no answer to a request without a token within ${seconds}s after ${ctx.attempts.length} attempt(s); last: ${outcome.reason}`);
        }
        await (0,promises_.setTimeout)(backoff);
        backoff = Math.min(backoff * 2, ctx.maxBackoffMs);
    }
    ctx.logger.info(`health: a request without a token got 401 with valid protected-resource metadata (${auth.resourceMetadata})`);
    if (declared.mode === 'bearer') {
        if (declared.token)
            return { token: declared.token, auth: { ...auth, token: 'bearer' } };
    }
    else if (declared.client) {
        const got = await clientCredentialsToken(declared, declared.client, AbortSignal.timeout(Math.ceil(Math.max(1, Math.min(ctx.remaining(), 15_000)))));
        if ('failure' in got)
            return fail('auth-token', `the gate could not obtain a token: ${got.failure}`, auth);
        return { token: got.token, auth: { ...auth, token: 'client-credentials' } };
    }
    const missing = declared.missing ?? (declared.mode === 'bearer' ? 'give the token (--bearer-token-env)' : 'give a client (--oauth-client-id, --oauth-client-secret-env)');
    return {
        report: {
            status: 'auth-required',
            tools: [],
            auth,
            problems: [
                {
                    level: options.allowAuthRequired ? 'warning' : 'error',
                    code: 'auth-required',
                    message: `alive, authorization required: the refusal is verified, but the gate holds no credentials to check the authorized path (${missing})`,
                },
            ],
        },
    };
}

// EXTERNAL MODULE: ./src/health/contract.ts
var contract = __webpack_require__(22922);
;// CONCATENATED MODULE: ./src/health/origin-probe.ts
/**
 * The gate's DNS-rebinding check: one request with a foreign `Origin` header to the endpoint
 * that just passed, as a browser page on another site would send it. The MCP specification
 * requires Streamable HTTP servers to validate Origin; a server that answers serves any web page
 * the user visits. Whatever the server accepts is closed again (the session deleted, the event
 * stream dropped), so the probe leaves no session or process behind.
 */


/** A reserved top-level domain (RFC 2606): never anyone's site. */
const FOREIGN_ORIGIN = 'https://evil.invalid';
/** Answers that refuse the request: 403 (the SDK and the bridge), 400 and 421 (a misdirected host), 401. */
const REFUSALS = new Set([400, 401, 403, 421]);
/** The record for an answer's status; undefined when the status says nothing about Origin (a 404, a 5xx). */
function originVerdict(status) {
    if (REFUSALS.has(status))
        return { sent: FOREIGN_ORIGIN, status, rejected: true };
    if (status >= 200 && status < 300)
        return { sent: FOREIGN_ORIGIN, status, rejected: false };
    return undefined;
}
/** Sends the foreign-Origin request; the record, or why none could be made (`reason`, secret-free). */
async function probeForeignOrigin(options) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(1, options.timeoutMs));
    const headers = new Headers(options.headers);
    headers.set('origin', FOREIGN_ORIGIN);
    try {
        let response;
        if (options.transport === 'sse') {
            headers.set('accept', 'text/event-stream');
            response = await fetch(options.url, { headers, signal: controller.signal });
        }
        else {
            headers.set('accept', 'application/json, text/event-stream');
            headers.set('content-type', 'application/json');
            const initialize = {
                jsonrpc: '2.0',
                id: 'origin-probe-1',
                method: 'initialize',
                params: { protocolVersion: options.protocolVersion ?? types/* LATEST_PROTOCOL_VERSION */.aE, capabilities: {}, clientInfo: CLIENT_INFO },
            };
            response = await fetch(options.url, { method: 'POST', headers, body: JSON.stringify(initialize), signal: controller.signal });
        }
        const session = response.ok ? response.headers.get('mcp-session-id') : null;
        if (session) {
            // The answer read to its end, so the session is established before it is deleted as a client ends one.
            await response.text().catch(() => '');
            await deleteSession(options, session, controller.signal);
        }
        else {
            // Only the status matters: an accepted legacy event stream is dropped here, which ends its session.
            await response.body?.cancel().catch(() => { });
        }
        const origin = originVerdict(response.status);
        return origin ? { origin } : { reason: `the server answered the foreign-Origin request with HTTP ${response.status}, which says nothing about Origin validation` };
    }
    catch (error) {
        return { reason: `the foreign-Origin request failed: ${controller.signal.aborted ? `no answer within ${options.timeoutMs} ms` : error instanceof Error ? error.message : String(error)}` };
    }
    finally {
        clearTimeout(timer);
        controller.abort();
    }
}
/** The session the accepted probe opened (a bridge spawns a process for it), closed as a client ends one. */
async function deleteSession(options, session, signal) {
    const headers = new Headers(options.headers);
    headers.set('mcp-session-id', session);
    if (options.protocolVersion)
        headers.set('mcp-protocol-version', options.protocolVersion);
    const response = await fetch(options.url, { method: 'DELETE', headers, signal }).catch(() => undefined);
    await response?.body?.cancel().catch(() => { });
}

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
        tools = raw.map((t) => ({ name: t.name, inputSchemaHash: (0,contract.schemaHash)(t.inputSchema) })).sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    let resources;
    let prompts;
    const params = (cursor) => (cursor ? { cursor } : undefined);
    if (capabilities.resources)
        resources = (await listAll(async (c) => client.listResources(params(c), req()).then((r) => ({ items: r.resources, nextCursor: r.nextCursor })))).length;
    if (capabilities.prompts)
        prompts = (await listAll(async (c) => client.listPrompts(params(c), req()).then((r) => ({ items: r.prompts, nextCursor: r.nextCursor })))).length;
    if (options.contract)
        problems.push(...(0,contract.checkContract)(options.contract, tools, options.strict));
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
            toolsHash: (0,contract.toolsHash)(tools),
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
        // 403 is the server's verdict on the gate's token only when the gate sent one.
        if ((last?.status === 401 || (last?.status === 403 && options.auth)) && options.target.kind === 'url') {
            const signal = AbortSignal.timeout(Math.ceil(Math.max(1, Math.min(remaining(), 5000))));
            const challenge = (0,registry_challenge/* parseChallenge */.x)(last.wwwAuthenticate)?.params;
            const challengeError = challenge?.error ? `${challenge.error}${challenge.error_description ? `: ${challenge.error_description}` : ''}` : undefined;
            return { type: 'auth', status: last.status, challengeError, auth: await describeAuth(options.target.url, last, options.headers, signal) };
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
    let outcome;
    try {
        outcome = await withDeadline(checkServer(client, kind, options, remaining, connectMs), remaining(), close);
        if (outcome.type === 'report') {
            if (negotiated && !outcome.report.protocolVersion)
                outcome.report.protocolVersion = negotiated;
            const session = sessionRecord(kind, opened);
            if (session)
                outcome.report.session = session;
        }
        return outcome;
    }
    catch (error) {
        // A server that shook hands but then failed a request: a JSON-RPC error is its final answer.
        if (error instanceof types/* McpError */.Nh && ![types/* ErrorCode */.O4.ConnectionClosed, types/* ErrorCode */.O4.RequestTimeout].includes(error.code)) {
            return (outcome = {
                type: 'report',
                report: {
                    status: 'unhealthy',
                    transport: kind,
                    tools: [],
                    problems: [{ level: 'error', code: 'protocol', message: `after the handshake: ${describeFailure(error, opened)}` }],
                    latencyMs: { connect: connectMs },
                },
            });
        }
        return { type: 'retry', reason: describeFailure(error, opened) };
    }
    finally {
        if (opened.transport instanceof streamableHttp/* StreamableHTTPClientTransport */.j && opened.transport.sessionId) {
            await withDeadline(opened.transport.terminateSession().catch(() => { }), Math.min(1000, Math.max(0, remaining())), () => { }).catch(() => { });
        }
        // The reported attempt of a stdio server: its stderr, once the process has exited and said all.
        if (outcome?.type === 'report' && opened.stderrText) {
            await withDeadline(opened.transport.close().catch(() => { }), STDIO_EXIT_MS, () => { }).catch(() => { });
            await new Promise((resolve) => setImmediate(resolve));
            outcome.report.logs = serverLogLines(opened.stderrText());
        }
        close();
    }
}
/** The SDK's stdio close waits up to 2 s for an exit after stdin ends, then 2 s after SIGTERM. */
const STDIO_EXIT_MS = 4500;
/** Whether the server keeps sessions: a Streamable HTTP session id, or the legacy SSE transport (its session lives on the process holding the stream). */
function sessionRecord(kind, opened) {
    if (kind === 'sse')
        return { idSeen: true };
    if (opened.transport instanceof streamableHttp/* StreamableHTTPClientTransport */.j)
        return { idSeen: Boolean(opened.transport.sessionId) };
    return undefined;
}
/** The foreign-Origin request over the transport that passed (HTTP only); logged, not recorded, when it says nothing. */
async function originRecord(options, kind, protocolVersion, remaining, logger) {
    if (options.target.kind !== 'url' || kind === 'stdio')
        return undefined;
    const timeoutMs = Math.round(Math.min(ORIGIN_PROBE_MS, Math.max(1000, remaining())));
    const result = await probeForeignOrigin({ url: options.target.url, transport: kind, headers: options.headers, protocolVersion, timeoutMs });
    if ('reason' in result)
        logger.info(`health: Origin validation not recorded: ${result.reason}`);
    return 'origin' in result ? result.origin : undefined;
}
const ORIGIN_PROBE_MS = 5000;
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
    // The gate adds the token it obtains, so the logs read last are scrubbed of it too.
    const secrets = [...Object.values(options.headers).flatMap((v) => [v, v.replace(/^Bearer\s+/i, '')]), ...authSecrets(options.auth)];
    const report = await gateReport(options, secrets);
    if (!options.serverLogs || report.logs)
        return report;
    try {
        return { ...report, logs: scrub(serverLogLines(await options.serverLogs()), secrets) };
    }
    catch (error) {
        (options.logger ?? util_logger/* silentLogger */.qq).info(`health: the server's logs could not be read: ${scrub((0,errors/* errorMessage */.gJ)(error), secrets)}`);
        return report;
    }
}
async function gateReport(options, secrets) {
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const order = concreteOrder(options);
    const started = external_node_perf_hooks_.performance.now();
    const deadline = started + options.timeoutMs;
    const remaining = () => deadline - external_node_perf_hooks_.performance.now();
    const attempts = [];
    const target = describeTarget(options);
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
    let declared;
    if (options.auth && options.target.kind === 'url') {
        const authorized = await authorize(options, options.auth, options.target.url, { remaining, attempts, started, logger, initialBackoffMs: backoff, maxBackoffMs: MAX_BACKOFF_MS });
        if ('report' in authorized)
            return finish(authorized.report);
        declared = authorized.auth;
        options = { ...options, headers: { ...options.headers, Authorization: `Bearer ${authorized.token}` } };
        secrets.push(authorized.token);
    }
    else if (options.auth) {
        logger.warning('health: auth is declared, but a stdio server has no HTTP door: the authorization checks are skipped');
    }
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
                case 'report': {
                    const origin = await originRecord(options, kind, outcome.report.protocolVersion, remaining, logger);
                    return finish({ ...outcome.report, ...(declared ? { auth: declared } : {}), ...(origin ? { origin } : {}) });
                }
                case 'auth': {
                    if (declared) {
                        const why = outcome.challengeError ? ` (${outcome.challengeError})` : '';
                        return finish({
                            status: 'unhealthy',
                            transport: kind,
                            tools: [],
                            auth: declared,
                            problems: [{ level: 'error', code: 'auth-refused', message: `the server refused the gate's token with HTTP ${outcome.status}${why}: the authorized path does not pass` }],
                        });
                    }
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

/***/ 54394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter),
/* harmony export */   x: () => (/* binding */ parseChallenge)
/* harmony export */ });
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


/***/ })

};

//# sourceMappingURL=4624.index.js.map