export const id = 2445;
export const ids = [2445];
export const modules = {

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(time, compareTime),
    "date-time": fmtDef(date_time, compareDateTime),
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
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
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
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
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
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
function time(str, withTimeZone) {
    const matches = TIME.exec(str);
    if (!matches)
        return false;
    const hour = +matches[1];
    const minute = +matches[2];
    const second = +matches[3];
    const timeZone = matches[5];
    return (((hour <= 23 && minute <= 59 && second <= 59) ||
        (hour === 23 && minute === 59 && second === 60)) &&
        (!withTimeZone || timeZone !== ""));
}
function compareTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3] + (a1[4] || "");
    t2 = a2[1] + a2[2] + a2[3] + (a2[4] || "");
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function date_time(str) {
    // http://tools.ietf.org/html/rfc3339#section-5.6
    const dateTime = str.split(DATE_TIME_SEPARATOR);
    return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1], true);
}
function compareDateTime(dt1, dt2) {
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

/***/ 13272:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const ipRegex = __webpack_require__(11179);

const defaultOpts = {exact: false};

const v4str = `${ipRegex.v4().source}\\/(3[0-2]|[12]?[0-9])`;
const v6str = `${ipRegex.v6().source}\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])`;

// can not precompile the non-exact regexes because global flag makes the regex object stateful
// which would require the user to reset .lastIndex on subsequent calls
const v4exact = new RegExp(`^${v4str}$`);
const v6exact = new RegExp(`^${v6str}$`);
const v46exact = new RegExp(`(?:^${v4str}$)|(?:^${v6str}$)`);

module.exports = ({exact} = defaultOpts) => exact ? v46exact : new RegExp(`(?:${v4str})|(?:${v6str})`, "g");
module.exports.v4 = ({exact} = defaultOpts) => exact ? v4exact : new RegExp(v4str, "g");
module.exports.v6 = ({exact} = defaultOpts) => exact ? v6exact : new RegExp(v6str, "g");


/***/ }),

/***/ 39121:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


const {v4, v6} = __webpack_require__(13272);

const re4 = v4({exact: true});
const re6 = v6({exact: true});

module.exports = str => re4.test(str) ? 4 : (re6.test(str) ? 6 : 0);
module.exports.v4 = str => re4.test(str);
module.exports.v6 = str => re6.test(str);


/***/ }),

/***/ 29286:
/***/ ((module) => {


module.exports = function localize_ar(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " عنصر"
        break
      case "additionalProperties":
        out = "يجب أن لا يحوي خصائص إضافية"
        break
      case "anyOf":
        out = 'يجب أن يوافق أحد المخططات الموجودة في "anyOf"'
        break
      case "const":
        out = "يجب أن يكون ثابتاً"
        break
      case "contains":
        out = "يجب أن يحوي عنصرا صحيح"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          " يجب أن يحوي الخصائص " +
          e.params.deps +
          " عندما تكون الخاصية " +
          e.params.property +
          " موجودة"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'يجب أن تمرر كلمة التحقق المفتاحية "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "قيمة هذا الحقل يجب أن تكون مساوية لأحد القيم المعرفة مسبقاً"
        break
      case "false schema":
        out = "المخطط المنطقي غير صحيح"
        break
      case "format":
        out = 'يجب أن يوافق الصيغة "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "if":
        out = 'يجب أن توافق المخطط "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " عنصر"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " محرف"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " خصائص"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أقل من " + n + " عنصر"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أقل من " + n + " محرف"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أقل من " + n + " خصائص"
        break
      case "multipleOf":
        out = " يجب أن يحوي أكثر من " + e.params.multipleOf
        break
      case "not":
        out = 'يجب أن يكون غير صحيح وفقاً للمخطط "not"'
        break
      case "oneOf":
        out = 'يجب أن يوافق مخطط واحد فقط موجود في "oneOf"'
        break
      case "pattern":
        out = 'يجب أن يوافق النمط "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out = 'يجب أن يحوي خاصية توافق النمط "' + e.params.missingPattern + '"'
        break
      case "propertyNames":
        out = "اسم الخاصية غير صالح"
        break
      case "required":
        out = "هذا الحقل إلزامي"
        break
      case "type":
        out = "قيمة هذا الحقل غير صالحة"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "يجب أن لا يحوي عناصر مكررة (العنصر ## " +
          e.params.j +
          " و " +
          e.params.i +
          " متطابقة)"
        break
      default:
        out = 'يجب أن تمرر كلمة التحقق المفتاحية "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 39233:
/***/ ((module) => {


module.exports = function localize_ca(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "no ha de tenir més de " + n + " element"
        if (n != 1) {
          out += "s"
        }
        break
      case "additionalProperties":
        out = "no ha de tenir propietats addicionals"
        break
      case "anyOf":
        out = 'ha de coincidir amb algun esquema definit a "anyOf"'
        break
      case "const":
        out = "ha de ser igual a la constant"
        break
      case "contains":
        out = "ha de contenir un ítem vàlid"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "ha de contenir la propietat"
        if (n != 1) {
          out += "s"
        }
        out +=
          " " +
          e.params.deps +
          " quan la propietat " +
          e.params.property +
          " és present"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'ha de passar la validació de la clau "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "ha de ser igual a un dels valors predefinits"
        break
      case "false schema":
        out = "l’esquema és fals"
        break
      case "format":
        out = 'ha de coincidir amb el format "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "if":
        out =
          'ha de correspondre’s amb l’esquema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "no ha de tenir més de " + n + " ítem"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "no pot contenir més de " + n + " caràcter"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "no pot contenir més de " + n + " propietat"
        if (n != 1) {
          out += "s"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "no ha de tenir menys de " + n + " ítem"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "no pot contenir menys de " + n + " caràcter"
        if (n != 1) {
          out += "s"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "no pot contenir menys de " + n + " propietat"
        if (n != 1) {
          out += "s"
        }
        break
      case "multipleOf":
        out = "ha de ser múltiple de " + e.params.multipleOf
        break
      case "not":
        out = 'no ha de ser vàlid d’acord amb l’esquema definit a "not"'
        break
      case "oneOf":
        out = 'ha de coincidir només amb un esquema definit a "oneOf"'
        break
      case "pattern":
        out = 'ha de coincidir amb el patró "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'la propietat ha de coincidir amb el patró "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "la propietat no és vàlida"
        break
      case "required":
        out = "ha de tenir la propietat requerida " + e.params.missingProperty
        break
      case "type":
        out = "ha de ser del tipus " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "no ha de tenir ítems duplicats (els ítems ## " +
          e.params.j +
          " i " +
          e.params.i +
          " són idèntics)"
        break
      default:
        out = 'ha de passar la validació de la clau "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 9087:
/***/ ((module) => {


module.exports = function localize_cs(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nemůže mít víc, než " + n + " prv"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ků"
        }
        break
      case "additionalProperties":
        out = "nemůže mít další položky"
        break
      case "anyOf":
        out = 'musí vyhovět alespoň jednomu schématu v "anyOf"'
        break
      case "const":
        out = "musí být roven konstantě"
        break
      case "contains":
        out = "musí obsahovat prvek odpovídající schématu"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "musí mít polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ka"
        }
        out += ": " + e.params.deps + ", pokud obsahuje " + e.params.property
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'musí vyhovět "' + e.keyword + '" validaci'
        }
        break
      case "enum":
        out = "musí být rovno jedné hodnotě z výčtu"
        break
      case "false schema":
        out = "schéma je false"
        break
      case "format":
        out = 'musí být ve formátu "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "if":
        out = 'musí vyhovět "' + e.params.failingKeyword + '" schématu'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nesmí obsahovat víc než " + n + " prv"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ků"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nesmí být delší než " + n + " zna"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "k"
        } else {
          out += "ků"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nesmí mít víc než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ka"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nesmí obsahovat méně než " + n + " prv"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ků"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nesmí být kratší než " + n + " zna"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "k"
        } else {
          out += "ků"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nesmí mít méně než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ka"
        }
        break
      case "multipleOf":
        out = "musí být násobkem " + e.params.multipleOf
        break
      case "not":
        out = 'nesmí vyhovět schématu v "not"'
        break
      case "oneOf":
        out = 'musí vyhovět právě jednomu schématu v "oneOf"'
        break
      case "pattern":
        out = 'musí vyhovět regulárnímu výrazu "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'musí obsahovat položku vyhovující regulárnímu výrazu "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "název položky není platný"
        break
      case "required":
        out = "musí obsahovat požadovanou položku " + e.params.missingProperty
        break
      case "type":
        out = "musí být " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nesmí obsahovat duplicitní prvky (prvky ## " +
          e.params.j +
          " a " +
          e.params.i +
          " jsou identické)"
        break
      default:
        out = 'musí vyhovět "' + e.keyword + '" validaci'
    }
    e.message = out
  }
}


/***/ }),

/***/ 31070:
/***/ ((module) => {


module.exports = function localize_de(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "darf nicht mehr als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " enthalten"
        break
      case "additionalProperties":
        out = "darf keine zusätzlichen Attribute haben"
        break
      case "anyOf":
        out = 'muss einem der Schemata in "anyOf" entsprechen'
        break
      case "const":
        out = "muss gleich der Konstanten sein"
        break
      case "contains":
        out = "muss ein valides Element enthalten"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "muss Attribut"
        if (n != 1) {
          out += "e"
        }
        out +=
          " " +
          e.params.deps +
          " aufweisen, wenn Attribut " +
          e.params.property +
          " gesetzt ist"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'der Tag "' + e.params.tag + '" muss eine Zeichenkette sein'
            break
          case "mapping":
            out =
              'der Wert vom Tag "' +
              e.params.tag +
              '" muss im oneOf enthalten sein'
            break
          default:
            out = 'muss die Validierung "' + e.keyword + '" bestehen'
        }
        break
      case "enum":
        out = "muss einem der vorgegebenen Werte entsprechen"
        break
      case "false schema":
        out = "boolesches Schema ist falsch"
        break
      case "format":
        out = 'muss diesem Format entsprechen: "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "if":
        out = 'muss dem Schema "' + e.params.failingKeyword + '" entsprechen'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "darf nicht mehr als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "darf nicht länger als " + n + " Zeichen sein"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "darf nicht mehr als " + n + " Attribut"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "darf nicht weniger als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "darf nicht kürzer als " + n + " Zeichen sein"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "darf nicht weniger als " + n + " Attribut"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "multipleOf":
        out = "muss ein Vielfaches von " + e.params.multipleOf + " sein"
        break
      case "not":
        out = 'muss dem in "not" angegebenen Schema widersprechen'
        break
      case "oneOf":
        out = 'muss genau einem der Schemata in "oneOf" entsprechen'
        break
      case "pattern":
        out = 'muss diesem Muster entsprechen: "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'muss ein Attribut nach folgendem Muster haben "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "Attributname ist ungültig"
        break
      case "required":
        out =
          "muss das erforderliche Attribut " +
          e.params.missingProperty +
          " enthalten"
        break
      case "type":
        out = "muss sein: " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "darf nicht mehr als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "unevaluatedProperties":
        out = "darf keine unausgewerteten Attribute haben"
        break
      case "uniqueItems":
        out =
          "darf keine Duplikate enthalten (Elemente #" +
          e.params.j +
          " und #" +
          e.params.i +
          " sind gleich)"
        break
      default:
        out = 'muss die Validierung "' + e.keyword + '" bestehen'
    }
    e.message = out
  }
}


/***/ }),

