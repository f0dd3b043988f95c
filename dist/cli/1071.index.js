export const id = 1071;
export const ids = [1071,779];
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

/***/ 7453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  objectYaml: () => (/* binding */ objectYaml),
  renderKubernetes: () => (/* binding */ renderKubernetes),
  yamlStream: () => (/* binding */ yamlStream)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/render/kubernetes-manifests.ts
/**
 * The user's own manifests with the pushed digest put in: every container and init container whose
 * image names the server's repository (by tag, digest or bare) gets `registry/repository@sha256:...`.
 * Nothing else changes, byte for byte: the yaml library's Document API finds each image scalar and
 * its source range, and only that range of the text is replaced, in the scalar's own quoting style.
 */



const CONTAINER_LISTS = new Set(['containers', 'initContainers']);
// Safe as a plain scalar in block and flow context: no indicators, no ": " or " #".
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/;
const repositoryKey = (ref) => `${ref.registry}/${ref.repository}`;
function tryParseImage(text) {
    try {
        return (0,reference/* parseImageReference */.o_)(text);
    }
    catch {
        return undefined; // templated or otherwise not an image reference: not ours to touch
    }
}
/** The new scalar's source text, in the old one's style where that style can hold it. */
function scalarSource(node, value) {
    if (node.type === 'PLAIN' && PLAIN_SAFE.test(value))
        return value;
    if (node.type === 'QUOTE_SINGLE')
        return `'${value.replace(/'/g, "''")}'`;
    return JSON.stringify(value); // a JSON string is a valid double-quoted YAML scalar
}
/** Image scalars of containers and init containers, anywhere in the document (pods, workloads, CronJobs, CRDs). */
function imageScalars(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !CONTAINER_LISTS.has(String(pair.key.value)) || !(0,dist/* isSeq */.oP)(pair.value))
                return;
            for (const item of pair.value.items) {
                if (!(0,dist/* isMap */.jh)(item))
                    continue;
                const image = item.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'image');
                if (image && (0,dist/* isScalar */.jn)(image.value) && typeof image.value.value === 'string')
                    found.push(image.value);
            }
        },
    });
    return found;
}
/**
 * Replaces the server's image in the given manifest texts. `repositories` are the image names that
 * count as the server's (the spec's `image` and the pushed one); `image` must carry a digest.
 */
function substituteImages(files, repositories, image) {
    const wanted = new Set(repositories.map(repositoryKey));
    const pinned = (0,reference/* formatReference */.FH)({ registry: image.registry, repository: image.repository, digest: image.digest });
    const out = { files: [], objects: [], replaced: [] };
    for (const { file, text } of files) {
        const lineCounter = new dist/* LineCounter */.HN();
        // YAML 1.1, as kubectl reads manifests: `on`, `yes` and merge keys mean what they mean to it.
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, version: '1.1' });
        if (!Array.isArray(docs))
            continue; // an empty file
        const edits = [];
        for (const doc of docs) {
            const error = doc.errors[0];
            if (error)
                throw new errors/* InputError */.dz(`${file}:${lineCounter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split('\n')[0]}`);
            for (const scalar of imageScalars(doc)) {
                const current = scalar.value;
                const ref = tryParseImage(current);
                if (!ref || !wanted.has(repositoryKey(ref)) || !scalar.range)
                    continue;
                edits.push({ start: scalar.range[0], end: scalar.range[1], source: scalarSource(scalar, pinned) });
                out.replaced.push({ file, line: lineCounter.linePos(scalar.range[0]).line, from: current, to: pinned });
            }
        }
        let result = text;
        for (const edit of edits.sort((a, b) => b.start - a.start))
            result = result.slice(0, edit.start) + edit.source + result.slice(edit.end);
        out.files.push({ file, text: result });
        for (const doc of (0,dist/* parseAllDocuments */.hR)(result, { version: '1.1' })) {
            const object = doc.toJS();
            if (object)
                out.objects.push(object);
        }
    }
    if (out.replaced.length === 0) {
        const names = [...wanted].join(', ');
        throw new errors/* InputError */.dz(`targets.kubernetes.manifests: no container or init container in ${files.map((f) => f.file).join(', ') || '(no files)'} uses ${names}: ` +
            'name the server\'s image repository in the manifests (any tag) so the pushed digest can be put in');
    }
    return out;
}

