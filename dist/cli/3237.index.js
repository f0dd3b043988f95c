export const id = 3237;
export const ids = [3237];
export const modules = {

/***/ 83237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultAllowedHosts: () => (/* binding */ defaultAllowedHosts),
  startBridge: () => (/* binding */ startBridge)
});

// UNUSED EXPORTS: LOOPBACK_HOSTS, jsonLog

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/sse.js
var sse = __webpack_require__(95738);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/streamableHttp.js + 6 modules
var streamableHttp = __webpack_require__(16706);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/shared/mediaType.js
var mediaType = __webpack_require__(65549);
;// CONCATENATED MODULE: ./src/bridge/admission.ts
/**
 * What the SDK's Streamable HTTP transport would refuse in an initialize, checked before the
 * bridge spawns a process for it: a refused request must not cost a process. Mirrors the checks
 * of WebStandardStreamableHTTPServerTransport.handlePostRequest (same statuses and messages);
 * whatever else the SDK refuses is caught after the fact (the session is closed at once).
 */


function initializeRefusal(headers, body) {
    // Accept is a list: a substring check is what the SDK does too.
    const accept = headers.accept ?? '';
    if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
        return { status: 406, code: -32000, message: 'Not Acceptable: Client must accept both application/json and text/event-stream' };
    }
    if (!(0,mediaType/* isJsonContentType */.q)(headers['content-type'])) {
        return { status: 415, code: -32000, message: 'Unsupported Media Type: Content-Type must be application/json' };
    }
    if (Array.isArray(body) && body.length > 1 && body.some(types/* isInitializeRequest */.eK)) {
        return { status: 400, code: -32600, message: 'Invalid Request: Only one initialization request is allowed' };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var errors = __webpack_require__(5674);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js
var verify = __webpack_require__(54605);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/remote.js
var remote = __webpack_require__(22952);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(36687);
;// CONCATENATED MODULE: ./src/bridge/auth.ts
/**
 * Authorization at the bridge's door: the bridge as an OAuth 2.1 protected resource (the MCP
 * specification's authorization section, RFC 9728 metadata, RFC 6750 challenges). Either a static
 * bearer token (service to service) or JWT access tokens from one issuer, verified locally against
 * the issuer's JWKS with `jose`. Checked before a request can start a server process; tokens never
 * appear in a log line, an error or a child's environment.
 */




const METADATA_PATH = '/.well-known/oauth-protected-resource';
/** Clock skew tolerated on `exp` and `nbf`. */
const CLOCK_SKEW_SECONDS = 30;
/** Asymmetric algorithms only: `none` and HMAC (a key the issuer shares) are refused. */
const OAUTH_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
/** The Authorization header's bearer token (RFC 6750 §2.1; the header is the only method offered). */
function bearerTokenOf(req) {
    const header = req.headers.authorization;
    // Another scheme (Basic, …) carries no bearer token: the challenge then names no error (RFC 6750 §3.1).
    if (!header || !/^Bearer(\s|$)/i.test(header))
        return undefined;
    const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i.exec(header);
    return match ? match[1] : '';
}
/** Constant-time: both sides hashed first, so neither content nor length leaks through timing. */
function sameToken(given, expected) {
    const digest = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest();
    return (0,external_node_crypto_.timingSafeEqual)(digest(given), digest(expected));
}
/** Scopes a token grants: OAuth's space-separated `scope`, or the `scp` array some issuers use. */
function scopesOf(payload) {
    const { scope, scp } = payload;
    if (typeof scope === 'string')
        return new Set(scope.split(' ').filter(Boolean));
    if (Array.isArray(scp))
        return new Set(scp.filter((s) => typeof s === 'string'));
    if (typeof scp === 'string')
        return new Set(scp.split(' ').filter(Boolean));
    return new Set();
}
/** Where an issuer's metadata may be (RFC 8414 §3.1, then OpenID Connect Discovery's two forms). */
function issuerMetadataUrls(issuer) {
    const url = new URL(issuer);
    const path = url.pathname.replace(/\/$/, '');
    const urls = [`${url.origin}/.well-known/oauth-authorization-server${path}`, `${url.origin}${path}/.well-known/openid-configuration`];
    if (path)
        urls.push(`${url.origin}/.well-known/openid-configuration${path}`);
    return urls;
}
async function discoverJwksUri(issuer, timeoutMs) {
    const tried = [];
    for (const url of issuerMetadataUrls(issuer)) {
        try {
            const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
            if (!response.ok) {
                tried.push(`${url}: HTTP ${response.status}`);
                continue;
            }
            const metadata = (await response.json());
            // RFC 8414 §3.3: metadata naming another issuer must not be used.
            if (metadata.issuer !== issuer)
                throw new Error(`${url} names issuer ${JSON.stringify(metadata.issuer)}, not ${issuer}`);
            if (typeof metadata.jwks_uri !== 'string')
                throw new Error(`${url} has no jwks_uri`);
            return metadata.jwks_uri;
        }
        catch (error) {
            tried.push(`${url}: ${error.message}`);
        }
    }
    throw new Error(`no usable authorization server metadata for ${issuer} (${tried.join('; ')})`);
}
/** Why a token was refused, in words safe to log and to return (never the token). */
function refusalReason(error) {
    if (error instanceof errors.JWTExpired)
        return 'the token has expired';
    if (error instanceof errors.JWTClaimValidationFailed)
        return `the token's "${error.claim}" claim is not acceptable`;
    if (error instanceof errors.JOSEAlgNotAllowed)
        return "the token's algorithm is not allowed";
    if (error instanceof errors.JWKSNoMatchingKey)
        return "no key of the issuer matches the token's key id";
    if (error instanceof errors.JWSSignatureVerificationFailed)
        return "the token's signature does not verify";
    if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid || error instanceof errors.JOSENotSupported)
        return 'the token is not a valid JWT';
    if (error instanceof errors.JWKSMultipleMatchingKeys)
        return "several keys of the issuer match the token's key id";
    return undefined;
}
/** How many verified tokens are remembered (the oldest goes first). */
const VERIFIED_TOKENS = 1024;
/** The key set a getter currently holds (jose's remote set and fileKeySet expose it); a new object after each fetch. */
const keySetOf = (getKey) => getKey.jwks?.();
const quoted = (s) => `"${s.replace(/["\\]/g, '')}"`;
class BridgeAuthenticator {
    auth;
    keys;
    verified = new Map();
    constructor(auth) {
        this.auth = auth;
    }
    get mode() {
        return this.auth.mode;
    }
    /** The metadata document's URL: at the resource's origin when the audience is a URL (right behind a proxy), else the request's. */
    metadataUrl(req) {
        return `${this.origin(req)}${METADATA_PATH}`;
    }
    /** The RFC 9728 protected-resource metadata document. */
    metadata(req, mcpPath) {
        if (this.auth.mode === 'bearer')
            return { resource: `${this.origin(req)}${mcpPath}`, bearer_methods_supported: ['header'] };
        return {
            resource: this.auth.audience,
            authorization_servers: [this.auth.issuer],
            ...(this.auth.scopes.length ? { scopes_supported: this.auth.scopes } : {}),
            bearer_methods_supported: ['header'],
        };
    }
    async check(req) {
        const token = bearerTokenOf(req);
        const metadata = `resource_metadata=${quoted(this.metadataUrl(req))}`;
        const unauthorized = (reason) => ({
            ok: false,
            status: 401,
            headers: { 'www-authenticate': token === undefined ? `Bearer ${metadata}` : `Bearer error="invalid_token", error_description=${quoted(reason)}, ${metadata}` },
            message: `Unauthorized: ${reason}`,
            reason,
        });
        if (token === undefined)
            return unauthorized('no bearer token');
        if (token === '')
            return unauthorized('the Authorization header is not a bearer token');
        if (this.auth.mode === 'bearer')
            return sameToken(token, this.auth.token) ? { ok: true } : unauthorized('the bearer token is not the one configured');
        const auth = this.auth;
        let granted;
        try {
            granted = await this.verifiedScopes(token);
        }
        catch (error) {
            const reason = refusalReason(error);
            if (reason)
                return unauthorized(reason);
            // The issuer's keys could not be had: the bridge's problem, not the client's.
            return { ok: false, status: 503, headers: { 'retry-after': '5' }, message: 'Service Unavailable: the authorization server\'s keys could not be fetched', reason: `JWKS unavailable: ${error.message.split('\n')[0]}` };
        }
        const missing = auth.scopes.filter((s) => !granted.has(s));
        if (missing.length) {
            const reason = `the token lacks scope ${missing.join(' ')}`;
            return {
                ok: false,
                status: 403,
                headers: { 'www-authenticate': `Bearer error="insufficient_scope", scope=${quoted(auth.scopes.join(' '))}, ${metadata}` },
                message: `Forbidden: ${reason}`,
                reason,
            };
        }
        return { ok: true };
    }
    /**
     * The scopes of a token whose signature and claims verify. A session sends its token with every
     * request: a verified token is remembered (by its hash) until it expires, as long as the key set
     * it was verified against is the current one, so each request does not pay for an RSA or EC
     * verification again (bench/bridge-auth.mjs). A refetched key set forgets every token.
     */
    async verifiedScopes(token) {
        if (this.auth.mode !== 'oauth')
            throw new Error('no JWT in bearer mode');
        const getKey = await this.jwks();
        const id = (0,external_node_crypto_.createHash)('sha256').update(token, 'utf8').digest('base64');
        const now = Date.now() / 1000;
        const known = this.verified.get(id);
        if (known && known.keySet === keySetOf(getKey) && now <= known.expiresAt + CLOCK_SKEW_SECONDS)
            return known.scopes;
        if (known)
            this.verified.delete(id);
        const { payload } = await (0,verify/* jwtVerify */.V)(token, getKey, {
            issuer: this.auth.issuer,
            audience: this.auth.audience,
            algorithms: OAUTH_ALGORITHMS,
            clockTolerance: CLOCK_SKEW_SECONDS,
            requiredClaims: ['exp'],
        });
        const scopes = scopesOf(payload);
        const keySet = keySetOf(getKey);
        if (keySet !== undefined) {
            if (this.verified.size >= VERIFIED_TOKENS)
                this.verified.delete(this.verified.keys().next().value);
            this.verified.set(id, { expiresAt: payload.exp, scopes, keySet });
        }
        return scopes;
    }
    origin(req) {
        if (this.auth.mode === 'oauth' && URL.canParse(this.auth.audience))
            return new URL(this.auth.audience).origin;
        const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
        return `${proto}://${req.headers.host ?? 'localhost'}`;
    }
    /** The issuer's key set: discovered once (retried after a failure), cached and refreshed on an unknown `kid` by jose. */
    jwks() {
        if (this.auth.mode !== 'oauth')
            throw new Error('no JWKS in bearer mode');
        const { issuer, jwksUri, jwksCooldownMs, fetchTimeoutMs = 5000 } = this.auth;
        if (!this.keys) {
            const keys = (async () => {
                const uri = jwksUri ?? (await discoverJwksUri(issuer, fetchTimeoutMs));
                if (uri.startsWith('file:'))
                    return fileKeySet((0,external_node_url_.fileURLToPath)(uri), jwksCooldownMs ?? 30_000);
                return (0,remote/* createRemoteJWKSet */.RD)(new URL(uri), { timeoutDuration: fetchTimeoutMs, ...(jwksCooldownMs !== undefined ? { cooldownDuration: jwksCooldownMs } : {}) });
            })();
            keys.catch(() => {
                if (this.keys === keys)
                    this.keys = undefined;
            });
            this.keys = keys;
        }
        return this.keys;
    }
}
/**
 * A key set read from a file (a ConfigMap the pod mounts, for clusters whose pods cannot reach the
 * issuer): read on first use and again on an unknown `kid` (at most once per cooldown), as jose
 * refetches a remote set, so a rotation is picked up once the kubelet has updated the mount.
 */
