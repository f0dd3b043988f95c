#!/usr/bin/env node
import './sourcemap-register.cjs';/******/ var __webpack_modules__ = ({

/***/ 500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

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
class InputError extends (/* unused pure expression or super */ null && (OrchestratorError)) {
}
/** The thing checked is not acceptable (secrets found, server unhealthy). Exit 1. */
class GateFailure extends (/* unused pure expression or super */ null && (OrchestratorError)) {
    exitCode = 1;
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

;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/** Every subcommand, in the order `--help` lists them. Each lives in its own file here. */
const commands = [];

;// CONCATENATED MODULE: ./src/cli/main.ts



const VERSION = '0.1.0';
function usage(list) {
    const width = Math.max(...list.map((c) => c.name.length));
    return [
        'Usage: mcp-orchestrator <command> [options]',
        '',
        'Ship MCP servers safely: read and scan images, gate on the MCP protocol, run locally.',
        '',
        'Commands:',
        ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Every command takes --help. Exit codes: 0 ok, 1 a gate failed, 2 usage or input error.',
    ].join('\n');
}
/** Runs the CLI and returns its exit code; never calls process.exit itself. */
async function main(argv, io = {}) {
    const stdout = io.stdout ?? ((t) => void process.stdout.write(t));
    const stderr = io.stderr ?? ((t) => void process.stderr.write(t));
    const env = io.env ?? process.env;
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        stdout(`${usage(commands)}\n`);
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        stdout(`${VERSION}\n`);
        return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        stderr(`mcp-orchestrator: unknown command "${name}"\n\n${usage(commands)}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        stdout(`${command.usage.trim()}\n`);
        return 0;
    }
    const verbose = rest.includes('--verbose') || env.RUNNER_DEBUG === '1';
    const logger = stderrLogger({ verbose });
    try {
        return await command.run({ argv: rest.filter((a) => a !== '--verbose'), logger, stdout, env, cwd: io.cwd ?? process.cwd() });
    }
    catch (error) {
        if (isKnownError(error)) {
            stderr(`mcp-orchestrator ${name}: ${error.message}\n`);
            if (verbose && error.stack)
                stderr(`${error.stack}\n`);
        }
        else {
            stderr(`mcp-orchestrator ${name}: unexpected error: ${error instanceof Error ? error.stack : errorMessage(error)}\n`);
        }
        return exitCodeOf(error);
    }
}


/***/ }),

/***/ 546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(500);

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map