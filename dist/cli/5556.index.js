export const id = 5556;
export const ids = [5556];
export const modules = {

/***/ 25556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderHealthMarkdown: () => (/* binding */ renderHealthMarkdown),
/* harmony export */   renderHealthText: () => (/* binding */ renderHealthText)
/* harmony export */ });
/* harmony import */ var _util_html_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79263);
/** The health report as text (CLI) and Markdown (job summary). */

/** Declared auth in words: what was proven on each side (never a token). */
const authLine = (r) => {
    const a = r.auth;
    if (!a?.mode)
        return undefined;
    const refusal = a.refusalVerified ? 'no token: 401 with valid metadata' : 'refusal not verified';
    const token = a.token === 'client-credentials' ? 'token from the issuer (client credentials)' : a.token === 'bearer' ? 'static bearer token' : 'no token held';
    return `${a.mode}: ${refusal}; ${token}`;
};
/** The foreign-Origin request in words. */
const originLine = (r) => r.origin && `foreign Origin ${r.origin.sent} ${r.origin.rejected ? 'refused' : 'ACCEPTED (no DNS-rebinding protection)'} with HTTP ${r.origin.status}`;
const sessionLine = (r) => r.session && (r.session.idSeen ? (r.transport === 'sse' ? 'stateful (legacy SSE: one process per session)' : 'stateful (Mcp-Session-Id issued)') : 'stateless (no Mcp-Session-Id)');
const verdict = (r) => r.status === 'healthy' ? 'healthy' : r.status === 'auth-required' ? `alive, authorization required${r.ok ? ' (allowed)' : ''}` : 'UNHEALTHY';
function renderHealthText(r) {
    const lines = [`${r.target}: ${verdict(r)}`];
    if (r.server)
        lines.push(`  server     ${r.server.name} ${r.server.version}`);
    if (r.transport)
        lines.push(`  transport  ${r.transport}${r.protocolVersion ? `, protocol ${r.protocolVersion}` : ''}`);
    if (authLine(r))
        lines.push(`  auth       ${authLine(r)}`);
    if (r.auth?.resourceMetadata && r.auth.mode)
        lines.push(`  metadata   ${r.auth.resourceMetadata}`);
    else if (r.auth?.resourceMetadata)
        lines.push(`  auth       ${r.auth.scheme ?? ''} metadata ${r.auth.resourceMetadata}`.replace(/\s+metadata/, ' metadata'));
    if (r.status !== 'auth-required' && r.transport) {
        lines.push(`  tools      ${r.tools.length}${r.toolsHash ? ` (${r.toolsHash.slice(0, 23)})` : ''}: ${r.tools.map((t) => t.name).join(', ') || '-'}`);
    }
    if (r.resources !== undefined)
        lines.push(`  resources  ${r.resources}`);
    if (r.prompts !== undefined)
        lines.push(`  prompts    ${r.prompts}`);
    if (r.smoke)
        lines.push(`  smoke      ${r.smoke.tool}: ${r.smoke.ok ? 'ok' : 'failed'} in ${r.smoke.ms} ms`);
    if (sessionLine(r))
        lines.push(`  sessions   ${sessionLine(r)}`);
    if (originLine(r))
        lines.push(`  origin     ${originLine(r)}`);
    if (r.logs)
        lines.push(`  logs       ${r.logs.length} server log line(s) kept (redacted)`);
    const l = r.latencyMs;
    lines.push(`  latency    ${l.connect !== undefined ? `connect ${l.connect} ms, ` : ''}${l.listTools !== undefined ? `tools/list ${l.listTools} ms, ` : ''}total ${l.total} ms over ${r.attempts.length} attempt(s)`);
    for (const p of r.problems)
        lines.push(`  ${p.level === 'error' ? 'error' : 'warning'}: ${p.message}`);
    const failed = r.attempts.filter((a) => a.reason);
    if (!r.ok && failed.length > 0) {
        lines.push('  attempts:');
        for (const a of failed.slice(-5))
            lines.push(`    #${a.attempt} at ${(a.atMs / 1000).toFixed(1)}s over ${a.transport}: ${a.reason}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Markdown for the job summary: what the server says (names, messages) escaped for HTML and table cells. */
function renderHealthMarkdown(r) {
    const icon = r.status === 'healthy' ? '✅' : r.ok ? '🔐' : '❌';
    const out = [`## ${icon} MCP health gate: ${verdict(r)}`, ''];
    out.push('| | |', '|---|---|', `| Target | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(r.target)} |`);
    if (r.server)
        out.push(`| Server | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(r.server.name)} ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(r.server.version)} |`);
    if (r.transport)
        out.push(`| Transport | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(r.transport)} |`);
    if (r.protocolVersion)
        out.push(`| Protocol | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(r.protocolVersion)} |`);
    if (authLine(r))
        out.push(`| Auth | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(authLine(r))} |`);
    if (r.auth?.resourceMetadata)
        out.push(`| Auth metadata | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(r.auth.resourceMetadata)} |`);
    if (r.toolsHash)
        out.push(`| Tools hash | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(r.toolsHash)} |`);
    if (sessionLine(r))
        out.push(`| Sessions | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(sessionLine(r))} |`);
    if (originLine(r))
        out.push(`| Origin | ${r.origin.rejected ? '✅' : '❌'} ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(originLine(r))} |`);
    if (r.logs)
        out.push(`| Server logs | ${r.logs.length} line(s) kept (redacted) |`);
    out.push(`| Latency | ${r.latencyMs.connect ?? '-'} ms connect, ${r.latencyMs.listTools ?? '-'} ms tools/list, ${r.latencyMs.total} ms total |`, `| Attempts | ${r.attempts.length} |`, '');
    if (r.problems.length) {
        out.push('### Problems', '', ...r.problems.map((p) => `- **${p.level}** (${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(p.code)}): ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(p.message)}`), '');
    }
    if (r.tools.length) {
        out.push(`### Tools (${r.tools.length})`, '', '| Tool | Input schema hash |', '|---|---|', ...r.tools.map((t) => `| ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(t.name)} | ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(t.inputSchemaHash)} |`), '');
    }
    const failed = r.attempts.filter((a) => a.reason);
    if (failed.length) {
        out.push('<details><summary>Failed attempts</summary>', '', ...failed.slice(-10).map((a) => `- #${a.attempt} at ${(a.atMs / 1000).toFixed(1)}s over ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(a.transport)}: ${(0,_util_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(a.reason ?? '')}`), '', '</details>', '');
    }
    return out.join('\n');
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

//# sourceMappingURL=5556.index.js.map