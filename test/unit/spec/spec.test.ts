import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deploySchema } from '../../../src/spec/schema.js';
import { loadSpec, parseSpec } from '../../../src/spec/spec.js';
import { repoRoot } from '../../helpers/paths.js';

describe('deploy spec', () => {
  test('the examples and PRODUCT.md\'s spec are valid, with defaults applied', () => {
    const node = loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml'));
    expect(node.server).toEqual({ name: 'weather', transport: 'stdio', port: 8080, path: '/mcp', command: undefined });
    expect(node.build.install).toBe('host');
    expect(node.health.expectTools).toEqual(['get_forecast', 'get_alerts', 'convert_temperature']);
    const py = loadSpec(join(repoRoot, 'examples/python-server/mcp-deploy.yml'));
    expect(py.server.command).toEqual(['python3', 'server.py']);
    const product = parseSpec(
      `server: {name: weather, transport: streamable-http, port: 8080, path: /mcp}
build: {context: ., dockerfile: Dockerfile}
image: ghcr.io/acme/weather
env: {LOG_LEVEL: info}
secrets:
  - name: WEATHER_API_KEY
    from: { kubernetes: { secret: weather, key: api-key } }
resources: { cpu: 500m, memory: 256Mi }
scaling: { min: 2, max: 10, cpu: 70 }
health:
  expect-tools: [get_forecast, get_alerts]
  smoke: { tool: get_forecast, arguments: { city: Paris } }
ingress: { host: weather.example.com, tls: { secret: weather-tls } }
targets:
  kubernetes: { namespace: mcp }
`,
      'mcp-deploy.yml',
    );
    expect(product).toMatchObject({ image: 'ghcr.io/acme/weather', env: { LOG_LEVEL: 'info' }, build: { install: 'image', dockerfile: 'Dockerfile' }, targets: { kubernetes: { namespace: 'mcp' } } });
  });

  test('a bad spec names the file, line, column, field and what was expected, for every problem', () => {
    const text = 'server:\n  name: Weather\n  port: eighty\n  transprt: stdio\nbuild:\n  install: maybe\n';
    let message = '';
    try {
      parseSpec(text, 'mcp-deploy.yml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1).map((l) => l.trim()).sort()).toEqual(
      [
        'mcp-deploy.yml:2:9: server.name: "Weather" is not a DNS-style name: lowercase letters, digits and dashes, at most 63',
        'mcp-deploy.yml:3:9: server.port: expected integer',
        'mcp-deploy.yml:4:3: server: unknown field "transprt"',
        'mcp-deploy.yml:6:12: build.install: expected one of "image", "host"',
      ].sort(),
    );
    expect(() => parseSpec('build: {}\n', 'x.yml')).toThrow('x.yml:1:1: (top level): missing required field "server"');
    expect(() => parseSpec('server: [1\n', 'x.yml')).toThrow(/^x\.yml:2:1: invalid YAML/);
    expect(() => parseSpec('secrets:\n  - name: K\n    from: {vault: x}\nserver: {name: a}\n', 'x.yml')).toThrow('x.yml:3:12: secrets.0.from: unknown field "vault"');
    expect(() => loadSpec('/nonexistent/mcp-deploy.yml')).toThrow(/no such file/);
  });

  test('schema/mcp-deploy.schema.json is the schema the code validates with (npm run schema)', () => {
    expect(JSON.parse(readFileSync(join(repoRoot, 'schema/mcp-deploy.schema.json'), 'utf8'))).toEqual(deploySchema);
  });
});
