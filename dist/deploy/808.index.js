export const id = 808;
export const ids = [808];
export const modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 63250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ComposeDeployFailure: () => (/* binding */ ComposeDeployFailure),
  deployCompose: () => (/* binding */ deployCompose)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/handoff/handoff.ts + 1 modules
var handoff_handoff = __webpack_require__(92932);
// EXTERNAL MODULE: ./src/spec/grammar.ts
var grammar = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/render/auth.ts
var auth = __webpack_require__(45356);
;// CONCATENATED MODULE: ./src/deploy/compose/compose-document.ts
/**
 * The Compose document a compose deploy (and `up`) applies, and `render --target compose` prints:
 * - generated from the spec: one service on the host network, the server bound to the engine's
 *   loopback (or, on a remote engine, to every address), env from the spec, secrets by name only;
 *   written through the yaml library, every value from the spec or the caller escaped for Compose
 *   interpolation ($ doubled), so only the file's own secret references (${NAME}) are looked up;
 * - or the user's file (targets.compose.file) with the server's image substituted through the
 *   yaml Document API: every service whose image names the server's repository (whatever its tag
 *   or digest), else the service named like the server, gets the deployed image, replaced where
 *   it stands in the text (the node's range), so every other byte stays as written.
 */






/** A value Compose passes on as written: it interpolates $VAR and ${VAR}, and reads $$ as one $. */
const composeLiteral = (value) => value.replace(/\$/g, () => '$$');
/**
 * The server's `environment` in the generated file: where it listens, env from the spec, then
 * each secret by name (Compose takes its value from the environment it runs in). The one place
 * a service's environment is built: what the server needs from the deploy goes here.
 */
