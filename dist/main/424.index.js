export const id = 424;
export const ids = [424];
export const modules = {

/***/ 424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/util/parse.ts

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
function parse_parseDuration(value, name = 'duration') {
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
        throw new util_errors/* InputError */.dz(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new util_errors/* InputError */.dz(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new util_errors/* InputError */.dz(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parseBoolean(value, name = 'value') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    throw new util_errors/* InputError */.dz(`${name}: "${value}" is not a boolean (expected true or false)`);
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
    throw new util_errors/* InputError */.dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}

// EXTERNAL MODULE: ./src/health/contract.ts
var contract = __webpack_require__(2922);
;// CONCATENATED MODULE: ./src/health/from-spec.ts
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
        contract: health.contract ? (0,contract/* loadContract */.lF)((0,external_node_path_.resolve)(spec.dir, health.contract)) : health.expectTools ? (0,contract/* contractFromNames */.DN)(health.expectTools) : undefined,
        strict: health.strict,
        allowAuthRequired: health.allowAuthRequired,
        smoke: health.smoke ? { tool: health.smoke.tool, args: health.smoke.arguments ?? {} } : undefined,
        timeoutMs: health.timeout ? parse_parseDuration(health.timeout, 'health.timeout') : undefined,
    };
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./src/spec/auth.ts
/**
 * `auth:` of mcp-deploy.yml, after the schema: the checks a pattern cannot make (https unless the
 * host is loopback, a section for the mode chosen and none for another, a bearer token the target
 * can read), with the file, line and field in each error, and the typed form the stages read.
 */

const DEFAULT_TOKEN_VARIABLE = 'MCP_BRIDGE_TOKEN';
/** Hosts a plain-http issuer or key set may be on: only this machine can see the traffic. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** Refuses what an http(s) URL of `field` must not be: unparsable, or plain http to another host. */
function checkSecureUrl(value, field) {
    if (!URL.canParse(value))
        return `${field}: ${JSON.stringify(value)} is not a URL`;
    const url = new URL(value);
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
        return `${field}: ${JSON.stringify(value)} must be https (plain http only on a loopback host: 127.0.0.1, localhost, [::1])`;
    if (url.hash)
        return `${field}: ${JSON.stringify(value)} must not have a fragment`;
    return undefined;
}
const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** The readable bearer sources: a pod reads an env var or a Secret key, a cloud revision its platform's store; a CSI file is not what the bridge reads. */
const BEARER_SOURCES = ['kubernetes', 'external', 'env', 'github', 'gcp', 'aws', 'azure'];
/** Reads and checks `auth:` (already schema-valid); every problem in one InputError. */
function readAuth(raw, file, where) {
    if (raw === undefined)
        return { mode: 'none' };
    const auth = asRecord(raw);
    const mode = auth.mode;
    const problems = [];
    const problem = (path, text) => problems.push(`${where(path)}: ${text}`);
    for (const other of ['bearer', 'oauth']) {
        if (auth[other] !== undefined && mode !== other)
            problem(['auth', other], `auth.${other} is set, but auth.mode is ${mode}: remove it or set mode: ${other}`);
    }
    let result = { mode: 'none' };
    if (mode === 'bearer') {
        const bearer = asRecord(auth.bearer);
        if (auth.bearer === undefined)
            problem(['auth', 'mode'], 'auth.mode bearer needs auth.bearer.secret (the token, by reference)');
        const secret = asRecord(bearer.secret);
        const from = asRecord(secret.from);
        const kind = Object.keys(from)[0];
        if (kind && !BEARER_SOURCES.includes(kind)) {
            problem(['auth', 'bearer', 'secret', 'from'], `auth.bearer.secret.from.${kind} cannot hold the bridge's token; use from.kubernetes, from.external, from.env or from.github (or a cloud target's store: from.gcp, from.aws, from.azure)`);
        }
        result = {
            mode,
            secret: {
                name: secret.name ?? DEFAULT_TOKEN_VARIABLE,
                from,
                ...(secret.rotation !== undefined ? { rotation: secret.rotation } : {}),
                ...(secret.refresh !== undefined ? { refresh: secret.refresh } : {}),
            },
        };
    }
    else if (mode === 'oauth') {
        if (auth.oauth === undefined)
            problem(['auth', 'mode'], 'auth.mode oauth needs auth.oauth with issuer and audience');
        const oauth = asRecord(auth.oauth);
        const issuer = oauth.issuer ?? '';
        const audience = oauth.audience ?? '';
        for (const [field, value] of [['issuer', issuer], ['audience', audience], ['jwks-uri', oauth['jwks-uri']]]) {
            if (typeof value !== 'string' || !value || value.startsWith('file:'))
                continue;
            const wrong = checkSecureUrl(value, `auth.oauth.${field}`);
            if (wrong)
                problem(['auth', 'oauth', field], wrong);
        }
        if (oauth['jwks-uri'] !== undefined && oauth['jwks-configmap'] !== undefined)
            problem(['auth', 'oauth', 'jwks-configmap'], 'give auth.oauth.jwks-uri or auth.oauth.jwks-configmap, not both');
        const configMap = oauth['jwks-configmap'] ? asRecord(oauth['jwks-configmap']) : undefined;
        result = {
            mode,
            issuer,
            audience,
            scopes: oauth.scopes ?? [],
            ...(oauth['jwks-uri'] !== undefined ? { jwksUri: oauth['jwks-uri'] } : {}),
            ...(configMap ? { jwksConfigMap: { name: configMap.name, key: configMap.key ?? 'jwks.json' } } : {}),
        };
    }
    if (problems.length)
        throw new util_errors/* InputError */.dz(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return result;
}
/** `health.auth` of the spec, checked against the mode declared. */
function readGateCredentials(raw, auth, file, where) {
    const h = asRecord(raw);
    const credentials = {
        ...(h['bearer-token-env'] !== undefined ? { bearerTokenEnv: h['bearer-token-env'] } : {}),
        ...(h['oauth-client-id'] !== undefined ? { oauthClientId: h['oauth-client-id'] } : {}),
        ...(h['oauth-client-secret-env'] !== undefined ? { oauthClientSecretEnv: h['oauth-client-secret-env'] } : {}),
    };
    const problems = [];
    if ((credentials.oauthClientId === undefined) !== (credentials.oauthClientSecretEnv === undefined)) {
        problems.push(`${where(['health', 'auth'])}: health.auth needs both oauth-client-id and oauth-client-secret-env, or neither`);
    }
    if (credentials.oauthClientId !== undefined && auth.mode !== 'oauth')
        problems.push(`${where(['health', 'auth', 'oauth-client-id'])}: health.auth.oauth-client-id is set, but auth.mode is ${auth.mode}`);
    if (credentials.bearerTokenEnv !== undefined && auth.mode !== 'bearer')
        problems.push(`${where(['health', 'auth', 'bearer-token-env'])}: health.auth.bearer-token-env is set, but auth.mode is ${auth.mode}`);
    if (problems.length)
        throw new util_errors/* InputError */.dz(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return credentials;
}

;// CONCATENATED MODULE: ./src/health/inputs.ts
/** Parsing of the gate's textual inputs, shared by the CLI and the action. */




/** `Name: value` → [name, value]; header names per RFC 9110 tokens. */
function parseHeader(text, where = '--header') {
    const colon = text.indexOf(':');
    const name = colon > 0 ? text.slice(0, colon).trim() : '';
    if (!name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        throw new util_errors/* InputError */.dz(`${where}: expected "Name: value", got a line without a valid header name before ":"`);
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
        throw new util_errors/* InputError */.dz(`${where}: expected TOOL or TOOL={json arguments}, got "${text}"`);
    if (eq < 0)
        return { tool, args: {} };
    let args;
    try {
        args = JSON.parse(text.slice(eq + 1));
    }
    catch (error) {
        throw new util_errors/* InputError */.dz(`${where}: the arguments of "${tool}" are not valid JSON (${error.message})`);
    }
    if (!args || typeof args !== 'object' || Array.isArray(args))
        throw new util_errors/* InputError */.dz(`${where}: the arguments of "${tool}" must be a JSON object`);
    return { tool, args: args };
}
/**
 * A stdio server command as a shell would split it (quotes and escapes), without running a shell:
 * leading `NAME=value` words become environment variables. Operators (`|`, `&&`, `>`) are refused.
 */
function parseCommandLine(text, where = '--command') {
    const words = (0,shell_quote.parse)(text, (name) => `$${name}`);
    const env = {};
    const plain = [];
    for (const word of words) {
        if (typeof word !== 'string') {
            throw new util_errors/* InputError */.dz(`${where}: shell operators and globs are not supported (found ${JSON.stringify(word)}); wrap the command in a script`);
        }
        if (plain.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
            const eq = word.indexOf('=');
            env[word.slice(0, eq)] = word.slice(eq + 1);
        }
        else
            plain.push(word);
    }
    if (plain.length === 0)
        throw new util_errors/* InputError */.dz(`${where}: empty command`);
    return { command: plain[0], args: plain.slice(1), env };
}
/** An http(s) URL or a stdio command; exactly one. */
function parseTarget(url, command, cwd) {
    if (url && command)
        throw new util_errors/* InputError */.dz('give either a URL or --command, not both');
    if (command) {
        const parsed = parseCommandLine(command);
        return { kind: 'command', command: parsed.command, args: parsed.args, env: parsed.env, cwd };
    }
    if (!url)
        throw new util_errors/* InputError */.dz('expected the server URL, or --command "<stdio server command>"');
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new util_errors/* InputError */.dz(`"${url}" is not a URL (expected e.g. http://127.0.0.1:3000/mcp)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new util_errors/* InputError */.dz(`"${url}": only http and https URLs can be probed`);
    return { kind: 'url', url: parsed };
}
/**
 * The gate's declared authorization from flags or inputs over what a spec declared. `names` maps
 * each field to the flag or input that sets it, for errors. Values are never put in a message.
 */
function gateAuthFromInputs(inputs, declared, names) {
    const mode = inputs.mode === undefined ? declared?.mode : parseChoice(inputs.mode, ['none', 'bearer', 'oauth'], names.mode);
    if (mode === undefined || mode === 'none')
        return undefined;
    if ((inputs.clientId === undefined) !== (inputs.clientSecret === undefined))
        throw new util_errors/* InputError */.dz(`${names.clientId} and ${names.clientSecret} go together: give both or neither`);
    const client = inputs.clientId !== undefined ? { id: inputs.clientId, secret: inputs.clientSecret } : undefined;
    if (mode === 'bearer') {
        if (client)
            throw new util_errors/* InputError */.dz(`${names.clientId}: an OAuth client is for ${names.mode} oauth, not bearer`);
        const token = inputs.token ?? (declared?.mode === 'bearer' ? declared.token : undefined);
        return token ? { mode, token } : { mode, missing: declared?.mode === 'bearer' && declared.missing ? declared.missing : `give ${names.token}` };
    }
    const fromSpec = declared?.mode === 'oauth' ? declared : undefined;
    const url = (value, name) => {
        if (!value)
            throw new util_errors/* InputError */.dz(`${names.mode} oauth needs ${name} (or a spec whose auth: declares it)`);
        const wrong = checkSecureUrl(value, name);
        if (wrong)
            throw new util_errors/* InputError */.dz(wrong);
        return value;
    };
    const issuer = url(inputs.issuer ?? fromSpec?.issuer, names.issuer);
    const audience = url(inputs.audience ?? fromSpec?.audience, names.audience);
    const scopes = inputs.scopes ?? fromSpec?.scopes ?? [];
    const have = client ?? fromSpec?.client;
    if (have)
        return { mode, issuer, audience, scopes, client: have };
    return { mode, issuer, audience, scopes, missing: fromSpec?.missing ?? `give ${names.clientId} and ${names.clientSecret}` };
}

;// CONCATENATED MODULE: ./src/util/html.ts
/**
 * Escaping for job summaries (GitHub-flavoured Markdown with inline HTML): text from an image, a
 * server or a user goes into a summary only through these, so it can neither open a tag nor break
 * out of a code span or a table cell.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;', '`': '&#96;', '\\': '&#92;' };
/** Text for HTML or a Markdown table cell: tags, quotes, pipes and backticks become entities; newlines spaces. */
function escapeHtml(text) {
    return text.replace(/[&<>"'|`\\]/g, (c) => ENTITIES[c]).replace(/\r?\n|\r/g, ' ');
}
/** Text as inline code, escaped (a Markdown code span could be closed by a backtick in the text). */
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}

;// CONCATENATED MODULE: ./src/health/render.ts
/** The health report as text (CLI) and Markdown (job summary). */

/** Declared auth in words: what was proven on each side (never a token). */
const authLine = (r) => {
    const a = r.auth;
    if (!a?.mode)
        return undefined;
    const refusal = a.refusalVerified ? 'no token: 401 with valid metadata' : 'refusal not verified';
    const token = a.token === 'client-credentials' ? 'token from the issuer (client credentials)' : a.token === 'bearer' ? 'static bearer token' : 'no token held';
    return `${a.mode}: ${refusal}; ${token}`;
};
/** The foreign-Origin request in words. */
const originLine = (r) => r.origin && `foreign Origin ${r.origin.sent} ${r.origin.rejected ? 'refused' : 'ACCEPTED (no DNS-rebinding protection)'} with HTTP ${r.origin.status}`;
const sessionLine = (r) => r.session && (r.session.idSeen ? (r.transport === 'sse' ? 'stateful (legacy SSE: one process per session)' : 'stateful (Mcp-Session-Id issued)') : 'stateless (no Mcp-Session-Id)');
const verdict = (r) => r.status === 'healthy' ? 'healthy' : r.status === 'auth-required' ? `alive, authorization required${r.ok ? ' (allowed)' : ''}` : 'UNHEALTHY';
function renderHealthText(r) {
    const lines = [`${r.target}: ${verdict(r)}`];
    if (r.server)
        lines.push(`  server     ${r.server.name} ${r.server.version}`);
    if (r.transport)
        lines.push(`  transport  ${r.transport}${r.protocolVersion ? `, protocol ${r.protocolVersion}` : ''}`);
    if (authLine(r))
        lines.push(`  auth       ${authLine(r)}`);
    if (r.auth?.resourceMetadata && r.auth.mode)
        lines.push(`  metadata   ${r.auth.resourceMetadata}`);
    else if (r.auth?.resourceMetadata)
        lines.push(`  auth       ${r.auth.scheme ?? ''} metadata ${r.auth.resourceMetadata}`.replace(/\s+metadata/, ' metadata'));
    if (r.status !== 'auth-required' && r.transport) {
        lines.push(`  tools      ${r.tools.length}${r.toolsHash ? ` (${r.toolsHash.slice(0, 23)})` : ''}: ${r.tools.map((t) => t.name).join(', ') || '-'}`);
    }
    if (r.resources !== undefined)
        lines.push(`  resources  ${r.resources}`);
    if (r.prompts !== undefined)
        lines.push(`  prompts    ${r.prompts}`);
    if (r.smoke)
        lines.push(`  smoke      ${r.smoke.tool}: ${r.smoke.ok ? 'ok' : 'failed'} in ${r.smoke.ms} ms`);
    if (sessionLine(r))
        lines.push(`  sessions   ${sessionLine(r)}`);
    if (originLine(r))
        lines.push(`  origin     ${originLine(r)}`);
    if (r.logs)
        lines.push(`  logs       ${r.logs.length} server log line(s) kept (redacted)`);
    const l = r.latencyMs;
    lines.push(`  latency    ${l.connect !== undefined ? `connect ${l.connect} ms, ` : ''}${l.listTools !== undefined ? `tools/list ${l.listTools} ms, ` : ''}total ${l.total} ms over ${r.attempts.length} attempt(s)`);
    for (const p of r.problems)
        lines.push(`  ${p.level === 'error' ? 'error' : 'warning'}: ${p.message}`);
    const failed = r.attempts.filter((a) => a.reason);
    if (!r.ok && failed.length > 0) {
        lines.push('  attempts:');
        for (const a of failed.slice(-5))
            lines.push(`    #${a.attempt} at ${(a.atMs / 1000).toFixed(1)}s over ${a.transport}: ${a.reason}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Markdown for the job summary: what the server says (names, messages) escaped for HTML and table cells. */
function renderHealthMarkdown(r) {
    const icon = r.status === 'healthy' ? '✅' : r.ok ? '🔐' : '❌';
    const out = [`## ${icon} MCP health gate: ${verdict(r)}`, ''];
    out.push('| | |', '|---|---|', `| Target | ${code(r.target)} |`);
    if (r.server)
        out.push(`| Server | ${escapeHtml(r.server.name)} ${escapeHtml(r.server.version)} |`);
    if (r.transport)
        out.push(`| Transport | ${escapeHtml(r.transport)} |`);
    if (r.protocolVersion)
        out.push(`| Protocol | ${escapeHtml(r.protocolVersion)} |`);
    if (authLine(r))
        out.push(`| Auth | ${escapeHtml(authLine(r))} |`);
    if (r.auth?.resourceMetadata)
        out.push(`| Auth metadata | ${escapeHtml(r.auth.resourceMetadata)} |`);
    if (r.toolsHash)
        out.push(`| Tools hash | ${code(r.toolsHash)} |`);
    if (sessionLine(r))
        out.push(`| Sessions | ${escapeHtml(sessionLine(r))} |`);
    if (originLine(r))
        out.push(`| Origin | ${r.origin.rejected ? '✅' : '❌'} ${escapeHtml(originLine(r))} |`);
    if (r.logs)
        out.push(`| Server logs | ${r.logs.length} line(s) kept (redacted) |`);
    out.push(`| Latency | ${r.latencyMs.connect ?? '-'} ms connect, ${r.latencyMs.listTools ?? '-'} ms tools/list, ${r.latencyMs.total} ms total |`, `| Attempts | ${r.attempts.length} |`, '');
    if (r.problems.length) {
        out.push('### Problems', '', ...r.problems.map((p) => `- **${p.level}** (${escapeHtml(p.code)}): ${escapeHtml(p.message)}`), '');
    }
    if (r.tools.length) {
        out.push(`### Tools (${r.tools.length})`, '', '| Tool | Input schema hash |', '|---|---|', ...r.tools.map((t) => `| ${code(t.name)} | ${code(t.inputSchemaHash)} |`), '');
    }
    const failed = r.attempts.filter((a) => a.reason);
    if (failed.length) {
        out.push('<details><summary>Failed attempts</summary>', '', ...failed.slice(-10).map((a) => `- #${a.attempt} at ${(a.atMs / 1000).toFixed(1)}s over ${escapeHtml(a.transport)}: ${escapeHtml(a.reason ?? '')}`), '', '</details>', '');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/scan/redact-text.ts
var redact_text = __webpack_require__(7534);
// EXTERNAL MODULE: ./src/image/manifest.ts
var manifest = __webpack_require__(596);
// EXTERNAL MODULE: ./src/image/reader.ts + 6 modules
var reader = __webpack_require__(5005);
;// CONCATENATED MODULE: ./src/image/inspect.ts
/**
 * What `mcp-orchestrator inspect` prints: the reader's view of an image, as plain JSON. Every text
 * the image supplies (env, labels, commands, created_by) passes through the scan's redaction, so
 * a secret set in ENV or used inline in a RUN step is never printed whole.
 */



/** The config as reports show it: every value from the image redacted. */
function redactedConfig(config) {
    const { raw: _raw, ...rest } = config;
    const list = (values) => (values ? values.map(redact_text/* redactText */.iB) : values);
    return {
        ...rest,
        env: rest.env.map(redact_text/* redactText */.iB),
        labels: Object.fromEntries(Object.entries(rest.labels).map(([k, v]) => [(0,redact_text/* redactText */.iB)(k), (0,redact_text/* redactText */.iB)(v)])),
        entrypoint: list(rest.entrypoint),
        cmd: list(rest.cmd),
        workingDir: (0,redact_text/* redactText */.iB)(rest.workingDir),
        healthcheck: rest.healthcheck ? { ...rest.healthcheck, test: rest.healthcheck.test.map(redact_text/* redactText */.iB) } : null,
        history: rest.history.map((h) => ({ ...h, createdBy: (0,redact_text/* redactCreatedBy */.$F)(h.createdBy), ...(h.comment ? { comment: (0,redact_text/* redactText */.iB)(h.comment) } : {}) })),
    };
}
/** Reads every layer of an image already opened (the caller closes it). */
async function inspectOpenedImage(image, options = {}) {
    const index = await image.readAll(undefined, { concurrency: options.concurrency });
    return {
        source: options.display ?? image.source.display,
        digest: image.digest,
        imageId: image.configDigest,
        platform: (0,manifest/* formatPlatform */.Bq)(image.platform),
        config: redactedConfig(image.config),
        layers: image.layers.map((layer) => {
            const listing = index.listings[layer.index];
            const step = image.config.history.find((h) => h.layerIndex === layer.index);
            return {
                index: layer.index,
                digest: layer.digest,
                size: layer.size,
                createdBy: step ? (0,redact_text/* redactCreatedBy */.$F)(step.createdBy) : undefined,
                entries: listing.entries.length,
                whiteouts: [...listing.whiteouts, ...listing.opaqueDirs.map((d) => `${d === '/' ? '' : d}/.wh..wh..opq`)],
            };
        }),
        deleted: index.deleted(),
    };
}
async function inspectImage(source, options = {}) {
    const image = await openImage(source, options);
    try {
        return await inspectOpenedImage(image, { concurrency: options.concurrency });
    }
    finally {
        await image.close();
    }
}

// EXTERNAL MODULE: ./src/image/source.ts
var image_source = __webpack_require__(372);
// EXTERNAL MODULE: ./src/push/push.ts
var push = __webpack_require__(4922);
// EXTERNAL MODULE: ./src/registry/credentials.ts
var credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/bundle-script.ts
var bundle_script = __webpack_require__(1312);
// EXTERNAL MODULE: ./src/scan/config-scanner.ts
var config_scanner = __webpack_require__(8504);
// EXTERNAL MODULE: ./src/scan/credential-files.ts
var credential_files = __webpack_require__(4962);
// EXTERNAL MODULE: ./src/scan/rules.ts
var rules = __webpack_require__(9830);
;// CONCATENATED MODULE: ./src/util/sarif.ts
/** The SARIF 2.1.0 envelope every report of this project writes (scan, checklist): one log, one run, one tool. */
const INFORMATION_URI = 'https://github.com/mcp-server-orchestrator/mcp-server-orchestrator';
function sarifLog(run) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: run.tool, informationUri: INFORMATION_URI, version: run.version, rules: run.rules } },
                automationDetails: { id: run.automationId },
                results: run.results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/scan/sarif.ts
/** SARIF 2.1.0 for GitHub code scanning: one run, stable rule ids, security-severity, fingerprints. */




const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const allRuleMeta = [...rules/* rules */.aO, ...credential_files/* fileRules */._h, ...config_scanner/* configRules */.GF].map((r) => ({ id: r.id, title: r.title, severity: r.severity, help: r.help }));
function sarif_describeLocation(f) {
    if (f.where === 'file')
        return `${f.path}${f.line ? `:${f.line}` : ''}`;
    if (f.where === 'cmd')
        return 'Entrypoint/Cmd';
    return `${f.where === 'history' ? 'build arg' : f.where} ${f.name ?? '(in a build step)'}`;
}
function toSarif(report, options) {
    const index = new Map(allRuleMeta.map((r, i) => [r.id, i]));
    return sarifLog({
        tool: 'mcp-orchestrator-scan',
        version: options.version,
        rules: allRuleMeta.map((r) => ({
            id: r.id,
            name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
            shortDescription: { text: r.title },
            fullDescription: { text: r.help },
            help: { text: r.help, markdown: `**${r.title}**\n\n${r.help}` },
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', 'secret', 'container'] },
        })),
        automationId: `mcp-orchestrator-scan/${report.image.digest}`,
        results: report.findings.map((f) => {
            const line = options.dockerfile?.locator.lineOf(f);
            const uri = line ? options.dockerfile.path : (f.path ?? 'Dockerfile').replace(/^\//, '');
            const where = sarif_describeLocation(f);
            const layer = f.layer ? ` in layer ${f.layer.index} (${f.layer.digest.slice(0, 19)})` : '';
            return {
                ruleId: f.rule,
                ruleIndex: index.get(f.rule),
                level: LEVEL[f.severity],
                message: { text: `${allRuleMeta[index.get(f.rule)]?.title ?? f.rule} at ${where}${layer}${f.deleted ? ', deleted by a later layer but still in the image' : ''}: ${f.match}` },
                locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line ?? (f.where === 'file' ? (f.line ?? 1) : 1) } } }],
                partialFingerprints: { 'secretFingerprint/v1': f.fingerprint },
                properties: { image: report.image.digest, where: f.where, path: f.path, name: f.name, layer: f.layer?.index, deleted: f.deleted ?? false },
            };
        }),
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/image/filesystem-index.ts
var filesystem_index = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/scan/baseline.ts
var baseline = __webpack_require__(6758);
// EXTERNAL MODULE: ./src/scan/layer-scan.ts
var layer_scan = __webpack_require__(5664);
// EXTERNAL MODULE: ./src/scan/redact.ts
var redact = __webpack_require__(9684);
// EXTERNAL MODULE: ./src/scan/types.ts
var types = __webpack_require__(1184);
;// CONCATENATED MODULE: ./src/scan/scan-image.ts
/**
 * The scan: every file of every layer (deleted and replaced ones included: they are still in the
 * image for anyone who pulls it), credential files by name and structure, and the image config.
 * Layers stream through the reader; nothing is written to disk; a scan either reads everything
 * it was asked to or fails.
 */








async function inThread(image, maxFileSize, concurrency) {
    const results = new Array(image.layers.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < image.layers.length; i = next++)
            results[i] = await (0,layer_scan/* scanLayer */.h)(image, i, maxFileSize);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, image.layers.length)) }, worker));
    return results;
}
/**
 * Worker threads pay for themselves only with cores to spare: in one thread, two layers' gunzip
 * already runs on libuv's pool while the scan runs on the main thread. Measured on 2 cores
 * (bench/scan.mjs, realistic image): one thread 1.55 s / 152 MB, two workers 2.71 s / 239 MB.
 * So: workers (one per spare core, at most one per layer) from 3 cores up, one thread below.
 */
function defaultWorkers(layers) {
    const cores = (0,external_node_os_.availableParallelism)();
    return cores > 2 ? Math.max(1, Math.min(cores - 1, layers)) : 0;
}
async function scanImage(source, options = {}) {
    const started = process.hrtime.bigint();
    const maxFileSize = options.maxFileSize ?? 256 * 1024 * 1024;
    const image = await (0,reader/* openImage */.U)(source, options);
    try {
        const workers = options.workers ?? defaultWorkers(image.layers.length);
        const layerScans = options.workerScript && workers > 0
            ? await (0,layer_scan/* scanLayersOnWorkers */.I)(options.workerScript, { source: image.reopenSource, read: { platform: options.platform, limits: options.limits, registry: options.registry, tempDir: options.tempDir }, maxFileSize }, image.layers.length, workers)
            : await inThread(image, maxFileSize, options.concurrency ?? 2);
        const index = new filesystem_index/* FilesystemIndex */.w(layerScans.map((l) => l.listing));
        const raw = layerScans.flatMap((l) => l.found);
        const files = layerScans.reduce((n, l) => n + l.files, 0);
        const bytes = layerScans.reduce((n, l) => n + l.bytes, 0);
        for (const m of (0,config_scanner/* scanImageConfig */.ro)(image.config)) {
            raw.push({ rule: m.rule, severity: m.severity, where: m.where, name: m.name, secret: m.secret, layerIndex: m.layerIndex });
        }
        // A secret used inline in a RUN step is in its created_by too: reports show it redacted.
        const secrets = [...new Set(raw.map((r) => r.secret).filter((s) => s.length >= 6))];
        const scrub = (text) => secrets.reduce((t, s) => (t.includes(s) ? t.split(s).join((0,redact/* redact */.E)(s)) : t), text);
        const findings = raw.map(({ secret, layerIndex, ...f }) => {
            const layer = layerIndex === undefined ? undefined : image.layers[layerIndex];
            const finding = { ...f, match: (0,redact/* redact */.E)(secret), fingerprint: (0,redact/* fingerprint */.R)(f.rule, secret) };
            if (layer)
                finding.layer = { index: layer.index, digest: layer.digest, ...(layer.createdBy ? { createdBy: scrub(layer.createdBy) } : {}) };
            if (f.where === 'file' && f.path && layerIndex !== undefined)
                finding.deleted = !index.isPresent(f.path, layerIndex);
            return finding;
        });
        findings.sort((a, b) => (0,types/* severityRank */.qs)(a.severity) - (0,types/* severityRank */.qs)(b.severity) || (a.layer?.index ?? -1) - (b.layer?.index ?? -1) || (a.path ?? '').localeCompare(b.path ?? ''));
        const kept = [];
        const suppressed = [];
        for (const finding of findings) {
            const entry = (0,baseline/* acceptedBy */.l)(options.baseline, finding);
            if (entry)
                suppressed.push({ ...finding, reason: entry.reason });
            else
                kept.push(finding);
        }
        return {
            image: { source: image.source.display, digest: image.digest },
            findings: kept,
            suppressed,
            stats: { layers: image.layers.length, files, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 },
        };
    }
    finally {
        await image.close();
    }
}

;// CONCATENATED MODULE: ./src/scan/run-scan.ts
/**
 * What the CLI and the action share around scanImage: load the baseline, scan, write the JSON
 * report and SARIF, and decide the verdict. The edges only parse their inputs and print.
 */






const VERSION = '0.1.0';
async function writeOut(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
}
async function runScan(source, options) {
    const baseline = options.baselineFile ? await (await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 7809))).loadBaseline(options.baselineFile) : undefined;
    const report = await scanImage(source, { workerScript: (0,bundle_script/* bundleScript */.o)(), ...options, baseline });
    let dockerfile;
    if (options.dockerfile) {
        const text = await (0,promises_.readFile)(options.dockerfile, 'utf8').catch(() => undefined);
        if (text !== undefined) {
            // The Dockerfile parser loads only when there is a Dockerfile to point at.
            const { DockerfileLocator } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1844));
            dockerfile = { path: (0,external_node_path_.relative)(options.workspace ?? process.cwd(), (0,external_node_path_.resolve)(options.dockerfile)), locator: new DockerfileLocator(text) };
        }
    }
    const sarif = toSarif(report, { version: VERSION, dockerfile });
    if (options.reportFile)
        await writeOut(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    if (options.sarifFile)
        await writeOut(options.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
    const highest = report.findings.reduce((h, f) => (h === 'none' || (0,types/* severityRank */.qs)(f.severity) < (0,types/* severityRank */.qs)(h) ? f.severity : h), 'none');
    return { report, sarif, highest, failed: report.findings.some((f) => (0,types/* failsAt */.ZN)(f.severity, options.failOn)) };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/spec/grammar.ts
/**
 * The grammars of the spec's untrusted strings, as JSON Schema patterns (the schema uses them, so
 * editors check them too) and as checks for the same values arriving by flag or input. Each value
 * that matches can be written into a Dockerfile, a Compose file or a command line without
 * starting a new instruction: none of these grammars admits whitespace or a line break.
 */

// The distribution reference grammar (github.com/distribution/reference, regexp.go), anchored.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
/** Each grammar: the pattern and the words an error uses for it. */
const GRAMMARS = {
    imageReference: { pattern: `^${NAME}(?::${TAG})?(?:@${DIGEST})?$`, says: 'an image reference ([registry/]repository[:tag][@digest], lowercase repository)' },
    imageRepository: { pattern: `^${NAME}$`, says: 'an image repository without tag ([registry/]repository, lowercase)' },
    serverName: { pattern: '^[a-z0-9][a-z0-9-]{0,62}$', says: 'a DNS-style name: lowercase letters, digits and dashes, at most 63' },
    urlPath: { pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$", says: "a URL path: a leading / and then only letters, digits and -._~!$&'()*+,;=:@%/" },
    envName: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', says: 'an environment variable name: letters, digits and _, not starting with a digit' },
    secretId: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', says: 'an id of letters, digits, _ . and -' },
    dnsSubdomain: { pattern: '^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$', says: 'a DNS subdomain name: lowercase letters, digits, - and .' },
    dnsLabel: { pattern: '^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$', says: 'a DNS label: lowercase letters, digits and -, at most 63' },
    hostname: { pattern: '^(?:\\*\\.)?[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$', says: 'a host name (lowercase, an optional leading *.)' },
    secretKey: { pattern: '^[-._a-zA-Z0-9]+$', says: 'a key of letters, digits, - _ and .' },
    gcpSecret: { pattern: '^(?:projects/[a-z0-9-]+/secrets/)?[A-Za-z0-9_-]{1,255}$', says: 'a Secret Manager secret id or projects/PROJECT/secrets/ID' },
    gcpVersion: { pattern: '^(?:latest|[0-9]+)$', says: '"latest" or a version number' },
    quantity: { pattern: '^[0-9]+(?:\\.[0-9]+)?(?:[KMGTPE]i?|[kmgtpe])?$', says: 'a quantity such as 256Mi, 1Gi or 500m' },
    composeProject: { pattern: '^[a-z0-9][a-z0-9_-]*$', says: 'a Compose project name: lowercase letters, digits, _ and -' },
    cloudRegion: { pattern: '^[a-z0-9-]+$', says: 'a region such as europe-west1' },
    httpUrl: { pattern: '^https?://[^\\s/?#@]+(?:/[^\\s#]*)?$', says: 'an absolute http(s) URL without user info or fragment' },
    jwksUri: { pattern: '^(?:https?://[^\\s/?#@]+(?:/[^\\s#]*)?|file:///[^\\s?#]+)$', says: 'an http(s) URL, or file:///PATH' },
    oauthScope: { pattern: '^[!#-\\[\\]-~]+$', says: 'an OAuth scope: printable ASCII without space, " or \\' },
    oauthClientId: { pattern: '^[!-~]{1,255}$', says: 'a client id of printable ASCII without space' },
    gcpProject: { pattern: '^[a-z][a-z0-9-]{4,28}[a-z0-9]$', says: 'a Google Cloud project id' },
};
const compiled = new Map();
function matches(grammar, value) {
    let re = compiled.get(grammar);
    if (!re)
        compiled.set(grammar, (re = new RegExp(GRAMMARS[grammar].pattern, 'u')));
    return re.test(value);
}
/** Throws an InputError naming `where` (a flag, an input or a spec field) when `value` is not of `grammar`. */
function requireGrammar(grammar, value, where) {
    if (!matches(grammar, value))
        throw new InputError(`${where}: ${JSON.stringify(value)} is not ${GRAMMARS[grammar].says}`);
    return value;
}

;// CONCATENATED MODULE: ./src/spec/cloud-grammar.ts
/**
 * The grammars of the cloud targets' settings and secret references (issue 13), in the shape of
 * src/spec/grammar.ts: a JSON Schema pattern (the schema uses it, so editors check it too) and the
 * words an error uses. Each follows the platform's documented naming rules, narrowed to ASCII;
 * none admits whitespace, a quote or a line break.
 */

const PARTITION = 'arn:aws(?:-[a-z]+)*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-[0-9]';
const ACCOUNT = '[0-9]{12}';
const CLOUD_GRAMMARS = {
    cloudRunService: { pattern: '^[a-z](?:[-a-z0-9]{0,47}[a-z0-9])?$', says: 'a Cloud Run service name: a lowercase letter, then lowercase letters, digits and -, at most 49, not ending in -' },
    cloudRunTag: { pattern: '^[a-z](?:[-a-z0-9]{0,44}[a-z0-9])?$', says: 'a Cloud Run revision tag: a lowercase letter, then lowercase letters, digits and -, not ending in -' },
    gcpServiceAccount: {
        pattern: '^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20}-compute)@[a-z][a-z0-9.-]{0,62}\\.gserviceaccount\\.com$',
        says: 'a service account e-mail (NAME@PROJECT.iam.gserviceaccount.com)',
    },
    awsSecretArn: {
        pattern: `^(?:${PARTITION}:secretsmanager:${REGION}:${ACCOUNT}:secret:[A-Za-z0-9/_+=.@-]{1,512}(?::[A-Za-z0-9_.-]*:[A-Za-z0-9_-]*:[A-Za-z0-9-]*)?|${PARTITION}:ssm:${REGION}:${ACCOUNT}:parameter/[A-Za-z0-9_./-]{1,2048})$`,
        says: 'a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:stage:version]) or an SSM parameter ARN (arn:aws:ssm:REGION:ACCOUNT:parameter/NAME)',
    },
    awsRoleArn: { pattern: `^${PARTITION}:iam::${ACCOUNT}:role/(?:[A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,64}$`, says: 'an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)' },
    awsRegion: { pattern: `^${REGION}$`, says: 'an AWS region such as eu-west-1' },
    awsTargetGroupArn: {
        pattern: `^${PARTITION}:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}$`,
        says: 'a target group ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID)',
    },
    ecsName: { pattern: '^[A-Za-z0-9_-]{1,255}$', says: 'an ECS name: letters, digits, _ and -, at most 255' },
    logGroup: { pattern: '^[A-Za-z0-9_./#-]{1,512}$', says: 'a CloudWatch log group name: letters, digits and _ . / # -' },
    subnet: { pattern: '^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$', says: 'a subnet id (subnet-0123456789abcdef0)' },
    securityGroup: { pattern: '^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$', says: 'a security group id (sg-0123456789abcdef0)' },
    azureSubscription: { pattern: '^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$', says: 'a subscription id (a GUID)' },
    azureResourceGroup: { pattern: '^[-A-Za-z0-9_.()]{0,89}[-A-Za-z0-9_()]$', says: 'a resource group name: letters, digits and - _ . ( ), at most 90, not ending in .' },
    containerAppName: { pattern: '^(?!.*--)[a-z][a-z0-9-]{0,30}[a-z0-9]$', says: 'a container app name: 2 to 32 lowercase letters, digits and -, starting with a letter, no --' },
    containerAppEnvironment: { pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9]$', says: 'a Container Apps environment name: letters, digits and -, 2 to 60' },
    azureIdentity: {
        pattern: '^(?:system|/subscriptions/[0-9a-fA-F-]{36}/resource[gG]roups/[-A-Za-z0-9_.()]{1,90}/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/[A-Za-z0-9][A-Za-z0-9_-]{2,127})$',
        says: 'system, or a user-assigned identity resource id (/subscriptions/ID/resourceGroups/RG/providers/Microsoft.ManagedIdentity/userAssignedIdentities/NAME)',
    },
    keyVaultName: { pattern: '^(?!.*--)[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$', says: 'a Key Vault name: 3 to 24 letters, digits and -, starting with a letter, no --' },
    keyVaultSecret: { pattern: '^[A-Za-z0-9-]{1,127}$', says: 'a Key Vault secret name: letters, digits and -, at most 127' },
    keyVaultVersion: { pattern: '^[0-9a-f]{32}$', says: 'a Key Vault secret version (32 hex digits)' },
    revisionSuffix: { pattern: '^[a-z0-9](?:[-a-z0-9]{0,30}[a-z0-9])?$', says: 'a revision suffix: lowercase letters, digits and -, at most 32' },
};
/** The schema fragment for a string of `g`. */
const cloudGrammar = (g) => ({ pattern: CLOUD_GRAMMARS[g].pattern, patternErrorMessage: CLOUD_GRAMMARS[g].says });
/** Throws an InputError naming `where` when `value` is not of `grammar` (values arriving by flag, or checked again at render). */
function requireCloudGrammar(grammar, value, where) {
    if (!new RegExp(CLOUD_GRAMMARS[grammar].pattern, 'u').test(value))
        throw new InputError(`${where}: ${JSON.stringify(value)} is not ${CLOUD_GRAMMARS[grammar].says}`);
    return value;
}

;// CONCATENATED MODULE: ./src/spec/schema.ts
/**
 * The JSON Schema of mcp-deploy.yml. schema/mcp-deploy.schema.json is written from it (npm run
 * schema) for editors; a test keeps the two equal. Every string that reaches a generated file or
 * a command line is pinned to its grammar (src/spec/grammar.ts); patternErrorMessage is what
 * editors (VS Code, yaml-language-server) and our own errors say when one does not match.
 */


const grammar = (g) => ({ pattern: GRAMMARS[g].pattern, patternErrorMessage: GRAMMARS[g].says });
/** Where a secret's value lives: exactly one kind, a reference, never the value. */
const secretSource = {
    "type": "object",
    "additionalProperties": false,
    "minProperties": 1,
    "maxProperties": 1,
    "properties": {
        "kubernetes": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "secret",
                "key"
            ],
            "properties": {
                "secret": {
                    "type": "string",
                    ...grammar('dnsSubdomain')
                },
                "key": {
                    "type": "string",
                    ...grammar('secretKey')
                }
            }
        },
        "env": {
            "type": "string",
            ...grammar('envName'),
            "description": "An environment variable of the machine that runs the stage."
        },
        "github": {
            "type": "string",
            ...grammar('envName'),
            "description": "A GitHub Actions secret name."
        },
        "gcp": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "secret"
            ],
            "properties": {
                "secret": {
                    "type": "string",
                    ...grammar('gcpSecret')
                },
                "version": {
                    "type": "string",
                    ...grammar('gcpVersion')
                }
            }
        },
        "aws": {
            "type": "object",
            "description": "ECS: a Secrets Manager secret or SSM parameter, by ARN (the task's execution role reads it).",
            "additionalProperties": false,
            "required": [
                "arn"
            ],
            "properties": {
                "arn": {
                    "type": "string",
                    ...cloudGrammar('awsSecretArn')
                }
            }
        },
        "azure": {
            "type": "object",
            "description": "Container Apps: a Key Vault secret, read by the app's managed identity (targets.containerapps.identity).",
            "additionalProperties": false,
            "required": [
                "vault",
                "secret"
            ],
            "properties": {
                "vault": {
                    "type": "string",
                    ...cloudGrammar('keyVaultName')
                },
                "secret": {
                    "type": "string",
                    ...cloudGrammar('keyVaultSecret')
                },
                "version": {
                    "type": "string",
                    ...cloudGrammar('keyVaultVersion')
                }
            }
        },
        "external": {
            "type": "object",
            "description": "An External Secrets Operator store: rendered as an ExternalSecret (external-secrets.io/v1) and referenced by secretKeyRef.",
            "additionalProperties": false,
            "required": [
                "store",
                "key"
            ],
            "properties": {
                "store": {
                    "type": "string",
                    ...grammar('dnsSubdomain'),
                    "description": "The SecretStore or ClusterSecretStore name."
                },
                "kind": {
                    "enum": [
                        "SecretStore",
                        "ClusterSecretStore"
                    ],
                    "default": "SecretStore"
                },
                "key": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
                    "patternErrorMessage": "a remote key of letters, digits and _ . : / @ + = -",
                    "description": "The secret's key (name or path) in the external store."
                },
                "property": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
                    "patternErrorMessage": "a property of letters, digits and _ . : / @ + = -",
                    "description": "A property inside the remote secret (a JSON field)."
                }
            }
        },
        "csi": {
            "type": "object",
            "description": "A Secrets Store CSI driver SecretProviderClass: mounted read-only; the server reads the file named by NAME_FILE.",
            "additionalProperties": false,
            "required": [
                "provider-class",
                "object"
            ],
            "properties": {
                "provider-class": {
                    "type": "string",
                    ...grammar('dnsSubdomain')
                },
                "object": {
                    "type": "string",
                    ...grammar('secretId'),
                    "description": "The object's file name in the mounted volume (its objectAlias)."
                }
            }
        }
    }
};
/** The handoff's notes on a secret. */
const secretNotes = {
    "rotation": {
        "type": "string",
        "pattern": "^[^\\u0000-\\u001f]{1,200}$",
        "patternErrorMessage": "one line of text, at most 200 characters",
        "description": "How and how often the secret is rotated (for the credentials handoff), e.g. 90 days, by the issuer."
    },
    "refresh": {
        "type": "string",
        "pattern": "^[^\\u0000-\\u001f]{1,200}$",
        "patternErrorMessage": "one line of text, at most 200 characters",
        "description": "Token-refresh needs (for the credentials handoff), e.g. access token expires hourly; refresh token in the store."
    }
};
const deploySchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://github.com/OWNER/mcp-server-orchestrator/schema/mcp-deploy.schema.json",
    "title": "mcp-deploy.yml",
    "description": "How mcp-server-orchestrator builds, scans, pushes, runs, gates and hands off one MCP server.",
    "type": "object",
    "additionalProperties": false,
    "required": [
        "server"
    ],
    "properties": {
        "server": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name"
            ],
            "properties": {
                "name": {
                    "type": "string",
                    ...grammar('serverName'),
                    "description": "DNS-style name: lowercase letters, digits and dashes."
                },
                "transport": {
                    "enum": [
                        "streamable-http",
                        "sse",
                        "stdio"
                    ],
                    "default": "streamable-http",
                    "description": "stdio: the package stage adds the HTTP bridge."
                },
                "port": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 65535,
                    "default": 8080
                },
                "path": {
                    "type": "string",
                    ...grammar('urlPath'),
                    "default": "/mcp"
                },
                "command": {
                    "description": "The server's start command inside the image (default: from package.json or pyproject.toml).",
                    "oneOf": [
                        {
                            "type": "string",
                            "minLength": 1
                        },
                        {
                            "type": "array",
                            "items": {
                                "type": "string"
                            },
                            "minItems": 1
                        }
                    ]
                }
            }
        },
        "build": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "context": {
                    "type": "string",
                    "default": "."
                },
                "dockerfile": {
                    "type": "string",
                    "description": "Optional: generated from a template when absent."
                },
                "base": {
                    "type": "string",
                    ...grammar('imageReference'),
                    "description": "Base image of the generated Dockerfile (pin it by digest)."
                },
                "install": {
                    "enum": [
                        "image",
                        "host"
                    ],
                    "default": "image",
                    "description": "Install dependencies inside the build (image) or on the host, copied in (host: no network in the build)."
                },
                "args": {
                    "type": "object",
                    "propertyNames": grammar('envName'),
                    "additionalProperties": {
                        "type": [
                            "string",
                            "number",
                            "boolean"
                        ]
                    }
                },
                "secrets": {
                    "type": "array",
                    "description": "BuildKit secret mounts: id, and the environment variable holding the value.",
                    "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                            "id",
                            "env"
                        ],
                        "properties": {
                            "id": {
                                "type": "string",
                                ...grammar('secretId')
                            },
                            "env": {
                                "type": "string",
                                ...grammar('envName')
                            }
                        }
                    }
                }
            }
        },
        "image": {
            "type": "string",
            ...grammar('imageRepository'),
            "description": "Repository to push to, without tag: ghcr.io/acme/weather."
        },
        "env": {
            "type": "object",
            "propertyNames": grammar('envName'),
            "additionalProperties": {
                "type": [
                    "string",
                    "number",
                    "boolean"
                ]
            }
        },
        "secrets": {
            "type": "array",
            "description": "References only, never values.",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "name",
                    "from"
                ],
                "properties": {
                    "name": {
                        "type": "string",
                        ...grammar('envName')
                    },
                    "from": secretSource,
                    "rotation": secretNotes.rotation,
                    "refresh": secretNotes.refresh
                }
            }
        },
        "auth": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "mode"
            ],
            "description": "Who may call the deployed server: the bridge enforces it (packaged stdio servers); servers with their own HTTP read the same MCP_BRIDGE_* environment. The health gate proves the refusal and the authorized path.",
            "properties": {
                "mode": {
                    "enum": [
                        "none",
                        "bearer",
                        "oauth"
                    ],
                    "description": "none; bearer: one static token (service to service); oauth: JWT access tokens from one issuer, validated against its keys (an OAuth 2.1 protected resource, RFC 9728 metadata)."
                },
                "bearer": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "secret"
                    ],
                    "properties": {
                        "secret": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                                "from"
                            ],
                            "description": "The token, by reference (as in secrets:), never its value.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    ...grammar('envName'),
                                    "default": "MCP_BRIDGE_TOKEN",
                                    "description": "The environment variable the bridge reads the token from (kept from the server process)."
                                },
                                "from": secretSource,
                                ...secretNotes
                            }
                        }
                    }
                },
                "oauth": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "issuer",
                        "audience"
                    ],
                    "properties": {
                        "issuer": {
                            "type": "string",
                            ...grammar('httpUrl'),
                            "description": "The authorization server's issuer identifier, exactly as tokens carry it in iss (https, or http on a loopback host)."
                        },
                        "audience": {
                            "type": "string",
                            ...grammar('httpUrl'),
                            "description": "This server's resource URL (RFC 8707), required in the tokens' aud: usually its public MCP URL."
                        },
                        "scopes": {
                            "type": "array",
                            "uniqueItems": true,
                            "items": {
                                "type": "string",
                                ...grammar('oauthScope')
                            },
                            "description": "Scopes every token must carry (403 insufficient_scope otherwise)."
                        },
                        "jwks-uri": {
                            "type": "string",
                            ...grammar('jwksUri'),
                            "description": "The issuer's key set, skipping discovery: an https URL, or file:///PATH of a JWKS file inside the container (re-read on an unknown key id)."
                        },
                        "jwks-configmap": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                                "name"
                            ],
                            "description": "Kubernetes: the issuer's public keys from a ConfigMap, mounted read-only; for clusters whose pods cannot reach the issuer.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    ...grammar('dnsSubdomain')
                                },
                                "key": {
                                    "type": "string",
                                    ...grammar('secretKey'),
                                    "default": "jwks.json"
                                }
                            }
                        }
                    }
                }
            }
        },
        "resources": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "cpu": {
                    "type": [
                        "string",
                        "number"
                    ],
                    ...grammar('quantity')
                },
                "memory": {
                    "type": "string",
                    ...grammar('quantity')
                }
            }
        },
        "scaling": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "min": {
                    "type": "integer",
                    "minimum": 0
                },
                "max": {
                    "type": "integer",
                    "minimum": 1
                },
                "cpu": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100
                }
            }
        },
        "health": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "expect-tools": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                },
                "contract": {
                    "type": "string"
                },
                "strict": {
                    "type": "boolean"
                },
                "smoke": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "tool"
                    ],
                    "properties": {
                        "tool": {
                            "type": "string"
                        },
                        "arguments": {
                            "type": "object"
                        }
                    }
                },
                "timeout": {
                    "type": "string",
                    "pattern": "^(\\d+(\\.\\d+)?(ms|s|m|h))+$|^\\d+$"
                },
                "allow-auth-required": {
                    "type": "boolean"
                },
                "auth": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "How the gate obtains a token when auth: is declared; values come from the environment of the machine that runs the gate.",
                    "properties": {
                        "bearer-token-env": {
                            "type": "string",
                            ...grammar('envName'),
                            "description": "bearer: the variable holding the token (default: the bearer secret's from.env)."
                        },
                        "oauth-client-id": {
                            "type": "string",
                            ...grammar('oauthClientId'),
                            "description": "oauth: a client of the issuer allowed the client-credentials grant for this resource."
                        },
                        "oauth-client-secret-env": {
                            "type": "string",
                            ...grammar('envName'),
                            "description": "oauth: the variable holding that client's secret."
                        }
                    }
                },
                "path": {
                    "type": "string",
                    ...grammar('urlPath'),
                    "description": "An HTTP health endpoint of a native HTTP server (Kubernetes probes it; without it, probes check the port). Bridged servers have /healthz and /readyz."
                }
            }
        },
        "ingress": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "host": {
                    "type": "string",
                    ...grammar('hostname')
                },
                "class": {
                    "type": "string",
                    ...grammar('dnsSubdomain'),
                    "description": "The IngressClass (ingressClassName); default: targets.kubernetes.ingress-class, else the cluster's default class."
                },
                "controller": {
                    "enum": [
                        "nginx",
                        "other"
                    ],
                    "description": "nginx: ingress-nginx annotations (rate limit, streaming, session affinity on Mcp-Session-Id). Default: nginx when the class name contains nginx."
                },
                "controller-namespace": {
                    "type": "string",
                    ...grammar('dnsLabel'),
                    "description": "The namespace of the ingress controller's pods, admitted by the NetworkPolicy (default ingress-nginx for nginx)."
                },
                "rate-limit": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "rps"
                    ],
                    "properties": {
                        "rps": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Requests per second per client address."
                        }
                    }
                },
                "tls": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "secret": {
                            "type": "string",
                            ...grammar('dnsSubdomain')
                        },
                        "issuer": {
                            "type": "string",
                            ...grammar('dnsSubdomain'),
                            "description": "A cert-manager ClusterIssuer: it writes the certificate to tls.secret (default SERVER-tls)."
                        }
                    }
                }
            }
        },
        "targets": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "compose": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "project": {
                            "type": "string",
                            ...grammar('composeProject')
                        },
                        "file": {
                            "type": "string",
                            "pattern": "^[^\\u0000-\\u001f]+$",
                            "patternErrorMessage": "a path on one line",
                            "description": "Your own Compose file (relative to this file) instead of a generated one: the server's service (the one whose image is the server's repository, else the one named like the server) runs the deployed image; nothing else changes."
                        }
                    }
                },
                "kubernetes": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "namespace": {
                            "type": "string",
                            ...grammar('dnsLabel')
                        },
                        "manifests": {
                            "description": "Your own manifests (files or folders of YAML, relative to this file) instead of rendered ones: the server's image is set to the pushed digest, nothing else changes.",
                            "oneOf": [
                                {
                                    "type": "string",
                                    "pattern": "^[^\\u0000-\\u001f]+$",
                                    "patternErrorMessage": "a path on one line"
                                },
                                {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "string",
                                        "pattern": "^[^\\u0000-\\u001f]+$",
                                        "patternErrorMessage": "a path on one line"
                                    }
                                }
                            ]
                        },
                        "strategy": {
                            "enum": [
                                "candidate",
                                "rolling"
                            ],
                            "description": "candidate (default when a release serves): gate a one-replica candidate before rolling; rolling: roll directly."
                        },
                        "ingress-class": {
                            "type": "string",
                            ...grammar('dnsSubdomain')
                        },
                        "replicas": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Replicas when not autoscaling (default scaling.min, else 1)."
                        }
                    }
                },
                "cloudrun": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "project": {
                            "type": "string",
                            ...grammar('gcpProject')
                        },
                        "region": {
                            "type": "string",
                            ...grammar('cloudRegion')
                        },
                        "service": {
                            "type": "string",
                            ...cloudGrammar('cloudRunService'),
                            "description": "The Cloud Run service (default: the server's name)."
                        },
                        "service-account": {
                            "type": "string",
                            ...cloudGrammar('gcpServiceAccount'),
                            "description": "The identity the revision runs as (it must read the Secret Manager secrets)."
                        },
                        "ingress": {
                            "enum": [
                                "all",
                                "internal",
                                "internal-and-cloud-load-balancing"
                            ],
                            "default": "all"
                        },
                        "concurrency": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "description": "containerConcurrency: requests one instance serves at once (default 80)."
                        },
                        "timeout": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 3600,
                            "description": "Request timeout in seconds: an SSE stream ends when it runs out (default 3600, the maximum)."
                        }
                    }
                },
                "ecs": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "AWS ECS on Fargate: the task definition's and the service's settings.",
                    "properties": {
                        "region": {
                            "type": "string",
                            ...cloudGrammar('awsRegion')
                        },
                        "cluster": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "default": "default"
                        },
                        "service": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "description": "The ECS service (default: the server's name)."
                        },
                        "family": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "description": "The task definition family (default: the server's name)."
                        },
                        "execution-role-arn": {
                            "type": "string",
                            ...cloudGrammar('awsRoleArn'),
                            "description": "The role ECS pulls the image, writes logs and reads secrets with."
                        },
                        "task-role-arn": {
                            "type": "string",
                            ...cloudGrammar('awsRoleArn'),
                            "description": "The role the server's own AWS calls run as."
                        },
                        "log-group": {
                            "type": "string",
                            ...cloudGrammar('logGroup'),
                            "description": "The CloudWatch Logs group of the awslogs driver (default /ecs/FAMILY)."
                        },
                        "architecture": {
                            "enum": [
                                "X86_64",
                                "ARM64"
                            ],
                            "default": "X86_64"
                        },
                        "subnets": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                ...cloudGrammar('subnet')
                            }
                        },
                        "security-groups": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                ...cloudGrammar('securityGroup')
                            }
                        },
                        "target-group-arn": {
                            "type": "string",
                            ...cloudGrammar('awsTargetGroupArn'),
                            "description": "The load balancer target group the service registers its tasks in."
                        }
                    }
                },
                "containerapps": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "Azure Container Apps: where the app lives and the identity it reads Key Vault with.",
                    "properties": {
                        "subscription": {
                            "type": "string",
                            ...cloudGrammar('azureSubscription')
                        },
                        "resource-group": {
                            "type": "string",
                            ...cloudGrammar('azureResourceGroup')
                        },
                        "environment": {
                            "type": "string",
                            ...cloudGrammar('containerAppEnvironment'),
                            "description": "The Container Apps environment (in the same resource group)."
                        },
                        "name": {
                            "type": "string",
                            ...cloudGrammar('containerAppName'),
                            "description": "The container app (default: the server's name)."
                        },
                        "location": {
                            "type": "string",
                            ...grammar('cloudRegion')
                        },
                        "identity": {
                            "type": "string",
                            ...cloudGrammar('azureIdentity'),
                            "description": "The managed identity that reads Key Vault secrets (and pulls from an Azure Container Registry)."
                        },
                        "concurrency": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "description": "Concurrent HTTP requests per replica before scaling out (default 10)."
                        }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/spec/spec.ts
