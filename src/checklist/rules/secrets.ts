/**
 * SEC: environment injected securely. No secret in the layers (the scan's report), none set by
 * name in the Dockerfile or the image config, the build context keeps keys out, every target takes
 * secret-named variables from a secret reference, no plaintext Secret is committed, and the store
 * behind the references is a vault. A value is never put in a message: names and lines only.
 */
import { isPlaceholder } from '../../scan/validators.js';
import { assignments } from '../dockerfile.js';
import { dockerignoreExcludes } from '../dockerignore.js';
import type { Check, Rule, YamlDocument } from '../types.js';
import { composeServices, getIn, isDict, kindOf, objectCheck, serviceCheck, subjectOf, type Path } from './pod-specs.js';

/**
 * Names that hold secrets. Hand-written to match the scan's config rule (src/scan/config-scanner.ts),
 * which keeps its pattern private: suffixes as TOKEN, PASSWORD, API_KEY, SECRET; not *_FILE, *_PATH...
 */
const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/** A value that is a real literal, not empty, a reference to a variable or a placeholder. */
function isLiteral(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim();
  return v !== '' && !/^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?-)?\}?$/.test(v) && !isPlaceholder(v);
}

const scanFindings: Rule = {
  id: 'SEC001',
  group: 'SEC',
  item: 'environment-secure',
  severity: 'error',
  title: 'No secret in the image layers or config',
  help: 'Anyone who can pull the image can read every layer, deleted files included. The layer scan must report no finding outside its baseline.',
  fix: 'Remove the secret from the build (a BuildKit secret mount, a .dockerignore entry), rotate it, rebuild and rescan; accept a false positive in the scan baseline with a reason.',
  needs: ['scan-report'],
  aligned: {},
  unavailable: ({ scanReport }) => (Array.isArray(scanReport!.value.findings) ? undefined : `${scanReport!.file} has no findings list (is it the JSON report of scan?)`),
  check: ({ scanReport, image }) => {
    const report = scanReport!.value as { image?: { digest?: string; source?: string }; findings: Array<Record<string, unknown>> };
    const checks: Check[] = report.findings.map((f, i) => {
      const where = f.where === 'file' ? `${String(f.path)}${f.line ? `:${String(f.line)}` : ''}` : `${String(f.where)} ${String(f.name ?? '')}`.trim();
      const layer = isDict(f.layer) ? ` in layer ${String(f.layer.index)}` : '';
      return { passed: false, message: `${String(f.severity)} ${String(f.rule)} at ${where}${layer}${f.deleted ? ' (deleted, still in the image)' : ''}: ${String(f.match)}`, location: { file: scanReport!.file, pointer: `/findings/${i}` }, subject: `image ${where}` };
    });
    // A scan of a docker-archive names the image ID (the config digest), a scan of a registry or OCI
    // layout the manifest digest: the report is of the checked image when it names either.
    const digest = report.image?.digest;
    if (image?.digest && digest && image.digest !== digest && image.configDigest !== digest) {
      checks.push({ passed: false, message: `the scan report is of ${digest}, the image checked is ${image.digest}${image.configDigest ? ` (image ID ${image.configDigest})` : ''}`, location: { file: scanReport!.file, pointer: '/image/digest' }, subject: 'scan report' });
    }
    if (!checks.length) checks.push({ passed: true, message: `no finding in ${report.image?.source ?? 'the image'}`, location: { file: scanReport!.file, pointer: '/findings' }, subject: 'scan report' });
    return checks;
  },
};