function serviceEnvironment(spec, options) {
    const { port, bind, env, logger } = options;
    const literal = [
        ['PORT', String(port)],
        ['HOST', bind],
        ['MCP_BRIDGE_HOST', bind],
        ['MCP_BRIDGE_PORT', String(port)],
        ['MCP_BRIDGE_PATH', spec.server.path],
        ...Object.entries(spec.env),
        ...(0,auth/* renderAuth */.TC)(spec, 'compose').env,
    ];
    const environment = literal.map(([k, v]) => `${k}=${composeLiteral(v)}`);
    for (const secret of [...spec.secrets, ...(0,auth/* renderAuth */.TC)(spec, 'compose').secrets]) {
        // Both names are environment variable names (the schema pins them), so ${from} is safe to write.
        const from = secret.from.env;
        if (from) {
            if (!env[from])
                logger.warning(`secret ${secret.name}: ${from} is not set in this environment; the server starts without it`);
            environment.push(from === secret.name ? secret.name : `${secret.name}=\${${from}}`);
        }
        else {
            logger.warning(`secret ${secret.name}: ${Object.keys(secret.from)[0]} references are for cluster targets; Compose passes the environment variable ${secret.name} if set`);
            environment.push(secret.name);
        }
    }
    return environment;
}
/** The generated Compose file: one service named like the server. */
function generatedCompose(spec, image, options) {
    return (0,dist/* stringify */.As)({
        version: '2.4',
        services: {
            [spec.server.name]: {
                image: composeLiteral(image),
                network_mode: 'host',
                environment: serviceEnvironment(spec, options),
                restart: 'unless-stopped',
                // Hardening the checklist asks of every target (HRD002, HRD004, OBS002): no privilege gain
                // through setuid binaries, no Linux capabilities (the server binds an unprivileged port), and
                // rotated logs. The root filesystem stays writable: servers write caches and data in place.
                security_opt: ['no-new-privileges:true'],
                cap_drop: ['ALL'],
                logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
                labels: { 'io.mcp-orchestrator.spec': composeLiteral(spec.file) },
                ...(spec.resources?.memory ? { mem_limit: composeLiteral(spec.resources.memory.replace(/i$/, '').toLowerCase()) } : {}),
            },
        },
    });
}
/** targets.compose.file of the spec, resolved from the spec's folder; undefined when the file is generated. */
function userComposeFile(spec) {
    const file = spec.targets.compose?.file;
    return file ? (0,external_node_path_.resolve)(spec.dir, file) : undefined;
}
/** The Compose project directory: the user's file's folder (its relative paths resolve from there). */
const projectDirectory = (spec) => {
    const file = userComposeFile(spec);
    return file ? (0,external_node_path_.dirname)(file) : undefined;
};
/** The document for `image`: the user's file with the image substituted, else the generated one. */
function composeDocument(spec, image, options) {
    const userFile = userComposeFile(spec);
    if (userFile)
        return { ...readUserCompose(spec, userFile, image), userFile };
    return { text: generatedCompose(spec, image, options), services: [spec.server.name] };
}
/** registry/repository of an image reference; undefined for one Compose would interpolate, or not a reference. */
function repositoryOf(image) {
    if (image.includes('$'))
        return undefined;
    try {
        const ref = (0,reference/* parseImageReference */.o_)(image);
        return `${ref.registry}/${ref.repository}`;
    }
    catch {
        return undefined;
    }
}
/** Substitutes `image` in the text of the Compose file `file` (named in errors). */
function substituteComposeImage(text, file, spec, image) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const { line, col } = lineCounter.linePos(e.pos[0]);
        throw new errors/* InputError */.dz(`${file}:${line}:${col}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const services = doc.get('services');
    if (!(0,dist/* isMap */.jh)(services))
        throw new errors/* InputError */.dz(`${file}: no services mapping (targets.compose.file must be a Compose file)`);
    const wanted = new Set([repositoryOf(image), spec.image ? repositoryOf(spec.image) : undefined].filter((r) => r !== undefined));
    const entries = services.items.flatMap((item) => ((0,dist/* isScalar */.jn)(item.key) && (0,dist/* isMap */.jh)(item.value) ? [{ name: String(item.key.value), service: item.value }] : []));
    let chosen = entries.filter(({ service }) => {
        const current = service.get('image');
        const repository = typeof current === 'string' ? repositoryOf(current) : undefined;
        return repository !== undefined && wanted.has(repository);
    });
    if (!chosen.length)
        chosen = entries.filter((e) => e.name === spec.server.name);
    if (!chosen.length) {
        throw new errors/* InputError */.dz(`${file}: no service runs the server's image (${[...wanted].join(' or ')}) and none is named "${spec.server.name}": ` +
            'name the server\'s service after server.name, or give it image: with the spec\'s image repository');
    }
    const value = composeLiteral(image);
    const names = chosen.map((c) => c.name);
    const nodes = chosen.map(({ service }) => service.get('image', true));
    if (nodes.every((n) => (0,dist/* isScalar */.jn)(n) && n.range)) {
        // Each image is replaced where it stands, so every other byte of the file stays as written.
        const ranges = nodes.map((n) => n.range).sort((a, b) => b[0] - a[0]);
        const written = PLAIN_SAFE.test(value) ? value : JSON.stringify(value);
        return { text: ranges.reduce((t, [start, end]) => t.slice(0, start) + written + t.slice(end), text), services: names };
    }
    // A service without image: (build only) gets one: the document is written again, comments kept.
    for (const { service } of chosen)
        service.set('image', value);
    return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), services: names };
}
/** A YAML plain scalar in block and flow context alike (image references are; anything else is double-quoted). */
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/:@$-]*$/;
/** Reads targets.compose.file and substitutes the image. */
function readUserCompose(spec, path, image) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${spec.file}: targets.compose.file: ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
    return substituteComposeImage(text, path, spec, image);
}

;// CONCATENATED MODULE: ./src/deploy/compose/state.ts
/**
 * What a compose deploy (or `up`) leaves for the next deploy and for `down`, in a folder beside
 * the spec: the Compose project, the file it was started from, its URL, and the image last gated
 * good (what a failed deploy rolls back to when no container runs). That folder can be committed
 * to a repository, so it is read as untrusted data: no command is ever taken from it (`down`
 * detects Compose itself), the project must be the one this spec's server gets, the Compose file
 * must be a regular file inside the state folder, and the image must be an image reference.
 */




