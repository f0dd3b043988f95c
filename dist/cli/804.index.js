export const id = 804;
export const ids = [804,7534,5153];
export const modules = {

/***/ 79844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yq: () => (/* binding */ runChecklist),
/* harmony export */   ZN: () => (/* binding */ failsAt)
/* harmony export */ });
/* unused harmony export missingInputs */
/* harmony import */ var _exemptions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65166);
/**
 * The checklist engine: runs every rule over the parsed inputs and decides verdicts. A rule whose
 * inputs were not given is `not-checked` (never passed); one that found nothing of its concern is
 * `not-applicable`; a failing check is `exempted` only by an exemption with a reason (and, from the
 * central file, not expired). Pure: no I/O, no environment; `today` comes from the caller.
 */

const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/** Whether a failure of `severity` fails a run with `failOn`. */
function failsAt(severity, failOn) {
    return failOn !== 'none' && SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}
const INPUT_FIELD = {
    spec: 'spec',
    dockerfile: 'dockerfile',
    dockerignore: 'dockerignore',
    image: 'image',
    compose: 'compose',
    manifests: 'manifests',
    cloud: 'cloud',
    workflows: 'workflows',
    'scan-report': 'scanReport',
    'health-report': 'healthReport',
};
/** The inputs a rule lacks, as a sentence; undefined when it can run. */
function missingInputs(rule, inputs) {
    const given = (kind) => inputs[INPUT_FIELD[kind]] !== undefined;
    const missing = rule.needs.filter((k) => !given(k));
    if (missing.length)
        return `needs ${missing.join(', ')}`;
    if (rule.needsAnyOf?.length && !rule.needsAnyOf.some(given))
        return `needs one of ${rule.needsAnyOf.join(', ')}`;
    return undefined;
}
class ExemptionLedger {
    inputs;
    options;
    today;
    used = [];
    refused = [];
    usedKeys = new Set();
    directives = new Map();
    constructor(inputs, options, today) {
        this.inputs = inputs;
        this.options = options;
        this.today = today;
        this.refused.push(...(options.exemptionsFile?.refused ?? []));
    }
    comments = (file) => {
        if (!this.directives.has(file)) {
            const text = this.inputs.sources?.[file] ?? (this.inputs.dockerfile?.file === file ? this.inputs.dockerfile.text : undefined);
            this.directives.set(file, text === undefined ? undefined : new _exemptions_js__WEBPACK_IMPORTED_MODULE_0__/* .CommentDirectives */ .K6(text));
        }
        return this.directives.get(file);
    };
    /** Decides one failing check. */
    decide(rule, check) {
        const { exemption: _source, ...plain } = check;
        const local = (0,_exemptions_js__WEBPACK_IMPORTED_MODULE_0__/* .findLocalExemption */ .qS)(rule, check, this.comments);
        const entry = this.options.exemptionsFile ? (0,_exemptions_js__WEBPACK_IMPORTED_MODULE_0__/* .findFileExemption */ .Vt)(this.options.exemptionsFile.entries, rule, check) : undefined;
        const fromFile = entry && { rule: rule.id, reason: entry.reason, origin: 'file', where: entry.where, expires: entry.expires, target: entry.target };
        if (local && 'refused' in local)
            this.refused.push({ ...local.refused, subject: check.subject });
        const found = local && 'exemption' in local ? local.exemption : fromFile;
        if (!found)
            return { ...plain, status: 'failed' };
        if (this.options.disallowExemptions) {
            this.refused.push({ rule: rule.id, origin: found.origin, where: found.where, why: 'exemptions are disallowed (--disallow-exemptions)', subject: check.subject });
            return { ...plain, status: 'failed' };
        }
        if ((0,_exemptions_js__WEBPACK_IMPORTED_MODULE_0__/* .isExpired */ ._d)(found.expires, this.today)) {
            this.refused.push({ rule: rule.id, origin: found.origin, where: found.where, why: `expired on ${found.expires}`, subject: check.subject });
            return { ...plain, message: `${plain.message} (exemption expired on ${found.expires})`, status: 'failed', exemption: found, expired: true };
        }
        // One exemption covers several checks (a file-wide comment, an object's annotation): listed once.
        const key = JSON.stringify([found.rule, found.origin, found.where, found.reason]);
        if (!this.usedKeys.has(key)) {
            this.usedKeys.add(key);
            this.used.push({ ...found });
        }
        return { ...plain, status: 'exempted', exemption: found };
    }
}
function verdictOf(checks) {
    if (!checks.length)
        return 'not-applicable';
    if (checks.some((c) => c.status === 'failed'))
        return 'failed';
    if (checks.some((c) => c.status === 'exempted'))
        return 'exempted';
    return 'passed';
}
/** Runs `rules` over `inputs`. Rule ids must be unique (the registry's test keeps them so). */
function runChecklist(rules, inputs, options = {}) {
    const failOn = options.failOn ?? 'error';
    const ledger = new ExemptionLedger(inputs, options, options.today ?? new Date().toISOString().slice(0, 10));
    const results = rules.map((rule) => {
        const notChecked = missingInputs(rule, inputs) ?? rule.unavailable?.(inputs);
        if (notChecked)
            return { rule, verdict: 'not-checked', checks: [], notChecked };
        const checks = rule.check(inputs).map((check) => {
            if (check.passed) {
                const { exemption: _source, ...plain } = check;
                return { ...plain, status: 'passed' };
            }
            return ledger.decide(rule, check);
        });
        return { rule, verdict: verdictOf(checks), checks };
    });
    const counts = { passed: 0, failed: 0, exempted: 0, 'not-checked': 0, 'not-applicable': 0 };
    for (const r of results)
        counts[r.verdict]++;
    const failed = results.some((r) => r.verdict === 'failed' && failsAt(r.rule.severity, failOn));
    return { results, exemptions: { used: ledger.used, refused: ledger.refused }, failOn, failed, counts };
}


