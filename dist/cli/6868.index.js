export const id = 6868;
export const ids = [6868];
export const modules = {

/***/ 26591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



exports.quote = __webpack_require__(5335);
exports.parse = __webpack_require__(42696);


/***/ }),

/***/ 42696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 22610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ longestBacktickRun),
/* harmony export */   Q8: () => (/* binding */ renderHandoffText),
/* harmony export */   oi: () => (/* binding */ buildClientHandoff)
/* harmony export */ });
/* unused harmony exports tokenVariable, shellCommand */
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26591);
/**
 * The clients' part of the handoff: what a client needs to connect to a deployed MCP server (URL, transport, auth mode,
 * tools), as JSON and as ready snippets for Claude Code, VS Code, Cursor, Claude Desktop (through
 * mcp-remote) and a generic mcp.json. Never a secret value: auth is a mode and a placeholder.
 * The shell snippet's words go through shell-quote, the JSON ones through JSON.stringify, and
 * Markdown code through fences longer than any backtick run in the code (handoff-markdown.ts).
 */

/** The environment variable a client should hold the token in: WEATHER_MCP_TOKEN (a shell name: never a leading digit). */
function tokenVariable(name) {
    return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_').replace(/^(?=[0-9])/, '_')}_MCP_TOKEN`;
}
// Words of only these characters mean the same quoted or not in any POSIX shell (Python's
// shlex.quote keeps them bare); shell-quote would also escape the URL's colons.
const BARE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
const shellWord = (word) => (BARE_WORD.test(word) ? word : (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.quote)([word]));
/** A command line for a POSIX shell: each argument one word, whatever it holds. */
function shellCommand(args) {
    return args.map(shellWord).join(' ');
}
function buildClientHandoff(input) {
    const { name, url, transport, auth } = input;
    const token = tokenVariable(name);
    // Any auth: a token in the Authorization header (for oauth: an access token from the issuer).
    const bearer = auth !== 'none';
    const httpType = transport === 'sse' ? 'sse' : 'http';
    // The header is the one word left to the shell on purpose: it expands the token variable (a plain name).
    const claudeCode = [shellCommand(['claude', 'mcp', 'add', '--transport', httpType, name, url]), bearer ? ` --header "Authorization: Bearer $${token}"` : ''].join('');
    const vscode = {
        ...(bearer ? { inputs: [{ type: 'promptString', id: `${name}-token`, description: `${name} MCP token`, password: true }] } : {}),
        servers: { [name]: { type: httpType, url, ...(bearer ? { headers: { Authorization: `Bearer \${input:${name}-token}` } } : {}) } },
    };
    const cursor = { mcpServers: { [name]: { url, ...(bearer ? { headers: { Authorization: `Bearer \${env:${token}}` } } : {}) } } };
    const claudeDesktop = {
        mcpServers: {
            [name]: {
                command: 'npx',
                args: ['-y', 'mcp-remote', url, ...(transport === 'sse' ? ['--transport', 'sse-only'] : []), ...(bearer ? ['--header', 'Authorization:${AUTH_HEADER}'] : [])],
                ...(bearer ? { env: { AUTH_HEADER: `Bearer <${token}>` } } : {}),
            },
        },
    };
    const mcpJson = { mcpServers: { [name]: { type: transport, url, ...(bearer ? { headers: { Authorization: `Bearer \${${token}}` } } : {}) } } };
    return { ...input, snippets: { claudeCode, vscode, cursor, claudeDesktop, mcpJson } };
}
function renderHandoffText(h) {
    const block = (v) => JSON.stringify(v, null, 2);
    return [
        `${h.name} is up at ${h.url} (${h.transport}${h.protocolVersion ? `, MCP ${h.protocolVersion}` : ''}, auth: ${h.auth})`,
        `tools: ${h.tools.join(', ') || '-'}`,
        '',
        'Claude Code:',
        `  ${h.snippets.claudeCode}`,
        '',
        'VS Code (.vscode/mcp.json):',
        block(h.snippets.vscode),
        '',
        'Cursor (~/.cursor/mcp.json):',
        block(h.snippets.cursor),
        '',
        'Claude Desktop (claude_desktop_config.json, through mcp-remote):',
        block(h.snippets.claudeDesktop),
        '',
        'Any client (mcp.json):',
        block(h.snippets.mcpJson),
        '',
    ].join('\n');
}
/** The longest run of backticks in `text`: a Markdown fence around it must be longer. */
const longestBacktickRun = (text) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));


/***/ }),

/***/ 43100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ describeStore),
/* harmony export */   Gm: () => (/* binding */ secretsHandoff),
/* harmony export */   dz: () => (/* binding */ authHandoff)
/* harmony export */ });
/* unused harmony export secretStoreOf */
/* harmony import */ var _render_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45356);
/* harmony import */ var _render_kubernetes_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87422);
/**
 * The credentials' part of the handoff (for the OAuth and secrets step): each secret the server
 * needs, where its value is stored (a reference, never a value), how the target hands it to the
 * server, and its rotation and token-refresh needs as the spec states them.
 */


