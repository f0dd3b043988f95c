export const id = 1194;
export const ids = [1194,7534,5153];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   iE: () => (/* binding */ renamedOption)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** parseArgs with errors that name the command and say where to look for help. */
function parseCommandArgs(command, argv, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${command}: ${error.message}. See \`mcp-orchestrator ${command} --help\`.`);
    }
}
function parseFormat(value, allowed = ['text', 'json']) {
    const format = value ?? 'text';
    if (!allowed.includes(format))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--format: "${format}" is not one of ${allowed.join(', ')}`);
    return format;
}
/**
 * One name per concept: the CLI takes the actions' names (`--scan-report`, `--registry-username`…)
 * and keeps its earlier ones as aliases. Both given with different values is an error.
 */
function renamedOption(values, name, alias) {
    const value = values[name];
    const old = values[alias];
    if (value !== undefined && old !== undefined && value !== old)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--${name} and --${alias} (its other name) disagree: give one`);
    return value ?? old;
}


/***/ }),

/***/ 81194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packageCommand: () => (/* binding */ packageCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/spec/grammar.ts
var grammar = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
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
        throw new errors/* InputError */.dz(`${where}: "name" ${JSON.stringify(name)} is not ${says}`);
    }
    return name;
}
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${path}: not valid JSON (${error.message})`);
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
    throw new errors/* InputError */.dz(`${where}: cannot tell how to start the server: give "bin", "main" or a "start": "node FILE" script, or server.command in the spec`);
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
                throw new errors/* InputError */.dz(`${pyPath}: not valid TOML (${error.message.split('\n')[0]})`);
            }
        }
        const script = Object.keys(project.scripts ?? {})[0];
        const fallback = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'server.py')) ? ['python3', 'server.py'] : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'main.py')) ? ['python3', 'main.py'] : undefined;
        const start = command ?? (script ? [script] : fallback);
        if (!start)
            throw new errors/* InputError */.dz(`${pyPath}: cannot tell how to start the server: give [project.scripts], a server.py, or server.command in the spec`);
        const name = checkedName(project.name, PYTHON_NAME, pyPath, 'mcp-server');
        return { kind: 'python', manager: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'uv.lock')) ? 'uv' : 'pip', name, version: String(project.version ?? '0.0.0'), command: start, hasBuild: false };
    }
    throw new errors/* InputError */.dz(`${context}: no package.json, pyproject.toml or requirements.txt: write a Dockerfile (build.dockerfile) or point build.context at the server`);
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
        throw new errors/* InputError */.dz(`${JSON.stringify(value)}: a line break cannot be written into a Dockerfile ENV value`);
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
    (0,grammar.requireGrammar)('imageReference', input.base, 'base image');
    if (input.transport === 'stdio' && input.project.kind === 'python')
        (0,grammar.requireGrammar)('imageReference', input.nodeImage, 'node image');
    const lines = instructions(input);
    // Each entry is one line: whatever slipped past the checks above cannot add an instruction.
    const broken = lines.find((l) => /[\r\n]/.test(l));
    if (broken !== undefined)
        throw new errors/* InputError */.dz(`generated Dockerfile: refusing a line break inside ${JSON.stringify(broken)}`);
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
        throw new errors/* InputError */.dz(`the bridge bundle ${path} is missing: run \`npm run bundle\``);
    return path;
}
async function hasBuildx(env) {
    return (await (0,exec/* exec */.m)('docker', ['buildx', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: 30_000 }).catch(() => ({ code: 1 }))).code === 0;
}
async function gitOutput(args, cwd) {
    const r = await (0,exec/* exec */.m)('git', args, { cwd, okCodes: [0, 128, 129], timeoutMs: 30_000 }).catch(() => undefined);
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
        await (0,exec/* exec */.m)(command, args, { cwd: staging, env, timeoutMs: 15 * 60_000, maxBytes: BUILD_LOG_BYTES });
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
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    for (const name of Object.keys(spec.build.args)) {
        if (SECRET_ARG.test(name)) {
            throw new errors/* InputError */.dz(`build.args.${name}: refusing a build argument whose name looks like a secret: its value would be recorded in the image history for anyone who pulls it. Use build.secrets (a BuildKit secret mount: RUN --mount=type=secret,id=...) instead.`);
        }
    }
    const context = (0,external_node_path_.resolve)(spec.dir, options.context ?? spec.build.context);
    if (!(0,external_node_fs_.existsSync)(context))
        throw new errors/* InputError */.dz(`build.context: ${context} does not exist`);
    const buildx = await hasBuildx(env);
    if (spec.build.secrets.length && !buildx) {
        throw new errors/* InputError */.dz(`build.secrets: BuildKit secret mounts need docker buildx, which this engine lacks; install the buildx plugin (GitHub's runners have it)`);
    }
    for (const s of spec.build.secrets)
        if (!env[s.env])
            throw new errors/* InputError */.dz(`build.secrets: the environment variable ${s.env} (for secret "${s.id}") is not set`);
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), 'mcp-package-'));
    const cleanups = [() => (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true })];
    try {
        const dockerfileOption = options.dockerfile ?? spec.build.dockerfile;
        const userDockerfile = dockerfileOption ? (0,external_node_path_.resolve)(context, dockerfileOption) : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'Dockerfile')) ? (0,external_node_path_.join)(context, 'Dockerfile') : undefined;
        if (dockerfileOption && !(0,external_node_fs_.existsSync)(userDockerfile))
            throw new errors/* InputError */.dz(`build.dockerfile: ${userDockerfile} does not exist`);
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
            const base = (0,grammar.requireGrammar)('imageReference', options.base ?? spec.build.base ?? DEFAULT_BASES[project.kind], options.base !== undefined ? 'base' : `${spec.file}: build.base`);
            const nodeImage = (0,grammar.requireGrammar)('imageReference', options.nodeImage ?? DEFAULT_BASES.node, 'node image');
            if (install === 'host') {
                buildContext = (0,external_node_path_.join)(temp, 'context');
                (0,external_node_fs_.mkdirSync)(buildContext);
                await stageOnHost(context, project, buildContext, env, logger);
            }
            if (spec.server.transport === 'stdio') {
                const target = (0,external_node_path_.join)(buildContext, BRIDGE_CONTEXT_DIR);
                if (buildContext === context && (0,external_node_fs_.existsSync)(target))
                    throw new errors/* InputError */.dz(`${target} exists in the build context; remove it (the package stage puts the bridge there)`);
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
        await (0,exec/* exec */.m)('docker', args, { env: buildx ? env : { ...env, DOCKER_BUILDKIT: '0' }, timeoutMs: 30 * 60_000, maxBytes: BUILD_LOG_BYTES });
        const imageId = (await (0,exec/* exec */.m)('docker', ['image', 'inspect', '--format', '{{.Id}}', '--', tags[0]], { env, timeoutMs: 30_000 })).stdout.trim();
        const archive = (0,external_node_path_.resolve)(options.output ?? (0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), `${spec.server.name}-${imageId.slice(7, 19)}.tar`));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(archive), { recursive: true });
        await (0,exec/* exec */.m)('docker', ['save', '-o', archive, '--', ...tags], { env, timeoutMs: 15 * 60_000 });
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

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/spec-option.ts
var spec_option = __webpack_require__(38469);
;// CONCATENATED MODULE: ./src/cli/commands/package.ts




