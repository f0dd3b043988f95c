export const id = 846;
export const ids = [846];
export const modules = {

/***/ 8846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/util/errors.ts

/**
 * The project's error hierarchy. Exit codes follow the CLI contract:
 * 0 ok, 1 a gate failed (the thing checked is not acceptable), 2 usage, input or any other error.
 */
class OrchestratorError extends Error {
    exitCode = 2;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad input, a bad spec, a malformed image: the user can fix it. Exit 2. */
class errors_InputError extends OrchestratorError {
}
/** The thing checked is not acceptable (secrets found, server unhealthy). Exit 1. */
class GateFailure extends OrchestratorError {
    exitCode = 1;
}
/** Stopped by a signal (Ctrl-C, SIGTERM) after cleaning up: exit 128 + the signal's number (130, 143), as shells report it. */
class Interrupted extends OrchestratorError {
    signal;
    exitCode;
    constructor(message, signal) {
        super(message);
        this.signal = signal;
        this.exitCode = 128 + (external_node_os_.constants.signals[signal] ?? 0);
    }
}
/** A command run through `exec` exited non-zero or could not start. Exit 2. */
class ExecError extends OrchestratorError {
    command;
    code;
    stderr;
    constructor(message, command, code, stderr) {
        super(message);
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
/** True for errors whose message is written for users (no stack trace needed). */
function isKnownError(error) {
    return error instanceof OrchestratorError;
}
function exitCodeOf(error) {
    return isKnownError(error) ? error.exitCode : 2;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/audit/findings.ts
/**
 * What an audit found, in one normalized shape, from the reports the pipeline writes: a plain list
 * `[{id, severity, message, location}]`, the checklist's JSON report (rules with verdicts and
 * checks), `scan --format json` and `health --format json`. Every report is untrusted input:
 * each field is checked before use, and a file that is none of these is an InputError naming it.
 * The fingerprint (sha256 of the sorted findings) tells whether the findings changed.
 */


const FINDING_SEVERITIES = ['critical', 'high', 'error', 'medium', 'warning', 'low', 'note'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const findings_text = (v, max = 1000) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);
function severityOf(value, where) {
    if (typeof value === 'string' && FINDING_SEVERITIES.includes(value))
        return value;
    throw new errors_InputError(`${where}: severity ${JSON.stringify(value)} is not one of ${FINDING_SEVERITIES.join(', ')}`);
}
/** A location object ({file, line, column, pointer}) or string as one line of text. */
function locationText(value) {
    if (typeof value === 'string')
        return findings_text(value, 300);
    if (!isObject(value))
        return undefined;
    const file = findings_text(value.file, 300) ?? findings_text(value.path, 300);
    if (!file)
        return undefined;
    const line = typeof value.line === 'number' ? `:${value.line}` : '';
    const pointer = findings_text(value.pointer, 200);
    return `${file}${line}${pointer ? `#${pointer}` : ''}`;
}
function fromList(list, file) {
    return list.map((item, i) => {
        const where = `${file}: finding ${i + 1}`;
        if (!isObject(item))
            throw new errors_InputError(`${where}: not an object {id, severity, message, location}`);
        const id = findings_text(item.id, 200);
        const message = findings_text(item.message);
        if (!id || !message)
            throw new errors_InputError(`${where}: id and message are required strings`);
        return { id, severity: severityOf(item.severity, where), message, location: locationText(item.location), source: findings_text(item.source, 50) ?? 'findings' };
    });
}
/**
 * The checklist's JSON report (src/checklist/report.ts toJson): `rules` of `{id, severity, title,
 * verdict, failsGate, checks: [{status, message, location}]}` (or `results` of `{rule, verdict, checks}`).
 * A rule that fails the gate (`failsGate`; `verdict: failed` where the report does not say) gives
 * one finding per failed check, or one for the rule when it lists none. Failures below the gate's
 * fail-on level are not findings: the audit passes when the gate does.
 */
function fromChecklist(report, file) {
    const results = (report.results ?? report.rules);
    const findings = [];
    results.forEach((entry, i) => {
        const where = `${file}: result ${i + 1}`;
        if (!isObject(entry))
            throw new errors_InputError(`${where}: not an object`);
        const rule = isObject(entry.rule) ? entry.rule : entry;
        const id = findings_text(rule.id, 200) ?? findings_text(entry.rule, 200);
        if (!id)
            throw new errors_InputError(`${where}: no rule id`);
        const fails = typeof entry.failsGate === 'boolean' ? entry.failsGate : entry.verdict === 'failed';
        if (!fails)
            return;
        const severity = severityOf(rule.severity ?? entry.severity, `${where} (${id})`);
        const title = findings_text(rule.title) ?? id;
        const checks = Array.isArray(entry.checks) ? entry.checks.filter(isObject).filter((c) => c.status === 'failed' || c.passed === false) : [];
        if (!checks.length)
            findings.push({ id, severity, message: title, source: 'checklist' });
        for (const check of checks) {
            findings.push({ id, severity, message: findings_text(check.message) ?? title, location: locationText(check.location), source: 'checklist' });
        }
    });
    return findings;
}
/** `scan --format json`: each finding by rule, path or config field, layer; the match is already redacted and left out. */
function fromScan(report) {
    return report.findings.filter(isObject).map((f, i) => {
        const id = findings_text(f.rule, 200) ?? 'scan';
        const place = findings_text(f.path, 300) ?? (findings_text(f.name, 200) ? `${findings_text(f.where, 20) ?? 'config'} ${findings_text(f.name, 200)}` : undefined);
        const layer = isObject(f.layer) && typeof f.layer.index === 'number' ? ` (layer ${f.layer.index}${f.deleted === true ? ', deleted in the final image' : ''})` : '';
        return {
            id,
            severity: severityOf(f.severity, `scan finding ${i + 1}`),
            message: `secret found by ${id}${layer}`,
            location: place ? `${place}${typeof f.line === 'number' ? `:${f.line}` : ''}` : undefined,
            source: 'scan',
        };
    });
}
/** `health --format json`: nothing when healthy, else each problem (errors as error, warnings as warning). */
function fromHealth(report) {
    const problems = report.problems.filter(isObject);
    const findings = problems.map((p) => ({
        id: `health/${findings_text(p.code, 50) ?? 'problem'}`,
        severity: p.level === 'warning' ? 'warning' : 'error',
        message: findings_text(p.message) ?? 'problem',
        location: findings_text(report.target, 300),
        source: 'health',
    }));
    if (report.ok === false && !findings.some((f) => f.severity === 'error')) {
        findings.push({ id: 'health/unhealthy', severity: 'error', message: `the health gate failed (${findings_text(report.status, 50) ?? 'unhealthy'})`, location: findings_text(report.target, 300), source: 'health' });
    }
    return findings;
}
/** The findings of one report file's parsed JSON; `file` names it in errors. */
function findingsFromReport(value, file) {
    if (Array.isArray(value))
        return fromList(value, file);
    if (isObject(value)) {
        if (Array.isArray(value.results) || Array.isArray(value.rules))
            return fromChecklist(value, file);
        if (Array.isArray(value.findings) && isObject(value.image))
            return fromScan(value);
        if (Array.isArray(value.problems) && typeof value.status === 'string')
            return fromHealth(value);
        if (Array.isArray(value.findings))
            return fromList(value.findings, file);
    }
    throw new errors_InputError(`${file}: not a findings report: expected a list [{id, severity, message, location}], the checklist's JSON report, or the JSON report of scan or health`);
}
const order = (f) => [FINDING_SEVERITIES.indexOf(f.severity), f.source, f.id, f.location ?? '', f.message];
/** Most severe first, then by source, id, location and message: the order of the issue's table and of the fingerprint. */
function findings_sortFindings(findings) {
    return [...findings].sort((a, b) => {
        const x = order(a);
        const y = order(b);
        for (let i = 0; i < x.length; i++)
            if (x[i] !== y[i])
                return x[i] < y[i] ? -1 : 1;
        return 0;
    });
}
/** sha256 of the sorted findings (duplicates counted once): equal when nothing changed. */
function findingsFingerprint(findings) {
    const lines = [...new Set(findings_sortFindings(findings).map((f) => JSON.stringify([f.source, f.id, f.severity, f.location ?? '', f.message])))];
    return createHash('sha256').update(lines.join('\n')).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(3206);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub REST client of the preview and audit engines: @actions/github's octokit (REST
 * methods, pagination, the runner's proxy settings) with the retry plugin (5xx answered again,
 * with backoff) and the throttling plugin (primary and secondary rate limits honoured, writes
 * spaced as GitHub asks). The token is only ever sent to the API base URL given, which must be
 * https, or http on a loopback address (a local test double).
 */




const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The API base URL, refused unless https (or http to this machine): the token goes there. */
function apiBaseUrl(value, where) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors_InputError(`${where}: "${value}" is not a URL; give the REST API's base URL, e.g. https://api.github.com`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
        throw new errors_InputError(`${where}: ${url.origin} is not https; the token is only sent over https (or to a loopback address)`);
    }
    if (url.username || url.password || url.search || url.hash)
        throw new errors_InputError(`${where}: the API URL carries credentials, a query or a fragment; give the base URL only`);
    return url.toString().replace(/\/$/, '');
}
/** `owner/name` from GITHUB_REPOSITORY or an input, checked against GitHub's name grammar. */
function parseRepository(value, where) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..')
        throw new errors_InputError(`${where}: "${value}" is not a repository (owner/name)`);
    return { owner: match[1], repo: match[2] };
}
function createGitHubClient(options) {
    const { logger } = options;
    const retries = options.retries ?? 3;
    const base = options.retryAfterBaseValue ?? 1000;
    const limited = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < retries;
        logger.warning(`GitHub API ${kind} on ${request.method} ${request.url}: ${again ? `retrying after ${retryAfter} s` : `giving up after ${retryCount} retries`}`);
        return again;
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: apiBaseUrl(options.baseUrl, 'GitHub API URL'),
        retry: { retries, retryAfterBaseValue: base },
        throttle: { retryAfterBaseValue: base, onRateLimit: limited('rate limit'), onSecondaryRateLimit: limited('secondary rate limit') },
        log: { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warning(m), error: (m) => logger.error(m) },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./src/github/markers.ts
/**
 * Hidden markers: HTML comments that find a comment or an issue again
 * (`<!-- mcp-orchestrator:preview:weather -->`). GitHub renders them as nothing; the name in one
 * comes from an input, so it is held to a grammar that cannot close the comment early.
 */

const NAME = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,99}$/;
/** A marker name (a preview name, a deployment), refused unless it is plain. */
function markerName(value, where) {
    if (!NAME.test(value) || value.includes('--')) {
        throw new errors_InputError(`${where}: "${value}" is not a plain name (letters, digits and . _ / : @ + -, at most 100, no "--")`);
    }
    return value;
}
function markers_hiddenMarker(kind, name) {
    return `<!-- mcp-orchestrator:${kind}:${name} -->`;
}
/** Whether `body` carries the marker on a line of its own (a quote of it inside text does not count). */
function hasMarker(body, marker) {
    return (body ?? '').split(/\r?\n/).some((line) => line.trim() === marker);
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

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./src/handoff/clients.ts
/**
 * The clients' part of the handoff: what a client needs to connect to a deployed MCP server (URL, transport, auth mode,
 * tools), as JSON and as ready snippets for Claude Code, VS Code, Cursor, Claude Desktop (through
 * mcp-remote) and a generic mcp.json. Never a secret value: auth is a mode and a placeholder.
 * The shell snippet's words go through shell-quote, the JSON ones through JSON.stringify, and
 * Markdown code through fences longer than any backtick run in the code (handoff-markdown.ts).
 */

/** The environment variable a client should hold the token in: WEATHER_MCP_TOKEN (a shell name: never a leading digit). */
function tokenVariable(name) {
    return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_').replace(/^(?=[0-9])/, '_')}_MCP_TOKEN`;
}
// Words of only these characters mean the same quoted or not in any POSIX shell (Python's
// shlex.quote keeps them bare); shell-quote would also escape the URL's colons.
const BARE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
const shellWord = (word) => (BARE_WORD.test(word) ? word : quote([word]));
/** A command line for a POSIX shell: each argument one word, whatever it holds. */
function shellCommand(args) {
    return args.map(shellWord).join(' ');
}
function clients_buildClientHandoff(input) {
    const { name, url, transport, auth } = input;
    const token = tokenVariable(name);
    // Any auth: a token in the Authorization header (for oauth: an access token from the issuer).
    const bearer = auth !== 'none';
    const httpType = transport === 'sse' ? 'sse' : 'http';
    // The header is the one word left to the shell on purpose: it expands the token variable (a plain name).
    const claudeCode = [shellCommand(['claude', 'mcp', 'add', '--transport', httpType, name, url]), bearer ? ` --header "Authorization: Bearer $${token}"` : ''].join('');
    const vscode = {
        ...(bearer ? { inputs: [{ type: 'promptString', id: `${name}-token`, description: `${name} MCP token`, password: true }] } : {}),
        servers: { [name]: { type: httpType, url, ...(bearer ? { headers: { Authorization: `Bearer \${input:${name}-token}` } } : {}) } },
    };
    const cursor = { mcpServers: { [name]: { url, ...(bearer ? { headers: { Authorization: `Bearer \${env:${token}}` } } : {}) } } };
    const claudeDesktop = {
        mcpServers: {
            [name]: {
                command: 'npx',
                args: ['-y', 'mcp-remote', url, ...(transport === 'sse' ? ['--transport', 'sse-only'] : []), ...(bearer ? ['--header', 'Authorization:${AUTH_HEADER}'] : [])],
                ...(bearer ? { env: { AUTH_HEADER: `Bearer <${token}>` } } : {}),
            },
        },
    };
    const mcpJson = { mcpServers: { [name]: { type: transport, url, ...(bearer ? { headers: { Authorization: `Bearer \${${token}}` } } : {}) } } };
    return { ...input, snippets: { claudeCode, vscode, cursor, claudeDesktop, mcpJson } };
}
function renderHandoffText(h) {
    const block = (v) => JSON.stringify(v, null, 2);
    return [
        `${h.name} is up at ${h.url} (${h.transport}${h.protocolVersion ? `, MCP ${h.protocolVersion}` : ''}, auth: ${h.auth})`,
        `tools: ${h.tools.join(', ') || '-'}`,
        '',
        'Claude Code:',
        `  ${h.snippets.claudeCode}`,
        '',
        'VS Code (.vscode/mcp.json):',
        block(h.snippets.vscode),
        '',
        'Cursor (~/.cursor/mcp.json):',
        block(h.snippets.cursor),
        '',
        'Claude Desktop (claude_desktop_config.json, through mcp-remote):',
        block(h.snippets.claudeDesktop),
        '',
        'Any client (mcp.json):',
        block(h.snippets.mcpJson),
        '',
    ].join('\n');
}
/** The longest run of backticks in `text`: a Markdown fence around it must be longer. */
const clients_longestBacktickRun = (text) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));

;// CONCATENATED MODULE: ./src/render/auth.ts

/** Where a JWKS ConfigMap is mounted in the container. */
const auth_JWKS_MOUNT = '/etc/mcp-orchestrator/auth';
const auth_JWKS_FILE = 'jwks.json';
const NONE = { env: [], secrets: [] };
function auth_renderAuth(spec, target) {
    const auth = spec.auth ?? { mode: 'none' };
    if (auth.mode === 'none')
        return NONE;
    let out;
    if (auth.mode === 'bearer') {
        const { name, from, rotation, refresh } = auth.secret;
        out = {
            env: [['MCP_BRIDGE_AUTH', 'bearer'], ['MCP_BRIDGE_AUTH_TOKEN_ENV', name]],
            secrets: [{ name, from, ...(rotation !== undefined ? { rotation } : {}), ...(refresh !== undefined ? { refresh } : {}) }],
        };
    }
    else {
        // A ConfigMap is a cluster's; elsewhere the bridge discovers the keys from the issuer.
        const configMap = target === 'kubernetes' ? auth.jwksConfigMap : undefined;
        const jwksUri = configMap ? `file://${auth_JWKS_MOUNT}/${auth_JWKS_FILE}` : auth.jwksUri;
        out = {
            env: [
                ['MCP_BRIDGE_AUTH', 'oauth'],
                ['MCP_BRIDGE_ISSUER', auth.issuer],
                ['MCP_BRIDGE_AUDIENCE', auth.audience],
                ...(auth.scopes.length ? [['MCP_BRIDGE_SCOPES', auth.scopes.join(',')]] : []),
                ...(jwksUri ? [['MCP_BRIDGE_JWKS_URI', jwksUri]] : []),
            ],
            secrets: [],
            ...(configMap ? { jwksConfigMap: configMap } : {}),
        };
    }
    refuseClashes(spec, out);
    return out;
}
/** The spec's own env: or secrets: must not set what auth: sets: a later entry would silently win. */
function refuseClashes(spec, out) {
    const names = [...out.env.map(([name]) => name), ...out.secrets.map((s) => s.name)];
    const clash = names.find((n) => n in spec.env || spec.secrets.some((s) => s.name === n));
    const bridgeSettings = Object.keys(spec.env).filter((n) => /^MCP_BRIDGE_(AUTH|ISSUER|AUDIENCE|SCOPES|JWKS_URI)/.test(n));
    const name = clash ?? bridgeSettings[0];
    if (name)
        throw new InputError(`${spec.file}: ${name} is set by auth: and also by env: or secrets:; remove it there (auth: declares the bridge's authorization)`);
}

;// CONCATENATED MODULE: ./src/render/kubernetes-secrets.ts


/** Where CSI volumes are mounted: the env var NAME_FILE holds the path of each object. */
const kubernetes_secrets_CSI_MOUNT_ROOT = '/mnt/secrets-store';
function renderSecrets(spec, metadata) {
    const name = spec.server.name;
    const out = { env: [], volumes: [], mounts: [], objects: [], runnerSecrets: [] };
    const external = new Map();
    const csiClasses = [];
    // The bearer token of auth: is one more reference, rendered the same way.
    for (const secret of [...spec.secrets, ...renderAuth(spec, 'kubernetes').secrets]) {
        const from = secret.from;
        if (from.kubernetes) {
            const ref = from.kubernetes;
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key } } });
        }
        else if (from.external) {
            const ref = from.external;
            const kind = ref.kind ?? 'SecretStore';
            const target = `${name}-${ref.store}${kind === 'ClusterSecretStore' ? '-cluster' : ''}`;
            const group = external.get(target) ?? { ref: { ...ref, kind }, data: [] };
            group.data.push({ secretKey: secret.name, remoteRef: { key: ref.key, ...(ref.property ? { property: ref.property } : {}) } });
            external.set(target, group);
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: target, key: secret.name } } });
        }
        else if (from.csi) {
            const ref = from.csi;
            const className = ref['provider-class'];
            if (!csiClasses.includes(className))
                csiClasses.push(className);
            out.env.push({ name: `${secret.name}_FILE`, value: `${kubernetes_secrets_CSI_MOUNT_ROOT}/${className}/${ref.object}` });
        }
        else if (from.env !== undefined || from.github !== undefined) {
            const source = from.env !== undefined ? { env: from.env } : { github: from.github };
            const runnerSecret = `${name}-runner`;
            out.runnerSecrets.push({ secret: runnerSecret, key: secret.name, from: source });
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: runnerSecret, key: secret.name } } });
        }
        else {
            const kinds = Object.keys(from).join(', ');
            throw new InputError(`${spec.file}: secrets: ${secret.name}: from.${kinds} cannot be read by a Kubernetes pod; use from.kubernetes, from.external (an External Secrets store) or from.csi`);
        }
    }
    for (const [target, { ref, data }] of external) {
        out.objects.push({
            apiVersion: 'external-secrets.io/v1',
            kind: 'ExternalSecret',
            metadata: metadata(target),
            spec: {
                refreshInterval: '1h',
                secretStoreRef: { name: ref.store, kind: ref.kind },
                target: { name: target, creationPolicy: 'Owner' },
                data,
            },
        });
    }
    csiClasses.forEach((className, index) => {
        const volume = `secrets-store-${index}`;
        out.volumes.push({ name: volume, csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: className } } });
        out.mounts.push({ name: volume, mountPath: `${kubernetes_secrets_CSI_MOUNT_ROOT}/${className}`, readOnly: true });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/handoff/credentials.ts
