export const id = 24;
export const ids = [24];
export const modules = {

/***/ 1024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js + 2 modules
var streamableHttp = __webpack_require__(3491);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
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

;// CONCATENATED MODULE: ./src/util/logger.ts
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

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js + 3 modules
var auth = __webpack_require__(8242);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth-extensions.js
var auth_extensions = __webpack_require__(248);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/shared/auth.js + 2 modules
var shared_auth = __webpack_require__(9642);
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

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var client = __webpack_require__(63);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/sse.js + 1 modules
var sse = __webpack_require__(53);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js + 1 modules
var stdio = __webpack_require__(2420);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    const argValues = parseBuildArgs(createdBy)
        .map(([, value]) => value)
        .filter((value) => value.length >= 4);
    const masked = maskBuildArgs(createdBy);
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
    const lines = redactText(tail.replace(/\r\n?/g, '\n')).split('\n');
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
    const challenge = parseChallenge(header);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/health/contract.ts
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
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
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
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors_InputError(`--contract ${path}: ${error.code ?? error.message}`);
    }
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors_InputError(`--contract ${path}: not valid YAML or JSON (${error.message.split('\n')[0]})`);
    }
    const list = Array.isArray(data) ? data : data?.tools;
    if (!Array.isArray(list))
        throw new errors_InputError(`--contract ${path}: expected a list of tools, or an object with a "tools" list`);
    return list.map((item, i) => {
        if (typeof item === 'string' && item.trim())
            return { name: item.trim() };
        const t = item;
        if (t && typeof t === 'object' && typeof t.name === 'string' && t.name) {
            if (t.inputSchemaHash !== undefined && typeof t.inputSchemaHash !== 'string') {
                throw new errors_InputError(`--contract ${path}: tools[${i}].inputSchemaHash must be a string`);
            }
            return { name: t.name, inputSchemaHash: t.inputSchemaHash };
        }
        throw new errors_InputError(`--contract ${path}: tools[${i}] must be a tool name or an object with a "name"`);
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
        reason = errorMessage(error);
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
        tools = raw.map((t) => ({ name: t.name, inputSchemaHash: schemaHash(t.inputSchema) })).sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    let resources;
    let prompts;
    const params = (cursor) => (cursor ? { cursor } : undefined);
    if (capabilities.resources)
        resources = (await listAll(async (c) => client.listResources(params(c), req()).then((r) => ({ items: r.resources, nextCursor: r.nextCursor })))).length;
    if (capabilities.prompts)
        prompts = (await listAll(async (c) => client.listPrompts(params(c), req()).then((r) => ({ items: r.prompts, nextCursor: r.nextCursor })))).length;
    if (options.contract)
        problems.push(...checkContract(options.contract, tools, options.strict));
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
            toolsHash: toolsHash(tools),
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
            const challenge = parseChallenge(last.wwwAuthenticate)?.params;
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
            throw new errors_InputError(`--transport ${transport} needs a URL; a --command is probed over stdio`);
        return ['stdio'];
    }
    if (transport === 'stdio')
        throw new errors_InputError('--transport stdio needs --command "<stdio server command>", not a URL');
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
        (options.logger ?? silentLogger).info(`health: the server's logs could not be read: ${scrub(errorMessage(error), secrets)}`);
        return report;
    }
}
async function gateReport(options, secrets) {
    const logger = options.logger ?? silentLogger;
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
const BEARER_SOURCES = (/* unused pure expression or super */ null && (['kubernetes', 'external', 'env', 'github', 'gcp', 'aws', 'azure']));
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
        throw new InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
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
        throw new InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return credentials;
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
        throw new errors_InputError(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
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
function parse_parseList(value) {
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
        throw new InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}

;// CONCATENATED MODULE: ./src/health/inputs.ts
/** Parsing of the gate's textual inputs, shared by the CLI and the action. */




/** `Name: value` → [name, value]; header names per RFC 9110 tokens. */
function parseHeader(text, where = '--header') {
    const colon = text.indexOf(':');
    const name = colon > 0 ? text.slice(0, colon).trim() : '';
    if (!name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        throw new errors_InputError(`${where}: expected "Name: value", got a line without a valid header name before ":"`);
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
        throw new errors_InputError(`${where}: expected TOOL or TOOL={json arguments}, got "${text}"`);
    if (eq < 0)
        return { tool, args: {} };
    let args;
    try {
        args = JSON.parse(text.slice(eq + 1));
    }
    catch (error) {
        throw new errors_InputError(`${where}: the arguments of "${tool}" are not valid JSON (${error.message})`);
    }
    if (!args || typeof args !== 'object' || Array.isArray(args))
        throw new errors_InputError(`${where}: the arguments of "${tool}" must be a JSON object`);
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
            throw new errors_InputError(`${where}: shell operators and globs are not supported (found ${JSON.stringify(word)}); wrap the command in a script`);
        }
        if (plain.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
            const eq = word.indexOf('=');
            env[word.slice(0, eq)] = word.slice(eq + 1);
        }
        else
            plain.push(word);
    }
    if (plain.length === 0)
        throw new errors_InputError(`${where}: empty command`);
    return { command: plain[0], args: plain.slice(1), env };
}
/** An http(s) URL or a stdio command; exactly one. */
function parseTarget(url, command, cwd) {
    if (url && command)
        throw new errors_InputError('give either a URL or --command, not both');
    if (command) {
        const parsed = parseCommandLine(command);
        return { kind: 'command', command: parsed.command, args: parsed.args, env: parsed.env, cwd };
    }
    if (!url)
        throw new errors_InputError('expected the server URL, or --command "<stdio server command>"');
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors_InputError(`"${url}" is not a URL (expected e.g. http://127.0.0.1:3000/mcp)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new errors_InputError(`"${url}": only http and https URLs can be probed`);
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
        throw new errors_InputError(`${names.clientId} and ${names.clientSecret} go together: give both or neither`);
    const client = inputs.clientId !== undefined ? { id: inputs.clientId, secret: inputs.clientSecret } : undefined;
    if (mode === 'bearer') {
        if (client)
            throw new errors_InputError(`${names.clientId}: an OAuth client is for ${names.mode} oauth, not bearer`);
        const token = inputs.token ?? (declared?.mode === 'bearer' ? declared.token : undefined);
        return token ? { mode, token } : { mode, missing: declared?.mode === 'bearer' && declared.missing ? declared.missing : `give ${names.token}` };
    }
    const fromSpec = declared?.mode === 'oauth' ? declared : undefined;
    const url = (value, name) => {
        if (!value)
            throw new errors_InputError(`${names.mode} oauth needs ${name} (or a spec whose auth: declares it)`);
        const wrong = checkSecureUrl(value, name);
        if (wrong)
            throw new errors_InputError(wrong);
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/health/types.ts
const transports = ['auto', 'streamable-http', 'sse', 'stdio'];

;// CONCATENATED MODULE: ./src/registry/reference.ts
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
    if (!REPOSITORY.test(repository))
        throw new InputError(`image reference "${text}": "${repository}" is not a valid repository name (lowercase letters, digits, . _ - and /)`);
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

;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = lib_core.getInput(name).trim();
    if (!value)
        throw new errors_InputError(`Input required and not supplied: ${name}`);
    return value;
}
function getOptionalInput(name) {
    const value = lib_core.getInput(name).trim();
    return value === '' ? undefined : value;
}
/** Reads a secret input and masks it before anything else can print it. */
function getSecretInput(name) {
    const value = lib_core.getInput(name);
    if (value === '')
        return undefined;
    lib_core.setSecret(value);
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
        throw new errors_InputError(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
    }
    return path;
}
/** An input renamed: the new name, else the deprecated one with a warning saying what to write. */
function getRenamedInput(name, deprecated) {
    const value = getOptionalInput(name);
    const old = getOptionalInput(deprecated);
    if (old !== undefined) {
        lib_core.warning(`input ${deprecated} is deprecated: use ${name}${value !== undefined ? ` (both given; ${name} wins)` : ''}`);
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

;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * Everything an action lets out of the process goes through here, and through the scan's
 * redaction first: log lines, annotations, outputs, the job summary, report files and the final
 * error. A secret the image carries (set in ENV, used inline in a RUN step) never leaves whole.
 */





/** The engine's logger for actions: runner log commands, redacted. */
const actionLogger = {
    debug: (m) => lib_core.debug(redactText(m)),
    info: (m) => lib_core.info(redactText(m)),
    warning: (m) => lib_core.warning(redactText(m)),
    error: (m) => lib_core.error(redactText(m)),
};
/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
function annotate(level, message, properties = {}) {
    const props = { ...properties, ...(properties.title ? { title: redactText(properties.title) } : {}) };
    lib_core[level](redactText(message), props);
}
/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        lib_core.setOutput(name, typeof value === 'object' ? JSON.stringify(redactDeep(value)) : redactText(String(value)));
    }
}
/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
async function writeSummary(markdown) {
    await lib_core.summary.addRaw(redactText(markdown), true).write();
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
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${safe}\n`);
}
/** One phase of the step's log, folded in the runner's log view. */
function group(name, body) {
    return lib_core.group(redactText(name), body);
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
                lib_core.debug(redactText(error.stack));
            lib_core.setFailed(redactText(error.message));
        }
        else if (error instanceof Error) {
            lib_core.setFailed(redactText(error.stack ?? error.message));
        }
        else {
            lib_core.setFailed(redactText(String(error)));
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
    const headerLines = lib_core.getMultilineInput('headers').filter((l) => l.trim());
    for (const line of headerLines)
        lib_core.setSecret(line.slice(line.indexOf(':') + 1).trim());
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
        scopes: scopes !== undefined ? parse_parseList(scopes) : undefined,
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
        throw new errors_InputError('inputs expect-tools and contract: give one, not both');
    const smoke = getOptionalInput('smoke');
    const timeoutName = deprecatedTimeout && getOptionalInput('timeout') === undefined && getOptionalInput(deprecatedTimeout) !== undefined ? deprecatedTimeout : 'timeout';
    const timeout = deprecatedTimeout ? getRenamedInput('timeout', deprecatedTimeout) : getOptionalInput('timeout');
    return {
        transport: getChoiceInput('transport', transports, 'auto'),
        headers,
        timeoutMs: timeout !== undefined ? parse_parseDuration(timeout, `input ${timeoutName}`) : (defaults.timeoutMs ?? 60_000),
        contract: contractFile ? loadContract(contractFile) : expect ? contractFromNames(parse_parseList(expect)) : defaults.contract,
        strict: getBooleanInput('strict', defaults.strict ?? false),
        allowAuthRequired: getBooleanInput('allow-auth-required', defaults.allowAuthRequired ?? false),
        smoke: smoke ? parseSmoke(smoke, 'input smoke') : defaults.smoke,
        ...(auth ? { auth } : {}),
        logger: actionLogger,
    };
}

;// CONCATENATED MODULE: ./src/actions/health.ts
/** actions/health: inputs → the MCP health gate → outputs, a job summary with the tool table, annotations. */








function getInputs() {
    const gate = getGateInputs();
    const url = getOptionalInput('url');
    const command = getOptionalInput('command');
    if (!url && !command)
        throw new errors_InputError('Input required and not supplied: url (or command, for a stdio server)');
    return {
        ...gate,
        target: parseTarget(url, command, workspaceDir()),
        healthReport: getPathInput('health-report', { output: true }) ?? (0,external_node_path_.join)(runnerTempDir(), 'mcp-orchestrator-health.json'),
    };
}
async function run() {
    await runAction(async () => {
        const options = getInputs();
        const report = await group(`MCP health gate`, () => runHealthGate(options));
        writeJsonReport(options.healthReport, report);
        setOutputs({
            healthy: report.ok,
            'protocol-version': report.protocolVersion ?? '',
            'server-name': report.server?.name ?? '',
            'server-version': report.server?.version ?? '',
            tools: report.tools,
            'tools-hash': report.toolsHash ?? '',
            'latency-ms': report.latencyMs.total,
            'health-report': options.healthReport,
            // report-file: the name health-report had before it matched the all-in-one action's.
            'report-file': options.healthReport,
        });
        for (const p of report.problems.filter((x) => x.level === 'warning'))
            annotate('warning', p.message, { title: `MCP health: ${p.code}` });
        await writeSummary(renderHealthMarkdown(report));
        const errors = report.problems.filter((p) => p.level === 'error');
        if (!report.ok)
            throw new GateFailure(`MCP health gate failed for ${report.target}: ${errors.map((p) => p.message).join('; ')}`);
        actionLogger.info(`MCP health gate passed: ${report.server?.name ?? report.target} over ${report.transport}, ${report.tools.length} tools, ${report.latencyMs.total} ms.`);
    });
}


/***/ })

};

//# sourceMappingURL=24.index.js.map