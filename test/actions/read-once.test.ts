/**
 * The all-in-one action reads its image once per step: a docker-daemon: source is saved from the
 * engine one time, then inspected, scanned and pushed from that one archive.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEngine } from '../helpers/engine.js';
import { plainRegistry } from '../helpers/registries.js';
import { runAction } from '../helpers/run-action.js';

describe('all-in-one action reads the image once', () => {
  test('a docker-daemon: source is inspected, scanned and pushed after one docker save', async () => {
    requireEngine();
    const { host } = plainRegistry();
    const realDocker = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
    const shims = mkdtempSync(join(tmpdir(), 'docker-shim-'));
    const log = join(shims, 'calls.log');
    writeFileSync(log, '');
    // A docker that records each call's arguments, then runs the real one.
    writeFileSync(join(shims, 'docker'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realDocker}' "$@"\n`);
    chmodSync(join(shims, 'docker'), 0o755);
    try {
      const repo = `${host}/read-once-${Date.now().toString(36)}`;
      const result = await runAction('main', {
        inputs: { image: 'docker-daemon:local/layers:fixture', destinations: `docker://${repo}:v1` },
        env: { PATH: `${shims}:${process.env.PATH ?? '/usr/bin:/bin'}` },
      });
      expect({ code: result.exitCode, errors: result.annotations.filter((a) => a.level === 'error').map((a) => a.message) }).toEqual({ code: 0, errors: [] });
      expect(result.outputs['pushed-digest']).toMatch(/^sha256:/);
      expect(result.outputs.findings).toBe('0');
      const saves = readFileSync(log, 'utf8').split('\n').filter((line) => /^save\b/.test(line));
      expect(saves).toHaveLength(1);
    } finally {
      rmSync(shims, { recursive: true, force: true });
    }
  }, 240_000);
});
