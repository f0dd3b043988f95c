export const id = 844;
export const ids = [844];
export const modules = {

/***/ 41844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DockerfileLocator: () => (/* binding */ DockerfileLocator)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
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

//# sourceMappingURL=844.index.js.map