/** actions/push's committed bundle under Node 24, as the runner runs it, against the local registries. */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fixturePath } from '../helpers/engine.js';
import { authRegistry } from '../helpers/registries.js';
import { runAction } from '../helpers/run-action.js';

describe('actions/push (dist/push)', () => {
  test('pushes a docker-archive to the htpasswd+TLS registry: outputs, summary, the password masked', async () => {
    const reg = authRegistry();
    const repo = `action-push-${Date.now().toString(36)}`;
    const result = await runAction('push', {
      inputs: { image: `docker-archive:${fixturePath('layers-docker.tar')}`, destinations: `docker://${reg.host}/${repo}:v1\n${reg.host}/${repo}-copy:v1`, 'registry-username': reg.username, 'registry-password': reg.password },
      env: { NODE_EXTRA_CA_CERTS: reg.caFile },
    });
    expect({ code: result.exitCode, errors: result.annotations.filter((a) => a.level === 'error') }).toEqual({ code: 0, errors: [] });
    expect(result.stderr).toBe('');
    const imageId = execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', 'local/layers:fixture'], { encoding: 'utf8' }).trim();
    expect(result.outputs['image-id']).toBe(imageId);
    expect(result.outputs.references!.split('\n')).toEqual([`${reg.host}/${repo}@${result.outputs['pushed-digest']}`, `${reg.host}/${repo}-copy@${result.outputs['pushed-digest']}`]);
    expect(result.outputs.tags).toBe(`${reg.host}/${repo}:v1\n${reg.host}/${repo}-copy:v1`);
    expect(result.summary).toContain('the image ID (config digest) is unchanged');
    expect(result.summary).toMatch(/\d+ mounted/);
    expect(result.masked).toContain(reg.password);
  }, 120_000);

  test('a destination that is not a valid reference is one clear error', async () => {
    const result = await runAction('push', { inputs: { image: `oci:${fixturePath('layers-oci')}`, destinations: 'docker://127.0.0.1:5000/-bad' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/"-bad" is not a valid repository name/)]);
  });
});