/***/ 45481:
/***/ ((module) => {


module.exports = function localize_es(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "no debe tener más de " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "additionalProperties":
        out = "no debe tener propiedades adicionales"
        break
      case "anyOf":
        out = 'debe coincidir con algún esquema en "anyOf"'
        break
      case "const":
        out = "debe ser igual a la constante"
        break
      case "contains":
        out = "debe contener un elemento válido"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "debe contener la"
        if (n != 1) {
          out += "s"
        }
        out += " propiedad"
        if (n != 1) {
          out += "es"
        }
        out +=
          " " +
          e.params.deps +
          " cuando la propiedad " +
          e.params.property +
          " se encuentra presente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out =
              'debe pasar la validación de palabra clave "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "deber ser igual a uno de los valores predefinidos"
        break
      case "false schema":
        out = "el esquema és falso"
        break
      case "format":
        out = 'debe coincidir con el formato "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "if":
        out =
          'debe corresponderse con el esquema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "no debe contener más de " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "no debe contener más de " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "no debe contener más de " + n + " propiedad"
        if (n != 1) {
          out += "es"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "no debe contener menos de " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "no debe contener menos de " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "no debe contener menos de " + n + " propiedad"
        if (n != 1) {
          out += "es"
        }
        break
      case "multipleOf":
        out = "debe ser múltiplo de " + e.params.multipleOf
        break
      case "not":
        out = 'no debe ser válido según el esquema en "not"'
        break
      case "oneOf":
        out = 'debe coincidir con un solo esquema en "oneOf"'
        break
      case "pattern":
        out = 'debe coincidir con el patron "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'la propiedad debe coincidir con el patrón "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "la propiedad no és válida"
        break
      case "required":
        out = "debe tener la propiedad requerida " + e.params.missingProperty
        break
      case "type":
        out = "debe ser " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "no debe contener elementos duplicados, (los elementos ## " +
          e.params.j +
          " y " +
          e.params.i +
          " son idénticos)"
        break
      default:
        out = 'debe pasar la validación de palabra clave "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 92512:
/***/ ((module) => {


module.exports = function localize_fi(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "saa sisältää enintään " + n
        if (n == 1) {
          out += ":n elementin"
        } else {
          out += " elementtiä"
        }
        break
      case "additionalProperties":
        out = "ei saa sisältää ylimääräisiä ominaisuuksia"
        break
      case "anyOf":
        out = 'täytyy vastata "anyOf" skeemaa'
        break
      case "const":
        out = "täytyy olla yhtä kuin vakio"
        break
      case "contains":
        out = "täytyy sisältää kelvollinen elementti"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "täytyy sisältää " + e.params.deps + " ominaisuu"
        if (n == 1) {
          out += "s"
        } else {
          out += "det"
        }
        out += " kun " + e.params.property + "-ominaisuus on läsnä"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tunniste "' + e.params.tag + '" täytyy olla merkkijono'
            break
          case "mapping":
            out =
              'tunnisteen "' + e.params.tag + '" arvon muoto pitää olla oneOf'
            break
          default:
            out = 'täytyy läpäistä "' + e.keyword + '" avainsanatarkistus'
        }
        break
      case "enum":
        out = "täytyy olla yhtä kuin jokin sallituista arvoista"
        break
      case "false schema":
        out = "boolean skeema on väärä"
        break
      case "format":
        out = 'täytyy vastata muotoa "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "if":
        out = 'täytyy vastata "' + e.params.failingKeyword + '" skeemaa'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää enintään " + n + " "
        if (n == 1) {
          out += "elementti"
        } else {
          out += "elementtiä"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "ei saa olla pidempi kuin " + n + " merkki"
        if (n != 1) {
          out += "ä"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää enintään " + n + " "
        if (n == 1) {
          out += "ominaisuus"
        } else {
          out += "ominaisuutta"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää vähintään " + n + " "
        if (n == 1) {
          out += "elementti"
        } else {
          out += "elementtiä"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "ei saa olla lyhyempi kuin " + n + " merkki"
        if (n != 1) {
          out += "ä"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää vähintään " + n + " "
        if (n == 1) {
          out += "ominaisuus"
        } else {
          out += "ominaisuutta"
        }
        break
      case "multipleOf":
        out = "täytyy olla moninkertainen: " + e.params.multipleOf
        break
      case "not":
        out = 'ei saa olla hyväksytty skeeman "not" mukaan'
        break
      case "oneOf":
        out =
          'täytyy vastata täsmälleen yhtä "oneOf" -kohdassa määriteltyä skeemaa'
        break
      case "pattern":
        out = 'täytyy vastata muotoa "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'täytyy sisältää ominaisuus joka vastaa kaavaa "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "ominaisuuden nimi on virheellinen"
        break
      case "required":
        out = "täytyy sisältää vaadittu ominaisuus " + e.params.missingProperty
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "täytyy olla "
        if (t == "number") {
          out += "numero"
        } else if (t == "integer") {
          out += "kokonaisluku"
        } else if (t == "string") {
          out += "merkkijono"
        } else if (t == "boolean") {
          out += "boolean"
        } else {
          out += t
        }
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "ei saa olla enemmän kuin " + n + " elementti"
        if (n != 1) {
          out += "ä"
        }
        break
      case "unevaluatedProperties":
        out = "ei saa sisältää arvioimattomia ominaisuuksia"
        break
      case "uniqueItems":
        out =
          "ei saa sisältää duplikaatteja (elementit ## " +
          e.params.j +
          " ja " +
          e.params.i +
          " ovat identtiset)"
        break
      default:
        out = 'täytyy läpäistä "' + e.keyword + '" avainsanatarkistus'
    }
    e.message = out
  }
}


/***/ }),

/***/ 88849:
/***/ ((module) => {


module.exports = function localize_fr(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir plus de " + n + " élémént"
        if (n != 1) {
          out += "s"
        }
        break
      case "additionalProperties":
        out = "ne doit pas contenir de propriétés additionnelles"
        break
      case "anyOf":
        out = 'doit correspondre à un schéma de "anyOf"'
        break
      case "const":
        out = "doit être égal à la constante"
        break
      case "contains":
        out = "doit contenir un élément valide"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          "doit avoir la propriété " +
          e.params.deps +
          " quand la propriété " +
          e.params.property +
          " est présente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'doit être valide selon le critère "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "doit être égal à une des valeurs prédéfinies"
        break
      case "false schema":
        out = 'le schema est "false"'
        break
      case "format":
        out = 'doit correspondre au format "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "if":
        out = 'doit correspondre au schéma "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir plus de " + n + " élément"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "ne doit pas dépasser " + n + " caractère"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir plus de " + n + " propriété"
        if (n != 1) {
          out += "s"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir moins de " + n + " élément"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "ne doit pas faire moins de " + n + " caractère"
        if (n != 1) {
          out += "s"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir moins de " + n + " propriété"
        if (n != 1) {
          out += "s"
        }
        break
      case "multipleOf":
        out = "doit être un multiple de " + e.params.multipleOf
        break
      case "not":
        out = 'est invalide selon le schéma "not"'
        break
      case "oneOf":
        out = 'doit correspondre à exactement un schéma de "oneOf"'
        break
      case "pattern":
        out = 'doit correspondre au format "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'la propriété doit correspondre au format "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "le nom de propriété est invalide"
        break
      case "required":
        out = "requiert la propriété " + e.params.missingProperty
        break
      case "type":
        out = "doit être de type " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "ne doit pas contenir de doublons (les éléments ## " +
          e.params.j +
          " et " +
          e.params.i +
          " sont identiques)"
        break
      default:
        out = 'doit être valide selon le critère "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 44498:
/***/ ((module) => {


module.exports = function localize_hu(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nem lehet több, mint " + n + " eleme"
        break
      case "additionalProperties":
        out = "nem lehetnek további elemei"
        break
      case "anyOf":
        out = 'meg kell feleljen legalább egy "anyOf" alaknak'
        break
      case "const":
        out = "must be equal to constant"
        break
      case "contains":
        out = "must contain a valid item"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "-nak kell legyen"
        if (n > 1) {
          out += "ek"
        }
        out += " a következő tulajdonsága"
        if (n != 1) {
          out += "i"
        }
        out +=
          ": " +
          e.params.deps +
          ", ha van " +
          e.params.property +
          " tulajdonsága"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'must pass "' + e.keyword + '" keyword validation'
        }
        break
      case "enum":
        out = "egyenlő kell legyen valamely előre meghatározott értékkel"
        break
      case "false schema":
        out = "boolean schema is false"
        break
      case "format":
        out =
          'meg kell feleljen a következő formátumnak: "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "kell legyen " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nem lehet több, mint " + n + " eleme"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nem lehet hosszabb, mint " + n + " szimbólum"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nem lehet több, mint " + n + " tulajdonsága"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "kell legyen " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nem lehet kevesebb, mint " + n + " eleme"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nem lehet rövidebb, mint " + n + " szimbólum"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nem lehet kevesebb, mint " + n + " tulajdonsága"
        break
      case "multipleOf":
        out =
          "a többszöröse kell legyen a következő számnak: " +
          e.params.multipleOf
        break
      case "not":
        out = 'nem lehet érvényes a "not" alaknak megfelelően'
        break
      case "oneOf":
        out = 'meg kell feleljen pontosan egy "oneOf" alaknak'
        break
      case "pattern":
        out =
          'meg kell feleljen a következő mintának: "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'must have property matching pattern "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "property name is invalid"
        break
      case "required":
        out = "kell legyen " + e.params.missingProperty + " tulajdonsága"
        break
      case "type":
        out = "" + e.params.type + " kell legyen"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nem lehetnek azonos elemei (" +
          e.params.j +
          " és " +
          e.params.i +
          " elemek azonosak)"
        break
      default:
        out = 'must pass "' + e.keyword + '" keyword validation'
    }
    e.message = out
  }
}


/***/ }),

/***/ 76688:
/***/ ((module) => {


module.exports = function localize_id(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += " tidak boleh memiliki lebih dari " + n + " item"
        break
      case "additionalProperties":
        out = "tidak boleh memiliki properti tambahan"
        break
      case "anyOf":
        out = 'harus cocok dengan beberapa skema pada "anyOf"'
        break
      case "const":
        out = "harus sama dengan konstan"
        break
      case "contains":
        out = "harus berisi item yang valid"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          " harus memiliki properti " +
          e.params.deps +
          " ketika properti " +
          e.params.property +
          " hadir"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'harus lulus validasi kata kunci "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "harus sama dengan salah satu dari nilai yang telah ditentukan"
        break
      case "false schema":
        out = "skema boolean salah"
        break
      case "format":
        out = 'harus cocok dengan format "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "if":
        out = 'harus cocok dengan skema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += " tidak boleh memiliki lebih dari " + n + " item"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += " tidak boleh lebih dari " + n + " karakter"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += " tidak boleh memiliki lebih dari " + n + " properti"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += " tidak boleh kurang dari " + n + " item"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += " tidak boleh lebih pendek dari " + n + " karakter"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += " tidak boleh kurang dari " + n + " properti"
        break
      case "multipleOf":
        out = "harus merupakan kelipatan dari " + e.params.multipleOf
        break
      case "not":
        out = 'tidak boleh valid sesuai dengan skema pada "not"'
        break
      case "oneOf":
        out = 'harus sama persis dengan satu skema pada "oneOf"'
        break
      case "pattern":
        out = 'harus cocok dengan pola "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'harus memiliki pola pencocokan properti "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "nama properti tidak valid"
        break
      case "required":
        out = "harus memiliki properti " + e.params.missingProperty
        break
      case "type":
        out = "harus berupa " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "tidak boleh memiliki item duplikat (item ## " +
          e.params.j +
          " dan " +
          e.params.i +
          " identik)"
        break
      default:
        out = 'harus lulus validasi kata kunci "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 40048:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


module.exports = {
  en: __webpack_require__(79350),
  ar: __webpack_require__(29286),
  ca: __webpack_require__(39233),
  cs: __webpack_require__(9087),
  de: __webpack_require__(31070),
  es: __webpack_require__(45481),
  fi: __webpack_require__(92512),
  fr: __webpack_require__(88849),
  hu: __webpack_require__(44498),
  id: __webpack_require__(76688),
  it: __webpack_require__(20352),
  ja: __webpack_require__(30724),
  ko: __webpack_require__(72139),
  nb: __webpack_require__(37001),
  nl: __webpack_require__(3467),
  pl: __webpack_require__(48057),
  "pt-BR": __webpack_require__(60960),
  ru: __webpack_require__(23408),
  sk: __webpack_require__(22871),
  sv: __webpack_require__(10996),
  th: __webpack_require__(62529),
  zh: __webpack_require__(23411),
  "zh-TW": __webpack_require__(75343),
}


/***/ }),

/***/ 20352:
/***/ ((module) => {


module.exports = function localize_it(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "non dovrebbe avere più di " + n + " element"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "additionalProperties":
        out = "non deve avere attributi aggiuntivi"
        break
      case "anyOf":
        out = 'deve corrispondere ad uno degli schema in "anyOf"'
        break
      case "const":
        out = "deve essere uguale alla costante"
        break
      case "contains":
        out = "deve contentere un elemento valido"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "dovrebbe avere "
        if (n == 1) {
          out += "l'"
        } else {
          out += "gli "
        }
        out += "attribut"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        out +=
          " " +
          e.params.deps +
          " quando l'attributo " +
          e.params.property +
          " è presente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'il tag "' + e.params.tag + '" deve essere di tipo stringa'
            break
          case "mapping":
            out =
              'il valore del tag "' + e.params.tag + '" deve essere nei oneOf'
            break
          default:
            out = 'deve essere valido secondo il criterio "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "deve essere uguale ad uno dei valori consentiti"
        break
      case "false schema":
        out = "lo schema booleano è falso"
        break
      case "format":
        out = 'deve corrispondere al formato "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "if":
        out = 'deve corrispondere allo schema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "non deve avere più di " + n + " element"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "non deve essere più lungo di " + n + " caratter"
        if (n == 1) {
          out += "e"
        } else {
          out += "i"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "non deve avere più di " + n + " attribut"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "non deve avere meno di " + n + " element"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "non deve essere meno lungo di " + n + " caratter"
        if (n == 1) {
          out += "e"
        } else {
          out += "i"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "non deve avere meno di " + n + " attribut"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "multipleOf":
        out = "deve essere un multiplo di " + e.params.multipleOf
        break
      case "not":
        out = 'non deve essere valido in base allo schema di "non"'
        break
      case "oneOf":
        out = 'deve corrispondere esattamente ad uno degli schema in "oneOf"'
        break
      case "pattern":
        out = 'deve corrispondere al formato "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'deve avere un attributo che corrisponda al formato "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "il nome dell'attritbuto non è valido"
        break
      case "required":
        out = "deve avere l'attributo obbligatorio " + e.params.missingProperty
        break
      case "type":
        out = "deve essere di tipo " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "non deve avere più di " + n + " elementi"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "unevaluatedProperties":
        out = "non deve avere attributi non valutati"
        break
      case "uniqueItems":
        out =
          "non deve avere duplicati (gli elementi ## " +
          e.params.j +
          " e " +
          e.params.i +
          " sono uguali)"
        break
      default:
        out = 'deve essere valido secondo il criterio "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 30724:
/***/ ((module) => {


module.exports = function localize_ja(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "は" + n + "以上あってはいけない"
        break
      case "additionalProperties":
        out = "追加してはいけない"
        break
      case "anyOf":
        out = '"anyOf"のスキーマとマッチしなくてはいけない'
        break
      case "const":
        out = "must be equal to constant"
        break
      case "contains":
        out = "must contain a valid item"
        break
      case "dependencies":
      case "dependentRequired":
        out = "" + e.params.property + "がある場合、"
        var n = e.params.depsCount
        out += "は" + e.params.deps + "をつけなければいけない"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'must pass "' + e.keyword + '" keyword validation'
        }
        break
      case "enum":
        out = "事前に定義された値のいずれかに等しくなければいけない"
        break
      case "false schema":
        out = "boolean schema is false"
        break
      case "format":
        out = '"' + e.params.format + '"形式に揃えなければいけない'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += cond + "でなければいけない"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以上であってはいけない"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "は" + n + "文字以上であってはいけない"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以上のプロパティを有してはいけない"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += cond + "でなければいけない"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以下であってはいけない"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "は" + n + "文字以下であってはいけない"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以下のプロパティを有してはいけない"
        break
      case "multipleOf":
        out = "" + e.params.multipleOf + "の倍数でなければいけない"
        break
      case "not":
        out = '"not"のスキーマに従って有効としてはいけない'
        break
      case "oneOf":
        out = '"oneOf"のスキーマと完全に一致しなくてはいけない'
        break
      case "pattern":
        out = '"' + e.params.pattern + '"のパターンと一致しなければいけない'
        break
      case "patternRequired":
        out =
          'must have property matching pattern "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "property name is invalid"
        break
      case "required":
        out =
          "必要なプロパティ" + e.params.missingProperty + "がなければいけない"
        break
      case "type":
        out = "" + e.params.type + "でなければいけない"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "重複するアイテムがあってはいけない（" +
          e.params.j +
          "と" +
          e.params.i +
          "は同じである）"
        break
      default:
        out = 'must pass "' + e.keyword + '" keyword validation'
    }
    e.message = out
  }
}


/***/ }),

/***/ 72139:
/***/ ((module) => {


module.exports = function localize_ko(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += " 항목은 아이템을 " + n + "개 이상 가질 수 없습니다"
        break
      case "additionalProperties":
        out = "추가적인 속성은 허용되지 않습니다"
        break
      case "anyOf":
        out = '"anyOf"의 스키마와 일치해야 합니다'
        break
      case "const":
        out = "상수와 같아야합니다"
        break
      case "contains":
        out = "올바른 아이템을 포함해야 합니다"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          e.params.property +
          "속성이 있는 경우, " +
          e.params.deps +
          " 속성이 있어야합니다"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = '"' + e.params.tag + '"태그는 반드시 문자열이여야 합니다'
            break
          case "mapping":
            out =
              '"' + e.params.tag + '"태그의 값은 반드시 oneOf에 있어야 합니다'
            break
          default:
            out = '"' + e.keyword + '"키워드 검사를 통과해야 합니다'
        }
        break
      case "enum":
        out = "미리 정의된 값중 하나여야 합니다"
        break
      case "false schema":
        out = "boolean 스키마는 올바르지 않습니다"
        break
      case "format":
        out = '"' + e.params.format + '" 포맷과 일치해야 합니다'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "if":
        out = '"' + e.params.failingKeyword + '" 스키마와 일치해야 합니다'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "아이템이 최대 " + n + "개이여야 합니다"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "최대 " + n + "글자여야 합니다"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "속성은 최대 " + n + "개 이내여야 합니다"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "아이템이 최소 " + n + "개이여야 합니다"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "최소 " + n + "글자여야 합니다"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "속성은 최소 " + n + "개 이상이여야 합니다"
        break
      case "multipleOf":
        out = "" + e.params.multipleOf + "의 배수여야 합니다"
        break
      case "not":
        out = '"not"스키마에 따라 유효하지 않아야 합니다'
        break
      case "oneOf":
        out = '"oneOf" 스키마중 하나와 정확하게 일치해야 합니다'
        break
      case "pattern":
        out = '"' + e.params.pattern + '"패턴과 일치해야 합니다'
        break
      case "patternRequired":
        out =
          '"' +
          e.params.missingPattern +
          '"패턴과 일치하는 속성을 가져야 합니다'
        break
      case "propertyNames":
        out = "속성명이 올바르지 않습니다"
        break
      case "required":
        out = "" + e.params.missingProperty + " 속성은 필수입니다"
        break
      case "type":
        out = "" + e.params.type + "이여야 합니다"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "항목이 " + n + "개 아이템을 초과하면 안됩니다"
        break
      case "unevaluatedProperties":
        out = "평가되지 않은 속성이 없어야합니다."
        break
      case "uniqueItems":
        out =
          "중복 아이템이 없어야 합니다 (아이템" +
          e.params.j +
          "과 아이템" +
          e.params.i +
          "가 동일합니다)"
        break
      default:
        out = '"' + e.keyword + '"키워드 검사를 통과해야 합니다'
    }
    e.message = out
  }
}


/***/ }),

/***/ 37001:
/***/ ((module) => {


module.exports = function localize_nb(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha mer enn " + n + " element"
        if (n != 1) {
          out += "er"
        }
        break
      case "additionalProperties":
        out = "kan ikke ha flere egenskaper"
        break
      case "anyOf":
        out = 'må samsvare med et schema i "anyOf"'
        break
      case "const":
        out = "må være lik konstanten"
        break
      case "contains":
        out = "må inneholde et gyldig element"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "må ha egenskapen"
        if (n != 1) {
          out += "e"
        }
        out +=
          " " +
          e.params.deps +
          " når egenskapen " +
          e.params.property +
          " er angitt"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = "må samsvare med valideringen for " + e.keyword
        }
        break
      case "enum":
        out = "må være lik en av de forhåndsdefinerte verdiene"
        break
      case "false schema":
        out = "boolsk schema er usannt"
        break
      case "format":
        out = 'må stemme overens med formatet "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha fler enn " + n + " element"
        if (n != 1) {
          out += "er"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "kan ikke være lengre enn " + n + " tegn"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha mer enn " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha færre enn " + n + " element"
        if (n != 1) {
          out += "er"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "kan ikke være kortere enn " + n + " tegn"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha mindre enn " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "multipleOf":
        out = "må være et multiplum av " + e.params.multipleOf
        break
      case "not":
        out = 'kan ikke samsvare med schema i "not"'
        break
      case "oneOf":
        out = 'må samsvare med nøyaktig ett schema i "oneOf"'
        break
      case "pattern":
        out = 'må samsvare med mønsteret "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'må ha en egenskap som samsvarer med mønsteret "' +
          e.params.missingPattern
        break
      case "propertyNames":
        out = "egenskapen med navnet '"
        e.params.propertyNameout += "' er ugyldig"
        break
      case "required":
        out = "må ha den påkrevde egenskapen " + e.params.missingProperty
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "må være "
        if (t == "number") {
          out += "et tall"
        } else if (t == "integer") {
          out += "et heltall"
        } else if (t == "string") {
          out += "en streng"
        } else if (t == "boolean") {
          out += "ja eller nei"
        } else {
          out += t
        }
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "kan ikke ha duplikate elemeneter (elementene ## " +
          e.params.j +
          " og " +
          e.params.i +
          " er identiske)"
        break
      default:
        out = "må samsvare med valideringen for " + e.keyword
    }
    e.message = out
  }
}


/***/ }),

/***/ 3467:
/***/ ((module) => {


module.exports = function localize_nl(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "mag niet meer dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "additionalProperties":
        out = "mag geen extra eigenschappen bevatten"
        break
      case "anyOf":
        out = 'moet overeenkomen met een schema in "anyOf"'
        break
      case "const":
        out = "moet gelijk zijn aan constante"
        break
      case "contains":
        out = "moet een geldig item bevatten"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "moet de eigenschap"
        if (n != 1) {
          out += "pen"
        }
        out +=
          " " +
          e.params.deps +
          " bevatten als " +
          e.params.property +
          " is gedefinieerd"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" moet een tekenreeks zijn'
            break
          case "mapping":
            out =
              'de waarde van het veld "' +
              e.params.tag +
              '" moet voorkomen in de oneOf'
            break
          default:
            out = 'moet sleutelwoord validatie "' + e.keyword + '" doorstaan'
        }
        break
      case "enum":
        out = "moet overeenkomen met één van de voorgedefinieerde waarden"
        break
      case "false schema":
        out = "boolean schema is fout"
        break
      case "format":
        out =
          'moet overeenkomen met het volgende formaat: "' +
          e.params.format +
          '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "if":
        out = 'moet overeenkomen met "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "mag niet meer dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "mag niet langer dan " + n + " karakter"
        if (n != 1) {
          out += "s"
        }
        out += " zijn"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "mag niet meer dan " + n + " eigenschap"
        if (n != 1) {
          out += "pen"
        }
        out += " bevatten"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "mag niet minder dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "mag niet korter dan " + n + " karakter"
        if (n != 1) {
          out += "s"
        }
        out += " zijn"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "mag niet minder dan " + n + " eigenschap"
        if (n != 1) {
          out += "pen"
        }
        out += " bevatten"
        break
      case "multipleOf":
        out = "moet een veelvoud van " + e.params.multipleOf + " zijn"
        break
      case "not":
        out = 'mag niet overeenkomen met een schema in "not"'
        break
      case "oneOf":
        out = 'moet overeenkomen met één schema in "oneOf"'
        break
      case "pattern":
        out =
          'moet overeenkomen met het volgende patroon: "' +
          e.params.pattern +
          '"'
        break
      case "patternRequired":
        out =
          'moet een eigenschap bevatten die overeenkomt met het pattroon: "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "eigenschapnaam is ongeldig"
        break
      case "required":
        out = "moet de eigenschap " + e.params.missingProperty + " bevatten"
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "moet een "
        if (t == "number") {
          out += "nummer"
        } else if (t == "integer") {
          out += "geheel getal"
        } else if (t == "string") {
          out += "tekenreeks"
        } else if (t == "boolean") {
          out += "ja of nee waarde"
        }
        out += " (" + t + ") bevatten"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "mag niet meer dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "unevaluatedProperties":
        out = "mag geen ongecontroleerde eigenschappen bevatten"
        break
      case "uniqueItems":
        out =
          "mag geen gedupliceerde items bevatten (items ## " +
          e.params.j +
          " en " +
          e.params.i +
          " zijn identiek)"
        break
      default:
        out = 'moet sleutelwoord validatie "' + e.keyword + '" doorstaan'
    }
    e.message = out
  }
}


/***/ }),

/***/ 48057:
/***/ ((module) => {


module.exports = function localize_pl(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nie powinien mieć więcej niż " + n + " element"
        if (n == 1) {
          out += "u"
        } else {
          out += "ów"
        }
        break
      case "additionalProperties":
        out = "nie powinien zawierać dodatkowych pól"
        break
      case "anyOf":
        out = 'powinien pasować do wzoru z sekcji "anyOf"'
        break
      case "const":
        out = "powinien być równy stałej"
        break
      case "contains":
        out = "must contain a valid item"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "powinien zawierać pol"
        if (n == 1) {
          out += "e"
        } else {
          out += "a"
        }
        out +=
          " " +
          e.params.deps +
          " kiedy pole " +
          e.params.property +
          " jest obecne"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'powinien przejść walidację "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "powinien być równy jednej z predefiniowanych wartości"
        break
      case "false schema":
        out = "boolean schema is false"
        break
      case "format":
        out = 'powinien zgadzać się z formatem "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nie powinien mieć więcej niż " + n + " element"
        if (n == 1) {
          out += "u"
        } else {
          out += "ów"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nie powinien być dłuższy niż " + n + " znak"
        if (n != 1) {
          out += "ów"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nie powinien zawierać więcej niż " + n + " "
        if (n == 1) {
          out += "pole"
        } else {
          out += "pól"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nie powinien mieć mniej niż " + n + " element"
        if (n == 1) {
          out += "u"
        } else {
          out += "ów"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nie powinien być krótszy niż " + n + " znak"
        if (n != 1) {
          out += "ów"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nie powinien zawierać mniej niż " + n + " "
        if (n == 1) {
          out += "pole"
        } else {
          out += "pól"
        }
        break
      case "multipleOf":
        out = "powinien być wielokrotnością " + e.params.multipleOf
        break
      case "not":
        out = 'nie powinien pasować do wzoru z sekcji "not"'
        break
      case "oneOf":
        out = 'powinien pasować do jednego wzoru z sekcji "oneOf"'
        break
      case "pattern":
        out = 'powinien zgadzać się ze wzorem "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'powinien mieć pole pasujące do wzorca "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "property name is invalid"
        break
      case "required":
        out = "powinien zawierać wymagane pole " + e.params.missingProperty
        break
      case "type":
        out = "powinien być " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nie powinien zawierać elementów które się powtarzają (elementy " +
          e.params.j +
          " i " +
          e.params.i +
          " są identyczne)"
        break
      default:
        out = 'powinien przejść walidację "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 60960:
/***/ ((module) => {


module.exports = function localize_pt_BR(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = "não são permitidos itens adicionais (mais do que " + n + ")"
        break
      case "additionalProperties":
        out = "não são permitidas propriedades adicionais"
        break
      case "anyOf":
        out = 'os dados não correspondem a nenhum schema de "anyOf"'
        break
      case "const":
        out = "deve ser igual à constante"
        break
      case "contains":
        out = "deve conter um item válido"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += " deve ter propriedade"
        if (n != 1) {
          out += "s"
        }
        out +=
          " " +
          e.params.deps +
          " quando a propriedade " +
          e.params.property +
          " estiver presente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'a tag "' + e.params.tag + '" deve ser uma string'
            break
          case "mapping":
            out = 'o valor da tag "' + e.params.tag + '" deve estar no oneOf'
            break
          default:
            out = 'deve passar a validação da keyword "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "deve ser igual a um dos valores permitidos"
        break
      case "false schema":
        out = 'o schema booleano é "false"'
        break
      case "format":
        out = 'deve corresponder ao formato "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "if":
        out = 'deve corresponder ao schema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "não deve ter mais que " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "não deve ser maior que " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "não deve ter mais que " + n + " propriedade"
        if (n != 1) {
          out += "s"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "não deve ter menos que " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "não deve ser mais curta que " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "não deve ter menos que " + n + " propriedade"
        if (n != 1) {
          out += "s"
        }
        break
      case "multipleOf":
        out = "deve ser múltiplo de " + e.params.multipleOf
        break
      case "not":
        out = 'não deve ser valido segundo o schema em "not"'
        break
      case "oneOf":
        out = 'deve corresponder exatamente com um schema em "oneOf"'
        break
      case "pattern":
        out = 'deve corresponder ao padrão "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'deve ter a propriedade correspondente ao padrão "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "o nome da propriedade é inválido"
        break
      case "required":
        out = "deve ter a propriedade obrigatória " + e.params.missingProperty
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "deve ser "
        if (t == "number") {
          out += "um número"
        } else if (t == "integer") {
          out += "um número inteiro"
        } else if (t == "string") {
          out += "um texto"
        } else if (t == "boolean") {
          out += "um booleano"
        } else {
          out += t
        }
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "não pode possuir mais que " + n + " "
        if (n == 1) {
          out += "item"
        } else {
          out += "itens"
        }
        break
      case "unevaluatedProperties":
        out = "não pode possuir propridades não avaliadas"
        break
      case "uniqueItems":
        out =
          "não deve ter itens duplicados (os itens ## " +
          e.params.j +
          " e " +
          e.params.i +
          " são idênticos)"
        break
      default:
        out = 'deve passar a validação da keyword "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 23408:
/***/ ((module) => {


module.exports = function localize_ru(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "должно иметь не более, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "additionalProperties":
        out = "не должно иметь дополнительных полей"
        break
      case "anyOf":
        out = 'должно соответствовать одной их схем в "anyOf"'
        break
      case "const":
        out = "должно быть равно заданному значению"
        break
      case "contains":
        out = "должно содержать значение соответствующее схеме"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "должно иметь пол"
        if (n == 1) {
          out += "е"
        } else {
          out += "я"
        }
        out +=
          " " + e.params.deps + ", когда присутствует поле " + e.params.property
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'поле "' + e.params.tag + '" должно быть строкой'
            break
          case "mapping":
            out =
              'значение поля "' +
              e.params.tag +
              '" должно быть в одной из oneOf схем '
            break
          default:
            out = 'должно соответствовать правилу "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "должно быть равно одному из разрешенных значений"
        break
      case "false schema":
        out = "схема равна false"
        break
      case "format":
        out = 'должно соответствовать формату "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "if":
        out = 'должно соответствовать схемe "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "должно иметь не более, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "должно быть не длиннее, чем " + n + " символ"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "должно иметь не более, чем " + n + " пол"
        if (n == 1) {
          out += "е"
        } else if (n >= 2 && n <= 4) {
          out += "я"
        } else {
          out += "ей"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "должно иметь не менее, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "должно быть не короче, чем " + n + " символ"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "должно иметь не менее, чем " + n + " пол"
        if (n == 1) {
          out += "е"
        } else if (n >= 2 && n <= 4) {
          out += "я"
        } else {
          out += "ей"
        }
        break
      case "multipleOf":
        out = "должно быть кратным " + e.params.multipleOf
        break
      case "not":
        out = 'должно не соответствовать схеме в "not"'
        break
      case "oneOf":
        out = 'должно соответствовать в точности одной схемe в "oneOf"'
        break
      case "pattern":
        out = 'должно соответствовать образцу "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'должно иметь поле, соответствующее образцу "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "имя поля не соответствует схеме"
        break
      case "required":
        out = "должно иметь обязательное поле " + e.params.missingProperty
        break
      case "type":
        out = "должно быть " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "должно иметь не более, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "unevaluatedProperties":
        out = "не должно иметь непроверенных полей"
        break
      case "uniqueItems":
        out =
          "не должно иметь повторяющихся элементов (элементы " +
          e.params.j +
          " и " +
          e.params.i +
          " идентичны)"
        break
      default:
        out = 'должно соответствовать правилу "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 22871:
/***/ ((module) => {


module.exports = function localize_sk(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nemôže obsahovať viac, než " + n + " prv"
        if (n == 1) {
          out += "ok"
        } else {
          out += "kov"
        }
        break
      case "additionalProperties":
        out = "nemôže obsahovať ďalšie položky"
        break
      case "anyOf":
        out = 'musí splňovať aspoň jednu zo schém v "anyOf"'
        break
      case "const":
        out = "musí byť konštanta"
        break
      case "contains":
        out = "musí obsahovať prvok zodpovedajúci schéme"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += " musí obsahovať polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "iek"
        } else {
          out += "ka"
        }
        out += ": " + e.params.deps + ", ak obsahuje " + e.params.property
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'musí splniť "' + e.keyword + '" validáciu'
        }
        break
      case "enum":
        out = "musí byť jedna z definovaných hodnôt"
        break
      case "false schema":
        out = "schéma je false"
        break
      case "format":
        out = 'musí obsahovať formát "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať viac než " + n + " prv"
        if (n == 1) {
          out += "ok"
        } else {
          out += "kov"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nesmie byť dlhší než " + n + " znak"
        if (n != 1) {
          out += "ov"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať viac než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "iek"
        } else {
          out += "ka"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať menej než " + n + " prv"
        if (n == 1) {
          out += "ok"
        } else {
          out += "kov"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nesmie byť kratší než " + n + " znak"
        if (n != 1) {
          out += "ov"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať menej než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "iek"
        } else {
          out += "ka"
        }
        break
      case "multipleOf":
        out = "musí byť násobkom " + e.params.multipleOf
        break
      case "not":
        out = 'nesmie splňovať schému v "not"'
        break
      case "oneOf":
        out = 'musí splňovať práve jednu schému v "oneOf"'
        break
      case "pattern":
        out = 'musí splňovať regulárny výraz "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'musí obsahovať položku splňjúcu regulárny výraz "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "názov položky nezodpovedá schéme"
        break
      case "required":
        out = "musí obsahovať požadovanú položku " + e.params.missingProperty
        break
      case "type":
        out = "musí byť " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nesmie obsahovať duplicitné prvky (prvky ## " +
          e.params.j +
          " a " +
          e.params.i +
          " sú rovnaké)"
        break
      default:
        out = 'musí splniť "' + e.keyword + '" validáciu'
    }
    e.message = out
  }
}


/***/ }),

/***/ 10996:
/***/ ((module) => {


module.exports = function localize_sv(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "borde ha fler än " + n + " sak"
        if (n != 1) {
          out += "er"
        }
        break
      case "additionalProperties":
        out = "borde inte ha fler egenskaper"
        break
      case "anyOf":
        out = 'borde matcha något schema i "anyOf"'
        break
      case "const":
        out = "bör vara en konstant"
        break
      case "contains":
        out = "bör innehålla ett giltigt objekt"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "borde ha egenskap"
        if (n != 1) {
          out += "er"
        }
        out +=
          " " +
          e.params.deps +
          " när egenskap " +
          e.params.property +
          " finns tillgängligt"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'bör passera "' + e.keyword + '" nyckelord validering'
        }
        break
      case "enum":
        out = "borde vara ekvivalent med en av dess fördefinierade värden"
        break
      case "false schema":
        out = "boolean schema är falskt"
        break
      case "format":
        out = 'borde matcha formatet "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "bör vara " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "bör vara " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "borde vara " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "borde inte ha fler än " + n + " sak"
        if (n != 1) {
          out += "er"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "borde inte vara längre än " + n + " tecken"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "borde inte ha fler än " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "borde vara " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "borde inte ha färre än " + n + " sak"
        if (n != 1) {
          out += "er"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "borde inte vara kortare än " + n + " tecken"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "borde inte ha färre än " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "multipleOf":
        out = "borde vara en multipel av " + e.params.multipleOf
        break
      case "not":
        out = 'borde inte vara giltigt enligt schema i "not"'
        break
      case "oneOf":
        out = 'borde matcha exakt ett schema i "oneOf"'
        break
      case "pattern":
        out = 'borde matcha mönstret "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'bör ha en egenskap som matchar mönstret "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "egenskap med namnet är inte giltig"
        break
      case "required":
        out = "borde ha den nödvändiga egenskapen " + e.params.missingProperty
        break
      case "type":
        out = "borde vara " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "borde inte ha duplicerade saker (sakerna ## " +
          e.params.j +
          " och " +
          e.params.i +
          " är identiska)"
        break
      default:
        out = 'bör passera "' + e.keyword + '" nyckelord validering'
    }
    e.message = out
  }
}


/***/ }),

/***/ 62529:
/***/ ((module) => {


module.exports = function localize_th(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "ต้องมีสมาชิกไม่เกิน " + n + " ตัว"
        break
      case "additionalProperties":
        out = "ต้องไม่มี property อื่นๆ นอกเหนีอจากที่กำหนดไว้"
        break
      case "anyOf":
        out = 'ต้องตรงกับหนึ่งใน schema ที่กำหนดไว้ใน "anyOf"'
        break
      case "const":
        out = "ต้องเท่ากับค่าคงที่"
        break
      case "contains":
        out = "ต้องมีสมาชิกที่ผ่านเงื่อนไขอยู่"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          "เมื่อมี property " +
          e.params.property +
          " แล้วจะต้องมี property " +
          e.params.deps +
          " ด้วย"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" ต้องเป็น string'
            break
          case "mapping":
            out = 'ต้องมีค่าของ tag "' + e.params.tag + '" ใน oneOf'
            break
          default:
            out = 'ต้องผ่านคีย์เวิร์ด "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "ต้องตรงกับหนึ่งในค่าที่กำหนดไว้"
        break
      case "false schema":
        out = "schema เป็น false"
        break
      case "format":
        out = 'ต้องเป็นรูปแบบ "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "if":
        out = 'ต้องตรงกับ schema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "ต้องมีสมาชิกไม่เกิน " + n
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "ต้องยาวไม่เกิน " + n + " ตัวอักษร"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "ต้องมี property ไม่เกิน " + n + " ตัว"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "ควรมีสมาชิกไม่น้อยกว่า " + n
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "ต้องมีอย่างน้อย " + n + " ตัวอักษร"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "ต้องมี property อย่างน้อย " + n + " ตัว"
        break
      case "multipleOf":
        out = "ต้องเป็นเลขที่หาร " + e.params.multipleOf + " ลงตัว"
        break
      case "not":
        out = 'ต้องไม่ผ่าน schema ที่กำหนดไว้ใน "not"'
        break
      case "oneOf":
        out = 'ต้องตรงกับ schema ตัวเดียวใน "oneOf" เท่านั้น'
        break
      case "pattern":
        out = 'ต้องตรงตาม pattern "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'ต้องมี property ที่มีชื่อตรงตาม pattern "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "ชื่อ property ไม่ถูกต้อง"
        break
      case "required":
        out = "ต้องมี property " + e.params.missingProperty + " ด้วย"
        break
      case "type":
        out = "ต้องเป็น " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "ต้องมีไม่เกิน " + n + " ตัว"
        break
      case "unevaluatedProperties":
        out = "ต้องไม่มี property ที่ยังไม่ได้ผ่านการตรวจสอบเงื่อนไขใดๆ"
        break
      case "uniqueItems":
        out =
          "ต้องมีสมาชิกไม่ซ้ำักัน (ลำดับที่ " +
          e.params.j +
          " กับ " +
          e.params.i +
          " ซ้ำกัน)"
        break
      default:
        out = 'ต้องผ่านคีย์เวิร์ด "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 75343:
/***/ ((module) => {


module.exports = function localize_zh_TW(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "不可以超過" + n + "個元素"
        break
      case "additionalProperties":
        out = "不可以有額外的屬性"
        break
      case "anyOf":
        out = "不符合 anyOf 指定的模式"
        break
      case "const":
        out = "應該等於常數"
        break
      case "contains":
        out = "應該包含一個有效元素"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "應該要有屬性" + e.params.property + "的依賴屬性" + e.params.deps
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = '標籤 "' + e.params.tag + '" 的類型必須是字串'
            break
          case "mapping":
            out = '標籤 "' + e.params.tag + '" 必須在 oneOf 其中之一'
            break
          default:
            out = '應該通過 "' + e.keyword + ' 關鍵詞檢驗"'
        }
        break
      case "enum":
        out = "應該要在預設的值之中"
        break
      case "false schema":
        out = "布林模式不正確"
        break
      case "format":
        out = "應該要符合" + e.params.format + "格式"
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該是 " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該是 " + cond
        break
      case "if":
        out = '應該符合 "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該要 " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "不應該多於 " + n + " 個"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "不應該多於 " + n + " 個字元"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "不應該多於 " + n + " 個屬性"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該要 " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "不應該少於 " + n + " 個"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "不應該少於 " + n + " 個字元"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "不應該少於 " + n + " 個屬性"
        break
      case "multipleOf":
        out = "應該是 " + e.params.multipleOf + " 的整數倍"
        break
      case "not":
        out = '不應該符合 "not" schema'
        break
      case "oneOf":
        out = '只能符合一個 "oneOf" 中的 schema'
        break
      case "pattern":
        out = '應該符合模式 "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out = "應該有屬性對應模式 " + e.params.missingPattern
        break
      case "propertyNames":
        out = "属性名 無效"
        break
      case "required":
        out = "應該有必須屬性 " + e.params.missingProperty
        break
      case "type":
        out = "應該是 " + e.params.type + " 類型"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += " 的元素不可以超過 " + n + " 個"
        break
      case "unevaluatedProperties":
        out = "不應該有未驗證的屬性"
        break
      case "uniqueItems":
        out =
          "不應該有重複項目 (第 " +
          e.params.j +
          " 項和第 " +
          e.params.i +
          " 項是重複的)"
        break
      default:
        out = '應該通過 "' + e.keyword + ' 關鍵詞檢驗"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 23411:
/***/ ((module) => {


module.exports = function localize_zh(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "不允许超过" + n + "个元素"
        break
      case "additionalProperties":
        out = "不允许有额外的属性"
        break
      case "anyOf":
        out = "数据应为 anyOf 所指定的其中一个"
        break
      case "const":
        out = "应当等于常量"
        break
      case "contains":
        out = "应当包含一个有效项"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "应当拥有属性" + e.params.property + "的依赖属性" + e.params.deps
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = '标签 "' + e.params.tag + '" 的类型必须为字符串'
            break
          case "mapping":
            out = '标签 "' + e.params.tag + '" 的值必须在 oneOf 之中'
            break
          default:
            out = '应当通过 "' + e.keyword + ' 关键词校验"'
        }
        break
      case "enum":
        out = "应当是预设定的枚举值之一"
        break
      case "false schema":
        out = "布尔模式出错"
        break
      case "format":
        out = '应当匹配格式 "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当是 " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当是 " + cond
        break
      case "if":
        out = '应当匹配模式 "' + e.params.failingKeyword + '" '
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当为 " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "不应多于 " + n + " 个项"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "不应多于 " + n + " 个字符"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "不应有多于 " + n + " 个属性"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当为 " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "不应少于 " + n + " 个项"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "不应少于 " + n + " 个字符"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "不应有少于 " + n + " 个属性"
        break
      case "multipleOf":
        out = "应当是 " + e.params.multipleOf + " 的整数倍"
        break
      case "not":
        out = '不应当匹配 "not" schema'
        break
      case "oneOf":
        out = '只能匹配一个 "oneOf" 中的 schema'
        break
      case "pattern":
        out = '应当匹配模式 "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out = "应当有属性匹配模式 " + e.params.missingPattern
        break
      case "propertyNames":
        out = "属性名 无效"
        break
      case "required":
        out = "应当有必需属性 " + e.params.missingProperty
        break
      case "type":
        out = "应当是 " + e.params.type + " 类型"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += " 不允许有超过 " + n + " 个元素"
        break
      case "unevaluatedProperties":
        out = "不允许存在未求值的属性"
        break
      case "uniqueItems":
        out =
          "不应当含有重复项 (第 " +
          e.params.j +
          " 项与第 " +
          e.params.i +
          " 项是重复的)"
        break
      default:
        out = '应当通过 "' + e.keyword + ' 关键词校验"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 11179:
/***/ ((module) => {



const word = '[a-fA-F\\d:]';
const b = options => options && options.includeBoundaries ?
	`(?:(?<=\\s|^)(?=${word})|(?<=${word})(?=\\s|$))` :
	'';

const v4 = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}';

const v6seg = '[a-fA-F\\d]{1,4}';
const v6 = `
(?:
(?:${v6seg}:){7}(?:${v6seg}|:)|                                    // 1:2:3:4:5:6:7::  1:2:3:4:5:6:7:8
(?:${v6seg}:){6}(?:${v4}|:${v6seg}|:)|                             // 1:2:3:4:5:6::    1:2:3:4:5:6::8   1:2:3:4:5:6::8  1:2:3:4:5:6::1.2.3.4
(?:${v6seg}:){5}(?::${v4}|(?::${v6seg}){1,2}|:)|                   // 1:2:3:4:5::      1:2:3:4:5::7:8   1:2:3:4:5::8    1:2:3:4:5::7:1.2.3.4
(?:${v6seg}:){4}(?:(?::${v6seg}){0,1}:${v4}|(?::${v6seg}){1,3}|:)| // 1:2:3:4::        1:2:3:4::6:7:8   1:2:3:4::8      1:2:3:4::6:7:1.2.3.4
(?:${v6seg}:){3}(?:(?::${v6seg}){0,2}:${v4}|(?::${v6seg}){1,4}|:)| // 1:2:3::          1:2:3::5:6:7:8   1:2:3::8        1:2:3::5:6:7:1.2.3.4
(?:${v6seg}:){2}(?:(?::${v6seg}){0,3}:${v4}|(?::${v6seg}){1,5}|:)| // 1:2::            1:2::4:5:6:7:8   1:2::8          1:2::4:5:6:7:1.2.3.4
(?:${v6seg}:){1}(?:(?::${v6seg}){0,4}:${v4}|(?::${v6seg}){1,6}|:)| // 1::              1::3:4:5:6:7:8   1::8            1::3:4:5:6:7:1.2.3.4
(?::(?:(?::${v6seg}){0,5}:${v4}|(?::${v6seg}){1,7}|:))             // ::2:3:4:5:6:7:8  ::2:3:4:5:6:7:8  ::8             ::1.2.3.4
)(?:%[0-9a-zA-Z]{1,})?                                             // %eth0            %1
`.replace(/\s*\/\/.*$/gm, '').replace(/\n/g, '').trim();

// Pre-compile only the exact regexes because adding a global flag make regexes stateful
const v46Exact = new RegExp(`(?:^${v4}$)|(?:^${v6}$)`);
const v4exact = new RegExp(`^${v4}$`);
const v6exact = new RegExp(`^${v6}$`);

const ip = options => options && options.exact ?
	v46Exact :
	new RegExp(`(?:${b(options)}${v4}${b(options)})|(?:${b(options)}${v6}${b(options)})`, 'g');

ip.v4 = options => options && options.exact ? v4exact : new RegExp(`${b(options)}${v4}${b(options)}`, 'g');
ip.v6 = options => options && options.exact ? v6exact : new RegExp(`${b(options)}${v6}${b(options)}`, 'g');

module.exports = ip;


/***/ }),

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

/***/ 92615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ Service)
});

;// CONCATENATED MODULE: ./node_modules/is-plain-object/dist/is-plain-object.mjs
/*!
 * is-plain-object <https://github.com/jonschlinkert/is-plain-object>
 *
 * Copyright (c) 2014-2017, Jon Schlinkert.
 * Released under the MIT License.
 */

function isObject(o) {
  return Object.prototype.toString.call(o) === '[object Object]';
}

function isPlainObject(o) {
  var ctor,prot;

  if (isObject(o) === false) return false;

  // If has modified constructor
  ctor = o.constructor;
  if (ctor === undefined) return true;

  // If has modified prototype
  prot = ctor.prototype;
  if (isObject(prot) === false) return false;

  // If constructor does not have an Object-specific method
  if (prot.hasOwnProperty('isPrototypeOf') === false) {
    return false;
  }

  // Most likely a plain Object
  return true;
}



// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/validation_error.js
var validation_error = __webpack_require__(33021);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/validate/dist/utils.mjs
function exportDefault(mod) {
    return mod.default ?? mod;
}
//# sourceMappingURL=utils.mjs.map
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/validate/dist/runtime/validation_error.mjs


/* harmony default export */ const runtime_validation_error = (exportDefault(validation_error));
//# sourceMappingURL=validation_error.mjs.map
// EXTERNAL MODULE: ./node_modules/ajv-i18n/localize/index.js
var localize = __webpack_require__(40048);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/validate/dist/validate.mjs


function generateErrorMessage(errors) {
    localize.en(errors);
    return errors
        .map((err) => `data${err.instancePath} ${err.message}`)
        .join(", ");
}
function runValidateFunc(fn, data) {
    if (!fn(data) && fn.errors) {
        const errors = fn.errors;
        const err = new runtime_validation_error(errors);
        err.message = generateErrorMessage(errors);
        throw err;
    }
}
//# sourceMappingURL=validate.mjs.map
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/base/dist/model.mjs


function setDefinedProps(src, dst) {
    for (const key of Object.keys(src)) {
        if (src[key] !== undefined) {
            // eslint-disable-next-line @typescript-eslint/no-use-before-define
            dst[key] = filterUndefinedValues(src[key]);
        }
    }
    return dst;
}
function filterUndefinedValues(data) {
    if (Array.isArray(data)) {
        return data.map(filterUndefinedValues);
    }
    if (isPlainObject(data)) {
        return setDefinedProps(data, {});
    }
    return data;
}
class Model {
    constructor(data) {
        if (data) {
            setDefinedProps(data, this);
        }
    }
    setDefinedProps(data) {
        if (data) {
            setDefinedProps(data, this);
        }
    }
    toJSON() {
        const result = {};
        setDefinedProps(this, result);
        return result;
    }
    validate() {
        // Use `setValidateFunc` to set the validate function
    }
}
function setValidateFunc(ctor, fn) {
    ctor.prototype.validate = function () {
        runValidateFunc(fn, this);
    };
}
//# sourceMappingURL=model.mjs.map
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/base/dist/meta.mjs
function isNonNullObject(value) {
    return typeof value === "object" && value != null;
}
function createTypeMetaGuard(meta) {
    return (value) => {
        return (isNonNullObject(value) &&
            value.apiVersion === meta.apiVersion &&
            value.kind === meta.kind);
    };
}
//# sourceMappingURL=meta.mjs.map
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/knative/node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(1135);
// EXTERNAL MODULE: ./node_modules/ajv-formats-draft2019/formats/index.js
var ajv_formats_draft2019_formats = __webpack_require__(23295);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/knative/node_modules/is-cidr/index.js
var is_cidr = __webpack_require__(39121);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/validate/dist/formats.mjs



// From: https://github.com/miguelmota/is-base64/blob/0702e189090921a2f11b4342f27906ff8c43d7ec/is-base64.js#L15
const rBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// https://github.com/kubernetes/apimachinery/blob/8c18d83/pkg/api/resource/quantity.go
const rSignedNumber = /[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)/;
// https://physics.nist.gov/cuu/Units/binary.html
const rBinarySI = /[KMGTPE]i/;
// https://en.wikipedia.org/wiki/Metric_prefix#List_of_SI_prefixes
const rDecimalSI = /(?:[YZEPTGMkhdcmunpfazy]|da)/;
const rDecimalExponent = new RegExp(`[eE]${rSignedNumber.source}`);
const rQuantitySuffix = new RegExp(`(?:${rBinarySI.source}|${rDecimalSI.source}|${rDecimalExponent.source})?`);
const rQuantity = new RegExp(`^${rSignedNumber.source}${rQuantitySuffix.source}$`);
const formats_formats = {
    ...formats/* fullFormats */.U9,
    ...ajv_formats_draft2019_formats,
    byte: {
        type: "string",
        validate: (value) => rBase64.test(value)
    },
    quantity: {
        type: "string",
        validate: rQuantity
    },
    // This format is used in Istio.
    string: {
        type: "string",
        validate: (value) => typeof value === "string"
    },
    cidr: {
        type: "string",
        validate: (value) => is_cidr(value) !== 0
    }
};
function addFormats(ajv) {
    for (const [name, format] of Object.entries(formats_formats)) {
        ajv.addFormat(name, format);
    }
}
//# sourceMappingURL=formats.mjs.map
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Time.mjs
const validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"==typeof data){if(!formats0.validate(data)){let err0={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"date-time"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};let formats0=formats_formats["date-time"];
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1FieldsV1.mjs
const IoK8sApimachineryPkgApisMetaV1FieldsV1_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry.mjs
const IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.apiVersion||validate21(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.fieldsType||validate21(data.fieldsType,{instancePath:instancePath+"/fieldsType",parentData:data,parentDataProperty:"fieldsType",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.fieldsV1||validate25(data.fieldsV1,{instancePath:instancePath+"/fieldsV1",parentData:data,parentDataProperty:"fieldsV1",rootData})||(errors=(vErrors=null===vErrors?validate25.errors:vErrors.concat(validate25.errors)).length),void 0===data.manager||validate21(data.manager,{instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.operation||validate21(data.operation,{instancePath:instancePath+"/operation",parentData:data,parentDataProperty:"operation",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.subresource||validate21(data.subresource,{instancePath:instancePath+"/subresource",parentData:data,parentDataProperty:"subresource",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.time||validate32(data.time,{instancePath:instancePath+"/time",parentData:data,parentDataProperty:"time",rootData})||(errors=(vErrors=null===vErrors?validate32.errors:vErrors.concat(validate32.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors}function validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApisMetaV1FieldsV1_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1FieldsV1_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1FieldsV1_validate.errors)).length),validate25.errors=vErrors,0===errors}function validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate.errors:vErrors.concat(validate.errors)).length),validate32.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1OwnerReference.mjs
const IoK8sApimachineryPkgApisMetaV1OwnerReference_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.apiVersion){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.kind){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.name){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}if(void 0===data.uid){let err3={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"uid"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}void 0===data.apiVersion||validate22(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length),void 0===data.blockOwnerDeletion||IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21(data.blockOwnerDeletion,{instancePath:instancePath+"/blockOwnerDeletion",parentData:data,parentDataProperty:"blockOwnerDeletion",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors)).length),void 0===data.controller||IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21(data.controller,{instancePath:instancePath+"/controller",parentData:data,parentDataProperty:"controller",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors)).length),void 0===data.kind||validate22(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length),void 0===data.name||validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length),void 0===data.uid||validate22(data.uid,{instancePath:instancePath+"/uid",parentData:data,parentDataProperty:"uid",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length)}else{let err4={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err4]:vErrors.push(err4),errors++}return validate23.errors=vErrors,0===errors};function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors}function IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.mjs
const IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate=function validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.annotations||validate26(data.annotations,{instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData})||(errors=(vErrors=null===vErrors?validate26.errors:vErrors.concat(validate26.errors)).length),void 0===data.creationTimestamp||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21(data.creationTimestamp,{instancePath:instancePath+"/creationTimestamp",parentData:data,parentDataProperty:"creationTimestamp",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors)).length),void 0===data.deletionGracePeriodSeconds||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25(data.deletionGracePeriodSeconds,{instancePath:instancePath+"/deletionGracePeriodSeconds",parentData:data,parentDataProperty:"deletionGracePeriodSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors)).length),void 0===data.deletionTimestamp||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21(data.deletionTimestamp,{instancePath:instancePath+"/deletionTimestamp",parentData:data,parentDataProperty:"deletionTimestamp",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors)).length),void 0===data.finalizers||validate34(data.finalizers,{instancePath:instancePath+"/finalizers",parentData:data,parentDataProperty:"finalizers",rootData})||(errors=(vErrors=null===vErrors?validate34.errors:vErrors.concat(validate34.errors)).length),void 0===data.generateName||validate28(data.generateName,{instancePath:instancePath+"/generateName",parentData:data,parentDataProperty:"generateName",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.generation||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25(data.generation,{instancePath:instancePath+"/generation",parentData:data,parentDataProperty:"generation",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors)).length),void 0===data.labels||validate26(data.labels,{instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData})||(errors=(vErrors=null===vErrors?validate26.errors:vErrors.concat(validate26.errors)).length),void 0===data.managedFields||validate40(data.managedFields,{instancePath:instancePath+"/managedFields",parentData:data,parentDataProperty:"managedFields",rootData})||(errors=(vErrors=null===vErrors?validate40.errors:vErrors.concat(validate40.errors)).length),void 0===data.name||validate28(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.namespace||validate28(data.namespace,{instancePath:instancePath+"/namespace",parentData:data,parentDataProperty:"namespace",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.ownerReferences||validate48(data.ownerReferences,{instancePath:instancePath+"/ownerReferences",parentData:data,parentDataProperty:"ownerReferences",rootData})||(errors=(vErrors=null===vErrors?validate48.errors:vErrors.concat(validate48.errors)).length),void 0===data.resourceVersion||validate28(data.resourceVersion,{instancePath:instancePath+"/resourceVersion",parentData:data,parentDataProperty:"resourceVersion",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.selfLink||validate28(data.selfLink,{instancePath:instancePath+"/selfLink",parentData:data,parentDataProperty:"selfLink",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.uid||validate28(data.uid,{instancePath:instancePath+"/uid",parentData:data,parentDataProperty:"uid",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate29.errors=vErrors,0===errors};function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors}function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)validate24(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length);return validate26.errors=vErrors,0===errors}function IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate.errors:vErrors.concat(validate.errors)).length),IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors=vErrors,0===errors}let IoK8sApimachineryPkgApisMetaV1ObjectMeta_formats0=formats_formats.int64;function IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApimachineryPkgApisMetaV1ObjectMeta_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors=vErrors,0===errors}function validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate24(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length)}return validate34.errors=vErrors,0===errors}function validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate28.errors=vErrors,0===errors}function validate41(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate.errors)).length),validate41.errors=vErrors,0===errors}function validate40(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate41(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate41.errors:vErrors.concat(validate41.errors)).length)}return validate40.errors=vErrors,0===errors}function validate49(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApisMetaV1OwnerReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1OwnerReference_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1OwnerReference_validate.errors)).length),validate49.errors=vErrors,0===errors}function validate48(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate49(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate49.errors:vErrors.concat(validate49.errors)).length)}return validate48.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/_schemas/ServingKnativeDevV1Service.mjs
const ServingKnativeDevV1Service_validate=function validate94(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.apiVersion){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.kind){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.apiVersion||validate95(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate95.errors:vErrors.concat(validate95.errors)).length),void 0===data.kind||validate97(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?validate97.errors:vErrors.concat(validate97.errors)).length),void 0===data.metadata||validate99(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?validate99.errors:vErrors.concat(validate99.errors)).length),void 0===data.spec||validate103(data.spec,{instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData})||(errors=(vErrors=null===vErrors?validate103.errors:vErrors.concat(validate103.errors)).length),void 0===data.status||validate260(data.status,{instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData})||(errors=(vErrors=null===vErrors?validate260.errors:vErrors.concat(validate260.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate94.errors=vErrors,0===errors};let schema34={enum:["serving.knative.dev/v1"]};function validate95(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("serving.knative.dev/v1"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema34.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate95.errors=vErrors,0===errors}let schema35={enum:["Service"]};function validate97(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("Service"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema35.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate97.errors=vErrors,0===errors}function validate99(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate.errors)).length),validate99.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return ServingKnativeDevV1Service_validate21.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)ServingKnativeDevV1Service_validate21(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length);return ServingKnativeDevV1Service_validate22.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)ServingKnativeDevV1Service_validate21(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}return ServingKnativeDevV1Service_validate25.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return ServingKnativeDevV1Service_validate24.errors=vErrors,0===errors}function validate105(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.annotations||ServingKnativeDevV1Service_validate22(data.annotations,{instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate22.errors:vErrors.concat(ServingKnativeDevV1Service_validate22.errors)).length),void 0===data.finalizers||ServingKnativeDevV1Service_validate25(data.finalizers,{instancePath:instancePath+"/finalizers",parentData:data,parentDataProperty:"finalizers",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate25.errors:vErrors.concat(ServingKnativeDevV1Service_validate25.errors)).length),void 0===data.labels||ServingKnativeDevV1Service_validate22(data.labels,{instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate22.errors:vErrors.concat(ServingKnativeDevV1Service_validate22.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.namespace||ServingKnativeDevV1Service_validate24(data.namespace,{instancePath:instancePath+"/namespace",parentData:data,parentDataProperty:"namespace",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length)),validate105.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return ServingKnativeDevV1Service_validate28.errors=vErrors,0===errors}function validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate27.errors=vErrors,0===errors}let formats2=formats_formats.int64;function validate71(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats2.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate71.errors=vErrors,0===errors}function validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.key){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"key"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.key||ServingKnativeDevV1Service_validate21(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.optional||validate27(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length)}return validate29.errors=vErrors,0===errors}function validate124(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.configMapKeyRef||validate29(data.configMapKeyRef,{instancePath:instancePath+"/configMapKeyRef",parentData:data,parentDataProperty:"configMapKeyRef",rootData})||(errors=(vErrors=null===vErrors?validate29.errors:vErrors.concat(validate29.errors)).length),void 0===data.fieldRef||ServingKnativeDevV1Service_validate28(data.fieldRef,{instancePath:instancePath+"/fieldRef",parentData:data,parentDataProperty:"fieldRef",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.resourceFieldRef||ServingKnativeDevV1Service_validate28(data.resourceFieldRef,{instancePath:instancePath+"/resourceFieldRef",parentData:data,parentDataProperty:"resourceFieldRef",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.secretKeyRef||validate29(data.secretKeyRef,{instancePath:instancePath+"/secretKeyRef",parentData:data,parentDataProperty:"secretKeyRef",rootData})||(errors=(vErrors=null===vErrors?validate29.errors:vErrors.concat(validate29.errors)).length)),validate124.errors=vErrors,0===errors}function validate121(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.name||ServingKnativeDevV1Service_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.value||ServingKnativeDevV1Service_validate24(data.value,{instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.valueFrom||validate124(data.valueFrom,{instancePath:instancePath+"/valueFrom",parentData:data,parentDataProperty:"valueFrom",rootData})||(errors=(vErrors=null===vErrors?validate124.errors:vErrors.concat(validate124.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate121.errors=vErrors,0===errors}function validate120(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate121(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate121.errors:vErrors.concat(validate121.errors)).length)}return validate120.errors=vErrors,0===errors}function validate33(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.optional||validate27(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length)),validate33.errors=vErrors,0===errors}function validate133(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.configMapRef||validate33(data.configMapRef,{instancePath:instancePath+"/configMapRef",parentData:data,parentDataProperty:"configMapRef",rootData})||(errors=(vErrors=null===vErrors?validate33.errors:vErrors.concat(validate33.errors)).length),void 0===data.prefix||ServingKnativeDevV1Service_validate24(data.prefix,{instancePath:instancePath+"/prefix",parentData:data,parentDataProperty:"prefix",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.secretRef||validate33(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?validate33.errors:vErrors.concat(validate33.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate133.errors=vErrors,0===errors}function validate132(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate133(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate133.errors:vErrors.concat(validate133.errors)).length)}return validate132.errors=vErrors,0===errors}function validate42(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||void 0===data.command||ServingKnativeDevV1Service_validate25(data.command,{instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate25.errors:vErrors.concat(ServingKnativeDevV1Service_validate25.errors)).length),validate42.errors=vErrors,0===errors}let ServingKnativeDevV1Service_formats0=formats_formats.int32;function validate36(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!ServingKnativeDevV1Service_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate36.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate49(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.value){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.name||ServingKnativeDevV1Service_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.value||ServingKnativeDevV1Service_validate21(data.value,{instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return ServingKnativeDevV1Service_validate49.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate48(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)ServingKnativeDevV1Service_validate49(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate49.errors:vErrors.concat(ServingKnativeDevV1Service_validate49.errors)).length)}return ServingKnativeDevV1Service_validate48.errors=vErrors,0===errors}function validate38(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate38.errors=vErrors,0===errors}function validate37(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0,valid0=!1;validate38(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate38.errors:vErrors.concat(validate38.errors)).length);var _valid0=0===errors;if(!(valid0=valid0||_valid0)){let _errs2=errors;ServingKnativeDevV1Service_validate21(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length);var _valid0=_errs2===errors;valid0=valid0||_valid0}if(valid0)errors=0,null!==vErrors&&(vErrors=null);else{let err0={instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate37.errors=vErrors,0===errors}function validate46(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.host||ServingKnativeDevV1Service_validate24(data.host,{instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.httpHeaders||ServingKnativeDevV1Service_validate48(data.httpHeaders,{instancePath:instancePath+"/httpHeaders",parentData:data,parentDataProperty:"httpHeaders",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate48.errors:vErrors.concat(ServingKnativeDevV1Service_validate48.errors)).length),void 0===data.path||ServingKnativeDevV1Service_validate24(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.port||validate37(data.port,{instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData})||(errors=(vErrors=null===vErrors?validate37.errors:vErrors.concat(validate37.errors)).length),void 0===data.scheme||ServingKnativeDevV1Service_validate24(data.scheme,{instancePath:instancePath+"/scheme",parentData:data,parentDataProperty:"scheme",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length)),validate46.errors=vErrors,0===errors}function validate61(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.host||ServingKnativeDevV1Service_validate24(data.host,{instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.port||validate37(data.port,{instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData})||(errors=(vErrors=null===vErrors?validate37.errors:vErrors.concat(validate37.errors)).length)),validate61.errors=vErrors,0===errors}function ServingKnativeDevV1Service_validate41(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.exec||validate42(data.exec,{instancePath:instancePath+"/exec",parentData:data,parentDataProperty:"exec",rootData})||(errors=(vErrors=null===vErrors?validate42.errors:vErrors.concat(validate42.errors)).length),void 0===data.failureThreshold||validate36(data.failureThreshold,{instancePath:instancePath+"/failureThreshold",parentData:data,parentDataProperty:"failureThreshold",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.httpGet||validate46(data.httpGet,{instancePath:instancePath+"/httpGet",parentData:data,parentDataProperty:"httpGet",rootData})||(errors=(vErrors=null===vErrors?validate46.errors:vErrors.concat(validate46.errors)).length),void 0===data.initialDelaySeconds||validate36(data.initialDelaySeconds,{instancePath:instancePath+"/initialDelaySeconds",parentData:data,parentDataProperty:"initialDelaySeconds",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.periodSeconds||validate36(data.periodSeconds,{instancePath:instancePath+"/periodSeconds",parentData:data,parentDataProperty:"periodSeconds",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.successThreshold||validate36(data.successThreshold,{instancePath:instancePath+"/successThreshold",parentData:data,parentDataProperty:"successThreshold",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.tcpSocket||validate61(data.tcpSocket,{instancePath:instancePath+"/tcpSocket",parentData:data,parentDataProperty:"tcpSocket",rootData})||(errors=(vErrors=null===vErrors?validate61.errors:vErrors.concat(validate61.errors)).length),void 0===data.timeoutSeconds||validate36(data.timeoutSeconds,{instancePath:instancePath+"/timeoutSeconds",parentData:data,parentDataProperty:"timeoutSeconds",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length)),ServingKnativeDevV1Service_validate41.errors=vErrors,0===errors}function validate145(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!ServingKnativeDevV1Service_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate145.errors=vErrors,0===errors}function validate148(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate148.errors=vErrors,0===errors}function validate144(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.containerPort){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"containerPort"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.containerPort||validate145(data.containerPort,{instancePath:instancePath+"/containerPort",parentData:data,parentDataProperty:"containerPort",rootData})||(errors=(vErrors=null===vErrors?validate145.errors:vErrors.concat(validate145.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.protocol||validate148(data.protocol,{instancePath:instancePath+"/protocol",parentData:data,parentDataProperty:"protocol",rootData})||(errors=(vErrors=null===vErrors?validate148.errors:vErrors.concat(validate148.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate144.errors=vErrors,0===errors}function validate143(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate144(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate144.errors:vErrors.concat(validate144.errors)).length)}return validate143.errors=vErrors,0===errors}let pattern0=RegExp("^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$","u");function validate67(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0,valid0=!1;validate38(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate38.errors:vErrors.concat(validate38.errors)).length);var _valid0=0===errors;if(!(valid0=valid0||_valid0)){let _errs2=errors;ServingKnativeDevV1Service_validate21(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length);var _valid0=_errs2===errors;valid0=valid0||_valid0}if(valid0)errors=0,null!==vErrors&&(vErrors=null);else{let err0={instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("string"==typeof data&&!pattern0.test(data)){let err1={instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate67.errors=vErrors,0===errors}function validate66(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)validate67(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?validate67.errors:vErrors.concat(validate67.errors)).length);return validate66.errors=vErrors,0===errors}function validate153(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.limits||validate66(data.limits,{instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData})||(errors=(vErrors=null===vErrors?validate66.errors:vErrors.concat(validate66.errors)).length),void 0===data.requests||validate66(data.requests,{instancePath:instancePath+"/requests",parentData:data,parentDataProperty:"requests",rootData})||(errors=(vErrors=null===vErrors?validate66.errors:vErrors.concat(validate66.errors)).length)),validate153.errors=vErrors,0===errors}function validate159(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.add||ServingKnativeDevV1Service_validate25(data.add,{instancePath:instancePath+"/add",parentData:data,parentDataProperty:"add",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate25.errors:vErrors.concat(ServingKnativeDevV1Service_validate25.errors)).length),void 0===data.drop||ServingKnativeDevV1Service_validate25(data.drop,{instancePath:instancePath+"/drop",parentData:data,parentDataProperty:"drop",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate25.errors:vErrors.concat(ServingKnativeDevV1Service_validate25.errors)).length)),validate159.errors=vErrors,0===errors}function validate167(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.type){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"type"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.localhostProfile||ServingKnativeDevV1Service_validate24(data.localhostProfile,{instancePath:instancePath+"/localhostProfile",parentData:data,parentDataProperty:"localhostProfile",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.type||ServingKnativeDevV1Service_validate21(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}return validate167.errors=vErrors,0===errors}function validate157(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.allowPrivilegeEscalation||validate27(data.allowPrivilegeEscalation,{instancePath:instancePath+"/allowPrivilegeEscalation",parentData:data,parentDataProperty:"allowPrivilegeEscalation",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.capabilities||validate159(data.capabilities,{instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData})||(errors=(vErrors=null===vErrors?validate159.errors:vErrors.concat(validate159.errors)).length),void 0===data.readOnlyRootFilesystem||validate27(data.readOnlyRootFilesystem,{instancePath:instancePath+"/readOnlyRootFilesystem",parentData:data,parentDataProperty:"readOnlyRootFilesystem",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.runAsGroup||validate71(data.runAsGroup,{instancePath:instancePath+"/runAsGroup",parentData:data,parentDataProperty:"runAsGroup",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.runAsNonRoot||validate27(data.runAsNonRoot,{instancePath:instancePath+"/runAsNonRoot",parentData:data,parentDataProperty:"runAsNonRoot",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.runAsUser||validate71(data.runAsUser,{instancePath:instancePath+"/runAsUser",parentData:data,parentDataProperty:"runAsUser",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.seccompProfile||validate167(data.seccompProfile,{instancePath:instancePath+"/seccompProfile",parentData:data,parentDataProperty:"seccompProfile",rootData})||(errors=(vErrors=null===vErrors?validate167.errors:vErrors.concat(validate167.errors)).length)),validate157.errors=vErrors,0===errors}function validate175(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.mountPath){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"mountPath"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.name){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.mountPath||ServingKnativeDevV1Service_validate21(data.mountPath,{instancePath:instancePath+"/mountPath",parentData:data,parentDataProperty:"mountPath",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.readOnly||validate27(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.subPath||ServingKnativeDevV1Service_validate24(data.subPath,{instancePath:instancePath+"/subPath",parentData:data,parentDataProperty:"subPath",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate175.errors=vErrors,0===errors}function validate174(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate175(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate175.errors:vErrors.concat(validate175.errors)).length)}return validate174.errors=vErrors,0===errors}function validate117(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.args||ServingKnativeDevV1Service_validate25(data.args,{instancePath:instancePath+"/args",parentData:data,parentDataProperty:"args",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate25.errors:vErrors.concat(ServingKnativeDevV1Service_validate25.errors)).length),void 0===data.command||ServingKnativeDevV1Service_validate25(data.command,{instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate25.errors:vErrors.concat(ServingKnativeDevV1Service_validate25.errors)).length),void 0===data.env||validate120(data.env,{instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData})||(errors=(vErrors=null===vErrors?validate120.errors:vErrors.concat(validate120.errors)).length),void 0===data.envFrom||validate132(data.envFrom,{instancePath:instancePath+"/envFrom",parentData:data,parentDataProperty:"envFrom",rootData})||(errors=(vErrors=null===vErrors?validate132.errors:vErrors.concat(validate132.errors)).length),void 0===data.image||ServingKnativeDevV1Service_validate24(data.image,{instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.imagePullPolicy||ServingKnativeDevV1Service_validate24(data.imagePullPolicy,{instancePath:instancePath+"/imagePullPolicy",parentData:data,parentDataProperty:"imagePullPolicy",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.livenessProbe||ServingKnativeDevV1Service_validate41(data.livenessProbe,{instancePath:instancePath+"/livenessProbe",parentData:data,parentDataProperty:"livenessProbe",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate41.errors:vErrors.concat(ServingKnativeDevV1Service_validate41.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.ports||validate143(data.ports,{instancePath:instancePath+"/ports",parentData:data,parentDataProperty:"ports",rootData})||(errors=(vErrors=null===vErrors?validate143.errors:vErrors.concat(validate143.errors)).length),void 0===data.readinessProbe||ServingKnativeDevV1Service_validate41(data.readinessProbe,{instancePath:instancePath+"/readinessProbe",parentData:data,parentDataProperty:"readinessProbe",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate41.errors:vErrors.concat(ServingKnativeDevV1Service_validate41.errors)).length),void 0===data.resources||validate153(data.resources,{instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData})||(errors=(vErrors=null===vErrors?validate153.errors:vErrors.concat(validate153.errors)).length),void 0===data.securityContext||validate157(data.securityContext,{instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData})||(errors=(vErrors=null===vErrors?validate157.errors:vErrors.concat(validate157.errors)).length),void 0===data.terminationMessagePath||ServingKnativeDevV1Service_validate24(data.terminationMessagePath,{instancePath:instancePath+"/terminationMessagePath",parentData:data,parentDataProperty:"terminationMessagePath",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.terminationMessagePolicy||ServingKnativeDevV1Service_validate24(data.terminationMessagePolicy,{instancePath:instancePath+"/terminationMessagePolicy",parentData:data,parentDataProperty:"terminationMessagePolicy",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.volumeMounts||validate174(data.volumeMounts,{instancePath:instancePath+"/volumeMounts",parentData:data,parentDataProperty:"volumeMounts",rootData})||(errors=(vErrors=null===vErrors?validate174.errors:vErrors.concat(validate174.errors)).length),void 0===data.workingDir||ServingKnativeDevV1Service_validate24(data.workingDir,{instancePath:instancePath+"/workingDir",parentData:data,parentDataProperty:"workingDir",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate117.errors=vErrors,0===errors}function validate116(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate117(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate117.errors:vErrors.concat(validate117.errors)).length)}else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate116.errors=vErrors,0===errors}function validate73(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate73.errors=vErrors,0===errors}function validate72(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate73(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate73.errors:vErrors.concat(validate73.errors)).length)}return validate72.errors=vErrors,0===errors}function validate191(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate191.errors=vErrors,0===errors}function validate190(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate191(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate191.errors:vErrors.concat(validate191.errors)).length)}return validate190.errors=vErrors,0===errors}function validate76(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.key){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"key"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.path){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.key||ServingKnativeDevV1Service_validate21(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.mode||validate36(data.mode,{instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.path||ServingKnativeDevV1Service_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate76.errors=vErrors,0===errors}function validate75(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate76(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate76.errors:vErrors.concat(validate76.errors)).length)}return validate75.errors=vErrors,0===errors}function validate208(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.defaultMode||validate36(data.defaultMode,{instancePath:instancePath+"/defaultMode",parentData:data,parentDataProperty:"defaultMode",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.items||validate75(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?validate75.errors:vErrors.concat(validate75.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.optional||validate27(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length)),validate208.errors=vErrors,0===errors}function validate81(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.items||validate75(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?validate75.errors:vErrors.concat(validate75.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.optional||validate27(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length)),validate81.errors=vErrors,0===errors}function validate225(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.fieldPath){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"fieldPath"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.apiVersion||ServingKnativeDevV1Service_validate24(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.fieldPath||ServingKnativeDevV1Service_validate21(data.fieldPath,{instancePath:instancePath+"/fieldPath",parentData:data,parentDataProperty:"fieldPath",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}return validate225.errors=vErrors,0===errors}function validate231(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.resource){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"resource"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.containerName||ServingKnativeDevV1Service_validate24(data.containerName,{instancePath:instancePath+"/containerName",parentData:data,parentDataProperty:"containerName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.divisor||validate67(data.divisor,{instancePath:instancePath+"/divisor",parentData:data,parentDataProperty:"divisor",rootData})||(errors=(vErrors=null===vErrors?validate67.errors:vErrors.concat(validate67.errors)).length),void 0===data.resource||ServingKnativeDevV1Service_validate21(data.resource,{instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}return validate231.errors=vErrors,0===errors}function validate224(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.path){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fieldRef||validate225(data.fieldRef,{instancePath:instancePath+"/fieldRef",parentData:data,parentDataProperty:"fieldRef",rootData})||(errors=(vErrors=null===vErrors?validate225.errors:vErrors.concat(validate225.errors)).length),void 0===data.mode||validate36(data.mode,{instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.path||ServingKnativeDevV1Service_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.resourceFieldRef||validate231(data.resourceFieldRef,{instancePath:instancePath+"/resourceFieldRef",parentData:data,parentDataProperty:"resourceFieldRef",rootData})||(errors=(vErrors=null===vErrors?validate231.errors:vErrors.concat(validate231.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate224.errors=vErrors,0===errors}function validate223(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate224(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate224.errors:vErrors.concat(validate224.errors)).length)}return validate223.errors=vErrors,0===errors}function validate222(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||void 0===data.items||validate223(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?validate223.errors:vErrors.concat(validate223.errors)).length),validate222.errors=vErrors,0===errors}function validate240(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.path){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.audience||ServingKnativeDevV1Service_validate24(data.audience,{instancePath:instancePath+"/audience",parentData:data,parentDataProperty:"audience",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.expirationSeconds||validate71(data.expirationSeconds,{instancePath:instancePath+"/expirationSeconds",parentData:data,parentDataProperty:"expirationSeconds",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.path||ServingKnativeDevV1Service_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}return validate240.errors=vErrors,0===errors}function validate220(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.configMap||validate81(data.configMap,{instancePath:instancePath+"/configMap",parentData:data,parentDataProperty:"configMap",rootData})||(errors=(vErrors=null===vErrors?validate81.errors:vErrors.concat(validate81.errors)).length),void 0===data.downwardAPI||validate222(data.downwardAPI,{instancePath:instancePath+"/downwardAPI",parentData:data,parentDataProperty:"downwardAPI",rootData})||(errors=(vErrors=null===vErrors?validate222.errors:vErrors.concat(validate222.errors)).length),void 0===data.secret||validate81(data.secret,{instancePath:instancePath+"/secret",parentData:data,parentDataProperty:"secret",rootData})||(errors=(vErrors=null===vErrors?validate81.errors:vErrors.concat(validate81.errors)).length),void 0===data.serviceAccountToken||validate240(data.serviceAccountToken,{instancePath:instancePath+"/serviceAccountToken",parentData:data,parentDataProperty:"serviceAccountToken",rootData})||(errors=(vErrors=null===vErrors?validate240.errors:vErrors.concat(validate240.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate220.errors=vErrors,0===errors}function validate219(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate220(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate220.errors:vErrors.concat(validate220.errors)).length)}return validate219.errors=vErrors,0===errors}function validate217(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.defaultMode||validate36(data.defaultMode,{instancePath:instancePath+"/defaultMode",parentData:data,parentDataProperty:"defaultMode",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.sources||validate219(data.sources,{instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData})||(errors=(vErrors=null===vErrors?validate219.errors:vErrors.concat(validate219.errors)).length)),validate217.errors=vErrors,0===errors}function validate248(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.defaultMode||validate36(data.defaultMode,{instancePath:instancePath+"/defaultMode",parentData:data,parentDataProperty:"defaultMode",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.items||validate75(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?validate75.errors:vErrors.concat(validate75.errors)).length),void 0===data.optional||validate27(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.secretName||ServingKnativeDevV1Service_validate24(data.secretName,{instancePath:instancePath+"/secretName",parentData:data,parentDataProperty:"secretName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length)),validate248.errors=vErrors,0===errors}function validate207(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.configMap||validate208(data.configMap,{instancePath:instancePath+"/configMap",parentData:data,parentDataProperty:"configMap",rootData})||(errors=(vErrors=null===vErrors?validate208.errors:vErrors.concat(validate208.errors)).length),void 0===data.emptyDir||ServingKnativeDevV1Service_validate28(data.emptyDir,{instancePath:instancePath+"/emptyDir",parentData:data,parentDataProperty:"emptyDir",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.persistentVolumeClaim||ServingKnativeDevV1Service_validate28(data.persistentVolumeClaim,{instancePath:instancePath+"/persistentVolumeClaim",parentData:data,parentDataProperty:"persistentVolumeClaim",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.projected||validate217(data.projected,{instancePath:instancePath+"/projected",parentData:data,parentDataProperty:"projected",rootData})||(errors=(vErrors=null===vErrors?validate217.errors:vErrors.concat(validate217.errors)).length),void 0===data.secret||validate248(data.secret,{instancePath:instancePath+"/secret",parentData:data,parentDataProperty:"secret",rootData})||(errors=(vErrors=null===vErrors?validate248.errors:vErrors.concat(validate248.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate207.errors=vErrors,0===errors}function validate206(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate207(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate207.errors:vErrors.concat(validate207.errors)).length)}return validate206.errors=vErrors,0===errors}function validate112(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.containers){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"containers"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.affinity||ServingKnativeDevV1Service_validate28(data.affinity,{instancePath:instancePath+"/affinity",parentData:data,parentDataProperty:"affinity",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.automountServiceAccountToken||validate27(data.automountServiceAccountToken,{instancePath:instancePath+"/automountServiceAccountToken",parentData:data,parentDataProperty:"automountServiceAccountToken",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.containerConcurrency||validate71(data.containerConcurrency,{instancePath:instancePath+"/containerConcurrency",parentData:data,parentDataProperty:"containerConcurrency",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.containers||validate116(data.containers,{instancePath:instancePath+"/containers",parentData:data,parentDataProperty:"containers",rootData})||(errors=(vErrors=null===vErrors?validate116.errors:vErrors.concat(validate116.errors)).length),void 0===data.dnsConfig||ServingKnativeDevV1Service_validate28(data.dnsConfig,{instancePath:instancePath+"/dnsConfig",parentData:data,parentDataProperty:"dnsConfig",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.dnsPolicy||ServingKnativeDevV1Service_validate24(data.dnsPolicy,{instancePath:instancePath+"/dnsPolicy",parentData:data,parentDataProperty:"dnsPolicy",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.enableServiceLinks||validate27(data.enableServiceLinks,{instancePath:instancePath+"/enableServiceLinks",parentData:data,parentDataProperty:"enableServiceLinks",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.hostAliases||validate72(data.hostAliases,{instancePath:instancePath+"/hostAliases",parentData:data,parentDataProperty:"hostAliases",rootData})||(errors=(vErrors=null===vErrors?validate72.errors:vErrors.concat(validate72.errors)).length),void 0===data.idleTimeoutSeconds||validate71(data.idleTimeoutSeconds,{instancePath:instancePath+"/idleTimeoutSeconds",parentData:data,parentDataProperty:"idleTimeoutSeconds",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.imagePullSecrets||validate190(data.imagePullSecrets,{instancePath:instancePath+"/imagePullSecrets",parentData:data,parentDataProperty:"imagePullSecrets",rootData})||(errors=(vErrors=null===vErrors?validate190.errors:vErrors.concat(validate190.errors)).length),void 0===data.initContainers||validate72(data.initContainers,{instancePath:instancePath+"/initContainers",parentData:data,parentDataProperty:"initContainers",rootData})||(errors=(vErrors=null===vErrors?validate72.errors:vErrors.concat(validate72.errors)).length),void 0===data.nodeSelector||ServingKnativeDevV1Service_validate28(data.nodeSelector,{instancePath:instancePath+"/nodeSelector",parentData:data,parentDataProperty:"nodeSelector",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.priorityClassName||ServingKnativeDevV1Service_validate24(data.priorityClassName,{instancePath:instancePath+"/priorityClassName",parentData:data,parentDataProperty:"priorityClassName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.responseStartTimeoutSeconds||validate71(data.responseStartTimeoutSeconds,{instancePath:instancePath+"/responseStartTimeoutSeconds",parentData:data,parentDataProperty:"responseStartTimeoutSeconds",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.runtimeClassName||ServingKnativeDevV1Service_validate24(data.runtimeClassName,{instancePath:instancePath+"/runtimeClassName",parentData:data,parentDataProperty:"runtimeClassName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.schedulerName||ServingKnativeDevV1Service_validate24(data.schedulerName,{instancePath:instancePath+"/schedulerName",parentData:data,parentDataProperty:"schedulerName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.securityContext||ServingKnativeDevV1Service_validate28(data.securityContext,{instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate28.errors:vErrors.concat(ServingKnativeDevV1Service_validate28.errors)).length),void 0===data.serviceAccountName||ServingKnativeDevV1Service_validate24(data.serviceAccountName,{instancePath:instancePath+"/serviceAccountName",parentData:data,parentDataProperty:"serviceAccountName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.timeoutSeconds||validate71(data.timeoutSeconds,{instancePath:instancePath+"/timeoutSeconds",parentData:data,parentDataProperty:"timeoutSeconds",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.tolerations||validate72(data.tolerations,{instancePath:instancePath+"/tolerations",parentData:data,parentDataProperty:"tolerations",rootData})||(errors=(vErrors=null===vErrors?validate72.errors:vErrors.concat(validate72.errors)).length),void 0===data.topologySpreadConstraints||validate72(data.topologySpreadConstraints,{instancePath:instancePath+"/topologySpreadConstraints",parentData:data,parentDataProperty:"topologySpreadConstraints",rootData})||(errors=(vErrors=null===vErrors?validate72.errors:vErrors.concat(validate72.errors)).length),void 0===data.volumes||validate206(data.volumes,{instancePath:instancePath+"/volumes",parentData:data,parentDataProperty:"volumes",rootData})||(errors=(vErrors=null===vErrors?validate206.errors:vErrors.concat(validate206.errors)).length)}return validate112.errors=vErrors,0===errors}function validate104(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.metadata||validate105(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?validate105.errors:vErrors.concat(validate105.errors)).length),void 0===data.spec||validate112(data.spec,{instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData})||(errors=(vErrors=null===vErrors?validate112.errors:vErrors.concat(validate112.errors)).length)),validate104.errors=vErrors,0===errors}function validate86(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.configurationName||ServingKnativeDevV1Service_validate24(data.configurationName,{instancePath:instancePath+"/configurationName",parentData:data,parentDataProperty:"configurationName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.latestRevision||validate27(data.latestRevision,{instancePath:instancePath+"/latestRevision",parentData:data,parentDataProperty:"latestRevision",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.percent||validate71(data.percent,{instancePath:instancePath+"/percent",parentData:data,parentDataProperty:"percent",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.revisionName||ServingKnativeDevV1Service_validate24(data.revisionName,{instancePath:instancePath+"/revisionName",parentData:data,parentDataProperty:"revisionName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.tag||ServingKnativeDevV1Service_validate24(data.tag,{instancePath:instancePath+"/tag",parentData:data,parentDataProperty:"tag",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.url||ServingKnativeDevV1Service_validate24(data.url,{instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate86.errors=vErrors,0===errors}function validate85(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate86(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate86.errors:vErrors.concat(validate86.errors)).length)}return validate85.errors=vErrors,0===errors}function validate103(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.template||validate104(data.template,{instancePath:instancePath+"/template",parentData:data,parentDataProperty:"template",rootData})||(errors=(vErrors=null===vErrors?validate104.errors:vErrors.concat(validate104.errors)).length),void 0===data.traffic||validate85(data.traffic,{instancePath:instancePath+"/traffic",parentData:data,parentDataProperty:"traffic",rootData})||(errors=(vErrors=null===vErrors?validate85.errors:vErrors.concat(validate85.errors)).length)),validate103.errors=vErrors,0===errors}function validate261(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.CACerts||ServingKnativeDevV1Service_validate24(data.CACerts,{instancePath:instancePath+"/CACerts",parentData:data,parentDataProperty:"CACerts",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.name||ServingKnativeDevV1Service_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.url||ServingKnativeDevV1Service_validate24(data.url,{instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length)),validate261.errors=vErrors,0===errors}function validate268(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.status){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"status"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.type){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"type"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.lastTransitionTime||ServingKnativeDevV1Service_validate24(data.lastTransitionTime,{instancePath:instancePath+"/lastTransitionTime",parentData:data,parentDataProperty:"lastTransitionTime",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.message||ServingKnativeDevV1Service_validate24(data.message,{instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.reason||ServingKnativeDevV1Service_validate24(data.reason,{instancePath:instancePath+"/reason",parentData:data,parentDataProperty:"reason",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.severity||ServingKnativeDevV1Service_validate24(data.severity,{instancePath:instancePath+"/severity",parentData:data,parentDataProperty:"severity",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.status||ServingKnativeDevV1Service_validate21(data.status,{instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length),void 0===data.type||ServingKnativeDevV1Service_validate21(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate21.errors:vErrors.concat(ServingKnativeDevV1Service_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate268.errors=vErrors,0===errors}function validate267(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate268(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate268.errors:vErrors.concat(validate268.errors)).length)}return validate267.errors=vErrors,0===errors}function validate260(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return!data||"object"!=typeof data||Array.isArray(data)||(void 0===data.address||validate261(data.address,{instancePath:instancePath+"/address",parentData:data,parentDataProperty:"address",rootData})||(errors=(vErrors=null===vErrors?validate261.errors:vErrors.concat(validate261.errors)).length),void 0===data.annotations||ServingKnativeDevV1Service_validate22(data.annotations,{instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate22.errors:vErrors.concat(ServingKnativeDevV1Service_validate22.errors)).length),void 0===data.conditions||validate267(data.conditions,{instancePath:instancePath+"/conditions",parentData:data,parentDataProperty:"conditions",rootData})||(errors=(vErrors=null===vErrors?validate267.errors:vErrors.concat(validate267.errors)).length),void 0===data.latestCreatedRevisionName||ServingKnativeDevV1Service_validate24(data.latestCreatedRevisionName,{instancePath:instancePath+"/latestCreatedRevisionName",parentData:data,parentDataProperty:"latestCreatedRevisionName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.latestReadyRevisionName||ServingKnativeDevV1Service_validate24(data.latestReadyRevisionName,{instancePath:instancePath+"/latestReadyRevisionName",parentData:data,parentDataProperty:"latestReadyRevisionName",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length),void 0===data.observedGeneration||validate71(data.observedGeneration,{instancePath:instancePath+"/observedGeneration",parentData:data,parentDataProperty:"observedGeneration",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.traffic||validate85(data.traffic,{instancePath:instancePath+"/traffic",parentData:data,parentDataProperty:"traffic",rootData})||(errors=(vErrors=null===vErrors?validate85.errors:vErrors.concat(validate85.errors)).length),void 0===data.url||ServingKnativeDevV1Service_validate24(data.url,{instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData})||(errors=(vErrors=null===vErrors?ServingKnativeDevV1Service_validate24.errors:vErrors.concat(ServingKnativeDevV1Service_validate24.errors)).length)),validate260.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/knative/serving.knative.dev/v1/Service.mjs
class Service extends Model{constructor(data){super(),this.setDefinedProps({apiVersion:Service.apiVersion,kind:Service.kind,...data})}}Service.apiVersion="serving.knative.dev/v1",Service.kind="Service",Service.is=createTypeMetaGuard(Service),setValidateFunc(Service,ServingKnativeDevV1Service_validate);

/***/ })

};

//# sourceMappingURL=2445.index.js.map