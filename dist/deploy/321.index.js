export const id = 321;
export const ids = [321];
export const modules = {

/***/ 39321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: getInputs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/handoff/handoff.ts + 1 modules
var handoff_handoff = __webpack_require__(92932);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/render/manifest-files.ts
/**
 * The render stage's only file reads: the user's manifests named by `targets.kubernetes.manifests`
 * (files, or folders whose *.yaml / *.yml / *.json files are taken in name order, not recursively,
 * as `kubectl apply -f DIR` does), resolved from the spec's folder. A folder holding a
 * kustomization (kustomization.yaml, kustomization.yml or Kustomization), or such a file named
 * directly, is built with `kubectl kustomize` (loadManifestFiles).
 */



const MANIFEST = /\.(ya?ml|json)$/i;
const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;
/** The manifests setting as a list of paths; undefined when the spec renders its own objects. */
function manifestPaths(spec) {
    const value = spec.targets.kubernetes?.manifests;
    if (value === undefined)
        return undefined;
    return typeof value === 'string' ? [value] : value;
}
function listSources(spec, paths) {
    const sources = [];
    for (const path of paths) {
        const absolute = (0,external_node_path_.resolve)(spec.dir, path);
        let isDirectory;
        try {
            isDirectory = (0,external_node_fs_.statSync)(absolute).isDirectory();
        }
        catch {
            throw new util_errors/* InputError */.dz(`${spec.file}: targets.kubernetes.manifests: ${path}: no such file or folder (paths resolve from ${spec.dir})`);
        }
        if (!isDirectory) {
            if (KUSTOMIZATION.test(path.split(/[\\/]/).pop()))
                sources.push({ kind: 'kustomization', dir: (0,external_node_path_.dirname)(absolute), shown: (0,external_node_path_.relative)(spec.dir, (0,external_node_path_.dirname)(absolute)) || '.' });
            else
                sources.push({ kind: 'file', absolute });
            continue;
        }
        const names = (0,external_node_fs_.readdirSync)(absolute).sort();
        if (names.some((n) => KUSTOMIZATION.test(n))) {
            sources.push({ kind: 'kustomization', dir: absolute, shown: (0,external_node_path_.relative)(spec.dir, absolute) || '.' });
            continue;
        }
        const manifests = names.filter((n) => MANIFEST.test(n) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(absolute, n)).isFile());
        if (!manifests.length)
            throw new util_errors/* InputError */.dz(`${spec.file}: targets.kubernetes.manifests: ${path} holds no .yaml, .yml or .json file`);
        manifests.forEach((n) => sources.push({ kind: 'file', absolute: (0,external_node_path_.join)(absolute, n) }));
    }
    return sources;
}
const readFile = (spec, absolute) => ({ file: (0,external_node_path_.relative)(spec.dir, absolute) || absolute, text: (0,external_node_fs_.readFileSync)(absolute, 'utf8') });
/** Plain files and folders only; a kustomization needs loadManifestFiles. */
function readManifestFiles(spec, paths) {
    return listSources(spec, paths).map((source) => {
        if (source.kind === 'file')
            return readFile(spec, source.absolute);
        throw new InputError(`targets.kubernetes.manifests: ${source.shown} is a kustomization: it is built with \`kubectl kustomize\` (loadManifestFiles)`);
    });
}
/**
 * Files, folders and kustomizations, in the order named. `kustomize(dir, shown)` builds one
 * kustomization (buildKustomization with a located kubectl); it is called only when one is named.
 * A build's output is named `<folder> (kubectl kustomize).yaml` in errors and `render --output`.
 */
async function loadManifestFiles(spec, paths, kustomize) {
    const files = [];
    for (const source of listSources(spec, paths)) {
        if (source.kind === 'file')
            files.push(readFile(spec, source.absolute));
        else
            files.push({ file: `${source.shown === '.' ? 'kustomization' : source.shown} (kubectl kustomize).yaml`, text: await kustomize(source.dir, source.shown) });
    }
    return files;
}

// EXTERNAL MODULE: ./src/scan/redact-text.ts + 7 modules
var redact_text = __webpack_require__(13414);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/render/kustomize.ts
/**
 * A kustomization built by `kubectl kustomize DIR` (kubectl-binary.ts finds or fetches kubectl):
 * the build's YAML stream is then treated as the user's manifests (the pushed digest put in by
 * repository, nothing else changed). A failed build is the user's input: its stderr, redacted.
 */



const BUILD_TIMEOUT_MS = 2 * 60_000;
/** `kubectl kustomize dir`'s output; `shown` is how errors name the folder (relative to the spec). */
async function buildKustomization(kubectl, dir, shown) {
    // Every exit code is collected so that the error is about the kustomization, not the command.
    const result = await (0,exec/* exec */.m)(kubectl, ['kustomize', dir], { okCodes: Array.from({ length: 256 }, (_, i) => i), timeoutMs: BUILD_TIMEOUT_MS, display: 'kubectl kustomize' });
    if (result.code !== 0) {
        const stderr = (0,redact_text/* redactText */.iB)(result.stderr.trim()).split('\n').slice(0, 20).join('\n');
        throw new util_errors/* InputError */.dz(`targets.kubernetes.manifests: ${shown}: \`kubectl kustomize\` failed (exit ${result.code}): ${stderr || '(no message)'}`);
    }
    if (!result.stdout.trim())
        throw new util_errors/* InputError */.dz(`targets.kubernetes.manifests: ${shown}: \`kubectl kustomize\` built no objects`);
    return result.stdout;
}
/**
 * The builder loadManifestFiles takes, over the kubectl locateKubectl finds (looked for once, on
 * the first kustomization; tool-cache is loaded only then).
 */
function kustomizeWithKubectl(options) {
    let kubectl;
    return async (dir, shown) => {
        kubectl ??= Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(118)]).then(__webpack_require__.bind(__webpack_require__, 39118)).then(({ locateKubectl }) => locateKubectl(options));
        return buildKustomization(await kubectl, dir, shown);
    };
}

// EXTERNAL MODULE: ./src/render/kubernetes-settings.ts
var kubernetes_settings = __webpack_require__(17066);
// EXTERNAL MODULE: ./src/spec/grammar.ts
var grammar = __webpack_require__(7302);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./src/spec/auth.ts
/**
 * `auth:` of mcp-deploy.yml, after the schema: the checks a pattern cannot make (https unless the
 * host is loopback, a section for the mode chosen and none for another, a bearer token the target
 * can read), with the file, line and field in each error, and the typed form the stages read.
 */