/***/ }),

/***/ 65166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadExemptionsFile),
/* harmony export */   K6: () => (/* binding */ CommentDirectives),
/* harmony export */   Vt: () => (/* binding */ findFileExemption),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   qS: () => (/* binding */ findLocalExemption)
/* harmony export */ });
/* unused harmony exports subjectGlob, parseExemptionsFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Exemptions: a failing check is accepted only with a reason a reader can check. They come from
 * next to the thing checked (a Kubernetes annotation, a comment in a Dockerfile or workflow, a
 * compose extension field), aligned foreign annotations that carry a reason (kube-linter's,
 * checkov's), or a central exemptions file with an expiry. One without a reason is refused and
 * reported; an expired one fails like the rule and says so.
 *
 * Comments: `# mcp-orchestrator ignore=RULE[,RULE] reason="..."` exempts the finding on its own line
 * (a trailing comment), or on the first line after a run of comment lines it belongs to; a comment
 * in the file's opening comment block (before any instruction or key) exempts the whole file.
 */



/** `*` any run of characters (subjects hold `/`), `?` one character; the rest literal. */
function subjectGlob(glob) {
    return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Parses a central exemptions file: a list (or `exemptions:` list) of `{id, target, reason, expires}`. */
function parseExemptionsFile(text, file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`exemptions ${file}: not valid YAML or JSON (${error.message.split('\n')[0]})`);
    }
    const list = Array.isArray(doc) ? doc : doc?.exemptions;
    if (!Array.isArray(list))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`exemptions ${file}: expected a list of entries under "exemptions"`);
    const entries = [];
    const refused = [];
    list.forEach((raw, i) => {
        const e = raw;
        const where = { file, pointer: `/exemptions/${i}` };
        const at = `exemptions ${file}: entry ${i + 1}`;
        if (!e || typeof e !== 'object')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${at}: expected an object with id, target, reason and expires`);
        if (typeof e.id !== 'string' || !/^[A-Z]{2,4}\d{3}$|^[A-Z]{2,4}\*$/.test(e.id))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${at}: "id" must be a rule id such as HRD001 (or a group such as HRD*)`);
        const target = e.target === undefined ? '*' : e.target;
        if (typeof target !== 'string' || target === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${at}: "target" must be a subject glob such as Deployment/api`);
        const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : e.expires;
        if (expires !== undefined && (typeof expires !== 'string' || !DATE.test(expires)))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${at}: "expires" must be a date YYYY-MM-DD`);
        if (typeof e.reason !== 'string' || e.reason.trim() === '') {
            refused.push({ rule: e.id, origin: 'file', where, why: 'no reason given (add reason: "...")', subject: target });
            return;
        }
        entries.push({ id: e.id, target, reason: e.reason.trim(), expires: expires, pattern: subjectGlob(target), idPattern: subjectGlob(e.id), where });
    });
    return { entries, refused };
}
function loadExemptionsFile(path, display = path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--exemptions ${display}: cannot read it (${error.code ?? error.message})`);
    }
    return parseExemptionsFile(text, display);
}
const ANNOTATION_PREFIX = 'mcp-orchestrator.io/ignore-';
/** From `metadata.annotations`: ours first, then the aligned kube-linter and checkov ones. */
function fromAnnotations(rule, annotations, where, aligned) {
    if (!annotations)
        return undefined;
    const own = annotations[`${ANNOTATION_PREFIX}${rule.id}`];
    if (own !== undefined) {
        const reason = String(own).trim();
        return reason ? { exemption: { rule: rule.id, reason, origin: 'annotation', where } } : { refused: { rule: rule.id, origin: 'annotation', where, why: `annotation ${ANNOTATION_PREFIX}${rule.id} has no reason (its value is the reason)` } };
    }
    for (const check of aligned['kube-linter'] ?? []) {
        const value = annotations[`ignore-check.kube-linter.io/${check}`];
        if (value === undefined)
            continue;
        const reason = String(value).trim();
        return reason ? { exemption: { rule: rule.id, reason, origin: 'kube-linter', where } } : { refused: { rule: rule.id, origin: 'kube-linter', where, why: `annotation ignore-check.kube-linter.io/${check} has no reason` } };
    }
    // checkov: `checkov.io/skip1: CKV_K8S_8=the reason`.
    for (const [key, value] of Object.entries(annotations)) {
        if (!/^checkov\.io\/skip\d+$/.test(key))
            continue;
        const m = /^\s*([A-Z0-9_]+)\s*(?:=(.*))?$/s.exec(String(value));
        if (!m || !(aligned.checkov ?? []).includes(m[1]))
            continue;
        const reason = (m[2] ?? '').trim();
        return reason ? { exemption: { rule: rule.id, reason, origin: 'checkov', where } } : { refused: { rule: rule.id, origin: 'checkov', where, why: `annotation ${key} skips ${m[1]} without a reason (write ${m[1]}=reason)` } };
    }
    return undefined;
}
/** From `x-mcp-orchestrator: { ignore: { RULE: reason } }` on the service, then at the top of the compose file. */
function fromComposeExtension(rule, source, where) {
    for (const holder of [source.service, source.top]) {
        const ext = holder?.['x-mcp-orchestrator'];
        const ignore = ext?.ignore;
        if (!ignore || typeof ignore !== 'object' || !(rule.id in ignore))
            continue;
        const value = ignore[rule.id];
        const reason = typeof value === 'string' ? value.trim() : '';
        return reason ? { exemption: { rule: rule.id, reason, origin: 'compose', where } } : { refused: { rule: rule.id, origin: 'compose', where, why: `x-mcp-orchestrator.ignore.${rule.id} has no reason (its value is the reason)` } };
    }
    return undefined;
}
const OWN_DIRECTIVE = /#\s*mcp-orchestrator\s+ignore=([A-Z0-9*,]+)(?:\s+reason=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'))?/;
const CHECKOV_DIRECTIVE = /#\s*checkov:skip=([A-Z0-9_]+)(?::(.*))?$/;
/** What one file's comments say, parsed once per file. */
class CommentDirectives {
    lines;
    directives = new Map();
    /** The last line of the file's opening comment block (0 when the file opens with content). */
    headerEnd;
    constructor(text) {
        this.lines = text.split(/\r?\n/);
        let header = 0;
        let inHeader = true;
        this.lines.forEach((raw, i) => {
            const line = raw.trim();
            if (inHeader && line !== '' && !line.startsWith('#'))
                inHeader = false;
            if (inHeader)
                header = i + 1;
            const own = OWN_DIRECTIVE.exec(raw);
            const checkov = CHECKOV_DIRECTIVE.exec(raw);
            const found = [];
            if (own)
                found.push({ line: i + 1, rules: own[1].split(',').filter(Boolean), reason: (own[2] ?? own[3] ?? '').replace(/\\(.)/g, '$1').trim() || undefined, origin: 'comment' });
            if (checkov)
                found.push({ line: i + 1, rules: [checkov[1]], reason: checkov[2]?.trim() || undefined, origin: 'checkov' });
            if (found.length)
                this.directives.set(i + 1, found);
        });
        this.headerEnd = header;
    }
    isComment(line) {
        return (this.lines[line - 1] ?? '').trim().startsWith('#');
    }
    /** The directives that apply to `line`: on it, in the comment lines directly above it, or in the file's header. */
    applying(line) {
        const out = [];
        if (line !== undefined) {
            out.push(...(this.directives.get(line) ?? []));
            for (let l = line - 1; l >= 1 && this.isComment(l); l--)
                out.push(...(this.directives.get(l) ?? []));
        }
        for (let l = 1; l <= this.headerEnd; l++)
            if (!out.some((d) => d.line === l))
                out.push(...(this.directives.get(l) ?? []));
        return out;
    }
}
function fromComments(rule, directives, location, aligned) {
    if (!directives || !location)
        return undefined;
    for (const d of directives.applying(location.line)) {
        const own = d.origin === 'comment' && d.rules.some((r) => subjectGlob(r).test(rule.id));
        const foreign = d.origin === 'checkov' && d.rules.some((r) => (aligned.checkov ?? []).includes(r));
        if (!own && !foreign)
            continue;
        const where = { file: location.file, line: d.line };
        if (!d.reason) {
            return { refused: { rule: rule.id, origin: d.origin, where, why: d.origin === 'comment' ? 'the ignore comment has no reason="..."' : 'the checkov:skip comment has no reason (write ID:reason)' } };
        }
        return { exemption: { rule: rule.id, reason: d.reason, origin: d.origin, where } };
    }
    return undefined;
}
/** Reads what exempts one failing check next to its subject (not the central file). */
function findLocalExemption(rule, check, comments) {
    const where = check.location ?? { file: '(unknown)' };
    const source = check.exemption ?? (check.location ? { kind: 'comments' } : undefined);
    if (!source)
        return undefined;
    switch (source.kind) {
        case 'annotations':
            return fromAnnotations(rule, source.annotations, where, check.aligned ?? rule.aligned);
        case 'compose-extension':
            return fromComposeExtension(rule, source, where);
        case 'comments':
            return check.location ? fromComments(rule, comments(check.location.file), check.location, check.aligned ?? rule.aligned) : undefined;
    }
}
/** The central file's entry for a check: its rule id and subject (or its object, or file) match. */
function findFileExemption(entries, rule, check) {
    const subjects = [check.subject, check.object, check.location?.file].filter((s) => s !== undefined);
    return entries.find((e) => e.idPattern.test(rule.id) && subjects.some((s) => e.pattern.test(s)));
}
/** Whether an entry has expired on `today` (YYYY-MM-DD): it holds through its `expires` day. */
function isExpired(expires, today) {
    return expires !== undefined && expires < today;
}


/***/ }),

/***/ 804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   zv: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony exports ITEMS, formatLocation, itemState, annotationsOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77534);
/* harmony import */ var _util_html_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79263);
/* harmony import */ var _util_sarif_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65521);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79844);
/**
 * The checklist's outputs: the seed's items as a Markdown checklist a person would keep, plain
 * text, JSON, and SARIF 2.1.0 for code scanning. Every message went through the scan's redaction
 * (values from an image or an env can be secrets) and is escaped for the language it goes into.
 */





const ITEMS = [
    { item: 'image-built', title: 'Image built' },
    { item: 'environment-secure', title: 'Environment injected securely (no secret literals)' },
    { item: 'health-checks', title: 'Health checks configured and passing' },
    { item: 'logging', title: 'Logging and monitoring enabled' },
    { item: 'resource-limits', title: 'Resource limits set' },
    { item: 'tls', title: 'TLS for remote access' },
    { item: 'secret-store', title: 'Secrets in a secure vault' },
    { item: 'scaling', title: 'Scaling policy defined' },
    { item: 'hardening', title: 'Hardened (non-root, read-only, no privileges)' },
    { item: 'workflows', title: 'Workflows secure' },
];
/** Most results listed per rule in text and Markdown (JSON and SARIF carry all). */
const SHOWN = 20;
function formatLocation(location) {
    if (!location)
        return '';
    if (location.pointer)
        return `${location.file}#${location.pointer}`;
    return location.line ? `${location.file}:${location.line}` : location.file;
}
// Each writer redacts the same messages: the scan's rules run once per distinct text.
const redacted = new Map();
function clean(text) {
    let out = redacted.get(text);
    if (out === undefined) {
        if (redacted.size > 10_000)
            redacted.clear();
        out = (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .iB)(text);
        redacted.set(text, out);
    }
    return out;
}
/** An item is ticked when its rules were checked and none failed (exempted counts, with its reason listed). */
function itemState(results) {
    if (results.some((r) => r.verdict === 'failed'))
        return 'open';
    if (results.some((r) => r.verdict === 'not-checked'))
        return 'not-checked';
    if (results.every((r) => r.verdict === 'not-applicable'))
        return 'not-applicable';
    return 'done';
}
function byItem(result) {
    return ITEMS.map(({ item, title }) => {
        const results = result.results.filter((r) => r.rule.item === item);
        return { item, title, results, state: itemState(results) };
    }).filter((i) => i.results.length > 0);
}
function failing(r) {
    return r.checks.filter((c) => c.status !== 'passed');
}
const VERDICT_TEXT = { passed: 'passed', failed: 'FAILED', exempted: 'exempted', 'not-checked': 'not checked', 'not-applicable': 'n/a' };
function headline(result) {
    const c = result.counts;
    return `Checklist ${result.failed ? 'failed' : 'passed'} (fail on ${result.failOn}): ${c.passed} passed, ${c.failed} failed, ${c.exempted} exempted, ${c['not-checked']} not checked, ${c['not-applicable']} not applicable`;
}
function renderText(result) {
    const lines = [headline(result), ''];
    for (const group of byItem(result)) {
        lines.push(`[${group.state === 'done' || group.state === 'not-applicable' ? 'x' : ' '}] ${group.title}${group.state === 'not-checked' ? ' (not fully checked)' : ''}`);
        for (const r of group.results) {
            lines.push(`    ${r.rule.id} ${VERDICT_TEXT[r.verdict].padEnd(11)} ${r.rule.severity.padEnd(7)} ${r.rule.title}${r.notChecked ? ` (${r.notChecked})` : ''}`);
            const shown = failing(r);
            for (const c of shown.slice(0, SHOWN))
                lines.push(`        ${formatLocation(c.location) || c.subject || ''}: ${clean(c.message)}${c.exemption && c.status === 'exempted' ? ` [exempted: ${clean(c.exemption.reason)}]` : ''}`);
            if (shown.length > SHOWN)
                lines.push(`        … and ${shown.length - SHOWN} more (use --format json)`);
            if (r.verdict === 'failed')
                lines.push(`        fix: ${r.rule.fix}`);
        }
    }
    lines.push(...exemptionLines(result, (s) => s));
    return `${lines.join('\n')}\n`;
}
function exemptionLines(result, esc, bullet = '') {
    const lines = [];
    if (result.exemptions.used.length) {
        lines.push('', `${bullet ? '#### ' : ''}Exemptions used (${result.exemptions.used.length})`, '');
        for (const e of result.exemptions.used)
            lines.push(`${bullet || '  '}${esc(e.rule)} by ${e.origin} at ${esc(formatLocation(e.where))}: ${esc(clean(e.reason))}${e.expires ? ` (until ${e.expires})` : ''}`);
    }
    if (result.exemptions.refused.length) {
        lines.push('', `${bullet ? '#### ' : ''}Exemptions refused (${result.exemptions.refused.length})`, '');
        for (const e of result.exemptions.refused)
            lines.push(`${bullet || '  '}${esc(e.rule)} by ${e.origin} at ${esc(formatLocation(e.where))}${e.subject ? ` for ${esc(clean(e.subject))}` : ''}: ${esc(e.why)}`);
    }
    return lines;
}
const MD_VERDICT = { passed: '✅ passed', failed: '❌ failed', exempted: '⚪ exempted', 'not-checked': '⏸️ not checked', 'not-applicable': '➖ not applicable' };
/** The job summary: each item as `- [x]` / `- [ ]`, its rules beneath with verdict, evidence and fix. */
function renderMarkdown(result) {
    const esc = (s) => (0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(clean(s));
    const lines = [`### ${result.failed ? '❌' : '✅'} ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(headline(result))}`, ''];
    for (const group of byItem(result)) {
        const ticked = group.state === 'done' || group.state === 'not-applicable';
        const note = group.state === 'not-checked' ? ' — not fully checked' : group.state === 'not-applicable' ? ' — nothing to check' : '';
        lines.push(`- [${ticked ? 'x' : ' '}] **${group.title}**${note}`);
        for (const r of group.results) {
            lines.push(`  - \`${r.rule.id}\` ${MD_VERDICT[r.verdict]} (${r.rule.severity}): ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(r.rule.title)}${r.notChecked ? ` — ${esc(r.notChecked)}` : ''}`);
            const shown = failing(r);
            for (const c of shown.slice(0, SHOWN)) {
                const where = formatLocation(c.location);
                const exempt = c.status === 'exempted' && c.exemption ? ` — exempted (${c.exemption.origin}): ${esc(c.exemption.reason)}` : '';
                lines.push(`    - ${where ? `<code>${esc(where)}</code>: ` : ''}${esc(c.message)}${exempt}`);
            }
            if (shown.length > SHOWN)
                lines.push(`    - … and ${shown.length - SHOWN} more (see the JSON report)`);
            if (r.verdict === 'failed')
                lines.push(`    - fix: ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(r.rule.fix)}`);
        }
    }
    lines.push(...exemptionLines(result, esc, '- '));
    return `${lines.join('\n')}\n`;
}
function alignedText(rule) {
    const parts = Object.entries(rule.aligned)
        .filter(([, ids]) => ids && ids.length)
        .map(([tool, ids]) => `${tool}: ${ids.join(', ')}`);
    return parts.length ? `Same as ${parts.join('; ')}.` : '';
}
function toJson(result) {
    return {
        passed: !result.failed,
        failOn: result.failOn,
        counts: result.counts,
        items: byItem(result).map((g) => ({ item: g.item, title: g.title, state: g.state, rules: g.results.map((r) => r.rule.id) })),
        rules: result.results.map((r) => ({
            id: r.rule.id,
            group: r.rule.group,
            item: r.rule.item,
            severity: r.rule.severity,
            title: r.rule.title,
            verdict: r.verdict,
            failsGate: r.verdict === 'failed' && (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .failsAt */ .ZN)(r.rule.severity, result.failOn),
            ...(r.notChecked ? { notChecked: r.notChecked } : {}),
            fix: r.rule.fix,
            aligned: r.rule.aligned,
            checks: r.checks.map((c) => ({ status: c.status, message: clean(c.message), subject: c.subject && clean(c.subject), location: c.location, ...(c.exemption ? { exemption: { ...c.exemption, reason: clean(c.exemption.reason) } } : {}), ...(c.expired ? { expired: true } : {}) })),
        })),
        exemptions: {
            used: result.exemptions.used.map((e) => ({ ...e, reason: clean(e.reason) })),
            refused: result.exemptions.refused.map((e) => ({ ...e, subject: e.subject && clean(e.subject) })),
        },
    };
}
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', note: '2.0' };
function sarifLocation(location) {
    if (!location)
        return [];
    // Report pointers are not source lines: the report file, line 1, with the pointer in the message.
    const region = location.line ? { startLine: location.line, ...(location.column ? { startColumn: location.column } : {}) } : { startLine: 1 };
    return [{ physicalLocation: { artifactLocation: { uri: location.file.replace(/\\/g, '/').replace(/^\.\//, '') }, region } }];
}
function fingerprint(rule, c) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${rule}\n${c.subject ?? ''}\n${c.location?.file ?? ''}\n${c.location?.pointer ?? ''}\n${clean(c.message)}`)
        .digest('hex')
        .slice(0, 32);
}
function toSarif(result, options) {
    const rules = result.results.map((r) => r.rule);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = result.results.flatMap((r) => failing(r).map((c) => ({
        ruleId: r.rule.id,
        ruleIndex: index.get(r.rule.id),
        level: r.rule.severity,
        message: { text: `${clean(c.message)}${c.location?.pointer ? ` (${c.location.pointer})` : ''}` },
        locations: sarifLocation(c.location),
        partialFingerprints: { 'checklistFingerprint/v1': fingerprint(r.rule.id, c) },
        ...(c.status === 'exempted' && c.exemption ? { suppressions: [{ kind: c.exemption.origin === 'file' ? 'external' : 'inSource', justification: clean(c.exemption.reason) }] } : {}),
        properties: { subject: c.subject && clean(c.subject), verdict: r.verdict },
    })));
    return (0,_util_sarif_js__WEBPACK_IMPORTED_MODULE_4__/* .sarifLog */ .e)({
        tool: 'mcp-orchestrator-checklist',
        version: options.version,
        rules: rules.map((rule) => {
            const text = `${rule.help}\n\nFix: ${rule.fix}${alignedText(rule) ? `\n\n${alignedText(rule)}` : ''}`;
            return {
                id: rule.id,
                name: rule.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : '')),
                shortDescription: { text: rule.title },
                fullDescription: { text: rule.help },
                help: { text, markdown: `**${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(rule.title)}**\n\n${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(rule.help)}\n\n**Fix:** ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(rule.fix)}${alignedText(rule) ? `\n\n${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(alignedText(rule))}` : ''}` },
                defaultConfiguration: { level: rule.severity },
                properties: { 'security-severity': SECURITY_SEVERITY[rule.severity], tags: ['security', 'checklist', rule.group], precision: 'high' },
            };
        }),
        automationId: 'mcp-orchestrator-checklist/',
        results,
    });
}
/** Annotations for failed checks on source lines (reports have no lines), the gate's failures first. */
function annotationsOf(result, limit = 50) {
    const level = { error: 'error', warning: 'warning', note: 'notice' };
    return result.results
        .filter((r) => r.verdict === 'failed')
        .sort((a, b) => Number(failsAt(b.rule.severity, result.failOn)) - Number(failsAt(a.rule.severity, result.failOn)))
        .flatMap((r) => r.checks
        .filter((c) => c.status === 'failed')
        .map((c) => ({
        level: level[r.rule.severity],
        title: `${r.rule.id}: ${r.rule.title}`,
        message: `${clean(c.message)}. Fix: ${r.rule.fix}`,
        ...(c.location && c.location.line && !c.location.file.startsWith('render/') ? { file: c.location.file, startLine: c.location.line } : {}),
    })))
        .slice(0, limit);
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

/***/ 79263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml),
/* harmony export */   a: () => (/* binding */ code)
/* harmony export */ });
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


/***/ }),

/***/ 65521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ sarifLog)
/* harmony export */ });
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


/***/ })

};

//# sourceMappingURL=804.index.js.map