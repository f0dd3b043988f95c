export const id = 556;
export const ids = [556];
export const modules = {

/***/ 5556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderHealthMarkdown: () => (/* binding */ renderHealthMarkdown),
/* harmony export */   renderHealthText: () => (/* binding */ renderHealthText)
/* harmony export */ });
const verdict = (r) => r.status === 'healthy' ? 'healthy' : r.status === 'auth-required' ? `alive, authorization required${r.ok ? ' (allowed)' : ''}` : 'UNHEALTHY';
function renderHealthText(r) {
    const lines = [`${r.target}: ${verdict(r)}`];
    if (r.server)
        lines.push(`  server     ${r.server.name} ${r.server.version}`);
    if (r.transport)
        lines.push(`  transport  ${r.transport}${r.protocolVersion ? `, protocol ${r.protocolVersion}` : ''}`);
    if (r.auth?.resourceMetadata)
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
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderHealthMarkdown(r) {
    const icon = r.status === 'healthy' ? '✅' : r.ok ? '🔐' : '❌';
    const out = [`## ${icon} MCP health gate: ${verdict(r)}`, ''];
    out.push('| | |', '|---|---|', `| Target | \`${cell(r.target)}\` |`);
    if (r.server)
        out.push(`| Server | ${cell(r.server.name)} ${cell(r.server.version)} |`);
    if (r.transport)
        out.push(`| Transport | ${r.transport} |`);
    if (r.protocolVersion)
        out.push(`| Protocol | ${r.protocolVersion} |`);
    if (r.auth?.resourceMetadata)
        out.push(`| Auth metadata | ${cell(r.auth.resourceMetadata)} |`);
    if (r.toolsHash)
        out.push(`| Tools hash | \`${r.toolsHash}\` |`);
    out.push(`| Latency | ${r.latencyMs.connect ?? '-'} ms connect, ${r.latencyMs.listTools ?? '-'} ms tools/list, ${r.latencyMs.total} ms total |`, `| Attempts | ${r.attempts.length} |`, '');
    if (r.problems.length) {
        out.push('### Problems', '', ...r.problems.map((p) => `- **${p.level}** (${p.code}): ${cell(p.message)}`), '');
    }
    if (r.tools.length) {
        out.push(`### Tools (${r.tools.length})`, '', '| Tool | Input schema hash |', '|---|---|', ...r.tools.map((t) => `| \`${cell(t.name)}\` | \`${t.inputSchemaHash}\` |`), '');
    }
    const failed = r.attempts.filter((a) => a.reason);
    if (failed.length) {
        out.push('<details><summary>Failed attempts</summary>', '', ...failed.slice(-10).map((a) => `- #${a.attempt} at ${(a.atMs / 1000).toFixed(1)}s over ${a.transport}: ${cell(a.reason ?? '')}`), '', '</details>', '');
    }
    return out.join('\n');
}


/***/ })

};

//# sourceMappingURL=556.index.js.map