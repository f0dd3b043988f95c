/** The all-in-one action's committed bundle, run under Node 24 as the runner runs it. */
import { describe, expect, test } from '@jest/globals';
import { fixturePath } from '../helpers/engine.js';
import { runAction } from '../helpers/run-action.js';

describe('all-in-one action (dist/main)', () => {
  test('reads a docker-archive and sets digest, layers and a report file; summarises the layers', async () => {
    const archive = fixturePath('layers-docker.tar');
    const result = await runAction('main', { inputs: { image: `docker-archive:${archive}` } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Number(result.outputs.layers)).toBeGreaterThanOrEqual(5);
    expect(Number(result.outputs.deleted)).toBeGreaterThanOrEqual(4);
    expect(result.outputs.platform).toBe('linux/amd64');
    expect(result.summary).toContain('<table>');
    expect(result.summary).toContain('rm -rf /data/old');
  }, 60_000);

  test('a bad source fails with the accepted forms and exit code 1', async () => {
    const result = await runAction('main', { inputs: { image: 'ftp://example/image' } });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/docker-archive:/);
  });
});
