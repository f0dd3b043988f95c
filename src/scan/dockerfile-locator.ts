/**
 * Maps a finding back to the Dockerfile line that produced it: the layer's `created_by` matched
 * to its instruction (RUN by command, COPY/ADD by destination), ENV/LABEL/ARG by name.
 */
import { DockerfileParser } from 'dockerfile-ast';
import type { Finding } from './types.js';

interface Instruction {
  keyword: string;
  line: number;
  args: string;
  last: string;
}

const squash = (s: string) => s.replace(/\\\s*\n/g, ' ').replace(/\s+/g, ' ').trim();

export class DockerfileLocator {
  private readonly instructions: Instruction[];

  constructor(text: string) {
    this.instructions = DockerfileParser.parse(text)
      .getInstructions()
      .map((i) => {
        const args = i.getArguments().map((a) => a.getValue());
        return { keyword: i.getKeyword().toUpperCase(), line: i.getRange().start.line + 1, args: squash(i.getArgumentsContent() ?? ''), last: args[args.length - 1] ?? '' };
      });
  }

  private find(keyword: string | string[], test: (i: Instruction) => boolean): number | undefined {
    const keywords = Array.isArray(keyword) ? keyword : [keyword];
    return this.instructions.filter((i) => keywords.includes(i.keyword)).reverse().find(test)?.line;
  }

  /** The instruction line a history step came from, if this Dockerfile has it. */
  lineOfStep(createdBy: string): number | undefined {
    let step = squash(createdBy.replace(/\s*# buildkit$/, '')).replace(/^\|\d+ (?:[A-Za-z_]\w*=(?:"[^"]*"|'[^']*'|\S)* )*/, '');
    const nop = /^\/bin\/sh -c #\(nop\) (\w+) (.*)$/.exec(step);
    if (nop) {
      const [, keyword, rest] = nop as unknown as [string, string, string];
      if (keyword === 'COPY' || keyword === 'ADD') {
        const dest = / in (\S+)\s*$/.exec(rest)?.[1] ?? rest.split(' ').pop()!;
        return this.find(['COPY', 'ADD'], (i) => i.last === dest || i.last.replace(/\/$/, '') === dest.replace(/\/$/, ''));
      }
      return this.find(keyword, (i) => squash(rest).includes(i.args) || i.args.includes(squash(rest)));
    }
    const buildkit = /^(RUN|COPY|ADD) (.*)$/.exec(step);
    if (buildkit?.[1] === 'COPY' || buildkit?.[1] === 'ADD') return this.find(['COPY', 'ADD'], (i) => i.args === squash(buildkit[2]!) || buildkit[2]!.endsWith(` ${i.last}`));
    if (buildkit) step = buildkit[2]!;
    const command = step.replace(/^\/bin\/sh -c /, '');
    return this.find('RUN', (i) => i.args === command || squash(i.args.replace(/^\[|\]$/g, '')) === command);
  }

  lineOf(finding: Finding): number | undefined {
    if (finding.where === 'env' && finding.name) return this.find('ENV', (i) => new RegExp(`(?:^|\\s)${escape(finding.name!)}(?:=|\\s)`).test(i.args));
    if (finding.where === 'label' && finding.name) return this.find('LABEL', (i) => i.args.includes(finding.name!));
    if (finding.where === 'cmd') return this.find(['CMD', 'ENTRYPOINT'], () => true);
    if (finding.where === 'history' && finding.name) {
      const arg = this.find('ARG', (i) => i.args === finding.name || i.args.startsWith(`${finding.name}=`));
      if (arg) return arg;
    }
    return finding.layer?.createdBy ? this.lineOfStep(finding.layer.createdBy) : undefined;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