// EXTERNAL MODULE: ./src/render/kubernetes-objects.ts
var kubernetes_objects = __webpack_require__(58171);
;// CONCATENATED MODULE: ./src/render/kubernetes-scaling.ts

function renderAutoscaler(settings) {
    const scaling = settings.autoscaling;
    if (!scaling)
        return undefined;
    return {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: (0,kubernetes_objects/* metadataFor */.Bl)(settings)(settings.name),
        spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: settings.name },
            minReplicas: scaling.min,
            maxReplicas: scaling.max,
            metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: scaling.cpu } } }],
            // Sessions live in pods: scale down slowly so open sessions are not cut every few minutes.
            behavior: { scaleDown: { stabilizationWindowSeconds: 600, policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }] } },
        },
    };
}
/** One pod at a time may be evicted (drains, upgrades); only rendered when more than one can run. */
function renderDisruptionBudget(settings) {
    if (!settings.multiReplica)
        return undefined;
    return {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: (0,kubernetes_objects/* metadataFor */.Bl)(settings)(settings.name),
        spec: { maxUnavailable: 1, selector: { matchLabels: (0,kubernetes_objects/* selectorLabels */.Zn)(settings) } },
    };
}

// EXTERNAL MODULE: ./src/render/kubernetes-secrets.ts
var kubernetes_secrets = __webpack_require__(87422);
// EXTERNAL MODULE: ./src/render/kubernetes-settings.ts
var kubernetes_settings = __webpack_require__(17066);
// EXTERNAL MODULE: ./src/render/kubernetes-traffic.ts
var kubernetes_traffic = __webpack_require__(68874);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret.js + 34 modules
var ExternalSecret = __webpack_require__(22400);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/apps/v1/Deployment.js + 109 modules
var Deployment = __webpack_require__(83189);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler.js + 23 modules
var HorizontalPodAutoscaler = __webpack_require__(37182);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/networking.k8s.io/v1/Ingress.js + 13 modules
var Ingress = __webpack_require__(40575);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/networking.k8s.io/v1/NetworkPolicy.js + 7 modules
var NetworkPolicy = __webpack_require__(25973);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/policy/v1/PodDisruptionBudget.js + 3 modules
var PodDisruptionBudget = __webpack_require__(94142);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/v1/Service.js + 9 modules
var Service = __webpack_require__(2679);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/v1/ServiceAccount.js + 2 modules
var ServiceAccount = __webpack_require__(44759);
;// CONCATENATED MODULE: ./src/render/kubernetes-validate.ts
/**
 * Offline validation of rendered objects against the Kubernetes OpenAPI schemas (kubernetes-models,
 * and its external-secrets models for ExternalSecret). Each model is imported by its own path so
 * the bundles carry only the schemas the render can produce.
 */








