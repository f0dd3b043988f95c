/**
 * GitHub's official OpenAPI description (@octokit/openapi, the dereferenced api.github.com file:
 * no $refs) as an index of operations, and the checks the GitHub API double runs on every request
 * and response: method and path matched to an operation, path and query parameters and the JSON
 * body validated with ajv against the operation's schemas. Loaded once per process, operations
 * indexed by method and path segments, validators compiled on first use.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The path template of the description: `/repos/{owner}/{repo}/issues`. */
  template: string;
  segments: string[];
  literals: number;
  parameters: Parameter[];
  body?: { required: boolean; schema?: Schema };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface CheckedRequest {
  operation?: Operation;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  /** What the description does not allow, one line each; empty when the request is valid. */
  errors: string[];
  /** The HTTP status GitHub would answer an invalid request with. */
  status: number;
}

interface Index {
  /** Operations by method, then by the number of path segments, most literal segments first. */
  byMethod: Map<string, Map<number, Operation[]>>;
  /** Every path template by segment count (to tell a wrong method from an unknown path). */
  templates: Map<number, Operation[]>;
}

const SPEC = join(repoRoot, 'node_modules/@octokit/openapi/generated/api.github.com.deref.json');
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

let index: Index | undefined;
// OpenAPI 3.0 keywords (nullable, example, discriminator, x-github) are not JSON Schema: strict off; formats are not checked.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
// Response schemas are large (an issue holds a whole repository): first error only, unoptimized code, compiled 2-3x faster.
const responseAjv = new Ajv({ strict: false, allErrors: false, validateFormats: false, logger: false, code: { optimize: false } });
const validators = new WeakMap<Schema, ValidateFunction>();

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema (null added to `type` and `enum`, or an anyOf
 * with null where there is no type): ajv only takes `nullable` next to a `type`.
 */
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    out[key] = key === 'properties' || key === 'patternProperties' ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, jsonSchema(v)])) : jsonSchema(value);
  }
  const nullable = out.nullable === true;
  delete out.nullable;
  if (!nullable) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
  return { anyOf: [out, { type: 'null' }] };
}

function compiled(schema: Schema, response = false): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = (response ? responseAjv : ajv).compile(jsonSchema(schema) as Schema);
    validators.set(schema, validate);
  }
  return validate;
}

function loadIndex(): Index {
  if (index) return index;
  const spec = JSON.parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const byMethod = new Map<string, Map<number, Operation[]>>();
  const templates = new Map<number, Operation[]>();
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters as unknown as Parameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const segments = template.split('/').slice(1);
      const requestBody = op.requestBody as { required?: boolean; content?: Record<string, { schema?: Schema }> } | undefined;
      const operation: Operation = {
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        template,
        segments,
        literals: segments.filter((s) => !s.startsWith('{')).length,
        parameters: [...shared, ...((op.parameters as Parameter[] | undefined) ?? [])],
        body: requestBody ? { required: Boolean(requestBody.required), schema: requestBody.content?.['application/json']?.schema } : undefined,
        responses: (op.responses ?? {}) as Operation['responses'],
      };
      const byLength = byMethod.get(operation.method) ?? new Map<number, Operation[]>();
      byMethod.set(operation.method, byLength);
      byLength.set(segments.length, [...(byLength.get(segments.length) ?? []), operation]);
      templates.set(segments.length, [...(templates.get(segments.length) ?? []), operation]);
    }
  }
  for (const byLength of [...byMethod.values(), templates]) {
    for (const list of byLength.values()) list.sort((a, b) => b.literals - a.literals);
  }
  index = { byMethod, templates };
  return index;
}

/** Matches a path to a template; returns its path parameters (still strings) or undefined. */
function matchPath(operation: Operation, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = operation.segments[i]!;
    if (segment.startsWith('{')) {
      if (parts[i] === '') return undefined;
      params[segment.slice(1, -1)] = decodeURIComponent(parts[i]!);
    } else if (segment !== parts[i]) return undefined;
  }
  return params;
}

