/**
 * Makes realistic, structurally valid secrets at test time (random bodies, real checksums), so
 * no live-looking credential sits in the repository as a literal.
 */
import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ALNUM = BASE62;

export function randomString(length: number, alphabet = ALNUM): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

function base62(value: number, width: number): string {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** ghp_/gho_/…/npm_ tokens: 30 random characters and their base62 CRC32. */
export function checksummedToken(prefix: string): string {
  const body = randomString(30);
  return `${prefix}${body}${base62(crc32(body) >>> 0, 6)}`;
}

const HEX = '0123456789abcdef';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function jwt(payload: object): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(payload)}.${randomBytes(64).toString('base64url')}`;
}

export function privateKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
}

export function publicKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** One planted secret per rule family: [rule id, the line that carries it, the secret value]. */
export function plantedSecrets(): Array<[string, string, string]> {
  const gh = checksummedToken('ghp_');
  const npm = checksummedToken('npm_');
  const aws = `AKIA${randomString(16, UPPER_DIGITS)}`;
  const awsSecret = randomString(40, `${ALNUM}/+`);
  const fine = `github_pat_${randomString(22)}_${randomString(59)}`;
  const glpat = `glpat-${randomString(20)}`;
  const slack = `xoxb-${randomString(12, '0123456789')}-${randomString(12, '0123456789')}-${randomString(24)}`;
  const hook = `https://hooks.slack.com/services/T${randomString(10, UPPER_DIGITS)}/B${randomString(10, UPPER_DIGITS)}/${randomString(24)}`;
  const stripe = `sk_live_${randomString(32)}`;
  const google = `AIza${randomString(35)}`;
  const openai = `sk-proj-${randomString(40)}T3BlbkFJ${randomString(40)}`;
  const anthropic = `sk-ant-api03-${randomString(93)}AA`;
  const hf = `hf_${randomString(34, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}`;
  const sendgrid = `SG.${randomString(22)}.${randomString(43)}`;
  const digitalocean = `dop_v1_${randomString(64, HEX)}`;
  const vault = `hvs.${randomString(95)}`;
  const dockerhub = `dckr_pat_${randomString(27)}`;
  const pypi = `pypi-AgEIcHlwaS5vcmc${randomString(70)}`;
  const azure = `${randomString(3)}8Q~${randomString(34)}`;
  const twilio = `SK${randomString(32, HEX)}`;
  const k8s = jwt({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'default', sub: 'system:serviceaccount:default:deployer' });
  const roleJwt = jwt({ iss: 'supabase', role: 'service_role', iat: 1700000000 });
  const dbPassword = randomString(20);
  const generic = `${randomString(12)}7${randomString(11)}`;
  return [
    ['aws-access-key-id', `AWS_ACCESS_KEY_ID=${aws}`, aws],
    ['aws-secret-access-key', `aws_secret_access_key = ${awsSecret}`, awsSecret],
    ['github-classic-token', `token: ${gh}`, gh],
    ['github-fine-grained-token', `GH=${fine}`, fine],
    ['gitlab-personal-access-token', `gitlab ${glpat}`, glpat],
    ['slack-token', `slack=${slack}`, slack],
    ['slack-webhook', `url: ${hook}`, hook],
    ['stripe-live-key', `stripe ${stripe}`, stripe],
    ['google-api-key', `key=${google}`, google],
    ['npm-access-token', `npm ${npm}`, npm],
    ['pypi-upload-token', `pypi ${pypi}`, pypi],
    ['openai-api-key', `OPENAI=${openai}`, openai],
    ['anthropic-api-key', `ANTHROPIC=${anthropic}`, anthropic],
    ['huggingface-token', `hf ${hf}`, hf],
    ['sendgrid-api-key', `sendgrid ${sendgrid}`, sendgrid],
    ['twilio-api-key', `twilio key ${twilio}`, twilio],
    ['digitalocean-token', `do ${digitalocean}`, digitalocean],
    ['vault-token', `VAULT_TOKEN=${vault}`, vault],
    ['azure-ad-client-secret', `client ${azure}`, azure],
    ['dockerhub-pat', `docker ${dockerhub}`, dockerhub],
    ['kubernetes-service-account-token', `token ${k8s}`, k8s],
    ['jwt-credential', `anon ${roleJwt}`, roleJwt],
    ['database-url-password', `DATABASE_URL=postgres://app:${dbPassword}@db.internal:5432/app`, dbPassword],
    ['generic-secret-assignment', `client_secret = "${generic}"`, generic],
  ];
}