const DEFAULT_TOKEN_VARIABLE = 'MCP_BRIDGE_TOKEN';
/** Hosts a plain-http issuer or key set may be on: only this machine can see the traffic. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** Refuses what an http(s) URL of `field` must not be: unparsable, or plain http to another host. */
function checkSecureUrl(value, field) {
    if (!URL.canParse(value))
        return `${field}: ${JSON.stringify(value)} is not a URL`;
    const url = new URL(value);
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
        return `${field}: ${JSON.stringify(value)} must be https (plain http only on a loopback host: 127.0.0.1, localhost, [::1])`;
    if (url.hash)
        return `${field}: ${JSON.stringify(value)} must not have a fragment`;
    return undefined;
}
const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** The readable bearer sources: a pod reads an env var or a Secret key, a cloud revision its platform's store; a CSI file is not what the bridge reads. */
const BEARER_SOURCES = ['kubernetes', 'external', 'env', 'github', 'gcp', 'aws', 'azure'];
/** Reads and checks `auth:` (already schema-valid); every problem in one InputError. */
function readAuth(raw, file, where) {
    if (raw === undefined)
        return { mode: 'none' };
    const auth = asRecord(raw);
    const mode = auth.mode;
    const problems = [];
    const problem = (path, text) => problems.push(`${where(path)}: ${text}`);
    for (const other of ['bearer', 'oauth']) {
        if (auth[other] !== undefined && mode !== other)
            problem(['auth', other], `auth.${other} is set, but auth.mode is ${mode}: remove it or set mode: ${other}`);
    }
    let result = { mode: 'none' };
    if (mode === 'bearer') {
        const bearer = asRecord(auth.bearer);
        if (auth.bearer === undefined)
            problem(['auth', 'mode'], 'auth.mode bearer needs auth.bearer.secret (the token, by reference)');
        const secret = asRecord(bearer.secret);
        const from = asRecord(secret.from);
        const kind = Object.keys(from)[0];
        if (kind && !BEARER_SOURCES.includes(kind)) {
            problem(['auth', 'bearer', 'secret', 'from'], `auth.bearer.secret.from.${kind} cannot hold the bridge's token; use from.kubernetes, from.external, from.env or from.github (or a cloud target's store: from.gcp, from.aws, from.azure)`);
        }
        result = {
            mode,
            secret: {
                name: secret.name ?? DEFAULT_TOKEN_VARIABLE,
                from,
                ...(secret.rotation !== undefined ? { rotation: secret.rotation } : {}),
                ...(secret.refresh !== undefined ? { refresh: secret.refresh } : {}),
            },
        };
    }
    else if (mode === 'oauth') {
        if (auth.oauth === undefined)
            problem(['auth', 'mode'], 'auth.mode oauth needs auth.oauth with issuer and audience');
        const oauth = asRecord(auth.oauth);
        const issuer = oauth.issuer ?? '';
        const audience = oauth.audience ?? '';
        for (const [field, value] of [['issuer', issuer], ['audience', audience], ['jwks-uri', oauth['jwks-uri']]]) {
            if (typeof value !== 'string' || !value || value.startsWith('file:'))
                continue;
            const wrong = checkSecureUrl(value, `auth.oauth.${field}`);
            if (wrong)
                problem(['auth', 'oauth', field], wrong);
        }
        if (oauth['jwks-uri'] !== undefined && oauth['jwks-configmap'] !== undefined)
            problem(['auth', 'oauth', 'jwks-configmap'], 'give auth.oauth.jwks-uri or auth.oauth.jwks-configmap, not both');
        const configMap = oauth['jwks-configmap'] ? asRecord(oauth['jwks-configmap']) : undefined;
        result = {
            mode,
            issuer,
            audience,
            scopes: oauth.scopes ?? [],
            ...(oauth['jwks-uri'] !== undefined ? { jwksUri: oauth['jwks-uri'] } : {}),
            ...(configMap ? { jwksConfigMap: { name: configMap.name, key: configMap.key ?? 'jwks.json' } } : {}),
        };
    }
    if (problems.length)
        throw new util_errors/* InputError */.dz(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return result;
}
/** `health.auth` of the spec, checked against the mode declared. */
function readGateCredentials(raw, auth, file, where) {
    const h = asRecord(raw);
    const credentials = {
        ...(h['bearer-token-env'] !== undefined ? { bearerTokenEnv: h['bearer-token-env'] } : {}),
        ...(h['oauth-client-id'] !== undefined ? { oauthClientId: h['oauth-client-id'] } : {}),
        ...(h['oauth-client-secret-env'] !== undefined ? { oauthClientSecretEnv: h['oauth-client-secret-env'] } : {}),
    };
    const problems = [];
    if ((credentials.oauthClientId === undefined) !== (credentials.oauthClientSecretEnv === undefined)) {
        problems.push(`${where(['health', 'auth'])}: health.auth needs both oauth-client-id and oauth-client-secret-env, or neither`);
    }
    if (credentials.oauthClientId !== undefined && auth.mode !== 'oauth')
        problems.push(`${where(['health', 'auth', 'oauth-client-id'])}: health.auth.oauth-client-id is set, but auth.mode is ${auth.mode}`);
    if (credentials.bearerTokenEnv !== undefined && auth.mode !== 'bearer')
        problems.push(`${where(['health', 'auth', 'bearer-token-env'])}: health.auth.bearer-token-env is set, but auth.mode is ${auth.mode}`);
    if (problems.length)
        throw new util_errors/* InputError */.dz(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return credentials;
}

;// CONCATENATED MODULE: ./src/spec/cloud-grammar.ts
/**
 * The grammars of the cloud targets' settings and secret references (issue 13), in the shape of
 * src/spec/grammar.ts: a JSON Schema pattern (the schema uses it, so editors check it too) and the
 * words an error uses. Each follows the platform's documented naming rules, narrowed to ASCII;
 * none admits whitespace, a quote or a line break.
 */

const PARTITION = 'arn:aws(?:-[a-z]+)*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-[0-9]';
const ACCOUNT = '[0-9]{12}';
const CLOUD_GRAMMARS = {
    cloudRunService: { pattern: '^[a-z](?:[-a-z0-9]{0,47}[a-z0-9])?$', says: 'a Cloud Run service name: a lowercase letter, then lowercase letters, digits and -, at most 49, not ending in -' },
    cloudRunTag: { pattern: '^[a-z](?:[-a-z0-9]{0,44}[a-z0-9])?$', says: 'a Cloud Run revision tag: a lowercase letter, then lowercase letters, digits and -, not ending in -' },
    gcpServiceAccount: {
        pattern: '^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20}-compute)@[a-z][a-z0-9.-]{0,62}\\.gserviceaccount\\.com$',
        says: 'a service account e-mail (NAME@PROJECT.iam.gserviceaccount.com)',
    },
    awsSecretArn: {
        pattern: `^(?:${PARTITION}:secretsmanager:${REGION}:${ACCOUNT}:secret:[A-Za-z0-9/_+=.@-]{1,512}(?::[A-Za-z0-9_.-]*:[A-Za-z0-9_-]*:[A-Za-z0-9-]*)?|${PARTITION}:ssm:${REGION}:${ACCOUNT}:parameter/[A-Za-z0-9_./-]{1,2048})$`,
        says: 'a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:stage:version]) or an SSM parameter ARN (arn:aws:ssm:REGION:ACCOUNT:parameter/NAME)',
    },
    awsRoleArn: { pattern: `^${PARTITION}:iam::${ACCOUNT}:role/(?:[A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,64}$`, says: 'an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)' },
    awsRegion: { pattern: `^${REGION}$`, says: 'an AWS region such as eu-west-1' },
    awsTargetGroupArn: {
        pattern: `^${PARTITION}:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}$`,
        says: 'a target group ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID)',
    },
    ecsName: { pattern: '^[A-Za-z0-9_-]{1,255}$', says: 'an ECS name: letters, digits, _ and -, at most 255' },
    logGroup: { pattern: '^[A-Za-z0-9_./#-]{1,512}$', says: 'a CloudWatch log group name: letters, digits and _ . / # -' },
    subnet: { pattern: '^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$', says: 'a subnet id (subnet-0123456789abcdef0)' },
    securityGroup: { pattern: '^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$', says: 'a security group id (sg-0123456789abcdef0)' },
    azureSubscription: { pattern: '^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$', says: 'a subscription id (a GUID)' },
    azureResourceGroup: { pattern: '^[-A-Za-z0-9_.()]{0,89}[-A-Za-z0-9_()]$', says: 'a resource group name: letters, digits and - _ . ( ), at most 90, not ending in .' },
    containerAppName: { pattern: '^(?!.*--)[a-z][a-z0-9-]{0,30}[a-z0-9]$', says: 'a container app name: 2 to 32 lowercase letters, digits and -, starting with a letter, no --' },
    containerAppEnvironment: { pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9]$', says: 'a Container Apps environment name: letters, digits and -, 2 to 60' },
    azureIdentity: {
        pattern: '^(?:system|/subscriptions/[0-9a-fA-F-]{36}/resource[gG]roups/[-A-Za-z0-9_.()]{1,90}/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/[A-Za-z0-9][A-Za-z0-9_-]{2,127})$',
        says: 'system, or a user-assigned identity resource id (/subscriptions/ID/resourceGroups/RG/providers/Microsoft.ManagedIdentity/userAssignedIdentities/NAME)',
    },
    keyVaultName: { pattern: '^(?!.*--)[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$', says: 'a Key Vault name: 3 to 24 letters, digits and -, starting with a letter, no --' },
    keyVaultSecret: { pattern: '^[A-Za-z0-9-]{1,127}$', says: 'a Key Vault secret name: letters, digits and -, at most 127' },
    keyVaultVersion: { pattern: '^[0-9a-f]{32}$', says: 'a Key Vault secret version (32 hex digits)' },
    revisionSuffix: { pattern: '^[a-z0-9](?:[-a-z0-9]{0,30}[a-z0-9])?$', says: 'a revision suffix: lowercase letters, digits and -, at most 32' },
};
/** The schema fragment for a string of `g`. */
const cloudGrammar = (g) => ({ pattern: CLOUD_GRAMMARS[g].pattern, patternErrorMessage: CLOUD_GRAMMARS[g].says });
/** Throws an InputError naming `where` when `value` is not of `grammar` (values arriving by flag, or checked again at render). */
function requireCloudGrammar(grammar, value, where) {
    if (!new RegExp(CLOUD_GRAMMARS[grammar].pattern, 'u').test(value))
        throw new InputError(`${where}: ${JSON.stringify(value)} is not ${CLOUD_GRAMMARS[grammar].says}`);
    return value;
}

;// CONCATENATED MODULE: ./src/spec/schema.ts
/**
 * The JSON Schema of mcp-deploy.yml. schema/mcp-deploy.schema.json is written from it (npm run
 * schema) for editors; a test keeps the two equal. Every string that reaches a generated file or
 * a command line is pinned to its grammar (src/spec/grammar.ts); patternErrorMessage is what
 * editors (VS Code, yaml-language-server) and our own errors say when one does not match.
 */


const schema_grammar = (g) => ({ pattern: grammar/* GRAMMARS */.pb[g].pattern, patternErrorMessage: grammar/* GRAMMARS */.pb[g].says });
/** Where a secret's value lives: exactly one kind, a reference, never the value. */
const secretSource = {
    "type": "object",
    "additionalProperties": false,
    "minProperties": 1,
    "maxProperties": 1,
    "properties": {
        "kubernetes": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "secret",
                "key"
            ],
            "properties": {
                "secret": {
                    "type": "string",
                    ...schema_grammar('dnsSubdomain')
                },
                "key": {
                    "type": "string",
                    ...schema_grammar('secretKey')
                }
            }
        },
        "env": {
            "type": "string",
            ...schema_grammar('envName'),
            "description": "An environment variable of the machine that runs the stage."
        },
        "github": {
            "type": "string",
            ...schema_grammar('envName'),
            "description": "A GitHub Actions secret name."
        },
        "gcp": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "secret"
            ],
            "properties": {
                "secret": {
                    "type": "string",
                    ...schema_grammar('gcpSecret')
                },
                "version": {
                    "type": "string",
                    ...schema_grammar('gcpVersion')
                }
            }
        },
        "aws": {
            "type": "object",
            "description": "ECS: a Secrets Manager secret or SSM parameter, by ARN (the task's execution role reads it).",
            "additionalProperties": false,
            "required": [
                "arn"
            ],
            "properties": {
                "arn": {
                    "type": "string",
                    ...cloudGrammar('awsSecretArn')
                }
            }
        },
        "azure": {
            "type": "object",
            "description": "Container Apps: a Key Vault secret, read by the app's managed identity (targets.containerapps.identity).",
            "additionalProperties": false,
            "required": [
                "vault",
                "secret"
            ],
            "properties": {
                "vault": {
                    "type": "string",
                    ...cloudGrammar('keyVaultName')
                },
                "secret": {
                    "type": "string",
                    ...cloudGrammar('keyVaultSecret')
                },
                "version": {
                    "type": "string",
                    ...cloudGrammar('keyVaultVersion')
                }
            }
        },
        "external": {
            "type": "object",
            "description": "An External Secrets Operator store: rendered as an ExternalSecret (external-secrets.io/v1) and referenced by secretKeyRef.",
            "additionalProperties": false,
            "required": [
                "store",
                "key"
            ],
            "properties": {
                "store": {
                    "type": "string",
                    ...schema_grammar('dnsSubdomain'),
                    "description": "The SecretStore or ClusterSecretStore name."
                },
                "kind": {
                    "enum": [
                        "SecretStore",
                        "ClusterSecretStore"
                    ],
                    "default": "SecretStore"
                },
                "key": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
                    "patternErrorMessage": "a remote key of letters, digits and _ . : / @ + = -",
                    "description": "The secret's key (name or path) in the external store."
                },
                "property": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
                    "patternErrorMessage": "a property of letters, digits and _ . : / @ + = -",
                    "description": "A property inside the remote secret (a JSON field)."
                }
            }
        },
        "csi": {
            "type": "object",
            "description": "A Secrets Store CSI driver SecretProviderClass: mounted read-only; the server reads the file named by NAME_FILE.",
            "additionalProperties": false,
            "required": [
                "provider-class",
                "object"
            ],
            "properties": {
                "provider-class": {
                    "type": "string",
                    ...schema_grammar('dnsSubdomain')
                },
                "object": {
                    "type": "string",
                    ...schema_grammar('secretId'),
                    "description": "The object's file name in the mounted volume (its objectAlias)."
                }
            }
        }
    }
};
/** The handoff's notes on a secret. */
const secretNotes = {
    "rotation": {
        "type": "string",
        "pattern": "^[^\\u0000-\\u001f]{1,200}$",
        "patternErrorMessage": "one line of text, at most 200 characters",
        "description": "How and how often the secret is rotated (for the credentials handoff), e.g. 90 days, by the issuer."
    },
    "refresh": {
        "type": "string",
        "pattern": "^[^\\u0000-\\u001f]{1,200}$",
        "patternErrorMessage": "one line of text, at most 200 characters",
        "description": "Token-refresh needs (for the credentials handoff), e.g. access token expires hourly; refresh token in the store."
    }
};
const deploySchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://github.com/OWNER/mcp-server-orchestrator/schema/mcp-deploy.schema.json",
    "title": "mcp-deploy.yml",
    "description": "How mcp-server-orchestrator builds, scans, pushes, runs, gates and hands off one MCP server.",
    "type": "object",
    "additionalProperties": false,
    "required": [
        "server"
    ],
    "properties": {
        "server": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name"
            ],
            "properties": {
                "name": {
                    "type": "string",
                    ...schema_grammar('serverName'),
                    "description": "DNS-style name: lowercase letters, digits and dashes."
                },
                "transport": {
                    "enum": [
                        "streamable-http",
                        "sse",
                        "stdio"
                    ],
                    "default": "streamable-http",
                    "description": "stdio: the package stage adds the HTTP bridge."
                },
                "port": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 65535,
                    "default": 8080
                },
                "path": {
                    "type": "string",
                    ...schema_grammar('urlPath'),
                    "default": "/mcp"
                },
                "command": {
                    "description": "The server's start command inside the image (default: from package.json or pyproject.toml).",
                    "oneOf": [
                        {
                            "type": "string",
                            "minLength": 1
                        },
                        {
                            "type": "array",
                            "items": {
                                "type": "string"
                            },
                            "minItems": 1
                        }
                    ]
                }
            }
        },
        "build": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "context": {
                    "type": "string",
                    "default": "."
                },
                "dockerfile": {
                    "type": "string",
                    "description": "Optional: generated from a template when absent."
                },
                "base": {
                    "type": "string",
                    ...schema_grammar('imageReference'),
                    "description": "Base image of the generated Dockerfile (pin it by digest)."
                },
                "install": {
                    "enum": [
                        "image",
                        "host"
                    ],
                    "default": "image",
                    "description": "Install dependencies inside the build (image) or on the host, copied in (host: no network in the build)."
                },
                "args": {
                    "type": "object",
                    "propertyNames": schema_grammar('envName'),
                    "additionalProperties": {
                        "type": [
                            "string",
                            "number",
                            "boolean"
                        ]
                    }
                },
                "secrets": {
                    "type": "array",
                    "description": "BuildKit secret mounts: id, and the environment variable holding the value.",
                    "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                            "id",
                            "env"
                        ],
                        "properties": {
                            "id": {
                                "type": "string",
                                ...schema_grammar('secretId')
                            },
                            "env": {
                                "type": "string",
                                ...schema_grammar('envName')
                            }
                        }
                    }
                }
            }
        },
        "image": {
            "type": "string",
            ...schema_grammar('imageRepository'),
            "description": "Repository to push to, without tag: ghcr.io/acme/weather."
        },
        "env": {
            "type": "object",
            "propertyNames": schema_grammar('envName'),
            "additionalProperties": {
                "type": [
                    "string",
                    "number",
                    "boolean"
                ]
            }
        },
        "secrets": {
            "type": "array",
            "description": "References only, never values.",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "name",
                    "from"
                ],
                "properties": {
                    "name": {
                        "type": "string",
                        ...schema_grammar('envName')
                    },
                    "from": secretSource,
                    "rotation": secretNotes.rotation,
                    "refresh": secretNotes.refresh
                }
            }
        },
        "auth": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "mode"
            ],
            "description": "Who may call the deployed server: the bridge enforces it (packaged stdio servers); servers with their own HTTP read the same MCP_BRIDGE_* environment. The health gate proves the refusal and the authorized path.",
            "properties": {
                "mode": {
                    "enum": [
                        "none",
                        "bearer",
                        "oauth"
                    ],
                    "description": "none; bearer: one static token (service to service); oauth: JWT access tokens from one issuer, validated against its keys (an OAuth 2.1 protected resource, RFC 9728 metadata)."
                },
                "bearer": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "secret"
                    ],
                    "properties": {
                        "secret": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                                "from"
                            ],
                            "description": "The token, by reference (as in secrets:), never its value.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    ...schema_grammar('envName'),
                                    "default": "MCP_BRIDGE_TOKEN",
                                    "description": "The environment variable the bridge reads the token from (kept from the server process)."
                                },
                                "from": secretSource,
                                ...secretNotes
                            }
                        }
                    }
                },
                "oauth": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "issuer",
                        "audience"
                    ],
                    "properties": {
                        "issuer": {
                            "type": "string",
                            ...schema_grammar('httpUrl'),
                            "description": "The authorization server's issuer identifier, exactly as tokens carry it in iss (https, or http on a loopback host)."
                        },
                        "audience": {
                            "type": "string",
                            ...schema_grammar('httpUrl'),
                            "description": "This server's resource URL (RFC 8707), required in the tokens' aud: usually its public MCP URL."
                        },
                        "scopes": {
                            "type": "array",
                            "uniqueItems": true,
                            "items": {
                                "type": "string",
                                ...schema_grammar('oauthScope')
                            },
                            "description": "Scopes every token must carry (403 insufficient_scope otherwise)."
                        },
                        "jwks-uri": {
                            "type": "string",
                            ...schema_grammar('jwksUri'),
                            "description": "The issuer's key set, skipping discovery: an https URL, or file:///PATH of a JWKS file inside the container (re-read on an unknown key id)."
                        },
                        "jwks-configmap": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                                "name"
                            ],
                            "description": "Kubernetes: the issuer's public keys from a ConfigMap, mounted read-only; for clusters whose pods cannot reach the issuer.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    ...schema_grammar('dnsSubdomain')
                                },
                                "key": {
                                    "type": "string",
                                    ...schema_grammar('secretKey'),
                                    "default": "jwks.json"
                                }
                            }
                        }
                    }
                }
            }
        },
        "resources": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "cpu": {
                    "type": [
                        "string",
                        "number"
                    ],
                    ...schema_grammar('quantity')
                },
                "memory": {
                    "type": "string",
                    ...schema_grammar('quantity')
                }
            }
        },
        "scaling": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "min": {
                    "type": "integer",
                    "minimum": 0
                },
                "max": {
                    "type": "integer",
                    "minimum": 1
                },
                "cpu": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100
                }
            }
        },
        "health": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "expect-tools": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                },
                "contract": {
                    "type": "string"
                },
                "strict": {
                    "type": "boolean"
                },
                "smoke": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "tool"
                    ],
                    "properties": {
                        "tool": {
                            "type": "string"
                        },
                        "arguments": {
                            "type": "object"
                        }
                    }
                },
                "timeout": {
                    "type": "string",
                    "pattern": "^(\\d+(\\.\\d+)?(ms|s|m|h))+$|^\\d+$"
                },
                "allow-auth-required": {
                    "type": "boolean"
                },
                "auth": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "How the gate obtains a token when auth: is declared; values come from the environment of the machine that runs the gate.",
                    "properties": {
                        "bearer-token-env": {
                            "type": "string",
                            ...schema_grammar('envName'),
                            "description": "bearer: the variable holding the token (default: the bearer secret's from.env)."
                        },
                        "oauth-client-id": {
                            "type": "string",
                            ...schema_grammar('oauthClientId'),
                            "description": "oauth: a client of the issuer allowed the client-credentials grant for this resource."
                        },
                        "oauth-client-secret-env": {
                            "type": "string",
                            ...schema_grammar('envName'),
                            "description": "oauth: the variable holding that client's secret."
                        }
                    }
                },
                "path": {
                    "type": "string",
                    ...schema_grammar('urlPath'),
                    "description": "An HTTP health endpoint of a native HTTP server (Kubernetes probes it; without it, probes check the port). Bridged servers have /healthz and /readyz."
                }
            }
        },
        "ingress": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "host": {
                    "type": "string",
                    ...schema_grammar('hostname')
                },
                "class": {
                    "type": "string",
                    ...schema_grammar('dnsSubdomain'),
                    "description": "The IngressClass (ingressClassName); default: targets.kubernetes.ingress-class, else the cluster's default class."
                },
                "controller": {
                    "enum": [
                        "nginx",
                        "other"
                    ],
                    "description": "nginx: ingress-nginx annotations (rate limit, streaming, session affinity on Mcp-Session-Id). Default: nginx when the class name contains nginx."
                },
                "controller-namespace": {
                    "type": "string",
                    ...schema_grammar('dnsLabel'),
                    "description": "The namespace of the ingress controller's pods, admitted by the NetworkPolicy (default ingress-nginx for nginx)."
                },
                "rate-limit": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "rps"
                    ],
                    "properties": {
                        "rps": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Requests per second per client address."
                        }
                    }
                },
                "tls": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "secret": {
                            "type": "string",
                            ...schema_grammar('dnsSubdomain')
                        },
                        "issuer": {
                            "type": "string",
                            ...schema_grammar('dnsSubdomain'),
                            "description": "A cert-manager ClusterIssuer: it writes the certificate to tls.secret (default SERVER-tls)."
                        }
                    }
                }
            }
        },
        "targets": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "compose": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "project": {
                            "type": "string",
                            ...schema_grammar('composeProject')
                        },
                        "file": {
                            "type": "string",
                            "pattern": "^[^\\u0000-\\u001f]+$",
                            "patternErrorMessage": "a path on one line",
                            "description": "Your own Compose file (relative to this file) instead of a generated one: the server's service (the one whose image is the server's repository, else the one named like the server) runs the deployed image; nothing else changes."
                        }
                    }
                },
                "kubernetes": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "namespace": {
                            "type": "string",
                            ...schema_grammar('dnsLabel')
                        },
                        "manifests": {
                            "description": "Your own manifests (files or folders of YAML, relative to this file) instead of rendered ones: the server's image is set to the pushed digest, nothing else changes.",
                            "oneOf": [
                                {
                                    "type": "string",
                                    "pattern": "^[^\\u0000-\\u001f]+$",
                                    "patternErrorMessage": "a path on one line"
                                },
                                {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "string",
                                        "pattern": "^[^\\u0000-\\u001f]+$",
                                        "patternErrorMessage": "a path on one line"
                                    }
                                }
                            ]
                        },
                        "strategy": {
                            "enum": [
                                "candidate",
                                "rolling"
                            ],
                            "description": "candidate (default when a release serves): gate a one-replica candidate before rolling; rolling: roll directly."
                        },
                        "ingress-class": {
                            "type": "string",
                            ...schema_grammar('dnsSubdomain')
                        },
                        "replicas": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Replicas when not autoscaling (default scaling.min, else 1)."
                        }
                    }
                },
                "cloudrun": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "project": {
                            "type": "string",
                            ...schema_grammar('gcpProject')
                        },
                        "region": {
                            "type": "string",
                            ...schema_grammar('cloudRegion')
                        },
                        "service": {
                            "type": "string",
                            ...cloudGrammar('cloudRunService'),
                            "description": "The Cloud Run service (default: the server's name)."
                        },
                        "service-account": {
                            "type": "string",
                            ...cloudGrammar('gcpServiceAccount'),
                            "description": "The identity the revision runs as (it must read the Secret Manager secrets)."
                        },
                        "ingress": {
                            "enum": [
                                "all",
                                "internal",
                                "internal-and-cloud-load-balancing"
                            ],
                            "default": "all"
                        },
                        "concurrency": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "description": "containerConcurrency: requests one instance serves at once (default 80)."
                        },
                        "timeout": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 3600,
                            "description": "Request timeout in seconds: an SSE stream ends when it runs out (default 3600, the maximum)."
                        }
                    }
                },
                "ecs": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "AWS ECS on Fargate: the task definition's and the service's settings.",
                    "properties": {
                        "region": {
                            "type": "string",
                            ...cloudGrammar('awsRegion')
                        },
                        "cluster": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "default": "default"
                        },
                        "service": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "description": "The ECS service (default: the server's name)."
                        },
                        "family": {
                            "type": "string",
                            ...cloudGrammar('ecsName'),
                            "description": "The task definition family (default: the server's name)."
                        },
                        "execution-role-arn": {
                            "type": "string",
                            ...cloudGrammar('awsRoleArn'),
                            "description": "The role ECS pulls the image, writes logs and reads secrets with."
                        },
                        "task-role-arn": {
                            "type": "string",
                            ...cloudGrammar('awsRoleArn'),
                            "description": "The role the server's own AWS calls run as."
                        },
                        "log-group": {
                            "type": "string",
                            ...cloudGrammar('logGroup'),
                            "description": "The CloudWatch Logs group of the awslogs driver (default /ecs/FAMILY)."
                        },
                        "architecture": {
                            "enum": [
                                "X86_64",
                                "ARM64"
                            ],
                            "default": "X86_64"
                        },
                        "subnets": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                ...cloudGrammar('subnet')
                            }
                        },
                        "security-groups": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                ...cloudGrammar('securityGroup')
                            }
                        },
                        "target-group-arn": {
                            "type": "string",
                            ...cloudGrammar('awsTargetGroupArn'),
                            "description": "The load balancer target group the service registers its tasks in."
                        }
                    }
                },
                "containerapps": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "Azure Container Apps: where the app lives and the identity it reads Key Vault with.",
                    "properties": {
                        "subscription": {
                            "type": "string",
                            ...cloudGrammar('azureSubscription')
                        },
                        "resource-group": {
                            "type": "string",
                            ...cloudGrammar('azureResourceGroup')
                        },
                        "environment": {
                            "type": "string",
                            ...cloudGrammar('containerAppEnvironment'),
                            "description": "The Container Apps environment (in the same resource group)."
                        },
                        "name": {
                            "type": "string",
                            ...cloudGrammar('containerAppName'),
                            "description": "The container app (default: the server's name)."
                        },
                        "location": {
                            "type": "string",
                            ...schema_grammar('cloudRegion')
                        },
                        "identity": {
                            "type": "string",
                            ...cloudGrammar('azureIdentity'),
                            "description": "The managed identity that reads Key Vault secrets (and pulls from an Azure Container Registry)."
                        },
                        "concurrency": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": 1000,
                            "description": "Concurrent HTTP requests per replica before scaling out (default 10)."
                        }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/spec/spec.ts
/**
 * mcp-deploy.yml: parsed with positions, validated against the shipped JSON Schema (ajv), and
 * returned with defaults applied. A bad spec gets one error per problem naming the file, line and
 * column, the field, and what was expected.
 */







// Compiled on first use: the CLI's other commands do not pay for it at start.
let compiled;
// verbose: errors carry the value and the schema node, for patternErrorMessage.
const validator = () => (compiled ??= new ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(deploySchema));
function describe(error) {
    const p = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown field "${String(p.additionalProperty)}"`;
        case 'required':
            return `missing required field "${String(p.missingProperty)}"`;
        case 'enum':
            return `expected one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'type':
            return `expected ${String(p.type).replace(',', ' or ')}`;
        case 'pattern': {
            // Values print JSON-quoted: a line break in one shows as \n and keeps the error one line.
            const says = error.parentSchema?.patternErrorMessage;
            const what = error.propertyName !== undefined ? `the key ${JSON.stringify(error.propertyName)}` : JSON.stringify(error.data);
            return says ? `${what} is not ${says}` : `${what} does not match ${String(p.pattern)}`;
        }
        default:
            return error.message ?? error.keyword;
    }
}
/** Parses and validates spec text; `file` names it in errors. */
function parseSpec(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        if (offset === undefined)
            return file;
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    if (doc.errors.length) {
        throw new util_errors/* InputError */.dz(doc.errors.map((e) => `${at(e.pos[0])}: invalid YAML: ${e.message.split('\n')[0]}`).join('\n'));
    }
    const data = doc.toJS();
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new util_errors/* InputError */.dz(`${file}: expected a mapping with at least "server"`);
    const validate = validator();
    if (!validate(data)) {
        // oneOf adds a summary error on top of its branches' ones; keep the most specific.
        // propertyNames repeats its pattern error as a summary; keep the pattern one (it names the key).
        const errors = (validate.errors ?? []).filter((e) => (e.keyword !== 'oneOf' || (validate.errors ?? []).length === 1) && e.keyword !== 'propertyNames');
        const seen = new Set();
        const lines = errors
            .map((e) => {
            const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.propertyName;
            const field = key !== undefined ? [...path, key] : path;
            const node = doc.getIn(field, true) ?? doc.getIn(path, true);
            const range = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
            const keyNode = key !== undefined ? findKey(doc, path, key) : undefined;
            return `${at(keyNode ?? range)}: ${path.join('.') || '(top level)'}: ${describe(e)}`;
        })
            .filter((l) => !seen.has(l) && seen.add(l));
        throw new util_errors/* InputError */.dz(`${file} is not a valid deploy spec:\n  ${lines.join('\n  ')}`);
    }
    const where = (path) => {
        const node = doc.getIn(path, true);
        return at((path.length ? findKey(doc, path.slice(0, -1), path.at(-1)) : undefined) ?? ((0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined));
    };
    const spec = withDefaults(data, file);
    const raw = data;
    spec.auth = readAuth(raw.auth, file, where);
    const credentials = readGateCredentials(raw.health?.auth, spec.auth, file, where);
    if (Object.keys(credentials).length)
        spec.health.auth = credentials;
    return spec;
}
function findKey(doc, path, key) {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    const items = parent?.items ?? [];
    return items.find((i) => i.key?.value === key)?.key?.range?.[0];
}
const asStrings = (o) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, String(v)]));
function withDefaults(raw, file) {
    const server = raw.server;
    const build = (raw.build ?? {});
    const health = (raw.health ?? {});
    const command = server.command;
    return {
        dir: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)),
        file,
        server: {
            name: server.name,
            transport: server.transport ?? 'streamable-http',
            port: server.port ?? 8080,
            path: server.path ?? '/mcp',
            command: typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : command,
        },
        build: {
            context: build.context ?? '.',
            dockerfile: build.dockerfile,
            base: build.base,
            install: build.install ?? 'image',
            args: asStrings(build.args),
            secrets: build.secrets ?? [],
        },
        image: raw.image,
        env: asStrings(raw.env),
        secrets: raw.secrets ?? [],
        resources: raw.resources,
        scaling: raw.scaling,
        health: {
            expectTools: health['expect-tools'],
            contract: health.contract,
            strict: health.strict,
            smoke: health.smoke,
            timeout: health.timeout,
            allowAuthRequired: health['allow-auth-required'],
            path: health.path,
        },
        ingress: raw.ingress,
        targets: raw.targets ?? {},
    };
}
function loadSpec(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new util_errors/* InputError */.dz(`--spec ${path}: ${error.code === 'ENOENT' ? 'no such file (write an mcp-deploy.yml; see the README)' : error.message}`);
    }
    return parseSpec(text, path);
}

