import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContract, contractFromNames, loadContract, schemaHash } from '../../../src/health/contract.js';
import { healthFromSpec } from '../../../src/health/from-spec.js';
import { parseSpec } from '../../../src/spec/spec.js';

// A server's tools as the gate reports them: names and the hashes of their input schemas.
const offered = ['echo', 'get-env', 'get-sum', 'get-tiny-image'].map((name) => ({ name, inputSchemaHash: schemaHash({ type: 'object', properties: { [name]: { type: 'string' } } }) }));

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'contract-')), name);
  writeFileSync(file, text);
  return file;
}

describe('expect-tools: the tools that must be offered', () => {
  test('tools beyond the names are no problem, with or without strict', () => {
    const contract = contractFromNames(['echo']);
    expect(contract).toEqual({ tools: [{ name: 'echo' }], exhaustive: false });
    expect(checkContract(contract, offered, false)).toEqual([]);
    expect(checkContract(contract, offered, true)).toEqual([]);
  });

  test('a name the server lacks is an error naming it', () => {
    expect(checkContract(contractFromNames(['echo', 'teleport']), offered, false)).toEqual([
      { level: 'error', code: 'missing-tool', tool: 'teleport', message: 'tool "teleport" is missing' },
    ]);
  });
});

describe('a contract file pins the whole set', () => {
  test('the gate\'s JSON report minus one tool: that tool is one unexpected-tool warning, an error when strict', () => {
    const file = tempFile('report.json', JSON.stringify({ ok: true, status: 'healthy', tools: offered.filter((t) => t.name !== 'get-env') }));
    const contract = loadContract(file);
    expect(contract.exhaustive).toBe(true);
    expect(checkContract(contract, offered, false)).toEqual([{ level: 'warning', code: 'unexpected-tool', tool: 'get-env', message: 'tool "get-env" is not in the contract' }]);
    expect(checkContract(contract, offered, true)).toEqual([expect.objectContaining({ level: 'error', code: 'unexpected-tool', tool: 'get-env' })]);
  });

  test('a changed input schema is a warning naming both hashes, an error when strict', () => {
    const changed = offered.map((t) => (t.name === 'echo' ? { ...t, inputSchemaHash: 'sha256:0000000000000000' } : t));
    const contract = loadContract(tempFile('contract.json', JSON.stringify(changed)));
    const echoHash = offered[0]!.inputSchemaHash;
    expect(checkContract(contract, offered, false)).toEqual([
      { level: 'warning', code: 'schema-changed', tool: 'echo', message: `tool "echo" input schema changed (sha256:0000000000000000 → ${echoHash})` },
    ]);
    expect(checkContract(contract, offered, true)[0]).toMatchObject({ level: 'error', code: 'schema-changed' });
  });

  test('a YAML list of names is a contract file too: it pins the set by name', () => {
    const contract = loadContract(tempFile('contract.yml', '- echo\n- get-sum\n- get-tiny-image\n'));
    expect(contract).toEqual({ tools: [{ name: 'echo' }, { name: 'get-sum' }, { name: 'get-tiny-image' }], exhaustive: true });
    expect(checkContract(contract, offered, false).map((p) => `${p.level} ${p.code} ${p.tool}`)).toEqual(['warning unexpected-tool get-env']);
  });
});

describe('health: of a deploy spec', () => {
  test('expect-tools is a floor, contract a file that pins the set (resolved from the spec\'s folder)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spec-'));
    writeFileSync(join(dir, 'tools.json'), JSON.stringify({ tools: offered }));
    const spec = (health: string) => parseSpec(`server: {name: weather}\nhealth: ${health}\n`, join(dir, 'mcp-deploy.yml'));
    expect(healthFromSpec(spec('{expect-tools: [echo]}')).contract).toEqual({ tools: [{ name: 'echo' }], exhaustive: false });
    expect(healthFromSpec(spec('{contract: tools.json}')).contract).toEqual({ tools: offered, exhaustive: true });
  });
});
