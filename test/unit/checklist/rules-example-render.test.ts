/**
 * The project's own render of its example servers passes every error-level RES, TLS, OBS, SCL and
 * HRD rule: the checklist is green at error level on what `render` writes for the demo, with the
 * example specs as shipped (examples/<server>/mcp-deploy.yml) and with the scaled, ingress-TLS variant
 * the README shows.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseYamlDocuments } from '../../../src/checklist/yaml-documents.js';
import { rules as hardening } from '../../../src/checklist/rules/hardening.js';
import { rules as observability } from '../../../src/checklist/rules/observability.js';
import { rules as resources } from '../../../src/checklist/rules/resources.js';
import { rules as scaling } from '../../../src/checklist/rules/scaling.js';
import { rules as tls } from '../../../src/checklist/rules/tls.js';
import type { ChecklistInputs, Rule } from '../../../src/checklist/types.js';
import { renderKubernetes, yamlStream } from '../../../src/render/kubernetes.js';
import { parseSpec } from '../../../src/spec/spec.js';

const IMAGE = `127.0.0.1:5000/acme/weather@sha256:${'7e57'.repeat(16)}`;
const ours: Rule[] = [...resources, ...tls, ...observability, ...scaling, ...hardening];

function inputsFor(specText: string, file: string, healthReport?: Record<string, unknown>): ChecklistInputs {
  const spec = parseSpec(specText, file);
  const rendered = renderKubernetes(spec, { image: IMAGE });
  return {
    spec: { file, value: spec },
    manifests: parseYamlDocuments(yamlStream(rendered.documents), 'rendered.yaml'),
    ...(healthReport ? { healthReport: { file: 'health.json', value: healthReport } } : {}),
  };
}

/** Error-level failures of the rules whose inputs are all given, as `RULE subject: message`. */
function errorFailures(inputs: ChecklistInputs): string[] {
  const given = (k: string) => ({ manifests: inputs.manifests, spec: inputs.spec, 'health-report': inputs.healthReport } as Record<string, unknown>)[k] !== undefined;
  return ours
    .filter((r) => r.severity === 'error' && r.needs.every(given) && (!r.needsAnyOf || r.needsAnyOf.some(given)) && !r.unavailable?.(inputs))
    .flatMap((r) => r.check(inputs).filter((c) => !c.passed).map((c) => `${r.id} ${c.subject}: ${c.message}`));
}

describe('the example servers as rendered by the project', () => {
  test.each(['examples/node-server/mcp-deploy.yml', 'examples/python-server/mcp-deploy.yml'])('%s as shipped passes every error-level rule', (file) => {
    expect(errorFailures(inputsFor(readFileSync(file, 'utf8'), file))).toEqual([]);
  });

  test('scaled behind ingress-nginx with TLS, gated over https with a session id, it passes every error-level rule', () => {
    const spec = `server: {name: weather, transport: stdio}
resources: {cpu: 250m, memory: 128Mi}
scaling: {min: 2, max: 5, cpu: 70}
ingress: {host: weather.example.com, class: nginx, rate-limit: {rps: 10}, tls: {secret: weather-tls}}
`;
    const report = { ok: true, status: 'healthy', target: 'https://weather.example.com/mcp', transport: 'streamable-http', session: { idSeen: true }, origin: { sent: 'https://evil.example', status: 403, rejected: true } };
    const inputs = inputsFor(spec, 'mcp-deploy.yml', report);
    expect(errorFailures(inputs)).toEqual([]);
    // the rules that read the report did run
    expect(ours.find((r) => r.id === 'SCL004')!.check(inputs).map((c) => [c.passed, c.subject])).toEqual([[true, 'Ingress/weather']]);
  });

  test('behind an ingress class the render cannot make sticky, SCL004 fails as the render\'s own warning says', () => {
    const spec = 'server: {name: weather, transport: streamable-http, port: 3000}\nresources: {cpu: 100m, memory: 64Mi}\ntargets: {kubernetes: {replicas: 3}}\ningress: {host: w.example.com, class: traefik, controller-namespace: traefik, tls: {issuer: letsencrypt}}\n';
    const rendered = renderKubernetes(parseSpec(spec, 'mcp-deploy.yml'), { image: IMAGE });
    expect(rendered.warnings.join('\n')).toContain('session affinity');
    const failures = errorFailures(inputsFor(spec, 'mcp-deploy.yml', { ok: true, target: 'https://w.example.com/mcp', session: { idSeen: true }, origin: { rejected: true } }));
    expect(failures).toEqual([expect.stringMatching(/^SCL004 Ingress\/weather: .*without session affinity/)]);
  });
});