function fileKeySet(path, cooldownMs) {
    let current;
    const load = () => {
        const keys = (0,external_node_fs_promises_.readFile)(path, 'utf8').then((text) => (0,local/* createLocalJWKSet */.w)(JSON.parse(text)));
        current = { at: Date.now(), keys };
        // A failed read is not kept: the next request reads again.
        keys.catch(() => {
            if (current?.keys === keys)
                current = undefined;
        });
        return keys;
    };
    const getKey = async (header, token) => {
        const keys = await (current?.keys ?? load());
        try {
            return await keys(header, token);
        }
        catch (error) {
            if (!(error instanceof errors.JWKSNoMatchingKey) || Date.now() - (current?.at ?? 0) < cooldownMs)
                throw error;
            return (await load())(header, token);
        }
    };
    // As jose's remote set does: the set now held, a new object after each read.
    return Object.assign(getKey, { jwks: () => current?.keys });
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var esm_client = __webpack_require__(30063);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js + 1 modules
var stdio = __webpack_require__(12420);
;// CONCATENATED MODULE: ./src/bridge/readiness.ts
/**
 * /readyz: an initialize and a tools/list through a fresh server process. Success is cached
 * briefly so a probe every few seconds does not start a process each time; concurrent probes
 * share one. The probe's process is the bridge's too: drain stops it like a session's.
 */


class ReadinessProbe {
    command;
    readyUntil = 0;
    running;
    probe;
    constructor(command) {
        this.command = command;
    }
    check() {
        if (Date.now() < this.readyUntil)
            return Promise.resolve({ ok: true });
        this.running ??= this.run().finally(() => (this.running = undefined));
        return this.running;
    }
    async run() {
        const client = new esm_client/* Client */.K({ name: 'mcp-orchestrator-bridge-readyz', version: '0.1.0' });
        const transport = new stdio/* StdioClientTransport */.oQ({ ...this.command, stderr: 'ignore' });
        const probe = { client, transport, exited: false, pid: null };
        // Set before connect: the client chains its own handler after this one.
        transport.onclose = () => void (probe.exited = true);
        this.probe = probe;
        try {
            await client.connect(transport, { timeout: 10_000 });
            const caps = client.getServerCapabilities();
            const tools = caps?.tools ? (await client.listTools(undefined, { timeout: 10_000 })).tools.length : 0;
            this.readyUntil = Date.now() + 5000;
            return { ok: true, tools };
        }
        catch (error) {
            return { ok: false, error: error.message.split('\n')[0] };
        }
        finally {
            await this.close(probe);
            if (this.probe === probe)
                this.probe = undefined;
        }
    }
    async close(probe) {
        // The transport forgets its pid as soon as close() starts; keep it for kill().
        probe.pid ??= probe.transport.pid;
        await probe.client.close().catch(() => { });
    }
    /** Stops the running probe's process, if any (drain). */
    async stop() {
        if (this.probe)
            await this.close(this.probe);
    }
    /** The last resort after stop() had its grace. */
    kill() {
        const probe = this.probe;
        const pid = probe?.pid ?? probe?.transport.pid;
        if (!probe || probe.exited || !pid)
            return false;
        try {
            return process.kill(pid, 'SIGKILL');
        }
        catch {
            return false; // already gone
        }
    }
}

;// CONCATENATED MODULE: ./src/bridge/session.ts
/**
 * One bridge session: an HTTP-side SDK server transport (Streamable HTTP or legacy SSE) piped to
 * its own stdio server child through the SDK's stdio client transport. Messages pass through
 * unchanged (one child per session, so ids never collide); what the bridge adds is routing of
 * the child's notifications and requests to the HTTP stream of the request they belong to, the
 * accounting of open requests (for drain), and a clean answer when the child dies.
 */

const isRequest = (m) => 'method' in m && 'id' in m && m.id !== undefined;
const isResponse = (m) => !('method' in m) && 'id' in m;
function progressTokenOf(message) {
    const params = message.params;
    return params?._meta?.progressToken ?? params?.progressToken;
}
class BridgeSession {
    id;
    kind;
    transport;
    log;
    onClosed;
    child;
    /** Client requests the child has not answered yet, with their progress tokens. */
    open = new Map();
    lastActive = Date.now();
    closing = false;
    exit = 'unknown';
    markStopped;
    /** Settles when close() has finished: the transport is closed and the child is gone (or was SIGKILLed). */
    stopped = new Promise((resolve) => (this.markStopped = resolve));
    process;
    constructor(id, kind, transport, command, log, onClosed) {
        this.id = id;
        this.kind = kind;
        this.transport = transport;
        this.log = log;
        this.onClosed = onClosed;
        this.child = new stdio/* StdioClientTransport */.oQ({ command: command.command, args: command.args, env: command.env, cwd: command.cwd, stderr: 'inherit' });
    }
    /** Starts the child, then wires both transports; throws when the child cannot start. */
    async start() {
        if (this.closing)
            throw Object.assign(new Error('the session was closed before its server process started'), { code: 'ECANCELED' });
        this.child.onmessage = (message) => this.fromChild(message);
        this.child.onerror = (error) => this.log({ level: 'warn', event: 'child-error', session: session_short(this.id), error: error.message.split('\n')[0] });
        this.child.onclose = () => {
            if (!this.closing)
                void this.crashed();
        };
        const started = this.child.start();
        // The SDK transport spawns synchronously, drops its process handle as soon as close() starts
        // and exposes no other: keep it, to tell how the child ended and to kill one that outlives
        // the drain. (The crash test pins this: it expects the exit code in the log.)
        this.process = this.child._process;
        this.process?.once('exit', (code, signal) => {
            this.exit = signal ? `signal ${signal}` : `code ${code}`;
        });
        await started;
        // Closed while the child was starting (request aborted, drain): stop it, wire nothing more.
        if (this.closing)
            return void (await this.child.close().catch(() => { }));
        this.transport.onmessage = (message) => this.fromClient(message);
        this.transport.onclose = () => void this.close('closed by client');
        this.transport.onerror = () => { };
        await this.transport.start();
    }
    /** True once close() has started: the session must not be registered or served any more. */
    get isClosing() {
        return this.closing;
    }
    /** The last resort after close() had its grace: SIGKILLs the child if it is still running. */
    kill() {
        if (!this.process || this.process.exitCode !== null || this.process.signalCode !== null)
            return false;
        return this.process.kill('SIGKILL');
    }
    touch() {
        this.lastActive = Date.now();
    }
    fromClient(message) {
        this.touch();
        if (isRequest(message))
            this.open.set(message.id, { progressToken: progressTokenOf(message), since: Date.now() });
        this.child.send(message).catch((error) => {
            if (isRequest(message))
                this.answerError(message.id, `the MCP server process did not accept the request: ${error.message}`);
        });
    }
    fromChild(message) {
        this.touch();
        if (isResponse(message)) {
            this.open.delete(message.id);
            this.transport.send(message).catch(() => { });
            return;
        }
        // A notification or a server-to-client request: send it on the stream of the request it
        // belongs to (by progress token, else the newest open request), as a native server would.
        const related = this.relatedRequest(message);
        const plain = () => this.transport.send(message).catch(() => { });
        if (related === undefined || this.kind === 'sse')
            void plain();
        else
            this.transport.send(message, { relatedRequestId: related }).catch(plain);
    }
    relatedRequest(message) {
        const token = progressTokenOf(message);
        let newest;
        let newestSince = -1;
        for (const [id, info] of this.open) {
            if (token !== undefined && info.progressToken === token)
                return id;
            if (info.since >= newestSince) {
                newest = id;
                newestSince = info.since;
            }
        }
        return newest;
    }
    answerError(id, text) {
        this.open.delete(id);
        this.transport.send({ jsonrpc: '2.0', id, error: { code: -32603, message: text } }).catch(() => { });
    }
    /** The child died under its session: every open request gets an error, then the session ends. */
    async crashed() {
        await new Promise((resolve) => setImmediate(resolve));
        const how = this.exit;
        this.log({ level: 'error', event: 'child-exit', session: session_short(this.id), exit: how, openRequests: this.open.size });
        for (const id of [...this.open.keys()])
            this.answerError(id, `the MCP server process exited (${how}); start a new session`);
        await this.close('server process exited');
    }
    close(reason) {
        if (this.closing)
            return this.stopped;
        // Set before anything runs: transport.close() calls onclose, which comes back here.
        this.closing = true;
        this.onClosed(this, reason);
        void (async () => {
            await this.transport.close().catch(() => { });
            await this.child.close().catch(() => { });
            this.markStopped();
        })();
        return this.stopped;
    }
}
/** The first 8 characters of a session id: enough to follow one in logs, not enough to hijack it. */
function session_short(id) {
    return id.slice(0, 8);
}

;// CONCATENATED MODULE: ./src/bridge/bridge.ts
/**
 * The stdio-to-HTTP bridge: serves a stdio MCP server over Streamable HTTP (`/mcp`) and legacy
 * HTTP+SSE (`/sse` + `/messages`), one child process per session, with the SDK's own server
 * transports doing the protocol's HTTP framing. Adds what production needs around them: a session
 * limit and idle expiry, /healthz and /readyz, Host/Origin validation against DNS rebinding,
 * optional bearer or OAuth (JWT) authorization checked before any process starts (./auth.ts), drain
 * on SIGTERM, and one JSON log line per request (never payloads, never secrets).
 */











const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]', '::1'];
/** Loopback binds accept only loopback names (what the conformance suite's DNS-rebinding scenario checks). */
function defaultAllowedHosts(host) {
    return LOOPBACK_HOSTS.includes(host) ? LOOPBACK_HOSTS : [];
}
function jsonLog(event) {
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...event })}\n`);
}
function hostnameOf(hostHeader) {
    if (hostHeader.startsWith('['))
        return hostHeader.slice(0, hostHeader.indexOf(']') + 1).toLowerCase();
    return hostHeader.split(':')[0].toLowerCase();
}
function rpcError(res, status, code, message, headers = {}) {
    if (res.headersSent)
        return void res.end();
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}
class BodyTooLarge extends Error {
}
async function readJson(req, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            throw new BodyTooLarge();
        chunks.push(chunk);
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
function rpcMethods(body) {
    const list = Array.isArray(body) ? body : [body];
    const methods = list.map((m) => (m && typeof m === 'object' && typeof m.method === 'string' ? m.method : undefined)).filter(Boolean);
    return methods.length ? methods.join(',') : undefined;
}
async function startBridge(options) {
    const log = options.log ?? jsonLog;
    const limit = options.maxBodyBytes ?? 4 * 1024 * 1024;
    /** Established sessions, by id: what requests can reach. */
    const sessions = new Map();
    /** Every session with a process, from before its spawn until that process is gone, established
     * or not: what the session limit counts and the idle sweep and drain reach. */
    const children = new Set();
    let draining = false;
    const allowedHosts = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
    const allowedOrigins = new Set(options.allowedOrigins.map((o) => o.toLowerCase().replace(/\/$/, '')));
    const ssePath = '/sse';
    const messagesPath = '/messages';
    const onClosed = (session, reason) => {
        if (sessions.get(session.id) === session)
            sessions.delete(session.id);
        log({ event: 'session-closed', session: session_short(session.id), transport: session.kind, reason });
    };
    /**
     * DNS-rebinding protection: Host must name an allowed host (when there is a list: a bridge bound
     * to all addresses in a pod cannot know the names it is reached by), and any Origin must name an
     * allowed host or origin, always. Without a list no Origin is allowed: a rebound page sends its
     * own site as Origin and the rebound name as Host, so "Origin equals Host" would let it through.
     * MCP clients that are not browsers send no Origin.
     */
    const forbidden = (req) => {
        const host = req.headers.host;
        if (allowedHosts.size > 0 && (!host || !allowedHosts.has(hostnameOf(host))))
            return 'Host';
        const origin = req.headers.origin;
        if (origin) {
            let originHost;
            try {
                originHost = new URL(origin).host;
            }
            catch {
                return 'Origin';
            }
            if (!allowedHosts.has(hostnameOf(originHost)) && !allowedOrigins.has(origin.toLowerCase().replace(/\/$/, '')))
                return 'Origin';
        }
        return undefined;
    };
    const full = () => children.size >= options.maxSessions;
    const refuseNewSession = (res) => {
        if (draining)
            return rpcError(res, 503, -32000, 'Service Unavailable: the bridge is shutting down', { 'retry-after': '5', connection: 'close' }), true;
        if (full())
            return rpcError(res, 503, -32000, `Service Unavailable: session limit (${options.maxSessions}) reached`, { 'retry-after': '5' }), true;
        return false;
    };
    const authenticator = options.auth && new BridgeAuthenticator(options.auth);
    // A static token must not reach the server processes, whatever name it came under.
    const secret = options.auth?.mode === 'bearer' ? options.auth.token : undefined;
    const childEnv = options.command.env && secret ? Object.fromEntries(Object.entries(options.command.env).filter(([, value]) => !value.includes(secret))) : options.command.env;
    const command = { ...options.command, env: childEnv };
    const readiness = new ReadinessProbe(command);
    /** Starts a new session's child, tracked from before the spawn; on failure answers 502 and returns false. */
    async function startSession(session, res) {
        children.add(session);
        void session.stopped.then(() => children.delete(session));
        try {
            await session.start();
            return !session.isClosing;
        }
        catch (error) {
            const closedEarly = session.isClosing;
            await session.close('server process failed to start');
            if (!closedEarly)
                rpcError(res, 502, -32603, `Bad Gateway: the MCP server process failed to start (${error.code ?? 'error'})`);
            return false;
        }
    }
    async function streamable(req, res, body, note) {
        const sid = req.headers['mcp-session-id'];
        if (typeof sid === 'string') {
            const session = sessions.get(sid);
            note.session = session_short(sid);
            if (!session || session.kind !== 'streamable-http')
                return rpcError(res, 404, -32001, 'Session not found: start a new one with initialize');
            session.touch();
            return session.transport.handleRequest(req, res, body);
        }
        const initializing = req.method === 'POST' && (Array.isArray(body) ? body.some(types/* isInitializeRequest */.eK) : (0,types/* isInitializeRequest */.eK)(body));
        if (!initializing)
            return rpcError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header is required (or send initialize to start a session)');
        const refusal = initializeRefusal(req.headers, body);
        if (refusal)
            return rpcError(res, refusal.status, refusal.code, refusal.message);
        if (refuseNewSession(res))
            return;
        const holder = {};
        const transport = new streamableHttp/* StreamableHTTPServerTransport */.D({
            sessionIdGenerator: () => (0,external_node_crypto_.randomUUID)(),
            onsessioninitialized: (id) => {
                const session = holder.session;
                if (!session)
                    return;
                session.id = id;
                sessions.set(id, session);
                note.session = session_short(id);
                log({ event: 'session-opened', session: session_short(id), transport: 'streamable-http', sessions: sessions.size });
            },
        });
        const session = new BridgeSession('pending', 'streamable-http', transport, command, log, onClosed);
        holder.session = session;
        // A session lives on only if the SDK accepted its initialize and the answer reached the
        // client: a rejected, failed or dropped initialize stops its process at once.
        const established = () => sessions.get(session.id) === session;
        res.once('close', () => {
            if (!res.writableFinished || !established())
                void session.close('initialize not completed');
        });
        try {
            if (await startSession(session, res))
                await transport.handleRequest(req, res, body);
        }
        finally {
            if (!established())
                void session.close('initialize rejected');
        }
    }
    async function sseOpen(res, note) {
        if (refuseNewSession(res))
            return;
        const transport = new sse/* SSEServerTransport */.K(messagesPath, res);
        const session = new BridgeSession(transport.sessionId, 'sse', transport, command, log, onClosed);
        // The SDK transport watches the stream only once started: a client gone before that counts too.
        res.once('close', () => void session.close('closed by client'));
        if (!(await startSession(session, res)))
            return;
        sessions.set(session.id, session);
        note.session = session_short(session.id);
        log({ event: 'session-opened', session: session_short(session.id), transport: 'sse', sessions: sessions.size });
    }
    async function handle(req, res) {
        const t0 = external_node_perf_hooks_.performance.now();
        const url = new URL(req.url ?? '/', 'http://bridge.invalid');
        const note = {};
        res.once('close', () => {
            log({ event: 'request', method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(external_node_perf_hooks_.performance.now() - t0), ...note });
        });
        if (url.pathname === '/healthz')
            return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', sessions: sessions.size, processes: children.size, draining }));
        if (url.pathname === '/readyz') {
            if (draining)
                return void res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'draining' }));
            const ready = await readiness.check();
            return void res.writeHead(ready.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ready.ok ? 'ready' : 'not ready', ...ready }));
        }
        const bad = forbidden(req);
        if (bad)
            return rpcError(res, 403, -32000, `Forbidden: ${bad} header is not an allowed host (DNS rebinding protection)`);
        if (authenticator) {
            if (req.method === 'GET' && (url.pathname === METADATA_PATH || url.pathname === `${METADATA_PATH}${options.path}`)) {
                return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=300' }).end(JSON.stringify(authenticator.metadata(req, options.path)));
            }
            // Before the body is read and before anything can spawn a process.
            const verdict = await authenticator.check(req);
            if (!verdict.ok) {
                note.auth = verdict.reason;
                return rpcError(res, verdict.status, -32001, verdict.message, verdict.headers);
            }
        }
        let body;
        if (req.method === 'POST' && (url.pathname === options.path || url.pathname === messagesPath)) {
            try {
                body = await readJson(req, limit);
            }
            catch (error) {
                if (error instanceof BodyTooLarge)
                    return rpcError(res, 413, -32600, `Payload Too Large: more than ${limit} bytes`);
                return rpcError(res, 400, -32700, 'Parse error: the body is not JSON');
            }
            const rpc = rpcMethods(body);
            if (rpc)
                note.rpc = rpc;
        }
        if (url.pathname === options.path)
            return streamable(req, res, body, note);
        if (url.pathname === ssePath && req.method === 'GET')
            return sseOpen(res, note);
        if (url.pathname === messagesPath && req.method === 'POST') {
            const sid = url.searchParams.get('sessionId') ?? '';
            const session = sessions.get(sid);
            note.session = session_short(sid);
            if (!session || session.kind !== 'sse')
                return rpcError(res, 404, -32001, 'Session not found');
            session.touch();
            return session.transport.handlePostMessage(req, res, body);
        }
        rpcError(res, 404, -32601, `Not Found: MCP is served at ${options.path} (Streamable HTTP) and ${ssePath} (SSE)`);
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((error) => {
            log({ level: 'error', event: 'handler-error', error: error.message.split('\n')[0] });
            rpcError(res, 500, -32603, 'Internal error in the bridge');
        });
    });
    server.keepAliveTimeout = 5000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
    });
    const { port } = server.address();
    const displayHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    const url = `http://${displayHost === '0.0.0.0' ? '127.0.0.1' : displayHost}:${port}${options.path}`;
    const idleTimer = setInterval(() => {
        const now = Date.now();
        for (const session of children) {
            if (session.open.size === 0 && now - session.lastActive > options.idleTimeoutMs)
                void session.close('idle');
        }
    }, Math.max(250, Math.min(30_000, options.idleTimeoutMs / 2)));
    idleTimer.unref();
    /** Closes every process the bridge holds, sessions' and the probe's, the SDK's way (stdin EOF,
     * then SIGTERM) for `graceMs`, then SIGKILLs what is left. Returns how many were killed. */
    async function stopChildren(graceMs) {
        const stopping = [...children];
        const stopped = Promise.all([...stopping.map((s) => s.close('shutdown')), readiness.stop()]).then(() => true);
        let timer;
        const inTime = await Promise.race([stopped, new Promise((resolve) => (timer = setTimeout(() => resolve(false), graceMs)))]);
        clearTimeout(timer);
        if (inTime)
            return 0;
        return [...stopping.map((s) => s.kill()), readiness.kill()].filter(Boolean).length;
    }
    let drained;
    const drain = () => (drained ??= (async () => {
        draining = true;
        const openRequests = () => [...children].reduce((n, s) => n + s.open.size, 0);
        log({ event: 'draining', sessions: sessions.size, openRequests: openRequests() });
        const deadline = Date.now() + options.drainTimeoutMs;
        while (openRequests() > 0 && Date.now() < deadline)
            await (0,promises_.setTimeout)(50);
        const left = openRequests();
        // Children get what is left of the drain timeout (at least a second) to stop by themselves.
        const killed = await stopChildren(Math.max(deadline - Date.now(), Math.min(1000, options.drainTimeoutMs)));
        if (killed > 0)
            log({ level: 'warn', event: 'children-killed', count: killed });
        clearInterval(idleTimer);
        // Idle keep-alive sockets and open SSE streams would keep the process alive: cut them all.
        await new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        });
        log({ event: 'stopped', abandonedRequests: left });
    })());
    log({ event: 'listening', url, transports: { 'streamable-http': options.path, sse: ssePath }, maxSessions: options.maxSessions, allowedHosts: [...allowedHosts], auth: options.auth?.mode ?? 'none' });
    return { url, port, sessions: () => sessions.size, drain };
}


/***/ })

};

//# sourceMappingURL=3237.index.js.map