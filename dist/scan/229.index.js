export const id = 229;
export const ids = [229];
export const modules = {

/***/ 1229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
// EXTERNAL MODULE: ./src/image/reader.ts + 7 modules
var reader = __webpack_require__(5711);
// EXTERNAL MODULE: ./src/scan/baseline.ts
var baseline = __webpack_require__(6758);
// EXTERNAL MODULE: ./src/scan/layer-scan.ts
var layer_scan = __webpack_require__(5664);
// EXTERNAL MODULE: ./src/scan/redact.ts
var redact = __webpack_require__(9684);
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
    const baseline = options.baselineFile ? await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(809)]).then(__webpack_require__.bind(__webpack_require__, 7809))).loadBaseline(options.baselineFile) : undefined;
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
    const highest = report.findings.reduce((h, f) => (h === 'none' || severityRank(f.severity) < severityRank(h) ? f.severity : h), 'none');
    return { report, sarif, highest, failed: report.findings.some((f) => failsAt(f.severity, options.failOn)) };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
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
function parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new errors/* InputError */.dz(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new errors/* InputError */.dz(`${name}: unknown unit in "${value}"`);
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
    throw new errors/* InputError */.dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
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
    const value = lib_core.getInput(name).trim();
    if (!value)
        throw new errors/* InputError */.dz(`Input required and not supplied: ${name}`);
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
    return parseList(lib_core.getInput(name));
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
        throw new errors/* InputError */.dz(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
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
        throw new errors/* InputError */.dz('input registry-username: given without registry-password');
    return {
        insecureRegistries: getListInput('insecure-registries'),
        credentialHost: credentialHost === undefined ? undefined : (0,reference/* canonicalRegistry */.i7)(credentialHost, 'input registry'),
        username,
        password,
        githubToken,
        dockerConfigPath: process.env.DOCKER_CONFIG ? (0,external_node_path_.join)(process.env.DOCKER_CONFIG, 'config.json') : undefined,
    };
}

// EXTERNAL MODULE: ./src/scan/redact-text.ts
var redact_text = __webpack_require__(7534);
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
        if ((0,errors/* isKnownError */.ux)(error)) {
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

// EXTERNAL MODULE: ./src/scan/dockerfile-locator.ts
var dockerfile_locator = __webpack_require__(1844);
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

;// CONCATENATED MODULE: ./src/scan/render.ts
/** Human renderings of a scan report: terminal text and the job summary's markdown. */



function counts(report) {
    const by = severities.map((s) => [s, report.findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
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

;// CONCATENATED MODULE: ./src/actions/scan.ts
/** actions/scan: inputs → the scan engine → outputs, summary, annotations for the top findings. */







function getInputs() {
    const registry = getRegistryInputs();
    const temp = runnerTempDir();
    const workspace = workspaceDir();
    const files = {
        scanReport: getPathInput('scan-report', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-scan.json'),
        sarifFile: getPathInput('sarif-file', { output: true }) ?? (0,external_node_path_.join)(temp, 'mcp-orchestrator-scan.sarif'),
        dockerfile: getPathInput('dockerfile', { fallback: 'Dockerfile' }),
        workspace,
    };
    return {
        image: getRequiredInput('image'),
        files,
        options: {
            failOn: getChoiceInput('fail-on', [...severities, 'none'], 'high'),
            baselineFile: getPathInput('baseline'),
            dockerfile: files.dockerfile,
            workspace,
            maxFileSize: getSizeInput('max-file-size', '256MB'),
            platform: getOptionalInput('platform') ?? 'linux/amd64',
            tempDir: temp,
            logger: actionLogger,
            registry,
        },
    };
}
async function run() {
    await runAction(async () => {
        const { image, options, files } = getInputs();
        const outcome = await group(`Scan ${image}`, () => runScan(image, options));
        const { report } = outcome;
        await publishScan(outcome, files, report.image.source);
        // report-file: the name this output had before scan-report; kept for workflows that use it.
        setOutputs({ digest: report.image.digest, 'report-file': files.scanReport });
        if (outcome.failed) {
            const failing = report.findings.filter((f) => failsAt(f.severity, options.failOn)).length;
            throw new errors/* GateFailure */.In(`${failing} secret finding(s) at or above ${options.failOn} in ${report.image.source}; see the job summary and ${files.scanReport}`);
        }
        actionLogger.info(`No secret at or above ${options.failOn} in ${report.image.source} (${report.findings.length} below it).`);
    });
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   i7: () => (/* binding */ canonicalRegistry),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export formatReference */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
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

/***/ 8504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ configRules),
/* harmony export */   Uj: () => (/* binding */ isSecretAssignment),
/* harmony export */   ro: () => (/* binding */ scanImageConfig)
/* harmony export */ });
/* unused harmony export parseBuildArgs */
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9863);
/* harmony import */ var _validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9814);


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

/***/ 7534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   iB: () => (/* binding */ redactText)
/* harmony export */ });
/* unused harmony exports findSecretsInText, replaceSecrets, redactCreatedBy */
/* harmony import */ var _image_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6575);
/* harmony import */ var _config_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8504);
/* harmony import */ var _content_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9863);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9684);
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

/***/ 9684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
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


/***/ })

};

//# sourceMappingURL=229.index.js.map