/**
 * The exec wrapper on real child processes (the running Node binary): output is bounded, every
 * call ends within its timeout even when the child ignores SIGTERM, and an error never carries an
 * argument value or a secret from stderr.
 */
import { describe, expect, test } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecError } from '../../../src/util/errors.js';
import { exec } from '../../../src/util/exec.js';
import { checksummedToken } from '../../helpers/secrets.js';
import { alive } from '../../helpers/processes.js';

const node = process.execPath;
const dir = mkdtempSync(join(tmpdir(), 'exec-test-'));
const script = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};


async function execError(promise: Promise<unknown>): Promise<ExecError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExecError);
  return error as ExecError;
}

describe('exec bounds what it collects', () => {
  test('a command that writes more than maxBytes to stdout fails naming the limit, and the child is killed', async () => {
    // Writes its pid to a file, then 4 MiB, then stays alive: only exec's kill can end it.
    const pidFile = join(dir, 'flood.pid');
    const flood = script('flood.mjs', `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nprocess.stdout.write(Buffer.alloc(4 * 1024 * 1024, 97));\nsetInterval(() => {}, 1000);\n`);
    const error = await execError(exec(node, [flood], { maxBytes: 1024 * 1024, timeoutMs: 60_000 }));
    expect(error.message).toMatch(/wrote more than 1 MiB to stdout and was stopped/);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  }, 30_000);

  test('stderr is bounded too', async () => {
    const flood = script('flood-err.mjs', `process.stderr.write(Buffer.alloc(2 * 1024 * 1024, 98));\nsetInterval(() => {}, 1000);\n`);
    const error = await execError(exec(node, [flood], { maxBytes: 64 * 1024, timeoutMs: 60_000 }));
    expect(error.message).toMatch(/wrote more than 64 KiB to stderr and was stopped/);
  }, 30_000);

  test('output within the limit is returned whole', async () => {
    const out = await exec(node, ['-e', 'process.stdout.write("x".repeat(100000))'], { maxBytes: 100_000 });
    expect(out.stdout).toHaveLength(100_000);
  });
});

describe('exec times out', () => {
  test('a command that runs past its timeout fails saying so', async () => {
    const error = await execError(exec(node, ['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 300 }));
    expect(error.message).toMatch(/did not finish within 0\.3s and was stopped/);
    expect(error.code).toBeNull();
  });

  test('a command that ignores SIGTERM is killed anyway', async () => {
    // Writes its pid once its SIGTERM handler is in place; the test stops it only then.
    const pidFile = join(dir, 'stubborn.pid');
    const stubborn = script('stubborn.mjs', `import { writeFileSync } from 'node:fs';\nprocess.on('SIGTERM', () => {});\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetInterval(() => {}, 1000);\n`);
    const controller = new AbortController();
    const running = exec(node, [stubborn], { signal: controller.signal, timeoutMs: 60_000 });
    while (!existsSync(pidFile)) await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const error = await execError(running);
    expect(error.message).toMatch(/was stopped/);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  }, 30_000);

  test('an aborted signal stops the command', async () => {
    const controller = new AbortController();
    const running = exec(node, ['-e', 'setInterval(() => {}, 1000)'], { signal: controller.signal, timeoutMs: 60_000 });
    setTimeout(() => controller.abort(), 100);
    const error = await execError(running);
    expect(error.message).toMatch(/was stopped/);
  });
});

describe('exec errors never carry argument values or secrets', () => {
  // An executable that prints every argument to stderr, then what it was given on stdin, and fails.
  const echo = script('echo-args.mjs', `#!${node}\nlet input = '';\nprocess.stdin.on('data', (c) => (input += c));\nprocess.stdin.on('end', () => {\n  process.stderr.write(process.argv.slice(2).join('\\n') + '\\n');\n  process.stderr.write('token: ' + input + '\\n');\n  process.exit(3);\n});\n`);

  chmodSync(echo, 0o755);

  test('values of --build-arg, --secret, -e, --env and --password are in neither message, command nor stderr; the program is named', async () => {
    const token = checksummedToken('ghp_');
    const args = ['build', '--build-arg', 'TOKEN=supersecretvalue', '--secret', 'id=npm,src=/run/npmrc-secret-path', '-e', 'API_KEY=anothersecret1', '--env=DB_PASS=thirdsecret', '--password', 'hunter2hunter2', '--password-stdin'];
    const error = await execError(exec(echo, args, { input: token }));
    for (const secret of ['supersecretvalue', 'npmrc-secret-path', 'anothersecret1', 'thirdsecret', 'hunter2hunter2', token]) {
      expect(error.message).not.toContain(secret);
      expect(error.command).not.toContain(secret);
      expect(error.stderr).not.toContain(secret);
    }
    expect(error.message).toContain('exited with code 3');
    expect(error.message).toMatch(/^`\S+echo-args\.mjs build` exited/);
    // Names stay readable: the key of a build argument is not a secret.
    expect(error.stderr).toContain('TOKEN=***');
  });

  test('values given in redact are scrubbed from the stderr tail', async () => {
    const error = await execError(exec(echo, ['positional-secret-value'], { input: 'x', redact: ['positional-secret-value'] }));
    expect(error.message).not.toContain('positional-secret-value');
    expect(error.stderr).not.toContain('positional-secret-value');
  });

  test('by default the error names the program and its leading subcommand words, not later arguments', async () => {
    const error = await execError(exec(echo, ['image', 'inspect', '--format', '{{.Id}}', 'some/ref:tag'], { input: '' }));
    expect(error.command).toBe(`${echo} image inspect`);
    expect(error.message).toMatch(/^`\S+ image inspect` exited with code 3/);
  });

  test('display replaces the default name', async () => {
    const error = await execError(exec(echo, ['x'], { input: '', display: 'echo-args x' }));
    expect(error.message).toMatch(/^`echo-args x` exited with code 3/);
  });
});