/**
 * mcp-deploy.yml: parsed with positions, validated against the shipped JSON Schema (ajv), and
 * returned with defaults applied. A bad spec gets one error per problem naming the file, line and
 * column, the field, and what was expected.
 */







// Compiled on first use: the CLI's other commands do not pay for it at start.
let spec_compiled;
// verbose: errors carry the value and the schema node, for patternErrorMessage.
const validator = () => (spec_compiled ??= new ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(deploySchema));
function describe(error) {
    const p = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown field "${String(p.additionalProperty)}"`;
        case 'required':
            return `missing required field "${String(p.missingProperty)}"`;
        case 'enum':
            return `expected one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'type':
            return `expected ${String(p.type).replace(',', ' or ')}`;
        case 'pattern': {
            // Values print JSON-quoted: a line break in one shows as \n and keeps the error one line.
            const says = error.parentSchema?.patternErrorMessage;
            const what = error.propertyName !== undefined ? `the key ${JSON.stringify(error.propertyName)}` : JSON.stringify(error.data);
            return says ? `${what} is not ${says}` : `${what} does not match ${String(p.pattern)}`;
        }
        default:
            return error.message ?? error.keyword;
    }
}
/** Parses and validates spec text; `file` names it in errors. */
function parseSpec(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        if (offset === undefined)
            return file;
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    if (doc.errors.length) {
        throw new util_errors/* InputError */.dz(doc.errors.map((e) => `${at(e.pos[0])}: invalid YAML: ${e.message.split('\n')[0]}`).join('\n'));
    }
    const data = doc.toJS();
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new util_errors/* InputError */.dz(`${file}: expected a mapping with at least "server"`);
    const validate = validator();
    if (!validate(data)) {
        // oneOf adds a summary error on top of its branches' ones; keep the most specific.
        // propertyNames repeats its pattern error as a summary; keep the pattern one (it names the key).
        const errors = (validate.errors ?? []).filter((e) => (e.keyword !== 'oneOf' || (validate.errors ?? []).length === 1) && e.keyword !== 'propertyNames');
        const seen = new Set();
        const lines = errors
            .map((e) => {
            const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.propertyName;
            const field = key !== undefined ? [...path, key] : path;
            const node = doc.getIn(field, true) ?? doc.getIn(path, true);
            const range = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
            const keyNode = key !== undefined ? findKey(doc, path, key) : undefined;
            return `${at(keyNode ?? range)}: ${path.join('.') || '(top level)'}: ${describe(e)}`;
        })
            .filter((l) => !seen.has(l) && seen.add(l));
        throw new util_errors/* InputError */.dz(`${file} is not a valid deploy spec:\n  ${lines.join('\n  ')}`);
    }
    const where = (path) => {
        const node = doc.getIn(path, true);
        return at((path.length ? findKey(doc, path.slice(0, -1), path.at(-1)) : undefined) ?? ((0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined));
    };
    const spec = withDefaults(data, file);
    const raw = data;
    spec.auth = readAuth(raw.auth, file, where);
    const credentials = readGateCredentials(raw.health?.auth, spec.auth, file, where);
    if (Object.keys(credentials).length)
        spec.health.auth = credentials;
    return spec;
}
function findKey(doc, path, key) {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    const items = parent?.items ?? [];
    return items.find((i) => i.key?.value === key)?.key?.range?.[0];
}
const asStrings = (o) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, String(v)]));
function withDefaults(raw, file) {
    const server = raw.server;
    const build = (raw.build ?? {});
    const health = (raw.health ?? {});
    const command = server.command;
    return {
        dir: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)),
        file,
        server: {
            name: server.name,
            transport: server.transport ?? 'streamable-http',
            port: server.port ?? 8080,
            path: server.path ?? '/mcp',
            command: typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : command,
        },
        build: {
            context: build.context ?? '.',
            dockerfile: build.dockerfile,
            base: build.base,
            install: build.install ?? 'image',
            args: asStrings(build.args),
            secrets: build.secrets ?? [],
        },
        image: raw.image,
        env: asStrings(raw.env),
        secrets: raw.secrets ?? [],
        resources: raw.resources,
        scaling: raw.scaling,
        health: {
            expectTools: health['expect-tools'],
            contract: health.contract,
            strict: health.strict,
            smoke: health.smoke,
            timeout: health.timeout,
            allowAuthRequired: health['allow-auth-required'],
            path: health.path,
        },
        ingress: raw.ingress,
        targets: raw.targets ?? {},
    };
}
function loadSpec(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new util_errors/* InputError */.dz(`--spec ${path}: ${error.code === 'ENOENT' ? 'no such file (write an mcp-deploy.yml; see the README)' : error.message}`);
    }
    return parseSpec(text, path);
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/health/types.ts
const transports = ['auto', 'streamable-http', 'sse', 'stdio'];

