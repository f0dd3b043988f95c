export const id = 298;
export const ids = [298];
export const modules = {

/***/ 5298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
class GateFailure extends (/* unused pure expression or super */ null && (OrchestratorError)) {
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
        throw new errors_InputError(`${where}: ${JSON.stringify(value)} is not ${GRAMMARS[grammar].says}`);
    return value;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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

;// CONCATENATED MODULE: ./src/util/exec.ts



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
    const display = exec_redactText(options.display ?? defaultDisplay(command, args), secrets);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // stderr is redacted whole before its tail is cut, so a secret across the cut never shows in part.
    const fail = (why, code, stderr) => {
        const clean = exec_redactText(stderr, secrets);
        return new ExecError(`\`${display}\` ${why}${tailOf(clean)}`, display, code, clean);
    };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(fail('was not started: stopped before it began', null, ''));
            return;
        }
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
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
        child.on('error', (e) => settle(() => reject(new ExecError(`could not run \`${display}\`: ${e.message}`, display, null, ''))));
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
function exec_redactText(text, secrets) {
    if (!text)
        return text;
    return redact_text_redactText([...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text));
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/package/detect.ts
/** What kind of MCP server a build context holds: Node (npm, pnpm, yarn) or Python (pip, uv), and its start command. */




// The names a registry accepts: npm's (validate-npm-package-name, old-style capitals allowed) and
// PEP 508's. The name is written into the generated Dockerfile, so anything else is refused.
const NPM_NAME = /^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/i;
const PYTHON_NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
function checkedName(name, pattern, where, fallback) {
    if (name === undefined)
        return fallback;
    if (typeof name !== 'string' || name.length > 214 || !pattern.test(name)) {
        const says = pattern === NPM_NAME ? 'an npm package name (letters, digits, - . _ ~, an optional @scope/)' : 'a Python project name (PEP 508: letters, digits, - . _)';
        throw new errors_InputError(`${where}: "name" ${JSON.stringify(name)} is not ${says}`);
    }
    return name;
}
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors_InputError(`${path}: not valid JSON (${error.message})`);
    }
}
function nodeCommand(pkg, where) {
    const bin = pkg.bin;
    const first = typeof bin === 'string' ? bin : bin && typeof bin === 'object' ? Object.values(bin)[0] : undefined;
    if (first)
        return ['node', first.replace(/^\.\//, '')];
    const start = pkg.scripts?.start;
    const m = start ? /^node\s+(\S+)\s*$/.exec(start.trim()) : null;
    if (m)
        return ['node', m[1]];
    if (typeof pkg.main === 'string')
        return ['node', pkg.main];
    throw new errors_InputError(`${where}: cannot tell how to start the server: give "bin", "main" or a "start": "node FILE" script, or server.command in the spec`);
}
function detectProject(context, command) {
    const pkgPath = (0,external_node_path_.join)(context, 'package.json');
    if ((0,external_node_fs_.existsSync)(pkgPath)) {
        const pkg = readJson(pkgPath);
        const manager = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'pnpm-lock.yaml')) ? 'pnpm' : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'yarn.lock')) ? 'yarn' : 'npm';
        return {
            kind: 'node',
            manager,
            name: checkedName(pkg.name, NPM_NAME, pkgPath, 'mcp-server'),
            version: String(pkg.version ?? '0.0.0'),
            command: command ?? nodeCommand(pkg, pkgPath),
            hasBuild: Boolean(pkg.scripts?.build),
        };
    }
    const pyPath = (0,external_node_path_.join)(context, 'pyproject.toml');
    if ((0,external_node_fs_.existsSync)(pyPath) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'requirements.txt'))) {
        let project = {};
        if ((0,external_node_fs_.existsSync)(pyPath)) {
            try {
                project = ((0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(pyPath, 'utf8')).project ?? {});
            }
            catch (error) {
                throw new errors_InputError(`${pyPath}: not valid TOML (${error.message.split('\n')[0]})`);
            }
        }
        const script = Object.keys(project.scripts ?? {})[0];
        const fallback = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'server.py')) ? ['python3', 'server.py'] : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'main.py')) ? ['python3', 'main.py'] : undefined;
        const start = command ?? (script ? [script] : fallback);
        if (!start)
            throw new errors_InputError(`${pyPath}: cannot tell how to start the server: give [project.scripts], a server.py, or server.command in the spec`);
        const name = checkedName(project.name, PYTHON_NAME, pyPath, 'mcp-server');
        return { kind: 'python', manager: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'uv.lock')) ? 'uv' : 'pip', name, version: String(project.version ?? '0.0.0'), command: start, hasBuild: false };
    }
    throw new errors_InputError(`${context}: no package.json, pyproject.toml or requirements.txt: write a Dockerfile (build.dockerfile) or point build.context at the server`);
}

