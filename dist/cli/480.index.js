export const id = 480;
export const ids = [480];
export const modules = {

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultAllowedHosts: () => (/* binding */ defaultAllowedHosts),
  startBridge: () => (/* binding */ startBridge)
});

// UNUSED EXPORTS: LOOPBACK_HOSTS, jsonLog

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var esm_client = __webpack_require__(63);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js + 1 modules
var stdio = __webpack_require__(2420);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/sse.js
var sse = __webpack_require__(5738);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/streamableHttp.js + 6 modules
var streamableHttp = __webpack_require__(6706);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
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
    closed;
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
        this.child.onmessage = (message) => this.fromChild(message);
        this.child.onerror = (error) => this.log({ level: 'warn', event: 'child-error', session: session_short(this.id), error: error.message.split('\n')[0] });
        this.child.onclose = () => {
            if (!this.closing)
                void this.crashed();
        };
        await this.child.start();
        // The SDK transport drops its process handle before onclose; keep how the child ended.
        this.child._process?.once('exit', (code, signal) => {
            this.exit = signal ? `signal ${signal}` : `code ${code}`;
        });
        this.transport.onmessage = (message) => this.fromClient(message);
        this.transport.onclose = () => void this.close('closed by client');
        this.transport.onerror = () => { };
        await this.transport.start();
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
        if (this.closed)
            return this.closed;
        this.closing = true;
        // Assigned before anything runs: transport.close() calls onclose, which comes back here.
        let done;
        this.closed = new Promise((resolve) => (done = resolve));
        this.onClosed(this, reason);
        void (async () => {
            await this.transport.close().catch(() => { });
            await this.child.close().catch(() => { });
            done();
        })();
        return this.closed;
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
 * limit and idle expiry, /healthz and /readyz, Host/Origin validation against DNS rebinding, drain
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
    const sessions = new Map();
    let starting = 0;
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
    /** DNS-rebinding protection: Host and any Origin must name an allowed host. */
    const forbidden = (req) => {
        if (allowedHosts.size === 0 && allowedOrigins.size === 0)
            return undefined;
        const host = req.headers.host;
        if (!host || !allowedHosts.has(hostnameOf(host)))
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
    const full = () => sessions.size + starting >= options.maxSessions;
    const refuseNewSession = (res) => {
        if (draining)
            return rpcError(res, 503, -32000, 'Service Unavailable: the bridge is shutting down', { 'retry-after': '5', connection: 'close' }), true;
        if (full())
            return rpcError(res, 503, -32000, `Service Unavailable: session limit (${options.maxSessions}) reached`, { 'retry-after': '5' }), true;
        return false;
    };
    // /readyz: an initialize and a tools/list through a fresh child. Success is cached briefly so
    // a probe every few seconds does not start a process each time; concurrent probes share one.
    let readyUntil = 0;
    let readyCheck;
    const checkReady = () => {
        if (Date.now() < readyUntil)
            return Promise.resolve({ ok: true });
        readyCheck ??= (async () => {
            const client = new esm_client/* Client */.K({ name: 'mcp-orchestrator-bridge-readyz', version: '0.1.0' });
            const transport = new stdio/* StdioClientTransport */.oQ({ ...options.command, stderr: 'ignore' });
            try {
                await client.connect(transport, { timeout: 10_000 });
                const caps = client.getServerCapabilities();
                const tools = caps?.tools ? (await client.listTools(undefined, { timeout: 10_000 })).tools.length : 0;
                readyUntil = Date.now() + 5000;
                return { ok: true, tools };
            }
            catch (error) {
                return { ok: false, error: error.message.split('\n')[0] };
            }
            finally {
                await client.close().catch(() => { });
                readyCheck = undefined;
            }
        })();
        return readyCheck;
    };
    /** Starts a new session's child; on failure answers 502 and returns false. `starting` counts it meanwhile. */
    async function startSession(session, res) {
        try {
            await session.start();
            return true;
        }
        catch (error) {
            await session.close('server process failed to start');
            rpcError(res, 502, -32603, `Bad Gateway: the MCP server process failed to start (${error.code ?? 'error'})`);
            return false;
        }
        finally {
            starting--;
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
        if (refuseNewSession(res))
            return;
        starting++;
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
        const session = new BridgeSession('pending', 'streamable-http', transport, options.command, log, onClosed);
        holder.session = session;
        if (await startSession(session, res))
            await transport.handleRequest(req, res, body);
    }
    async function sseOpen(res, note) {
        if (refuseNewSession(res))
            return;
        starting++;
        const transport = new sse/* SSEServerTransport */.K(messagesPath, res);
        const session = new BridgeSession(transport.sessionId, 'sse', transport, options.command, log, onClosed);
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
            return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', sessions: sessions.size, draining }));
        if (url.pathname === '/readyz') {
            if (draining)
                return void res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'draining' }));
            const ready = await checkReady();
            return void res.writeHead(ready.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ready.ok ? 'ready' : 'not ready', ...ready }));
        }
        const bad = forbidden(req);
        if (bad)
            return rpcError(res, 403, -32000, `Forbidden: ${bad} header is not an allowed host (DNS rebinding protection)`);
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
        for (const session of sessions.values()) {
            if (session.open.size === 0 && now - session.lastActive > options.idleTimeoutMs)
                void session.close('idle');
        }
    }, Math.max(250, Math.min(30_000, options.idleTimeoutMs / 2)));
    idleTimer.unref();
    let drained;
    const drain = () => (drained ??= (async () => {
        draining = true;
        const openRequests = () => [...sessions.values()].reduce((n, s) => n + s.open.size, 0);
        log({ event: 'draining', sessions: sessions.size, openRequests: openRequests() });
        const deadline = Date.now() + options.drainTimeoutMs;
        while (openRequests() > 0 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 50));
        const left = openRequests();
        await Promise.all([...sessions.values()].map((s) => s.close('shutdown')));
        clearInterval(idleTimer);
        await new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        });
        log({ event: 'stopped', abandonedRequests: left });
    })());
    log({ event: 'listening', url, transports: { 'streamable-http': options.path, sse: ssePath }, maxSessions: options.maxSessions, allowedHosts: [...allowedHosts] });
    return { url, port, sessions: () => sessions.size, drain };
}


/***/ })

};

//# sourceMappingURL=480.index.js.map