;// CONCATENATED MODULE: ./src/util/signals.ts

/**
 * Runs `work` with SIGINT and SIGTERM (Ctrl-C, a cancelled job) turned into an abort whose reason
 * is the signal's name, so the command takes down or reports what it started. Once it has, the
 * process ends as the signal would have ended it, with 128 + its number: an abandoned health gate
 * would otherwise keep it alive until its deadline. Only a real signal to this process takes that
 * path.
 */
async function whileHandlingSignals(work) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (!controller.signal.aborted)
            controller.abort(name);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        return await work(controller.signal);
    }
    catch (error) {
        // After the caller has reported the error (this rejection reaches it first).
        if (error instanceof util_errors/* Interrupted */.j$)
            setTimeout(() => process.exit(error.exitCode), 50);
        throw error;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/deploy/kubernetes/kubeconfig-files.ts



/**
 * Where cluster credentials come from when none are given, as kubectl looks: KUBECONFIG's list
 * (relative entries against `cwd`), else ~/.kube/config, else 'in-cluster' when the process runs
 * in a pod; undefined when there are none (each caller says what to pass). Node built-ins only,
 * so inputs are checked before the Kubernetes client loads.
 */
function findKubeconfigFiles(env, cwd) {
    const fromEnv = env.KUBECONFIG?.split(external_node_path_.delimiter).filter(Boolean);
    if (fromEnv?.length)
        return fromEnv.map((f) => (0,external_node_path_.resolve)(cwd, f));
    const home = (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.kube', 'config');
    if ((0,external_node_fs_.existsSync)(home))
        return [home];
    if (env.KUBERNETES_SERVICE_HOST)
        return 'in-cluster';
    return undefined;
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/handoff/handoff-markdown.ts + 1 modules
var handoff_markdown = __webpack_require__(59216);
;// CONCATENATED MODULE: ./src/actions/deploy-summary.ts

const code = (text) => `<code>${(0,handoff_markdown/* markdownText */.p)(text)}</code>`;
const cell = (text) => (0,handoff_markdown/* markdownText */.p)(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');
function table(head, rows) {
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}
function gateSection(title, gate, shownTarget) {
    if (!gate)
        return [`**${title}:** not run.`, ''];
    const target = shownTarget ?? gate.target.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'port-forward');
    const lines = [`**${title}:** ${gate.ok ? 'passed' : 'failed'} (${code(target)}), ${gate.tools.length} tools.`, ''];
    if (gate.tools.length)
        lines.push(...table(['tool', 'input schema hash'], gate.tools.map((t) => [code(t.name), code(t.inputSchemaHash)])));
    for (const p of gate.problems)
        lines.push(`- ${p.level}: ${cell(p.message)}`);
    return gate.problems.length ? [...lines, ''] : lines;
}
function handoffSection(handoff) {
    return handoff ? [(0,handoff_markdown/* renderHandoffMarkdown */.s)(handoff), ''] : ['No handoff: the deploy did not finish (or was a dry run).', ''];
}
function kubernetesSummary(result, handoff) {
    const verb = result.dryRun ? 'Dry run of' : result.ok ? 'Deployed' : result.rolledBack ? 'Rolled back:' : 'Failed to deploy';
    const counts = ['created', 'changed', 'unchanged', 'pruned', 'deleted']
        .map((action) => [action, result.objects.filter((o) => o.action === action).length])
        .filter(([, n]) => n > 0)
        .map(([action, n]) => `${n} ${action}`);
    return [
        `## ${verb} ${code(result.image)} to Kubernetes`,
        '',
        `Namespace ${code(result.namespace)} on ${code(result.server)}, release ${result.revision}, strategy ${result.strategy}; URL ${code(result.url)}.`,
        '',
        ...(result.failure ? [`> [!CAUTION]`, `> ${cell(result.failure)}`, ''] : []),
        ...result.warnings.map((w) => `> [!WARNING]\n> ${cell(w)}\n`),
        `### Objects applied (${counts.join(', ') || 'none'})`,
        '',
        ...table(['action', 'kind', 'name', 'fields'], result.objects.map((o) => [o.action, cell(o.kind), code(o.name), (o.fields ?? []).map(code).join(', ')])),
        '### Rollout timeline',
        '',
        ...table(['at', 'event'], result.timeline.map((t) => [`${(t.atMs / 1000).toFixed(1)}s`, cell(t.event.split('\n')[0] ?? '')])),
        '### MCP gate',
        '',
        ...(result.candidateGate ? gateSection('Candidate gate', result.candidateGate) : []),
        ...gateSection('Gate of the serving revision', result.gate),
        ...publicGateSection(result),
        ...handoffSection(handoff),
    ].join('\n');
}
/** The gate through the ingress URL: its verdict, or why it was not run. */
function publicGateSection(result) {
    if (result.publicGate)
        return gateSection('Gate through the public URL', result.publicGate, result.url);
    return result.publicGateSkipped ? [`**Gate through the public URL:** ${cell(result.publicGateSkipped)}.`, ''] : [];
}
function composeSummary(result, handoff) {
    const verb = result.rolledBack ? 'Rolled back to' : 'Deployed';
    return [
        `## ${verb} ${code(result.image)} with Compose`,
        '',
        `Project ${code(result.project)}, services ${result.services.map(code).join(', ')}; URL ${code(result.url)}.`,
        ...(result.previousImage && !result.rolledBack ? ['', `Previous image: ${code(result.previousImage)}.`] : []),
        '',
        '### MCP gate',
        '',
        ...gateSection('Gate', result.health),
        ...handoffSection(handoff),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/actions/inputs.ts
/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */






function getRequiredInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
    if (!value)
        throw new util_errors/* InputError */.dz(`Input required and not supplied: ${name}`);
    return value;
}
function getOptionalInput(name) {
    const value = lib_core/* getInput */.V4(name).trim();
    return value === '' ? undefined : value;
}
/** Reads a secret input and masks it before anything else can print it. */
function getSecretInput(name) {
    const value = lib_core/* getInput */.V4(name);
    if (value === '')
        return undefined;
    lib_core/* setSecret */.Pq(value);
    return value;
}
function getBooleanInput(name, fallback) {
    const value = getOptionalInput(name);
    return value === undefined ? fallback : (0,parse/* parseBoolean */.yG)(value, `input ${name}`);
}
function getDurationInput(name, fallback) {
    return parseDuration(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getSizeInput(name, fallback) {
    return parseSize(getOptionalInput(name) ?? fallback, `input ${name}`);
}
function getListInput(name) {
    return parseList(core.getInput(name));
}
function getChoiceInput(name, choices, fallback) {
    return (0,parse/* parseChoice */.HU)(getOptionalInput(name) ?? fallback, choices, `input ${name}`);
}
function getJsonInput(name) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return undefined;
    try {
        return JSON.parse(value);
    }
    catch (error) {
        throw new InputError(`input ${name}: not valid JSON (${error.message})`);
    }
}
/** The job's workspace (GITHUB_WORKSPACE; the current directory outside the runner). */
function workspaceDir() {
    return (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd());
}
/** The runner's temp directory, where the actions write their reports by default. */
function runnerTempDir() {
    return (0,external_node_path_.resolve)(process.env.RUNNER_TEMP ?? process.cwd());
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** The path with the symbolic links of its longest existing ancestor resolved. */
function realPath(path) {
    const rest = [];
    for (let head = path;; head = (0,external_node_path_.dirname)(head)) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(head), ...rest);
        }
        catch {
            if ((0,external_node_path_.dirname)(head) === head)
                return path;
            rest.unshift((0,external_node_path_.basename)(head));
        }
    }
}
function getPathInput(name, options = {}) {
    const value = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? options.fallback);
    if (value === undefined)
        return undefined;
    const workspace = workspaceDir();
    const roots = options.output || options.report ? [workspace, runnerTempDir()] : [workspace];
    const path = (0,external_node_path_.resolve)(workspace, value);
    const inside = roots.some((root) => isInside(path, root) && isInside(realPath(path), realPath(root)));
    if (!inside) {
        throw new util_errors/* InputError */.dz(`input ${name}: ${value} is outside the workspace (${workspace}${roots.length > 1 ? ` or RUNNER_TEMP ${roots[1]}` : ''}); give a path inside it`);
    }
    return path;
}
/** An input renamed: the new name, else the deprecated one with a warning saying what to write. */
function getRenamedInput(name, deprecated) {
    const value = getOptionalInput(name);
    const old = getOptionalInput(deprecated);
    if (old !== undefined) {
        core.warning(`input ${deprecated} is deprecated: use ${name}${value !== undefined ? ` (both given; ${name} wins)` : ''}`);
    }
    return value ?? old;
}
/**
 * Registry access shared by every action that reads or pushes images: the `registry` host the
 * explicit credentials are bound to, the credentials, the `github-token` for ghcr.io, insecure
 * registries and DOCKER_CONFIG as the CLI honours it. Secrets are masked first.
 */
function getRegistryInputs() {
    const password = getSecretInput('registry-password');
    const githubToken = getSecretInput('github-token') ?? process.env.GITHUB_TOKEN;
    const username = getOptionalInput('registry-username');
    const credentialHost = getOptionalInput('registry');
    if (username !== undefined && password === undefined)
        throw new InputError('input registry-username: given without registry-password');
    return {
        insecureRegistries: getListInput('insecure-registries'),
        credentialHost: credentialHost === undefined ? undefined : canonicalRegistry(credentialHost, 'input registry'),
        username,
        password,
        githubToken,
        dockerConfigPath: process.env.DOCKER_CONFIG ? join(process.env.DOCKER_CONFIG, 'config.json') : undefined,
    };
}

;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * Everything an action lets out of the process goes through here, and through the scan's
 * redaction first: log lines, annotations, outputs, the job summary, report files and the final
 * error. A secret the image carries (set in ENV, used inline in a RUN step) never leaves whole.
 */





/** The engine's logger for actions: runner log commands, redacted. */
const actionLogger = {
    debug: (m) => lib_core/* debug */.Yz((0,redact_text/* redactText */.iB)(m)),
    info: (m) => lib_core/* info */.pq((0,redact_text/* redactText */.iB)(m)),
    warning: (m) => lib_core/* warning */.$e((0,redact_text/* redactText */.iB)(m)),
    error: (m) => lib_core/* error */.z3((0,redact_text/* redactText */.iB)(m)),
};
/** An annotation (error, warning or notice), redacted, anchored to a file and line when known. */
function annotate(level, message, properties = {}) {
    const props = { ...properties, ...(properties.title ? { title: redactText(properties.title) } : {}) };
    core[level](redactText(message), props);
}
/** Sets every output in one loop, redacted; objects and arrays are serialised as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        lib_core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify((0,redact_text/* redactDeep */.KL)(value)) : (0,redact_text/* redactText */.iB)(String(value)));
    }
}
/** Appends Markdown (already escaped by its renderer) to the job summary, redacted. */
async function writeSummary(markdown) {
    await lib_core/* summary */.z.addRaw((0,redact_text/* redactText */.iB)(markdown), true).write();
}
/**
 * Writes a JSON report, redacted: the text as a whole, and value by value where redacting the
 * serialised text would break it (a secret whose redacted form ends inside an escape).
 */
function writeJsonReport(path, value) {
    const text = (0,redact_text/* redactText */.iB)(JSON.stringify(value, null, 2));
    let safe = text;
    try {
        JSON.parse(text);
    }
    catch {
        safe = JSON.stringify((0,redact_text/* redactDeep */.KL)(value), null, 2);
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${safe}\n`);
}
/** One phase of the step's log, folded in the runner's log view. */
function group(name, body) {
    return lib_core/* group */.Os((0,redact_text/* redactText */.iB)(name), body);
}
/**
 * The one catch at the top of every action: a known error becomes `setFailed(message)` with the
 * stack in debug only; an unknown one keeps its stack so a bug can be reported. Both redacted.
 */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        if ((0,util_errors/* isKnownError */.ux)(error)) {
            if (error.stack)
                lib_core/* debug */.Yz((0,redact_text/* redactText */.iB)(error.stack));
            lib_core/* setFailed */.C1((0,redact_text/* redactText */.iB)(error.message));
        }
        else if (error instanceof Error) {
            lib_core/* setFailed */.C1((0,redact_text/* redactText */.iB)(error.stack ?? error.message));
        }
        else {
            lib_core/* setFailed */.C1((0,redact_text/* redactText */.iB)(String(error)));
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/deploy.ts
/**
 * actions/deploy: inputs → the Kubernetes or Compose deploy engine (apply, roll out, gate the new
 * revision, roll back on failure) → outputs, the handoff file, a job summary.
 */

















/** Kubeconfig fields that hold credentials: each is masked on its own too, so a log line that quotes one value is masked. */
const CREDENTIAL_FIELDS = new Set(['token', 'password', 'client-key-data', 'client-certificate-data', 'id-token', 'refresh-token', 'client-secret', 'value']);
/** Parses the kubeconfig input and masks its credential values (exec env values too); errors never quote it. */
function maskKubeconfig(content) {
    const doc = (0,dist/* parseDocument */.Tp)(content);
    const error = doc.errors[0];
    const parsed = error ? undefined : doc.toJS();
    const walk = (node, key) => {
        if (typeof node === 'string' && key && CREDENTIAL_FIELDS.has(key) && node.length >= 6)
            lib_core/* setSecret */.Pq(node);
        else if (Array.isArray(node))
            node.forEach((n) => walk(n, key));
        else if (node && typeof node === 'object')
            for (const [k, v] of Object.entries(node))
                walk(v, k);
    };
    walk(parsed);
    if (!parsed || typeof parsed !== 'object' || !('clusters' in parsed)) {
        const where = error ? `: invalid YAML at line ${error.linePos?.[0].line ?? '?'}` : '';
        throw new util_errors/* InputError */.dz(`input kubeconfig: not a kubeconfig (YAML with clusters, users and contexts)${where}; pass the file's content, e.g. \${{ secrets.KUBECONFIG }}`);
    }
}
/** The kubeconfig input (already masked), else KUBECONFIG's list (as kubectl reads it), else ~/.kube/config, else in-cluster. */
function clusterSource(content) {
    if (content !== undefined)
        return { kind: 'content', content };
    const found = findKubeconfigFiles(process.env, workspaceDir());
    if (found === 'in-cluster')
        return { kind: 'in-cluster' };
    if (found)
        return { kind: 'files', files: found };
    throw new util_errors/* InputError */.dz('input kubeconfig: not given, and no KUBECONFIG, ~/.kube/config or in-cluster service account: pass the kubeconfig as a secret, ' +
        'or log in first (azure/aks-set-context, google-github-actions/get-gke-credentials, aws eks update-kubeconfig)');
}
function getDurationOption(name) {
    const value = getOptionalInput(name);
    return value === undefined ? undefined : (0,parse/* parseDuration */.E9)(value, `input ${name}`);
}
/** Inputs that only mean something on Kubernetes (or on Compose): refused on the other target rather than ignored. */
const KUBERNETES_ONLY = ['kubeconfig', 'context', 'namespace', 'strategy', 'on-failure', 'progress-deadline'];
const COMPOSE_ONLY = ['port', 'url'];
const KUBERNETES_SWITCHES = ['create-namespace', 'dry-run', 'force-conflicts'];
function refuseOtherTarget(target) {
    const given = (target === 'compose' ? KUBERNETES_ONLY : COMPOSE_ONLY).find((name) => getOptionalInput(name) !== undefined);
    const switched = target === 'compose' ? KUBERNETES_SWITCHES.find((name) => getBooleanInput(name, false)) : undefined;
    if (given ?? switched)
        throw new util_errors/* InputError */.dz(`input ${given ?? switched}: a ${target === 'compose' ? 'Kubernetes' : 'Compose'} input, not used with target ${target}`);
}
/** Every input, validated, before any work. Secrets are masked first. */
function getInputs() {
    const kubeconfig = getSecretInput('kubeconfig');
    if (kubeconfig !== undefined)
        maskKubeconfig(kubeconfig);
    const target = (0,parse/* parseChoice */.HU)(getRequiredInput('target'), ['kubernetes', 'compose'], 'input target');
    refuseOtherTarget(target);
    const specFile = getPathInput('spec', { fallback: 'mcp-deploy.yml' });
    if (!(0,external_node_fs_.existsSync)(specFile))
        throw new util_errors/* InputError */.dz(`input spec: ${specFile} does not exist; pass the deploy spec's path`);
    const common = {
        handoffFile: getPathInput('handoff-file', { output: true }) ?? (0,external_node_path_.join)(runnerTempDir(), 'mcp-orchestrator-handoff.json'),
        manifestsFile: (0,external_node_path_.join)(runnerTempDir(), 'mcp-orchestrator-manifests.yaml'),
        timeoutMs: getDurationOption('timeout'),
    };
    if (target === 'compose') {
        const port = getOptionalInput('port');
        const url = getOptionalInput('url');
        if (url !== undefined && !/^https?:\/\/[^\s]+$/.test(url))
            throw new util_errors/* InputError */.dz(`input url: "${url}" is not an http(s) URL`);
        return { target, ...common, image: getOptionalInput('image'), port: port === undefined ? undefined : (0,parse/* parseInteger */.cG)(port, 'input port', 1, 65535), url, spec: loadSpec(specFile) };
    }
    const image = getOptionalInput('image');
    if (image === undefined)
        throw new util_errors/* InputError */.dz('Input required and not supplied: image (the pushed image by digest, REPOSITORY@sha256:...; required for target kubernetes)');
    try {
        (0,kubernetes_settings/* pinnedImage */.QJ)(image);
    }
    catch (error) {
        throw new util_errors/* InputError */.dz((0,util_errors/* errorMessage */.gJ)(error).replace(/^--image/, 'input image'));
    }
    const namespace = getOptionalInput('namespace');
    const deadline = getDurationOption('progress-deadline');
    const strategy = getOptionalInput('strategy');
    const onFailure = getOptionalInput('on-failure');
    return {
        target,
        ...common,
        image,
        cluster: clusterSource(kubeconfig),
        context: getOptionalInput('context'),
        namespace: namespace === undefined ? undefined : (0,grammar/* requireGrammar */.Ld)('dnsLabel', namespace, 'input namespace'),
        createNamespace: getBooleanInput('create-namespace', false),
        strategy: strategy === undefined ? undefined : getChoiceInput('strategy', ['candidate', 'rolling'], 'candidate'),
        dryRun: getBooleanInput('dry-run', false),
        forceConflicts: getBooleanInput('force-conflicts', false),
        onFailure: onFailure === undefined ? undefined : getChoiceInput('on-failure', ['rollback', 'keep'], 'rollback'),
        progressDeadlineSeconds: deadline === undefined ? undefined : Math.max(1, Math.round(deadline / 1000)),
        spec: loadSpec(specFile),
    };
}
/** The kubeconfig input as a file only this user reads, in a folder of its own under RUNNER_TEMP; removed by the returned function. */
function writeKubeconfig(content) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(runnerTempDir(), 'mcp-orchestrator-kube-'));
    const file = (0,external_node_path_.join)(dir, 'config');
    (0,external_node_fs_.writeFileSync)(file, content, { mode: 0o600 });
    return { files: [file], remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}