/** A parameter's string value as its schema's type, so that ajv checks the type and not the string. */
function coerce(value: string | string[], schema: Schema | undefined): unknown {
  const type = schema?.type;
  const one = (v: string): unknown => {
    if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    if (type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
    return v;
  };
  if (type === 'array') return (Array.isArray(value) ? value : value.split(',')).map((v) => coerce(v, schema?.items as Schema | undefined));
  return one(Array.isArray(value) ? value[value.length - 1]! : value);
}

function schemaErrors(where: string, schema: Schema | undefined, value: unknown, response = false): string[] {
  if (!schema) return [];
  const validate = compiled(schema, response);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`);
}

function checkParameters(operation: Operation, pathParams: Record<string, string>, search: URLSearchParams): Omit<CheckedRequest, 'operation' | 'body' | 'status'> {
  const errors: string[] = [];
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const p of operation.parameters) {
    if (p.in === 'path') {
      params[p.name] = coerce(pathParams[p.name] ?? '', p.schema);
      errors.push(...schemaErrors(`path parameter ${p.name}`, p.schema, params[p.name]));
    } else if (p.in === 'query') {
      known.add(p.name);
      const values = search.getAll(p.name);
      if (!values.length) {
        if (p.required) errors.push(`query parameter ${p.name} is required`);
        continue;
      }
      query[p.name] = coerce(values.length > 1 ? values : values[0]!, p.schema);
      errors.push(...schemaErrors(`query parameter ${p.name}`, p.schema, query[p.name]));
    }
  }
  for (const name of new Set(search.keys())) if (!known.has(name)) errors.push(`query parameter ${name} is not in the description of ${operation.operationId}`);
  return { params, query, errors };
}

function checkBody(operation: Operation, rawBody: string, contentType: string | undefined): { body: unknown; errors: string[] } {
  const present = rawBody.length > 0;
  if (!operation.body) return { body: undefined, errors: present ? [`${operation.operationId} takes no request body`] : [] };
  if (!present) return { body: undefined, errors: operation.body.required ? [`${operation.operationId} requires a JSON body`] : [] };
  if (!contentType?.startsWith('application/json')) return { body: undefined, errors: [`body sent as ${contentType ?? 'no content type'}, not application/json`] };
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { body: undefined, errors: ['body is not valid JSON'] };
  }
  return { body, errors: schemaErrors('body', operation.body.schema, body) };
}

/** Checks one request against the description. */
export function checkRequest(method: string, url: URL, rawBody: string, contentType: string | undefined): CheckedRequest {
  const { byMethod, templates } = loadIndex();
  const parts = url.pathname.split('/').slice(1);
  let found: { operation: Operation; params: Record<string, string> } | undefined;
  for (const operation of byMethod.get(method)?.get(parts.length) ?? []) {
    const params = matchPath(operation, parts);
    if (params) {
      found = { operation, params };
      break;
    }
  }
  if (!found) {
    const other = (templates.get(parts.length) ?? []).find((op) => matchPath(op, parts));
    const reason = other ? `${method} is not an operation of ${other.template}` : `no operation of the description matches ${method} ${url.pathname}`;
    return { params: {}, query: {}, body: undefined, errors: [reason], status: 404 };
  }
  const { operation } = found;
  const parameters = checkParameters(operation, found.params, url.searchParams);
  const body = checkBody(operation, rawBody, contentType);
  const errors = [...parameters.errors, ...body.errors];
  return { operation, params: parameters.params, query: parameters.query, body: body.body, errors, status: body.errors.length ? 422 : 400 };
}

/** Checks a response the double sends against the operation's description of that status. */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const response = operation.responses[String(status)];
  if (!response) return [`${operation.operationId} does not describe a ${status} response`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema || body === undefined) return [];
  return schemaErrors(`${operation.operationId} ${status} response`, schema, body, true);
}