/**
 * The credentials' part of the handoff (for the OAuth and secrets step): each secret the server
 * needs, where its value is stored (a reference, never a value), how the target hands it to the
 * server, and its rotation and token-refresh needs as the spec states them.
 */


const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** The spec's `from` (validated by the schema: exactly one kind) as a typed reference. */
function secretStoreOf(from) {
    const [kind, value] = Object.entries(from)[0] ?? ['env', ''];
    const ref = asRecord(value);
    switch (kind) {
        case 'kubernetes':
            return { kind, secret: String(ref.secret), key: String(ref.key) };
        case 'external':
            return {
                kind,
                store: String(ref.store),
                storeKind: ref.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore',
                key: String(ref.key),
                ...(ref.property !== undefined ? { property: String(ref.property) } : {}),
            };
        case 'csi':
            return { kind, providerClass: String(ref['provider-class']), object: String(ref.object) };
        case 'github':
            return { kind, secret: String(value) };
        case 'gcp':
            return { kind, secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
        case 'aws':
            return { kind, arn: String(ref.arn) };
        case 'azure':
            return { kind, vault: String(ref.vault), secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
        case 'env':
            return { kind: 'env', variable: String(value) };
        default:
            // The schema admits no other kind: a new one must be added here, not shown as an object.
            throw new Error(`secrets[].from: no handoff for the kind ${JSON.stringify(kind)}`);
            return { kind: 'env', variable: String(value) };
    }
}
/** How the Kubernetes render passes each kind (src/render/kubernetes-secrets.ts). */
function kubernetesDelivery(spec, name, store) {
    switch (store.kind) {
        case 'kubernetes':
            return `environment variable ${name} from Secret ${store.secret}, key ${store.key} (secretKeyRef)`;
        case 'external': {
            const target = `${spec.server.name}-${store.store}${store.storeKind === 'ClusterSecretStore' ? '-cluster' : ''}`;
            return `environment variable ${name} from Secret ${target}, key ${name}, which an ExternalSecret syncs from the ${store.storeKind} ${store.store}`;
        }
        case 'csi':
            return `file ${CSI_MOUNT_ROOT}/${store.providerClass}/${store.object} (Secrets Store CSI volume, read-only); ${name}_FILE holds its path`;
        case 'env':
        case 'github':
            return `environment variable ${name} from Secret ${spec.server.name}-runner, key ${name}, written by the deploy from the runner's ${store.kind === 'env' ? store.variable : store.secret}`;
        case 'gcp':
            return 'not readable by a Kubernetes pod (a Cloud Run reference)';
        case 'aws':
            return 'not readable by a Kubernetes pod (an ECS reference)';
        case 'azure':
            return 'not readable by a Kubernetes pod (a Container Apps reference)';
    }
}
/** How the Compose file passes each kind (src/deploy/compose/compose-document.ts): names only, values from the deploying machine's environment. */
function composeDelivery(name, store) {
    if (store.kind === 'env')
        return `environment variable ${name} from ${store.variable} in the environment of the machine that runs Compose`;
    return `environment variable ${name} from the same variable in the environment of the machine that runs Compose, when set (a ${store.kind} reference is for cluster targets)`;
}
/** Each secret the server needs, the bearer token of auth: included (by reference, as the render passes it). */
function credentials_secretsHandoff(spec, target) {
    return [...spec.secrets, ...renderAuth(spec, target).secrets].map((secret) => {
        const store = secretStoreOf(secret.from);
        return {
            name: secret.name,
            variable: store.kind === 'csi' && target === 'kubernetes' ? `${secret.name}_FILE` : secret.name,
            store,
            delivery: target === 'kubernetes' ? kubernetesDelivery(spec, secret.name, store) : composeDelivery(secret.name, store),
            ...(secret.rotation !== undefined ? { rotation: secret.rotation } : {}),
            ...(secret.refresh !== undefined ? { refresh: secret.refresh } : {}),
        };
    });
}
/** The reference as one line of text, for Markdown (escaped by the writer). */
function credentials_describeStore(store) {
    switch (store.kind) {
        case 'kubernetes':
            return `Kubernetes Secret ${store.secret}, key ${store.key}`;
        case 'external':
            return `${store.storeKind} ${store.store}, key ${store.key}${store.property ? `, property ${store.property}` : ''} (External Secrets)`;
        case 'csi':
            return `SecretProviderClass ${store.providerClass}, object ${store.object} (Secrets Store CSI)`;
        case 'env':
            return `environment variable ${store.variable}`;
        case 'github':
            return `GitHub Actions secret ${store.secret}`;
        case 'gcp':
            return `Google Secret Manager ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
        case 'aws':
            return `${store.arn.includes(':ssm:') ? 'SSM parameter' : 'AWS Secrets Manager secret'} ${store.arn}`;
        case 'azure':
            return `Azure Key Vault ${store.vault}, secret ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
    }
}
const METADATA_PATH = '/.well-known/oauth-protected-resource';
/** Undefined without auth: or with mode none. `url` is the URL clients use (the bearer metadata's origin). */
function credentials_authHandoff(spec, url) {
    const auth = spec.auth;
    if (!auth || auth.mode === 'none')
        return undefined;
    if (auth.mode === 'bearer') {
        return {
            mode: 'bearer',
            resourceMetadata: `${new URL(url).origin}${METADATA_PATH}`,
            tokenSecret: auth.secret.name,
            clientNeeds: `the static token (the secret ${auth.secret.name}), sent as Authorization: Bearer; services only: there is no issuer and no per-client identity, so rotate it by replacing the secret and every client's copy`,
        };
    }
    const scopes = auth.scopes.length ? ` with scope ${auth.scopes.join(' ')}` : '';
    return {
        mode: 'oauth',
        resourceMetadata: `${new URL(auth.audience).origin}${METADATA_PATH}`,
        issuer: auth.issuer,
        audience: auth.audience,
        scopes: auth.scopes,
        keys: auth.jwksConfigMap ? `ConfigMap ${auth.jwksConfigMap.name}, key ${auth.jwksConfigMap.key} (update it when the issuer rotates its keys)` : (auth.jwksUri ?? "the issuer's metadata (jwks_uri), refetched on an unknown key id"),
        clientNeeds: `a client registered at ${auth.issuer} that may request tokens for the resource ${auth.audience}${scopes} (RFC 8707 resource parameter): ` +
            'services use the client-credentials grant; people use authorization code with PKCE in a client that supports MCP authorization. Access tokens are short-lived JWTs: request a new one when it expires',
    };
}

;// CONCATENATED MODULE: ./src/handoff/handoff-markdown.ts
/**
 * The handoff document as Markdown for job summaries, pull-request comments and the handoff file.
 * Every value from the spec, the server or the gate is untrusted: inline values go through
 * escapeHtml (tags, quotes, pipes, backticks) with Markdown's link and emphasis characters as
 * entities too, so a tool name can neither open a tag, a link nor break a table cell; snippets go
 * into fenced blocks longer than any backtick run they hold.
 */



const MARKDOWN_PUNCTUATION = /[[\]()*_~!:]/g;
/** Escaped text for Markdown or a table cell. */
function handoff_markdown_markdownText(text) {
    return escapeHtml(text).replace(MARKDOWN_PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/** An untrusted value as inline code. */
const val = (text) => `<code>${handoff_markdown_markdownText(text)}</code>`;
function details(title, lang, value) {
    const code = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
    return [`<details><summary>${title}</summary>`, '', fence + lang, code, fence, '', '</details>', ''];
}
const table = (rows) => ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
function connectionLine(doc) {
    const test = doc.clients.connectionTest;
    if (!test)
        return 'not run';
    const verdict = test.ok ? (test.status === 'auth-required' ? 'passed (alive, authorization required)' : 'passed') : 'failed';
    const parts = [
        test.protocolVersion ? `MCP ${handoff_markdown_markdownText(test.protocolVersion)}` : undefined,
        test.server ? `server ${val(`${test.server.name} ${test.server.version}`)}` : undefined,
        test.toolsHash ? `tools hash ${val(test.toolsHash)}` : undefined,
        `${test.latencyMs.total} ms${test.latencyMs.connect !== undefined ? ` (connect ${test.latencyMs.connect} ms${test.latencyMs.listTools !== undefined ? `, tools/list ${test.latencyMs.listTools} ms` : ''})` : ''}`,
        test.smoke ? `smoke ${val(test.smoke.tool)} ${test.smoke.ok ? 'ok' : 'failed'}` : undefined,
        ...test.problems.map((p) => `${p.level}: ${handoff_markdown_markdownText(p.message)}`),
    ].filter((p) => p !== undefined);
    return `${verdict} against ${val(test.target)}: ${parts.join('; ')}`;
}
function clientsSection(doc) {
    const c = doc.clients;
    const list = (names) => names.map(val).join(', ') || '-';
    return [
        '### Clients',
        '',
        ...table([
            ['URL', val(c.url)],
            ['Transport', handoff_markdown_markdownText(c.transport)],
            ['Auth', c.auth === 'none' ? 'none' : `${c.auth} (the snippets read the token from a variable or a prompt; no value here)`],
            ['Tools', list(c.tools)],
            ...(c.resources !== undefined ? [['Resources', String(c.resources)]] : []),
            ...(c.prompts !== undefined ? [['Prompts', String(c.prompts)]] : []),
            ['Connection test', connectionLine(doc)],
        ]),
        ...details('Claude Code', 'sh', c.snippets.claudeCode),
        ...details('VS Code (.vscode/mcp.json)', 'json', c.snippets.vscode),
        ...details('Cursor (~/.cursor/mcp.json)', 'json', c.snippets.cursor),
        ...details('Claude Desktop (claude_desktop_config.json, through mcp-remote)', 'json', c.snippets.claudeDesktop),
        ...details('Any client (mcp.json)', 'json', c.snippets.mcpJson),
    ];
}
function credentialsSection(doc) {
    const { secrets, oauth } = doc.credentials;
    const lines = ['### Credentials', ''];
    if (!secrets.length)
        lines.push('The server needs no secrets.', '');
    else {
        lines.push('| Secret | Stored in | The server gets it as | Rotation | Refresh |', '|---|---|---|---|---|');
        for (const s of secrets) {
            lines.push(`| ${val(s.name)} | ${handoff_markdown_markdownText(describeStore(s.store))} | ${handoff_markdown_markdownText(s.delivery)} | ${s.rotation ? handoff_markdown_markdownText(s.rotation) : 'not stated'} | ${s.refresh ? handoff_markdown_markdownText(s.refresh) : 'not stated'} |`);
        }
        lines.push('');
    }
    const auth = doc.credentials.auth;
    if (auth) {
        lines.push(...table([
            ['Authorization', auth.mode === 'oauth' ? 'OAuth 2.1 (JWT access tokens, validated by the server)' : 'static bearer token'],
            ...(auth.issuer ? [['Issuer', val(auth.issuer)]] : []),
            ...(auth.audience ? [['Audience (resource)', val(auth.audience)]] : []),
            ...(auth.scopes?.length ? [['Scopes', auth.scopes.map(val).join(' ')]] : []),
            ['Protected-resource metadata', val(auth.resourceMetadata)],
            ...(auth.keys ? [['Issuer keys', handoff_markdown_markdownText(auth.keys)]] : []),
            ['A client needs', handoff_markdown_markdownText(auth.clientNeeds)],
        ]));
    }
    if (oauth && !auth) {
        const servers = oauth.authorizationServers?.map(val).join(', ');
        lines.push(`The server requires authorization${oauth.scheme ? ` (${handoff_markdown_markdownText(oauth.scheme)})` : ''}: protected-resource metadata ${oauth.resourceMetadata ? val(oauth.resourceMetadata) : 'not advertised'}${servers ? `; authorization servers ${servers}` : ''}.`, '');
    }
    return lines;
}
function endpointsSection(doc) {
    const e = doc.endpoints;
    const lb = e.loadBalancing;
    const replicas = lb.replicas.min === lb.replicas.max ? String(lb.replicas.min) : `${lb.replicas.min} to ${lb.replicas.max}`;
    return [
        '### Endpoints',
        '',
        ...table([
            ['Base URL', `${val(e.baseUrl)}${e.public ? '' : ' (not public)'}`],
            ['Paths', e.paths.map((p) => `${val(p.path)} ${handoff_markdown_markdownText(p.purpose)}`).join('<br>')],
            ['TLS', e.tls ? `secret ${val(e.tls.secret)}${e.tls.issuer ? `, issued by ${val(e.tls.issuer)} (cert-manager)` : ''}` : 'none (plain HTTP)'],
            ['Rate limit', e.rateLimit ? `${e.rateLimit.rps} requests/s per client address, ${handoff_markdown_markdownText(e.rateLimit.enforcedBy)}` : 'none'],
            ['Load balancing', `${replicas} replica${replicas === '1' ? '' : 's'}; session affinity ${handoff_markdown_markdownText(lb.affinity)}: ${handoff_markdown_markdownText(lb.how)}`],
            ...(e.ingressClass || e.ingressController ? [['Ingress class', `${e.ingressClass ? val(e.ingressClass) : 'the cluster default'}${e.ingressController === 'nginx' ? ' (ingress-nginx)' : ''}`]] : []),
        ]),
        ...lb.warnings.map((w) => `> [!WARNING]\n> ${handoff_markdown_markdownText(w)}\n`),
    ];
}
function renderHandoffMarkdown(doc) {
    const r = doc.release;
    const runs = [r.image ? `image ${val(r.image)}` : undefined, r.revision !== undefined ? `revision ${r.revision}` : undefined, r.namespace ? `namespace ${val(r.namespace)}` : undefined, r.project ? `project ${val(r.project)}` : undefined].filter(Boolean);
    return [`## Handoff: ${val(doc.server)} on ${handoff_markdown_markdownText(doc.target)}`, '', ...(runs.length ? [`Runs ${runs.join(', ')}.`, ''] : []), ...clientsSection(doc), ...credentialsSection(doc), ...endpointsSection(doc)].join('\n');
}

;// CONCATENATED MODULE: ./src/preview/event.ts

const event_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
function field(value, path, where) {
    let node = value;
    for (const key of path.split('.'))
        node = event_isObject(node) ? node[key] : undefined;
    if (node === undefined || node === null)
        throw new errors_InputError(`${where}: ${path} is missing; the preview needs a pull_request event`);
    return node;
}
function repository(value, path, where) {
    const name = field(value, path, where);
    if (typeof name !== 'string' || !REPOSITORY.test(name))
        throw new errors_InputError(`${where}: ${path} is not a repository name (owner/name)`);
    return name;
}
/** The pull request of an event payload; `where` names the event file in errors. */
function parsePullRequestEvent(payload, where) {
    const action = field(payload, 'action', where);
    const number = field(payload, 'pull_request.number', where);
    const headSha = field(payload, 'pull_request.head.sha', where);
    if (typeof action !== 'string' || !/^[a-z_]{1,40}$/.test(action))
        throw new errors_InputError(`${where}: action is not an event action`);
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
        throw new errors_InputError(`${where}: pull_request.number is not a positive integer`);
    if (typeof headSha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(headSha))
        throw new errors_InputError(`${where}: pull_request.head.sha is not a commit SHA`);
    const baseRepository = repository(payload, 'pull_request.base.repo.full_name', where);
    // A head repository that was deleted is null: treat it as a fork (nothing proves it is not).
    const headRepo = payload.pull_request.head.repo;
    const headRepository = headRepo === null ? '(deleted)' : repository(payload, 'pull_request.head.repo.full_name', where);
    const merged = payload.pull_request.merged === true;
    return { action, number, headSha, headRepository, baseRepository, fork: headRepository.toLowerCase() !== baseRepository.toLowerCase(), merged };
}
/**
 * The pull request as the REST API has it now, for runs not started by a pull_request event (a
 * maintainer's workflow_dispatch that approves a fork's head): its head is read from GitHub, not
 * from an input, so an approval is checked against what would really be deployed.
 */
async function fetchPullRequest(client, repo, number) {
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
    return parsePullRequestEvent({ action: data.state === 'closed' ? 'closed' : 'synchronize', pull_request: data }, `pull request #${number} from the REST API`);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/registry/reference.ts
/** Image references as docker writes them: `[registry/]repository[:tag][@digest]`. */

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const reference_REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function reference_parseImageReference(text, options = {}) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new InputError(`image reference "${text}": "${digest}" is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new InputError(`image reference "${text}": "${tag}" is not a valid tag`);
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
    if (!reference_REPOSITORY.test(repository))
        throw new InputError(`image reference "${text}": "${repository}" is not a valid repository name (lowercase letters, digits, . _ - and /)`);
    if (!tag && !digest)
        tag = 'latest';
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function reference_formatReference(ref) {
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
function reference_canonicalRegistry(text, what = 'registry') {
    const host = text
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/(?:v[12]\/?)?$/, '');
    if (!HOST.test(host))
        throw new InputError(`${what} "${text}": not a registry host (write host[:port], e.g. ghcr.io or 127.0.0.1:5000)`);
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0];
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

;// CONCATENATED MODULE: ./src/render/kubernetes-settings.ts


const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** Parses the image the render pins: it must carry a digest, and its registry must be a plain host. */
function pinnedImage(image) {
    const ref = parseImageReference(image);
    if (!REGISTRY_HOST.test(ref.registry))
        throw new InputError(`--image "${image}": "${ref.registry}" is not a registry host`);
    if (!ref.digest) {
        throw new InputError(`--image "${image}" has no digest: Kubernetes must run exactly the scanned bytes, so pass REPOSITORY@sha256:... ` +
            '(`mcp-orchestrator push ... --format json` prints it; or `docker buildx imagetools inspect REF` shows the digest)');
    }
    const version = ref.tag && LABEL_VALUE.test(ref.tag) ? ref.tag : ref.digest.slice('sha256:'.length, 'sha256:'.length + 12);
    return { ref, text: formatReference({ registry: ref.registry, repository: ref.repository, digest: ref.digest }), version };
}
const kubernetes_settings_asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** Reads the Kubernetes-relevant part of a validated spec. */
function readKubernetesSettings(spec, options) {
    const target = kubernetes_settings_asRecord(spec.targets.kubernetes);
    const { text, version } = pinnedImage(options.image);
    if (options.instance !== undefined && !DNS_LABEL.test(options.instance))
        throw new InputError(`instance "${options.instance}" is not a DNS label (lowercase letters, digits and -, at most 63)`);
    const scaling = spec.scaling ?? {};
    const min = target.replicas ?? scaling.min ?? 1;
    const autoscaling = scaling.max !== undefined && scaling.max > min ? { min: Math.max(min, 1), max: scaling.max, cpu: scaling.cpu ?? 80 } : undefined;
    return {
        name: spec.server.name,
        instance: options.instance ?? spec.server.name,
        namespace: options.namespace ?? target.namespace,
        image: text,
        version,
        bridged: spec.server.transport === 'stdio',
        port: spec.server.port,
        healthPath: spec.health.path,
        replicas: autoscaling ? undefined : min,
        autoscaling,
        multiReplica: autoscaling ? autoscaling.max > 1 : min > 1,
        ingress: kubernetes_settings_readIngress(spec, target),
        progressDeadlineSeconds: options.progressDeadlineSeconds ?? 180,
    };
}
function kubernetes_settings_readIngress(spec, target) {
    const ingress = kubernetes_settings_asRecord(spec.ingress);
    if (typeof ingress.host !== 'string')
        return undefined;
    const className = ingress.class ?? target['ingress-class'];
    // Without a stated controller, a class named like ingress-nginx's is taken as it; anything else
    // (including the cluster's default class) gets no controller-specific annotations.
    const controller = ingress.controller ?? (className && /nginx/.test(className) ? 'nginx' : 'other');
    const tls = kubernetes_settings_asRecord(ingress.tls);
    const rateLimit = kubernetes_settings_asRecord(ingress['rate-limit']);
    const issuer = tls.issuer;
    const secret = tls.secret ?? (issuer ? `${spec.server.name}-tls` : undefined);
    return {
        host: ingress.host,
        className,
        controller,
        controllerNamespace: ingress['controller-namespace'] ?? (controller === 'nginx' ? 'ingress-nginx' : undefined),
        rps: rateLimit.rps,
        tls: secret ? { secret, ...(issuer ? { issuer } : {}) } : undefined,
    };
}

;// CONCATENATED MODULE: ./src/render/kubernetes-workload.ts


/** The user the generated Dockerfiles run as; set here too so images with a named USER pass runAsNonRoot. */
const RUN_AS = 10001;
/** The bridge drains for up to 30s on SIGTERM (its default), then stops its children. */
const BRIDGE_TERMINATION_GRACE_SECONDS = 45;
const NATIVE_TERMINATION_GRACE_SECONDS = 30;
const kubernetes_workload_PORT_NAME = 'http';
function probes(settings) {
    const http = (path) => ({ httpGet: { path, port: kubernetes_workload_PORT_NAME } });
    const check = settings.bridged
        ? { startup: http('/healthz'), ready: http('/readyz'), live: http('/healthz') }
        : settings.healthPath
            ? { startup: http(settings.healthPath), ready: http(settings.healthPath), live: http(settings.healthPath) }
            : { startup: { tcpSocket: { port: kubernetes_workload_PORT_NAME } }, ready: { tcpSocket: { port: kubernetes_workload_PORT_NAME } }, live: { tcpSocket: { port: kubernetes_workload_PORT_NAME } } };
    return {
        // Up to two minutes to start (npm/python start-up on a busy node); liveness waits for it.
        startupProbe: { ...check.startup, periodSeconds: 2, timeoutSeconds: 3, failureThreshold: 60 },
        readinessProbe: { ...check.ready, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
        livenessProbe: { ...check.live, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
    };
}
function resources(spec) {
    const amounts = {};
    if (spec.resources?.cpu !== undefined)
        amounts.cpu = String(spec.resources.cpu);
    if (spec.resources?.memory !== undefined)
        amounts.memory = spec.resources.memory;
    return Object.keys(amounts).length ? { requests: amounts, limits: amounts } : undefined;
}
function renderServiceAccount(settings) {
    return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadataFor(settings)(settings.name), automountServiceAccountToken: false };
}
function topologySpread(settings) {
    const labelSelector = { matchLabels: selectorLabels(settings) };
    // ScheduleAnyway: spreading is a preference; a one-node or one-zone cluster still runs every replica.
    return ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({ maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector }));
}
function renderDeployment(spec, settings, secrets) {
    const auth = renderAuth(spec, 'kubernetes');
    const env = [...[...Object.entries(spec.env), ...auth.env].map(([name, value]) => ({ name, value })), ...secrets.env];
    // The issuer's public keys, for pods that cannot reach the issuer (the bridge reads the file).
    const jwks = auth.jwksConfigMap
        ? { volume: { name: 'auth-jwks', configMap: { name: auth.jwksConfigMap.name, items: [{ key: auth.jwksConfigMap.key, path: JWKS_FILE }] } }, mount: { name: 'auth-jwks', mountPath: JWKS_MOUNT, readOnly: true } }
        : undefined;
    const limits = resources(spec);
    const container = {
        name: settings.name,
        image: settings.image,
        imagePullPolicy: 'IfNotPresent',
        ports: [{ name: kubernetes_workload_PORT_NAME, containerPort: settings.port, protocol: 'TCP' }],
        ...(env.length ? { env } : {}),
        ...(limits ? { resources: limits } : {}),
        ...probes(settings),
        securityContext: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            runAsUser: RUN_AS,
            runAsGroup: RUN_AS,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
        },
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, ...secrets.mounts, ...(jwks ? [jwks.mount] : [])],
    };
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: metadataFor(settings)(settings.name),
        spec: {
            ...(settings.replicas !== undefined ? { replicas: settings.replicas } : {}),
            selector: { matchLabels: selectorLabels(settings) },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
            revisionHistoryLimit: 5,
            progressDeadlineSeconds: settings.progressDeadlineSeconds,
            template: {
                metadata: { labels: standardLabels(settings) },
                spec: {
                    serviceAccountName: settings.name,
                    automountServiceAccountToken: false,
                    enableServiceLinks: false,
                    terminationGracePeriodSeconds: settings.bridged ? BRIDGE_TERMINATION_GRACE_SECONDS : NATIVE_TERMINATION_GRACE_SECONDS,
                    securityContext: { runAsNonRoot: true, runAsUser: RUN_AS, runAsGroup: RUN_AS, fsGroup: RUN_AS, seccompProfile: { type: 'RuntimeDefault' } },
                    ...(settings.multiReplica ? { topologySpreadConstraints: topologySpread(settings) } : {}),
                    containers: [container],
                    volumes: [{ name: 'tmp', emptyDir: {} }, ...secrets.volumes, ...(jwks ? [jwks.volume] : [])],
                },
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/render/kubernetes-traffic.ts


const SERVICE_PORT = 80;
/**
 * ingress-nginx hashes on the client's address. Not on the `Mcp-Session-Id` header: a session's
 * first request (initialize) carries no id yet, so it would hash to one fixed pod while the
 * session's later requests hash on their id to another pod that does not hold the session.
 */
const kubernetes_traffic_SESSION_HASH_KEY = '$binary_remote_addr';
/** SSE streams stay open: an hour before the controller cuts an idle read or send. */
const STREAM_TIMEOUT_SECONDS = '3600';
/** Decides session affinity; the warning says when nothing keeps a session on its pod. */
function kubernetes_traffic_sessionAffinity(settings) {
    if (!settings.multiReplica)
        return { mode: 'single-replica', warnings: [] };
    const ingress = settings.ingress;
    if (ingress?.controller === 'nginx')
        return { mode: 'client-hash', warnings: [] };
    if (!ingress)
        return { mode: 'client-ip', warnings: [] };
    return {
        mode: 'client-ip',
        warnings: [
            `${settings.name}: more than one replica behind an ingress controller (class ${ingress.className ?? '(cluster default)'}) that this render cannot configure for session affinity: ` +
                'the Service\'s ClientIP affinity does not apply to traffic the controller sends to pods directly, so requests of one MCP session may reach a pod that does not hold it. ' +
                'Set ingress.controller: nginx when it is ingress-nginx, configure sticky sessions on the controller, or run one replica (targets.kubernetes.replicas: 1 and no scaling.max above it).',
        ],
    };
}
function renderService(settings, affinity) {
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: metadataFor(settings)(settings.name),
        spec: {
            type: 'ClusterIP',
            selector: selectorLabels(settings),
            ports: [{ name: PORT_NAME, port: SERVICE_PORT, targetPort: PORT_NAME, protocol: 'TCP', appProtocol: 'http' }],
            // In-cluster clients reach pods through the Service: ClientIP keeps their sessions on one pod
            // (ingress-nginx bypasses the Service and hashes on the client address instead).
            ...(affinity.mode === 'single-replica' ? {} : { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } }),
        },
    };
}
function ingressAnnotations(settings, affinity) {
    const ingress = settings.ingress;
    const annotations = {};
    if (ingress.tls?.issuer)
        annotations['cert-manager.io/cluster-issuer'] = ingress.tls.issuer;
    if (ingress.controller !== 'nginx')
        return annotations;
    const nginx = 'nginx.ingress.kubernetes.io';
    if (ingress.rps !== undefined)
        annotations[`${nginx}/limit-rps`] = String(ingress.rps);
    annotations[`${nginx}/proxy-buffering`] = 'off';
    annotations[`${nginx}/proxy-read-timeout`] = STREAM_TIMEOUT_SECONDS;
    annotations[`${nginx}/proxy-send-timeout`] = STREAM_TIMEOUT_SECONDS;
    if (affinity.mode === 'client-hash')
        annotations[`${nginx}/upstream-hash-by`] = kubernetes_traffic_SESSION_HASH_KEY;
    return annotations;
}
/**
 * Routes the whole host to the server: its MCP path, the SSE endpoints of bridged servers
 * (/sse, /messages) and /.well-known/oauth-protected-resource all have to be public.
 */
function renderIngress(settings, affinity) {
    const ingress = settings.ingress;
    if (!ingress)
        return undefined;
    return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: metadataFor(settings)(settings.name, ingressAnnotations(settings, affinity)),
        spec: {
            ...(ingress.className ? { ingressClassName: ingress.className } : {}),
            ...(ingress.tls ? { tls: [{ hosts: [ingress.host], secretName: ingress.tls.secret }] } : {}),
            rules: [
                {
                    host: ingress.host,
                    http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: settings.name, port: { name: PORT_NAME } } } }] },
                },
            ],
        },
    };
}
/** Admits only same-namespace pods and, with an ingress, the controller's namespace, on the server's port. */
function renderNetworkPolicy(settings) {
    const from = [{ podSelector: {} }];
    const controllerNamespace = settings.ingress?.controllerNamespace;
    if (controllerNamespace)
        from.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': controllerNamespace } } });
    return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: metadataFor(settings)(settings.name),
        spec: {
            podSelector: { matchLabels: selectorLabels(settings) },
            policyTypes: ['Ingress'],
            ingress: [{ from, ports: [{ port: PORT_NAME, protocol: 'TCP' }] }],
        },
    };
}

;// CONCATENATED MODULE: ./src/handoff/endpoints.ts
/**
 * The endpoints' part of the handoff (for the webhook and gateway step): the host and paths the
 * server answers on, TLS, rate limits, load balancing and session affinity, and the ingress class,
 * read from the spec the way the Kubernetes render reads it (readIngress, sessionAffinity), so the
 * handoff says what was deployed.
 */


const WELL_KNOWN = '/.well-known/oauth-protected-resource';
function endpointPaths(spec) {
    const { transport, path } = spec.server;
    const paths = [];
    if (transport === 'sse') {
        paths.push({ path: '/sse', purpose: 'MCP, HTTP+SSE (the server names its message endpoint in the stream)' });
    }
    else {
        paths.push({ path, purpose: 'MCP, Streamable HTTP' });
    }
    if (transport === 'stdio') {
        paths.push({ path: '/sse', purpose: 'MCP, legacy HTTP+SSE stream (bridge)' });
        paths.push({ path: '/messages', purpose: 'MCP, legacy HTTP+SSE posts (bridge)' });
        paths.push({ path: '/healthz', purpose: 'liveness (bridge)' });
        paths.push({ path: '/readyz', purpose: 'readiness (bridge)' });
    }
    else if (spec.health.path) {
        paths.push({ path: spec.health.path, purpose: 'health (the spec\'s health.path)' });
    }
    paths.push({ path: WELL_KNOWN, purpose: 'OAuth protected-resource metadata (RFC 9728), when the server requires authorization' });
    return paths;
}
function replicasOf(spec) {
    const target = (spec.targets.kubernetes ?? {});
    const min = target.replicas ?? spec.scaling?.min ?? 1;
    const max = spec.scaling?.max !== undefined && spec.scaling.max > min ? spec.scaling.max : min;
    return { min, max };
}
function affinityHow(mode, ingress) {
    switch (mode) {
        case 'single-replica':
            return 'one replica: every request of a session reaches it';
        case 'client-hash':
            return `the ingress controller (ingress-nginx) hashes on the client address (upstream-hash-by ${SESSION_HASH_KEY}); in-cluster clients keep their pod through the Service's ClientIP affinity`;
        case 'client-ip':
            return ingress
                ? 'the Service\'s ClientIP affinity (3 hours), for in-cluster clients; the ingress controller is not configured for affinity'
                : 'the Service\'s ClientIP affinity (3 hours)';
        case 'manifests':
            return 'as your own manifests configure it (not read by the handoff)';
    }
}
function endpoints_endpointsHandoff({ spec, target, url, affinity }) {
    const parsed = new URL(url);
    const base = { baseUrl: parsed.origin, host: parsed.host, paths: endpointPaths(spec) };
    if (target === 'compose') {
        return {
            ...base,
            public: !isLoopback(parsed.hostname),
            loadBalancing: { replicas: { min: 1, max: 1 }, affinity: 'single-replica', how: affinityHow('single-replica', undefined), warnings: [] },
        };
    }
    const ingress = readIngress(spec, (spec.targets.kubernetes ?? {}));
    const replicas = replicasOf(spec);
    const decided = affinity ?? sessionAffinity({ name: spec.server.name, multiReplica: replicas.max > 1, ingress });
    return {
        ...base,
        ...(ingress ? { baseUrl: `${ingress.tls ? 'https' : 'http'}://${ingress.host}`, host: ingress.host } : {}),
        public: ingress !== undefined,
        ...(ingress?.tls ? { tls: ingress.tls } : {}),
        ...(ingress?.rps !== undefined ? { rateLimit: { rps: ingress.rps, enforcedBy: ingress.controller === 'nginx' ? 'ingress-nginx (limit-rps)' : 'not configured: the controller is not ingress-nginx' } } : {}),
        ...(ingress?.className ? { ingressClass: ingress.className } : {}),
        ...(ingress ? { ingressController: ingress.controller } : {}),
        loadBalancing: { replicas, affinity: decided.mode, how: affinityHow(decided.mode, ingress), warnings: decided.warnings ?? [] },
    };
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

;// CONCATENATED MODULE: ./src/handoff/handoff.ts






const HANDOFF_SCHEMA = 'mcp-orchestrator/handoff/v1';
function connectionTest(health) {
    return {
        ok: health.ok,
        status: health.status,
        target: health.target,
        ...(health.transport ? { transport: health.transport } : {}),
        ...(health.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
        ...(health.server ? { server: { name: health.server.name, version: health.server.version } } : {}),
        ...(health.toolsHash ? { toolsHash: health.toolsHash } : {}),
        latencyMs: health.latencyMs,
        ...(health.smoke ? { smoke: { tool: health.smoke.tool, ok: health.smoke.ok } } : {}),
        problems: health.problems.map((p) => ({ level: p.level, message: p.message })),
    };
}
function buildHandoff(options) {
    const { spec, target, url, health } = options;
    const authRequired = health?.status === 'auth-required';
    const transport = health?.transport === 'sse' || (!health?.transport && spec.server.transport === 'sse') ? 'sse' : 'streamable-http';
    const clients = buildClientHandoff({
        name: spec.server.name,
        url,
        transport,
        auth: options.auth ?? (spec.auth && spec.auth.mode !== 'none' ? spec.auth.mode : authRequired ? 'oauth' : 'none'),
        tools: health?.tools.map((t) => t.name) ?? [],
        ...(health?.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
    });
    const oauth = authRequired
        ? {
            ...(health.auth?.resourceMetadata ? { resourceMetadata: health.auth.resourceMetadata } : {}),
            ...(health.auth?.authorizationServers?.length ? { authorizationServers: health.auth.authorizationServers } : {}),
            ...(health.auth?.scheme ? { scheme: health.auth.scheme } : {}),
        }
        : undefined;
    return {
        schema: HANDOFF_SCHEMA,
        server: spec.server.name,
        target,
        release: options.release ?? {},
        clients: {
            ...clients,
            ...(health?.resources !== undefined ? { resources: health.resources } : {}),
            ...(health?.prompts !== undefined ? { prompts: health.prompts } : {}),
            ...(health ? { connectionTest: connectionTest(health) } : {}),
        },
        credentials: { secrets: secretsHandoff(spec, target), ...(authHandoff(spec, url) ? { auth: authHandoff(spec, url) } : {}), ...(oauth ? { oauth } : {}) },
        endpoints: endpointsHandoff({ spec, target, url, affinity: options.affinity }),
    };
}
/** The document as the handoff file and the `handoff` output hold it. */
/** The handoff of a Kubernetes deploy that went through (none for a dry run or a failure). */
function kubernetesHandoff(spec, result) {
    if (!result.ok || result.dryRun)
        return undefined;
    return buildHandoff({ spec, target: 'kubernetes', url: result.url, health: result.gate, release: { image: result.image, digest: result.digest, revision: result.revision, namespace: result.namespace } });
}
function handoffJson(doc) {
    return `${JSON.stringify(doc, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/preview/handoff-input.ts
/**
 * The handoff file `deploy --handoff` wrote (src/handoff/handoff.ts), as the preview comment reads
 * it: only the fields the comment shows, each checked by a JSON Schema before use. The file comes
 * from a step that deployed the pull request's spec, so its values are untrusted.
 */



const str = (max) => ({ type: 'string', maxLength: max });
const schema = {
    type: 'object',
    required: ['schema', 'server', 'target', 'clients'],
    properties: {
        schema: { const: HANDOFF_SCHEMA },
        server: str(200),
        target: str(50),
        release: { type: 'object', properties: { image: str(500), digest: str(200), namespace: str(100), project: str(200) } },
        clients: {
            type: 'object',
            required: ['url', 'transport', 'auth', 'tools', 'snippets'],
            properties: {
                url: { type: 'string', maxLength: 2000, pattern: '^https?://' },
                transport: { enum: ['streamable-http', 'sse'] },
                auth: { enum: ['none', 'bearer', 'oauth'] },
                tools: { type: 'array', maxItems: 10_000, items: str(500) },
                protocolVersion: str(50),
                snippets: {
                    type: 'object',
                    required: ['claudeCode', 'vscode', 'cursor', 'claudeDesktop', 'mcpJson'],
                    properties: { claudeCode: str(5000), vscode: { type: 'object' }, cursor: { type: 'object' }, claudeDesktop: { type: 'object' }, mcpJson: { type: 'object' } },
                },
                connectionTest: {
                    type: 'object',
                    required: ['ok', 'status', 'problems'],
                    properties: {
                        ok: { type: 'boolean' },
                        status: str(50),
                        problems: { type: 'array', maxItems: 1000, items: { type: 'object', required: ['level', 'message'], properties: { level: str(20), message: str(5000) } } },
                    },
                },
            },
        },
    },
};
const validate = new ajv.Ajv({ allErrors: false, strict: false }).compile(schema);
/** The handoff document's fields the preview shows; `file` names it in the error. */
function parsePreviewHandoff(value, file) {
    if (validate(value))
        return value;
    const error = validate.errors?.[0];
    throw new errors_InputError(`${file}: not a handoff document (${HANDOFF_SCHEMA}): ${error ? `${error.instancePath || '/'} ${error.message}` : 'invalid'}; pass the file deploy --handoff wrote`);
}

;// CONCATENATED MODULE: ./src/audit/issue-body.ts
/**
 * The tracking issue's title, body and comments. Finding ids, messages and locations come from
 * reports of untrusted images, specs and servers: each goes through markdownText (no tag, link,
 * emphasis or table cell can be opened). The body carries two hidden markers: the deployment's
 * (to find the issue again) and the findings' fingerprint (to tell whether they changed).
 */



/** GitHub refuses bodies over 65536 characters; the table stops well before. */
const MAX_BODY = 60_000;
const MAX_ROWS = 200;
const auditMarker = (deployment) => hiddenMarker('audit', deployment);
const fingerprintMarker = (fingerprint) => hiddenMarker('audit-fingerprint', fingerprint);
/** The fingerprint a body carries, if any. */
function fingerprintOf(body) {
    return /<!-- mcp-orchestrator:audit-fingerprint:([0-9a-f]{64}) -->/.exec(body ?? '')?.[1];
}
const issue_body_code = (value) => `<code>${markdownText(value)}</code>`;
/** A link target only when it is a plain URL (a parenthesis or space would end the Markdown link). */
const runLink = (url, text) => (url && /^https?:\/\/[\w.:/-]+$/.test(url) ? `[${text}](${url})` : undefined);
function issueTitle(deployment, findings) {
    return `MCP audit: ${deployment} has ${findings.length} finding${findings.length === 1 ? '' : 's'}`;
}
function issueBody({ deployment, findings, fingerprint, runUrl }) {
    const sorted = sortFindings(findings);
    const counts = new Map();
    for (const f of sorted)
        counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    const head = [
        auditMarker(deployment),
        fingerprintMarker(fingerprint),
        `The scheduled audit of ${issue_body_code(deployment)} found ${sorted.length} problem${sorted.length === 1 ? '' : 's'} (${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')})${runLink(runUrl, 'this run') ? ` in ${runLink(runUrl, 'this run')}` : ''}.`,
        'This issue is kept up to date by the audit: its body changes when the findings change, and it closes itself when every check passes again.',
        '',
        '| Severity | Check | Finding | Where |',
        '|---|---|---|---|',
    ];
    const rows = [];
    let size = head.join('\n').length;
    for (const f of sorted.slice(0, MAX_ROWS)) {
        const row = `| ${f.severity} | ${issue_body_code(f.id)} (${markdownText(f.source)}) | ${markdownText(f.message)} | ${f.location ? issue_body_code(f.location) : ''} |`;
        if (size + row.length > MAX_BODY)
            break;
        rows.push(row);
        size += row.length + 1;
    }
    const left = sorted.length - rows.length;
    return [...head, ...rows, ...(left ? ['', `… and ${left} more: see the run's reports.`] : []), ''].join('\n');
}
function passedComment(runUrl) {
    return `Every check of the audit passes again${runLink(runUrl, 'run') ? ` (${runLink(runUrl, 'run')})` : ''}: closing.`;
}
function duplicateComment(kept) {
    return `Duplicate of #${kept}, which tracks this deployment's audit (two audits ran at the same time): closing.`;
}

;// CONCATENATED MODULE: ./src/preview/comment.ts
/**
 * The sticky preview comment's Markdown: the URL, the gate's verdict, the checks, the tools and
 * the client snippets of the deployed preview, or the note that it was torn down. Tool names, the
 * URL, problems and findings come from the pull request's own server and spec: inline values go
 * through markdownText, snippets into fences longer than any backtick run they hold. The body
 * stays under GitHub's 65536 characters (long tool lists and tables are cut, saying so).
 */





const MAX_TOOLS = 100;
const MAX_FINDINGS = 20;
const comment_MAX_BODY = 60_000;
const previewMarker = (name) => markers_hiddenMarker('preview', name);
const comment_code = (value) => `<code>${handoff_markdown_markdownText(value)}</code>`;
function fenced(title, lang, value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    const fence = '`'.repeat(Math.max(3, clients_longestBacktickRun(text) + 1));
    return [`<details><summary>${title}</summary>`, '', fence + lang, text, fence, '', '</details>', ''];
}
function gateLine(handoff) {
    const test = handoff?.clients.connectionTest;
    if (!test)
        return 'not run';
    const verdict = test.ok ? (test.status === 'auth-required' ? 'passed (alive, authorization required)' : 'passed') : `failed (${handoff_markdown_markdownText(test.status)})`;
    const problems = test.problems.slice(0, 10).map((p) => `${handoff_markdown_markdownText(p.level)}: ${handoff_markdown_markdownText(p.message)}`);
    return [verdict, ...problems].join('<br>');
}
function toolsLine(tools) {
    if (!tools.length)
        return 'none listed';
    const shown = tools.slice(0, MAX_TOOLS).map(comment_code).join(', ');
    return tools.length > MAX_TOOLS ? `${shown} and ${tools.length - MAX_TOOLS} more` : shown;
}
function findingsSection(findings) {
    if (!findings)
        return [];
    if (!findings.length)
        return ['**Checks:** all passed.', ''];
    const rows = findings_sortFindings(findings)
        .slice(0, MAX_FINDINGS)
        .map((f) => `| ${f.severity} | ${comment_code(f.id)} | ${handoff_markdown_markdownText(f.message)} | ${f.location ? comment_code(f.location) : ''} |`);
    const more = findings.length > MAX_FINDINGS ? [`… and ${findings.length - MAX_FINDINGS} more in the run's reports.`, ''] : [];
    return [`**Checks:** ${findings.length} failed.`, '', '| Severity | Check | Finding | Where |', '|---|---|---|---|', ...rows, '', ...more];
}
function footer(headSha, runUrl, tail) {
    const run = runLink(runUrl, 'this run');
    return `<sub>For ${comment_code(headSha.slice(0, 12))}${run ? ` by ${run}` : ''}. ${tail}</sub>`;
}
function reportComment(o) {
    const h = o.handoff;
    const subject = h ? comment_code(h.server) : `pull request #${o.pullRequest}`;
    const url = o.environmentUrl ?? h?.clients.url;
    const head = [previewMarker(o.name), `### ${o.ok ? '✅' : '❌'} Preview of ${subject} ${o.ok ? 'is up' : 'failed'}`, ''];
    const table = [
        '| | |',
        '|---|---|',
        `| Environment | ${comment_code(o.environment)} |`,
        ...(url ? [`| URL | ${comment_code(url)} |`] : []),
        ...(h ? [`| Transport | ${handoff_markdown_markdownText(h.clients.transport)}${h.clients.protocolVersion ? `, MCP ${handoff_markdown_markdownText(h.clients.protocolVersion)}` : ''} |`, `| Auth | ${handoff_markdown_markdownText(h.clients.auth)} |`] : []),
        `| Health gate | ${gateLine(h)} |`,
        ...(h ? [`| Tools (${h.clients.tools.length}) | ${toolsLine(h.clients.tools)} |`] : []),
        '',
    ];
    const failed = o.ok ? [] : ['The deploy or a gate failed: the run\'s log says which, and why.', ''];
    const snippets = h
        ? [
            '#### Connect a client',
            '',
            ...fenced('Claude Code', 'sh', h.clients.snippets.claudeCode),
            ...fenced('VS Code (.vscode/mcp.json)', 'json', h.clients.snippets.vscode),
            ...fenced('Cursor (~/.cursor/mcp.json)', 'json', h.clients.snippets.cursor),
            ...fenced('Claude Desktop (claude_desktop_config.json, through mcp-remote)', 'json', h.clients.snippets.claudeDesktop),
            ...fenced('Any client (mcp.json)', 'json', h.clients.snippets.mcpJson),
            '',
        ]
        : [];
    const end = [footer(o.headSha, o.runUrl, 'This comment is updated in place on every push.'), ''];
    const full = [...head, ...failed, ...table, ...findingsSection(o.findings), ...snippets, ...end].join('\n');
    if (full.length <= comment_MAX_BODY)
        return full;
    return [...head, ...failed, ...table, 'The client snippets and checks are too long for a comment: see the job summary.', '', ...end].join('\n');
}
function closedComment(o) {
    const how = o.merged ? 'merged' : 'closed without merging';
    return [
        previewMarker(o.name),
        o.ok ? '### 🧹 Preview torn down' : '### ⚠️ Preview teardown failed',
        '',
        o.ok
            ? `The pull request was ${how}: the preview environment ${comment_code(o.environment)} was torn down and its deployments marked inactive.`
            : `The pull request was ${how}, but tearing down ${comment_code(o.environment)} failed: its deployments are marked inactive; check the run's log and remove what is left.`,
        '',
        footer(o.headSha, o.runUrl, 'Pushing again after reopening deploys a new preview.'),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/preview/deployments.ts
/** GitHub refuses status descriptions over 140 characters. */
const deployments_short = (text) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
async function recordPreviewDeployment(o) {
    const { client, repo } = o;
    const created = await client.rest.repos.createDeployment({
        ...repo,
        ref: o.sha,
        environment: o.environment,
        transient_environment: true,
        production_environment: false,
        auto_merge: false,
        // The preview ran after its own checks; the deployment is a record, not a gate on commit statuses.
        required_contexts: [],
        description: deployments_short(`Preview of pull request #${o.pullRequest}`),
        payload: { pullRequest: o.pullRequest },
    });
    if (created.status !== 201 || !('id' in created.data))
        throw new Error(`GitHub did not create the deployment: ${JSON.stringify(created.data)}`);
    const id = created.data.id;
    const status = (state, description) => client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state,
        description: deployments_short(description),
        ...(o.logUrl ? { log_url: o.logUrl } : {}),
        ...(state === 'success' && o.environmentUrl ? { environment_url: o.environmentUrl } : {}),
    });
    await status('in_progress', 'Deploying the preview');
    await status(o.ok ? 'success' : 'failure', o.description);
    o.logger.info(`deployment ${id} of ${o.environment}: ${o.ok ? 'success' : 'failure'}`);
    return id;
}
/** Marks every deployment of the environment inactive (those already inactive are left); returns their ids. */
async function deactivateEnvironment(o) {
    const { client, repo } = o;
    const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, environment: o.environment, per_page: 100 });
    const done = [];
    for (const d of deployments) {
        const latest = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
        if (latest.data[0]?.state === 'inactive')
            continue;
        await client.rest.repos.createDeploymentStatus({ ...repo, deployment_id: d.id, state: 'inactive', description: 'Preview torn down: the pull request was closed', ...(o.logUrl ? { log_url: o.logUrl } : {}) });
        done.push(d.id);
    }
    o.logger.info(`${done.length} deployment(s) of ${o.environment} marked inactive`);
    return done;
}

;// CONCATENATED MODULE: ./src/preview/sticky-comment.ts

async function findMarked(o) {
    const comments = await o.client.paginate(o.client.rest.issues.listComments, { ...o.repo, issue_number: o.issueNumber, per_page: 100 });
    const marked = comments.filter((c) => hasMarker(c.body, o.marker));
    const ours = marked.filter((c) => c.user?.login.toLowerCase() === o.author.toLowerCase());
    for (const other of marked.filter((c) => !ours.includes(c)))
        o.logger.warning(`comment ${other.id} by ${other.user?.login ?? 'a deleted user'} carries the preview's marker: ignored (not by ${o.author})`);
    return ours.sort((a, b) => a.id - b.id);
}
async function upsertStickyComment(o) {
    const { client, repo } = o;
    let marked = await findMarked(o);
    let createdId;
    if (!marked.length) {
        if (o.create === false) {
            o.logger.info(`no preview comment on #${o.issueNumber} to update`);
            return undefined;
        }
        createdId = (await client.rest.issues.createComment({ ...repo, issue_number: o.issueNumber, body: o.body })).data.id;
        // A run that raced may have created one too: list again and keep the oldest.
        marked = await findMarked(o);
    }
    const [kept, ...duplicates] = marked;
    if (!kept)
        throw new Error(`the comment just created on #${o.issueNumber} is not listed`);
    const deleted = [];
    for (const dup of duplicates) {
        await client.rest.issues.deleteComment({ ...repo, comment_id: dup.id }).catch((error) => {
            if (error.status !== 404)
                throw error; // deleted by the run it raced with
        });
        deleted.push(dup.id);
    }
    if (deleted.length)
        o.logger.info(`deleted ${deleted.length} duplicate preview comment(s): ${deleted.join(', ')}`);
    if (kept.body !== o.body)
        await client.rest.issues.updateComment({ ...repo, comment_id: kept.id, body: o.body });
    const created = kept.id === createdId;
    o.logger.info(`${created ? 'created' : 'updated'} the preview comment ${kept.html_url}`);
    return { commentId: kept.id, url: kept.html_url, created, deleted };
}

;// CONCATENATED MODULE: ./src/preview/preview.ts




/** Throws when an approval does not name the head; says whether the run may write. */
function checkApproval(o) {
    const { event, approvedSha } = o;
    if (approvedSha !== undefined && approvedSha.toLowerCase() !== event.headSha) {
        throw new GateFailure(`approved-sha ${approvedSha} is not the pull request's head ${event.headSha}: a commit was pushed after the approval; a maintainer must review and approve the new head`);
    }
    if (event.fork && approvedSha === undefined) {
        return `pull request #${event.number} comes from the fork ${event.headRepository}: no deployment and no comment without a maintainer's approval of its head commit (approved-sha)`;
    }
    return undefined;
}
async function runPreview(o) {
    const { event, logger } = o;
    const skipped = checkApproval(o);
    if (skipped) {
        logger.info(skipped);
        return { fork: event.fork, skipped, deactivated: [] };
    }
    const common = { client: o.client, repo: o.repo, logger };
    if (o.phase === 'closed') {
        const deactivated = await deactivateEnvironment({ ...common, environment: o.environment, logUrl: o.logUrl });
        const body = closedComment({ name: o.name, environment: o.environment, headSha: event.headSha, merged: event.merged, ok: o.ok, runUrl: o.logUrl });
        const comment = await upsertStickyComment({ ...common, issueNumber: event.number, marker: previewMarker(o.name), body, author: o.commentAuthor, create: false });
        return { fork: event.fork, commentId: comment?.commentId, commentUrl: comment?.url, deactivated };
    }
    const environmentUrl = o.environmentUrl ?? o.handoff?.clients.url;
    const deploymentId = o.deployment === false
        ? undefined
        : await recordPreviewDeployment({
            ...common,
            environment: o.environment,
            sha: event.headSha,
            pullRequest: event.number,
            ok: o.ok,
            environmentUrl,
            logUrl: o.logUrl,
            description: o.ok ? 'Preview deployed and gated' : 'Preview deploy or gate failed',
        });
    const body = reportComment({ name: o.name, pullRequest: event.number, headSha: event.headSha, environment: o.environment, ok: o.ok, environmentUrl, handoff: o.handoff, findings: o.findings, runUrl: o.logUrl });
    const comment = await upsertStickyComment({ ...common, issueNumber: event.number, marker: previewMarker(o.name), body, author: o.commentAuthor });
    return { fork: event.fork, commentId: comment?.commentId, commentUrl: comment?.url, deploymentId, deactivated: [] };
}

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
        throw new InputError(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parse_parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new InputError(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new InputError(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parseBoolean(value, name = 'value') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    throw new errors_InputError(`${name}: "${value}" is not a boolean (expected true or false)`);
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
    throw new errors_InputError(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors_InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = core.getInput(name).trim();
    if (!value)
        throw new InputError(`Input required and not supplied: ${name}`);
    return value;
}
function getOptionalInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
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
    return parseList(lib_core/* getInput */.V4(name));
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
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
/** The path with the symbolic links of its longest existing ancestor resolved. */
function realPath(path) {
    const rest = [];
    for (let head = path;; head = dirname(head)) {
        try {
            return join(realpathSync(head), ...rest);
        }
        catch {
            if (dirname(head) === head)
                return path;
            rest.unshift(basename(head));
        }
    }
}
function getPathInput(name, options = {}) {
    const value = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? options.fallback);
    if (value === undefined)
        return undefined;
    const workspace = workspaceDir();
    const roots = options.output || options.report ? [workspace, runnerTempDir()] : [workspace];
    const path = resolve(workspace, value);
    const inside = roots.some((root) => isInside(path, root) && isInside(realPath(path), realPath(root)));
    if (!inside) {
        throw new InputError(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
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
        throw new InputError('input registry-username: given without registry-password');
    return {
        insecureRegistries: getListInput('insecure-registries'),
        credentialHost: credentialHost === undefined ? undefined : canonicalRegistry(credentialHost, 'input registry'),
        username,
        password,
        githubToken,
        dockerConfigPath: process.env.DOCKER_CONFIG ? join(process.env.DOCKER_CONFIG, 'config.json') : undefined,
    };
}

;// CONCATENATED MODULE: ./src/actions/github-inputs.ts
/**
 * What the preview and audit actions read from the runner to talk to GitHub: the token (masked
 * first), the API URL the token may go to, the repository, the run's URL, the event file, and
 * lists of report files (each inside the workspace or RUNNER_TEMP).
 */






/** The `github-token` input (masked before anything else), GITHUB_API_URL and GITHUB_REPOSITORY, checked. */
function getGitHubConnection() {
    const token = lib_core/* getInput */.V4('github-token');
    if (!token)
        throw new errors_InputError('Input required and not supplied: github-token (default ${{ github.token }})');
    lib_core/* setSecret */.Pq(token);
    return {
        token,
        baseUrl: apiBaseUrl(process.env.GITHUB_API_URL || 'https://api.github.com', 'GITHUB_API_URL'),
        repo: parseRepository(process.env.GITHUB_REPOSITORY ?? '', 'GITHUB_REPOSITORY'),
    };
}
/** The URL of this run's log (for deployment statuses and links), when the runner says where it is. */
function runUrl() {
    const server = process.env.GITHUB_SERVER_URL;
    const repository = process.env.GITHUB_REPOSITORY;
    const id = process.env.GITHUB_RUN_ID;
    if (!server || !repository || !id || !/^\d+$/.test(id) || !/^https?:\/\/[\w.:-]+$/.test(server))
        return undefined;
    return `${server}/${repository}/actions/runs/${id}`;
}
/** The event payload the runner wrote (GITHUB_EVENT_PATH), parsed. */
function readEventPayload() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file || !(0,external_node_fs_.existsSync)(file))
        throw new errors_InputError('GITHUB_EVENT_PATH is not set or missing: run the action in a workflow job');
    try {
        return { name: process.env.GITHUB_EVENT_NAME ?? '', payload: JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')), file };
    }
    catch (error) {
        throw new errors_InputError(`${file}: the event payload is not JSON (${error.message})`);
    }
}
const inside = (path, root) => {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
};
/** A file a previous step wrote, refused when it (or a link on its way) leads outside the workspace and RUNNER_TEMP. */
function readableFile(value, where) {
    const roots = [workspaceDir(), runnerTempDir()];
    const path = (0,external_node_path_.resolve)(roots[0], value);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors_InputError(`${where}: ${value} does not exist`);
    const real = (0,external_node_fs_.realpathSync)(path);
    if (!roots.some((root) => inside(path, root) && inside(real, (0,external_node_fs_.existsSync)(root) ? (0,external_node_fs_.realpathSync)(root) : root))) {
        throw new errors_InputError(`${where}: ${value} is outside the workspace and RUNNER_TEMP; give a report a previous step wrote`);
    }
    return path;
}
/** Each file of a list input, parsed as JSON. */
function readJsonFiles(name) {
    return getListInput(name).map((entry) => {
        const file = readableFile(entry, `input ${name}`);
        try {
            return { file: entry, value: JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')) };
        }
        catch (error) {
            throw new errors_InputError(`input ${name}: ${entry} is not JSON (${error.message})`);
        }
    });
}

;// CONCATENATED MODULE: ./src/image/config.ts
/** The image config document: what the reader reports, with build history mapped to layers. */

const NANOS_PER_MS = 1_000_000;
function parseImageConfig(bytes, where) {
    let raw;
    try {
        raw = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new InputError(`${where}: image config is not valid JSON (${error.message})`);
    }
    if (typeof raw !== 'object' || raw === null)
        throw new InputError(`${where}: image config is not a JSON object`);
    const c = (raw.config ?? raw.container_config ?? {});
    const rootfs = (raw.rootfs ?? {});
    const diffIds = Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids.filter((d) => typeof d === 'string') : [];
    const hc = c.Healthcheck;
    return {
        env: stringArray(c.Env),
        labels: c.Labels ?? {},
        entrypoint: nullableStringArray(c.Entrypoint),
        cmd: nullableStringArray(c.Cmd),
        user: typeof c.User === 'string' ? c.User : '',
        workingDir: typeof c.WorkingDir === 'string' ? c.WorkingDir : '',
        exposedPorts: Object.keys(c.ExposedPorts ?? {}),
        healthcheck: hc?.Test
            ? {
                test: hc.Test,
                interval: hc.Interval ? hc.Interval / NANOS_PER_MS : undefined,
                timeout: hc.Timeout ? hc.Timeout / NANOS_PER_MS : undefined,
                retries: hc.Retries,
            }
            : null,
        history: mapHistory(Array.isArray(raw.history) ? raw.history : [], diffIds.length),
        diffIds,
        os: typeof raw.os === 'string' ? raw.os : '',
        architecture: typeof raw.architecture === 'string' ? raw.architecture : '',
        raw,
    };
}
/** Non-empty history steps map, in order, onto layers; empty-layer steps keep no layer index. */
function mapHistory(history, layerCount) {
    let next = 0;
    return history.map((h) => {
        const entry = { createdBy: h.created_by ?? '', emptyLayer: Boolean(h.empty_layer) };
        if (h.created)
            entry.created = h.created;
        if (h.comment)
            entry.comment = h.comment;
        if (!entry.emptyLayer && next < layerCount)
            entry.layerIndex = next++;
        return entry;
    });
}
function stringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function nullableStringArray(value) {
    return Array.isArray(value) ? stringArray(value) : null;
}
/**
 * Masks the values of build arguments recorded in a history step (`|2 TOKEN=abc X=1 /bin/sh -c …`
 * becomes `|2 TOKEN=*** X=*** /bin/sh -c …`): they are often credentials, and reports repeat
 * created_by strings.
 */
function config_maskBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+/.exec(createdBy);
    if (!m)
        return createdBy;
    let rest = createdBy.slice(m[0].length);
    const masked = [];
    for (let i = 0; i < Number(m[1]); i++) {
        const arg = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!arg)
            break;
        masked.push(`${arg[1]}=***`);
        rest = rest.slice(arg[0].length);
    }
    return `|${m[1]} ${masked.join(' ')} ${rest}`;
}

;// CONCATENATED MODULE: ./src/scan/keyword-automaton.ts
const ALPHABET = 256;
function foldByte(b) {
    return b >= 0x41 && b <= 0x5a ? b + 32 : b;
}
class KeywordAutomaton {
    /**
     * Transitions: for each state's row and byte, the target state's row offset (state * 256), with
     * the low bit set when keywords end at the target.
     */
    rows;
    /** For each state, the keywords that end there (its own and those via failure links). */
    outputs;
    keywords;
    lengths;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        this.lengths = this.keywords.map((k) => Buffer.byteLength(k));
        const goto = [new Map()];
        const outputs = [[]];
        this.keywords.forEach((keyword, index) => {
            let state = 0;
            for (const byte of Buffer.from(keyword)) {
                const b = foldByte(byte);
                let to = goto[state].get(b);
                if (to === undefined) {
                    to = goto.length;
                    goto.push(new Map());
                    outputs.push([]);
                    goto[state].set(b, to);
                }
                state = to;
            }
            outputs[state].push(index);
        });
        const states = goto.length;
        const next = new Int32Array(states * ALPHABET);
        const fail = new Int32Array(states);
        // Breadth-first: each state's failure link, then its full transition row.
        const queue = [];
        for (let b = 0; b < ALPHABET; b++) {
            const to = goto[0].get(b) ?? 0;
            next[b] = to;
            if (to !== 0)
                queue.push(to);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const failRow = fail[state] * ALPHABET;
            outputs[state].push(...outputs[fail[state]]);
            // A byte without its own edge goes where the failure state's row sends it: copy that row
            // (complete: it is shallower, so done earlier), then set this state's own edges.
            next.copyWithin(state * ALPHABET, failRow, failRow + ALPHABET);
            for (const [b, to] of goto[state]) {
                fail[to] = next[failRow + b];
                next[state * ALPHABET + b] = to;
                queue.push(to);
            }
        }
        this.outputs = outputs;
        // Fold upper-case transitions onto lower-case ones, so matching needs no per-byte folding.
        for (let s = 0; s < states; s++)
            for (let b = 0x41; b <= 0x5a; b++)
                next[s * ALPHABET + b] = next[s * ALPHABET + b + 32];
        // The hot loop's form: each transition holds its target's row offset (state * 256) and, in the
        // low bit (free: offsets are multiples of 256), whether keywords end there, so a byte costs one
        // typed-array read and a mask (23% faster than a second read of a per-state flag).
        for (let i = 0; i < next.length; i++)
            next[i] = next[i] * ALPHABET + (outputs[next[i]].length > 0 ? 1 : 0);
        this.rows = next;
    }
    /** Every keyword occurrence in `buf[from, to)`. */
    search(buf, from = 0, to = buf.length) {
        const hits = [];
        this.forEachHit(buf, (start, keyword) => hits.push({ start, keyword }), from, to);
        return hits;
    }
    /** The scan's form of search: a call per occurrence, in order, and no objects made. */
    forEachHit(buf, onHit, from = 0, to = buf.length) {
        const rows = this.rows;
        let row = 0;
        for (let i = from; i < to; i++) {
            row = rows[(row & -ALPHABET) + buf[i]];
            // row >> 8 is the state (ALPHABET is 256).
            if ((row & 1) !== 0)
                for (const k of this.outputs[row >> 8])
                    onHit(i - this.lengths[k] + 1, k);
        }
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/scan/validators.ts
/** Structure checks that turn a pattern match into a finding: checksums, lengths, entropy, claims. */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function decodeBase62(text) {
    let value = 0;
    for (const ch of text) {
        const digit = BASE62.indexOf(ch);
        if (digit < 0)
            return -1;
        value = value * 62 + digit;
    }
    return value;
}
/**
 * GitHub classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm tokens (npm_): 30 random base62
 * characters, then 6 characters of base62 CRC32 over those 30.
 */
function hasTokenChecksum(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    return decodeBase62(body.slice(30)) === (0,external_node_zlib_.crc32)(body.slice(0, 30)) >>> 0;
}
/** Shannon entropy in bits per character. */
function shannonEntropy(text) {
    if (!text)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
const PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|%\(?[A-Za-z_]+\)?s?|\[.*\]|(.)\1{5,}|[xX*._-]{4,}.*|.*(?:changeme|change_me|example|placeholder|dummy|sample|fake|redacted|your[-_]?(?:key|token|secret|password)|xxxx|\*\*\*\*|insert|replace|todo|secret_here|password_here).*)$/i;
/** Values that stand for a secret rather than being one: ${VAR}, <your-key>, changeme, xxxx… */
function isPlaceholder(value) {
    return PLACEHOLDER.test(value.trim());
}
function decodeSegment(segment) {
    try {
        const json = Buffer.from(segment, 'base64url').toString('utf8');
        const value = JSON.parse(json);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** A JWT whose claims make it a credential: a Kubernetes service-account token. */
function isKubernetesServiceAccountToken(jwt) {
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string')
        return false;
    return p.iss === 'kubernetes/serviceaccount' || 'kubernetes.io' in p || String(p.sub ?? '').startsWith('system:serviceaccount:');
}
/** A JWT carrying privileged credential claims (service roles, admin or write scopes, client secrets). */
function isCredentialJwt(jwt) {
    if (isKubernetesServiceAccountToken(jwt))
        return false;
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string' || h.alg === 'none')
        return false;
    const role = String(p.role ?? '');
    const scope = [p.scope, p.scp, p.scopes, p.permissions].flat().map(String).join(' ');
    return role === 'service_role' || /\b(?:admin|write|\*)\b/i.test(scope) || 'client_secret' in p || 'api_key' in p;
}
/** A PEM private-key block with a real base64 body, not just a header in a string table. */
function isCompletePemBody(block) {
    const body = block
        .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/-----END [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/^[A-Za-z-]+: .*$/gm, '')
        .replace(/\\n|\\r|["'+\s,]/g, '');
    return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body);
}

;// CONCATENATED MODULE: ./src/scan/rules.ts

const ROTATE = 'Remove it from the image (and from every layer: a later `rm` does not), rotate it, and inject it at run time from a secret store.';
const token = (id, title, severity, keywords, pattern, extra = {}) => ({
    id,
    title,
    severity,
    keywords,
    pattern,
    help: `${title}. ${ROTATE}`,
    ...extra,
});
const rules_rules = [
    token('aws-access-key-id', 'AWS access key ID', 'high', ['akia', 'asia', 'abia', 'acca', 'a3t'], /\b(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, { allow: [/EXAMPLE$/] }),
    token('aws-secret-access-key', 'AWS secret access key', 'critical', ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret'], /(?:aws_?secret_?access_?key|secret_?access_?key|aws-secret-access-key)["']?\s{0,5}[:=]\s{0,5}["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi, { allow: [/EXAMPLEKEY$/], entropy: 4 }),
    token('github-classic-token', 'GitHub token (classic)', 'critical', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /\b(?<s>gh[pousr]_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('github-fine-grained-token', 'GitHub fine-grained personal access token', 'critical', ['github_pat_'], /\b(?<s>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g, { entropy: 4 }),
    token('gitlab-personal-access-token', 'GitLab personal access token', 'critical', ['glpat-'], /\b(?<s>glpat-[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'high', ['glptt-'], /\b(?<s>glptt-[0-9a-f]{40})\b/g),
    token('gitlab-runner-token', 'GitLab runner token', 'high', ['glrt-', 'gr1348941'], /\b(?<s>(?:glrt-|GR1348941)[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('slack-token', 'Slack token', 'high', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-'], /\b(?<s>xox[abeprs]-(?:\d{1,13}-){1,3}[A-Za-z0-9]{16,64})\b/g, { entropy: 3.5 }),
    token('slack-webhook', 'Slack incoming webhook', 'high', ['hooks.slack.com'], /(?<s>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{24})/g),
    token('stripe-live-key', 'Stripe live secret or restricted key', 'critical', ['sk_live_', 'rk_live_'], /\b(?<s>(?:sk|rk)_live_[A-Za-z0-9]{24,99})\b/g, { entropy: 3.5 }),
    token('stripe-webhook-secret', 'Stripe webhook signing secret', 'medium', ['whsec_'], /\b(?<s>whsec_[A-Za-z0-9]{32,64})\b/g, { entropy: 3.5 }),
    token('google-api-key', 'Google API key', 'high', ['aiza'], /\b(?<s>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service-account key (JSON)',
        severity: 'critical',
        keywords: ['service_account'],
        pattern: /"type"\s{0,5}:\s{0,5}"service_account"[^}]{0,4000}?"private_key"\s{0,5}:\s{0,5}"(?<s>-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\n]{100,4000}-----END PRIVATE KEY-----(?:\\n)?)"/g,
        validate: (s) => isCompletePemBody(s),
        help: `A Google Cloud service-account key file. ${ROTATE}`,
    },
    {
        id: 'private-key',
        title: 'Private key (PEM or OpenSSH)',
        severity: 'critical',
        keywords: ['private key-----'],
        pattern: /(?<s>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,\\"'-]{64,12000}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g,
        validate: (s) => isCompletePemBody(s),
        help: `A complete private key block. ${ROTATE}`,
    },
    token('npm-access-token', 'npm access token', 'critical', ['npm_'], /\b(?<s>npm_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('pypi-upload-token', 'PyPI upload token', 'critical', ['pypi-ageichlwa'], /\b(?<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/g),
    token('openai-api-key', 'OpenAI API key', 'critical', ['t3blbkfj'], /\b(?<s>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160})(?![A-Za-z0-9_-])/g),
    token('anthropic-api-key', 'Anthropic API key', 'critical', ['sk-ant-'], /\b(?<s>sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/g),
    token('huggingface-token', 'Hugging Face access token', 'high', ['hf_'], /\b(?<s>hf_[A-Za-z]{34})\b/g, { entropy: 3.8 }),
    token('sendgrid-api-key', 'SendGrid API key', 'high', ['sg.'], /\b(?<s>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('twilio-api-key', 'Twilio API key', 'high', ['twilio'], /twilio[\s\S]{0,100}?\b(?<s>SK[0-9a-f]{32})\b/gi, { entropy: 3 }),
    token('digitalocean-token', 'DigitalOcean token', 'critical', ['dop_v1_', 'doo_v1_', 'dor_v1_'], /\b(?<s>do[opr]_v1_[a-f0-9]{64})\b/g),
    token('vault-token', 'HashiCorp Vault token', 'critical', ['hvs.', 'hvb.'], /\b(?<s>hv[sb]\.[A-Za-z0-9_-]{90,200})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('azure-ad-client-secret', 'Azure AD client secret', 'high', ['q~'], /(?<![A-Za-z0-9_~.-])(?<s>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g, { entropy: 4 }),
    token('dockerhub-pat', 'Docker Hub personal access token', 'high', ['dckr_pat_'], /\b(?<s>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g),
    token('shopify-token', 'Shopify access token', 'high', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], /\b(?<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/g),
    token('square-access-token', 'Square access token', 'high', ['sq0atp-', 'sq0csp-'], /\b(?<s>sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    token('telegram-bot-token', 'Telegram bot token', 'medium', [':aa'], /\b(?<s>\d{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/g),
    token('discord-webhook', 'Discord webhook', 'high', ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], /(?<s>https:\/\/discord(?:app)?\.com\/api\/webhooks\/\d{10,20}\/[A-Za-z0-9_-]{60,70})/g),
    token('atlassian-api-token', 'Atlassian API token', 'high', ['atatt3'], /\b(?<s>ATATT3[A-Za-z0-9_=-]{180,200})(?![A-Za-z0-9_=-])/g),
    token('linear-api-key', 'Linear API key', 'high', ['lin_api_'], /\b(?<s>lin_api_[A-Za-z0-9]{40})\b/g),
    token('new-relic-user-key', 'New Relic user API key', 'high', ['nrak-'], /\b(?<s>NRAK-[A-Z0-9]{27})\b/g),
    token('age-secret-key', 'age encryption secret key', 'critical', ['age-secret-key-1'], /\b(?<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g),
    token('pulumi-access-token', 'Pulumi access token', 'high', ['pul-'], /\b(?<s>pul-[a-f0-9]{40})\b/g),
    token('doppler-token', 'Doppler token', 'high', ['dp.pt.', 'dp.st.', 'dp.sa.'], /\b(?<s>dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,44})\b/g),
    token('grafana-token', 'Grafana service-account or cloud token', 'high', ['glsa_', 'glc_'], /\b(?<s>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/_])/g, { entropy: 4 }),
    token('postman-api-key', 'Postman API key', 'high', ['pmak-'], /\b(?<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/g),
    token('sentry-auth-token', 'Sentry auth token', 'high', ['sntrys_', 'sntryu_'], /\b(?<s>sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/g),
    token('kubernetes-service-account-token', 'Kubernetes service-account token', 'critical', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isKubernetesServiceAccountToken }),
    token('jwt-credential', 'JWT with credential claims (service role, admin or write scope)', 'high', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isCredentialJwt }),
    {
        id: 'database-url-password',
        title: 'Database URL with a password',
        severity: 'high',
        keywords: ['postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'mariadb://'],
        pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql):\/\/(?<u>[^\s:@/"'`]{0,64}):(?<s>[^\s@/"'`]{3,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s) && !/^(?:password|pass|pwd|secret|postgres|root|user|admin|test|guest)$/i.test(s),
        help: `A connection URL that carries its password. ${ROTATE}`,
    },
    {
        id: 'url-basic-auth',
        title: 'Password in an HTTP(S) URL',
        severity: 'medium',
        keywords: ['http://', 'https://'],
        pattern: /\bhttps?:\/\/(?<u>[A-Za-z0-9._~%-]{1,64}):(?<s>[A-Za-z0-9._~%!$&'()*+,;=-]{8,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s),
        entropy: 3,
        help: `A URL with user:password credentials. ${ROTATE}`,
    },
    {
        id: 'generic-secret-assignment',
        title: 'High-entropy value assigned to a secret-named key',
        severity: 'medium',
        keywords: ['secret', 'token', 'password', 'passwd', 'api_key', 'apikey', 'api-key', 'access_key', 'private_key', 'client_secret', 'auth'],
        pattern: /(?<k>[A-Za-z0-9_.-]{0,40}(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?)["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?(?<s>[A-Za-z0-9_\-+/=.@!$%^&*~]{16,128})(?=["'`\s,;)}]|$)/gim,
        // The pattern without its leading key characters (tried from every position, they made it the
        // scan's costliest) and its end: most windows of these common words hold no assignment.
        precheck: /(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?[A-Za-z0-9_\-+/=.@!$%^&*~]{16}/i,
        entropy: 3.5,
        validate: (s) => !isPlaceholder(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(s) && !/^(?:process\.env|os\.environ|env\.|this\.|self\.)/.test(s),
        help: `A secret-named key set to a high-entropy value. If it is a real credential: ${ROTATE} If it is not, add it to the baseline with a reason.`,
    },
];
function ruleById(id) {
    return rules_rules.find((r) => r.id === id);
}
/** Applies a rule's structure checks to a secret found by its pattern. */
function acceptsSecret(rule, secret, match) {
    if (rule.allow?.some((re) => re.test(secret)))
        return false;
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy)
        return false;
    return rule.validate ? rule.validate(secret, match) : true;
}

;// CONCATENATED MODULE: ./src/scan/content-scanner.ts
/**
 * Scans file contents in bounded memory: chunks of about 1 MiB are searched by the keyword
 * automaton, and each rule's pattern runs only in windows around its keywords' hits. A tail of
 * the previous chunk is carried over, so a secret across a chunk boundary is found whole;
 * matches are keyed by absolute offset, so the overlap never reports one twice.
 */


const CHUNK = 1024 * 1024;
/** Longer than the longest secret any rule matches (a 4096-bit RSA key in PEM is about 3.3 KB). */
const OVERLAP = 16 * 1024;
const BINARY_PROBE = 8000;
function windowAfter(rule) {
    if (rule.id === 'private-key')
        return 13_000;
    if (rule.id === 'gcp-service-account-key')
        return 8_000;
    return 700;
}
const WINDOW_BEFORE = 160;
let compiledDefault;
function compileRules(rules = rules_rules) {
    if (rules === rules_rules && compiledDefault)
        return compiledDefault;
    const keywords = [];
    const rulesOf = [];
    rules.forEach((rule, r) => {
        for (const keyword of rule.keywords) {
            let k = keywords.indexOf(keyword);
            if (k < 0) {
                k = keywords.push(keyword) - 1;
                rulesOf.push([]);
            }
            rulesOf[k].push(r);
        }
    });
    const compiled = { automaton: new KeywordAutomaton(keywords), rulesOf, rules, after: rules.map(windowAfter) };
    if (rules === rules_rules)
        compiledDefault = compiled;
    return compiled;
}
/** True when the first bytes hold a NUL: binary content is not pattern-scanned. */
function looksBinary(head) {
    return Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, BINARY_PROBE)).indexOf(0) !== -1;
}
function countLines(buf, from, to) {
    let n = 0;
    for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1))
        n++;
    return n;
}
/** Feeds a file's content chunk by chunk; `finish()` returns every accepted match. */
class ContentScanner {
    compiled;
    pending = [];
    pendingBytes = 0;
    tail = Buffer.alloc(0);
    /** Absolute offset of `tail[0]`, and the 1-based line it starts on. */
    tailOffset = 0;
    tailLine = 1;
    seen = new Set();
    matches = [];
    binary;
    bytes = 0;
    constructor(compiled = compileRules()) {
        this.compiled = compiled;
    }
    push(chunk) {
        this.bytes += chunk.length;
        if (this.binary === undefined)
            this.binary = looksBinary(chunk);
        if (this.binary)
            return;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= CHUNK)
            this.flush(false);
    }
    finish() {
        if (!this.binary)
            this.flush(true);
        return dropShadowed(this.matches);
    }
    flush(final) {
        if (this.pendingBytes === 0 && !final)
            return;
        // Most files are one chunk with no tail before it: scanned in place, not copied.
        const buf = this.tail.length === 0 && this.pending.length === 1 ? this.pending[0] : Buffer.concat([this.tail, ...this.pending]);
        this.pending = [];
        this.pendingBytes = 0;
        this.scanBuffer(buf);
        if (!final) {
            const keep = Math.min(OVERLAP, buf.length);
            const cut = buf.length - keep;
            this.tailLine += countLines(buf, 0, cut);
            this.tailOffset += cut;
            this.tail = Buffer.from(buf.subarray(cut));
        }
    }
    scanBuffer(buf) {
        const { automaton, rulesOf, rules, after } = this.compiled;
        // One flat list of [start, end) windows per rule, merged where they overlap; rules in the
        // order of their first hit.
        const windows = [];
        const order = [];
        const length = buf.length;
        automaton.forEachHit(buf, (hitStart, keyword) => {
            const start = hitStart > WINDOW_BEFORE ? hitStart - WINDOW_BEFORE : 0;
            for (const r of rulesOf[keyword]) {
                const end = Math.min(length, hitStart + after[r]);
                const list = windows[r];
                if (list === undefined) {
                    windows[r] = [start, end];
                    order.push(r);
                }
                else if (start <= list[list.length - 1]) {
                    if (end > list[list.length - 1])
                        list[list.length - 1] = end;
                }
                else
                    list.push(start, end);
            }
        });
        for (const r of order) {
            const rule = rules[r];
            const list = windows[r];
            for (let i = 0; i < list.length; i += 2)
                this.runRule(rule, buf, list[i], list[i + 1]);
        }
    }
    runRule(rule, buf, start, end) {
        // latin1 keeps one character per byte, so string offsets are byte offsets.
        const text = buf.toString('latin1', start, end);
        if (rule.precheck && !rule.precheck.test(text))
            return;
        // The rule's own (global) RegExp, rewound: this loop is synchronous, so no one else is using it.
        const re = rule.pattern;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            const secret = m.groups?.s ?? m[0];
            const secretIndex = m.index + m[0].indexOf(secret);
            const offset = this.tailOffset + start + secretIndex;
            const key = `${rule.id}@${offset}`;
            if (this.seen.has(key) || !acceptsSecret(rule, secret, m[0]))
                continue;
            this.seen.add(key);
            const line = this.tailLine + countLines(buf, 0, start + secretIndex);
            this.matches.push({ rule, secret, line, offset });
        }
    }
}
/** Broad rules yield to specific ones: a token already named by its own rule is not also "generic". */
const BROAD = new Set(['generic-secret-assignment', 'url-basic-auth', 'private-key', 'database-url-password']);
function dropShadowed(matches) {
    return matches.filter((m) => !BROAD.has(m.rule.id) ||
        !matches.some((other) => other !== m && !BROAD.has(other.rule.id) && other.offset < m.offset + m.secret.length && m.offset < other.offset + other.secret.length));
}
/** Scans one whole buffer (config values, small files). */
function content_scanner_scanText(text, compiled) {
    const scanner = new ContentScanner(compiled);
    scanner.push(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/scan/config-scanner.ts


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
    return v.length >= 6 && !isPlaceholder(v) && !v.startsWith('/') && !/^(?:true|false|yes|no|none|null|\d+)$/i.test(v);
}
/** Parses `|2 A=1 B=two /bin/sh -c ...` (how the classic builder records build args). */
function config_scanner_parseBuildArgs(createdBy) {
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
    return scanText(text).map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where, name, secret: m.secret, layerIndex }));
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
        const args = config_scanner_parseBuildArgs(step.createdBy);
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

;// CONCATENATED MODULE: ./src/scan/redact.ts
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
    return createHash('sha256').update(`${rule}\0${secret}`).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/scan/redact-text.ts
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
    for (const match of content_scanner_scanText(text))
        if (text.includes(match.secret))
            secrets.add(match.secret);
    for (const m of text.matchAll(ASSIGNMENT)) {
        const value = unquote(m[2]);
        if (isSecretAssignment(m[1], value))
            secrets.add(value);
    }
    return [...secrets];
}
/** Replaces each secret by its redacted form; the longest first, so no part of one is left behind. */
function replaceSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(redact(secret));
    }
    return out;
}
/** Free text with every secret the scan's rules recognise redacted. */
function redact_text_redactText(text) {
    if (!text)
        return text;
    return replaceSecrets(text, findSecretsInText(text));
}
/**
 * A history step's `created_by`: build-argument values masked (also where the command repeats
 * them), then redacted as free text.
 */
function redactCreatedBy(createdBy) {
    const argValues = parseBuildArgs(createdBy)
        .map(([, value]) => value)
        .filter((value) => value.length >= 4);
    const masked = maskBuildArgs(createdBy);
    return redact_text_redactText(argValues.reduce((text, value) => (text.includes(value) ? text.split(value).join('***') : text), masked));
}
/** Every string in a JSON-like value redacted (keys included); numbers, booleans and null kept. */
function redact_text_redactDeep(value) {
    if (typeof value === 'string')
        return redact_text_redactText(value);
    if (Array.isArray(value))
        return value.map((v) => redact_text_redactDeep(v));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact_text_redactText(k), redact_text_redactDeep(v)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * Everything an action lets out of the process goes through here, and through the scan's
 * redaction first: log lines, annotations, outputs, the job summary, report files and the final
 * error. A secret the image carries (set in ENV, used inline in a RUN step) never leaves whole.
 */





/** The engine's logger for actions: runner log commands, redacted. */
const actionLogger = {
    debug: (m) => lib_core/* debug */.Yz(redact_text_redactText(m)),
    info: (m) => lib_core/* info */.pq(redact_text_redactText(m)),
    warning: (m) => lib_core/* warning */.$e(redact_text_redactText(m)),
    error: (m) => lib_core/* error */.z3(redact_text_redactText(m)),
};
/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
function annotate(level, message, properties = {}) {
    const props = { ...properties, ...(properties.title ? { title: redactText(properties.title) } : {}) };
    core[level](redactText(message), props);
}
/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        lib_core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(redact_text_redactDeep(value)) : redact_text_redactText(String(value)));
    }
}
/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
async function writeSummary(markdown) {
    await lib_core/* summary */.z.addRaw(redact_text_redactText(markdown), true).write();
}
/**
 * Writes a JSON report, redacted: the text as a whole, and value by value where redacting the
 * serialised text would break it (a secret whose redacted form ends inside an escape).
 */
function writeJsonReport(path, value) {
    const text = redactText(JSON.stringify(value, null, 2));
    let safe = text;
    try {
        JSON.parse(text);
    }
    catch {
        safe = JSON.stringify(redactDeep(value), null, 2);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${safe}\n`);
}
/** One phase of the step's log, folded in the runner's log view. */
function group(name, body) {
    return lib_core/* group */.Os(redact_text_redactText(name), body);
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
        if (isKnownError(error)) {
            if (error.stack)
                lib_core/* debug */.Yz(redact_text_redactText(error.stack));
            lib_core/* setFailed */.C1(redact_text_redactText(error.message));
        }
        else if (error instanceof Error) {
            lib_core/* setFailed */.C1(redact_text_redactText(error.stack ?? error.message));
        }
        else {
            lib_core/* setFailed */.C1(redact_text_redactText(String(error)));
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/preview.ts
/**
 * actions/preview: the pull_request event, the deploy's handoff file and outcome → the preview's
 * GitHub Deployment and its one sticky comment (report), or the deployments inactive and the
 * comment saying torn down (closed) → outputs and a job summary. A fork's pull request gets
 * nothing written without a maintainer's approval of its head commit.
 */













const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function readHandoff() {
    const value = getOptionalInput('handoff');
    if (value === undefined)
        return undefined;
    const file = readableFile(value, 'input handoff');
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new errors_InputError(`input handoff: ${value} is not JSON (${error.message})`);
    }
    return parsePreviewHandoff(parsed, `input handoff ${value}`);
}
function optionalSha(name) {
    const value = getOptionalInput(name);
    if (value !== undefined && !/^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$/.test(value))
        throw new errors_InputError(`input ${name}: "${value}" is not a full commit SHA (40 hex digits)`);
    return value?.toLowerCase();
}
/** Every input and the event, validated, before any request. The token is masked first. */
function getInputs() {
    const connection = getGitHubConnection();
    const { name: eventName, payload, file } = readEventPayload();
    const number = getOptionalInput('pull-request');
    let pullRequest;
    if (PULL_REQUEST_EVENTS.includes(eventName))
        pullRequest = { event: parsePullRequestEvent(payload, `event ${file}`) };
    else if (number !== undefined)
        pullRequest = { number: parseInteger(number, 'input pull-request', 1, Number.MAX_SAFE_INTEGER) };
    else
        throw new errors_InputError(`the preview runs on pull_request events, or with input pull-request (e.g. from workflow_dispatch), not on ${eventName || 'an unnamed event'}`);
    const prNumber = 'event' in pullRequest ? pullRequest.event.number : pullRequest.number;
    const phaseInput = getOptionalInput('phase');
    const environmentUrl = getOptionalInput('environment-url');
    if (environmentUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(environmentUrl))
        throw new errors_InputError(`input environment-url: "${environmentUrl}" is not an http(s) URL`);
    const reports = readJsonFiles('reports');
    const commentAuthor = getOptionalInput('comment-author') ?? 'github-actions[bot]';
    if (!/^[A-Za-z0-9-]{1,39}(\[bot\])?$/.test(commentAuthor))
        throw new errors_InputError(`input comment-author: "${commentAuthor}" is not a GitHub login`);
    return {
        ...connection,
        pullRequest,
        phase: phaseInput === undefined ? undefined : getChoiceInput('phase', ['report', 'closed'], 'report'),
        name: markerName(getOptionalInput('name') ?? 'default', 'input name'),
        environment: markerName(getOptionalInput('environment') ?? `pr-${prNumber}`, 'input environment'),
        // job.status can also say cancelled: not a success.
        ok: getChoiceInput('status', ['success', 'failure', 'cancelled'], 'success') === 'success',
        environmentUrl,
        handoff: readHandoff(),
        findings: reports.length ? reports.flatMap((r) => findingsFromReport(r.value, r.file)) : undefined,
        approvedSha: optionalSha('approved-sha'),
        deployment: getBooleanInput('deployment', true),
        commentAuthor,
        logUrl: runUrl(),
    };
}
function summary(inputs, event, phase, result) {
    const lines = [`## MCP preview: pull request #${event.number} (${phase})`, ''];
    if (result.skipped)
        lines.push(handoff_markdown_markdownText(result.skipped));
    else {
        lines.push(`Environment <code>${handoff_markdown_markdownText(inputs.environment)}</code>${result.deploymentId ? `, deployment ${result.deploymentId}` : ''}${result.deactivated.length ? `, ${result.deactivated.length} deployment(s) marked inactive` : ''}.`);
        if (result.commentUrl)
            lines.push('', `[The preview comment](${result.commentUrl})`);
    }
    return `${lines.join('\n')}\n`;
}
async function run() {
    await runAction(async () => {
        const inputs = getInputs();
        const client = createGitHubClient({ token: inputs.token, baseUrl: inputs.baseUrl, logger: actionLogger });
        const event = 'event' in inputs.pullRequest ? inputs.pullRequest.event : await fetchPullRequest(client, inputs.repo, inputs.pullRequest.number);
        const phase = inputs.phase ?? (event.action === 'closed' ? 'closed' : 'report');
        setOutputs({ fork: event.fork, environment: inputs.environment });
        const result = await group(`Preview of pull request #${event.number}: ${phase}`, () => runPreview({ ...inputs, event, phase, client, logger: actionLogger }));
        setOutputs({ 'comment-id': result.commentId ?? '', 'comment-url': result.commentUrl ?? '', 'deployment-id': result.deploymentId ?? '', skipped: result.skipped ? 'true' : 'false' });
        await writeSummary(summary(inputs, event, phase, result));
    });
}


/***/ })

};

//# sourceMappingURL=846.index.js.map