/**
 * The state a compose deploy leaves beside the spec, read back as untrusted data: what a deploy
 * wrote (the gated-good image by reference or by image ID) reads back as written; an image that
 * is not a reference, an image ID of another form, a project of another server or a Compose file
 * outside the folder are refused naming the file.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readState, stateComposeFile, stateDir, writeState } from '../../../../src/deploy/compose/state.js';
import { parseSpec } from '../../../../src/spec/spec.js';
import { InputError } from '../../../../src/util/errors.js';

const id = `sha256:${'b'.repeat(64)}`;

function specInTemp() {
  const dir = mkdtempSync(join(tmpdir(), 'compose-state-'));
  const spec = parseSpec('server: {name: weather}\n', join(dir, 'mcp-deploy.yml'));
  mkdirSync(stateDir(spec), { recursive: true });
  writeFileSync(stateComposeFile(spec), 'services: {}\n');
  return spec;
}

describe('the compose deploy state', () => {
  test.each([
    ['by reference', { image: '127.0.0.1:5000/acme/weather:sha-1234567', imageId: id }],
    ['by image ID (a rollback after the tag moved)', { image: id, imageId: id }],
    ['without an image ID', { image: 'local/weather:demo' }],
  ])('the gated-good image %s reads back as written', (_what, deployed) => {
    const spec = specInTemp();
    writeState(spec, { project: 'mcp-weather', composeFile: stateComposeFile(spec), url: 'http://127.0.0.1:8080/mcp', deployed });
    expect(readState(spec)).toEqual({ project: 'mcp-weather', composeFile: stateComposeFile(spec), url: 'http://127.0.0.1:8080/mcp', deployed });
  });

  test.each([
    ['an image that is an option', { deployed: { image: '--privileged' } }, /deployed\.image "--privileged" is not an image reference/],
    ['an image with a space', { deployed: { image: 'a b' } }, /deployed\.image/],
    ['an image ID of another form', { deployed: { image: 'local/weather:1', imageId: 'sha256:xyz' } }, /deployed\.imageId "sha256:xyz" is not an image ID/],
    ['a project of another server', { project: 'mcp-other' }, /project "mcp-other" is not this server's Compose project "mcp-weather"/],
    ['a Compose file outside the folder', { composeFile: '../../mcp-deploy.yml' }, /composeFile .* is outside the state folder/],
  ])('%s is refused naming the state file', (_what, override, message) => {
    const spec = specInTemp();
    writeFileSync(join(stateDir(spec), 'state.json'), JSON.stringify({ project: 'mcp-weather', composeFile: 'compose.yml', url: '', ...override }));
    expect(() => readState(spec)).toThrow(InputError);
    expect(() => readState(spec)).toThrow(message);
    expect(() => readState(spec)).toThrow(join(stateDir(spec), 'state.json'));
  });
});