const noSecretAssignments: Rule = {
  id: 'SEC002',
  group: 'SEC',
  item: 'environment-secure',
  severity: 'error',
  title: 'No secret-named ENV or ARG with a value',
  help: 'ENV values are in the image config and ARG values used by RUN in its history, in plain text, for anyone who pulls the image.',
  fix: 'Drop the value: pass the secret at run time from a secret store, and at build time through a BuildKit secret mount (RUN --mount=type=secret,id=...).',
  needs: [],
  needsAnyOf: ['dockerfile', 'image'],
  aligned: {},
  check: ({ dockerfile, image }) => {
    const checks: Check[] = [];
    if (dockerfile) {
      for (const a of assignments(dockerfile.text).filter((x) => isSecretName(x.name))) {
        // ENV NAME=$ARG bakes the build argument's value into the config too.
        const bad = a.value !== undefined && a.value.trim() !== '' && (a.keyword === 'ENV' || isLiteral(a.value));
        checks.push({ passed: !bad, message: `${a.keyword} ${a.name} ${bad ? 'sets a value in the image' : 'has no value'}`, location: { file: dockerfile.file, line: a.line }, subject: `Dockerfile ${a.keyword} ${a.name}`, exemption: { kind: 'comments' } });
      }
    }
    if (image) {
      image.config.env.forEach((entry, i) => {
        const eq = entry.indexOf('=');
        const name = eq < 0 ? entry : entry.slice(0, eq);
        if (!isSecretName(name)) return;
        const bad = isLiteral(eq < 0 ? '' : entry.slice(eq + 1));
        checks.push({ passed: !bad, message: `image config Env ${name} ${bad ? 'holds a value' : 'is empty'}`, location: { file: image.source, pointer: `/config/Env/${i}` }, subject: `image Env ${name}` });
      });
    }
    return checks;
  },
};

/** Paths the build context must keep out, as `docker build` would send them (root of the context). */
const MUST_IGNORE: Array<{ path: string; what: string }> = [
  { path: '.env', what: '.env' },
  { path: '.env.production', what: '.env.*' },
  { path: '.git/config', what: '.git' },
  { path: 'id_rsa', what: 'SSH keys (id_rsa)' },
  { path: 'server.key', what: '*.key' },
  { path: 'cert.pem', what: '*.pem' },
];

const dockerignoreCovers: Rule = {
  id: 'SEC003',
  group: 'SEC',
  item: 'environment-secure',
  severity: 'warning',
  title: '.dockerignore keeps .env, keys and .git out of the build context',
  help: 'COPY . . copies whatever the context holds: a developer\'s .env, a private key, the .git folder with its history. Once in a layer, it is in the image for good.',
  fix: 'Add to .dockerignore (beside the build context): .env, .env.*, .git, *.pem, *.key, id_rsa* — or list only what the build needs (*, then !src ...).',
  needs: ['dockerfile'],
  aligned: {},
  unavailable: ({ dockerignore }) => (dockerignore ? undefined : 'the build context is unknown (give --spec or the Dockerfile in its context)'),
  check: ({ dockerignore }) => {
    const file = dockerignore!.file;
    if (dockerignore!.missing) return [{ passed: false, message: `no .dockerignore in the build context (${file})`, location: { file }, subject: '.dockerignore' }];
    const uncovered = MUST_IGNORE.filter((m) => !dockerignoreExcludes(dockerignore!.text, m.path));
    return MUST_IGNORE.map((m) => ({
      passed: !uncovered.includes(m),
      message: uncovered.includes(m) ? `.dockerignore does not exclude ${m.what}` : `.dockerignore excludes ${m.what}`,
      location: { file, line: 1 },
      subject: `.dockerignore ${m.what}`,
      exemption: { kind: 'comments' as const },
    }));
  },
};

/** `env`/`environment` lists of `{name, value}` anywhere in a document (Kubernetes, ECS, Cloud Run, Container Apps). */
function envLists(value: unknown, path: Path = []): Array<{ entry: Record<string, unknown>; path: Path }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => envLists(v, [...path, i]));
  if (!isDict(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if ((k === 'env' || k === 'environment') && Array.isArray(v)) {
      return v.flatMap((e, i) => (isDict(e) && typeof e.name === 'string' ? [{ entry: e, path: [...path, k, i] }] : []));
    }
    return envLists(v, [...path, k]);
  });
}

function envEntryCheck(entry: Record<string, unknown>, where: string): { passed: boolean; message: string } | undefined {
  const name = entry.name as string;
  if (!isSecretName(name)) return undefined;
  const from = entry.valueFrom;
  if (isDict(from) && from.secretKeyRef) return { passed: true, message: `${where} env ${name} comes from secretKeyRef` };
  if (typeof from === 'string' && from !== '') return { passed: true, message: `${where} ${name} comes from ${from.split(':').slice(0, 3).join(':')}` };
  if (typeof entry.secretRef === 'string') return { passed: true, message: `${where} env ${name} comes from secretRef` };
  if (isDict(from) && from.configMapKeyRef) return { passed: false, message: `${where} env ${name} comes from a ConfigMap, which is not a secret store` };
  if (typeof entry.value === 'string' && entry.value.trim() !== '') return { passed: false, message: `${where} env ${name} is set to a literal value` };
  return undefined;
}

