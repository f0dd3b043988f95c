export const id = 4394;
export const ids = [4394];
export const modules = {

/***/ 54394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter),
/* harmony export */   x: () => (/* binding */ parseChallenge)
/* harmony export */ });
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let p = re.exec(m[2]); p; p = re.exec(m[2]))
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    return { scheme: m[1].toLowerCase(), params };
}
/** Seconds or HTTP-date in Retry-After, as milliseconds; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ })

};

//# sourceMappingURL=4394.index.js.map