const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** The spec's `from` (validated by the schema: exactly one kind) as a typed reference. */
function secretStoreOf(from) {
    const [kind, value] = Object.entries(from)[0] ?? ['env', ''];
    const ref = asRecord(value);
    switch (kind) {
        case 'kubernetes':
            return { kind, secret: String(ref.secret), key: String(ref.key) };
        case 'external':
            return {
                kind,
                store: String(ref.store),
                storeKind: ref.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore',
                key: String(ref.key),
                ...(ref.property !== undefined ? { property: String(ref.property) } : {}),
            };
        case 'csi':
            return { kind, providerClass: String(ref['provider-class']), object: String(ref.object) };
        case 'github':
            return { kind, secret: String(value) };
        case 'gcp':
            return { kind, secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
        case 'aws':
            return { kind, arn: String(ref.arn) };
        case 'azure':
            return { kind, vault: String(ref.vault), secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
        case 'env':
            return { kind: 'env', variable: String(value) };
        default:
            // The schema admits no other kind: a new one must be added here, not shown as an object.
            throw new Error(`secrets[].from: no handoff for the kind ${JSON.stringify(kind)}`);
            return { kind: 'env', variable: String(value) };
    }
}
/** How the Kubernetes render passes each kind (src/render/kubernetes-secrets.ts). */
function kubernetesDelivery(spec, name, store) {
    switch (store.kind) {
        case 'kubernetes':
            return `environment variable ${name} from Secret ${store.secret}, key ${store.key} (secretKeyRef)`;
        case 'external': {
            const target = `${spec.server.name}-${store.store}${store.storeKind === 'ClusterSecretStore' ? '-cluster' : ''}`;
            return `environment variable ${name} from Secret ${target}, key ${name}, which an ExternalSecret syncs from the ${store.storeKind} ${store.store}`;
        }
        case 'csi':
            return `file ${_render_kubernetes_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .CSI_MOUNT_ROOT */ .v}/${store.providerClass}/${store.object} (Secrets Store CSI volume, read-only); ${name}_FILE holds its path`;
        case 'env':
        case 'github':
            return `environment variable ${name} from Secret ${spec.server.name}-runner, key ${name}, written by the deploy from the runner's ${store.kind === 'env' ? store.variable : store.secret}`;
        case 'gcp':
            return 'not readable by a Kubernetes pod (a Cloud Run reference)';
        case 'aws':
            return 'not readable by a Kubernetes pod (an ECS reference)';
        case 'azure':
            return 'not readable by a Kubernetes pod (a Container Apps reference)';
    }
}
/** How the Compose file passes each kind (src/deploy/compose/compose-document.ts): names only, values from the deploying machine's environment. */
function composeDelivery(name, store) {
    if (store.kind === 'env')
        return `environment variable ${name} from ${store.variable} in the environment of the machine that runs Compose`;
    return `environment variable ${name} from the same variable in the environment of the machine that runs Compose, when set (a ${store.kind} reference is for cluster targets)`;
}
/** Each secret the server needs, the bearer token of auth: included (by reference, as the render passes it). */
function secretsHandoff(spec, target) {
    return [...spec.secrets, ...(0,_render_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .renderAuth */ .TC)(spec, target).secrets].map((secret) => {
        const store = secretStoreOf(secret.from);
        return {
            name: secret.name,
            variable: store.kind === 'csi' && target === 'kubernetes' ? `${secret.name}_FILE` : secret.name,
            store,
            delivery: target === 'kubernetes' ? kubernetesDelivery(spec, secret.name, store) : composeDelivery(secret.name, store),
            ...(secret.rotation !== undefined ? { rotation: secret.rotation } : {}),
            ...(secret.refresh !== undefined ? { refresh: secret.refresh } : {}),
        };
    });
}
/** The reference as one line of text, for Markdown (escaped by the writer). */
function describeStore(store) {
    switch (store.kind) {
        case 'kubernetes':
            return `Kubernetes Secret ${store.secret}, key ${store.key}`;
        case 'external':
            return `${store.storeKind} ${store.store}, key ${store.key}${store.property ? `, property ${store.property}` : ''} (External Secrets)`;
        case 'csi':
            return `SecretProviderClass ${store.providerClass}, object ${store.object} (Secrets Store CSI)`;
        case 'env':
            return `environment variable ${store.variable}`;
        case 'github':
            return `GitHub Actions secret ${store.secret}`;
        case 'gcp':
            return `Google Secret Manager ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
        case 'aws':
            return `${store.arn.includes(':ssm:') ? 'SSM parameter' : 'AWS Secrets Manager secret'} ${store.arn}`;
        case 'azure':
            return `Azure Key Vault ${store.vault}, secret ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
    }
}
const METADATA_PATH = '/.well-known/oauth-protected-resource';
/** Undefined without auth: or with mode none. `url` is the URL clients use (the bearer metadata's origin). */
function authHandoff(spec, url) {
    const auth = spec.auth;
    if (!auth || auth.mode === 'none')
        return undefined;
    if (auth.mode === 'bearer') {
        return {
            mode: 'bearer',
            resourceMetadata: `${new URL(url).origin}${METADATA_PATH}`,
            tokenSecret: auth.secret.name,
            clientNeeds: `the static token (the secret ${auth.secret.name}), sent as Authorization: Bearer; services only: there is no issuer and no per-client identity, so rotate it by replacing the secret and every client's copy`,
        };
    }
    const scopes = auth.scopes.length ? ` with scope ${auth.scopes.join(' ')}` : '';
    return {
        mode: 'oauth',
        resourceMetadata: `${new URL(auth.audience).origin}${METADATA_PATH}`,
        issuer: auth.issuer,
        audience: auth.audience,
        scopes: auth.scopes,
        keys: auth.jwksConfigMap ? `ConfigMap ${auth.jwksConfigMap.name}, key ${auth.jwksConfigMap.key} (update it when the issuer rotates its keys)` : (auth.jwksUri ?? "the issuer's metadata (jwks_uri), refetched on an unknown key id"),
        clientNeeds: `a client registered at ${auth.issuer} that may request tokens for the resource ${auth.audience}${scopes} (RFC 8707 resource parameter): ` +
            'services use the client-credentials grant; people use authorization code with PKCE in a client that supports MCP authorization. Access tokens are short-lived JWTs: request a new one when it expires',
    };
}


/***/ }),

