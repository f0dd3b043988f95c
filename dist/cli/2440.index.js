export const id = 2440;
export const ids = [2440,7534,5153];
export const modules = {

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


/***/ }),

/***/ 32440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony export readBody */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96618);
/* harmony import */ var _challenge_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54394);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3653);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79310);
/**
 * A client for the OCI distribution API over node:http/https, streaming bodies: manifests, blobs,
 * and the auth dance (anonymous, Basic, Bearer token challenge as docker's token spec has it: an
 * expired token is fetched anew on its 401, once per request). Retries 429 (honouring
 * Retry-After), 5xx and dropped connections with exponential backoff. Follows at most 10
 * redirects, never from https to plain http. Plain HTTP only for loopback registries and those
 * named insecure. Credentials go only to the registry they are for and the token service its
 * challenge names; a redirect elsewhere carries none.
 */









class RegistryError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OrchestratorError */ .jD {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);
const SOCKET_TIMEOUT_MS = 60_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As Go's net/http (docker's client) and browsers. */
const MAX_REDIRECTS = 10;
/** The token spec's default and floor for `expires_in`, in seconds. */
const MIN_TOKEN_SECONDS = 60;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class RegistryClient {
    registry;
    options;
    logger;
    baseUrl;
    agent;
    /** The CAs trusted for TLS, for the token service and redirects too. */
    ca;
    /** Loopback and insecure registries: HTTPS first, plain HTTP when the port does not speak TLS (as docker does). */
    mayFallBack;
    probe;
    tokens = new Map();
    /** Token requests in flight, per scope: requests refused together share one new token. */
    fetching = new Map();
    credential = null;
    basic = false;
    constructor(registry, options = {}, logger = _util_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq) {
        this.registry = registry;
        this.options = options;
        this.logger = logger;
        this.mayFallBack = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .isLoopbackRegistry */ .jW)(registry) || (options.insecureRegistries ?? []).includes(registry);
        this.baseUrl = `https://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .registryHost */ .U$)(registry)}`;
        this.ca = options.caCertificates?.length ? [...node_tls__WEBPACK_IMPORTED_MODULE_3__.rootCertificates, ...options.caCertificates] : undefined;
        this.agent = new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent({ keepAlive: true, ca: this.ca });
    }
    /** For a registry that may be plain HTTP, finds out once whether it speaks TLS. */
    chooseScheme() {
        // One probe, shared by concurrent requests (parallel blob uploads) until it settles.
        if (!this.mayFallBack)
            return Promise.resolve();
        this.probe ??= this.probeScheme();
        return this.probe;
    }
    async probeScheme() {
        try {
            const response = await this.send(new URL('/v2/', this.baseUrl), { method: 'GET', headers: {} });
            response.resume();
        }
        catch (error) {
            const e = error;
            if (e.code === 'ECONNREFUSED')
                return;
            if (e.code === 'EPROTO' || /wrong version number|ssl|tls|ECONNRESET|socket hang up/i.test(`${e.code} ${e.message}`)) {
                this.agent.destroy();
                this.baseUrl = `http://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .registryHost */ .U$)(this.registry)}`;
                this.agent = new node_http__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true });
                this.logger.debug(`${this.registry}: no TLS on this port; using plain HTTP (loopback or insecure registry)`);
            }
        }
    }
    close() {
        this.agent.destroy();
    }
    async getCredential() {
        if (this.credential === null)
            this.credential = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .findCredential */ .L4)(this.registry, this.options);
        return this.credential;
    }
    basicHeader(c) {
        return `Basic ${Buffer.from(`${c.username ?? ''}:${c.password ?? ''}`).toString('base64')}`;
    }
    async authorization(scope) {
        const token = this.tokens.get(scope);
        if (token && token.expiresAt > Date.now())
            return `Bearer ${token.value}`;
        if (this.basic) {
            const c = await this.getCredential();
            if (c)
                return this.basicHeader(c);
        }
        return undefined;
    }
    /** Answers a 401 challenge; returns false when there is nothing more to try. */
    async authenticate(header, scope) {
        const challenge = (0,_challenge_js__WEBPACK_IMPORTED_MODULE_8__/* .parseChallenge */ .x)(header);
        if (challenge?.scheme === 'basic') {
            if (this.basic || !(await this.getCredential()))
                return false;
            this.basic = true;
            return true;
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            return false;
        let pending = this.fetching.get(scope);
        if (!pending) {
            pending = this.fetchToken(challenge.params.realm, challenge.params.service, scope).finally(() => this.fetching.delete(scope));
            this.fetching.set(scope, pending);
        }
        await pending;
        return true;
    }
    /** Plain HTTP is for loopback hosts and those named insecure only. */
    mayUsePlainHttp(host) {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .isLoopbackRegistry */ .jW)(host) || (this.options.insecureRegistries ?? []).includes(host);
    }
    /**
     * A token from the realm this registry's challenge named, as docker's token spec says: an
     * identity (refresh) token in a POST form body, a username and password as Basic on a GET.
     */
    async fetchToken(realm, service, scope) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError(`${this.registry}: the challenge names a token service that is not a URL: "${realm}"`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new RegistryError(`${this.registry}: the challenge names a token service that is not http(s): ${url.origin}`);
        const credential = await this.getCredential();
        if (credential && url.protocol === 'http:' && !this.mayUsePlainHttp(url.host)) {
            throw new RegistryError(`${this.registry}: refusing to send the credential from ${credential.source} to the plain-http token service ${url.origin}${url.pathname}`);
        }
        let response;
        if (credential?.identityToken) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'mcp-orchestrator', ...(service ? { service } : {}), scope });
            const body = Buffer.from(form.toString());
            response = await this.send(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) }, body });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            response = await this.send(url, { method: 'GET', headers: credential ? { authorization: this.basicHeader(credential) } : {} });
        }
        const body = await readBody(response, 1024 * 1024);
        const where = `${url.origin}${url.pathname}`;
        if (response.statusCode !== 200) {
            throw new RegistryError(`${this.registry}: the token service ${where} refused ${credential ? `the credential from ${credential.source}` : 'anonymous access'} (HTTP ${response.statusCode})`, response.statusCode);
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`${this.registry}: the token service ${where} answered with something that is not JSON`);
        }
        const value = parsed.token ?? parsed.access_token;
        if (!value)
            throw new RegistryError(`${this.registry}: the token service ${where} answered without a token`);
        const seconds = Math.max(MIN_TOKEN_SECONDS, Number(parsed.expires_in) || 0);
        this.tokens.set(scope, { value, expiresAt: Date.now() + seconds * 1000 });
    }
    send(url, init) {
        const transport = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__ : node_http__WEBPACK_IMPORTED_MODULE_1__;
        const own = url.origin === this.baseUrl;
        return new Promise((resolve, reject) => {
            const req = transport.request(url, { method: init.method, headers: init.headers, ...(own ? { agent: this.agent } : url.protocol === 'https:' ? { ca: this.ca } : {}) }, resolve);
            req.setTimeout(SOCKET_TIMEOUT_MS, () => req.destroy(Object.assign(new Error(`no answer within ${SOCKET_TIMEOUT_MS / 1000}s`), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            if (init.body === undefined)
                req.end();
            else if (Buffer.isBuffer(init.body))
                req.end(init.body);
            else
                init.body.pipe(req);
        });
    }
    /** One API call with auth, redirects and retries; resolves with a response whose status is expected. */
    async request(path, options) {
        await this.chooseScheme();
        const retries = this.options.retries ?? 4;
        const backoff = this.options.backoffMs ?? 500;
        const method = options.method ?? 'GET';
        // A stream body is gone once sent; a buffer (or none) can go again after a 401 or a redirect.
        const resendable = options.body === undefined || Buffer.isBuffer(options.body);
        let url = new URL(path, this.baseUrl);
        let authRetries = 0;
        // The token fetched for this request: if it is refused too, the credential lacks access.
        let fresh;
        let redirects = 0;
        for (let attempt = 0;; attempt++) {
            const headers = { ...options.headers };
            const ownOrigin = url.origin === this.baseUrl;
            const auth = ownOrigin ? await this.authorization(options.scope) : undefined;
            if (auth)
                headers.authorization = auth;
            let response;
            try {
                response = await this.send(url, { method, headers, body: options.body });
            }
            catch (error) {
                const code = error.code ?? '';
                if ((RETRYABLE_CODES.has(code) || /socket hang up/.test(error.message)) && attempt < retries && options.replayable !== false) {
                    this.logger.debug(`${this.registry}: ${method} ${url.pathname}: ${error.message}; retrying`);
                    await sleep(backoff * 2 ** attempt);
                    continue;
                }
                throw new RegistryError(`${method} ${url.origin}${url.pathname}: ${error.message}${attempt ? ` (after ${attempt + 1} attempts)` : ''}`);
            }
            const status = response.statusCode ?? 0;
            if (options.expect.includes(status))
                return response;
            if (status === 401 && ownOrigin && authRetries < 4) {
                // Another request got a newer token (or Basic) meanwhile: try that first.
                const current = await this.authorization(options.scope);
                const renewed = current !== undefined && current !== auth;
                // Otherwise the token sent expired: a new one, unless it was the one just fetched for this request.
                if (renewed || ((auth === undefined || auth !== fresh) && (await this.authenticate(response.headers['www-authenticate'], options.scope)))) {
                    response.resume();
                    if (!renewed)
                        fresh = await this.authorization(options.scope);
                    authRetries++;
                    if (!resendable)
                        throw new RegistryError(`${method} ${url.origin}${url.pathname}: HTTP 401 on a streamed body (a token expired); authenticated anew for the next attempt`, 401);
                    attempt--;
                    continue;
                }
            }
            if (REDIRECT_STATUSES.has(status) && response.headers.location) {
                response.resume();
                const next = new URL(response.headers.location, url);
                if (++redirects > MAX_REDIRECTS)
                    throw new RegistryError(`${method} ${url.origin}${url.pathname}: more than ${MAX_REDIRECTS} redirects; stopped at ${next.origin}${next.pathname}`);
                if (url.protocol === 'https:' && next.protocol !== 'https:') {
                    throw new RegistryError(`${method} ${url.origin}${url.pathname}: refusing the redirect from ${url.origin} to plain ${next.origin} (a downgrade from https)`);
                }
                if (!resendable)
                    throw new RegistryError(`${method} ${url.origin}${url.pathname}: redirected to ${next.origin}${next.pathname} after the body was streamed; not following`);
                url = next;
                attempt--;
                continue;
            }
            if ((status === 429 || status >= 500) && attempt < retries && options.replayable !== false) {
                response.resume();
                const wait = (0,_challenge_js__WEBPACK_IMPORTED_MODULE_8__/* .parseRetryAfter */ .m)(response.headers['retry-after']) ?? backoff * 2 ** attempt;
                this.logger.debug(`${this.registry}: ${method} ${url.pathname}: HTTP ${status}; retrying in ${wait} ms`);
                await sleep(Math.min(wait, 60_000));
                continue;
            }
            throw await this.describeFailure(response, url, options, attempt);
        }
    }
    async describeFailure(response, url, options, attempt) {
        const status = response.statusCode ?? 0;
        const body = (await readBody(response, 64 * 1024).catch(() => Buffer.alloc(0))).toString('utf8');
        let detail;
        try {
            const errors = JSON.parse(body).errors ?? [];
            detail = errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
        }
        catch {
            detail = body.slice(0, 200).trim();
        }
        const where = `${options.method ?? 'GET'} ${url.origin}${url.pathname}`;
        const retried = attempt > 0 ? ` after ${attempt + 1} attempts` : '';
        if (status === 401 || status === 403) {
            const credential = await this.getCredential();
            const elsewhere = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .explicitCredentialsElsewhere */ .hZ)(this.registry, this.options);
            const tried = credential ? `the credential from ${credential.source} was refused` : 'no credential is configured for it (docker login, or pass a username and password)';
            return new RegistryError(`${where}: HTTP ${status} from ${this.registry}: ${tried}${elsewhere ? `; ${elsewhere}` : ''}${detail ? ` (${detail})` : ''}`, status);
        }
        return new RegistryError(`${where}: HTTP ${status}${retried}${detail ? ` (${detail})` : ''}`, status);
    }
    async getManifest(repository, reference, accept) {
        const response = await this.request(`/v2/${repository}/manifests/${reference}`, {
            headers: { accept: accept.join(', ') },
            scope: `repository:${repository}:pull`,
            expect: [200, 404],
        });
        if (response.statusCode === 404) {
            response.resume();
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.registry}/${repository}: manifest ${reference} not found (manifest unknown)`);
        }
        const bytes = await readBody(response, 8 * 1024 * 1024);
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.registry}/${repository}: manifest digest mismatch: asked for ${reference}, the bytes hash to ${digest}`);
        }
        return { bytes, mediaType: String(response.headers['content-type'] ?? '').split(';')[0].trim(), digest };
    }
    async getBlob(repository, digest) {
        const response = await this.request(`/v2/${repository}/blobs/${digest}`, { scope: `repository:${repository}:pull`, expect: [200, 404] });
        if (response.statusCode === 404) {
            response.resume();
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.registry}/${repository}: blob ${digest} not found (blob unknown)`);
        }
        return response;
    }
    /** The blob's size when the repository has it; undefined when it does not. */
    async blobExists(repository, digest, scope = `repository:${repository}:pull`) {
        const response = await this.request(`/v2/${repository}/blobs/${digest}`, { method: 'HEAD', scope, expect: [200, 404] });
        response.resume();
        return response.statusCode === 200 ? Number(response.headers['content-length'] ?? 0) : undefined;
    }
}
function readBody(response, maxBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        response.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes) {
                response.destroy();
                reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${response.url ?? 'response'}: body larger than ${maxBytes} bytes`));
            }
            else
                chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
    });
}


