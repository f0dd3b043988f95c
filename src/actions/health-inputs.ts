/**
 * The health gate's inputs, read one way by actions/health and the all-in-one action (the same
 * input names in both): headers, the bearer token and the OAuth client secret (masked first), the
 * declared authorization (auth, oauth-*; default: the spec's), the contract or expected tools, the
 * smoke call, the deadline, strictness.
 */
import * as core from '@actions/core';
import { contractFromNames, loadContract } from '../health/contract.js';
import { gateAuthFromInputs, parseHeaders, parseSmoke } from '../health/inputs.js';
import { transports, type HealthOptions, type TransportChoice } from '../health/types.js';
import { InputError } from '../util/errors.js';
import { parseDuration, parseList } from '../util/parse.js';
import { getBooleanInput, getChoiceInput, getOptionalInput, getPathInput, getRenamedInput, getSecretInput } from './inputs.js';
import { actionLogger } from './run-action.js';

export type GateInputs = Omit<HealthOptions, 'target'>;

/** What a deploy spec's health: section says, used where the inputs say nothing. */
export type GateDefaults = Partial<Pick<HealthOptions, 'contract' | 'strict' | 'allowAuthRequired' | 'smoke' | 'timeoutMs' | 'auth'>>;

/** Header values, the token and the client secret are secrets: masked before anything can print them. */
function getSecretInputs(): { headers: Record<string, string>; token?: string; clientSecret?: string } {
  const headerLines = core.getMultilineInput('headers').filter((l) => l.trim());
  for (const line of headerLines) core.setSecret(line.slice(line.indexOf(':') + 1).trim());
  const token = getSecretInput('bearer-token');
  const clientSecret = getSecretInput('oauth-client-secret');
  return { headers: parseHeaders(headerLines, 'input headers'), token, clientSecret };
}

/** Declared authorization from the inputs over the spec's; without it a bearer-token is only a header. */
function getAuthInputs(secrets: ReturnType<typeof getSecretInputs>, declared: GateDefaults['auth']): HealthOptions['auth'] {
  const scopes = getOptionalInput('oauth-scopes');
  return gateAuthFromInputs(
    {
      mode: getOptionalInput('auth'),
      issuer: getOptionalInput('oauth-issuer'),
      audience: getOptionalInput('oauth-audience'),
      scopes: scopes !== undefined ? parseList(scopes) : undefined,
      token: secrets.token,
      clientId: getOptionalInput('oauth-client-id'),
      clientSecret: secrets.clientSecret,
    },
    declared,
    { mode: 'input auth', issuer: 'input oauth-issuer', audience: 'input oauth-audience', token: 'input bearer-token', clientId: 'input oauth-client-id', clientSecret: 'input oauth-client-secret' },
  );
}

/** `deprecatedTimeout`: the name the deadline had in this action before it was `timeout`. */
export function getGateInputs(defaults: GateDefaults = {}, deprecatedTimeout?: string): GateInputs {
  const secrets = getSecretInputs();
  const auth = getAuthInputs(secrets, defaults.auth);
  const headers = secrets.headers;
  if (secrets.token && !auth) headers.Authorization = `Bearer ${secrets.token}`;
  const expect = getOptionalInput('expect-tools');
  const contractFile = getPathInput('contract');
  if (expect && contractFile) throw new InputError('inputs expect-tools and contract: give one, not both');
  const smoke = getOptionalInput('smoke');
  const timeoutName = deprecatedTimeout && getOptionalInput('timeout') === undefined && getOptionalInput(deprecatedTimeout) !== undefined ? deprecatedTimeout : 'timeout';
  const timeout = deprecatedTimeout ? getRenamedInput('timeout', deprecatedTimeout) : getOptionalInput('timeout');
  return {
    transport: getChoiceInput<TransportChoice>('transport', transports, 'auto'),
    headers,
    timeoutMs: timeout !== undefined ? parseDuration(timeout, `input ${timeoutName}`) : (defaults.timeoutMs ?? 60_000),
    contract: contractFile ? loadContract(contractFile) : expect ? contractFromNames(parseList(expect)) : defaults.contract,
    strict: getBooleanInput('strict', defaults.strict ?? false),
    allowAuthRequired: getBooleanInput('allow-auth-required', defaults.allowAuthRequired ?? false),
    smoke: smoke ? parseSmoke(smoke, 'input smoke') : defaults.smoke,
    ...(auth ? { auth } : {}),
    logger: actionLogger,
  };
}