async function deployToKubernetes(options) {
    const [{ deployKubernetes, DeployFailure }, { manifestsFileText }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(235), __webpack_require__.e(339), __webpack_require__.e(384), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 86528)), Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(181)]).then(__webpack_require__.bind(__webpack_require__, 86181))]);
    const paths = manifestPaths(options.spec);
    const manifests = paths && (await loadManifestFiles(options.spec, paths, kustomizeWithKubectl({ env: process.env, logger: actionLogger })));
    const written = options.cluster.kind === 'content' ? writeKubeconfig(options.cluster.content) : undefined;
    const files = written?.files ?? (options.cluster.kind === 'files' ? options.cluster.files : undefined);
    const report = async (result) => {
        const handoff = (0,handoff_handoff/* kubernetesHandoff */.DN)(options.spec, result);
        if (handoff)
            writeJsonReport(options.handoffFile, handoff);
        (0,external_node_fs_.writeFileSync)(options.manifestsFile, manifestsFileText(result));
        setOutputs({
            url: result.url,
            namespace: result.namespace,
            revision: result.revision,
            digest: result.digest,
            'tools-hash': result.toolsHash ?? '',
            'rolled-back': result.rolledBack,
            handoff: handoff ? options.handoffFile : undefined,
            manifests: options.manifestsFile,
        });
        await writeSummary(kubernetesSummary(result, handoff));
    };
    try {
        // SIGINT/SIGTERM (a cancelled job) stop the deploy between steps, as in the CLI.
        const result = await whileHandlingSignals((signal) => group(`Deploy ${options.spec.server.name} to Kubernetes`, () => deployKubernetes({
            spec: options.spec,
            image: options.image,
            cluster: { kubeconfig: files, inCluster: files === undefined, context: options.context },
            namespace: options.namespace,
            createNamespace: options.createNamespace,
            strategy: options.strategy,
            dryRun: options.dryRun,
            forceConflicts: options.forceConflicts,
            onFailure: options.onFailure,
            timeoutMs: options.timeoutMs,
            progressDeadlineSeconds: options.progressDeadlineSeconds,
            manifests,
            secretValues: process.env,
            logger: actionLogger,
            signal,
        })));
        await group('Outputs, handoff and summary', () => report(result));
    }
    catch (error) {
        if (error instanceof DeployFailure)
            await report(error.result);
        throw error;
    }
    finally {
        written?.remove();
    }
}
async function deployToCompose(options) {
    const { deployCompose, ComposeDeployFailure } = await Promise.all(/* import() */[__webpack_require__.e(235), __webpack_require__.e(384), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 63250));
    const report = async (result, handoff) => {
        if (handoff)
            writeJsonReport(options.handoffFile, handoff);
        setOutputs({
            url: result.url,
            namespace: '',
            revision: '',
            digest: result.digest ?? '',
            'tools-hash': result.toolsHash ?? '',
            'rolled-back': result.rolledBack,
            handoff: handoff ? options.handoffFile : undefined,
        });
        await writeSummary(composeSummary(result, handoff));
    };
    try {
        // A cancelled job (SIGINT, then SIGTERM) restores what ran before, as on Kubernetes.
        const result = await group(`Deploy ${options.spec.server.name} with Compose`, () => whileHandlingSignals((signal) => deployCompose({ spec: options.spec, image: options.image, port: options.port, url: options.url, timeoutMs: options.timeoutMs, env: process.env, logger: actionLogger, signal })));
        await group('Outputs, handoff and summary', () => report(result, result.handoff));
    }
    catch (error) {
        if (error instanceof ComposeDeployFailure && error.result)
            await report(error.result, undefined);
        throw error;
    }
}
async function run() {
    await runAction(async () => {
        const options = getInputs();
        if (options.target === 'kubernetes')
            await deployToKubernetes(options);
        else
            await deployToCompose(options);
    });
}


/***/ }),

/***/ 22610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ longestBacktickRun),
/* harmony export */   oi: () => (/* binding */ buildClientHandoff)
/* harmony export */ });
/* unused harmony exports tokenVariable, shellCommand, renderHandoffText */
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26591);
/**
 * The clients' part of the handoff: what a client needs to connect to a deployed MCP server (URL, transport, auth mode,
 * tools), as JSON and as ready snippets for Claude Code, VS Code, Cursor, Claude Desktop (through
 * mcp-remote) and a generic mcp.json. Never a secret value: auth is a mode and a placeholder.
 * The shell snippet's words go through shell-quote, the JSON ones through JSON.stringify, and
 * Markdown code through fences longer than any backtick run in the code (handoff-markdown.ts).
 */

/** The environment variable a client should hold the token in: WEATHER_MCP_TOKEN (a shell name: never a leading digit). */
function tokenVariable(name) {
    return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_').replace(/^(?=[0-9])/, '_')}_MCP_TOKEN`;
}
// Words of only these characters mean the same quoted or not in any POSIX shell (Python's
// shlex.quote keeps them bare); shell-quote would also escape the URL's colons.
const BARE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
const shellWord = (word) => (BARE_WORD.test(word) ? word : (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.quote)([word]));
/** A command line for a POSIX shell: each argument one word, whatever it holds. */
function shellCommand(args) {
    return args.map(shellWord).join(' ');
}
function buildClientHandoff(input) {
    const { name, url, transport, auth } = input;
    const token = tokenVariable(name);
    // Any auth: a token in the Authorization header (for oauth: an access token from the issuer).
    const bearer = auth !== 'none';
    const httpType = transport === 'sse' ? 'sse' : 'http';
    // The header is the one word left to the shell on purpose: it expands the token variable (a plain name).
    const claudeCode = [shellCommand(['claude', 'mcp', 'add', '--transport', httpType, name, url]), bearer ? ` --header "Authorization: Bearer $${token}"` : ''].join('');
    const vscode = {
        ...(bearer ? { inputs: [{ type: 'promptString', id: `${name}-token`, description: `${name} MCP token`, password: true }] } : {}),
        servers: { [name]: { type: httpType, url, ...(bearer ? { headers: { Authorization: `Bearer \${input:${name}-token}` } } : {}) } },
    };
    const cursor = { mcpServers: { [name]: { url, ...(bearer ? { headers: { Authorization: `Bearer \${env:${token}}` } } : {}) } } };
    const claudeDesktop = {
        mcpServers: {
            [name]: {
                command: 'npx',
                args: ['-y', 'mcp-remote', url, ...(transport === 'sse' ? ['--transport', 'sse-only'] : []), ...(bearer ? ['--header', 'Authorization:${AUTH_HEADER}'] : [])],
                ...(bearer ? { env: { AUTH_HEADER: `Bearer <${token}>` } } : {}),
            },
        },
    };
    const mcpJson = { mcpServers: { [name]: { type: transport, url, ...(bearer ? { headers: { Authorization: `Bearer \${${token}}` } } : {}) } } };
    return { ...input, snippets: { claudeCode, vscode, cursor, claudeDesktop, mcpJson } };
}
function renderHandoffText(h) {
    const block = (v) => JSON.stringify(v, null, 2);
    return [
        `${h.name} is up at ${h.url} (${h.transport}${h.protocolVersion ? `, MCP ${h.protocolVersion}` : ''}, auth: ${h.auth})`,
        `tools: ${h.tools.join(', ') || '-'}`,
        '',
        'Claude Code:',
        `  ${h.snippets.claudeCode}`,
        '',
        'VS Code (.vscode/mcp.json):',
        block(h.snippets.vscode),
        '',
        'Cursor (~/.cursor/mcp.json):',
        block(h.snippets.cursor),
        '',
        'Claude Desktop (claude_desktop_config.json, through mcp-remote):',
        block(h.snippets.claudeDesktop),
        '',
        'Any client (mcp.json):',
        block(h.snippets.mcpJson),
        '',
    ].join('\n');
}
/** The longest run of backticks in `text`: a Markdown fence around it must be longer. */
const longestBacktickRun = (text) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));


/***/ }),

/***/ 43100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ describeStore),
/* harmony export */   Gm: () => (/* binding */ secretsHandoff),
/* harmony export */   dz: () => (/* binding */ authHandoff)
/* harmony export */ });
/* unused harmony export secretStoreOf */
/* harmony import */ var _render_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45356);
/* harmony import */ var _render_kubernetes_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87422);
/**
 * The credentials' part of the handoff (for the OAuth and secrets step): each secret the server
 * needs, where its value is stored (a reference, never a value), how the target hands it to the
 * server, and its rotation and token-refresh needs as the spec states them.
 */


const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** The spec's `from` (validated by the schema: exactly one kind) as a typed reference. */
function secretStoreOf(from) {
    const [kind, value] = Object.entries(from)[0] ?? ['env', ''];
    const ref = asRecord(value);
    switch (kind) {
        case 'kubernetes':
            return { kind, secret: String(ref.secret), key: String(ref.key) };
        case 'external':
            return {
                kind,
                store: String(ref.store),
                storeKind: ref.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore',
                key: String(ref.key),
                ...(ref.property !== undefined ? { property: String(ref.property) } : {}),
            };
        case 'csi':
            return { kind, providerClass: String(ref['provider-class']), object: String(ref.object) };
        case 'github':
            return { kind, secret: String(value) };
        case 'gcp':
            return { kind, secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
        case 'aws':
            return { kind, arn: String(ref.arn) };
        case 'azure':
            return { kind, vault: String(ref.vault), secret: String(ref.secret), ...(ref.version !== undefined ? { version: String(ref.version) } : {}) };
        case 'env':
            return { kind: 'env', variable: String(value) };
        default:
            // The schema admits no other kind: a new one must be added here, not shown as an object.
            throw new Error(`secrets[].from: no handoff for the kind ${JSON.stringify(kind)}`);
            return { kind: 'env', variable: String(value) };
    }
}
/** How the Kubernetes render passes each kind (src/render/kubernetes-secrets.ts). */
function kubernetesDelivery(spec, name, store) {
    switch (store.kind) {
        case 'kubernetes':
            return `environment variable ${name} from Secret ${store.secret}, key ${store.key} (secretKeyRef)`;
        case 'external': {
            const target = `${spec.server.name}-${store.store}${store.storeKind === 'ClusterSecretStore' ? '-cluster' : ''}`;
            return `environment variable ${name} from Secret ${target}, key ${name}, which an ExternalSecret syncs from the ${store.storeKind} ${store.store}`;
        }
        case 'csi':
            return `file ${_render_kubernetes_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .CSI_MOUNT_ROOT */ .v}/${store.providerClass}/${store.object} (Secrets Store CSI volume, read-only); ${name}_FILE holds its path`;
        case 'env':
        case 'github':
            return `environment variable ${name} from Secret ${spec.server.name}-runner, key ${name}, written by the deploy from the runner's ${store.kind === 'env' ? store.variable : store.secret}`;
        case 'gcp':
            return 'not readable by a Kubernetes pod (a Cloud Run reference)';
        case 'aws':
            return 'not readable by a Kubernetes pod (an ECS reference)';
        case 'azure':
            return 'not readable by a Kubernetes pod (a Container Apps reference)';
    }
}
/** How the Compose file passes each kind (src/deploy/compose/compose-document.ts): names only, values from the deploying machine's environment. */
function composeDelivery(name, store) {
    if (store.kind === 'env')
        return `environment variable ${name} from ${store.variable} in the environment of the machine that runs Compose`;
    return `environment variable ${name} from the same variable in the environment of the machine that runs Compose, when set (a ${store.kind} reference is for cluster targets)`;
}
/** Each secret the server needs, the bearer token of auth: included (by reference, as the render passes it). */
function secretsHandoff(spec, target) {
    return [...spec.secrets, ...(0,_render_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .renderAuth */ .TC)(spec, target).secrets].map((secret) => {
        const store = secretStoreOf(secret.from);
        return {
            name: secret.name,
            variable: store.kind === 'csi' && target === 'kubernetes' ? `${secret.name}_FILE` : secret.name,
            store,
            delivery: target === 'kubernetes' ? kubernetesDelivery(spec, secret.name, store) : composeDelivery(secret.name, store),
            ...(secret.rotation !== undefined ? { rotation: secret.rotation } : {}),
            ...(secret.refresh !== undefined ? { refresh: secret.refresh } : {}),
        };
    });
}
/** The reference as one line of text, for Markdown (escaped by the writer). */
function describeStore(store) {
    switch (store.kind) {
        case 'kubernetes':
            return `Kubernetes Secret ${store.secret}, key ${store.key}`;
        case 'external':
            return `${store.storeKind} ${store.store}, key ${store.key}${store.property ? `, property ${store.property}` : ''} (External Secrets)`;
        case 'csi':
            return `SecretProviderClass ${store.providerClass}, object ${store.object} (Secrets Store CSI)`;
        case 'env':
            return `environment variable ${store.variable}`;
        case 'github':
            return `GitHub Actions secret ${store.secret}`;
        case 'gcp':
            return `Google Secret Manager ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
        case 'aws':
            return `${store.arn.includes(':ssm:') ? 'SSM parameter' : 'AWS Secrets Manager secret'} ${store.arn}`;
        case 'azure':
            return `Azure Key Vault ${store.vault}, secret ${store.secret}${store.version ? ` (version ${store.version})` : ''}`;
    }
}
const METADATA_PATH = '/.well-known/oauth-protected-resource';
/** Undefined without auth: or with mode none. `url` is the URL clients use (the bearer metadata's origin). */
function authHandoff(spec, url) {
    const auth = spec.auth;
    if (!auth || auth.mode === 'none')
        return undefined;
    if (auth.mode === 'bearer') {
        return {
            mode: 'bearer',
            resourceMetadata: `${new URL(url).origin}${METADATA_PATH}`,
            tokenSecret: auth.secret.name,
            clientNeeds: `the static token (the secret ${auth.secret.name}), sent as Authorization: Bearer; services only: there is no issuer and no per-client identity, so rotate it by replacing the secret and every client's copy`,
        };
    }
    const scopes = auth.scopes.length ? ` with scope ${auth.scopes.join(' ')}` : '';
    return {
        mode: 'oauth',
        resourceMetadata: `${new URL(auth.audience).origin}${METADATA_PATH}`,
        issuer: auth.issuer,
        audience: auth.audience,
        scopes: auth.scopes,
        keys: auth.jwksConfigMap ? `ConfigMap ${auth.jwksConfigMap.name}, key ${auth.jwksConfigMap.key} (update it when the issuer rotates its keys)` : (auth.jwksUri ?? "the issuer's metadata (jwks_uri), refetched on an unknown key id"),
        clientNeeds: `a client registered at ${auth.issuer} that may request tokens for the resource ${auth.audience}${scopes} (RFC 8707 resource parameter): ` +
            'services use the client-credentials grant; people use authorization code with PKCE in a client that supports MCP authorization. Access tokens are short-lived JWTs: request a new one when it expires',
    };
}


/***/ }),

/***/ 59216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ markdownText),
  s: () => (/* binding */ renderHandoffMarkdown)
});

;// CONCATENATED MODULE: ./src/util/html.ts
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

// EXTERNAL MODULE: ./src/handoff/clients.ts
var clients = __webpack_require__(22610);
// EXTERNAL MODULE: ./src/handoff/credentials.ts
var credentials = __webpack_require__(43100);
;// CONCATENATED MODULE: ./src/handoff/handoff-markdown.ts
/**
 * The handoff document as Markdown for job summaries, pull-request comments and the handoff file.
 * Every value from the spec, the server or the gate is untrusted: inline values go through
 * escapeHtml (tags, quotes, pipes, backticks) with Markdown's link and emphasis characters as
 * entities too, so a tool name can neither open a tag, a link nor break a table cell; snippets go
 * into fenced blocks longer than any backtick run they hold.
 */