const usage = `
Usage: mcp-orchestrator package [--spec mcp-deploy.yml] [options]

Builds the image of an MCP server from its context: its Dockerfile, or one generated from a
template for Node (npm, pnpm, yarn) and Python (pip, uv) servers: multi-stage, non-root, OCI labels,
a HEALTHCHECK, and for stdio servers the HTTP bridge as the entrypoint. Builds with buildx where
present, the classic builder otherwise, and writes a docker-archive for the scan and the push.

Options:
  --spec FILE            the deploy spec (default ./mcp-deploy.yml)
  --context DIR          build context (default: build.context of the spec)
  --dockerfile FILE      use this Dockerfile (default: build.dockerfile, ./Dockerfile, or generated)
  --base IMAGE           base image of the generated Dockerfile (pin it by digest)
  --node-image IMAGE     image whose node binary runs the bridge in a Python stdio server's image
                         (default node:22-bookworm-slim)
  --install image|host   install dependencies inside the build, or on the host (no network in the build)
  --tag TAG              an extra tag (repeatable); sha-<7>, branch, pr-N and semver tags are computed
  --output FILE          where the docker-archive goes (default: a temp dir)
  --format text|json     result on stdout (default text)
`;
const packageCommand = {
    name: 'package',
    summary: 'build the server image (generated Dockerfile, bridge for stdio) into an archive',
    usage,
    async run(ctx) {
        const { values } = (0,command/* parseCommandArgs */.Qx)('package', ctx.argv, {
            spec: { type: 'string' },
            context: { type: 'string' },
            dockerfile: { type: 'string' },
            base: { type: 'string' },
            'node-image': { type: 'string' },
            install: { type: 'string' },
            tag: { type: 'string', multiple: true },
            output: { type: 'string' },
            format: { type: 'string' },
        }, false);
        const format = (0,command/* parseFormat */.Xc)(values.format);
        const result = await packageServer({
            spec: (0,spec_option/* readSpec */.O)(values.spec, ctx.cwd),
            context: values.context,
            dockerfile: values.dockerfile,
            base: values.base,
            nodeImage: values['node-image'],
            install: values.install ? (0,parse/* parseChoice */.HU)(values.install, ['image', 'host'], '--install') : undefined,
            tags: values.tag,
            output: values.output,
            env: ctx.env,
            logger: ctx.logger,
        });
        if (format === 'json')
            ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else
            ctx.stdout(`${result.source}\n  image ${result.imageId}\n  tags ${result.tags.join(', ')}\n  ${result.generated ? 'generated Dockerfile' : result.dockerfile}, ${result.builder} builder\n`);
        return 0;
    },
};


/***/ }),

/***/ 38469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readSpec)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _spec_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47691);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/** The `--spec` option every spec-driven command shares: mcp-deploy.yml in the working directory by default. */




function readSpec(option, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, option ?? 'mcp-deploy.yml');
    if (!option && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`no mcp-deploy.yml in ${cwd}: pass --spec FILE`);
    return (0,_spec_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSpec */ .I)(path);
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


/***/ }),

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   cG: () => (/* binding */ parseInteger)
/* harmony export */ });
/* unused harmony export parseBoolean */
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parseBoolean(value, name = 'value') {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}


/***/ })

};

//# sourceMappingURL=1194.index.js.map