;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = core.getInput(name).trim();
    if (!value)
        throw new util_errors/* InputError */.dz(`Input required and not supplied: ${name}`);
    return value;
}
function getOptionalInput(name) {
    const value = core.getInput(name).trim();
    return value === '' ? undefined : value;
}
/** Reads a secret input and masks it before anything else can print it. */
function getSecretInput(name) {
    const value = core.getInput(name);
    if (value === '')
        return undefined;
    core.setSecret(value);
    return value;
}
function getBooleanInput(name, fallback) {
    const value = getOptionalInput(name);
    return value === undefined ? fallback : parseBoolean(value, `input ${name}`);
}
function getDurationInput(name, fallback) {
    return parseDuration(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getSizeInput(name, fallback) {
    return parseSize(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getListInput(name) {
    return parseList(core.getInput(name));
}
function getChoiceInput(name, choices, fallback) {
    return parseChoice(getOptionalInput(name) ?? fallback, choices, `input ${name}`);
}
function getJsonInput(name) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return undefined;
    try {
        return JSON.parse(value);
    }
    catch (error) {
        throw new InputError(`input ${name}: not valid JSON (${error.message})`);
    }
}
/** The job's workspace (GITHUB_WORKSPACE; the current directory outside the runner). */
function workspaceDir() {
    return (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd());
}
/** The runner's temp directory, where the actions write their reports by default. */
function runnerTempDir() {
    return (0,external_node_path_.resolve)(process.env.RUNNER_TEMP ?? process.cwd());
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** The path with the symbolic links of its longest existing ancestor resolved. */
function realPath(path) {
    const rest = [];
    for (let head = path;; head = (0,external_node_path_.dirname)(head)) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(head), ...rest);
        }
        catch {
            if ((0,external_node_path_.dirname)(head) === head)
                return path;
            rest.unshift((0,external_node_path_.basename)(head));
        }
    }
}
function getPathInput(name, options = {}) {
    const value = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? options.fallback);
    if (value === undefined)
        return undefined;
    const workspace = workspaceDir();
    const roots = options.output || options.report ? [workspace, runnerTempDir()] : [workspace];
    const path = (0,external_node_path_.resolve)(workspace, value);
    const inside = roots.some((root) => isInside(path, root) && isInside(realPath(path), realPath(root)));
    if (!inside) {
        throw new util_errors/* InputError */.dz(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
    }
    return path;
}
/** An input renamed: the new name, else the deprecated one with a warning saying what to write. */
function getRenamedInput(name, deprecated) {
    const value = getOptionalInput(name);
    const old = getOptionalInput(deprecated);
    if (old !== undefined) {
        core.warning(`input ${deprecated} is deprecated: use ${name}${value !== undefined ? ` (both given; ${name} wins)` : ''}`);
    }
    return value ?? old;
}
/**
 * Registry access shared by every action that reads or pushes images: the `registry` host the
 * explicit credentials are bound to, the credentials, the `github-token` for ghcr.io, insecure
 * registries and DOCKER_CONFIG as the CLI honours it. Secrets are masked first.
 */
function getRegistryInputs() {
    const password = getSecretInput('registry-password');
    const githubToken = getSecretInput('github-token') ?? process.env.GITHUB_TOKEN;
    const username = getOptionalInput('registry-username');
    const credentialHost = getOptionalInput('registry');
    if (username !== undefined && password === undefined)
        throw new util_errors/* InputError */.dz('input registry-username: given without registry-password');
    return {
        insecureRegistries: getListInput('insecure-registries'),
        credentialHost: credentialHost === undefined ? undefined : (0,reference/* canonicalRegistry */.i7)(credentialHost, 'input registry'),
        username,
        password,
        githubToken,
        dockerConfigPath: process.env.DOCKER_CONFIG ? (0,external_node_path_.join)(process.env.DOCKER_CONFIG, 'config.json') : undefined,
    };
}

;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * Everything an action lets out of the process goes through here, and through the scan's
 * redaction first: log lines, annotations, outputs, the job summary, report files and the final
 * error. A secret the image carries (set in ENV, used inline in a RUN step) never leaves whole.
 */





/** The engine's logger for actions: runner log commands, redacted. */
const actionLogger = {
    debug: (m) => core.debug((0,redact_text/* redactText */.iB)(m)),
    info: (m) => core.info((0,redact_text/* redactText */.iB)(m)),
    warning: (m) => core.warning((0,redact_text/* redactText */.iB)(m)),
    error: (m) => core.error((0,redact_text/* redactText */.iB)(m)),
};
/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
function annotate(level, message, properties = {}) {
    const props = { ...properties, ...(properties.title ? { title: (0,redact_text/* redactText */.iB)(properties.title) } : {}) };
    core[level]((0,redact_text/* redactText */.iB)(message), props);
}
/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        core.setOutput(name, typeof value === 'object' ? JSON.stringify((0,redact_text/* redactDeep */.KL)(value)) : (0,redact_text/* redactText */.iB)(String(value)));
    }
}
/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
async function writeSummary(markdown) {
    await core.summary.addRaw((0,redact_text/* redactText */.iB)(markdown), true).write();
}
/**
 * Writes a JSON report, redacted: the text as a whole, and value by value where redacting the
 * serialised text would break it (a secret whose redacted form ends inside an escape).
 */