const MARKDOWN_PUNCTUATION = /[[\]()*_~!:]/g;
/** Escaped text for Markdown or a table cell. */
function markdownText(text) {
    return escapeHtml(text).replace(MARKDOWN_PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/** An untrusted value as inline code. */
const val = (text) => `<code>${markdownText(text)}</code>`;
function details(title, lang, value) {
    const code = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    const fence = '`'.repeat(Math.max(3, (0,clients/* longestBacktickRun */.Az)(code) + 1));
    return [`<details><summary>${title}</summary>`, '', fence + lang, code, fence, '', '</details>', ''];
}
const table = (rows) => ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
function connectionLine(doc) {
    const test = doc.clients.connectionTest;
    if (!test)
        return 'not run';
    const verdict = test.ok ? (test.status === 'auth-required' ? 'passed (alive, authorization required)' : 'passed') : 'failed';
    const parts = [
        test.protocolVersion ? `MCP ${markdownText(test.protocolVersion)}` : undefined,
        test.server ? `server ${val(`${test.server.name} ${test.server.version}`)}` : undefined,
        test.toolsHash ? `tools hash ${val(test.toolsHash)}` : undefined,
        `${test.latencyMs.total} ms${test.latencyMs.connect !== undefined ? ` (connect ${test.latencyMs.connect} ms${test.latencyMs.listTools !== undefined ? `, tools/list ${test.latencyMs.listTools} ms` : ''})` : ''}`,
        test.smoke ? `smoke ${val(test.smoke.tool)} ${test.smoke.ok ? 'ok' : 'failed'}` : undefined,
        ...test.problems.map((p) => `${p.level}: ${markdownText(p.message)}`),
    ].filter((p) => p !== undefined);
    return `${verdict} against ${val(test.target)}: ${parts.join('; ')}`;
}
function clientsSection(doc) {
    const c = doc.clients;
    const list = (names) => names.map(val).join(', ') || '-';
    return [
        '### Clients',
        '',
        ...table([
            ['URL', val(c.url)],
            ['Transport', markdownText(c.transport)],
            ['Auth', c.auth === 'none' ? 'none' : `${c.auth} (the snippets read the token from a variable or a prompt; no value here)`],
            ['Tools', list(c.tools)],
            ...(c.resources !== undefined ? [['Resources', String(c.resources)]] : []),
            ...(c.prompts !== undefined ? [['Prompts', String(c.prompts)]] : []),
            ['Connection test', connectionLine(doc)],
        ]),
        ...details('Claude Code', 'sh', c.snippets.claudeCode),
        ...details('VS Code (.vscode/mcp.json)', 'json', c.snippets.vscode),
        ...details('Cursor (~/.cursor/mcp.json)', 'json', c.snippets.cursor),
        ...details('Claude Desktop (claude_desktop_config.json, through mcp-remote)', 'json', c.snippets.claudeDesktop),
        ...details('Any client (mcp.json)', 'json', c.snippets.mcpJson),
    ];
}
function credentialsSection(doc) {
    const { secrets, oauth } = doc.credentials;
    const lines = ['### Credentials', ''];
    if (!secrets.length)
        lines.push('The server needs no secrets.', '');
    else {
        lines.push('| Secret | Stored in | The server gets it as | Rotation | Refresh |', '|---|---|---|---|---|');
        for (const s of secrets) {
            lines.push(`| ${val(s.name)} | ${markdownText((0,credentials/* describeStore */.Fk)(s.store))} | ${markdownText(s.delivery)} | ${s.rotation ? markdownText(s.rotation) : 'not stated'} | ${s.refresh ? markdownText(s.refresh) : 'not stated'} |`);
        }
        lines.push('');
    }
    const auth = doc.credentials.auth;
    if (auth) {
        lines.push(...table([
            ['Authorization', auth.mode === 'oauth' ? 'OAuth 2.1 (JWT access tokens, validated by the server)' : 'static bearer token'],
            ...(auth.issuer ? [['Issuer', val(auth.issuer)]] : []),
            ...(auth.audience ? [['Audience (resource)', val(auth.audience)]] : []),
            ...(auth.scopes?.length ? [['Scopes', auth.scopes.map(val).join(' ')]] : []),
            ['Protected-resource metadata', val(auth.resourceMetadata)],
            ...(auth.keys ? [['Issuer keys', markdownText(auth.keys)]] : []),
            ['A client needs', markdownText(auth.clientNeeds)],
        ]));
    }
    if (oauth && !auth) {
        const servers = oauth.authorizationServers?.map(val).join(', ');
        lines.push(`The server requires authorization${oauth.scheme ? ` (${markdownText(oauth.scheme)})` : ''}: protected-resource metadata ${oauth.resourceMetadata ? val(oauth.resourceMetadata) : 'not advertised'}${servers ? `; authorization servers ${servers}` : ''}.`, '');
    }
    return lines;
}
function endpointsSection(doc) {
    const e = doc.endpoints;
    const lb = e.loadBalancing;
    const replicas = lb.replicas.min === lb.replicas.max ? String(lb.replicas.min) : `${lb.replicas.min} to ${lb.replicas.max}`;
    return [
        '### Endpoints',
        '',
        ...table([
            ['Base URL', `${val(e.baseUrl)}${e.public ? '' : ' (not public)'}`],
            ['Paths', e.paths.map((p) => `${val(p.path)} ${markdownText(p.purpose)}`).join('<br>')],
            ['TLS', e.tls ? `secret ${val(e.tls.secret)}${e.tls.issuer ? `, issued by ${val(e.tls.issuer)} (cert-manager)` : ''}` : 'none (plain HTTP)'],
            ['Rate limit', e.rateLimit ? `${e.rateLimit.rps} requests/s per client address, ${markdownText(e.rateLimit.enforcedBy)}` : 'none'],
            ['Load balancing', `${replicas} replica${replicas === '1' ? '' : 's'}; session affinity ${markdownText(lb.affinity)}: ${markdownText(lb.how)}`],
            ...(e.ingressClass || e.ingressController ? [['Ingress class', `${e.ingressClass ? val(e.ingressClass) : 'the cluster default'}${e.ingressController === 'nginx' ? ' (ingress-nginx)' : ''}`]] : []),
        ]),
        ...lb.warnings.map((w) => `> [!WARNING]\n> ${markdownText(w)}\n`),
    ];
}
function renderHandoffMarkdown(doc) {
    const r = doc.release;
    const runs = [r.image ? `image ${val(r.image)}` : undefined, r.revision !== undefined ? `revision ${r.revision}` : undefined, r.namespace ? `namespace ${val(r.namespace)}` : undefined, r.project ? `project ${val(r.project)}` : undefined].filter(Boolean);
    return [`## Handoff: ${val(doc.server)} on ${markdownText(doc.target)}`, '', ...(runs.length ? [`Runs ${runs.join(', ')}.`, ''] : []), ...clientsSection(doc), ...credentialsSection(doc), ...endpointsSection(doc)].join('\n');
}


/***/ }),

/***/ 92932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dJ: () => (/* binding */ buildHandoff),
  DN: () => (/* binding */ kubernetesHandoff)
});

// UNUSED EXPORTS: HANDOFF_SCHEMA, buildClientHandoff, describeStore, handoffJson, renderHandoffMarkdown, renderHandoffText, shellCommand, tokenVariable

// EXTERNAL MODULE: ./src/handoff/clients.ts
var handoff_clients = __webpack_require__(22610);
// EXTERNAL MODULE: ./src/handoff/credentials.ts
var credentials = __webpack_require__(43100);
// EXTERNAL MODULE: ./src/render/kubernetes-settings.ts
var kubernetes_settings = __webpack_require__(17066);
// EXTERNAL MODULE: ./src/render/kubernetes-traffic.ts
var kubernetes_traffic = __webpack_require__(68874);
;// CONCATENATED MODULE: ./src/handoff/endpoints.ts
/**
 * The endpoints' part of the handoff (for the webhook and gateway step): the host and paths the
 * server answers on, TLS, rate limits, load balancing and session affinity, and the ingress class,
 * read from the spec the way the Kubernetes render reads it (readIngress, sessionAffinity), so the
 * handoff says what was deployed.
 */


const WELL_KNOWN = '/.well-known/oauth-protected-resource';
function endpointPaths(spec) {
    const { transport, path } = spec.server;
    const paths = [];
    if (transport === 'sse') {
        paths.push({ path: '/sse', purpose: 'MCP, HTTP+SSE (the server names its message endpoint in the stream)' });
    }
    else {
        paths.push({ path, purpose: 'MCP, Streamable HTTP' });
    }
    if (transport === 'stdio') {
        paths.push({ path: '/sse', purpose: 'MCP, legacy HTTP+SSE stream (bridge)' });
        paths.push({ path: '/messages', purpose: 'MCP, legacy HTTP+SSE posts (bridge)' });
        paths.push({ path: '/healthz', purpose: 'liveness (bridge)' });
        paths.push({ path: '/readyz', purpose: 'readiness (bridge)' });
    }
    else if (spec.health.path) {
        paths.push({ path: spec.health.path, purpose: 'health (the spec\'s health.path)' });
    }
    paths.push({ path: WELL_KNOWN, purpose: 'OAuth protected-resource metadata (RFC 9728), when the server requires authorization' });
    return paths;
}
function replicasOf(spec) {
    const target = (spec.targets.kubernetes ?? {});
    const min = target.replicas ?? spec.scaling?.min ?? 1;
    const max = spec.scaling?.max !== undefined && spec.scaling.max > min ? spec.scaling.max : min;
    return { min, max };
}
function affinityHow(mode, ingress) {
    switch (mode) {
        case 'single-replica':
            return 'one replica: every request of a session reaches it';
        case 'client-hash':
            return `the ingress controller (ingress-nginx) hashes on the client address (upstream-hash-by ${kubernetes_traffic/* SESSION_HASH_KEY */.K}); in-cluster clients keep their pod through the Service's ClientIP affinity`;
        case 'client-ip':
            return ingress
                ? 'the Service\'s ClientIP affinity (3 hours), for in-cluster clients; the ingress controller is not configured for affinity'
                : 'the Service\'s ClientIP affinity (3 hours)';
        case 'manifests':
            return 'as your own manifests configure it (not read by the handoff)';
    }
}
function endpointsHandoff({ spec, target, url, affinity }) {
    const parsed = new URL(url);
    const base = { baseUrl: parsed.origin, host: parsed.host, paths: endpointPaths(spec) };
    if (target === 'compose') {
        return {
            ...base,
            public: !isLoopback(parsed.hostname),
            loadBalancing: { replicas: { min: 1, max: 1 }, affinity: 'single-replica', how: affinityHow('single-replica', undefined), warnings: [] },
        };
    }
    const ingress = (0,kubernetes_settings/* readIngress */.Q1)(spec, (spec.targets.kubernetes ?? {}));
    const replicas = replicasOf(spec);
    const decided = affinity ?? (0,kubernetes_traffic/* sessionAffinity */.ZZ)({ name: spec.server.name, multiReplica: replicas.max > 1, ingress });
    return {
        ...base,
        ...(ingress ? { baseUrl: `${ingress.tls ? 'https' : 'http'}://${ingress.host}`, host: ingress.host } : {}),
        public: ingress !== undefined,
        ...(ingress?.tls ? { tls: ingress.tls } : {}),
        ...(ingress?.rps !== undefined ? { rateLimit: { rps: ingress.rps, enforcedBy: ingress.controller === 'nginx' ? 'ingress-nginx (limit-rps)' : 'not configured: the controller is not ingress-nginx' } } : {}),
        ...(ingress?.className ? { ingressClass: ingress.className } : {}),
        ...(ingress ? { ingressController: ingress.controller } : {}),
        loadBalancing: { replicas, affinity: decided.mode, how: affinityHow(decided.mode, ingress), warnings: decided.warnings ?? [] },
    };
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

// EXTERNAL MODULE: ./src/handoff/handoff-markdown.ts + 1 modules
var handoff_markdown = __webpack_require__(59216);
;// CONCATENATED MODULE: ./src/handoff/handoff.ts






const HANDOFF_SCHEMA = 'mcp-orchestrator/handoff/v1';
function connectionTest(health) {
    return {
        ok: health.ok,
        status: health.status,
        target: health.target,
        ...(health.transport ? { transport: health.transport } : {}),
        ...(health.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
        ...(health.server ? { server: { name: health.server.name, version: health.server.version } } : {}),
        ...(health.toolsHash ? { toolsHash: health.toolsHash } : {}),
        latencyMs: health.latencyMs,
        ...(health.smoke ? { smoke: { tool: health.smoke.tool, ok: health.smoke.ok } } : {}),
        problems: health.problems.map((p) => ({ level: p.level, message: p.message })),
    };
}
function buildHandoff(options) {
    const { spec, target, url, health } = options;
    const authRequired = health?.status === 'auth-required';
    const transport = health?.transport === 'sse' || (!health?.transport && spec.server.transport === 'sse') ? 'sse' : 'streamable-http';
    const clients = (0,handoff_clients/* buildClientHandoff */.oi)({
        name: spec.server.name,
        url,
        transport,
        auth: options.auth ?? (spec.auth && spec.auth.mode !== 'none' ? spec.auth.mode : authRequired ? 'oauth' : 'none'),
        tools: health?.tools.map((t) => t.name) ?? [],
        ...(health?.protocolVersion ? { protocolVersion: health.protocolVersion } : {}),
    });
    const oauth = authRequired
        ? {
            ...(health.auth?.resourceMetadata ? { resourceMetadata: health.auth.resourceMetadata } : {}),
            ...(health.auth?.authorizationServers?.length ? { authorizationServers: health.auth.authorizationServers } : {}),
            ...(health.auth?.scheme ? { scheme: health.auth.scheme } : {}),
        }
        : undefined;
    return {
        schema: HANDOFF_SCHEMA,
        server: spec.server.name,
        target,
        release: options.release ?? {},
        clients: {
            ...clients,
            ...(health?.resources !== undefined ? { resources: health.resources } : {}),
            ...(health?.prompts !== undefined ? { prompts: health.prompts } : {}),
            ...(health ? { connectionTest: connectionTest(health) } : {}),
        },
        credentials: { secrets: (0,credentials/* secretsHandoff */.Gm)(spec, target), ...((0,credentials/* authHandoff */.dz)(spec, url) ? { auth: (0,credentials/* authHandoff */.dz)(spec, url) } : {}), ...(oauth ? { oauth } : {}) },
        endpoints: endpointsHandoff({ spec, target, url, affinity: options.affinity }),
    };
}
/** The document as the handoff file and the `handoff` output hold it. */
/** The handoff of a Kubernetes deploy that went through (none for a dry run or a failure). */
function kubernetesHandoff(spec, result) {
    if (!result.ok || result.dryRun)
        return undefined;
    return buildHandoff({ spec, target: 'kubernetes', url: result.url, health: result.gate, release: { image: result.image, digest: result.digest, revision: result.revision, namespace: result.namespace } });
}
function handoffJson(doc) {
    return `${JSON.stringify(doc, null, 2)}\n`;
}


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony exports registryHost, canonicalRegistry, isLoopbackRegistry */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/** Image references as docker writes them: `[registry/]repository[:tag][@digest]`. */

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function parseImageReference(text, options = {}) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${digest}" is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${tag}" is not a valid tag`);
    }
    if (options.lowerCase)
        rest = rest.toLowerCase();
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!REPOSITORY.test(repository))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${text}": "${repository}" is not a valid repository name (lowercase letters, digits, . _ - and /)`);
    if (!tag && !digest)
        tag = 'latest';
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The host API requests go to: Docker Hub's API lives on registry-1.docker.io. */
function registryHost(registry) {
    return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
/**
 * One name per registry host, to compare where a credential is for with where a request goes:
 * lower-cased, Docker Hub's aliases as `docker.io`, and a URL as `docker login` takes it
 * (`https://index.docker.io/v1/`) reduced to its host. Throws on anything that is not a host[:port].
 */
function canonicalRegistry(text, what = 'registry') {
    const host = text
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/(?:v[12]\/?)?$/, '');
    if (!HOST.test(host))
        throw new InputError(`${what} "${text}": not a registry host (write host[:port], e.g. ghcr.io or 127.0.0.1:5000)`);
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0];
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}


/***/ }),

/***/ 45356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TC: () => (/* binding */ renderAuth),
/* harmony export */   WB: () => (/* binding */ JWKS_MOUNT),
/* harmony export */   pH: () => (/* binding */ JWKS_FILE)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Where a JWKS ConfigMap is mounted in the container. */
const JWKS_MOUNT = '/etc/mcp-orchestrator/auth';
const JWKS_FILE = 'jwks.json';
const NONE = { env: [], secrets: [] };
function renderAuth(spec, target) {
    const auth = spec.auth ?? { mode: 'none' };
    if (auth.mode === 'none')
        return NONE;
    let out;
    if (auth.mode === 'bearer') {
        const { name, from, rotation, refresh } = auth.secret;
        out = {
            env: [['MCP_BRIDGE_AUTH', 'bearer'], ['MCP_BRIDGE_AUTH_TOKEN_ENV', name]],
            secrets: [{ name, from, ...(rotation !== undefined ? { rotation } : {}), ...(refresh !== undefined ? { refresh } : {}) }],
        };
    }
    else {
        // A ConfigMap is a cluster's; elsewhere the bridge discovers the keys from the issuer.
        const configMap = target === 'kubernetes' ? auth.jwksConfigMap : undefined;
        const jwksUri = configMap ? `file://${JWKS_MOUNT}/${JWKS_FILE}` : auth.jwksUri;
        out = {
            env: [
                ['MCP_BRIDGE_AUTH', 'oauth'],
                ['MCP_BRIDGE_ISSUER', auth.issuer],
                ['MCP_BRIDGE_AUDIENCE', auth.audience],
                ...(auth.scopes.length ? [['MCP_BRIDGE_SCOPES', auth.scopes.join(',')]] : []),
                ...(jwksUri ? [['MCP_BRIDGE_JWKS_URI', jwksUri]] : []),
            ],
            secrets: [],
            ...(configMap ? { jwksConfigMap: configMap } : {}),
        };
    }
    refuseClashes(spec, out);
    return out;
}
/** The spec's own env: or secrets: must not set what auth: sets: a later entry would silently win. */
function refuseClashes(spec, out) {
    const names = [...out.env.map(([name]) => name), ...out.secrets.map((s) => s.name)];
    const clash = names.find((n) => n in spec.env || spec.secrets.some((s) => s.name === n));
    const bridgeSettings = Object.keys(spec.env).filter((n) => /^MCP_BRIDGE_(AUTH|ISSUER|AUDIENCE|SCOPES|JWKS_URI)/.test(n));
    const name = clash ?? bridgeSettings[0];
    if (name)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec.file}: ${name} is set by auth: and also by env: or secrets:; remove it there (auth: declares the bridge's authorization)`);
}


/***/ }),

/***/ 58171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ metadataFor),
/* harmony export */   Fn: () => (/* binding */ standardLabels),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Zn: () => (/* binding */ selectorLabels)
/* harmony export */ });
const MANAGED_BY = 'mcp-orchestrator';
/** The labels a selector uses: stable across revisions (a Deployment's selector is immutable). */
function selectorLabels(settings) {
    return { 'app.kubernetes.io/name': settings.name, 'app.kubernetes.io/instance': settings.instance };
}
function standardLabels(settings) {
    return { ...selectorLabels(settings), 'app.kubernetes.io/version': settings.version, 'app.kubernetes.io/managed-by': MANAGED_BY };
}
/** Metadata for an object of this server: its name, the namespace when one is set, the labels. */
function metadataFor(settings) {
    return (name, annotations) => ({
        name,
        ...(settings.namespace ? { namespace: settings.namespace } : {}),
        labels: standardLabels(settings),
        ...(annotations && Object.keys(annotations).length ? { annotations } : {}),
    });
}


/***/ }),

/***/ 87422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ renderSecrets),
/* harmony export */   v: () => (/* binding */ CSI_MOUNT_ROOT)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45356);


