/**
 * Doubles of third-party actions, at the boundary GitHub's runner gives them: each is bound to the
 * real action.yml of one commit (test/fixtures/actions/<owner>/<repo>/<commit>/[<path>/]action.yml),
 * so a step must pin that commit, and any input the real action does not declare fails the step.
 * They answer with the outputs the real action documents and record what they were asked to do.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { repoRoot } from '../helpers/paths.js';
import { loadActionMetadata, type ActionMetadata } from './action-metadata.js';

export const FIXTURES = join(repoRoot, 'test/fixtures/actions');

export interface DoubleContext {
  /** Inputs after defaults, by their declared names. */
  inputs: Record<string, string>;
  workspace: string;
  /** The github context of the step. */
  github: Record<string, unknown>;
  /** Source trees the checkout double copies, by owner/repo. */
  repositories: Record<string, string>;
  record: (entry: Record<string, unknown>) => void;
  log: (line: string) => void;
}

export interface ThirdPartyDouble {
  /** owner/repo[/path], as `uses:` names it before the `@`. */
  action: string;
  run: (ctx: DoubleContext) => Promise<Record<string, string>>;
}

export class DoubleRefused extends Error {}

/** Splits `owner/repo/path@ref` and finds the fixture of that exact commit. */
export function thirdPartyMetadata(uses: string): { action: string; ref: string; metadata: ActionMetadata } {
  const at = uses.lastIndexOf('@');
  if (at < 0) throw new DoubleRefused(`${uses}: a third-party action must be pinned (owner/repo@<40-hex commit>)`);
  const action = uses.slice(0, at);
  const ref = uses.slice(at + 1);
  if (!/^[0-9a-f]{40}$/.test(ref)) throw new DoubleRefused(`${uses}: a third-party action must be pinned by a 40-hex commit SHA, not "${ref}"`);
  const [owner, repo, ...path] = action.split('/');
  const dir = join(FIXTURES, owner!, repo!);
  const file = join(dir, ref, ...path, 'action.yml');
  if (!existsSync(file)) {
    const held = existsSync(dir) ? readdirSync(dir).join(', ') : 'none';
    throw new DoubleRefused(`${uses}: no action.yml fixture of ${action} at commit ${ref} (test/fixtures/actions holds: ${held})`);
  }
  return { action, ref, metadata: loadActionMetadata(uses, file) };
}

function insideWorkspace(workspace: string, path: string, input: string): string {
  const full = resolve(workspace, path);
  const rel = relative(workspace, full);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new DoubleRefused(`input ${input}: ${path} is outside the workspace`);
  return full;
}

/** actions/checkout: copies the repository's tree into the workspace (no network, no git). */
export const checkout: ThirdPartyDouble = {
  action: 'actions/checkout',
  run: async (ctx) => {
    const repository = ctx.inputs.repository!;
    const source = ctx.repositories[repository];
    if (!source) throw new DoubleRefused(`actions/checkout: the rehearsal holds no tree for repository ${repository} (it holds: ${Object.keys(ctx.repositories).join(', ') || 'none'})`);
    const target = insideWorkspace(ctx.workspace, ctx.inputs.path ?? '', 'path');
    mkdirSync(target, { recursive: true });
    cpSync(source, target, { recursive: true });
    const persist = ctx.inputs['persist-credentials'] !== 'false';
    // The real action writes the token into .git/config as an extraheader when persisting.
    if (persist) {
      mkdirSync(join(target, '.git'), { recursive: true });
      writeFileSync(join(target, '.git/config'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from(`x-access-token:${ctx.inputs.token}`).toString('base64')}\n`);
    }
    const commit = String(ctx.github.sha);
    ctx.record({ repository, path: relative(ctx.workspace, target), ref: ctx.inputs.ref || String(ctx.github.ref), persistCredentials: persist });
    ctx.log(`checkout double: copied ${repository} into ${target}`);
    return { ref: ctx.inputs.ref || String(ctx.github.ref), commit };
  },
};

interface SarifLog {
  version?: unknown;
  runs?: Array<{ tool?: { driver?: { name?: unknown } }; results?: unknown[] }>;
}

/** Reads and checks one SARIF file as code scanning would before accepting it. */
function readSarif(file: string): SarifLog {
  let sarif: SarifLog;
  try {
    sarif = JSON.parse(readFileSync(file, 'utf8')) as SarifLog;
  } catch (error) {
    throw new DoubleRefused(`upload-sarif: ${file} is not JSON: ${(error as Error).message}`);
  }
  if (sarif.version !== '2.1.0') throw new DoubleRefused(`upload-sarif: ${file} is SARIF version ${JSON.stringify(sarif.version)}, not 2.1.0`);
  if (!Array.isArray(sarif.runs) || sarif.runs.some((r) => typeof r?.tool?.driver?.name !== 'string')) {
    throw new DoubleRefused(`upload-sarif: ${file} has no runs[] with tool.driver.name`);
  }
  return sarif;
}

/** github/codeql-action/upload-sarif: validates the SARIF file(s) and records them. */
export const uploadSarif: ThirdPartyDouble = {
  action: 'github/codeql-action/upload-sarif',
  run: async (ctx) => {
    const path = resolve(ctx.workspace, ctx.inputs.sarif_file!);
    if (!existsSync(path)) throw new DoubleRefused(`upload-sarif: sarif_file ${path} does not exist`);
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.sarif'))
          .map((f) => join(path, f))
      : [path];
    if (files.length === 0) throw new DoubleRefused(`upload-sarif: no .sarif file in ${path}`);
    if (Boolean(ctx.inputs.ref) !== Boolean(ctx.inputs.sha)) throw new DoubleRefused('upload-sarif: ref and sha must be given together');
    const id = randomBytes(8).toString('hex');
    for (const file of files) {
      ctx.record({ file, sarif: readSarif(file), category: ctx.inputs.category ?? '', ref: ctx.inputs.ref || String(ctx.github.ref), sha: ctx.inputs.sha || String(ctx.github.sha), sarifId: id });
    }
    ctx.log(`upload-sarif double: accepted ${files.length} SARIF file(s)`);
    return { 'sarif-id': id };
  },
};

export const defaultDoubles: ThirdPartyDouble[] = [checkout, uploadSarif];