const models = {
    'apps/v1/Deployment': Deployment/* Deployment */.S,
    'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler/* HorizontalPodAutoscaler */.T,
    'networking.k8s.io/v1/Ingress': Ingress/* Ingress */.G,
    'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy/* NetworkPolicy */.R,
    'policy/v1/PodDisruptionBudget': PodDisruptionBudget/* PodDisruptionBudget */.i,
    'v1/Service': Service/* Service */.k,
    'v1/ServiceAccount': ServiceAccount/* ServiceAccount */.V,
    'external-secrets.io/v1/ExternalSecret': ExternalSecret/* ExternalSecret */.G,
};
/** Throws naming the object and the schema error; a kind without a model here is a bug in the render. */
function validateObject(object) {
    const key = `${object.apiVersion}/${object.kind}`;
    const Model = models[key];
    if (!Model)
        throw new Error(`no model to validate ${key} (add it to src/render/kubernetes-validate.ts)`);
    try {
        new Model(object).validate();
    }
    catch (error) {
        throw new Error(`rendered ${object.kind} ${object.metadata.name} is not a valid ${key}: ${error.message}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./src/render/kubernetes-workload.ts
var kubernetes_workload = __webpack_require__(11538);
;// CONCATENATED MODULE: ./src/render/kubernetes.ts
/**
 * spec → Kubernetes objects, pure: no I/O, no environment. Either the objects rendered from the
 * spec (ServiceAccount, Deployment, Service, and as the spec asks: Ingress, HPA, PDB,
 * ExternalSecrets; always a NetworkPolicy), each validated offline against its OpenAPI schema, or
 * the user's own manifests (read beforehand with readManifestFiles) with the pushed digest put in.
 * Every document is written by the yaml library: spec values come out as data, never as structure.
 */











/**
 * YAML that kubectl and every client read the same: YAML 1.1 quoting (kubectl's parser takes an
 * unquoted `off` or `y` for a boolean), no anchors or aliases (objects share label maps), no folding.
 */
function objectYaml(object) {
    return (0,dist/* stringify */.As)(object, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0 });
}
/** The documents as one YAML stream, as `kubectl apply -f -` reads it. */
function yamlStream(documents) {
    return documents.map((d) => (d.text.endsWith('\n') ? d.text : `${d.text}\n`)).join('---\n');
}
function renderFromSpec(spec, options) {
    const settings = (0,kubernetes_settings/* readKubernetesSettings */.Iv)(spec, options);
    const affinity = (0,kubernetes_traffic/* sessionAffinity */.ZZ)(settings);
    const secrets = (0,kubernetes_secrets/* renderSecrets */.g)(spec, (0,kubernetes_objects/* metadataFor */.Bl)(settings));
    const warnings = [...affinity.warnings];
    if (settings.autoscaling && spec.resources?.cpu === undefined) {
        warnings.push(`${settings.name}: scaling on CPU needs a CPU request: set resources.cpu, or the HorizontalPodAutoscaler cannot compute utilization`);
    }
    const objects = [
        (0,kubernetes_workload/* renderServiceAccount */.Hm)(settings),
        ...secrets.objects,
        (0,kubernetes_workload/* renderDeployment */._D)(spec, settings, secrets),
        (0,kubernetes_traffic/* renderService */.is)(settings, affinity),
        (0,kubernetes_traffic/* renderIngress */._Y)(settings, affinity),
        renderAutoscaler(settings),
        renderDisruptionBudget(settings),
        (0,kubernetes_traffic/* renderNetworkPolicy */.nm)(settings),
    ].filter((o) => o !== undefined);
    objects.forEach(validateObject);
    const documents = objects.map((o, i) => ({ name: `${String(i + 1).padStart(2, '0')}-${o.kind.toLowerCase()}-${o.metadata.name}.yaml`, text: objectYaml(o) }));
    return { source: 'spec', objects, documents, warnings, affinity: affinity.mode, runnerSecrets: secrets.runnerSecrets };
}
function renderFromManifests(spec, options, manifests) {
    const { ref } = (0,kubernetes_settings/* pinnedImage */.QJ)(options.image);
    const repositories = [ref];
    if (spec.image)
        repositories.push((0,reference/* parseImageReference */.o_)(spec.image));
    const result = substituteImages(manifests, repositories, ref);
    const seen = new Map();
    const documents = result.files.map((f) => {
        const base = f.file.split(/[\\/]/).pop();
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        return { name: count ? `${count}-${base}` : base, text: f.text };
    });
    return { source: 'manifests', objects: result.objects, documents, warnings: [], affinity: 'manifests', runnerSecrets: [] };
}
/**
 * Renders what `deploy --target kubernetes` applies. With `targets.kubernetes.manifests` in the
 * spec, `manifests` must hold those files' texts (readManifestFiles).
 */
function renderKubernetes(spec, options) {
    const wantsManifests = spec.targets.kubernetes?.manifests !== undefined;
    if (wantsManifests && !options.manifests)
        throw new errors/* InputError */.dz(`${spec.file}: targets.kubernetes.manifests is set, but the manifests were not read`);
    return options.manifests ? renderFromManifests(spec, options, options.manifests) : renderFromSpec(spec, options);
}


/***/ })

};

//# sourceMappingURL=1071.index.js.map