/** Compose's own grammar for project names. */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const IMAGE_ID = /^sha256:[0-9a-f]{64}$/;
/** targets.compose.project of the spec (its grammar is Compose's), else mcp-SERVER. */
const projectName = (spec) => spec.targets.compose?.project ?? `mcp-${spec.server.name}`;
const stateDir = (spec) => (0,external_node_path_.join)(spec.dir, '.mcp-orchestrator', spec.server.name);
/** Where the applied Compose file is written. */
const stateComposeFile = (spec) => (0,external_node_path_.join)(stateDir(spec), 'compose.yml');
const statePath = (spec) => (0,external_node_path_.join)(stateDir(spec), 'state.json');
/** The Compose file is recorded relative to the state folder, so a moved checkout still finds it. */
function writeState(spec, state) {
    const recorded = { ...state, composeFile: (0,external_node_path_.relative)(stateDir(spec), state.composeFile) };
    (0,external_node_fs_.writeFileSync)(statePath(spec), `${JSON.stringify(recorded, null, 2)}\n`);
}
/** Removes the state folder, and its parent when this was its last server. */
function removeState(spec) {
    (0,external_node_fs_.rmSync)(stateDir(spec), { recursive: true, force: true });
    try {
        (0,external_node_fs_.rmdirSync)((0,external_node_path_.join)(spec.dir, '.mcp-orchestrator'));
    }
    catch {
        /* other servers' state, or already gone */
    }
}
/** The state a deploy wrote for this spec's server, validated; undefined when there is none. */
function readState(spec) {
    const dir = stateDir(spec);
    const path = statePath(spec);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const refuse = (why) => new errors/* InputError */.dz(`${path}: ${why}; it was not written by a deploy of server "${spec.server.name}" (or was edited). Nothing was run. Check the folder, stop any container yourself, and remove ${dir}`);
    if (!(0,external_node_fs_.lstatSync)(dir).isDirectory() || !(0,external_node_fs_.lstatSync)(path).isFile())
        throw refuse('the state folder or file is a link or not a regular file');
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw refuse(`not JSON (${error.message})`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw refuse('the state is not a JSON object');
    const { project, composeFile, url, deployed } = data;
    const expected = projectName(spec);
    if (typeof project !== 'string' || !PROJECT_NAME.test(project) || project !== expected) {
        throw refuse(`project ${JSON.stringify(project)} is not this server's Compose project "${expected}"`);
    }
    if (typeof composeFile !== 'string')
        throw refuse('composeFile is missing');
    const file = (0,external_node_path_.resolve)(dir, composeFile);
    const inside = (0,external_node_path_.relative)(dir, file);
    if (!inside || inside.split(external_node_path_.sep)[0] === '..' || (0,external_node_path_.isAbsolute)(inside))
        throw refuse(`composeFile ${JSON.stringify(composeFile)} is outside the state folder`);
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.lstatSync)(file).isFile())
        throw refuse(`composeFile ${JSON.stringify(composeFile)} is not a regular file`);
    return { project, composeFile: file, url: typeof url === 'string' ? url : '', ...(deployed === undefined ? {} : { deployed: identityOf(deployed, refuse) }) };
}
function identityOf(value, refuse) {
    const { image, imageId } = (value && typeof value === 'object' ? value : {});
    if (typeof image !== 'string' || !(0,grammar/* matches */.cK)('imageReference', image))
        throw refuse(`deployed.image ${JSON.stringify(image)} is not an image reference`);
    if (imageId !== undefined && (typeof imageId !== 'string' || !IMAGE_ID.test(imageId)))
        throw refuse(`deployed.imageId ${JSON.stringify(imageId)} is not an image ID`);
    return { image, ...(imageId ? { imageId } : {}) };
}

;// CONCATENATED MODULE: ./src/deploy/compose/engine.ts
/**
 * The Docker Engine a compose deploy talks to, local or remote: the caller's environment
 * (DOCKER_HOST, DOCKER_CONTEXT, TLS settings) reaches every docker and Compose command unchanged.
 * From the engine's endpoint comes where the server is reached: a unix socket (or a loopback
 * tcp/ssh address) is this machine, so the server binds to loopback; a remote host is reached at
 * its address, and the generated file binds the server to every address there.
 */