/***/ }),

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ findCredential),
/* harmony export */   hZ: () => (/* binding */ explicitCredentialsElsewhere),
/* harmony export */   m6: () => (/* binding */ bindCredentials)
/* harmony export */ });
/* unused harmony export readDockerConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37895);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79310);
/**
 * Registry credentials, in the order docker looks for them: explicit ones (for the one host they
 * are bound to), then the docker config file (`credHelpers`, `credsStore`, `auths`), then
 * GITHUB_TOKEN for ghcr.io. Every credential is keyed by the registry it is for, as the docker
 * config is. `source` says where a credential came from, for messages; values are never printed.
 */






function configKeys(registry) {
    if (registry === 'docker.io' || registry === 'index.docker.io')
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`];
}
async function fromHelper(helper, registry) {
    const server = configKeys(registry)[0];
    const binary = `docker-credential-${helper}`;
    try {
        const { stdout } = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .exec */ .m)(binary, ['get'], { input: server, timeoutMs: 30_000 });
        const parsed = JSON.parse(stdout);
        if (!parsed.Secret)
            return undefined;
        return parsed.Username === '<token>'
            ? { identityToken: parsed.Secret, source: `credential helper ${binary}` }
            : { username: parsed.Username, password: parsed.Secret, source: `credential helper ${binary}` };
    }
    catch (error) {
        if (/credentials not found/i.test(error.stderr ?? '') || /credentials not found/i.test(error.message))
            return undefined;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`credential helper ${binary} failed for ${registry}: ${error.message.split('\n')[0]}`);
    }
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`docker config ${path}: invalid JSON (${error.message})`);
    }
}
const hasExplicit = (options) => options.username !== undefined || options.password !== undefined;
/**
 * The options with the explicit credentials bound to one registry host: `credentialHost` when
 * given, else `defaultHost` (the first destination of a push, the registry of a docker:// source).
 * With neither, the explicit credentials go nowhere. Throws InputError on a malformed host.
 */
function bindCredentials(options, defaultHost) {
    if (options?.credentialHost !== undefined)
        return { ...options, credentialHost: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(options.credentialHost, 'credential registry') };
    if (!options || !hasExplicit(options) || defaultHost === undefined)
        return { ...options };
    return { ...options, credentialHost: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(defaultHost) };
}
/** When explicit credentials are given but not for `registry`, says where they are bound, for messages. */
function explicitCredentialsElsewhere(registry, options) {
    if (!hasExplicit(options) || explicitCredentialsFor(registry, options))
        return undefined;
    if (options.credentialHost === undefined)
        return 'the credentials given are bound to no registry (name one: --registry, or the registry input)';
    return `the credentials given are for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(options.credentialHost)} only (--registry, or the registry input)`;
}
function explicitCredentialsFor(registry, options) {
    return hasExplicit(options) && options.credentialHost !== undefined && (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(options.credentialHost) === (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(registry);
}
async function findCredential(registry, options) {
    if (explicitCredentialsFor(registry, options)) {
        return { username: options.username ?? '', password: options.password ?? '', source: 'the credentials given' };
    }
    const path = options.dockerConfigPath ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker', 'config.json');
    const config = await readDockerConfig(path);
    if (config) {
        const keys = configKeys(registry);
        const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
        if (helper)
            return fromHelper(helper, registry);
        const entry = keys.map((k) => config.auths?.[k]).find(Boolean);
        if (entry) {
            const source = `docker config ${path}`;
            if (entry.identitytoken)
                return { identityToken: entry.identitytoken, source };
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon < 0)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${source}: auths["${registry}"].auth is not base64 of user:password`);
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
            }
            if (entry.username !== undefined)
                return { username: entry.username, password: entry.password ?? '', source };
        }
        if (config.credsStore) {
            const stored = await fromHelper(config.credsStore, registry);
            if (stored)
                return stored;
        }
    }
    if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalRegistry */ .i7)(registry) === 'ghcr.io' && options.githubToken)
        return { username: 'x-access-token', password: options.githubToken, source: 'GITHUB_TOKEN' };
    return undefined;
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

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77534);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