function writeJsonReport(path, value) {
    const text = (0,redact_text/* redactText */.iB)(JSON.stringify(value, null, 2));
    let safe = text;
    try {
        JSON.parse(text);
    }
    catch {
        safe = JSON.stringify((0,redact_text/* redactDeep */.KL)(value), null, 2);
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${safe}\n`);
}
/** One phase of the step's log, folded in the runner's log view. */
function group(name, body) {
    return core.group((0,redact_text/* redactText */.iB)(name), body);
}
/**
 * The one catch at the top of every action: a known error becomes `setFailed(message)` with the
 * stack in debug only; an unknown one keeps its stack so a bug can be reported. Both redacted.
 */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        if ((0,util_errors/* isKnownError */.ux)(error)) {
            if (error.stack)
                core.debug((0,redact_text/* redactText */.iB)(error.stack));
            core.setFailed((0,redact_text/* redactText */.iB)(error.message));
        }
        else if (error instanceof Error) {
            core.setFailed((0,redact_text/* redactText */.iB)(error.stack ?? error.message));
        }
        else {
            core.setFailed((0,redact_text/* redactText */.iB)(String(error)));
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/health-inputs.ts
/**
 * The health gate's inputs, read one way by actions/health and the all-in-one action (the same
 * input names in both): headers, the bearer token and the OAuth client secret (masked first), the
 * declared authorization (auth, oauth-*; default: the spec's), the contract or expected tools, the
 * smoke call, the deadline, strictness.
 */








/** Header values, the token and the client secret are secrets: masked before anything can print them. */
function getSecretInputs() {
    const headerLines = core.getMultilineInput('headers').filter((l) => l.trim());
    for (const line of headerLines)
        core.setSecret(line.slice(line.indexOf(':') + 1).trim());
    const token = getSecretInput('bearer-token');
    const clientSecret = getSecretInput('oauth-client-secret');
    return { headers: parseHeaders(headerLines, 'input headers'), token, clientSecret };
}
/** Declared authorization from the inputs over the spec's; without it a bearer-token is only a header. */
function getAuthInputs(secrets, declared) {
    const scopes = getOptionalInput('oauth-scopes');
    return gateAuthFromInputs({
        mode: getOptionalInput('auth'),
        issuer: getOptionalInput('oauth-issuer'),
        audience: getOptionalInput('oauth-audience'),
        scopes: scopes !== undefined ? parseList(scopes) : undefined,
        token: secrets.token,
        clientId: getOptionalInput('oauth-client-id'),
        clientSecret: secrets.clientSecret,
    }, declared, { mode: 'input auth', issuer: 'input oauth-issuer', audience: 'input oauth-audience', token: 'input bearer-token', clientId: 'input oauth-client-id', clientSecret: 'input oauth-client-secret' });
}
/** `deprecatedTimeout`: the name the deadline had in this action before it was `timeout`. */
function getGateInputs(defaults = {}, deprecatedTimeout) {
    const secrets = getSecretInputs();
    const auth = getAuthInputs(secrets, defaults.auth);
    const headers = secrets.headers;
    if (secrets.token && !auth)
        headers.Authorization = `Bearer ${secrets.token}`;
    const expect = getOptionalInput('expect-tools');
    const contractFile = getPathInput('contract');
    if (expect && contractFile)
        throw new util_errors/* InputError */.dz('inputs expect-tools and contract: give one, not both');
    const smoke = getOptionalInput('smoke');
    const timeoutName = deprecatedTimeout && getOptionalInput('timeout') === undefined && getOptionalInput(deprecatedTimeout) !== undefined ? deprecatedTimeout : 'timeout';
    const timeout = deprecatedTimeout ? getRenamedInput('timeout', deprecatedTimeout) : getOptionalInput('timeout');
    return {
        transport: getChoiceInput('transport', transports, 'auto'),
        headers,
        timeoutMs: timeout !== undefined ? parse_parseDuration(timeout, `input ${timeoutName}`) : (defaults.timeoutMs ?? 60_000),
        contract: contractFile ? (0,contract/* loadContract */.lF)(contractFile) : expect ? (0,contract/* contractFromNames */.DN)(parseList(expect)) : defaults.contract,
        strict: getBooleanInput('strict', defaults.strict ?? false),
        allowAuthRequired: getBooleanInput('allow-auth-required', defaults.allowAuthRequired ?? false),
        smoke: smoke ? parseSmoke(smoke, 'input smoke') : defaults.smoke,
        ...(auth ? { auth } : {}),
        logger: actionLogger,
    };
}

// EXTERNAL MODULE: ./src/scan/dockerfile-locator.ts
var dockerfile_locator = __webpack_require__(1844);
;// CONCATENATED MODULE: ./src/scan/render.ts
/** Human renderings of a scan report: terminal text and the job summary's markdown. */



function counts(report) {
    const by = types/* severities */.gO.map((s) => [s, report.findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
    return by.length ? by.map(([s, n]) => `${n} ${s}`).join(', ') : 'no findings';
}
function stats(report) {
    const { layers, files, bytes, seconds } = report.stats;
    return `${layers} layers, ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s`;
}
function renderText(report) {
    const lines = [`${report.image.source} (${report.image.digest})`, `  scanned ${stats(report)}: ${counts(report)}`];
    for (const f of report.findings) {
        const layer = f.layer ? ` layer ${f.layer.index}` : '';
        lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.rule.padEnd(32)} ${describeLocation(f)}${layer}${f.deleted ? ' (deleted later, still in the image)' : ''}  ${f.match}`);
    }
    if (report.suppressed.length)
        lines.push(`  ${report.suppressed.length} finding(s) accepted by the baseline`);
    return `${lines.join('\n')}\n`;
}
/** Markdown for the job summary: every value from the image or the baseline escaped for HTML and table cells. */
function renderMarkdown(report, limit = 50) {
    const out = [`### Secret scan: ${counts(report)}`, '', `${code(report.image.source)} → ${code(report.image.digest)} — ${stats(report)}`, ''];
    if (report.findings.length) {
        out.push('| Severity | Rule | Where | Layer (instruction) | In final image | Match |', '|---|---|---|---|---|---|');
        for (const f of report.findings.slice(0, limit)) {
            const layer = f.layer ? `${f.layer.index}: ${code((f.layer.createdBy ?? '').slice(0, 60))}` : 'config';
            const present = f.where !== 'file' ? 'config' : f.deleted ? 'deleted (still in a layer)' : 'present';
            out.push(`| ${f.severity} | ${code(f.rule)} | ${code(sarif_describeLocation(f))} | ${layer} | ${present} | ${code(f.match)} |`);
        }
        if (report.findings.length > limit)
            out.push('', `… and ${report.findings.length - limit} more in the JSON report.`);
    }
    if (report.suppressed.length) {
        out.push('', `<details><summary>${report.suppressed.length} accepted by the baseline</summary>`, '');
        for (const s of report.suppressed.slice(0, limit))
            out.push(`- ${code(s.rule)} at ${code(sarif_describeLocation(s))}: ${escapeHtml(s.reason)}`);
        out.push('', '</details>');
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/actions/scan-outcome.ts
/**
 * What the scan and all-in-one actions do with a scan's outcome: write its JSON report and SARIF
 * (redacted, like every file an action writes), annotate the top findings on the Dockerfile line
 * their layer came from, and summarise it.
 */






/** At most this many findings become annotations; the summary and the report hold them all. */
const ANNOTATED = 10;
function locator(dockerfile) {
    try {
        return new dockerfile_locator.DockerfileLocator((0,external_node_fs_.readFileSync)(dockerfile, 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function publishScan(outcome, files, source) {
    const report = { ...outcome.report, image: { ...outcome.report.image, source } };
    writeJsonReport(files.scanReport, report);
    writeJsonReport(files.sarifFile, outcome.sarif);
    setOutputs({
        findings: report.findings.length,
        'highest-severity': outcome.highest,
        'scan-report': files.scanReport,
        'sarif-file': files.sarifFile,
    });
    const lines = locator(files.dockerfile);
    const file = (0,external_node_path_.relative)(files.workspace, files.dockerfile);
    for (const f of report.findings.slice(0, ANNOTATED)) {
        const text = `${f.rule} at ${sarif_describeLocation(f)}${f.layer ? ` (layer ${f.layer.index})` : ''}${f.deleted ? ', deleted later but still in the image' : ''}: ${f.match}`;
        const line = lines?.lineOf(f);
        const anchor = line ? { file, startLine: line } : {};
        annotate(f.severity === 'critical' || f.severity === 'high' ? 'error' : 'warning', text, { title: `Secret in image: ${f.rule}`, ...anchor });
    }
    await writeSummary(renderMarkdown(report));
}

;// CONCATENATED MODULE: ./src/actions/main.ts
/**
 * The all-in-one action: the image stages in one step. It reads the image once and reports it,
 * scans it for secrets (failing at `fail-on`), pushes exactly those bytes when `destinations` are
 * given (refused if the scan failed), and gates on the MCP protocol when `health-url` is given.
 * Every input is checked before any of that starts. Package and deploy run before it as their
 * own steps.
 */



















function getInputs() {
    // Secrets are masked first, before any other input can fail and print something.
    const registryInputs = getRegistryInputs();
    const specFile = getPathInput('spec');
    const gate = getGateInputs(specFile ? healthFromSpec(loadSpec(specFile)) : {}, 'health-timeout');
    const healthUrl = getOptionalInput('health-url');
    if (gate.transport === 'stdio')
        throw new util_errors/* InputError */.dz('input transport: stdio starts a command, and this action gates a URL (health-url); use auto, streamable-http or sse, or actions/health with command');
    const image = getRequiredInput('image');
    const source = (0,image_source/* parseSource */.P)(image);
    const destinations = getListInput('destinations');
    const targets = destinations.map(push/* parseDestination */.G);
    // One binding for the whole step, as push makes it: explicit credentials go to the registry
    // named, else the first destination's, else a docker:// source's; the read and the push share it.
    const registry = (0,credentials/* bindCredentials */.m6)(registryInputs, targets[0]?.registry ?? (source.transport === 'docker' ? (0,reference/* parseImageReference */.o_)(source.reference).registry : undefined));
    const temp = runnerTempDir();
    const workspace = workspaceDir();
    const read = { platform: getOptionalInput('platform') ?? 'linux/amd64', logger: actionLogger, tempDir: temp, registry };
    const files = {
        inspectReport: getPathInput('inspect-report', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-inspect.json'),
        scanReport: getPathInput('scan-report', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-scan.json'),
        sarifFile: getPathInput('sarif-file', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-scan.sarif'),
        healthReport: getPathInput('health-report', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-health.json'),
        dockerfile: getPathInput('dockerfile', { fallback: 'Dockerfile' }),
        workspace,
    };
    return {
        image,
        read,
        files,
        destinations,
        scan: {
            ...read,
            failOn: getChoiceInput('fail-on', [...types/* severities */.gO, 'none'], 'high'),
            baselineFile: getPathInput('baseline'),
            maxFileSize: getSizeInput('max-file-size', '256MB'),
            dockerfile: files.dockerfile,
            workspace,
        },
        health: healthUrl ? { ...gate, target: parseTarget(healthUrl, undefined) } : undefined,
    };
}
function renderImageMarkdown(report) {
    return [
        '### Image',
        '',
        `${code(report.source)} → ${code(report.digest)} (${escapeHtml(report.platform)})`,
        '',
        '| # | Layer | Entries | Deletes | Created by |',
        '|---|---|---|---|---|',
        ...report.layers.map((l) => `| ${l.index} | ${code(l.digest.slice(0, 19))} | ${l.entries} | ${l.whiteouts.length} | ${escapeHtml((l.createdBy ?? '').slice(0, 120))} |`),
        '',
        `${report.deleted.length} path(s) are in a layer but not in the final filesystem.`,
        '',
    ].join('\n');
}
async function run() {
    await runAction(async () => {
        const inputs = getInputs();
        // Read once: a docker-daemon: source is saved from the engine here, and the scan and the push
        // read that same archive (`reopenSource`) instead of saving the image again.
        const { image, report } = await group(`Read ${inputs.image}`, async () => {
            const opened = await (0,reader/* openImage */.U)(inputs.image, inputs.read);
            try {
                return { image: opened, report: await inspectOpenedImage(opened, { display: inputs.image }) };
            }
            catch (error) {
                await opened.close();
                throw error;
            }
        });
        try {
            const source = image.reopenSource;
            writeJsonReport(inputs.files.inspectReport, report);
            // report-file: the name inspect-report had; kept for workflows that use it.
            setOutputs({ digest: report.digest, 'image-id': report.imageId, platform: report.platform, layers: report.layers.length, deleted: report.deleted.length, 'inspect-report': inputs.files.inspectReport, 'report-file': inputs.files.inspectReport });
            await writeSummary(renderImageMarkdown(report));
            // Scan: what is about to be pushed is what gets read for secrets.
            const scan = await group(`Scan ${inputs.image}`, () => runScan(source, inputs.scan));
            await publishScan(scan, inputs.files, inputs.image);
            if (scan.failed)
                throw new util_errors/* GateFailure */.In(`secrets at or above ${inputs.scan.failOn} in ${inputs.image}: nothing pushed; see the job summary and ${inputs.files.scanReport}`);
            if (inputs.destinations.length) {
                // Loaded only when there is somewhere to push (the health gate's SDK likewise below).
                const { pushImage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4922));
                const pushed = await group(`Push ${inputs.image}`, () => pushImage(source, inputs.destinations, { ...inputs.read, scanReport: inputs.files.scanReport, failOn: inputs.scan.failOn }));
                setOutputs({ 'pushed-digest': pushed.digest, references: pushed.references.join('\n') });
                await writeSummary(['### Pushed', '', ...pushed.references.map((r) => `- ${code(r)}`), ''].join('\n'));
            }
        }
        finally {
            await image.close();
        }
        const gate = inputs.health;
        if (gate) {
            const { runHealthGate } = await Promise.all(/* import() */[__webpack_require__.e(235), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 4624));
            const health = await group('MCP health gate', () => runHealthGate(gate));
            writeJsonReport(inputs.files.healthReport, health);
            setOutputs({ healthy: health.ok, 'tools-hash': health.toolsHash ?? '', 'protocol-version': health.protocolVersion ?? '', 'health-report': inputs.files.healthReport });
            await writeSummary(renderHealthMarkdown(health));
            if (!health.ok)
                throw new util_errors/* GateFailure */.In(`MCP health gate failed for ${health.target}: ${health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ')}`);
        }
    });
}


/***/ }),

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

/***/ 4922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseDestination),
/* harmony export */   pushImage: () => (/* binding */ pushImage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _image_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(596);
/* harmony import */ var _image_reader_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5005);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2440);
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3653);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9310);
/* harmony import */ var _scan_types_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1184);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(17);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6618);
/**
 * Push over the OCI distribution API, no engine involved: exactly the bytes that were scanned.
 * From an OCI layout or archive (or another registry) the blobs and the manifest go as stored, so
 * the registry ends with the same manifest digest. From a docker-archive the layers are gzipped
 * (once, to temporary files, so their digests are known before upload) and a Docker schema 2
 * manifest is written around the unchanged config: the image ID stays the same. Blobs first
 * (existence check, cross-repository mount, chunked upload resumed from the registry's offset after
 * a failure), then the manifest by digest, then the tags: a failed push leaves no tag pointing at a
 * partial image. Verified after the push.
 */















const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Destination text `docker://REF` or `REF`; it must name a registry repository (lower-cased; the tag as written). */
function parseDestination(text) {
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_11__/* .parseImageReference */ .o_)(text.replace(/^docker:\/\//, ''), { lowerCase: true });
    if (ref.digest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .InputError */ .dz(`destination ${text}: name a tag (or none), not a digest; the digest is what the push produces`);
    return ref;
}
function checkScanReport(path, digest, failOn) {
    let report;
    try {
        report = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .InputError */ .dz(`--scan-report ${path}: ${error.code ?? error.message}`);
    }
    if (!report.image?.digest || !Array.isArray(report.findings))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .InputError */ .dz(`--scan-report ${path}: not a scan report (no image.digest or findings)`);
    if (report.image.digest !== digest) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .GateFailure */ .In(`refusing to push: the scan report ${path} is of ${report.image.digest}, but this image is ${digest}; scan what you push`);
    }
    if (failOn === 'none')
        return;
    const limit = _scan_types_js__WEBPACK_IMPORTED_MODULE_14__/* .severities */ .gO.indexOf(failOn);
    const failing = report.findings.filter((f) => _scan_types_js__WEBPACK_IMPORTED_MODULE_14__/* .severities */ .gO.indexOf(f.severity) >= 0 && _scan_types_js__WEBPACK_IMPORTED_MODULE_14__/* .severities */ .gO.indexOf(f.severity) <= limit).length;
    if (failing > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .GateFailure */ .In(`refusing to push: the scan report ${path} has ${failing} finding(s) at or above ${failOn}`);
}
/** Skips `offset` bytes of a stream (to resume a blob whose source cannot seek). */
async function* skipBytes(stream, offset) {
    let skipped = 0;
    for await (const chunk of stream) {
        if (skipped >= offset)
            yield chunk;
        else if (skipped + chunk.length > offset) {
            yield chunk.subarray(offset - skipped);
            skipped = offset;
        }
        else
            skipped += chunk.length;
    }
}
/** Fixed-size chunks from a byte stream, the last one shorter. */
async function* rechunk(source, size) {
    let parts = [];
    let have = 0;
    for await (const chunk of source) {
        parts.push(chunk);
        have += chunk.length;
        while (have >= size) {
            const all = Buffer.concat(parts);
            yield all.subarray(0, size);
            parts = [all.subarray(size)];
            have -= size;
        }
    }
    if (have > 0)
        yield Buffer.concat(parts);
}
class Uploader {
    client;
    repository;
    chunkBytes;
    retries;
    logger;
    constructor(client, repository, chunkBytes, retries, logger) {
        this.client = client;
        this.repository = repository;
        this.chunkBytes = chunkBytes;
        this.retries = retries;
        this.logger = logger;
    }
    get scope() {
        return `repository:${this.repository}:pull,push`;
    }
    location(response, base) {
        const location = response.headers.location;
        if (typeof location !== 'string')
            throw new _registry_client_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistryError */ .gl(`${this.client.registry}/${this.repository}: upload answer without a Location header`);
        const next = new URL(location, base);
        // Image bytes that went over TLS do not continue in the clear.
        if (new URL(base).protocol === 'https:' && next.protocol !== 'https:') {
            throw new _registry_client_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistryError */ .gl(`${this.client.registry}/${this.repository}: refusing the upload location ${next.origin}${next.pathname}: plain http after https`);
        }
        return next.href;
    }
    /** Starts an upload session, or mounts the blob from `from` (201) when the registry can. */
    async begin(digest, from) {
        const query = from ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : '';
        const response = await this.client.request(`/v2/${this.repository}/blobs/uploads/${query}`, { method: 'POST', headers: { 'content-length': '0' }, scope: this.scope, expect: [201, 202] });
        response.resume();
        if (response.statusCode === 201)
            return { mounted: true };
        return { mounted: false, url: this.location(response, this.client.baseUrl) };
    }
    /** Where the registry says the upload is: the next byte it expects. */
    async offset(url, confirmed) {
        const response = await this.client.request(url, { method: 'GET', scope: this.scope, expect: [204, 404] });
        response.resume();
        if (response.statusCode === 404)
            return undefined;
        // `0-N` names the last byte received. Distribution also says `0-0` when it has none, which
        // reads like one byte; it can only mean none when no chunk has been confirmed yet.
        const range = /^(?:bytes=)?0-(\d+)$/.exec(String(response.headers.range ?? ''));
        if (!range)
            return 0;
        return range[1] === '0' && confirmed === 0 ? 0 : Number(range[1]) + 1;
    }
    async push(blob, from) {
        if ((await this.client.blobExists(this.repository, blob.digest, this.scope)) !== undefined)
            return 'exists';
        for (let session = 0;; session++) {
            const started = await this.begin(blob.digest, from);
            if (started.mounted)
                return 'mounted';
            try {
                await this.upload(blob, started.url);
                return 'uploaded';
            }
            catch (error) {
                // The upload session itself is gone (registry restarted, session expired): start over.
                if (error instanceof LostSession) {
                    if (session < 2) {
                        this.logger.debug(`${this.repository}: upload of ${blob.digest} starts over in a new session after: ${error.original.message}`);
                        continue;
                    }
                    throw error.original;
                }
                throw error;
            }
        }
    }
    async upload(blob, firstUrl) {
        let url = firstUrl;
        let offset = 0;
        let failures = 0;
        while (offset < blob.size) {
            const stream = await blob.open(offset);
            try {
                if (blob.size - offset <= this.chunkBytes) {
                    // The rest in one PATCH, streamed from the source: no buffering, one round trip.
                    const response = await this.client.request(url, {
                        method: 'PATCH',
                        headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size - offset), 'content-range': `${offset}-${Math.max(offset, blob.size - 1)}` },
                        body: stream,
                        scope: this.scope,
                        expect: [202],
                        replayable: false,
                    });
                    response.resume();
                    url = this.location(response, url);
                    offset = blob.size;
                    break;
                }
                for await (const chunk of rechunk(stream, this.chunkBytes)) {
                    const response = await this.client.request(url, {
                        method: 'PATCH',
                        headers: { 'content-type': 'application/octet-stream', 'content-length': String(chunk.length), 'content-range': `${offset}-${offset + chunk.length - 1}` },
                        body: chunk,
                        scope: this.scope,
                        expect: [202],
                        replayable: false,
                    });
                    response.resume();
                    url = this.location(response, url);
                    offset += chunk.length;
                }
                break;
            }
            catch (error) {
                stream.destroy?.();
                if (++failures > this.retries)
                    throw error;
                await sleep(Math.min(8000, 250 * 2 ** failures));
                const at = await this.offset(url, offset).catch(() => undefined);
                if (at === undefined)
                    throw new LostSession(error);
                this.logger.debug(`${this.repository}: resuming ${blob.digest} at byte ${at} of ${blob.size} after: ${error.message}`);
                offset = at;
            }
        }
        const done = new URL(url);
        done.searchParams.set('digest', blob.digest);
        try {
            const response = await this.client.request(done.href, { method: 'PUT', headers: { 'content-length': '0' }, body: Buffer.alloc(0), scope: this.scope, expect: [201] });
            response.resume();
        }
        catch (error) {
            // The commit may have landed before the connection dropped: the blob then exists.
            if ((await this.client.blobExists(this.repository, blob.digest, this.scope).catch(() => undefined)) === undefined)
                throw error;
        }
    }
    async putManifest(reference, bytes, mediaType) {
        const response = await this.client.request(`/v2/${this.repository}/manifests/${reference}`, { method: 'PUT', headers: { 'content-type': mediaType }, body: bytes, scope: this.scope, expect: [201] });
        response.resume();
        return response.headers['docker-content-digest'];
    }
}
class LostSession extends Error {
    original;
    constructor(original) {
        super('upload session lost');
        this.original = original;
    }
}
/** The image's blobs as they will be pushed, and the manifest bytes (exact, or written for docker-archive layers). */
async function prepare(sourceText, options, tempDir) {
    const image = await (0,_image_reader_js__WEBPACK_IMPORTED_MODULE_8__/* .openImage */ .U)(sourceText, options);
    const { resolved } = image;
    const config = {
        digest: resolved.configDigest,
        size: resolved.configBytes.length,
        mediaType: _image_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.dockerConfig,
        open: async (offset) => node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from([resolved.configBytes.subarray(offset)]),
    };
    if (resolved.manifestBytes) {
        const doc = JSON.parse(resolved.manifestBytes.toString('utf8'));
        const layers = resolved.layers.map((layer, i) => {
            const d = doc.layers[i];
            return { digest: d.digest, size: d.size, mediaType: d.mediaType, open: async (offset) => (offset ? node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from(skipBytes(await layer.open(), offset)) : layer.open()) };
        });
        return {
            blobs: [...layers, { ...config, mediaType: doc.config.mediaType }],
            manifest: resolved.manifestBytes,
            mediaType: resolved.manifestMediaType ?? _image_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.ociManifest,
            digest: resolved.digest,
            configDigest: resolved.configDigest,
            imageDigest: image.digest,
            exact: true,
            close: () => image.close(),
        };
    }
    // docker-archive and docker-daemon: layers stored as tar; gzip each once to know its digest.
    const layers = [];
    for (const layer of resolved.layers) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tempDir, `layer-${layer.index}.tar.gz`);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const gzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGzip)({ level: 6 });
        gzip.on('data', (c) => hash.update(c));
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(await layer.open(), gzip, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path));
        layers.push({ digest: `sha256:${hash.digest('hex')}`, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).size, mediaType: _image_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.dockerLayerGzip, open: async (offset) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { start: offset, highWaterMark: 1024 * 1024 }) });
    }
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _image_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.dockerManifest,
        config: { mediaType: _image_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.dockerConfig, size: config.size, digest: config.digest },
        layers: layers.map((l) => ({ mediaType: l.mediaType, size: l.size, digest: l.digest })),
    }, null, 3));
    return {
        blobs: [...layers, config],
        manifest,
        mediaType: _image_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.dockerManifest,
        digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(manifest).digest('hex')}`,
        configDigest: resolved.configDigest,
        imageDigest: image.digest,
        exact: false,
        close: () => image.close(),
    };
}
async function pushImage(sourceText, destinations, options = {}) {
    const logger = options.logger ?? _util_logger_js__WEBPACK_IMPORTED_MODULE_13__/* .silentLogger */ .qq;
    if (destinations.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .InputError */ .dz('push: name at least one destination (docker://registry/repository[:tag])');
    const targets = destinations.map(parseDestination);
    // Explicit credentials go to one host: the one named, else the first destination's (the source is read with the same binding).
    const registryOptions = (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_10__/* .bindCredentials */ .m6)(options.registry, targets[0].registry);
    const started = performance.now();
    const tempDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'mcp-push-'));
    const clients = new Map();
    const client = (registry) => {
        let c = clients.get(registry);
        if (!c)
            clients.set(registry, (c = new _registry_client_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistryClient */ .bP(registry, registryOptions, logger)));
        return c;
    };
    try {
        const prepared = await prepare(sourceText, { ...options, registry: registryOptions }, tempDir);
        try {
            if (options.scanReport)
                checkScanReport(options.scanReport, prepared.imageDigest, options.failOn ?? 'high');
            const blobs = [];
            let bytesUploaded = 0;
            // Repositories already holding every blob, per registry: a later destination mounts from them.
            const done = new Map();
            for (const target of targets) {
                const uploader = new Uploader(client(target.registry), target.repository, options.chunkBytes ?? Number.POSITIVE_INFINITY, options.retries ?? 5, logger);
                const from = done.get(target.registry);
                // Blobs go up several at a time (as docker and skopeo do), each streamed on its own connection.
                const results = new Array(prepared.blobs.length);
                let next = 0;
                let failed = false;
                const lane = async () => {
                    for (let i = next++; i < prepared.blobs.length && !failed; i = next++) {
                        const blob = prepared.blobs[i];
                        const how = await uploader.push(blob, from && from !== target.repository ? from : undefined);
                        if (how === 'uploaded')
                            bytesUploaded += blob.size;
                        results[i] = { digest: blob.digest, size: blob.size, how };
                        logger.debug(`${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_11__/* .formatReference */ .FH)({ ...target, tag: undefined })}: ${blob.digest} ${how}`);
                    }
                };
                // Every lane settles before the first failure is thrown: none is left reading a temp file.
                const settled = await Promise.allSettled(Array.from({ length: Math.min(options.parallel ?? 4, prepared.blobs.length) }, () => lane().catch((error) => {
                    failed = true;
                    throw error;
                })));
                const rejected = settled.find((r) => r.status === 'rejected');
                if (rejected)
                    throw rejected.reason;
                blobs.push(...results);
                // Manifest by digest first; the tag only once the whole image is there.
                const answered = await uploader.putManifest(prepared.digest, prepared.manifest, prepared.mediaType);
                if (answered && answered !== prepared.digest)
                    throw new _registry_client_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistryError */ .gl(`${target.registry}/${target.repository}: the registry stored the manifest as ${answered}, expected ${prepared.digest}`);
                if (target.tag)
                    await uploader.putManifest(target.tag, prepared.manifest, prepared.mediaType);
                done.set(target.registry, target.repository);
            }
            // Verify: every destination answers with the digest pushed and, by tag, the same manifest.
            for (const target of targets) {
                const c = client(target.registry);
                const got = await c.getManifest(target.repository, target.tag ?? prepared.digest, [prepared.mediaType]);
                if (got.digest !== prepared.digest) {
                    throw new _registry_client_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistryError */ .gl(`${target.registry}/${target.repository}:${target.tag}: after the push the registry serves ${got.digest}, not ${prepared.digest}`);
                }
                const config = JSON.parse(got.bytes.toString('utf8')).config.digest;
                if (config !== prepared.configDigest)
                    throw new _registry_client_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistryError */ .gl(`${target.registry}/${target.repository}: pushed config ${config} is not the image ID ${prepared.configDigest}`);
            }
            return {
                source: sourceText,
                digest: prepared.digest,
                configDigest: prepared.configDigest,
                references: targets.map((t) => `${t.registry}/${t.repository}@${prepared.digest}`),
                tags: targets.filter((t) => t.tag).map((t) => `${t.registry}/${t.repository}:${t.tag}`),
                exact: prepared.exact,
                blobs,
                bytesUploaded,
                seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
            };
        }
        finally {
            await prepared.close();
        }
    }
    finally {
        for (const c of clients.values())
            c.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tempDir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 6758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ acceptedBy),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/** `**` any depth, `*` within one segment, `?` one character. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** The baseline entry that accepts a finding, if any. */
function acceptedBy(baseline, finding) {
    return baseline?.entries.find((e) => (!e.fingerprint || e.fingerprint === finding.fingerprint) &&
        (!e.rule || e.rule === finding.rule) &&
        (!e.pathPattern || (finding.path !== undefined && e.pathPattern.test(finding.path))));
}


/***/ }),

/***/ 1844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DockerfileLocator: () => (/* binding */ DockerfileLocator)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/**
 * Maps a finding back to the Dockerfile line that produced it: the layer's `created_by` matched
 * to its instruction (RUN by command, COPY/ADD by destination), ENV/LABEL/ARG by name.
 */

const squash = (s) => s.replace(/\\\s*\n/g, ' ').replace(/\s+/g, ' ').trim();
class DockerfileLocator {
    instructions;
    constructor(text) {
        this.instructions = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text)
            .getInstructions()
            .map((i) => {
            const args = i.getArguments().map((a) => a.getValue());
            return { keyword: i.getKeyword().toUpperCase(), line: i.getRange().start.line + 1, args: squash(i.getArgumentsContent() ?? ''), last: args[args.length - 1] ?? '' };
        });
    }
    find(keyword, test) {
        const keywords = Array.isArray(keyword) ? keyword : [keyword];
        return this.instructions.filter((i) => keywords.includes(i.keyword)).reverse().find(test)?.line;
    }
    /** The instruction line a history step came from, if this Dockerfile has it. */
    lineOfStep(createdBy) {
        let step = squash(createdBy.replace(/\s*# buildkit$/, '')).replace(/^\|\d+ (?:[A-Za-z_]\w*=(?:"[^"]*"|'[^']*'|\S)* )*/, '');
        const nop = /^\/bin\/sh -c #\(nop\) (\w+) (.*)$/.exec(step);
        if (nop) {
            const [, keyword, rest] = nop;
            if (keyword === 'COPY' || keyword === 'ADD') {
                const dest = / in (\S+)\s*$/.exec(rest)?.[1] ?? rest.split(' ').pop();
                return this.find(['COPY', 'ADD'], (i) => i.last === dest || i.last.replace(/\/$/, '') === dest.replace(/\/$/, ''));
            }
            return this.find(keyword, (i) => squash(rest).includes(i.args) || i.args.includes(squash(rest)));
        }
        const buildkit = /^(RUN|COPY|ADD) (.*)$/.exec(step);
        if (buildkit?.[1] === 'COPY' || buildkit?.[1] === 'ADD')
            return this.find(['COPY', 'ADD'], (i) => i.args === squash(buildkit[2]) || buildkit[2].endsWith(` ${i.last}`));
        if (buildkit)
            step = buildkit[2];
        const command = step.replace(/^\/bin\/sh -c /, '');
        return this.find('RUN', (i) => i.args === command || squash(i.args.replace(/^\[|\]$/g, '')) === command);
    }
    lineOf(finding) {
        if (finding.where === 'env' && finding.name)
            return this.find('ENV', (i) => new RegExp(`(?:^|\\s)${escape(finding.name)}(?:=|\\s)`).test(i.args));
        if (finding.where === 'label' && finding.name)
            return this.find('LABEL', (i) => i.args.includes(finding.name));
        if (finding.where === 'cmd')
            return this.find(['CMD', 'ENTRYPOINT'], () => true);
        if (finding.where === 'history' && finding.name) {
            const arg = this.find('ARG', (i) => i.args === finding.name || i.args.startsWith(`${finding.name}=`));
            if (arg)
                return arg;
        }
        return finding.layer?.createdBy ? this.lineOfStep(finding.layer.createdBy) : undefined;
    }
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 1184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   gO: () => (/* binding */ severities),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/** The scan's public types: rules, findings and the JSON report. */
const severities = ['critical', 'high', 'medium', 'low'];
/** Orders severities: lower number, more severe. */
function severityRank(severity) {
    return severities.indexOf(severity);
}
/** Whether a finding of `severity` fails a scan run with `failOn`. */
function failsAt(severity, failOn) {
    return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}


/***/ })

};

//# sourceMappingURL=424.index.js.map