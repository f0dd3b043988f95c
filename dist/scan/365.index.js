export const id = 365;
export const ids = [365];
export const modules = {

/***/ 5365:
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/scan/baseline.ts
/**
 * The baseline: accepted findings, by fingerprint, rule or path glob, each with the reason a
 * reader can check. An entry with several selectors matches only when all of them do.
 */



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
function parseBaseline(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`baseline ${file}: not valid YAML or JSON (${error.message})`);
    }
    const list = Array.isArray(doc) ? doc : doc?.accepted;
    if (!Array.isArray(list))
        throw new errors/* InputError */.dz(`baseline ${file}: expected a list of entries under "accepted"`);
    const entries = list.map((raw, i) => {
        const e = raw;
        const where = `baseline ${file}: entry ${i + 1}`;
        if (!e || typeof e !== 'object')
            throw new errors/* InputError */.dz(`${where}: expected an object`);
        if (typeof e.reason !== 'string' || e.reason.trim() === '')
            throw new errors/* InputError */.dz(`${where}: "reason" is required (say why this finding is accepted)`);
        if (!e.fingerprint && !e.rule && !e.path)
            throw new errors/* InputError */.dz(`${where}: give at least one of fingerprint, rule or path`);
        return { ...e, reason: e.reason, pathPattern: e.path ? globToRegExp(e.path) : undefined };
    });
    return { file, entries };
}
async function loadBaseline(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`baseline ${file}: cannot read it (${error.code ?? error.message})`);
    }
    return parseBaseline(text, file);
}
/** The baseline entry that accepts a finding, if any. */
function acceptedBy(baseline, finding) {
    return baseline?.entries.find((e) => (!e.fingerprint || e.fingerprint === finding.fingerprint) &&
        (!e.rule || e.rule === finding.rule) &&
        (!e.pathPattern || (finding.path !== undefined && e.pathPattern.test(finding.path))));
}

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
// EXTERNAL MODULE: ./src/image/reader.ts + 16 modules
var reader = __webpack_require__(5059);
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
            const entry = acceptedBy(options.baseline, finding);
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
    const baseline = options.baselineFile ? await loadBaseline(options.baselineFile) : undefined;
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


/***/ })

};

//# sourceMappingURL=365.index.js.map