/***/ 6868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderHandoffMarkdown: () => (/* binding */ renderHandoffMarkdown)
/* harmony export */ });
/* unused harmony export markdownText */
/* harmony import */ var _util_html_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79263);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22610);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43100);
/**
 * The handoff document as Markdown for job summaries, pull-request comments and the handoff file.
 * Every value from the spec, the server or the gate is untrusted: inline values go through
 * escapeHtml (tags, quotes, pipes, backticks) with Markdown's link and emphasis characters as
 * entities too, so a tool name can neither open a tag, a link nor break a table cell; snippets go
 * into fenced blocks longer than any backtick run they hold.
 */



const MARKDOWN_PUNCTUATION = /[[\]()*_~!:]/g;
/** Escaped text for Markdown or a table cell. */
function markdownText(text) {
    return (0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(text).replace(MARKDOWN_PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/** An untrusted value as inline code. */
const val = (text) => `<code>${markdownText(text)}</code>`;
function details(title, lang, value) {
    const code = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    const fence = '`'.repeat(Math.max(3, (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .longestBacktickRun */ .Az)(code) + 1));
    return [`<details><summary>${title}</summary>`, '', fence + lang, code, fence, '', '</details>', ''];
}
const table = (rows) => ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
function connectionLine(doc) {
    const test = doc.clients.connectionTest;
    if (!test)
        return 'not run';
    const verdict = test.ok ? (test.status === 'auth-required' ? 'passed (alive, authorization required)' : 'passed') : 'failed';
    const parts = [
        test.protocolVersion ? `MCP ${markdownText(test.protocolVersion)}` : undefined,
        test.server ? `server ${val(`${test.server.name} ${test.server.version}`)}` : undefined,
        test.toolsHash ? `tools hash ${val(test.toolsHash)}` : undefined,
        `${test.latencyMs.total} ms${test.latencyMs.connect !== undefined ? ` (connect ${test.latencyMs.connect} ms${test.latencyMs.listTools !== undefined ? `, tools/list ${test.latencyMs.listTools} ms` : ''})` : ''}`,
        test.smoke ? `smoke ${val(test.smoke.tool)} ${test.smoke.ok ? 'ok' : 'failed'}` : undefined,
        ...test.problems.map((p) => `${p.level}: ${markdownText(p.message)}`),
    ].filter((p) => p !== undefined);
    return `${verdict} against ${val(test.target)}: ${parts.join('; ')}`;
}
function clientsSection(doc) {
    const c = doc.clients;
    const list = (names) => names.map(val).join(', ') || '-';
    return [
        '### Clients',
        '',
        ...table([
            ['URL', val(c.url)],
            ['Transport', markdownText(c.transport)],
            ['Auth', c.auth === 'none' ? 'none' : `${c.auth} (the snippets read the token from a variable or a prompt; no value here)`],
            ['Tools', list(c.tools)],
            ...(c.resources !== undefined ? [['Resources', String(c.resources)]] : []),
            ...(c.prompts !== undefined ? [['Prompts', String(c.prompts)]] : []),
            ['Connection test', connectionLine(doc)],
        ]),
        ...details('Claude Code', 'sh', c.snippets.claudeCode),
        ...details('VS Code (.vscode/mcp.json)', 'json', c.snippets.vscode),
        ...details('Cursor (~/.cursor/mcp.json)', 'json', c.snippets.cursor),
        ...details('Claude Desktop (claude_desktop_config.json, through mcp-remote)', 'json', c.snippets.claudeDesktop),
        ...details('Any client (mcp.json)', 'json', c.snippets.mcpJson),
    ];
}
function credentialsSection(doc) {
    const { secrets, oauth } = doc.credentials;
    const lines = ['### Credentials', ''];
    if (!secrets.length)
        lines.push('The server needs no secrets.', '');
    else {
        lines.push('| Secret | Stored in | The server gets it as | Rotation | Refresh |', '|---|---|---|---|---|');
        for (const s of secrets) {
            lines.push(`| ${val(s.name)} | ${markdownText((0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .describeStore */ .Fk)(s.store))} | ${markdownText(s.delivery)} | ${s.rotation ? markdownText(s.rotation) : 'not stated'} | ${s.refresh ? markdownText(s.refresh) : 'not stated'} |`);
        }
        lines.push('');
    }
    const auth = doc.credentials.auth;
    if (auth) {
        lines.push(...table([
            ['Authorization', auth.mode === 'oauth' ? 'OAuth 2.1 (JWT access tokens, validated by the server)' : 'static bearer token'],
            ...(auth.issuer ? [['Issuer', val(auth.issuer)]] : []),
            ...(auth.audience ? [['Audience (resource)', val(auth.audience)]] : []),
            ...(auth.scopes?.length ? [['Scopes', auth.scopes.map(val).join(' ')]] : []),
            ['Protected-resource metadata', val(auth.resourceMetadata)],
            ...(auth.keys ? [['Issuer keys', markdownText(auth.keys)]] : []),
            ['A client needs', markdownText(auth.clientNeeds)],
        ]));
    }
    if (oauth && !auth) {
        const servers = oauth.authorizationServers?.map(val).join(', ');
        lines.push(`The server requires authorization${oauth.scheme ? ` (${markdownText(oauth.scheme)})` : ''}: protected-resource metadata ${oauth.resourceMetadata ? val(oauth.resourceMetadata) : 'not advertised'}${servers ? `; authorization servers ${servers}` : ''}.`, '');
    }
    return lines;
}
function endpointsSection(doc) {
    const e = doc.endpoints;
    const lb = e.loadBalancing;
    const replicas = lb.replicas.min === lb.replicas.max ? String(lb.replicas.min) : `${lb.replicas.min} to ${lb.replicas.max}`;
    return [
        '### Endpoints',
        '',
        ...table([
            ['Base URL', `${val(e.baseUrl)}${e.public ? '' : ' (not public)'}`],
            ['Paths', e.paths.map((p) => `${val(p.path)} ${markdownText(p.purpose)}`).join('<br>')],
            ['TLS', e.tls ? `secret ${val(e.tls.secret)}${e.tls.issuer ? `, issued by ${val(e.tls.issuer)} (cert-manager)` : ''}` : 'none (plain HTTP)'],
            ['Rate limit', e.rateLimit ? `${e.rateLimit.rps} requests/s per client address, ${markdownText(e.rateLimit.enforcedBy)}` : 'none'],
            ['Load balancing', `${replicas} replica${replicas === '1' ? '' : 's'}; session affinity ${markdownText(lb.affinity)}: ${markdownText(lb.how)}`],
            ...(e.ingressClass || e.ingressController ? [['Ingress class', `${e.ingressClass ? val(e.ingressClass) : 'the cluster default'}${e.ingressController === 'nginx' ? ' (ingress-nginx)' : ''}`]] : []),
        ]),
        ...lb.warnings.map((w) => `> [!WARNING]\n> ${markdownText(w)}\n`),
    ];
}
function renderHandoffMarkdown(doc) {
    const r = doc.release;
    const runs = [r.image ? `image ${val(r.image)}` : undefined, r.revision !== undefined ? `revision ${r.revision}` : undefined, r.namespace ? `namespace ${val(r.namespace)}` : undefined, r.project ? `project ${val(r.project)}` : undefined].filter(Boolean);
    return [`## Handoff: ${val(doc.server)} on ${markdownText(doc.target)}`, '', ...(runs.length ? [`Runs ${runs.join(', ')}.`, ''] : []), ...clientsSection(doc), ...credentialsSection(doc), ...endpointsSection(doc)].join('\n');
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


/***/ })

};

//# sourceMappingURL=6868.index.js.map