/** Detection and inspection answer in seconds. */
const QUICK_MS = 30_000;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;
/** Where the server of an engine at `endpoint` is reached, and what it binds to. */
function engineAddress(endpoint) {
    const bad = () => new errors/* InputError */.dz(`DOCKER_HOST ${JSON.stringify(endpoint)} is not an engine address: use unix:///PATH, tcp://HOST:PORT or ssh://USER@HOST (or unset it for the local engine)`);
    const scheme = /^([a-z]+):\/\//.exec(endpoint)?.[1];
    if (scheme === 'unix' || scheme === 'npipe' || scheme === 'fd')
        return { endpoint, host: '127.0.0.1', local: true, bind: '127.0.0.1' };
    if (scheme !== 'tcp' && scheme !== 'ssh' && scheme !== 'http' && scheme !== 'https')
        throw bad();
    let hostname;
    try {
        hostname = new URL(endpoint.replace(/^[a-z]+:/, 'http:')).hostname.replace(/^\[(.*)\]$/, '$1');
    }
    catch {
        throw bad();
    }
    if (!hostname)
        throw bad();
    if (LOOPBACK.test(hostname)) {
        const ip = hostname.toLowerCase() === 'localhost' ? '127.0.0.1' : hostname;
        return { endpoint, host: ip, local: true, bind: ip };
    }
    return { endpoint, host: hostname, local: false, bind: '0.0.0.0' };
}
/** `host` as it stands in a URL (an IPv6 address in brackets). */
const urlHost = (host) => (host.includes(':') ? `[${host}]` : host);
/**
 * The engine the docker CLI would use in `env` (DOCKER_HOST, else DOCKER_CONTEXT or the current
 * context), from the CLI itself; without a docker CLI, DOCKER_HOST or the default socket.
 */