;// CONCATENATED MODULE: ./src/package/dockerfile.ts
/**
 * Dockerfile templates for MCP servers without one. Multi-stage, non-root, a HEALTHCHECK, and for
 * stdio servers the bridge (the CLI bundle, one file) as the entrypoint.
 *  - install "image": dependencies are installed inside the build (npm ci, pnpm/yarn through
 *    corepack, pip, uv), the default on GitHub's runners;
 *  - install "host": the context is a staging directory the package stage prepared on the host
 *    (dependencies installed, built, pruned), copied in as is: no network inside the build.
 * Values from the spec and the project are written escaped for the Dockerfile: argv in JSON form,
 * ENV values double-quoted with \ " and $ escaped, image references checked against their grammar;
 * a value that would still break a line is refused.
 */


const DEFAULT_BASES = { node: 'node:22-bookworm-slim', python: 'python:3.12-slim-bookworm' };
/** Where the bridge lives in images of stdio servers. */
const BRIDGE_DIR = '/opt/mcp-orchestrator';
const BRIDGE_PATH = `${BRIDGE_DIR}/index.js`;
/** In the build context (or staging directory), where the package stage puts the bridge bundle's folder. */
const BRIDGE_CONTEXT_DIR = '.mcp-orchestrator';
const json = (value) => JSON.stringify(value);
/** An ENV value as one double-quoted word: no variable substitution, no word splitting (BuildKit's shell-word rules). */
function envValue(value) {
    if (/[\r\n]/.test(value))
        throw new errors_InputError(`${JSON.stringify(value)}: a line break cannot be written into a Dockerfile ENV value`);
    return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}
