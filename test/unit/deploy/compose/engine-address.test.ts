/**
 * Where a compose deploy reaches the server from the engine's endpoint (DOCKER_HOST or the docker
 * context): a socket or a loopback address is this machine (the server binds there), a remote
 * host is reached at its address (the generated file binds every address); anything else is
 * refused naming DOCKER_HOST. And the generated file binds the server where that says.
 */
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { generatedCompose } from '../../../../src/deploy/compose/compose-document.js';
import { engineAddress } from '../../../../src/deploy/compose/engine.js';
import { serverUrl } from '../../../../src/deploy/compose/run.js';
import { parseSpec } from '../../../../src/spec/spec.js';
import { InputError } from '../../../../src/util/errors.js';
import { silentLogger } from '../../../../src/util/logger.js';

describe('the engine address', () => {
  test.each([
    ['unix:///var/run/docker.sock', '127.0.0.1', true, '127.0.0.1'],
    ['unix:///run/user/1000/docker.sock', '127.0.0.1', true, '127.0.0.1'],
    ['npipe:////./pipe/docker_engine', '127.0.0.1', true, '127.0.0.1'],
    ['tcp://127.0.0.1:2375', '127.0.0.1', true, '127.0.0.1'],
    ['tcp://127.0.0.2:2375', '127.0.0.2', true, '127.0.0.2'],
    ['tcp://localhost:2376', '127.0.0.1', true, '127.0.0.1'],
    ['tcp://[::1]:2376', '::1', true, '::1'],
    ['tcp://docker.example.com:2376', 'docker.example.com', false, '0.0.0.0'],
    ['tcp://203.0.113.7:2376', '203.0.113.7', false, '0.0.0.0'],
    ['ssh://deploy@203.0.113.7', '203.0.113.7', false, '0.0.0.0'],
    ['ssh://deploy@build-host:2222', 'build-host', false, '0.0.0.0'],
    ['tcp://[2001:db8::1]:2376', '2001:db8::1', false, '0.0.0.0'],
  ])('%s: the server is reached on %s (local %s), binding %s', (endpoint, host, local, bind) => {
    expect(engineAddress(endpoint)).toEqual({ endpoint, host, local, bind });
  });

  test.each(['not a host', 'ftp://x', 'tcp://', 'ssh://', '/var/run/docker.sock'])('%j is refused naming DOCKER_HOST', (endpoint) => {
    expect(() => engineAddress(endpoint)).toThrow(InputError);
    expect(() => engineAddress(endpoint)).toThrow(/DOCKER_HOST .* is not an engine address/);
  });

  test('the gate URL names the host, an IPv6 address in brackets; /sse for the legacy transport', () => {
    const spec = parseSpec('server: {name: a, port: 8080, path: /mcp}\n', 'mcp-deploy.yml');
    expect(serverUrl(spec, 'docker.example.com', 9000)).toBe('http://docker.example.com:9000/mcp');
    expect(serverUrl(spec, '2001:db8::1', 9000)).toBe('http://[2001:db8::1]:9000/mcp');
    expect(serverUrl(parseSpec('server: {name: a, transport: sse}\n', 'mcp-deploy.yml'), '127.0.0.1', 9000)).toBe('http://127.0.0.1:9000/sse');
  });
});

describe('the generated file binds the server where the engine says', () => {
  test.each(['127.0.0.1', '0.0.0.0'])('bind %s reaches HOST and MCP_BRIDGE_HOST', (bind) => {
    const spec = parseSpec('server: {name: a}\n', 'mcp-deploy.yml');
    const doc = parse(generatedCompose(spec, 'local/a:1', { port: 9000, bind, env: {}, logger: silentLogger })) as { services: { a: { environment: string[] } } };
    expect(doc.services.a.environment).toEqual(expect.arrayContaining([`HOST=${bind}`, `MCP_BRIDGE_HOST=${bind}`, 'PORT=9000', 'MCP_BRIDGE_PORT=9000']));
  });
});
