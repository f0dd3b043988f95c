/** `render --target compose`: the Compose document `deploy --target compose` would apply for this image, port and engine. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../util/errors.js';
import { parseInteger } from '../../util/parse.js';
import { parseFormat, type CommandContext } from '../command.js';
import { readSpec } from '../spec-option.js';

export interface ComposeRenderValues {
  image?: string;
  spec?: string;
  port?: string;
  namespace?: string;
  output?: string;
  format?: string;
}

export async function renderCompose(values: ComposeRenderValues, ctx: CommandContext): Promise<number> {
  if (values.namespace !== undefined) throw new InputError('render --target compose: --namespace is a Kubernetes option');
  parseFormat(values.format ?? 'yaml', ['yaml']);
  if (!values.image) throw new InputError('render --target compose: --image REF is required (the image deploy --target compose would run)');
  const port = values.port === undefined ? undefined : parseInteger(values.port, '--port', 1, 65535);
  const spec = readSpec(values.spec, ctx.cwd);
  const [{ composeDocument }, { resolveEngine }, { requireGrammar }] = await Promise.all([import('../../deploy/compose/compose-document.js'), import('../../deploy/compose/engine.js'), import('../../spec/grammar.js')]);
  requireGrammar('imageReference', values.image, '--image');
  // The engine deploy would use (DOCKER_HOST, the docker context) decides where a generated file binds the server.
  const engine = await resolveEngine(ctx.env);
  const doc = composeDocument(spec, values.image, { port: port ?? spec.server.port, bind: engine.bind, env: ctx.env, logger: ctx.logger });
  if (values.output) {
    const dir = resolve(ctx.cwd, values.output);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'compose.yml'), doc.text);
    ctx.logger.info(`render: wrote compose.yml (services ${doc.services.join(', ')}) to ${dir}`);
    ctx.stdout(`${join(dir, 'compose.yml')}\n`);
  } else {
    ctx.stdout(doc.text);
  }
  return 0;
}
