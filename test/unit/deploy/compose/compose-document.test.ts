/**
 * The user's Compose file with the server's image substituted: which services are the server's
 * (by repository whatever the tag or digest, else by name), everything else byte for byte as
 * written (comments, order, other services), the image escaped for Compose interpolation, and
 * clear errors when no service is the server's or the file is not YAML.
 */
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { substituteComposeImage } from '../../../../src/deploy/compose/compose-document.js';
import { parseSpec } from '../../../../src/spec/spec.js';
import { InputError } from '../../../../src/util/errors.js';

const spec = parseSpec('server: {name: weather}\nimage: ghcr.io/acme/weather\n', '/srv/weather/mcp-deploy.yml');
const image = '127.0.0.1:5000/acme/weather:sha-1234567';

const userFile = `# top comment
services:
  api:
    image: ghcr.io/acme/weather:1.2.0 # the server
    ports: ["8080:8080"]
  worker:
    image: ghcr.io/acme/weather@sha256:${'a'.repeat(64)}
  db:
    image: postgres:16 # untouched
    environment:
      PASSWORD: \${DB_PASSWORD}
`;

describe('the user\'s Compose file with the image substituted', () => {
  test('every service running the spec\'s repository gets the image; comments and other services stay as written', () => {
    const result = substituteComposeImage(userFile, 'compose.yml', spec, image);
    expect(result.services).toEqual(['api', 'worker']);
    expect(result.text).toBe(userFile.replace('ghcr.io/acme/weather:1.2.0', image).replace(`ghcr.io/acme/weather@sha256:${'a'.repeat(64)}`, image));
  });

  test('a service already on the deployed image\'s repository is the server\'s too', () => {
    const text = 'services:\n  mcp:\n    image: 127.0.0.1:5000/acme/weather:old\n';
    expect(substituteComposeImage(text, 'compose.yml', spec, image)).toEqual({ services: ['mcp'], text: `services:\n  mcp:\n    image: ${image}\n` });
  });

  test('without a matching image, the service named like the server (a build-only service) gets it', () => {
    const text = 'services:\n  weather:\n    build: .\n  cache:\n    image: redis:7\n';
    const result = substituteComposeImage(text, 'compose.yml', spec, image);
    expect(result.services).toEqual(['weather']);
    expect(parse(result.text)).toEqual({ services: { weather: { build: '.', image }, cache: { image: 'redis:7' } } });
  });

  test('an image with $ is written so Compose reads it literally; one YAML would misread is quoted', () => {
    const text = 'services:\n  weather:\n    image: x\n';
    const result = substituteComposeImage(text, 'compose.yml', spec, 'local/weather:a$HOME');
    expect((parse(result.text) as { services: { weather: { image: string } } }).services.weather.image).toBe('local/weather:a$$HOME');
    for (const hostile of ['x #not-a-comment', '{a: b}', 'x\nother: 1', '"q"']) {
      const written = substituteComposeImage('services: {weather: {image: x}, other: {image: y}}\n', 'compose.yml', spec, hostile).text;
      expect(parse(written)).toEqual({ services: { weather: { image: hostile }, other: { image: 'y' } } });
    }
  });

  test.each([
    ['no service is the server\'s', 'services:\n  db:\n    image: postgres:16\n', /compose\.yml: no service runs the server's image \(127\.0\.0\.1:5000\/acme\/weather or ghcr\.io\/acme\/weather\) and none is named "weather"/],
    ['no services mapping', 'version: "3"\n', /compose\.yml: no services mapping/],
    ['not YAML', 'services:\n  a: [\n', /compose\.yml:\d+:\d+: invalid YAML/],
  ])('%s: an InputError naming the file', (_name, text, message) => {
    expect(() => substituteComposeImage(text, 'compose.yml', spec, image)).toThrow(InputError);
    expect(() => substituteComposeImage(text, 'compose.yml', spec, image)).toThrow(message);
  });
});
