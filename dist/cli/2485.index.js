export const id = 2485;
export const ids = [2485];
export const modules = {

/***/ 86575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ maskBuildArgs),
/* harmony export */   F: () => (/* binding */ parseImageConfig)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/** The image config document: what the reader reports, with build history mapped to layers. */

const NANOS_PER_MS = 1_000_000;
function parseImageConfig(bytes, where) {
    let raw;
    try {
        raw = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: image config is not valid JSON (${error.message})`);
    }
    if (typeof raw !== 'object' || raw === null)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: image config is not a JSON object`);
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
function maskBuildArgs(createdBy) {
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


/***/ }),

/***/ 19863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SQ: () => (/* binding */ ContentScanner),
  Ff: () => (/* binding */ scanText)
});

// UNUSED EXPORTS: compileRules, looksBinary

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

// EXTERNAL MODULE: ./src/scan/rules.ts
var scan_rules = __webpack_require__(39830);
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
function compileRules(rules = scan_rules/* rules */.aO) {
    if (rules === scan_rules/* rules */.aO && compiledDefault)
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
    if (rules === scan_rules/* rules */.aO)
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
            if (this.seen.has(key) || !(0,scan_rules/* acceptsSecret */.AC)(rule, secret, m[0]))
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
function scanText(text, compiled) {
    const scanner = new ContentScanner(compiled);
    scanner.push(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
    return scanner.finish();
}


/***/ }),

/***/ 39830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ acceptsSecret),
/* harmony export */   aO: () => (/* binding */ rules)
/* harmony export */ });
/* unused harmony export ruleById */
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69814);

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
const rules = [
    token('aws-access-key-id', 'AWS access key ID', 'high', ['akia', 'asia', 'abia', 'acca', 'a3t'], /\b(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, { allow: [/EXAMPLE$/] }),
    token('aws-secret-access-key', 'AWS secret access key', 'critical', ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret'], /(?:aws_?secret_?access_?key|secret_?access_?key|aws-secret-access-key)["']?\s{0,5}[:=]\s{0,5}["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi, { allow: [/EXAMPLEKEY$/], entropy: 4 }),
    token('github-classic-token', 'GitHub token (classic)', 'critical', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /\b(?<s>gh[pousr]_[A-Za-z0-9]{36})\b/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .hasTokenChecksum */ .fU }),
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
        validate: (s) => (0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletePemBody */ .eU)(s),
        help: `A Google Cloud service-account key file. ${ROTATE}`,
    },
    {
        id: 'private-key',
        title: 'Private key (PEM or OpenSSH)',
        severity: 'critical',
        keywords: ['private key-----'],
        pattern: /(?<s>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,\\"'-]{64,12000}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g,
        validate: (s) => (0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletePemBody */ .eU)(s),
        help: `A complete private key block. ${ROTATE}`,
    },
    token('npm-access-token', 'npm access token', 'critical', ['npm_'], /\b(?<s>npm_[A-Za-z0-9]{36})\b/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .hasTokenChecksum */ .fU }),
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
    token('kubernetes-service-account-token', 'Kubernetes service-account token', 'critical', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isKubernetesServiceAccountToken */ .im }),
    token('jwt-credential', 'JWT with credential claims (service role, admin or write scope)', 'high', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: _validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialJwt */ .Nu }),
    {
        id: 'database-url-password',
        title: 'Database URL with a password',
        severity: 'high',
        keywords: ['postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'mariadb://'],
        pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql):\/\/(?<u>[^\s:@/"'`]{0,64}):(?<s>[^\s@/"'`]{3,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(s) && !/^(?:password|pass|pwd|secret|postgres|root|user|admin|test|guest)$/i.test(s),
        help: `A connection URL that carries its password. ${ROTATE}`,
    },
    {
        id: 'url-basic-auth',
        title: 'Password in an HTTP(S) URL',
        severity: 'medium',
        keywords: ['http://', 'https://'],
        pattern: /\bhttps?:\/\/(?<u>[A-Za-z0-9._~%-]{1,64}):(?<s>[A-Za-z0-9._~%!$&'()*+,;=-]{8,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(s),
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
        validate: (s) => !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(s) && !/^(?:process\.env|os\.environ|env\.|this\.|self\.)/.test(s),
        help: `A secret-named key set to a high-entropy value. If it is a real credential: ${ROTATE} If it is not, add it to the baseline with a reason.`,
    },
];
function ruleById(id) {
    return rules.find((r) => r.id === id);
}
/** Applies a rule's structure checks to a secret found by its pattern. */
function acceptsSecret(rule, secret, match) {
    if (rule.allow?.some((re) => re.test(secret)))
        return false;
    if (rule.entropy !== undefined && (0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .shannonEntropy */ .ly)(secret) < rule.entropy)
        return false;
    return rule.validate ? rule.validate(secret, match) : true;
}


/***/ }),

/***/ 69814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ isCredentialJwt),
/* harmony export */   eU: () => (/* binding */ isCompletePemBody),
/* harmony export */   fU: () => (/* binding */ hasTokenChecksum),
/* harmony export */   im: () => (/* binding */ isKubernetesServiceAccountToken),
/* harmony export */   ly: () => (/* binding */ shannonEntropy),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
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
    return decodeBase62(body.slice(30)) === (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(body.slice(0, 30)) >>> 0;
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


/***/ })

};

//# sourceMappingURL=2485.index.js.map