async function resolveEngine(env) {
    const answer = await (0,exec/* exec */.m)('docker', ['context', 'inspect', '--format', '{{json .Endpoints.docker.Host}}'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => undefined);
    let endpoint;
    try {
        endpoint = answer?.code === 0 ? JSON.parse(answer.stdout.trim()) : undefined;
    }
    catch {
        endpoint = undefined;
    }
    return engineAddress(typeof endpoint === 'string' && endpoint ? endpoint : env.DOCKER_HOST || 'unix:///var/run/docker.sock');
}
/** Fails before any change when the engine does not answer, naming it. */
async function requireEngine(env, engine) {
    const answer = await (0,exec/* exec */.m)('docker', ['version', '--format', '{{.Server.Version}}'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch((e) => ({ code: 1, stdout: '', stderr: (0,errors/* errorMessage */.gJ)(e) }));
    if (answer.code === 0)
        return;
    const where = env.DOCKER_HOST ? `DOCKER_HOST ${env.DOCKER_HOST}` : env.DOCKER_CONTEXT ? `DOCKER_CONTEXT ${env.DOCKER_CONTEXT} (${engine.endpoint})` : engine.local ? `${engine.endpoint} (DOCKER_HOST is not set)` : engine.endpoint;
    const why = answer.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${answer.code}`;
    throw new errors/* InputError */.dz(`the Docker Engine at ${where} does not answer (${why}); nothing was changed. Start it, or set DOCKER_HOST to a reachable engine (tcp://HOST:2376 with TLS, or ssh://USER@HOST)`);
}
/** `docker compose` (v2) when the plugin answers, else `docker-compose`. */
async function composeCommand(env) {
    const v2 = await (0,exec/* exec */.m)('docker', ['compose', 'version'], { env, okCodes: [0, 1, 125], timeoutMs: QUICK_MS }).catch(() => ({ code: 1 }));
    if (v2.code === 0)
        return ['docker', 'compose'];
    const v1 = await (0,exec/* exec */.m)('docker-compose', ['version'], { env, okCodes: [0, 1], timeoutMs: QUICK_MS }).catch(() => ({ code: 127 }));
    if (v1.code === 0)
        return ['docker-compose'];
    throw new errors/* InputError */.dz('neither `docker compose` nor `docker-compose` is installed: run `bash scripts/install-parts.sh`');
}
/** The newest local tag of `repository`. */
async function newestLocalImage(repository, env) {
    const out = (await (0,exec/* exec */.m)('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', '--', repository], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter((l) => l && !l.endsWith(':<none>'));
    if (!out[0])
        throw new errors/* InputError */.dz(`no local image of ${repository}: run \`mcp-orchestrator package\` first, or pass --image`);
    return out[0];
}
/** The image of the running container of `service` in `project`, when one runs. */
async function runningImage(project, service, env) {
    const ids = (await (0,exec/* exec */.m)('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\n').filter(Boolean);
    if (!ids[0])
        return undefined;
    const [image, imageId] = (await (0,exec/* exec */.m)('docker', ['inspect', '--format', '{{.Config.Image}}\t{{.Image}}', ids[0]], { env, timeoutMs: QUICK_MS })).stdout.trim().split('\t');
    return image ? { image, ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}) } : undefined;
}
/** The image ID and the repository digest (when the image was pushed or pulled) of an image on the engine. */
async function inspectImage(image, env) {
    const r = await (0,exec/* exec */.m)('docker', ['image', 'inspect', '--format', '{{.Id}}\t{{json .RepoDigests}}', '--', image], { env, okCodes: [0, 1], timeoutMs: QUICK_MS });
    if (r.code !== 0)
        return {};
    const [imageId, digestsJson] = r.stdout.trim().split('\t');
    const pinned = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
    const repository = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
    let repoDigests = [];
    try {
        repoDigests = JSON.parse(digestsJson ?? '[]');
    }
    catch {
        /* no digests */
    }
    const digest = pinned ?? repoDigests.find((d) => d.startsWith(`${repository}@`))?.split('@')[1];
    return { ...(imageId && IMAGE_ID.test(imageId) ? { imageId } : {}), ...(digest ? { digest } : {}) };
}
/**
 * The reference to roll back to: the recorded one, or its image ID when the reference now names
 * other bytes (a tag moved since it ran), so the rollback runs what ran.
 */
async function rollbackReference(previous, env) {
    if (!previous.imageId)
        return previous.image;
    const now = await inspectImage(previous.image, env);
    return now.imageId === previous.imageId ? previous.image : previous.imageId;
}

;// CONCATENATED MODULE: ./src/deploy/compose/down.ts
/**
 * `down`: takes a compose deploy (or `up`) of this spec's server down and removes its state. The
 * Compose command and project directory come from here and the spec, never from the state
 * file, which is read as untrusted data (state.ts). Named volumes of a user's Compose file stay:
 * they may hold the author's data; the generated file has none.
 */




/** Stopping containers may wait on their stop timeouts. */
const COMPOSE_MS = 5 * 60_000;
async function down(options) {
    const { spec } = options;
    const env = options.env ?? process.env;
    const state = readState(spec);
    if (!state)
        return { project: projectName(spec), stopped: false };
    const compose = await composeCommand(env);
    const dir = projectDirectory(spec);
    options.logger?.info(`down: ${compose.join(' ')} -p ${state.project} down`);
    const args = [...compose.slice(1), '-p', state.project, '-f', state.composeFile, ...(dir ? ['--project-directory', dir] : []), 'down', '--remove-orphans', ...(userComposeFile(spec) ? [] : ['--volumes'])];
    await (0,exec/* exec */.m)(compose[0], args, { env, timeoutMs: COMPOSE_MS, display: `${compose.join(' ')} down` });
    removeState(spec);
    return { project: state.project, stopped: true };
}

// EXTERNAL MODULE: ./src/health/from-spec.ts
var from_spec = __webpack_require__(19498);
// EXTERNAL MODULE: ./src/health/gate.ts + 5 modules
var gate = __webpack_require__(26133);
;// CONCATENATED MODULE: ./src/deploy/compose/run.ts
/**
 * The steps of a compose deploy: plan it (engine, Compose command, project, URL), write the
 * Compose document for an image and start it, gate it; and how a stop by a signal is told.
 */








/** Starting containers may pull images or wait on stop timeouts. */
const run_COMPOSE_MS = 5 * 60_000;
/** http://HOST:PORT/PATH of the server on the engine's host (/sse for the legacy transport). */
function serverUrl(spec, host, port) {
    return `http://${urlHost(host)}:${port}${spec.server.transport === 'sse' ? '/sse' : spec.server.path}`;
}
/** Where the deploy goes; fails naming the engine, before any change, when it does not answer. */
async function planDeploy(options) {
    const { spec, env, label } = options;
    const engine = await resolveEngine(env);
    if (options.localOnly && !engine.local) {
        throw new errors/* InputError */.dz(`${label}: runs the server on this machine's engine, bound to loopback; the engine is ${engine.endpoint} (DOCKER_HOST or the docker context): use \`deploy --target compose\` for a remote engine`);
    }
    const compose = await composeCommand(env);
    await requireEngine(env, engine).catch((error) => {
        throw error instanceof errors/* InputError */.dz ? new errors/* InputError */.dz(`${label}: ${error.message}`) : error;
    });
    const port = options.port ?? spec.server.port;
    if (!engine.local)
        options.logger.warning(`${label}: the engine runs on ${engine.host}: a generated Compose file binds the server to every address there; put TLS and authorization in front of it`);
    return {
        spec,
        label,
        compose,
        engine,
        project: projectName(spec),
        file: stateComposeFile(spec),
        projectDir: projectDirectory(spec),
        port,
        url: options.url ?? serverUrl(spec, engine.host, port),
        env,
        logger: options.logger,
        timeoutMs: options.timeoutMs,
    };
}
/** Compose's arguments up to its subcommand: the project, the file that runs, and the project directory. */
const composeArgs = (plan) => [...plan.compose.slice(1), '-p', plan.project, '-f', plan.file, ...(plan.projectDir ? ['--project-directory', plan.projectDir] : [])];
/** The last 20 lines of the project's container logs ('' when Compose cannot tell). */
async function logsTail(plan) {
    const r = await (0,exec/* exec */.m)(plan.compose[0], [...composeArgs(plan), 'logs', '--no-color', '--tail', '20'], { env: plan.env, okCodes: [0, 1], timeoutMs: 30_000, display: `${plan.compose.join(' ')} logs` }).catch(() => undefined);
    return r ? r.stdout.trim().split('\n').slice(-20).join('\n') : '';
}
/** The project's container logs for the health report (it keeps the last 200 lines, redacted). */
async function containerLogs(plan) {
    const r = await (0,exec/* exec */.m)(plan.compose[0], [...composeArgs(plan), 'logs', '--no-color', '--no-log-prefix', '--tail', '200'], { env: plan.env, timeoutMs: 30_000, display: `${plan.compose.join(' ')} logs` });
    return r.stdout;
}
/** The document for `image` on this plan's engine and port. */
const documentFor = (plan, image) => composeDocument(plan.spec, image, { port: plan.port, bind: plan.engine.bind, env: plan.env, logger: plan.logger });
/** Writes the Compose file for `image` and starts it (`signal` stops Compose). */
async function start(plan, image, signal) {
    const doc = documentFor(plan, image);
    (0,external_node_fs_.writeFileSync)(plan.file, doc.text);
    // A generated file is recreated whatever changed; a user's file recreates what its changes touch.
    const args = [...composeArgs(plan), 'up', '-d', '--no-build', ...(doc.userFile ? [] : ['--force-recreate'])];
    plan.logger.info(`${plan.label}: ${plan.compose.join(' ')} -p ${plan.project} up -d (${image})`);
    await (0,exec/* exec */.m)(plan.compose[0], args, { env: plan.env, timeoutMs: run_COMPOSE_MS, signal, display: `${plan.compose.join(' ')} up` });
}
async function run_gate(plan, signal) {
    const fromSpec = (0,from_spec/* healthFromSpec */.QJ)(plan.spec, plan.env);
    const report = (0,gate/* runHealthGate */.Jd)({
        target: { kind: 'url', url: new URL(plan.url) },
        transport: plan.spec.server.transport === 'sse' ? 'sse' : 'auto',
        headers: {},
        timeoutMs: plan.timeoutMs ?? fromSpec.timeoutMs ?? 60_000,
        contract: fromSpec.contract,
        strict: fromSpec.strict ?? false,
        allowAuthRequired: fromSpec.allowAuthRequired ?? false,
        smoke: fromSpec.smoke,
        auth: fromSpec.auth,
        logger: plan.logger,
        serverLogs: () => containerLogs(plan),
    });
    return untilAborted(report, signal);
}
/**
 * Starts `image` and gates it: the report, or why it does not serve. A stop by `signal` throws
 * Interrupted; with `stopStart: false` Compose itself finishes first (a rollback is not cut short).
 */
async function startAndGate(plan, image, signal, stopStart = true) {
    try {
        await start(plan, image, stopStart ? signal : undefined);
    }
    catch (error) {
        if (signal?.aborted)
            throw interrupted(signal);
        if (error instanceof errors/* InputError */.dz)
            throw error;
        return { failed: `${image} did not start`, detail: `: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    if (signal?.aborted)
        throw interrupted(signal);
    const health = await run_gate(plan, signal);
    if (health.ok)
        return { health };
    const problems = health.problems.filter((p) => p.level === 'error').map((p) => p.message).join('; ');
    const logs = await logsTail(plan);
    return { health, failed: `${image} failed the health gate`, detail: `: ${problems}${logs ? `\nlast container logs:\n${logs}` : ''}` };
}
/** The signal's name from the abort reason ('SIGTERM' when the reason is something else). */
function signalName(signal) {
    const reason = signal?.reason;
    return typeof reason === 'string' && /^SIG[A-Z0-9]+$/.test(reason) ? reason : 'SIGTERM';
}
/** Thrown inside the steps; the deploy catches it and says what it restored. */
function interrupted(signal, what = 'stopping') {
    const name = signalName(signal);
    return new errors/* Interrupted */.j$(`interrupted by ${name}: ${what}`, name);
}
/**
 * Settles with `work`, or rejects as soon as `signal` aborts. The health gate has no cancel of
 * its own: abandoned, it ends at its deadline (the CLI exits before that).
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(interrupted(signal));
        if (signal.aborted)
            onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}

;// CONCATENATED MODULE: ./src/deploy/compose/deploy.ts
/**
 * `deploy --target compose`, and `up` (the same deploy on this machine's engine, bound to
 * loopback): the Kubernetes target's contract on a Docker Engine, local or remote (the caller's
 * environment, DOCKER_HOST included, reaches every docker and Compose command). Runs the server's
 * image with Compose (the user's file from targets.compose.file with the image substituted, else
 * a generated file), gates it, and hands off. On a failed start or gate it rolls back to the
 * image that ran before (the running container's, else the last one recorded as gated good),
 * gates that again, and fails saying what failed and what now runs; a first deploy that fails is
 * taken down. A stop (SIGINT/SIGTERM through `signal`) during the start or the gate restores the
 * image that ran before, or takes a first deploy down, and throws Interrupted. `down` stops it.
 */









/** The deploy failed: `result` says what now runs (undefined when the failed first deploy was taken down). Exit 1. */
class ComposeDeployFailure extends errors/* GateFailure */.In {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
async function resultFor(d, image, health, rolledBack) {
    const { plan, previous } = d;
    const { imageId, digest } = await inspectImage(image, plan.env);
    const handoff = (0,handoff_handoff/* buildHandoff */.dJ)({ spec: plan.spec, target: 'compose', url: plan.url, health, release: { image, ...(digest ? { digest } : {}), project: plan.project } });
    return {
        url: plan.url,
        project: plan.project,
        composeFile: plan.file,
        services: d.services,
        image,
        ...(imageId ? { imageId } : {}),
        ...(digest ? { digest } : {}),
        ...(health.toolsHash ? { toolsHash: health.toolsHash } : {}),
        rolledBack,
        ...(previous ? { previousImage: previous.image } : {}),
        health,
        handoff,
    };
}
/** Records `result`'s image as the one gated good. */
function record(d, result) {
    writeState(d.plan.spec, { project: d.plan.project, composeFile: d.plan.file, url: d.plan.url, deployed: { image: result.image, ...(result.imageId ? { imageId: result.imageId } : {}) } });
}
/** Takes a failed first deploy down: whether that worked, and what happened, for the message. */
async function takeDown(d) {
    const { spec, env, logger } = d.plan;
    return down({ spec, env, logger }).then(() => ({ ok: true, text: `${spec.server.name} was taken down and its state removed` }), (e) => ({ ok: false, text: `taking ${spec.server.name} down failed (${(0,errors/* errorMessage */.gJ)(e)}): run \`mcp-orchestrator down\`` }));
}
/** After a stop by a signal during the start or the gate: restores what ran before (not gated again: the user asked to stop), or takes a first deploy down. */
async function interruptedDeploy(d) {
    const { plan, previous } = d;
    const stop = interrupted(d.signal).signal;
    plan.logger.warning(`${plan.label}: interrupted by ${stop}: ${previous ? `restoring ${previous.image}` : `taking ${plan.spec.server.name} down`}`);
    let what;
    if (!previous)
        what = (await takeDown(d)).text;
    else {
        const back = await rollbackReference(previous, plan.env).catch(() => previous.image);
        what = await start(plan, back).then(() => `${back}, which ran before, was started again (not gated again) in ${plan.project}`, (e) => `restoring ${back}, which ran before, failed (${(0,errors/* errorMessage */.gJ)(e)}): deploy again, or run \`mcp-orchestrator down\``);
    }
    return interrupted(d.signal, what);
}
/** Runs an attempt; a stop by the signal becomes the restore and its Interrupted. */
async function attempt(d, image) {
    try {
        return await startAndGate(d.plan, image, d.signal);
    }
    catch (error) {
        if (d.signal?.aborted)
            throw await interruptedDeploy(d);
        throw error;
    }
}
async function deployCompose(options) {
    const { spec, signal } = options;
    const label = options.command ?? 'deploy';
    if (signal?.aborted)
        throw interrupted(signal, 'nothing was changed');
    const env = options.env ?? process.env;
    const logger = options.logger ?? util_logger/* silentLogger */.qq;
    const plan = await planDeploy({ spec, label, port: options.port, url: options.url, timeoutMs: options.timeoutMs, env, logger, localOnly: label === 'up' });
    // A reference of the grammar the state is read back with (and never an option to docker).
    const image = (0,grammar/* requireGrammar */.Ld)('imageReference', options.image ?? (await newestLocalImage(spec.image ?? `local/${spec.server.name}`, env)), '--image');
    // Which services run the server, and the state, are read before any change (errors stop here).
    const services = documentFor(plan, image).services;
    const state = readState(spec);
    const previous = (await runningImage(plan.project, services[0], env)) ?? state?.deployed;
    const d = { plan, services, ...(previous ? { previous } : {}), ...(signal ? { signal } : {}) };
    if (signal?.aborted)
        throw interrupted(signal, 'nothing was changed');
    if (previous)
        logger.info(`${label}: ${previous.image} runs now; it is what a failed deploy rolls back to`);
    (0,external_node_fs_.mkdirSync)(stateDir(spec), { recursive: true });
    writeState(spec, { project: plan.project, composeFile: plan.file, url: plan.url, ...(state?.deployed ? { deployed: state.deployed } : {}) });
    const first = await attempt(d, image);
    if (first.health && !first.failed) {
        const result = await resultFor(d, image, first.health, false);
        record(d, result);
        return result;
    }
    if (!previous) {
        const left = await takeDown(d);
        const outcome = left.ok ? `${first.failed} and was taken down${first.detail}\nNothing ran before it (a first deploy): its containers and state were removed` : `${first.failed}${first.detail}\nNothing ran before it (a first deploy); ${left.text}`;
        throw new ComposeDeployFailure(`${label}: ${outcome}`, undefined);
    }
    return rollBack(d, first);
}
/** After a failed attempt: the image that ran before, started and gated again; always throws. */
async function rollBack(d, failed) {
    const { plan, previous } = d;
    const back = await rollbackReference(previous, plan.env);
    plan.logger.warning(`${plan.label}: ${failed.failed}; rolling back to ${back}`);
    const what = `${plan.label}: ${failed.failed}${failed.detail}`;
    let retry;
    try {
        retry = await startAndGate(plan, back, d.signal, false);
    }
    catch (error) {
        if (d.signal?.aborted)
            throw interrupted(d.signal, `rolling back to ${back}: it was started, and not gated again`);
        throw error;
    }
    if (retry.health && !retry.failed) {
        const result = await resultFor(d, back, retry.health, true);
        record(d, result);
        throw new ComposeDeployFailure(`${what}\nRolled back: ${back} runs again and passed the health gate at ${plan.url}`, result);
    }
    const result = retry.health ? await resultFor(d, back, retry.health, true) : undefined;
    throw new ComposeDeployFailure(`${what}\nThe rollback to ${back} failed too: ${retry.failed}${retry.detail}\n${plan.project} is left as the rollback left it: check it, or run \`mcp-orchestrator down\``, result);
}


/***/ })

};

//# sourceMappingURL=808.index.js.map