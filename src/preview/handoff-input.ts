/**
 * The handoff file `deploy --handoff` wrote (src/handoff/handoff.ts), as the preview comment reads
 * it: only the fields the comment shows, each checked by a JSON Schema before use. The file comes
 * from a step that deployed the pull request's spec, so its values are untrusted.
 */
import { Ajv } from 'ajv';
import { HANDOFF_SCHEMA } from '../handoff/handoff.js';
import { InputError } from '../util/errors.js';

export interface PreviewHandoff {
  server: string;
  target: string;
  release?: { image?: string; digest?: string; namespace?: string; project?: string };
  clients: {
    url: string;
    transport: 'streamable-http' | 'sse';
    auth: 'none' | 'bearer' | 'oauth';
    tools: string[];
    protocolVersion?: string;
    snippets: { claudeCode: string; vscode: object; cursor: object; claudeDesktop: object; mcpJson: object };
    connectionTest?: { ok: boolean; status: string; problems: Array<{ level: string; message: string }> };
  };
}

const str = (max: number) => ({ type: 'string', maxLength: max });

const schema = {
  type: 'object',
  required: ['schema', 'server', 'target', 'clients'],
  properties: {
    schema: { const: HANDOFF_SCHEMA },
    server: str(200),
    target: str(50),
    release: { type: 'object', properties: { image: str(500), digest: str(200), namespace: str(100), project: str(200) } },
    clients: {
      type: 'object',
      required: ['url', 'transport', 'auth', 'tools', 'snippets'],
      properties: {
        url: { type: 'string', maxLength: 2000, pattern: '^https?://' },
        transport: { enum: ['streamable-http', 'sse'] },
        auth: { enum: ['none', 'bearer', 'oauth'] },
        tools: { type: 'array', maxItems: 10_000, items: str(500) },
        protocolVersion: str(50),
        snippets: {
          type: 'object',
          required: ['claudeCode', 'vscode', 'cursor', 'claudeDesktop', 'mcpJson'],
          properties: { claudeCode: str(5000), vscode: { type: 'object' }, cursor: { type: 'object' }, claudeDesktop: { type: 'object' }, mcpJson: { type: 'object' } },
        },
        connectionTest: {
          type: 'object',
          required: ['ok', 'status', 'problems'],
          properties: {
            ok: { type: 'boolean' },
            status: str(50),
            problems: { type: 'array', maxItems: 1000, items: { type: 'object', required: ['level', 'message'], properties: { level: str(20), message: str(5000) } } },
          },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: false, strict: false }).compile<PreviewHandoff>(schema);

/** The handoff document's fields the preview shows; `file` names it in the error. */
export function parsePreviewHandoff(value: unknown, file: string): PreviewHandoff {
  if (validate(value)) return value;
  const error = validate.errors?.[0];
  throw new InputError(`${file}: not a handoff document (${HANDOFF_SCHEMA}): ${error ? `${error.instancePath || '/'} ${error.message}` : 'invalid'}; pass the file deploy --handoff wrote`);
}