const DEFAULT_TIMEOUT_MS = 2 * 60_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** How long a stopped command gets to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2_000;
/** Flags whose value (or the value part of its K=V) may be a credential. */
const SECRET_FLAG = /^--?(build-arg|secret|e|env|password[\w-]*|token[\w-]*|api-key|passphrase|creds|auth[\w-]*)$/i;
/**
 * Runs a command without a shell, always collecting exit code, stdout and stderr, each bounded,
 * within a timeout. Throws an ExecError naming the program and its subcommand, quoting the end
 * of stderr with argument values and secrets redacted.
 */
function exec(command, args, options = {}) {
    const secrets = [...secretArgValues(args), ...(options.redact ?? [])];
    const display = redactText(options.display ?? defaultDisplay(command, args), secrets);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // stderr is redacted whole before its tail is cut, so a secret across the cut never shows in part.
    const fail = (why, code, stderr) => {
        const clean = redactText(stderr, secrets);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`\`${display}\` ${why}${tailOf(clean)}`, display, code, clean);
    };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(fail('was not started: stopped before it began', null, ''));
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        const size = { stdout: 0, stderr: 0 };
        let stopped;
        let settled = false;
        let escalation;
        const stop = (why) => {
            if (stopped !== undefined)
                return;
            stopped = why;
            child.kill('SIGTERM');
            escalation = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => stop(`did not finish within ${formatMs(timeoutMs)} and was stopped`), timeoutMs);
        const onAbort = () => stop('was stopped (interrupted)');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = (finish) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(escalation);
            options.signal?.removeEventListener('abort', onAbort);
            finish();
        };
        const collect = (stream, into) => (chunk) => {
            if (stopped !== undefined)
                return;
            size[stream] += chunk.length;
            if (size[stream] > maxBytes)
                stop(`wrote more than ${formatBytes(maxBytes)} to ${stream} and was stopped`);
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect('stdout', out));
        child.stderr.on('data', collect('stderr', err));
        child.on('error', (e) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`could not run \`${display}\`: ${e.message}`, display, null, ''))));
        // A stopped command is done when it exits, even if a grandchild still holds its pipes open.
        child.on('exit', () => {
            if (stopped === undefined)
                return;
            child.stdout.destroy();
            child.stderr.destroy();
            const stderr = Buffer.concat(err).toString('utf8');
            settle(() => reject(fail(stopped, null, stderr)));
        });
        child.on('close', (code, signal) => {
            if (stopped !== undefined)
                return;
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            const exitCode = code ?? 128;
            if ((options.okCodes ?? [0]).includes(exitCode)) {
                settle(() => resolve({ code: exitCode, stdout, stderr }));
                return;
            }
            const why = signal ? `was stopped by ${signal}` : `exited with code ${exitCode}`;
            settle(() => reject(fail(why, code, stderr)));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.input);
    });
}
/** The program and up to three leading subcommand words: `docker buildx build`, `docker image inspect`. */
function defaultDisplay(command, args) {
    const words = [];
    for (const arg of args) {
        if (words.length === 3 || !/^[a-z][a-z0-9-]*$/.test(arg))
            break;
        words.push(arg);
    }
    return [command, ...words].join(' ');
}
/** Values of flags that may carry credentials (`--build-arg K=V` gives V; `--password P` gives P). */
function secretArgValues(args) {
    const values = [];
    const valueOf = (v) => (v.includes('=') ? v.slice(v.indexOf('=') + 1) : v);
    args.forEach((arg, i) => {
        const eq = arg.indexOf('=');
        if (arg.startsWith('-') && eq > 0 && SECRET_FLAG.test(arg.slice(0, eq)))
            values.push(valueOf(arg.slice(eq + 1)));
        else if (SECRET_FLAG.test(arg) && i + 1 < args.length && !args[i + 1].startsWith('--'))
            values.push(valueOf(args[i + 1]));
        // userinfo of a URL argument (https://user:pass@host)
        const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(arg);
        if (userinfo)
            values.push(userinfo[1]);
    });
    // Short values (`1`, `yes`) would blank ordinary words; a secret is longer.
    return values.filter((v) => v.length >= 4);
}
/** Known values replaced by ***, then the one redaction step every writer shares (the scan's rules). */
function redactText(text, secrets) {
    if (!text)
        return text;
    return (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .iB)([...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text));
}
/** The last lines of (redacted) stderr, each cut to 500 characters, as `:\n…`; empty when there is none. */
function tailOf(stderr) {
    const tail = stderr.trim().split('\n').slice(-5).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l)).join('\n');
    return tail ? `:\n${tail}` : '';
}
function formatMs(ms) {
    if (ms < 60_000 || ms % 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    return `${ms / 60_000}m`;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}


/***/ })

};

//# sourceMappingURL=2440.index.js.map