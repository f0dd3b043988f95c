/**
 * Files that are credentials by nature, recognised by name and then confirmed by structure (an
 * `.npmrc` is only a finding when it holds an auth token, a kubeconfig when it holds a token or a
 * client key). Binary keystores are recognised by extension and magic bytes.
 */
import type { Severity } from './types.js';
import { isPlaceholder } from './validators.js';

export interface FileRule {
  id: string;
  title: string;
  severity: Severity;
  help: string;
}

const MOVE = 'Do not COPY it into the image: mount it at run time or use a BuildKit secret mount for the build.';

export const fileRules: FileRule[] = [
  { id: 'dotenv-secret', title: 'Secret in a .env file', severity: 'high', help: `A .env file with a secret-named key set to a real value. ${MOVE}` },
  { id: 'npmrc-auth-token', title: '.npmrc with an auth token', severity: 'critical', help: `An .npmrc carrying _authToken or _auth. ${MOVE} Use \${NPM_TOKEN} from the environment.` },
  { id: 'docker-config-auth', title: 'Docker config with registry credentials', severity: 'critical', help: `A .docker/config.json with auths. ${MOVE}` },
  { id: 'git-credentials', title: '.git-credentials with a password or token', severity: 'critical', help: `Git's credential store file. ${MOVE}` },
  { id: 'kubeconfig-credential', title: 'Kubeconfig with a token or client key', severity: 'critical', help: `A kubeconfig that can act on a cluster. ${MOVE}` },
  { id: 'pypirc-password', title: '.pypirc with a password', severity: 'high', help: `PyPI upload credentials. ${MOVE}` },
  { id: 'terraform-state', title: 'Terraform state file', severity: 'high', help: `Terraform state holds resource secrets in plain text. ${MOVE}` },
  { id: 'keystore-file', title: 'PKCS#12 or Java keystore', severity: 'high', help: `A keystore holds private keys. ${MOVE}` },
];

export type CredentialKind = 'dotenv' | 'npmrc' | 'docker-config' | 'git-credentials' | 'kubeconfig' | 'pypirc' | 'tfstate' | 'keystore';

export function credentialFileKind(path: string): CredentialKind | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (/^\.env(?:\.[\w.-]+)?$/.test(base) && !/\.(?:example|sample|template|dist|defaults?|tmpl|tpl)$/i.test(base)) return 'dotenv';
  if (base === '.npmrc' || base === 'npmrc') return 'npmrc';
  if (path.endsWith('/.docker/config.json')) return 'docker-config';
  if (base === '.git-credentials') return 'git-credentials';
  if ((path.endsWith('/.kube/config') || lower === 'kubeconfig' || lower.endsWith('.kubeconfig'))) return 'kubeconfig';
  if (base === '.pypirc') return 'pypirc';
  if (lower === 'terraform.tfstate' || lower.endsWith('.tfstate') || lower.endsWith('.tfstate.backup')) return 'tfstate';
  if (/\.(?:p12|pfx|jks|jceks|keystore)$/.test(lower)) return 'keystore';
  return undefined;
}

export interface FileMatch {
  rule: string;
  secret: string;
  line?: number;
}

const SECRET_KEY = /(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth|dsn|database_url|conn(?:ection)?_?str)/i;

function lines(text: string): Array<[number, string]> {
  return text.split('\n').map((l, i) => [i + 1, l]);
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v.replace(/\s+#.*$/, '');
}

/** Confirms a credential file by its structure; returns what in it is the secret. */
export function checkCredentialFile(kind: CredentialKind, content: Buffer): FileMatch[] {
  if (kind === 'keystore') {
    const pkcs12 = content[0] === 0x30 && (content[1] === 0x82 || content[1] === 0x83 || content[1] === 0x80);
    const jks = content.readUInt32BE(0) === 0xfeedfeed || content.readUInt32BE(0) === 0xcececece;
    return content.length >= 4 && (pkcs12 || jks) ? [{ rule: 'keystore-file', secret: content.subarray(0, 32).toString('hex') }] : [];
  }
  const text = content.toString('utf8');
  const found: FileMatch[] = [];
  for (const [line, raw] of lines(text)) {
    const l = raw.trim();
    if (!l || l.startsWith('#')) continue;
    let m: RegExpExecArray | null;
    switch (kind) {
      case 'dotenv':
        m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(l);
        if (m && SECRET_KEY.test(m[1]!) && !/_(?:FILE|PATH|URL_PATH|ID|NAME|USER(?:NAME)?|HEADER|TTL|LENGTH)$/i.test(m[1]!)) {
          const value = unquote(m[2]!);
          if (value.length >= 6 && !isPlaceholder(value) && !/^(?:true|false|null|none|\d+)$/i.test(value)) found.push({ rule: 'dotenv-secret', secret: value, line });
        }
        break;
      case 'npmrc':
        m = /(?:_authToken|_auth|_password)\s*=\s*(.+)$/.exec(l);
        if (m && !isPlaceholder(unquote(m[1]!))) found.push({ rule: 'npmrc-auth-token', secret: unquote(m[1]!), line });
        break;
      case 'git-credentials':
        m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/.exec(l);
        if (m && !isPlaceholder(m[1]!)) found.push({ rule: 'git-credentials', secret: m[1]!, line });
        break;
      case 'kubeconfig':
        m = /^(?:-\s+)?(token|client-key-data|password)\s*:\s*(\S+)$/.exec(l);
        if (m && !isPlaceholder(unquote(m[2]!)) && unquote(m[2]!).length >= 8) found.push({ rule: 'kubeconfig-credential', secret: unquote(m[2]!), line });
        break;
      case 'pypirc':
        m = /^password\s*[:=]\s*(.+)$/.exec(l);
        if (m && !isPlaceholder(unquote(m[1]!))) found.push({ rule: 'pypirc-password', secret: unquote(m[1]!), line });
        break;
      default:
        break;
    }
  }
  if (kind === 'docker-config') {
    try {
      const auths = (JSON.parse(text) as { auths?: Record<string, { auth?: string; identitytoken?: string }> }).auths ?? {};
      for (const [registry, entry] of Object.entries(auths)) {
        const secret = entry.auth || entry.identitytoken;
        if (secret) found.push({ rule: 'docker-config-auth', secret, line: lineOf(text, secret) });
        else if (registry && entry && Object.keys(entry).length === 0) continue;
      }
    } catch {
      // Not JSON: not a docker config after all.
    }
  }
  if (kind === 'tfstate' && /"terraform_version"/.test(text) && /"resources"\s*:\s*\[\s*\{/.test(text)) {
    found.push({ rule: 'terraform-state', secret: text.slice(0, 64) });
  }
  return found;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
