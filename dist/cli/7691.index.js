export const id = 7691;
export const ids = [7691];
export const modules = {

/***/ 62293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ readAuth),
/* harmony export */   Ow: () => (/* binding */ readGateCredentials),
/* harmony export */   r6: () => (/* binding */ checkSecureUrl)
/* harmony export */ });
/* unused harmony exports DEFAULT_TOKEN_VARIABLE, isLoopbackHost */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${file} is not a valid deploy spec:\n  ${problems.join('\n  ')}`);
    return credentials;
}


/***/ }),

/***/ 32042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ug: () => (/* binding */ requireCloudGrammar),
/* harmony export */   bQ: () => (/* binding */ cloudGrammar)
/* harmony export */ });
/* unused harmony export CLOUD_GRAMMARS */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${JSON.stringify(value)} is not ${CLOUD_GRAMMARS[grammar].says}`);
    return value;
}


/***/ }),

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GRAMMARS: () => (/* binding */ GRAMMARS),
/* harmony export */   matches: () => (/* binding */ matches),
/* harmony export */   requireGrammar: () => (/* binding */ requireGrammar)
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

/***/ 47691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ loadSpec)
});

// UNUSED EXPORTS: parseSpec

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/spec/auth.ts
var auth = __webpack_require__(62293);
// EXTERNAL MODULE: ./src/spec/grammar.ts
var grammar = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/spec/cloud-grammar.ts
var cloud_grammar = __webpack_require__(32042);
;// CONCATENATED MODULE: ./src/spec/schema.ts
/**
 * The JSON Schema of mcp-deploy.yml. schema/mcp-deploy.schema.json is written from it (npm run
 * schema) for editors; a test keeps the two equal. Every string that reaches a generated file or
 * a command line is pinned to its grammar (src/spec/grammar.ts); patternErrorMessage is what
 * editors (VS Code, yaml-language-server) and our own errors say when one does not match.
 */


const schema_grammar = (g) => ({ pattern: grammar.GRAMMARS[g].pattern, patternErrorMessage: grammar.GRAMMARS[g].says });
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
                    ...(0,cloud_grammar/* cloudGrammar */.bQ)('awsSecretArn')
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
                    ...(0,cloud_grammar/* cloudGrammar */.bQ)('keyVaultName')
                },
                "secret": {
                    "type": "string",
                    ...(0,cloud_grammar/* cloudGrammar */.bQ)('keyVaultSecret')
                },
                "version": {
                    "type": "string",
                    ...(0,cloud_grammar/* cloudGrammar */.bQ)('keyVaultVersion')
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
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('cloudRunService'),
                            "description": "The Cloud Run service (default: the server's name)."
                        },
                        "service-account": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('gcpServiceAccount'),
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
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('awsRegion')
                        },
                        "cluster": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('ecsName'),
                            "default": "default"
                        },
                        "service": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('ecsName'),
                            "description": "The ECS service (default: the server's name)."
                        },
                        "family": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('ecsName'),
                            "description": "The task definition family (default: the server's name)."
                        },
                        "execution-role-arn": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('awsRoleArn'),
                            "description": "The role ECS pulls the image, writes logs and reads secrets with."
                        },
                        "task-role-arn": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('awsRoleArn'),
                            "description": "The role the server's own AWS calls run as."
                        },
                        "log-group": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('logGroup'),
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
                                ...(0,cloud_grammar/* cloudGrammar */.bQ)('subnet')
                            }
                        },
                        "security-groups": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                ...(0,cloud_grammar/* cloudGrammar */.bQ)('securityGroup')
                            }
                        },
                        "target-group-arn": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('awsTargetGroupArn'),
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
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('azureSubscription')
                        },
                        "resource-group": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('azureResourceGroup')
                        },
                        "environment": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('containerAppEnvironment'),
                            "description": "The Container Apps environment (in the same resource group)."
                        },
                        "name": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('containerAppName'),
                            "description": "The container app (default: the server's name)."
                        },
                        "location": {
                            "type": "string",
                            ...schema_grammar('cloudRegion')
                        },
                        "identity": {
                            "type": "string",
                            ...(0,cloud_grammar/* cloudGrammar */.bQ)('azureIdentity'),
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
    spec.auth = (0,auth/* readAuth */.Hc)(raw.auth, file, where);
    const credentials = (0,auth/* readGateCredentials */.Ow)(raw.health?.auth, spec.auth, file, where);
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


/***/ })

};

//# sourceMappingURL=7691.index.js.map