function composeEnvironment(service: Record<string, unknown>): Array<{ name: string; value?: string; key: string | number }> {
  const env = service.environment;
  if (Array.isArray(env)) {
    return env.flatMap((e, i) => {
      if (typeof e !== 'string') return [];
      const eq = e.indexOf('=');
      return [{ name: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? undefined : e.slice(eq + 1), key: i }];
    });
  }
  if (isDict(env)) return Object.entries(env).map(([name, v]) => ({ name, value: v === null || v === undefined ? undefined : String(v), key: name }));
  return [];
}

const secretReferences: Rule = {
  id: 'SEC004',
  group: 'SEC',
  item: 'environment-secure',
  severity: 'error',
  title: 'Secret-named variables come from a secret reference on every target',
  help: 'A token written as a value sits in the manifest, in git, in the API server\'s object and in every `describe`. A reference (secretKeyRef, compose secrets or ${VAR} from the deploy environment, ECS valueFrom, Container Apps secretRef, Cloud Run secretKeyRef) keeps the value in the store.',
  fix: 'Replace the value with a reference: valueFrom.secretKeyRef (Kubernetes, Cloud Run), secretRef (Container Apps), secrets[].valueFrom (ECS), or in compose ${NAME} / a secrets: entry.',
  needs: [],
  needsAnyOf: ['manifests', 'compose', 'cloud'],
  aligned: { 'kube-linter': ['env-var-secret'] },
  check: (inputs) => {
    const checks: Check[] = [];
    for (const doc of inputs.manifests ?? []) {
      for (const { entry, path } of envLists(doc.value)) {
        const verdict = envEntryCheck(entry, subjectOf(doc));
        if (verdict) checks.push(objectCheck(doc, [...path, 'value' in entry ? 'value' : 'name'], verdict.passed, verdict.message));
      }
    }
    for (const s of composeServices(inputs.compose)) {
      for (const e of composeEnvironment(s.service).filter((x) => isSecretName(x.name))) {
        const ok = !isLiteral(e.value);
        checks.push(serviceCheck(s, ['environment', e.key], ok, ok ? `${s.subject} ${e.name} comes from the deploy environment` : `${s.subject} sets ${e.name} to a literal value`));
      }
    }
    for (const { target, document } of inputs.cloud ?? []) {
      for (const { entry, path } of envLists(document.value)) {
        const verdict = envEntryCheck(entry, target);
        if (verdict) checks.push({ ...verdict, location: document.locate([...path, 'value' in entry ? 'value' : 'name']), subject: `${target} env ${String(entry.name)}`, exemption: { kind: 'comments' } });
      }
    }
    return checks;
  },
};

const noPlaintextSecret: Rule = {
  id: 'SEC005',
  group: 'SEC',
  item: 'secret-store',
  severity: 'error',
  title: 'No plaintext Secret committed',
  help: 'A kind: Secret with data or stringData in a manifest is a secret in git: base64 is an encoding, not encryption.',
  fix: 'Remove the Secret from the manifests and create it from a store: an ExternalSecret, a CSI SecretProviderClass, a SealedSecret, or the deploy stage from the runner\'s secrets.',
  needs: ['manifests'],
  aligned: {},
  check: ({ manifests }) =>
    (manifests ?? [])
      .filter((doc) => kindOf(doc) === 'Secret')
      .map((doc) => {
        const field = ['data', 'stringData'].find((f) => isDict(doc.value[f]) && Object.keys(doc.value[f] as object).length > 0);
        return objectCheck(doc, field ? [field] : [], !field, field ? `${subjectOf(doc)} carries ${field} in the manifest` : `${subjectOf(doc)} carries no data`);
      }),
};

