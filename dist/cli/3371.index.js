export const id = 3371;
export const ids = [3371,7534,5153];
export const modules = {

/***/ 43371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildKustomization: () => (/* binding */ buildKustomization),
/* harmony export */   kustomizeWithKubectl: () => (/* binding */ kustomizeWithKubectl)
/* harmony export */ });
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77534);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37895);
/**
 * A kustomization built by `kubectl kustomize DIR` (kubectl-binary.ts finds or fetches kubectl):
 * the build's YAML stream is then treated as the user's manifests (the pushed digest put in by
 * repository, nothing else changed). A failed build is the user's input: its stderr, redacted.
 */



const BUILD_TIMEOUT_MS = 2 * 60_000;
/** `kubectl kustomize dir`'s output; `shown` is how errors name the folder (relative to the spec). */
async function buildKustomization(kubectl, dir, shown) {
    // Every exit code is collected so that the error is about the kustomization, not the command.
    const result = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m)(kubectl, ['kustomize', dir], { okCodes: Array.from({ length: 256 }, (_, i) => i), timeoutMs: BUILD_TIMEOUT_MS, display: 'kubectl kustomize' });
    if (result.code !== 0) {
        const stderr = (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .iB)(result.stderr.trim()).split('\n').slice(0, 20).join('\n');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`targets.kubernetes.manifests: ${shown}: \`kubectl kustomize\` failed (exit ${result.code}): ${stderr || '(no message)'}`);
    }
    if (!result.stdout.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`targets.kubernetes.manifests: ${shown}: \`kubectl kustomize\` built no objects`);
    return result.stdout;
}
/**
 * The builder loadManifestFiles takes, over the kubectl locateKubectl finds (looked for once, on
 * the first kustomization; tool-cache is loaded only then).
 */
function kustomizeWithKubectl(options) {
    let kubectl;
    return async (dir, shown) => {
        kubectl ??= Promise.all(/* import() */[__webpack_require__.e(5991), __webpack_require__.e(9118)]).then(__webpack_require__.bind(__webpack_require__, 39118)).then(({ locateKubectl }) => locateKubectl(options));
        return buildKustomization(await kubectl, dir, shown);
    };
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

//# sourceMappingURL=3371.index.js.map