/**
 * `render --target compose` through the CLI: the generated file for the image, port and the
 * engine DOCKER_HOST names (a remote one binds the server to every address, with the docker
 * CLI's own reading of DOCKER_HOST; no engine is contacted), the user's file with the image
 * substituted, and Kubernetes-only options or a bad image refused.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../../src/cli/main.js';
import { generatedCompose } from '../../../../src/deploy/compose/compose-document.js';
import { parseSpec } from '../../../../src/spec/spec.js';
import { silentLogger } from '../../../../src/util/logger.js';

const dir = mkdtempSync(join(tmpdir(), 'render-compose-'));
const specText = 'server: {name: weather, port: 8080}\nimage: ghcr.io/acme/weather\n';
writeFileSync(join(dir, 'mcp-deploy.yml'), specText);
const image = '127.0.0.1:5000/acme/weather:sha-1234567';

async function render(args: string[], env: NodeJS.ProcessEnv = { PATH: process.env.PATH }) {
  let stdout = '';
  let stderr = '';
  const code = await main(['render', '--target', 'compose', ...args], { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env, cwd: dir });
  return { code, stdout, stderr };
}

const expected = (port: number, bind: string) => generatedCompose(parseSpec(specText, join(dir, 'mcp-deploy.yml')), image, { port, bind, env: {}, logger: silentLogger });

describe('render --target compose', () => {
  test('the generated file for the local engine: the server on 127.0.0.1 at --port', async () => {
    expect(await render(['--image', image, '--port', '9123'])).toMatchObject({ code: 0, stdout: expected(9123, '127.0.0.1') });
  });

  test('DOCKER_HOST naming another machine: the server binds every address there (what deploy would apply)', async () => {
    const result = await render(['--image', image], { PATH: process.env.PATH, DOCKER_HOST: 'tcp://docker.invalid:2376' });
    expect(result).toMatchObject({ code: 0, stdout: expected(8080, '0.0.0.0') });
  });

  test('the user\'s file with the image substituted, byte for byte otherwise', async () => {
    const user = mkdtempSync(join(tmpdir(), 'render-compose-user-'));
    writeFileSync(join(user, 'mcp-deploy.yml'), `${specText}targets:\n  compose: {file: compose.yml}\n`);
    writeFileSync(join(user, 'compose.yml'), '# mine\nservices:\n  api:\n    image: ghcr.io/acme/weather:1 # here\n  db: {image: "postgres:16"}\n');
    const result = await render(['--spec', join(user, 'mcp-deploy.yml'), '--image', image]);
    expect(result).toMatchObject({ code: 0, stdout: `# mine\nservices:\n  api:\n    image: ${image} # here\n  db: {image: "postgres:16"}\n` });
  });

  test.each([
    [['--image', image, '--namespace', 'x'], /--namespace is a Kubernetes option/],
    [['--image', image, '--format', 'json'], /--format: "json" is not one of yaml/],
    [[], /--image REF is required/],
    [['--image=--privileged'], /--image: "--privileged" is not an image reference/],
  ])('%j is refused (exit 2)', async (args, message) => {
    const result = await render(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