/** Secrets made by a store in these manifests: ExternalSecret targets and CSI-synced secrets. */
function storedSecretNames(manifests: readonly YamlDocument<Record<string, unknown>>[]): Set<string> {
  const names = new Set<string>();
  for (const doc of manifests) {
    const kind = kindOf(doc);
    if (kind === 'ExternalSecret') {
      const target = getIn(doc.value, ['spec', 'target', 'name']) ?? getIn(doc.value, ['metadata', 'name']);
      if (typeof target === 'string') names.add(target);
    } else if (kind === 'SecretProviderClass') {
      const objects = getIn(doc.value, ['spec', 'secretObjects']);
      if (Array.isArray(objects)) for (const o of objects) if (isDict(o) && typeof o.secretName === 'string') names.add(o.secretName);
    }
  }
  return names;
}

const VAULT_FROM = new Set(['external', 'csi']);

function cloudStoreChecks(target: string, document: YamlDocument<Record<string, unknown>>): Check[] {
  const checks: Check[] = [];
  for (const { entry, path } of envLists(document.value)) {
    const from = entry.valueFrom;
    if (typeof from === 'string') {
      const ok = /^arn:aws[\w-]*:(?:secretsmanager|ssm):/.test(from);
      checks.push({ passed: ok, message: ok ? `${target} ${String(entry.name)} comes from ${from.split(':')[2]}` : `${target} ${String(entry.name)} comes from ${from.split(':')[0]}, not Secrets Manager or SSM`, location: document.locate(path), subject: `${target} secret ${String(entry.name)}`, exemption: { kind: 'comments' } });
    }
  }
  const secrets = getIn(document.value, ['properties', 'configuration', 'secrets']) ?? getIn(document.value, ['configuration', 'secrets']);
  if (Array.isArray(secrets)) {
    secrets.forEach((s, i) => {
      if (!isDict(s)) return;
      const ok = typeof s.keyVaultUrl === 'string';
      checks.push({ passed: ok, message: ok ? `${target} secret ${String(s.name)} is a Key Vault reference` : `${target} secret ${String(s.name)} holds its value in the app, not in Key Vault`, location: document.locate(['properties', 'configuration', 'secrets', i]), subject: `${target} secret ${String(s.name)}`, exemption: { kind: 'comments' } });
    });
  }
  return checks;
}

const storeIsVault: Rule = {
  id: 'SEC006',
  group: 'SEC',
  item: 'secret-store',
  severity: 'warning',
  title: 'Secrets come from a vault',
  help: 'A reference is only as good as the store behind it: a hand-made Kubernetes Secret has no rotation, audit or access policy. An ExternalSecret, a CSI SecretProviderClass, AWS Secrets Manager or SSM, or Azure Key Vault has.',
  fix: 'In the spec use secrets[].from.external (ExternalSecret) or from.csi; on ECS reference Secrets Manager or SSM ARNs; on Container Apps use keyVaultUrl.',
  needs: [],
  needsAnyOf: ['spec', 'manifests', 'cloud'],
  aligned: {},
  check: (inputs) => {
    const checks: Check[] = [];
    const spec = inputs.spec;
    spec?.value.secrets.forEach((s, i) => {
      const from = Object.keys(s.from)[0] ?? '(none)';
      const ok = VAULT_FROM.has(from);
      checks.push({ passed: ok, message: ok ? `secret ${s.name} comes from ${from}` : `secret ${s.name} comes from ${from}, not a vault (external or csi)`, location: { file: spec.file, pointer: `/secrets/${i}/from` }, subject: `spec secret ${s.name}` });
    });
    if (inputs.manifests && !spec?.value.secrets.length) {
      const stored = storedSecretNames(inputs.manifests);
      for (const doc of inputs.manifests) {
        for (const { entry, path } of envLists(doc.value)) {
          const ref = getIn(entry, ['valueFrom', 'secretKeyRef', 'name']);
          if (typeof ref !== 'string') continue;
          const ok = stored.has(ref);
          checks.push(objectCheck(doc, [...path, 'valueFrom'], ok, ok ? `${subjectOf(doc)} ${String(entry.name)} comes from ${ref}, made by a store` : `${subjectOf(doc)} ${String(entry.name)} comes from Secret ${ref}, which no ExternalSecret or SecretProviderClass here makes`));
        }
      }
    }
    for (const { target, document } of inputs.cloud ?? []) checks.push(...cloudStoreChecks(target, document));
    return checks;
  },
};

export const rules: Rule[] = [scanFindings, noSecretAssignments, dockerignoreCovers, secretReferences, noPlaintextSecret, storeIsVault];