/** Where CSI volumes are mounted: the env var NAME_FILE holds the path of each object. */
const CSI_MOUNT_ROOT = '/mnt/secrets-store';
function renderSecrets(spec, metadata) {
    const name = spec.server.name;
    const out = { env: [], volumes: [], mounts: [], objects: [], runnerSecrets: [] };
    const external = new Map();
    const csiClasses = [];
    // The bearer token of auth: is one more reference, rendered the same way.
    for (const secret of [...spec.secrets, ...(0,_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAuth */ .TC)(spec, 'kubernetes').secrets]) {
        const from = secret.from;
        if (from.kubernetes) {
            const ref = from.kubernetes;
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key } } });
        }
        else if (from.external) {
            const ref = from.external;
            const kind = ref.kind ?? 'SecretStore';
            const target = `${name}-${ref.store}${kind === 'ClusterSecretStore' ? '-cluster' : ''}`;
            const group = external.get(target) ?? { ref: { ...ref, kind }, data: [] };
            group.data.push({ secretKey: secret.name, remoteRef: { key: ref.key, ...(ref.property ? { property: ref.property } : {}) } });
            external.set(target, group);
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: target, key: secret.name } } });
        }
        else if (from.csi) {
            const ref = from.csi;
            const className = ref['provider-class'];
            if (!csiClasses.includes(className))
                csiClasses.push(className);
            out.env.push({ name: `${secret.name}_FILE`, value: `${CSI_MOUNT_ROOT}/${className}/${ref.object}` });
        }
        else if (from.env !== undefined || from.github !== undefined) {
            const source = from.env !== undefined ? { env: from.env } : { github: from.github };
            const runnerSecret = `${name}-runner`;
            out.runnerSecrets.push({ secret: runnerSecret, key: secret.name, from: source });
            out.env.push({ name: secret.name, valueFrom: { secretKeyRef: { name: runnerSecret, key: secret.name } } });
        }
        else {
            const kinds = Object.keys(from).join(', ');
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec.file}: secrets: ${secret.name}: from.${kinds} cannot be read by a Kubernetes pod; use from.kubernetes, from.external (an External Secrets store) or from.csi`);
        }
    }
    for (const [target, { ref, data }] of external) {
        out.objects.push({
            apiVersion: 'external-secrets.io/v1',
            kind: 'ExternalSecret',
            metadata: metadata(target),
            spec: {
                refreshInterval: '1h',
                secretStoreRef: { name: ref.store, kind: ref.kind },
                target: { name: target, creationPolicy: 'Owner' },
                data,
            },
        });
    }
    csiClasses.forEach((className, index) => {
        const volume = `secrets-store-${index}`;
        out.volumes.push({ name: volume, csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: className } } });
        out.mounts.push({ name: volume, mountPath: `${CSI_MOUNT_ROOT}/${className}`, readOnly: true });
    });
    return out;
}


/***/ }),

/***/ 17066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iv: () => (/* binding */ readKubernetesSettings),
/* harmony export */   Q1: () => (/* binding */ readIngress),
/* harmony export */   QJ: () => (/* binding */ pinnedImage)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);


const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** Parses the image the render pins: it must carry a digest, and its registry must be a plain host. */
function pinnedImage(image) {
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(image);
    if (!REGISTRY_HOST.test(ref.registry))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--image "${image}": "${ref.registry}" is not a registry host`);
    if (!ref.digest) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--image "${image}" has no digest: Kubernetes must run exactly the scanned bytes, so pass REPOSITORY@sha256:... ` +
            '(`mcp-orchestrator push ... --format json` prints it; or `docker buildx imagetools inspect REF` shows the digest)');
    }
    const version = ref.tag && LABEL_VALUE.test(ref.tag) ? ref.tag : ref.digest.slice('sha256:'.length, 'sha256:'.length + 12);
    return { ref, text: (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)({ registry: ref.registry, repository: ref.repository, digest: ref.digest }), version };
}
const asRecord = (value) => (value && typeof value === 'object' ? value : {});
/** Reads the Kubernetes-relevant part of a validated spec. */
function readKubernetesSettings(spec, options) {
    const target = asRecord(spec.targets.kubernetes);
    const { text, version } = pinnedImage(options.image);
    if (options.instance !== undefined && !DNS_LABEL.test(options.instance))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`instance "${options.instance}" is not a DNS label (lowercase letters, digits and -, at most 63)`);
    const scaling = spec.scaling ?? {};
    const min = target.replicas ?? scaling.min ?? 1;
    const autoscaling = scaling.max !== undefined && scaling.max > min ? { min: Math.max(min, 1), max: scaling.max, cpu: scaling.cpu ?? 80 } : undefined;
    return {
        name: spec.server.name,
        instance: options.instance ?? spec.server.name,
        namespace: options.namespace ?? target.namespace,
        image: text,
        version,
        bridged: spec.server.transport === 'stdio',
        port: spec.server.port,
        healthPath: spec.health.path,
        replicas: autoscaling ? undefined : min,
        autoscaling,
        multiReplica: autoscaling ? autoscaling.max > 1 : min > 1,
        ingress: readIngress(spec, target),
        progressDeadlineSeconds: options.progressDeadlineSeconds ?? 180,
    };
}
function readIngress(spec, target) {
    const ingress = asRecord(spec.ingress);
    if (typeof ingress.host !== 'string')
        return undefined;
    const className = ingress.class ?? target['ingress-class'];
    // Without a stated controller, a class named like ingress-nginx's is taken as it; anything else
    // (including the cluster's default class) gets no controller-specific annotations.
    const controller = ingress.controller ?? (className && /nginx/.test(className) ? 'nginx' : 'other');
    const tls = asRecord(ingress.tls);
    const rateLimit = asRecord(ingress['rate-limit']);
    const issuer = tls.issuer;
    const secret = tls.secret ?? (issuer ? `${spec.server.name}-tls` : undefined);
    return {
        host: ingress.host,
        className,
        controller,
        controllerNamespace: ingress['controller-namespace'] ?? (controller === 'nginx' ? 'ingress-nginx' : undefined),
        rps: rateLimit.rps,
        tls: secret ? { secret, ...(issuer ? { issuer } : {}) } : undefined,
    };
}


/***/ }),

/***/ 68874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ SESSION_HASH_KEY),
/* harmony export */   ZZ: () => (/* binding */ sessionAffinity),
/* harmony export */   _Y: () => (/* binding */ renderIngress),
/* harmony export */   is: () => (/* binding */ renderService),
/* harmony export */   nm: () => (/* binding */ renderNetworkPolicy)
/* harmony export */ });
/* unused harmony export SERVICE_PORT */
/* harmony import */ var _kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58171);
/* harmony import */ var _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11538);


const SERVICE_PORT = 80;
/**
 * ingress-nginx hashes on the client's address. Not on the `Mcp-Session-Id` header: a session's
 * first request (initialize) carries no id yet, so it would hash to one fixed pod while the
 * session's later requests hash on their id to another pod that does not hold the session.
 */
const SESSION_HASH_KEY = '$binary_remote_addr';
/** SSE streams stay open: an hour before the controller cuts an idle read or send. */
const STREAM_TIMEOUT_SECONDS = '3600';
/** Decides session affinity; the warning says when nothing keeps a session on its pod. */
function sessionAffinity(settings) {
    if (!settings.multiReplica)
        return { mode: 'single-replica', warnings: [] };
    const ingress = settings.ingress;
    if (ingress?.controller === 'nginx')
        return { mode: 'client-hash', warnings: [] };
    if (!ingress)
        return { mode: 'client-ip', warnings: [] };
    return {
        mode: 'client-ip',
        warnings: [
            `${settings.name}: more than one replica behind an ingress controller (class ${ingress.className ?? '(cluster default)'}) that this render cannot configure for session affinity: ` +
                'the Service\'s ClientIP affinity does not apply to traffic the controller sends to pods directly, so requests of one MCP session may reach a pod that does not hold it. ' +
                'Set ingress.controller: nginx when it is ingress-nginx, configure sticky sessions on the controller, or run one replica (targets.kubernetes.replicas: 1 and no scaling.max above it).',
        ],
    };
}
function renderService(settings, affinity) {
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name),
        spec: {
            type: 'ClusterIP',
            selector: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings),
            ports: [{ name: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2, port: SERVICE_PORT, targetPort: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2, protocol: 'TCP', appProtocol: 'http' }],
            // In-cluster clients reach pods through the Service: ClientIP keeps their sessions on one pod
            // (ingress-nginx bypasses the Service and hashes on the client address instead).
            ...(affinity.mode === 'single-replica' ? {} : { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } }),
        },
    };
}
function ingressAnnotations(settings, affinity) {
    const ingress = settings.ingress;
    const annotations = {};
    if (ingress.tls?.issuer)
        annotations['cert-manager.io/cluster-issuer'] = ingress.tls.issuer;
    if (ingress.controller !== 'nginx')
        return annotations;
    const nginx = 'nginx.ingress.kubernetes.io';
    if (ingress.rps !== undefined)
        annotations[`${nginx}/limit-rps`] = String(ingress.rps);
    annotations[`${nginx}/proxy-buffering`] = 'off';
    annotations[`${nginx}/proxy-read-timeout`] = STREAM_TIMEOUT_SECONDS;
    annotations[`${nginx}/proxy-send-timeout`] = STREAM_TIMEOUT_SECONDS;
    if (affinity.mode === 'client-hash')
        annotations[`${nginx}/upstream-hash-by`] = SESSION_HASH_KEY;
    return annotations;
}
/**
 * Routes the whole host to the server: its MCP path, the SSE endpoints of bridged servers
 * (/sse, /messages) and /.well-known/oauth-protected-resource all have to be public.
 */
function renderIngress(settings, affinity) {
    const ingress = settings.ingress;
    if (!ingress)
        return undefined;
    return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name, ingressAnnotations(settings, affinity)),
        spec: {
            ...(ingress.className ? { ingressClassName: ingress.className } : {}),
            ...(ingress.tls ? { tls: [{ hosts: [ingress.host], secretName: ingress.tls.secret }] } : {}),
            rules: [
                {
                    host: ingress.host,
                    http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: settings.name, port: { name: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2 } } } }] },
                },
            ],
        },
    };
}
/** Admits only same-namespace pods and, with an ingress, the controller's namespace, on the server's port. */
function renderNetworkPolicy(settings) {
    const from = [{ podSelector: {} }];
    const controllerNamespace = settings.ingress?.controllerNamespace;
    if (controllerNamespace)
        from.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': controllerNamespace } } });
    return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name),
        spec: {
            podSelector: { matchLabels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings) },
            policyTypes: ['Ingress'],
            ingress: [{ from, ports: [{ port: _kubernetes_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2, protocol: 'TCP' }] }],
        },
    };
}


/***/ }),

/***/ 11538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ renderServiceAccount),
/* harmony export */   _D: () => (/* binding */ renderDeployment),
/* harmony export */   m2: () => (/* binding */ PORT_NAME)
/* harmony export */ });
/* unused harmony export BRIDGE_TERMINATION_GRACE_SECONDS */
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45356);
/* harmony import */ var _kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58171);


/** The user the generated Dockerfiles run as; set here too so images with a named USER pass runAsNonRoot. */
const RUN_AS = 10001;
/** The bridge drains for up to 30s on SIGTERM (its default), then stops its children. */
const BRIDGE_TERMINATION_GRACE_SECONDS = 45;
const NATIVE_TERMINATION_GRACE_SECONDS = 30;
const PORT_NAME = 'http';
function probes(settings) {
    const http = (path) => ({ httpGet: { path, port: PORT_NAME } });
    const check = settings.bridged
        ? { startup: http('/healthz'), ready: http('/readyz'), live: http('/healthz') }
        : settings.healthPath
            ? { startup: http(settings.healthPath), ready: http(settings.healthPath), live: http(settings.healthPath) }
            : { startup: { tcpSocket: { port: PORT_NAME } }, ready: { tcpSocket: { port: PORT_NAME } }, live: { tcpSocket: { port: PORT_NAME } } };
    return {
        // Up to two minutes to start (npm/python start-up on a busy node); liveness waits for it.
        startupProbe: { ...check.startup, periodSeconds: 2, timeoutSeconds: 3, failureThreshold: 60 },
        readinessProbe: { ...check.ready, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
        livenessProbe: { ...check.live, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
    };
}
function resources(spec) {
    const amounts = {};
    if (spec.resources?.cpu !== undefined)
        amounts.cpu = String(spec.resources.cpu);
    if (spec.resources?.memory !== undefined)
        amounts.memory = spec.resources.memory;
    return Object.keys(amounts).length ? { requests: amounts, limits: amounts } : undefined;
}
function renderServiceAccount(settings) {
    return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name), automountServiceAccountToken: false };
}
function topologySpread(settings) {
    const labelSelector = { matchLabels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings) };
    // ScheduleAnyway: spreading is a preference; a one-node or one-zone cluster still runs every replica.
    return ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({ maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector }));
}
function renderDeployment(spec, settings, secrets) {
    const auth = (0,_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .renderAuth */ .TC)(spec, 'kubernetes');
    const env = [...[...Object.entries(spec.env), ...auth.env].map(([name, value]) => ({ name, value })), ...secrets.env];
    // The issuer's public keys, for pods that cannot reach the issuer (the bridge reads the file).
    const jwks = auth.jwksConfigMap
        ? { volume: { name: 'auth-jwks', configMap: { name: auth.jwksConfigMap.name, items: [{ key: auth.jwksConfigMap.key, path: _auth_js__WEBPACK_IMPORTED_MODULE_0__/* .JWKS_FILE */ .pH }] } }, mount: { name: 'auth-jwks', mountPath: _auth_js__WEBPACK_IMPORTED_MODULE_0__/* .JWKS_MOUNT */ .WB, readOnly: true } }
        : undefined;
    const limits = resources(spec);
    const container = {
        name: settings.name,
        image: settings.image,
        imagePullPolicy: 'IfNotPresent',
        ports: [{ name: PORT_NAME, containerPort: settings.port, protocol: 'TCP' }],
        ...(env.length ? { env } : {}),
        ...(limits ? { resources: limits } : {}),
        ...probes(settings),
        securityContext: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            runAsUser: RUN_AS,
            runAsGroup: RUN_AS,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
        },
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, ...secrets.mounts, ...(jwks ? [jwks.mount] : [])],
    };
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataFor */ .Bl)(settings)(settings.name),
        spec: {
            ...(settings.replicas !== undefined ? { replicas: settings.replicas } : {}),
            selector: { matchLabels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorLabels */ .Zn)(settings) },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
            revisionHistoryLimit: 5,
            progressDeadlineSeconds: settings.progressDeadlineSeconds,
            template: {
                metadata: { labels: (0,_kubernetes_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .standardLabels */ .Fn)(settings) },
                spec: {
                    serviceAccountName: settings.name,
                    automountServiceAccountToken: false,
                    enableServiceLinks: false,
                    terminationGracePeriodSeconds: settings.bridged ? BRIDGE_TERMINATION_GRACE_SECONDS : NATIVE_TERMINATION_GRACE_SECONDS,
                    securityContext: { runAsNonRoot: true, runAsUser: RUN_AS, runAsGroup: RUN_AS, fsGroup: RUN_AS, seccompProfile: { type: 'RuntimeDefault' } },
                    ...(settings.multiReplica ? { topologySpreadConstraints: topologySpread(settings) } : {}),
                    containers: [container],
                    volumes: [{ name: 'tmp', emptyDir: {} }, ...secrets.volumes, ...(jwks ? [jwks.volume] : [])],
                },
            },
        },
    };
}


/***/ }),

/***/ 13414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KL: () => (/* binding */ redactDeep),
  iB: () => (/* binding */ redactText)
});

// UNUSED EXPORTS: findSecretsInText, redactCreatedBy, replaceSecrets

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/image/config.ts
/** The image config document: what the reader reports, with build history mapped to layers. */

const NANOS_PER_MS = 1_000_000;
function parseImageConfig(bytes, where) {
    let raw;
    try {
        raw = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new InputError(`${where}: image config is not valid JSON (${error.message})`);
    }
    if (typeof raw !== 'object' || raw === null)
        throw new InputError(`${where}: image config is not a JSON object`);
    const c = (raw.config ?? raw.container_config ?? {});
    const rootfs = (raw.rootfs ?? {});
    const diffIds = Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids.filter((d) => typeof d === 'string') : [];
    const hc = c.Healthcheck;
    return {
        env: stringArray(c.Env),
        labels: c.Labels ?? {},
        entrypoint: nullableStringArray(c.Entrypoint),
        cmd: nullableStringArray(c.Cmd),
        user: typeof c.User === 'string' ? c.User : '',
        workingDir: typeof c.WorkingDir === 'string' ? c.WorkingDir : '',
        exposedPorts: Object.keys(c.ExposedPorts ?? {}),
        healthcheck: hc?.Test
            ? {
                test: hc.Test,
                interval: hc.Interval ? hc.Interval / NANOS_PER_MS : undefined,
                timeout: hc.Timeout ? hc.Timeout / NANOS_PER_MS : undefined,
                retries: hc.Retries,
            }
            : null,
        history: mapHistory(Array.isArray(raw.history) ? raw.history : [], diffIds.length),
        diffIds,
        os: typeof raw.os === 'string' ? raw.os : '',
        architecture: typeof raw.architecture === 'string' ? raw.architecture : '',
        raw,
    };
}
/** Non-empty history steps map, in order, onto layers; empty-layer steps keep no layer index. */
function mapHistory(history, layerCount) {
    let next = 0;
    return history.map((h) => {
        const entry = { createdBy: h.created_by ?? '', emptyLayer: Boolean(h.empty_layer) };
        if (h.created)
            entry.created = h.created;
        if (h.comment)
            entry.comment = h.comment;
        if (!entry.emptyLayer && next < layerCount)
            entry.layerIndex = next++;
        return entry;
    });
}
function stringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function nullableStringArray(value) {
    return Array.isArray(value) ? stringArray(value) : null;
}
/**
 * Masks the values of build arguments recorded in a history step (`|2 TOKEN=abc X=1 /bin/sh -c …`
 * becomes `|2 TOKEN=*** X=*** /bin/sh -c …`): they are often credentials, and reports repeat
 * created_by strings.
 */
function config_maskBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+/.exec(createdBy);
    if (!m)
        return createdBy;
    let rest = createdBy.slice(m[0].length);
    const masked = [];
    for (let i = 0; i < Number(m[1]); i++) {
        const arg = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!arg)
            break;
        masked.push(`${arg[1]}=***`);
        rest = rest.slice(arg[0].length);
    }
    return `|${m[1]} ${masked.join(' ')} ${rest}`;
}

;// CONCATENATED MODULE: ./src/scan/keyword-automaton.ts
const ALPHABET = 256;
function foldByte(b) {
    return b >= 0x41 && b <= 0x5a ? b + 32 : b;
}
class KeywordAutomaton {
    /**
     * Transitions: for each state's row and byte, the target state's row offset (state * 256), with
     * the low bit set when keywords end at the target.
     */
    rows;
    /** For each state, the keywords that end there (its own and those via failure links). */
    outputs;
    keywords;
    lengths;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        this.lengths = this.keywords.map((k) => Buffer.byteLength(k));
        const goto = [new Map()];
        const outputs = [[]];
        this.keywords.forEach((keyword, index) => {
            let state = 0;
            for (const byte of Buffer.from(keyword)) {
                const b = foldByte(byte);
                let to = goto[state].get(b);
                if (to === undefined) {
                    to = goto.length;
                    goto.push(new Map());
                    outputs.push([]);
                    goto[state].set(b, to);
                }
                state = to;
            }
            outputs[state].push(index);
        });
        const states = goto.length;
        const next = new Int32Array(states * ALPHABET);
        const fail = new Int32Array(states);
        // Breadth-first: each state's failure link, then its full transition row.
        const queue = [];
        for (let b = 0; b < ALPHABET; b++) {
            const to = goto[0].get(b) ?? 0;
            next[b] = to;
            if (to !== 0)
                queue.push(to);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const failRow = fail[state] * ALPHABET;
            outputs[state].push(...outputs[fail[state]]);
            // A byte without its own edge goes where the failure state's row sends it: copy that row
            // (complete: it is shallower, so done earlier), then set this state's own edges.
            next.copyWithin(state * ALPHABET, failRow, failRow + ALPHABET);
            for (const [b, to] of goto[state]) {
                fail[to] = next[failRow + b];
                next[state * ALPHABET + b] = to;
                queue.push(to);
            }
        }
        this.outputs = outputs;
        // Fold upper-case transitions onto lower-case ones, so matching needs no per-byte folding.
        for (let s = 0; s < states; s++)
            for (let b = 0x41; b <= 0x5a; b++)
                next[s * ALPHABET + b] = next[s * ALPHABET + b + 32];
        // The hot loop's form: each transition holds its target's row offset (state * 256) and, in the
        // low bit (free: offsets are multiples of 256), whether keywords end there, so a byte costs one
        // typed-array read and a mask (23% faster than a second read of a per-state flag).
        for (let i = 0; i < next.length; i++)
            next[i] = next[i] * ALPHABET + (outputs[next[i]].length > 0 ? 1 : 0);
        this.rows = next;
    }
    /** Every keyword occurrence in `buf[from, to)`. */
    search(buf, from = 0, to = buf.length) {
        const hits = [];
        this.forEachHit(buf, (start, keyword) => hits.push({ start, keyword }), from, to);
        return hits;
    }
    /** The scan's form of search: a call per occurrence, in order, and no objects made. */
    forEachHit(buf, onHit, from = 0, to = buf.length) {
        const rows = this.rows;
        let row = 0;
        for (let i = from; i < to; i++) {
            row = rows[(row & -ALPHABET) + buf[i]];
            // row >> 8 is the state (ALPHABET is 256).
            if ((row & 1) !== 0)
                for (const k of this.outputs[row >> 8])
                    onHit(i - this.lengths[k] + 1, k);
        }
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/scan/validators.ts
/** Structure checks that turn a pattern match into a finding: checksums, lengths, entropy, claims. */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function decodeBase62(text) {
    let value = 0;
    for (const ch of text) {
        const digit = BASE62.indexOf(ch);
        if (digit < 0)
            return -1;
        value = value * 62 + digit;
    }
    return value;
}
/**
 * GitHub classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm tokens (npm_): 30 random base62
 * characters, then 6 characters of base62 CRC32 over those 30.
 */
function hasTokenChecksum(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    return decodeBase62(body.slice(30)) === (0,external_node_zlib_.crc32)(body.slice(0, 30)) >>> 0;
}
/** Shannon entropy in bits per character. */
function shannonEntropy(text) {
    if (!text)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
const PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|%\(?[A-Za-z_]+\)?s?|\[.*\]|(.)\1{5,}|[xX*._-]{4,}.*|.*(?:changeme|change_me|example|placeholder|dummy|sample|fake|redacted|your[-_]?(?:key|token|secret|password)|xxxx|\*\*\*\*|insert|replace|todo|secret_here|password_here).*)$/i;
/** Values that stand for a secret rather than being one: ${VAR}, <your-key>, changeme, xxxx… */
function isPlaceholder(value) {
    return PLACEHOLDER.test(value.trim());
}
function decodeSegment(segment) {
    try {
        const json = Buffer.from(segment, 'base64url').toString('utf8');
        const value = JSON.parse(json);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** A JWT whose claims make it a credential: a Kubernetes service-account token. */
function isKubernetesServiceAccountToken(jwt) {
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string')
        return false;
    return p.iss === 'kubernetes/serviceaccount' || 'kubernetes.io' in p || String(p.sub ?? '').startsWith('system:serviceaccount:');
}
/** A JWT carrying privileged credential claims (service roles, admin or write scopes, client secrets). */
function isCredentialJwt(jwt) {
    if (isKubernetesServiceAccountToken(jwt))
        return false;
    const [header, payload] = jwt.split('.');
    const h = header && decodeSegment(header);
    const p = payload && decodeSegment(payload);
    if (!h || !p || typeof h.alg !== 'string' || h.alg === 'none')
        return false;
    const role = String(p.role ?? '');
    const scope = [p.scope, p.scp, p.scopes, p.permissions].flat().map(String).join(' ');
    return role === 'service_role' || /\b(?:admin|write|\*)\b/i.test(scope) || 'client_secret' in p || 'api_key' in p;
}
/** A PEM private-key block with a real base64 body, not just a header in a string table. */
function isCompletePemBody(block) {
    const body = block
        .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/-----END [A-Z ]*PRIVATE KEY-----/, '')
        .replace(/^[A-Za-z-]+: .*$/gm, '')
        .replace(/\\n|\\r|["'+\s,]/g, '');
    return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body);
}

;// CONCATENATED MODULE: ./src/scan/rules.ts

const ROTATE = 'Remove it from the image (and from every layer: a later `rm` does not), rotate it, and inject it at run time from a secret store.';
const token = (id, title, severity, keywords, pattern, extra = {}) => ({
    id,
    title,
    severity,
    keywords,
    pattern,
    help: `${title}. ${ROTATE}`,
    ...extra,
});
const rules_rules = [
    token('aws-access-key-id', 'AWS access key ID', 'high', ['akia', 'asia', 'abia', 'acca', 'a3t'], /\b(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, { allow: [/EXAMPLE$/] }),
    token('aws-secret-access-key', 'AWS secret access key', 'critical', ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret'], /(?:aws_?secret_?access_?key|secret_?access_?key|aws-secret-access-key)["']?\s{0,5}[:=]\s{0,5}["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi, { allow: [/EXAMPLEKEY$/], entropy: 4 }),
    token('github-classic-token', 'GitHub token (classic)', 'critical', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /\b(?<s>gh[pousr]_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('github-fine-grained-token', 'GitHub fine-grained personal access token', 'critical', ['github_pat_'], /\b(?<s>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g, { entropy: 4 }),
    token('gitlab-personal-access-token', 'GitLab personal access token', 'critical', ['glpat-'], /\b(?<s>glpat-[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'high', ['glptt-'], /\b(?<s>glptt-[0-9a-f]{40})\b/g),
    token('gitlab-runner-token', 'GitLab runner token', 'high', ['glrt-', 'gr1348941'], /\b(?<s>(?:glrt-|GR1348941)[A-Za-z0-9_-]{20,50})(?![A-Za-z0-9_-])/g, { entropy: 3.5 }),
    token('slack-token', 'Slack token', 'high', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-'], /\b(?<s>xox[abeprs]-(?:\d{1,13}-){1,3}[A-Za-z0-9]{16,64})\b/g, { entropy: 3.5 }),
    token('slack-webhook', 'Slack incoming webhook', 'high', ['hooks.slack.com'], /(?<s>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{24})/g),
    token('stripe-live-key', 'Stripe live secret or restricted key', 'critical', ['sk_live_', 'rk_live_'], /\b(?<s>(?:sk|rk)_live_[A-Za-z0-9]{24,99})\b/g, { entropy: 3.5 }),
    token('stripe-webhook-secret', 'Stripe webhook signing secret', 'medium', ['whsec_'], /\b(?<s>whsec_[A-Za-z0-9]{32,64})\b/g, { entropy: 3.5 }),
    token('google-api-key', 'Google API key', 'high', ['aiza'], /\b(?<s>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service-account key (JSON)',
        severity: 'critical',
        keywords: ['service_account'],
        pattern: /"type"\s{0,5}:\s{0,5}"service_account"[^}]{0,4000}?"private_key"\s{0,5}:\s{0,5}"(?<s>-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\n]{100,4000}-----END PRIVATE KEY-----(?:\\n)?)"/g,
        validate: (s) => isCompletePemBody(s),
        help: `A Google Cloud service-account key file. ${ROTATE}`,
    },
    {
        id: 'private-key',
        title: 'Private key (PEM or OpenSSH)',
        severity: 'critical',
        keywords: ['private key-----'],
        pattern: /(?<s>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,\\"'-]{64,12000}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g,
        validate: (s) => isCompletePemBody(s),
        help: `A complete private key block. ${ROTATE}`,
    },
    token('npm-access-token', 'npm access token', 'critical', ['npm_'], /\b(?<s>npm_[A-Za-z0-9]{36})\b/g, { validate: hasTokenChecksum }),
    token('pypi-upload-token', 'PyPI upload token', 'critical', ['pypi-ageichlwa'], /\b(?<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/g),
    token('openai-api-key', 'OpenAI API key', 'critical', ['t3blbkfj'], /\b(?<s>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160})(?![A-Za-z0-9_-])/g),
    token('anthropic-api-key', 'Anthropic API key', 'critical', ['sk-ant-'], /\b(?<s>sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/g),
    token('huggingface-token', 'Hugging Face access token', 'high', ['hf_'], /\b(?<s>hf_[A-Za-z]{34})\b/g, { entropy: 3.8 }),
    token('sendgrid-api-key', 'SendGrid API key', 'high', ['sg.'], /\b(?<s>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('twilio-api-key', 'Twilio API key', 'high', ['twilio'], /twilio[\s\S]{0,100}?\b(?<s>SK[0-9a-f]{32})\b/gi, { entropy: 3 }),
    token('digitalocean-token', 'DigitalOcean token', 'critical', ['dop_v1_', 'doo_v1_', 'dor_v1_'], /\b(?<s>do[opr]_v1_[a-f0-9]{64})\b/g),
    token('vault-token', 'HashiCorp Vault token', 'critical', ['hvs.', 'hvb.'], /\b(?<s>hv[sb]\.[A-Za-z0-9_-]{90,200})(?![A-Za-z0-9_-])/g, { entropy: 4 }),
    token('azure-ad-client-secret', 'Azure AD client secret', 'high', ['q~'], /(?<![A-Za-z0-9_~.-])(?<s>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g, { entropy: 4 }),
    token('dockerhub-pat', 'Docker Hub personal access token', 'high', ['dckr_pat_'], /\b(?<s>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g),
    token('shopify-token', 'Shopify access token', 'high', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], /\b(?<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/g),
    token('square-access-token', 'Square access token', 'high', ['sq0atp-', 'sq0csp-'], /\b(?<s>sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43})(?![0-9A-Za-z_-])/g, { entropy: 3.5 }),
    token('telegram-bot-token', 'Telegram bot token', 'medium', [':aa'], /\b(?<s>\d{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/g),
    token('discord-webhook', 'Discord webhook', 'high', ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], /(?<s>https:\/\/discord(?:app)?\.com\/api\/webhooks\/\d{10,20}\/[A-Za-z0-9_-]{60,70})/g),
    token('atlassian-api-token', 'Atlassian API token', 'high', ['atatt3'], /\b(?<s>ATATT3[A-Za-z0-9_=-]{180,200})(?![A-Za-z0-9_=-])/g),
    token('linear-api-key', 'Linear API key', 'high', ['lin_api_'], /\b(?<s>lin_api_[A-Za-z0-9]{40})\b/g),
    token('new-relic-user-key', 'New Relic user API key', 'high', ['nrak-'], /\b(?<s>NRAK-[A-Z0-9]{27})\b/g),
    token('age-secret-key', 'age encryption secret key', 'critical', ['age-secret-key-1'], /\b(?<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g),
    token('pulumi-access-token', 'Pulumi access token', 'high', ['pul-'], /\b(?<s>pul-[a-f0-9]{40})\b/g),
    token('doppler-token', 'Doppler token', 'high', ['dp.pt.', 'dp.st.', 'dp.sa.'], /\b(?<s>dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,44})\b/g),
    token('grafana-token', 'Grafana service-account or cloud token', 'high', ['glsa_', 'glc_'], /\b(?<s>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/_])/g, { entropy: 4 }),
    token('postman-api-key', 'Postman API key', 'high', ['pmak-'], /\b(?<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/g),
    token('sentry-auth-token', 'Sentry auth token', 'high', ['sntrys_', 'sntryu_'], /\b(?<s>sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/g),
    token('kubernetes-service-account-token', 'Kubernetes service-account token', 'critical', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isKubernetesServiceAccountToken }),
    token('jwt-credential', 'JWT with credential claims (service role, admin or write scope)', 'high', ['eyj'], /\b(?<s>eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/g, { validate: isCredentialJwt }),
    {
        id: 'database-url-password',
        title: 'Database URL with a password',
        severity: 'high',
        keywords: ['postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'mariadb://'],
        pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql):\/\/(?<u>[^\s:@/"'`]{0,64}):(?<s>[^\s@/"'`]{3,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s) && !/^(?:password|pass|pwd|secret|postgres|root|user|admin|test|guest)$/i.test(s),
        help: `A connection URL that carries its password. ${ROTATE}`,
    },
    {
        id: 'url-basic-auth',
        title: 'Password in an HTTP(S) URL',
        severity: 'medium',
        keywords: ['http://', 'https://'],
        pattern: /\bhttps?:\/\/(?<u>[A-Za-z0-9._~%-]{1,64}):(?<s>[A-Za-z0-9._~%!$&'()*+,;=-]{8,128})@[A-Za-z0-9.-]{1,253}/g,
        validate: (s) => !isPlaceholder(s),
        entropy: 3,
        help: `A URL with user:password credentials. ${ROTATE}`,
    },
    {
        id: 'generic-secret-assignment',
        title: 'High-entropy value assigned to a secret-named key',
        severity: 'medium',
        keywords: ['secret', 'token', 'password', 'passwd', 'api_key', 'apikey', 'api-key', 'access_key', 'private_key', 'client_secret', 'auth'],
        pattern: /(?<k>[A-Za-z0-9_.-]{0,40}(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?)["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?(?<s>[A-Za-z0-9_\-+/=.@!$%^&*~]{16,128})(?=["'`\s,;)}]|$)/gim,
        // The pattern without its leading key characters (tried from every position, they made it the
        // scan's costliest) and its end: most windows of these common words hold no assignment.
        precheck: /(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)s?["']?\s{0,5}(?:=|:|:=|=>)\s{0,5}["'`]?[A-Za-z0-9_\-+/=.@!$%^&*~]{16}/i,
        entropy: 3.5,
        validate: (s) => !isPlaceholder(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(s) && !/^(?:process\.env|os\.environ|env\.|this\.|self\.)/.test(s),
        help: `A secret-named key set to a high-entropy value. If it is a real credential: ${ROTATE} If it is not, add it to the baseline with a reason.`,
    },
];
function ruleById(id) {
    return rules_rules.find((r) => r.id === id);
}
/** Applies a rule's structure checks to a secret found by its pattern. */
function acceptsSecret(rule, secret, match) {
    if (rule.allow?.some((re) => re.test(secret)))
        return false;
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy)
        return false;
    return rule.validate ? rule.validate(secret, match) : true;
}

;// CONCATENATED MODULE: ./src/scan/content-scanner.ts
/**
 * Scans file contents in bounded memory: chunks of about 1 MiB are searched by the keyword
 * automaton, and each rule's pattern runs only in windows around its keywords' hits. A tail of
 * the previous chunk is carried over, so a secret across a chunk boundary is found whole;
 * matches are keyed by absolute offset, so the overlap never reports one twice.
 */


const CHUNK = 1024 * 1024;
/** Longer than the longest secret any rule matches (a 4096-bit RSA key in PEM is about 3.3 KB). */
const OVERLAP = 16 * 1024;
const BINARY_PROBE = 8000;
function windowAfter(rule) {
    if (rule.id === 'private-key')
        return 13_000;
    if (rule.id === 'gcp-service-account-key')
        return 8_000;
    return 700;
}
const WINDOW_BEFORE = 160;
let compiledDefault;
function compileRules(rules = rules_rules) {
    if (rules === rules_rules && compiledDefault)
        return compiledDefault;
    const keywords = [];
    const rulesOf = [];
    rules.forEach((rule, r) => {
        for (const keyword of rule.keywords) {
            let k = keywords.indexOf(keyword);
            if (k < 0) {
                k = keywords.push(keyword) - 1;
                rulesOf.push([]);
            }
            rulesOf[k].push(r);
        }
    });
    const compiled = { automaton: new KeywordAutomaton(keywords), rulesOf, rules, after: rules.map(windowAfter) };
    if (rules === rules_rules)
        compiledDefault = compiled;
    return compiled;
}
/** True when the first bytes hold a NUL: binary content is not pattern-scanned. */
function looksBinary(head) {
    return Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, BINARY_PROBE)).indexOf(0) !== -1;
}
function countLines(buf, from, to) {
    let n = 0;
    for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1))
        n++;
    return n;
}
/** Feeds a file's content chunk by chunk; `finish()` returns every accepted match. */
class ContentScanner {
    compiled;
    pending = [];
    pendingBytes = 0;
    tail = Buffer.alloc(0);
    /** Absolute offset of `tail[0]`, and the 1-based line it starts on. */
    tailOffset = 0;
    tailLine = 1;
    seen = new Set();
    matches = [];
    binary;
    bytes = 0;
    constructor(compiled = compileRules()) {
        this.compiled = compiled;
    }
    push(chunk) {
        this.bytes += chunk.length;
        if (this.binary === undefined)
            this.binary = looksBinary(chunk);
        if (this.binary)
            return;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= CHUNK)
            this.flush(false);
    }
    finish() {
        if (!this.binary)
            this.flush(true);
        return dropShadowed(this.matches);
    }
    flush(final) {
        if (this.pendingBytes === 0 && !final)
            return;
        // Most files are one chunk with no tail before it: scanned in place, not copied.
        const buf = this.tail.length === 0 && this.pending.length === 1 ? this.pending[0] : Buffer.concat([this.tail, ...this.pending]);
        this.pending = [];
        this.pendingBytes = 0;
        this.scanBuffer(buf);
        if (!final) {
            const keep = Math.min(OVERLAP, buf.length);
            const cut = buf.length - keep;
            this.tailLine += countLines(buf, 0, cut);
            this.tailOffset += cut;
            this.tail = Buffer.from(buf.subarray(cut));
        }
    }
    scanBuffer(buf) {
        const { automaton, rulesOf, rules, after } = this.compiled;
        // One flat list of [start, end) windows per rule, merged where they overlap; rules in the
        // order of their first hit.
        const windows = [];
        const order = [];
        const length = buf.length;
        automaton.forEachHit(buf, (hitStart, keyword) => {
            const start = hitStart > WINDOW_BEFORE ? hitStart - WINDOW_BEFORE : 0;
            for (const r of rulesOf[keyword]) {
                const end = Math.min(length, hitStart + after[r]);
                const list = windows[r];
                if (list === undefined) {
                    windows[r] = [start, end];
                    order.push(r);
                }
                else if (start <= list[list.length - 1]) {
                    if (end > list[list.length - 1])
                        list[list.length - 1] = end;
                }
                else
                    list.push(start, end);
            }
        });
        for (const r of order) {
            const rule = rules[r];
            const list = windows[r];
            for (let i = 0; i < list.length; i += 2)
                this.runRule(rule, buf, list[i], list[i + 1]);
        }
    }
    runRule(rule, buf, start, end) {
        // latin1 keeps one character per byte, so string offsets are byte offsets.
        const text = buf.toString('latin1', start, end);
        if (rule.precheck && !rule.precheck.test(text))
            return;
        // The rule's own (global) RegExp, rewound: this loop is synchronous, so no one else is using it.
        const re = rule.pattern;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            const secret = m.groups?.s ?? m[0];
            const secretIndex = m.index + m[0].indexOf(secret);
            const offset = this.tailOffset + start + secretIndex;
            const key = `${rule.id}@${offset}`;
            if (this.seen.has(key) || !acceptsSecret(rule, secret, m[0]))
                continue;
            this.seen.add(key);
            const line = this.tailLine + countLines(buf, 0, start + secretIndex);
            this.matches.push({ rule, secret, line, offset });
        }
    }
}
/** Broad rules yield to specific ones: a token already named by its own rule is not also "generic". */
const BROAD = new Set(['generic-secret-assignment', 'url-basic-auth', 'private-key', 'database-url-password']);
function dropShadowed(matches) {
    return matches.filter((m) => !BROAD.has(m.rule.id) ||
        !matches.some((other) => other !== m && !BROAD.has(other.rule.id) && other.offset < m.offset + m.secret.length && m.offset < other.offset + other.secret.length));
}
/** Scans one whole buffer (config values, small files). */
function content_scanner_scanText(text, compiled) {
    const scanner = new ContentScanner(compiled);
    scanner.push(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/scan/config-scanner.ts


const configRules = [
    { id: 'env-secret', title: 'Secret-named environment variable set in the image', severity: 'high', help: 'An ENV baked into the image config is visible to anyone who pulls it. Set it at run time from a secret store instead.' },
    { id: 'build-arg-secret', title: 'Secret-named build argument recorded in the image history', severity: 'high', help: 'Build arguments used by RUN are recorded in the image history in plain text. Use a BuildKit secret mount (RUN --mount=type=secret) instead.' },
];
const SECRET_NAME = /(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|credentials?|auth_?key)$/i;
const NOT_SECRET_NAME = /(?:_file|_path|_url|_id|_name|_user(?:name)?|_header|_ttl|_length|_expiry|^gpg_key|_version)$/i;
/** Whether NAME=value looks like a real secret set by name (not a path, a placeholder or a flag). */
function isSecretAssignment(name, value) {
    if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name))
        return false;
    const v = value.trim();
    return v.length >= 6 && !isPlaceholder(v) && !v.startsWith('/') && !/^(?:true|false|yes|no|none|null|\d+)$/i.test(v);
}
/** Parses `|2 A=1 B=two /bin/sh -c ...` (how the classic builder records build args). */
function config_scanner_parseBuildArgs(createdBy) {
    const m = /^\|(\d+)\s+(.*)$/s.exec(createdBy);
    if (!m)
        return [];
    const count = Number(m[1]);
    const args = [];
    let rest = m[2];
    for (let i = 0; i < count; i++) {
        const a = /^([A-Za-z_][A-Za-z0-9_]*)=((?:"[^"]*"|'[^']*'|\S)*)\s*/.exec(rest);
        if (!a)
            break;
        args.push([a[1], a[2].replace(/^(["'])(.*)\1$/, '$2')]);
        rest = rest.slice(a[0].length);
    }
    return args;
}
function contentMatches(text, where, name, layerIndex) {
    return scanText(text).map((m) => ({ rule: m.rule.id, severity: m.rule.severity, where, name, secret: m.secret, layerIndex }));
}
/**
 * A token rule's finding stands; otherwise a secret-named NAME=value in the config is a finding
 * by name (high), in place of the generic content rule's medium one.
 */
function bySpecificRules(matches, name, value, byName) {
    const specific = matches.filter((m) => m.rule !== 'generic-secret-assignment');
    if (specific.length)
        return specific;
    return isSecretAssignment(name, value) ? [byName] : matches;
}
function scanImageConfig(config) {
    const found = [];
    for (const entry of config.env) {
        const eq = entry.indexOf('=');
        const name = eq < 0 ? entry : entry.slice(0, eq);
        const value = eq < 0 ? '' : entry.slice(eq + 1);
        found.push(...bySpecificRules(contentMatches(entry, 'env', name), name, value, { rule: 'env-secret', severity: 'high', where: 'env', name, secret: value }));
    }
    for (const [name, value] of Object.entries(config.labels))
        found.push(...contentMatches(`${name}=${value}`, 'label', name));
    const command = [...(config.entrypoint ?? []), ...(config.cmd ?? [])].join(' ');
    if (command)
        found.push(...contentMatches(command, 'cmd', undefined));
    config.history.forEach((step) => {
        const args = config_scanner_parseBuildArgs(step.createdBy);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/scan/redact.ts
/** Secrets never leave the scan whole: a redacted form for people, a fingerprint for baselines. */

/** At most the first 4 and the last 2 characters; short secrets show less. */
function redact(secret) {
    if (secret.length <= 8)
        return `${secret.slice(0, 1)}…`;
    if (secret.length <= 16)
        return `${secret.slice(0, 2)}…${secret.slice(-1)}`;
    return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}
/** Stable per rule and secret value: the same secret in two layers has one fingerprint. */
function fingerprint(rule, secret) {
    return createHash('sha256').update(`${rule}\0${secret}`).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/scan/redact-text.ts
/**
 * The one redaction step for free text that leaves the process (logs, annotations, outputs, job
 * summaries, report files, errors): the scan's content rules run over the text and every secret
 * they match is replaced by its redacted form, as the scan's own reports show it. Secret-named
 * `NAME=value` assignments (an `ENV`, or `TOKEN=… cmd` inline in a `RUN`) are redacted as the
 * config scan reports them, and build-argument values in a `created_by` are masked.
 */




/** `NAME=value`, the value quoted or up to the next blank; names as the shell and ENV allow them. */
const ASSIGNMENT = /(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]{0,4096}"|'[^'\n]{0,4096}'|[^\s"'`;|&<>]{1,4096})/g;
function unquote(value) {
    return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}
/**
 * Credentials that are secret wherever they appear in text leaving the process, though the image
 * scan does not report them (JWTs in test files are not baked secrets): the token of an
 * `Authorization: Bearer` header (RFC 6750 b64token) and compact JWS/JWT strings (access tokens).
 */
// Not a challenge's auth-param (`Bearer resource_metadata="…"`, `realm=…`): those names are letters, _ and -.
const BEARER_HEADER = /\bBearer[ ]+(?![A-Za-z_-]+=)([A-Za-z0-9\-._~+/]{8,4096}=*)/gi;
const COMPACT_JWS = /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g;
/** The secret values in `text`: what the scan's content rules match, secret-named assignments, bearer tokens and JWTs. */
function findSecretsInText(text) {
    const secrets = new Set();
    for (const m of text.matchAll(BEARER_HEADER))
        secrets.add(m[1]);
    for (const m of text.matchAll(COMPACT_JWS))
        secrets.add(m[0]);
    for (const match of content_scanner_scanText(text))
        if (text.includes(match.secret))
            secrets.add(match.secret);
    for (const m of text.matchAll(ASSIGNMENT)) {
        const value = unquote(m[2]);
        if (isSecretAssignment(m[1], value))
            secrets.add(value);
    }
    return [...secrets];
}
/** Replaces each secret by its redacted form; the longest first, so no part of one is left behind. */
function replaceSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(redact(secret));
    }
    return out;
}
/** Free text with every secret the scan's rules recognise redacted. */
function redactText(text) {
    if (!text)
        return text;
    return replaceSecrets(text, findSecretsInText(text));
}
/**
 * A history step's `created_by`: build-argument values masked (also where the command repeats
 * them), then redacted as free text.
 */
function redactCreatedBy(createdBy) {
    const argValues = parseBuildArgs(createdBy)
        .map(([, value]) => value)
        .filter((value) => value.length >= 4);
    const masked = maskBuildArgs(createdBy);
    return redactText(argValues.reduce((text, value) => (text.includes(value) ? text.split(value).join('***') : text), masked));
}
/** Every string in a JSON-like value redacted (keys included); numbers, booleans and null kept. */
function redactDeep(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), redactDeep(v)]));
    }
    return value;
}


/***/ }),

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ requireGrammar),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   pb: () => (/* binding */ GRAMMARS)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * The grammars of the spec's untrusted strings, as JSON Schema patterns (the schema uses them, so
 * editors check them too) and as checks for the same values arriving by flag or input. Each value
 * that matches can be written into a Dockerfile, a Compose file or a command line without
 * starting a new instruction: none of these grammars admits whitespace or a line break.
 */