function installSteps(project) {
    switch (project.manager) {
        case 'pnpm':
            return ['COPY package.json pnpm-lock.yaml ./', 'RUN corepack enable && pnpm install --frozen-lockfile'];
        case 'yarn':
            return ['COPY package.json yarn.lock ./', 'RUN corepack enable && yarn install --immutable'];
        case 'npm':
            return ['COPY package.json package-lock.json* ./', 'RUN npm ci'];
        case 'uv':
            return ['COPY pyproject.toml uv.lock ./', 'RUN pip install --no-cache-dir uv && uv export --frozen --no-dev -o requirements.txt && pip install --no-cache-dir --target /app/.deps -r requirements.txt'];
        case 'pip':
            return ['COPY . .', 'RUN if [ -f requirements.txt ]; then pip install --no-cache-dir --target /app/.deps -r requirements.txt; fi'];
    }
}
function pruneStep(project) {
    if (project.manager === 'pnpm')
        return 'RUN pnpm prune --prod';
    if (project.manager === 'yarn')
        return 'RUN yarn workspaces focus --all --production || true';
    return 'RUN npm prune --omit=dev';
}
/** A HEALTHCHECK with what the image has: node for Node images and bridged ones, python otherwise. */
function healthcheck(input) {
    const bridged = input.transport === 'stdio';
    const probe = input.project.kind === 'node' || bridged
        ? bridged
            ? ['node', '-e', `fetch('http://127.0.0.1:${input.port}/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`]
            : ['node', '-e', `require('net').connect(${input.port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))`]
        : ['python3', '-c', `import socket; socket.create_connection(('127.0.0.1', ${input.port}), 3)`];
    return `HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ${json(probe)}`;
}
function runtime(input) {
    const { project, port, path } = input;
    const lines = ['WORKDIR /app', `ENV PORT=${port}`];
    if (project.kind === 'node')
        lines.push('ENV NODE_ENV=production');
    if (project.kind === 'python')
        lines.push('ENV PYTHONPATH=/app/.deps PYTHONUNBUFFERED=1');
    if (input.transport === 'stdio') {
        if (project.kind === 'python')
            lines.push(`COPY --from=${input.nodeImage} /usr/local/bin/node /usr/local/bin/node`);
        lines.push(`COPY ${BRIDGE_CONTEXT_DIR}/ ${BRIDGE_DIR}/`, 
        // The bridge binds every interface in a container; `up` runs it on loopback through MCP_BRIDGE_HOST.
        `ENV MCP_BRIDGE_HOST=0.0.0.0 MCP_BRIDGE_PORT=${port} MCP_BRIDGE_PATH=${envValue(path)}`);
    }
    lines.push(`EXPOSE ${port}`, 'USER 10001:10001', healthcheck(input));
    if (input.transport === 'stdio') {
        lines.push(`ENTRYPOINT ${json(['node', BRIDGE_PATH, 'bridge', '--'])}`, `CMD ${json(project.command)}`);
    }
    else {
        lines.push(`CMD ${json(project.command)}`);
    }
    return lines;
}
function instructions(input) {
    const { project, base } = input;
    // The first line, a plain comment, ends the builder's search for parser directives (# escape=...)
    // before any value of the user's project appears; those are JSON-quoted, from package.json or pyproject.toml.
    const header = ['# Generated by mcp-orchestrator package.', `# For ${json(project.name)} ${json(project.version)} (${project.kind}, ${project.manager}, install on the ${input.install}).`];
    if (input.install === 'host') {
        // The staging directory already holds the built, pruned server: one stage builds nothing.
        return [...header, `FROM ${base} AS app`, 'WORKDIR /app', 'COPY . /app', '', `FROM ${base}`, 'COPY --from=app /app /app', ...runtime(input)];
    }
    const build = project.kind === 'node'
        ? [`FROM ${base} AS build`, 'WORKDIR /app', ...installSteps(project), 'COPY . .', ...(project.hasBuild ? [`RUN ${project.manager} run build`] : []), pruneStep(project)]
        : [`FROM ${base} AS build`, 'WORKDIR /app', ...installSteps(project), 'COPY . .'];
    return [...header, ...build, '', `FROM ${base}`, 'COPY --from=build /app /app', ...runtime(input)];
}
function generateDockerfile(input) {
    requireGrammar('imageReference', input.base, 'base image');
    if (input.transport === 'stdio' && input.project.kind === 'python')
        requireGrammar('imageReference', input.nodeImage, 'node image');
    const lines = instructions(input);
    // Each entry is one line: whatever slipped past the checks above cannot add an instruction.
    const broken = lines.find((l) => /[\r\n]/.test(l));
    if (broken !== undefined)
        throw new errors_InputError(`generated Dockerfile: refusing a line break inside ${JSON.stringify(broken)}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/package/tags.ts
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** A tag as docker accepts it: [A-Za-z0-9_.-], at most 128, not starting with . or -. */
function sanitizeTag(text) {
    return text.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '').slice(0, 128);
}
function computeTags(ctx) {
    const tags = [];
    const ref = ctx.ref ?? '';
    let m;
    if ((m = /^refs\/tags\/(.+)$/.exec(ref))) {
        const semver = SEMVER.exec(m[1]);
        if (semver) {
            const [, major, minor, patch, pre] = semver;
            tags.push(`${major}.${minor}.${patch}${pre ?? ''}`);
            if (!pre)
                tags.push(`${major}.${minor}`, ...(major !== '0' ? [major] : []), 'latest');
        }
        else
            tags.push(sanitizeTag(m[1]));
    }
    else if ((m = /^refs\/pull\/(\d+)\//.exec(ref))) {
        tags.push(`pr-${m[1]}`);
    }
    else if ((m = /^refs\/heads\/(.+)$/.exec(ref))) {
        tags.push(sanitizeTag(m[1]));
    }
    if (ctx.sha && /^[0-9a-f]{7,40}$/.test(ctx.sha))
        tags.push(`sha-${ctx.sha.slice(0, 7)}`);
    return [...new Set(tags.filter(Boolean))];
}

;// CONCATENATED MODULE: ./src/package/package.ts
/**
 * The package stage: build the image of an MCP server from its context, with the user's
 * Dockerfile or a generated one, with buildx where present (GitHub's runners) and the classic
 * builder otherwise, and write the docker-archive that the scan reads and the push sends.
 */











/** Build and install logs can be long; past this they are stopped rather than held in memory. */
const BUILD_LOG_BYTES = 64 * 1024 * 1024;
/** Build-argument names that carry credentials: their values land in the image history in clear. */
const SECRET_ARG = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE[_-]?KEY|API[_-]?KEY|CREDENTIAL|AUTH)/i;
/** The CLI bundle, the bridge put into images of stdio servers: dist/cli/index.js beside this code's bundle. */
function bridgeBundle() {
    // Built from parts so bundlers do not treat it as an asset to copy.
    const parts = ['..', '..', 'dist', 'cli', 'index.js'];
    const path = (0,external_node_url_.fileURLToPath)(new URL(parts.join('/'), import.meta.url));
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors_InputError(`the bridge bundle ${path} is missing: run \`npm run bundle\``);
    return path;
}
async function hasBuildx(env) {
    return (await exec('docker', ['buildx', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: 30_000 }).catch(() => ({ code: 1 }))).code === 0;
}
async function gitOutput(args, cwd) {
    const r = await exec('git', args, { cwd, okCodes: [0, 128, 129], timeoutMs: 30_000 }).catch(() => undefined);
    return r && r.code === 0 ? r.stdout.trim() : undefined;
}
async function labelsFor(spec, project, sha, env, cwd) {
    let source = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : await gitOutput(['remote', 'get-url', 'origin'], cwd);
    // Never a credential from a remote URL in a label.
    if (source)
        source = source.replace(/\/\/[^/@]+@/, '//').replace(/^git@([^:]+):/, 'https://$1/').replace(/\.git$/, '');
    const epoch = Number(env.SOURCE_DATE_EPOCH);
    const labels = {
        'org.opencontainers.image.title': spec.server.name,
        'org.opencontainers.image.created': (Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString(),
        'io.modelcontextprotocol.transport': spec.server.transport,
    };
    if (source)
        labels['org.opencontainers.image.source'] = source;
    if (sha)
        labels['org.opencontainers.image.revision'] = sha;
    if (project)
        labels['org.opencontainers.image.version'] = project.version;
    return labels;
}
const STAGE_SKIP = new Set(['node_modules', '.git', '.mcp-orchestrator', '__pycache__', '.venv']);
/** install: host — a copy of the context with dependencies installed, built and pruned on the host. */
async function stageOnHost(context, project, staging, env, logger) {
    for (const name of (0,external_node_fs_.readdirSync)(context)) {
        if (!STAGE_SKIP.has(name))
            (0,external_node_fs_.cpSync)((0,external_node_path_.join)(context, name), (0,external_node_path_.join)(staging, name), { recursive: true, dereference: false });
    }
    const run = async (command, args) => {
        logger.info(`package: ${command} ${args.join(' ')} (on the host)`);
        await exec(command, args, { cwd: staging, env, timeoutMs: 15 * 60_000, maxBytes: BUILD_LOG_BYTES });
    };
    if (project.kind === 'node') {
        if (project.manager === 'npm')
            await run('npm', ['ci', '--no-audit', '--no-fund']);
        else if (project.manager === 'pnpm')
            await run('pnpm', ['install', '--frozen-lockfile']);
        else
            await run('yarn', ['install', '--immutable']);
        if (project.hasBuild)
            await run(project.manager, ['run', 'build']);
        if (project.manager === 'npm')
            await run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund']);
        else if (project.manager === 'pnpm')
            await run('pnpm', ['prune', '--prod']);
    }
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(staging, 'requirements.txt'))) {
        await run('python3', ['-m', 'pip', 'install', '--no-cache-dir', '--target', '.deps', '-r', 'requirements.txt']);
    }
}
async function packageServer(options) {
    const { spec } = options;
    const env = options.env ?? process.env;
    const logger = options.logger ?? silentLogger;
    for (const name of Object.keys(spec.build.args)) {
        if (SECRET_ARG.test(name)) {
            throw new errors_InputError(`build.args.${name}: refusing a build argument whose name looks like a secret: its value would be recorded in the image history for anyone who pulls it. Use build.secrets (a BuildKit secret mount: RUN --mount=type=secret,id=...) instead.`);
        }
    }
    const context = (0,external_node_path_.resolve)(spec.dir, options.context ?? spec.build.context);
    if (!(0,external_node_fs_.existsSync)(context))
        throw new errors_InputError(`build.context: ${context} does not exist`);
    const buildx = await hasBuildx(env);
    if (spec.build.secrets.length && !buildx) {
        throw new errors_InputError(`build.secrets: BuildKit secret mounts need docker buildx, which this engine lacks; install the buildx plugin (GitHub's runners have it)`);
    }
    for (const s of spec.build.secrets)
        if (!env[s.env])
            throw new errors_InputError(`build.secrets: the environment variable ${s.env} (for secret "${s.id}") is not set`);
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), 'mcp-package-'));
    const cleanups = [() => (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true })];
    try {
        const dockerfileOption = options.dockerfile ?? spec.build.dockerfile;
        const userDockerfile = dockerfileOption ? (0,external_node_path_.resolve)(context, dockerfileOption) : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'Dockerfile')) ? (0,external_node_path_.join)(context, 'Dockerfile') : undefined;
        if (dockerfileOption && !(0,external_node_fs_.existsSync)(userDockerfile))
            throw new errors_InputError(`build.dockerfile: ${userDockerfile} does not exist`);
        let buildContext = context;
        let dockerfile;
        let project;
        if (userDockerfile) {
            dockerfile = userDockerfile;
        }
        else {
            project = detectProject(context, spec.server.command);
            const install = options.install ?? spec.build.install;
            // Flags and inputs bypass the schema: the same grammar, named by where the value came from.
            const base = requireGrammar('imageReference', options.base ?? spec.build.base ?? DEFAULT_BASES[project.kind], options.base !== undefined ? 'base' : `${spec.file}: build.base`);
            const nodeImage = requireGrammar('imageReference', options.nodeImage ?? DEFAULT_BASES.node, 'node image');
            if (install === 'host') {
                buildContext = (0,external_node_path_.join)(temp, 'context');
                (0,external_node_fs_.mkdirSync)(buildContext);
                await stageOnHost(context, project, buildContext, env, logger);
            }
            if (spec.server.transport === 'stdio') {
                const target = (0,external_node_path_.join)(buildContext, BRIDGE_CONTEXT_DIR);
                if (buildContext === context && (0,external_node_fs_.existsSync)(target))
                    throw new errors_InputError(`${target} exists in the build context; remove it (the package stage puts the bridge there)`);
                // The CLI bundle's folder (index.js, its lazily loaded chunks, the source-map loader), as an ES module package.
                (0,external_node_fs_.mkdirSync)(target, { recursive: true });
                const bundleDir = (0,external_node_path_.dirname)(bridgeBundle());
                for (const file of (0,external_node_fs_.readdirSync)(bundleDir))
                    if (!file.endsWith('.map'))
                        (0,external_node_fs_.cpSync)((0,external_node_path_.join)(bundleDir, file), (0,external_node_path_.join)(target, file));
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(target, 'package.json'), '{"type":"module"}\n');
                if (buildContext === context)
                    cleanups.push(() => (0,external_node_fs_.rmSync)(target, { recursive: true, force: true }));
            }
            dockerfile = (0,external_node_path_.join)(temp, 'Dockerfile');
            (0,external_node_fs_.writeFileSync)(dockerfile, generateDockerfile({ project, transport: spec.server.transport, port: spec.server.port, path: spec.server.path, base, install, nodeImage }));
        }
        const sha = options.sha ?? env.GITHUB_SHA ?? (await gitOutput(['rev-parse', 'HEAD'], context));
        const tagNames = [...computeTags({ ref: options.ref ?? env.GITHUB_REF, sha }), ...(options.tags ?? []).map(sanitizeTag)];
        if (tagNames.length === 0)
            tagNames.push('dev');
        const repository = spec.image ?? `local/${spec.server.name}`;
        const tags = [...new Set(tagNames)].map((t) => `${repository}:${t}`);
        const labels = await labelsFor(spec, project, sha, env, context);
        const args = [
            ...(buildx ? ['buildx', 'build', '--load'] : ['build']),
            '-f',
            dockerfile,
            ...tags.flatMap((t) => ['-t', t]),
            ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
            ...Object.entries(spec.build.args).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
            ...spec.build.secrets.flatMap((s) => ['--secret', `id=${s.id},env=${s.env}`]),
            '--',
            buildContext,
        ];
        logger.info(`package: docker ${buildx ? 'buildx build' : 'build (classic builder)'} ${(0,external_node_path_.basename)(buildContext)} → ${tags.join(', ')}`);
        await exec('docker', args, { env: buildx ? env : { ...env, DOCKER_BUILDKIT: '0' }, timeoutMs: 30 * 60_000, maxBytes: BUILD_LOG_BYTES });
        const imageId = (await exec('docker', ['image', 'inspect', '--format', '{{.Id}}', '--', tags[0]], { env, timeoutMs: 30_000 })).stdout.trim();
        const archive = (0,external_node_path_.resolve)(options.output ?? (0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), `${spec.server.name}-${imageId.slice(7, 19)}.tar`));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(archive), { recursive: true });
        await exec('docker', ['save', '-o', archive, '--', ...tags], { env, timeoutMs: 15 * 60_000 });
        return {
            name: spec.server.name,
            imageId,
            tags,
            archive,
            source: `docker-archive:${archive}`,
            dockerfile: userDockerfile ?? 'generated',
            generated: !userDockerfile,
            builder: buildx ? 'buildx' : 'classic',
            project,
            labels,
        };
    }
    finally {
        for (const c of cleanups.reverse())
            c();
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
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
        throw new errors_InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
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
        throw new errors_InputError(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return credentials;
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
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        if (offset === undefined)
            return file;
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    if (doc.errors.length) {
        throw new errors_InputError(doc.errors.map((e) => `${at(e.pos[0])}: invalid YAML: ${e.message.split('\n')[0]}`).join('\n'));
    }
    const data = doc.toJS();
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new errors_InputError(`${file}: expected a mapping with at least "server"`);
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
            const range = (0,yaml_dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
            const keyNode = key !== undefined ? findKey(doc, path, key) : undefined;
            return `${at(keyNode ?? range)}: ${path.join('.') || '(top level)'}: ${describe(e)}`;
        })
            .filter((l) => !seen.has(l) && seen.add(l));
        throw new errors_InputError(`${file} is not a valid deploy spec:\n  ${lines.join('\n  ')}`);
    }
    const where = (path) => {
        const node = doc.getIn(path, true);
        return at((path.length ? findKey(doc, path.slice(0, -1), path.at(-1)) : undefined) ?? ((0,yaml_dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined));
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
        throw new errors_InputError(`--spec ${path}: ${error.code === 'ENOENT' ? 'no such file (write an mcp-deploy.yml; see the README)' : error.message}`);
    }
    return parseSpec(text, path);
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/registry/reference.ts
/** Image references as docker writes them: `[registry/]repository[:tag][@digest]`. */

const reference_DIGEST = /^sha256:[0-9a-f]{64}$/;
const reference_TAG = /^[\w][\w.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function parseImageReference(text, options = {}) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!reference_DIGEST.test(digest))
            throw new InputError(`image reference "${text}": "${digest}" is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!reference_TAG.test(tag))
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
function parse_parseBoolean(value, name = 'value') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    throw new InputError(`${name}: "${value}" is not a boolean (expected true or false)`);
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
        throw new InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}

;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
    if (!value)
        throw new errors_InputError(`Input required and not supplied: ${name}`);
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

;// CONCATENATED MODULE: ./src/actions/package.ts
/** actions/package: the deploy spec → the server image and its docker-archive, with outputs and a summary. */






function getInputs() {
    const specFile = getPathInput('spec', { required: true });
    const context = getPathInput('context');
    const dockerfile = getPathInput('dockerfile');
    const output = getPathInput('output', { output: true });
    const install = getOptionalInput('install') ? getChoiceInput('install', ['image', 'host'], 'image') : undefined;
    const tags = getListInput('tags');
    const base = getOptionalInput('base');
    const nodeImage = getOptionalInput('node-image');
    const spec = loadSpec(specFile);
    return {
        spec,
        context,
        dockerfile,
        base,
        nodeImage,
        install,
        tags,
        output: output ?? (0,external_node_path_.join)(runnerTempDir(), `${spec.server.name}.tar`),
        logger: actionLogger,
        tempDir: runnerTempDir(),
    };
}
async function run() {
    await runAction(async () => {
        const options = getInputs();
        const result = await group(`Package ${options.spec.server.name}`, () => packageServer(options));
        setOutputs({ 'image-id': result.imageId, digest: result.imageId, tags: result.tags.join('\n'), archive: result.archive, image: result.source });
        const dockerfile = result.generated ? `generated (${result.project?.kind}, ${result.project?.manager})` : result.dockerfile;
        await writeSummary([
            `### Packaged ${escapeHtml(result.name)}`,
            '',
            '| image ID | tags | Dockerfile | builder |',
            '|---|---|---|---|',
            `| ${code(result.imageId)} | ${result.tags.map(code).join('<br>')} | ${escapeHtml(dockerfile)} | ${escapeHtml(result.builder)} |`,
            '',
            `Archive for the scan and push stages: ${code(result.source)}`,
            '',
        ].join('\n'));
    });
}


/***/ })

};

//# sourceMappingURL=298.index.js.map