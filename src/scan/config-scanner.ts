/**
 * Scans the image config: Env, Labels, Entrypoint/Cmd and every history step's created_by,
 * where build arguments used by RUN appear in plain text as `|N KEY=value ... /bin/sh -c ...`.
 */
import type { ImageConfig } from '../image/types.js';
import { scanText } from './content-scanner.js';
import type { Severity, Where } from './types.js';
import { isPlaceholder } from './validators.js';

export interface ConfigMatch {
  rule: string;
  severity: Severity;
  where: Where;
  name?: string;
  secret: string;
  layerIndex?: number;
}

export const configRules = [
  { id: 'env-secret', title: 'Secret-named environment variable set in the image', severity: 'high' as Severity, help: 'An ENV baked into the image config is visible to anyone who pulls it. Set it at run time from a secret store instead.' },
  { id: 'build-arg-secret', title: 'Secret-named build argument recorded in the image history', severity: 'high' as Severity, help: 'Build arguments used by RUN are recorded in the image history in plain text. Use a BuildKit secret mount (RUN --mount=type=secret) instead.' },
];

const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;

/** Whether NAME=value looks like a real secret set by name (not a path, a placeholder or a flag). */
export function isSecretAssignment(name: string, value: string): boolean {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return false;
  const v = value.trim();
  return v.length >= 6 && !isPlaceholder(v) && !v.startsWith('/') && !/^(?:true|false|yes|no|none|null|\d+)$/i.test(v);
}

/** Parses `|2 A=1 B=two /bin/sh -c ...` (how the classic builder records build args). */
export function parseBuildArgs(createdBy: string): Array<[string, string]> {
  const m = /^\|(\d+)\s+(.*)$/s.exec(createdBy);
  if (!m) return [];
  const count = Number(m[1]);
  const args: Array<[string, string]> = [];
  let rest = m[2]!;
  for (let i = 0; i < count; i++) {
    const a = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
    if (!a) break;
    args.push([a[1]!, a[2]!.replace(/^(["'])(.*)\1$/, '$2')]);
    rest = rest.slice(a[0].length);
  }
  return args;
}

function contentMatches(text: string, where: Where, name: string | undefined, layerIndex?: number): ConfigMatch[] {
  return scanText(text).map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where, name, secret: m.secret, layerIndex }));
}

/**
 * A token rule's finding stands; otherwise a secret-named NAME=value in the config is a finding
 * by name (high), in place of the generic content rule's medium one.
 */
function bySpecificRules(matches: ConfigMatch[], name: string, value: string, byName: ConfigMatch): ConfigMatch[] {
  const specific = matches.filter((m) => m.rule !== 'generic-secret-assignment');
  if (specific.length) return specific;
  return isSecretAssignment(name, value) ? [byName] : matches;
}

export function scanImageConfig(config: ImageConfig): ConfigMatch[] {
  const found: ConfigMatch[] = [];
  for (const entry of config.env) {
    const eq = entry.indexOf('=');
    const name = eq < 0 ? entry : entry.slice(0, eq);
    const value = eq < 0 ? '' : entry.slice(eq + 1);
    found.push(...bySpecificRules(contentMatches(entry, 'env', name), name, value, { rule: 'env-secret', severity: 'high', where: 'env', name, secret: value }));
  }
  for (const [name, value] of Object.entries(config.labels)) found.push(...contentMatches(`${name}=${value}`, 'label', name));
  const command = [...(config.entrypoint ?? []), ...(config.cmd ?? [])].join(' ');
  if (command) found.push(...contentMatches(command, 'cmd', undefined));
  config.history.forEach((step) => {
    const args = parseBuildArgs(step.createdBy);
    for (const [name, value] of args) {
      const byContent = contentMatches(`${name}=${value}`, 'history', name, step.layerIndex);
      found.push(...bySpecificRules(byContent, name, value, { rule: 'build-arg-secret', severity: 'high', where: 'history', name, secret: value, layerIndex: step.layerIndex }));
    }
    const commandText = args.length ? step.createdBy.replace(/^\|\d+\s+(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S)*\s+)*/, '') : step.createdBy;
    const inCommand = contentMatches(commandText, 'history', undefined, step.layerIndex);
    // A build arg's value also appears inside the command that used it, and ENV/LABEL steps repeat
    // what the config already holds: report each secret once.
    const argValues = new Set(args.map(([, v]) => v));
    found.push(...inCommand.filter((m) => !argValues.has(m.secret) && !found.some((f) => f.secret === m.secret)));
  });
  return found;
}