// The distribution reference grammar (github.com/distribution/reference, regexp.go), anchored.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
/** Each grammar: the pattern and the words an error uses for it. */
const GRAMMARS = {
    imageReference: { pattern: `^${NAME}(?::${TAG})?(?:@${DIGEST})?$`, says: 'an image reference ([registry/]repository[:tag][@digest], lowercase repository)' },
    imageRepository: { pattern: `^${NAME}$`, says: 'an image repository without tag ([registry/]repository, lowercase)' },
    serverName: { pattern: '^[a-z0-9][a-z0-9-]{0,62}$', says: 'a DNS-style name: lowercase letters, digits and dashes, at most 63' },
    urlPath: { pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$", says: "a URL path: a leading / and then only letters, digits and -._~!$&'()*+,;=:@%/" },
    envName: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', says: 'an environment variable name: letters, digits and _, not starting with a digit' },
    secretId: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', says: 'an id of letters, digits, _ . and -' },
    dnsSubdomain: { pattern: '^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$', says: 'a DNS subdomain name: lowercase letters, digits, - and .' },
    dnsLabel: { pattern: '^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$', says: 'a DNS label: lowercase letters, digits and -, at most 63' },
    hostname: { pattern: '^(?:\\*\\.)?[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$', says: 'a host name (lowercase, an optional leading *.)' },
    secretKey: { pattern: '^[-._a-zA-Z0-9]+$', says: 'a key of letters, digits, - _ and .' },
    gcpSecret: { pattern: '^(?:projects/[a-z0-9-]+/secrets/)?[A-Za-z0-9_-]{1,255}$', says: 'a Secret Manager secret id or projects/PROJECT/secrets/ID' },
    gcpVersion: { pattern: '^(?:latest|[0-9]+)$', says: '"latest" or a version number' },
    quantity: { pattern: '^[0-9]+(?:\\.[0-9]+)?(?:[KMGTPE]i?|[kmgtpe])?$', says: 'a quantity such as 256Mi, 1Gi or 500m' },
    composeProject: { pattern: '^[a-z0-9][a-z0-9_-]*$', says: 'a Compose project name: lowercase letters, digits, _ and -' },
    cloudRegion: { pattern: '^[a-z0-9-]+$', says: 'a region such as europe-west1' },
    httpUrl: { pattern: '^https?://[^\\s/?#@]+(?:/[^\\s#]*)?$', says: 'an absolute http(s) URL without user info or fragment' },
    jwksUri: { pattern: '^(?:https?://[^\\s/?#@]+(?:/[^\\s#]*)?|file:///[^\\s?#]+)$', says: 'an http(s) URL, or file:///PATH' },
    oauthScope: { pattern: '^[!#-\\[\\]-~]+$', says: 'an OAuth scope: printable ASCII without space, " or \\' },
    oauthClientId: { pattern: '^[!-~]{1,255}$', says: 'a client id of printable ASCII without space' },
    gcpProject: { pattern: '^[a-z][a-z0-9-]{4,28}[a-z0-9]$', says: 'a Google Cloud project id' },
};
const compiled = new Map();
function matches(grammar, value) {
    let re = compiled.get(grammar);
    if (!re)
        compiled.set(grammar, (re = new RegExp(GRAMMARS[grammar].pattern, 'u')));
    return re.test(value);
}
/** Throws an InputError naming `where` (a flag, an input or a spec field) when `value` is not of `grammar`. */
function requireGrammar(grammar, value, where) {
    if (!matches(grammar, value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${JSON.stringify(value)} is not ${GRAMMARS[grammar].says}`);
    return value;
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ GateFailure),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   ux: () => (/* binding */ isKnownError)
/* harmony export */ });
/* unused harmony exports OrchestratorError, exitCodeOf */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The project's error hierarchy. Exit codes follow the CLI contract:
 * 0 ok, 1 a gate failed (the thing checked is not acceptable), 2 usage, input or any other error.
 */
class OrchestratorError extends Error {
    exitCode = 2;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad input, a bad spec, a malformed image: the user can fix it. Exit 2. */
class InputError extends OrchestratorError {
}
/** The thing checked is not acceptable (secrets found, server unhealthy). Exit 1. */
class GateFailure extends OrchestratorError {
    exitCode = 1;
}
/** Stopped by a signal (Ctrl-C, SIGTERM) after cleaning up: exit 128 + the signal's number (130, 143), as shells report it. */
class Interrupted extends OrchestratorError {
    signal;
    exitCode;
    constructor(message, signal) {
        super(message);
        this.signal = signal;
        this.exitCode = 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 0);
    }
}
/** A command run through `exec` exited non-zero or could not start. Exit 2. */
class ExecError extends OrchestratorError {
    command;
    code;
    stderr;
    constructor(message, command, code, stderr) {
        super(message);
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
/** True for errors whose message is written for users (no stack trace needed). */
function isKnownError(error) {
    return error instanceof OrchestratorError;
}
function exitCodeOf(error) {
    return isKnownError(error) ? error.exitCode : 2;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13414);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



const DEFAULT_TIMEOUT_MS = 2 * 60_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** How long a stopped command gets to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2_000;
/** Flags whose value (or the value part of its K=V) may be a credential. */
const SECRET_FLAG = /^--?(build-arg|secret|e|env|password[\w-]*|token[\w-]*|api-key|passphrase|creds|auth[\w-]*)$/i;
/**
 * Runs a command without a shell, always collecting exit code, stdout and stderr, each bounded,
 * within a timeout. Throws an ExecError naming the program and its subcommand, quoting the end
 * of stderr with argument values and secrets redacted.
 */
function exec(command, args, options = {}) {
    const secrets = [...secretArgValues(args), ...(options.redact ?? [])];
    const display = redactText(options.display ?? defaultDisplay(command, args), secrets);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // stderr is redacted whole before its tail is cut, so a secret across the cut never shows in part.
    const fail = (why, code, stderr) => {
        const clean = redactText(stderr, secrets);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`\`${display}\` ${why}${tailOf(clean)}`, display, code, clean);
    };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(fail('was not started: stopped before it began', null, ''));
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        const size = { stdout: 0, stderr: 0 };
        let stopped;
        let settled = false;
        let escalation;
        const stop = (why) => {
            if (stopped !== undefined)
                return;
            stopped = why;
            child.kill('SIGTERM');
            escalation = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => stop(`did not finish within ${formatMs(timeoutMs)} and was stopped`), timeoutMs);
        const onAbort = () => stop('was stopped (interrupted)');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = (finish) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(escalation);
            options.signal?.removeEventListener('abort', onAbort);
            finish();
        };
        const collect = (stream, into) => (chunk) => {
            if (stopped !== undefined)
                return;
            size[stream] += chunk.length;
            if (size[stream] > maxBytes)
                stop(`wrote more than ${formatBytes(maxBytes)} to ${stream} and was stopped`);
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect('stdout', out));
        child.stderr.on('data', collect('stderr', err));
        child.on('error', (e) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI(`could not run \`${display}\`: ${e.message}`, display, null, ''))));
        // A stopped command is done when it exits, even if a grandchild still holds its pipes open.
        child.on('exit', () => {
            if (stopped === undefined)
                return;
            child.stdout.destroy();
            child.stderr.destroy();
            const stderr = Buffer.concat(err).toString('utf8');
            settle(() => reject(fail(stopped, null, stderr)));
        });
        child.on('close', (code, signal) => {
            if (stopped !== undefined)
                return;
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            const exitCode = code ?? 128;
            if ((options.okCodes ?? [0]).includes(exitCode)) {
                settle(() => resolve({ code: exitCode, stdout, stderr }));
                return;
            }
            const why = signal ? `was stopped by ${signal}` : `exited with code ${exitCode}`;
            settle(() => reject(fail(why, code, stderr)));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.input);
    });
}
/** The program and up to three leading subcommand words: `docker buildx build`, `docker image inspect`. */
function defaultDisplay(command, args) {
    const words = [];
    for (const arg of args) {
        if (words.length === 3 || !/^[a-z][a-z0-9-]*$/.test(arg))
            break;
        words.push(arg);
    }
    return [command, ...words].join(' ');
}
/** Values of flags that may carry credentials (`--build-arg K=V` gives V; `--password P` gives P). */
function secretArgValues(args) {
    const values = [];
    const valueOf = (v) => (v.includes('=') ? v.slice(v.indexOf('=') + 1) : v);
    args.forEach((arg, i) => {
        const eq = arg.indexOf('=');
        if (arg.startsWith('-') && eq > 0 && SECRET_FLAG.test(arg.slice(0, eq)))
            values.push(valueOf(arg.slice(eq + 1)));
        else if (SECRET_FLAG.test(arg) && i + 1 < args.length && !args[i + 1].startsWith('--'))
            values.push(valueOf(args[i + 1]));
        // userinfo of a URL argument (https://user:pass@host)
        const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(arg);
        if (userinfo)
            values.push(userinfo[1]);
    });
    // Short values (`1`, `yes`) would blank ordinary words; a secret is longer.
    return values.filter((v) => v.length >= 4);
}
/** Known values replaced by ***, then the one redaction step every writer shares (the scan's rules). */
function redactText(text, secrets) {
    if (!text)
        return text;
    return (0,_scan_redact_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .iB)([...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text));
}
/** The last lines of (redacted) stderr, each cut to 500 characters, as `:\n…`; empty when there is none. */
function tailOf(stderr) {
    const tail = stderr.trim().split('\n').slice(-5).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l)).join('\n');
    return tail ? `:\n${tail}` : '';
}
function formatMs(ms) {
    if (ms < 60_000 || ms % 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    return `${ms / 60_000}m`;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}


/***/ }),

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseSize, parseList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds. */
function parseDuration(value, name = 'duration') {
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        total += Number(m[1]) * unitMs[m[2]];
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== text.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a duration (expected e.g. 30s, 5m, 1h30m, 250ms)`);
    }
    return Math.round(total);
}
/** Parses sizes such as `10MB`, `512KiB`, `2g`, or a bare number of bytes. */
function parseSize(value, name = 'size') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(value);
    if (!m)
        throw new InputError(`${name}: "${value}" is not a size (expected e.g. 10MB, 512KiB, 1048576)`);
    const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
    const pow = ['', 'k', 'm', 'g', 't'].indexOf(unit);
    if (pow < 0)
        throw new InputError(`${name}: unknown unit in "${value}"`);
    return Math.round(Number(m[1]) * 1024 ** pow);
}
/** Parses true/false in the spellings YAML 1.2 core and GitHub inputs use; throws otherwise. */
function parseBoolean(value, name = 'value') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not a boolean (expected true or false)`);
}
/** Splits a comma- or newline-separated list, dropping empty items. */
function parseList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Chooses a value from a closed set, naming the choices on error. */
function parseChoice(value, choices, name) {
    if (choices.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${value}" is not one of ${choices.join(', ')}`);
}
/** A whole number from `min` to `max`, naming the option on error. */
function parseInteger(text, name, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
}


/***/ })

};

//# sourceMappingURL=321.index.js.map